//! Runs the shared summary vectors in `tests/vectors/summary/*.json` (format in
//! `tests/vectors/README.md`); the Python and Node suites run the same files.
//!
//! Each expected figure was worked out by hand from the rules in `p2c_core::aggregate`'s
//! module documentation (and, for conversions, the embedded rates), as its case's description
//! shows, not recorded from a run. The comparison is on the summary's JSON form, as in Python
//! (`Summary.to_dict()`) and Node (`summarize`).
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
use std::sync::Arc;

use p2c_core::aggregate::{
    summarize, Attribution, Filters, InvalidPolicy, RegionMode, SummaryOptions, TableConverter,
};
use p2c_core::money::{ConversionPolicy, RoundingStrategy};
use p2c_core::{Decimal, Pledge};
use serde::Deserialize;
use serde_json::Value;

fn cases() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/summary");
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

/// The options of a vector (the subset every binding takes today).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    as_of: chrono::NaiveDate,
    currency: Option<p2c_core::model::CurrencyCode>,
    attribution: Option<Attribution>,
    region_mode: Option<RegionMode>,
    invalid: Option<InvalidPolicy>,
    validate: Option<bool>,
    policy: Option<ConversionPolicy>,
    rounding: Option<RoundingStrategy>,
    filters: Option<Filters>,
    report_grace_days: Option<u32>,
    inactive_after_years: Option<u32>,
}

fn options(v: &Value) -> SummaryOptions {
    let o: Options = serde_json::from_value(v.clone()).unwrap();
    let mut converter = TableConverter::embedded();
    if let Some(p) = o.policy {
        converter = converter.with_policy(p);
    }
    if let Some(r) = o.rounding {
        converter = converter.with_rounding(r);
    }
    let mut s = SummaryOptions::new(o.as_of, Arc::new(converter));
    if let Some(c) = o.currency {
        s.currency = c;
    }
    if let Some(a) = o.attribution {
        s.attribution = a;
    }
    if let Some(r) = o.region_mode {
        s.region_mode = r;
    }
    if let Some(i) = o.invalid {
        s.invalid = i;
    }
    if let Some(v) = o.validate {
        s.validate = v;
    }
    if let Some(f) = o.filters {
        s.filters = f;
    }
    if let Some(g) = o.report_grace_days {
        s.report_grace_days = g;
    }
    if let Some(y) = o.inactive_after_years {
        s.inactive_after_years = y;
    }
    s
}

