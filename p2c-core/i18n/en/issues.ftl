### Issue messages, English: the source of every translation.
###
### `issue-<group>-<name>` renders an issue with that code from its params. The validator writes
### exactly this text as the issue's `message` (a test renders every issue of the shared vectors
### here and compares). Variables are the issue's params; `value`, `old` and `new` come from the
### input and arrive quoted in backticks, or as `redacted-value` when values are redacted;
### `suggested` is `yes` when the params have a `suggestion`.
###
### English titles and guidance are in src/validate/codes.rs (schema/issue-codes.json); other
### languages give them as the `.title` and `.guidance` attributes of the same message.

redacted-value = the value

## input

issue-input-malformed_json = the input is not well-formed JSON: { $detail } (line { $line }, column { $column })
issue-input-invalid_utf8 = the input is not valid UTF-8 (invalid byte at offset { $offset })
issue-input-too_large = the input size in bytes exceeds the limit of { $max } (found { $actual })
issue-input-too_deep = { $reason ->
        [parser] the input nests arrays or objects deeper than { $max } levels
       *[max_depth] the nesting depth exceeds the limit of { $max } (found { $actual })
    }
issue-input-array_too_long = an array's length exceeds the limit of { $max } (found { $actual })
issue-input-string_too_long = a string's length in bytes exceeds the limit of { $max } (found { $actual })

## structure


issue-structure-wrong_type = expected { $expected }, found { $actual }
issue-structure-missing_field = missing required field `{ $field }`
issue-structure-unknown_field = unknown field `{ $field }`{ $suggested ->
        [yes] ; did you mean `{ $suggestion }`?
       *[no] {""}
    }
issue-structure-empty_list = the list needs at least one value
issue-structure-unknown_code = { $codelist ->
        [formatVersion] { $value } is not a supported format version
       *[other] { $value } is not a { $codelist } code{ $suggested ->
            [yes] ; did you mean `{ $suggestion }`?
           *[no] {""}
        }
    }
issue-structure-malformed_code = { $value } is not a { $kind ->
        [country] country code (three upper-case letters)
        [currency] currency code (three upper-case letters)
        [headquarters] headquarters (three upper-case letters, `international` or `unknown`)
        [event] P2C event code (upper-case letters, digits and hyphens)
       *[target] P2C Target code (upper-case letters, digits and hyphens)
    }
issue-structure-malformed_date = { $value } is not { $format ->
        [partial] a date written YYYY, YYYY-MM or YYYY-MM-DD
       *[full] a date written YYYY-MM-DD
    }
issue-structure-malformed_timestamp = { $value } is not an RFC 3339 timestamp such as `2022-06-07T10:00:00Z`
issue-structure-malformed_decimal = { $value } is not a decimal number such as "1250.50"
issue-structure-inexact_number = the number { $value } may have lost digits; write it as a decimal string
issue-structure-integer_out_of_range = { $kind ->
        [year] the year is out of range
        [goal] an SDG goal number cannot be negative
       *[count] the integer is outside 0..={ $max }
    }
issue-structure-requires_version = { $feature } needs formatVersion `{ $requires }`; this document declares `{ $declared }` (declare `{ $requires }`: every { $declared } document is a valid { $requires } document)

## text and identity

issue-text-empty = the text is empty
issue-text-blank = the text is blank; fill it in or leave the field out
issue-text-too_long = the text has { $actual } characters; at most { $max } are allowed
issue-text-control_character = the text contains the control character { $codePoint }
issue-text-bidi_control = the text contains the bidirectional control character { $codePoint }
issue-identity-unusual_id = the identifier { $value } contains characters other than letters, digits and `-_.:/`
issue-identity-malformed_email = { $value } is not an email address
issue-identity-malformed_url = { $value } is not an http or https URL
issue-identity-duplicate_partner = this entity is already listed at `{ $duplicateOf }`
issue-identity-self_relation = the relation points to the pledge itself

## taxonomy

issue-taxonomy-pillar_outside_focus_areas = pillar `{ $pillar }` belongs to focus area `{ $focusArea }`, which the pledge does not declare
issue-taxonomy-duplicate_code = { $value } is listed twice (first at index { $firstIndex })
issue-taxonomy-subtype_mismatch = subtype `{ $subtype }` belongs to stakeholder type `{ $expectedStakeholderType }`, not `{ $stakeholderType }`
issue-taxonomy-unknown_target = { $value } is not a known P2C Target
issue-taxonomy-unknown_event = { $value } is not a known P2C event or campaign
issue-taxonomy-value_unknown = `{ $field }` is unknown: the source does not say
issue-taxonomy-unknown_beside_known = `unknown` is listed beside real values

