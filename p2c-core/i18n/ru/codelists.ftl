### Списки кодов, русский. `codelist-<список>` — название списка, `code-<список>-<код>` — метка
### значения (`.description` — его описание). Коды не переводятся.

## origin: official (МСЭ, Руководство для делегатов МСЭ-D, ВКРЭ: «шесть регионов МСЭ»)

code-ituRegion-AFR = Африка
    .description = Регион МСЭ-D «Африка».
code-ituRegion-AMS = Северная и Южная Америка
    .description = Регион МСЭ-D «Северная и Южная Америка».
code-ituRegion-ARB = Арабские государства
    .description = Регион МСЭ-D «Арабские государства».
code-ituRegion-ASP = Азиатско-Тихоокеанский регион
    .description = Азиатско-Тихоокеанский регион МСЭ-D.
code-ituRegion-CIS = СНГ
    .description = Регион МСЭ-D «Содружество Независимых Государств (СНГ)».
code-ituRegion-EUR = Европа
    .description = Регион МСЭ-D «Европа».

## origin: official (ООН, терминология UNTERM: наименее развитые страны, развивающиеся страны, не имеющие выхода к морю, малые островные развивающиеся государства; не сверено с сохранённой копией в этой сессии)

code-countryGroup-ldc = Наименее развитые страны
    .description = Перечень наименее развитых стран (НРС) Организации Объединённых Наций; страны со временем выходят из него.
code-countryGroup-lldc = Развивающиеся страны, не имеющие выхода к морю
    .description = Перечень развивающихся стран, не имеющих выхода к морю (РСНВМ), Организации Объединённых Наций.
code-countryGroup-sids = Малые островные развивающиеся государства
    .description = Перечень малых островных развивающихся государств (МОРГ) Канцелярии Высокого представителя ООН (UN-OHRLLS).

## origin: p2c (переводы, сделанные для p2c; официальная форма не найдена)

codelist-focusArea = Направление деятельности
codelist-pillar = Компонент
codelist-pledgeType = Тип обязательства
codelist-stakeholderType = Тип заинтересованной стороны
codelist-stakeholderSubtype = Подтип заинтересованной стороны
codelist-beneficiaryGroup = Группа получателей
codelist-reviewState = Статус рассмотрения
codelist-implementationStatus = Статус выполнения
codelist-challenge = Трудность
codelist-solution = Решение
codelist-relationType = Тип связи
codelist-ituRegion = Регион МСЭ-D
codelist-countryGroup = Группа стран
codelist-p2cTarget = Целевой показатель P2C

code-focusArea-access = Доступ
    .description = Подключать людей повсюду: инфраструктура, приемлемость в ценовом отношении и кибербезопасность.
    .tagline = Подключать людей повсюду
code-focusArea-adoption = Внедрение
    .description = Расширять возможности сообществ: навыки, охват и местный контент и услуги.
    .tagline = Расширять возможности сообществ
code-focusArea-value_creation = Создание ценности
    .description = Строить цифровые экосистемы: инновации, приложения и цифровая экономика.
    .tagline = Строить цифровые экосистемы
code-focusArea-accelerate = Ускорение
    .description = Стимулировать инвестиции: инновационное финансирование, жизнеспособность проектов и инвесторы.
    .tagline = Стимулировать инвестиции

code-pillar-infrastructure = Инфраструктура
    .description = Компонент направления «Доступ»: сети и объекты, подключающие людей.
code-pillar-affordability = Приемлемость в ценовом отношении
    .description = Компонент направления «Доступ»: доступные по цене подключение и устройства.
code-pillar-cybersecurity = Кибербезопасность
    .description = Компонент направления «Доступ»: надёжное и безопасное подключение.
code-pillar-skills = Навыки
    .description = Компонент направления «Внедрение»: цифровые навыки и грамотность.
code-pillar-inclusion = Охват
    .description = Компонент направления «Внедрение»: подключение недостаточно обслуживаемых групп.
code-pillar-local_content = Местный контент и услуги
    .description = Компонент направления «Внедрение»: контент и услуги на местных языках и с учётом местных условий.
code-pillar-innovation_entrepreneurship = Инновации и предпринимательство
    .description = Компонент направления «Создание ценности»: новаторы, стартапы и предприниматели.
