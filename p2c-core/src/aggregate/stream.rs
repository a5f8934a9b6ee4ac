//! Streaming summaries: the figures of [`summarize`](super::summarize) without holding every
//! pledge in memory.
//!
//! [`SummaryAccumulator`] takes pledges one at a time, in any order, and folds each into
//! running sums (breakdown rows, totals, distinct entities, reporting counts) as soon as it
//! arrives. Only pledges that relations tie to others (`supersedes`, `part_of`,
//! `same_funds_as`, on either end) are held until [`SummaryAccumulator::finish`], because
//! whether they count, and with what money, depends on pledges that may come later.
//! [`summarize_jsonl`] reads a JSON Lines file twice: a light first pass collects the ids
//! named by relations ([`related_ids`]), the second parses and folds each pledge.
//!
//! The output equals `summarize` over the same pledges (tested on the sample data and on
//! generated corpora). Memory grows with what the summary itself lists (excluded, undated,
//! overdue and unconverted pledges, distinct entities), with the pledges held for relations,
//! and by 16 bytes per pledge for the duplicate-id check (a sorted vector of fingerprints);
//! not with the size of the pledges. For the 1e6-pledge corpus of `xtask corpus` (1 GB) that
//! is, estimated from the counts and entry sizes: the excluded list (325,000 pledges) ~45 MB, distinct entities (~700,000, a
//! fingerprint, types, headquarters and the smallest pledge id each) ~60 MB, the overdue list
//! (~385,000 ids) ~25 MB, the id fingerprints 16 MB.
//!
//! A pledge's split shares depend on its own value only, and every money sum is exact or an
//! `overflow` error (never rounded), so equal results do not depend on the order of addition.
//! Two limits, both beyond real data: sums are added in arrival order, so an intermediate sum
//! near a `Decimal`'s 28 significant digits (or, with negative amounts, its range) can
//! overflow in one order and not in the id-ordered batch; and when an overflow occurs, the
//! error reported is that of the earliest stage (total, then delivery, then breakdowns),
//! which with negative amounts could differ from the batch's.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::io::{BufRead, Seek, SeekFrom};

use rust_decimal::Decimal;
use serde::Deserialize;

use super::{
    add, caller_invalid_owned, convert_pledged, count_value, derive, goal, inc, invalid_codes,
    matches, notes, screen, BreakdownAcc, Counted, DeliveryAcc, EntityAcc, FastMap, FastSet,
    ReportingAcc, DIMENSIONS,
};
use super::{Excluded, InvalidPolicy, NotCounted, Summary, SummaryOptions, Unconverted};
use crate::model::{CountryCode, Pledge};
use crate::taxonomy::{CountryGroup, RelationType};
use crate::{Error, Result};

/// Stages in the order the batch computes them, to report the same overflow first.
const STAGE_TOTAL: u8 = 0;
const STAGE_DELIVERY: u8 = 1;
const STAGE_BREAKDOWN: u8 = 2;

/// Folds pledges into a [`Summary`] one at a time (see the module docs).
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
    options: SummaryOptions,
    caller: HashMap<String, Vec<String>>,
    related: HashSet<String>,
    seen: IdSet,
    duplicates: BTreeSet<String>,
    rejected: Vec<String>,
    held: Vec<(Pledge, Option<Vec<String>>)>,
    excluded: Vec<Excluded>,
    included_invalid: Vec<String>,
    undated: Vec<String>,
    filtered_out: u64,
    pledge_count: u64,
    group_cache: FastMap<CountryCode, Vec<CountryGroup>>,
    total: Decimal,
    pledges_counted: u64,
    floors: u64,
    converted: u64,
    not_counted: Vec<NotCounted>,
    unconverted: Vec<Unconverted>,
    delivery: DeliveryAcc,
    breakdowns: Vec<BreakdownAcc>,
    entities: EntityAcc,
    reporting: ReportingAcc,
    overflow: Option<(u8, Error)>,
}

