### Сообщения о проблемах проверки, русский. Переменные описаны в i18n/en/issues.ftl.

## origin: p2c (переводы, сделанные для p2c)

redacted-value = значение

issue-input-malformed_json = входные данные не являются корректным JSON: { $reason ->
        [eof_list] конец данных внутри списка
        [eof_object] конец данных внутри объекта
        [eof_string] конец данных внутри строки
        [eof_value] конец данных перед значением
        [expected_colon] ожидалось `:`
        [expected_list_comma_or_end] ожидалось `,` или `]`
        [expected_object_comma_or_end] ожидалось `,` или `{"}"}`
        [expected_ident] ожидался идентификатор
        [expected_value] ожидалось значение
        [expected_double_quote] ожидалось `"`
        [invalid_escape] недопустимая escape-последовательность
        [invalid_number] недопустимое число
        [number_out_of_range] число вне допустимого диапазона
        [invalid_unicode_code_point] недопустимая кодовая точка Юникода
        [control_character] управляющий символ (U+0000–U+001F) внутри строки
        [key_must_be_a_string] ключ должен быть строкой
        [lone_leading_surrogate] одиночный старший суррогат в шестнадцатеричной escape-последовательности
        [trailing_comma] лишняя запятая в конце
        [trailing_characters] символы после конца документа
        [unexpected_end_of_hex_escape] неполная шестнадцатеричная escape-последовательность
        [repeated_key] объект повторяет ключ
       *[other] { $detail }
    } (строка { $line }, столбец { $column })
    .title = Входные данные не являются корректным JSON.
    .guidance = Отправьте один документ JSON (UTF-8, без символов после конца); в параметрах указаны строка и столбец.
issue-input-invalid_utf8 = входные данные не являются корректной UTF-8 (недопустимый байт на позиции { $offset })
    .title = Байты входных данных не являются корректной UTF-8.
    .guidance = Закодируйте документ в UTF-8; в параметрах указана позиция первого недопустимого байта.
issue-input-too_large = размер входных данных в байтах превышает предел { $max } (фактически { $actual })
    .title = Входные данные больше заданного максимального размера.
    .guidance = Разделите данные на документы меньшего размера или увеличьте `limits.maxBytes`, если такой размер ожидаем.
issue-input-too_deep = { $reason ->
        [parser] входные данные вкладывают массивы или объекты глубже { $max } уровней
       *[max_depth] глубина вложенности превышает предел { $max } (фактически { $actual })
    }
    .title = Входные данные вкладывают массивы или объекты глубже заданного максимума.
    .guidance = В обязательстве лишь несколько уровней вложенности; удалите слишком глубоко вложенное содержимое.
issue-input-array_too_long = длина массива превышает предел { $max } (фактически { $actual })
    .title = В массиве больше элементов, чем задано максимумом.
    .guidance = Удалите элементы или увеличьте `limits.maxArrayLen`, если такая длина ожидаема.
issue-input-string_too_long = длина строки в байтах превышает предел { $max } (фактически { $actual })
    .title = Строка длиннее заданного максимума.
    .guidance = Сократите текст или увеличьте `limits.maxStringLen`, если такая длина ожидаема.

issue-structure-wrong_type = ожидаемый тип: { $expected }; найденный тип: { $actual }
    .title = Значение имеет неверный тип JSON.
    .guidance = Укажите значение типа, названного в `expected` (например, строку, массив или объект).
issue-structure-missing_field = отсутствует обязательное поле `{ $field }`
    .title = Отсутствует обязательное поле.
    .guidance = Добавьте поле, указанное в параметрах.
issue-structure-unknown_field = неизвестное поле `{ $field }`{ $suggested ->
        [yes] ; возможно, имелось в виду `{ $suggestion }`?
       *[no] {""}
    }
    .title = Поле не входит в формат обязательств.
    .guidance = Удалите поле или переименуйте его в `suggestion`, если параметры его предлагают (имена полей пишутся в camelCase с учётом регистра).
