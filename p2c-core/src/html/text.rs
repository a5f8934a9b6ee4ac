//! Every word a report shows that does not come from the data: one table of English texts
//! ([`Msg::en`], the source and the fallback), translated by the Fluent catalogues
//! (`i18n/<lang>/html.ftl`, message id [`Msg::id`]: `html-` and the name in kebab case).
//!
//! Parameters are written `{name}` and filled by [`fill`]; a message's parameters are named in
//! its English text, and a test checks that every placeholder is well formed and that each
//! translation shows the same ones (as Fluent variables `{ $name }`).
//!
//! The language is that of the page being rendered: each `render_html` enters a [`LangScope`]
//! for its [`HtmlOptions::lang`](super::HtmlOptions::lang) and [`t`] reads it, so the many
//! small writers of a page need no language argument. The scope is per thread and restored when
//! the page is done.

use std::cell::Cell;
use std::sync::OnceLock;

use crate::aggregate::Dimension;
use crate::i18n::{Lang, Localizer};

/// Defines [`Msg`], its English table and the list of every message, from one list.
macro_rules! messages {
    ($($name:ident => $en:literal,)+) => {
        /// A piece of text a report shows.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub(crate) enum Msg {
            $(
                #[doc = $en]
                $name,
            )+
        }

        impl Msg {
            /// Every message, in the order of the table.
            pub(crate) const ALL: &'static [Msg] = &[$(Msg::$name),+];

            /// The variant's name (`DashboardTitle`).
            fn name(self) -> &'static str {
                match self {
                    $(Msg::$name => stringify!($name),)+
                }
            }

            /// The English text (the fallback of every language).
            pub(crate) fn en(self) -> &'static str {
                match self {
                    $(Msg::$name => $en,)+
                }
            }
        }
    };
}

