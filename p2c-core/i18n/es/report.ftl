### Textos de los informes y del panel, español. Fuente: i18n/en/report.ftl.

## origin: official (siglas de las Naciones Unidas: PMA, PDSL, PEID)

group-abbr-ldc = PMA
group-abbr-lldc = PDSL
group-abbr-sids = PEID

## origin: p2c (traducciones escritas para p2c)

report-none = (ninguno)
report-count = número
report-share = proporción
report-key = código
report-label = etiqueta
report-pledges = compromisos
report-pledge = compromiso
report-kind = clase
report-amount = importe
report-date = fecha
report-reason = motivo
report-relation = relación
report-counted-in = contado en
report-detail = detalle
report-unspecified = Sin especificar
report-global = Mundial

dashboard-title = Panel de Partner2Connect al { $asOf } ({ $currency })
dashboard-rates = Tipos de cambio: tabla { $table }; criterio { $policy }
dashboard-rate-source = fuente: { $source }
dashboard-note = Nota: { $note }
dashboard-pledges = Compromisos
dashboard-entities = Entidades
dashboard-pledger-countries = Países de los autores de compromisos
dashboard-total-value = Valor total ({ $currency })
dashboard-pledges-counted = Compromisos con valor contado
dashboard-floors = de ellos, mínimos («más de»)
dashboard-derived = de ellos, derivados (intervalos, anual × años)
dashboard-converted = de ellos, convertidos
dashboard-unconverted = Importes no convertidos
dashboard-not-counted = Importes no contados dos veces
dashboard-not-derived = Importes anuales no derivados (sin años ni período)
dashboard-counted-once = Importes contados una sola vez (excluidos aquí)
dashboard-excluded = Compromisos excluidos
dashboard-filtered-out = Descartados por los filtros
dashboard-goal = Meta ({ $currency } { $goal })
dashboard-goal-reached = { $share } alcanzado
dashboard-goal-remaining = restante
dashboard-entities-by-type = Entidades por tipo de parte interesada
dashboard-entities-by-region = Entidades por región del UIT-D de su sede

note-as-of = al { $asOf }: compromisos publicados validados (si no, enviados; si no, anunciados; si no, valorados) en esa fecha o antes, contando un mes o un año desde su último día; informes fechados en esa fecha o antes
note-double-counting = doble cómputo: compromisos sustituidos excluidos; importes part_of y same_funds_as contados una vez; un compromiso conjunto cuenta cada entidad una vez
note-attribution-full = atribución: valor completo a cada valor de una dimensión con varios valores; esos desgloses se solapan y no deben sumarse
note-attribution-equal-split = atribución: valor repartido a partes iguales entre los valores de una dimensión con varios valores; las filas de un desglose suman el total salvo cuando su aditividad indica que se solapan (los grupos de países pueden solaparse: un país puede estar en varios grupos)
note-attribution-declared-shares = atribución: países y regiones reciben las proporciones declaradas del compromiso (partes iguales cuando no encajan), las demás dimensiones partes iguales; las filas de un desglose suman el total salvo cuando su aditividad indica que se solapan (los grupos de países pueden solaparse: un país puede estar en varios grupos)
note-regions-primary-or-any = regiones: un compromiso cuenta en su región principal y en cualquier otra región que cite o implique (principal o cualquiera)
note-regions-primary-only = regiones: un compromiso cuenta solo en su región principal
note-country-groups = grupos de países: un compromiso cuenta en un grupo cuando nombra el grupo o cuando al menos uno de sus países de ejecución es miembro en la fecha de referencia (se suponen efectivas las salidas programadas)
note-amounts = importes: un intervalo cuenta por su extremo inferior; un importe anual cuenta multiplicado por los años indicados, si no por los años naturales de su período, si no no cuenta (se lista como no derivado); los mínimos, máximos, importes aproximados y en especie cuentan tal como se indican y se señalan
note-new-between = nuevos entre el { $from } y el { $to }, ambos días incluidos: solo cuentan los compromisos validados (si no, enviados; si no, anunciados) en ese intervalo; los que no pueden situarse por su fecha se listan como newness_undetermined

