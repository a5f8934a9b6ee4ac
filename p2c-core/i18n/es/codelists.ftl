### Listas de códigos, español. `codelist-<lista>` es el título de una lista y `code-<lista>-<código>`
### la etiqueta de un valor (`.description`: su descripción). Los códigos no se traducen.

## origin: official (UIT, documentos en español del UIT-D: África, Américas, Estados Árabes, Asia-Pacífico, Comunidad de Estados Independientes (CEI), Europa)

code-ituRegion-AFR = África
    .description = La región de África del UIT-D.
code-ituRegion-AMS = Américas
    .description = La región de las Américas del UIT-D.
code-ituRegion-ARB = Estados Árabes
    .description = La región de los Estados Árabes del UIT-D.
code-ituRegion-ASP = Asia-Pacífico
    .description = La región de Asia-Pacífico del UIT-D.
code-ituRegion-CIS = CEI
    .description = La región de la Comunidad de Estados Independientes (CEI) del UIT-D.
code-ituRegion-EUR = Europa
    .description = La región de Europa del UIT-D.

## origin: official (Naciones Unidas, Oficina del Alto Representante para los Países Menos Adelantados, los Países en Desarrollo sin Litoral y los Pequeños Estados Insulares en Desarrollo)

code-countryGroup-ldc = Países menos adelantados
    .description = La lista de las Naciones Unidas de países menos adelantados (PMA); los países salen de ella con el tiempo.
code-countryGroup-lldc = Países en desarrollo sin litoral
    .description = La lista de las Naciones Unidas de países en desarrollo sin litoral (PDSL).
code-countryGroup-sids = Pequeños Estados insulares en desarrollo
    .description = La lista de la OHRLLS de pequeños Estados insulares en desarrollo (PEID).

## origin: p2c (traducciones escritas para p2c; no se encontró forma oficial)

codelist-focusArea = Área de acción
codelist-pillar = Pilar
codelist-pledgeType = Tipo de compromiso
codelist-stakeholderType = Tipo de parte interesada
codelist-stakeholderSubtype = Subtipo de parte interesada
codelist-beneficiaryGroup = Grupo beneficiario
codelist-reviewState = Estado de revisión
codelist-implementationStatus = Estado de ejecución
codelist-challenge = Dificultad
codelist-solution = Solución
codelist-relationType = Tipo de relación
codelist-ituRegion = Región del UIT-D
codelist-countryGroup = Grupo de países
codelist-p2cTarget = Meta de P2C

code-focusArea-access = Acceso
    .description = Conectar a las personas en todas partes: infraestructura, asequibilidad y ciberseguridad.
    .tagline = Conectar a las personas en todas partes
code-focusArea-adoption = Adopción
    .description = Empoderar a las comunidades: competencias, inclusión y contenidos y servicios locales.
    .tagline = Empoderar a las comunidades
code-focusArea-value_creation = Creación de valor
    .description = Construir ecosistemas digitales: innovación, aplicaciones y economía digital.
    .tagline = Construir ecosistemas digitales
code-focusArea-accelerate = Aceleración
    .description = Incentivar la inversión: financiación innovadora, viabilidad de los proyectos e inversores.
    .tagline = Incentivar la inversión

code-pillar-infrastructure = Infraestructura
    .description = Pilar de Acceso: redes e instalaciones que conectan a las personas.
code-pillar-affordability = Asequibilidad
    .description = Pilar de Acceso: hacer asequibles la conectividad y los dispositivos.
code-pillar-cybersecurity = Ciberseguridad
    .description = Pilar de Acceso: una conectividad segura y protegida.
code-pillar-skills = Competencias
    .description = Pilar de Adopción: competencias y alfabetización digitales.
code-pillar-inclusion = Inclusión
    .description = Pilar de Adopción: conectar a los grupos desatendidos.
code-pillar-local_content = Contenidos y servicios locales
    .description = Pilar de Adopción: contenidos y servicios en idiomas y contextos locales.
code-pillar-innovation_entrepreneurship = Innovación y emprendimiento
    .description = Pilar de Creación de valor: innovadores, empresas emergentes y emprendedores.
code-pillar-apps_services = Aplicaciones y servicios
    .description = Pilar de Creación de valor: aplicaciones y servicios digitales.
code-pillar-digital_economy = Economía digital
    .description = Pilar de Creación de valor: transformación digital de la economía.
