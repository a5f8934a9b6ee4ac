### Messages des problèmes de validation, français. Voir i18n/en/issues.ftl pour les variables.

## origin: p2c (traductions écrites pour p2c)

redacted-value = la valeur

issue-input-malformed_json = l'entrée n'est pas du JSON bien formé : { $reason ->
        [eof_list] fin de l'entrée dans une liste
        [eof_object] fin de l'entrée dans un objet
        [eof_string] fin de l'entrée dans une chaîne
        [eof_value] fin de l'entrée avant une valeur
        [expected_colon] `:` attendu
        [expected_list_comma_or_end] `,` ou `]` attendu
        [expected_object_comma_or_end] `,` ou `{"}"}` attendu
        [expected_ident] identifiant attendu
        [expected_value] valeur attendue
        [expected_double_quote] `"` attendu
        [invalid_escape] séquence d'échappement invalide
        [invalid_number] nombre invalide
        [number_out_of_range] nombre hors limites
        [invalid_unicode_code_point] point de code Unicode invalide
        [control_character] caractère de contrôle (U+0000 à U+001F) dans une chaîne
        [key_must_be_a_string] une clé doit être une chaîne
        [lone_leading_surrogate] demi-code de tête isolé dans un échappement hexadécimal
        [trailing_comma] virgule finale
        [trailing_characters] caractères après la fin du document
        [unexpected_end_of_hex_escape] échappement hexadécimal incomplet
        [repeated_key] un objet répète une clé
       *[other] { $detail }
    } (ligne { $line }, colonne { $column })
    .title = L'entrée n'est pas du JSON bien formé.
    .guidance = Envoyez un seul document JSON (UTF-8, sans caractères après la fin) ; les paramètres donnent la ligne et la colonne.
issue-input-invalid_utf8 = l'entrée n'est pas de l'UTF-8 valide (octet invalide à la position { $offset })
    .title = Les octets de l'entrée ne sont pas de l'UTF-8 valide.
    .guidance = Encodez le document en UTF-8 ; les paramètres donnent la position du premier octet invalide.
issue-input-too_large = la taille de l'entrée en octets dépasse la limite de { $max } ({ $actual })
    .title = L'entrée dépasse la taille maximale configurée.
    .guidance = Découpez les données en documents plus petits, ou augmentez `limits.maxBytes` si cette taille est attendue.
issue-input-too_deep = { $reason ->
        [parser] l'entrée imbrique des tableaux ou des objets sur plus de { $max } niveaux
       *[max_depth] la profondeur d'imbrication dépasse la limite de { $max } ({ $actual })
    }
    .title = L'entrée imbrique des tableaux ou des objets plus profondément que le maximum configuré.
    .guidance = Un engagement n'a que quelques niveaux d'imbrication ; supprimez le contenu trop imbriqué.
issue-input-array_too_long = la longueur d'un tableau dépasse la limite de { $max } ({ $actual })
    .title = Un tableau a plus d'éléments que le maximum configuré.
    .guidance = Supprimez des éléments, ou augmentez `limits.maxArrayLen` si cette longueur est attendue.
issue-input-string_too_long = la longueur d'une chaîne en octets dépasse la limite de { $max } ({ $actual })
    .title = Une chaîne est plus longue que le maximum configuré.
    .guidance = Raccourcissez le texte, ou augmentez `limits.maxStringLen` si cette longueur est attendue.

issue-structure-wrong_type = type attendu : { $expected } ; type trouvé : { $actual }
    .title = Une valeur n'a pas le bon type JSON.
    .guidance = Donnez une valeur du type indiqué dans `expected` (par exemple une chaîne, un tableau ou un objet).
issue-structure-missing_field = champ obligatoire manquant : `{ $field }`
    .title = Un champ obligatoire manque.
    .guidance = Ajoutez le champ indiqué dans les paramètres.
issue-structure-unknown_field = champ inconnu `{ $field }`{ $suggested ->
        [yes] {" "}; vouliez-vous dire `{ $suggestion }` ?
       *[no] {""}
    }
    .title = Un champ ne fait pas partie du format des engagements.
    .guidance = Supprimez le champ, ou renommez-le en `suggestion` quand les paramètres en donnent une (les noms de champs sont en camelCase et sensibles à la casse).
issue-structure-empty_list = la liste doit contenir au moins une valeur
    .title = Une liste qui exige au moins un élément est vide.
    .guidance = Donnez au moins une valeur.
issue-structure-unknown_code = { $codelist ->
        [formatVersion] { $value } n'est pas une version de format prise en charge
       *[other] { $value } n'est pas un code de la liste `{ $codelist }`{ $suggested ->
            [yes] {" "}; vouliez-vous dire `{ $suggestion }` ?
           *[no] {""}
        }
    }
    .title = Une valeur n'est pas un code de sa liste de codes.
    .guidance = Utilisez l'un des codes de la liste indiquée dans `codelist` (voir les listes de codes publiées).
