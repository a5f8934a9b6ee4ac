//! The issue-code catalogue: every code validation can emit, with its severity, title and
//! guidance, as one static table.
//!
//! Rules emit a [`Code`], never a string, so a rule cannot produce a code that is not listed
//! here. The table is exported as `schema/issue-codes.json`.

use serde::Serialize;

use super::Severity;

/// One entry of the issue-code catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct IssueCodeInfo {
    /// The stable dotted code (`money.currency_not_in_use`).
    pub code: &'static str,
    /// The severity every issue with this code has.
    pub severity: Severity,
    /// A one-line explanation of the problem.
    pub title: &'static str,
    /// What the submitter or reviewer should do about it.
    pub guidance: &'static str,
}

macro_rules! catalogue {
    ($(
        $(#[$meta:meta])*
        $variant:ident = $code:literal, $sev:ident, $title:literal, $guidance:literal;
    )+) => {
        /// An issue code from the catalogue. Rules emit these, so every emitted code is listed.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum Code {
            $(
                #[doc = $title]
                $(#[$meta])*
                $variant,
            )+
        }

        static ISSUE_CODES: &[IssueCodeInfo] = &[
            $(IssueCodeInfo { code: $code, severity: Severity::$sev, title: $title, guidance: $guidance },)+
        ];

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The catalogue entry of this code.
            pub fn info(self) -> &'static IssueCodeInfo {
                match self {
                    $(Code::$variant => &IssueCodeInfo {
                        code: $code, severity: Severity::$sev, title: $title, guidance: $guidance
                    },)+
                }
            }
        }
    };
}

impl Code {
    /// The stable dotted code string.
    pub fn as_str(self) -> &'static str {
        self.info().code
    }
    /// The severity of issues with this code.
    pub fn severity(self) -> Severity {
        self.info().severity
    }
}

/// The whole issue-code catalogue, in a stable order (grouped by rule family).
pub fn issue_codes() -> &'static [IssueCodeInfo] {
    ISSUE_CODES
}

/// The catalogue entry for a code string, if it is listed.
pub fn issue_code(code: &str) -> Option<&'static IssueCodeInfo> {
    ISSUE_CODES.iter().find(|c| c.code == code)
}

