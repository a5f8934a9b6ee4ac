//! Partial summaries: any partition of any pledge set, summarized part by part (through bytes,
//! as another process would), merges into the one-pass summary; partials computed
//! differently refuse to merge; a damaged partial is an error, never a wrong total.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

mod common;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use common::pledge;
use p2c_core::aggregate::{
    summarize, Attribution, InvalidPolicy, Summary, SummaryAccumulator, SummaryOptions,
};
use p2c_core::model::Relation;
use p2c_core::money::{RateTable, TableConverter};
use p2c_core::taxonomy::RelationType;
use p2c_core::{parse_pledges, Pledge, Result};
use proptest::prelude::*;

fn sample() -> Vec<Pledge> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn opts(as_of: (i32, u32, u32)) -> SummaryOptions {
    SummaryOptions::embedded(NaiveDate::from_ymd_opt(as_of.0, as_of.1, as_of.2).unwrap())
}

/// The ids relations name, over all pledges (what every partition must be told).
fn related(pledges: &[Pledge]) -> HashSet<String> {
    pledges
        .iter()
        .flat_map(|p| p.relations.iter())
        .filter(|r| {
            matches!(
                r.kind,
                RelationType::Supersedes | RelationType::PartOf | RelationType::SameFundsAs
            )
        })
        .map(|r| r.pledge.clone())
        .collect()
}

/// One partial per part, each through bytes and back, merged in `order`.
fn merged(
    parts: &[&[Pledge]],
    o: &SummaryOptions,
    related: &HashSet<String>,
    order: &[usize],
) -> Result<Summary> {
    let mut bytes = Vec::new();
    for part in parts {
        let mut acc = SummaryAccumulator::new(o.clone()).with_related(related.clone());
        for p in part.iter() {
            acc.push(p.clone())?;
        }
        bytes.push(acc.to_bytes()?);
    }
    let mut all: Option<SummaryAccumulator> = None;
    for i in order {
        let acc = SummaryAccumulator::from_bytes(&bytes[*i], o)?;
        match all.as_mut() {
            Some(a) => a.merge(acc)?,
            None => all = Some(acc),
        }
    }
    all.unwrap_or_else(|| SummaryAccumulator::new(o.clone()))
        .finish()
}

fn cut<'a>(pledges: &'a [Pledge], cuts: &[usize]) -> Vec<&'a [Pledge]> {
    let mut bounds: Vec<usize> = cuts.iter().map(|c| c % (pledges.len() + 1)).collect();
    bounds.push(0);
    bounds.push(pledges.len());
    bounds.sort_unstable();
    bounds.windows(2).map(|w| &pledges[w[0]..w[1]]).collect()
}

fn rel(kind: RelationType, to: &str) -> Relation {
    Relation {
        kind,
        pledge: to.to_owned(),
    }
}

fn sample_with_relations() -> Vec<Pledge> {
    let mut p = sample();
    p[7].relations = vec![rel(RelationType::Supersedes, "P2C-SAMPLE-006")];
    p[8].relations = vec![rel(RelationType::PartOf, "P2C-SAMPLE-001")];
    p[9].relations = vec![rel(RelationType::SameFundsAs, "P2C-SAMPLE-002")];
    p[10].relations = vec![rel(RelationType::SameFundsAs, "P2C-SAMPLE-003")];
    p[2].relations = vec![rel(RelationType::SameFundsAs, "P2C-SAMPLE-005")];
    p
}

#[test]
fn every_partition_of_the_sample_merges_to_the_batch() {
    let pledges = sample_with_relations();
    let related = related(&pledges);
    for as_of in [(2022, 6, 9), (2025, 7, 7)] {
        for attribution in [Attribution::Full, Attribution::DeclaredShares] {
            let mut o = opts(as_of);
            o.attribution = attribution;
            let batch = summarize(&pledges, &o).unwrap();
            let json = serde_json::to_string(&batch).unwrap();
            // Every way of cutting 15 pledges in three, merged in order: byte for byte.
            for a in 0..=pledges.len() {
                for b in a..=pledges.len() {
                    let parts = cut(&pledges, &[a, b]);
                    let m = merged(&parts, &o, &related, &[0, 1, 2]).unwrap();
                    assert_eq!(serde_json::to_string(&m).unwrap(), json, "cut at {a}, {b}");
                }
            }
            // And merged in another order: the same figures.
            let parts = cut(&pledges, &[4, 9]);
            assert_eq!(merged(&parts, &o, &related, &[2, 0, 1]).unwrap(), batch);
        }
    }
}