impl std::fmt::Debug for SummaryAccumulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SummaryAccumulator")
            .field("options", &self.options)
            .field("pledges_seen", &self.seen.len())
            .field("held", &self.held.len())
            .finish()
    }
}

/// A 128-bit fingerprint of a pledge id, for the duplicate check (two independent SipHash
/// values; a false duplicate among 10^9 ids has a probability below 10^-20).
fn id_hash(id: &str) -> u128 {
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        id.hash(&mut h);
        u128::from(h.finish())
    };
    half(0).checked_shl(64).unwrap_or_default() | half(1)
}

/// How many fingerprints [`IdSet`] keeps in its hash set before merging them into its sorted
/// vector (about 1.2 MB).
const RECENT_IDS: usize = 1 << 16;

/// The fingerprints of the pledge ids seen so far, for the duplicate check: a sorted vector
/// (16 bytes per id) and a hash set of the latest ids, merged into the vector, in place, each
/// time it holds [`RECENT_IDS`]. A hash set of every id needed 36 MB for 1e6 ids (buckets at
/// most 7/8 full, doubled at once, the old table held while the new one fills); this needs
/// 16 MB and a merge pass per 65,536 ids.
#[derive(Default)]
struct IdSet {
    sorted: Vec<u128>,
    recent: FastSet<u128>,
}

impl IdSet {
    fn reserve(&mut self, n: usize) {
        self.sorted.reserve_exact(n);
    }

    fn len(&self) -> usize {
        self.sorted.len().saturating_add(self.recent.len())
    }

    fn contains(&self, h: u128) -> bool {
        self.recent.contains(&h) || self.sorted.binary_search(&h).is_ok()
    }

    /// Add `h`; `false` when it was already there.
    fn insert(&mut self, h: u128) -> bool {
        if self.contains(h) {
            return false;
        }
        self.recent.insert(h);
        if self.recent.len() >= RECENT_IDS {
            self.merge();
        }
        true
    }

    /// Move the recent fingerprints into the sorted vector: grow it, then merge from the back
    /// so that no element is overwritten before it has moved.
    fn merge(&mut self) {
        let mut new: Vec<u128> = self.recent.drain().collect();
        new.sort_unstable();
        let mut i = self.sorted.len(); // sorted[..i]: old elements not yet placed
        let mut j = new.len(); // new[..j]: new elements not yet placed
        self.sorted.resize(i.saturating_add(j), 0);
        let mut k = self.sorted.len(); // sorted[k..]: placed
        while j > 0 {
            let old = i.checked_sub(1).and_then(|x| self.sorted.get(x)).copied();
            let fresh = new.get(j.saturating_sub(1)).copied();
            let v = match (old, fresh) {
                (Some(a), Some(b)) if a > b => {
                    i = i.saturating_sub(1);
                    a
                }
                (_, Some(b)) => {
                    j = j.saturating_sub(1);
                    b
                }
                // `fresh` is `Some` while `j > 0`.
                (_, None) => break,
            };
            k = k.saturating_sub(1);
            if let Some(slot) = self.sorted.get_mut(k) {
                *slot = v;
            }
        }
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
        let breakdowns = DIMENSIONS
            .iter()
            .map(|d| BreakdownAcc::new(*d, &options))
            .collect();
        SummaryAccumulator {
            caller: caller_invalid_owned(&options),
            options,
            related: HashSet::new(),
            seen: IdSet::default(),
            duplicates: BTreeSet::new(),
            rejected: Vec::new(),
            held: Vec::new(),
            excluded: Vec::new(),
            included_invalid: Vec::new(),
            undated: Vec::new(),
            filtered_out: 0,
            pledge_count: 0,
            group_cache: FastMap::default(),
            total: Decimal::ZERO,
            pledges_counted: 0,
            floors: 0,
            converted: 0,
            not_counted: Vec::new(),
            unconverted: Vec::new(),
            delivery: DeliveryAcc::default(),
            breakdowns,
            entities: EntityAcc::default(),
            reporting: ReportingAcc::default(),
            overflow: None,
        }
    }

