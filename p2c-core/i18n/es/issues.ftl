### Mensajes de los problemas de validación, español. Las variables se explican en i18n/en/issues.ftl.

## origin: p2c (traducciones escritas para p2c)

redacted-value = el valor

issue-input-malformed_json = la entrada no es JSON bien formado: { $reason ->
        [eof_list] fin de la entrada dentro de una lista
        [eof_object] fin de la entrada dentro de un objeto
        [eof_string] fin de la entrada dentro de una cadena
        [eof_value] fin de la entrada antes de un valor
        [expected_colon] se esperaba `:`
        [expected_list_comma_or_end] se esperaba `,` o `]`
        [expected_object_comma_or_end] se esperaba `,` o `{"}"}`
        [expected_ident] se esperaba un identificador
        [expected_value] se esperaba un valor
        [expected_double_quote] se esperaba `"`
        [invalid_escape] secuencia de escape no válida
        [invalid_number] número no válido
        [number_out_of_range] número fuera de rango
        [invalid_unicode_code_point] punto de código Unicode no válido
        [control_character] carácter de control (U+0000 a U+001F) dentro de una cadena
        [key_must_be_a_string] una clave debe ser una cadena
        [lone_leading_surrogate] sustituto inicial aislado en un escape hexadecimal
        [trailing_comma] coma final
        [trailing_characters] caracteres después del final del documento
        [unexpected_end_of_hex_escape] escape hexadecimal incompleto
        [repeated_key] un objeto repite una clave
       *[other] { $detail }
    } (línea { $line }, columna { $column })
    .title = La entrada no es JSON bien formado.
    .guidance = Envíe un solo documento JSON (UTF-8, sin caracteres después del final); los parámetros indican la línea y la columna.
issue-input-invalid_utf8 = la entrada no es UTF-8 válido (byte no válido en la posición { $offset })
    .title = Los bytes de la entrada no son UTF-8 válido.
    .guidance = Codifique el documento en UTF-8; los parámetros indican la posición del primer byte no válido.
issue-input-too_large = el tamaño de la entrada en bytes supera el límite de { $max } ({ $actual })
    .title = La entrada supera el tamaño máximo configurado.
    .guidance = Divida los datos en documentos más pequeños, o aumente `limits.maxBytes` si ese tamaño es esperado.
issue-input-too_deep = { $reason ->
        [parser] la entrada anida matrices u objetos en más de { $max } niveles
       *[max_depth] la profundidad de anidamiento supera el límite de { $max } ({ $actual })
    }
    .title = La entrada anida matrices u objetos a más profundidad que el máximo configurado.
    .guidance = Un compromiso tiene pocos niveles de anidamiento; elimine el contenido demasiado anidado.
issue-input-array_too_long = la longitud de una matriz supera el límite de { $max } ({ $actual })
    .title = Una matriz tiene más elementos que el máximo configurado.
    .guidance = Elimine elementos, o aumente `limits.maxArrayLen` si esa longitud es esperada.
issue-input-string_too_long = la longitud de una cadena en bytes supera el límite de { $max } ({ $actual })
    .title = Una cadena es más larga que el máximo configurado.
    .guidance = Acorte el texto, o aumente `limits.maxStringLen` si esa longitud es esperada.

issue-structure-wrong_type = tipo esperado: { $expected }; tipo encontrado: { $actual }
    .title = Un valor no tiene el tipo JSON correcto.
    .guidance = Indique un valor del tipo que figura en `expected` (por ejemplo una cadena, una matriz o un objeto).
issue-structure-missing_field = falta el campo obligatorio `{ $field }`
    .title = Falta un campo obligatorio.
    .guidance = Añada el campo indicado en los parámetros.
issue-structure-unknown_field = campo desconocido `{ $field }`{ $suggested ->
        [yes] ; ¿quiso decir `{ $suggestion }`?
       *[no] {""}
    }
    .title = Un campo no forma parte del formato de los compromisos.
    .guidance = Elimine el campo, o cámbiele el nombre a `suggestion` cuando los parámetros la indiquen (los nombres de campo están en camelCase y distinguen mayúsculas de minúsculas).
issue-structure-empty_list = la lista necesita al menos un valor
    .title = Una lista que requiere al menos un elemento está vacía.
    .guidance = Indique al menos un valor.
issue-structure-unknown_code = { $codelist ->
        [formatVersion] { $value } no es una versión de formato admitida
       *[other] { $value } no es un código de la lista `{ $codelist }`{ $suggested ->
            [yes] ; ¿quiso decir `{ $suggestion }`?
           *[no] {""}
        }
    }
    .title = Un valor no es un código de su lista de códigos.
    .guidance = Utilice uno de los códigos de la lista indicada en `codelist` (véanse las listas de códigos publicadas).
