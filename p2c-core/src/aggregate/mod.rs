//! Dashboards: currency-normalized summaries of pledges that never count the same money twice.
//!
//! [`summarize`] computes the figures of a P2C dashboard as of a date; [`country_profile`]
//! the figures of one country (the shape of ITU's national roundtable profiles);
//! [`Summary::render_text`] prints a summary as a plain-text dashboard; [`compare`] says what
//! changed between two summaries (growth "in a year", rules in `compare.rs`);
//! [`Summary::series`] gives pledges and value per year of announcement (rule in
//! `series.rs`); each counted
//! pledge has a [`ReportingStatus`] (counts, values and `activeValue` in
//! [`ReportingStats::status`], rule in `status.rs`); [`annual_report`] gives the figures of
//! an annual progress report, each with its definition (rules in `annual.rs`).
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
//!    `announcedOn` date, else its amount's `valueDate` ([`known_since`]) is on or before *D*.
//!    This holds for every pledge, financial or not. A date known only to the month or the
//!    year counts from its **last day** (`"2022-06"` from 2022-06-30, `"2022"` from
//!    2022-12-31), the first day on which the pledge was certainly known: as of a day inside
//!    that month or year the pledge is left out as `not_yet_known` (its detail is the date
//!    as stated). A pledge with none of these dates counts and is listed in
//!    [`Summary::undated`];
//! 4. no other pledge that counts by rules 1–3 `supersedes` it; `supersedes` relations that
//!    form a cycle (A supersedes B, B supersedes A, or longer) cannot hold and supersede
//!    nothing, so the cycle's pledges count rather than all dropping out (`validate_batch`
//!    reports the cycle as `batch.relation_cycle`; pass its findings in
//!    [`SummaryOptions::invalid_pledges`] to leave them out as invalid instead); the cycle is
//!    listed in [`Summary::relation_cycles`];
//! 5. it matches the filters.
//!
//! Every pledge left out by rules 1–4 is listed in [`Summary::excluded`] with its reason;
//! filtered-out pledges are counted in [`Summary::filtered_out`].
//!
//! # New between two dates
//!
//! [`Filters::new_between`] (`filters.newBetween: [from, to]`) keeps the pledges that became
//! new between two days, both inclusive, so that every figure and breakdown of the summary is
//! one of new pledges. The date a pledge became new is [`new_on`]: its `validatedAt` date,
//! else its `submittedAt` date, else its `announcedOn` date (the validation date wins, as in
//! rule 3: with day-precise dates, a pledge new between *F* and *T* is one a summary as of *T*
//! counts and a summary as of the day before *F* did not). A pledge with none of these dates,
//! or with an announcement known only to a month or a year that overlaps the window without
//! lying inside it (`2023-06` for a window from 2023-06-15), cannot be said to be new or not:
//! it is listed in [`Summary::excluded`] with reason `newness_undetermined` and its date as
//! stated (`none`), never counted as new and never dropped silently. (A summary as of a date
//! inside that month does not count it either, rule 3; a comparison of two as-of summaries
//! may count it as new where this filter lists it as undetermined.) The as-of rule still
//! applies: with a window ending after the as-of date, pledges known after it stay
//! `not_yet_known`.
//!
//! Progress reports count when dated on or before *D*. The implementation status as of *D* is
//! that of the latest such report; a pledge with no reports at all keeps its recorded status;
//! a pledge whose reports are all after *D* has an unknown status.
//!
//! # What an amount counts for
//!
//! A pledge's value is the figure [`crate::model::amount::counted_amount`] derives from the
//! amount as announced, with the default [`crate::model::amount::CountRules`]:
//! - a range (`maxAmount`) counts its **lower end** (what was certainly pledged);
//! - a yearly amount (`basis: per_year`) counts **times its years**: `years` when stated,
//!   else the calendar years of the pledge's period, both ends included (`2025`–`2029` is 5);
//!   with neither it is **not counted**: the pledge still counts as a pledge, with no value,
//!   and is listed in [`Derivations::not_derived`] (`per_year_without_years`, or
//!   `per_year_period_reversed`), never counted as one year (validation also reports it as
//!   `money.per_year_without_period`, so it counts only under [`InvalidPolicy::Include`]);
//! - floors, ceilings ("up to") and approximate figures count **as stated**; in-kind values
//!   count at their stated money worth;
//! - the counted figure is converted at the value date, as the announced amount would be; a
//!   value date known only to the month or the year (`2024-07`, `2022`) is given to the
//!   policy as it is ([`Converter::convert_at`]), so the day-based policies are skipped and the
//!   default chain values it at that calendar year's average (`annual_average`), never at the
//!   rate of an invented first day. [`RateProvenance::policy`] says so.
//!
//! [`ValueStats::derivations`] reports, per derivation method (`range`,
//! `per_year_times_stated_years`, `per_year_times_period_years`) and per qualifier (`floor`,
//! `ceiling`, `range`, `approximate`, `in_kind`), how many amounts in the total were obtained
//! that way and the value they put in it (after the double-counting rules below: an amount
//! left out by `part_of` or `same_funds_as` is in no row).
//!
//! # Places that are not countries
//!
//! Format 1.1 places count as [`crate::geo::places`] says: a country group the pledge names
//! (`countryGroups`: "for LDCs, LLDCs and SIDS", or "LDCs in Africa" with `regions`) counts
//! the pledge in that group's row and filter, as does a named country that is a member on
//! *D*; a region with countries the pledge does not name (`unspecifiedCountriesIn`) counts
//! the pledge in that region's row and filter, like a declared region (so under
//! [`RegionMode::PrimaryOnly`] it is the pledge's region when it is the only one implied, and
//! under split attributions it takes its share like any other region). A group named with
//! no region or country gives no region row (its members lie in several regions): the
//! pledge is in the region breakdown's `unspecified` row. No group or unnamed country ever
//! becomes a country row.
//!
//! # Never counting money twice
//!
//! - A superseded pledge is left out altogether (rule 4).
//! - A pledge `part_of` another counted pledge adds no money: its money is inside the other's.
//!   `part_of` relations that form a loop among counted pledges (A part_of B, B part_of A, or
//!   longer) cannot hold: they are void, so each pledge of the loop keeps its money (rather
//!   than all of it disappearing), and the loop is listed in [`Summary::relation_cycles`].
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
//! rows sum exactly to the total, except in the country-group breakdown, whose groups overlap
//! (a country may be an LDC and an LLDC; see "Geography that adds up"): each breakdown's
//! [`Additivity`] says which holds, and the summary's attribution note points to it. A value is split in its own smallest unit, the last place
//! of the amount as written (cents for `"258800000.00"`, dollars for `"258800000"`), by the
//! largest-remainder method: each row gets the whole units of its exact proportion, and the
//! units left over go one each to the rows with the largest remainders, ties to the earlier
//! row in the dimension's key order (codelist order; country and target codes in code order).
//! USD 100 split three ways is 34 + 33 + 33; USD 100.00 is 33.34 + 33.33 + 33.33. A share
//! never has more decimal places than its value, so a row is as exact as the total: every
//! money sum is exact or an `overflow` error, never silently rounded. Pledge counts always
//! overlap for multi-valued dimensions. Every
//! [`Breakdown`] states its [`Additivity`] and the value and count overlap.
//!
//! # Geography that adds up
//!
//! Under the split attributions the country, ITU region and country-group rows all come from
//! **one** attribution of a pledge's value over its places (its named countries, the regions
//! where it has countries it does not name, the groups it names without countries), so the
//! tables of one summary never contradict each other: a region's row is the sum of its
//! countries' shares plus the shares of its region parts, and a country group's row the sum
//! of its member countries' shares (membership on *D*) plus, for pledges that name the group,
//! the shares of their unnamed places. A USD 10 m pledge in Ghana, Togo and Morocco with
//! declared shares 60/30/10 gives GHA 6 m, TGO 3 m, MAR 1 m, hence AFR 9 m, ARB 1 m and LDC
//! 3 m (Togo's share). Declared shares may name the countries or their regions; a region's
//! share is split equally between its places. Money in no country (unnamed places) is in the
//! country breakdown's `unspecified` row, money in no group in the group breakdown's; groups
//! overlap, so that breakdown can overlap, and says so. The rules in full, with the fallbacks,
//! are in `aggregate/attribution.rs`. Under [`Attribution::Full`] every place's row gets the
//! whole value, as before ("implemented in at least one LDC", or naming the group); under
//! [`RegionMode::PrimaryOnly`] the region breakdown gives each pledge's whole value to its one
//! region.
//!
//! # Countries of pledge-makers
//!
//! [`PledgerCountries`] counts distinct entities by headquarters country; an entity with no
//! home country (`international`) or whose headquarters the source does not give
//! (`unknown`, format 1.1) is counted in `internationalEntities` or `unknownEntities`, never
//! under a country.
//!
//! # Dimensions of SDGs, events and pledgers
//!
//! - [`Dimension::Sdg`]: each goal a pledge names, once (all 17 always shown; a number that
//!   is not a goal, possible only in a pledge counted invalid, is the row `not_an_sdg`);
//!   [`Dimension::SdgTarget`]: each target it names (`9.c`); [`Dimension::Event`]: each
//!   event or campaign it names. A pledge with none is in the `unspecified` row.
//! - [`Dimension::PledgerRegion`] and [`Dimension::PledgerCountry`]: the ITU-D region and
//!   the country of the headquarters of each of a pledge's entities (lead and partners), with
//!   rows of their own for `international`, `unknown` and (regions) `no_itu_region`, never
//!   dropped. A pledge counts once in each distinct row its entities give; for value, full
//!   attribution gives each such row the whole value, the split attributions split it
//!   equally over the distinct rows (a joint pledge by two Kenyan firms and a French one:
//!   half to AFR, half to EUR). Declared shares are shares of implementation places, not of
//!   pledgers, so under [`Attribution::DeclaredShares`] these two breakdowns split equally
//!   and their [`Breakdown::attribution`] says `equal_split`.
//! - Entity counts by pledger region, each distinct entity once in the row of its
//!   headquarters, are [`PledgerCountries::regions`]; they sum to the entity count.
#![deny(clippy::arithmetic_side_effects)]