issue-structure-malformed_code = { $value } n'est pas { $kind ->
        [country] un code de pays (trois lettres majuscules)
        [currency] un code de monnaie (trois lettres majuscules)
        [headquarters] un siège valide (trois lettres majuscules, `international` ou `unknown`)
        [event] un code d'événement P2C (lettres majuscules, chiffres et traits d'union)
       *[target] un code de cible P2C (lettres majuscules, chiffres et traits d'union)
    }
    .title = Un code n'a pas la forme requise.
    .guidance = Les codes de pays et de monnaie sont faits de trois lettres majuscules (`KEN`, `EUR`) ; les codes de cible P2C de lettres majuscules, de chiffres et de traits d'union (`ACCESS-01`).
issue-structure-malformed_date = { $value } n'est pas { $format ->
        [partial] une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ
       *[full] une date écrite AAAA-MM-JJ
    }
    .title = Une date n'est pas écrite comme le format l'exige.
    .guidance = Écrivez les dates complètes sous la forme AAAA-MM-JJ ; les dates de période peuvent aussi être AAAA ou AAAA-MM.
issue-structure-malformed_timestamp = { $value } n'est pas un horodatage RFC 3339 tel que `2022-06-07T10:00:00Z`
    .title = Un horodatage n'est pas une date-heure RFC 3339.
    .guidance = Écrivez les horodatages au format RFC 3339 avec un fuseau horaire, par exemple `2022-06-07T10:00:00Z`.
issue-structure-malformed_decimal = { $value } n'est pas un nombre décimal tel que "1250.50"
    .title = Un montant n'est pas un nombre décimal simple.
    .guidance = Écrivez les montants sous forme de chaînes décimales telles que "5600000000" ou "258.8" : sans exposant, espaces, symbole monétaire ni séparateur de milliers.
issue-structure-inexact_number = le nombre { $value } a peut-être perdu des chiffres ; écrivez-le sous forme de chaîne décimale
    .title = Un montant est donné sous forme de nombre JSON avec une fraction ou un exposant, qui a pu perdre des chiffres.
    .guidance = Écrivez le montant sous forme de chaîne décimale ("258.8") ; les entiers peuvent rester des nombres JSON.
issue-structure-integer_out_of_range = { $kind ->
        [year] l'année est hors limites
        [goal] un numéro d'objectif de développement durable ne peut pas être négatif
       *[count] l'entier est en dehors de 0..={ $max }
    }
    .title = Un entier est en dehors de la plage que le champ accepte.
    .guidance = Donnez un nombre entier dans la plage du champ.

issue-text-empty = le texte est vide
    .title = Un texte obligatoire est vide ou ne contient que des espaces.
    .guidance = Remplissez le texte.
issue-text-blank = le texte est vide ; remplissez-le ou retirez le champ
    .title = Un texte facultatif est présent mais vide ou ne contient que des espaces.
    .guidance = Remplissez le texte ou retirez le champ.
issue-text-too_long = le texte compte { $actual } caractères ; { $max } au plus sont autorisés
    .title = Un texte est plus long que ce que le format autorise pour ce champ.
    .guidance = Raccourcissez le texte au nombre `max` de caractères donné dans les paramètres.
issue-text-control_character = le texte contient le caractère de contrôle { $codePoint }
    .title = Un texte contient des caractères de contrôle.
    .guidance = Supprimez les caractères de contrôle ; les sauts de ligne et tabulations ne sont permis que dans les textes longs (description, notes, récit).
issue-text-bidi_control = le texte contient le caractère de contrôle bidirectionnel { $codePoint }
    .title = Un texte contient des caractères d'enchâssement, de forçage ou d'isolement bidirectionnels, qui peuvent l'afficher autrement que ce qu'il dit.
    .guidance = Supprimez les caractères U+202A–U+202E et U+2066–U+2069 ; les écritures de droite à gauche s'affichent correctement sans eux.
issue-identity-unusual_id = l'identifiant { $value } contient des caractères autres que des lettres, des chiffres et `-_.:/`
    .title = Un identifiant contient des espaces ou des caractères autres que des lettres, des chiffres et `-_.:/`.
    .guidance = Utilisez des identifiants faits de lettres, de chiffres et de `-_.:/`, afin qu'ils survivent aux URL, aux fichiers CSV et aux tableurs.
issue-identity-malformed_email = { $value } n'est pas une adresse électronique
    .title = L'adresse électronique de contact n'est pas de la forme `nom@domaine.tld`.
    .guidance = Donnez une seule adresse électronique simple, sans nom d'affichage ni chevrons.
issue-identity-malformed_url = { $value } n'est pas une URL http ou https
    .title = Un lien n'est pas une URL http ou https absolue.
    .guidance = Donnez l'adresse complète, commençant par `https://`.
issue-identity-duplicate_partner = cette entité figure déjà à `{ $duplicateOf }`
    .title = La même entité figure plusieurs fois parmi les auteurs de l'engagement.
    .guidance = Ne citez chaque entité qu'une fois ; l'entité principale ne doit pas figurer aussi parmi les partenaires.
