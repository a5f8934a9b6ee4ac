//! Streaming summaries (`aggregate::summarize_jsonl`, `SummaryAccumulator`) give exactly what
//! the batch `summarize` gives over the same pledges: on the sample data, on the sample with
//! relations added by hand, in any arrival order, on arbitrary pledges, and (p2c-corpus)
//! on generated corpora. The batch is the independent route: it sorts and holds every pledge.
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

use std::io::Cursor;
use std::path::PathBuf;

use chrono::NaiveDate;
use common::pledge;
use p2c_core::aggregate::{
    summarize, summarize_jsonl, Attribution, InvalidPolicy, RegionMode, SummaryAccumulator,
    SummaryOptions,
};
use p2c_core::model::Relation;
use p2c_core::taxonomy::RelationType;
use p2c_core::{parse_pledges, Pledge};
use proptest::prelude::*;

fn sample() -> Vec<Pledge> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn jsonl(pledges: &[Pledge]) -> Vec<u8> {
    let mut out = Vec::new();
    for p in pledges {
        out.extend(serde_json::to_vec(p).unwrap());
        out.push(b'\n');
    }
    out
}

fn opts(as_of: (i32, u32, u32)) -> SummaryOptions {
    SummaryOptions::embedded(NaiveDate::from_ymd_opt(as_of.0, as_of.1, as_of.2).unwrap())
}

fn variants(base: &SummaryOptions) -> Vec<SummaryOptions> {
    let mut out = Vec::new();
    for attribution in [
        Attribution::Full,
        Attribution::EqualSplit,
        Attribution::DeclaredShares,
    ] {
        for region_mode in [RegionMode::PrimaryOrAny, RegionMode::PrimaryOnly] {
            let mut o = base.clone();
            o.attribution = attribution;
            o.region_mode = region_mode;
            out.push(o);
        }
    }
    let mut o = base.clone();
    o.invalid = InvalidPolicy::Include;
    out.push(o);
    out
}

fn assert_same(pledges: &[Pledge], options: &SummaryOptions) {
    let batch = summarize(pledges, options);
    let streamed = summarize_jsonl(Cursor::new(jsonl(pledges)), options);
    assert_eq!(streamed, batch);
}

#[test]
fn sample_streamed_equals_batch() {
    let pledges = sample();
    for as_of in [(2022, 6, 9), (2024, 7, 7), (2025, 7, 7)] {
        for o in variants(&opts(as_of)) {
            assert_same(&pledges, &o);
        }
    }
    // The comparison is not vacuous: the sample counts money.
    let s = summarize(&pledges, &opts((2025, 7, 7))).unwrap();
    assert!(s.value.pledges_counted > 0 && s.pledge_count == 40);
    // … and derives amounts (per year × years), which the stream must count alike.
    assert!(s.value.derivations.derived_count() > 0);
}

fn rel(kind: RelationType, to: &str) -> Relation {
    Relation {
        kind,
        pledge: to.to_owned(),
    }
}

/// The sample with one relation of each kind, each naming a pledge that comes *earlier* in
/// the file, so the first pass is needed to hold the earlier one.
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
fn relations_streamed_equal_batch_in_any_order() {
    let pledges = sample_with_relations();
    let o = opts((2025, 7, 7));
    let batch = summarize(&pledges, &o).unwrap();
    // Each rule fired: 006 superseded, 009's money inside 001's, the 003–005 component
    // counted once (carried by 005: known from 2022-01-01, its year-precise value date, and
    // 003 only from 2024-07-01).
    assert!(batch
        .excluded
        .iter()
        .any(|e| e.id == "P2C-SAMPLE-006" && e.reason == "superseded"));
    assert!(batch
        .value
        .not_counted
        .iter()
        .any(|n| n.id == "P2C-SAMPLE-009"));
    assert!(batch
        .value
        .not_counted
        .iter()
        .any(|n| n.id == "P2C-SAMPLE-003" && n.other == "P2C-SAMPLE-005"));
    let mut order = pledges.clone();
    for _ in 0..4 {
        assert_eq!(
            summarize_jsonl(Cursor::new(jsonl(&order)), &o).unwrap(),
            batch
        );
        order.reverse();
        order.rotate_left(3);
    }
    for v in variants(&o) {
        assert_same(&pledges, &v);
    }
}

#[test]
fn a_relation_to_a_pledge_already_folded_in_is_reported() {
    let pledges = sample_with_relations();
    // Without the first pass, 006 is folded in before 008 says it supersedes it.
    let mut acc = SummaryAccumulator::new(opts((2025, 7, 7)));
    for p in pledges {
        acc.push(p).unwrap();
    }
    assert_eq!(acc.finish().unwrap_err().code(), "unannounced_relation");
}

