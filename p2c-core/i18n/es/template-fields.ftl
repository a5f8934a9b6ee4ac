### Las palabras de la plantilla de hoja de cálculo tomadas del esquema JSON (títulos de tablas
### y columnas, descripciones de columnas, listas de códigos fuera de la taxonomía), en español.
### Fuente: en/template-fields.ftl (generado); mismos identificadores. Las rutas y los códigos
### entre acentos graves no se traducen.

## origin: p2c (traducciones escritas para p2c; términos de las Naciones Unidas y del UIT-D como en codelists.ftl: PMA, PDSL, PEID, UIT-D, ODS)

table-pledges = Compromisos
table-links = Enlaces
table-events = Eventos
table-roles = Funciones
table-partners = Socios
table-pledgeTypes = Tipos de compromiso
table-focusAreas = Áreas de acción
table-pillars = Pilares
table-sdgs = ODS
table-components = Componentes
table-regions = Regiones
table-countries = Países
table-countryGroups = Grupos de países
table-unspecifiedCountriesIn = Países no nombrados en
table-shares = Porcentajes declarados
table-groups = Grupos
table-counts = Otros recuentos
table-targets = Metas de P2C
table-progressReports = Informes de situación
table-relations = Relaciones

# sheet: pledges

field-formatVersion = Versión del formato
    .description = La versión del formato de compromiso que sigue este documento; los lectores la usan para leer documentos más antiguos.
field-id = Identificador del compromiso
    .description = El identificador estable del compromiso, único dentro de un conjunto de datos.
field-title = Título
    .description = Un título breve para el compromiso.
field-description = Descripción
    .description = A qué se compromete el compromiso, en palabras de su autor.
field-notes = Notas
    .description = Notas de la Secretaría o de quien compiló los datos, como el documento fuente de una cifra.
field-submittedAt = Presentado el
    .description = Cuándo presentó el autor el compromiso (marca de tiempo RFC 3339).
field-validatedAt = Validado el
    .description = Cuándo validó la Secretaría el compromiso (marca de tiempo RFC 3339).
field-announcedOn = Anunciado el
    .description = Cuándo se anunció el compromiso, con la precisión que indique la fuente: un año (`2022`), un mes (`2022-06`) o un día (`2022-06-07`). Se omite cuando ninguna fuente fecha el anuncio (la validación lo señala con gravedad `info`). Formato 1.1.
field-pledgers-lead-id = Autores del compromiso: Autor principal: Identificador de la entidad
    .description = Un identificador estable de la entidad en todos los compromisos (por ejemplo, el identificador de organización de la plataforma P2C). Si falta, la entidad se identifica por su nombre y su sede.
field-pledgers-lead-name = Autores del compromiso: Autor principal: Nombre
    .description = El nombre de la entidad tal como debe publicarse («Gobierno de Kenya», «Orange»).
field-pledgers-lead-stakeholderType = Autores del compromiso: Autor principal: Tipo de parte interesada
    .description = Qué tipo de parte interesada es la entidad, según agrupan a los autores los tableros de P2C.
field-pledgers-lead-subtype = Autores del compromiso: Autor principal: Subtipo
    .description = Una clasificación más fina; debe pertenecer al tipo de parte interesada.
field-pledgers-lead-headquarters = Autores del compromiso: Autor principal: Sede
    .description = El país de la sede de la entidad, `international`, o `unknown` cuando la fuente no lo indica (formato 1.1; se cuenta como desconocida, nunca como un país supuesto).
field-financialValue-amount = Valor financiero: Importe
    .description = El importe anunciado en unidades de la moneda, como cadena decimal («5600000000»); en un intervalo, su límite inferior.
field-financialValue-maxAmount = Valor financiero: Importe máximo
    .description = El límite superior de un intervalo («de 10 a 15 millones de USD»: `amount` 10 millones, `maxAmount` 15 millones). Formato 1.1.
field-financialValue-currency = Valor financiero: Moneda
    .description = El código ISO 4217 de la moneda en que se anunció el importe.
field-financialValue-valueDate = Valor financiero: Fecha valor
    .description = La fecha a la que se refiere el importe, normalmente la del anuncio; la conversión usa un tipo de cambio de esa fecha. El formato 1.0 exige una fecha completa; el formato 1.1 admite también un año (`2022`) o un mes (`2022-06`), con la precisión de la fuente, y esa fecha se convierte al promedio del año civil (nunca a un día inventado).
field-financialValue-isFloor = Valor financiero: Es un mínimo
    .description = Verdadero cuando la cifra anunciada es un mínimo («más de 250 millones de USD»); el importe declarado se conserva y se cuenta tal cual.
field-financialValue-isCeiling = Valor financiero: Es un máximo
    .description = Verdadero cuando la cifra anunciada es un máximo («hasta 5 millones de USD»); el importe declarado se conserva y se cuenta tal cual. Formato 1.1.