mod annual;
mod attribution;
mod breakdown;
mod compare;
mod delivery;
mod dims;
mod entities;
mod fold;
mod options;
mod partial;
mod profile;
mod render;
pub(crate) use render::{note as note_in, row_label};
mod reporting;
mod runs;
mod select;
mod series;
mod status;
mod stream;
mod summary;
mod value;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap, HashSet};

/// A hash map with a fast, randomly seeded hasher (foldhash) for the per-pledge lookups of a
/// summary; the default SipHash took a tenth of `summarize`'s time.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
/// A hash set with the hasher of [`FastMap`].
type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

use rust_decimal::Decimal;

use crate::model::Pledge;
use crate::{Error, Result};

// The converter types live in `money`; re-exported here, where summaries take them.
pub use crate::money::{Converted, Converter, RateProvenance, TableConverter};
pub use annual::{annual_report, AnnualReport, Basis, Figure, Unit, TOP_SDGS};
pub use compare::{
    compare, compare_json, BreakdownChange, Change, Comparison, HeadlineChanges, RowChange,
    PERCENT_RULE,
};
pub use dims::pledger_region;
pub use options::{
    default_as_of, known_since, new_on, Attribution, Filters, InvalidPolicy, RegionMode,
    SummaryOptions, P2C_GOAL_USD,
};
pub use profile::{
    country_profile, country_profile_of_summary, CountryProfile, EndDates, GroupFlag,
};
pub use series::{YearRow, YearSeries, UNKNOWN_YEAR};
pub use status::{reporting_status, ReportingStatus, StatusRow, StatusStats};
pub use stream::{push_jsonl, related_ids, summarize_jsonl, SummaryAccumulator};
pub use summary::{
    Additivity, AmountRow, Breakdown, BreakdownRow, CountRow, DeliveryStats, Derivations,
    Dimension, EntityStats, Excluded, GoalProgress, NotCounted, NotDerived, PledgerCountries,
    RelationCycle, ReportingStats, Summary, Unconverted, ValueStats,
};

