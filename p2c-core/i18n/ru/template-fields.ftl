### Слова шаблона электронной таблицы, взятые из схемы JSON (названия таблиц и столбцов,
### описания столбцов, перечни кодов вне таксономии), на русском языке.
### Источник: en/template-fields.ftl (генерируется); те же идентификаторы. Пути и коды
### в обратных кавычках не переводятся.

## origin: p2c (переводы, написанные для p2c; термины ООН и МСЭ-D, как в codelists.ftl: НРС, ЛРСНВМ, МОРАГ, МСЭ-D, ЦУР)

table-pledges = Обязательства
table-links = Ссылки
table-events = Мероприятия
table-roles = Роли
table-partners = Партнёры
table-pledgeTypes = Типы обязательства
table-focusAreas = Направления деятельности
table-pillars = Компоненты
table-sdgs = ЦУР
table-components = Составные части
table-regions = Регионы
table-countries = Страны
table-countryGroups = Группы стран
table-unspecifiedCountriesIn = Неназванные страны в
table-shares = Заявленные доли
table-groups = Группы
table-counts = Другие количества
table-targets = Целевые показатели P2C
table-progressReports = Отчёты о ходе работы
table-relations = Связи

# sheet: pledges

field-formatVersion = Версия формата
    .description = Версия формата обязательств, которой следует этот документ; по ней читаются более старые документы.
field-id = Идентификатор обязательства
    .description = Постоянный идентификатор обязательства, уникальный в пределах набора данных.
field-title = Название
    .description = Краткое название обязательства.
field-description = Описание
    .description = Что предусматривает обязательство, словами его автора.
field-notes = Примечания
    .description = Примечания Секретариата или составителя данных, например документ-источник какой-либо цифры.
field-submittedAt = Дата представления
    .description = Когда автор представил обязательство (метка времени RFC 3339).
field-validatedAt = Дата утверждения
    .description = Когда Секретариат утвердил обязательство (метка времени RFC 3339).
field-announcedOn = Дата объявления
    .description = Когда было объявлено обязательство, с той точностью, которую даёт источник: год (`2022`), месяц (`2022-06`) или день (`2022-06-07`). Отсутствует, если ни один источник не датирует объявление (проверка сообщает об этом с уровнем `info`). Формат 1.1.
field-pledgers-lead-id = Авторы обязательства: Ведущий автор: Идентификатор организации
    .description = Постоянный идентификатор организации во всех обязательствах (например, идентификатор организации на платформе P2C). При его отсутствии организация определяется по наименованию и штаб-квартире.
field-pledgers-lead-name = Авторы обязательства: Ведущий автор: Наименование
    .description = Наименование организации в том виде, в каком его следует публиковать («Правительство Кении», «Orange»).
field-pledgers-lead-stakeholderType = Авторы обязательства: Ведущий автор: Тип заинтересованной стороны
    .description = К какому типу заинтересованных сторон относится организация, как авторов группируют информационные панели P2C.
field-pledgers-lead-subtype = Авторы обязательства: Ведущий автор: Подтип
    .description = Более подробная классификация; должна относиться к типу заинтересованной стороны.
field-pledgers-lead-headquarters = Авторы обязательства: Ведущий автор: Штаб-квартира
    .description = Страна штаб-квартиры организации, `international` или `unknown`, если источник этого не сообщает (формат 1.1; учитывается как неизвестная, никогда как предполагаемая страна).
field-financialValue-amount = Финансовый объём: Сумма
    .description = Объявленная сумма в единицах валюты в виде десятичной строки («5600000000»); для диапазона — его нижняя граница.
field-financialValue-maxAmount = Финансовый объём: Максимальная сумма
    .description = Верхняя граница диапазона («от 10 до 15 млн долл. США»: `amount` 10 млн, `maxAmount` 15 млн). Формат 1.1.
field-financialValue-currency = Финансовый объём: Валюта
    .description = Код ISO 4217 валюты, в которой была объявлена сумма.
field-financialValue-valueDate = Финансовый объём: Дата валютирования
    .description = Дата, к которой относится сумма, обычно дата объявления; при пересчёте используется курс на эту дату. Формат 1.0 требует полной даты; формат 1.1 допускает также год (`2022`) или месяц (`2022-06`), с той точностью, которую даёт источник, и такая дата пересчитывается по среднему курсу за календарный год (никогда не по вымышленному дню).
field-financialValue-isFloor = Финансовый объём: Нижняя граница
    .description = Истина, если объявленная цифра является минимумом («более 250 млн долл. США»); заявленная сумма сохраняется и учитывается как есть.
field-financialValue-isCeiling = Финансовый объём: Верхняя граница
    .description = Истина, если объявленная цифра является максимумом («до 5 млн долл. США»); заявленная сумма сохраняется и учитывается как есть. Формат 1.1.