issue-structure-empty_list = список должен содержать хотя бы одно значение
    .title = Пуст список, которому нужен хотя бы один элемент.
    .guidance = Укажите хотя бы одно значение.
issue-structure-unknown_code = { $codelist ->
        [formatVersion] { $value } не является поддерживаемой версией формата
       *[other] { $value } не является кодом списка `{ $codelist }`{ $suggested ->
            [yes] ; возможно, имелось в виду `{ $suggestion }`?
           *[no] {""}
        }
    }
    .title = Значение не является кодом своего списка кодов.
    .guidance = Используйте один из кодов списка, указанного в `codelist` (см. опубликованные списки кодов).
issue-structure-malformed_code = { $value } не является { $kind ->
        [country] кодом страны (три заглавные буквы)
        [currency] кодом валюты (три заглавные буквы)
        [headquarters] допустимой штаб-квартирой (три заглавные буквы, `international` или `unknown`)
        [event] кодом мероприятия P2C (заглавные буквы, цифры и дефисы)
       *[target] кодом целевого показателя P2C (заглавные буквы, цифры и дефисы)
    }
    .title = Код не имеет требуемой формы.
    .guidance = Коды стран и валют состоят из трёх заглавных букв (`KEN`, `EUR`); коды целевых показателей P2C — из заглавных букв, цифр и дефисов (`ACCESS-01`).
issue-structure-malformed_date = { $value } не является { $format ->
        [partial] датой в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
       *[full] датой в виде ГГГГ-ММ-ДД
    }
    .title = Дата записана не так, как требует формат.
    .guidance = Пишите полные даты в виде ГГГГ-ММ-ДД; даты периода могут быть также ГГГГ или ГГГГ-ММ.
issue-structure-malformed_timestamp = { $value } не является меткой времени RFC 3339, например `2022-06-07T10:00:00Z`
    .title = Метка времени не является датой и временем RFC 3339.
    .guidance = Пишите метки времени в формате RFC 3339 с часовым поясом, например `2022-06-07T10:00:00Z`.
issue-structure-malformed_decimal = { $value } не является десятичным числом вида "1250.50"
    .title = Сумма не является простым десятичным числом.
    .guidance = Пишите суммы десятичными строками, например "5600000000" или "258.8": без экспоненты, пробелов, знаков валюты и разделителей тысяч.
issue-structure-inexact_number = число { $value } могло потерять цифры; запишите его десятичной строкой
    .title = Сумма задана числом JSON с дробной частью или экспонентой и могла потерять цифры.
    .guidance = Запишите сумму десятичной строкой ("258.8"); целые числа могут оставаться числами JSON.
issue-structure-integer_out_of_range = { $kind ->
        [year] год вне допустимого диапазона
        [goal] номер цели в области устойчивого развития не может быть отрицательным
       *[count] целое число вне диапазона 0..={ $max }
    }
    .title = Целое число вне диапазона, допустимого для поля.
    .guidance = Укажите целое число в пределах диапазона поля.

issue-text-empty = текст пуст
    .title = Обязательный текст пуст или состоит только из пробелов.
    .guidance = Заполните текст.
issue-text-blank = текст пуст; заполните его или удалите поле
    .title = Необязательный текст присутствует, но пуст или состоит только из пробелов.
    .guidance = Заполните текст или удалите поле.
issue-text-too_long = символов в тексте: { $actual }; допускается не более { $max }
    .title = Текст длиннее, чем формат допускает для этого поля.
    .guidance = Сократите текст до числа символов `max`, указанного в параметрах.
issue-text-control_character = текст содержит управляющий символ { $codePoint }
    .title = Текст содержит управляющие символы.
    .guidance = Удалите управляющие символы; переводы строк и табуляция допускаются только в длинных текстах (описание, примечания, отчёт).
