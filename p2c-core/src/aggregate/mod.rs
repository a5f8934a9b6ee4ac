//! Dashboards: currency-normalized summaries of pledges that never count the same money twice.
//!
//! [`summarize`] computes the figures of a P2C dashboard as of a date; [`country_profile`]
//! the figures of one country (the shape of ITU's national roundtable profiles);
//! [`Summary::render_text`] prints a summary as a plain-text dashboard.
//!
//! # Which pledges count (the as-of rule)
//!
//! A pledge counts in a summary as of date *D* when all of these hold:
//! 1. it passed validation (`validate::validate_pledge` as of *D*, when
//!    [`SummaryOptions::validate`] is on, ignoring `reports.after_as_of`, which rule 3's report
//!    counterpart handles; and the caller's [`SummaryOptions::invalid_pledges`]), or the caller
//!    chose [`InvalidPolicy::Include`];
//! 2. its review state is `published` (the data records only the current state, so a pledge
//!    withdrawn or rejected since *D* does not count either);
//! 3. it was known on *D*: its `validatedAt` date, else its `submittedAt` date, else its
//!    amount's `valueDate` ([`known_since`]) is on or before *D*. A pledge with none of these
//!    dates counts and is listed in [`Summary::undated`];
//! 4. no other pledge that counts by rules 1–3 `supersedes` it;
//! 5. it matches the filters.
//!
//! Every pledge left out by rules 1–4 is listed in [`Summary::excluded`] with its reason;
//! filtered-out pledges are counted in [`Summary::filtered_out`].
//!
//! Progress reports count when dated on or before *D*. The implementation status as of *D* is
//! that of the latest such report; a pledge with no reports at all keeps its recorded status;
//! a pledge whose reports are all after *D* has an unknown status.
//!
//! # Never counting money twice
//!
//! - A superseded pledge is left out altogether (rule 4).
//! - A pledge `part_of` another counted pledge adds no money: its money is inside the other's.
//! - Pledges linked by `same_funds_as` (in either direction, transitively) add their money
//!   once: the pledge known earliest (then the smallest id) among those with a converted
//!   value carries it.
//! - A joint pledge is one pledge; its entities are counted once each among entities.
//!
//! Amounts left out this way are listed in [`ValueStats::not_counted`]; amounts that could not
//! be converted are listed in [`ValueStats::unconverted`]. Nothing is dropped silently.
//!
//! # Attribution and overlap
//!
//! A pledge may have several focus areas, regions, countries …. Under
//! [`Attribution::Full`] each gets the full value and the breakdown overlaps; under
//! [`Attribution::EqualSplit`] and [`Attribution::DeclaredShares`] the value is split so the
//! rows sum exactly to the total. A value is split in its own smallest unit, the last place
//! of the amount as written (cents for `"258800000.00"`, dollars for `"258800000"`), by the
//! largest-remainder method: each row gets the whole units of its exact proportion, and the
//! units left over go one each to the rows with the largest remainders, ties to the earlier
//! row in the dimension's key order (codelist order; country and target codes in code order).
//! USD 100 split three ways is 34 + 33 + 33; USD 100.00 is 33.34 + 33.33 + 33.33. A share
//! never has more decimal places than its value, so a row is as exact as the total: every
//! money sum is exact or an `overflow` error, never silently rounded. Pledge counts always
//! overlap for multi-valued dimensions. Every
//! [`Breakdown`] states its [`Additivity`] and the value and count overlap. The country-group
//! breakdown ("implemented in at least one LDC") always attributes the full value.
#![deny(clippy::arithmetic_side_effects)]

mod options;
mod profile;
mod render;
mod stream;
mod summary;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A hash map with a fast, randomly seeded hasher (foldhash) for the per-pledge lookups of a
/// summary; the default SipHash took a tenth of `summarize`'s time.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
/// A hash set with the hasher of [`FastMap`].
type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::geo;
use crate::model::{CountryCode, Entity, Headquarters, Pledge, ProgressReport};
use crate::taxonomy::{
    BeneficiaryGroup, Challenge, Codelist, CountryGroup, FocusArea, ImplementationStatus,
    ItuRegion, Pillar, PledgeType, RelationType, ReviewState, Solution, StakeholderType,
};
use crate::validate::{validate_pledge, Severity, ValidateOptions};
use crate::{Error, Result};

pub use options::{
    default_as_of, known_since, Attribution, Converted, Converter, Filters, InvalidPolicy,
    RateProvenance, RegionMode, SummaryOptions, TableConverter, P2C_GOAL_USD,
};
pub use profile::{country_profile, CountryProfile, EndDates, GroupFlag};
pub use stream::{push_jsonl, related_ids, summarize_jsonl, SummaryAccumulator};
pub use summary::{
    Additivity, Breakdown, BreakdownRow, CountRow, DeliveryStats, Dimension, EntityStats, Excluded,
    GoalProgress, NotCounted, PledgerCountries, ReportingStats, Summary, Unconverted, ValueStats,
};

/// The validation code of reports dated after the as-of date, which summaries leave out rather
/// than treat as a fault.
const AFTER_AS_OF: &str = "reports.after_as_of";

/// The key of rows for pledges with no value in a dimension.
pub const UNSPECIFIED: &str = "unspecified";

/// Where a pledge's end date falls relative to the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum EndBucket {
    Ended,
    EndsThisYear,
    Later,
    Unknown,
}

impl EndBucket {
    const ALL: [EndBucket; 4] = [
        EndBucket::Ended,
        EndBucket::EndsThisYear,
        EndBucket::Later,
        EndBucket::Unknown,
    ];

    fn key(self) -> &'static str {
        match self {
            EndBucket::Ended => "ended",
            EndBucket::EndsThisYear => "ends_this_year",
            EndBucket::Later => "later",
            EndBucket::Unknown => "unknown",
        }
    }

    fn label(self) -> &'static str {
        match self {
            EndBucket::Ended => "Estimated to have ended",
            EndBucket::EndsThisYear => "Ends in the as-of year",
            EndBucket::Later => "Ends later",
            EndBucket::Unknown => "End date unknown",
        }
    }

    /// Ended: the end's last possible day is before the as-of date. Ends this year: not
    /// ended and the end's year is the as-of year.
    fn of(p: &Pledge, as_of: NaiveDate) -> EndBucket {
        match p.period.as_ref().and_then(|per| per.end) {
            None => EndBucket::Unknown,
            Some(end) if end.last_day() < as_of => EndBucket::Ended,
            Some(end) if end.year() == as_of.year() => EndBucket::EndsThisYear,
            Some(_) => EndBucket::Later,
        }
    }
}

/// A counted pledge with everything derived once.
struct Counted<'a> {
    p: &'a Pledge,
    known: Option<NaiveDate>,
    reports: Vec<&'a ProgressReport>,
    status: Option<ImplementationStatus>,
    end: EndBucket,
    regions: Vec<ItuRegion>,
    groups: Vec<CountryGroup>,
    /// The value that enters the total, after conversion and double-counting rules.
    value: Option<Decimal>,
}

fn inc(n: &mut u64) {
    *n = n.saturating_add(1);
}

/// `a + b`, exactly, or `Error::Overflow` naming `what`. Every money sum of a summary goes
/// through here. `Decimal::checked_add` fails only when the integer part overflows; when the
/// sum needs more than 28 significant digits it silently rounds away fraction digits
/// (`18446744073709551615 + 1e-28`). A rounded sum is refused as an overflow too, so a total or
/// a breakdown row is either exact or an error.
fn add(a: Decimal, b: Decimal, what: &str) -> Result<Decimal> {
    let overflow = || Error::Overflow {
        operation: what.to_owned(),
    };
    let sum = a.checked_add(b).ok_or_else(overflow)?;
    if sum.scale() >= a.scale().max(b.scale()) {
        // Both operands were rescaled to the larger scale and added without rounding.
        return Ok(sum);
    }
    // `Decimal` reduced the scale to make the sum fit. The sum is exact when the true sum has
    // no digit below the kept scale: the integer parts add no fraction digits, and the
    // fraction parts (each below 1 in magnitude) add exactly.
    let fractions = a.fract().checked_add(b.fract()).ok_or_else(overflow)?;
    if fractions.normalize().scale() <= sum.scale() {
        Ok(sum)
    } else {
        Err(overflow())
    }
}

