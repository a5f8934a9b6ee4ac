### Listes de codes, français. `codelist-<liste>` est le titre d'une liste, `code-<liste>-<code>`
### le libellé d'une valeur (`.description` : sa description). Les codes ne se traduisent pas.

## origin: official (UIT, Guide des délégués de l'UIT-D, CMDT : « les six régions de l'UIT-D »)

code-ituRegion-AFR = Afrique
    .description = La région Afrique de l'UIT-D.
code-ituRegion-AMS = Amériques
    .description = La région des Amériques de l'UIT-D.
code-ituRegion-ARB = États arabes
    .description = La région des États arabes de l'UIT-D.
code-ituRegion-ASP = Asie-Pacifique
    .description = La région Asie-Pacifique de l'UIT-D.
code-ituRegion-CIS = CEI
    .description = La région de la Communauté des États indépendants (CEI) de l'UIT-D.
code-ituRegion-EUR = Europe
    .description = La région Europe de l'UIT-D.

## origin: official (ONU-OHRLLS, pages en français : pays les moins avancés, pays en développement sans littoral, petits États insulaires en développement)

code-countryGroup-ldc = Pays les moins avancés
    .description = La liste des Nations Unies des pays les moins avancés (PMA) ; des pays en sortent au fil du temps.
code-countryGroup-lldc = Pays en développement sans littoral
    .description = La liste des Nations Unies des pays en développement sans littoral (PDSL).
code-countryGroup-sids = Petits États insulaires en développement
    .description = La liste de l'ONU-OHRLLS des petits États insulaires en développement (PEID).

## origin: p2c (traductions écrites pour p2c ; aucune forme officielle trouvée)

codelist-focusArea = Domaine d'action
codelist-pillar = Pilier
codelist-pledgeType = Type d'engagement
codelist-stakeholderType = Type de partie prenante
codelist-stakeholderSubtype = Sous-type de partie prenante
codelist-beneficiaryGroup = Groupe de bénéficiaires
codelist-reviewState = État de l'examen
codelist-implementationStatus = État de mise en œuvre
codelist-challenge = Difficulté
codelist-solution = Solution
codelist-relationType = Type de relation
codelist-ituRegion = Région de l'UIT-D
codelist-countryGroup = Groupe de pays
codelist-p2cTarget = Cible P2C

code-focusArea-access = Accès
    .description = Connecter les personnes partout : infrastructure, accessibilité financière et cybersécurité.
    .tagline = Connecter les personnes partout
code-focusArea-adoption = Adoption
    .description = Autonomiser les communautés : compétences, inclusion, contenus et services locaux.
    .tagline = Autonomiser les communautés
code-focusArea-value_creation = Création de valeur
    .description = Bâtir des écosystèmes numériques : innovation, applications et économie numérique.
    .tagline = Bâtir des écosystèmes numériques
code-focusArea-accelerate = Accélération
    .description = Encourager l'investissement : financement innovant, viabilité des projets et investisseurs.
    .tagline = Encourager l'investissement

code-pillar-infrastructure = Infrastructure
    .description = Pilier Accès : réseaux et installations qui connectent les personnes.
code-pillar-affordability = Accessibilité financière
    .description = Pilier Accès : rendre la connectivité et les appareils abordables.
code-pillar-cybersecurity = Cybersécurité
    .description = Pilier Accès : une connectivité sûre et sécurisée.
code-pillar-skills = Compétences
    .description = Pilier Adoption : compétences et culture numériques.
code-pillar-inclusion = Inclusion
    .description = Pilier Adoption : amener en ligne les groupes mal desservis.
code-pillar-local_content = Contenus et services locaux
    .description = Pilier Adoption : contenus et services dans les langues et contextes locaux.
code-pillar-innovation_entrepreneurship = Innovation et entrepreneuriat
    .description = Pilier Création de valeur : innovateurs, jeunes pousses et entrepreneurs.
code-pillar-apps_services = Applications et services
    .description = Pilier Création de valeur : applications et services numériques.
code-pillar-digital_economy = Économie numérique
    .description = Pilier Création de valeur : transformation numérique de l'économie.
code-pillar-innovative_financing = Financement innovant
    .description = Pilier Accélération : nouveaux modèles de financement de la connectivité.
code-pillar-project_viability = Viabilité des projets
    .description = Pilier Accélération : rendre les projets de connectivité finançables.
