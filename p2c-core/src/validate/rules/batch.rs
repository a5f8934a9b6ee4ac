//! Batch rules over a list of pledges: duplicate ids; likely duplicate submissions (same lead
//! pledger, same title after trimming, case-folding and collapsing whitespace, and the same
//! amount and currency, or both without a value) among pledges with different ids; relations
//! to ids that are not in the batch.

use std::collections::HashMap;

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

/// A 128-bit fingerprint of a key, so that the batch rules keep 16 bytes per pledge however
/// long its id, pledger and title: a batch of millions is checked in bounded memory. Two
/// different keys share a fingerprint with a probability of about n² / 2¹²⁹ (1e-26 for two
/// million pledges).
fn fingerprint(parts: &[&str]) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |salt: u8| {
        // Fingerprints never leave the process: std's default hasher (the same in one program)
        // with a different salt for each half.
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        for p in parts {
            p.hash(&mut h);
        }
        h.finish()
    };
    (u128::from(half(1)) << 64) | u128::from(half(2))
}

/// The batch rules, one pledge at a time: duplicate ids and likely duplicates are found as
/// pledges arrive, relations to ids outside the batch once every id is known
/// ([`BatchRules::finish`]). Issues come out in the order [`run`] gives them.
#[derive(Default)]
pub(crate) struct BatchRules {
    /// Id fingerprint → index of the first pledge with that id.
    ids: HashMap<u128, usize>,
    /// (lead, title, amount) fingerprint → index of the first pledge with it.
    seen: HashMap<u128, usize>,
    /// (pledge index, relation index, target id) of every relation naming another pledge.
    relations: Vec<(usize, usize, String)>,
    /// Issues of the duplicate rules, held until the pledges' own issues are out.
    held: Vec<super::super::Issue>,
    next: usize,
    /// The last pledge an issue or a relation was kept for.
    last_named: Option<usize>,
}

impl BatchRules {
    /// Check the next pledge of the batch (index `self.next`).
    pub(crate) fn push(&mut self, p: &PPledge<'_>, sink: &mut Sink) {
        let n = self.next;
        self.next = n.saturating_add(1);
        let before = sink.issues.len();
        let mut same_id = false;
        if let Some(id) = p.id {
            match self.ids.get(&fingerprint(&[id])) {
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
                    self.ids.insert(fingerprint(&[id]), n);
                }
            }
        }
        self.likely_duplicate(p, n, same_id, sink);
        for (i, r) in p.relations.valid().into_iter().flatten().enumerate() {
            if let Some(other) = r.as_ref().and_then(|r| r.pledge) {
                if Some(other) != p.id {
                    self.relations.push((n, i, other.to_owned()));
                }
            }
        }
        if sink.issues.len() > before || self.relations.last().is_some_and(|r| r.0 == n) {
            self.last_named = Some(n);
        }
        self.held.extend(sink.issues.drain(before..));
    }

    /// Whether [`BatchRules::finish`] may give an issue about pledge `n` (just pushed): one
    /// was held for it, or it has relations to check.
    pub(crate) fn names(&self, n: usize) -> bool {
        self.last_named == Some(n)
    }

    fn likely_duplicate(&mut self, p: &PPledge<'_>, n: usize, same_id: bool, sink: &mut Sink) {
        let lead = p.lead.as_ref().and_then(entity_key);
        let (Some(lead), Some(title)) = (lead, p.title) else {
            return;
        };
        let amount = match p.financial_value.valid() {
            Some(v) => match (v.amount, v.currency) {
                (Some(a), Some(c)) => Some(format!("{} {c}", a.normalize())),
                _ => return,
            },
            None if p.financial_value.is_absent() => None,
            None => return,
        };
        let title = title_key(title);
        let key = match &amount {
            Some(a) => fingerprint(&[&lead, &title, "some", a]),
            None => fingerprint(&[&lead, &title, "none"]),
        };
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

    /// The issues of the duplicate rules, then those of relations to ids not in the batch.
    pub(crate) fn finish(self, sink: &mut Sink) {
        sink.issues.extend(self.held);
        for (n, i, other) in self.relations {
            if !self.ids.contains_key(&fingerprint(&[&other])) {
                let params = sink.params().user("value", other.as_str());
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

pub(crate) fn run(pledges: &[PPledge<'_>], sink: &mut Sink) {
    let mut rules = BatchRules::default();
    for p in pledges {
        rules.push(p, sink);
    }
    rules.finish(sink);
}