/// A running money sum that gives exactly what a chain of [`add`] calls gives, faster.
///
/// While every addend is non-negative and every partial sum fits a decimal's 96-bit mantissa
/// at the larger scale of its operands, each [`add`] of the chain is exact and keeps that
/// scale (a zero operand leaves the other as it is, scale included),
/// so the sum is kept as a 128-bit integer of units of that scale (integer adds instead of
/// decimal ones). At the first addend for which that does not hold (a negative one, a partial
/// sum beyond 96 bits), the sum so far becomes a `Decimal` and the rest of the chain goes
/// through [`add`] itself, so the result, its scale and any `overflow` error are those of the
/// chain.
#[derive(Debug, Clone, Copy)]
enum Sum {
    /// `units` × 10^-`scale`, with 0 ≤ `units` < 2^96.
    Exact { units: i128, scale: u32 },
    /// The chain's value, continued with [`add`].
    Chain(Decimal),
}

impl Default for Sum {
    fn default() -> Self {
        Sum::Exact { units: 0, scale: 0 }
    }
}

/// 2^96: decimal mantissas are below it.
const MANTISSA_LIMIT: i128 = 1 << 96;

impl Sum {
    /// Add `b` (as `add(self, b, what)` would).
    fn add(&mut self, b: Decimal, what: &str) -> Result<()> {
        *self = match *self {
            Sum::Exact { units, scale } => match Self::exact_add(units, scale, b) {
                Some((units, scale)) => Sum::Exact { units, scale },
                None => Sum::Chain(add(Self::decimal(units, scale)?, b, what)?),
            },
            Sum::Chain(a) => Sum::Chain(add(a, b, what)?),
        };
        Ok(())
    }

    /// `units` × 10^-`scale` + `b` as units of the larger scale, when `b` is not negative and
    /// the sum fits below 2^96.
    fn exact_add(units: i128, scale: u32, b: Decimal) -> Option<(i128, u32)> {
        if b.is_sign_negative() {
            return None;
        }
        let (bu, bs) = (b.mantissa(), b.scale());
        // `Decimal` adds a zero by returning the other operand as it is, scale included (the
        // right one when both are zero).
        if units == 0 {
            return Some((bu, bs));
        }
        if bu == 0 {
            return Some((units, scale));
        }
        let (sum, s) = if bs == scale {
            (units.checked_add(bu)?, scale)
        } else if bs > scale {
            let up = 10i128.checked_pow(bs.checked_sub(scale)?)?;
            (units.checked_mul(up)?.checked_add(bu)?, bs)
        } else {
            let up = 10i128.checked_pow(scale.checked_sub(bs)?)?;
            (units.checked_add(bu.checked_mul(up)?)?, scale)
        };
        (sum < MANTISSA_LIMIT).then_some((sum, s))
    }

    fn decimal(units: i128, scale: u32) -> Result<Decimal> {
        Decimal::try_from_i128_with_scale(units, scale).map_err(|_| Error::Overflow {
            operation: "sum".into(),
        })
    }

    /// The sum as a decimal.
    fn value(self) -> Result<Decimal> {
        match self {
            Sum::Exact { units, scale } => Self::decimal(units, scale),
            Sum::Chain(d) => Ok(d),
        }
    }
}

/// `n / d` as a fraction rounded to 4 decimal places (banker's rounding); 0 when `d` is 0.
/// This is the one place where summary shares are rounded.
fn ratio(n: Decimal, d: Decimal) -> Decimal {
    if d.is_zero() {
        return Decimal::ZERO;
    }
    n.checked_div(d)
        .map(|r| r.round_dp_with_strategy(4, RoundingStrategy::MidpointNearestEven))
        .unwrap_or_default()
}

fn count_ratio(n: u64, d: u64) -> Decimal {
    ratio(Decimal::from(n), Decimal::from(d))
}

/// The regions a pledge counts under.
fn regions_of(p: &Pledge, mode: RegionMode) -> Vec<ItuRegion> {
    let imp = &p.implementation;
    // In order, each once (a sorted vector: cheaper than a set for a handful of regions).
    let mut any: Vec<ItuRegion> = imp.regions.clone();
    any.extend(imp.primary_region);
    any.extend(imp.countries.iter().filter_map(|c| geo::itu_region(*c)));
    any.sort_unstable();
    any.dedup();
    match mode {
        RegionMode::PrimaryOrAny => any,
        RegionMode::PrimaryOnly => match imp.primary_region {
            Some(r) => vec![r],
            None if any.len() == 1 => any,
            None => Vec::new(),
        },
    }
}

/// The groups with at least one member among the pledge's countries on `as_of`; `cache`
/// keeps each country's groups for the duration of one summary.
fn groups_of(
    p: &Pledge,
    as_of: NaiveDate,
    cache: &mut FastMap<CountryCode, Vec<CountryGroup>>,
) -> Vec<CountryGroup> {
    let mut set: Vec<CountryGroup> = Vec::new();
    for code in &p.implementation.countries {
        let groups = cache.entry(*code).or_insert_with(|| {
            CountryGroup::all()
                .iter()
                .copied()
                .filter(|g| geo::is_member(*g, *code, as_of))
                .collect()
        });
        set.extend(groups.iter().copied());
    }
    // In order, each once.
    set.sort_unstable();
    set.dedup();
    set
}

fn stakeholder_types(p: &Pledge) -> Vec<StakeholderType> {
    let set: BTreeSet<StakeholderType> = p.pledgers.all().map(|e| e.stakeholder_type).collect();
    set.into_iter().collect()
}

fn any_of<T: PartialEq>(wanted: &[T], have: &[T]) -> bool {
    wanted.is_empty() || wanted.iter().any(|w| have.contains(w))
}

fn matches(c: &Counted<'_>, f: &Filters) -> bool {
    let p = c.p;
    any_of(&f.focus_areas, &p.focus_areas)
        && any_of(&f.pillars, &p.pillars)
        && any_of(&f.pledge_types, &p.pledge_types)
        && (f.stakeholder_types.is_empty() || any_of(&f.stakeholder_types, &stakeholder_types(p)))
        && any_of(&f.regions, &c.regions)
        && any_of(&f.countries, &p.implementation.countries)
        && any_of(&f.country_groups, &c.groups)
        && f.period.is_none_or(|(from, to)| {
            p.period.as_ref().is_some_and(|per| {
                let starts = per.start.map_or(NaiveDate::MIN, |s| s.first_day());
                let ends = per.end.map_or(NaiveDate::MAX, |e| e.last_day());
                (per.start.is_some() || per.end.is_some()) && starts <= to && ends >= from
            })
        })
}

/// The caller's list of invalid pledges, by id.
fn caller_invalid(options: &SummaryOptions) -> HashMap<&str, &Vec<String>> {
    let mut out: HashMap<&str, &Vec<String>> = HashMap::new();
    for (id, codes) in &options.invalid_pledges {
        // As a map built from the list would: the last entry for an id wins.
        out.insert(id.as_str(), codes);
    }
    out
}

/// [`caller_invalid`] with owned keys, for an accumulator that outlives the options' borrow.
fn caller_invalid_owned(options: &SummaryOptions) -> HashMap<String, Vec<String>> {
    caller_invalid(options)
        .into_iter()
        .map(|(id, codes)| (id.to_owned(), codes.clone()))
        .collect()
}

/// The codes that make `p` invalid (the caller's, then the validator's), or `None` when it is
/// valid (rule 1).
fn invalid_codes(
    p: &Pledge,
    options: &SummaryOptions,
    caller: Option<&Vec<String>>,
) -> Option<Vec<String>> {
    let mut codes: Option<Vec<String>> = caller.cloned();
    if options.validate {
        let vopts = ValidateOptions {
            as_of: Some(options.as_of),
            ..ValidateOptions::default()
        };
        let report = validate_pledge(p, &vopts);
        let faults = report
            .with_severity(Severity::Error)
            .any(|i| i.code != AFTER_AS_OF);
        if faults {
            let codes = codes.get_or_insert_with(Vec::new);
            for issue in report.with_severity(Severity::Error) {
                // Reports after the as-of date are not a fault here: the as-of rule
                // leaves them out.
                if issue.code == AFTER_AS_OF {
                    continue;
                }
                if !codes.iter().any(|c| c == issue.code) {
                    codes.push(issue.code.to_owned());
                }
            }
        }
    }
    codes
}

