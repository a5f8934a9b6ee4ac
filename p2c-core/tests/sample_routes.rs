//! The 40 real pledges of the sample (format 1.1: qualified amounts, partial dates, events,
//! SDGs, country groups, roles) by every route: the file route equals the sequential one at
//! 1, 2 and 4 threads and any chunk size, and partial summaries of any partition, each through
//! bytes, merge into the one-pass summary.
//!
//! One test function only: it changes the chunk sizes, which are global to the test binary.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use std::collections::HashSet;
use std::io::Cursor;
use std::path::PathBuf;

use chrono::NaiveDate;
use p2c_core::aggregate::{
    summarize, summarize_jsonl, Attribution, InvalidPolicy, Summary, SummaryAccumulator,
    SummaryOptions,
};
use p2c_core::file::{self, Format};
use p2c_core::model::Relation;
use p2c_core::parallel::{set_chunk_sizes, Threads};
use p2c_core::tables::{pledge_tables, TableOptions};
use p2c_core::taxonomy::RelationType;
use p2c_core::validate::{validate_batch_str, Report, ValidateOptions};
use p2c_core::{parse_pledges, Pledge};

const THREADS: [usize; 3] = [1, 2, 4];

/// (bytes of text, pledges in memory) per piece: one record per piece, a few, the defaults'
/// order of magnitude.
const CHUNKS: [(usize, usize); 4] = [(1, 1), (700, 3), (4096, 7), (1 << 20, 10_000)];

fn sample_text() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    std::fs::read_to_string(path).unwrap()
}

/// The same records as JSON Lines, one compact record per line.
fn as_lines(text: &str) -> Vec<u8> {
    let v: Vec<serde_json::Value> = serde_json::from_str(text).unwrap();
    let mut out = Vec::new();
    for r in v {
        serde_json::to_writer(&mut out, &r).unwrap();
        out.push(b'\n');
    }
    out
}

fn rel(kind: RelationType, to: &str) -> Relation {
    Relation {
        kind,
        pledge: to.to_owned(),
    }
}

/// The sample with relations that change the figures (supersedes, part of, same funds), as
/// JSON text.
fn sample_with_relations(pledges: &[Pledge]) -> String {
    let mut p = pledges.to_vec();
    p[7].relations
        .push(rel(RelationType::Supersedes, "P2C-SAMPLE-006"));
    p[8].relations
        .push(rel(RelationType::PartOf, "P2C-SAMPLE-001"));
    p[30]
        .relations
        .push(rel(RelationType::SameFundsAs, "P2C-SAMPLE-022"));
    p[39]
        .relations
        .push(rel(RelationType::SameFundsAs, "P2C-SAMPLE-013"));
    serde_json::to_string_pretty(&p).unwrap()
}

/// The sample with one id repeated far from its first use (a summary error, the same by
/// every route), as JSON text.
fn sample_with_a_repeated_id(pledges: &[Pledge]) -> String {
    let mut p = pledges.to_vec();
    p[35].id = p[3].id.clone();
    serde_json::to_string_pretty(&p).unwrap()
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap()
}

/// A summary as JSON, or its error (a repeated id is one), for comparing outcomes.
fn outcome(r: p2c_core::Result<Summary>) -> String {
    match r {
        Ok(s) => json(&s),
        Err(e) => format!("error {e:?}"),
    }
}

fn report_json(r: &Report) -> String {
    serde_json::to_string(&r.issues).unwrap()
}

fn sopts(as_of: (i32, u32, u32), attribution: Attribution, threads: usize) -> SummaryOptions {
    let mut o =
        SummaryOptions::embedded(NaiveDate::from_ymd_opt(as_of.0, as_of.1, as_of.2).unwrap());
    o.attribution = attribution;
    o.threads = Threads::new(threads);
    o
}

fn vopts(threads: usize) -> ValidateOptions {
    ValidateOptions {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 23),
        threads: Threads::new(threads),
        ..ValidateOptions::default()
    }
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

