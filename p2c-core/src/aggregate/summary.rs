//! The output of [`summarize`](super::summarize): plain data, serialized as camelCase JSON with
//! decimals as strings.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::options::{Attribution, RegionMode};
use crate::model::decimal::DecimalString;
use crate::model::CurrencyCode;
use crate::money::RateProvenance;

/// A dashboard's figures, as of a date, in one currency.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(title = "Partner2Connect summary")]
pub struct Summary {
    /// # As of
    ///
    /// Only pledges and reports known on this date count.
    pub as_of: NaiveDate,
    /// # Currency
    ///
    /// The currency of every amount in the summary.
    pub currency: CurrencyCode,
    /// # Attribution
    ///
    /// How multi-valued dimensions share a pledge's value.
    pub attribution: Attribution,
    /// # Region mode
    ///
    /// Which ITU-D regions a pledge counts under.
    pub region_mode: RegionMode,
    /// # Rates
    ///
    /// The rate table, policy and sources used for every conversion.
    pub rates: RateProvenance,
    /// # Notes
    ///
    /// The rules behind the figures (as-of rule, double counting, attribution), in English.
    pub notes: Vec<String>,
    /// # Pledge count
    ///
    /// The pledges counted.
    pub pledge_count: u64,
    /// # Filtered out
    ///
    /// Pledges that were eligible but did not match the filters.
    pub filtered_out: u64,
    /// # Excluded
    ///
    /// Pledges left out, each with the reason; sorted by id.
    pub excluded: Vec<Excluded>,
    /// # Included invalid pledges
    ///
    /// Pledges that failed validation but were counted because the caller asked for it.
    pub included_invalid: Vec<String>,
    /// # Undated
    ///
    /// Counted pledges with no validation, submission, announcement or value date, so the as-of
    /// rule could not be applied to them.
    pub undated: Vec<String>,
    /// # Relation cycles
    ///
    /// Relations that cannot hold because they form a cycle (A supersedes B and B supersedes
    /// A; A part_of B and B part_of A; or longer), one entry per knot of pledges that reach
    /// each other. The relations inside a knot are void: they supersede nothing and put no
    /// money inside another pledge, so the pledges count rather than all dropping out
    /// (`validate_batch` reports them as `batch.relation_cycle`). Sorted by kind, then by
    /// the smallest pledge id.
    pub relation_cycles: Vec<RelationCycle>,
    /// # Entities
    ///
    /// The distinct pledging entities; a joint pledge counts each entity once.
    pub entities: EntityStats,
    /// # Countries of pledge-makers
    ///
    /// Where the distinct entities have their headquarters.
    pub pledger_countries: PledgerCountries,
    /// # Value
    ///
    /// The total value, counted once, and every amount that was not converted or not counted.
    pub value: ValueStats,
    /// # Breakdowns
    ///
    /// Counts and values by dimension.
    pub breakdowns: Vec<Breakdown>,
    /// # Yearly series
    ///
    /// Pledges and value per calendar year of announcement, for charts; pledges with no
    /// announcement date in the row `unknown` (see `p2c_core::aggregate::YearSeries`).
    pub series: super::series::YearSeries,
    /// # Reporting
    ///
    /// Progress reports known on the as-of date.
    pub reporting: ReportingStats,
    /// # Delivery
    ///
    /// Amounts delivered according to reports, against the amounts pledged.
    pub delivery: DeliveryStats,
    /// # Goal
    ///
    /// Progress toward the coalition's goal; absent when the goal is in another currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal: Option<GoalProgress>,
    /// # Warnings
    ///
    /// Warnings about the call that asked for the summary (a deprecated option spelling, an
    /// unknown language; see `p2c_core::call`); absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<crate::call::Warning>,
}

