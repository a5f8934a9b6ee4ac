//! `p2c template`, `p2c import`, `p2c validate` of spreadsheets and `p2c export --format xlsx`:
//! exit codes, issues at their cells, and documents checked against the shared sheet vectors
//! (`tests/vectors/sheets/cases.json`).
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

fn p2c(args: &[&str]) -> Output {
    Command::cargo_bin("p2c")
        .unwrap()
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn vectors() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/sheets")
}

fn vector(name: &str) -> String {
    vectors().join(name).display().to_string()
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The case of `cases.json` that reads exactly these files (and has no special options).
fn case(files: &[&str]) -> Value {
    let text = std::fs::read_to_string(vectors().join("cases.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    cases
        .into_iter()
        .find(|c| {
            let f: Vec<&str> = c["files"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap())
                .collect();
            f == files && c["options"].get("sheetLimits").is_none()
        })
        .unwrap()
}

/// The `(code, path, sheet, cell)` of issues, sorted.
fn quads(issues: &Value) -> Vec<(String, String, Value, Value)> {
    let mut v: Vec<_> = issues
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["code"].as_str().unwrap().to_owned(),
                i["path"].as_str().unwrap().to_owned(),
                i["sheet"].clone(),
                i["cell"].clone(),
            )
        })
        .collect();
    v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    v
}