code-pillar-investor_constellation = Réseau d'investisseurs
    .description = Pilier Accélération : rassembler les investisseurs.

code-pledgeType-financial = Financier
    .description = Une contribution monétaire aux objectifs de la coalition.
code-pledgeType-policy = Politique
    .description = Une réforme législative ou réglementaire, ou un changement de politique, proposé ou adopté.
code-pledgeType-advocacy = Plaidoyer
    .description = Soutien ou promotion publics : recherche, protocoles d'accord, événements, publications.
code-pledgeType-programmatic = Programme
    .description = La création ou l'extension de programmes conformes aux domaines d'action.

code-stakeholderType-government = Gouvernement
    .description = Gouvernements nationaux ou locaux, municipalités et régulateurs.
code-stakeholderType-private_sector = Secteur privé
    .description = Entreprises, y compris les organisations philanthropiques.
code-stakeholderType-un_agency = Organisme des Nations Unies
    .description = Institutions, fonds et programmes du système des Nations Unies.
code-stakeholderType-international_organization = Organisation internationale ou régionale
    .description = Autres organisations internationales ou régionales, y compris les banques multilatérales de développement.
code-stakeholderType-civil_society = Société civile, milieu universitaire et recherche
    .description = Organisations de la société civile, établissements universitaires et associations de recherche.
code-stakeholderType-youth_media = Jeunesse, médias et divertissement
    .description = Groupes de jeunes, organisations de médias et de divertissement.
code-stakeholderType-other = Autre
    .description = Tout auteur d'engagement qui ne relève d'aucun autre type.

code-stakeholderSubtype-national_government = Gouvernement national
    .description = Un gouvernement national ou l'un de ses ministères.
code-stakeholderSubtype-local_government = Collectivité territoriale
    .description = Un gouvernement régional, provincial ou local.
code-stakeholderSubtype-municipality = Municipalité
    .description = Une ville ou une autorité municipale.
code-stakeholderSubtype-regulator = Régulateur
    .description = Une autorité de régulation des télécommunications ou des TIC.
code-stakeholderSubtype-company = Entreprise
    .description = Une entreprise commerciale.
code-stakeholderSubtype-philanthropic_organization = Organisation philanthropique
    .description = Une fondation ou une autre organisation philanthropique.
code-stakeholderSubtype-multilateral_development_bank = Banque multilatérale de développement
    .description = Une banque de développement détenue par plusieurs États.
code-stakeholderSubtype-regional_organization = Organisation régionale
    .description = Une organisation intergouvernementale d'une région.
code-stakeholderSubtype-ngo = Organisation non gouvernementale
    .description = Une organisation à but non lucratif de la société civile.
code-stakeholderSubtype-academia = Milieu universitaire
    .description = Une université ou un autre établissement d'enseignement supérieur.
code-stakeholderSubtype-research_association = Association de recherche
    .description = Un institut ou une association de recherche.
code-stakeholderSubtype-youth_group = Groupe de jeunes
    .description = Une organisation dirigée par des jeunes.
code-stakeholderSubtype-media = Médias
    .description = Une organisation de médias.
code-stakeholderSubtype-entertainment = Divertissement
    .description = Une organisation du secteur du divertissement.

code-beneficiaryGroup-women_and_girls = Femmes et filles
    .description = Femmes et filles.
code-beneficiaryGroup-youth = Jeunes
    .description = Les jeunes.
code-beneficiaryGroup-children = Enfants
    .description = Enfants, y compris les élèves.
code-beneficiaryGroup-older_persons = Personnes âgées
    .description = Personnes âgées.
code-beneficiaryGroup-persons_with_disabilities = Personnes handicapées
    .description = Personnes handicapées.
code-beneficiaryGroup-refugees_and_displaced = Réfugiés et personnes déplacées
    .description = Réfugiés, demandeurs d'asile et personnes déplacées à l'intérieur de leur propre pays.
code-beneficiaryGroup-indigenous_peoples = Peuples autochtones
    .description = Peuples autochtones.
code-beneficiaryGroup-rural_communities = Communautés rurales
    .description = Personnes vivant dans des zones rurales ou isolées.
code-beneficiaryGroup-poor_communities = Communautés pauvres
    .description = Personnes vivant dans la pauvreté ou dans des communautés vulnérables.
