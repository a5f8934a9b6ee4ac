//! Which pledges count (rules 1–5 of the module docs) and what is derived once from each.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::options::{new_on, newness, Newness};
use super::{
    known_since, Excluded, FastMap, Filters, InvalidPolicy, RegionMode, RelationCycle,
    SummaryOptions, AFTER_AS_OF,
};
use crate::geo;
use crate::model::{CountryCode, Pledge, ProgressReport};
use crate::taxonomy::{
    Codelist, CountryGroup, ImplementationStatus, ItuRegion, RelationType, ReviewState,
    StakeholderType,
};
use crate::validate::{validate_pledge, Severity, ValidateOptions};

/// Where a pledge's end date falls relative to the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum EndBucket {
    Ended,
    EndsThisYear,
    Later,
    Unknown,
}

impl EndBucket {
    pub(super) const ALL: [EndBucket; 4] = [
        EndBucket::Ended,
        EndBucket::EndsThisYear,
        EndBucket::Later,
        EndBucket::Unknown,
    ];

    pub(super) fn key(self) -> &'static str {
        match self {
            EndBucket::Ended => "ended",
            EndBucket::EndsThisYear => "ends_this_year",
            EndBucket::Later => "later",
            EndBucket::Unknown => "unknown",
        }
    }

    pub(super) fn label(self) -> &'static str {
        match self {
            EndBucket::Ended => "Estimated to have ended",
            EndBucket::EndsThisYear => "Ends in the as-of year",
            EndBucket::Later => "Ends later",
            EndBucket::Unknown => "End date unknown",
        }
    }

    /// Ended: the end's last possible day is before the as-of date. Ends this year: not
    /// ended and the end's year is the as-of year.
    pub(super) fn of(p: &Pledge, as_of: NaiveDate) -> EndBucket {
        match p.period.as_ref().and_then(|per| per.end) {
            None => EndBucket::Unknown,
            Some(end) if end.last_day() < as_of => EndBucket::Ended,
            Some(end) if end.year() == as_of.year() => EndBucket::EndsThisYear,
            Some(_) => EndBucket::Later,
        }
    }
}

/// A counted pledge with everything derived once.
pub(super) struct Counted<'a> {
    pub(super) p: &'a Pledge,
    pub(super) known: Option<NaiveDate>,
    pub(super) reports: Vec<&'a ProgressReport>,
    pub(super) status: Option<ImplementationStatus>,
    pub(super) end: EndBucket,
    pub(super) regions: Vec<ItuRegion>,
    pub(super) groups: Vec<CountryGroup>,
    /// The value that enters the total, after conversion and double-counting rules.
    pub(super) value: Option<Decimal>,
}