/// What rules 1–3 make of one pledge: whether it is invalid but counted on the caller's
/// request (listed in `included_invalid` even when a later rule leaves it out), and the
/// exclusion, if any; a pledge with no exclusion is eligible.
fn screen(
    p: &Pledge,
    options: &SummaryOptions,
    invalid: Option<&Vec<String>>,
) -> (bool, Option<Excluded>) {
    let mut included_invalid = false;
    if let Some(codes) = invalid {
        if options.invalid == InvalidPolicy::Include {
            included_invalid = true;
        } else {
            let e = Excluded {
                id: p.id.clone(),
                reason: "invalid".into(),
                detail: codes.join(",").into(),
            };
            return (false, Some(e));
        }
    }
    // Rule 2: published.
    if p.review_state != ReviewState::Published {
        let e = Excluded {
            id: p.id.clone(),
            reason: "not_published".into(),
            detail: p.review_state.code().into(),
        };
        return (included_invalid, Some(e));
    }
    // Rule 3: known on the as-of date.
    if let Some(known) = known_since(p).filter(|k| *k > options.as_of) {
        let e = Excluded {
            id: p.id.clone(),
            reason: "not_yet_known".into(),
            detail: known.to_string().into(),
        };
        return (included_invalid, Some(e));
    }
    (included_invalid, None)
}

/// Everything derived once from an eligible, not superseded pledge (its value is set later).
fn derive<'a>(
    p: &'a Pledge,
    options: &SummaryOptions,
    group_cache: &mut FastMap<CountryCode, Vec<CountryGroup>>,
) -> Counted<'a> {
    let as_of = options.as_of;
    let mut reports: Vec<&ProgressReport> = p
        .progress_reports
        .iter()
        .filter(|r| r.date <= as_of)
        .collect();
    reports.sort_by_key(|r| r.date);
    let status = match reports.last() {
        Some(r) => Some(r.status),
        None if p.progress_reports.is_empty() => p.implementation_status,
        None => None,
    };
    Counted {
        p,
        known: known_since(p),
        status,
        end: EndBucket::of(p, as_of),
        regions: regions_of(p, options.region_mode),
        groups: groups_of(p, as_of, group_cache),
        reports,
        value: None,
    }
}

/// Rule 4: which eligible pledges another eligible pledge supersedes, each mapped to the
/// smallest superseding id (the pledges come sorted by id).
pub(crate) fn superseded_by<'a>(eligible: &[&'a Pledge]) -> BTreeMap<&'a str, &'a str> {
    let supersedes = |p: &&Pledge| {
        p.relations
            .iter()
            .any(|r| r.kind == RelationType::Supersedes)
    };
    if !eligible.iter().any(supersedes) {
        return BTreeMap::new();
    }
    // Sorted by id (as summaries pass them): found by binary search, without a set of ids.
    let sorted = eligible
        .windows(2)
        .all(|w| matches!(w, [a, b] if a.id < b.id));
    let eligible_ids: FastSet<&str> = if sorted {
        FastSet::default()
    } else {
        eligible.iter().map(|p| p.id.as_str()).collect()
    };
    let is_eligible = |id: &str| {
        if sorted {
            eligible.binary_search_by(|p| p.id.as_str().cmp(id)).is_ok()
        } else {
            eligible_ids.contains(id)
        }
    };
    let mut superseded: BTreeMap<&'a str, &'a str> = BTreeMap::new();
    for p in eligible {
        for r in &p.relations {
            if r.kind == RelationType::Supersedes && r.pledge != p.id && is_eligible(&r.pledge) {
                superseded.entry(r.pledge.as_str()).or_insert(p.id.as_str());
            }
        }
    }
    superseded
}

/// Compute a dashboard summary of `pledges` (see the module docs for every rule).
///
/// Errors: `duplicate_pledge_id` when two pledges share an id; `invalid_pledges` when
/// [`InvalidPolicy::Reject`] meets a pledge that failed validation; `overflow` when a sum does
/// not fit in a decimal. Conversion failures are not errors: they are listed.
///
/// From 20,000 counted pledges, on a machine with more than one core, the breakdowns are
/// folded on one short-lived second thread (scoped: it ends before this returns) while the
/// calling thread folds the other figures; the result is the same either way, and if no thread
/// can be started everything is folded on the calling thread.
pub fn summarize(pledges: &[Pledge], options: &SummaryOptions) -> Result<Summary> {
    summarize_refs(pledges, options)
}

/// [`summarize`] over borrowed pledges, for callers that do not hold them in one slice (a
/// binding keeps each pledge in its own object): no pledge is copied.
pub fn summarize_refs<'a>(
    pledges: impl IntoIterator<Item = &'a Pledge>,
    options: &SummaryOptions,
) -> Result<Summary> {
    let as_of = options.as_of;
    let mut sorted: Vec<&Pledge> = pledges.into_iter().collect();
    sorted.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    for pair in sorted.windows(2) {
        if let [a, b] = pair {
            if a.id == b.id {
                return Err(Error::DuplicatePledgeId { id: a.id.clone() });
            }
        }
    }

    // Rule 1: validation, by the validate module and by the caller's list.
    let caller = caller_invalid(options);
    let mut invalid: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for p in &sorted {
        if let Some(codes) = invalid_codes(p, options, caller.get(p.id.as_str()).copied()) {
            invalid.insert(p.id.as_str(), codes);
        }
    }
    if options.invalid == InvalidPolicy::Reject {
        let ids: Vec<String> = sorted
            .iter()
            .filter(|p| invalid.contains_key(p.id.as_str()))
            .map(|p| p.id.clone())
            .collect();
        if !ids.is_empty() {
            return Err(Error::InvalidPledges { ids });
        }
    }

    let mut excluded: Vec<Excluded> = Vec::new();
    let mut included_invalid = Vec::new();
    let mut eligible: Vec<&Pledge> = Vec::new();
    for p in sorted {
        let (included, exclusion) = screen(p, options, invalid.get(p.id.as_str()));
        if included {
            included_invalid.push(p.id.clone());
        }
        match exclusion {
            Some(e) => excluded.push(e),
            None => eligible.push(p),
        }
    }

    // Rule 4: supersession among eligible pledges.
    let superseded = superseded_by(&eligible);

    // Rule 5: filters.
    let mut counted: Vec<Counted<'_>> = Vec::new();
    let mut filtered_out = 0u64;
    let mut undated = Vec::new();
    let mut group_cache = FastMap::default();
    for p in eligible {
        if let Some(by) = superseded.get(p.id.as_str()) {
            excluded.push(Excluded {
                id: p.id.clone(),
                reason: "superseded".into(),
                detail: (*by).to_owned().into(),
            });
            continue;
        }
        let c = derive(p, options, &mut group_cache);
        if matches(&c, &options.filters) {
            if c.known.is_none() {
                undated.push(p.id.clone());
            }
            counted.push(c);
        } else {
            filtered_out = filtered_out.saturating_add(1);
        }
    }
    excluded.sort_by(|a, b| a.id.cmp(&b.id));

    let mut value = count_value(&mut counted, options)?;
    let Folded {
        delivery,
        breakdowns,
        entities,
        pledger_countries,
        reporting,
    } = fold(&counted, options, &mut value)?;
    let total = value.total;
    let pledge_count = u64::try_from(counted.len()).unwrap_or(u64::MAX);

    let goal = goal(options, total)?;

    Ok(Summary {
        as_of,
        currency: options.currency,
        attribution: options.attribution,
        region_mode: options.region_mode,
        rates: options.converter.provenance(),
        notes: notes(options),
        pledge_count,
        filtered_out,
        excluded,
        included_invalid,
        undated,
        entities,
        pledger_countries,
        value,
        breakdowns,
        reporting,
        delivery,
        goal,
    })
}

/// Progress toward the goal, when the goal is in the summary's currency.
fn goal(options: &SummaryOptions, total: Decimal) -> Result<Option<GoalProgress>> {
    if options.goal.currency != options.currency || options.goal.amount.is_zero() {
        return Ok(None);
    }
    let remaining = options
        .goal
        .amount
        .checked_sub(total)
        .ok_or_else(|| Error::Overflow {
            operation: "goal remaining".into(),
        })?
        .max(Decimal::ZERO);
    Ok(Some(GoalProgress {
        goal: options.goal.amount,
        share: ratio(total, options.goal.amount),
        remaining,
    }))
}

fn notes(options: &SummaryOptions) -> Vec<String> {
    let attribution = match options.attribution {
        Attribution::Full => "attribution: full value to each value of a multi-valued dimension; such breakdowns overlap and must not be summed",
        Attribution::EqualSplit => "attribution: value split equally between the values of a multi-valued dimension; breakdowns sum to the total",
        Attribution::DeclaredShares => "attribution: countries and regions get the pledge's declared shares (equal split where none fit), other dimensions an equal split; breakdowns sum to the total",
    };
    let regions = match options.region_mode {
        RegionMode::PrimaryOrAny => "regions: a pledge counts in its primary region and in every other region it names or implies (primary or any)",
        RegionMode::PrimaryOnly => "regions: a pledge counts in its primary region only",
    };
    vec![
        format!("as of {}: published pledges validated (else submitted, else valued) on or before that date; reports dated on or before it", options.as_of),
        "double counting: superseded pledges left out; part_of and same_funds_as amounts counted once; joint pledges count each entity once".into(),
        attribution.into(),
        regions.into(),
        "country groups: a pledge counts in a group when at least one of its implementation countries is a member on the as-of date (scheduled graduations assumed to happen)".into(),
    ]
}

