//! The hostile-input suite: every case in `tests/vectors/hostile/*.json` (format in the README
//! there) gives a clear parse result and a clear validation report, never a panic or a stack
//! overflow, and renders as HTML reports with no live markup (`p2c_core::html`).
//!
//! Expected outcomes are written in the vector files by hand, from the wire-format rules in
//! `p2c_core::model` (decimal strings only, integers only where exact, no unknown or duplicate
//! keys, UTF-8 only), not by running the parser.
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

use p2c_core::validate::{issue_codes, validate_bytes, ValidateOptions};
use p2c_core::{parse_pledge_bytes, parse_pledges, Error};
use serde_json::Value;

#[path = "common/hostile_input.rs"]
mod hostile_input;
#[path = "common/html_scan.rs"]
mod html_scan;
use hostile_input::input_bytes;

/// Inputs below this size are "small": round-tripped, and run again on a small stack.
const SMALL: usize = 1 << 20;

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/hostile")
}

/// One case of a vector file.
struct Case {
    file: String,
    name: String,
    entry: String,
    input: Vec<u8>,
    expect: Value,
}

fn load_cases() -> Vec<Case> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in &files {
        let file = file_name(path);
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        for case in doc["cases"].as_array().unwrap() {
            let name = case["name"].as_str().unwrap().to_owned();
            assert!(
                case["description"].as_str().is_some_and(|d| !d.is_empty()),
                "{file}/{name}: no description"
            );
            let where_ = format!("{file}/{name}");
            cases.push(Case {
                input: input_bytes(case, &where_),
                entry: case
                    .get("entry")
                    .and_then(Value::as_str)
                    .unwrap_or("pledge")
                    .to_owned(),
                expect: case["expect"].clone(),
                file: file.clone(),
                name,
            });
        }
    }
    cases
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// What parsing a case gave: `Ok(())` or the error.
fn parse_case(case: &Case) -> Result<(), Error> {
    match case.entry.as_str() {
        "pledge" => {
            let p = parse_pledge_bytes(&case.input)?;
            // What parses round-trips: the accepted value is what the document says. (Skipped
            // for the megabyte inputs, which would double a debug-build test's time.)
            if case.input.len() < SMALL {
                let json = serde_json::to_string(&p).unwrap();
                assert_eq!(p2c_core::parse_pledge(&json).unwrap(), p);
            }
            Ok(())
        }
        "pledges" => {
            let text = std::str::from_utf8(&case.input).map_err(|_| Error::Parse {
                what: "pledge list",
                pointer: String::new(),
                line: None,
                column: None,
                message: "not UTF-8".into(),
            })?;
            parse_pledges(text).map(|_| ())
        }
        other => panic!("{}/{}: unknown entry `{other}`", case.file, case.name),
    }
}