catalogue! {
    // --- input: the document could not be read at all --------------------------------------
    InputMalformedJson = "input.malformed_json", Error,
        "The input is not well-formed JSON.",
        "Send one JSON document (UTF-8, no trailing characters); the params give the line and column.";
    InputInvalidUtf8 = "input.invalid_utf8", Error,
        "The input bytes are not valid UTF-8.",
        "Encode the document as UTF-8; the params give the offset of the first invalid byte.";
    InputTooLarge = "input.too_large", Error,
        "The input is larger than the configured maximum size.",
        "Split the data into smaller documents, or raise `limits.maxBytes` if the size is expected.";
    InputTooDeep = "input.too_deep", Error,
        "The input nests arrays or objects deeper than the configured maximum.",
        "A pledge nests at most a few levels; remove the deeply nested content.";
    InputArrayTooLong = "input.array_too_long", Error,
        "An array has more elements than the configured maximum.",
        "Remove elements, or raise `limits.maxArrayLen` if the length is expected.";
    InputStringTooLong = "input.string_too_long", Error,
        "A string is longer than the configured maximum.",
        "Shorten the text, or raise `limits.maxStringLen` if the length is expected.";

    // --- structure: the document does not have the shape of a pledge --------------------------
    StructureWrongType = "structure.wrong_type", Error,
        "A value has the wrong JSON type.",
        "Give a value of the type named in `expected` (for example a string, an array or an object).";
    StructureMissingField = "structure.missing_field", Error,
        "A required field is missing.",
        "Add the field named in the params.";
    StructureUnknownField = "structure.unknown_field", Error,
        "A field is not part of the pledge format.",
        "Remove the field, or rename it to `suggestion` when the params give one (field names are case-sensitive camelCase).";
    StructureEmptyList = "structure.empty_list", Error,
        "A list that needs at least one element is empty.",
        "Give at least one value.";
    StructureUnknownCode = "structure.unknown_code", Error,
        "A value is not a code of its codelist.",
        "Use one of the codes of the codelist named in `codelist` (see the published codelists).";
    StructureMalformedCode = "structure.malformed_code", Error,
        "A code does not have the required shape.",
        "Country and currency codes are three upper-case letters (`KEN`, `EUR`); P2C Target codes are upper-case letters, digits and hyphens (`ACCESS-01`).";
    StructureMalformedDate = "structure.malformed_date", Error,
        "A date is not written as the format requires.",
        "Write full dates as YYYY-MM-DD; period dates may also be YYYY or YYYY-MM.";
    StructureMalformedTimestamp = "structure.malformed_timestamp", Error,
        "A timestamp is not an RFC 3339 date-time.",
        "Write timestamps as RFC 3339 with a time zone, such as `2022-06-07T10:00:00Z`.";
    StructureMalformedDecimal = "structure.malformed_decimal", Error,
        "An amount is not a plain decimal number.",
        "Write amounts as decimal strings such as \"5600000000\" or \"258.8\": no exponent, spaces, currency signs or thousands separators.";
    StructureInexactNumber = "structure.inexact_number", Error,
        "An amount is given as a JSON number with a fraction or exponent, which may have lost digits.",
        "Write the amount as a decimal string (\"258.8\"); integers may stay JSON numbers.";
    StructureIntegerOutOfRange = "structure.integer_out_of_range", Error,
        "An integer is outside the range the field can hold.",
        "Give a whole number within the field's range.";
    StructureRequiresVersion = "structure.requires_version", Error,
        "The document uses a field, a code or a partial value date of a newer format version than it declares.",
        "Declare the version named in `requires` in `formatVersion` (every 1.0 document is a valid 1.1 document; `migrate` does it), or remove the feature named in `feature`.";

    // --- identity and text --------------------------------------------------------------------
    TextEmpty = "text.empty", Error,
        "A required text is empty or only whitespace.",
        "Fill in the text.";
    TextBlank = "text.blank", Warning,
        "An optional text is present but empty or only whitespace.",
        "Fill in the text or leave the field out.";
    TextTooLong = "text.too_long", Error,
        "A text is longer than the format allows for this field.",
        "Shorten the text to the `max` characters given in the params.";
    TextControlCharacter = "text.control_character", Error,
        "A text contains control characters.",
        "Remove control characters; line breaks and tabs are allowed only in long texts (description, notes, narrative).";
    TextBidiControl = "text.bidi_control", Error,
        "A text contains bidirectional embedding, override or isolate characters, which can make it display differently from what it says.",
        "Remove the characters U+202A–U+202E and U+2066–U+2069; right-to-left scripts display correctly without them.";
    IdentityUnusualId = "identity.unusual_id", Warning,
        "An identifier contains whitespace or characters other than letters, digits and `-_.:/`.",
        "Use identifiers made of letters, digits and `-_.:/` so they survive URLs, CSV files and spreadsheets.";
    IdentityMalformedEmail = "identity.malformed_email", Error,
        "The contact email address is not of the form `name@domain.tld`.",
        "Give one plain email address, without a display name or angle brackets.";
    IdentityMalformedUrl = "identity.malformed_url", Error,
        "A link is not an absolute http or https URL.",
        "Give the full address, starting with `https://`.";
    IdentityDuplicatePartner = "identity.duplicate_partner", Warning,
        "The same entity is listed more than once among the pledgers.",
        "List each entity once; the lead must not also be a partner.";
    IdentitySelfRelation = "identity.self_relation", Error,
        "A relation points to the pledge itself.",
        "Relations name another pledge's id.";

    // --- taxonomy -------------------------------------------------------------------------------
    TaxonomyPillarOutsideFocusAreas = "taxonomy.pillar_outside_focus_areas", Error,
        "A pillar belongs to a focus area the pledge does not declare.",
        "Add the focus area named in `focusArea` to `focusAreas`, or remove the pillar.";
    TaxonomyDuplicateCode = "taxonomy.duplicate_code", Warning,
        "A code appears more than once in a list.",
        "List each code once.";
    TaxonomySubtypeMismatch = "taxonomy.subtype_mismatch", Error,
        "An entity's subtype belongs to a different stakeholder type.",
        "Choose a subtype of the entity's stakeholder type (the params name the type it belongs to).";
    TaxonomyUnknownTarget = "taxonomy.unknown_target", Info,
        "A P2C Target code is well formed but not in p2c's list of known targets.",
        "Check the code; the published list of targets is incomplete, so a new target may be correct.";
    TaxonomyUnknownEvent = "taxonomy.unknown_event", Info,
        "An event code is well formed but not in p2c's list of known P2C events and campaigns.",
        "Check the code against the `p2cEvent` codelist; a new event may be correct, and p2c will learn it in a later release.";
    TaxonomyUnknownBesideKnown = "taxonomy.unknown_beside_known", Error,
        "A list gives `unknown` beside real values.",
        "`unknown` says the source names no value: keep it alone, or remove it and keep the values the source names.";
    TaxonomyValueUnknown = "taxonomy.value_unknown", Warning,
        "A required classification is `unknown`: the source does not say it.",
        "Nothing to fix if the source is silent; dashboards count the pledge under `unknown`, never under a guessed value. Fill it in when a source says it.";

    // --- SDGs --------------------------------------------------------------------------------------
    SdgsUnknownGoal = "sdgs.unknown_goal", Error,
        "An SDG goal number is not 1 to 17.",
        "Give the number of one of the 17 Sustainable Development Goals.";
    SdgsUnknownTarget = "sdgs.unknown_target", Error,
        "An SDG target is not one of the 169 targets of the 2030 Agenda.",
        "Write targets as in the 2030 Agenda: the goal number, a dot, and the target's number or letter (`9.1`, `9.c`).";
    SdgsTargetOutsideGoal = "sdgs.target_outside_goal", Error,
        "An SDG target belongs to another goal than the one it is listed under.",
        "List the target under its own goal (`goal` in the params), adding that goal if needed.";
    SdgsDuplicateGoal = "sdgs.duplicate_goal", Warning,
        "The same SDG goal is listed more than once.",
        "List each goal once, with all its targets.";

    // --- money ----------------------------------------------------------------------------------
    MoneyMissingValue = "money.missing_value", Error,
        "A financial pledge has no financial value.",
        "Give `financialValue` with the announced amount, currency and value date, or remove the `financial` pledge type.";
    MoneyNonPositiveValue = "money.non_positive_value", Error,
        "A financial value is zero or negative.",
        "Give the announced amount as a positive number.";
    MoneyValueOnNonFinancial = "money.value_on_non_financial", Info,
        "A pledge that is not of type `financial` has a financial value.",
        "Add the `financial` pledge type if the value is a commitment of money; it is counted in totals either way.";
    MoneyNegativeAmount = "money.negative_amount", Error,
        "An amount delivered is negative.",
        "Report the cumulative amount delivered as zero or more.";
    MoneyUnknownCurrency = "money.unknown_currency", Error,
        "A currency code is not in ISO 4217.",
        "Use an ISO 4217 alphabetic code such as `USD` or `EUR`.";
    MoneyCurrencyNotInUse = "money.currency_not_in_use", Error,
        "The currency had been withdrawn before the value date.",
        "Give the amount in the currency that replaced it (for example EUR for HRK from 2023), converted at the official rate.";
    MoneyExcessPrecision = "money.excess_precision", Warning,
        "An amount has more decimal places than the currency's minor unit.",
        "Round the amount to the currency's minor unit (`minorUnits` in the params).";
    MoneyImplausibleAmount = "money.implausible_amount", Warning,
        "An amount is implausibly large for one pledge.",
        "Check for extra zeros, or amounts written in minor units (cents).";
    MoneyInvalidExplicitRate = "money.invalid_explicit_rate", Error,
        "A stated exchange rate is zero or negative, or converts a currency into itself.",
        "Give a positive rate into a different currency, or leave `explicitRate` out.";
    MoneyNotACurrency = "money.not_a_currency", Error,
        "A currency code is in ISO 4217 but is not money: a testing code, \"no currency\", a precious metal or a bond-market unit.",
        "Give the currency the amount was announced in; `XXX`, `XTS`, `XAU`, `XAG`, `XPD`, `XPT` and `XBA`–`XBD` are never the currency of a pledge.";
    MoneyNoRateAtDate = "money.no_rate_at_date", Warning,
        "No embedded exchange-rate table can convert the amount to USD at its value date.",
        "The pledge will be listed as unconverted in USD totals: add an `explicitRate` into USD or a `statedEquivalent` in USD if the source gives one, or load a rate table that covers the currency.";
    MoneyPerYearWithoutPeriod = "money.per_year_without_period", Error,
        "A per-year amount states neither the number of years nor a period with a start and an end year.",
        "Give `years` (\"over the next five years\": 5) or the pledge's `period`; without them no total can be derived, and none is invented.";
    MoneyYearsWithoutPerYear = "money.years_without_per_year", Warning,
        "A number of years is given for an amount that is not per year.",
        "Set `basis` to `per_year` if the amount is yearly, or remove `years`.";
    MoneyRangeInverted = "money.range_inverted", Error,
        "A range's maximum is below its minimum.",
        "`amount` is the lower end and `maxAmount` the upper end of a range.";
    MoneyConflictingBounds = "money.conflicting_bounds", Error,
        "An amount is qualified as more than one of floor, ceiling and range.",
        "Keep the qualifier the source gives: `isFloor` for \"more than\", `isCeiling` for \"up to\", `maxAmount` for \"from … to …\".";
    MoneyApproximateFloor = "money.approximate_floor", Warning,
        "An amount is both a floor and approximate.",
        "\"More than approximately\" is ambiguous: keep the qualifier the source gives.";
    MoneyStatedEquivalentSameCurrency = "money.stated_equivalent_same_currency", Error,
        "The stated equivalent is in the amount's own currency.",
        "The stated equivalent is the announcer's figure in another currency (\"CAD 2 billion (USD 1.46 billion)\").";
    MoneyComponentsExceedAmount = "money.components_exceed_amount", Warning,
        "The components of a package add up to more than its amount.",
        "Components are inside the amount: check the figures, or raise the amount (with `isFloor` if only some are known).";

    // --- geography --------------------------------------------------------------------------------
    GeographyUnknownCountry = "geography.unknown_country", Error,
        "A country code is not an ISO 3166-1 alpha-3 code known to p2c.",
        "Use the ISO 3166-1 alpha-3 code of the country (`KEN` for Kenya).";
    GeographyDuplicateCountry = "geography.duplicate_country", Warning,
        "A country is listed more than once.",
        "List each country once, so that per-country figures do not count the pledge twice.";
    GeographyCountryOutsideRegions = "geography.country_outside_regions", Warning,
        "A country is in none of the declared ITU-D regions.",
        "Add the country's region (`region` in the params) to `regions`, or check the country code.";
    GeographyPrimaryRegionNotDeclared = "geography.primary_region_not_declared", Error,
        "The primary region is not one of the declared regions.",
        "Add the primary region to `regions`.";
    GeographyNoLocation = "geography.no_location", Warning,
        "The pledge names no country, region or country group and is not marked global.",
        "Name the countries, ITU-D regions or country groups (format 1.1) where the pledge is implemented, or set `global`.";
    GeographyShareAreaNotDeclared = "geography.share_area_not_declared", Error,
        "A declared share is for an area that is neither a declared country nor a declared region.",
        "Give shares only for the countries and regions listed in `countries` and `regions`.";
    GeographyDuplicateShare = "geography.duplicate_share", Error,
        "Two shares are declared for the same area.",
        "Give one share per area.";
    GeographyShareOutOfRange = "geography.share_out_of_range", Error,
        "A share is below 0 or above 100 percent.",
        "Give each share as a percentage between 0 and 100.";
    GeographySharesNotHundred = "geography.shares_not_hundred", Error,
        "The declared shares do not sum to 100 percent.",
        "Correct the shares so that they sum to exactly 100 (`sum` in the params is the current total).";
    GeographyUnspecifiedRegionNotDeclared = "geography.unspecified_region_not_declared", Error,
        "Unnamed countries are given in a region that is not among the declared regions.",
        "Add the region to `regions`, or remove it from `unspecifiedCountriesIn`.";

    // --- dates and lifecycle ------------------------------------------------------------------------
    LifecycleEndBeforeStart = "lifecycle.end_before_start", Error,
        "The period ends before it starts.",
        "Check the start and end dates.";
    LifecycleImplausiblePeriod = "lifecycle.implausible_period", Warning,
        "The period is implausibly long.",
        "Check the dates; pledges usually run for at most a decade.";
    LifecycleValueDateOutsidePeriod = "lifecycle.value_date_outside_period", Warning,
        "The value date is far outside the pledge's period.",
        "The value date is usually the announcement date, near the period's start; check it, since conversions use its rate.";
    LifecyclePublishedWithoutValidation = "lifecycle.published_without_validation", Warning,
        "A published pledge has no validation timestamp.",
        "Record `validatedAt` when the Secretariat validates a pledge.";
    LifecycleValidatedBeforeSubmitted = "lifecycle.validated_before_submitted", Error,
        "The pledge was validated before it was submitted.",
        "Check `submittedAt` and `validatedAt`.";
    LifecycleTimestampInFuture = "lifecycle.timestamp_in_future", Warning,
        "A submission or validation timestamp is after the as-of date.",
        "Check the timestamp and its time zone.";
    LifecycleCompletedBeforeEnd = "lifecycle.completed_before_end", Warning,
        "The pledge is marked completed while its end date is still ahead.",
        "Check the status, or bring the end date forward to when the work was completed.";
    LifecycleDateAfterAsOf = "lifecycle.date_after_as_of", Warning,
        "A value date or announcement date is after the as-of date.",
        "Date the amount and the announcement when they were made; a conversion at a future date has no rate.";
    LifecycleDateBeforeCoalition = "lifecycle.date_before_coalition", Warning,
        "A value date or announcement date is before Partner2Connect existed (March 2021).",
        "Check the date: P2C was launched in March 2021. A pledge that restates an older commitment may keep the older value date, but say so in the notes.";
    LifecycleNoAnnouncementDate = "lifecycle.no_announcement_date", Info,
        "The pledge has no announcement date.",
        "Give `announcedOn` at the precision the source gives (a year, a month or a day); without it, as-of summaries go by the validation, submission or value date, and a pledge with none of them counts under every as-of date.";
    LifecycleEventAfterAsOf = "lifecycle.event_after_as_of", Warning,
        "A pledge names an event that starts after the as-of date.",
        "A pledge cannot have been announced at an event that has not happened yet: check the event code and the as-of date.";
    LifecycleIllegalTransition = "lifecycle.illegal_transition", Error,
        "The review state cannot change from the old state to the new one.",
        "Follow the review workflow; see `can_transition` for the allowed changes.";
    LifecycleIdChanged = "lifecycle.id_changed", Error,
        "An update changes the pledge's id.",
        "Keep the id of a pledge stable; create a new pledge with a `supersedes` relation instead.";

    // --- beneficiaries ---------------------------------------------------------------------------------
    BeneficiariesNegativeCount = "beneficiaries.negative_count", Error,
        "A count of people is negative.",
        "Give the number of people as zero or more.";
    BeneficiariesExceedsWorldPopulation = "beneficiaries.exceeds_world_population", Error,
        "A count of people exceeds the world's population.",
        "Check for extra digits; counts are people, not person-hours or connections.";
    BeneficiariesImplausibleTargetYear = "beneficiaries.implausible_target_year", Warning,
        "The beneficiaries' target year is before 2000, after 2100, or outside the pledge's period.",
        "Give the year by which the people are to be reached.";

    // --- progress reports -------------------------------------------------------------------------------
    ReportsBeforeSubmission = "reports.before_submission", Error,
        "A progress report is dated before the pledge was submitted.",
        "Check the report date and `submittedAt`.";
    ReportsAfterAsOf = "reports.after_as_of", Error,
        "A progress report is dated after the as-of date (in the future).",
        "Date the report when it was made.";
    ReportsOutOfOrder = "reports.out_of_order", Warning,
        "Progress reports are not in date order.",
        "List progress reports oldest first.";
    ReportsPeopleDecreased = "reports.people_decreased", Warning,
        "A report's cumulative number of people reached is lower than an earlier report's.",
        "People reached is cumulative to the report date; check the figures.";
    ReportsDeliveredExceedsValue = "reports.delivered_exceeds_value", Warning,
        "A report's amount delivered exceeds the pledge's announced value in the same currency.",
        "Check the amount, or update the pledge's value if it grew (set `isFloor` for announced minimums).";

    // --- batch ------------------------------------------------------------------------------------------
    BatchDuplicateId = "batch.duplicate_id", Error,
        "Two pledges in the batch have the same id.",
        "Give every pledge a unique id; `firstIndex` in the params is the earlier pledge.";
    BatchLikelyDuplicate = "batch.likely_duplicate", Warning,
        "Two pledges have the same lead pledger, title and amount: probably the same pledge submitted twice.",
        "Keep one of them, or link them with a relation if both are real.";
    BatchUnknownRelationTarget = "batch.unknown_relation_target", Warning,
        "A relation names a pledge id that is not in the batch.",
        "Check the id, or validate the batch together with the related pledge.";
    BatchRelationCycle = "batch.relation_cycle", Error,
        "Pledges' `supersedes` and `part_of` relations lead back to themselves (A supersedes B and B supersedes A, or a longer loop), so none of them can hold.",
        "Decide which pledge replaces or contains which and remove the relation that closes the loop; `cycle` in the params lists the ids in relation order from the smallest, `pledges` every pledge involved.";
    BatchPartExceedsParent = "batch.part_exceeds_parent", Warning,
        "A pledge is `part_of` another but its amount is larger than the other's (compared only in the same currency and on the same basis).",
        "Check both amounts, or the relation: a component cannot be worth more than the whole.";

    // --- spreadsheets: the workbook or CSV files a batch was imported from -----------------------
    SheetUnreadable = "sheet.unreadable", Error,
        "The file is not a workbook or CSV file p2c can read.",
        "Save the file as an Excel workbook (.xlsx) or as CSV in UTF-8; legacy .xls, OpenDocument and damaged files cannot be read (`reason` in the params says why).";
    SheetEncrypted = "sheet.encrypted", Error,
        "The workbook is protected with a password, so its contents cannot be read.",
        "Remove the password (in Excel: File, Info, Protect Workbook, Encrypt with Password, and clear it), save, and send the file again.";
    SheetLimitExceeded = "sheet.limit_exceeded", Error,
        "The workbook is larger than a configured limit; it was not read (or not read past the limit).",
        "Split the data into smaller files, or raise the limit named in `limit` (`sheetLimits.maxBytes`, `maxUncompressedBytes`, `maxParts`, `maxSharedStrings`, `maxRows`, `maxCells`) if the size is expected.";
    SheetMissingSheet = "sheet.missing_sheet", Error,
        "A sheet the pledges need is missing.",
        "Add the sheet named in `table` (see the template's README sheet), or give its values in one column of the pledges sheet.";
    SheetUnknownSheet = "sheet.unknown_sheet", Warning,
        "A sheet is not part of the pledge layout; its contents were not read.",
        "Rename the sheet to `suggestion` when the params give one, or remove it.";
    SheetDuplicateSheet = "sheet.duplicate_sheet", Error,
        "Two sheets or files hold the same table; only the first was read.",
        "Merge the rows into one sheet named as in `table`.";
    SheetHiddenSheet = "sheet.hidden_sheet", Warning,
        "A hidden sheet holds pledge data; it was read.",
        "Unhide the sheet and check its contents, or delete it if its rows are not meant to be imported.";
    SheetMisspelledColumn = "sheet.misspelled_column", Error,
        "A column header is not part of the layout but is close to one that is missing; its values were not read.",
        "Rename the header to `suggestion` (the path or title of the column, as in the template).";
    SheetUnknownColumn = "sheet.unknown_column", Warning,
        "A column header is not part of the layout; its values were not read.",
        "Remove the column, or rename it to one of the headers listed in the template's README sheet.";
    SheetDuplicateColumn = "sheet.duplicate_column", Error,
        "Two columns of a sheet hold the same field; only the first was read.",
        "Keep one column for the field named in `field`.";
    SheetMissingColumn = "sheet.missing_column", Error,
        "A column for a required field is missing, so no row has that field.",
        "Add a column for the field named in `field` (its title and path are in the template) and fill it in every row.";
    SheetUnknownPledge = "sheet.unknown_pledge", Error,
        "A row names a pledge id that is not on the pledges sheet; it was not read.",
        "Correct the id in the row's first column, or add the pledge to the pledges sheet.";
    SheetMissingPledgeId = "sheet.missing_pledge_id", Error,
        "A row of a list's sheet does not name its pledge; it was not read.",
        "Fill in the row's first column with the id of the pledge it belongs to.";
    SheetInexactNumber = "sheet.inexact_number", Error,
        "A number cell holds a binary fraction that is no short decimal (such as 0.1 + 0.2 = 0.30000000000000004), so its intended value is unknown.",
        "Type the value as text, or round it in the cell to the decimal you mean; p2c never rounds amounts.";
    SheetFormula = "sheet.formula", Warning,
        "Cells of a column hold formulas; the values the spreadsheet program last calculated were read.",
        "Replace the formulas by their values (copy, then paste values only); a formula the program never calculated reads as empty (`withoutValue` in the params counts them).";
    SheetMergedCells = "sheet.merged_cells", Warning,
        "Cells are merged; only the first cell of the range holds a value, the others read as empty.",
        "Unmerge the cells (`range` in the params) and fill each of them.";
    SheetErrorValue = "sheet.error_value", Error,
        "A cell holds a spreadsheet error such as #N/A or #DIV/0!.",
        "Replace the error with the value it should have.";
    SheetInvalidDate = "sheet.invalid_date", Error,
        "A date cell or date serial number is no calendar date.",
        "Type the date as YYYY-MM-DD, or format the cell as a date.";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn table_and_enum_agree_and_codes_are_unique_and_dotted() {
        assert_eq!(Code::ALL.len(), issue_codes().len());
        let mut seen = HashSet::new();
        for (code, info) in Code::ALL.iter().zip(issue_codes()) {
            assert_eq!(code.info(), info);
            assert!(seen.insert(info.code), "duplicate {}", info.code);
            let (group, name) = info.code.split_once('.').unwrap();
            for part in [group, name] {
                assert!(!part.is_empty());
                assert!(part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
            }
            assert!(!info.title.is_empty() && !info.guidance.is_empty());
            assert_eq!(issue_code(info.code), Some(info));
        }
    }
}
