//! What a summary is computed over: date, currency, rates, attribution, filters, bad input.

use std::fmt;
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::model::{CountryCode, CurrencyCode, MoneyAmount, Pledge};
use crate::money::{Converter, TableConverter};
use crate::taxonomy::{CountryGroup, FocusArea, ItuRegion, Pillar, PledgeType, StakeholderType};

/// How the value of a pledge with several values of one dimension (several focus areas,
/// countries, regions …) is attributed to them in a breakdown.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    /// Each value gets the pledge's full value; such breakdowns overlap.
    #[default]
    Full,
    /// The value is split equally between the pledge's values; breakdowns are additive. Shares
    /// are in the value's own smallest unit (its last decimal place), the units left over going
    /// to the earliest values.
    EqualSplit,
    /// Countries and regions get the shares the pledge declares (equal split where it declares
    /// none that fit); other dimensions are split equally. Breakdowns are additive. Shares are
    /// in the value's own smallest unit, by the largest-remainder method.
    DeclaredShares,
}

/// Which ITU-D regions a pledge counts under.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RegionMode {
    /// Every region the pledge names, its primary region, and the regions of its countries
    /// ("primary or any", as ITU's regional figures count).
    #[default]
    PrimaryOrAny,
    /// The primary region only; when none is named, the single region the pledge's regions
    /// and countries imply, if there is exactly one.
    PrimaryOnly,
}

/// What happens to pledges that fail validation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum InvalidPolicy {
    /// Leave them out and list them in [`Summary::excluded`](super::Summary::excluded).
    #[default]
    Exclude,
    /// Fail the whole summary with `Error::InvalidPledges`.
    Reject,
    /// Count them anyway, and list them in
    /// [`Summary::included_invalid`](super::Summary::included_invalid).
    Include,
}

/// Which pledges a summary covers. Within one filter any listed value matches; a pledge must
/// match every non-empty filter.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default)]
pub struct Filters {
    /// Pledges addressing any of these focus areas.
    pub focus_areas: Vec<FocusArea>,
    /// Pledges addressing any of these pillars.
    pub pillars: Vec<Pillar>,
    /// Pledges of any of these types.
    pub pledge_types: Vec<PledgeType>,
    /// Pledges with a pledger (lead or partner) of any of these stakeholder types.
    pub stakeholder_types: Vec<StakeholderType>,
    /// Pledges in any of these regions, under the summary's [`RegionMode`].
    pub regions: Vec<ItuRegion>,
    /// Pledges implemented in any of these countries.
    pub countries: Vec<CountryCode>,
    /// Pledges implemented in at least one member of any of these groups on the as-of date.
    pub country_groups: Vec<CountryGroup>,
    /// Pledges whose period overlaps this one (first and last day, inclusive); pledges with
    /// no period do not match.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Pledges new between these two days, first and last day inclusive (`2023-01-01`,
    /// `2023-12-31` for "new in 2023"), by the date of [`new_on`]: its validation date,
    /// else its submission date, else its announcement date. A pledge whose date is known
    /// only to a month or a year that straddles an end of the window, or that has none of
    /// these dates, is neither new nor not new: it is listed in
    /// [`Summary::excluded`](super::Summary::excluded) with the reason
    /// `newness_undetermined`, never counted as new and never dropped silently.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_between: Option<(NaiveDate, NaiveDate)>,
}

