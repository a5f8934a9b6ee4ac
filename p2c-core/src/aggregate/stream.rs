//! Streaming and mergeable summaries: the figures of [`summarize`](super::summarize) without
//! holding every pledge in memory, from parts of the input computed anywhere.
//!
//! [`SummaryAccumulator`] takes pledges one at a time, in any order, and folds each into
//! running sums (breakdown rows, totals, distinct entities, reporting counts) as soon as it
//! arrives. Only pledges that relations tie to others (`supersedes`, `part_of`,
//! `same_funds_as`, on either end) are held until [`SummaryAccumulator::finish`], because
//! whether they count, and with what money, depends on pledges that may come later; they are
//! held as their JSON without the free texts the summary never reads (title, description,
//! notes, links, contact, report narratives), and `finish` parses them back one group of
//! related pledges at a time (relations never reach across groups), so that no more than one
//! group is held as `Pledge`s at once. [`summarize_jsonl`] reads a JSON Lines file
//! twice: a light first pass collects the ids named by relations ([`related_ids`]), the
//! second parses and folds each pledge.
//!
//! # Partial summaries
//!
//! An accumulator is a *partial summary*: [`SummaryAccumulator::merge`] adds another's
//! pledges to it exactly, and [`SummaryAccumulator::to_bytes`] /
//! [`SummaryAccumulator::from_bytes`] carry it between processes and machines (a versioned,
//! self-describing format with a SHA-256 checksum; see `partial.rs`). A file split into
//! partitions, each summarized anywhere with the related ids of the *whole* file
//! ([`related_ids`] of each partition, united), merges into the summary of one pass: every
//! figure is a sum, a count, a set union or a minimum, and pledges held for relations are
//! resolved together at the end. A relation that names a pledge another partition folded in
//! without holding it (its id was not announced) is an `unannounced_relation` error at
//! [`SummaryAccumulator::finish`], never a wrong figure. Partials computed with different
//! options, rates, currency, as-of date or p2c version refuse to merge
//! (`partial_mismatch`).
//!
//! # Memory
//!
//! The state that grows with the input is kept in compact sorted runs (`runs.rs`): every
//! pledge id (for the duplicate check across partitions: a few bytes per id, as sorted ids
//! share their prefixes), every distinct entity (its identity key, types, headquarters and,
//! for an id-keyed entity, the smallest pledge id naming it: about 25 bytes), the distinct
//! reporting leads, and the ids the summary lists (excluded with reason, undated, overdue,
//! included invalid). Pledges held for relations cost their trimmed JSON (a few hundred bytes
//! each). Nothing grows with the size of the pledges' texts. [`Summary`] itself lists every
//! excluded, overdue and undated pledge, so the result grows with the input too.
//!
//! A pledge's split shares depend on its own value only, and every money sum is exact or an
//! `overflow` error (never rounded), so equal results do not depend on the order of addition
//! or of merging. Limits, both beyond real data: sums are added in arrival order, so an
//! intermediate sum near a `Decimal`'s 28 significant digits (or, with negative amounts, its
//! range) can overflow in one order and not in another; and when an overflow occurs, the
//! error reported is that of the earliest stage (total, then delivery, then breakdowns),
//! which with negative amounts could differ from the batch's. A sum of zeros written with
//! different scales (`0`, `0.00`) is zero either way but may be written with another scale.
#![deny(clippy::arithmetic_side_effects)]

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, Seek, SeekFrom};
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Deserialize;

use super::breakdown::PlacesOnce;
use super::runs::{get_bytes, get_varint, put_bytes, put_varint, Payload, Runs};
use super::select::{admit, Admit};
use super::series::SeriesAcc;
use super::value::Pledged;
use super::{
    add, caller_invalid_owned, convert_pledged, count_value, derive, goal, inc, invalid_codes,
    notes, screen, BreakdownAcc, Counted, DeliveryAcc, EntityAcc, FastMap, ReportingAcc,
    DIMENSIONS,
};
use super::{
    Derivations, Excluded, InvalidPolicy, NotCounted, Summary, SummaryOptions, Unconverted,
};
use crate::model::{CountryCode, Pledge};
use crate::taxonomy::{Codelist, CountryGroup, RelationType, ReviewState};
use crate::{Error, Result};