/// A pledge left out of a summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Excluded {
    /// # Pledge id
    ///
    /// The pledge left out.
    pub id: String,
    /// # Reason
    ///
    /// `invalid`, `not_published`, `not_yet_known`, `superseded`, or (with the new-between
    /// filter) `newness_undetermined`.
    // A `Cow`, like `detail`, so that fixed texts cost no allocation: a streaming summary
    // lists every excluded pledge, a third of a realistic file.
    pub reason: Cow<'static, str>,
    /// # Detail
    ///
    /// The issue codes, the review state, the date it became known as the pledge states it
    /// (`2022-06-08`, or `2022-06` for an announcement known to the month, which counts from
    /// the month's last day), the superseding pledge's id, or the date the pledge became new
    /// as stated (`none` when it has none).
    pub detail: Cow<'static, str>,
}

/// Pledges whose relations of one kind form a cycle, so that those relations were void.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RelationCycle {
    /// # Relation
    ///
    /// `supersedes` or `part_of`.
    pub relation: String,
    /// # Cycle
    ///
    /// A shortest cycle through the smallest member, from it, each pledge once (the last
    /// relates back to the first).
    pub cycle: Vec<String>,
    /// # Pledges
    ///
    /// Every pledge of the knot, sorted: the relations of this kind between them are void.
    pub pledges: Vec<String>,
}

/// A count with its share of a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CountRow {
    /// # Key
    ///
    /// The machine code of the row.
    pub key: String,
    /// # Label
    ///
    /// The English label of the row.
    pub label: String,
    /// # Count
    ///
    /// How many.
    pub count: u64,
    /// # Share
    ///
    /// `count` over the whole, as a fraction rounded to 4 decimal places.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub share: Decimal,
}

/// Distinct entities by stakeholder type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EntityStats {
    /// # Entities
    ///
    /// Distinct entities (by `Entity::identity_key`) among the counted pledges.
    pub count: u64,
    /// # By stakeholder type
    ///
    /// Distinct entities per stakeholder type, with their share of all entities.
    pub by_stakeholder_type: Vec<CountRow>,
    /// # Conflicting types
    ///
    /// Entities given different stakeholder types on different pledges; each is counted
    /// under the first type in codelist order.
    pub conflicting_types: Vec<String>,
}

/// Where the pledging entities have their headquarters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct PledgerCountries {
    /// # Countries
    ///
    /// Distinct headquarters countries.
    pub count: u64,
    /// # International entities
    ///
    /// Entities with no home country.
    pub international_entities: u64,
    /// # Entities with unknown headquarters
    ///
    /// Entities whose headquarters the source does not give (`unknown`): counted here, never
    /// under a guessed country, and not among `count`'s countries.
    pub unknown_entities: u64,
    /// # Entities per country
    ///
    /// Distinct entities per headquarters country, most first.
    pub countries: Vec<CountRow>,
    /// # Entities per pledger region
    ///
    /// Distinct entities per ITU-D region of their headquarters, every region in codelist
    /// order, then `no_itu_region` (a country in no ITU-D region), `international` and
    /// `unknown`: each entity in exactly one row, so the counts sum to the entity count.
    pub regions: Vec<CountRow>,
}

/// The total value and what did not enter it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ValueStats {
    /// # Total
    ///
    /// The value of the counted pledges, each amount counted once, unrounded.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub total: Decimal,
    /// # Pledges with a value
    ///
    /// Counted pledges whose value entered the total.
    pub pledges_counted: u64,
    /// # Floors
    ///
    /// Of those, pledges whose amount is a minimum ("more than …"), counted as stated.
    pub floors: u64,
    /// # Converted
    ///
    /// Of those, pledges announced in another currency and converted.
    pub converted: u64,
    /// # Not counted
    ///
    /// Converted amounts left out of the total because another pledge already counts the
    /// same money.
    pub not_counted: Vec<NotCounted>,
    /// # Unconverted
    ///
    /// Every amount that could not be converted, with the reason.
    pub unconverted: Vec<Unconverted>,
    /// # Derivations
    ///
    /// How the counted amounts were obtained from the announced ones: how many were derived
    /// (a range, a yearly amount times years) or qualified (floor, ceiling, approximate, in
    /// kind), with the value they put in the total, and the amounts that could not be
    /// derived (see `p2c_core::model::amount`).
    pub derivations: Derivations,
}