/// One partial per part of `pledges` cut at `cuts`, each through bytes, merged in order.
fn merged(pledges: &[Pledge], cuts: &[usize], o: &SummaryOptions) -> p2c_core::Result<Summary> {
    let related = related(pledges);
    let mut bounds = cuts.to_vec();
    bounds.push(0);
    bounds.push(pledges.len());
    bounds.sort_unstable();
    let mut all: Option<SummaryAccumulator> = None;
    for w in bounds.windows(2) {
        let mut acc = SummaryAccumulator::new(o.clone()).with_related(related.clone());
        for p in &pledges[w[0]..w[1]] {
            acc.push(p.clone())?;
        }
        let acc = SummaryAccumulator::from_bytes(&acc.to_bytes()?, o)?;
        match all.as_mut() {
            Some(a) => a.merge(acc)?,
            None => all = Some(acc),
        }
    }
    all.unwrap().finish()
}

#[test]
fn the_real_sample_is_the_same_by_every_route() {
    let plain = sample_text();
    let pledges = parse_pledges(&plain).unwrap();
    assert_eq!(pledges.len(), 40);
    let related_text = sample_with_relations(&pledges);
    let repeated_text = sample_with_a_repeated_id(&pledges);
    for (text, repeated) in [(plain, false), (related_text, false), (repeated_text, true)] {
        let pledges = parse_pledges(&text).unwrap();
        let lines = as_lines(&text);
        let array = text.as_bytes();
        // The sequential references, computed once.
        let tables = pledge_tables(&pledges, &TableOptions::default()).unwrap();
        let batch_report = report_json(&validate_batch_str(&text, &vopts(1)));
        set_chunk_sizes(1 << 20, 10_000);
        let lines_report =
            report_json(&file::validate_records(&lines, Format::Lines, &vopts(1)).unwrap());
        let mut summaries = Vec::new();
        for as_of in [(2022, 6, 9), (2025, 7, 7)] {
            for attribution in [
                Attribution::Full,
                Attribution::EqualSplit,
                Attribution::DeclaredShares,
            ] {
                let o = sopts(as_of, attribution, 1);
                let one = outcome(summarize(&pledges, &o));
                let streamed = outcome(summarize_jsonl(Cursor::new(&lines), &o));
                assert_eq!(streamed, one);
                assert_eq!(
                    one.starts_with("error DuplicatePledgeId"),
                    repeated,
                    "{one}"
                );
                summaries.push((as_of, attribution, one));
            }
        }
        for (bytes, items) in CHUNKS {
            set_chunk_sizes(bytes, items);
            for n in THREADS {
                let t = Threads::new(n);
                let at = format!("{n} threads, chunks of {bytes} bytes, {items} pledges");
                for (input, format) in [(&lines[..], Format::Lines), (array, Format::Array)] {
                    assert_eq!(
                        file::parse_records(input, Format::Auto, t).unwrap(),
                        pledges,
                        "{at}"
                    );
                    assert_eq!(
                        file::tables_records(input, format, &TableOptions::default(), t).unwrap(),
                        tables,
                        "{at}"
                    );
                    for (as_of, attribution, want) in &summaries {
                        let o = sopts(*as_of, *attribution, n);
                        assert_eq!(
                            &outcome(file::summarize_records(input, format, &o)),
                            want,
                            "{at}, {as_of:?}, {attribution:?}"
                        );
                        assert_eq!(&outcome(summarize(&pledges, &o)), want, "{at}");
                    }
                }
                assert_eq!(
                    report_json(&file::validate_records(array, Format::Array, &vopts(n)).unwrap()),
                    batch_report,
                    "{at}"
                );
                assert_eq!(
                    report_json(&validate_batch_str(&text, &vopts(n))),
                    batch_report,
                    "{at}"
                );
                assert_eq!(
                    report_json(&file::validate_records(&lines, Format::Lines, &vopts(n)).unwrap()),
                    lines_report,
                    "{at}"
                );
            }
        }
        // Partials of every cut in two and some cuts in three, each through bytes, merge to
        // the one-pass summary, invalid pledges excluded or included.
        for include in [false, true] {
            let mut o = sopts((2025, 7, 7), Attribution::DeclaredShares, 1);
            if include {
                o.invalid = InvalidPolicy::Include;
            }
            let want = outcome(summarize(&pledges, &o));
            for a in 0..=pledges.len() {
                assert_eq!(outcome(merged(&pledges, &[a], &o)), want, "cut at {a}");
            }
            for cuts in [[1, 39], [5, 20], [13, 14], [0, 40], [22, 37]] {
                assert_eq!(outcome(merged(&pledges, &cuts, &o)), want, "cuts {cuts:?}");
            }
        }
    }
}