issue-structure-malformed_code = { $value } no es { $kind ->
        [country] un código de país (tres letras mayúsculas)
        [currency] un código de moneda (tres letras mayúsculas)
        [headquarters] una sede válida (tres letras mayúsculas, `international` o `unknown`)
        [event] un código de evento de P2C (letras mayúsculas, cifras y guiones)
       *[target] un código de meta de P2C (letras mayúsculas, cifras y guiones)
    }
    .title = Un código no tiene la forma requerida.
    .guidance = Los códigos de país y de moneda son tres letras mayúsculas (`KEN`, `EUR`); los códigos de meta de P2C, letras mayúsculas, cifras y guiones (`ACCESS-01`).
issue-structure-malformed_date = { $value } no es { $format ->
        [partial] una fecha escrita AAAA, AAAA-MM o AAAA-MM-DD
       *[full] una fecha escrita AAAA-MM-DD
    }
    .title = Una fecha no está escrita como exige el formato.
    .guidance = Escriba las fechas completas como AAAA-MM-DD; las fechas de un período también pueden ser AAAA o AAAA-MM.
issue-structure-malformed_timestamp = { $value } no es una marca de tiempo RFC 3339 como `2022-06-07T10:00:00Z`
    .title = Una marca de tiempo no es una fecha y hora RFC 3339.
    .guidance = Escriba las marcas de tiempo en RFC 3339 con zona horaria, por ejemplo `2022-06-07T10:00:00Z`.
issue-structure-malformed_decimal = { $value } no es un número decimal como "1250.50"
    .title = Un importe no es un número decimal simple.
    .guidance = Escriba los importes como cadenas decimales, por ejemplo "5600000000" o "258.8": sin exponente, espacios, símbolos de moneda ni separadores de miles.
issue-structure-inexact_number = el número { $value } puede haber perdido cifras; escríbalo como cadena decimal
    .title = Un importe se da como número JSON con fracción o exponente, que puede haber perdido cifras.
    .guidance = Escriba el importe como cadena decimal ("258.8"); los enteros pueden seguir siendo números JSON.
issue-structure-integer_out_of_range = { $kind ->
        [year] el año está fuera de rango
        [goal] el número de un Objetivo de Desarrollo Sostenible no puede ser negativo
       *[count] el entero está fuera de 0..={ $max }
    }
    .title = Un entero está fuera del rango que admite el campo.
    .guidance = Indique un número entero dentro del rango del campo.

issue-text-empty = el texto está vacío
    .title = Un texto obligatorio está vacío o solo contiene espacios.
    .guidance = Complete el texto.
issue-text-blank = el texto está en blanco; complételo o quite el campo
    .title = Un texto opcional está presente pero vacío o solo contiene espacios.
    .guidance = Complete el texto o quite el campo.
issue-text-too_long = el texto tiene { $actual } caracteres; se admiten como máximo { $max }
    .title = Un texto es más largo de lo que el formato admite para este campo.
    .guidance = Acorte el texto al número `max` de caracteres indicado en los parámetros.
issue-text-control_character = el texto contiene el carácter de control { $codePoint }
    .title = Un texto contiene caracteres de control.
    .guidance = Elimine los caracteres de control; los saltos de línea y tabulaciones solo se admiten en los textos largos (descripción, notas, relato).
issue-text-bidi_control = el texto contiene el carácter de control bidireccional { $codePoint }
    .title = Un texto contiene caracteres bidireccionales de incrustación, forzado o aislamiento, que pueden mostrarlo de forma distinta a lo que dice.
    .guidance = Elimine los caracteres U+202A–U+202E y U+2066–U+2069; las escrituras de derecha a izquierda se muestran bien sin ellos.
issue-identity-unusual_id = el identificador { $value } contiene caracteres distintos de letras, cifras y `-_.:/`
    .title = Un identificador contiene espacios o caracteres distintos de letras, cifras y `-_.:/`.
    .guidance = Use identificadores formados por letras, cifras y `-_.:/`, para que se conserven en URL, archivos CSV y hojas de cálculo.
issue-identity-malformed_email = { $value } no es una dirección de correo electrónico
    .title = La dirección de correo de contacto no tiene la forma `nombre@dominio.tld`.
    .guidance = Indique una sola dirección de correo simple, sin nombre visible ni corchetes angulares.
issue-identity-malformed_url = { $value } no es una URL http o https
    .title = Un enlace no es una URL http o https absoluta.
    .guidance = Indique la dirección completa, empezando por `https://`.
issue-identity-duplicate_partner = esta entidad ya figura en `{ $duplicateOf }`
    .title = La misma entidad figura más de una vez entre los autores del compromiso.
    .guidance = Cite cada entidad una sola vez; la entidad principal no debe figurar también como asociada.