issue-identity-self_relation = la relation renvoie à l'engagement lui-même
    .title = Une relation renvoie à l'engagement lui-même.
    .guidance = Une relation donne l'identifiant d'un autre engagement.

issue-taxonomy-pillar_outside_focus_areas = le pilier `{ $pillar }` relève du domaine d'action `{ $focusArea }`, que l'engagement ne déclare pas
    .title = Un pilier relève d'un domaine d'action que l'engagement ne déclare pas.
    .guidance = Ajoutez le domaine d'action indiqué dans `focusArea` à `focusAreas`, ou retirez le pilier.
issue-taxonomy-duplicate_code = { $value } figure deux fois (d'abord à l'indice { $firstIndex })
    .title = Un code figure plusieurs fois dans une liste.
    .guidance = Ne citez chaque code qu'une fois.
issue-taxonomy-subtype_mismatch = le sous-type `{ $subtype }` relève du type de partie prenante `{ $expectedStakeholderType }`, et non de `{ $stakeholderType }`
    .title = Le sous-type d'une entité relève d'un autre type de partie prenante.
    .guidance = Choisissez un sous-type du type de partie prenante de l'entité (les paramètres indiquent le type dont il relève).
issue-taxonomy-unknown_target = { $value } n'est pas une cible P2C connue
    .title = Un code de cible P2C est bien formé mais ne figure pas dans la liste des cibles connues de p2c.
    .guidance = Vérifiez le code ; la liste publiée des cibles est incomplète, une nouvelle cible peut donc être correcte.

issue-money-missing_value = un engagement financier doit avoir une valeur financière
    .title = Un engagement financier n'a pas de valeur financière.
    .guidance = Donnez `financialValue` avec le montant annoncé, la monnaie et la date de valeur, ou retirez le type d'engagement `financial`.
issue-money-non_positive_value = le montant { $value } n'est pas positif
    .title = Une valeur financière est nulle ou négative.
    .guidance = Donnez le montant annoncé sous forme de nombre positif.
issue-money-value_on_non_financial = l'engagement a une valeur financière mais n'est pas du type `financial`
    .title = Un engagement qui n'est pas du type `financial` a une valeur financière.
    .guidance = Ajoutez le type d'engagement `financial` si la valeur est un engagement monétaire ; elle est comptée dans les totaux dans les deux cas.
issue-money-negative_amount = le montant versé { $value } est négatif
    .title = Un montant versé est négatif.
    .guidance = Déclarez le montant cumulé versé comme nul ou positif.
issue-money-unknown_currency = { $value } n'est pas un code de monnaie ISO 4217
    .title = Un code de monnaie ne figure pas dans la norme ISO 4217.
    .guidance = Utilisez un code alphabétique ISO 4217 tel que `USD` ou `EUR`.
issue-money-currency_not_in_use = `{ $currency }` a été retirée le { $withdrawnOn }, avant le { $date }
    .title = La monnaie avait été retirée avant la date de valeur.
    .guidance = Donnez le montant dans la monnaie qui l'a remplacée (par exemple EUR pour HRK à partir de 2023), converti au taux officiel.
issue-money-excess_precision = nombre de décimales du montant : { $decimals } ; `{ $currency }` en a { $minorUnits }
    .title = Un montant a plus de décimales que l'unité divisionnaire de la monnaie.
    .guidance = Arrondissez le montant à l'unité divisionnaire de la monnaie (`minorUnits` dans les paramètres).
issue-money-implausible_amount = le montant { $value } est invraisemblablement élevé pour un seul engagement
    .title = Un montant est invraisemblablement élevé pour un seul engagement.
    .guidance = Vérifiez qu'il n'y a pas de zéros en trop ou de montant exprimé en centimes.
issue-money-invalid_explicit_rate = { $reason ->
        [same_currency] le taux de change convertit `{ $currency }` en elle-même
       *[non_positive] le taux de change n'est pas positif
    }
    .title = Un taux de change déclaré est nul ou négatif, ou convertit une monnaie en elle-même.
    .guidance = Donnez un taux positif vers une autre monnaie, ou retirez `explicitRate`.

issue-geography-unknown_country = { $value } n'est pas un code de pays ISO 3166-1 alpha-3
    .title = Un code de pays n'est pas un code ISO 3166-1 alpha-3 connu de p2c.
    .guidance = Utilisez le code ISO 3166-1 alpha-3 du pays (`KEN` pour le Kenya).
issue-geography-duplicate_country = le pays { $value } figure deux fois (d'abord à l'indice { $firstIndex })
    .title = Un pays figure plusieurs fois.
    .guidance = Ne citez chaque pays qu'une fois, afin que les chiffres par pays ne comptent pas l'engagement deux fois.
issue-geography-country_outside_regions = { $value } appartient à la région `{ $region }` de l'UIT-D, qui ne figure pas parmi les régions
    .title = Un pays n'appartient à aucune des régions de l'UIT-D déclarées.
    .guidance = Ajoutez la région du pays (`region` dans les paramètres) à `regions`, ou vérifiez le code de pays.