/// The differences between a summary (its JSON form) and a vector's `expected`.
fn compare(got: &Value, want: &Value) -> Vec<String> {
    let dec = |v: &Value| -> Decimal { v.as_str().unwrap().parse().unwrap() };
    let mut diffs = Vec::new();
    let mut check = |what: String, ok: bool, got: &Value| {
        if !ok {
            diffs.push(format!("{what}: got {got}"));
        }
    };
    let ids = |v: &Value, keys: &[&str]| -> Vec<Value> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| {
                if keys.is_empty() {
                    x.clone()
                } else {
                    keys.iter()
                        .map(|k| x[*k].clone())
                        .collect::<Vec<_>>()
                        .into()
                }
            })
            .collect()
    };
    for (key, v) in want.as_object().unwrap() {
        match key.as_str() {
            "pledgeCount" | "filteredOut" => check(key.clone(), &got[key] == v, &got[key]),
            "total" => check(
                key.clone(),
                dec(&got["value"]["total"]) == dec(v),
                &got["value"]["total"],
            ),
            "pledgesCounted" | "converted" => {
                check(key.clone(), &got["value"][key] == v, &got["value"][key]);
            }
            "excluded" => check(
                key.clone(),
                ids(&got[key], &["id", "reason"]) == ids(v, &["id", "reason"]),
                &got[key],
            ),
            "undated" | "includedInvalid" => {
                check(key.clone(), ids(&got[key], &[]) == ids(v, &[]), &got[key]);
            }
            "notCounted" => {
                let g = &got["value"][key];
                let keys = ["id", "other", "reason"];
                let amounts_equal = g.as_array().unwrap().len() == v.as_array().unwrap().len()
                    && g.as_array()
                        .unwrap()
                        .iter()
                        .zip(v.as_array().unwrap())
                        .all(|(a, b)| dec(&a["amount"]) == dec(&b["amount"]));
                check(
                    key.clone(),
                    ids(g, &keys) == ids(v, &keys) && amounts_equal,
                    g,
                );
            }
            "unconverted" => {
                let g = &got["value"][key];
                let keys = ["id", "code", "kind"];
                check(key.clone(), ids(g, &keys) == ids(v, &keys), g);
            }
            "derived" | "qualified" => {
                for (row, pv) in v.as_object().unwrap() {
                    let found = got["value"]["derivations"][key]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|r| r["key"] == *row);
                    let (pledges, value) = found.map_or((u64::MAX, Decimal::ZERO), |r| {
                        (r["pledges"].as_u64().unwrap(), dec(&r["value"]))
                    });
                    check(
                        format!("{key}/{row}"),
                        pv[0].as_u64() == Some(pledges) && dec(&pv[1]) == value,
                        &format!("[{pledges}, {value}]").into(),
                    );
                }
            }
            "notDerived" => {
                let g = &got["value"]["derivations"][key];
                check(
                    key.clone(),
                    ids(g, &["id", "reason"]) == ids(v, &["id", "reason"]),
                    g,
                );
            }
            "pledgerCountries" => {
                for (field, n) in v.as_object().unwrap() {
                    let g = &got["pledgerCountries"][field];
                    check(format!("pledgerCountries.{field}"), g == n, g);
                }
            }
            "entities" => check(
                key.clone(),
                got["entities"]["count"] == *v,
                &got["entities"]["count"],
            ),
            "entitiesByStakeholderType" => {
                for (t, n) in v.as_object().unwrap() {
                    let row = got["entities"]["byStakeholderType"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|r| r["key"] == *t)
                        .map_or(Value::from(0), |r| r["count"].clone());
                    check(format!("entities {t}"), row == *n, &row);
                }
            }
            "entitiesByPledgerRegion" => {
                for (region, n) in v.as_object().unwrap() {
                    let row = got["pledgerCountries"]["regions"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|r| r["key"] == *region)
                        .map_or(Value::Null, |r| r["count"].clone());
                    check(format!("entities in {region}"), row == *n, &row);
                }
            }
            "breakdowns" | "valueOverlap" | "shareFallbacks" | "breakdownAttribution" => {
                for (dim, rows) in v.as_object().unwrap() {
                    let b = got["breakdowns"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|b| b["dimension"] == *dim)
                        .unwrap_or_else(|| panic!("no breakdown {dim}"));
                    match key.as_str() {
                        "valueOverlap" => check(
                            format!("{dim} valueOverlap"),
                            dec(&b["valueOverlap"]) == dec(rows),
                            &b["valueOverlap"],
                        ),
                        "breakdownAttribution" => check(
                            format!("{dim} attribution"),
                            b["attribution"] == *rows,
                            &b["attribution"],
                        ),
                        "shareFallbacks" => check(
                            format!("{dim} shareFallbacks"),
                            b["shareFallbacks"] == *rows,
                            &b["shareFallbacks"],
                        ),
                        _ => {
                            for (row, pv) in rows.as_object().unwrap() {
                                let found = b["rows"]
                                    .as_array()
                                    .unwrap()
                                    .iter()
                                    .find(|r| r["key"] == *row);
                                let (pledges, value) = found.map_or((0, Decimal::ZERO), |r| {
                                    (r["pledges"].as_u64().unwrap(), dec(&r["value"]))
                                });
                                let ok = pv[0].as_u64() == Some(pledges) && dec(&pv[1]) == value;
                                check(
                                    format!("{dim}/{row}"),
                                    ok,
                                    &format!("[{pledges}, {value}]").into(),
                                );
                            }
                        }
                    }
                }
            }
            "reportingStatus" => {
                for (status, pv) in v.as_object().unwrap() {
                    let found = got["reporting"]["status"]["rows"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|r| r["key"] == *status);
                    let (pledges, value) = found.map_or((u64::MAX, Decimal::ZERO), |r| {
                        (r["pledges"].as_u64().unwrap(), dec(&r["value"]))
                    });
                    check(
                        format!("reportingStatus/{status}"),
                        pv[0].as_u64() == Some(pledges) && dec(&pv[1]) == value,
                        &format!("[{pledges}, {value}]").into(),
                    );
                }
            }
            "activeValue" => check(
                key.clone(),
                dec(&got["reporting"]["status"]["activeValue"]) == dec(v),
                &got["reporting"]["status"]["activeValue"],
            ),
            "series" => {
                // Exactly these rows: a year with no counted pledge has none.
                let rows = got["series"]["rows"].as_array().unwrap();
                let have: Vec<(String, u64, Decimal)> = rows
                    .iter()
                    .map(|r| {
                        (
                            r["year"].as_str().unwrap().to_owned(),
                            r["pledges"].as_u64().unwrap(),
                            dec(&r["value"]),
                        )
                    })
                    .collect();
                let want_rows: Vec<(String, u64, Decimal)> = v
                    .as_object()
                    .unwrap()
                    .iter()
                    .map(|(y, pv)| (y.clone(), pv[0].as_u64().unwrap(), dec(&pv[1])))
                    .collect();
                let sorted = |mut x: Vec<(String, u64, Decimal)>| {
                    x.sort();
                    x
                };
                check(
                    key.clone(),
                    sorted(have) == sorted(want_rows)
                        && rows.last().map(|r| &r["year"]) == Some(&Value::from("unknown")),
                    &got["series"],
                );
            }
            "relationCycles" => {
                let keys = ["relation", "cycle", "pledges"];
                check(
                    key.clone(),
                    ids(&got[key], &keys) == ids(v, &keys),
                    &got[key],
                );
            }
            "error" => {}
            other => panic!("unknown expectation `{other}`"),
        }
    }
    diffs
}