issue-identity-self_relation = la relación apunta al propio compromiso
    .title = Una relación apunta al propio compromiso.
    .guidance = Una relación indica el identificador de otro compromiso.

issue-taxonomy-pillar_outside_focus_areas = el pilar `{ $pillar }` pertenece al área de acción `{ $focusArea }`, que el compromiso no declara
    .title = Un pilar pertenece a un área de acción que el compromiso no declara.
    .guidance = Añada el área de acción indicada en `focusArea` a `focusAreas`, o quite el pilar.
issue-taxonomy-duplicate_code = { $value } figura dos veces (primero en el índice { $firstIndex })
    .title = Un código figura más de una vez en una lista.
    .guidance = Cite cada código una sola vez.
issue-taxonomy-subtype_mismatch = el subtipo `{ $subtype }` pertenece al tipo de parte interesada `{ $expectedStakeholderType }`, no a `{ $stakeholderType }`
    .title = El subtipo de una entidad pertenece a otro tipo de parte interesada.
    .guidance = Elija un subtipo del tipo de parte interesada de la entidad (los parámetros indican el tipo al que pertenece).
issue-taxonomy-unknown_target = { $value } no es una meta de P2C conocida
    .title = Un código de meta de P2C está bien formado pero no figura en la lista de metas conocidas de p2c.
    .guidance = Compruebe el código; la lista publicada de metas está incompleta, así que una meta nueva puede ser correcta.

issue-money-missing_value = un compromiso financiero necesita un valor financiero
    .title = Un compromiso financiero no tiene valor financiero.
    .guidance = Indique `financialValue` con el importe anunciado, la moneda y la fecha valor, o quite el tipo de compromiso `financial`.
issue-money-non_positive_value = el importe { $value } no es positivo
    .title = Un valor financiero es cero o negativo.
    .guidance = Indique el importe anunciado como un número positivo.
issue-money-value_on_non_financial = el compromiso tiene un valor financiero pero no es del tipo `financial`
    .title = Un compromiso que no es del tipo `financial` tiene un valor financiero.
    .guidance = Añada el tipo de compromiso `financial` si el valor es un compromiso de dinero; se cuenta en los totales en ambos casos.
issue-money-negative_amount = el importe desembolsado { $value } es negativo
    .title = Un importe desembolsado es negativo.
    .guidance = Declare el importe acumulado desembolsado como cero o positivo.
issue-money-unknown_currency = { $value } no es un código de moneda ISO 4217
    .title = Un código de moneda no figura en la norma ISO 4217.
    .guidance = Use un código alfabético ISO 4217 como `USD` o `EUR`.
issue-money-currency_not_in_use = `{ $currency }` fue retirada el { $withdrawnOn }, antes del { $date }
    .title = La moneda había sido retirada antes de la fecha valor.
    .guidance = Indique el importe en la moneda que la sustituyó (por ejemplo EUR para HRK desde 2023), convertido al tipo oficial.
issue-money-excess_precision = decimales del importe: { $decimals }; `{ $currency }` tiene { $minorUnits }
    .title = Un importe tiene más decimales que la unidad fraccionaria de la moneda.
    .guidance = Redondee el importe a la unidad fraccionaria de la moneda (`minorUnits` en los parámetros).
issue-money-implausible_amount = el importe { $value } es inverosímilmente grande para un solo compromiso
    .title = Un importe es inverosímilmente grande para un solo compromiso.
    .guidance = Compruebe que no sobren ceros ni se haya escrito el importe en centavos.
issue-money-invalid_explicit_rate = { $reason ->
        [same_currency] el tipo de cambio convierte `{ $currency }` en sí misma
       *[non_positive] el tipo de cambio no es positivo
    }
    .title = Un tipo de cambio declarado es cero o negativo, o convierte una moneda en sí misma.
    .guidance = Indique un tipo positivo hacia otra moneda, o quite `explicitRate`.

issue-geography-unknown_country = { $value } no es un código de país ISO 3166-1 alfa-3
    .title = Un código de país no es un código ISO 3166-1 alfa-3 conocido por p2c.
    .guidance = Use el código ISO 3166-1 alfa-3 del país (`KEN` para Kenya).
issue-geography-duplicate_country = el país { $value } figura dos veces (primero en el índice { $firstIndex })
    .title = Un país figura más de una vez.
    .guidance = Cite cada país una sola vez, para que las cifras por país no cuenten el compromiso dos veces.
issue-geography-country_outside_regions = { $value } está en la región `{ $region }` del UIT-D, que no figura entre las regiones
    .title = Un país no está en ninguna de las regiones del UIT-D declaradas.
    .guidance = Añada la región del país (`region` en los parámetros) a `regions`, o compruebe el código de país.