issue-geography-primary_region_not_declared = la région principale `{ $region }` ne figure pas parmi les régions
    .title = La région principale ne fait pas partie des régions déclarées.
    .guidance = Ajoutez la région principale à `regions`.
issue-geography-no_location = l'engagement ne cite aucun pays ni aucune région et n'est pas marqué comme mondial
    .title = L'engagement ne cite aucun pays ni aucune région et n'est pas marqué comme mondial.
    .guidance = Indiquez les pays ou les régions de l'UIT-D où l'engagement est mis en œuvre, ou définissez `global`.
issue-geography-share_area_not_declared = { $value } n'est ni un pays déclaré ni une région déclarée
    .title = Une part déclarée concerne une zone qui n'est ni un pays déclaré ni une région déclarée.
    .guidance = Ne donnez de parts que pour les pays et régions cités dans `countries` et `regions`.
issue-geography-duplicate_share = une part pour { $value } est déjà déclarée à l'indice { $firstIndex }
    .title = Deux parts sont déclarées pour la même zone.
    .guidance = Donnez une seule part par zone.
issue-geography-share_out_of_range = la part { $value } n'est pas comprise entre 0 et 100
    .title = Une part est inférieure à 0 ou supérieure à 100 pour cent.
    .guidance = Donnez chaque part sous forme de pourcentage entre 0 et 100.
issue-geography-shares_not_hundred = la somme des parts est { $sum }, et non 100
    .title = La somme des parts déclarées n'est pas de 100 pour cent.
    .guidance = Corrigez les parts pour que leur somme soit exactement 100 (`sum` dans les paramètres est le total actuel).

issue-lifecycle-end_before_start = la période se termine avant de commencer
    .title = La période se termine avant de commencer.
    .guidance = Vérifiez les dates de début et de fin.
issue-lifecycle-implausible_period = { $reason ->
        [too_long] la période dure plus de { $maxYears } ans
       *[out_of_range] la période commence avant 2000 ou se termine après 2100
    }
    .title = La période est d'une durée invraisemblable.
    .guidance = Vérifiez les dates ; les engagements durent en général au plus une dizaine d'années.
issue-lifecycle-value_date_outside_period = la date de valeur se situe à plus de deux ans de la période de l'engagement
    .title = La date de valeur est très éloignée de la période de l'engagement.
    .guidance = La date de valeur est en général la date d'annonce, proche du début de la période ; vérifiez-la, car les conversions utilisent le taux de ce jour-là.
issue-lifecycle-published_without_validation = l'engagement est publié mais n'a pas d'horodatage de validation
    .title = Un engagement publié n'a pas d'horodatage de validation.
    .guidance = Renseignez `validatedAt` quand le Secrétariat valide un engagement.
issue-lifecycle-validated_before_submitted = l'engagement a été validé avant d'être soumis
    .title = L'engagement a été validé avant d'être soumis.
    .guidance = Vérifiez `submittedAt` et `validatedAt`.
issue-lifecycle-timestamp_in_future = l'horodatage est postérieur à la date de référence { $asOf }
    .title = Un horodatage de soumission ou de validation est postérieur à la date de référence.
    .guidance = Vérifiez l'horodatage et son fuseau horaire.
issue-lifecycle-completed_before_end = l'engagement est marqué comme achevé mais se termine le { $end }, après le { $asOf }
    .title = L'engagement est marqué comme achevé alors que sa date de fin n'est pas encore passée.
    .guidance = Vérifiez l'état, ou avancez la date de fin au moment où les travaux ont été achevés.
issue-lifecycle-illegal_transition = l'état de l'examen ne peut pas passer de `{ $from }` à `{ $to }`
    .title = L'état de l'examen ne peut pas passer de l'ancien état au nouveau.
    .guidance = Suivez le circuit d'examen ; voir `can_transition` pour les changements autorisés.
issue-lifecycle-id_changed = l'identifiant est passé de { $old } à { $new }
    .title = Une mise à jour modifie l'identifiant de l'engagement.
    .guidance = Gardez l'identifiant d'un engagement stable ; créez plutôt un nouvel engagement avec une relation `supersedes`.

issue-beneficiaries-negative_count = le nombre { $value } est négatif
    .title = Un nombre de personnes est négatif.
    .guidance = Donnez un nombre de personnes nul ou positif.
issue-beneficiaries-exceeds_world_population = { $value } personnes, c'est plus que la population mondiale ({ $max })
    .title = Un nombre de personnes dépasse la population mondiale.
    .guidance = Vérifiez qu'il n'y a pas de chiffres en trop ; il s'agit de personnes, pas d'heures-personnes ni de connexions.
issue-beneficiaries-implausible_target_year = l'année cible { $value } est antérieure à 2000, postérieure à 2100 ou hors de la période de l'engagement
    .title = L'année cible des bénéficiaires est antérieure à 2000, postérieure à 2100 ou hors de la période de l'engagement.
    .guidance = Donnez l'année à laquelle les personnes doivent être atteintes.

issue-reports-before_submission = le rapport est daté d'avant la soumission de l'engagement ({ $submittedAt })
    .title = Un rapport d'avancement est daté d'avant la soumission de l'engagement.
    .guidance = Vérifiez la date du rapport et `submittedAt`.
