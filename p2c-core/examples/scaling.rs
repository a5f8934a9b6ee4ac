//! Multi-core scaling of the file routes, for `scripts/bench` (issue 22: 2 threads ÷ 1 thread
//! ≤ 0.6 for validate, load and summarize on the 1e6-pledge file).
//!
//! `cargo run -p p2c-core --release --example scaling -- FILE [--rounds N] [--out FILE.json]`
//!
//! Times `file::validate_path`, `file::load` and `file::summarize_path` (as of 2024-07-07,
//! embedded rates) on 1 and on 2 threads, the six runs interleaved round by round so that
//! each pair sees the same machine; prints each median and writes them as the benchmark rows
//! `scaling_1e6/<route>_<n>t` (`median_ns`) that `scripts/bench_report.py` reads. Each route's
//! answer is checked equal at both thread counts before its time counts.

use std::time::Instant;

use p2c_core::aggregate::SummaryOptions;
use p2c_core::file::{self, Format};
use p2c_core::parallel::Threads;
use p2c_core::validate::ValidateOptions;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: scaling FILE [--rounds N] [--out FILE.json]")?;
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let rounds: usize = value("--rounds").map_or(Ok(3), |s| s.parse())?;
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).ok_or("bad date")?;
    let counts = [1usize, 2];
    let mut times: Vec<(String, Vec<u128>)> = Vec::new();
    let mut record = |name: String, ns: u128| match times.iter_mut().find(|(n, _)| *n == name) {
        Some((_, v)) => v.push(ns),
        None => times.push((name, vec![ns])),
    };
    for _ in 0..rounds {
        let mut answers: Vec<(String, String)> = Vec::new();
        for &n in &counts {
            let threads = Threads::new(n);
            let opts = ValidateOptions {
                as_of: Some(as_of),
                threads,
                ..ValidateOptions::default()
            };
            let t = Instant::now();
            let report = file::validate_path(path, Format::Lines, &opts)?;
            record(format!("validate_{n}t"), t.elapsed().as_nanos());
            answers.push(("validate".into(), format!("{:?}", report.issues.len())));

            let t = Instant::now();
            let pledges = file::load(path, Format::Lines, threads)?;
            record(format!("load_{n}t"), t.elapsed().as_nanos());
            answers.push(("load".into(), pledges.len().to_string()));
            drop(pledges);

            let mut options = SummaryOptions::embedded(as_of);
            options.threads = threads;
            let t = Instant::now();
            let summary = file::summarize_path(path, Format::Lines, &options)?;
            record(format!("summarize_{n}t"), t.elapsed().as_nanos());
            answers.push((
                "summarize".into(),
                serde_json::to_string(&summary.to_json())?,
            ));
        }
        // The same answer at 1 and 2 threads, route by route.
        let (one, two) = answers.split_at(answers.len() / 2);
        if one != two {
            return Err("a route answered differently at 1 and 2 threads".into());
        }
    }
    let mut rows = Vec::new();
    for (name, mut v) in times {
        v.sort_unstable();
        let median = v.get(v.len() / 2).copied().unwrap_or_default();
        println!("scaling_1e6/{name}: {:.2} s", median as f64 / 1e9);
        rows.push(serde_json::json!({
            "group": "scaling_1e6",
            "name": name,
            "median_ns": median as f64,
            "threads": name.trim_end_matches('t').rsplit('_').next(),
        }));
    }
    for route in ["validate", "load", "summarize"] {
        let get = |n: usize| {
            rows.iter()
                .find(|r| r["name"] == format!("{route}_{n}t"))
                .and_then(|r| r["median_ns"].as_f64())
        };
        if let (Some(a), Some(b)) = (get(1), get(2)) {
            println!("scaling_1e6/{route}: 2 threads ÷ 1 thread = {:.2}", b / a);
        }
    }
    if let Some(out) = value("--out") {
        std::fs::write(out, serde_json::to_string_pretty(&rows)? + "\n")?;
    }
    Ok(())
}