/// Stages in the order the batch computes them, to report the same overflow first.
pub(super) const STAGE_TOTAL: u8 = 0;
pub(super) const STAGE_DELIVERY: u8 = 1;
pub(super) const STAGE_BREAKDOWN: u8 = 2;

/// The reasons of [`Excluded`], by their code in runs.
const REASONS: [&str; 4] = ["invalid", "not_published", "not_yet_known", "superseded"];

/// An excluded pledge's reason and detail, kept with its id in a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ExcludedEntry {
    reason: Cow<'static, str>,
    detail: Box<[u8]>,
}

impl Payload for ExcludedEntry {
    fn encode(&self, out: &mut Vec<u8>) {
        match REASONS.iter().position(|r| *r == self.reason) {
            Some(i) => put_varint(out, u64::try_from(i).unwrap_or(0)),
            None => {
                put_varint(out, u64::try_from(REASONS.len()).unwrap_or(0));
                put_bytes(out, self.reason.as_bytes());
            }
        }
        put_bytes(out, &self.detail);
    }

    fn decode(input: &mut &[u8]) -> Option<Self> {
        let code = usize::try_from(get_varint(input)?).ok()?;
        let reason: Cow<'static, str> = match REASONS.get(code) {
            Some(r) => Cow::Borrowed(r),
            None if code == REASONS.len() => {
                Cow::Owned(String::from_utf8(get_bytes(input)?.to_vec()).ok()?)
            }
            None => return None,
        };
        let detail = get_bytes(input)?.into();
        Some(ExcludedEntry { reason, detail })
    }

    // Two exclusions of one id happen only with a repeated id, an error of its own.
    fn combine(&mut self, _: Self) {}
}

impl ExcludedEntry {
    fn of(e: &Excluded) -> ExcludedEntry {
        ExcludedEntry {
            reason: e.reason.clone(),
            detail: e.detail.as_bytes().into(),
        }
    }

    fn into_excluded(self, id: &[u8]) -> Excluded {
        let detail = String::from_utf8_lossy(&self.detail).into_owned();
        // The review states' codes are static text: no allocation for them.
        let detail: Cow<'static, str> = match ReviewState::from_code(&detail) {
            Some(state) if self.reason == "not_published" => Cow::Borrowed(state.code()),
            _ => Cow::Owned(detail),
        };
        Excluded {
            id: String::from_utf8_lossy(id).into_owned(),
            reason: self.reason,
            detail,
        }
    }
}

/// A pledge held until `finish`: its JSON without the texts the summary does not read, and
/// the codes that make it invalid (found as it arrived).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Held {
    pub(super) json: Box<[u8]>,
    pub(super) invalid: Option<Vec<String>>,
}

impl Held {
    fn of(p: &Pledge, invalid: Option<Vec<String>>) -> Result<Held> {
        let mut trimmed = p.clone();
        trimmed.title = String::new();
        trimmed.description = None;
        trimmed.notes = None;
        trimmed.links = Vec::new();
        trimmed.contact = None;
        for r in &mut trimmed.progress_reports {
            r.narrative = None;
        }
        let json = serde_json::to_vec(&trimmed).map_err(|e| Error::Internal(e.to_string()))?;
        Ok(Held {
            json: json.into(),
            invalid,
        })
    }

    fn pledge(&self) -> Result<Pledge> {
        crate::parse::from_slice::<Pledge>("pledge", &self.json).map_err(|e| {
            Error::InvalidPartial {
                reason: format!("a held pledge does not parse: {e}"),
            }
        })
    }
}

/// How many groups of held pledges `finish` parses back at once (on the threads): enough to
/// share among them, few enough to keep no more than a few thousand `Pledge`s in memory.
const GROUPS_AT_ONCE: usize = 512;

/// The id and relations of a held pledge, read from its JSON without the rest.
#[derive(Deserialize)]
struct HeldLinks {
    id: String,
    #[serde(default)]
    relations: Vec<RelationOnly>,
}

impl Held {
    fn links(&self) -> Result<HeldLinks> {
        serde_json::from_slice(&self.json).map_err(|e| Error::InvalidPartial {
            reason: format!("a held pledge does not parse: {e}"),
        })
    }
}