code-beneficiaryGroup-smes = PME
    .description = Micro, petites et moyennes entreprises et entrepreneurs.
code-beneficiaryGroup-students = Étudiants
    .description = Élèves et étudiants de tous niveaux.
code-beneficiaryGroup-teachers = Enseignants
    .description = Enseignants et éducateurs.
code-beneficiaryGroup-schools = Écoles
    .description = Les écoles en tant qu'établissements.
code-beneficiaryGroup-households = Ménages
    .description = Ménages.
code-beneficiaryGroup-public_institutions = Institutions publiques
    .description = Administrations, institutions communautaires, centres de santé et bibliothèques.
code-beneficiaryGroup-general = Population générale
    .description = La population dans son ensemble, sans groupe particulier.

code-reviewState-draft = Brouillon
    .description = En cours de rédaction par l'auteur ; pas encore soumis.
code-reviewState-submitted = Soumis
    .description = Soumis par l'auteur et en attente d'examen.
code-reviewState-under_review = En cours d'examen
    .description = En cours de validation par le Secrétariat P2C.
code-reviewState-published = Publié
    .description = Validé et public.
code-reviewState-rejected = Rejeté
    .description = Non accepté par le Secrétariat.
code-reviewState-withdrawn = Retiré
    .description = Retiré par son auteur.

code-implementationStatus-planning_phase = Phase de planification
    .description = Les travaux n'ont pas commencé ; ils sont en cours de planification.
code-implementationStatus-in_progress = En cours
    .description = Les travaux ont commencé.
code-implementationStatus-completed = Achevé
    .description = L'engagement a été tenu.
code-implementationStatus-delayed = Retardé
    .description = Les travaux ont pris du retard sur le calendrier.
code-implementationStatus-cancelled = Annulé
    .description = L'engagement ne sera pas mis en œuvre.

code-challenge-natural_disasters = Catastrophes naturelles
    .description = Tempêtes, inondations, séismes et autres aléas naturels.
code-challenge-administrative = Administratives
    .description = Retards administratifs, permis et procédures.
code-challenge-financial = Financières
    .description = Manque de financement et d'investissement.
code-challenge-technical = Techniques
    .description = Problèmes de technologie, d'équipement ou d'infrastructure.
code-challenge-regulatory = Réglementaires
    .description = Obstacles juridiques ou réglementaires.
code-challenge-security = Sécurité
    .description = Conflits, insécurité ou cybermenaces.
code-challenge-political = Politiques
    .description = Changements de gouvernement ou instabilité politique.
code-challenge-health_emergency = Urgence sanitaire
    .description = Pandémies et autres urgences de santé publique.
code-challenge-supply_chain = Chaîne d'approvisionnement
    .description = Pénuries ou retards d'équipements et de matériaux.
code-challenge-capacity = Capacités
    .description = Manque de personnel qualifié ou de capacités institutionnelles.
code-challenge-other = Autre
    .description = Toute autre difficulté.

code-solution-partnerships = Partenariats
    .description = Collaboration avec l'UIT, les membres de P2C ou d'autres partenaires.
code-solution-funding = Financement
    .description = Financement nouveau ou réaffecté.
code-solution-capacity_building = Renforcement des capacités
    .description = Formation et renforcement institutionnel.
code-solution-policy_reform = Réforme des politiques
    .description = Modification de la loi, de la réglementation ou des politiques.
code-solution-technology = Technologie
    .description = Une technologie différente ou nouvelle.
code-solution-community_engagement = Mobilisation des communautés
    .description = Travailler avec les communautés locales.
code-solution-rescheduling = Report du calendrier
    .description = Repousser les échéances ou réorganiser les étapes des travaux.
code-solution-other = Autre
    .description = Toute autre solution.

code-relationType-supersedes = Remplace
    .description = Cet engagement remplace l'autre ; l'autre n'est plus compté.
code-relationType-part_of = Fait partie de
    .description = Cet engagement est une composante de l'autre ; ses fonds sont inclus dans ceux de l'autre.
code-relationType-same_funds_as = Mêmes fonds que
    .description = Cet engagement annonce des fonds également annoncés par l'autre ; ils ne sont comptés qu'une fois.

## origin: p2c (cibles P2C traduites pour p2c ; le texte source anglais est cité en description)