code-pillar-innovative_financing = Financiación innovadora
    .description = Pilar de Aceleración: nuevos modelos de financiación de la conectividad.
code-pillar-project_viability = Viabilidad de los proyectos
    .description = Pilar de Aceleración: hacer financiables los proyectos de conectividad.
code-pillar-investor_constellation = Red de inversores
    .description = Pilar de Aceleración: reunir a los inversores.

code-pledgeType-financial = Financiero
    .description = Una contribución monetaria a los objetivos de la coalición.
code-pledgeType-policy = Político
    .description = Una reforma legislativa o reglamentaria o un cambio de política, propuesto o adoptado.
code-pledgeType-advocacy = Promoción
    .description = Apoyo o promoción públicos: investigación, memorandos de entendimiento, eventos, publicaciones.
code-pledgeType-programmatic = Programático
    .description = La creación o ampliación de programas en consonancia con las áreas de acción.

code-stakeholderType-government = Gobierno
    .description = Gobiernos nacionales o locales, municipios y reguladores.
code-stakeholderType-private_sector = Sector privado
    .description = Empresas, incluidas las organizaciones filantrópicas.
code-stakeholderType-un_agency = Organismo de las Naciones Unidas
    .description = Organismos, fondos y programas del sistema de las Naciones Unidas.
code-stakeholderType-international_organization = Organización internacional o regional
    .description = Otras organizaciones internacionales o regionales, incluidos los bancos multilaterales de desarrollo.
code-stakeholderType-civil_society = Sociedad civil, academia e investigación
    .description = Organizaciones de la sociedad civil, instituciones académicas y asociaciones de investigación.
code-stakeholderType-youth_media = Juventud, medios y entretenimiento
    .description = Grupos juveniles y organizaciones de medios y de entretenimiento.
code-stakeholderType-other = Otro
    .description = Cualquier autor de compromiso que no corresponda a ningún otro tipo.

code-stakeholderSubtype-national_government = Gobierno nacional
    .description = Un gobierno nacional o uno de sus ministerios.
code-stakeholderSubtype-local_government = Gobierno local
    .description = Un gobierno regional, provincial o local.
code-stakeholderSubtype-municipality = Municipio
    .description = Una ciudad o autoridad municipal.
code-stakeholderSubtype-regulator = Regulador
    .description = Una autoridad reguladora de telecomunicaciones o TIC.
code-stakeholderSubtype-company = Empresa
    .description = Una empresa comercial.
code-stakeholderSubtype-philanthropic_organization = Organización filantrópica
    .description = Una fundación u otra organización filantrópica.
code-stakeholderSubtype-multilateral_development_bank = Banco multilateral de desarrollo
    .description = Un banco de desarrollo propiedad de varios Estados.
code-stakeholderSubtype-regional_organization = Organización regional
    .description = Una organización intergubernamental de una región.
code-stakeholderSubtype-ngo = Organización no gubernamental
    .description = Una organización sin fines de lucro de la sociedad civil.
code-stakeholderSubtype-academia = Academia
    .description = Una universidad u otra institución académica.
code-stakeholderSubtype-research_association = Asociación de investigación
    .description = Un instituto o una asociación de investigación.
code-stakeholderSubtype-youth_group = Grupo juvenil
    .description = Una organización dirigida por jóvenes.
code-stakeholderSubtype-media = Medios de comunicación
    .description = Una organización de medios de comunicación.
code-stakeholderSubtype-entertainment = Entretenimiento
    .description = Una organización del sector del entretenimiento.

code-beneficiaryGroup-women_and_girls = Mujeres y niñas
    .description = Mujeres y niñas.
code-beneficiaryGroup-youth = Jóvenes
    .description = Personas jóvenes.
code-beneficiaryGroup-children = Niños
    .description = Niños y niñas, incluidos los escolares.
code-beneficiaryGroup-older_persons = Personas de edad
    .description = Personas de edad.
code-beneficiaryGroup-persons_with_disabilities = Personas con discapacidad
    .description = Personas con discapacidad.
code-beneficiaryGroup-refugees_and_displaced = Refugiados y desplazados
    .description = Refugiados, solicitantes de asilo y desplazados internos.
code-beneficiaryGroup-indigenous_peoples = Pueblos indígenas
    .description = Pueblos indígenas.