/// The pledge's announced value in the summary's currency, and whether it was converted;
/// `None` for a pledge with no value, the unconverted amount when conversion failed.
fn convert_pledged(
    p: &Pledge,
    options: &SummaryOptions,
) -> Option<std::result::Result<(Decimal, bool), Unconverted>> {
    let fv = p.financial_value.as_ref()?;
    if fv.currency == options.currency {
        return Some(Ok((fv.amount, false)));
    }
    Some(
        match options.converter.convert(
            fv.money(),
            fv.value_date,
            fv.explicit_rate.as_ref(),
            options.currency,
        ) {
            Ok(conv) => Ok((conv.amount, true)),
            Err(e) => Err(Unconverted {
                id: p.id.clone(),
                kind: "pledged".into(),
                amount: fv.amount,
                currency: fv.currency,
                date: fv.value_date,
                code: e.code().into(),
                reason: e.to_string(),
            }),
        },
    )
}

/// The positions of counted pledges by id, for the double-counting rules (built only when a
/// pledge has a relation they read).
struct ById<'a> {
    /// (id, index in `counted`), sorted by id.
    sorted: Vec<(&'a str, usize)>,
}

impl<'a> ById<'a> {
    fn new(counted: &[Counted<'a>]) -> ById<'a> {
        let mut sorted: Vec<(&'a str, usize)> = counted
            .iter()
            .enumerate()
            .map(|(i, c)| (c.p.id.as_str(), i))
            .collect();
        // Usually sorted already (summaries count pledges in id order): a linear check.
        sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
        ById { sorted }
    }

    fn get(&self, id: &str) -> Option<usize> {
        let at = self.sorted.binary_search_by(|e| e.0.cmp(id)).ok()?;
        self.sorted.get(at).map(|e| e.1)
    }
}

/// Convert every counted pledge's value and apply the double-counting rules.
fn count_value(counted: &mut [Counted<'_>], options: &SummaryOptions) -> Result<ValueStats> {
    let mut unconverted = Vec::new();
    let mut converted_n = 0u64;
    // 1. Conversion: each counted pledge's amount, by its index in `counted`.
    let mut amounts: Vec<Option<Decimal>> = Vec::with_capacity(counted.len());
    for c in counted.iter() {
        amounts.push(match convert_pledged(c.p, options) {
            None => None,
            Some(Ok((amount, converted))) => {
                if converted {
                    inc(&mut converted_n);
                }
                Some(amount)
            }
            Some(Err(u)) => {
                unconverted.push(u);
                None
            }
        });
    }
    let amount_of = |i: usize| amounts.get(i).copied().flatten();
    // Only pledges with a part_of or same_funds_as relation need counted pledges by id.
    let related = counted.iter().any(|c| {
        c.p.relations
            .iter()
            .any(|r| matches!(r.kind, RelationType::PartOf | RelationType::SameFundsAs))
    });
    let by_id = if related {
        ById::new(counted)
    } else {
        ById { sorted: Vec::new() }
    };
    let mut not_counted = Vec::new();

    // 2. part_of: the money is inside another counted pledge's.
    let mut dropped: Vec<bool> = vec![false; counted.len()];
    for (i, c) in counted.iter().enumerate() {
        let id = c.p.id.as_str();
        let Some(amount) = amount_of(i) else {
            continue;
        };
        let parent =
            c.p.relations
                .iter()
                .filter(|r| r.kind == RelationType::PartOf && r.pledge != id)
                .map(|r| r.pledge.as_str())
                .filter(|o| by_id.get(o).is_some())
                .min();
        if let Some(parent) = parent {
            not_counted.push(NotCounted {
                id: id.to_owned(),
                reason: RelationType::PartOf.code().into(),
                other: parent.to_owned(),
                amount,
            });
            if let Some(d) = dropped.get_mut(i) {
                *d = true;
            }
        }
    }

    // 3. same_funds_as: components over pledges that still carry an amount.
    let carrier_at = |id: &str| {
        by_id
            .get(id)
            .filter(|i| amount_of(*i).is_some() && !dropped.get(*i).copied().unwrap_or(true))
    };
    let mut adjacent: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for c in counted.iter() {
        let id = c.p.id.as_str();
        for r in &c.p.relations {
            let other = r.pledge.as_str();
            if r.kind == RelationType::SameFundsAs
                && other != id
                && carrier_at(id).is_some()
                && carrier_at(other).is_some()
            {
                adjacent.entry(id).or_default().push(other);
                adjacent.entry(other).or_default().push(id);
            }
        }
    }
    let known = |id: &str| {
        by_id
            .get(id)
            .and_then(|i| counted.get(i))
            .and_then(|c| c.known)
    };
    let mut seen: FastSet<&str> = FastSet::default();
    let mut drop_now: Vec<usize> = Vec::new();
    for start in adjacent.keys().copied() {
        if !seen.insert(start) {
            continue;
        }
        let mut component = vec![start];
        let mut stack = vec![start];
        while let Some(node) = stack.pop() {
            for next in adjacent.get(node).into_iter().flatten() {
                if seen.insert(next) {
                    component.push(next);
                    stack.push(next);
                }
            }
        }
        let carrier = component
            .iter()
            .copied()
            .min_by_key(|id| (known(id).unwrap_or(NaiveDate::MAX), *id))
            .unwrap_or(start);
        for id in component {
            if id != carrier {
                if let Some(i) = by_id.get(id) {
                    if let Some(amount) = amount_of(i) {
                        not_counted.push(NotCounted {
                            id: id.to_owned(),
                            reason: RelationType::SameFundsAs.code().into(),
                            other: carrier.to_owned(),
                            amount,
                        });
                    }
                    drop_now.push(i);
                }
            }
        }
    }
    for i in drop_now {
        if let Some(d) = dropped.get_mut(i) {
            *d = true;
        }
    }
    not_counted.sort_by(|a, b| a.id.cmp(&b.id));

    // 4. The total.
    let mut total = Sum::default();
    let mut pledges_counted = 0u64;
    let mut floors = 0u64;
    for (i, c) in counted.iter_mut().enumerate() {
        if dropped.get(i).copied().unwrap_or(false) {
            continue;
        }
        if let Some(amount) = amounts.get(i).copied().flatten() {
            total.add(amount, "total value")?;
            c.value = Some(amount);
            inc(&mut pledges_counted);
            if c.p.financial_value.as_ref().is_some_and(|v| v.is_floor) {
                inc(&mut floors);
            }
        }
    }
    Ok(ValueStats {
        total: total.value()?,
        pledges_counted,
        floors,
        converted: converted_n,
        not_counted,
        unconverted,
    })
}

/// The figures folded from the counted pledges once their values are final.
struct Folded {
    delivery: DeliveryStats,
    breakdowns: Vec<Breakdown>,
    entities: EntityStats,
    pledger_countries: PledgerCountries,
    reporting: ReportingStats,
}

/// Below this many counted pledges a summary folds them on the calling thread only (a thread
/// costs more than it saves).
const PARALLEL_FROM: usize = 20_000;

/// The breakdowns of `counted`, each with its first `add` error, if any (a dimension that
/// failed takes no more pledges).
fn fold_breakdowns(
    counted: &[Counted<'_>],
    mut accs: Vec<(BreakdownAcc, Option<Error>)>,
) -> Vec<(BreakdownAcc, Option<Error>)> {
    // Pledge by pledge, every dimension: each pledge is read from memory once.
    for c in counted {
        for (acc, err) in &mut accs {
            if err.is_none() {
                if let Err(e) = acc.add(c) {
                    *err = Some(e);
                }
            }
        }
    }
    accs
}

/// Delivery, breakdowns, entities and reporting, each in one pass over the counted pledges.
/// For large summaries on a machine with more than one core the breakdowns are folded on a
/// second thread while this one folds the rest: the figures are independent accumulators, so
/// the result is the same either way. Errors are those of one pass per figure in turn:
/// delivery's first, then each dimension's in [`DIMENSIONS`] order (its first `add` error,
/// else its `finish` error).
fn fold(
    counted: &[Counted<'_>],
    options: &SummaryOptions,
    value: &mut ValueStats,
) -> Result<Folded> {
    let pledge_count = u64::try_from(counted.len()).unwrap_or(u64::MAX);
    let mut delivery = DeliveryAcc::default();
    let mut delivery_err: Option<Error> = None;
    let new_accs = || -> Vec<(BreakdownAcc, Option<Error>)> {
        DIMENSIONS
            .iter()
            .map(|dim| (BreakdownAcc::new(*dim, options), None))
            .collect()
    };
    // `summarize_refs` counts pledges in id order; checked, as the entity figures rely on it.
    let in_order = counted
        .windows(2)
        .all(|w| matches!(w, [a, b] if a.p.id < b.p.id));
    let mut entities = if in_order {
        EntityAcc::in_id_order(counted.len())
    } else {
        EntityAcc::default()
    };
    let mut reporting = ReportingAcc::default();
    let mut rest = |unconverted: &mut Vec<Unconverted>| {
        for c in counted {
            if delivery_err.is_none() {
                if let Err(e) = delivery.add(c, options, unconverted) {
                    delivery_err = Some(e);
                }
            }
            entities.add(c);
            reporting.add(c, options);
        }
    };
    let parallel = counted.len() >= PARALLEL_FROM
        && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    let accs = if parallel {
        std::thread::scope(|scope| {
            let (accs, on_thread) = match std::thread::Builder::new()
                .name("p2c-breakdowns".into())
                .spawn_scoped(scope, || fold_breakdowns(counted, new_accs()))
            {
                Ok(handle) => (None, Some(handle)),
                // No thread to be had: fold everything here.
                Err(_) => (Some(fold_breakdowns(counted, new_accs())), None),
            };
            rest(&mut value.unconverted);
            match (accs, on_thread) {
                (Some(accs), _) => Ok(accs),
                (None, Some(handle)) => handle
                    .join()
                    .map_err(|_| Error::Internal("the breakdown thread failed".into())),
                (None, None) => Err(Error::Internal("no breakdowns".into())),
            }
        })?
    } else {
        let accs = fold_breakdowns(counted, new_accs());
        rest(&mut value.unconverted);
        accs
    };
    if let Some(e) = delivery_err {
        return Err(e);
    }
    value
        .unconverted
        .sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.kind.cmp(&b.kind)));
    let breakdowns = accs
        .into_iter()
        .map(|(acc, err)| match err {
            Some(e) => Err(e),
            None => acc.finish(pledge_count, value.total),
        })
        .collect::<Result<Vec<_>>>()?;
    let (entities, pledger_countries) = entities.finish();
    Ok(Folded {
        delivery: delivery.finish(),
        breakdowns,
        entities,
        pledger_countries,
        reporting: reporting.finish(pledge_count, options),
    })
}

/// Running sums of delivered and pledged amounts.
#[derive(Default)]
struct DeliveryAcc {
    pledges: u64,
    delivered: Decimal,
    pledged: Decimal,
}

impl DeliveryAcc {
    /// Add a counted pledge whose value is final.
    fn add(
        &mut self,
        c: &Counted<'_>,
        options: &SummaryOptions,
        unconverted: &mut Vec<Unconverted>,
    ) -> Result<()> {
        let Some(pledged) = c.value else {
            return Ok(());
        };
        let Some((date, money)) = c
            .reports
            .iter()
            .rev()
            .find_map(|r| r.amount_delivered.map(|m| (r.date, m)))
        else {
            return Ok(());
        };
        let amount = if money.currency == options.currency {
            Ok(money.amount)
        } else {
            options
                .converter
                .convert(money, date, None, options.currency)
                .map(|conv| conv.amount)
        };
        match amount {
            Ok(a) => {
                self.delivered = add(self.delivered, a, "delivered value")?;
                self.pledged = add(self.pledged, pledged, "pledged value")?;
                inc(&mut self.pledges);
            }
            Err(e) => unconverted.push(Unconverted {
                id: c.p.id.clone(),
                kind: "delivered".into(),
                amount: money.amount,
                currency: money.currency,
                date,
                code: e.code().into(),
                reason: e.to_string(),
            }),
        }
        Ok(())
    }

    fn finish(self) -> DeliveryStats {
        DeliveryStats {
            pledges: self.pledges,
            delivered: self.delivered,
            pledged: self.pledged,
            ratio: (!self.pledged.is_zero()).then(|| ratio(self.delivered, self.pledged)),
        }
    }
}

/// Split `value` in proportion to `weights` (non-negative, not necessarily normalized; all
/// zero counts as equal) in the value's own smallest unit, by the largest-remainder method.
///
/// The unit is one in the last place of `value` as written (its scale: 0.01 for `"100.00"`,
/// 1 for `"100"`). Each share first gets the whole units of its exact proportion (rounded
/// toward zero); the units left over (fewer than the number of shares) go one each to the
/// shares with the largest remainders, ties to the earlier share. So every share has the
/// value's scale, the shares sum exactly to `value`, a share of weight 0 is 0, and the result
/// depends on this value and its weights only, never on other pledges: sums of shares are as
/// exact as sums of values (see [`add`]), which the streaming accumulator needs. A negative
/// value splits like its magnitude, negated.
///
/// Errors: `overflow` only when the weights, as integers at their common scale, do not fit in
/// 128 bits (weights with 39 or more significant digits between them).
fn split(value: Decimal, weights: &[Decimal]) -> Result<Vec<Decimal>> {
    let overflow = || Error::Overflow {
        operation: "value split".into(),
    };
    // Weights as integers at a common scale.
    let scale = weights
        .iter()
        .map(|w| w.normalize().scale())
        .max()
        .unwrap_or(0);
    let mut ints = Vec::with_capacity(weights.len());
    let mut sum_w: u128 = 0;
    for w in weights {
        let w = w.normalize();
        let up = scale
            .checked_sub(w.scale())
            .and_then(|e| 10u128.checked_pow(e))
            .ok_or_else(overflow)?;
        let m = w
            .mantissa()
            .unsigned_abs()
            .checked_mul(up)
            .ok_or_else(overflow)?;
        sum_w = sum_w.checked_add(m).ok_or_else(overflow)?;
        ints.push(m);
    }
    if sum_w == 0 {
        ints.iter_mut().for_each(|m| *m = 1);
        sum_w = u128::try_from(ints.len()).map_err(|_| overflow())?;
    }
    if sum_w == 0 {
        return Ok(Vec::new());
    }
    // The value in units: `units` × 10^-`value.scale()`, below 2^96.
    let units = value.mantissa().unsigned_abs();
    let mut parts: Vec<(u128, u128)> = Vec::with_capacity(ints.len());
    let mut given: u128 = 0;
    for m in &ints {
        let (q, r) = mul_div_rem(units, *m, sum_w).ok_or_else(overflow)?;
        given = given.checked_add(q).ok_or_else(overflow)?;
        parts.push((q, r));
    }
    // Fewer units are left than there are shares: one each to the largest remainders.
    let left = units.checked_sub(given).ok_or_else(overflow)?;
    if left > 0 {
        let mut order: Vec<usize> = (0..parts.len()).collect();
        order.sort_by(|a, b| {
            let ra = parts.get(*a).map_or(0, |p| p.1);
            let rb = parts.get(*b).map_or(0, |p| p.1);
            rb.cmp(&ra).then_with(|| a.cmp(b))
        });
        let left = usize::try_from(left).map_err(|_| overflow())?;
        for i in order.into_iter().take(left) {
            if let Some(p) = parts.get_mut(i) {
                p.0 = p.0.checked_add(1).ok_or_else(overflow)?;
            }
        }
    }
    parts
        .into_iter()
        .map(|(q, _)| {
            let q = i128::try_from(q).map_err(|_| overflow())?;
            let q = if value.is_sign_negative() {
                q.checked_neg().ok_or_else(overflow)?
            } else {
                q
            };
            Decimal::try_from_i128_with_scale(q, value.scale()).map_err(|_| overflow())
        })
        .collect()
}

/// `n × m / d` as (quotient, remainder), exactly, for `m <= d` (so the quotient is at most
/// `n`); `None` when `d` is 0. The product may need up to 256 bits: it is formed from 64-bit
/// halves and divided bit by bit, a path taken only for weights with many digits.
fn mul_div_rem(n: u128, m: u128, d: u128) -> Option<(u128, u128)> {
    if d == 0 {
        return None;
    }
    if let Some(p) = n.checked_mul(m) {
        return Some((p.checked_div(d)?, p.checked_rem(d)?));
    }
    const LOW: u128 = u64::MAX as u128;
    let (n1, n0) = (n.checked_shr(64)?, n & LOW);
    let (m1, m0) = (m.checked_shr(64)?, m & LOW);
    // Each partial product of two 64-bit halves fits in 128 bits.
    let p00 = n0.checked_mul(m0)?;
    let p01 = n0.checked_mul(m1)?;
    let p10 = n1.checked_mul(m0)?;
    let p11 = n1.checked_mul(m1)?;
    let mid = p00
        .checked_shr(64)?
        .checked_add(p01 & LOW)?
        .checked_add(p10 & LOW)?;
    let lo = (p00 & LOW) | (mid & LOW).checked_shl(64)?;
    let hi = p11
        .checked_add(p01.checked_shr(64)?)?
        .checked_add(p10.checked_shr(64)?)?
        .checked_add(mid.checked_shr(64)?)?;
    // Restoring division, one bit of the 256-bit product at a time. `rem < d` throughout;
    // when its top bit is set, the shifted value exceeds 2^128 > d, and the wrapping
    // subtraction gives the true difference (which is below d).
    let mut q: u128 = 0;
    let mut rem: u128 = 0;
    for i in (0..256u32).rev() {
        let word = if i >= 128 { hi } else { lo };
        let bit = word.checked_shr(i & 127)? & 1;
        let carry = rem.checked_shr(127)? & 1;
        rem = rem.wrapping_shl(1) | bit;
        q = q.wrapping_shl(1);
        if carry == 1 || rem >= d {
            rem = rem.wrapping_sub(d);
            q |= 1;
        }
    }
    Some((q, rem))
}

/// A pledge's keys (code, label) in one dimension, and its declared weights for them if it
/// has fitting ones.
struct Keys<'a> {
    keys: Vec<(&'a str, &'a str)>,
    /// `Some` when the pledge declares shares for exactly these keys; `None` means split
    /// equally under declared-share attribution.
    declared: Option<Vec<Decimal>>,
    /// Whether the pledge declared shares at all (a fallback is counted only then).
    has_shares: bool,
}

impl<'a> Keys<'a> {
    fn plain(keys: Vec<(&'a str, &'a str)>) -> Keys<'a> {
        Keys {
            keys,
            declared: None,
            has_shares: false,
        }
    }

    fn codes<C: Codelist>(values: &[C]) -> Keys<'a> {
        Keys::plain(
            dedup_codes(values)
                .into_iter()
                .map(|v| (v.code(), v.label()))
                .collect(),
        )
    }
}

fn dedup_codes<C: Codelist>(values: &[C]) -> Vec<C> {
    let mut out: Vec<C> = Vec::new();
    for order in C::all() {
        if values.contains(order) {
            out.push(*order);
        }
    }
    out
}

/// Declared shares fitting exactly `keys`, in key order (none negative, not all zero).
fn declared_for(p: &Pledge, keys: &[(&str, &str)]) -> Option<Vec<Decimal>> {
    let shares = &p.implementation.shares;
    if shares.len() != keys.len() {
        return None;
    }
    let mut out = Vec::with_capacity(keys.len());
    for (k, _) in keys {
        let mut matching = shares.iter().filter(|s| s.area == *k);
        let share = matching.next()?;
        if matching.next().is_some() || share.percent.is_sign_negative() {
            return None;
        }
        out.push(share.percent);
    }
    // Shares that are all zero say nothing about the split: fall back to an equal one.
    if out.iter().all(|w| w.is_zero()) {
        return None;
    }
    Some(out)
}

fn geo_keys<'a>(p: &Pledge, keys: Vec<(&'a str, &'a str)>) -> Keys<'a> {
    if p.implementation.shares.is_empty() {
        return Keys::plain(keys);
    }
    Keys {
        declared: declared_for(p, &keys),
        has_shares: true,
        keys,
    }
}

const GLOBAL: (&str, &str) = ("global", "Global");

fn keys_of<'a>(c: &Counted<'a>, dim: Dimension) -> Keys<'a> {
    let p: &'a Pledge = c.p;
    let global = || {
        if p.implementation.global {
            vec![GLOBAL]
        } else {
            Vec::new()
        }
    };
    match dim {
        Dimension::FocusArea => Keys::codes(&p.focus_areas),
        Dimension::Pillar => Keys::codes(&p.pillars),
        Dimension::PledgeType => Keys::codes(&p.pledge_types),
        Dimension::StakeholderType => Keys::codes(&stakeholder_types(p)),
        Dimension::ItuRegion => {
            let keys: Vec<(&str, &str)> = c.regions.iter().map(|r| (r.code(), r.label())).collect();
            if keys.is_empty() {
                Keys::plain(global())
            } else {
                geo_keys(p, keys)
            }
        }
        Dimension::Country => {
            let set: BTreeSet<&'a CountryCode> = p.implementation.countries.iter().collect();
            let keys: Vec<(&str, &str)> = set
                .into_iter()
                .map(|code| {
                    let label = geo::country(*code).map_or(code.as_str(), |k| k.name);
                    (code.as_str(), label)
                })
                .collect();
            if keys.is_empty() {
                Keys::plain(global())
            } else {
                geo_keys(p, keys)
            }
        }
        Dimension::CountryGroup => Keys::codes(&c.groups),
        Dimension::BeneficiaryGroup => Keys::codes(
            p.beneficiaries
                .as_ref()
                .map_or(&[][..], |b| b.groups.as_slice()),
        ),
        Dimension::ImplementationStatus => Keys::codes(c.status.as_slice()),
        Dimension::EndDate => Keys::plain(vec![(c.end.key(), c.end.label())]),
        Dimension::Target => {
            let set: BTreeSet<&'a str> = p.targets.iter().map(|t| t.0.as_str()).collect();
            Keys::plain(
                set.into_iter()
                    .map(|t| (t, crate::targets::target(t).map_or(t, |i| i.text)))
                    .collect(),
            )
        }
    }
}