issue-geography-primary_region_not_declared = la región principal `{ $region }` no figura entre las regiones
    .title = La región principal no es una de las regiones declaradas.
    .guidance = Añada la región principal a `regions`.
issue-geography-no_location = el compromiso no cita ningún país ni región y no está marcado como mundial
    .title = El compromiso no cita ningún país ni región y no está marcado como mundial.
    .guidance = Indique los países o las regiones del UIT-D donde se ejecuta el compromiso, o marque `global`.
issue-geography-share_area_not_declared = { $value } no es ni un país declarado ni una región declarada
    .title = Una proporción declarada corresponde a una zona que no es ni un país declarado ni una región declarada.
    .guidance = Indique proporciones solo para los países y regiones que figuran en `countries` y `regions`.
issue-geography-duplicate_share = ya hay una proporción para { $value } en el índice { $firstIndex }
    .title = Se declaran dos proporciones para la misma zona.
    .guidance = Indique una sola proporción por zona.
issue-geography-share_out_of_range = la proporción { $value } no está entre 0 y 100
    .title = Una proporción es inferior a 0 o superior a 100 por ciento.
    .guidance = Indique cada proporción como un porcentaje entre 0 y 100.
issue-geography-shares_not_hundred = las proporciones suman { $sum }, no 100
    .title = Las proporciones declaradas no suman el 100 por ciento.
    .guidance = Corrija las proporciones para que sumen exactamente 100 (`sum` en los parámetros es el total actual).

issue-lifecycle-end_before_start = el período termina antes de empezar
    .title = El período termina antes de empezar.
    .guidance = Compruebe las fechas de inicio y de fin.
issue-lifecycle-implausible_period = { $reason ->
        [too_long] el período dura más de { $maxYears } años
       *[out_of_range] el período empieza antes de 2000 o termina después de 2100
    }
    .title = La duración del período es inverosímil.
    .guidance = Compruebe las fechas; los compromisos suelen durar como mucho una década.
issue-lifecycle-value_date_outside_period = la fecha valor está a más de dos años del período del compromiso
    .title = La fecha valor está muy alejada del período del compromiso.
    .guidance = La fecha valor suele ser la fecha del anuncio, cerca del inicio del período; compruébela, porque las conversiones usan el tipo de ese día.
issue-lifecycle-published_without_validation = el compromiso está publicado pero no tiene marca de tiempo de validación
    .title = Un compromiso publicado no tiene marca de tiempo de validación.
    .guidance = Registre `validatedAt` cuando la Secretaría valide un compromiso.
issue-lifecycle-validated_before_submitted = el compromiso se validó antes de enviarse
    .title = El compromiso se validó antes de enviarse.
    .guidance = Compruebe `submittedAt` y `validatedAt`.
issue-lifecycle-timestamp_in_future = la marca de tiempo es posterior a la fecha de referencia { $asOf }
    .title = Una marca de tiempo de envío o de validación es posterior a la fecha de referencia.
    .guidance = Compruebe la marca de tiempo y su zona horaria.
issue-lifecycle-completed_before_end = el compromiso figura como terminado pero acaba el { $end }, después del { $asOf }
    .title = El compromiso figura como terminado aunque su fecha de fin aún no ha llegado.
    .guidance = Compruebe el estado, o adelante la fecha de fin al momento en que se terminó el trabajo.
issue-lifecycle-illegal_transition = el estado de revisión no puede pasar de `{ $from }` a `{ $to }`
    .title = El estado de revisión no puede pasar del estado anterior al nuevo.
    .guidance = Siga el circuito de revisión; véase `can_transition` para los cambios permitidos.
issue-lifecycle-id_changed = el identificador cambió de { $old } a { $new }
    .title = Una actualización cambia el identificador del compromiso.
    .guidance = Mantenga estable el identificador de un compromiso; cree en su lugar un compromiso nuevo con una relación `supersedes`.

issue-beneficiaries-negative_count = el número { $value } es negativo
    .title = Un número de personas es negativo.
    .guidance = Indique el número de personas como cero o más.
issue-beneficiaries-exceeds_world_population = { $value } personas son más que la población mundial ({ $max })
    .title = Un número de personas supera la población mundial.
    .guidance = Compruebe que no sobren cifras; se cuentan personas, no horas-persona ni conexiones.
issue-beneficiaries-implausible_target_year = el año meta { $value } es anterior a 2000, posterior a 2100 o está fuera del período del compromiso
    .title = El año meta de los beneficiarios es anterior a 2000, posterior a 2100 o está fuera del período del compromiso.
    .guidance = Indique el año en que se debe llegar a las personas.

issue-reports-before_submission = el informe tiene fecha anterior al envío del compromiso ({ $submittedAt })
    .title = Un informe de avance tiene fecha anterior al envío del compromiso.
    .guidance = Compruebe la fecha del informe y `submittedAt`.