code-p2cTarget-ACCESS-01 = 100 % des personnes âgées de 15 ans et plus utilisent l'Internet
code-p2cTarget-ACCESS-02 = 100 % des personnes âgées de 15 ans et plus possèdent un téléphone mobile
code-p2cTarget-ACCESS-03 = 100 % des ménages sont connectés à l'Internet
code-p2cTarget-ACCESS-04 = 100 % des entreprises sont connectées à l'Internet
code-p2cTarget-ACCESS-05 = 100 % des écoles sont connectées à l'Internet
code-p2cTarget-ACCESS-06 = Chaque école dispose d'un débit descendant minimal de 20 Mbit/s
code-p2cTarget-ACCESS-07 = Chaque école dispose de 50 kilobits par seconde (kbit/s) par élève
code-p2cTarget-ACCESS-08 = Chaque école devrait disposer d'un volume de données d'au moins 200 gigaoctets (Go)
code-p2cTarget-ACCESS-09 = Porter le taux de pénétration des utilisateurs de l'Internet haut débit à : i) 75 % dans le monde ; ii) 65 % dans les pays à revenu faible ou intermédiaire ; iii) 35 % dans les pays les moins avancés
code-p2cTarget-ACCESS-10 = Tous les abonnements au haut débit fixe offrent 10 mégabits par seconde (Mbit/s) ou plus
code-p2cTarget-ACCESS-11 = Adoption d'un plan ou d'une stratégie nationale large bande (PNL) au niveau du pays
code-p2cTarget-ACCESS-12 = D'ici à 2025, les services large bande d'entrée de gamme devraient être abordables dans les pays à revenu faible ou intermédiaire, à moins de 2 % du revenu national brut (RNB) mensuel par habitant
code-p2cTarget-ACCESS-13 = Meilleure préparation et résilience en matière de cybersécurité, avec des capacités clés (par exemple : stratégie, équipes nationales d'intervention en cas d'incident informatique et législation)
code-p2cTarget-ADOPTION-01 = D'ici à 2025, 60 % des jeunes et des adultes atteindront au moins un niveau minimal de maîtrise de compétences numériques durables
code-p2cTarget-ADOPTION-02 = D'ici à 2030, 70 % des personnes connectées posséderont des compétences numériques de base (par exemple : envoyer des courriels)
code-p2cTarget-ADOPTION-03 = D'ici à 2050, 50 % des personnes connectées posséderont des compétences numériques intermédiaires (par exemple : installer de nouveaux logiciels ou applications)
code-p2cTarget-ADOPTION-04 = D'ici à 2030, parité [...] (texte tronqué dans la source)
code-p2cTarget-ROUNDTABLE-1 = D'ici à 2030, 100 % des personnes âgées de 15 ans et plus utilisent l'Internet et possèdent un téléphone mobile
code-p2cTarget-ROUNDTABLE-2 = D'ici à 2025, 60 % des jeunes et des adultes atteindront au moins un niveau minimal de maîtrise de compétences numériques durables
code-p2cTarget-ROUNDTABLE-3 = D'ici à 2030, 100 % des ménages et des entreprises sont connectés à l'Internet

## origin: official (titres abrégés officiels des objectifs de développement durable de l'ONU en français ; voir data/SOURCES.md)

codelist-sdgGoal = Objectif de développement durable
code-sdgGoal-1 = Pas de pauvreté
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-2 = Faim « zéro »
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-3 = Bonne santé et bien-être
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-4 = Éducation de qualité
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-5 = Égalité entre les sexes
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-6 = Eau propre et assainissement
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-7 = Énergie propre et d'un coût abordable
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-8 = Travail décent et croissance économique
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-9 = Industrie, innovation et infrastructure
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-10 = Inégalités réduites
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-11 = Villes et communautés durables
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-12 = Consommation et production responsables
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-13 = Mesures relatives à la lutte contre les changements climatiques
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-14 = Vie aquatique
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-15 = Vie terrestre
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-16 = Paix, justice et institutions efficaces
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)
code-sdgGoal-17 = Partenariats pour la réalisation des objectifs
    .description = Objectif de développement durable des Nations Unies (Programme 2030, A/RES/70/1)

## origin: official (noms officiels des conférences de l'ONU et de l'UIT en français ; les noms propres d'événements, MWC Barcelona et SDG Digital, sont les mêmes dans toutes les langues)