code-beneficiaryGroup-rural_communities = Comunidades rurales
    .description = Personas que viven en zonas rurales o remotas.
code-beneficiaryGroup-poor_communities = Comunidades pobres
    .description = Personas que viven en la pobreza o en comunidades vulnerables.
code-beneficiaryGroup-smes = Pymes
    .description = Microempresas, pequeñas y medianas empresas y emprendedores.
code-beneficiaryGroup-students = Estudiantes
    .description = Estudiantes de todos los niveles.
code-beneficiaryGroup-teachers = Docentes
    .description = Docentes y educadores.
code-beneficiaryGroup-schools = Escuelas
    .description = Las escuelas como instituciones.
code-beneficiaryGroup-households = Hogares
    .description = Hogares.
code-beneficiaryGroup-public_institutions = Instituciones públicas
    .description = Oficinas públicas, instituciones comunitarias, centros de salud y bibliotecas.
code-beneficiaryGroup-general = Población general
    .description = La población en su conjunto, sin ningún grupo en particular.

code-reviewState-draft = Borrador
    .description = En redacción por su autor; aún no enviado.
code-reviewState-submitted = Enviado
    .description = Enviado por su autor y a la espera de revisión.
code-reviewState-under_review = En revisión
    .description = En validación por la Secretaría de P2C.
code-reviewState-published = Publicado
    .description = Validado y público.
code-reviewState-rejected = Rechazado
    .description = No aceptado por la Secretaría.
code-reviewState-withdrawn = Retirado
    .description = Retirado por su autor.

code-implementationStatus-planning_phase = Fase de planificación
    .description = El trabajo no ha comenzado; se está planificando.
code-implementationStatus-in_progress = En curso
    .description = El trabajo ha comenzado.
code-implementationStatus-completed = Terminado
    .description = El compromiso se ha cumplido.
code-implementationStatus-delayed = Retrasado
    .description = El trabajo va por detrás de lo previsto.
code-implementationStatus-cancelled = Cancelado
    .description = El compromiso no se llevará a cabo.

code-challenge-natural_disasters = Desastres naturales
    .description = Tormentas, inundaciones, terremotos y otras amenazas naturales.
code-challenge-administrative = Administrativas
    .description = Contratiempos administrativos, permisos y trámites.
code-challenge-financial = Financieras
    .description = Falta de financiación e inversión.
code-challenge-technical = Técnicas
    .description = Problemas de tecnología, equipos o infraestructura.
code-challenge-regulatory = Reglamentarias
    .description = Obstáculos jurídicos o reglamentarios.
code-challenge-security = Seguridad
    .description = Conflictos, inseguridad o ciberamenazas.
code-challenge-political = Políticas
    .description = Cambios de gobierno o inestabilidad política.
code-challenge-health_emergency = Emergencia sanitaria
    .description = Pandemias y otras emergencias de salud pública.
code-challenge-supply_chain = Cadena de suministro
    .description = Escasez o retrasos de equipos y materiales.
code-challenge-capacity = Capacidad
    .description = Falta de personal calificado o de capacidad institucional.
code-challenge-other = Otra
    .description = Cualquier otra dificultad.

code-solution-partnerships = Alianzas
    .description = Colaboración con la UIT, los miembros de P2C u otros asociados.
code-solution-funding = Financiación
    .description = Financiación nueva o reasignada.
code-solution-capacity_building = Creación de capacidad
    .description = Formación y fortalecimiento institucional.
code-solution-policy_reform = Reforma de políticas
    .description = Cambios en la legislación, la reglamentación o las políticas.
code-solution-technology = Tecnología
    .description = Una tecnología distinta o nueva.
code-solution-community_engagement = Participación comunitaria
    .description = Trabajar con las comunidades locales.
code-solution-rescheduling = Reprogramación
    .description = Ampliar los plazos o reorganizar las etapas del trabajo.
code-solution-other = Otra
    .description = Cualquier otra solución.

code-relationType-supersedes = Sustituye a
    .description = Este compromiso sustituye al otro; el otro deja de contarse.
code-relationType-part_of = Forma parte de
    .description = Este compromiso es un componente del otro; sus fondos están incluidos en los del otro.
code-relationType-same_funds_as = Mismos fondos que
    .description = Este compromiso anuncia fondos también anunciados por el otro; se cuentan una sola vez.

## origin: p2c (metas de P2C traducidas para p2c; la descripción cita la fuente en inglés)