/// The held pledges (by index) in groups tied by relations of any kind, each group's indices
/// ascending and the groups in the order of their smallest index.
fn related_groups(links: &[HeldLinks], index: &HashMap<&str, usize>) -> Vec<Vec<usize>> {
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while let Some(&p) = parent.get(i) {
            if p == i {
                break;
            }
            // Path halving keeps the trees shallow.
            let grand = parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = parent.get_mut(i) {
                *slot = grand;
            }
            i = grand;
        }
        i
    }
    let mut parent: Vec<usize> = (0..links.len()).collect();
    for (i, l) in links.iter().enumerate() {
        for r in &l.relations {
            if let Some(&j) = index.get(r.pledge.as_str()) {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                if let Some(slot) = parent.get_mut(a.max(b)) {
                    *slot = a.min(b);
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot_of_root: HashMap<usize, usize> = HashMap::new();
    for i in 0..links.len() {
        let r = root(&mut parent, i);
        let slot = *slot_of_root.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len().saturating_sub(1)
        });
        if let Some(g) = groups.get_mut(slot) {
            g.push(i);
        }
    }
    groups
}

/// Folds pledges into a [`Summary`] one at a time, and merges with others (see the module
/// docs).
///
/// ```
/// use p2c_core::aggregate::{SummaryAccumulator, SummaryOptions};
///
/// let options = SummaryOptions::embedded(chrono::NaiveDate::from_ymd_opt(2024, 7, 7).unwrap());
/// let mut acc = SummaryAccumulator::new(options);
/// acc.push(p2c_core::parse_pledge(r#"{
///   "formatVersion": "1.0", "id": "P2C-KEN-0001", "title": "A Digitally Transformed Nation",
///   "pledgers": { "lead": {
///     "name": "Government of Kenya", "stakeholderType": "government", "headquarters": "KEN" } },
///   "pledgeTypes": ["financial"], "focusAreas": ["access"], "pillars": ["infrastructure"],
///   "financialValue": { "amount": "258800000", "currency": "USD", "valueDate": "2022-06-07" },
///   "implementation": { "countries": ["KEN"] }, "reviewState": "published"
/// }"#)?);
/// let summary = acc.finish()?;
/// assert_eq!(summary.value.total.to_string(), "258800000");
/// # Ok::<(), p2c_core::Error>(())
/// ```
pub struct SummaryAccumulator {
    pub(super) options: SummaryOptions,
    caller: Arc<HashMap<String, Vec<String>>>,
    related: Arc<HashSet<String>>,
    /// Every pledge id pushed (duplicates remembered).
    pub(super) ids: Runs<()>,
    pub(super) rejected: Vec<String>,
    pub(super) held: Vec<Held>,
    pub(super) excluded: Runs<ExcludedEntry>,
    pub(super) included_invalid: Runs<()>,
    pub(super) undated: Runs<()>,
    pub(super) filtered_out: u64,
    pub(super) pledge_count: u64,
    group_cache: FastMap<CountryCode, Vec<CountryGroup>>,
    pub(super) total: Decimal,
    pub(super) pledges_counted: u64,
    pub(super) floors: u64,
    pub(super) converted: u64,
    pub(super) not_counted: Vec<NotCounted>,
    pub(super) unconverted: Vec<Unconverted>,
    pub(super) derivations: Derivations,
    pub(super) delivery: DeliveryAcc,
    pub(super) breakdowns: Vec<BreakdownAcc>,
    pub(super) entities: EntityAcc,
    pub(super) reporting: ReportingAcc,
    pub(super) series: SeriesAcc,
    /// Relation cycles, found among the held pledges when they are folded in (`finish`).
    relation_cycles: Vec<super::RelationCycle>,
    pub(super) overflow: Option<(u8, Error)>,
}

impl std::fmt::Debug for SummaryAccumulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SummaryAccumulator")
            .field("options", &self.options)
            .field("pledges_seen", &self.ids.len())
            .field("held", &self.held.len())
            .finish()
    }
}

/// Whether a relation of this kind changes what the summary counts.
fn ties(kind: RelationType) -> bool {
    matches!(
        kind,
        RelationType::Supersedes | RelationType::PartOf | RelationType::SameFundsAs
    )
}

impl SummaryAccumulator {
    /// An empty accumulator. Pledges named by relations of pledges still to come must be
    /// announced with [`SummaryAccumulator::with_related`], or `finish` reports them.
    pub fn new(options: SummaryOptions) -> SummaryAccumulator {
        SummaryAccumulator {
            caller: Arc::new(caller_invalid_owned(&options)),
            related: Arc::new(HashSet::new()),
            ..SummaryAccumulator::empty(options)
        }
    }

