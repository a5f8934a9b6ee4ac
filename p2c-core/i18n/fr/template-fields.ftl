### Les mots du modèle de tableur tirés du schéma JSON (titres des tables et des colonnes,
### descriptions des colonnes, listes de codes hors taxonomie), en français.
### Source : en/template-fields.ftl (généré) ; mêmes identifiants. Les chemins et les codes
### entre accents graves ne se traduisent pas.

## origin: p2c (traductions écrites pour p2c ; termes de l'ONU et de l'UIT-D comme dans codelists.ftl : PMA, PDSL, PEID, UIT-D, ODD)

table-pledges = Engagements
table-links = Liens
table-events = Événements
table-roles = Rôles
table-partners = Partenaires
table-pledgeTypes = Types d'engagement
table-focusAreas = Domaines d'action
table-pillars = Piliers
table-sdgs = ODD
table-components = Composantes
table-regions = Régions
table-countries = Pays
table-countryGroups = Groupes de pays
table-unspecifiedCountriesIn = Pays non nommés dans
table-shares = Parts déclarées
table-groups = Groupes
table-counts = Autres dénombrements
table-targets = Cibles P2C
table-progressReports = Rapports d'avancement
table-relations = Relations

# sheet: pledges

field-formatVersion = Version du format
    .description = La version du format d'engagement que suit ce document ; les lecteurs s'en servent pour lire les documents plus anciens.
field-id = Identifiant de l'engagement
    .description = L'identifiant stable de l'engagement, unique dans un jeu de données.
field-title = Titre
    .description = Un titre court pour l'engagement.
field-description = Description
    .description = Ce à quoi l'engagement engage, dans les mots de son auteur.
field-notes = Notes
    .description = Notes du Secrétariat ou de la personne qui a compilé les données, par exemple le document source d'un chiffre.
field-submittedAt = Soumis le
    .description = Date et heure de soumission de l'engagement par son auteur (horodatage RFC 3339).
field-validatedAt = Validé le
    .description = Date et heure de validation de l'engagement par le Secrétariat (horodatage RFC 3339).
field-announcedOn = Annoncé le
    .description = Date de l'annonce de l'engagement, aussi précise que la source : une année (`2022`), un mois (`2022-06`) ou un jour (`2022-06-07`). Absente lorsqu'aucune source ne date l'annonce (la validation le signale avec la gravité `info`). Format 1.1.
field-pledgers-lead-id = Auteurs de l'engagement : Auteur principal : Identifiant de l'entité
    .description = Un identifiant stable de l'entité d'un engagement à l'autre (par exemple l'identifiant d'organisation de la plateforme P2C). En son absence, l'entité est identifiée par son nom et son siège.
field-pledgers-lead-name = Auteurs de l'engagement : Auteur principal : Nom
    .description = Le nom de l'entité tel qu'il doit être publié (« Gouvernement du Kenya », « Orange »).
field-pledgers-lead-stakeholderType = Auteurs de l'engagement : Auteur principal : Type de partie prenante
    .description = Le type de partie prenante de l'entité, selon le regroupement des auteurs d'engagements dans les tableaux de bord P2C.
field-pledgers-lead-subtype = Auteurs de l'engagement : Auteur principal : Sous-type
    .description = Une classification plus fine ; elle doit relever du type de partie prenante.
field-pledgers-lead-headquarters = Auteurs de l'engagement : Auteur principal : Siège
    .description = Le pays du siège de l'entité, `international`, ou `unknown` lorsque la source ne le dit pas (format 1.1 ; compté comme inconnu, jamais comme un pays supposé).
field-financialValue-amount = Valeur financière : Montant
    .description = Le montant annoncé en unités de la monnaie, sous forme de chaîne décimale (« 5600000000 ») ; pour une fourchette, sa borne inférieure.
field-financialValue-maxAmount = Valeur financière : Montant maximal
    .description = La borne supérieure d'une fourchette (« 10 à 15 millions USD » : `amount` 10 millions, `maxAmount` 15 millions). Format 1.1.
field-financialValue-currency = Valeur financière : Monnaie
    .description = Le code ISO 4217 de la monnaie dans laquelle le montant a été annoncé.
field-financialValue-valueDate = Valeur financière : Date de valeur
    .description = La date à laquelle se rapporte le montant, en général la date de l'annonce ; la conversion utilise un taux de cette date. Le format 1.0 prend une date complète ; le format 1.1 aussi une année (`2022`) ou un mois (`2022-06`), aussi précis que la source, et une telle date est convertie à la moyenne de l'année civile (jamais à un jour inventé).
field-financialValue-isFloor = Valeur financière : Plancher
    .description = Vrai lorsque le chiffre annoncé est un minimum (« plus de 250 millions USD ») ; le montant déclaré est conservé et compté tel quel.