issue-reports-after_as_of = le rapport est daté d'après la date de référence { $asOf }
    .title = Un rapport d'avancement est daté d'après la date de référence (dans le futur).
    .guidance = Datez le rapport du jour où il a été établi.
issue-reports-out_of_order = le rapport est daté d'avant le rapport précédent ({ $previousDate })
    .title = Les rapports d'avancement ne sont pas dans l'ordre chronologique.
    .guidance = Classez les rapports d'avancement du plus ancien au plus récent.
issue-reports-people_decreased = le nombre de personnes atteintes est inférieur aux { $previous } du rapport { $previousIndex }
    .title = Le nombre cumulé de personnes atteintes d'un rapport est inférieur à celui d'un rapport antérieur.
    .guidance = Le nombre de personnes atteintes est cumulé jusqu'à la date du rapport ; vérifiez les chiffres.
issue-reports-delivered_exceeds_value = le montant versé dépasse le montant annoncé de { $announced }
    .title = Le montant versé d'un rapport dépasse la valeur annoncée de l'engagement dans la même monnaie.
    .guidance = Vérifiez le montant, ou mettez à jour la valeur de l'engagement si elle a augmenté (indiquez `isFloor` pour les minimums annoncés).

issue-batch-duplicate_id = l'identifiant { $value } est déjà utilisé par l'engagement { $firstIndex }
    .title = Deux engagements du lot ont le même identifiant.
    .guidance = Donnez à chaque engagement un identifiant unique ; `firstIndex` dans les paramètres désigne l'engagement antérieur.
issue-batch-likely_duplicate = l'engagement { $firstIndex } a la même entité principale, le même titre et le même montant
    .title = Deux engagements ont la même entité principale, le même titre et le même montant : probablement le même engagement soumis deux fois.
    .guidance = Gardez-en un seul, ou reliez-les par une relation si les deux sont réels.
issue-batch-unknown_relation_target = aucun engagement du lot n'a l'identifiant { $value }
    .title = Une relation cite un identifiant d'engagement absent du lot.
    .guidance = Vérifiez l'identifiant, ou validez le lot avec l'engagement lié.
issue-batch-relation_cycle = les relations supersedes et part_of des engagements { $indexes } ramènent au premier : aucune ne peut tenir
    .title = Les relations `supersedes` et `part_of` d'engagements ramènent à eux-mêmes (A remplace B et B remplace A, ou une boucle plus longue) : aucune ne peut tenir.
    .guidance = Décidez quel engagement remplace ou contient lequel et retirez la relation qui ferme la boucle ; `cycle` dans les paramètres donne les identifiants dans l'ordre des relations à partir du plus petit, `pledges` tous les engagements concernés.
issue-batch-part_exceeds_parent = cet engagement fait partie de l'engagement { $parentIndex } mais son montant { $amount } dépasse celui de cet engagement dans la même devise
    .title = Un engagement est `part_of` d'un autre mais son montant est supérieur à celui de l'autre (comparé seulement dans la même devise et sur la même base).
    .guidance = Vérifiez les deux montants, ou la relation : une composante ne peut valoir plus que l'ensemble.

## origin: p2c (traductions écrites pour p2c : format 1.1 et tableurs)

issue-structure-requires_version = { $feature } exige formatVersion `{ $requires }` ; ce document déclare `{ $declared }` (déclarez `{ $requires }` : tout document { $declared } est un document { $requires } valide)
    .title = Le document utilise un champ, un code ou une date de valeur partielle d'une version de format plus récente que celle qu'il déclare.
    .guidance = Déclarez dans `formatVersion` la version indiquée dans `requires` (tout document 1.0 est un document 1.1 valide ; `migrate` le fait), ou retirez l'élément indiqué dans `feature`.
issue-taxonomy-unknown_event = { $value } n'est pas un événement ou une campagne P2C connus
    .title = Un code d'événement est bien formé mais absent de la liste des événements et campagnes P2C connus de p2c.
    .guidance = Vérifiez le code dans la liste de codes `p2cEvent` ; un nouvel événement peut être correct, et p2c l'apprendra dans une version ultérieure.
issue-taxonomy-unknown_beside_known = `unknown` figure à côté de valeurs réelles
    .title = Une liste donne `unknown` à côté de valeurs réelles.
    .guidance = `unknown` signifie que la source ne cite aucune valeur : laissez-le seul, ou retirez-le et gardez les valeurs que la source cite.
issue-taxonomy-value_unknown = `{ $field }` est inconnu : la source ne le dit pas
    .title = Une classification obligatoire vaut `unknown` : la source ne la dit pas.
    .guidance = Rien à corriger si la source est muette ; les tableaux de bord comptent l'engagement sous `unknown`, jamais sous une valeur supposée. Complétez quand une source la dit.
issue-sdgs-unknown_goal = { $value } n'est pas un objectif de développement durable (1 à 17)
    .title = Un numéro d'objectif de développement durable n'est pas compris entre 1 et 17.
    .guidance = Donnez le numéro de l'un des 17 objectifs de développement durable.