    fn empty(options: SummaryOptions) -> SummaryAccumulator {
        let breakdowns = DIMENSIONS
            .iter()
            .map(|d| BreakdownAcc::new(*d, &options))
            .collect();
        SummaryAccumulator {
            options,
            caller: Arc::new(HashMap::new()),
            related: Arc::new(HashSet::new()),
            ids: Runs::tracking_repeats(),
            rejected: Vec::new(),
            held: Vec::new(),
            excluded: Runs::default(),
            included_invalid: Runs::default(),
            undated: Runs::default(),
            filtered_out: 0,
            pledge_count: 0,
            group_cache: FastMap::default(),
            total: Decimal::ZERO,
            pledges_counted: 0,
            floors: 0,
            converted: 0,
            not_counted: Vec::new(),
            unconverted: Vec::new(),
            derivations: Derivations::default(),
            delivery: DeliveryAcc::default(),
            breakdowns,
            entities: EntityAcc::default(),
            reporting: ReportingAcc::default(),
            series: SeriesAcc::default(),
            relation_cycles: Vec::new(),
            overflow: None,
        }
    }

    /// An empty accumulator with this one's options, caller's invalid list and related ids:
    /// for another part of the same input, to be merged into this one.
    pub fn fork(&self) -> SummaryAccumulator {
        SummaryAccumulator {
            caller: self.caller.clone(),
            related: self.related.clone(),
            ..SummaryAccumulator::empty(self.options.clone())
        }
    }

    /// The accumulator, told which pledge ids relations name (see [`related_ids`]): those
    /// pledges are held until `finish` instead of being folded in on arrival.
    pub fn with_related(mut self, related: HashSet<String>) -> SummaryAccumulator {
        self.related = Arc::new(related);
        self
    }

    /// The related ids the accumulator was told, sorted.
    pub(crate) fn related_sorted(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.related.iter().cloned().collect();
        ids.sort_unstable();
        ids
    }

    /// The options the accumulator was made with.
    pub fn options(&self) -> &SummaryOptions {
        &self.options
    }

    /// The number of pledges held until `finish` because relations tie them to others.
    pub fn held(&self) -> usize {
        self.held.len()
    }

    /// The number of pledges pushed (a repeated id counted each time).
    pub fn pledges_seen(&self) -> usize {
        self.ids.len()
    }

    /// Bytes of state that grow with the input (the sorted runs and held pledges), for
    /// measuring where memory goes.
    pub fn state_bytes(&self) -> usize {
        let held: usize = self.held.iter().map(|h| h.json.len()).sum();
        [
            self.ids.heap_bytes(),
            self.excluded.heap_bytes(),
            self.included_invalid.heap_bytes(),
            self.undated.heap_bytes(),
            self.entities.heap_bytes(),
            self.reporting.leads.heap_bytes(),
            self.reporting.overdue.heap_bytes(),
            held,
        ]
        .iter()
        .fold(0usize, |a, b| a.saturating_add(*b))
    }

    pub(super) fn overflowed(&mut self, stage: u8, e: Error) {
        if self.overflow.as_ref().is_none_or(|(s, _)| stage < *s) {
            self.overflow = Some((stage, e));
        }
    }

