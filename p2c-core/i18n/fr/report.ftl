### Textes des rapports et du tableau de bord, français. Source : i18n/en/report.ftl.

## origin: official (abréviations des Nations Unies : PMA, PDSL, PEID)

group-abbr-ldc = PMA
group-abbr-lldc = PDSL
group-abbr-sids = PEID

## origin: p2c (traductions écrites pour p2c)

report-none = (aucun)
report-count = nombre
report-share = part
report-key = code
report-label = libellé
report-pledges = engagements
report-pledge = engagement
report-kind = nature
report-amount = montant
report-date = date
report-reason = motif
report-relation = relation
report-counted-in = compté dans
report-detail = détail
report-unspecified = Non précisé
report-global = Mondial

dashboard-title = Tableau de bord Partner2Connect au { $asOf } ({ $currency })
dashboard-rates = Taux : table { $table } ; règle { $policy }
dashboard-rate-source = source : { $source }
dashboard-note = Note : { $note }
dashboard-pledges = Engagements
dashboard-entities = Entités
dashboard-pledger-countries = Pays des auteurs d'engagements
dashboard-total-value = Valeur totale ({ $currency })
dashboard-pledges-counted = Engagements dont la valeur est comptée
dashboard-floors = dont planchers (« plus de »)
dashboard-derived = dont dérivés (fourchettes, annuel × années)
dashboard-converted = dont convertis
dashboard-unconverted = Montants non convertis
dashboard-not-counted = Montants non comptés deux fois
dashboard-not-derived = Montants annuels non dérivés (ni années ni période)
dashboard-counted-once = Montants comptés une seule fois (exclus ici)
dashboard-excluded = Engagements exclus
dashboard-filtered-out = Écartés par les filtres
dashboard-goal = Objectif ({ $currency } { $goal })
dashboard-goal-reached = { $share } atteint
dashboard-goal-remaining = reste
dashboard-entities-by-type = Entités par type de partie prenante
dashboard-entities-by-region = Entités par région de l'UIT-D de leur siège

note-as-of = au { $asOf } : engagements publiés validés (sinon soumis, sinon annoncés, sinon valorisés) au plus tard à cette date, un mois ou une année comptant à partir de son dernier jour ; rapports datés au plus tard de cette date
note-double-counting = double comptage : engagements remplacés exclus ; montants part_of et same_funds_as comptés une fois ; un engagement conjoint compte chaque entité une fois
note-attribution-full = attribution : valeur entière à chaque valeur d'une dimension à valeurs multiples ; ces ventilations se chevauchent et ne doivent pas être additionnées
note-attribution-equal-split = attribution : valeur répartie à parts égales entre les valeurs d'une dimension à valeurs multiples ; les lignes d'une ventilation ont pour somme le total sauf si son additivité indique qu'elles se chevauchent (c'est possible pour les groupes de pays : un pays peut appartenir à plusieurs groupes)
note-attribution-declared-shares = attribution : pays et régions reçoivent les parts déclarées de l'engagement (parts égales quand elles ne conviennent pas), les autres dimensions des parts égales ; les lignes d'une ventilation ont pour somme le total sauf si son additivité indique qu'elles se chevauchent (c'est possible pour les groupes de pays : un pays peut appartenir à plusieurs groupes)
note-regions-primary-or-any = régions : un engagement compte dans sa région principale et dans toute autre région qu'il cite ou implique (principale ou toute région)
note-regions-primary-only = régions : un engagement ne compte que dans sa région principale
note-country-groups = groupes de pays : un engagement compte dans un groupe quand il nomme le groupe ou quand au moins un de ses pays de mise en œuvre en est membre à la date de référence (sorties programmées supposées effectives)
note-amounts = montants : une fourchette compte pour sa borne inférieure ; un montant annuel compte multiplié par les années indiquées, sinon par les années civiles de sa période, sinon pas du tout (listé comme non dérivé) ; les minima, plafonds, montants approximatifs et en nature comptent tels qu'indiqués et sont signalés
note-new-between = nouveaux entre le { $from } et le { $to }, ces deux jours inclus : seuls comptent les engagements validés (sinon soumis, sinon annoncés) dans cette période ; ceux dont la date ne permet pas de le dire sont listés comme newness_undetermined