/// How the counted amounts were obtained from the announced ones (the rules of
/// `p2c_core::model::amount::counted_amount`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Derivations {
    /// # Derived amounts
    ///
    /// One row per derivation method, always all of them in this order: `range` (a range
    /// counted by its lower end), `per_year_times_stated_years`, `per_year_times_period_years`.
    /// `pledges` is how many counted amounts were derived by the method, `value` what they
    /// put in the total (in the summary's currency, after the double-counting rules).
    pub derived: Vec<AmountRow>,
    /// # Qualified amounts
    ///
    /// One row per qualifier, always all of them in this order: `floor`, `ceiling`, `range`,
    /// `approximate`, `in_kind`. A qualified amount is counted by the rules above (a floor,
    /// ceiling or approximate figure as stated; a range by its lower end; an in-kind value at
    /// its stated worth); a row says how many such amounts the total holds, and how much.
    pub qualified: Vec<AmountRow>,
    /// # Not derived
    ///
    /// Counted pledges whose amount could not be turned into a total (a yearly amount with
    /// no years and no period, or a reversed period): listed here, never counted as one
    /// year; sorted by id.
    pub not_derived: Vec<NotDerived>,
}

/// The amounts of one derivation method or qualifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AmountRow {
    /// # Key
    ///
    /// The method's or qualifier's code.
    pub key: String,
    /// # Pledges
    ///
    /// Counted amounts obtained this way.
    pub pledges: u64,
    /// # Value
    ///
    /// What they put in the total, in the summary's currency.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub value: Decimal,
}

/// A counted pledge whose announced amount could not be turned into a total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NotDerived {
    /// # Pledge id
    ///
    /// The pledge.
    pub id: String,
    /// # Reason
    ///
    /// `per_year_without_years` (a yearly amount with neither `years` nor a period with a
    /// start and an end), `per_year_period_reversed`, or `in_kind_excluded`.
    pub reason: String,
    /// # Amount
    ///
    /// The amount as announced (a yearly amount for the per-year reasons).
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub amount: Decimal,
    /// # Currency
    ///
    /// The announced currency.
    pub currency: CurrencyCode,
}

/// The method keys of [`Derivations::derived`], in order.
pub(crate) const DERIVED_KEYS: [&str; 3] = [
    "range",
    "per_year_times_stated_years",
    "per_year_times_period_years",
];

/// The qualifier keys of [`Derivations::qualified`], in order.
pub(crate) const QUALIFIED_KEYS: [&str; 5] =
    ["floor", "ceiling", "range", "approximate", "in_kind"];

impl Default for Derivations {
    fn default() -> Derivations {
        let rows = |keys: &[&str]| {
            keys.iter()
                .map(|k| AmountRow {
                    key: (*k).to_owned(),
                    pledges: 0,
                    value: Decimal::ZERO,
                })
                .collect()
        };
        Derivations {
            derived: rows(&DERIVED_KEYS),
            qualified: rows(&QUALIFIED_KEYS),
            not_derived: Vec::new(),
        }
    }
}

impl Derivations {
    /// The number of counted amounts derived by any method.
    pub fn derived_count(&self) -> u64 {
        self.derived
            .iter()
            .fold(0u64, |n, r| n.saturating_add(r.pledges))
    }

    fn put(
        rows: &mut Vec<AmountRow>,
        key: &str,
        pledges: u64,
        value: Decimal,
    ) -> crate::Result<()> {
        let row = match rows.iter_mut().position(|r| r.key == key) {
            Some(i) => rows.get_mut(i),
            None => {
                rows.push(AmountRow {
                    key: key.to_owned(),
                    pledges: 0,
                    value: Decimal::ZERO,
                });
                rows.last_mut()
            }
        };
        if let Some(row) = row {
            row.pledges = row.pledges.saturating_add(pledges);
            row.value = crate::money::exact::add(row.value, value, "derived value")?;
        }
        Ok(())
    }

