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

pub(crate) fn run(pledges: &[PPledge<'_>], sink: &mut Sink) {
    let mut ids: HashMap<&str, usize> = HashMap::with_capacity(pledges.len());
    let mut seen: HashMap<(String, String, Option<String>), usize> = HashMap::new();
    for (n, p) in pledges.iter().enumerate() {
        let mut same_id = false;
        if let Some(id) = p.id {
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
        let lead = p.lead.as_ref().and_then(entity_key);
        if let (Some(lead), Some(title)) = (lead, p.title) {
            let amount = match p.financial_value.valid() {
                Some(v) => match (v.amount, v.currency) {
                    (Some(a), Some(c)) => Some(format!("{} {c}", a.normalize())),
                    _ => continue,
                },
                None if p.financial_value.is_absent() => None,
                None => continue,
            };
            let key = (lead, title_key(title), amount);
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
        for (i, r) in p.relations.valid().into_iter().flatten().enumerate() {
            let Some(other) = r.as_ref().and_then(|r| r.pledge) else {
                continue;
            };
            if Some(other) != p.id && !ids.contains_key(other) {
                let params = sink.params().user("value", other);
                let msg = format!("no pledge in the batch has the id {}", sink.quote(other));
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