#[test]
fn duplicates_across_partitions_are_found() {
    let mut pledges = sample();
    let mut dup = pledges[3].clone();
    dup.title = "again".into();
    pledges.push(dup);
    let o = opts((2025, 7, 7));
    let batch = summarize(&pledges, &o);
    assert_eq!(batch.as_ref().unwrap_err().code(), "duplicate_pledge_id");
    let parts = cut(&pledges, &[8]);
    assert_eq!(merged(&parts, &o, &HashSet::new(), &[1, 0]), batch);
}

#[test]
fn a_relation_to_a_pledge_another_partition_folded_in_is_an_error() {
    let pledges = sample_with_relations();
    let o = opts((2025, 7, 7));
    // 008 (second part) supersedes 006 (first part); without the related ids of the whole
    // input, the first part folds 006 in.
    let parts = cut(&pledges, &[7]);
    let accumulate = |related: &dyn Fn(&[Pledge]) -> HashSet<String>| {
        let mut accs = Vec::new();
        for part in &parts {
            let mut acc = SummaryAccumulator::new(o.clone()).with_related(related(part));
            for p in part.iter() {
                acc.push(p.clone()).unwrap();
            }
            accs.push(acc);
        }
        let first = accs.remove(0);
        (first, accs.remove(0))
    };
    // Each part told only its own related ids: the two sets differ, and the merge says so.
    let (mut first, second) = accumulate(&|part| related(part));
    match first.merge(second) {
        Err(p2c_core::Error::PartialMismatch { field, .. }) => assert_eq!(field, "relatedIds"),
        other => panic!("{other:?}"),
    }
    // Both told the same, incomplete set: the summary cannot be finished.
    let (mut first, second) = accumulate(&|_| HashSet::new());
    first.merge(second).unwrap();
    assert_eq!(first.finish().unwrap_err().code(), "unannounced_relation");
}

fn one_partial(o: &SummaryOptions) -> Vec<u8> {
    let mut acc = SummaryAccumulator::new(o.clone());
    for p in sample() {
        acc.push(p).unwrap();
    }
    acc.to_bytes().unwrap()
}