/// The rows every summary shows for a dimension, even when empty, in display order.
fn seed(dim: Dimension) -> Vec<(&'static str, &'static str)> {
    fn all<C: Codelist>() -> Vec<(&'static str, &'static str)> {
        C::all().iter().map(|v| (v.code(), v.label())).collect()
    }
    match dim {
        Dimension::FocusArea => all::<FocusArea>(),
        Dimension::Pillar => all::<Pillar>(),
        Dimension::PledgeType => all::<PledgeType>(),
        Dimension::StakeholderType => all::<StakeholderType>(),
        Dimension::ItuRegion => all::<ItuRegion>(),
        Dimension::CountryGroup => all::<CountryGroup>(),
        Dimension::BeneficiaryGroup => all::<BeneficiaryGroup>(),
        Dimension::ImplementationStatus => all::<ImplementationStatus>(),
        Dimension::EndDate => EndBucket::ALL
            .iter()
            .map(|b| (b.key(), b.label()))
            .collect(),
        Dimension::Country | Dimension::Target => Vec::new(),
    }
}

const DIMENSIONS: [Dimension; 11] = [
    Dimension::FocusArea,
    Dimension::Pillar,
    Dimension::PledgeType,
    Dimension::StakeholderType,
    Dimension::ItuRegion,
    Dimension::Country,
    Dimension::CountryGroup,
    Dimension::BeneficiaryGroup,
    Dimension::ImplementationStatus,
    Dimension::EndDate,
    Dimension::Target,
];

