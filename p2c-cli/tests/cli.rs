//! Runs the `p2c` binary (assert_cmd): exit codes, one-line errors, and values in the output
//! checked against the sample data read by a different route (raw JSON values, not the p2c
//! model).
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
use std::process::Output;

use assert_cmd::Command;

fn cmd() -> Command {
    Command::cargo_bin("p2c").unwrap()
}

fn p2c(args: &[&str], cwd: Option<&Path>) -> Output {
    let mut cmd = cmd();
    cmd.args(args).env_remove("LANG").env_remove("LC_ALL");
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    cmd.output().unwrap()
}

/// Standard input `input` to `p2c args`.
fn p2c_stdin(args: &[&str], input: &[u8]) -> Output {
    cmd()
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .write_stdin(input.to_vec())
        .output()
        .unwrap()
}

/// Every error is exactly one line on standard error, `p2c: error: …`.
fn one_error_line(o: &Output) -> String {
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("p2c: error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    err
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

/// The ECB-derived calendar-year average of EUR per USD, read from the embedded data file.
fn ecb_eur_per_usd_average(year: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../p2c-core/data/ecb_annual_avg_units_per_usd.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let row = text
        .lines()
        .find(|l| l.starts_with(&format!("{year},EUR,")))
        .unwrap();
    row.split(',').nth(2).unwrap().to_owned()
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
    let s = &dashboard_json(&[
        "dashboard",
        sample.to_str().unwrap(),
        "--as-of",
        "2026-10-30",
        "--format",
        "json",
    ]);
    let raw = raw_sample();

    assert_eq!(s["asOf"], "2026-10-30");
    assert_eq!(s["currency"], "USD");
    assert_eq!(s["pledgeCount"], raw.len());
    assert_eq!(s["excluded"], serde_json::json!([]));

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
    // sample's only relations are `same_announcement`, which count both pledges), a per-year
    // amount times its stated `years` or else the calendar years of its period (MTN's USD 2
    // billion a year for 5 years, ZTE's USD 400 million a year over 2023-2025), plus the four
    // other amounts at the ECB rates read from the data files: a value date known only to the
    // month or the year (Orange's `2024-07`, Ghana's `2022`) at that calendar year's ECB-derived
    // average (EUR per USD, ecb_annual_avg_units_per_usd.csv), so amount / EUR-per-USD, rounded
    // to cents (neither quotient is near a half cent, so the rounding rule does not matter).
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
        assert!(v.get("maxAmount").is_none(), "the sample has no range");
        let years: i128 = match v.get("basis").and_then(|b| b.as_str()) {
            None | Some("total") => 1,
            Some("per_year") => match v.get("years") {
                Some(n) => n.as_i64().unwrap().into(),
                None => {
                    let year = |k: &str| -> i128 {
                        p["period"][k].as_str().unwrap()[..4].parse().unwrap()
                    };
                    year("end") - year("start") + 1
                }
            },
            Some(other) => panic!("unexpected basis {other}"),
        };
        let amount = scaled(v["amount"].as_str().unwrap(), 2) * years;
        let eur_in_year = |year: &str| -> i128 {
            // amount (cents) / (EUR per USD, 10^-6 units) × 10^6, rounded half up.
            let per_usd = scaled(&ecb_eur_per_usd_average(year), 6);
            let num = amount * 1_000_000;
            (2 * num + per_usd) / (2 * per_usd)
        };
        match (
            v["currency"].as_str().unwrap(),
            v["valueDate"].as_str().unwrap(),
        ) {
            ("USD", _) => cents += amount,
            ("EUR", "2024-07") => cents += eur_in_year("2024"),
            ("EUR", "2022") => cents += eur_in_year("2022"),
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
    assert_eq!(cents, 4_535_059_160_484);
    assert_eq!(scaled(s["value"]["total"].as_str().unwrap(), 2), cents);
    assert_eq!(s["value"]["unconverted"], serde_json::json!([]));

    // The text dashboard shows the same total, with thousands separators.
    let text = stdout(&p2c(
        &[
            "dashboard",
            sample.to_str().unwrap(),
            "--as-of",
            "2026-10-30",
        ],
        None,
    ));
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
    let later = dashboard_json(&["summarize", "--as-of", "2024-07-07", "--json"]);
    // Fewer pledges were known in January 2022 than in July 2024 (most of the sample's pledges
    // were announced from 2022 on).
    assert!(early["pledgeCount"].as_u64().unwrap() < later["pledgeCount"].as_u64().unwrap());

    let eur = dashboard_json(&[
        "dashboard",
        "--currency",
        "eur",
        "--as-of",
        "2024-07-07",
        "--json",
    ]);
    assert_eq!(eur["currency"], "EUR");
    let usd = dashboard_json(&["dashboard", "--as-of", "2024-07-07", "--json"]);
    assert_ne!(eur["value"]["total"], usd["value"]["total"]);
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
    let excluded = d["excluded"].as_array().unwrap();
    assert_eq!(excluded.len(), 1);
    assert_eq!(excluded[0]["id"], id.as_str());
    assert_eq!(d["pledgeCount"], raw.len() - 1);

    // `p2c validate` names the same pledge, its line and pointer, and exits 1.
    let out = p2c(&["validate", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.contains("error[money.non_positive_value]"))
        .unwrap();
    assert!(line.contains(&format!("({id})")), "{line}");
    assert!(line.contains("`/2/financialValue/amount`"), "{line}");
}

#[test]
fn default_file_works_from_any_directory() {
    let expected = stdout(&p2c(
        &[
            "dashboard",
            sample_path().to_str().unwrap(),
            "--as-of",
            "2026-10-30",
        ],
        None,
    ));
    let expected_body = expected.split_once('\n').unwrap().1;
    for cwd in [workspace_root(), scratch("elsewhere")] {
        let out = p2c(&["dashboard", "--as-of", "2026-10-30"], Some(&cwd));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // Same body; only the `source:` line names the path differently.
        let text = stdout(&out);
        let body = text.split_once('\n').unwrap().1;
        assert_eq!(body, expected_body, "from {}", cwd.display());
    }
}

#[test]
fn dashboard_of_a_broken_file_is_one_line_naming_the_pointer() {
    // The second record's amount is a JSON float, which the wire format refuses.
    let mut raw = raw_sample();
    raw[1]["financialValue"]["amount"] = serde_json::json!(250000000.5);
    let path = scratch("broken").join("pledges.json");
    std::fs::write(&path, serde_json::to_string_pretty(&raw).unwrap()).unwrap();

    let out = p2c(&["dashboard", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = one_error_line(&out);
    assert!(err.contains("/1/financialValue/amount"), "{err}");
    assert!(err.contains("p2c validate"), "{err}");
}

/// The sample as JSON Lines, the third pledge's amount made zero (an error).
fn jsonl_with_one_error() -> (Vec<u8>, String) {
    let mut raw = raw_sample();
    raw[2]["financialValue"]["amount"] = serde_json::json!("0");
    let id = raw[2]["id"].as_str().unwrap().to_owned();
    let mut text = String::new();
    for p in &raw {
        text.push_str(&serde_json::to_string(p).unwrap());
        text.push('\n');
    }
    (text.into_bytes(), id)
}

#[test]
fn validate_reads_json_lines_from_stdin_and_names_the_line() {
    let (input, id) = jsonl_with_one_error();
    let out = p2c_stdin(&["validate", "-"], &input);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    let line = text
        .lines()
        .find(|l| l.contains("money.non_positive_value"))
        .unwrap();
    assert!(
        line.starts_with(&format!("<stdin>:3: ({id}) error[")),
        "{line}"
    );
    assert!(
        text.lines().last().unwrap().starts_with(&format!(
            "<stdin>: invalid ({} pledges, 1 error(s)",
            raw_sample().len()
        )),
        "{text}"
    );

    // Silencing the code makes the same input valid; a warning fails only with --strict.
    let ok = p2c_stdin(
        &[
            "validate",
            "-",
            "--severity",
            "money.non_positive_value=off",
        ],
        &input,
    );
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    let strict = p2c_stdin(
        &[
            "validate",
            "-",
            "--severity",
            "money.non_positive_value=off",
            "--strict",
        ],
        &input,
    );
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn validate_json_and_github_formats() {
    let (input, _) = jsonl_with_one_error();
    let out = p2c_stdin(&["validate", "-", "--format", "json"], &input);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["file"], "<stdin>");
    assert_eq!(v["valid"], false);
    assert_eq!(v["pledges"], raw_sample().len());
    let errors: Vec<_> = v["issues"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["severity"] == "error")
        .collect();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["code"], "money.non_positive_value");
    assert_eq!(errors[0]["path"], "/2/financialValue/amount");

    let out = p2c_stdin(&["validate", "-", "--format", "github"], &input);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l.starts_with("::error file=<stdin>,line=3,title=money.non_positive_value::")),
        "{text}"
    );
    assert!(text.lines().all(|l| l.starts_with("::")), "{text}");
}

#[test]
fn validate_the_sample_array_is_valid() {
    let out = p2c(&["validate", sample_path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).lines().last().unwrap().contains(&format!(
        ": valid ({} pledges, 0 error(s)",
        raw_sample().len()
    )));
}

#[test]
fn bad_inputs_are_one_line_or_issues_never_a_panic() {
    let dir = scratch("bad-inputs");
    // A directory, a missing file: one error line each, exit 1, and the other files still run.
    let missing = dir.join("missing.json");
    let out = p2c(&["validate", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(one_error_line(&out).contains("is a directory"));
    let out = p2c(
        &[
            "validate",
            missing.to_str().unwrap(),
            sample_path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(one_error_line(&out).contains("no such file"));
    assert!(stdout(&out).contains(&format!(": valid ({} pledges", raw_sample().len())));
    for cmd in [&["dashboard"][..], &["profile", "UGA"], &["export"]] {
        let mut args = cmd.to_vec();
        args.push(dir.to_str().unwrap());
        let out = p2c(&args, None);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        one_error_line(&out);
    }
    // Binary bytes and an empty file are invalid data (issues), exit 1.
    let binary: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    let bin = dir.join("binary.bin");
    std::fs::write(&bin, &binary).unwrap();
    let empty = dir.join("empty.json");
    std::fs::write(&empty, "").unwrap();
    for f in [&bin, &empty] {
        let out = p2c(&["validate", f.to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(1), "{}", f.display());
        assert!(stderr(&out).is_empty(), "{}", stderr(&out));
        assert!(stdout(&out).contains("error[input."), "{}", stdout(&out));
        let out = p2c(&["dashboard", f.to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(1));
        one_error_line(&out);
    }
}

#[test]
fn usage_errors_exit_2_in_one_line_naming_the_flag() {
    for (args, names) in [
        (&["dashbord"][..], "dashbord"),
        (&["--frobnicate"], "--frobnicate"),
        (&["dashboard", "--frobnicate"], "--frobnicate"),
        (&["dashboard", "--as-of", "July 2024"], "--as-of"),
        (&["dashboard", "a.json", "b.json"], "b.json"),
        (&["dashboard", "--currency", "XYZ"], "XYZ"),
        (&["dashboard", "--filter", "countries=XXX"], "XXX"),
        (&["dashboard", "--filter", "planets=MARS"], "planets"),
        (&["validate"], "FILE"),
        (
            &["validate", "x.json", "--severity", "no.such_code=off"],
            "no.such_code",
        ),
        (
            &[
                "validate",
                "x.json",
                "--severity",
                "money.non_positive_value=loud",
            ],
            "loud",
        ),
        (&["convert", "1.5", "XYZ", "2024-01-01"], "XYZ"),
        (
            &["convert", "1.5", "EUR", "2024-01-01", "--policy", "fastest"],
            "fastest",
        ),
        (&["codes", "no.such_code"], "no.such_code"),
        (&["schema", "nothing"], "nothing"),
        (&["export", "x.json", "--currency", "XYZ"], "XYZ"),
    ] {
        let out = p2c(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = one_error_line(&out);
        assert!(err.contains(names), "{args:?}: {err}");
    }
    // A suggestion where one is close.
    let out = p2c(&["dashboard", "--currency", "EUX"], None);
    assert!(one_error_line(&out).contains("did you mean `EUR`?"));
}

#[test]
fn codes_are_matched_by_label_and_in_any_case() {
    // "Africa" is the region `AFR`; a lower-case country code is that country.
    let africa = dashboard_json(&[
        "dashboard",
        "--filter",
        "regions=Africa",
        "--json",
        "--as-of",
        "2026-10-30",
    ]);
    let afr = dashboard_json(&[
        "dashboard",
        "--filter",
        "regions=AFR",
        "--json",
        "--as-of",
        "2026-10-30",
    ]);
    assert_eq!(africa["pledgeCount"], afr["pledgeCount"]);
    let out = p2c(&["profile", "uga", "--as-of", "2026-10-30", "--json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["country"], "UGA");
    let raw = raw_sample();
    let in_uganda = raw
        .iter()
        .filter(|p| {
            p["implementation"]["countries"]
                .as_array()
                .is_some_and(|c| c.iter().any(|c| c == "UGA"))
        })
        .count();
    assert_eq!(v["pledges"], in_uganda);
}

#[test]
fn convert_says_where_the_rate_came_from() {
    let out = p2c(
        &["convert", "100", "eur", "2024-03-01", "--format", "json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rate = ecb_usd_per_eur("2024-03-01");
    assert_eq!(v["rate"], rate.as_str());
    assert_eq!(v["rateDate"], "2024-03-01");
    assert_eq!(
        scaled(v["converted"]["amount"].as_str().unwrap(), 2),
        scaled(&rate, 4)
    );
    assert!(v["tableId"].as_str().unwrap().starts_with("sha256:"));
    // Past the table's last daily rate, the answer says how old the rate is.
    let out = p2c(&["convert", "100", "EUR", "2026-12-01"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("after the table's last daily rate"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn export_csv_and_json() {
    let sample = sample_path();
    let out = p2c(
        &["export", sample.to_str().unwrap(), "--table", "pledges"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("pledge_id,") || text.contains("\r\n"),
        "{text}"
    );
    assert_eq!(text.lines().count(), raw_sample().len() + 1);
    let out = p2c(
        &["export", sample.to_str().unwrap(), "--format", "json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["pledges"].as_array().unwrap().len(), raw_sample().len());
    let dest = scratch("export").join("countries.csv");
    let out = p2c(
        &[
            "export",
            sample.to_str().unwrap(),
            "--table",
            "pledge_countries",
            "--out",
            dest.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(std::fs::read_to_string(&dest)
        .unwrap()
        .starts_with("pledge_id,country"));
}

/// `export --filter` keeps the rows of the pledges a dashboard with the same filter counts,
/// checked against the raw sample; a JSON Lines input exported in pieces gives the rows of the
/// whole file.
#[test]
fn export_takes_the_dashboards_filters() {
    let sample = sample_path();
    let sample = sample.to_str().unwrap();
    let filters = ["--filter", "focus-areas=ACCESS"];
    let mut args = vec!["export", sample, "--as-of", "2026-01-01"];
    args.extend(filters);
    let out = p2c(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let raw = raw_sample();
    let ids: Vec<&str> = raw
        .iter()
        .filter(|p| {
            p["focusAreas"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x == "access"))
        })
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(!ids.is_empty() && ids.len() < raw.len());
    let text = stdout(&out);
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert_eq!(rows.len(), ids.len(), "{text}");
    for (row, id) in rows.iter().zip(&ids) {
        assert!(row.starts_with(&format!("{id},")), "{row}");
    }
    let mut dash = vec!["dashboard", sample, "--as-of", "2026-01-01", "--json"];
    dash.extend(filters);
    assert_eq!(dashboard_json(&dash)["pledgeCount"], ids.len());

    // 10,000 pledges as JSON Lines (more than one piece of the streaming export): every row, the
    // header once.
    let dir = scratch("export-big");
    let big = dir.join("big.jsonl");
    let mut text = String::new();
    for i in 0..10_000 {
        let mut p = raw[i % raw.len()].clone();
        p["id"] = format!("BIG-{i}").into();
        text.push_str(&p.to_string());
        text.push('\n');
    }
    std::fs::write(&big, text).unwrap();
    let out = p2c(
        &["export", big.to_str().unwrap(), "--as-of", "2026-01-01"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = stdout(&out);
    assert_eq!(
        csv.lines().filter(|l| l.starts_with("id,title,")).count(),
        1
    );
    assert_eq!(csv.lines().count(), 10_001);
    assert!(csv.lines().last().unwrap().starts_with("BIG-9999,"));
    let out = p2c(&["export", big.to_str().unwrap(), "--format", "json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["pledges"].as_array().unwrap().len(), 10_000);
}

#[test]
fn rates_import_reads_the_ecbs_file_and_dashboard_uses_it() {
    // A slice of the ECB's own file: its header and two days, one of them newer than the
    // embedded table, as a user would download it.
    let embedded =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../p2c-core/data/ecb_eurofxref_hist.csv");
    let text = std::fs::read_to_string(embedded).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let last = lines.next().unwrap();
    let newer = format!("2026-12-04{}", &last[last.find(',').unwrap()..]);
    let dir = scratch("rates");
    let ecb = dir.join("eurofxref-hist.csv");
    std::fs::write(&ecb, format!("{header}\n{newer}\n{last}\n")).unwrap();
    let table = dir.join("rates.json");
    let out = p2c(
        &[
            "rates",
            "import",
            ecb.to_str().unwrap(),
            "--out",
            table.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let info = p2c(
        &["rates", "info", table.to_str().unwrap(), "--format", "json"],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&info.stdout).unwrap();
    let source = v["sources"][0].as_str().unwrap();
    assert!(
        source.contains("eurofxref-hist.csv") && source.contains("sha256:"),
        "{source}"
    );
    assert_eq!(v["series"][0]["last"], "2026-12-04");
    // The new day converts at its own daily rate with `--rates`.
    let out = p2c(
        &[
            "convert",
            "100",
            "EUR",
            "2026-12-04",
            "--policy",
            "exact_date",
            "--rates",
            table.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let c: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c["rateDate"], "2026-12-04");
    // The zip the ECB publishes reads the same, its provenance naming the zip and its member.
    let zip_path = dir.join("eurofxref-hist.zip");
    {
        use std::io::Write as _;
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("eurofxref-hist.csv", options).unwrap();
        zip.write_all(std::fs::read(&ecb).unwrap().as_slice())
            .unwrap();
        zip.finish().unwrap();
    }
    let out = p2c(&["rates", "import", zip_path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("eurofxref-hist.zip") && text.contains("2026-12-04"),
        "{text}"
    );
    // Not an ECB file: one line, exit 1.
    let out = p2c(&["rates", "import", sample_path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    one_error_line(&out);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read as _;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_p2c"))
        .args([
            "export",
            sample_path().to_str().unwrap(),
            "--format",
            "json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{err}");
    assert!(err.is_empty(), "{err}");
}

/// `--format html --lang ar|fr`: whole pages in the language, `lang` and `dir` set, the same
/// codes as the English page; validation reports too (one file per page).
#[test]
fn html_reports_in_arabic_and_french() {
    let sample = sample_path();
    let sample = sample.to_str().unwrap();
    let page = |args: &[&str]| {
        let out = p2c(args, None);
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{}",
            stderr(&out)
        );
        stdout(&out)
    };
    let base = [
        "dashboard",
        sample,
        "--as-of",
        "2025-07-07",
        "--format",
        "html",
    ];
    let en = page(&base);
    for (lang, dir, words) in [
        (
            "ar",
            "rtl",
            ["لوحة متابعة Partner2Connect", "الأرقام الرئيسية"],
        ),
        (
            "fr",
            "ltr",
            ["Tableau de bord Partner2Connect", "Chiffres clés"],
        ),
    ] {
        let html = page(&[&base[..], &["--lang", lang]].concat());
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{lang}"
        );
        for w in words {
            assert!(html.contains(w), "{lang}: {w}");
        }
        assert!(!html.contains("Headline figures") && !html.contains("Where the pledges go"));
        let keys = |h: &str| -> Vec<String> {
            h.split("data-key=\"")
                .skip(1)
                .map(|s| s.split('"').next().unwrap().to_owned())
                .collect()
        };
        assert_eq!(keys(&html), keys(&en), "{lang}: the same codes");
        let report = page(&["validate", sample, "--format", "html", "--lang", lang]);
        assert!(report.starts_with("<!DOCTYPE html>"), "{lang}");
        assert!(report.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")));
        assert!(!report.contains("How to read this report"), "{lang}");
    }
    let two = p2c(&["validate", sample, sample, "--format", "html"], None);
    assert_eq!(two.status.code(), Some(2), "one page per run");
}

#[test]
fn migrate_writes_the_document_and_lists_the_changes() {
    let dir = scratch("migrate");
    let input = dir.join("old.json");
    let doc = serde_json::json!([
        {"formatVersion": "1.0", "id": "A", "financialValue": {"amount": "100.50", "currency": "EUR", "valueDate": "2022-06-07"}},
        {"formatVersion": "1.1", "id": "B"}
    ]);
    std::fs::write(&input, doc.to_string()).unwrap();
    let out_file = dir.join("new.json");
    let input_s = input.to_str().unwrap();

    // With --out: the document goes to the file, the JSON report to standard output.
    let out = p2c(
        &[
            "migrate",
            input_s,
            "--out",
            out_file.to_str().unwrap(),
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let migrated: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out_file).unwrap()).unwrap();
    let mut expected = doc.clone();
    expected[0]["formatVersion"] = "1.1".into();
    assert_eq!(migrated, expected);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["changed"], true);
    assert_eq!(
        report["reports"][0]["changes"][0]["path"],
        "/0/formatVersion"
    );
    assert_eq!(report["reports"][1]["changes"], serde_json::json!([]));

    // Without --out: the document on standard output, the text report on standard error;
    // migrating the migrated file changes nothing.
    let again = p2c(&["migrate", out_file.to_str().unwrap()], None);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    let same: serde_json::Value = serde_json::from_str(&stdout(&again)).unwrap();
    assert_eq!(same, expected);
    assert!(
        stderr(&again).starts_with("0 of 2 pledge(s) migrated"),
        "{}",
        stderr(&again)
    );

    // Standard input, and the text report names the change.
    let piped = p2c_stdin(&["migrate", "-"], br#"{"formatVersion": "1.0", "id": "C"}"#);
    assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
    assert!(
        stderr(&piped).contains("changed /formatVersion"),
        "{}",
        stderr(&piped)
    );
}

#[test]
fn migrate_refuses_what_it_cannot_read_in_one_line() {
    for input in [&b"{"[..], br#"{"formatVersion": "3.0"}"#, b"[7]"] {
        let out = p2c_stdin(&["migrate", "-"], input);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        one_error_line(&out);
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn compare_diffs_two_dashboards_and_refuses_different_currencies() {
    let dir = scratch("compare");
    let sample = sample_path();
    let sample = sample.to_str().unwrap();
    let write = |name: &str, extra: &[&str]| {
        let path = dir.join(name);
        let mut args = vec![
            "dashboard",
            sample,
            "--json",
            "--out",
            path.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        let o = p2c(&args, None);
        assert!(o.status.success(), "{}", stderr(&o));
        path
    };
    let early = write("early.json", &["--as-of", "2022-12-31"]);
    let late = write("late.json", &["--as-of", "2025-06-30"]);
    let eur = write("eur.json", &["--as-of", "2025-06-30", "--currency", "EUR"]);
    let (early, late, eur) = (
        early.to_str().unwrap(),
        late.to_str().unwrap(),
        eur.to_str().unwrap(),
    );

    let o = p2c(&["compare", early, late, "--format", "json"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let got: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    // Checked against the two dashboards read as raw JSON, not through p2c's model.
    let read = |p: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    };
    let (a, b) = (read(early), read(late));
    let count = |s: &serde_json::Value| s["pledgeCount"].as_u64().unwrap();
    let pc = &got["headline"]["pledgeCount"];
    assert_eq!(pc["a"], count(&a).to_string());
    assert_eq!(pc["b"], count(&b).to_string());
    assert_eq!(
        pc["change"],
        (i128::from(count(&b)) - i128::from(count(&a))).to_string()
    );
    assert_eq!(got["headline"]["value"]["a"], a["value"]["total"]);

    let o = p2c(&["compare", early, late], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("pledges"), "{}", stdout(&o));

    let o = p2c(&["compare", early, eur], None);
    assert_eq!(o.status.code(), Some(1));
    let err = one_error_line(&o);
    assert!(err.contains("currency"), "{err}");

    let o = p2c(&["compare", early, sample], None);
    assert_eq!(o.status.code(), Some(1));
    let err = one_error_line(&o);
    assert!(err.contains("pledges.json"), "{err}");
}

#[test]
fn new_between_keeps_the_new_pledges_and_lists_the_undetermined() {
    let cases: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace_root().join("tests/vectors/summary/new_between.json"))
            .unwrap(),
    )
    .unwrap();
    let path = scratch("new-between").join("pledges.json");
    std::fs::write(&path, cases[0]["pledges"].to_string()).unwrap();
    let file = path.to_str().unwrap();
    let base = ["dashboard", file, "--as-of", "2023-12-31", "--json"];
    let by_flag =
        dashboard_json(&[&base[..], &["--new-between", "2023-01-01..2023-12-31"]].concat());
    let by_filter = dashboard_json(
        &[
            &base[..],
            &["--filter", "new-between=2023-01-01..2023-12-31"],
        ]
        .concat(),
    );
    assert_eq!(by_flag, by_filter);
    assert_eq!(by_flag["pledgeCount"], 4);
    assert_eq!(by_flag["value"]["total"], "3400");
    let undetermined: Vec<&str> = by_flag["excluded"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["reason"] == "newness_undetermined")
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(undetermined, ["N-4"]);
    // The next year's window: another pledge is new.
    let next = dashboard_json(&[
        "dashboard",
        file,
        "--as-of",
        "2024-12-31",
        "--new-between",
        "2024-01-01..2024-12-31",
        "--json",
    ]);
    assert_eq!(next["pledgeCount"], 1);
    // A window that ends before it starts, or is not a window, is refused.
    let out = p2c(
        &[&base[..], &["--new-between", "2023-12-31..2023-01-01"]].concat(),
        None,
    );
    assert_ne!(out.status.code(), Some(0));
    assert!(
        one_error_line(&out).contains("newBetween")
            || one_error_line(&out).contains("new-between")
            || one_error_line(&out).contains("--filter"),
        "{}",
        stderr(&out)
    );
    let out = p2c(&[&base[..], &["--new-between", "2023"]].concat(), None);
    assert_ne!(out.status.code(), Some(0));
}

#[test]
fn report_gives_the_annual_figures_with_their_definitions() {
    let cases: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace_root().join("tests/vectors/summary/annual_report.json"))
            .unwrap(),
    )
    .unwrap();
    let path = scratch("annual-report").join("pledges.json");
    std::fs::write(&path, cases[0]["pledges"].to_string()).unwrap();
    let file = path.to_str().unwrap();
    let r = dashboard_json(&["report", file, "--as-of", "2023-12-31"]);
    assert_eq!(r["yearEarlier"], "2022-12-31");
    assert_eq!(r["undetermined"], serde_json::json!(["A-4"]));
    let figures = r["figures"].as_array().unwrap();
    for (id, want) in cases[0]["annualReport"]["expected"].as_object().unwrap() {
        let f = figures.iter().find(|f| f["id"] == *id).unwrap();
        let got: p2c_core::Decimal = f["value"].as_str().unwrap().parse().unwrap();
        let want: p2c_core::Decimal = want.as_str().unwrap().parse().unwrap();
        assert_eq!(got, want, "{id}");
        assert!(!f["definition"].as_str().unwrap().is_empty());
    }
    // The report sets its own window: a new-between filter is refused.
    let out = p2c(
        &[
            "report",
            file,
            "--filter",
            "new-between=2023-01-01..2023-12-31",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// `--threads` changes how a file is read, never what comes out: the dashboard and a profile
/// at 1 and 2 threads, and from standard input, are the same JSON.
#[test]
fn threads_do_not_change_the_figures() {
    let sample = sample_path();
    let file = sample.to_str().unwrap();
    for command in [vec!["dashboard", file], vec!["profile", "KEN", file]] {
        let run = |extra: &[&str]| {
            let mut args = command.clone();
            args.extend_from_slice(&["--as-of", "2026-01-01", "--json"]);
            args.extend_from_slice(extra);
            dashboard_json(&args)
        };
        let one = run(&["--threads", "1"]);
        assert_eq!(one, run(&["--threads", "2"]), "{command:?}");
        assert_eq!(one, run(&["--threads", "0"]), "{command:?}");
        let mut args: Vec<&str> = command
            .iter()
            .map(|a| if *a == file { "-" } else { a })
            .collect();
        args.extend_from_slice(&["--as-of", "2026-01-01", "--json", "--threads", "2"]);
        let piped = p2c_stdin(&args, &std::fs::read(&sample).unwrap());
        assert_eq!(piped.status.code(), Some(0), "{}", stderr(&piped));
        let piped: serde_json::Value = serde_json::from_slice(&piped.stdout).unwrap();
        assert_eq!(one, piped, "{command:?} from standard input");
    }
    // A count that is not a number is the command line's mistake.
    let out = p2c(&["dashboard", file, "--threads", "two"], None);
    assert_eq!(out.status.code(), Some(2));
    one_error_line(&out);
}

/// `--format parquet --dir DIR`: one Parquet file per table (or the one `--table` names), the
/// same whatever the thread count; without `--dir` a usage error. (The files' contents are
/// read back against the tables in p2c-core's and the Python package's tests.)
#[test]
fn export_parquet_writes_a_file_per_table() {
    let sample = sample_path();
    let file = sample.to_str().unwrap();
    let names = [
        "pledge_countries",
        "pledge_partners",
        "pledge_pillars",
        "pledge_reports",
        "pledgers",
        "pledges",
    ];
    let mut written = Vec::new();
    for threads in ["1", "2"] {
        let dir = scratch(&format!("parquet-{threads}"));
        let d = dir.to_str().unwrap();
        let out = p2c(
            &[
                "export",
                file,
                "--format",
                "parquet",
                "--dir",
                d,
                "--currency",
                "USD",
                "--threads",
                threads,
            ],
            None,
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let mut found: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        found.sort();
        let want: Vec<String> = names.iter().map(|n| format!("{n}.parquet")).collect();
        assert_eq!(found, want);
        for name in &want {
            let bytes = std::fs::read(dir.join(name)).unwrap();
            assert!(
                bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"),
                "{name}"
            );
        }
        written.push(std::fs::read(dir.join("pledges.parquet")).unwrap());
    }
    assert_eq!(
        written[0], written[1],
        "the pledges file depends on the thread count"
    );

    let dir = scratch("parquet-one");
    let out = p2c_stdin(
        &[
            "export",
            "-",
            "--format",
            "parquet",
            "--dir",
            dir.to_str().unwrap(),
            "--table",
            "pledges",
            "--currency",
            "USD",
        ],
        &std::fs::read(&sample).unwrap(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(dir.join("pledges.parquet")).unwrap(),
        written[0]
    );
    assert!(!dir.join("pledgers.parquet").exists());

    let out = p2c(&["export", file, "--format", "parquet"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(one_error_line(&out).contains("--dir"));
    let out = p2c(
        &[
            "export",
            "/nonexistent/p2c.json",
            "--format",
            "parquet",
            "--dir",
            "x",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    one_error_line(&out);
}
