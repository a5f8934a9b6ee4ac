### Тексты отчётов и сводной панели, русский. Источник: i18n/en/report.ftl.

## origin: official (сокращения ООН: НРС, РСНВМ, МОРГ)

group-abbr-ldc = НРС
group-abbr-lldc = РСНВМ
group-abbr-sids = МОРГ

## origin: p2c (переводы, сделанные для p2c)

report-none = (нет)
report-count = число
report-share = доля
report-key = код
report-label = название
report-pledges = обязательства
report-pledge = обязательство
report-kind = вид
report-amount = сумма
report-date = дата
report-reason = причина
report-relation = связь
report-counted-in = учтено в
report-detail = подробности
report-unspecified = Не указано
report-global = Глобально

dashboard-title = Сводная панель Partner2Connect на { $asOf } ({ $currency })
dashboard-rates = Курсы: таблица { $table }; правило { $policy }
dashboard-rate-source = источник: { $source }
dashboard-note = Примечание: { $note }
dashboard-pledges = Обязательства
dashboard-entities = Организации
dashboard-pledger-countries = Страны авторов обязательств
dashboard-total-value = Общая стоимость ({ $currency })
dashboard-pledges-counted = Обязательства с учтённой стоимостью
dashboard-floors = в т. ч. минимумы («более»)
dashboard-derived = в т. ч. выведенные (диапазоны, годовые × годы)
dashboard-converted = в т. ч. пересчитанные
dashboard-unconverted = Непересчитанные суммы
dashboard-not-counted = Суммы, не учтённые дважды
dashboard-not-derived = Годовые суммы, не выведенные (нет ни лет, ни периода)
dashboard-counted-once = Суммы, учтённые один раз (здесь исключены)
dashboard-excluded = Исключённые обязательства
dashboard-filtered-out = Отсеяно фильтрами
dashboard-goal = Цель ({ $currency } { $goal })
dashboard-goal-reached = достигнуто { $share }
dashboard-goal-remaining = осталось
dashboard-entities-by-type = Организации по типу заинтересованной стороны
dashboard-entities-by-region = Организации по региону МСЭ-D штаб-квартиры

note-as-of = на { $asOf }: опубликованные обязательства, проверенные (иначе поданные, иначе объявленные, иначе оценённые) не позднее этой даты, причём месяц или год считается с его последнего дня; отчёты, датированные не позднее её
note-double-counting = двойной учёт: заменённые обязательства исключены; суммы part_of и same_funds_as учтены один раз; совместное обязательство учитывает каждую организацию один раз
note-attribution-full = распределение: полная стоимость каждому значению многозначного измерения; такие разбивки пересекаются, и их нельзя суммировать
note-attribution-equal-split = распределение: стоимость делится поровну между значениями многозначного измерения; сумма разбивки равна итогу
note-attribution-declared-shares = распределение: страны и регионы получают заявленные доли обязательства (поровну, если доли не подходят), другие измерения — поровну; сумма разбивки равна итогу
note-regions-primary-or-any = регионы: обязательство учитывается в основном регионе и в каждом другом регионе, который оно называет или подразумевает (основной или любой)
note-regions-primary-only = регионы: обязательство учитывается только в основном регионе
note-country-groups = группы стран: обязательство учитывается в группе, если оно называет эту группу или если хотя бы одна из стран его выполнения входит в неё на отчётную дату (запланированные выходы считаются состоявшимися)
note-amounts = суммы: диапазон учитывается по нижней границе; годовая сумма умножается на указанное число лет, иначе на календарные годы периода, иначе не учитывается (указывается как невыведенная); минимальные, предельные, приблизительные и натуральные суммы учитываются как указаны и отмечаются
note-new-between = новые с { $from } по { $to } включительно: учитываются только обязательства, проверенные (иначе поданные, иначе объявленные) в этот период; те, по дате которых этого не определить, указаны как newness_undetermined

breakdown-title = По измерению «{ $dimension }» ({ $additivity }; обязательств, учтённых более чем в одной строке: { $overlap })
breakdown-additive = аддитивно
breakdown-overlapping = пересечение на { $amount } { $currency }
breakdown-share-fallbacks = обязательств, разделённых поровну (заявленные доли не подошли): { $count }
dimension-focusArea = направление деятельности
dimension-pillar = компонент
dimension-pledgeType = тип обязательства
dimension-stakeholderType = тип заинтересованной стороны
dimension-ituRegion = регион МСЭ-D
dimension-country = страна
dimension-countryGroup = группа стран
dimension-beneficiaryGroup = группа получателей
dimension-implementationStatus = статус выполнения
dimension-endDate = дата окончания
dimension-target = целевой показатель P2C
dimension-sdg = ЦУР
dimension-sdgTarget = задача ЦУР
dimension-event = мероприятие или кампания
dimension-pledgerRegion = регион штаб-квартиры авторов
dimension-pledgerCountry = страна штаб-квартиры авторов
pledger-international = Международная (без страны базирования)
pledger-unknown = Штаб-квартира неизвестна
pledger-no_itu_region = Вне регионов МСЭ-D
end-ended = Предположительно завершено
end-ends_this_year = Завершается в отчётном году
end-later = Завершается позже
end-unknown = Дата окончания неизвестна

reporting-title = Отчётность
reporting-reports = Отчёты
reporting-reported = Обязательства с отчётами
reporting-entities = Организации, представившие отчёты
reporting-ended = Завершённые обязательства с отчётами
reporting-overdue = Просрочено (нет отчёта, дней: { $days })
reporting-overdue-undetermined = Просрочка не определена (нет даты)
reporting-by-type = Обязательства с отчётами по типу заинтересованной стороны
reporting-challenges = Трудности
reporting-solutions = Решения
delivery-title = Выполнение
delivery-pledges = Обязательства с выплатами
delivery-delivered = Выплачено ({ $currency })
delivery-pledged = Обещано ({ $currency })
delivery-ratio = Выплачено / обещано

amount-kind-pledged = обещано
amount-kind-delivered = выплачено
relation-supersedes = заменяет
relation-part_of = является частью
relation-same_funds_as = те же средства, что
excluded-invalid = не прошло проверку
excluded-not_published = не опубликовано
excluded-not_yet_known = ещё не известно
excluded-superseded = заменено
excluded-newness_undetermined = новизна не определена

profile-title = { $name } ({ $code }) на { $asOf }
profile-groups = Группы: { $groups }
profile-group-provisional = { $group } (запланированный выход, не подтверждён)
profile-reported = С отчётами
profile-ended = Предположительно завершены
profile-ended-value = { $ended } (с отчётами: { $withReports })
profile-ends-this-year = Завершаются в этом году
profile-ends-later = Завершаются позже
profile-end-unknown = Окончание неизвестно
profile-status = Статус
profile-top-targets = Основные целевые показатели P2C
profile-top-challenges = Основные трудности
profile-top-solutions = Основные решения