issue-reports-after_as_of = el informe tiene fecha posterior a la fecha de referencia { $asOf }
    .title = Un informe de avance tiene fecha posterior a la fecha de referencia (en el futuro).
    .guidance = Feche el informe el día en que se elaboró.
issue-reports-out_of_order = el informe tiene fecha anterior al informe previo ({ $previousDate })
    .title = Los informes de avance no están en orden cronológico.
    .guidance = Ordene los informes de avance del más antiguo al más reciente.
issue-reports-people_decreased = las personas alcanzadas son menos que las { $previous } del informe { $previousIndex }
    .title = El número acumulado de personas alcanzadas de un informe es inferior al de un informe anterior.
    .guidance = Las personas alcanzadas se acumulan hasta la fecha del informe; compruebe las cifras.
issue-reports-delivered_exceeds_value = el importe desembolsado supera el importe anunciado de { $announced }
    .title = El importe desembolsado de un informe supera el valor anunciado del compromiso en la misma moneda.
    .guidance = Compruebe el importe, o actualice el valor del compromiso si ha aumentado (indique `isFloor` para los mínimos anunciados).

issue-batch-duplicate_id = el identificador { $value } ya lo usa el compromiso { $firstIndex }
    .title = Dos compromisos del lote tienen el mismo identificador.
    .guidance = Dé a cada compromiso un identificador único; `firstIndex` en los parámetros es el compromiso anterior.
issue-batch-likely_duplicate = el compromiso { $firstIndex } tiene la misma entidad principal, el mismo título y el mismo importe
    .title = Dos compromisos tienen la misma entidad principal, el mismo título y el mismo importe: probablemente el mismo compromiso enviado dos veces.
    .guidance = Conserve uno de ellos, o vincúlelos con una relación si ambos son reales.
issue-batch-unknown_relation_target = ningún compromiso del lote tiene el identificador { $value }
    .title = Una relación cita un identificador de compromiso que no está en el lote.
    .guidance = Compruebe el identificador, o valide el lote junto con el compromiso relacionado.
issue-batch-relation_cycle = las relaciones supersedes y part_of de los compromisos { $indexes } vuelven al primero, así que ninguna puede cumplirse
    .title = Las relaciones `supersedes` y `part_of` de varios compromisos vuelven a ellos mismos (A sustituye a B y B sustituye a A, o un bucle más largo), así que ninguna puede cumplirse.
    .guidance = Decida qué compromiso sustituye o contiene a cuál y elimine la relación que cierra el bucle; `cycle` en los parámetros da los identificadores en el orden de las relaciones desde el menor, `pledges` todos los compromisos implicados.
issue-batch-part_exceeds_parent = este compromiso forma parte del compromiso { $parentIndex } pero su importe { $amount } supera el de ese compromiso en la misma moneda
    .title = Un compromiso es `part_of` de otro pero su importe es mayor que el del otro (comparado solo en la misma moneda y sobre la misma base).
    .guidance = Compruebe ambos importes, o la relación: una parte no puede valer más que el todo.

## origin: p2c (traducciones escritas para p2c: formato 1.1 y hojas de cálculo)

issue-structure-requires_version = { $feature } requiere formatVersion `{ $requires }`; este documento declara `{ $declared }` (declare `{ $requires }`: todo documento { $declared } es un documento { $requires } válido)
    .title = El documento usa un campo, un código o una fecha de valor parcial de una versión del formato más reciente que la que declara.
    .guidance = Declare en `formatVersion` la versión indicada en `requires` (todo documento 1.0 es un documento 1.1 válido; `migrate` lo hace), o quite el elemento indicado en `feature`.
issue-taxonomy-unknown_event = { $value } no es un evento ni una campaña de P2C conocidos
    .title = Un código de evento está bien formado pero no figura en la lista de eventos y campañas de P2C que conoce p2c.
    .guidance = Compruebe el código en la lista de códigos `p2cEvent`; un evento nuevo puede ser correcto, y p2c lo conocerá en una versión posterior.
issue-taxonomy-unknown_beside_known = `unknown` figura junto a valores reales
    .title = Una lista da `unknown` junto a valores reales.
    .guidance = `unknown` indica que la fuente no menciona ningún valor: déjelo solo, o quítelo y conserve los valores que menciona la fuente.
issue-taxonomy-value_unknown = `{ $field }` es desconocido: la fuente no lo dice
    .title = Una clasificación obligatoria es `unknown`: la fuente no la dice.
    .guidance = No hay nada que corregir si la fuente no lo dice; los paneles cuentan el compromiso en `unknown`, nunca en un valor supuesto. Complételo cuando una fuente lo diga.