## money

issue-money-missing_value = a financial pledge needs a financial value
issue-money-non_positive_value = the amount { $value } is not positive
issue-money-value_on_non_financial = the pledge has a financial value but is not of type `financial`
issue-money-negative_amount = the amount delivered { $value } is negative
issue-money-unknown_currency = { $value } is not an ISO 4217 currency code
issue-money-currency_not_in_use = `{ $currency }` was withdrawn on { $withdrawnOn }, before { $date }
issue-money-excess_precision = the amount has { $decimals } decimal places; `{ $currency }` has { $minorUnits }
issue-money-implausible_amount = the amount { $value } is implausibly large for one pledge
issue-money-invalid_explicit_rate = { $reason ->
        [same_currency] the exchange rate converts `{ $currency }` into itself
       *[non_positive] the exchange rate is not positive
    }
issue-money-not_a_currency = `{ $currency }` is an ISO 4217 code but not money ({ $kind ->
        [precious_metal] precious metal
        [bond_market_unit] bond market unit
        [testing] testing
       *[no_currency] no currency
    })
issue-money-no_rate_at_date = no embedded rate table converts `{ $currency }` to `{ $to }` at { $valueDate }
issue-money-per_year_without_period = a per-year amount needs `years` or a period with a start and an end year
issue-money-years_without_per_year = `years` is given for an amount that is not per year
issue-money-range_inverted = the range's maximum { $maxAmount } is below its minimum { $minAmount }
issue-money-conflicting_bounds = the amount is qualified as more than one of floor, ceiling and range ({ $qualifiers })
issue-money-approximate_floor = the amount is both a floor and approximate
issue-money-stated_equivalent_same_currency = the stated equivalent is in the amount's own currency
issue-money-components_exceed_amount = the components add up to { $componentsSum }, more than the amount { $amount }

## geography

issue-geography-unknown_country = { $value } is not an ISO 3166-1 alpha-3 country code
issue-geography-duplicate_country = country { $value } is listed twice (first at index { $firstIndex })
issue-geography-country_outside_regions = { $value } is in the ITU-D region `{ $region }`, which is not among the regions
issue-geography-primary_region_not_declared = the primary region `{ $region }` is not among the regions
issue-geography-no_location = the pledge names no country or region and is not marked global
issue-geography-share_area_not_declared = { $value } is neither a declared country nor a declared region
issue-geography-duplicate_share = a share for { $value } is already declared at index { $firstIndex }
issue-geography-share_out_of_range = the share { $value } is not between 0 and 100
issue-geography-shares_not_hundred = the shares sum to { $sum }, not 100
issue-geography-unspecified_region_not_declared = `{ $region }` is not among the regions

## lifecycle

issue-lifecycle-end_before_start = the period ends before it starts
issue-lifecycle-implausible_period = { $reason ->
        [too_long] the period runs for more than { $maxYears } years
       *[out_of_range] the period starts before 2000 or ends after 2100
    }
issue-lifecycle-value_date_outside_period = the value date is more than two years outside the pledge's period
issue-lifecycle-published_without_validation = the pledge is published but has no validation timestamp
issue-lifecycle-validated_before_submitted = the pledge was validated before it was submitted
issue-lifecycle-timestamp_in_future = the timestamp is after the as-of date { $asOf }
issue-lifecycle-completed_before_end = the pledge is marked completed but ends in { $end }, after { $asOf }
issue-lifecycle-illegal_transition = the review state cannot change from `{ $from }` to `{ $to }`
issue-lifecycle-id_changed = the id changed from { $old } to { $new }
issue-lifecycle-date_after_as_of = the date { $value } is after the as-of date { $asOf }
issue-lifecycle-date_before_coalition = the date { $value } is before Partner2Connect was launched (March 2021)
issue-lifecycle-no_announcement_date = no announcement date: as-of summaries date the pledge by its validation, submission or value date, and count it under every as-of date when it has none
issue-lifecycle-event_after_as_of = the event `{ $event }` starts on { $start }, after the as-of date { $asOf }

## sdgs

issue-sdgs-unknown_goal = { $value } is not an SDG goal (1 to 17)
issue-sdgs-duplicate_goal = SDG { $goal } is listed twice (first at index { $firstIndex })
issue-sdgs-unknown_target = { $value } is not a target of the 2030 Agenda
issue-sdgs-target_outside_goal = target { $value } belongs to SDG { $goal }, not to SDG { $listedUnder }