field-financialValue-approximate = Valor financiero: Aproximado
    .description = Verdadero cuando la fuente da la cifra como aproximada («aproximadamente», «cerca de», «casi»). Formato 1.1.
field-financialValue-basis = Valor financiero: Base
    .description = Sobre qué se cuenta el importe: `total` (por defecto) o `per_year` (comprometido cada año; el total contado es el importe multiplicado por `years`, o por los años civiles del período del compromiso). Formato 1.1.
field-financialValue-years = Valor financiero: Años
    .description = Para un importe anual, el número de años que indica la fuente («anualmente durante los próximos cinco años»: 5). Formato 1.1.
field-financialValue-inKind = Valor financiero: En especie
    .description = Verdadero cuando el valor se aporta en especie (tiempo de aire, dispositivos, servicios) y el importe es su valor monetario declarado. Formato 1.1.
field-financialValue-statedEquivalent-amount = Valor financiero: Equivalente declarado: Importe
    .description = El importe en unidades de la moneda (no en subunidades), como cadena decimal.
field-financialValue-statedEquivalent-currency = Valor financiero: Equivalente declarado: Moneda
    .description = El código ISO 4217 de la moneda.
field-financialValue-explicitRate-to = Valor financiero: Tipo de cambio explícito: Moneda de destino
    .description = La moneda a la que convierte el tipo de cambio.
field-financialValue-explicitRate-rate = Valor financiero: Tipo de cambio explícito: Tipo
    .description = Unidades de la moneda de destino por una unidad de la moneda del compromiso, como cadena decimal.
field-financialValue-explicitRate-date = Valor financiero: Tipo de cambio explícito: Fecha del tipo
    .description = La fecha a la que se aplica el tipo de cambio.
field-financialValue-explicitRate-source = Valor financiero: Tipo de cambio explícito: Fuente
    .description = De dónde procede el tipo de cambio («informe anual 2022 del autor del compromiso»).
field-implementation-global = Ejecución: Mundial
    .description = Verdadero cuando el compromiso se ejecuta en todo el mundo y no en lugares determinados.
field-implementation-primaryRegion = Ejecución: Región principal
    .description = La región que el autor designó como principal, si designó una; los tableros pueden contar un compromiso solo en su región principal o en cada región.
field-period-start = Período: Inicio
    .description = Cuándo empieza el trabajo, al año, mes o día.
field-period-end = Período: Fin
    .description = Cuándo está previsto que termine el trabajo, al año, mes o día.
field-beneficiaries-peopleReached = Beneficiarios: Personas alcanzadas
    .description = El número estimado de personas a las que llegará el compromiso.
field-beneficiaries-peopleReachedIsFloor = Beneficiarios: Personas alcanzadas como mínimo
    .description = Verdadero cuando el número de personas es un mínimo («más de 80 millones de personas»). Formato 1.1.
field-beneficiaries-targetYear = Beneficiarios: Año meta
    .description = El año para el que se debe llegar a las personas.
field-contact-name = Contacto: Nombre del contacto
    .description = El nombre de la persona de contacto.
field-contact-email = Contacto: Correo electrónico del contacto
    .description = La dirección de correo electrónico de la persona de contacto.
field-reviewState = Estado de revisión
    .description = En qué punto del proceso de revisión de la Secretaría se encuentra el compromiso.
field-implementationStatus = Estado de ejecución
    .description = Cuánto ha avanzado el trabajo comprometido.

# sheet: links

field-links-url = URL
    .description = La dirección de la página (http o https).
field-links-title = Título
    .description = Qué es la página.

# sheet: events

field-events = Código de evento de P2C
    .description = Los eventos y campañas de P2C en los que se anunció o recogió el compromiso (`MWC-2024`, `AI-PLEDGE-DRIVE-2024`); una lista de códigos abierta, véase la lista de códigos `p2cEvent`. Formato 1.1.

# sheet: roles

field-pledgers-lead-roles = Función del socio
    .description = Qué hace la entidad en el compromiso (financiador, ejecutor, …), cuando la fuente lo indica. Formato 1.1.

# sheet: partners

field-pledgers-partners-id = Identificador de la entidad
    .description = Un identificador estable de la entidad en todos los compromisos (por ejemplo, el identificador de organización de la plataforma P2C). Si falta, la entidad se identifica por su nombre y su sede.
field-pledgers-partners-name = Nombre
    .description = El nombre de la entidad tal como debe publicarse («Gobierno de Kenya», «Orange»).
field-pledgers-partners-stakeholderType = Tipo de parte interesada
    .description = Qué tipo de parte interesada es la entidad, según agrupan a los autores los tableros de P2C.
field-pledgers-partners-subtype = Subtipo
    .description = Una clasificación más fina; debe pertenecer al tipo de parte interesada.
field-pledgers-partners-headquarters = Sede
    .description = El país de la sede de la entidad, `international`, o `unknown` cuando la fuente no lo indica (formato 1.1; se cuenta como desconocida, nunca como un país supuesto).