messages! {
    DashboardTitle => "Partner2Connect dashboard",
    ProfileTitle => "Partner2Connect country profile",
    ValidationTitle => "Pledge validation report",
    BatchValidationTitle => "Validation report",
    Subtitle => "As of {date} · amounts in {currency}",
    Source => "Data: {source}",
    Generated => "Made with p2c {version}. Every figure is computed from the pledge records; the method and the exchange-rate sources are listed at the end.",
    SkipToMethod => "Method and sources",
    DataTable => "Data table",
    Truncated => "… [truncated: {count} characters in all]",
    MoreRows => "{count} more not shown here; the JSON output lists them all.",
    NoneListed => "none",
    Headline => "Headline figures",
    Pledges => "Pledges",
    TotalValue => "Total value",
    ExactAmount => "{currency} {amount} exactly",
    Entities => "Pledging entities",
    PledgerCountries => "Countries of pledge-makers",
    ReportedPledges => "Pledges reported on",
    GoalReached => "Of the goal",
    ValueCounted => "{count} pledges with a counted value",
    Floors => "{count} stated as a minimum (\"more than\")",
    Converted => "{count} converted from another currency",
    GoalTitle => "Progress toward the {currency} {goal} goal",
    GoalReachedOf => "reached: {currency} {total} of {goal}",
    GoalRemaining => "{currency} {remaining} to go",
    GoalAbsent => "No goal in {currency}: the coalition's goal is set in another currency.",
    GoalChart => "Progress toward the goal: {share} reached, {currency} {total} of {goal}",
    Breakdowns => "Where the pledges go",
    ByFocusArea => "By focus area",
    ByPillar => "By pillar",
    ByPledgeType => "By pledge type",
    ByStakeholderType => "By stakeholder type of the pledgers",
    ByRegionAny => "By ITU-D region (primary or any)",
    ByRegionPrimary => "By ITU-D region (primary only)",
    ByCountryGroup => "LDC, LLDC and SIDS",
    ByStatus => "Implementation status",
    ByEndDate => "Estimated end date",
    ByBeneficiaryGroup => "By beneficiary group",
    ByTarget => "By P2C Target",
    BySdg => "By Sustainable Development Goal",
    BySdgTarget => "By SDG target",
    ByEvent => "By pledging event or campaign",
    ByPledgerRegion => "By ITU-D region of the pledgers' headquarters",
    ByPledgerCountry => "By country of the pledgers' headquarters",
    TopCountries => "Top countries of implementation",
    TopCountriesNote => "The {shown} countries with the most value, of {all} named; the data table lists every row.",
    Additive => "Additive: the rows add up to the total.",
    Overlapping => "Overlapping, do not add up: a pledge counts in each row it names ({pledges} pledges in more than one row; the rows exceed the total by {currency} {overlap}).",
    SharesFallback => "{count} pledges split equally: their declared shares did not fit.",
    ValuePanel => "Value, {currency} (bar: share of the total value)",
    CountPanel => "Pledges (bar: share of all pledges)",
    ChartAlt => "{title}. {panel}: {rows}.",
    ColLabel => "Category",
    ColPledges => "Pledges",
    ColPledgeShare => "Share of pledges",
    ColValue => "Value ({currency})",
    ColValueShare => "Share of value",
    ColCount => "Count",
    ColShare => "Share",
    ColPledge => "Pledge",
    ColReason => "Reason",
    ColDetail => "Detail",
    ColKind => "Kind",
    ColAmount => "Amount",
    ColDate => "Date",
    ColCode => "Code",
    ColRelation => "Relation",
    ColCountedIn => "Counted in",
    ColSeverity => "Severity",
    ColPointer => "Where",
    ColMessage => "Problem",
    ColTitle => "Meaning",
    ColIssues => "Issues",
    ColPledgesAffected => "Pledges",
    EntitiesTitle => "Who pledges",
    EntitiesByType => "Pledging entities by stakeholder type",
    PledgerCountriesTop => "Where pledging entities are headquartered",
    InternationalEntities => "{count} international entities have no home country.",
    UnknownHeadquarters => "{count} entities have headquarters the sources do not give; they are counted under no country.",
    Reporting => "Reporting on progress",
    Reports => "Progress reports",
    EntitiesReporting => "Entities reporting",
    EndedWithReports => "Ended pledges with a report",
    Overdue => "Overdue (no report in {days} days)",
    OverdueUndetermined => "{count} pledges have no report and no date, so whether they are overdue cannot be told.",
    ReportedByType => "Reported pledges by stakeholder type of the lead",
    Challenges => "Challenges named in reports",
    Solutions => "Solutions named in reports",
    NoReports => "No progress report is dated on or before the as-of date.",
    YearSeries => "By year of announcement",
    YearSeriesNote => "Pledges with no announcement date are in the row “unknown”; the rows sum to the totals.",
    YearUnknown => "unknown",
    ColYear => "Year",
    ReportingStatus => "Reporting status",
    ReportingStatusNote => "Inactive after {years} year(s) without a report; {days} days of grace before a due report is overdue.",
    ActiveValue => "Active value (without inactive pledges)",
    StatusOnTime => "On time",
    StatusDue => "Due",
    StatusOverdue => "Overdue",
    StatusInactive => "Inactive",
    StatusEnded => "Ended without a final report",
    StatusNotDue => "Not due yet",
    StatusUndetermined => "Undetermined",
    Delivery => "Delivered against pledged",
    Delivered => "Delivered",
    Pledged => "Pledged",
    DeliveryRatio => "{share} of the pledged value of {count} pledges reports a delivered amount",
    DeliveryNone => "No report states a delivered amount.",
    LeftOut => "What the figures leave out",
    LeftOutIntro => "Nothing is dropped silently: every pledge or amount left out of a figure is listed here with the reason.",
    Excluded => "Pledges left out",
    Unconverted => "Amounts that could not be converted",
    NotCounted => "Amounts counted once, in another pledge",
    IncludedInvalid => "Invalid pledges counted on request",
    Undated => "Pledges with no date (counted; the as-of rule could not be applied)",
    OverdueList => "Overdue pledges",
    ConflictingTypes => "Entities given different stakeholder types",
    FilteredOut => "{count} pledges did not match the filters.",
    NothingLeftOut => "No pledge and no amount was left out.",
    Method => "Method and sources",
    AsOf => "As of",
    Currency => "Currency",
    Attribution => "Attribution",
    RegionMode => "Regions",
    RateTable => "Rate table",
    RatePolicy => "Rate policy",
    RateSources => "Rate sources",
    Notes => "Rules",
    Footnote => "As of {date}; amounts in {currency}; exchange rates from table {table} ({policy}).",
    FootnoteNoRates => "As of {date}; counts of pledges, no amounts.",
    AttrFull => "full value to each row (breakdowns of multi-valued dimensions overlap)",
    AttrEqualSplit => "value split equally between a pledge's rows (a breakdown adds up unless it says it overlaps, as country groups can)",
    AttrDeclaredShares => "declared shares for countries and regions, equal split otherwise (a breakdown adds up unless it says it overlaps, as country groups can)",
    RegionPrimaryOrAny => "primary or any: a pledge counts in every region it names or implies",
    RegionPrimaryOnly => "primary only: a pledge counts in its primary region",
    Region => "ITU-D region",
    Groups => "Country groups",
    Provisional => "{group} (left by a scheduled graduation, not yet confirmed)",
    EndDates => "Estimated end dates",
    Ended => "Estimated to have ended",
    EndedWithReportsPart => "of which with a report",
    EndsThisYear => "Ends in {year}",
    EndsLater => "Ends later",
    EndUnknown => "End date unknown",
    Status => "Implementation status",
    TopTargets => "Top P2C Targets",
    TopChallenges => "Top challenges",
    TopSolutions => "Top solutions",
    Valid => "Valid",
    Invalid => "Not valid",
    ValidSummary => "No errors: the pledge can be published. {warnings} warnings and {infos} notes are worth a look.",
    InvalidSummary => "{errors} errors must be fixed before the pledge can be published; {warnings} warnings and {infos} notes are worth a look.",
    ValidBatchSummary => "No errors: every pledge in the file can be published. {warnings} warnings and {infos} notes are worth a look.",
    InvalidBatchSummary => "{errors} errors in {invalid} pledges must be fixed before they can be published; {warnings} warnings and {infos} notes are worth a look.",
    Errors => "Errors",
    Warnings => "Warnings",
    Infos => "Notes",
    SevError => "error",
    SevWarning => "warning",
    SevInfo => "note",
    IssuesByCode => "Issues by code",
    IssuesByPledge => "Issues by pledge",
    BatchIssues => "Issues about the whole file",
    PledgeNumber => "Pledge {number} in the file",
    NoIssues => "No issues.",
    PledgesWithoutIssues => "Pledges without issues",
    ValidatedAsOf => "Validated as of {date}",
    UnknownCode => "not in the issue-code catalogue",
    ValidPledges => "Valid pledges",
    Issues => "Issues",
    WholeDocument => "(the whole document)",
    AboutReport => "How to read this report",
    SevErrorMeaning => "The pledge cannot be published or counted until this is fixed.",
    SevWarningMeaning => "Probably a mistake; the pledge is still valid.",
    SevInfoMeaning => "Worth knowing; not a mistake.",
    AboutCodes => "Each issue has a stable code from the p2c issue-code catalogue (`p2c codes CODE` explains one) and a JSON Pointer to the value concerned; the messages may be reworded between versions, the codes never change meaning.",
    MoreIssues => "{count} more issues not shown here; the JSON report lists them all.",
    PolicyRounded => "{policy}; each converted amount rounded to the target's minor units ({rounding})",
    PolicyAveragedRounded => "{policy}; a value date known only to the month or the year is valued at its calendar year's average (annual_average), never at an invented day; each converted amount rounded to the target's minor units ({rounding})",
    PolicySkipRounded => "{policy}; a value date known only to the month or the year skips the day-based policies; each converted amount rounded to the target's minor units ({rounding})",
    RateSourcesCited => "Each source is cited in its own words, as its terms of use require.",
    Billions => "{amount} bn",
    Millions => "{amount} m",
}