issue-text-bidi_control = текст содержит управляющий символ направления письма { $codePoint }
    .title = Текст содержит символы встраивания, переопределения или изоляции направления письма, из-за которых он может отображаться не так, как написан.
    .guidance = Удалите символы U+202A–U+202E и U+2066–U+2069; тексты, пишущиеся справа налево, отображаются правильно и без них.
issue-identity-unusual_id = идентификатор { $value } содержит символы, отличные от букв, цифр и `-_.:/`
    .title = Идентификатор содержит пробелы или символы, отличные от букв, цифр и `-_.:/`.
    .guidance = Используйте идентификаторы из букв, цифр и `-_.:/`, чтобы они сохранялись в URL, файлах CSV и электронных таблицах.
issue-identity-malformed_email = { $value } не является адресом электронной почты
    .title = Контактный адрес электронной почты не имеет вида `имя@домен.tld`.
    .guidance = Укажите один простой адрес электронной почты, без отображаемого имени и угловых скобок.
issue-identity-malformed_url = { $value } не является URL http или https
    .title = Ссылка не является абсолютным URL http или https.
    .guidance = Укажите полный адрес, начинающийся с `https://`.
issue-identity-duplicate_partner = эта организация уже указана в `{ $duplicateOf }`
    .title = Одна и та же организация указана среди авторов обязательства более одного раза.
    .guidance = Указывайте каждую организацию один раз; ведущая организация не должна быть одновременно партнёром.
issue-identity-self_relation = связь указывает на само обязательство
    .title = Связь указывает на само обязательство.
    .guidance = Связь указывает идентификатор другого обязательства.

issue-taxonomy-pillar_outside_focus_areas = компонент `{ $pillar }` относится к направлению `{ $focusArea }`, которое обязательство не заявляет
    .title = Компонент относится к направлению деятельности, которое обязательство не заявляет.
    .guidance = Добавьте направление, указанное в `focusArea`, в `focusAreas` или удалите компонент.
issue-taxonomy-duplicate_code = { $value } указан дважды (впервые под индексом { $firstIndex })
    .title = Код встречается в списке более одного раза.
    .guidance = Указывайте каждый код один раз.
issue-taxonomy-subtype_mismatch = подтип `{ $subtype }` относится к типу заинтересованной стороны `{ $expectedStakeholderType }`, а не `{ $stakeholderType }`
    .title = Подтип организации относится к другому типу заинтересованной стороны.
    .guidance = Выберите подтип типа заинтересованной стороны этой организации (в параметрах указан тип, к которому он относится).
issue-taxonomy-unknown_target = { $value } не является известным целевым показателем P2C
    .title = Код целевого показателя P2C имеет правильную форму, но отсутствует в списке известных p2c показателей.
    .guidance = Проверьте код; опубликованный список показателей неполон, поэтому новый показатель может быть верным.

issue-money-missing_value = у финансового обязательства должна быть финансовая стоимость
    .title = У финансового обязательства нет финансовой стоимости.
    .guidance = Укажите `financialValue` с объявленной суммой, валютой и датой валютирования или удалите тип обязательства `financial`.
issue-money-non_positive_value = сумма { $value } не является положительной
    .title = Финансовая стоимость равна нулю или отрицательна.
    .guidance = Укажите объявленную сумму положительным числом.
issue-money-value_on_non_financial = у обязательства есть финансовая стоимость, но оно не относится к типу `financial`
    .title = Обязательство, не относящееся к типу `financial`, имеет финансовую стоимость.
    .guidance = Добавьте тип обязательства `financial`, если стоимость — это денежное обязательство; в итогах она учитывается в любом случае.
issue-money-negative_amount = выплаченная сумма { $value } отрицательна
    .title = Выплаченная сумма отрицательна.
    .guidance = Укажите накопленную выплаченную сумму равной нулю или больше.