/// Running counts and values of one breakdown, by row key.
struct BreakdownAcc {
    dim: Dimension,
    attribution: Attribution,
    /// The rows every summary shows ([`seed`]), in display order.
    seeds: Vec<(&'static str, &'static str)>,
    /// (pledges, value) of each seeded row, by its index in `seeds`: the codelist dimensions
    /// are counted without hashing a key.
    seeded: Vec<(u64, Sum)>,
    /// Rows not seeded (countries, targets, `global`, `unspecified`): key → (label, pledges,
    /// value); order does not matter until the rows are laid out.
    acc: FastMap<String, (String, u64, Sum)>,
    fallbacks: u64,
    equal: Vec<Decimal>,
}

impl BreakdownAcc {
    fn new(dim: Dimension, options: &SummaryOptions) -> BreakdownAcc {
        let attribution = if dim == Dimension::CountryGroup {
            Attribution::Full
        } else {
            options.attribution
        };
        let seeds = seed(dim);
        BreakdownAcc {
            dim,
            attribution,
            seeded: vec![(0, Sum::default()); seeds.len()],
            seeds,
            acc: FastMap::default(),
            fallbacks: 0,
            equal: Vec::new(),
        }
    }

    /// Add a counted pledge whose value is final.
    fn add(&mut self, c: &Counted<'_>) -> Result<()> {
        if self.attribution == Attribution::Full {
            self.add_full(c)
        } else {
            self.add_keyed(c)
        }
    }