/// How a summary is computed.
#[derive(Clone)]
pub struct SummaryOptions {
    /// Only what was known on this date counts (see the module docs for the rule).
    pub as_of: NaiveDate,
    /// The currency of every amount in the summary.
    pub currency: CurrencyCode,
    /// The rate table and policy, as a converter.
    pub converter: Arc<dyn Converter>,
    /// How multi-valued dimensions share a pledge's value.
    pub attribution: Attribution,
    /// Which regions a pledge counts under.
    pub region_mode: RegionMode,
    /// Which pledges to cover.
    pub filters: Filters,
    /// What to do with pledges that fail validation.
    pub invalid: InvalidPolicy,
    /// Run `validate::validate_pledge` (as of the summary's date) on every pledge; a pledge
    /// with an error-severity issue is invalid. On by default.
    pub validate: bool,
    /// Further pledge ids known to fail validation (with the issue codes that failed them),
    /// such as batch-level findings of `validate::validate_batch`.
    pub invalid_pledges: Vec<(String, Vec<String>)>,
    /// A pledge with no progress report for longer than this many days is overdue.
    pub report_interval_days: u32,
    /// Days after the report interval during which a pledge's report is `due` rather than
    /// `overdue` (its reporting status, `aggregate::ReportingStatus`; default 90).
    pub report_grace_days: u32,
    /// Calendar years without a report after which a pledge is `inactive` and left out of
    /// `activeValue` (default 2, "inactive after two years without a report").
    pub inactive_after_years: u32,
    /// The coalition's goal, for progress; counted only when in the summary's currency.
    pub goal: MoneyAmount,
    /// How many entries the "top" lists of a country profile keep.
    pub top: usize,
    /// How many threads the summary may use (default: the cores available). The figures are
    /// the same whatever the number; it is not part of what a partial summary must agree on.
    pub threads: crate::parallel::Threads,
}

impl fmt::Debug for SummaryOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SummaryOptions")
            .field("as_of", &self.as_of)
            .field("currency", &self.currency)
            .field("converter", &self.converter.provenance())
            .field("attribution", &self.attribution)
            .field("region_mode", &self.region_mode)
            .field("filters", &self.filters)
            .field("invalid", &self.invalid)
            .field("validate", &self.validate)
            .field("invalid_pledges", &self.invalid_pledges)
            .field("report_interval_days", &self.report_interval_days)
            .field("report_grace_days", &self.report_grace_days)
            .field("inactive_after_years", &self.inactive_after_years)
            .field("goal", &self.goal)
            .field("top", &self.top)
            .field("threads", &self.threads)
            .finish()
    }
}

/// USD 100 billion, the coalition's goal for 2026.
pub const P2C_GOAL_USD: Decimal = Decimal::from_parts(1_215_752_192, 23, 0, false, 0);

impl SummaryOptions {
    /// The defaults of [`SummaryOptions::new`] with the embedded rate table
    /// ([`TableConverter::embedded`]).
    pub fn embedded(as_of: NaiveDate) -> SummaryOptions {
        SummaryOptions::new(as_of, Arc::new(TableConverter::embedded()))
    }

    /// Options with the defaults: USD, full attribution, primary-or-any regions, no filters,
    /// invalid pledges excluded, reports due yearly, the USD 100 bn goal.
    pub fn new(as_of: NaiveDate, converter: Arc<dyn Converter>) -> SummaryOptions {
        SummaryOptions {
            as_of,
            currency: CurrencyCode::USD,
            converter,
            attribution: Attribution::default(),
            region_mode: RegionMode::default(),
            filters: Filters::default(),
            invalid: InvalidPolicy::default(),
            validate: true,
            invalid_pledges: Vec::new(),
            report_interval_days: 365,
            report_grace_days: 90,
            inactive_after_years: 2,
            goal: MoneyAmount {
                amount: P2C_GOAL_USD,
                currency: CurrencyCode::USD,
            },
            top: 5,
            threads: crate::parallel::Threads::AUTO,
        }
    }
}

/// The default as-of date of a summary when the caller gives none: the last day of the
/// embedded daily (ECB) rates, so that the same data gives the same figures on any day it is
/// run. Used by `p2c dashboard` and by both bindings.
pub fn default_as_of() -> NaiveDate {
    crate::money::RateTable::embedded()
        .date_range(
            crate::money::RateKind::Daily,
            CurrencyCode::EUR,
            CurrencyCode::USD,
        )
        .map_or(NaiveDate::MIN, |(_, last)| last)
}

/// The date from which a pledge counts as known: its validation date, else its submission
/// date, else its announcement date (`announcedOn`), else the value date of its announced
/// amount.
///
/// A date known only to the month or the year (`"2022-06"`, `"2022"`) counts from its **last
/// day** (2022-06-30, 2022-12-31): the first day on which the pledge was certainly known. As
/// of a day inside that month or year the pledge is not yet counted (it is listed as
/// `not_yet_known` with the date as stated), so that no summary counts a pledge before it
/// can have been announced. A pledge with none of these dates has no such day (`None`).
pub fn known_since(p: &Pledge) -> Option<NaiveDate> {
    p.validated_at
        .or(p.submitted_at)
        .map(|t| t.date_naive())
        .or_else(|| p.announced_on.map(|d| d.last_day()))
        .or_else(|| {
            p.financial_value
                .as_ref()
                .map(|v| v.value_date_stated().last_day())
        })
}