    /// Count one amount that entered the total with `value`, obtained by `method` and
    /// carrying `qualifiers`.
    pub(crate) fn add(
        &mut self,
        method: crate::model::amount::CountMethod,
        qualifiers: crate::model::amount::Qualifiers,
        value: Decimal,
    ) -> crate::Result<()> {
        if method.is_derived() {
            Self::put(&mut self.derived, method.code(), 1, value)?;
        }
        let q = qualifiers;
        for (flag, key) in QUALIFIED_KEYS
            .iter()
            .zip([q.floor, q.ceiling, q.range, q.approximate, q.in_kind])
            .map(|(k, f)| (f, *k))
        {
            if flag {
                Self::put(&mut self.qualified, key, 1, value)?;
            }
        }
        Ok(())
    }

    /// Add the rows and the list of `later`, row by row (each sum exact or an `overflow`).
    pub(crate) fn append(&mut self, later: Derivations) -> crate::Result<()> {
        for r in later.derived {
            Self::put(&mut self.derived, &r.key, r.pledges, r.value)?;
        }
        for r in later.qualified {
            Self::put(&mut self.qualified, &r.key, r.pledges, r.value)?;
        }
        self.not_derived.extend(later.not_derived);
        Ok(())
    }
}

/// An amount left out of the total so as not to count the same money twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct NotCounted {
    /// # Pledge id
    ///
    /// The pledge whose amount is left out.
    pub id: String,
    /// # Reason
    ///
    /// `part_of` (its money is inside the other pledge's) or `same_funds_as` (the other
    /// pledge carries the shared money).
    pub reason: String,
    /// # Other pledge
    ///
    /// The pledge that counts the money.
    pub other: String,
    /// # Amount
    ///
    /// The converted amount left out.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub amount: Decimal,
}

/// An amount that could not be converted into the summary's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Unconverted {
    /// # Pledge id
    ///
    /// The pledge the amount belongs to.
    pub id: String,
    /// # Kind
    ///
    /// `pledged` (the announced value) or `delivered` (a report's delivered amount).
    pub kind: String,
    /// # Amount
    ///
    /// The amount as stated.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub amount: Decimal,
    /// # Currency
    ///
    /// The currency as stated.
    pub currency: CurrencyCode,
    /// # Date
    ///
    /// The date the conversion was asked for.
    pub date: NaiveDate,
    /// # Error code
    ///
    /// The stable code of the conversion error (`rate_not_found`, `overflow` …).
    pub code: String,
    /// # Reason
    ///
    /// The conversion error's message.
    pub reason: String,
}

/// Whether a breakdown's rows add up to the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Additivity {
    /// The rows' values sum exactly to the total value.
    Additive,
    /// Some value is counted in more than one row; see the overlap.
    Overlapping,
}

/// A dimension a summary breaks pledges down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum Dimension {
    /// Action Framework focus area.
    FocusArea,
    /// Action Framework pillar.
    Pillar,
    /// Pledge type.
    PledgeType,
    /// Stakeholder types of the pledgers (lead and partners).
    StakeholderType,
    /// ITU-D region, under the summary's region mode.
    ItuRegion,
    /// Implementation country.
    Country,
    /// Country group: the pledge is implemented in at least one member on the as-of date.
    CountryGroup,
    /// Beneficiary group named by the pledge.
    BeneficiaryGroup,
    /// Implementation status as of the date.
    ImplementationStatus,
    /// When the pledge ends, relative to the as-of date.
    EndDate,
    /// P2C Target the pledge serves.
    Target,
    /// Sustainable Development Goal the pledge serves (`9`); see the `p2c_core::aggregate`
    /// module docs, "Dimensions of SDGs, events and pledgers", for this and the next four.
    Sdg,
    /// SDG target the pledge names (`9.c`), where it names any.
    SdgTarget,
    /// P2C event or campaign the pledge belongs to (`MWC-2024`).
    Event,
    /// ITU-D region of the pledging entities' headquarters (`international`, `unknown`
    /// headquarters and countries in no ITU-D region are rows of their own).
    PledgerRegion,
    /// Country of the pledging entities' headquarters (`international` and `unknown` are
    /// rows of their own).
    PledgerCountry,
}