code-pillar-apps_services = Приложения и услуги
    .description = Компонент направления «Создание ценности»: цифровые приложения и услуги.
code-pillar-digital_economy = Цифровая экономика
    .description = Компонент направления «Создание ценности»: цифровая трансформация экономики.
code-pillar-innovative_financing = Инновационное финансирование
    .description = Компонент направления «Ускорение»: новые модели финансирования подключения.
code-pillar-project_viability = Жизнеспособность проектов
    .description = Компонент направления «Ускорение»: привлекательность проектов подключения для финансирования.
code-pillar-investor_constellation = Объединение инвесторов
    .description = Компонент направления «Ускорение»: объединение инвесторов.

code-pledgeType-financial = Финансовое
    .description = Денежный вклад в достижение целей коалиции.
code-pledgeType-policy = Политическое
    .description = Законодательная или нормативная реформа либо изменение политики, предложенные или принятые.
code-pledgeType-advocacy = Информационно-пропагандистское
    .description = Публичная поддержка или продвижение: исследования, меморандумы о взаимопонимании, мероприятия, публикации.
code-pledgeType-programmatic = Программное
    .description = Создание или расширение программ в соответствии с направлениями деятельности.

code-stakeholderType-government = Правительство
    .description = Национальные или местные органы власти, муниципалитеты и регуляторные органы.
code-stakeholderType-private_sector = Частный сектор
    .description = Компании, включая благотворительные организации.
code-stakeholderType-un_agency = Организация системы ООН
    .description = Учреждения, фонды и программы системы Организации Объединённых Наций.
code-stakeholderType-international_organization = Международная или региональная организация
    .description = Другие международные или региональные организации, включая многосторонние банки развития.
code-stakeholderType-civil_society = Гражданское общество, академические и исследовательские круги
    .description = Организации гражданского общества, академические учреждения и исследовательские объединения.
code-stakeholderType-youth_media = Молодёжь, СМИ и индустрия развлечений
    .description = Молодёжные группы, организации СМИ и индустрии развлечений.
code-stakeholderType-other = Другое
    .description = Любой автор обязательства, не относящийся ни к одному другому типу.

code-stakeholderSubtype-national_government = Национальное правительство
    .description = Национальное правительство или одно из его министерств.
code-stakeholderSubtype-local_government = Местные органы власти
    .description = Региональные, провинциальные или местные органы власти.
code-stakeholderSubtype-municipality = Муниципалитет
    .description = Город или муниципальный орган.
code-stakeholderSubtype-regulator = Регуляторный орган
    .description = Регуляторный орган в области электросвязи или ИКТ.
code-stakeholderSubtype-company = Компания
    .description = Коммерческая компания.
code-stakeholderSubtype-philanthropic_organization = Благотворительная организация
    .description = Фонд или другая благотворительная организация.
code-stakeholderSubtype-multilateral_development_bank = Многосторонний банк развития
    .description = Банк развития, принадлежащий нескольким государствам.
code-stakeholderSubtype-regional_organization = Региональная организация
    .description = Межправительственная организация одного региона.
code-stakeholderSubtype-ngo = Неправительственная организация
    .description = Некоммерческая организация гражданского общества.
code-stakeholderSubtype-academia = Академическое учреждение
    .description = Университет или другое академическое учреждение.
code-stakeholderSubtype-research_association = Исследовательское объединение
    .description = Исследовательский институт или объединение.
code-stakeholderSubtype-youth_group = Молодёжная группа
    .description = Организация, которой руководит молодёжь.
code-stakeholderSubtype-media = СМИ
    .description = Организация средств массовой информации.
code-stakeholderSubtype-entertainment = Индустрия развлечений
    .description = Организация индустрии развлечений.

code-beneficiaryGroup-women_and_girls = Женщины и девочки
    .description = Женщины и девочки.
code-beneficiaryGroup-youth = Молодёжь
    .description = Молодые люди.
code-beneficiaryGroup-children = Дети
    .description = Дети, включая школьников.
code-beneficiaryGroup-older_persons = Пожилые люди
    .description = Пожилые люди.
code-beneficiaryGroup-persons_with_disabilities = Инвалиды
    .description = Инвалиды.
code-beneficiaryGroup-refugees_and_displaced = Беженцы и перемещённые лица
    .description = Беженцы, лица, ищущие убежища, и внутренне перемещённые лица.
