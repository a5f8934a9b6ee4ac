//! Spreadsheets: import and validate a workbook (and the CSV files) of 100,000 generated
//! pledges (issue 18's
//! target: at most a quarter of `pandas.read_excel` reading the same file without validation,
//! measured by `scripts/bench_sheets.py` in the same `scripts/bench` run).
//!
//! `cargo bench -p p2c-core --bench sheets`. The workbook is also written to
//! `target/bench/sheets-100000.xlsx` for the Python comparison.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use p2c_core::sheets::{self, ExportOptions, ImportOptions};
use p2c_corpus::{Corpus, CorpusConfig};

mod common;

fn bench(c: &mut Criterion) {
    let n = common::size(100_000);
    let corpus = Corpus::new(CorpusConfig {
        seed: 42,
        count: n,
        ..CorpusConfig::default()
    })
    .unwrap();
    let pledges: Vec<_> = corpus.pledges().map(Result::unwrap).collect();
    let docs = sheets::pledge_documents(&pledges);
    let xlsx = sheets::export_xlsx(&docs, &ExportOptions::default()).unwrap();
    let csv = sheets::export_csv(&docs, &ExportOptions::default()).unwrap();
    drop(docs);
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    if std::fs::create_dir_all(&out).is_ok() {
        let _ = std::fs::write(out.join(format!("sheets-{n}.xlsx")), &xlsx);
    }
    let mut opts = ImportOptions::default();
    opts.validate.as_of = chrono::NaiveDate::from_ymd_opt(2026, 6, 30);
    for import in [
        sheets::import_xlsx(&xlsx, &opts),
        sheets::import_csv(
            &csv.iter()
                .map(|f| (f.name.as_str(), f.bytes.as_slice()))
                .collect::<Vec<_>>(),
            &opts,
        ),
    ] {
        assert_eq!(import.documents.len(), pledges.len());
    }

    let mut g = c.benchmark_group("sheets_100k");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n));
    g.bench_function("p2c_import_xlsx_validate", |b| {
        b.iter(|| black_box(sheets::import_xlsx(black_box(&xlsx), &opts)))
    });
    let files: Vec<(&str, &[u8])> = csv
        .iter()
        .map(|f| (f.name.as_str(), f.bytes.as_slice()))
        .collect();
    g.bench_function("p2c_import_csv_validate", |b| {
        b.iter(|| black_box(sheets::import_csv(black_box(&files), &opts)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