#[test]
fn every_hostile_case_gives_its_expected_parse_result() {
    let cases = load_cases();
    assert!(cases.len() >= 40, "only {} cases found", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let expect = &case.expect["parse"];
        let t = std::time::Instant::now();
        let got = parse_case(case);
        if std::env::var_os("P2C_HOSTILE_TIMES").is_some() {
            eprintln!(
                "{:>8.3}s {}/{}",
                t.elapsed().as_secs_f64(),
                case.file,
                case.name
            );
        }
        let ok = match (&got, expect.get("ok"), expect.get("error")) {
            (Ok(()), Some(Value::Bool(true)), _) => true,
            (Err(e), _, Some(code)) => {
                let pointer_ok = match (expect.get("pointer"), e) {
                    (None, _) => true,
                    (Some(want), Error::Parse { pointer, .. }) => want.as_str() == Some(pointer),
                    (Some(_), _) => false,
                };
                code.as_str() == Some(e.code()) && pointer_ok
            }
            _ => false,
        };
        if !ok {
            let got = match &got {
                Ok(()) => "ok".to_owned(),
                Err(e) => format!("{} {:?}", e.code(), e),
            };
            let got: String = got.chars().take(300).collect();
            failures.push(format!(
                "{}/{}: expected {expect}, got {got}",
                case.file, case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_hostile_case_gives_its_expected_validation_report() {
    let cases = load_cases();
    let known: Vec<&str> = issue_codes().iter().map(|c| c.code).collect();
    let mut failures = Vec::new();
    for case in cases.iter().filter(|c| c.entry == "pledge") {
        let expect = &case.expect["validate"];
        let report = validate_bytes(&case.input, &ValidateOptions::default());
        let codes: Vec<&str> = report.issues.iter().map(|i| i.code).collect();
        for code in &codes {
            assert!(
                known.contains(code),
                "{}: uncatalogued code {code}",
                case.name
            );
        }
        let want_valid = expect["valid"].as_bool().unwrap();
        let missing: Vec<&str> = expect["includes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .filter(|c| !codes.contains(c))
            .collect();
        let met = report.valid == want_valid && missing.is_empty();
        if let Some(why) = expect.get("pending") {
            // A known gap, written down in the vector: it must still be a gap, so that the
            // vector is updated when the gap closes.
            if met {
                failures.push(format!(
                    "{}/{}: now passes; remove its `pending` ({why})",
                    case.file, case.name
                ));
            }
        } else if !met {
            failures.push(format!(
                "{}/{}: expected valid={want_valid} with {missing:?}, got valid={} {codes:?}",
                case.file, case.name, report.valid
            ));
        }
        // Parsing and validation agree: what validation calls valid, parsing accepts.
        if report.valid && parse_case(case).is_err() {
            failures.push(format!(
                "{}/{}: valid but does not parse",
                case.file, case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The small cases (which include the 100,000-bracket ones) on a thread with a small stack
/// (256 KiB, an eighth of Rust's default for spawned threads): deep nesting is refused by a
/// depth limit, not by luck with stack size.
#[test]
fn hostile_cases_fit_in_a_small_stack() {
    let cases = load_cases();
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let small: Vec<&Case> = cases.iter().filter(|c| c.input.len() < SMALL).collect();
            for case in &small {
                let _ = parse_case(case);
                let _ = validate_bytes(&case.input, &ValidateOptions::default());
            }
            small.len()
        })
        .unwrap();
    assert!(handle.join().unwrap() > 0);
}

/// Every vector has a unique name, so the Python and Node suites can report cases by name.
#[test]
fn case_names_are_unique() {
    let cases = load_cases();
    let mut names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len());
}

/// The CSV of `table` as records of fields (the header first), read back with the csv crate.
fn csv_records(table: &p2c_core::tables::Table, neutralize: bool) -> Vec<Vec<String>> {
    use p2c_core::tables::{to_csv_with, CsvOptions};
    let mut out = Vec::new();
    let options = CsvOptions::default().neutralize_formulas(neutralize);
    to_csv_with(table, &mut out, &options).unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(out.as_slice())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Whether a spreadsheet program would read `cell` as a formula: it starts with `=`, `+`, `-`,
/// `@`, a tab, a carriage return or their full-width forms, and is not a plain number.
fn formula_like(cell: &str) -> bool {
    let starts = cell.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    ]);
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let number = !digits.is_empty()
        && digits.split('.').count() <= 2
        && digits
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    starts && !number
}

/// Every hostile case that parses, flattened into the tables and written as CSV: no cell of
/// any table is formula-like (all tables, all columns); and the cells a case names under
/// `expect.csv` are written as it says, neutralized by default and as they are with
/// neutralization off (`raw`).
#[test]
fn every_hostile_case_exports_a_csv_safe_to_open() {
    use p2c_core::tables::{pledge_tables, TableOptions};
    let cases = load_cases();
    let mut failures = Vec::new();
    let mut checked = 0;
    for case in cases.iter().filter(|c| c.entry == "pledge") {
        let Ok(pledge) = parse_pledge_bytes(&case.input) else {
            assert!(
                case.expect.get("csv").is_none(),
                "{}: csv of a failure",
                case.name
            );
            continue;
        };
        let tables = pledge_tables(&[pledge], &TableOptions::default()).unwrap();
        let all = tables.all();
        for table in all {
            for (r, record) in csv_records(table, true).iter().enumerate().skip(1) {
                for (c, cell) in record.iter().enumerate() {
                    if formula_like(cell) {
                        let head: String = cell.chars().take(40).collect();
                        failures.push(format!(
                            "{}: {} row {r} col {c}: {head:?}",
                            case.name, table.name
                        ));
                    }
                }
            }
        }
        for want in case
            .expect
            .get("csv")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = want["table"].as_str().unwrap();
            let table = all
                .iter()
                .find(|t| t.name == name)
                .unwrap_or_else(|| panic!("{name}"));
            let row = usize::try_from(want["row"].as_u64().unwrap()).unwrap();
            for (neutralize, key) in [(true, "cell"), (false, "raw")] {
                let records = csv_records(table, neutralize);
                let col = records[0]
                    .iter()
                    .position(|h| h == want["column"].as_str().unwrap());
                let got = &records[1 + row][col.unwrap()];
                let ok = match want.get(key).and_then(Value::as_str) {
                    Some(text) => got == text,
                    None => {
                        let prefix = want[format!("{key}Prefix")].as_str().unwrap();
                        let bytes = want[format!("{key}Bytes")].as_u64().unwrap();
                        got.starts_with(prefix) && got.len() as u64 == bytes
                    }
                };
                if !ok {
                    let head: String = got.chars().take(60).collect();
                    failures.push(format!(
                        "{}: {name}.{} {key}: got {head:?}",
                        case.name, want["column"]
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 40, "only {checked} expected cells");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The pages of one case: its validation report; when it parses, the batch report of its
/// pledges and the dashboard that counts them (invalid ones included, so that their ids and
/// names reach the page), and the profile of the country they name. The typed pages are made
/// for the `html.json` cases and for inputs under 1 MiB: the million-element arrays of
/// `size.json` would only make a debug-build test slow (summarizing them takes most of a minute).
fn html_pages(case: &Case) -> Vec<(&'static str, String)> {
    use p2c_core::aggregate::{country_profile, summarize, InvalidPolicy, SummaryOptions};
    use p2c_core::html::{HtmlOptions, PledgeLabel};
    use p2c_core::model::CountryCode;

    let options = HtmlOptions::default().with_source(format!("{}/{}", case.file, case.name));
    let mut pages = Vec::new();
    let document: Option<Value> = serde_json::from_slice(&case.input).ok();
    let report = validate_bytes(&case.input, &ValidateOptions::default());
    let label = document
        .as_ref()
        .map(PledgeLabel::from_json)
        .unwrap_or_default();
    pages.push(("report", report.render_html(&label, &options)));
    let pledges = match case.entry.as_str() {
        "pledges" => std::str::from_utf8(&case.input)
            .ok()
            .and_then(|t| parse_pledges(t).ok()),
        _ => parse_pledge_bytes(&case.input).ok().map(|p| vec![p]),
    };
    let typed = case.file == "html.json" || case.input.len() < SMALL;
    if let Some(pledges) = pledges.filter(|_| typed) {
        let date = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).unwrap();
        let batch = p2c_core::validate::validate_batch(
            &pledges,
            &ValidateOptions {
                as_of: Some(date),
                ..ValidateOptions::default()
            },
        );
        let labels = PledgeLabel::all_of(&pledges);
        pages.push(("batch", batch.render_batch_html(&labels, &options)));
        let mut opts = SummaryOptions::embedded(date);
        opts.invalid = InvalidPolicy::Include;
        let summary = summarize(&pledges, &opts).unwrap();
        pages.push(("dashboard", summary.render_html(&options)));
        let ken = CountryCode::new("KEN").unwrap();
        let profile = country_profile(&pledges, ken, date, &opts).unwrap();
        pages.push((
            "profile",
            profile.render_html(&opts.converter.provenance(), &options),
        ));
    }
    pages
}

/// Every hostile case renders as pages with no live markup (a strict scan of each page), bounded
/// in size; the strings a case's `expect.html.text` names are shown as text, its
/// `expect.html.absent` strings are not in any page, and `expect.html.truncated` cases say so.
#[test]
fn every_hostile_case_renders_inert_bounded_html() {
    let mut failures = Vec::new();
    for case in load_cases() {
        let t = std::time::Instant::now();
        let pages = html_pages(&case);
        if std::env::var_os("P2C_HOSTILE_TIMES").is_some() {
            eprintln!(
                "{:>8.3}s {}/{}",
                t.elapsed().as_secs_f64(),
                case.file,
                case.name
            );
        }
        let want = &case.expect["html"];
        let max = want["maxBytes"].as_u64().unwrap_or(1_000_000) as usize;
        for (kind, page) in &pages {
            if let Err(e) = html_scan::scan(page) {
                failures.push(format!("{}/{} {kind}: {e}", case.file, case.name));
            }
            if page.len() > max {
                failures.push(format!(
                    "{}/{} {kind}: {} bytes, more than {max}",
                    case.file,
                    case.name,
                    page.len()
                ));
            }
        }
        for text in want["text"].as_array().into_iter().flatten() {
            let shown = html_scan::escaped(text.as_str().unwrap());
            if !pages.iter().any(|(_, p)| p.contains(&shown)) {
                failures.push(format!(
                    "{}/{}: no page shows {shown}",
                    case.file, case.name
                ));
            }
        }
        for text in want["absent"].as_array().into_iter().flatten() {
            let raw = text.as_str().unwrap();
            if let Some((kind, _)) = pages.iter().find(|(_, p)| p.contains(raw)) {
                failures.push(format!("{}/{} {kind}: holds {raw:?}", case.file, case.name));
            }
        }
        if want["truncated"].as_bool() == Some(true)
            && !pages.iter().any(|(_, p)| p.contains("[truncated: "))
        {
            failures.push(format!("{}/{}: nothing truncated", case.file, case.name));
        }
        // Bidi overrides never reach a page as themselves, whatever the case.
        for (kind, page) in &pages {
            if page.contains('\u{202E}') {
                failures.push(format!("{}/{} {kind}: raw U+202E", case.file, case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