issue-sdgs-unknown_goal = { $value } no es un Objetivo de Desarrollo Sostenible (1 a 17)
    .title = Un número de Objetivo de Desarrollo Sostenible no está entre 1 y 17.
    .guidance = Indique el número de uno de los 17 Objetivos de Desarrollo Sostenible.
issue-sdgs-unknown_target = { $value } no es una meta de la Agenda 2030
    .title = Una meta de los ODS no es una de las 169 metas de la Agenda 2030.
    .guidance = Escriba las metas como en la Agenda 2030: el número del objetivo, un punto y el número o la letra de la meta (`9.1`, `9.c`).
issue-sdgs-target_outside_goal = la meta { $value } pertenece al ODS { $goal }, no al ODS { $listedUnder }
    .title = Una meta de los ODS pertenece a otro objetivo que aquel en el que figura.
    .guidance = Ponga la meta bajo su propio objetivo (`goal` en los parámetros), añadiendo ese objetivo si es necesario.
issue-sdgs-duplicate_goal = el ODS { $goal } figura dos veces (primero en el índice { $firstIndex })
    .title = El mismo Objetivo de Desarrollo Sostenible figura más de una vez.
    .guidance = Mencione cada objetivo una sola vez, con todas sus metas.
issue-money-not_a_currency = `{ $currency }` es un código ISO 4217 pero no una moneda ({ $kind ->
        [precious_metal] metal precioso
        [bond_market_unit] unidad del mercado de bonos
        [testing] código de prueba
       *[no_currency] ninguna moneda
    })
    .title = Un código de moneda figura en la ISO 4217 pero no es una moneda: un código de prueba, «ninguna moneda», un metal precioso o una unidad del mercado de bonos.
    .guidance = Indique la moneda en que se anunció el importe; `XXX`, `XTS`, `XAU`, `XAG`, `XPD`, `XPT` y `XBA`–`XBD` nunca son la moneda de un compromiso.
issue-money-no_rate_at_date = ninguna tabla de tipos integrada convierte `{ $currency }` a `{ $to }` al { $valueDate }
    .title = Ninguna tabla de tipos de cambio integrada puede convertir el importe a USD en su fecha de valor.
    .guidance = El compromiso figurará como no convertido en los totales en USD: añada un `explicitRate` a USD o un `statedEquivalent` en USD si la fuente lo da, o cargue una tabla de tipos que cubra la moneda.
issue-money-per_year_without_period = un importe anual requiere `years` o un período con año de inicio y año de fin
    .title = Un importe anual no indica ni el número de años ni un período con año de inicio y año de fin.
    .guidance = Indique `years` («en los próximos cinco años»: 5) o el `period` del compromiso; sin ellos no puede calcularse ningún total, y no se inventa ninguno.
issue-money-years_without_per_year = se da `years` para un importe que no es anual
    .title = Se da un número de años para un importe que no es anual.
    .guidance = Ponga `basis` en `per_year` si el importe es anual, o quite `years`.
issue-money-range_inverted = el máximo del intervalo, { $maxAmount }, es inferior a su mínimo, { $minAmount }
    .title = El máximo de un intervalo es inferior a su mínimo.
    .guidance = `amount` es el extremo inferior y `maxAmount` el extremo superior de un intervalo.
issue-money-conflicting_bounds = el importe se califica a la vez de varias formas entre mínimo, máximo e intervalo ({ $qualifiers })
    .title = Un importe se califica de varias formas entre mínimo, máximo e intervalo.
    .guidance = Conserve el calificativo que da la fuente: `isFloor` para «más de», `isCeiling` para «hasta», `maxAmount` para «de … a …».
issue-money-approximate_floor = el importe es a la vez un mínimo y aproximado
    .title = Un importe es a la vez un mínimo y aproximado.
    .guidance = «Más de aproximadamente» es ambiguo: conserve el calificativo que da la fuente.
issue-money-stated_equivalent_same_currency = el equivalente declarado está en la propia moneda del importe
    .title = El equivalente declarado está en la propia moneda del importe.
    .guidance = El equivalente declarado es la cifra del anunciante en otra moneda («2.000 millones de CAD (1.460 millones de USD)»).
issue-money-components_exceed_amount = los componentes suman { $componentsSum }, más que el importe { $amount }
    .title = Los componentes de un paquete suman más que su importe.
    .guidance = Los componentes están incluidos en el importe: compruebe las cifras, o aumente el importe (con `isFloor` si solo se conocen algunos).
issue-geography-unspecified_region_not_declared = `{ $region }` no está entre las regiones
    .title = Se indican países sin nombre en una región que no está entre las regiones declaradas.
    .guidance = Añada la región a `regions`, o quítela de `unspecifiedCountriesIn`.