impl Msg {
    /// The catalogue id: `html-` and the name in kebab case (`html-dashboard-title`).
    pub(crate) fn id(self) -> String {
        let mut id = String::from("html");
        for c in self.name().chars() {
            if c.is_ascii_uppercase() {
                id.push('-');
                id.push(c.to_ascii_lowercase());
            } else {
                id.push(c);
            }
        }
        id
    }

    /// The placeholder names of the English text, in order.
    pub(crate) fn placeholders(self) -> Vec<&'static str> {
        let mut out = Vec::new();
        let mut rest = self.en();
        while let Some(open) = rest.find('{') {
            let after = rest.get(open.saturating_add(1)..).unwrap_or_default();
            let Some(close) = after.find('}') else { break };
            out.push(after.get(..close).unwrap_or_default());
            rest = after.get(close.saturating_add(1)..).unwrap_or_default();
        }
        out
    }
}

thread_local! {
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of the page being rendered on this thread, for as long as the scope lives.
pub(crate) struct LangScope {
    previous: Lang,
}

impl LangScope {
    /// Render in `lang` until the scope is dropped.
    pub(crate) fn enter(lang: Lang) -> LangScope {
        LangScope {
            previous: LANG.with(|l| l.replace(lang)),
        }
    }
}

impl Drop for LangScope {
    fn drop(&mut self) {
        LANG.with(|l| l.set(self.previous));
    }
}

/// The language of the page being rendered.
pub(crate) fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// A localizer for the page being rendered.
pub(crate) fn loc() -> Localizer {
    Localizer::new(lang())
}

/// Every message's template in every language (in [`Lang::ALL`] order, then [`Msg::ALL`]
/// order): the translation with its `{name}` placeholders, or the English text.
fn templates() -> &'static [Vec<String>] {
    static TEMPLATES: OnceLock<Vec<Vec<String>>> = OnceLock::new();
    TEMPLATES.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| {
                Msg::ALL
                    .iter()
                    .map(|m| {
                        Localizer::template(lang, &m.id(), &m.placeholders())
                            .unwrap_or_else(|| m.en().to_owned())
                    })
                    .collect()
            })
            .collect()
    })
}

