//! Folding the counted pledges into delivery, breakdowns, entities and reporting.

use super::breakdown::{BreakdownAcc, PlacesOnce, DIMENSIONS};
use super::delivery::DeliveryAcc;
use super::entities::EntityAcc;
use super::reporting::ReportingAcc;
use super::select::Counted;
use super::series::{SeriesAcc, YearSeries};
use super::{
    Breakdown, DeliveryStats, Dimension, EntityStats, PledgerCountries, ReportingStats,
    SummaryOptions, ValueStats,
};
use crate::{Error, Result};

/// The figures folded from the counted pledges once their values are final.
pub(super) struct Folded {
    pub(super) delivery: DeliveryStats,
    pub(super) breakdowns: Vec<Breakdown>,
    pub(super) entities: EntityStats,
    pub(super) pledger_countries: PledgerCountries,
    pub(super) reporting: ReportingStats,
    pub(super) series: YearSeries,
}

/// Below this many counted pledges a summary folds them on the calling thread only (threads
/// cost more than they save).
pub(super) const PARALLEL_FROM: usize = 20_000;

/// The breakdowns of `counted`, each with its first `add` error, if any (a dimension that
/// failed takes no more pledges).
pub(super) fn fold_breakdowns(
    counted: &[Counted<'_>],
    mut accs: Vec<(BreakdownAcc, Option<Error>)>,
) -> Vec<(BreakdownAcc, Option<Error>)> {
    // Pledge by pledge, every dimension: each pledge is read from memory once, and its
    // attribution over its places computed once for the geographic dimensions of the task.
    for c in counted {
        let mut places = PlacesOnce::default();
        for (acc, err) in &mut accs {
            if err.is_none() {
                if let Err(e) = acc.add_with(c, &mut places) {
                    *err = Some(e);
                }
            }
        }
    }
    accs
}

/// The breakdown tasks of [`fold`], in [`DIMENSIONS`] order: one per dimension, except the
/// geographic ones (country, region, country group), which share a task so that each pledge's
/// attribution over its places is computed once for all three.
fn tasks() -> Vec<Vec<Dimension>> {
    let geographic = |d: &Dimension| {
        matches!(
            d,
            Dimension::Country | Dimension::ItuRegion | Dimension::CountryGroup
        )
    };
    let mut out: Vec<Vec<Dimension>> = Vec::new();
    let mut geo: Option<usize> = None;
    for dim in DIMENSIONS {
        match geo {
            Some(i) if geographic(&dim) => {
                if let Some(task) = out.get_mut(i) {
                    task.push(dim);
                }
            }
            _ => {
                if geographic(&dim) {
                    geo = Some(out.len());
                }
                out.push(vec![dim]);
            }
        }
    }
    out
}

/// Delivery, breakdowns, entities and reporting, each in one pass over the counted pledges.
/// For large summaries, each dimension's breakdown is folded as its own task, and delivery,
/// entities and reporting as one more, on up to `options.threads` threads: the figures are
/// independent accumulators, so the result is the same however many threads run them. Errors
/// are those of one pass per figure in turn: delivery's first, then each dimension's in
/// [`DIMENSIONS`] order (its first `add` error, else its `finish` error).
pub(super) fn fold(
    counted: &[Counted<'_>],
    options: &SummaryOptions,
    value: &mut ValueStats,
) -> Result<Folded> {
    let pledge_count = u64::try_from(counted.len()).unwrap_or(u64::MAX);
    // `summarize_refs` counts pledges in id order; checked, as the entity figures rely on it.
    let in_order = counted
        .windows(2)
        .all(|w| matches!(w, [a, b] if a.p.id < b.p.id));
    let rest = || {
        let mut delivery = DeliveryAcc::default();
        let mut delivery_err: Option<Error> = None;
        let mut unconverted = Vec::new();
        let mut entities = if in_order {
            EntityAcc::in_id_order()
        } else {
            EntityAcc::default()
        };
        let mut reporting = ReportingAcc::default();
        let mut series = SeriesAcc::default();
        for c in counted {
            if delivery_err.is_none() {
                if let Err(e) = delivery.add(c, options, &mut unconverted) {
                    delivery_err = Some(e);
                }
            }
            entities.add(c);
            reporting.add(c, options);
            series.add(c);
        }
        (
            delivery,
            delivery_err,
            unconverted,
            entities,
            reporting,
            series,
        )
    };
    let threads = if counted.len() >= PARALLEL_FROM {
        options.threads
    } else {
        crate::parallel::Threads::ONE
    };
    let (accs, (delivery, delivery_err, unconverted, entities, reporting, series)) =
        crate::parallel::join(
            threads,
            || {
                crate::parallel::map(threads, &tasks(), |dims| {
                    let accs = dims
                        .iter()
                        .map(|dim| (BreakdownAcc::new(*dim, options), None))
                        .collect();
                    fold_breakdowns(counted, accs)
                })
            },
            rest,
        );
    if let Some(e) = delivery_err {
        return Err(e);
    }
    value.unconverted.extend(unconverted);
    value
        .unconverted
        .sort_by(|a, b| a.id.cmp(&b.id).then_with(|| a.kind.cmp(&b.kind)));
    let breakdowns = accs
        .into_iter()
        .flatten()
        .map(|(acc, err)| match err {
            Some(e) => Err(e),
            None => acc.finish(pledge_count, value.total),
        })
        .collect::<Result<Vec<_>>>()?;
    let (entities, pledger_countries) = entities.finish()?;
    Ok(Folded {
        delivery: delivery.finish(),
        breakdowns,
        entities,
        pledger_countries,
        reporting: reporting.finish(pledge_count, options)?,
        series: series.finish()?,
    })
}