issue-lifecycle-date_after_as_of = la fecha { $value } es posterior a la fecha de referencia { $asOf }
    .title = Una fecha de valor o de anuncio es posterior a la fecha de referencia.
    .guidance = Feche el importe y el anuncio en el momento en que se hicieron; una conversión en una fecha futura no tiene tipo de cambio.
issue-lifecycle-date_before_coalition = la fecha { $value } es anterior al lanzamiento de Partner2Connect (marzo de 2021)
    .title = Una fecha de valor o de anuncio es anterior a la existencia de Partner2Connect (marzo de 2021).
    .guidance = Compruebe la fecha: P2C se lanzó en marzo de 2021. Un compromiso que reitera uno anterior puede conservar la fecha de valor anterior, pero debe decirlo en las notas.
issue-lifecycle-no_announcement_date = sin fecha de anuncio: los resúmenes a una fecha de referencia datan el compromiso por su fecha de validación, de envío o fecha valor, y lo cuentan en cualquier fecha de referencia si no tiene ninguna
    .title = El compromiso no tiene fecha de anuncio.
    .guidance = Indique `announcedOn` con la precisión que da la fuente (un año, un mes o un día); sin ella, los resúmenes se basan en la fecha de validación, de envío o fecha valor, y un compromiso sin ninguna de ellas cuenta en cualquier fecha de referencia.
issue-lifecycle-event_after_as_of = el evento `{ $event }` empieza el { $start }, después de la fecha de referencia { $asOf }
    .title = Un compromiso menciona un evento que empieza después de la fecha de referencia.
    .guidance = Un compromiso no puede haberse anunciado en un evento que aún no ha tenido lugar: compruebe el código del evento y la fecha de referencia.

issue-sheet-unreadable = { $what ->
        [workbook] el archivo no puede leerse como libro: { $reason }
        [sheet] la hoja `{ $sheet }` no puede leerse: { $reason }
        [chart] la hoja { $value } es un gráfico, no una hoja de cálculo
        [encoding] el archivo `{ $sheet }` no es texto UTF-8 (primer byte no válido en la posición { $offset }); guárdelo como CSV UTF-8
       *[csv] el archivo `{ $sheet }` no es un CSV válido: { $reason }
    }
    .title = El archivo no es un libro ni un archivo CSV que p2c pueda leer.
    .guidance = Guarde el archivo como libro de Excel (.xlsx) o como CSV UTF-8; los archivos .xls antiguos, OpenDocument y dañados no pueden leerse (`reason` en los parámetros dice por qué).
issue-sheet-encrypted = el libro está protegido con contraseña
    .title = El libro está protegido con contraseña, por lo que su contenido no puede leerse.
    .guidance = Quite la contraseña (en Excel: Archivo, Información, Proteger libro, Cifrar con contraseña, y bórrela), guarde y envíe de nuevo el archivo.
issue-sheet-limit_exceeded = { $scope ->
        [workbook] el libro supera el límite `{ $limit }` de { $max } (se encontraron al menos { $actual }); no se leyó
        [files] el tamaño de los archivos CSV en bytes supera el límite `{ $limit }` de { $max } (se encontraron { $actual })
       *[sheet] `{ $sheet }` supera el límite `{ $limit }` de { $max } (se encontraron al menos { $actual }); no se leyó nada más allá
    }
    .title = El libro supera un límite configurado; no se leyó (o no más allá del límite).
    .guidance = Divida los datos en archivos más pequeños, o aumente el límite indicado en `limit` (`sheetLimits.maxBytes`, `maxUncompressedBytes`, `maxParts`, `maxSharedStrings`, `maxRows`, `maxCells`) si ese tamaño es esperado.
issue-sheet-missing_sheet = { $table ->
        [pledges] el libro no tiene hoja `pledges`, por lo que no contiene compromisos
       *[other] el libro no tiene hoja `{ $table }` ({ $title }), que todo compromiso necesita
    }
    .title = Falta una hoja que los compromisos necesitan.
    .guidance = Añada la hoja indicada en `table` (véase la hoja README de la plantilla), o indique sus valores en una columna de la hoja de compromisos.
issue-sheet-unknown_sheet = la hoja { $value } no forma parte de la estructura de los compromisos; no se leyó{ $suggested ->
        [yes] ; ¿quiso decir `{ $suggestion }`?
       *[no] {""}
    }
    .title = Una hoja no forma parte de la estructura de los compromisos; su contenido no se leyó.
    .guidance = Cambie el nombre de la hoja a `suggestion` cuando los parámetros den uno, o elimínela.
issue-sheet-duplicate_sheet = la hoja { $value } contiene de nuevo la tabla `{ $table }`; solo se leyó la primera
    .title = Dos hojas o archivos contienen la misma tabla; solo se leyó el primero.
    .guidance = Reúna las filas en una sola hoja con el nombre indicado en `table`.