#[test]
fn errors_come_in_the_batch_order() {
    let mut pledges = sample();
    let mut dup = pledges[3].clone();
    dup.title = "another".into();
    pledges.push(dup);
    let o = opts((2025, 7, 7));
    let streamed = summarize_jsonl(Cursor::new(jsonl(&pledges)), &o).unwrap_err();
    assert_eq!(streamed.code(), "duplicate_pledge_id");
    assert_eq!(Err(streamed), summarize(&pledges, &o));

    // Reject: a pledge made invalid (a focus area its pillars do not belong to is not
    // needed; an empty title is an error) fails the whole summary in both.
    let mut pledges = sample();
    pledges[4].title = String::new();
    pledges[11].title = String::new();
    let mut o = opts((2025, 7, 7));
    o.invalid = InvalidPolicy::Reject;
    let batch = summarize(&pledges, &o);
    assert_eq!(batch.as_ref().unwrap_err().code(), "invalid_pledges");
    assert_eq!(summarize_jsonl(Cursor::new(jsonl(&pledges)), &o), batch);
}

#[test]
fn a_bad_line_is_a_parse_error_with_its_line_number() {
    let mut bytes = jsonl(&sample()[..3]);
    bytes.extend(b"\n{\"id\": 1}\n");
    let e = summarize_jsonl(Cursor::new(bytes), &opts((2025, 7, 7))).unwrap_err();
    assert_eq!(e.code(), "parse_error");
    match e {
        // Three pledges, a blank line, then the bad one on line 5.
        p2c_core::Error::Parse { line, .. } => assert_eq!(line, Some(5)),
        other => panic!("{other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Arbitrary pledges, with ids and relation targets drawn from a small set so relations
    /// hit, counted even when invalid: streamed and batch agree, errors included.
    #[test]
    fn arbitrary_pledges_streamed_equal_batch(
        mut ps in prop::collection::vec(pledge(), 0..8),
        ids in prop::collection::vec(0u8..10, 8),
        targets in prop::collection::vec(0u8..10, 24),
    ) {
        let mut t = targets.into_iter();
        for (p, id) in ps.iter_mut().zip(ids) {
            p.id = format!("P{id}");
            for r in &mut p.relations {
                r.pledge = format!("P{}", t.next().unwrap_or(0));
            }
        }
        let mut o = opts((2024, 7, 7));
        o.invalid = InvalidPolicy::Include;
        prop_assert_eq!(
            summarize_jsonl(Cursor::new(jsonl(&ps)), &o),
            summarize(&ps, &o)
        );
    }
}

mod corpus {
    use super::*;
    use p2c_corpus::{Corpus, CorpusConfig, Format};

    #[test]
    fn a_summary_large_enough_to_fold_on_two_threads_equals_the_stream() {
        // 30,000 pledges (over 20,000 counted): above the size from which `summarize` folds the breakdowns on a
        // second thread; the streaming accumulator folds everything on one.
        let c = Corpus::new(CorpusConfig {
            seed: 11,
            count: 30_000,
            ..CorpusConfig::default()
        })
        .unwrap();
        let pledges: Vec<Pledge> = c.pledges().map(|p| p.unwrap()).collect();
        let mut base = opts((2026, 10, 30));
        base.validate = false;
        for attribution in [Attribution::Full, Attribution::DeclaredShares] {
            let mut o = base.clone();
            o.attribution = attribution;
            let batch = summarize(&pledges, &o).unwrap();
            assert!(batch.pledge_count > 20_000, "{}", batch.pledge_count);
            assert_same(&pledges, &o);
        }
    }

    #[test]
    fn generated_corpus_streamed_equals_batch() {
        let c = Corpus::new(
            CorpusConfig {
                seed: 7,
                count: 1500,
                ..CorpusConfig::default()
            }
            .with_invalid_rate(0.05),
        )
        .unwrap();
        let mut all = Vec::new();
        c.write(Format::Jsonl, &mut all).unwrap();
        // Keep the lines that parse (invalid mode also makes unparseable records), so both
        // routes see the same pledges; the rest carry validation mistakes.
        let mut bytes = Vec::new();
        let mut pledges = Vec::new();
        let mut ids = std::collections::HashSet::new();
        let mut with_duplicates = Vec::new();
        for line in all.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
            if let Ok(p) = p2c_core::parse_pledge_bytes(line) {
                with_duplicates.push(p.clone());
                // Invalid mode repeats ids; a repeated id fails the whole summary, so the
                // main comparison keeps the first of each (the duplicate case is below).
                if !ids.insert(p.id.clone()) {
                    continue;
                }
                pledges.push(p);
                bytes.extend_from_slice(line);
                bytes.push(b'\n');
            }
        }
        assert!(pledges.len() > 1300);
        let related = p2c_core::aggregate::related_ids(Cursor::new(&bytes)).unwrap();
        // The corpus has relations, so the held path is exercised.
        assert!(!related.is_empty());
        // Three of the variants keep the debug-build test under a minute.
        for v in variants(&opts((2024, 7, 7))).into_iter().step_by(3) {
            let batch = summarize(&pledges, &v);
            assert!(batch.is_ok(), "{:?}", batch.as_ref().err());
            let streamed = summarize_jsonl(Cursor::new(&bytes), &v);
            // Not assert_eq: a mismatch would print two summaries of 1,500 pledges.
            assert!(streamed == batch, "{:?}", v);
        }
        let o = opts((2024, 7, 7));
        let mut dup_bytes = Vec::new();
        for p in &with_duplicates {
            dup_bytes.extend(serde_json::to_vec(p).unwrap());
            dup_bytes.push(b'\n');
        }
        let batch = summarize(&with_duplicates, &o);
        assert_eq!(batch.as_ref().unwrap_err().code(), "duplicate_pledge_id");
        assert_eq!(summarize_jsonl(Cursor::new(dup_bytes), &o), batch);
    }
}

#[test]
fn an_entity_given_two_types_is_listed_once_and_counted_under_the_first() {
    use p2c_core::taxonomy::StakeholderType;
    let mut pledges = sample();
    // The same entity id on 003 (government, KEN) and 010 (private sector, ZAF): one entity,
    // conflicting types, counted under government (first in codelist order) with the
    // headquarters given on the smaller pledge id (003, KEN).
    pledges[2].pledgers.lead.id = Some("ENT-1".into());
    pledges[9].pledgers.lead.id = Some("ENT-1".into());
    pledges[9].pledgers.lead.stakeholder_type = StakeholderType::PrivateSector;
    pledges[9].pledgers.lead.subtype = None;
    let o = opts((2025, 7, 7));
    let batch = summarize(&pledges, &o).unwrap();
    assert_eq!(
        batch.entities.conflicting_types,
        vec!["id:ENT-1".to_owned()]
    );
    let plain = summarize(&sample(), &o).unwrap();
    // Two leads became one entity.
    assert_eq!(batch.entities.count + 1, plain.entities.count);
    let kenya = |s: &p2c_core::aggregate::Summary| {
        s.pledger_countries
            .countries
            .iter()
            .find(|r| r.key == "KEN")
            .map(|r| r.count)
    };
    assert_eq!(kenya(&batch), Some(1));
    let mut reversed = pledges.clone();
    reversed.reverse();
    assert_eq!(
        summarize_jsonl(Cursor::new(jsonl(&reversed)), &o).unwrap(),
        batch
    );
}

/// The new-between vectors streamed equal the batch summary under every attribution and
/// region mode: pledges new in the window, pledges not new, and pledges whose newness cannot
/// be told (listed as `newness_undetermined`), also when relations hold some of them back.
#[test]
fn new_between_streamed_equals_batch() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/summary/new_between.json");
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for case in cases.as_array().unwrap() {
        let mut pledges: Vec<Pledge> = serde_json::from_value(case["pledges"].clone()).unwrap();
        let mut base = opts((2025, 1, 1));
        base.as_of = case["options"]["asOf"].as_str().unwrap().parse().unwrap();
        base.filters = serde_json::from_value(case["options"]["filters"].clone()).unwrap();
        for o in variants(&base) {
            assert_same(&pledges, &o);
        }
        // N-4 (no date) and N-7 (a month) held for a relation to N-1.
        for p in pledges
            .iter_mut()
            .filter(|p| p.id == "N-4" || p.id == "N-7")
        {
            p.relations.push(rel(RelationType::SameFundsAs, "N-1"));
        }
        assert_same(&pledges, &base);
        let s = summarize(&pledges, &base).unwrap();
        let listed = |excluded: &[serde_json::Value]| {
            excluded
                .iter()
                .filter(|e| e["reason"] == "newness_undetermined")
                .count()
        };
        let want = listed(case["expected"]["excluded"].as_array().unwrap());
        let got = s
            .excluded
            .iter()
            .filter(|e| e.reason == "newness_undetermined")
            .count();
        assert_eq!(got, want);
    }
}