breakdown-title = Por { $dimension } ({ $additivity }; { $overlap ->
        [one] { $overlap } compromiso contado
       *[other] { $overlap } compromisos contados
    } en más de una fila)
breakdown-additive = aditivo
breakdown-overlapping = solapamiento de { $amount } { $currency }
breakdown-share-fallbacks = { $count ->
        [one] { $count } compromiso repartido
       *[other] { $count } compromisos repartidos
    } a partes iguales: sus proporciones declaradas no encajaban
dimension-focusArea = área de acción
dimension-pillar = pilar
dimension-pledgeType = tipo de compromiso
dimension-stakeholderType = tipo de parte interesada
dimension-ituRegion = región del UIT-D
dimension-country = país
dimension-countryGroup = grupo de países
dimension-beneficiaryGroup = grupo beneficiario
dimension-implementationStatus = estado de ejecución
dimension-endDate = fecha de fin
dimension-target = meta de P2C
dimension-sdg = ODS
dimension-sdgTarget = meta de ODS
dimension-event = evento o campaña
dimension-pledgerRegion = región de la sede de los autores
dimension-pledgerCountry = país de la sede de los autores
pledger-international = Internacional (sin país de origen)
pledger-unknown = Sede desconocida
pledger-no_itu_region = En ninguna región del UIT-D
end-ended = Probablemente terminado
end-ends_this_year = Termina en el año de referencia
end-later = Termina más tarde
end-unknown = Fecha de fin desconocida

reporting-title = Informes de avance
reporting-reports = Informes
reporting-reported = Compromisos con informe
reporting-entities = Entidades que informan
reporting-ended = Compromisos terminados con informe
reporting-overdue = Atrasados (sin informe en { $days } días)
reporting-overdue-undetermined = Atraso indeterminado (sin fecha)
reporting-by-type = Compromisos con informe por tipo de parte interesada
reporting-challenges = Dificultades
reporting-solutions = Soluciones
delivery-title = Ejecución
delivery-pledges = Compromisos con desembolsos
delivery-delivered = Desembolsado ({ $currency })
delivery-pledged = Comprometido ({ $currency })
delivery-ratio = Desembolsado / comprometido
series-title = Por año de anuncio (compromisos sin fecha de anuncio: desconocido)
series-year = año
series-unknown = (desconocido)
reporting-status-title = Estado de los informes (inactivo tras { $years } año(s) sin informe; { $days } días de gracia)
reporting-active-value = Valor activo ({ $currency }; total sin los compromisos inactivos)
status-on_time = al día
status-due = pendiente
status-overdue = atrasado
status-inactive = inactivo
status-ended_without_final_report = terminado sin informe final
status-not_due = aún no exigible
status-undetermined = indeterminado

amount-kind-pledged = comprometido
amount-kind-delivered = desembolsado
relation-supersedes = sustituye a
relation-part_of = forma parte de
relation-same_funds_as = mismos fondos que
excluded-invalid = no válido
excluded-not_published = no publicado
excluded-not_yet_known = aún no conocido
excluded-superseded = sustituido
excluded-newness_undetermined = novedad indeterminada

profile-title = { $name } ({ $code }) al { $asOf }
profile-groups = Grupos: { $groups }
profile-group-provisional = { $group } (salida programada, sin confirmar)
profile-reported = Con informe
profile-ended = Probablemente terminados
profile-ended-value = { $ended } ({ $withReports } con informe)
profile-ends-this-year = Terminan este año
profile-ends-later = Terminan más tarde
profile-end-unknown = Fin desconocido
profile-status = Estado
profile-top-targets = Principales metas de P2C
profile-top-challenges = Principales dificultades
profile-top-solutions = Principales soluciones