field-pledgers-partners-roles = Funciones
    .description = Qué hace la entidad en el compromiso (financiador, ejecutor, …), cuando la fuente lo indica. Formato 1.1.

# sheet: pledgeTypes

field-pledgeTypes = Tipo de compromiso
    .description = Qué clase de compromiso es: uno o varios de financiero, de política, de promoción, programático.

# sheet: focusAreas

field-focusAreas = Área de acción
    .description = Las áreas de acción del Marco de Acción que aborda el compromiso.

# sheet: pillars

field-pillars = Pilar
    .description = Los pilares del Marco de Acción que aborda el compromiso; cada uno pertenece a un área de acción.

# sheet: sdgs

field-sdgs-goal = Objetivo
    .description = El número del objetivo, de 1 a 17 (véase la lista de códigos `sdgGoal`).
field-sdgs-targets = Metas
    .description = Metas de este objetivo, escritas como en la Agenda 2030: `9.1`, `9.c`.

# sheet: components

field-financialValue-components-name = Nombre del componente
    .description = Qué es el componente («AI Compute Access Fund»).
field-financialValue-components-amount = Importe del componente
    .description = El importe del componente en la moneda del compromiso, como cadena decimal.
field-financialValue-components-inKind = En especie
    .description = Verdadero cuando el componente se aporta en especie.

# sheet: regions

field-implementation-regions = Región del UIT-D
    .description = Las regiones del UIT-D donde se ejecuta el compromiso.

# sheet: countries

field-implementation-countries = Código de país
    .description = Los países donde se ejecuta el compromiso (ISO 3166-1 alfa-3).

# sheet: countryGroups

field-implementation-countryGroups = Grupo de países
    .description = Grupos de países de las Naciones Unidas en los que se ejecuta el compromiso sin nombrar los países («para los PMA, los PDSL y los PEID»). Con `regions`, los miembros del grupo en esas regiones («PMA de África»). Formato 1.1.

# sheet: unspecifiedCountriesIn

field-implementation-unspecifiedCountriesIn = Región del UIT-D
    .description = Regiones del UIT-D en las que el compromiso se ejecuta en países que no nombra («16 países de Oriente Medio y África»): la región cuenta el compromiso, ningún país lo cuenta. Cada una debe figurar entre las `regions` cuando se indican `regions`. Formato 1.1.

# sheet: shares

field-implementation-shares-area = Zona
    .description = El código de país o de región del UIT-D al que corresponde el porcentaje; debe ser uno de los países o regiones declarados.
field-implementation-shares-percent = Porcentaje
    .description = El porcentaje (0–100), como cadena decimal.

# sheet: groups

field-beneficiaries-groups = Grupo beneficiario
    .description = Los grupos que el compromiso designa como beneficiarios.

# sheet: counts

field-beneficiaries-counts-count = Cantidad
    .description = Cuántos.
field-beneficiaries-counts-unit = Unidad
    .description = Qué se cuenta.
field-beneficiaries-counts-isFloor = Es un mínimo
    .description = Verdadero cuando la cantidad es un mínimo («más de 5,8 millones de hogares»).

# sheet: targets

field-targets = Código de meta de P2C
    .description = Las metas de la coalición a las que sirve el compromiso.

# sheet: progressReports

field-progressReports-date = Fecha del informe
    .description = La fecha en que se elaboró el informe.
field-progressReports-status = Estado
    .description = El estado de ejecución en la fecha del informe.
field-progressReports-narrative = Relato
    .description = Lo que se ha hecho, en palabras del autor del compromiso.
field-progressReports-amountDelivered-amount = Importe desembolsado: Importe
    .description = El importe en unidades de la moneda (no en subunidades), como cadena decimal.
field-progressReports-amountDelivered-currency = Importe desembolsado: Moneda
    .description = El código ISO 4217 de la moneda.
field-progressReports-peopleReached = Personas alcanzadas
    .description = El número de personas alcanzadas hasta ahora, acumulado a la fecha del informe.
field-progressReports-challenges = Dificultades
    .description = Los obstáculos encontrados.
field-progressReports-solutions = Soluciones
    .description = Las soluciones propuestas o aplicadas.
field-progressReports-targets = Metas abordadas
    .description = Las metas de P2C a las que sirvió el trabajo informado.

# sheet: relations

field-relations-type = Tipo de relación
    .description = Cómo se relaciona este compromiso con el otro.
field-relations-pledge = Otro compromiso
    .description = El identificador del otro compromiso.

# codes

codes-FormatVersion = Versión del formato
codes-FormatVersion-1_0 = Formato 1.0
codes-FormatVersion-1_1 = Formato 1.1
codes-Headquarters = Sede
codes-Headquarters-international = Internacional
codes-Headquarters-unknown = Desconocida
codes-CurrencyCode = Código de moneda
codes-CountryCode = Código de país