/// The label of row `key` of a breakdown by `dimension` in the page's language (`english`, the
/// summary's label, in English or where the catalogue has none).
pub(crate) fn row_label(dimension: Dimension, key: &str, english: &str) -> String {
    match lang() {
        Lang::En => english.to_owned(),
        _ => crate::aggregate::row_label(&loc(), Some(dimension), key, english),
    }
}

/// The label of code `key` of `codelist` (`stakeholderType`, `challenge`, …) in the page's
/// language; `unspecified` and codes the codelist does not have keep `english`.
pub(crate) fn code_label(codelist: &str, key: &str, english: &str) -> String {
    if lang() == Lang::En {
        return english.to_owned();
    }
    if key == crate::aggregate::UNSPECIFIED {
        return loc().text("report-unspecified", &[]);
    }
    loc()
        .code_label(codelist, key)
        .unwrap_or_else(|| english.to_owned())
}

/// The text of `m` in the language of the page being rendered (English where the language's
/// catalogue has no translation).
pub(crate) fn t(m: Msg) -> &'static str {
    let lang = lang();
    if lang == Lang::En {
        return m.en();
    }
    templates()
        .get(lang.index())
        .and_then(|list| list.get(m as usize))
        .map_or(m.en(), String::as_str)
}

/// The text of `m` with its `{name}` placeholders replaced by `args`. A placeholder with no
/// argument is left as written (a test checks every call site's messages).
pub(crate) fn fill(m: Msg, args: &[(&str, &str)]) -> String {
    let template = t(m);
    let mut out = String::with_capacity(template.len().saturating_add(32));
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.find('}') else {
            out.push_str(after);
            return out;
        };
        let name = after.get(1..close).unwrap_or_default();
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(after.get(..=close).unwrap_or_default()),
        }
        rest = after.get(close.saturating_add(1)..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill(
                Msg::Subtitle,
                &[("date", "2026-10-30"), ("currency", "USD")]
            ),
            "As of 2026-10-30 · amounts in USD"
        );
        // a missing argument stays visible rather than vanishing
        assert_eq!(
            fill(Msg::Subtitle, &[("date", "x")]),
            "As of x · amounts in {currency}"
        );
        // a value that looks like a placeholder is not expanded again
        assert_eq!(
            fill(Msg::Source, &[("source", "{source}")]),
            "Data: {source}"
        );
    }

    /// Placeholders are `{lowercase_name}`, balanced, so a catalogue can check translations
    /// against the English text.
    #[test]
    fn every_placeholder_is_well_formed() {
        for m in Msg::ALL {
            let text = m.en();
            let mut depth = 0i32;
            let mut name = String::new();
            for ch in text.chars() {
                match ch {
                    '{' => {
                        assert_eq!(depth, 0, "{m:?}: nested brace");
                        depth = 1;
                        name.clear();
                    }
                    '}' => {
                        assert_eq!(depth, 1, "{m:?}: unbalanced brace");
                        assert!(
                            !name.is_empty()
                                && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                            "{m:?}: bad placeholder {name:?}"
                        );
                        depth = 0;
                    }
                    c if depth == 1 => name.push(c),
                    _ => {}
                }
            }
            assert_eq!(depth, 0, "{m:?}: unclosed brace");
        }
    }
}
