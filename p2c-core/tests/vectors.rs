//! Runs the shared conformance vectors in `tests/vectors/validation/*.json` (format described in
//! `tests/vectors/README.md`); the Python and Node suites run the same files.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use p2c_core::validate::{self, issue_codes, Report, ValidateOptions};
use serde_json::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/validation")
}

struct Case {
    file: String,
    description: String,
    value: Value,
}

fn cases() -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let list: Vec<Value> = serde_json::from_str(&text).unwrap();
        for value in list {
            out.push(Case {
                file: f.file_name().unwrap().to_string_lossy().into_owned(),
                description: value["description"].as_str().unwrap().to_owned(),
                value,
            });
        }
    }
    out
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn run(case: &Value) -> Report {
    let opts: ValidateOptions = match case.get("options") {
        Some(o) => serde_json::from_value(o.clone()).unwrap(),
        None => ValidateOptions::default(),
    };
    let mode = case.get("mode").and_then(Value::as_str).unwrap_or("pledge");
    match mode {
        "update" => {
            let input = &case["input"];
            let old = p2c_core::parse_pledge_value(&input["old"]).unwrap();
            let new = p2c_core::parse_pledge_value(&input["new"]).unwrap();
            validate::validate_update(&old, &new, &opts)
        }
        "pledge" | "batch" => {
            let batch = mode == "batch";
            if let Some(text) = case.get("inputText").and_then(Value::as_str) {
                if batch {
                    validate::validate_batch_str(text, &opts)
                } else {
                    validate::validate_str(text, &opts)
                }
            } else if let Some(h) = case.get("inputBytesHex").and_then(Value::as_str) {
                let bytes = hex(h);
                if batch {
                    validate::validate_batch_bytes(&bytes, &opts)
                } else {
                    validate::validate_bytes(&bytes, &opts)
                }
            } else {
                // Value inputs also go through the text entry point, so limits on bytes apply
                // the same way in every language.
                let text = serde_json::to_string(&case["input"]).unwrap();
                if batch {
                    validate::validate_batch_str(&text, &opts)
                } else {
                    validate::validate_str(&text, &opts)
                }
            }
        }
        other => panic!("unknown mode {other}"),
    }
}

fn pairs(report: &Report) -> Vec<(String, String)> {
    let mut v: Vec<_> = report
        .issues
        .iter()
        .map(|i| (i.code.to_owned(), i.path.clone()))
        .collect();
    v.sort();
    v
}

#[test]
fn all_vectors_pass() {
    let cases = cases();
    assert!(cases.len() >= 80, "only {} vectors", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let report = run(&case.value);
        let mut expected: Vec<(String, String)> = case.value["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["code"].as_str().unwrap().to_owned(),
                    e["path"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        expected.sort();
        let actual = pairs(&report);
        // `valid` must follow from the severities.
        let has_error = report
            .issues
            .iter()
            .any(|i| i.severity == validate::Severity::Error);
        assert_eq!(report.valid, !has_error);
        if actual != expected {
            failures.push(format!(
                "{}: {}\n  expected {:?}\n  actual   {:?}",
                case.file, case.description, expected, actual
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_catalogue_code_is_produced_by_some_vector() {
    let mut produced: BTreeSet<String> = cases()
        .iter()
        .flat_map(|c| pairs(&run(&c.value)))
        .map(|(code, _)| code)
        .collect();
    // The spreadsheet codes come from the workbook vectors (`tests/vectors/sheets`, run by
    // `tests/sheet_vectors.rs`, which checks that each case produces exactly these codes).
    let sheets = std::fs::read_to_string(dir().join("../sheets/cases.json")).unwrap();
    let sheets: Vec<Value> = serde_json::from_str(&sheets).unwrap();
    for case in &sheets {
        for e in case["expected"].as_array().unwrap() {
            produced.insert(e["code"].as_str().unwrap().to_owned());
        }
    }
    let missing: Vec<&str> = issue_codes()
        .iter()
        .map(|c| c.code)
        .filter(|c| !produced.contains(*c))
        .collect();
    assert!(missing.is_empty(), "codes no vector produces: {missing:?}");
}

#[test]
fn redaction_keeps_input_values_out() {
    for case in cases() {
        if case.value["options"]["redactValues"] != Value::Bool(true) {
            continue;
        }
        let report = run(&case.value);
        let input = serde_json::to_string(&case.value["input"]).unwrap();
        let original: Value = serde_json::from_str(&input).unwrap();
        // Every string value of the input must be absent from messages and params.
        let mut strings = Vec::new();
        collect_strings(&original, &mut strings);
        for issue in &report.issues {
            let params = serde_json::to_string(&issue.params).unwrap();
            for s in strings.iter().filter(|s| s.len() > 3) {
                assert!(
                    !issue.message.contains(s.as_str()),
                    "{s} in {}",
                    issue.message
                );
                assert!(!params.contains(s.as_str()), "{s} in {params}");
            }
        }
    }
}

fn collect_strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| collect_strings(x, out)),
        Value::Object(m) => m.values().for_each(|x| collect_strings(x, out)),
        _ => {}
    }
}