issue-sheet-hidden_sheet = la hoja { $value } está oculta; sus filas se leyeron
    .title = Una hoja oculta contiene datos de compromisos; se leyó.
    .guidance = Muestre la hoja y compruebe su contenido, o elimínela si sus filas no deben importarse.
issue-sheet-misspelled_column = la columna { $value } no forma parte de la estructura; ¿quiso decir `{ $suggestion }`? sus valores no se leyeron
    .title = Un encabezado de columna no forma parte de la estructura pero se parece a uno que falta; sus valores no se leyeron.
    .guidance = Cambie el encabezado a `suggestion` (la ruta o el título de la columna, como en la plantilla).
issue-sheet-unknown_column = { $kind ->
        [headless] una columna sin encabezado contiene valores; no se leyeron
       *[named] la columna { $value } no forma parte de la estructura; sus valores no se leyeron
    }
    .title = Un encabezado de columna no forma parte de la estructura; sus valores no se leyeron.
    .guidance = Elimine la columna, o cámbiele el nombre por uno de los encabezados de la hoja README de la plantilla.
issue-sheet-duplicate_column = la columna { $value } contiene de nuevo `{ $field }`; solo se leyó la primera de esas columnas
    .title = Dos columnas de una hoja contienen el mismo campo; solo se leyó la primera.
    .guidance = Conserve una sola columna para el campo indicado en `field`.
issue-sheet-missing_column = la hoja `{ $sheet }` no tiene columna `{ $field }` ({ $title }), que toda fila necesita
    .title = Falta la columna de un campo obligatorio, por lo que ninguna fila tiene ese campo.
    .guidance = Añada una columna para el campo indicado en `field` (su título y su ruta están en la plantilla) y rellénela en cada fila.
issue-sheet-unknown_pledge = { $kind ->
        [no_id_column] las filas de la hoja `{ $sheet }` no pueden asociarse a compromisos: la hoja de compromisos no tiene columna `id`
       *[unknown_id] el compromiso { $value } no está en la hoja de compromisos; la fila { $row } de la hoja `{ $sheet }` no se leyó
    }
    .title = Una fila menciona un identificador de compromiso que no está en la hoja de compromisos; no se leyó.
    .guidance = Corrija el identificador en la primera columna de la fila, o añada el compromiso a la hoja de compromisos.
issue-sheet-missing_pledge_id = la fila { $row } de la hoja `{ $sheet }` no menciona su compromiso; no se leyó
    .title = Una fila de la hoja de una lista no menciona su compromiso; no se leyó.
    .guidance = Escriba en la primera columna de la fila el identificador del compromiso al que pertenece.
issue-sheet-inexact_number = la celda numérica contiene { $value }, que no es un decimal exacto de { $digits } dígitos como máximo; escriba el valor deseado como texto
    .title = Una celda numérica contiene una fracción binaria que no es un decimal corto (como 0,1 + 0,2 = 0,30000000000000004), por lo que su valor deseado es desconocido.
    .guidance = Escriba el valor como texto, o redondéelo en la celda al decimal deseado; p2c nunca redondea importes.
issue-sheet-formula = { $withoutValue ->
        [0] la columna { $column } tiene { $count } celdas con fórmula (la primera: { $first }); se leyeron sus valores calculados
       *[other] la columna { $column } tiene { $count } celdas con fórmula (la primera: { $first }); se leyeron sus valores calculados, y { $withoutValue } sin valor se leyeron como vacías
    }
    .title = Celdas de una columna contienen fórmulas; se leyeron los valores que la hoja de cálculo calculó por última vez.
    .guidance = Sustituya las fórmulas por sus valores (copiar y pegar solo valores); una fórmula que la hoja de cálculo nunca calculó se lee como vacía (`withoutValue` en los parámetros las cuenta).
issue-sheet-merged_cells = { $kind ->
        [more] otros { $count } rangos combinados no se enumeran
       *[range] las celdas { $range } están combinadas; solo { $first } contiene un valor
    }
    .title = Hay celdas combinadas; solo la primera celda del rango contiene un valor, las demás se leen como vacías.
    .guidance = Separe las celdas (`range` en los parámetros) y rellene cada una.
issue-sheet-error_value = la celda contiene el error `{ $error }`
    .title = Una celda contiene un error de hoja de cálculo como #N/A o #DIV/0!.
    .guidance = Sustituya el error por el valor que debería tener.
issue-sheet-invalid_date = el número de serie de fecha { $value } de la celda no es una fecha del calendario
    .title = Una celda de fecha o un número de serie de fecha no es una fecha del calendario.
    .guidance = Escriba la fecha como AAAA-MM-DD, o dé a la celda formato de fecha.