/// Counts and values of one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Breakdown {
    /// # Dimension
    ///
    /// What the rows are.
    pub dimension: Dimension,
    /// # Attribution
    ///
    /// How a pledge's value was attributed to its rows in this breakdown.
    pub attribution: Attribution,
    /// # Additivity
    ///
    /// Whether the rows' values sum exactly to the total value.
    pub additivity: Additivity,
    /// # Value overlap
    ///
    /// The rows' values summed, minus the total value: zero when additive.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub value_overlap: Decimal,
    /// # Count overlap
    ///
    /// The rows' pledge counts summed, minus the pledge count: pledges counted in more than
    /// one row.
    pub count_overlap: u64,
    /// # Declared-share fallbacks
    ///
    /// Under declared-share attribution, pledges whose declared shares did not fit this
    /// dimension and were split equally instead.
    pub share_fallbacks: u64,
    /// # Rows
    ///
    /// One row per value; a row keyed `unspecified` holds pledges with no value.
    pub rows: Vec<BreakdownRow>,
}

/// One value of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BreakdownRow {
    /// # Key
    ///
    /// The machine code (`access`, `KEN`, `AFR`, `unspecified`).
    pub key: String,
    /// # Label
    ///
    /// The English label.
    pub label: String,
    /// # Pledges
    ///
    /// Counted pledges with this value.
    pub pledges: u64,
    /// # Share of pledges
    ///
    /// `pledges` over the pledge count, as a fraction rounded to 4 decimal places.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub pledge_share: Decimal,
    /// # Value
    ///
    /// The value attributed to this row, unrounded.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub value: Decimal,
    /// # Share of value
    ///
    /// `value` over the total value, as a fraction rounded to 4 decimal places.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub value_share: Decimal,
}

/// Progress reports known on the as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct ReportingStats {
    /// # Reports
    ///
    /// Progress reports dated on or before the as-of date.
    pub reports: u64,
    /// # Reported pledges
    ///
    /// Counted pledges with at least one such report.
    pub reported_pledges: u64,
    /// # Reported share
    ///
    /// `reportedPledges` over the pledge count, rounded to 4 decimal places.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub reported_share: Decimal,
    /// # Entities reporting
    ///
    /// Distinct lead entities of reported pledges (the lead submits the reports).
    pub entities_reporting: u64,
    /// # Reported pledges by stakeholder type
    ///
    /// Reported pledges by the lead entity's stakeholder type; the share is of reported
    /// pledges.
    pub by_stakeholder_type: Vec<CountRow>,
    /// # Challenges
    ///
    /// How many reports name each challenge, most first; the share is of reports.
    pub challenges: Vec<CountRow>,
    /// # Solutions
    ///
    /// How many reports name each solution, most first; the share is of reports.
    pub solutions: Vec<CountRow>,
    /// # Ended pledges with reports
    ///
    /// Pledges estimated to have ended by the as-of date that have at least one report.
    pub ended_with_reports: u64,
    /// # Report interval
    ///
    /// Days without a report after which an unfinished pledge is overdue.
    pub interval_days: u32,
    /// # Overdue
    ///
    /// Unfinished pledges (not completed or cancelled) with no report, or no activity, in
    /// the interval before the as-of date; sorted ids.
    pub overdue: Vec<String>,
    /// # Overdue undetermined
    ///
    /// Unfinished pledges with no report and no known date, so overdue cannot be decided.
    pub overdue_undetermined: u64,
    /// # Reporting status
    ///
    /// Pledges and value by reporting status (on time, due, overdue, inactive, ended without a
    /// final report, not due, undetermined), the rule that decided it, and the value of the
    /// pledges that are not inactive (see `p2c_core::aggregate::ReportingStatus`).
    pub status: super::status::StatusStats,
}