/// The regions a pledge counts under: those it declares (`regions`, `primaryRegion`), those
/// it is implemented in without naming the countries (`unspecifiedCountriesIn`), and those of
/// its named countries (the region rows of [`geo::places`]).
pub(super) fn regions_of(p: &Pledge, mode: RegionMode) -> Vec<ItuRegion> {
    let imp = &p.implementation;
    // In order, each once (a sorted vector: cheaper than a set for a handful of regions).
    let mut any: Vec<ItuRegion> = imp.regions.clone();
    any.extend(imp.primary_region);
    any.extend(imp.unspecified_countries_in.iter().copied());
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

/// The groups the pledge counts in on `as_of` (the group rows of [`geo::places`]): those it
/// declares (`countryGroups`, "for LDCs, LLDCs and SIDS", also when narrowed by regions:
/// "LDCs in Africa"), and those with at least one member among its named countries on
/// `as_of`; `cache` keeps each country's groups for the duration of one summary.
pub(super) fn groups_of(
    p: &Pledge,
    as_of: NaiveDate,
    cache: &mut FastMap<CountryCode, Vec<CountryGroup>>,
) -> Vec<CountryGroup> {
    let mut set: Vec<CountryGroup> = p.implementation.country_groups.clone();
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

pub(super) fn stakeholder_types(p: &Pledge) -> Vec<StakeholderType> {
    let set: BTreeSet<StakeholderType> = p.pledgers.all().map(|e| e.stakeholder_type).collect();
    set.into_iter().collect()
}

pub(super) fn any_of<T: PartialEq>(wanted: &[T], have: &[T]) -> bool {
    wanted.is_empty() || wanted.iter().any(|w| have.contains(w))
}

pub(super) fn matches(c: &Counted<'_>, f: &Filters) -> bool {
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

/// What the filters make of a counted pledge.
pub(super) enum Admit {
    /// It matches every filter.
    Yes,
    /// It does not match some filter.
    No,
    /// It matches every other filter but [`Filters::new_between`] cannot say whether it is
    /// new: listed in the summary's `excluded` list, with reason `newness_undetermined` and
    /// its date as stated (`none` without one).
    Undetermined(Excluded),
}

/// The reason of a pledge whose newness [`Filters::new_between`] cannot determine.
pub(super) const NEWNESS_UNDETERMINED: &str = "newness_undetermined";

/// Rule 5, the filters, with the new-between filter's third answer.
pub(super) fn admit(c: &Counted<'_>, f: &Filters) -> Admit {
    if !matches(c, f) {
        return Admit::No;
    }
    let Some((from, to)) = f.new_between else {
        return Admit::Yes;
    };
    match newness(c.p, from, to) {
        Newness::New => Admit::Yes,
        Newness::NotNew => Admit::No,
        Newness::Undetermined => Admit::Undetermined(Excluded {
            id: c.p.id.clone(),
            reason: NEWNESS_UNDETERMINED.into(),
            detail: new_on(c.p)
                .map_or_else(|| "none".to_owned(), |d| d.to_string())
                .into(),
        }),
    }
}

/// The caller's list of invalid pledges, by id.
pub(super) fn caller_invalid(options: &SummaryOptions) -> HashMap<&str, &Vec<String>> {
    let mut out: HashMap<&str, &Vec<String>> = HashMap::new();
    for (id, codes) in &options.invalid_pledges {
        // As a map built from the list would: the last entry for an id wins.
        out.insert(id.as_str(), codes);
    }
    out
}

/// [`caller_invalid`] with owned keys, for an accumulator that outlives the options' borrow.
pub(super) fn caller_invalid_owned(options: &SummaryOptions) -> HashMap<String, Vec<String>> {
    caller_invalid(options)
        .into_iter()
        .map(|(id, codes)| (id.to_owned(), codes.clone()))
        .collect()
}

/// The codes that make `p` invalid (the caller's, then the validator's), or `None` when it is
/// valid (rule 1).
pub(super) fn invalid_codes(
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
pub(super) fn screen(
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
            detail: super::options::known_as_stated(p)
                .unwrap_or_else(|| known.to_string())
                .into(),
        };
        return (included_invalid, Some(e));
    }
    (included_invalid, None)
}

/// Everything derived once from an eligible, not superseded pledge (its value is set later).
pub(super) fn derive<'a>(
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

/// The knots of `edges` between the pledges `ids` (by index) as [`RelationCycle`]s of
/// `relation`, and for each member its knot's number.
pub(super) fn knots_of(
    n: usize,
    edges: &[(usize, usize)],
    id_at: impl Fn(usize) -> String,
    relation: RelationType,
) -> (Vec<RelationCycle>, FastMap<usize, usize>) {
    let knots = crate::validate::rules::cycles::cycles(n, edges, |a, b| id_at(a).cmp(&id_at(b)));
    let mut knot_of: FastMap<usize, usize> = FastMap::default();
    let mut out = Vec::with_capacity(knots.len());
    for (k, knot) in knots.iter().enumerate() {
        for m in &knot.members {
            knot_of.insert(*m, k);
        }
        out.push(RelationCycle {
            relation: relation.code().to_owned(),
            cycle: knot.path.iter().map(|i| id_at(*i)).collect(),
            pledges: knot.members.iter().map(|i| id_at(*i)).collect(),
        });
    }
    (out, knot_of)
}

/// Relation cycles in the summary's order: by relation code, then by their pledges.
pub(super) fn sort_cycles(mut cycles: Vec<RelationCycle>) -> Vec<RelationCycle> {
    cycles.sort_by(|a, b| {
        a.relation
            .cmp(&b.relation)
            .then_with(|| a.pledges.cmp(&b.pledges))
    });
    cycles
}

/// Rule 4: which eligible pledges another eligible pledge supersedes, each mapped to the
/// smallest superseding id (the pledges come sorted by id); and the `supersedes` cycles,
/// whose relations supersede nothing.
pub(crate) fn superseded_by<'a>(
    eligible: &[&'a Pledge],
) -> (BTreeMap<&'a str, &'a str>, Vec<RelationCycle>) {
    let supersedes = |p: &&Pledge| {
        p.relations
            .iter()
            .any(|r| r.kind == RelationType::Supersedes)
    };
    if !eligible.iter().any(supersedes) {
        return (BTreeMap::new(), Vec::new());
    }
    // Sorted by id (as summaries pass them): found by binary search, without a set of ids.
    let sorted = eligible
        .windows(2)
        .all(|w| matches!(w, [a, b] if a.id < b.id));
    let positions: FastMap<&str, usize> = if sorted {
        FastMap::default()
    } else {
        // The first pledge with each id, as a binary search over sorted ids would find one.
        let mut m = FastMap::default();
        for (i, p) in eligible.iter().enumerate() {
            m.entry(p.id.as_str()).or_insert(i);
        }
        m
    };
    let index_of = |id: &str| {
        if sorted {
            eligible.binary_search_by(|p| p.id.as_str().cmp(id)).ok()
        } else {
            positions.get(id).copied()
        }
    };
    // A cycle of supersedes relations (A supersedes B, B supersedes A) cannot hold: its
    // relations supersede nothing, so its pledges count rather than all drop out
    // (`validate_batch` reports it as `batch.relation_cycle`).
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for (i, p) in eligible.iter().enumerate() {
        for r in &p.relations {
            if r.kind == RelationType::Supersedes && r.pledge != p.id {
                if let Some(j) = index_of(&r.pledge) {
                    edges.push((i, j));
                }
            }
        }
    }
    let id_at = |i: usize| eligible.get(i).map_or_else(String::new, |p| p.id.clone());
    let (cycles, knot_of) = knots_of(eligible.len(), &edges, id_at, RelationType::Supersedes);
    let mut superseded: BTreeMap<&'a str, &'a str> = BTreeMap::new();
    for (i, j) in edges {
        if knot_of.get(&i).is_some_and(|k| knot_of.get(&j) == Some(k)) {
            continue;
        }
        if let (Some(p), Some(q)) = (eligible.get(i), eligible.get(j)) {
            superseded.entry(q.id.as_str()).or_insert(p.id.as_str());
        }
    }
    (superseded, cycles)
}