    /// The accumulator, told which pledge ids relations name (see [`related_ids`]): those
    /// pledges are held until `finish` instead of being folded in on arrival.
    pub fn with_related(mut self, related: HashSet<String>) -> SummaryAccumulator {
        self.related = related;
        self
    }

    /// The number of pledges held until `finish` because relations tie them to others.
    pub fn held(&self) -> usize {
        self.held.len()
    }

    fn overflowed(&mut self, stage: u8, e: Error) {
        if self.overflow.as_ref().is_none_or(|(s, _)| stage < *s) {
            self.overflow = Some((stage, e));
        }
    }

    /// Add one pledge. Never fails today; errors of the whole summary (duplicate ids, rejected
    /// invalid pledges, overflow) are reported by `finish`, in the batch's order.
    pub fn push(&mut self, p: Pledge) -> Result<()> {
        if !self.seen.insert(id_hash(&p.id)) {
            self.duplicates.insert(p.id);
            return Ok(());
        }
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
            self.held.push((p, invalid));
            return Ok(());
        }
        let (included, exclusion) = screen(&p, &self.options, invalid.as_ref());
        if included {
            self.included_invalid.push(p.id.clone());
        }
        if let Some(e) = exclusion {
            self.excluded.push(e);
            return Ok(());
        }
        let mut c = derive(&p, &self.options, &mut self.group_cache);
        if !matches(&c, &self.options.filters) {
            inc(&mut self.filtered_out);
            return Ok(());
        }
        if c.known.is_none() {
            self.undated.push(p.id.clone());
        }
        match convert_pledged(&p, &self.options) {
            None => {}
            Some(Ok((amount, converted))) => {
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
            }
            Some(Err(u)) => self.unconverted.push(u),
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
        for b in &mut self.breakdowns {
            if let Err(e) = b.add(c) {
                failed = Some(e);
            }
        }
        if let Some(e) = failed {
            self.overflowed(STAGE_BREAKDOWN, e);
        }
        self.entities.add(c);
        self.reporting.add(c, &self.options);
    }

    /// The summary of every pledge pushed.
    ///
    /// Errors, in `summarize`'s order: `duplicate_pledge_id` (the smallest repeated id),
    /// `invalid_pledges` under [`InvalidPolicy::Reject`], `unannounced_relation` when a
    /// relation names a pledge that was folded in before the relation was seen (announce
    /// such ids with [`SummaryAccumulator::with_related`]), `overflow`.
    pub fn finish(mut self) -> Result<Summary> {
        if let Some(id) = self.duplicates.pop_first() {
            return Err(Error::DuplicatePledgeId { id });
        }
        if !self.rejected.is_empty() {
            self.rejected.sort();
            return Err(Error::InvalidPledges { ids: self.rejected });
        }
        let held = std::mem::take(&mut self.held);
        let held_ids: HashSet<&str> = held.iter().map(|(p, _)| p.id.as_str()).collect();
        for (p, _) in &held {
            for r in p.relations.iter().filter(|r| ties(r.kind)) {
                if !held_ids.contains(r.pledge.as_str()) && self.seen.contains(id_hash(&r.pledge)) {
                    return Err(Error::UnannouncedRelation {
                        id: r.pledge.clone(),
                    });
                }
            }
        }
        self.fold_held(&held)?;

        if let Some((_, e)) = self.overflow.take() {
            return Err(e);
        }
        let options = &self.options;
        self.excluded.sort_by(|a, b| a.id.cmp(&b.id));
        self.included_invalid.sort();
        self.undated.sort();
        self.not_counted.sort_by(|a, b| a.id.cmp(&b.id));
        self.unconverted
            .sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.kind.cmp(&b.kind)));
        let total = self.total;
        let pledge_count = self.pledge_count;
        let breakdowns = self
            .breakdowns
            .into_iter()
            .map(|b| b.finish(pledge_count, total))
            .collect::<Result<Vec<_>>>()?;
        let (entities, pledger_countries) = self.entities.finish();
        let reporting = self.reporting.finish(pledge_count, options);
        Ok(Summary {
            as_of: options.as_of,
            currency: options.currency,
            attribution: options.attribution,
            region_mode: options.region_mode,
            rates: options.converter.provenance(),
            notes: notes(options),
            pledge_count,
            filtered_out: self.filtered_out,
            excluded: self.excluded,
            included_invalid: self.included_invalid,
            undated: self.undated,
            entities,
            pledger_countries,
            value: super::ValueStats {
                total,
                pledges_counted: self.pledges_counted,
                floors: self.floors,
                converted: self.converted,
                not_counted: self.not_counted,
                unconverted: self.unconverted,
            },
            breakdowns,
            reporting,
            delivery: self.delivery.finish(),
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
                self.included_invalid.push(p.id.clone());
            }
            match exclusion {
                Some(e) => self.excluded.push(e),
                None => eligible.push(p),
            }
        }
        // Rule 4, as in `summarize`.
        let superseded = super::superseded_by(&eligible);
        let mut counted: Vec<Counted<'_>> = Vec::new();
        for p in eligible {
            if let Some(by) = superseded.get(p.id.as_str()) {
                self.excluded.push(Excluded {
                    id: p.id.clone(),
                    reason: "superseded".into(),
                    detail: (*by).to_owned().into(),
                });
                continue;
            }
            let c = derive(p, &self.options, &mut self.group_cache);
            if matches(&c, &self.options.filters) {
                if c.known.is_none() {
                    self.undated.push(p.id.clone());
                }
                counted.push(c);
            } else {
                inc(&mut self.filtered_out);
            }
        }
        let value = match count_value(&mut counted, &self.options) {
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
    Ok(scan_related(reader)?.0)
}

