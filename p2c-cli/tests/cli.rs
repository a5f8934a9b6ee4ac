//! Runs the `p2c` binary: exit codes, and values in the output checked against the sample data
//! read by a different route (raw JSON values, not the p2c model).
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn p2c(args: &[&str], cwd: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_p2c"));
    cmd.args(args);
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    cmd.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn sample_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json")
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A scratch directory of this test binary, one per test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A decimal string (`"17869520000.00"`, `"1.0662"`) as an integer count of 10^-`scale` units.
fn scaled(s: &str, scale: u32) -> i128 {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    assert!(
        frac.len() as u32 <= scale,
        "{s} has more than {scale} decimals"
    );
    let digits = format!("{int}{frac:0<width$}", width = scale as usize);
    digits.parse().unwrap()
}

/// The ECB reference rate (USD per EUR) of one day, read from the embedded data file.
fn ecb_usd_per_eur(date: &str) -> String {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../p2c-core/data/ecb_eurofxref_hist.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let usd = header.iter().position(|h| *h == "USD").unwrap();
    let row = lines.find(|l| l.starts_with(date)).unwrap();
    row.split(',').nth(usd).unwrap().to_owned()
}

fn dashboard_json(args: &[&str]) -> serde_json::Value {
    let out = p2c(args, None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn raw_sample() -> Vec<serde_json::Value> {
    serde_json::from_str(&std::fs::read_to_string(sample_path()).unwrap()).unwrap()
}

#[test]
fn dashboard_on_the_sample_data() {
    let sample = sample_path();
    let d = dashboard_json(&["dashboard", sample.to_str().unwrap(), "--json"]);
    let s = &d["summary"];
    let raw = raw_sample();

    // The default as-of date is the last day of the embedded ECB rates.
    assert_eq!(d["asOf"], "2026-10-30");
    assert_eq!(s["currency"], "USD");
    assert_eq!(s["pledgeCount"], raw.len());
    assert_eq!(d["validation"]["valid"], true);

    // Focus-area counts, from the raw JSON (not through the p2c model).
    let focus = s["breakdowns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["dimension"] == "focusArea")
        .unwrap();
    for row in focus["rows"].as_array().unwrap() {
        let code = row["key"].as_str().unwrap();
        let expected = raw
            .iter()
            .filter(|p| {
                p["focusAreas"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c == code)
            })
            .count();
        assert_eq!(row["pledges"], expected, "{code}");
    }

    // The total, by hand: every stated USD amount as is (floors at their stated value; the
    // sample's only relations are `same_announcement`, which count both pledges), plus the
    // four other amounts at the ECB rates read from the data file. Until the summary applies
    // the format 1.1 rules (p2c-core `model::amount`, issue 25), it counts each amount as
    // stated (MTN's USD 2 billion a year once, ZTE's USD 400 million once) at the rate of the
    // value date's first day: Orange's `2024-07` at the rate of 2024-07-01 and Ghana's `2022`
    // at the last rate on or before 2022-01-01 (2021-12-31). The 1.1 total is checked in
    // p2c-core's sample_data tests (USD 45,350,591,604.84).
    let mut cents: i128 = 0;
    let mut others = 0;
    for p in &raw {
        if let Some(rel) = p.get("relations") {
            assert!(rel
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["type"] == "same_announcement"));
        }
        let Some(v) = p.get("financialValue") else {
            continue;
        };
        let amount = scaled(v["amount"].as_str().unwrap(), 2);
        let eur_at = |date: &str| -> i128 {
            // amount (cents) × rate (10^-4 units) / 10^4; exact for these amounts.
            let product = amount * scaled(&ecb_usd_per_eur(date), 4);
            assert_eq!(product % 10_000, 0);
            product / 10_000
        };
        match (
            v["currency"].as_str().unwrap(),
            v["valueDate"].as_str().unwrap(),
        ) {
            ("USD", _) => cents += amount,
            ("EUR", "2024-07") => cents += eur_at("2024-07-01"),
            ("EUR", "2022") => cents += eur_at("2021-12-31"),
            // CAD 2,000,000,000 and 400,000,000 on 2024-05-27: ECB 1.0843 USD and 1.4813 CAD
            // per EUR; 1.0843 / 1.4813 = 0.7319921690407074866671167218, times the amount,
            // rounded to cents.
            ("CAD", "2024-05-27") => {
                cents += match v["amount"].as_str().unwrap() {
                    "2000000000" => 146_398_433_808,
                    "400000000" => 29_279_686_762,
                    other => panic!("unexpected CAD amount {other}"),
                }
            }
            other => panic!("unexpected amount {other:?} in the sample"),
        }
        if v["currency"] != "USD" {
            others += 1;
        }
    }
    assert_eq!(others, 4);
    assert_eq!(cents, 3_652_072_420_570);
    assert_eq!(scaled(s["value"]["total"].as_str().unwrap(), 2), cents);
    assert_eq!(s["value"]["unconverted"], serde_json::json!([]));

    // The text dashboard shows the same total, with thousands separators.
    let text = stdout(&p2c(&["dashboard", sample.to_str().unwrap()], None));
    let (whole, frac) = (cents / 100, cents % 100);
    let mut grouped = String::new();
    for (i, ch) in whole.to_string().chars().enumerate() {
        if i > 0 && (whole.to_string().len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    assert!(text.contains(&format!("{grouped}.{frac:02}")), "{text}");
}

#[test]
fn as_of_and_currency_change_the_figures() {
    let early = dashboard_json(&["dashboard", "--as-of", "2022-01-01", "--json"]);
    assert_eq!(early["asOf"], "2022-01-01");
    assert_eq!(early["summary"]["asOf"], "2022-01-01");
    let later = dashboard_json(&["dashboard", "--as-of", "2024-07-07", "--json"]);
    // Fewer pledges were known in January 2022 than in July 2024 (most of the sample's pledges
    // were announced from 2022 on).
    assert!(
        early["summary"]["pledgeCount"].as_u64().unwrap()
            < later["summary"]["pledgeCount"].as_u64().unwrap()
    );

    let eur = dashboard_json(&["dashboard", "--currency", "EUR", "--json"]);
    assert_eq!(eur["summary"]["currency"], "EUR");
    // The EUR pledge counts at its stated amount: no conversion when the currencies match.
    let usd = dashboard_json(&["dashboard", "--json"]);
    assert_ne!(
        eur["summary"]["value"]["total"],
        usd["summary"]["value"]["total"]
    );
}

#[test]
fn invalid_pledges_are_excluded_and_listed() {
    // Make the third pledge's value zero: a financial pledge with a value ≤ 0 is an error.
    let mut raw = raw_sample();
    raw[2]["financialValue"]["amount"] = serde_json::json!("0");
    let id = raw[2]["id"].as_str().unwrap().to_owned();
    let path = scratch("invalid-pledge").join("pledges.json");
    std::fs::write(&path, serde_json::to_string_pretty(&raw).unwrap()).unwrap();

    let d = dashboard_json(&["dashboard", path.to_str().unwrap(), "--json"]);
    assert_eq!(d["validation"]["valid"], false);
    let excluded = d["summary"]["excluded"].as_array().unwrap();
    assert_eq!(excluded.len(), 1);
    assert_eq!(excluded[0]["id"], id.as_str());
    assert_eq!(d["summary"]["pledgeCount"], raw.len() - 1);
}

#[test]
fn default_file_works_from_any_directory() {
    let expected = stdout(&p2c(&["dashboard", sample_path().to_str().unwrap()], None));
    let expected_body = expected.split_once('\n').unwrap().1;
    for cwd in [workspace_root(), scratch("elsewhere")] {
        let out = p2c(&["dashboard"], Some(&cwd));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // Same body; only the `source:` line names the path differently.
        let text = stdout(&out);
        let body = text.split_once('\n').unwrap().1;
        assert_eq!(body, expected_body, "from {}", cwd.display());
    }
}

#[test]
fn invalid_file_exits_1_with_the_pointer() {
    // The second record's amount is a JSON float, which the wire format refuses.
    let mut raw: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(sample_path()).unwrap()).unwrap();
    raw[1]["financialValue"]["amount"] = serde_json::json!(250000000.5);
    let path = scratch("broken").join("pledges.json");
    std::fs::write(&path, serde_json::to_string_pretty(&raw).unwrap()).unwrap();

    let out = p2c(&["dashboard", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.lines().any(|l| l.trim() == "code: parse_error"),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.trim() == "pointer: /1/financialValue/amount"),
        "{err}"
    );
}

#[test]
fn malformed_json_exits_1() {
    let path = scratch("malformed").join("pledges.json");
    std::fs::write(&path, "[{\"formatVersion\": \"1.0\",").unwrap();
    let out = p2c(&["dashboard", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out)
        .lines()
        .any(|l| l.trim() == "code: parse_error"));
}

#[test]
fn missing_file_exits_1() {
    let path = scratch("missing").join("no-such-file.json");
    let out = p2c(&["dashboard", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).lines().any(|l| l.trim() == "code: io_error"));
}

#[test]
fn usage_errors_exit_2_with_usage() {
    for args in [
        &[][..],
        &["dashbord"],
        &["--frobnicate"],
        &["dashboard", "--frobnicate"],
        &["dashboard", "--as-of", "July 2024"],
        &["dashboard", "a.json", "b.json"],
        &["dashboard", "--currency", "XYZ"],
    ] {
        let out = p2c(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(stderr(&out).contains("Usage:"), "{args:?}");
    }
}

#[test]
fn help_exits_0_on_stdout() {
    for args in [&["--help"][..], &["-h"], &["dashboard", "--help"]] {
        let out = p2c(args, None);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(stdout(&out).contains("p2c dashboard [FILE] [--as-of YYYY-MM-DD]"));
    }
}