    /// Add one pledge. Errors of the whole summary (duplicate ids, rejected invalid
    /// pledges, overflow) are reported by `finish`, in the batch's order; `push` fails only
    /// when a held pledge cannot be kept (an internal error).
    pub fn push(&mut self, p: Pledge) -> Result<()> {
        self.ids.push(p.id.as_bytes(), ());
        let invalid = invalid_codes(&p, &self.options, self.caller.get(p.id.as_str()));
        if self.options.invalid == InvalidPolicy::Reject {
            if invalid.is_some() {
                self.rejected.push(p.id.clone());
            }
            if !self.rejected.is_empty() {
                // The summary will be an error; only duplicates can still change which.
                return Ok(());
            }
        }
        let involved = self.related.contains(&p.id) || p.relations.iter().any(|r| ties(r.kind));
        if involved {
            self.held.push(Held::of(&p, invalid)?);
            return Ok(());
        }
        let (included, exclusion) = screen(&p, &self.options, invalid.as_ref());
        if included {
            self.included_invalid.push(p.id.as_bytes(), ());
        }
        if let Some(e) = exclusion {
            self.excluded.push(e.id.as_bytes(), ExcludedEntry::of(&e));
            return Ok(());
        }
        let mut c = derive(&p, &self.options, &mut self.group_cache);
        match admit(&c, &self.options.filters) {
            Admit::Yes => {}
            Admit::No => {
                inc(&mut self.filtered_out);
                return Ok(());
            }
            Admit::Undetermined(e) => {
                self.excluded.push(e.id.as_bytes(), ExcludedEntry::of(&e));
                return Ok(());
            }
        }
        if c.known.is_none() {
            self.undated.push(p.id.as_bytes(), ());
        }
        match convert_pledged(&p, &self.options) {
            Err(e) => self.overflowed(STAGE_TOTAL, e),
            Ok(Pledged::None) => {}
            Ok(Pledged::Counted {
                amount,
                converted,
                method,
                qualifiers,
            }) => {
                if converted {
                    inc(&mut self.converted);
                }
                match add(self.total, amount, "total value") {
                    Ok(t) => self.total = t,
                    Err(e) => self.overflowed(STAGE_TOTAL, e),
                }
                c.value = Some(amount);
                inc(&mut self.pledges_counted);
                if p.financial_value.as_ref().is_some_and(|v| v.is_floor) {
                    inc(&mut self.floors);
                }
                if let Err(e) = self.derivations.add(method, qualifiers, amount) {
                    self.overflowed(STAGE_TOTAL, e);
                }
            }
            Ok(Pledged::NotDerived(n)) => self.derivations.not_derived.push(n),
            Ok(Pledged::Unconverted(u)) => self.unconverted.push(u),
        }
        self.absorb(&c);
        Ok(())
    }

    /// Fold a counted pledge whose value is final into every running figure.
    fn absorb(&mut self, c: &Counted<'_>) {
        inc(&mut self.pledge_count);
        if let Err(e) = self.delivery.add(c, &self.options, &mut self.unconverted) {
            self.overflowed(STAGE_DELIVERY, e);
        }
        let mut failed = None;
        let mut places = PlacesOnce::default();
        for b in &mut self.breakdowns {
            if let Err(e) = b.add_with(c, &mut places) {
                failed = Some(e);
            }
        }
        if let Some(e) = failed {
            self.overflowed(STAGE_BREAKDOWN, e);
        }
        self.entities.add(c);
        self.reporting.add(c, &self.options);
        self.series.add(c);
    }

    /// Add every pledge of `later` to this accumulator, as if they had been pushed after this
    /// one's (the summary is the same in any order; merging in input order also keeps the
    /// scale of sums of zeros).
    ///
    /// Errors: `partial_mismatch` when the two were made with different options (another
    /// as-of date, currency, rate table or policy, attribution, filters, …), naming the first
    /// difference; `overflow` is recorded as for `push` and reported by `finish`.
    pub fn merge(&mut self, later: SummaryAccumulator) -> Result<()> {
        super::partial::check_same(&self.options, &later.options)?;
        if !Arc::ptr_eq(&self.related, &later.related) && self.related != later.related {
            let (ours, theirs) = (self.related_sorted(), later.related_sorted());
            let first = |a: &[String], b: &[String]| {
                a.iter()
                    .find(|id| b.binary_search(id).is_err())
                    .map(|id| format!("`{id}`"))
            };
            let describe = |a: &[String], b: &[String]| match first(a, b) {
                Some(id) => format!("{} ids, {id} among them", a.len()),
                None => format!("{} ids", a.len()),
            };
            return Err(Error::PartialMismatch {
                field: "relatedIds".into(),
                ours: describe(&ours, &theirs),
                theirs: describe(&theirs, &ours),
            });
        }
        self.merge_unchecked(later);
        Ok(())
    }

