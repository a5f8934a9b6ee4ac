//! The total value: each counted pledge converted once, then the double-counting rules.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::select::{knots_of, Counted};
use super::{
    inc, Derivations, FastSet, NotCounted, NotDerived, RelationCycle, SummaryOptions, Unconverted,
    ValueStats,
};
use crate::model::amount::{counted_amount, CountMethod, CountRules, Counting, Qualifiers};
use crate::model::{MoneyAmount, Pledge};
use crate::money::exact::Sum;
use crate::taxonomy::{Codelist, RelationType};
use crate::Result;

/// What a summary makes of a pledge's announced value.
pub(super) enum Pledged {
    /// The pledge has no financial value.
    None,
    /// The counted amount (see [`counted_amount`]) in the summary's currency.
    Counted {
        /// The amount.
        amount: Decimal,
        /// Whether it was converted from another currency.
        converted: bool,
        /// How it was derived from the announced figure.
        method: CountMethod,
        /// What the source says about the figure.
        qualifiers: Qualifiers,
    },
    /// The announced amount cannot be turned into a total (a yearly amount with no years).
    NotDerived(NotDerived),
    /// The counted amount could not be converted.
    Unconverted(Unconverted),
}

/// The figure a summary counts for the pledge's announced value ([`counted_amount`] with the
/// default rules: a range counts its lower end, a yearly amount its years), converted into
/// the summary's currency at the value date.
///
/// Errors: `overflow` when a yearly amount times its years does not fit in a decimal.
pub(super) fn convert_pledged(p: &Pledge, options: &SummaryOptions) -> Result<Pledged> {
    let Some(fv) = p.financial_value.as_ref() else {
        return Ok(Pledged::None);
    };
    let c = match counted_amount(fv, p.period.as_ref(), CountRules::default())? {
        Counting::Counted(c) => c,
        Counting::NotCounted(why) => {
            return Ok(Pledged::NotDerived(NotDerived {
                id: p.id.clone(),
                reason: why.code().into(),
                amount: fv.amount,
                currency: fv.currency,
            }))
        }
    };
    let (method, qualifiers) = (c.method, c.qualifiers);
    if fv.currency == options.currency {
        return Ok(Pledged::Counted {
            amount: c.amount,
            converted: false,
            method,
            qualifiers,
        });
    }
    let money = MoneyAmount {
        amount: c.amount,
        currency: fv.currency,
    };
    Ok(
        match options.converter.convert_at(
            money,
            fv.value_date_stated(),
            fv.explicit_rate.as_ref(),
            options.currency,
        ) {
            Ok(conv) => Pledged::Counted {
                amount: conv.amount,
                converted: true,
                method,
                qualifiers,
            },
            Err(e) => Pledged::Unconverted(Unconverted {
                id: p.id.clone(),
                kind: "pledged".into(),
                amount: c.amount,
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
pub(super) struct ById<'a> {
    /// (id, index in `counted`), sorted by id.
    sorted: Vec<(&'a str, usize)>,
}

impl<'a> ById<'a> {
    pub(super) fn new(counted: &[Counted<'a>]) -> ById<'a> {
        let mut sorted: Vec<(&'a str, usize)> = counted
            .iter()
            .enumerate()
            .map(|(i, c)| (c.p.id.as_str(), i))
            .collect();
        // Usually sorted already (summaries count pledges in id order): a linear check.
        sorted.sort_unstable_by(|a, b| a.0.cmp(b.0));
        ById { sorted }
    }

    pub(super) fn get(&self, id: &str) -> Option<usize> {
        let at = self.sorted.binary_search_by(|e| e.0.cmp(id)).ok()?;
        self.sorted.get(at).map(|e| e.1)
    }
}

/// Convert every counted pledge's value and apply the double-counting rules.
///
/// `part_of` relations that form a cycle among the counted pledges (A part_of B, B part_of A,
/// or longer) cannot hold: they are void, so the money of the cycle's pledges counts rather
/// than all of it disappearing, and the cycle is pushed to `cycles`.
pub(super) fn count_value(
    counted: &mut [Counted<'_>],
    options: &SummaryOptions,
    cycles: &mut Vec<RelationCycle>,
) -> Result<ValueStats> {
    let mut unconverted = Vec::new();
    let mut converted_n = 0u64;
    // 1. Conversion: each counted pledge's amount, by its index in `counted`.
    let mut amounts: Vec<Option<Decimal>> = Vec::with_capacity(counted.len());
    let mut how: Vec<Option<(CountMethod, Qualifiers)>> = Vec::with_capacity(counted.len());
    let mut derivations = Derivations::default();
    for c in counted.iter() {
        match convert_pledged(c.p, options)? {
            Pledged::None => {
                amounts.push(None);
                how.push(None);
            }
            Pledged::Counted {
                amount,
                converted,
                method,
                qualifiers,
            } => {
                if converted {
                    inc(&mut converted_n);
                }
                amounts.push(Some(amount));
                how.push(Some((method, qualifiers)));
            }
            Pledged::NotDerived(n) => {
                derivations.not_derived.push(n);
                amounts.push(None);
                how.push(None);
            }
            Pledged::Unconverted(u) => {
                unconverted.push(u);
                amounts.push(None);
                how.push(None);
            }
        }
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

    // 2. part_of: the money is inside another counted pledge's, unless the relations form a
    // cycle (then they are void).
    let mut part_edges: Vec<(usize, usize)> = Vec::new();
    if related {
        for (i, c) in counted.iter().enumerate() {
            for r in &c.p.relations {
                if r.kind == RelationType::PartOf && r.pledge != c.p.id {
                    if let Some(j) = by_id.get(&r.pledge) {
                        part_edges.push((i, j));
                    }
                }
            }
        }
    }
    let (part_cycles, knot_of) = knots_of(
        counted.len(),
        &part_edges,
        |i| counted.get(i).map_or_else(String::new, |c| c.p.id.clone()),
        RelationType::PartOf,
    );
    cycles.extend(part_cycles);
    let same_knot =
        |i: usize, j: usize| knot_of.get(&i).is_some_and(|k| knot_of.get(&j) == Some(k));
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
                .filter(|o| by_id.get(o).is_some_and(|j| !same_knot(i, j)))
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
            if let Some((method, qualifiers)) = how.get(i).copied().flatten() {
                derivations.add(method, qualifiers, amount)?;
            }
        }
    }
    derivations.not_derived.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(ValueStats {
        total: total.value()?,
        pledges_counted,
        floors,
        converted: converted_n,
        not_counted,
        unconverted,
        derivations,
    })
}