issue-money-unknown_currency = { $value } не является кодом валюты ISO 4217
    .title = Код валюты отсутствует в ISO 4217.
    .guidance = Используйте буквенный код ISO 4217, например `USD` или `EUR`.
issue-money-currency_not_in_use = валюта `{ $currency }` выведена из обращения { $withdrawnOn }, до { $date }
    .title = Валюта была выведена из обращения до даты валютирования.
    .guidance = Укажите сумму в валюте, которая её заменила (например, EUR вместо HRK с 2023 года), пересчитанную по официальному курсу.
issue-money-excess_precision = знаков после запятой в сумме: { $decimals }; у `{ $currency }` их { $minorUnits }
    .title = В сумме больше знаков после запятой, чем в разменной единице валюты.
    .guidance = Округлите сумму до разменной единицы валюты (`minorUnits` в параметрах).
issue-money-implausible_amount = сумма { $value } неправдоподобно велика для одного обязательства
    .title = Сумма неправдоподобно велика для одного обязательства.
    .guidance = Проверьте, нет ли лишних нулей или суммы в разменных единицах (центах).
issue-money-invalid_explicit_rate = { $reason ->
        [same_currency] обменный курс переводит `{ $currency }` в ту же валюту
       *[non_positive] обменный курс не является положительным
    }
    .title = Указанный обменный курс равен нулю или отрицателен либо переводит валюту в неё саму.
    .guidance = Укажите положительный курс к другой валюте или удалите `explicitRate`.

issue-geography-unknown_country = { $value } не является кодом страны ISO 3166-1 alpha-3
    .title = Код страны не является известным p2c кодом ISO 3166-1 alpha-3.
    .guidance = Используйте код страны ISO 3166-1 alpha-3 (`KEN` для Кении).
issue-geography-duplicate_country = страна { $value } указана дважды (впервые под индексом { $firstIndex })
    .title = Страна указана более одного раза.
    .guidance = Указывайте каждую страну один раз, чтобы показатели по странам не учитывали обязательство дважды.
issue-geography-country_outside_regions = { $value } входит в регион МСЭ-D `{ $region }`, которого нет среди регионов
    .title = Страна не входит ни в один из заявленных регионов МСЭ-D.
    .guidance = Добавьте регион страны (`region` в параметрах) в `regions` или проверьте код страны.
issue-geography-primary_region_not_declared = основного региона `{ $region }` нет среди регионов
    .title = Основной регион не входит в число заявленных регионов.
    .guidance = Добавьте основной регион в `regions`.
issue-geography-no_location = в обязательстве не указаны ни страна, ни регион, и оно не отмечено как глобальное
    .title = В обязательстве не указаны ни страна, ни регион, и оно не отмечено как глобальное.
    .guidance = Укажите страны или регионы МСЭ-D, где выполняется обязательство, или задайте `global`.
issue-geography-share_area_not_declared = { $value } не является ни заявленной страной, ни заявленным регионом
    .title = Заявленная доля относится к территории, которая не является ни заявленной страной, ни заявленным регионом.
    .guidance = Указывайте доли только для стран и регионов, перечисленных в `countries` и `regions`.
issue-geography-duplicate_share = доля для { $value } уже указана под индексом { $firstIndex }
    .title = Для одной территории указаны две доли.
    .guidance = Укажите одну долю для каждой территории.
issue-geography-share_out_of_range = доля { $value } не находится в пределах от 0 до 100
    .title = Доля меньше 0 или больше 100 процентов.
    .guidance = Укажите каждую долю в процентах от 0 до 100.
issue-geography-shares_not_hundred = сумма долей равна { $sum }, а не 100
    .title = Сумма заявленных долей не равна 100 процентам.
    .guidance = Исправьте доли так, чтобы их сумма была ровно 100 (`sum` в параметрах — текущая сумма).