code-beneficiaryGroup-indigenous_peoples = Коренные народы
    .description = Коренные народы.
code-beneficiaryGroup-rural_communities = Сельские общины
    .description = Люди, живущие в сельских или отдалённых районах.
code-beneficiaryGroup-poor_communities = Бедные общины
    .description = Люди, живущие в бедности или в уязвимых общинах.
code-beneficiaryGroup-smes = МСП
    .description = Микро-, малые и средние предприятия и предприниматели.
code-beneficiaryGroup-students = Учащиеся
    .description = Учащиеся всех уровней.
code-beneficiaryGroup-teachers = Преподаватели
    .description = Учителя и преподаватели.
code-beneficiaryGroup-schools = Школы
    .description = Школы как учреждения.
code-beneficiaryGroup-households = Домохозяйства
    .description = Домохозяйства.
code-beneficiaryGroup-public_institutions = Государственные учреждения
    .description = Государственные органы, общественные учреждения, медицинские пункты и библиотеки.
code-beneficiaryGroup-general = Население в целом
    .description = Всё население, без выделения какой-либо группы.

code-reviewState-draft = Черновик
    .description = Составляется автором; ещё не подано.
code-reviewState-submitted = Подано
    .description = Подано автором и ожидает рассмотрения.
code-reviewState-under_review = На рассмотрении
    .description = Проверяется секретариатом P2C.
code-reviewState-published = Опубликовано
    .description = Проверено и опубликовано.
code-reviewState-rejected = Отклонено
    .description = Не принято секретариатом.
code-reviewState-withdrawn = Отозвано
    .description = Отозвано автором.

code-implementationStatus-planning_phase = Этап планирования
    .description = Работа ещё не началась; она планируется.
code-implementationStatus-in_progress = Выполняется
    .description = Работа началась.
code-implementationStatus-completed = Выполнено
    .description = Обязательство выполнено.
code-implementationStatus-delayed = С задержкой
    .description = Работа отстаёт от плана.
code-implementationStatus-cancelled = Отменено
    .description = Обязательство не будет выполнено.

code-challenge-natural_disasters = Стихийные бедствия
    .description = Штормы, наводнения, землетрясения и другие природные опасности.
code-challenge-administrative = Административные
    .description = Административные задержки, разрешения и процедуры.
code-challenge-financial = Финансовые
    .description = Нехватка финансирования и инвестиций.
code-challenge-technical = Технические
    .description = Проблемы с технологиями, оборудованием или инфраструктурой.
code-challenge-regulatory = Нормативные
    .description = Правовые или нормативные препятствия.
code-challenge-security = Безопасность
    .description = Конфликты, отсутствие безопасности или киберугрозы.
code-challenge-political = Политические
    .description = Смена правительства или политическая нестабильность.
code-challenge-health_emergency = Чрезвычайная ситуация в области здравоохранения
    .description = Пандемии и другие чрезвычайные ситуации в области общественного здравоохранения.
code-challenge-supply_chain = Цепочка поставок
    .description = Нехватка или задержки оборудования и материалов.
code-challenge-capacity = Потенциал
    .description = Нехватка квалифицированных кадров или институционального потенциала.
code-challenge-other = Другое
    .description = Любая другая трудность.

code-solution-partnerships = Партнёрства
    .description = Сотрудничество с МСЭ, членами P2C или другими партнёрами.
code-solution-funding = Финансирование
    .description = Новое или перераспределённое финансирование.
code-solution-capacity_building = Создание потенциала
    .description = Обучение и укрепление институтов.
code-solution-policy_reform = Реформа политики
    .description = Изменения в законодательстве, регулировании или политике.
code-solution-technology = Технология
    .description = Другая или новая технология.
code-solution-community_engagement = Вовлечение сообществ
    .description = Работа с местными сообществами.
code-solution-rescheduling = Перенос сроков
    .description = Продление сроков или изменение этапов работы.
code-solution-other = Другое
    .description = Любое другое решение.

code-relationType-supersedes = Заменяет
    .description = Это обязательство заменяет другое; другое больше не учитывается.
code-relationType-part_of = Является частью
    .description = Это обязательство — часть другого; его средства входят в средства другого.
code-relationType-same_funds_as = Те же средства, что
    .description = Это обязательство объявляет средства, объявленные и другим; они учитываются один раз.