use crate::money::exact::{add, ratio};
use breakdown::{BreakdownAcc, DIMENSIONS};
use delivery::DeliveryAcc;
use entities::EntityAcc;
use fold::{fold, Folded};
use reporting::ReportingAcc;
pub(crate) use select::superseded_by;
use select::{
    admit, caller_invalid, caller_invalid_owned, derive, invalid_codes, screen, Admit, Counted,
    EndBucket,
};
use value::{convert_pledged, count_value};

/// The validation code of reports dated after the as-of date, which summaries leave out rather
/// than treat as a fault.
const AFTER_AS_OF: &str = "reports.after_as_of";

/// The key of rows for pledges with no value in a dimension.
pub const UNSPECIFIED: &str = "unspecified";

fn inc(n: &mut u64) {
    *n = n.saturating_add(1);
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

    // Rule 1: validation, by the validate module and by the caller's list; the pledges are
    // validated in pieces on up to `options.threads` threads.
    let caller = caller_invalid(options);
    let pieces = crate::parallel::ranges(sorted.len(), crate::parallel::chunk_items());
    let found = crate::parallel::map(options.threads, &pieces, |range| {
        sorted
            .get(range.clone())
            .unwrap_or_default()
            .iter()
            .filter_map(|p| {
                invalid_codes(p, options, caller.get(p.id.as_str()).copied())
                    .map(|codes| (p.id.as_str(), codes))
            })
            .collect::<Vec<_>>()
    });
    let invalid: BTreeMap<&str, Vec<String>> = found.into_iter().flatten().collect();
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
    let (superseded, mut relation_cycles) = superseded_by(&eligible);

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
        match admit(&c, &options.filters) {
            Admit::Yes => {
                if c.known.is_none() {
                    undated.push(p.id.clone());
                }
                counted.push(c);
            }
            Admit::No => filtered_out = filtered_out.saturating_add(1),
            Admit::Undetermined(e) => excluded.push(e),
        }
    }
    excluded.sort_by(|a, b| a.id.cmp(&b.id));

    let mut value = count_value(&mut counted, options, &mut relation_cycles)?;
    let Folded {
        delivery,
        breakdowns,
        entities,
        pledger_countries,
        reporting,
        series,
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
        relation_cycles: select::sort_cycles(relation_cycles),
        entities,
        pledger_countries,
        value,
        breakdowns,
        series,
        reporting,
        delivery,
        goal,
        warnings: Vec::new(),
    })
}