    pub(crate) fn merge_unchecked(&mut self, later: SummaryAccumulator) {
        let SummaryAccumulator {
            options: _,
            caller: _,
            related: _,
            ids,
            rejected,
            held,
            excluded,
            included_invalid,
            undated,
            filtered_out,
            pledge_count,
            group_cache: _,
            total,
            pledges_counted,
            floors,
            converted,
            not_counted,
            unconverted,
            derivations,
            delivery,
            breakdowns,
            entities,
            reporting,
            series,
            relation_cycles,
            overflow,
        } = later;
        self.ids.append(ids);
        self.rejected.extend(rejected);
        self.held.extend(held);
        self.excluded.append(excluded);
        self.included_invalid.append(included_invalid);
        self.undated.append(undated);
        self.filtered_out = self.filtered_out.saturating_add(filtered_out);
        self.pledge_count = self.pledge_count.saturating_add(pledge_count);
        match add(self.total, total, "total value") {
            Ok(t) => self.total = t,
            Err(e) => self.overflowed(STAGE_TOTAL, e),
        }
        self.pledges_counted = self.pledges_counted.saturating_add(pledges_counted);
        self.floors = self.floors.saturating_add(floors);
        self.converted = self.converted.saturating_add(converted);
        self.not_counted.extend(not_counted);
        self.unconverted.extend(unconverted);
        if let Err(e) = self.derivations.append(derivations) {
            self.overflowed(STAGE_TOTAL, e);
        }
        if let Err(e) = self.delivery.append(&delivery) {
            self.overflowed(STAGE_DELIVERY, e);
        }
        let mut failed = None;
        for (b, later) in self.breakdowns.iter_mut().zip(breakdowns) {
            if let Err(e) = b.append(later) {
                failed = Some(e);
            }
        }
        if let Some(e) = failed {
            self.overflowed(STAGE_BREAKDOWN, e);
        }
        self.entities.append(entities);
        self.reporting.append(reporting);
        self.series.append(series);
        self.relation_cycles.extend(relation_cycles);
        if let Some((stage, e)) = overflow {
            self.overflowed(stage, e);
        }
    }

