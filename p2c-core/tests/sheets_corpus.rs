//! The synthetic corpus through spreadsheets: every pledge of several seeded corpora (with
//! contacts, private export) reads back from XLSX and from CSV as the same pledge, with the
//! same validation issues as the JSON it came from.
//!
//! The one test file that uses the corpus generator (`p2c-corpus`) for spreadsheets.
#![cfg(feature = "xlsx")]
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use p2c_core::sheets::{self, ExportOptions, ImportOptions};
use p2c_core::validate::{validate_batch_value, ValidateOptions};
use p2c_core::Pledge;
use p2c_corpus::{Corpus, CorpusConfig};
use serde_json::Value;

fn corpus(seed: u64, count: u64) -> Vec<Pledge> {
    Corpus::new(CorpusConfig {
        seed,
        count,
        include_contacts: true,
        ..CorpusConfig::default()
    })
    .unwrap()
    .pledges()
    .map(Result::unwrap)
    .collect()
}

fn pairs(issues: impl Iterator<Item = (String, String)>) -> Vec<(String, String)> {
    let mut v: Vec<_> = issues.collect();
    v.sort();
    v
}

#[test]
fn corpus_pledges_round_trip_through_xlsx_and_csv() {
    let export = ExportOptions {
        private: true,
        ..ExportOptions::default()
    };
    let mut import = ImportOptions::default();
    import.validate.as_of = chrono::NaiveDate::from_ymd_opt(2026, 6, 30);
    for seed in [1, 2, 3] {
        let pledges = corpus(seed, 250);
        let docs = sheets::pledge_documents(&pledges);
        let validate = ValidateOptions {
            as_of: import.validate.as_of,
            ..ValidateOptions::default()
        };
        let want = pairs(
            validate_batch_value(&Value::Array(docs.clone()), &validate)
                .issues
                .into_iter()
                .map(|i| (i.code.to_owned(), i.path)),
        );

        let bytes = sheets::export_xlsx(&docs, &export).unwrap();
        let back = sheets::import_xlsx(&bytes, &import);
        let typed: Vec<Pledge> = back
            .documents
            .iter()
            .map(|d| p2c_core::parse_pledge_value(d).unwrap())
            .collect();
        assert_eq!(typed, pledges, "seed {seed}: xlsx");
        let got = pairs(
            back.issues
                .iter()
                .map(|i| (i.issue.code.to_owned(), i.issue.path.clone())),
        );
        assert_eq!(got, want, "seed {seed}: xlsx issues");
        assert!(back
            .issues
            .iter()
            .all(|i| i.location.as_ref().is_some_and(|l| l.cell.is_some())));

        let files = sheets::export_csv(&docs, &export).unwrap();
        let inputs: Vec<(&str, &[u8])> = files
            .iter()
            .map(|f| (f.name.as_str(), f.bytes.as_slice()))
            .collect();
        let back = sheets::import_csv(&inputs, &import);
        let typed: Vec<Pledge> = back
            .documents
            .iter()
            .map(|d| p2c_core::parse_pledge_value(d).unwrap())
            .collect();
        assert_eq!(typed, pledges, "seed {seed}: csv");
        let got = pairs(
            back.issues
                .iter()
                .map(|i| (i.issue.code.to_owned(), i.issue.path.clone())),
        );
        assert_eq!(got, want, "seed {seed}: csv issues");
    }
}
