### Report and dashboard text, English: the source of every translation.
###
### Used by the text dashboard and profile (src/aggregate/render.rs) through
### `Localizer::text(id, args)`; the HTML reports, the spreadsheet template and the CLI add
### their ids here (English first, then each language or a `# p2c-fallback: <id>` marker).
### The English text here is the dashboard's own, byte for byte (a test compares).

## shared table headings and values

report-none = (none)
report-count = count
report-share = share
report-key = key
report-label = label
report-pledges = pledges
report-pledge = pledge
report-kind = kind
report-amount = amount
report-date = date
report-reason = reason
report-relation = relation
report-counted-in = counted in
report-detail = detail
report-unspecified = Unspecified
report-global = Global

## dashboard

dashboard-title = Partner2Connect dashboard as of { $asOf } ({ $currency })
dashboard-rates = Rates: table { $table }; policy { $policy }
dashboard-rate-source = source: { $source }
dashboard-note = Note: { $note }
dashboard-pledges = Pledges
dashboard-entities = Entities
dashboard-pledger-countries = Countries of pledge-makers
dashboard-total-value = Total value ({ $currency })
dashboard-pledges-counted = Pledges with a counted value
dashboard-floors = of which floors ("more than")
dashboard-derived = of which derived (ranges, per year × years)
dashboard-converted = of which converted
dashboard-unconverted = Amounts not converted
dashboard-not-counted = Amounts not counted twice
dashboard-not-derived = Yearly amounts not derived (no years, no period)
dashboard-counted-once = Amounts counted once (left out here)
dashboard-excluded = Excluded pledges
dashboard-filtered-out = Filtered out
dashboard-goal = Goal ({ $currency } { $goal })
dashboard-goal-reached = { $share } reached
dashboard-goal-remaining = remaining
dashboard-entities-by-type = Entities by stakeholder type
dashboard-entities-by-region = Entities by ITU-D region of their headquarters

## the summary's notes (aggregate::notes)

note-as-of = as of { $asOf }: published pledges validated (else submitted, else announced, else valued) on or before that date, a month or a year counting from its last day; reports dated on or before it
note-double-counting = double counting: superseded pledges left out; part_of and same_funds_as amounts counted once; joint pledges count each entity once
note-attribution-full = attribution: full value to each value of a multi-valued dimension; such breakdowns overlap and must not be summed
note-attribution-equal-split = attribution: value split equally between the values of a multi-valued dimension; a breakdown's rows sum to the total unless its additivity says they overlap (country groups can: a country may be in several groups)
note-attribution-declared-shares = attribution: countries and regions get the pledge's declared shares (equal split where none fit), other dimensions an equal split; a breakdown's rows sum to the total unless its additivity says they overlap (country groups can: a country may be in several groups)
note-regions-primary-or-any = regions: a pledge counts in its primary region and in every other region it names or implies (primary or any)
note-regions-primary-only = regions: a pledge counts in its primary region only
note-country-groups = country groups: a pledge counts in a group when it names the group or when at least one of its implementation countries is a member on the as-of date (scheduled graduations assumed to happen)
note-amounts = amounts: a range counts its lower end; a yearly amount counts times its stated years, else the calendar years of its period, else not at all (listed as not derived); floors, ceilings, approximate and in-kind amounts count as stated and are reported
note-new-between = new between { $from } and { $to }, both days included: only pledges validated (else submitted, else announced) in that window count; those whose date cannot tell are listed as newness_undetermined

## breakdowns

breakdown-title = By { $dimension } ({ $additivity }; { $overlap } pledge(s) counted in more than one row)
breakdown-additive = additive
breakdown-overlapping = overlapping by { $amount } { $currency }
breakdown-share-fallbacks = { $count } pledge(s) split equally: their declared shares did not fit
dimension-focusArea = focusArea
dimension-pillar = pillar
dimension-pledgeType = pledgeType
dimension-stakeholderType = stakeholderType
dimension-ituRegion = ituRegion
dimension-country = country
dimension-countryGroup = countryGroup
dimension-beneficiaryGroup = beneficiaryGroup
dimension-implementationStatus = implementationStatus
dimension-endDate = endDate
dimension-target = target
dimension-sdg = sdg
dimension-sdgTarget = sdgTarget
dimension-event = event
dimension-pledgerRegion = pledgerRegion
dimension-pledgerCountry = pledgerCountry
pledger-international = International (no home country)
pledger-unknown = Headquarters unknown
pledger-no_itu_region = In no ITU-D region
end-ended = Estimated to have ended
end-ends_this_year = Ends in the as-of year
end-later = Ends later
end-unknown = End date unknown

## reporting and delivery

reporting-title = Reporting
reporting-reports = Reports
reporting-reported = Pledges reported on
reporting-entities = Entities reporting
reporting-ended = Ended pledges with reports
reporting-overdue = Overdue (no report in { $days } days)
reporting-overdue-undetermined = Overdue undetermined (no date)
reporting-by-type = Reported pledges by stakeholder type
reporting-challenges = Challenges
reporting-solutions = Solutions
delivery-title = Delivery
delivery-pledges = Pledges with delivery
delivery-delivered = Delivered ({ $currency })
delivery-pledged = Pledged ({ $currency })
delivery-ratio = Delivered / pledged
series-title = By year of announcement (pledges with no announcement date: unknown)
series-year = year
series-unknown = (unknown)
reporting-status-title = Reporting status (inactive after { $years } year(s) without a report; { $days } days' grace)
reporting-active-value = Active value ({ $currency }; total without inactive pledges)
status-on_time = on time
status-due = due
status-overdue = overdue
status-inactive = inactive
status-ended_without_final_report = ended without a final report
status-not_due = not due yet
status-undetermined = undetermined

## codes in the dashboard's tables (English shows the code itself)

amount-kind-pledged = pledged
amount-kind-delivered = delivered
relation-supersedes = supersedes
relation-part_of = part_of
relation-same_funds_as = same_funds_as
excluded-invalid = invalid
excluded-not_published = not_published
excluded-not_yet_known = not_yet_known
excluded-superseded = superseded
excluded-newness_undetermined = newness_undetermined

## country profile

profile-title = { $name } ({ $code }) as of { $asOf }
profile-groups = Groups: { $groups }
profile-group-provisional = { $group } (left by scheduled graduation, unconfirmed)
group-abbr-ldc = LDC
group-abbr-lldc = LLDC
group-abbr-sids = SIDS
profile-reported = Reported
profile-ended = Estimated ended
profile-ended-value = { $ended } ({ $withReports } with reports)
profile-ends-this-year = Ends this year
profile-ends-later = Ends later
profile-end-unknown = End unknown
profile-status = Status
profile-top-targets = Top P2C Targets
profile-top-challenges = Top challenges
profile-top-solutions = Top solutions
