//! Folding the counted pledges into delivery, breakdowns, entities and reporting.

use super::breakdown::{BreakdownAcc, DIMENSIONS};
use super::delivery::DeliveryAcc;
use super::entities::EntityAcc;
use super::reporting::ReportingAcc;
use super::select::Counted;
use super::{
    Breakdown, DeliveryStats, EntityStats, PledgerCountries, ReportingStats, SummaryOptions,
    Unconverted, ValueStats,
};
use crate::{Error, Result};

/// The figures folded from the counted pledges once their values are final.
pub(super) struct Folded {
    pub(super) delivery: DeliveryStats,
    pub(super) breakdowns: Vec<Breakdown>,
    pub(super) entities: EntityStats,
    pub(super) pledger_countries: PledgerCountries,
    pub(super) reporting: ReportingStats,
}

/// Below this many counted pledges a summary folds them on the calling thread only (a thread
/// costs more than it saves).
pub(super) const PARALLEL_FROM: usize = 20_000;

/// The breakdowns of `counted`, each with its first `add` error, if any (a dimension that
/// failed takes no more pledges).
pub(super) fn fold_breakdowns(
    counted: &[Counted<'_>],
    mut accs: Vec<(BreakdownAcc, Option<Error>)>,
) -> Vec<(BreakdownAcc, Option<Error>)> {
    // Pledge by pledge, every dimension: each pledge is read from memory once.
    for c in counted {
        for (acc, err) in &mut accs {
            if err.is_none() {
                if let Err(e) = acc.add(c) {
                    *err = Some(e);
                }
            }
        }
    }
    accs
}

/// Delivery, breakdowns, entities and reporting, each in one pass over the counted pledges.
/// For large summaries on a machine with more than one core the breakdowns are folded on a
/// second thread while this one folds the rest: the figures are independent accumulators, so
/// the result is the same either way. Errors are those of one pass per figure in turn:
/// delivery's first, then each dimension's in [`DIMENSIONS`] order (its first `add` error,
/// else its `finish` error).
pub(super) fn fold(
    counted: &[Counted<'_>],
    options: &SummaryOptions,
    value: &mut ValueStats,
) -> Result<Folded> {
    let pledge_count = u64::try_from(counted.len()).unwrap_or(u64::MAX);
    let mut delivery = DeliveryAcc::default();
    let mut delivery_err: Option<Error> = None;
    let new_accs = || -> Vec<(BreakdownAcc, Option<Error>)> {
        DIMENSIONS
            .iter()
            .map(|dim| (BreakdownAcc::new(*dim, options), None))
            .collect()
    };
    // `summarize_refs` counts pledges in id order; checked, as the entity figures rely on it.
    let in_order = counted
        .windows(2)
        .all(|w| matches!(w, [a, b] if a.p.id < b.p.id));
    let mut entities = if in_order {
        EntityAcc::in_id_order(counted.len())
    } else {
        EntityAcc::default()
    };
    let mut reporting = ReportingAcc::default();
    let mut rest = |unconverted: &mut Vec<Unconverted>| {
        for c in counted {
            if delivery_err.is_none() {
                if let Err(e) = delivery.add(c, options, unconverted) {
                    delivery_err = Some(e);
                }
            }
            entities.add(c);
            reporting.add(c, options);
        }
    };
    let parallel = counted.len() >= PARALLEL_FROM
        && std::thread::available_parallelism().is_ok_and(|n| n.get() > 1);
    let accs = if parallel {
        std::thread::scope(|scope| {
            let (accs, on_thread) = match std::thread::Builder::new()
                .name("p2c-breakdowns".into())
                .spawn_scoped(scope, || fold_breakdowns(counted, new_accs()))
            {
                Ok(handle) => (None, Some(handle)),
                // No thread to be had: fold everything here.
                Err(_) => (Some(fold_breakdowns(counted, new_accs())), None),
            };
            rest(&mut value.unconverted);
            match (accs, on_thread) {
                (Some(accs), _) => Ok(accs),
                (None, Some(handle)) => handle
                    .join()
                    .map_err(|_| Error::Internal("the breakdown thread failed".into())),
                (None, None) => Err(Error::Internal("no breakdowns".into())),
            }
        })?
    } else {
        let accs = fold_breakdowns(counted, new_accs());
        rest(&mut value.unconverted);
        accs
    };
    if let Some(e) = delivery_err {
        return Err(e);
    }
    value
        .unconverted
        .sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.kind.cmp(&b.kind)));
    let breakdowns = accs
        .into_iter()
        .map(|(acc, err)| match err {
            Some(e) => Err(e),
            None => acc.finish(pledge_count, value.total),
        })
        .collect::<Result<Vec<_>>>()?;
    let (entities, pledger_countries) = entities.finish();
    Ok(Folded {
        delivery: delivery.finish(),
        breakdowns,
        entities,
        pledger_countries,
        reporting: reporting.finish(pledge_count, options),
    })
}