## origin: p2c (целевые показатели P2C в переводе для p2c; описание цитирует английский источник)

code-p2cTarget-ACCESS-01 = 100% лиц в возрасте 15 лет и старше пользуются интернетом
code-p2cTarget-ACCESS-02 = 100% лиц в возрасте 15 лет и старше владеют мобильным телефоном
code-p2cTarget-ACCESS-03 = 100% домохозяйств подключены к интернету
code-p2cTarget-ACCESS-04 = 100% предприятий подключены к интернету
code-p2cTarget-ACCESS-05 = 100% школ подключены к интернету
code-p2cTarget-ACCESS-06 = Каждая школа имеет минимальную скорость загрузки 20 Мбит/с
code-p2cTarget-ACCESS-07 = Каждая школа располагает 50 килобитами в секунду (кбит/с) на учащегося
code-p2cTarget-ACCESS-08 = Каждая школа должна располагать объёмом данных не менее 200 гигабайт (ГБ)
code-p2cTarget-ACCESS-09 = Довести проникновение широкополосного интернета среди пользователей до: i) 75% в мире; ii) 65% в странах с низким и средним уровнем дохода; iii) 35% в наименее развитых странах
code-p2cTarget-ACCESS-10 = Все подписки на фиксированную широкополосную связь обеспечивают 10 мегабит в секунду (Мбит/с) или больше
code-p2cTarget-ACCESS-11 = Принятие национального плана или стратегии развития широкополосной связи на уровне страны
code-p2cTarget-ACCESS-12 = К 2025 году базовые услуги широкополосной связи в странах с низким и средним уровнем дохода должны стоить менее 2% ежемесячного валового национального дохода (ВНД) на душу населения
code-p2cTarget-ACCESS-13 = Повышение готовности и устойчивости в области кибербезопасности с ключевыми возможностями (например: наличие стратегии, национальных групп реагирования на компьютерные инциденты и законодательства)
code-p2cTarget-ADOPTION-01 = К 2025 году 60% молодёжи и взрослых достигнут как минимум базового уровня владения устойчивыми цифровыми навыками
code-p2cTarget-ADOPTION-02 = К 2030 году 70% подключённых лиц будут обладать базовыми цифровыми навыками (например: отправка электронной почты)
code-p2cTarget-ADOPTION-03 = К 2050 году 50% подключённых лиц будут обладать цифровыми навыками среднего уровня (например: установка новых программ и приложений)
code-p2cTarget-ADOPTION-04 = К 2030 году гендерный п[аритет ...] (текст в источнике обрезан)
code-p2cTarget-ROUNDTABLE-1 = К 2030 году 100% лиц в возрасте 15 лет и старше пользуются интернетом и владеют мобильным телефоном
code-p2cTarget-ROUNDTABLE-2 = К 2025 году 60% молодёжи и взрослых достигнут как минимум базового уровня владения устойчивыми цифровыми навыками
code-p2cTarget-ROUNDTABLE-3 = К 2030 году 100% домохозяйств и предприятий подключены к интернету

## origin: official (официальные краткие названия целей в области устойчивого развития ООН на русском языке; см. data/SOURCES.md)

codelist-sdgGoal = Цель в области устойчивого развития
code-sdgGoal-1 = Ликвидация нищеты
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-2 = Ликвидация голода
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-3 = Хорошее здоровье и благополучие
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-4 = Качественное образование
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-5 = Гендерное равенство
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-6 = Чистая вода и санитария
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-7 = Недорогостоящая и чистая энергия
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-8 = Достойная работа и экономический рост
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-9 = Индустриализация, инновации и инфраструктура
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-10 = Уменьшение неравенства
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-11 = Устойчивые города и населённые пункты
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-12 = Ответственное потребление и производство
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-13 = Борьба с изменением климата
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-14 = Сохранение морских экосистем
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-15 = Сохранение экосистем суши
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-16 = Мир, правосудие и эффективные институты
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)
code-sdgGoal-17 = Партнёрство в интересах устойчивого развития
    .description = Цель в области устойчивого развития ООН (Повестка дня на период до 2030 года, A/RES/70/1)

## origin: official (официальные названия конференций ООН и МСЭ на русском языке; собственные названия мероприятий, MWC Barcelona и SDG Digital, одинаковы на всех языках)