issue-lifecycle-end_before_start = период заканчивается раньше, чем начинается
    .title = Период заканчивается раньше, чем начинается.
    .guidance = Проверьте даты начала и окончания.
issue-lifecycle-implausible_period = { $reason ->
        [too_long] период длится дольше, чем лет: { $maxYears }
       *[out_of_range] период начинается до 2000 года или заканчивается после 2100 года
    }
    .title = Период неправдоподобно длинен.
    .guidance = Проверьте даты; обязательства обычно рассчитаны не более чем на десятилетие.
issue-lifecycle-value_date_outside_period = дата валютирования отстоит от периода обязательства более чем на два года
    .title = Дата валютирования далеко за пределами периода обязательства.
    .guidance = Дата валютирования — обычно дата объявления, близкая к началу периода; проверьте её, так как пересчёт использует курс этого дня.
issue-lifecycle-published_without_validation = обязательство опубликовано, но не имеет метки времени проверки
    .title = У опубликованного обязательства нет метки времени проверки.
    .guidance = Записывайте `validatedAt`, когда секретариат проверяет обязательство.
issue-lifecycle-validated_before_submitted = обязательство проверено раньше, чем подано
    .title = Обязательство было проверено раньше, чем подано.
    .guidance = Проверьте `submittedAt` и `validatedAt`.
issue-lifecycle-timestamp_in_future = метка времени позже отчётной даты { $asOf }
    .title = Метка времени подачи или проверки позже отчётной даты.
    .guidance = Проверьте метку времени и её часовой пояс.
issue-lifecycle-completed_before_end = обязательство отмечено как выполненное, но заканчивается { $end }, после { $asOf }
    .title = Обязательство отмечено как выполненное, хотя дата его окончания ещё не наступила.
    .guidance = Проверьте статус или перенесите дату окончания на дату завершения работы.
issue-lifecycle-illegal_transition = статус рассмотрения не может измениться с `{ $from }` на `{ $to }`
    .title = Статус рассмотрения не может перейти из прежнего состояния в новое.
    .guidance = Соблюдайте порядок рассмотрения; допустимые изменения см. в `can_transition`.
issue-lifecycle-id_changed = идентификатор изменился с { $old } на { $new }
    .title = Обновление изменяет идентификатор обязательства.
    .guidance = Сохраняйте идентификатор обязательства неизменным; вместо этого создайте новое обязательство со связью `supersedes`.

issue-beneficiaries-negative_count = число { $value } отрицательно
    .title = Число людей отрицательно.
    .guidance = Укажите число людей, равное нулю или больше.
issue-beneficiaries-exceeds_world_population = число людей { $value } больше населения мира ({ $max })
    .title = Число людей превышает население мира.
    .guidance = Проверьте, нет ли лишних цифр; считаются люди, а не человеко-часы или подключения.
issue-beneficiaries-implausible_target_year = целевой год { $value } раньше 2000, позже 2100 или вне периода обязательства
    .title = Целевой год для получателей раньше 2000, позже 2100 или вне периода обязательства.
    .guidance = Укажите год, к которому люди должны быть охвачены.

issue-reports-before_submission = отчёт датирован раньше подачи обязательства ({ $submittedAt })
    .title = Отчёт о ходе работы датирован раньше подачи обязательства.
    .guidance = Проверьте дату отчёта и `submittedAt`.
issue-reports-after_as_of = отчёт датирован позже отчётной даты { $asOf }
    .title = Отчёт о ходе работы датирован позже отчётной даты (в будущем).
    .guidance = Датируйте отчёт днём его составления.
issue-reports-out_of_order = отчёт датирован раньше предыдущего отчёта ({ $previousDate })
    .title = Отчёты о ходе работы расположены не в хронологическом порядке.
    .guidance = Располагайте отчёты о ходе работы от самого раннего к самому позднему.
