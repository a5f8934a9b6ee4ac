//! Summarize a file of pledges as a stream, for measuring time and peak memory.
//!
//! `cargo run -p p2c-core --release --example stream_summary -- FILE [OPTIONS]`
//!
//! Prints the pledge count and total of the summary as of 2024-07-07 (embedded rates), and
//! the wall time of the summary. Options:
//!
//! - `--threads N`: threads for the file route (default: the cores available);
//! - `--sequential`: the one-thread reader route (`summarize_jsonl`) instead;
//! - `--batch`: read every pledge into memory and call `summarize` instead, for comparison;
//! - `--state`: the file route step by step: print the time of each step (related ids,
//!   partial summary, `finish`), the bytes of state the accumulator holds before `finish`,
//!   and the peak resident set size before and after it;
//! - `--json`: print the whole summary as JSON instead (what the benchmarks' peers check
//!   their figures against).
//!
//! Run under `/usr/bin/time -v` to read the peak resident set size.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use p2c_core::aggregate::{summarize, summarize_jsonl, SummaryOptions};
use p2c_core::file::{self, Format};
use p2c_core::parallel::Threads;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or(
        "usage: stream_summary FILE [--threads N] [--sequential|--batch] [--state] [--json]",
    )?;
    let flag = |f: &str| args.iter().any(|a| a == f);
    let threads = match args.iter().position(|a| a == "--threads") {
        Some(i) => Threads::new(args.get(i + 1).ok_or("--threads N")?.parse()?),
        None => Threads::AUTO,
    };
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).ok_or("bad date")?;
    let mut options = SummaryOptions::embedded(as_of);
    options.threads = threads;
    let start = Instant::now();
    let summary = if flag("--batch") {
        let reader = BufReader::with_capacity(1 << 16, File::open(path)?);
        let mut pledges = Vec::new();
        for line in reader.lines() {
            let line = line?;
            if !line.trim().is_empty() {
                pledges.push(p2c_core::parse_pledge(&line)?);
            }
        }
        summarize(&pledges, &options)?
    } else if flag("--sequential") {
        let reader = BufReader::with_capacity(1 << 16, File::open(path)?);
        summarize_jsonl(reader, &options)?
    } else if flag("--state") {
        let t0 = Instant::now();
        let related = file::related_path(path, Format::Auto, threads)?;
        let t1 = Instant::now();
        let acc = file::partial_path(path, Format::Auto, &options, related)?;
        let t2 = Instant::now();
        eprintln!(
            "related ids {:.3} s, partial {:.3} s",
            (t1 - t0).as_secs_f64(),
            (t2 - t1).as_secs_f64()
        );
        eprintln!(
            "state before finish: {:.1} MB for {} pledges ({} held for relations)",
            acc.state_bytes() as f64 / 1e6,
            acc.pledges_seen(),
            acc.held()
        );
        eprintln!("peak RSS before finish: {}", peak_rss());
        let t3 = Instant::now();
        let summary = acc.finish()?;
        eprintln!("finish {:.3} s", t3.elapsed().as_secs_f64());
        summary
    } else {
        file::summarize_path(path, Format::Auto, &options)?
    };
    let elapsed = start.elapsed();
    if flag("--json") {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, &summary)?;
        out.write_all(b"\n")?;
    } else {
        println!(
            "pledges counted {}, excluded {}, total {} {}",
            summary.pledge_count,
            summary.excluded.len(),
            summary.value.total,
            summary.currency
        );
    }
    // The sequential reader reads on the calling thread; the batch and file routes use
    // `threads`.
    let route = if flag("--sequential") {
        "the sequential reader, 1 thread".to_owned()
    } else if flag("--batch") {
        format!("the in-memory batch, {} thread(s)", threads.get())
    } else {
        format!("the file route, {} thread(s)", threads.get())
    };
    eprintln!("summary in {:.3} s by {route}", elapsed.as_secs_f64());
    if flag("--state") {
        eprintln!("peak RSS after finish: {}", peak_rss());
    }
    Ok(())
}

/// The process's peak resident set size so far (Linux `VmHWM`), or `?` elsewhere.
fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
        })
        .unwrap_or_else(|| "?".to_owned())
}