/// [`related_ids`], and the number of non-blank lines (an upper bound on the pledges to come).
fn scan_related<R: BufRead>(reader: R) -> Result<(HashSet<String>, usize)> {
    let mut out = HashSet::new();
    let mut lines = 0usize;
    each_line(reader, |text, _| {
        lines = lines.saturating_add(1);
        if let Ok(doc) = serde_json::from_str::<RelationsOnly>(text) {
            for r in doc.relations.into_iter().filter(|r| ties(r.kind)) {
                out.insert(r.pledge);
            }
        }
        Ok(())
    })?;
    Ok((out, lines))
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
///
/// The result equals `summarize` over the same pledges. Errors: those of
/// [`push_jsonl`] and [`SummaryAccumulator::finish`].
pub fn summarize_jsonl<R: BufRead + Seek>(
    mut reader: R,
    options: &SummaryOptions,
) -> Result<Summary> {
    let (related, lines) = scan_related(&mut reader)?;
    reader.seek(SeekFrom::Start(0)).map_err(io_error)?;
    let mut acc = SummaryAccumulator::new(options.clone()).with_related(related);
    // Sized once from the first pass, so that the id fingerprints never move.
    acc.seen.reserve(lines);
    push_jsonl(reader, &mut acc)?;
    acc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id set answers exactly as a plain hash set, across several merges (the reference
    /// is std's `HashSet`; values repeat on purpose, some long after they first came).
    #[test]
    #[allow(clippy::arithmetic_side_effects)]
    fn id_set_agrees_with_a_hash_set() {
        let mut set = IdSet::default();
        let mut reference = HashSet::new();
        let mut state: u64 = 7;
        let mut fresh = Vec::new();
        for n in 0..(3 * RECENT_IDS + 123) {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let h = if n % 5 == 4 {
                // A value seen before: recently or before several merges.
                fresh[(state >> 33) as usize % fresh.len()]
            } else {
                u128::from(state) << 64 | u128::from(state.rotate_left(17))
            };
            fresh.push(h);
            assert_eq!(set.insert(h), reference.insert(h), "value {n}");
            assert_eq!(set.len(), reference.len());
        }
        assert!(set.sorted.windows(2).all(|w| w[0] < w[1]));
        for h in fresh.iter().step_by(97) {
            assert!(set.contains(*h));
        }
        assert!(!set.contains(12345));
    }
}