field-financialValue-approximate = Финансовый объём: Приблизительно
    .description = Истина, если источник приводит цифру как приблизительную («приблизительно», «около», «почти»). Формат 1.1.
field-financialValue-basis = Финансовый объём: База
    .description = За что считается сумма: `total` (по умолчанию) или `per_year` (выделяется ежегодно; учитываемый итог — сумма, умноженная на `years` или на число календарных лет периода обязательства). Формат 1.1.
field-financialValue-years = Финансовый объём: Число лет
    .description = Для ежегодной суммы — число лет, указанное источником («ежегодно в течение следующих пяти лет»: 5). Формат 1.1.
field-financialValue-inKind = Финансовый объём: В натуральной форме
    .description = Истина, если вклад предоставляется в натуральной форме (эфирное время, устройства, услуги), а сумма — его заявленная денежная стоимость. Формат 1.1.
field-financialValue-statedEquivalent-amount = Финансовый объём: Заявленный эквивалент: Сумма
    .description = Сумма в единицах валюты (не в разменных единицах) в виде десятичной строки.
field-financialValue-statedEquivalent-currency = Финансовый объём: Заявленный эквивалент: Валюта
    .description = Код ISO 4217 валюты.
field-financialValue-explicitRate-to = Финансовый объём: Явно указанный обменный курс: Целевая валюта
    .description = Валюта, в которую пересчитывает курс.
field-financialValue-explicitRate-rate = Финансовый объём: Явно указанный обменный курс: Курс
    .description = Число единиц целевой валюты за одну единицу валюты обязательства в виде десятичной строки.
field-financialValue-explicitRate-date = Финансовый объём: Явно указанный обменный курс: Дата курса
    .description = Дата, на которую действует курс.
field-financialValue-explicitRate-source = Финансовый объём: Явно указанный обменный курс: Источник
    .description = Откуда взят курс («годовой отчёт автора обязательства за 2022 год»).
field-implementation-global = Выполнение: Глобально
    .description = Истина, если обязательство выполняется во всём мире, а не в названных местах.
field-implementation-primaryRegion = Выполнение: Основной регион
    .description = Регион, названный автором основным, если он его назвал; информационные панели могут учитывать обязательство только в основном регионе или в каждом регионе.
field-period-start = Период: Начало
    .description = Когда начинается работа, с точностью до года, месяца или дня.
field-period-end = Период: Окончание
    .description = Когда работа должна завершиться, с точностью до года, месяца или дня.
field-beneficiaries-peopleReached = Бенефициары: Охвачено людей
    .description = Оценочное число людей, которых охватит обязательство.
field-beneficiaries-peopleReachedIsFloor = Бенефициары: Охват людей — нижняя граница
    .description = Истина, если число людей является минимумом («более 80 млн человек»). Формат 1.1.
field-beneficiaries-targetYear = Бенефициары: Целевой год
    .description = Год, к которому должен быть достигнут охват людей.
field-contact-name = Контактное лицо: Имя контактного лица
    .description = Имя контактного лица.
field-contact-email = Контактное лицо: Электронная почта контактного лица
    .description = Адрес электронной почты контактного лица.
field-reviewState = Статус рассмотрения
    .description = На каком этапе процесса рассмотрения в Секретариате находится обязательство.
field-implementationStatus = Статус выполнения
    .description = Насколько продвинулась обещанная работа.

# sheet: links

field-links-url = URL
    .description = Адрес страницы (http или https).
field-links-title = Название
    .description = Что это за страница.

# sheet: events

field-events = Код мероприятия P2C
    .description = Мероприятия и кампании P2C, на которых было объявлено или в рамках которых было собрано обязательство (`MWC-2024`, `AI-PLEDGE-DRIVE-2024`); открытый перечень кодов, см. перечень `p2cEvent`. Формат 1.1.

# sheet: roles

field-pledgers-lead-roles = Роль партнёра
    .description = Что делает организация в рамках обязательства (донор, исполнитель, …), если источник об этом сообщает. Формат 1.1.

# sheet: partners

field-pledgers-partners-id = Идентификатор организации
    .description = Постоянный идентификатор организации во всех обязательствах (например, идентификатор организации на платформе P2C). При его отсутствии организация определяется по наименованию и штаб-квартире.
field-pledgers-partners-name = Наименование
    .description = Наименование организации в том виде, в каком его следует публиковать («Правительство Кении», «Orange»).
field-pledgers-partners-stakeholderType = Тип заинтересованной стороны
    .description = К какому типу заинтересованных сторон относится организация, как авторов группируют информационные панели P2C.
field-pledgers-partners-subtype = Подтип
    .description = Более подробная классификация; должна относиться к типу заинтересованной стороны.
field-pledgers-partners-headquarters = Штаб-квартира
    .description = Страна штаб-квартиры организации, `international` или `unknown`, если источник этого не сообщает (формат 1.1; учитывается как неизвестная, никогда как предполагаемая страна).
