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