#[test]
fn partials_computed_differently_refuse_to_merge_naming_the_difference() {
    let base = opts((2025, 7, 7));
    let bytes = one_partial(&base);
    let field = |o: &SummaryOptions| match SummaryAccumulator::from_bytes(&bytes, o) {
        Err(p2c_core::Error::PartialMismatch { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    assert_eq!(field(&opts((2025, 7, 8))), "asOf");
    let mut o = base.clone();
    o.currency = "EUR".parse().unwrap();
    assert_eq!(field(&o), "currency");
    let mut o = base.clone();
    o.attribution = Attribution::EqualSplit;
    assert_eq!(field(&o), "attribution");
    let mut o = base.clone();
    o.invalid = InvalidPolicy::Include;
    assert_eq!(field(&o), "invalid");
    let mut o = base.clone();
    o.filters.countries = vec!["KEN".parse().unwrap()];
    assert_eq!(field(&o), "filters");
    // Another rate table (one rate changed).
    let csv = "date,base,currency,rate,source\n2024-01-02,EUR,USD,1.1,test\n";
    let table = RateTable::from_csv_str(csv).unwrap();
    let mut o = base.clone();
    o.converter = Arc::new(TableConverter::new(Arc::new(table)));
    assert_eq!(field(&o), "rates");
    // The thread count is not part of it.
    let mut o = base.clone();
    o.threads = p2c_core::parallel::Threads::new(3);
    assert!(SummaryAccumulator::from_bytes(&bytes, &o).is_ok());
    // Two accumulators merge only when their options agree.
    let mut a = SummaryAccumulator::new(base.clone());
    let b = SummaryAccumulator::new(opts((2024, 7, 7)));
    match a.merge(b) {
        Err(p2c_core::Error::PartialMismatch {
            field,
            ours,
            theirs,
        }) => {
            assert_eq!(
                (field.as_str(), ours.as_str(), theirs.as_str()),
                ("asOf", "2025-07-07", "2024-07-07")
            );
        }
        other => panic!("{other:?}"),
    }
}

/// A partial of another p2c version (the header rewritten, the checksum made to match) is
/// refused by name, not read.
#[test]
fn another_p2c_version_is_refused() {
    let o = opts((2025, 7, 7));
    let bytes = one_partial(&o);
    let header_len = u64::from_le_bytes(bytes[16..24].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&bytes[24..24 + header_len]).unwrap();
    let ours = format!("\"p2cVersion\":\"{}\"", env!("CARGO_PKG_VERSION"));
    assert!(header.contains(&ours));
    let other = header.replacen(&ours, "\"p2cVersion\":\"9.9.9\"", 1);
    let mut forged = bytes[..16].to_vec();
    forged.extend((other.len() as u64).to_le_bytes());
    forged.extend(other.as_bytes());
    forged.extend(&bytes[24 + header_len..bytes.len() - 32]);
    use sha2::Digest;
    let sum = sha2::Sha256::digest(&forged);
    forged.extend(sum);
    match SummaryAccumulator::from_bytes(&forged, &o) {
        Err(p2c_core::Error::PartialMismatch { field, theirs, .. }) => {
            assert_eq!((field.as_str(), theirs.as_str()), ("p2cVersion", "9.9.9"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn damaged_partials_are_errors_never_wrong_totals() {
    let o = opts((2025, 7, 7));
    let bytes = one_partial(&o);
    let good = SummaryAccumulator::from_bytes(&bytes, &o)
        .unwrap()
        .finish()
        .unwrap();
    assert_eq!(good, summarize(&sample(), &o).unwrap());
    // Every truncation, and a flipped bit at many places.
    for n in (0..bytes.len()).step_by(7) {
        let e = SummaryAccumulator::from_bytes(&bytes[..n], &o).unwrap_err();
        assert_eq!(e.code(), "invalid_partial", "cut at {n}");
    }
    for at in (0..bytes.len()).step_by(13) {
        let mut bad = bytes.clone();
        bad[at] ^= 0x10;
        let e = SummaryAccumulator::from_bytes(&bad, &o).unwrap_err();
        assert_eq!(e.code(), "invalid_partial", "byte {at}");
    }
    assert_eq!(
        SummaryAccumulator::from_bytes(b"{}", &o)
            .unwrap_err()
            .code(),
        "invalid_partial"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Any partition of arbitrary pledges (ids and relation targets from a small set, so
    /// relations hit and ids repeat; invalid ones counted), each part through bytes, merged
    /// in order, gives the one-pass summary byte for byte; merged in reverse, the same
    /// figures; errors included.
    #[test]
    fn any_partition_merges_to_the_one_pass_summary(
        mut ps in prop::collection::vec(pledge(), 0..10),
        ids in prop::collection::vec(0u8..12, 10),
        targets in prop::collection::vec(0u8..12, 30),
        cuts in prop::collection::vec(0usize..11, 0..4),
        include in any::<bool>(),
    ) {
        let mut t = targets.into_iter();
        for (p, id) in ps.iter_mut().zip(ids) {
            p.id = format!("P{id}");
            for r in &mut p.relations {
                r.pledge = format!("P{}", t.next().unwrap_or(0));
            }
        }
        let mut o = opts((2024, 7, 7));
        if include {
            o.invalid = InvalidPolicy::Include;
        }
        let related = related(&ps);
        let mut one = SummaryAccumulator::new(o.clone()).with_related(related.clone());
        for p in &ps {
            one.push(p.clone()).unwrap();
        }
        let one = one.finish();
        let batch = summarize(&ps, &o);
        prop_assert_eq!(&one, &batch);
        let parts = cut(&ps, &cuts);
        let order: Vec<usize> = (0..parts.len()).collect();
        let m = merged(&parts, &o, &related, &order);
        match (&m, &one) {
            (Ok(m), Ok(one)) => prop_assert_eq!(
                serde_json::to_string(m).unwrap(),
                serde_json::to_string(one).unwrap()
            ),
            _ => prop_assert_eq!(&m, &one),
        }
        let reverse: Vec<usize> = order.iter().rev().copied().collect();
        prop_assert_eq!(merged(&parts, &o, &related, &reverse), batch);
    }
}

/// The pledges of the dimensions vectors (a joint pledge across AFR and EUR, international,
/// unknown and no-region headquarters, SDGs, targets, events), cut every way, merge to the
/// one-pass summary byte for byte under each attribution: the sdg, sdgTarget, event,
/// pledgerRegion and pledgerCountry rows and the entities by pledger region included.
#[test]
fn the_pledger_and_sdg_rows_merge_exactly() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/summary/dimensions.json");
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let pledges: Vec<Pledge> = serde_json::from_value(cases[0]["pledges"].clone()).unwrap();
    let related = HashSet::new();
    for attribution in [
        Attribution::Full,
        Attribution::EqualSplit,
        Attribution::DeclaredShares,
    ] {
        let mut o = opts((2025, 1, 1));
        o.attribution = attribution;
        let batch = summarize(&pledges, &o).unwrap();
        assert_eq!(batch.pledge_count, 4);
        assert!(batch.pledger_countries.regions.iter().any(|r| r.count > 0));
        let json = serde_json::to_string(&batch).unwrap();
        for a in 0..=pledges.len() {
            for b in a..=pledges.len() {
                let parts = cut(&pledges, &[a, b]);
                let m = merged(&parts, &o, &related, &[0, 1, 2]).unwrap();
                assert_eq!(serde_json::to_string(&m).unwrap(), json, "cut at {a}, {b}");
                let m = merged(&parts, &o, &related, &[2, 1, 0]).unwrap();
                assert_eq!(m, batch, "cut at {a}, {b}, reversed");
            }
        }
    }
}

/// The pledges of the yearly-series vectors (years known to the day, the month and the year,
/// no announcement date, a `part_of` child) and of the relation-cycle vectors (a
/// `supersedes` cycle, a `part_of` loop with a child from outside it), cut every way, merge
/// to the one-pass summary byte for byte: the `series` rows and `relationCycles` included.
#[test]
fn the_yearly_series_and_relation_cycles_merge_exactly() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/summary");
    let case = |file: &str, i: usize| -> Vec<Pledge> {
        let cases: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap();
        serde_json::from_value(cases[i]["pledges"].clone()).unwrap()
    };
    for (pledges, years, cycles) in [
        (case("series.json", 0), 3, 0),
        (case("cycles.json", 0), 1, 1),
        (case("cycles.json", 2), 1, 1),
    ] {
        let related = related(&pledges);
        let o = opts((2024, 7, 7));
        let batch = summarize(&pledges, &o).unwrap();
        assert_eq!(batch.series.rows.len(), years + 1, "{:?}", batch.series);
        assert_eq!(batch.relation_cycles.len(), cycles);
        let json = serde_json::to_string(&batch).unwrap();
        for a in 0..=pledges.len() {
            for b in a..=pledges.len() {
                let parts = cut(&pledges, &[a, b]);
                let m = merged(&parts, &o, &related, &[0, 1, 2]).unwrap();
                assert_eq!(serde_json::to_string(&m).unwrap(), json, "cut at {a}, {b}");
                let m = merged(&parts, &o, &related, &[2, 1, 0]).unwrap();
                assert_eq!(m, batch, "cut at {a}, {b}, reversed");
            }
        }
    }
}

/// The cases of the new-between vectors (pledges new in one window and not the next, one with
/// no date, months that straddle a window's start), cut every way, merge to the one-pass
/// summary, also when the undetermined and straddling pledges are held for relations: the
/// pledges listed as `newness_undetermined` and the filtered-out count included.
#[test]
fn the_new_between_cases_merge_exactly() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/summary/new_between.json");
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut undetermined_seen = 0;
    for case in cases.as_array().unwrap() {
        let pledges: Vec<Pledge> = serde_json::from_value(case["pledges"].clone()).unwrap();
        let mut o = opts((2025, 1, 1));
        o.as_of = case["options"]["asOf"].as_str().unwrap().parse().unwrap();
        o.filters = serde_json::from_value(case["options"]["filters"].clone()).unwrap();
        assert!(o.filters.new_between.is_some());
        let batch = summarize(&pledges, &o).unwrap();
        undetermined_seen += batch
            .excluded
            .iter()
            .filter(|e| e.reason == "newness_undetermined")
            .count();
        let json = serde_json::to_string(&batch).unwrap();
        let held: HashSet<String> = ["N-4", "N-7"].iter().map(|s| (*s).to_owned()).collect();
        for related in [HashSet::new(), held] {
            for a in 0..=pledges.len() {
                for b in a..=pledges.len() {
                    let parts = cut(&pledges, &[a, b]);
                    let m = merged(&parts, &o, &related, &[0, 1, 2]).unwrap();
                    assert_eq!(serde_json::to_string(&m).unwrap(), json, "cut at {a}, {b}");
                    let m = merged(&parts, &o, &related, &[2, 1, 0]).unwrap();
                    assert_eq!(m, batch, "cut at {a}, {b}, reversed");
                }
            }
        }
    }
    assert!(undetermined_seen >= 4, "{undetermined_seen}");
    // Partials over different windows do not merge.
    let mut a = opts((2024, 12, 31));
    a.filters.new_between = Some((
        NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
    ));
    let mut b = a.clone();
    b.filters.new_between = Some((
        NaiveDate::from_ymd_opt(2023, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(),
    ));
    let bytes = SummaryAccumulator::new(a).to_bytes().unwrap();
    match SummaryAccumulator::from_bytes(&bytes, &b) {
        Err(p2c_core::Error::PartialMismatch { field, .. }) => assert_eq!(field, "filters"),
        other => panic!("{other:?}"),
    }
}