issue-sdgs-unknown_target = { $value } n'est pas une cible du Programme 2030
    .title = Une cible ODD n'est pas l'une des 169 cibles du Programme de développement durable à l'horizon 2030.
    .guidance = Écrivez les cibles comme dans le Programme 2030 : le numéro de l'objectif, un point et le numéro ou la lettre de la cible (`9.1`, `9.c`).
issue-sdgs-target_outside_goal = la cible { $value } relève de l'ODD { $goal }, non de l'ODD { $listedUnder }
    .title = Une cible ODD relève d'un autre objectif que celui sous lequel elle figure.
    .guidance = Placez la cible sous son propre objectif (`goal` dans les paramètres), en ajoutant cet objectif si nécessaire.
issue-sdgs-duplicate_goal = l'ODD { $goal } figure deux fois (d'abord à l'indice { $firstIndex })
    .title = Le même objectif de développement durable figure plusieurs fois.
    .guidance = Citez chaque objectif une seule fois, avec toutes ses cibles.
issue-money-not_a_currency = `{ $currency }` est un code ISO 4217 mais pas une monnaie ({ $kind ->
        [precious_metal] métal précieux
        [bond_market_unit] unité du marché obligataire
        [testing] code de test
       *[no_currency] absence de monnaie
    })
    .title = Un code de monnaie figure dans l'ISO 4217 mais n'est pas une monnaie : code de test, « absence de monnaie », métal précieux ou unité du marché obligataire.
    .guidance = Donnez la monnaie dans laquelle le montant a été annoncé ; `XXX`, `XTS`, `XAU`, `XAG`, `XPD`, `XPT` et `XBA`–`XBD` ne sont jamais la monnaie d'un engagement.
issue-money-no_rate_at_date = aucune table de taux intégrée ne convertit `{ $currency }` en `{ $to }` au { $valueDate }
    .title = Aucune table de taux de change intégrée ne peut convertir le montant en USD à sa date de valeur.
    .guidance = L'engagement sera indiqué comme non converti dans les totaux en USD : ajoutez un `explicitRate` vers l'USD ou un `statedEquivalent` en USD si la source en donne un, ou chargez une table de taux qui couvre la monnaie.
issue-money-per_year_without_period = un montant annuel exige `years` ou une période avec une année de début et une année de fin
    .title = Un montant annuel n'indique ni le nombre d'années ni une période avec une année de début et une année de fin.
    .guidance = Donnez `years` (« au cours des cinq prochaines années » : 5) ou la `period` de l'engagement ; sans eux aucun total ne peut être calculé, et aucun n'est inventé.
issue-money-years_without_per_year = `years` est donné pour un montant qui n'est pas annuel
    .title = Un nombre d'années est donné pour un montant qui n'est pas annuel.
    .guidance = Mettez `basis` à `per_year` si le montant est annuel, ou retirez `years`.
issue-money-range_inverted = le maximum de la fourchette, { $maxAmount }, est inférieur à son minimum, { $minAmount }
    .title = Le maximum d'une fourchette est inférieur à son minimum.
    .guidance = `amount` est la borne inférieure et `maxAmount` la borne supérieure d'une fourchette.
issue-money-conflicting_bounds = le montant est qualifié à la fois de plusieurs façons parmi plancher, plafond et fourchette ({ $qualifiers })
    .title = Un montant est qualifié de plusieurs façons parmi plancher, plafond et fourchette.
    .guidance = Gardez le qualificatif que donne la source : `isFloor` pour « plus de », `isCeiling` pour « jusqu'à », `maxAmount` pour « de … à … ».
issue-money-approximate_floor = le montant est à la fois un plancher et approximatif
    .title = Un montant est à la fois un plancher et approximatif.
    .guidance = « Plus d'environ » est ambigu : gardez le qualificatif que donne la source.
issue-money-stated_equivalent_same_currency = l'équivalent déclaré est dans la monnaie même du montant
    .title = L'équivalent déclaré est dans la monnaie même du montant.
    .guidance = L'équivalent déclaré est le chiffre de l'annonceur dans une autre monnaie (« 2 milliards CAD (1,46 milliard USD) »).
issue-money-components_exceed_amount = les composantes totalisent { $componentsSum }, plus que le montant { $amount }
    .title = Les composantes d'un ensemble totalisent plus que son montant.
    .guidance = Les composantes sont comprises dans le montant : vérifiez les chiffres, ou relevez le montant (avec `isFloor` si seules certaines sont connues).
issue-geography-unspecified_region_not_declared = `{ $region }` ne fait pas partie des régions
    .title = Des pays non nommés sont indiqués dans une région qui ne fait pas partie des régions déclarées.
    .guidance = Ajoutez la région à `regions`, ou retirez-la de `unspecifiedCountriesIn`.
issue-lifecycle-date_after_as_of = la date { $value } est postérieure à la date de référence { $asOf }
    .title = Une date de valeur ou d'annonce est postérieure à la date de référence.
    .guidance = Datez le montant et l'annonce du moment où ils ont été faits ; une conversion à une date future n'a pas de taux.
