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

/// A 128-bit fingerprint of the likely-duplicate key: two independent SipHash values (a false
/// match among 10^9 pledges has a probability below 10^-20), so that a file of a million
/// pledges keeps 16 bytes per pledge for this rule instead of the key's texts.
fn fingerprint(lead: &str, title: &str, amount: Option<&str>) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |salt: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        (lead, title, amount).hash(&mut h);
        u128::from(h.finish())
    };
    half(0).checked_shl(64).unwrap_or_default() | half(1)
}

impl Entry {
    /// The entry of a partial pledge.
    pub(crate) fn of(p: &PPledge<'_>) -> Entry {
        let lead = p.lead.as_ref().and_then(entity_key);
        let likely = match (lead, p.title) {
            (Some(lead), Some(title)) => {
                let amount = match p.financial_value.valid() {
                    Some(v) => match (v.amount, v.currency) {
                        (Some(a), Some(c)) => Some(Some(format!("{} {c}", a.normalize()))),
                        _ => None,
                    },
                    None if p.financial_value.is_absent() => Some(None),
                    None => None,
                };
                amount.map(|a| fingerprint(&lead, &title_key(title), a.as_deref()))
            }
            _ => None,
        };
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
            likely,
            relations,
        }
    }
}

/// The batch rules over the entries of a batch's pledges, in order.
pub(crate) fn run_entries(pledges: &[Entry], sink: &mut Sink) {
    let mut ids: HashMap<&str, usize> = HashMap::with_capacity(pledges.len());
    let mut seen: HashMap<u128, usize> = HashMap::new();
    for (n, p) in pledges.iter().enumerate() {
        let mut same_id = false;
        if let Some(id) = p.id.as_deref() {
            match ids.get(id) {
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
                    ids.insert(id, n);
                }
            }
        }
        if let Some(key) = p.likely {
            match seen.get(&key) {
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
                    seen.insert(key, n);
                }
            }
        }
    }
    for (n, p) in pledges.iter().enumerate() {
        for (i, other) in p.relations.iter() {
            let other: &str = other;
            if Some(other) != p.id.as_deref() && !ids.contains_key(other) {
                let params = sink.params().user("value", other);
                let msg = format!("no pledge in the batch has the id {}", sink.quote(other));
                sink.emit(
                    Code::BatchUnknownRelationTarget,
                    ptr(&[I(n), K("relations"), I(*i), K("pledge")]),
                    msg,
                    params,
                );
            }
        }
    }
}