issue-reports-people_decreased = число охваченных людей упало ниже { $previous } из отчёта { $previousIndex }
    .title = Накопленное число охваченных людей в отчёте меньше, чем в одном из предыдущих.
    .guidance = Число охваченных людей накапливается к дате отчёта; проверьте цифры.
issue-reports-delivered_exceeds_value = выплаченная сумма превышает объявленную сумму { $announced }
    .title = Выплаченная сумма в отчёте превышает объявленную стоимость обязательства в той же валюте.
    .guidance = Проверьте сумму или обновите стоимость обязательства, если она выросла (для объявленных минимумов задайте `isFloor`).

issue-batch-duplicate_id = идентификатор { $value } уже используется обязательством { $firstIndex }
    .title = У двух обязательств в пакете одинаковый идентификатор.
    .guidance = Присвойте каждому обязательству уникальный идентификатор; `firstIndex` в параметрах — более раннее обязательство.
issue-batch-likely_duplicate = у обязательства { $firstIndex } та же ведущая организация, то же название и та же сумма
    .title = У двух обязательств одинаковые ведущая организация, название и сумма: вероятно, одно и то же обязательство подано дважды.
    .guidance = Оставьте одно из них или свяжите их отношением, если оба настоящие.
issue-batch-unknown_relation_target = ни у одного обязательства в пакете нет идентификатора { $value }
    .title = Связь указывает идентификатор обязательства, которого нет в пакете.
    .guidance = Проверьте идентификатор или проверяйте пакет вместе со связанным обязательством.

## Format 1.1 texts not translated yet: English is shown in their place (README.md:
## "Adding an issue code or a report text").

# p2c-fallback: issue-geography-unspecified_region_not_declared
# p2c-fallback: issue-lifecycle-date_after_as_of
# p2c-fallback: issue-lifecycle-date_before_coalition
# p2c-fallback: issue-lifecycle-event_after_as_of
# p2c-fallback: issue-lifecycle-no_announcement_date
# p2c-fallback: issue-money-approximate_floor
# p2c-fallback: issue-money-components_exceed_amount
# p2c-fallback: issue-money-conflicting_bounds
# p2c-fallback: issue-money-no_rate_at_date
# p2c-fallback: issue-money-not_a_currency
# p2c-fallback: issue-money-per_year_without_period
# p2c-fallback: issue-money-range_inverted
# p2c-fallback: issue-money-stated_equivalent_same_currency
# p2c-fallback: issue-money-years_without_per_year
# p2c-fallback: issue-sdgs-duplicate_goal
# p2c-fallback: issue-sdgs-target_outside_goal
# p2c-fallback: issue-sdgs-unknown_goal
# p2c-fallback: issue-sdgs-unknown_target
# p2c-fallback: issue-structure-requires_version
# p2c-fallback: issue-taxonomy-unknown_beside_known
# p2c-fallback: issue-taxonomy-unknown_event
# p2c-fallback: issue-taxonomy-value_unknown

# sheet: English until translated
# p2c-fallback: issue-sheet-unreadable
# p2c-fallback: issue-sheet-encrypted
# p2c-fallback: issue-sheet-limit_exceeded
# p2c-fallback: issue-sheet-missing_sheet
# p2c-fallback: issue-sheet-unknown_sheet
# p2c-fallback: issue-sheet-duplicate_sheet
# p2c-fallback: issue-sheet-hidden_sheet
# p2c-fallback: issue-sheet-misspelled_column
# p2c-fallback: issue-sheet-unknown_column
# p2c-fallback: issue-sheet-duplicate_column
# p2c-fallback: issue-sheet-missing_column
# p2c-fallback: issue-sheet-unknown_pledge
# p2c-fallback: issue-sheet-missing_pledge_id
# p2c-fallback: issue-sheet-inexact_number
# p2c-fallback: issue-sheet-formula
# p2c-fallback: issue-sheet-merged_cells
# p2c-fallback: issue-sheet-error_value
# p2c-fallback: issue-sheet-invalid_date
