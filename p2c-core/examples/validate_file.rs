//! Validate one file (a pledge, or with `--batch` a JSON array of pledges), for measuring the
//! peak memory of validation on hostile bodies.
//!
//! `cargo run -p p2c-core --release --example validate_file -- FILE [--batch]`
//!
//! Prints `valid`, the number of issues and the first issue's code and path. Run under
//! `/usr/bin/time -v` to read the peak resident set size (RELIABILITY.md records it for a
//! 2 MB `[0,0,…]` body).

use p2c_core::validate::{validate_batch_bytes, validate_bytes, ValidateOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: validate_file FILE [--batch]")?;
    let bytes = std::fs::read(path)?;
    let options = ValidateOptions::default();
    let report = if args.iter().any(|a| a == "--batch") {
        validate_batch_bytes(&bytes, &options)
    } else {
        validate_bytes(&bytes, &options)
    };
    let first = report
        .issues
        .first()
        .map(|i| format!("{} at `{}`", i.code, i.path))
        .unwrap_or_default();
    println!(
        "valid: {}, issues: {}, first: {first}",
        report.valid,
        report.issues.len()
    );
    Ok(())
}