#[test]
fn the_template_validates_empty_and_csv_has_both_header_rows() {
    let dir = scratch("template");
    let book = dir.join("template.xlsx");
    let o = p2c(&["template", "--lang", "fr", "--out", book.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK\x03\x04"));
    let o = p2c(&["validate", book.to_str().unwrap(), "--as-of", "2026-01-01"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("valid (0 pledges, 0 error(s), 0 warning(s))"));

    let o = p2c(&["template", "--format", "csv"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].contains("Pledge id"));
    assert!(lines[1].split(',').any(|p| p == "financialValue/amount"));
}

#[test]
fn validate_a_workbook_shows_each_issue_at_its_cell() {
    let o = p2c(&["validate", &vector("missing.xlsx"), "--as-of", "2026-01-01"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("pledges!D3 (P2C-1) error[sheet.error_value] at `/0/pledgers/lead/name`"),
        "{out}"
    );
    assert!(out.contains("error[sheet.missing_sheet]"), "{out}");

    // JSON: the same issues as the shared vector, each with sheet, row, column and cell.
    let expected = case(&["missing.xlsx"]);
    let o = p2c(&[
        "validate",
        &vector("missing.xlsx"),
        "--as-of",
        "2026-01-01",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let report: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(report["valid"], false);
    assert_eq!(quads(&report["issues"]), quads(&expected["expected"]));
    let cell = report["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["code"] == "sheet.error_value")
        .unwrap();
    assert_eq!(
        (&cell["row"], &cell["column"], &cell["cell"]),
        (&Value::from(3), &Value::from("D"), &Value::from("D3"))
    );

    // Warnings only: valid, unless --strict.
    let args = [
        "validate",
        &vector("roundtrip.xlsx"),
        "--as-of",
        "2026-01-01",
    ];
    assert_eq!(p2c(&args).status.code(), Some(0));
    let strict = [&args[..], &["--strict"]].concat();
    assert_eq!(p2c(&strict).status.code(), Some(1));
    // A severity override applies to sheet issues too.
    let off = [
        &args[..],
        &[
            "--strict",
            "--severity",
            "lifecycle.published_without_validation=off",
        ],
    ]
    .concat();
    assert_eq!(p2c(&off).status.code(), Some(0), "{}", stdout(&p2c(&off)));
}

#[test]
fn sheet_options_of_call_reach_the_import() {
    let o = p2c(&[
        "validate",
        &vector("missing.xlsx"),
        "--call",
        r#"{"sheetLimits": {"maxRows": 1}}"#,
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let report: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert!(report["issues"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["code"] == "sheet.limit_exceeded" && i["params"]["limit"] == "maxRows"));
    // A misspelled sheet option is a usage error naming it.
    let o = p2c(&[
        "validate",
        &vector("missing.xlsx"),
        "--call",
        r#"{"sheetLimit": {}}"#,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("sheetLimits"), "{}", stderr(&o));
}

#[test]
fn messages_follow_lang_codes_and_cells_do_not() {
    let en = p2c(&["validate", &vector("missing.xlsx"), "--format", "json"]);
    let fr = p2c(&[
        "--lang",
        "fr",
        "validate",
        &vector("missing.xlsx"),
        "--format",
        "json",
    ]);
    let en: Value = serde_json::from_str(stdout(&en).trim()).unwrap();
    let fr: Value = serde_json::from_str(stdout(&fr).trim()).unwrap();
    assert_eq!(quads(&en["issues"]), quads(&fr["issues"]));
    assert_ne!(en["issues"][0]["message"], fr["issues"][0]["message"]);
}

#[test]
fn unreadable_workbooks_are_issues_not_crashes() {
    for name in [
        "not-a-workbook.xlsx",
        "ole.xls",
        "truncated.xlsx",
        "encrypted.xlsx",
    ] {
        let o = p2c(&["validate", &vector(name), "--format", "json"]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let report: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        let expected = case(&[name]);
        assert_eq!(
            quads(&report["issues"]),
            quads(&expected["expected"]),
            "{name}"
        );
    }
}

#[test]
fn import_writes_the_documents_of_the_vector() {
    let dir = scratch("import");
    let expected = case(&["csv-single/my pledges.csv"]);
    let out = dir.join("pledges.json");
    let o = p2c(&[
        "import",
        &vector("csv-single/my pledges.csv"),
        "--as-of",
        "2026-01-01",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let docs: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(docs, expected["documents"]);
    // The report went to standard output.
    assert!(stdout(&o).contains("valid (2 pledges"), "{}", stdout(&o));

    // JSON Lines on standard output, the report as JSON on standard error.
    let o = p2c(&[
        "import",
        &vector("csv-single/my pledges.csv"),
        "--as-of",
        "2026-01-01",
        "--format",
        "json",
    ]);
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(Value::Array(lines), expected["documents"]);
    let report: Value = serde_json::from_str(stderr(&o).trim()).unwrap();
    assert_eq!(report["valid"], true);
    assert_eq!(report["pledges"], 2);

    // Several CSV files, one per table.
    let csv = case(&[
        "csv-export/focusAreas.csv",
        "csv-export/links.csv",
        "csv-export/partners.csv",
        "csv-export/pillars.csv",
        "csv-export/pledgeTypes.csv",
        "csv-export/pledges.csv",
        "csv-export/regions.csv",
        "csv-export/unspecifiedCountriesIn.csv",
    ]);
    let files: Vec<String> = csv["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| vector(f.as_str().unwrap()))
        .collect();
    let mut args = vec!["import", "--as-of", "2026-01-01", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let o = p2c(&args);
    let report: Value = serde_json::from_str(stderr(&o).trim()).unwrap();
    assert_eq!(quads(&report["issues"]), quads(&csv["expected"]));
    assert_eq!(report["pledges"], stdout(&o).lines().count());
}

#[test]
fn issues_out_writes_the_invalid_rows_and_an_issues_sheet() {
    let dir = scratch("issues-out");
    let book = dir.join("issues.xlsx");
    let o = p2c(&[
        "validate",
        &vector("missing.xlsx"),
        "--as-of",
        "2026-01-01",
        "--issues-out",
        book.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let bytes = std::fs::read(&book).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"));
    // The invalid row comes back as the same pledge; its issues are found again.
    let o = p2c(&[
        "import",
        book.to_str().unwrap(),
        "--as-of",
        "2026-01-01",
        "--format",
        "json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let doc: Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(doc["id"], "P2C-1");

    // Only for one spreadsheet.
    let json = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let o = p2c(&[
        "validate",
        json.to_str().unwrap(),
        "--issues-out",
        book.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).starts_with("p2c: error: "), "{}", stderr(&o));
}

#[test]
fn export_tables_as_a_workbook() {
    let dir = scratch("export-xlsx");
    let out = dir.join("tables.xlsx");
    let json = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let o = p2c(&[
        "export",
        json.to_str().unwrap(),
        "--format",
        "xlsx",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"));
    // One sheet per table of the JSON export (zip entry names are stored uncompressed).
    let tables = p2c(&["export", json.to_str().unwrap(), "--format", "json"]);
    let tables: Value = serde_json::from_str(stdout(&tables).trim()).unwrap();
    let n = tables.as_object().unwrap().len();
    assert!(n >= 5);
    let has = |i: usize| {
        let name = format!("xl/worksheets/sheet{i}.xml");
        bytes.windows(name.len()).any(|w| w == name.as_bytes())
    };
    assert!((1..=n).all(has) && !has(n + 1));
}

#[test]
fn a_workbook_and_csv_files_are_not_mixed() {
    let o = p2c(&[
        "import",
        &vector("roundtrip.xlsx"),
        &vector("roundtrip.xlsx"),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).starts_with("p2c: error: "));
    let o = p2c(&["import", "/nonexistent/book.xlsx"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
}