    /// [`BreakdownAcc::add`] through the pledge's [`Keys`], under any attribution (the only
    /// route for split attributions; [`BreakdownAcc::add_full`] must agree with it).
    fn add_keyed(&mut self, c: &Counted<'_>) -> Result<()> {
        let Keys {
            keys,
            declared,
            has_shares,
        } = keys_of(c, self.dim);
        let value = c.value.unwrap_or_default();
        let keys = if keys.is_empty() {
            vec![(UNSPECIFIED, "Unspecified")]
        } else {
            keys
        };
        let shares = match (self.attribution, keys.len()) {
            // Every key gets the whole value: no split to compute.
            (Attribution::Full, _) | (_, 1) => {
                for (key, label) in keys {
                    self.put(key, || label, value)?;
                }
                return Ok(());
            }
            (Attribution::EqualSplit, n) => {
                self.equal.resize(n, Decimal::ONE);
                split(value, &self.equal)?
            }
            (Attribution::DeclaredShares, n) => match declared {
                Some(w) => split(value, &w)?,
                None => {
                    if has_shares {
                        inc(&mut self.fallbacks);
                    }
                    self.equal.resize(n, Decimal::ONE);
                    split(value, &self.equal)?
                }
            },
        };
        for ((key, label), share) in keys.into_iter().zip(shares) {
            self.put(key, || label, share)?;
        }
        Ok(())
    }

    /// [`BreakdownAcc::add`] under full attribution: every key of the pledge ([`keys_of`]'s,
    /// each once) gets the whole value. The keys are visited in place, without building
    /// [`Keys`]: under full attribution their order does not matter.
    fn add_full(&mut self, c: &Counted<'_>) -> Result<()> {
        let p = c.p;
        let value = c.value.unwrap_or_default();
        let any = match self.dim {
            Dimension::FocusArea => self.put_codes(&p.focus_areas, value)?,
            Dimension::Pillar => self.put_codes(&p.pillars, value)?,
            Dimension::PledgeType => self.put_codes(&p.pledge_types, value)?,
            Dimension::StakeholderType => {
                let mut types = 0u32;
                for e in p.pledgers.all() {
                    types |= type_bit(e.stakeholder_type);
                }
                let mut any = false;
                for t in StakeholderType::all() {
                    if types & type_bit(*t) != 0 {
                        self.put_code(*t, value)?;
                        any = true;
                    }
                }
                any
            }
            Dimension::ItuRegion => {
                // `regions_of` gives each region once.
                for r in &c.regions {
                    self.put_code(*r, value)?;
                }
                if c.regions.is_empty() && p.implementation.global {
                    self.put(GLOBAL.0, || GLOBAL.1, value)?;
                }
                !c.regions.is_empty() || p.implementation.global
            }
            Dimension::Country => {
                let countries = &p.implementation.countries;
                for (i, code) in countries.iter().enumerate() {
                    // Each code once: skip it when it appeared earlier.
                    if countries.get(..i).is_some_and(|seen| seen.contains(code)) {
                        continue;
                    }
                    let label = || geo::country(*code).map_or(code.as_str(), |k| k.name);
                    self.put(code.as_str(), label, value)?;
                }
                if countries.is_empty() && p.implementation.global {
                    self.put(GLOBAL.0, || GLOBAL.1, value)?;
                }
                !countries.is_empty() || p.implementation.global
            }
            Dimension::CountryGroup => self.put_codes(&c.groups, value)?,
            Dimension::BeneficiaryGroup => self.put_codes(
                p.beneficiaries
                    .as_ref()
                    .map_or(&[][..], |b| b.groups.as_slice()),
                value,
            )?,
            Dimension::ImplementationStatus => self.put_codes(c.status.as_slice(), value)?,
            Dimension::EndDate => {
                match EndBucket::ALL.iter().position(|b| *b == c.end) {
                    Some(i) => self.put_index(i, value)?,
                    None => self.put(c.end.key(), || c.end.label(), value)?,
                }
                true
            }
            Dimension::Target => {
                for (i, t) in p.targets.iter().enumerate() {
                    if p.targets.get(..i).is_some_and(|seen| seen.contains(t)) {
                        continue;
                    }
                    let t = t.0.as_str();
                    self.put(t, || crate::targets::target(t).map_or(t, |i| i.text), value)?;
                }
                !p.targets.is_empty()
            }
        };
        if !any {
            self.put(UNSPECIFIED, || "Unspecified", value)?;
        }
        Ok(())
    }

    /// Count the pledge with `value` under each distinct code of `values`; whether there was
    /// any.
    fn put_codes<C: Codelist>(&mut self, values: &[C], value: Decimal) -> Result<bool> {
        if values.is_empty() {
            return Ok(false);
        }
        for v in C::all() {
            if values.contains(v) {
                self.put_code(*v, value)?;
            }
        }
        Ok(true)
    }

    /// Count the pledge with `value` under one code: by its codelist index when the
    /// dimension's seeded rows are that codelist, else by key.
    fn put_code<C: Codelist>(&mut self, v: C, value: Decimal) -> Result<()> {
        let index = C::all().iter().position(|x| *x == v);
        match index.filter(|i| self.seeds.get(*i).is_some_and(|s| s.0 == v.code())) {
            Some(i) => self.put_index(i, value),
            None => self.put(v.code(), || v.label(), value),
        }
    }

    /// Count one pledge with `share` of its value in the seeded row `index`.
    fn put_index(&mut self, index: usize, share: Decimal) -> Result<()> {
        let Some(row) = self.seeded.get_mut(index) else {
            return Err(Error::Internal(format!("no breakdown row `{index}`")));
        };
        inc(&mut row.0);
        row.1.add(share, "breakdown value")
    }

    /// Count one pledge with `share` of its value in the row `key` (labelled `label()` when
    /// the row is new).
    fn put<'l>(
        &mut self,
        key: &str,
        label: impl FnOnce() -> &'l str,
        share: Decimal,
    ) -> Result<()> {
        if let Some(i) = self.seeds.iter().position(|s| s.0 == key) {
            return self.put_index(i, share);
        }
        let entry = match self.acc.get_mut(key) {
            Some(e) => e,
            None => {
                self.acc
                    .entry(key.to_owned())
                    .or_insert((label().to_owned(), 0, Sum::default()))
            }
        };
        inc(&mut entry.1);
        entry.2.add(share, "breakdown value")
    }

    /// Lay the rows out: seeded rows in display order, then the rest by count and value, then
    /// `unspecified`.
    fn finish(mut self, pledge_count: u64, total: Decimal) -> Result<Breakdown> {
        let dim = self.dim;
        let mut rows = Vec::new();
        let mut push = |key: &str, label: &str, pledges: u64, value: Decimal| {
            rows.push(BreakdownRow {
                key: key.to_owned(),
                label: label.to_owned(),
                pledges,
                pledge_share: count_ratio(pledges, pledge_count),
                value,
                value_share: ratio(value, total),
            });
        };
        for ((key, label), (pledges, value)) in self.seeds.iter().zip(&self.seeded) {
            push(key, label, *pledges, value.value()?);
        }
        let unspecified = match self.acc.remove(UNSPECIFIED) {
            Some((label, pledges, value)) => Some((label, pledges, value.value()?)),
            None => None,
        };
        let mut rest: Vec<(String, (String, u64, Decimal))> = self
            .acc
            .into_iter()
            .map(|(key, (label, pledges, value))| Ok((key, (label, pledges, value.value()?))))
            .collect::<Result<_>>()?;
        rest.sort_by(|a, b| {
            (b.1)
                .1
                .cmp(&(a.1).1)
                .then_with(|| (b.1).2.cmp(&(a.1).2))
                .then_with(|| a.0.cmp(&b.0))
        });
        for (key, (label, pledges, value)) in rest {
            push(&key, &label, pledges, value);
        }
        if let Some((label, pledges, value)) = unspecified {
            push(UNSPECIFIED, &label, pledges, value);
        }

        let mut row_value = Decimal::ZERO;
        let mut row_count = 0u64;
        for r in &rows {
            row_value = add(row_value, r.value, "breakdown total")?;
            row_count = row_count.saturating_add(r.pledges);
        }
        let value_overlap = row_value
            .checked_sub(total)
            .ok_or_else(|| Error::Overflow {
                operation: "breakdown overlap".into(),
            })?;
        Ok(Breakdown {
            dimension: dim,
            attribution: self.attribution,
            additivity: if value_overlap.is_zero() {
                Additivity::Additive
            } else {
                Additivity::Overlapping
            },
            value_overlap,
            count_overlap: row_count.saturating_sub(pledge_count),
            share_fallbacks: self.fallbacks,
            rows,
        })
    }
}

