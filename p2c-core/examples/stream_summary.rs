//! Summarize a JSON Lines file of pledges as a stream, for measuring peak memory.
//!
//! `cargo run -p p2c-core --release --example stream_summary -- FILE [--batch]`
//!
//! Prints the pledge count and total of the summary as of 2024-07-07 (embedded rates). With
//! `--batch`, reads every pledge into memory and calls `summarize` instead, for comparison.
//! Run under `/usr/bin/time -v` to read the peak resident set size.

use std::fs::File;
use std::io::{BufRead, BufReader};

use p2c_core::aggregate::{summarize, summarize_jsonl, SummaryOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or("usage: stream_summary FILE [--batch]")?;
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).ok_or("bad date")?;
    let options = SummaryOptions::embedded(as_of);
    let reader = BufReader::with_capacity(1 << 16, File::open(path)?);
    let summary = if args.iter().any(|a| a == "--batch") {
        let mut pledges = Vec::new();
        for line in reader.lines() {
            let line = line?;
            if !line.trim().is_empty() {
                pledges.push(p2c_core::parse_pledge(&line)?);
            }
        }
        summarize(&pledges, &options)?
    } else {
        summarize_jsonl(reader, &options)?
    };
    println!(
        "pledges counted {}, excluded {}, total {} {}",
        summary.pledge_count,
        summary.excluded.len(),
        summary.value.total,
        summary.currency
    );
    Ok(())
}
