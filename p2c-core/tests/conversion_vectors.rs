//! Runs the shared conversion vectors in `tests/vectors/conversion/*.json` (format in
//! `tests/vectors/README.md`); the Python and Node suites run the same files.
//!
//! Each expected value was computed from the embedded data files (`p2c-core/data/*.csv`) by
//! the rule in `p2c_core::money`, as its case's description shows, not recorded from a run.
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

use p2c_core::money::{ConversionRequest, RateTable};
use p2c_core::Decimal;
use serde_json::Value;

fn cases() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/conversion");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let list: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        for (i, case) in list.into_iter().enumerate() {
            assert!(case["description"].as_str().is_some_and(|d| d.len() > 20));
            out.push((format!("{name}#{i}"), case));
        }
    }
    out
}

/// What a conversion gave, in the vectors' terms; `Err` is the error's code.
fn run(request: &Value) -> Result<Value, &'static str> {
    let r: ConversionRequest = serde_json::from_value(request.clone()).unwrap();
    let c = RateTable::embedded()
        .convert_with_explicit(&r.money, r.value_date, r.explicit_rate.as_ref(), &r.options)
        .map_err(|e| e.code())?;
    Ok(serde_json::to_value(c).unwrap())
}

/// Compare one conversion with its expectation (decimals by value, the rate by value or by its
/// leading digits); the list of differences.
fn compare(got: &Value, want: &Value) -> Vec<String> {
    let dec = |v: &Value| v.as_str().unwrap().parse::<Decimal>().unwrap();
    let mut diffs = Vec::new();
    let mut check = |what: &str, ok: bool, got: &Value| {
        if !ok {
            diffs.push(format!("{what}: got {got}"));
        }
    };
    check(
        "amount",
        dec(&got["converted"]["amount"]) == dec(&want["amount"]),
        &got["converted"]["amount"],
    );
    check(
        "currency",
        got["converted"]["currency"] == want["currency"],
        &got["converted"]["currency"],
    );
    match (want.get("rate"), want.get("ratePrefix")) {
        (Some(rate), _) => check("rate", dec(&got["rate"]) == dec(rate), &got["rate"]),
        (None, Some(prefix)) => check(
            "rate",
            got["rate"]
                .as_str()
                .unwrap()
                .starts_with(prefix.as_str().unwrap()),
            &got["rate"],
        ),
        (None, None) => panic!("no rate expected"),
    }
    for key in ["rateDate", "rateKind", "source"] {
        check(key, got[key] == want[key], &got[key]);
    }
    let policy = got.get("policy").cloned().unwrap_or(Value::Null);
    check("policy", policy == want["policy"], &policy);
    diffs
}

#[test]
fn every_conversion_vector_gives_its_hand_computed_result() {
    let cases = cases();
    assert!(cases.len() >= 30, "{}", cases.len());
    let mut failures = Vec::new();
    let mut errors = 0;
    for (name, case) in &cases {
        let want = &case["expected"];
        match (run(&case["request"]), want.get("error")) {
            (Err(code), Some(expected)) => {
                errors += 1;
                if expected != code {
                    failures.push(format!("{name}: error {code}, expected {expected}"));
                }
            }
            (Err(code), None) => failures.push(format!("{name}: error {code}")),
            (Ok(got), Some(expected)) => {
                failures.push(format!("{name}: expected {expected}, got {got}"));
            }
            (Ok(got), None) => {
                for d in compare(&got, want) {
                    failures.push(format!("{name}: {d}"));
                }
            }
        }
    }
    assert!(errors >= 10, "{errors}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