/// Delivered against pledged, where reports give a delivered amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryStats {
    /// # Pledges with delivery
    ///
    /// Pledges whose value is counted and whose latest report with a delivered amount was
    /// converted.
    pub pledges: u64,
    /// # Delivered
    ///
    /// The latest cumulative delivered amounts of those pledges, converted at report dates.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub delivered: Decimal,
    /// # Pledged
    ///
    /// The counted value of the same pledges.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub pledged: Decimal,
    /// # Delivery ratio
    ///
    /// `delivered` over `pledged`, rounded to 4 decimal places; absent when nothing pledged.
    #[serde(
        with = "crate::model::decimal::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<DecimalString>")]
    pub ratio: Option<Decimal>,
}

/// Progress toward the coalition's goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GoalProgress {
    /// # Goal
    ///
    /// The goal, in the summary's currency.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub goal: Decimal,
    /// # Reached share
    ///
    /// The total value over the goal, rounded to 4 decimal places.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub share: Decimal,
    /// # Remaining
    ///
    /// The goal minus the total value; zero once the goal is reached.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub remaining: Decimal,
}

impl Summary {
    /// The breakdown by one dimension.
    pub fn breakdown(&self, dimension: Dimension) -> Option<&Breakdown> {
        self.breakdowns.iter().find(|b| b.dimension == dimension)
    }

    /// The summary as JSON (camelCase keys, decimals as strings).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }

    /// The summary as JSON without its per-pledge lists (`excluded`, `includedInvalid`,
    /// `undated`, `value.notCounted`, `value.unconverted`, `entities.conflictingTypes`,
    /// `reporting.overdue`; the keys are absent): every figure, cheap to hand over at once,
    /// while the lists (about 700,000 ids at 1e6 pledges) are converted only when a caller asks
    /// (the Python `Summary` does this). The lists are moved out while the rest is serialized
    /// and moved back, hence `&mut`; the summary is unchanged afterwards.
    pub fn head_json(&mut self) -> serde_json::Value {
        let mut lists = Lists::default();
        lists.swap(self);
        let mut value = self.to_json();
        lists.swap(self);
        for (parent, key) in LISTS {
            let holder = if parent.is_empty() {
                Some(&mut value)
            } else {
                value.get_mut(parent)
            };
            if let Some(serde_json::Value::Object(map)) = holder {
                map.remove(key);
            }
        }
        value
    }
}

/// Where the per-pledge lists sit in the summary's JSON: (parent key or "", key).
const LISTS: [(&str, &str); 7] = [
    ("", "excluded"),
    ("", "includedInvalid"),
    ("", "undated"),
    ("value", "notCounted"),
    ("value", "unconverted"),
    ("entities", "conflictingTypes"),
    ("reporting", "overdue"),
];

/// The per-pledge lists of a summary, taken out while its head is serialized.
#[derive(Default)]
struct Lists {
    excluded: Vec<Excluded>,
    included_invalid: Vec<String>,
    undated: Vec<String>,
    not_counted: Vec<NotCounted>,
    unconverted: Vec<Unconverted>,
    conflicting: Vec<String>,
    overdue: Vec<String>,
}

impl Lists {
    fn swap(&mut self, s: &mut Summary) {
        use std::mem::swap;
        swap(&mut self.excluded, &mut s.excluded);
        swap(&mut self.included_invalid, &mut s.included_invalid);
        swap(&mut self.undated, &mut s.undated);
        swap(&mut self.not_counted, &mut s.value.not_counted);
        swap(&mut self.unconverted, &mut s.value.unconverted);
        swap(&mut self.conflicting, &mut s.entities.conflicting_types);
        swap(&mut self.overdue, &mut s.reporting.overdue);
    }
}