    /// The summary of every pledge pushed and merged.
    ///
    /// Errors, in `summarize`'s order: `duplicate_pledge_id` (the smallest repeated id),
    /// `invalid_pledges` under [`InvalidPolicy::Reject`], `unannounced_relation` when a
    /// relation names a pledge that was folded in before the relation was seen (the smallest
    /// such id; announce such ids with [`SummaryAccumulator::with_related`]), `overflow`.
    pub fn finish(mut self) -> Result<Summary> {
        self.ids.compact()?;
        if let Some(id) = self.ids.smallest_repeat() {
            return Err(Error::DuplicatePledgeId {
                id: String::from_utf8_lossy(id).into_owned(),
            });
        }
        if !self.rejected.is_empty() {
            self.rejected.sort();
            return Err(Error::InvalidPledges { ids: self.rejected });
        }
        let held = std::mem::take(&mut self.held);
        // The held pledges are folded in one group of related pledges at a time (the rules
        // of relations never reach across groups, and every figure is a sum, a count, a set
        // union or a minimum), so only one group is ever parsed back into `Pledge`s.
        let groups = {
            let links: Vec<HeldLinks> = held.iter().map(Held::links).collect::<Result<_>>()?;
            let index: HashMap<&str, usize> = links
                .iter()
                .enumerate()
                .map(|(i, l)| (l.id.as_str(), i))
                .collect();
            let mut named: Vec<&[u8]> = links
                .iter()
                .flat_map(|l| l.relations.iter())
                .filter(|r| ties(r.kind) && !index.contains_key(r.pledge.as_str()))
                .map(|r| r.pledge.as_bytes())
                .collect();
            named.sort_unstable();
            named.dedup();
            if let Some(id) = self.ids.first_present(&named)? {
                return Err(Error::UnannouncedRelation {
                    id: String::from_utf8_lossy(&id).into_owned(),
                });
            }
            related_groups(&links, &index)
        };
        // The ids are no longer needed: their memory goes before the lists are built.
        self.ids = Runs::default();
        let threads = self.options.threads;
        let mut held: Vec<Option<Held>> = held.into_iter().map(Some).collect();
        // Groups are parsed back on the threads a few hundred at a time, and folded in order.
        for batch in groups.chunks(GROUPS_AT_ONCE) {
            let taken = batch
                .iter()
                .map(|group| {
                    group
                        .iter()
                        .map(|&i| {
                            held.get_mut(i).and_then(Option::take).ok_or_else(|| {
                                Error::Internal("a held pledge in two groups".into())
                            })
                        })
                        .collect::<Result<Vec<Held>>>()
                })
                .collect::<Result<Vec<_>>>()?;
            let parsed = crate::parallel::map(threads, &taken, |group| {
                group
                    .iter()
                    .map(|h| Ok((h.pledge()?, h.invalid.clone())))
                    .collect::<Result<Vec<_>>>()
            });
            drop(taken);
            for pledges in parsed {
                self.fold_held(&pledges?)?;
            }
        }
        drop(held);

        if let Some((_, e)) = self.overflow.take() {
            return Err(e);
        }
        let total = self.total;
        let pledge_count = self.pledge_count;
        let breakdowns = std::mem::take(&mut self.breakdowns)
            .into_iter()
            .map(|b| b.finish(pledge_count, total))
            .collect::<Result<Vec<_>>>()?;
        let (entities, pledger_countries) = std::mem::take(&mut self.entities).finish()?;
        let reporting = std::mem::take(&mut self.reporting).finish(pledge_count, &self.options)?;
        let series = std::mem::take(&mut self.series).finish()?;
        let mut excluded = Vec::with_capacity(self.excluded.len());
        std::mem::take(&mut self.excluded).drain(|id, e| {
            excluded.push(e.into_excluded(id));
            Ok(())
        })?;
        let ids = |runs: Runs<()>| -> Result<Vec<String>> {
            let mut out = Vec::with_capacity(runs.len());
            runs.drain(|id, ()| {
                out.push(String::from_utf8_lossy(id).into_owned());
                Ok(())
            })?;
            Ok(out)
        };
        let included_invalid = ids(std::mem::take(&mut self.included_invalid))?;
        let undated = ids(std::mem::take(&mut self.undated))?;
        self.not_counted.sort_by(|a, b| a.id.cmp(&b.id));
        let mut derivations = std::mem::take(&mut self.derivations);
        derivations.not_derived.sort_by(|a, b| a.id.cmp(&b.id));
        self.unconverted
            .sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.kind.cmp(&b.kind)));
        let options = &self.options;
        Ok(Summary {
            as_of: options.as_of,
            currency: options.currency,
            attribution: options.attribution,
            region_mode: options.region_mode,
            rates: options.converter.provenance(),
            notes: notes(options),
            pledge_count,
            filtered_out: self.filtered_out,
            excluded,
            included_invalid,
            undated,
            relation_cycles: super::select::sort_cycles(std::mem::take(&mut self.relation_cycles)),
            entities,
            pledger_countries,
            value: super::ValueStats {
                total,
                pledges_counted: self.pledges_counted,
                floors: self.floors,
                converted: self.converted,
                not_counted: std::mem::take(&mut self.not_counted),
                unconverted: std::mem::take(&mut self.unconverted),
                derivations,
            },
            breakdowns,
            series,
            reporting,
            delivery: self.delivery.clone().finish(),
            goal: goal(options, total)?,
            warnings: Vec::new(),
        })
    }

    /// Apply rules 1–5 and the double-counting rules to the held pledges, as `summarize`
    /// does, and fold them in.
    fn fold_held(&mut self, held: &[(Pledge, Option<Vec<String>>)]) -> Result<()> {
        let mut sorted: Vec<&(Pledge, Option<Vec<String>>)> = held.iter().collect();
        sorted.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        let mut eligible: Vec<&Pledge> = Vec::new();
        for (p, invalid) in sorted {
            let (included, exclusion) = screen(p, &self.options, invalid.as_ref());
            if included {
                self.included_invalid.push(p.id.as_bytes(), ());
            }
            match exclusion {
                Some(e) => self.excluded.push(e.id.as_bytes(), ExcludedEntry::of(&e)),
                None => eligible.push(p),
            }
        }
        // Rule 4, as in `summarize`.
        let (superseded, cycles) = super::superseded_by(&eligible);
        self.relation_cycles.extend(cycles);
        let mut counted: Vec<Counted<'_>> = Vec::new();
        for p in eligible {
            if let Some(by) = superseded.get(p.id.as_str()) {
                let e = Excluded {
                    id: p.id.clone(),
                    reason: "superseded".into(),
                    detail: (*by).to_owned().into(),
                };
                self.excluded.push(e.id.as_bytes(), ExcludedEntry::of(&e));
                continue;
            }
            let c = derive(p, &self.options, &mut self.group_cache);
            match admit(&c, &self.options.filters) {
                Admit::Yes => {
                    if c.known.is_none() {
                        self.undated.push(p.id.as_bytes(), ());
                    }
                    counted.push(c);
                }
                Admit::No => inc(&mut self.filtered_out),
                Admit::Undetermined(e) => {
                    self.excluded.push(e.id.as_bytes(), ExcludedEntry::of(&e));
                }
            }
        }
        let value = match count_value(&mut counted, &self.options, &mut self.relation_cycles) {
            Ok(v) => v,
            Err(e) => {
                self.overflowed(STAGE_TOTAL, e);
                return Ok(());
            }
        };
        match add(self.total, value.total, "total value") {
            Ok(t) => self.total = t,
            Err(e) => self.overflowed(STAGE_TOTAL, e),
        }
        self.pledges_counted = self.pledges_counted.saturating_add(value.pledges_counted);
        self.floors = self.floors.saturating_add(value.floors);
        self.converted = self.converted.saturating_add(value.converted);
        self.not_counted.extend(value.not_counted);
        self.unconverted.extend(value.unconverted);
        if let Err(e) = self.derivations.append(value.derivations) {
            self.overflowed(STAGE_TOTAL, e);
        }
        for c in &counted {
            self.absorb(c);
        }
        Ok(())
    }
}