/// A 128-bit fingerprint of an entity's identity key ([`Entity::identity_key`]: two
/// independent SipHash values of its bytes), so that sets of distinct entities cost a few bytes
/// per entity however long their keys; a false match among 10^9 keys has a probability below
/// 10^-20. The key's bytes are hashed in pieces, without building the key (an allocation per
/// entity per pledge was a tenth of a summary's allocations).
fn fingerprint(e: &Entity) -> u128 {
    use std::hash::Hasher;
    let half = |salt: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        h.write_u8(salt);
        match &e.id {
            Some(id) => {
                h.write(b"id:");
                h.write(id.as_bytes());
            }
            None => {
                let name = e.name.trim();
                h.write(b"name:");
                if name.is_ascii() {
                    // `to_lowercase` of ASCII text, byte by byte.
                    for b in name.bytes() {
                        h.write_u8(b.to_ascii_lowercase());
                    }
                } else {
                    h.write(name.to_lowercase().as_bytes());
                }
                h.write(b"|");
                h.write(match &e.headquarters {
                    Headquarters::Country(c) => c.as_str().as_bytes(),
                    Headquarters::International => Headquarters::INTERNATIONAL.as_bytes(),
                });
            }
        }
        u128::from(h.finish())
    };
    half(0).checked_shl(64).unwrap_or_default() | half(1)
}

/// The bit of a stakeholder type in a set of types.
fn type_bit(t: StakeholderType) -> u32 {
    let i = StakeholderType::all()
        .iter()
        .position(|x| *x == t)
        .and_then(|i| u32::try_from(i).ok())
        .unwrap_or(0);
    1u32.checked_shl(i).unwrap_or(0)
}

/// One distinct entity: its stakeholder types (a bit set in codelist order), its
/// headquarters, and for an id-keyed entity the smallest pledge id whose headquarters is
/// kept, so that the result does not depend on the order pledges arrive in.
struct EntitySeen {
    types: u32,
    hq: Headquarters,
    /// A boxed `str` (16 bytes, not `String`'s 24): one of these per distinct entity.
    first: Box<str>,
}

/// The distinct entities seen so far, by the fingerprint of their identity key; the keys
/// themselves are kept only for entities given conflicting stakeholder types.
#[derive(Default)]
struct EntityAcc {
    by_key: FastMap<u128, EntitySeen>,
    conflicting: BTreeSet<String>,
    /// Pledges arrive in id order (as `summarize` folds them): the first pledge naming an
    /// entity has the smallest id, so `EntitySeen::first` is neither kept nor compared.
    in_id_order: bool,
}

impl EntityAcc {
    /// An accumulator for pledges that arrive in ascending id order, with room for `n`
    /// entities.
    fn in_id_order(n: usize) -> EntityAcc {
        let mut by_key = FastMap::default();
        by_key.reserve(n);
        EntityAcc {
            by_key,
            conflicting: BTreeSet::new(),
            in_id_order: true,
        }
    }

    fn add(&mut self, c: &Counted<'_>) {
        let keep_first = !self.in_id_order;
        for e in c.p.pledgers.all() {
            let entry = self.by_key.entry(fingerprint(e)).or_insert_with(|| {
                let first: Box<str> = if e.id.is_some() && keep_first {
                    c.p.id.as_str().into()
                } else {
                    Box::default()
                };
                EntitySeen {
                    types: 0,
                    hq: e.headquarters,
                    first,
                }
            });
            let bit = type_bit(e.stakeholder_type);
            if entry.types != 0 && entry.types & bit == 0 {
                self.conflicting.insert(e.identity_key());
            }
            entry.types |= bit;
            // Name-keyed entities have their headquarters in the key; an id-keyed one keeps
            // the headquarters given on the pledge with the smallest id.
            if e.id.is_some() && keep_first && *c.p.id < *entry.first {
                entry.hq = e.headquarters;
                entry.first = c.p.id.as_str().into();
            }
        }
    }

    fn finish(self) -> (EntityStats, PledgerCountries) {
        let by_key = self.by_key;
        let n = u64::try_from(by_key.len()).unwrap_or(u64::MAX);
        let mut per_type: BTreeMap<StakeholderType, u64> = BTreeMap::new();
        let mut per_country: BTreeMap<CountryCode, u64> = BTreeMap::new();
        let mut international = 0u64;
        for seen in by_key.values() {
            // Counted under the first of its types in codelist order.
            let first = StakeholderType::all()
                .iter()
                .find(|t| seen.types & type_bit(**t) != 0);
            if let Some(first) = first {
                inc(per_type.entry(*first).or_default());
            }
            match seen.hq {
                Headquarters::Country(code) => inc(per_country.entry(code).or_default()),
                Headquarters::International => inc(&mut international),
            }
        }
        let conflicting: Vec<String> = self.conflicting.into_iter().collect();
        let by_stakeholder_type = StakeholderType::all()
            .iter()
            .map(|t| {
                let count = per_type.get(t).copied().unwrap_or(0);
                CountRow {
                    key: t.code().into(),
                    label: t.label().into(),
                    count,
                    share: count_ratio(count, n),
                }
            })
            .collect();
        let mut countries: Vec<CountRow> = per_country
            .iter()
            .map(|(code, count)| CountRow {
                key: code.as_str().into(),
                label: geo::country(*code).map_or(code.as_str(), |k| k.name).into(),
                count: *count,
                share: count_ratio(*count, n),
            })
            .collect();
        countries.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
        (
            EntityStats {
                count: n,
                by_stakeholder_type,
                conflicting_types: conflicting,
            },
            PledgerCountries {
                count: u64::try_from(per_country.len()).unwrap_or(u64::MAX),
                international_entities: international,
                countries,
            },
        )
    }
}

fn frequency<C: Codelist + Ord>(counts: &BTreeMap<C, u64>, whole: u64) -> Vec<CountRow> {
    let mut rows: Vec<(C, u64)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.into_iter()
        .map(|(k, count)| CountRow {
            key: k.code().into(),
            label: k.label().into(),
            count,
            share: count_ratio(count, whole),
        })
        .collect()
}

/// Running reporting figures.
#[derive(Default)]
struct ReportingAcc {
    reports: u64,
    reported: u64,
    leads: FastSet<u128>,
    by_type: BTreeMap<StakeholderType, u64>,
    challenges: BTreeMap<Challenge, u64>,
    solutions: BTreeMap<Solution, u64>,
    ended_with_reports: u64,
    overdue: Vec<String>,
    undetermined: u64,
}

impl ReportingAcc {
    fn add(&mut self, c: &Counted<'_>, options: &SummaryOptions) {
        let n = u64::try_from(c.reports.len()).unwrap_or(u64::MAX);
        self.reports = self.reports.saturating_add(n);
        if n > 0 {
            inc(&mut self.reported);
            self.leads.insert(fingerprint(&c.p.pledgers.lead));
            inc(self
                .by_type
                .entry(c.p.pledgers.lead.stakeholder_type)
                .or_default());
            if c.end == EndBucket::Ended {
                inc(&mut self.ended_with_reports);
            }
        }
        for r in &c.reports {
            for ch in dedup_codes(&r.challenges) {
                inc(self.challenges.entry(ch).or_default());
            }
            for s in dedup_codes(&r.solutions) {
                inc(self.solutions.entry(s).or_default());
            }
        }
        let finished = matches!(
            c.status,
            Some(ImplementationStatus::Completed | ImplementationStatus::Cancelled)
        );
        if finished {
            return;
        }
        match c.reports.last().map(|r| r.date).or(c.known) {
            Some(last) => {
                if options.as_of.signed_duration_since(last).num_days()
                    > i64::from(options.report_interval_days)
                {
                    self.overdue.push(c.p.id.clone());
                }
            }
            None => inc(&mut self.undetermined),
        }
    }

    fn finish(mut self, pledge_count: u64, options: &SummaryOptions) -> ReportingStats {
        let reported = self.reported;
        let by_stakeholder_type = StakeholderType::all()
            .iter()
            .map(|t| {
                let count = self.by_type.get(t).copied().unwrap_or(0);
                CountRow {
                    key: t.code().into(),
                    label: t.label().into(),
                    count,
                    share: count_ratio(count, reported),
                }
            })
            .collect();
        self.overdue.sort();
        ReportingStats {
            reports: self.reports,
            reported_pledges: reported,
            reported_share: count_ratio(reported, pledge_count),
            entities_reporting: u64::try_from(self.leads.len()).unwrap_or(u64::MAX),
            by_stakeholder_type,
            challenges: frequency(&self.challenges, self.reports),
            solutions: frequency(&self.solutions, self.reports),
            ended_with_reports: self.ended_with_reports,
            interval_days: options.report_interval_days,
            overdue: self.overdue,
            overdue_undetermined: self.undetermined,
        }
    }
}