/// A case's `compare`: the summary of the same pledges with `compare.options` is summary `b`,
/// the case's own summary `a`; the comparison (by the Rust API and by the JSON facade, which
/// must agree) is checked against `compare.expected`.
fn compare_with(a: &p2c_core::aggregate::Summary, pledges: &[Pledge], c: &Value) -> Vec<String> {
    let want = &c["expected"];
    let b = summarize(pledges, &options(&c["options"])).unwrap();
    let got = p2c_core::aggregate::compare(a, &b);
    let by_json = p2c_core::call::compare_str(
        &serde_json::to_string(a).unwrap(),
        &serde_json::to_string(&b).unwrap(),
    );
    match (got, by_json, want.get("error")) {
        (Err(e), Err(j), Some(code)) => {
            if code != e.code() || code != j.code() {
                return vec![format!(
                    "error {} / {}, expected {code}",
                    e.code(),
                    j.code()
                )];
            }
            Vec::new()
        }
        (Ok(got), Ok(j), None) => {
            let mut diffs = Vec::new();
            if got != j {
                diffs.push("the Rust API and the JSON facade disagree".to_owned());
            }
            let got = serde_json::to_value(&got).unwrap();
            let mut check_change = |what: String, g: &Value, w: &Value| {
                for field in ["a", "b", "change", "percent"] {
                    let ok = match (&g[field], &w[field]) {
                        (Value::Null, Value::Null) => true,
                        (Value::String(x), Value::String(y)) => {
                            x.parse::<Decimal>().unwrap() == y.parse::<Decimal>().unwrap()
                        }
                        _ => false,
                    };
                    if !ok {
                        diffs.push(format!("{what}.{field}: got {}", g[field]));
                    }
                }
                if g.get("percentAbsent") != w.get("percentAbsent") {
                    diffs.push(format!(
                        "{what}.percentAbsent: got {:?}",
                        g.get("percentAbsent")
                    ));
                }
            };
            for (key, v) in want.as_object().unwrap() {
                match key.as_str() {
                    "headline" => {
                        for (fig, w) in v.as_object().unwrap() {
                            check_change(format!("headline.{fig}"), &got["headline"][fig], w);
                        }
                    }
                    "rows" => {
                        for (dim, rows) in v.as_object().unwrap() {
                            let b = got["breakdowns"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .find(|b| b["dimension"] == *dim)
                                .unwrap_or_else(|| panic!("no breakdown {dim}"));
                            for (row, w) in rows.as_object().unwrap() {
                                let r = b["rows"]
                                    .as_array()
                                    .unwrap()
                                    .iter()
                                    .find(|r| r["key"] == *row)
                                    .unwrap_or_else(|| panic!("no row {dim}/{row}"));
                                for part in ["pledges", "value"] {
                                    check_change(format!("{dim}/{row}.{part}"), &r[part], &w[part]);
                                }
                            }
                        }
                    }
                    other => panic!("unknown compare expectation `{other}`"),
                }
            }
            diffs
        }
        (got, j, _) => vec![format!("got {got:?} / {j:?}, expected {want}")],
    }
}

/// A case's `annualReport`: `aggregate::annual_report` of the case's pledges and options (and
/// the `AnnualReportCall` facade, which must agree) against `annualReport.expected`
/// (`{figureId: value}`, `null` for a figure without a value, or `{ "error": CODE }`), the
/// rows named by `keys` (`{figureId: key}`) and the `undetermined` ids.
fn annual_with(pledges: &[Pledge], options: &Value, spec: &Value) -> Vec<String> {
    let want = &spec["expected"];
    let got = p2c_core::aggregate::annual_report(pledges, &self::options(options));
    let call: p2c_core::call::AnnualReportCall =
        serde_json::from_value(serde_json::json!({ "options": options })).unwrap();
    let by_call = call
        .prepare(&p2c_core::call::Rates::embedded())
        .and_then(|c| c.report(pledges));
    match (got, by_call, want.get("error")) {
        (Err(e), Err(c), Some(code)) => {
            if code != e.code() || code != c.code() {
                return vec![format!(
                    "error {} / {}, expected {code}",
                    e.code(),
                    c.code()
                )];
            }
            Vec::new()
        }
        (Ok(r), Ok(c), None) => {
            let mut diffs = Vec::new();
            if r != c {
                diffs.push("the Rust API and the call facade disagree".to_owned());
            }
            let json = serde_json::to_value(&r).unwrap();
            let figures = json["figures"].as_array().unwrap();
            let mut ids = std::collections::HashSet::new();
            for f in figures {
                assert!(
                    ids.insert(f["id"].as_str().unwrap()),
                    "repeated id {}",
                    f["id"]
                );
                assert!(f["definition"].as_str().is_some_and(|d| d.len() > 20));
            }
            for (id, v) in want.as_object().unwrap() {
                let Some(f) = figures.iter().find(|f| f["id"] == *id) else {
                    diffs.push(format!("no figure {id}"));
                    continue;
                };
                let ok = match (&f["value"], v) {
                    (Value::Null, Value::Null) => true,
                    (Value::String(a), Value::String(b)) => {
                        a.parse::<Decimal>().unwrap() == b.parse::<Decimal>().unwrap()
                    }
                    _ => false,
                };
                if !ok {
                    diffs.push(format!("{id}: got {}", f["value"]));
                }
            }
            for (id, key) in spec["keys"].as_object().into_iter().flatten() {
                let f = figures.iter().find(|f| f["id"] == *id);
                if f.map(|f| &f["key"]) != Some(key) {
                    diffs.push(format!("{id} key: got {:?}", f.map(|f| &f["key"])));
                }
            }
            if let Some(u) = spec.get("undetermined") {
                if json["undetermined"] != *u {
                    diffs.push(format!("undetermined: got {}", json["undetermined"]));
                }
            }
            diffs
        }
        (got, c, _) => vec![format!("got {got:?} / {c:?}, expected {want}")],
    }
}

/// The differences between the `pledgers` table of `pledges` (the tables call `spec.options`)
/// and `spec.rows`: the rows in order, each named column's CSV text (null for an empty cell),
/// decimals compared by value.
fn pledgers_with(pledges: &[Pledge], spec: &Value) -> Vec<String> {
    let call: p2c_core::call::TablesCall = serde_json::from_value(spec["options"].clone()).unwrap();
    let tables = call
        .prepare(&p2c_core::call::Rates::embedded())
        .unwrap()
        .build(pledges)
        .unwrap();
    let t = &tables.pledgers;
    let rows = spec["rows"].as_array().unwrap();
    let mut diffs = Vec::new();
    if t.len() != rows.len() {
        diffs.push(format!("{} rows, expected {}", t.len(), rows.len()));
    }
    for (i, want) in rows.iter().enumerate().take(t.len()) {
        for (col, w) in want.as_object().unwrap() {
            let Some(c) = t.column(col) else {
                diffs.push(format!("no column {col}"));
                continue;
            };
            let got = c.data.text_at(i);
            let ok = match w.as_str() {
                None => got.is_empty(),
                Some(w) => match (w.parse::<Decimal>(), got.parse::<Decimal>()) {
                    (Ok(a), Ok(b)) => a == b,
                    _ => got == w,
                },
            };
            if !ok {
                diffs.push(format!("row {i} {col}: got `{got}`, expected {w}"));
            }
        }
    }
    diffs
}

#[test]
fn every_summary_vector_gives_its_hand_computed_figures() {
    let cases = cases();
    assert!(cases.len() >= 30, "{}", cases.len());
    let mut failures = Vec::new();
    for (name, case) in &cases {
        let pledges: Vec<Pledge> = case["pledges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p2c_core::parse_pledge_value(p).unwrap())
            .collect();
        let want = &case["expected"];
        match (
            summarize(&pledges, &options(&case["options"])),
            want.get("error"),
        ) {
            (Err(e), Some(code)) => {
                if code != e.code() {
                    failures.push(format!("{name}: error {}, expected {code}", e.code()));
                }
            }
            (Err(e), None) => failures.push(format!("{name}: error {e}")),
            (Ok(_), Some(code)) => failures.push(format!("{name}: expected error {code}")),
            (Ok(s), None) => {
                let got = serde_json::to_value(&s).unwrap();
                for d in compare(&got, want) {
                    failures.push(format!("{name}: {d}"));
                }
                if let Some(c) = case.get("compare") {
                    for d in compare_with(&s, &pledges, c) {
                        failures.push(format!("{name} compare: {d}"));
                    }
                }
                if let Some(t) = case.get("pledgersTable") {
                    for d in pledgers_with(&pledges, t) {
                        failures.push(format!("{name} pledgersTable: {d}"));
                    }
                }
                if let Some(a) = case.get("annualReport") {
                    for d in annual_with(&pledges, &case["options"], a) {
                        failures.push(format!("{name} annualReport: {d}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
