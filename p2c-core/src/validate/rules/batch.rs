//! Batch rules over a list of pledges: duplicate ids; likely duplicate submissions (same lead
//! pledger, same title after trimming, case-folding and collapsing whitespace, and the same
//! amount and currency, or both without a value) among pledges with different ids; relations
//! to ids that are not in the batch; relations that cannot hold.
//!
//! # Relations that cannot hold
//!
//! - `batch.relation_cycle` (error): pledges whose `supersedes` and `part_of` relations
//!   lead back to themselves (A supersedes B and B supersedes A; A part of B, B part of C, C
//!   part of A; mixed loops). One issue per knot of pledges that reach each other (see
//!   `cycles.rs`), at the relation of its smallest id that starts the cycle; `cycle` lists
//!   the ids of a shortest cycle from the smallest id, in relation order, `pledges` every
//!   pledge of the knot (smallest id first), `indexes` their positions in the batch, and
//!   `relations` the relation types along the cycle. The first pledge with an id stands for
//!   it (a repeated id is `batch.duplicate_id`).
//! - `batch.part_exceeds_parent` (warning): a pledge `part_of` another whose amount is
//!   larger than the other's. Validation has no exchange rates, so the amounts are compared
//!   only when both are in the same currency and on the same basis (both totals or both per
//!   year); otherwise they are not compared. A relation inside a cycle is not compared
//!   either (the cycle is the error).
//!
//! The rules keep only an [`Entry`] per pledge (fingerprints and relation targets), so that a
//! batch can be validated on any thread ([`run_entries`]) or as a stream of any length
//! ([`BatchRules`], fed one pledge at a time): the same issues, in the same order, either way.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use rust_decimal::Decimal;

use super::super::partial::PPledge;
use super::super::pointer::{ptr, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};
use super::cycles::cycles;
use super::identity::entity_key;
use crate::model::CurrencyCode;
use crate::taxonomy::{AmountBasis, Codelist, RelationType};

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
/// malformed, as the rule skips it), the ids its relations name, with their positions and
/// types, and its amount.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    id: Option<Box<str>>,
    likely: Option<u128>,
    relations: Named,
    amount: Option<Amount>,
}

/// A relation kept for the end of a batch: (pledge index, relation index, type, target id).
type Kept = (usize, usize, Option<RelationType>, Box<str>);

/// A pledge's relations: (relation index, type, target id).
type Named = Box<[(usize, Option<RelationType>, Box<str>)]>;

/// A pledge's stated amount, its currency and whether it is per year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Amount {
    amount: Decimal,
    currency: CurrencyCode,
    per_year: bool,
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
            .filter_map(|(i, r)| {
                r.as_ref()
                    .and_then(|r| r.pledge.map(|o| (i, r.kind, o.into())))
            })
            .collect();
        let amount = p.financial_value.valid().and_then(|v| {
            Some(Amount {
                amount: v.amount?,
                currency: v.currency?,
                per_year: v.basis == Some(AmountBasis::PerYear),
            })
        });
        Entry {
            id: p.id.map(Into::into),
            likely: duplicate_key(p),
            relations,
            amount,
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
    /// Relations to other ids: (pledge index, relation index, type, target id), for the end.
    relations: Vec<Kept>,
    /// The id of each pledge with a `supersedes` or `part_of` relation, by index.
    names: HashMap<usize, Box<str>>,
    /// The amount of each pledge that states one, by index, for `part_of` comparisons.
    amounts: HashMap<usize, Amount>,
    /// How many pledges were added.
    count: usize,
}