/// Only the parts of a pledge line the first pass needs; other keys are skipped.
#[derive(Deserialize)]
struct RelationsOnly {
    #[serde(default)]
    relations: Vec<RelationOnly>,
}

#[derive(Deserialize)]
struct RelationOnly {
    #[serde(rename = "type")]
    kind: RelationType,
    pledge: String,
}

fn io_error(e: std::io::Error) -> Error {
    Error::Io {
        path: "<json lines>".into(),
        message: e.to_string(),
    }
}

/// Call `f` with each non-blank line of `reader` and its 1-based line number, reusing one
/// buffer.
fn each_line<R: BufRead>(
    mut reader: R,
    mut f: impl FnMut(&str, usize) -> Result<()>,
) -> Result<()> {
    let mut buf = String::new();
    let mut line = 0usize;
    loop {
        buf.clear();
        if reader.read_line(&mut buf).map_err(io_error)? == 0 {
            return Ok(());
        }
        line = line.saturating_add(1);
        if !buf.trim().is_empty() {
            f(&buf, line)?;
        }
    }
}

/// The ids named by `supersedes`, `part_of` and `same_funds_as` relations in a JSON Lines
/// file, with the ids of the pledges that name them: the pledges a streaming summary must
/// hold until the end. Lines that do not parse are skipped here (the second pass reports
/// them).
pub fn related_ids<R: BufRead>(reader: R) -> Result<HashSet<String>> {
    scan_related(reader)
}

/// [`related_ids`].
fn scan_related<R: BufRead>(reader: R) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    each_line(reader, |text, _| {
        if let Ok(doc) = serde_json::from_str::<RelationsOnly>(text) {
            for r in doc.relations.into_iter().filter(|r| ties(r.kind)) {
                out.insert(r.pledge);
            }
        }
        Ok(())
    })?;
    Ok(out)
}

/// Parse each non-blank line of a JSON Lines file as a pledge and push it into `acc`.
///
/// Errors: `parse_error` for a line that is not a pledge (with the file's line number),
/// `io_error` when reading fails.
pub fn push_jsonl<R: BufRead>(reader: R, acc: &mut SummaryAccumulator) -> Result<()> {
    each_line(reader, |text, line| {
        let pledge = crate::parse::from_str::<Pledge>("pledge", text).map_err(|e| match e {
            Error::Parse {
                what,
                pointer,
                column,
                message,
                ..
            } => Error::Parse {
                what,
                pointer,
                line: Some(line),
                column,
                message,
            },
            other => other,
        })?;
        acc.push(pledge)
    })
}

/// Summarize a JSON Lines file of pledges (one pledge document per line; blank lines
/// skipped) without holding it in memory: a first pass finds the pledges relations tie
/// together ([`related_ids`]), the second folds every pledge into a [`SummaryAccumulator`].
/// On the calling thread only; [`crate::file::summarize_path`] does the same on every core.
///
/// The result equals `summarize` over the same pledges. Errors: those of
/// [`push_jsonl`] and [`SummaryAccumulator::finish`].
pub fn summarize_jsonl<R: BufRead + Seek>(
    mut reader: R,
    options: &SummaryOptions,
) -> Result<Summary> {
    let related = scan_related(&mut reader)?;
    reader.seek(SeekFrom::Start(0)).map_err(io_error)?;
    let mut acc = SummaryAccumulator::new(options.clone()).with_related(related);
    push_jsonl(reader, &mut acc)?;
    acc.finish()
}