issue-lifecycle-date_before_coalition = la date { $value } est antérieure au lancement de Partner2Connect (mars 2021)
    .title = Une date de valeur ou d'annonce est antérieure à l'existence de Partner2Connect (mars 2021).
    .guidance = Vérifiez la date : P2C a été lancé en mars 2021. Un engagement qui reprend un engagement plus ancien peut garder l'ancienne date de valeur, mais doit le dire dans les notes.
issue-lifecycle-no_announcement_date = pas de date d'annonce : les synthèses à une date de référence datent l'engagement par sa date de validation, de soumission ou de valeur, et le comptent à toute date de référence s'il n'en a aucune
    .title = L'engagement n'a pas de date d'annonce.
    .guidance = Donnez `announcedOn` à la précision que donne la source (une année, un mois ou un jour) ; sans elle, les synthèses se fondent sur la date de validation, de soumission ou de valeur, et un engagement qui n'en a aucune compte à toute date de référence.
issue-lifecycle-event_after_as_of = l'événement `{ $event }` commence le { $start }, après la date de référence { $asOf }
    .title = Un engagement cite un événement qui commence après la date de référence.
    .guidance = Un engagement ne peut pas avoir été annoncé lors d'un événement qui n'a pas encore eu lieu : vérifiez le code de l'événement et la date de référence.

issue-sheet-unreadable = { $what ->
        [workbook] le fichier ne peut pas être lu comme un classeur : { $reason }
        [sheet] la feuille `{ $sheet }` ne peut pas être lue : { $reason }
        [chart] la feuille { $value } est un graphique, pas une feuille de calcul
        [encoding] le fichier `{ $sheet }` n'est pas du texte UTF-8 (premier octet invalide à la position { $offset }) ; enregistrez-le en CSV UTF-8
       *[csv] le fichier `{ $sheet }` n'est pas un CSV valide : { $reason }
    }
    .title = Le fichier n'est pas un classeur ou un fichier CSV que p2c peut lire.
    .guidance = Enregistrez le fichier en classeur Excel (.xlsx) ou en CSV UTF-8 ; les fichiers .xls anciens, OpenDocument et endommagés ne peuvent pas être lus (`reason` dans les paramètres dit pourquoi).
issue-sheet-encrypted = le classeur est protégé par un mot de passe
    .title = Le classeur est protégé par un mot de passe, son contenu ne peut donc pas être lu.
    .guidance = Retirez le mot de passe (dans Excel : Fichier, Informations, Protéger le classeur, Chiffrer avec mot de passe, et effacez-le), enregistrez et renvoyez le fichier.
issue-sheet-limit_exceeded = { $scope ->
        [workbook] le classeur dépasse la limite `{ $limit }` de { $max } (au moins { $actual } trouvés) ; il n'a pas été lu
        [files] la taille des fichiers CSV en octets dépasse la limite `{ $limit }` de { $max } ({ $actual } trouvés)
       *[sheet] `{ $sheet }` dépasse la limite `{ $limit }` de { $max } (au moins { $actual } trouvés) ; rien n'a été lu au-delà
    }
    .title = Le classeur dépasse une limite configurée ; il n'a pas été lu (ou pas au-delà de la limite).
    .guidance = Découpez les données en fichiers plus petits, ou augmentez la limite indiquée dans `limit` (`sheetLimits.maxBytes`, `maxUncompressedBytes`, `maxParts`, `maxSharedStrings`, `maxRows`, `maxCells`) si cette taille est attendue.
issue-sheet-missing_sheet = { $table ->
        [pledges] le classeur n'a pas de feuille `pledges`, il ne contient donc aucun engagement
       *[other] le classeur n'a pas de feuille `{ $table }` ({ $title }), dont chaque engagement a besoin
    }
    .title = Une feuille dont les engagements ont besoin manque.
    .guidance = Ajoutez la feuille indiquée dans `table` (voir la feuille README du modèle), ou donnez ses valeurs dans une colonne de la feuille des engagements.
issue-sheet-unknown_sheet = la feuille { $value } ne fait pas partie de la structure des engagements ; elle n'a pas été lue{ $suggested ->
        [yes] {" "}; vouliez-vous dire `{ $suggestion }` ?
       *[no] {""}
    }
    .title = Une feuille ne fait pas partie de la structure des engagements ; son contenu n'a pas été lu.
    .guidance = Renommez la feuille en `suggestion` quand les paramètres en donnent une, ou supprimez-la.
issue-sheet-duplicate_sheet = la feuille { $value } contient de nouveau la table `{ $table }` ; seule la première a été lue
    .title = Deux feuilles ou fichiers contiennent la même table ; seul le premier a été lu.
    .guidance = Regroupez les lignes dans une seule feuille nommée comme dans `table`.
issue-sheet-hidden_sheet = la feuille { $value } est masquée ; ses lignes ont été lues
    .title = Une feuille masquée contient des données d'engagements ; elle a été lue.
    .guidance = Affichez la feuille et vérifiez son contenu, ou supprimez-la si ses lignes ne doivent pas être importées.
