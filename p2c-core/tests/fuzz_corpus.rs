//! Replays the committed fuzz corpus (`fuzz/seeds/<target>/`: hand-written seeds, the corpus
//! minimized after each campaign, and every crash found) through the fuzz targets' own checks
//! in the normal test build, so CI re-checks what the fuzzer found without a fuzzer toolchain.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

// The fuzz crate's own checks: a panic there is a finding, and their items are its API.
#[allow(unreachable_pub)]
#[path = "../../fuzz/src/checks.rs"]
mod checks;

use std::path::PathBuf;

fn replay(target: &str, check: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/seeds")
        .join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{target}: {} fails", path.display());
        n += 1;
    }
    assert!(n > 0, "{target}: empty corpus");
}

#[test]
fn parse_pledge_corpus() {
    replay("parse_pledge", checks::parse_pledge);
}

#[test]
fn partial_date_corpus() {
    replay("partial_date", checks::partial_date);
}

#[test]
fn decimal_corpus() {
    replay("decimal", checks::decimal);
}

#[test]
fn validate_corpus() {
    replay("validate", checks::validate);
}

#[test]
fn rate_table_corpus() {
    replay("rate_table", checks::rate_table);
}

#[test]
fn summarize_corpus() {
    replay("summarize", checks::summarize);
}

#[cfg(feature = "xlsx")]
#[test]
fn sheet_corpus() {
    replay("sheet", checks::sheet);
}

#[cfg(feature = "xlsx")]
#[test]
fn sheet_xml_corpus() {
    replay("sheet_xml", checks::sheet_xml);
}

#[test]
fn migrate_corpus() {
    replay("migrate", checks::migrate);
}

#[test]
fn partial_merge_corpus() {
    replay("partial_merge", checks::partial_merge);
}

#[cfg(feature = "xlsx")]
#[test]
fn sheet_roundtrip_corpus() {
    replay("sheet_roundtrip", checks::sheet_roundtrip);
}