## beneficiaries

issue-beneficiaries-negative_count = the count { $value } is negative
issue-beneficiaries-exceeds_world_population = { $value } people is more than the world's population ({ $max })
issue-beneficiaries-implausible_target_year = the target year { $value } is before 2000, after 2100 or outside the pledge's period

## reports

issue-reports-before_submission = the report is dated before the pledge was submitted ({ $submittedAt })
issue-reports-after_as_of = the report is dated after the as-of date { $asOf }
issue-reports-out_of_order = the report is dated before the previous report ({ $previousDate })
issue-reports-people_decreased = people reached fell below the { $previous } of report { $previousIndex }
issue-reports-delivered_exceeds_value = the amount delivered exceeds the announced { $announced }

## batch

issue-batch-duplicate_id = the id { $value } is already used by pledge { $firstIndex }
issue-batch-likely_duplicate = pledge { $firstIndex } has the same lead pledger, title and amount
issue-batch-unknown_relation_target = no pledge in the batch has the id { $value }
issue-batch-relation_cycle = the supersedes and part_of relations of pledges { $indexes } lead back to the first, so none of them can hold
issue-batch-part_exceeds_parent = this pledge is part of pledge { $parentIndex } but its amount { $amount } exceeds that pledge's amount in the same currency

## sheet

issue-sheet-unreadable = { $what ->
        [workbook] the file cannot be read as a workbook: { $reason }
        [sheet] sheet `{ $sheet }` cannot be read: { $reason }
        [chart] sheet { $value } is a chart, not a worksheet
        [encoding] file `{ $sheet }` is not UTF-8 text (first invalid byte at offset { $offset }); save it as CSV UTF-8
       *[csv] file `{ $sheet }` is not valid CSV: { $reason }
    }
issue-sheet-encrypted = the workbook is protected with a password
issue-sheet-limit_exceeded = { $scope ->
        [workbook] the workbook exceeds the limit `{ $limit }` of { $max } (found at least { $actual }); it was not read
        [files] the size of the CSV files in bytes exceeds the limit `{ $limit }` of { $max } (found { $actual })
       *[sheet] `{ $sheet }` exceeds the limit `{ $limit }` of { $max } (found at least { $actual }); nothing past it was read
    }
issue-sheet-missing_sheet = { $table ->
        [pledges] the workbook has no `pledges` sheet, so it holds no pledges
       *[other] the workbook has no `{ $table }` sheet ({ $title }), which every pledge needs
    }
issue-sheet-unknown_sheet = sheet { $value } is not part of the pledge layout; it was not read{ $suggested ->
        [yes] ; did you mean `{ $suggestion }`?
       *[no] {""}
    }
issue-sheet-duplicate_sheet = sheet { $value } holds table `{ $table }` again; only the first was read
issue-sheet-hidden_sheet = sheet { $value } is hidden; its rows were read
issue-sheet-misspelled_column = column { $value } is not part of the layout; did you mean `{ $suggestion }`? its values were not read
issue-sheet-unknown_column = { $kind ->
        [headless] a column without a header holds values; they were not read
       *[named] column { $value } is not part of the layout; its values were not read
    }
issue-sheet-duplicate_column = column { $value } holds `{ $field }` again; only the first such column was read
issue-sheet-missing_column = sheet `{ $sheet }` has no column `{ $field }` ({ $title }), which every row needs
issue-sheet-unknown_pledge = { $kind ->
        [no_id_column] the rows of sheet `{ $sheet }` cannot be matched to pledges: the pledges sheet has no `id` column
       *[unknown_id] pledge { $value } is not on the pledges sheet; row { $row } of sheet `{ $sheet }` was not read
    }
issue-sheet-missing_pledge_id = row { $row } of sheet `{ $sheet }` does not name its pledge; it was not read
issue-sheet-inexact_number = the number cell holds { $value }, which is no exact decimal of at most { $digits } digits; type the intended value as text
issue-sheet-formula = { $withoutValue ->
        [0] column { $column } has { $count } formula cells (first { $first }); their calculated values were read
       *[other] column { $column } has { $count } formula cells (first { $first }); their calculated values were read, and { $withoutValue } without one read as empty
    }
issue-sheet-merged_cells = { $kind ->
        [more] { $count } more merged ranges are not listed
       *[range] cells { $range } are merged; only { $first } holds a value
    }
issue-sheet-error_value = the cell holds the error `{ $error }`
issue-sheet-invalid_date = the cell's date serial { $value } is no calendar date