issue-sheet-misspelled_column = la colonne { $value } ne fait pas partie de la structure ; vouliez-vous dire `{ $suggestion }` ? ses valeurs n'ont pas été lues
    .title = Un en-tête de colonne ne fait pas partie de la structure mais ressemble à un en-tête manquant ; ses valeurs n'ont pas été lues.
    .guidance = Renommez l'en-tête en `suggestion` (le chemin ou le titre de la colonne, comme dans le modèle).
issue-sheet-unknown_column = { $kind ->
        [headless] une colonne sans en-tête contient des valeurs ; elles n'ont pas été lues
       *[named] la colonne { $value } ne fait pas partie de la structure ; ses valeurs n'ont pas été lues
    }
    .title = Un en-tête de colonne ne fait pas partie de la structure ; ses valeurs n'ont pas été lues.
    .guidance = Supprimez la colonne, ou renommez-la avec l'un des en-têtes de la feuille README du modèle.
issue-sheet-duplicate_column = la colonne { $value } contient de nouveau `{ $field }` ; seule la première de ces colonnes a été lue
    .title = Deux colonnes d'une feuille contiennent le même champ ; seule la première a été lue.
    .guidance = Gardez une seule colonne pour le champ indiqué dans `field`.
issue-sheet-missing_column = la feuille `{ $sheet }` n'a pas de colonne `{ $field }` ({ $title }), dont chaque ligne a besoin
    .title = La colonne d'un champ obligatoire manque, aucune ligne n'a donc ce champ.
    .guidance = Ajoutez une colonne pour le champ indiqué dans `field` (son titre et son chemin sont dans le modèle) et remplissez-la à chaque ligne.
issue-sheet-unknown_pledge = { $kind ->
        [no_id_column] les lignes de la feuille `{ $sheet }` ne peuvent pas être rattachées à des engagements : la feuille des engagements n'a pas de colonne `id`
       *[unknown_id] l'engagement { $value } n'est pas sur la feuille des engagements ; la ligne { $row } de la feuille `{ $sheet }` n'a pas été lue
    }
    .title = Une ligne cite un identifiant d'engagement absent de la feuille des engagements ; elle n'a pas été lue.
    .guidance = Corrigez l'identifiant dans la première colonne de la ligne, ou ajoutez l'engagement à la feuille des engagements.
issue-sheet-missing_pledge_id = la ligne { $row } de la feuille `{ $sheet }` ne cite pas son engagement ; elle n'a pas été lue
    .title = Une ligne de la feuille d'une liste ne cite pas son engagement ; elle n'a pas été lue.
    .guidance = Inscrivez dans la première colonne de la ligne l'identifiant de l'engagement auquel elle appartient.
issue-sheet-inexact_number = la cellule numérique contient { $value }, qui n'est pas un décimal exact d'au plus { $digits } chiffres ; saisissez la valeur voulue sous forme de texte
    .title = Une cellule numérique contient une fraction binaire qui n'est pas un décimal court (comme 0,1 + 0,2 = 0,30000000000000004) ; sa valeur voulue est donc inconnue.
    .guidance = Saisissez la valeur sous forme de texte, ou arrondissez-la dans la cellule au décimal voulu ; p2c n'arrondit jamais les montants.
issue-sheet-formula = { $withoutValue ->
        [0] la colonne { $column } a { $count } cellules de formule (première : { $first }) ; leurs valeurs calculées ont été lues
       *[other] la colonne { $column } a { $count } cellules de formule (première : { $first }) ; leurs valeurs calculées ont été lues, et { $withoutValue } sans valeur ont été lues comme vides
    }
    .title = Des cellules d'une colonne contiennent des formules ; les valeurs que le tableur a calculées en dernier ont été lues.
    .guidance = Remplacez les formules par leurs valeurs (copier, puis coller les valeurs seulement) ; une formule que le tableur n'a jamais calculée est lue comme vide (`withoutValue` dans les paramètres les compte).
issue-sheet-merged_cells = { $kind ->
        [more] { $count } autres plages fusionnées ne sont pas listées
       *[range] les cellules { $range } sont fusionnées ; seule { $first } contient une valeur
    }
    .title = Des cellules sont fusionnées ; seule la première cellule de la plage contient une valeur, les autres sont lues comme vides.
    .guidance = Annulez la fusion des cellules (`range` dans les paramètres) et remplissez chacune d'elles.
issue-sheet-error_value = la cellule contient l'erreur `{ $error }`
    .title = Une cellule contient une erreur de tableur comme #N/A ou #DIV/0!.
    .guidance = Remplacez l'erreur par la valeur qu'elle devrait avoir.
issue-sheet-invalid_date = le numéro de série de date { $value } de la cellule n'est pas une date du calendrier
    .title = Une cellule de date ou un numéro de série de date n'est pas une date du calendrier.
    .guidance = Saisissez la date sous la forme AAAA-MM-JJ, ou mettez la cellule au format date.