code-p2cEvent-PP-22 = Полномочная конференция МСЭ 2022 года
code-p2cEvent-LDC5 = Пятая Конференция Организации Объединённых Наций по наименее развитым странам (НРС5)
code-p2cEvent-WSIS-2024 = Мероприятие высокого уровня Форума ВВУИО+20 2024 года
code-p2cEvent-WSIS-2025 = Мероприятие высокого уровня ВВУИО+20 2025 года
code-p2cEvent-GLOBAL-REFUGEE-FORUM-2023 = Глобальный форум по беженцам 2023 года
code-p2cEvent-MWC-2024 = MWC Barcelona 2024
code-p2cEvent-MWC-2025 = MWC Barcelona 2025
code-p2cEvent-MWC-2026 = MWC Barcelona 2026
code-p2cEvent-SDG-DIGITAL-2023 = SDG Digital

## origin: p2c (переводы, сделанные для p2c; официальная форма не найдена)

codelist-p2cEvent = Мероприятие или кампания P2C
code-p2cEvent-P2C-WEB-DIALOGUES-2022 = Серия веб-диалогов Partner2Connect по цифровому развитию
code-p2cEvent-P2C-ROUNDTABLE-KIGALI-2022 = Круглый стол Partner2Connect по цифровому развитию на ВКРЭ-22
code-p2cEvent-P2C-ANNUAL-MEETING-2022 = Первое ежегодное собрание Partner2Connect
code-p2cEvent-P2C-ANNUAL-MEETING-2023 = Второе ежегодное собрание Partner2Connect
code-p2cEvent-REGIONAL-DEVELOPMENT-FORUMS-2023 = Региональные форумы МСЭ по развитию 2023 года
code-p2cEvent-AI-PLEDGE-DRIVE-2024 = Кампания по сбору обязательств Partner2Connect и AI for Good

code-focusArea-unknown = Неизвестно
    .description = Источник не называет направление деятельности; указывается отдельно, никогда рядом с реальным направлением.
    .tagline = Источник не указывает
code-stakeholderType-unknown = Неизвестно
    .description = Источник не говорит, к какому типу заинтересованной стороны относится автор обязательства.
code-relationType-same_announcement = То же объявление
    .description = Это обязательство и другое были объявлены вместе (одно заявление, несколько обязательств); их средства различны, и каждое учитывается.

codelist-partnerRole = Роль партнёра
code-partnerRole-funder = Источник финансирования
    .description = Предоставляет средства для обязательства.
code-partnerRole-implementer = Исполнитель
    .description = Выполняет обещанную работу.
code-partnerRole-technical_partner = Технический партнёр
    .description = Предоставляет технологии, оборудование или технический опыт.
code-partnerRole-knowledge_partner = Партнёр по знаниям
    .description = Предоставляет исследования, данные или консультации.
code-partnerRole-in_kind_provider = Поставщик вклада в натуральной форме
    .description = Предоставляет товары или услуги (эфирное время, устройства, обучение), а не деньги.
code-partnerRole-coordinator = Координатор
    .description = Созывает или координирует партнёров.
code-partnerRole-endorser = Сторонник
    .description = Публично поддерживает обязательство без иной заявленной роли.

codelist-amountBasis = База суммы
code-amountBasis-total = Итого
    .description = Сумма — это всё обязательство за весь его период.
code-amountBasis-per_year = В год
    .description = Сумма выделяется ежегодно; итог равен сумме, умноженной на число лет (`years` или календарные годы периода обязательства).

codelist-beneficiaryUnit = Единица бенефициаров
code-beneficiaryUnit-households = Домохозяйства
    .description = Подключённые или обслуживаемые домохозяйства (жилища).
code-beneficiaryUnit-subscribers = Абоненты
    .description = Подписки или абоненты сети или услуги.
code-beneficiaryUnit-schools = Школы
    .description = Подключённые или обслуживаемые школы.
code-beneficiaryUnit-institutions = Учреждения
    .description = Государственные или общественные учреждения: органы власти, медпункты, библиотеки, общественные центры.
code-beneficiaryUnit-communities = Общины
    .description = Сёла, населённые пункты или общины.
code-beneficiaryUnit-enterprises = Предприятия
    .description = Предприятия, МСП или предприниматели.