/// The date a pledge became new, for [`Filters::new_between`]: its `validatedAt` date, else
/// its `submittedAt` date (the validation date wins, as in the as-of rule, so that a pledge
/// new between two dates is one that a summary as of the last day counts and a summary as of
/// the day before the first did not), else its `announcedOn` date, possibly known only to a
/// month or a year. The value date of its amount is not a date the pledge became new. `None`
/// when it has none of these dates.
pub fn new_on(p: &Pledge) -> Option<crate::model::PartialDate> {
    p.validated_at
        .or(p.submitted_at)
        .map(|t| crate::model::PartialDate::Day(t.date_naive()))
        .or(p.announced_on)
}

/// Whether a pledge is new between two days (both inclusive), by [`new_on`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Newness {
    /// Its date lies within the window.
    New,
    /// Its date lies wholly before or after the window.
    NotNew,
    /// It has no date, or one known only to a month or a year that overlaps the window
    /// without lying inside it.
    Undetermined,
}

/// Where `p`'s [`new_on`] date falls relative to the days `from`..=`to`.
pub(crate) fn newness(p: &Pledge, from: NaiveDate, to: NaiveDate) -> Newness {
    match new_on(p) {
        None => Newness::Undetermined,
        Some(d) => {
            let (first, last) = (d.first_day(), d.last_day());
            if first >= from && last <= to {
                Newness::New
            } else if last < from || first > to {
                Newness::NotNew
            } else {
                Newness::Undetermined
            }
        }
    }
}

/// The date [`known_since`] goes by, as the pledge states it (`2022`, `2022-06-07`), for the
/// detail of a `not_yet_known` exclusion.
pub(crate) fn known_as_stated(p: &Pledge) -> Option<String> {
    p.validated_at
        .or(p.submitted_at)
        .map(|t| t.date_naive().to_string())
        .or_else(|| p.announced_on.map(|d| d.to_string()))
        .or_else(|| {
            p.financial_value
                .as_ref()
                .map(|v| v.value_date_stated().to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newness_is_undetermined_only_when_the_date_cannot_tell() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let with = |json: &str| {
            crate::parse_pledge(&format!(
                r#"{{"formatVersion": "1.1", "id": "P", "title": "P", "reviewState": "published", "focusAreas": ["access"],
                "pledgeTypes": ["advocacy"], "implementation": {{"countries": ["KEN"]}},
                "pledgers": {{"lead": {{"headquarters": "KEN", "name": "E", "stakeholderType": "government"}}}}{json}}}"#
            ))
            .unwrap()
        };
        let (from, to) = (day("2023-06-15"), day("2024-06-14"));
        let at = |json: &str| newness(&with(json), from, to);
        assert_eq!(at(""), Newness::Undetermined);
        assert_eq!(at(r#", "announcedOn": "2023-06""#), Newness::Undetermined);
        assert_eq!(at(r#", "announcedOn": "2023-07""#), Newness::New);
        assert_eq!(at(r#", "announcedOn": "2023-05""#), Newness::NotNew);
        assert_eq!(at(r#", "announcedOn": "2025""#), Newness::NotNew);
        assert_eq!(at(r#", "announcedOn": "2024""#), Newness::Undetermined);
        // Both ends are included; validation wins over submission and announcement.
        assert_eq!(
            at(r#", "submittedAt": "2023-06-15T23:00:00Z""#),
            Newness::New
        );
        assert_eq!(
            at(r#", "submittedAt": "2024-06-14T00:00:00Z""#),
            Newness::New
        );
        assert_eq!(
            at(r#", "submittedAt": "2023-06-01T00:00:00Z", "validatedAt": "2023-06-20T00:00:00Z""#),
            Newness::New
        );
        assert_eq!(
            at(r#", "announcedOn": "2023-07", "validatedAt": "2024-06-15T00:00:00Z""#),
            Newness::NotNew
        );
    }

    #[test]
    fn goal_constant_is_100_bn() {
        assert_eq!(P2C_GOAL_USD, Decimal::from(100_000_000_000u64));
    }
}