code-p2cTarget-ACCESS-01 = El 100 % de las personas de 15 años o más utilizan Internet
code-p2cTarget-ACCESS-02 = El 100 % de las personas de 15 años o más poseen un teléfono móvil
code-p2cTarget-ACCESS-03 = El 100 % de los hogares están conectados a Internet
code-p2cTarget-ACCESS-04 = El 100 % de las empresas están conectadas a Internet
code-p2cTarget-ACCESS-05 = El 100 % de las escuelas están conectadas a Internet
code-p2cTarget-ACCESS-06 = Cada escuela dispone de una velocidad mínima de descarga de 20 Mbit/s
code-p2cTarget-ACCESS-07 = Cada escuela dispone de 50 kilobits por segundo (kbit/s) por alumno
code-p2cTarget-ACCESS-08 = Cada escuela debería disponer de un volumen de datos mínimo de 200 gigabytes (GB)
code-p2cTarget-ACCESS-09 = Lograr una penetración de usuarios de Internet de banda ancha de: i) el 75 % en el mundo; ii) el 65 % en los países de ingreso bajo y mediano; y iii) el 35 % en los países menos adelantados
code-p2cTarget-ACCESS-10 = Todas las suscripciones de banda ancha fija ofrecen 10 megabits por segundo (Mbit/s) o más
code-p2cTarget-ACCESS-11 = Adopción de un plan o una estrategia nacional de banda ancha a nivel de país
code-p2cTarget-ACCESS-12 = Para 2025, los servicios de banda ancha básicos deberían ser asequibles en los países de ingreso bajo y mediano, a menos del 2 % del ingreso nacional bruto (INB) mensual per cápita
code-p2cTarget-ACCESS-13 = Mejor preparación y resiliencia en ciberseguridad con capacidades clave (por ejemplo: una estrategia, equipos nacionales de respuesta a incidentes informáticos y legislación)
code-p2cTarget-ADOPTION-01 = Para 2025, el 60 % de los jóvenes y adultos alcanzará al menos un nivel mínimo de competencia en habilidades digitales sostenibles
code-p2cTarget-ADOPTION-02 = Para 2030, el 70 % de las personas conectadas tendrá competencias digitales básicas (por ejemplo: enviar correos electrónicos)
code-p2cTarget-ADOPTION-03 = Para 2050, el 50 % de las personas conectadas tendrá competencias digitales intermedias (por ejemplo: instalar nuevos programas o aplicaciones)
code-p2cTarget-ADOPTION-04 = Para 2030, paridad [...] (texto truncado en la fuente)
code-p2cTarget-ROUNDTABLE-1 = Para 2030, el 100 % de las personas de 15 años o más utilizan Internet y poseen un teléfono móvil
code-p2cTarget-ROUNDTABLE-2 = Para 2025, el 60 % de los jóvenes y adultos alcanzará al menos un nivel mínimo de competencia en habilidades digitales sostenibles
code-p2cTarget-ROUNDTABLE-3 = Para 2030, el 100 % de los hogares y las empresas están conectados a Internet

## origin: official (títulos breves oficiales de los Objetivos de Desarrollo Sostenible de las Naciones Unidas en español; véase data/SOURCES.md)

codelist-sdgGoal = Objetivo de Desarrollo Sostenible
code-sdgGoal-1 = Fin de la pobreza
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-2 = Hambre cero
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-3 = Salud y bienestar
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-4 = Educación de calidad
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-5 = Igualdad de género
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-6 = Agua limpia y saneamiento
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-7 = Energía asequible y no contaminante
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-8 = Trabajo decente y crecimiento económico
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-9 = Industria, innovación e infraestructura
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-10 = Reducción de las desigualdades
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-11 = Ciudades y comunidades sostenibles
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-12 = Producción y consumo responsables
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-13 = Acción por el clima
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-14 = Vida submarina
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-15 = Vida de ecosistemas terrestres
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-16 = Paz, justicia e instituciones sólidas
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)
code-sdgGoal-17 = Alianzas para lograr los objetivos
    .description = Objetivo de Desarrollo Sostenible de las Naciones Unidas (Agenda 2030, A/RES/70/1)

## origin: official (nombres oficiales de las conferencias de las Naciones Unidas y de la UIT en español; los nombres propios de eventos, MWC Barcelona y SDG Digital, son los mismos en todos los idiomas)

