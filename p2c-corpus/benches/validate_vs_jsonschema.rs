//! Full validation from bytes against the `jsonschema` crate and a bare `serde_json` parse, on
//! the same 10k-record synthetic corpus (seed 42), one record per call.
//!
//! `cargo bench -p p2c-corpus --bench validate_vs_jsonschema`
//!
//! - `p2c_validate_bytes`: `p2c_core::validate::validate_bytes` (parse, structure, semantic
//!   rules; collects every issue).
//! - `jsonschema_all_errors`: `serde_json::from_slice::<Value>` then the compiled exported schema
//!   (`schema/pledge.schema.json`, compiled once) collecting every error (`iter_errors`), the
//!   like-for-like peer of a validator that reports everything.
//! - `jsonschema_is_valid`: the same, stopping at the first error (`is_valid`).
//! - `serde_json_value`: `serde_json::from_slice::<Value>` alone, the floor.
//!
//! Targets (issue 8): p2c ≤ 0.6 × jsonschema, ≤ 2 × the serde_json scan. A second group does
//! the same on records with three mistakes each.
//!
//! The machine is shared: compare ratios within one run, not absolute times across runs.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use p2c_core::validate::{validate_bytes, ValidateOptions};
use p2c_corpus::{Corpus, CorpusConfig, Mistake};
use serde_json::Value;
use std::hint::black_box;

#[path = "../../p2c-core/benches/common/mod.rs"]
mod common;

/// The number of records (10k; fewer in smoke mode).
fn records() -> u64 {
    common::size(10_000)
}

fn opts() -> ValidateOptions {
    ValidateOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
        ..ValidateOptions::default()
    }
}

fn schema() -> jsonschema::Validator {
    let text = include_str!("../../schema/pledge.schema.json");
    let schema: Value = serde_json::from_str(text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn corpus() -> Corpus {
    Corpus::new(CorpusConfig {
        seed: 42,
        count: records(),
        ..CorpusConfig::default()
    })
    .expect("corpus config")
}

fn valid_records() -> Vec<Vec<u8>> {
    corpus()
        .pledges()
        .map(|p| serde_json::to_vec(&p.expect("pledge")).expect("serialize"))
        .collect()
}

/// Records with three mistakes the validator finds on one record.
fn invalid_records() -> Vec<Vec<u8>> {
    let c = corpus();
    let kinds: Vec<Mistake> = Mistake::SINGLE_RECORD
        .iter()
        .copied()
        .filter(|k| *k != Mistake::UnknownCurrency)
        .collect();
    (0..records())
        .map(|i| {
            let r = c.invalid_with_mistakes(i, 3, &kinds).expect("record");
            serde_json::to_vec(&r.json).expect("serialize")
        })
        .collect()
}

fn group(c: &mut Criterion, name: &str, records: &[Vec<u8>], expect_valid: bool) {
    let validator = schema();
    let o = opts();
    // The peers must agree on the data before their speed means anything.
    for r in records {
        let ours = validate_bytes(r, &o).valid;
        let theirs = validator.is_valid(&serde_json::from_slice::<Value>(r).expect("json"));
        assert_eq!(ours, expect_valid, "p2c on {}", String::from_utf8_lossy(r));
        if expect_valid {
            assert!(theirs, "jsonschema rejects {}", String::from_utf8_lossy(r));
        }
    }
    let bytes: usize = records.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("p2c_validate_bytes", |b| {
        b.iter(|| {
            let mut issues = 0usize;
            for r in records {
                issues += validate_bytes(black_box(r), &o).issues.len();
            }
            issues
        })
    });
    g.bench_function("jsonschema_all_errors", |b| {
        b.iter(|| {
            let mut errors = 0usize;
            for r in records {
                let v: Value = serde_json::from_slice(black_box(r)).expect("json");
                errors += validator.iter_errors(&v).count();
            }
            errors
        })
    });
    g.bench_function("jsonschema_is_valid", |b| {
        b.iter(|| {
            let mut valid = 0usize;
            for r in records {
                let v: Value = serde_json::from_slice(black_box(r)).expect("json");
                valid += usize::from(validator.is_valid(&v));
            }
            valid
        })
    });
    g.bench_function("serde_json_value", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for r in records {
                let v: Value = serde_json::from_slice(black_box(r)).expect("json");
                n += usize::from(v.is_object());
            }
            n
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    group(c, "valid_10k", &valid_records(), true);
    group(c, "invalid3_10k", &invalid_records(), false);
}

criterion_group!(all, benches);
criterion_main!(all);