/// The pledges that match `options.filters` (rule 5 of the module docs, evaluated as of
/// `options.as_of` under `options.region_mode`), in input order: what the flat tables of a
/// filtered call keep. Rules 1–4 are not applied: a table lists drafts and invalid pledges too.
pub fn matching<'a>(
    pledges: impl IntoIterator<Item = &'a Pledge>,
    options: &SummaryOptions,
) -> Vec<&'a Pledge> {
    let mut group_cache = FastMap::default();
    pledges
        .into_iter()
        .filter(|p| {
            matches!(
                admit(&derive(p, options, &mut group_cache), &options.filters),
                Admit::Yes
            )
        })
        .collect()
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
        Attribution::EqualSplit => "attribution: value split equally between the values of a multi-valued dimension; a breakdown's rows sum to the total unless its additivity says they overlap (country groups can: a country may be in several groups)",
        Attribution::DeclaredShares => "attribution: countries and regions get the pledge's declared shares (equal split where none fit), other dimensions an equal split; a breakdown's rows sum to the total unless its additivity says they overlap (country groups can: a country may be in several groups)",
    };
    let regions = match options.region_mode {
        RegionMode::PrimaryOrAny => "regions: a pledge counts in its primary region and in every other region it names or implies (primary or any)",
        RegionMode::PrimaryOnly => "regions: a pledge counts in its primary region only",
    };
    let mut out = vec![
        format!("as of {}: published pledges validated (else submitted, else announced, else valued) on or before that date, a month or a year counting from its last day; reports dated on or before it", options.as_of),
        "double counting: superseded pledges left out; part_of and same_funds_as amounts counted once; joint pledges count each entity once".into(),
        attribution.into(),
        regions.into(),
        "country groups: a pledge counts in a group when it names the group or when at least one of its implementation countries is a member on the as-of date (scheduled graduations assumed to happen)".into(),
        "amounts: a range counts its lower end; a yearly amount counts times its stated years, else the calendar years of its period, else not at all (listed as not derived); floors, ceilings, approximate and in-kind amounts count as stated and are reported".into(),
    ];
    if let Some((from, to)) = options.filters.new_between {
        out.push(format!("new between {from} and {to}, both days included: only pledges validated (else submitted, else announced) in that window count; those whose date cannot tell are listed as newness_undetermined"));
    }
    out
}