breakdown-title = Par { $dimension } ({ $additivity } ; { $overlap ->
        [one] { $overlap } engagement compté
       *[other] { $overlap } engagements comptés
    } dans plus d'une ligne)
breakdown-additive = additive
breakdown-overlapping = chevauchement de { $amount } { $currency }
breakdown-share-fallbacks = { $count ->
        [one] { $count } engagement réparti
       *[other] { $count } engagements répartis
    } à parts égales : leurs parts déclarées ne convenaient pas
dimension-focusArea = domaine d'action
dimension-pillar = pilier
dimension-pledgeType = type d'engagement
dimension-stakeholderType = type de partie prenante
dimension-ituRegion = région de l'UIT-D
dimension-country = pays
dimension-countryGroup = groupe de pays
dimension-beneficiaryGroup = groupe de bénéficiaires
dimension-implementationStatus = état de mise en œuvre
dimension-endDate = date de fin
dimension-target = cible P2C
dimension-sdg = ODD
dimension-sdgTarget = cible d'ODD
dimension-event = événement ou campagne
dimension-pledgerRegion = région du siège des auteurs
dimension-pledgerCountry = pays du siège des auteurs
pledger-international = International (sans pays d'origine)
pledger-unknown = Siège inconnu
pledger-no_itu_region = Dans aucune région de l'UIT-D
end-ended = Probablement terminé
end-ends_this_year = Se termine dans l'année de référence
end-later = Se termine plus tard
end-unknown = Date de fin inconnue

reporting-title = Rapports d'avancement
reporting-reports = Rapports
reporting-reported = Engagements ayant fait l'objet d'un rapport
reporting-entities = Entités ayant fait rapport
reporting-ended = Engagements terminés avec rapport
reporting-overdue = En retard (aucun rapport depuis { $days } jours)
reporting-overdue-undetermined = Retard indéterminé (sans date)
reporting-by-type = Engagements ayant fait l'objet d'un rapport, par type de partie prenante
reporting-challenges = Difficultés
reporting-solutions = Solutions
delivery-title = Réalisation
delivery-pledges = Engagements avec montants versés
delivery-delivered = Versé ({ $currency })
delivery-pledged = Promis ({ $currency })
delivery-ratio = Versé / promis
series-title = Par année d'annonce (engagements sans date d'annonce : inconnue)
series-year = année
series-unknown = (inconnue)
reporting-status-title = État des rapports (inactif après { $years } an(s) sans rapport ; { $days } jours de grâce)
reporting-active-value = Valeur active ({ $currency } ; total sans les engagements inactifs)
status-on_time = à jour
status-due = attendu
status-overdue = en retard
status-inactive = inactif
status-ended_without_final_report = terminé sans rapport final
status-not_due = pas encore attendu
status-undetermined = indéterminé

amount-kind-pledged = promis
amount-kind-delivered = versé
relation-supersedes = remplace
relation-part_of = fait partie de
relation-same_funds_as = mêmes fonds que
excluded-invalid = non valide
excluded-not_published = non publié
excluded-not_yet_known = pas encore connu
excluded-superseded = remplacé
excluded-newness_undetermined = nouveauté indéterminée

profile-title = { $name } ({ $code }) au { $asOf }
profile-groups = Groupes : { $groups }
profile-group-provisional = { $group } (sortie programmée, non confirmée)
profile-reported = Avec rapport
profile-ended = Probablement terminés
profile-ended-value = { $ended } (dont { $withReports } avec rapport)
profile-ends-this-year = Se terminent cette année
profile-ends-later = Se terminent plus tard
profile-end-unknown = Fin inconnue
profile-status = État
profile-top-targets = Principales cibles P2C
profile-top-challenges = Principales difficultés
profile-top-solutions = Principales solutions