field-financialValue-isCeiling = Valeur financière : Plafond
    .description = Vrai lorsque le chiffre annoncé est un maximum (« jusqu'à 5 millions USD ») ; le montant déclaré est conservé et compté tel quel. Format 1.1.
field-financialValue-approximate = Valeur financière : Approximatif
    .description = Vrai lorsque la source donne le chiffre comme approximatif (« environ », « près de », « presque »). Format 1.1.
field-financialValue-basis = Valeur financière : Base
    .description = Sur quoi le montant est compté : `total` (par défaut) ou `per_year` (engagé chaque année ; le total compté est le montant multiplié par `years`, ou par les années civiles de la période de l'engagement). Format 1.1.
field-financialValue-years = Valeur financière : Années
    .description = Pour un montant annuel, le nombre d'années indiqué par la source (« chaque année pendant les cinq prochaines années » : 5). Format 1.1.
field-financialValue-inKind = Valeur financière : En nature
    .description = Vrai lorsque la valeur est fournie en nature (temps d'antenne, appareils, services) et que le montant en est la valeur monétaire déclarée. Format 1.1.
field-financialValue-statedEquivalent-amount = Valeur financière : Équivalent déclaré : Montant
    .description = Le montant en unités de la monnaie (pas en sous-unités), sous forme de chaîne décimale.
field-financialValue-statedEquivalent-currency = Valeur financière : Équivalent déclaré : Monnaie
    .description = Le code ISO 4217 de la monnaie.
field-financialValue-explicitRate-to = Valeur financière : Taux de change explicite : Monnaie cible
    .description = La monnaie dans laquelle le taux convertit.
field-financialValue-explicitRate-rate = Valeur financière : Taux de change explicite : Taux
    .description = Unités de la monnaie cible pour une unité de la monnaie de l'engagement, sous forme de chaîne décimale.
field-financialValue-explicitRate-date = Valeur financière : Taux de change explicite : Date du taux
    .description = La date à laquelle le taux s'applique.
field-financialValue-explicitRate-source = Valeur financière : Taux de change explicite : Source
    .description = La provenance du taux (« rapport annuel 2022 de l'auteur de l'engagement »).
field-implementation-global = Mise en œuvre : Mondial
    .description = Vrai lorsque l'engagement est mis en œuvre dans le monde entier plutôt qu'en des lieux nommés.
field-implementation-primaryRegion = Mise en œuvre : Région principale
    .description = La région que l'auteur de l'engagement a désignée comme principale, s'il en a désigné une ; les tableaux de bord peuvent compter un engagement sous sa seule région principale, ou sous chaque région.
field-period-start = Période : Début
    .description = Le début des travaux, à l'année, au mois ou au jour près.
field-period-end = Période : Fin
    .description = La fin prévue des travaux, à l'année, au mois ou au jour près.
field-beneficiaries-peopleReached = Bénéficiaires : Personnes atteintes
    .description = Le nombre estimé de personnes que l'engagement atteindra.
field-beneficiaries-peopleReachedIsFloor = Bénéficiaires : Plancher de personnes atteintes
    .description = Vrai lorsque le nombre de personnes est un minimum (« plus de 80 millions de personnes »). Format 1.1.
field-beneficiaries-targetYear = Bénéficiaires : Année cible
    .description = L'année d'ici à laquelle les personnes doivent être atteintes.
field-contact-name = Contact : Nom du contact
    .description = Le nom de la personne à contacter.
field-contact-email = Contact : Courriel du contact
    .description = L'adresse électronique de la personne à contacter.
field-reviewState = État de l'examen
    .description = L'étape de l'engagement dans le processus d'examen du Secrétariat.
field-implementationStatus = État de mise en œuvre
    .description = L'état d'avancement des travaux promis.

# sheet: links

field-links-url = URL
    .description = L'adresse de la page (http ou https).
field-links-title = Titre
    .description = Ce qu'est la page.

# sheet: events

field-events = Code d'événement P2C
    .description = Les événements et campagnes P2C lors desquels l'engagement a été annoncé ou par lesquels il a été recueilli (`MWC-2024`, `AI-PLEDGE-DRIVE-2024`) ; une liste de codes ouverte, voir la liste de codes `p2cEvent`. Format 1.1.

# sheet: roles

field-pledgers-lead-roles = Rôle du partenaire
    .description = Ce que fait l'entité dans l'engagement (bailleur de fonds, agent d'exécution, …), lorsque la source le dit. Format 1.1.

# sheet: partners

field-pledgers-partners-id = Identifiant de l'entité
    .description = Un identifiant stable de l'entité d'un engagement à l'autre (par exemple l'identifiant d'organisation de la plateforme P2C). En son absence, l'entité est identifiée par son nom et son siège.
field-pledgers-partners-name = Nom
    .description = Le nom de l'entité tel qu'il doit être publié (« Gouvernement du Kenya », « Orange »).
field-pledgers-partners-stakeholderType = Type de partie prenante
    .description = Le type de partie prenante de l'entité, selon le regroupement des auteurs d'engagements dans les tableaux de bord P2C.
field-pledgers-partners-subtype = Sous-type
    .description = Une classification plus fine ; elle doit relever du type de partie prenante.
field-pledgers-partners-headquarters = Siège
    .description = Le pays du siège de l'entité, `international`, ou `unknown` lorsque la source ne le dit pas (format 1.1 ; compté comme inconnu, jamais comme un pays supposé).
field-pledgers-partners-roles = Rôles
    .description = Ce que fait l'entité dans l'engagement (bailleur de fonds, agent d'exécution, …), lorsque la source le dit. Format 1.1.

# sheet: pledgeTypes

field-pledgeTypes = Type d'engagement
    .description = La nature de l'engagement : un ou plusieurs des types financier, politique, plaidoyer, programmatique.

# sheet: focusAreas

field-focusAreas = Domaine d'action
    .description = Les domaines d'action du Cadre d'action auxquels l'engagement se rapporte.

# sheet: pillars

field-pillars = Pilier
    .description = Les piliers du Cadre d'action auxquels l'engagement se rapporte ; chacun relève d'un domaine d'action.

# sheet: sdgs

field-sdgs-goal = Objectif
    .description = Le numéro de l'objectif, de 1 à 17 (voir la liste de codes `sdgGoal`).
field-sdgs-targets = Cibles
    .description = Les cibles de cet objectif, écrites comme dans le Programme 2030 : `9.1`, `9.c`.

# sheet: components

field-financialValue-components-name = Nom de la composante
    .description = Ce qu'est la composante (« AI Compute Access Fund »).
field-financialValue-components-amount = Montant de la composante
    .description = Le montant de la composante dans la monnaie de l'engagement, sous forme de chaîne décimale.
field-financialValue-components-inKind = En nature
    .description = Vrai lorsque la composante est fournie en nature.

# sheet: regions

field-implementation-regions = Région de l'UIT-D
    .description = Les régions de l'UIT-D où l'engagement est mis en œuvre.

# sheet: countries

field-implementation-countries = Code de pays
    .description = Les pays où l'engagement est mis en œuvre (ISO 3166-1 alpha-3).

# sheet: countryGroups

field-implementation-countryGroups = Groupe de pays
    .description = Les groupes de pays de l'ONU dans lesquels l'engagement est mis en œuvre sans nommer les pays (« pour les PMA, les PDSL et les PEID »). Avec `regions`, les membres du groupe dans ces régions (« PMA d'Afrique »). Format 1.1.

# sheet: unspecifiedCountriesIn

field-implementation-unspecifiedCountriesIn = Région de l'UIT-D
    .description = Les régions de l'UIT-D dans lesquelles l'engagement est mis en œuvre dans des pays qu'il ne nomme pas (« 16 pays du Moyen-Orient et d'Afrique ») : la région compte l'engagement, aucun pays ne le compte. Chacune doit figurer parmi `regions` lorsque `regions` est renseigné. Format 1.1.

# sheet: shares

field-implementation-shares-area = Zone
    .description = Le code de pays ou de région de l'UIT-D auquel s'applique la part ; il doit être l'un des pays ou régions déclarés.
field-implementation-shares-percent = Pourcentage
    .description = La part en pourcentage (0–100), sous forme de chaîne décimale.

# sheet: groups

field-beneficiaries-groups = Groupe de bénéficiaires
    .description = Les groupes que l'engagement désigne comme bénéficiaires.

# sheet: counts

field-beneficiaries-counts-count = Nombre
    .description = Combien.
field-beneficiaries-counts-unit = Unité
    .description = Ce qui est dénombré.
field-beneficiaries-counts-isFloor = Plancher
    .description = Vrai lorsque le nombre est un minimum (« plus de 5,8 millions de ménages »).

# sheet: targets

field-targets = Code de cible P2C
    .description = Les cibles de la coalition que sert l'engagement.

# sheet: progressReports

field-progressReports-date = Date du rapport
    .description = La date du rapport.
field-progressReports-status = État
    .description = L'état de mise en œuvre au moment du rapport.
field-progressReports-narrative = Compte rendu
    .description = Ce qui a été fait, dans les mots de l'auteur de l'engagement.
field-progressReports-amountDelivered-amount = Montant décaissé : Montant
    .description = Le montant en unités de la monnaie (pas en sous-unités), sous forme de chaîne décimale.
field-progressReports-amountDelivered-currency = Montant décaissé : Monnaie
    .description = Le code ISO 4217 de la monnaie.
field-progressReports-peopleReached = Personnes atteintes
    .description = Le nombre de personnes atteintes jusqu'ici, cumulé à la date du rapport.
field-progressReports-challenges = Difficultés
    .description = Les obstacles rencontrés.
field-progressReports-solutions = Solutions
    .description = Les solutions proposées ou appliquées.
field-progressReports-targets = Cibles visées
    .description = Les cibles P2C que les travaux rapportés ont servies.

# sheet: relations

field-relations-type = Type de relation
    .description = La relation entre cet engagement et l'autre.
field-relations-pledge = Autre engagement
    .description = L'identifiant de l'autre engagement.

# codes

codes-FormatVersion = Version du format
codes-FormatVersion-1_0 = Format 1.0
codes-FormatVersion-1_1 = Format 1.1
codes-Headquarters = Siège
codes-Headquarters-international = International
codes-Headquarters-unknown = Inconnu
codes-CurrencyCode = Code de monnaie
codes-CountryCode = Code de pays