field-pledgers-partners-roles = Роли
    .description = Что делает организация в рамках обязательства (донор, исполнитель, …), если источник об этом сообщает. Формат 1.1.

# sheet: pledgeTypes

field-pledgeTypes = Тип обязательства
    .description = Вид обязательства: один или несколько из следующих — финансовое, в области политики, информационно-пропагандистское, программное.

# sheet: focusAreas

field-focusAreas = Направление деятельности
    .description = Направления деятельности Рамочной программы действий, которых касается обязательство.

# sheet: pillars

field-pillars = Компонент
    .description = Компоненты Рамочной программы действий, которых касается обязательство; каждый относится к одному направлению деятельности.

# sheet: sdgs

field-sdgs-goal = Цель
    .description = Номер цели, от 1 до 17 (см. перечень кодов `sdgGoal`).
field-sdgs-targets = Задачи
    .description = Задачи этой цели в записи Повестки дня на период до 2030 года: `9.1`, `9.c`.

# sheet: components

field-financialValue-components-name = Название составной части
    .description = Что представляет собой составная часть («AI Compute Access Fund»).
field-financialValue-components-amount = Сумма составной части
    .description = Сумма составной части в валюте обязательства в виде десятичной строки.
field-financialValue-components-inKind = В натуральной форме
    .description = Истина, если составная часть предоставляется в натуральной форме.

# sheet: regions

field-implementation-regions = Регион МСЭ-D
    .description = Регионы МСЭ-D, в которых выполняется обязательство.

# sheet: countries

field-implementation-countries = Код страны
    .description = Страны, в которых выполняется обязательство (ISO 3166-1 alpha-3).

# sheet: countryGroups

field-implementation-countryGroups = Группа стран
    .description = Группы стран ООН, в которых выполняется обязательство без указания стран («для НРС, ЛРСНВМ и МОРАГ»). Вместе с `regions` — члены группы в этих регионах («НРС в Африке»). Формат 1.1.

# sheet: unspecifiedCountriesIn

field-implementation-unspecifiedCountriesIn = Регион МСЭ-D
    .description = Регионы МСЭ-D, в которых обязательство выполняется в неназванных странах («16 стран Ближнего Востока и Африки»): обязательство учитывается в регионе, но ни в одной стране. Каждый должен входить в `regions`, если `regions` указаны. Формат 1.1.

# sheet: shares

field-implementation-shares-area = Территория
    .description = Код страны или региона МСЭ-D, к которому относится доля; это должна быть одна из заявленных стран или один из регионов.
field-implementation-shares-percent = Процент
    .description = Доля в процентах (0–100) в виде десятичной строки.

# sheet: groups

field-beneficiaries-groups = Группа получателей
    .description = Группы, которые обязательство называет получателями помощи.

# sheet: counts

field-beneficiaries-counts-count = Количество
    .description = Сколько.
field-beneficiaries-counts-unit = Единица
    .description = Что подсчитывается.
field-beneficiaries-counts-isFloor = Нижняя граница
    .description = Истина, если количество является минимумом («более 5,8 млн домохозяйств»).

# sheet: targets

field-targets = Код целевого показателя P2C
    .description = Целевые показатели коалиции, которым служит обязательство.

# sheet: progressReports

field-progressReports-date = Дата отчёта
    .description = Дата составления отчёта.
field-progressReports-status = Статус
    .description = Статус выполнения на момент отчёта.
field-progressReports-narrative = Описание хода работы
    .description = Что сделано, словами автора обязательства.
field-progressReports-amountDelivered-amount = Освоенная сумма: Сумма
    .description = Сумма в единицах валюты (не в разменных единицах) в виде десятичной строки.
field-progressReports-amountDelivered-currency = Освоенная сумма: Валюта
    .description = Код ISO 4217 валюты.
field-progressReports-peopleReached = Охвачено людей
    .description = Число людей, охваченных на данный момент, нарастающим итогом на дату отчёта.
field-progressReports-challenges = Трудности
    .description = Встреченные препятствия.
field-progressReports-solutions = Решения
    .description = Предложенные или применённые меры.
field-progressReports-targets = Затронутые целевые показатели
    .description = Целевые показатели P2C, которым служила отчётная работа.

# sheet: relations

field-relations-type = Тип связи
    .description = Как это обязательство связано с другим.
field-relations-pledge = Другое обязательство
    .description = Идентификатор другого обязательства.

# codes

codes-FormatVersion = Версия формата
codes-FormatVersion-1_0 = Формат 1.0
codes-FormatVersion-1_1 = Формат 1.1
codes-Headquarters = Штаб-квартира
codes-Headquarters-international = Международная
codes-Headquarters-unknown = Неизвестно
codes-CurrencyCode = Код валюты
codes-CountryCode = Код страны