code-p2cEvent-PP-22 = Conférence de plénipotentiaires de l'UIT de 2022
code-p2cEvent-LDC5 = Cinquième Conférence des Nations Unies sur les pays les moins avancés (PMA5)
code-p2cEvent-WSIS-2024 = Manifestation de haut niveau du Forum SMSI+20 de 2024
code-p2cEvent-WSIS-2025 = Manifestation de haut niveau SMSI+20 de 2025
code-p2cEvent-GLOBAL-REFUGEE-FORUM-2023 = Forum mondial sur les réfugiés 2023
code-p2cEvent-MWC-2024 = MWC Barcelona 2024
code-p2cEvent-MWC-2025 = MWC Barcelona 2025
code-p2cEvent-MWC-2026 = MWC Barcelona 2026
code-p2cEvent-SDG-DIGITAL-2023 = SDG Digital

## origin: p2c (traductions écrites pour p2c ; aucune forme officielle trouvée)

codelist-p2cEvent = Événement ou campagne P2C
code-p2cEvent-P2C-WEB-DIALOGUES-2022 = Série de dialogues en ligne Partner2Connect sur le développement numérique
code-p2cEvent-P2C-ROUNDTABLE-KIGALI-2022 = Table ronde Partner2Connect sur le développement numérique à la CMDT-22
code-p2cEvent-P2C-ANNUAL-MEETING-2022 = Première réunion annuelle de Partner2Connect
code-p2cEvent-P2C-ANNUAL-MEETING-2023 = Deuxième réunion annuelle de Partner2Connect
code-p2cEvent-REGIONAL-DEVELOPMENT-FORUMS-2023 = Forums régionaux de développement de l'UIT 2023
code-p2cEvent-AI-PLEDGE-DRIVE-2024 = Campagne d'engagements Partner2Connect et AI for Good

code-focusArea-unknown = Inconnu
    .description = La source ne cite aucun domaine d'action ; indiqué seul, jamais à côté d'un domaine d'action réel.
    .tagline = Non indiqué par la source
code-stakeholderType-unknown = Inconnu
    .description = La source ne dit pas de quel type de partie prenante relève l'auteur de l'engagement.
code-relationType-same_announcement = Même annonce
    .description = Cet engagement et l'autre ont été annoncés ensemble (une déclaration, plusieurs engagements) ; leurs fonds sont distincts et chacun compte.

codelist-partnerRole = Rôle du partenaire
code-partnerRole-funder = Bailleur de fonds
    .description = Fournit les fonds de l'engagement.
code-partnerRole-implementer = Organisme d'exécution
    .description = Réalise les travaux promis.
code-partnerRole-technical_partner = Partenaire technique
    .description = Apporte technologie, équipements ou expertise technique.
code-partnerRole-knowledge_partner = Partenaire de connaissances
    .description = Apporte recherche, données ou conseils.
code-partnerRole-in_kind_provider = Fournisseur de contributions en nature
    .description = Apporte des biens ou des services (temps d'antenne, appareils, formation) plutôt que de l'argent.
code-partnerRole-coordinator = Coordonnateur
    .description = Réunit ou coordonne les partenaires.
code-partnerRole-endorser = Soutien
    .description = Soutient publiquement l'engagement sans autre rôle déclaré.

codelist-amountBasis = Base du montant
code-amountBasis-total = Total
    .description = Le montant est l'engagement entier, sur toute la période de l'engagement.
code-amountBasis-per_year = Par an
    .description = Le montant est engagé chaque année ; le total est le montant multiplié par le nombre d'années (`years`, ou les années civiles de la période de l'engagement).

codelist-beneficiaryUnit = Unité de bénéficiaires
code-beneficiaryUnit-households = Ménages
    .description = Ménages (foyers) connectés ou desservis.
code-beneficiaryUnit-subscribers = Abonnés
    .description = Abonnements ou abonnés d'un réseau ou d'un service.
code-beneficiaryUnit-schools = Écoles
    .description = Écoles connectées ou desservies.
code-beneficiaryUnit-institutions = Institutions
    .description = Institutions publiques ou communautaires : administrations, dispensaires, bibliothèques, centres communautaires.
code-beneficiaryUnit-communities = Communautés
    .description = Villages, localités ou communautés.
code-beneficiaryUnit-enterprises = Entreprises
    .description = Entreprises, PME ou entrepreneurs.