/// Whether a relation type takes part in cycles.
fn binds(kind: Option<RelationType>) -> bool {
    matches!(kind, Some(RelationType::Supersedes | RelationType::PartOf))
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
        self.count = self.count.max(n.saturating_add(1));
        for (i, kind, other) in p.relations.iter() {
            if Some(&**other) != p.id.as_deref() {
                self.relations.push((n, *i, *kind, other.clone()));
                if binds(*kind) {
                    if let Some(id) = &p.id {
                        self.names.entry(n).or_insert_with(|| id.clone());
                    }
                }
            }
        }
        if let Some(a) = p.amount {
            self.amounts.insert(n, a);
        }
    }

    /// The rules that need the whole batch: relations to ids that are not in it, and
    /// relations that cannot hold.
    pub(crate) fn finish(self, sink: &mut Sink) {
        for (n, i, _, other) in &self.relations {
            let (n, i) = (*n, *i);
            if !self.ids.contains_key(&fingerprint(&[other])) {
                let params = sink.params().user("value", &**other);
                let msg = format!("no pledge in the batch has the id {}", sink.quote(other));
                sink.emit(
                    Code::BatchUnknownRelationTarget,
                    ptr(&[I(n), K("relations"), I(i), K("pledge")]),
                    msg,
                    params,
                );
            }
        }
        self.cannot_hold(sink);
    }

    /// `batch.relation_cycle` and `batch.part_exceeds_parent` (see the module docs).
    fn cannot_hold(&self, sink: &mut Sink) {
        // Each binding relation as an edge to the first pledge with its target id.
        let target = |other: &str| self.ids.get(&fingerprint(&[other])).copied();
        let edges: Vec<(usize, usize)> = self
            .relations
            .iter()
            .filter(|r| binds(r.2) && self.names.contains_key(&r.0))
            .filter_map(|(n, _, _, other)| target(other).map(|t| (*n, t)))
            .collect();
        let name = |v: usize| self.names.get(&v).map_or("", |s| &**s);
        let knots = cycles(self.count, &edges, |a, b| {
            name(a).cmp(name(b)).then_with(|| a.cmp(&b))
        });
        let mut in_knot: HashMap<usize, usize> = HashMap::new();
        for (k, knot) in knots.iter().enumerate() {
            for m in &knot.members {
                in_knot.insert(*m, k);
            }
        }
        for knot in &knots {
            let path = &knot.path;
            // The relation of each step (the first of the pledge's relations to the next).
            let steps: Vec<Option<&Kept>> = path
                .iter()
                .enumerate()
                .map(|(k, v)| {
                    let to = path.get(k.saturating_add(1)).or(path.first()).copied();
                    self.relations
                        .iter()
                        .find(|r| r.0 == *v && binds(r.2) && to.is_some() && target(&r.3) == to)
                })
                .collect();
            let Some(Some(first)) = steps.first() else {
                continue;
            };
            let ids: Vec<&str> = path.iter().map(|v| name(*v)).collect();
            let kinds: Vec<&str> = steps
                .iter()
                .map(|r| r.and_then(|r| r.2).map_or("", |k| k.code()))
                .collect();
            let members: Vec<&str> = knot.members.iter().map(|v| name(*v)).collect();
            let at: Vec<String> = path.iter().map(|v| format!("`{v}`")).collect();
            let msg = format!(
                "the supersedes and part_of relations of pledges {} lead back to the first, so none of them can hold",
                at.join(", ")
            );
            let params = sink
                .params()
                .user("cycle", ids)
                .user("pledges", members)
                .set("indexes", path.clone())
                .set("relations", kinds);
            sink.emit(
                Code::BatchRelationCycle,
                ptr(&[I(first.0), K("relations"), I(first.1)]),
                msg,
                params,
            );
        }
        for (n, i, kind, other) in &self.relations {
            if *kind != Some(RelationType::PartOf) {
                continue;
            }
            let Some(t) = target(other) else { continue };
            if t == *n || (in_knot.contains_key(n) && in_knot.get(n) == in_knot.get(&t)) {
                continue;
            }
            let (Some(child), Some(parent)) = (self.amounts.get(n), self.amounts.get(&t)) else {
                continue;
            };
            if child.currency != parent.currency
                || child.per_year != parent.per_year
                || child.amount <= parent.amount
            {
                continue;
            }
            let params = sink
                .params()
                .user("parent", &**other)
                .set("parentIndex", t)
                .user("amount", child.amount.to_string())
                .user("parentAmount", parent.amount.to_string())
                .set("currency", child.currency.as_str());
            let msg = format!(
                "this pledge is part of pledge {t} but its amount {} exceeds that pledge's amount in the same currency",
                sink.quote(&child.amount.to_string()),
            );
            sink.emit(
                Code::BatchPartExceedsParent,
                ptr(&[I(*n), K("relations"), I(*i)]),
                msg,
                params,
            );
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

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::validate::stream::{validate_reader, StreamFormat};
    use crate::validate::{validate_batch_str, Issue, ValidateOptions};

    fn pledge(id: &str, amount: &str, relations: &[(&str, &str)]) -> Value {
        json!({
            "formatVersion": "1.0", "id": id, "title": format!("Pledge {id}"),
            "pledgers": { "lead": { "name": "Government of Kenya", "stakeholderType": "government",
                                    "headquarters": "KEN" } },
            "pledgeTypes": ["financial"], "focusAreas": ["access"], "reviewState": "published",
            "validatedAt": "2022-06-05T12:00:00Z",
            "implementation": { "countries": ["KEN"] },
            "financialValue": { "amount": amount, "currency": "USD", "valueDate": "2022-06-07" },
            "relations": relations.iter()
                .map(|(t, o)| json!({ "type": t, "pledge": o })).collect::<Vec<_>>(),
        })
    }

    fn opts(redact: bool) -> ValidateOptions {
        ValidateOptions {
            as_of: "2024-01-01".parse().ok(),
            redact_values: redact,
            ..ValidateOptions::default()
        }
    }

    /// The batch's issues of `code`, from the whole-array and the streaming validators alike.
    fn issues(batch: &[Value], code: &str, redact: bool) -> Vec<Issue> {
        let text = serde_json::to_string(batch).unwrap();
        let whole: Vec<Issue> = validate_batch_str(&text, &opts(redact))
            .issues
            .into_iter()
            .filter(|i| i.code == code)
            .collect();
        let lines: Vec<String> = batch.iter().map(|p| p.to_string()).collect();
        let streamed: Vec<Issue> = validate_reader(
            lines.join("\n").as_bytes(),
            StreamFormat::JsonLines,
            &opts(redact),
        )
        .unwrap()
        .issues
        .into_iter()
        .filter(|i| i.code == code)
        .collect();
        assert_eq!(
            serde_json::to_value(&whole).unwrap(),
            serde_json::to_value(&streamed).unwrap()
        );
        whole
    }

    #[test]
    fn a_cycle_names_every_pledge_from_the_smallest_id() {
        // D → B → C → A → D? No: A supersedes C, C part_of B, B supersedes A, and D
        // supersedes A from outside the loop.
        let batch = [
            pledge("C", "10", &[("part_of", "B")]),
            pledge("D", "10", &[("supersedes", "A")]),
            pledge("A", "10", &[("same_funds_as", "D"), ("supersedes", "C")]),
            pledge("B", "10", &[("supersedes", "A")]),
        ];
        let found = issues(&batch, "batch.relation_cycle", false);
        assert_eq!(found.len(), 1, "{found:?}");
        let i = &found[0];
        assert_eq!(i.path, "/2/relations/1");
        assert_eq!(i.params["cycle"], json!(["A", "C", "B"]));
        assert_eq!(i.params["pledges"], json!(["A", "B", "C"]));
        assert_eq!(i.params["indexes"], json!([2, 0, 3]));
        assert_eq!(
            i.params["relations"],
            json!(["supersedes", "part_of", "supersedes"])
        );
        assert!(
            i.message.contains("pledges `2`, `0`, `3` lead back"),
            "{}",
            i.message
        );
        // Redacted: no ids in the params or the message, the positions still there.
        let redacted = issues(&batch, "batch.relation_cycle", true);
        assert!(redacted[0].params.get("cycle").is_none());
        assert_eq!(redacted[0].params["indexes"], json!([2, 0, 3]));
        assert_eq!(redacted[0].message, i.message);
    }

    #[test]
    fn a_knot_of_two_loops_is_one_issue_with_its_shortest_cycle() {
        // A → B → C → A and A → D → A share A: one knot, the shortest cycle A → D.
        let batch = [
            pledge("A", "1", &[("supersedes", "B"), ("part_of", "D")]),
            pledge("B", "1", &[("supersedes", "C")]),
            pledge("C", "1", &[("supersedes", "A")]),
            pledge("D", "1", &[("supersedes", "A")]),
        ];
        let found = issues(&batch, "batch.relation_cycle", false);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].params["cycle"], json!(["A", "D"]));
        assert_eq!(found[0].params["pledges"], json!(["A", "B", "C", "D"]));
        assert_eq!(found[0].path, "/0/relations/1");
    }

    #[test]
    fn a_repeated_id_stands_for_its_first_pledge() {
        // The second X (index 2) has a relation back to Y, but the first X stands for the id:
        // Y supersedes X (index 0), which supersedes nothing: no cycle.
        let batch = [
            pledge("X", "1", &[]),
            pledge("Y", "1", &[("supersedes", "X")]),
            pledge("X", "2", &[("supersedes", "Y")]),
        ];
        assert!(issues(&batch, "batch.relation_cycle", false).is_empty());
    }

    #[test]
    fn a_part_larger_than_its_whole_is_a_warning_with_both_amounts() {
        let batch = [
            pledge("P", "1000", &[]),
            pledge("Q", "1000.01", &[("part_of", "P")]),
            pledge("R", "999", &[("part_of", "P")]),
        ];
        let found = issues(&batch, "batch.part_exceeds_parent", false);
        assert_eq!(found.len(), 1);
        let i = &found[0];
        assert_eq!(i.path, "/1/relations/0");
        assert_eq!(i.params["parent"], json!("P"));
        assert_eq!(i.params["parentIndex"], json!(0));
        assert_eq!(i.params["amount"], json!("1000.01"));
        assert_eq!(i.params["parentAmount"], json!("1000"));
        assert_eq!(i.params["currency"], json!("USD"));
        // A per-year part of a total is not compared.
        let mut yearly = pledge("S", "5000", &[("part_of", "P")]);
        yearly["formatVersion"] = json!("1.1");
        yearly["financialValue"]["basis"] = json!("per_year");
        yearly["financialValue"]["years"] = json!(3);
        assert!(issues(
            &[pledge("P", "1000", &[]), yearly],
            "batch.part_exceeds_parent",
            false
        )
        .is_empty());
    }
}
