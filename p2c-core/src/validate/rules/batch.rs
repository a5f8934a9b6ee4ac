//! Batch rules over a list of pledges: duplicate ids; likely duplicate submissions (same lead
//! pledger, same title after trimming, case-folding and collapsing whitespace, and the same
//! amount and currency, or both without a value) among pledges with different ids; relations
//! to ids that are not in the batch.
//!
//! The rules keep only an [`Entry`] per pledge (fingerprints and relation targets), so that a
//! batch can be validated on any thread ([`run_entries`]) or as a stream of any length
//! ([`BatchRules`], fed one pledge at a time): the same issues, in the same order, either way.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::super::partial::PPledge;
use super::super::pointer::{ptr, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};
use super::identity::entity_key;

fn title_key(t: &str) -> String {
    t.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A 128-bit fingerprint of `parts` (SipHash with two salts), so that the batch rules keep
/// 16 bytes per pledge rather than its id, lead, title and amount: a stream of any length fits.
/// Two different keys share a fingerprint with a probability of about n²/2¹²⁹.
fn fingerprint(parts: &[&str]) -> u128 {
    let half = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        for p in parts {
            p.hash(&mut h);
        }
        u128::from(h.finish())
    };
    half(0).checked_shl(64).unwrap_or_default() | half(1)
}

/// What the batch rules need of one pledge, owned, so that a file's records can be validated
/// on any thread and only these kept: its id, a fingerprint of its likely-duplicate key (lead
/// pledger, title key, amount; `None` when the pledge has no such key or its value is
/// malformed, as the rule skips it) and the ids its relations name, with their positions.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    id: Option<Box<str>>,
    likely: Option<u128>,
    relations: Box<[(usize, Box<str>)]>,
}

impl Entry {
    /// The entry of a partial pledge.
    pub(crate) fn of(p: &PPledge<'_>) -> Entry {
        let relations = p
            .relations
            .valid()
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, r)| r.as_ref().and_then(|r| r.pledge).map(|o| (i, o.into())))
            .collect();
        Entry {
            id: p.id.map(Into::into),
            likely: duplicate_key(p),
            relations,
        }
    }
}

/// The fingerprint of a pledge's lead pledger, normalized title and amount, when it has them.
fn duplicate_key(p: &PPledge<'_>) -> Option<u128> {
    let lead = p.lead.as_ref().and_then(entity_key)?;
    let title = p.title?;
    let amount = match p.financial_value.valid() {
        Some(v) => match (v.amount, v.currency) {
            (Some(a), Some(c)) => Some(format!("{} {c}", a.normalize())),
            _ => return None,
        },
        None if p.financial_value.is_absent() => None,
        None => return None,
    };
    let title = title_key(title);
    Some(match &amount {
        Some(a) => fingerprint(&[&lead, &title, "some", a]),
        None => fingerprint(&[&lead, &title, "none"]),
    })
}

/// The batch rules, fed one pledge at a time (in batch order) and finished at the end.
#[derive(Default)]
pub(crate) struct BatchRules {
    /// The index of the first pledge with each id (by fingerprint).
    ids: HashMap<u128, usize>,
    /// The index of the first pledge with each likely-duplicate key.
    seen: HashMap<u128, usize>,
    /// Relations to other ids: (pledge index, relation index, target id), for the end.
    relations: Vec<(usize, usize, Box<str>)>,
}

impl BatchRules {
    /// Apply the rules to pledge `n`: duplicate id and likely duplicate now, relations at the
    /// end ([`BatchRules::finish`]).
    pub(crate) fn add(&mut self, n: usize, p: &PPledge<'_>, sink: &mut Sink) {
        self.add_entry(n, &Entry::of(p), sink);
    }

    /// [`BatchRules::add`] for a pledge already reduced to its [`Entry`].
    pub(crate) fn add_entry(&mut self, n: usize, p: &Entry, sink: &mut Sink) {
        let mut same_id = false;
        if let Some(id) = p.id.as_deref() {
            let key = fingerprint(&[id]);
            match self.ids.get(&key) {
                Some(first) => {
                    same_id = true;
                    let params = sink.params().user("value", id).set("firstIndex", *first);
                    let msg = format!(
                        "the id {} is already used by pledge {first}",
                        sink.quote(id)
                    );
                    sink.emit(Code::BatchDuplicateId, ptr(&[I(n), K("id")]), msg, params);
                }
                None => {
                    self.ids.insert(key, n);
                }
            }
        }
        if let Some(key) = p.likely {
            match self.seen.get(&key) {
                Some(first) if !same_id => {
                    let params = sink.params().set("firstIndex", *first);
                    sink.emit(
                        Code::BatchLikelyDuplicate,
                        ptr(&[I(n)]),
                        format!("pledge {first} has the same lead pledger, title and amount"),
                        params,
                    );
                }
                Some(_) => {}
                None => {
                    self.seen.insert(key, n);
                }
            }
        }
        for (i, other) in p.relations.iter() {
            if Some(&**other) != p.id.as_deref() {
                self.relations.push((n, *i, other.clone()));
            }
        }
    }

    /// The rules that need the whole batch: relations to ids that are not in it.
    pub(crate) fn finish(self, sink: &mut Sink) {
        for (n, i, other) in self.relations {
            if !self.ids.contains_key(&fingerprint(&[&other])) {
                let params = sink.params().user("value", &*other);
                let msg = format!("no pledge in the batch has the id {}", sink.quote(&other));
                sink.emit(
                    Code::BatchUnknownRelationTarget,
                    ptr(&[I(n), K("relations"), I(i), K("pledge")]),
                    msg,
                    params,
                );
            }
        }
    }
}

/// The batch rules over the entries of a batch's pledges, in order.
pub(crate) fn run_entries(pledges: &[Entry], sink: &mut Sink) {
    let mut rules = BatchRules::default();
    for (n, p) in pledges.iter().enumerate() {
        rules.add_entry(n, p, sink);
    }
    rules.finish(sink);
}
