//! Build script: turns the reference data in `data/` into static Rust tables in `$OUT_DIR`.
//!
//! Parsing happens here, at build time, so a malformed data file fails the build and no lookup
//! can fail at run time. Each data family has its own module.
// A build script reports bad reference data by failing the build, with the file and line:
// panicking is how it does that, and none of this code runs in a user's process.
#![allow(
    clippy::panic,
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing
)]

mod catalogue;
mod currencies;
mod events;
mod geo;
mod names;
mod rates;
mod targets;

use std::path::{Path, PathBuf};

/// Where generated files go.
pub fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
}

/// A data file under `data/`, registered so cargo re-runs the build when it changes.
pub fn data_file(name: &str) -> PathBuf {
    let path = Path::new("data").join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    path
}

/// Read a CSV file with headers into records, failing the build with the file and line on error.
pub fn read_csv(name: &str) -> Vec<csv::StringRecord> {
    let path = data_file(name);
    let mut reader = csv::Reader::from_path(&path)
        .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
    reader
        .records()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 2)))
        .collect()
}

fn main() {
    println!("cargo:rerun-if-changed=build");
    targets::generate();
    events::generate();
    geo::generate();
    names::generate();
    catalogue::check();
    let currencies = currencies::generate();
    rates::generate(&currencies);
}