code-p2cEvent-PP-22 = Conferencia de Plenipotenciarios de la UIT de 2022
code-p2cEvent-LDC5 = Quinta Conferencia de las Naciones Unidas sobre los Países Menos Adelantados (PMA5)
code-p2cEvent-WSIS-2024 = Evento de Alto Nivel del Foro CMSI+20 de 2024
code-p2cEvent-WSIS-2025 = Evento de Alto Nivel CMSI+20 de 2025
code-p2cEvent-GLOBAL-REFUGEE-FORUM-2023 = Foro Mundial sobre los Refugiados 2023
code-p2cEvent-MWC-2024 = MWC Barcelona 2024
code-p2cEvent-MWC-2025 = MWC Barcelona 2025
code-p2cEvent-MWC-2026 = MWC Barcelona 2026
code-p2cEvent-SDG-DIGITAL-2023 = SDG Digital

## origin: p2c (traducciones escritas para p2c; no se encontró forma oficial)

codelist-p2cEvent = Evento o campaña de P2C
code-p2cEvent-P2C-WEB-DIALOGUES-2022 = Serie de diálogos en línea de Partner2Connect sobre desarrollo digital
code-p2cEvent-P2C-ROUNDTABLE-KIGALI-2022 = Mesa redonda de Partner2Connect sobre desarrollo digital en la CMDT-22
code-p2cEvent-P2C-ANNUAL-MEETING-2022 = Primera reunión anual de Partner2Connect
code-p2cEvent-P2C-ANNUAL-MEETING-2023 = Segunda reunión anual de Partner2Connect
code-p2cEvent-REGIONAL-DEVELOPMENT-FORUMS-2023 = Foros Regionales de Desarrollo de la UIT 2023
code-p2cEvent-AI-PLEDGE-DRIVE-2024 = Campaña de compromisos de Partner2Connect y AI for Good

code-focusArea-unknown = Desconocido
    .description = La fuente no menciona ningún área de acción; se indica sola, nunca junto a un área de acción real.
    .tagline = No indicado por la fuente
code-stakeholderType-unknown = Desconocido
    .description = La fuente no dice qué tipo de parte interesada es el autor del compromiso.
code-relationType-same_announcement = Mismo anuncio
    .description = Este compromiso y el otro se anunciaron juntos (una declaración, varios compromisos); sus fondos son distintos y cada uno cuenta.

codelist-partnerRole = Función del socio
code-partnerRole-funder = Financiador
    .description = Aporta los fondos del compromiso.
code-partnerRole-implementer = Ejecutor
    .description = Realiza el trabajo comprometido.
code-partnerRole-technical_partner = Socio técnico
    .description = Aporta tecnología, equipos o conocimientos técnicos.
code-partnerRole-knowledge_partner = Socio de conocimiento
    .description = Aporta investigación, datos o asesoramiento.
code-partnerRole-in_kind_provider = Proveedor en especie
    .description = Aporta bienes o servicios (tiempo de aire, dispositivos, formación) en lugar de dinero.
code-partnerRole-coordinator = Coordinador
    .description = Convoca o coordina a los socios.
code-partnerRole-endorser = Respaldo
    .description = Apoya públicamente el compromiso sin otra función declarada.

codelist-amountBasis = Base del importe
code-amountBasis-total = Total
    .description = El importe es el compromiso entero, durante todo el período del compromiso.
code-amountBasis-per_year = Anual
    .description = El importe se compromete cada año; el total es el importe multiplicado por el número de años (`years`, o los años civiles del período del compromiso).

codelist-beneficiaryUnit = Unidad de beneficiarios
code-beneficiaryUnit-households = Hogares
    .description = Hogares (viviendas) conectados o atendidos.
code-beneficiaryUnit-subscribers = Abonados
    .description = Suscripciones o abonados de una red o un servicio.
code-beneficiaryUnit-schools = Escuelas
    .description = Escuelas conectadas o atendidas.
code-beneficiaryUnit-institutions = Instituciones
    .description = Instituciones públicas o comunitarias: oficinas de gobierno, centros de salud, bibliotecas, centros comunitarios.
code-beneficiaryUnit-communities = Comunidades
    .description = Aldeas, localidades o comunidades.
code-beneficiaryUnit-enterprises = Empresas
    .description = Empresas, pymes o emprendedores.
