//! The two readers of the validator agree: text and bytes are read into a borrowed tree,
//! `validate_value` reads a `serde_json::Value`, and both go through the same walker. Whenever
//! serde_json can read a document into a `Value`, the two reports must be identical (codes,
//! severities, paths, messages, params, order), for one pledge and for a batch.
//!
//! The inputs are every validation and hostile vector, every committed fuzz seed, and thousands
//! of synthetic records (p2c-corpus), valid and with mistakes. The expected
//! report is the `Value` path's, which is independent of the tree reader. A [`Tree`] built
//! from the same `Value` through the public builder (what the Python binding does with a dict)
//! must give that report too, with its objects sorted or in any order.
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

use p2c_core::json::{Arena, Tree};
use p2c_core::validate::{self, Report, ValidateOptions};
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn opts() -> ValidateOptions {
    ValidateOptions {
        // A fixed date, so that both calls judge "the future" alike.
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 23),
        ..ValidateOptions::default()
    }
}

/// Whether the report is the read stage's single issue (the `Value` path never reads text).
fn read_failure(report: &Report) -> bool {
    matches!(
        report.issues.as_slice(),
        [i] if matches!(i.code, "input.malformed_json" | "input.invalid_utf8" | "input.too_large")
    )
}

/// The value as a [`Tree`], through the public builder (entries in the `Value`'s order).
fn tree<'a>(arena: &'a Arena, v: &'a Value) -> Tree<'a> {
    match v {
        Value::Null => Tree::null(),
        Value::Bool(b) => Tree::bool(*b),
        Value::Number(n) => n
            .as_i64()
            .map(Tree::int)
            .or_else(|| n.as_u64().map(Tree::uint))
            .or_else(|| n.as_f64().and_then(Tree::float))
            .unwrap(),
        Value::String(s) => Tree::str(s),
        Value::Array(a) => {
            let items: Vec<Tree<'a>> = a.iter().map(|x| tree(arena, x)).collect();
            Tree::array(arena, &items)
        }
        Value::Object(m) => {
            let entries: Vec<_> = m
                .iter()
                .map(|(k, v)| (k.as_str(), tree(arena, v)))
                .collect();
            Tree::object(arena, &entries)
        }
    }
}

/// The value as a [`Tree`] whose objects keep their entries in the order given
/// ([`Tree::object_unordered`]): here the reverse of the `Value`'s (sorted) order, so that no
/// object with two keys or more is in key order.
fn tree_reversed<'a>(arena: &'a Arena, v: &'a Value) -> Tree<'a> {
    match v {
        Value::Array(a) => {
            let items: Vec<Tree<'a>> = a.iter().map(|x| tree_reversed(arena, x)).collect();
            Tree::array(arena, &items)
        }
        Value::Object(m) => {
            let entries: Vec<_> = (m.iter().rev())
                .map(|(k, v)| (k.as_str(), tree_reversed(arena, v)))
                .collect();
            Tree::object_unordered(arena, &entries)
        }
        scalar => tree(arena, scalar),
    }
}

/// Compare both readers on one input; returns whether a comparison was made.
fn agree(bytes: &[u8], opts: &ValidateOptions, what: &str) -> bool {
    let Ok(value) = serde_json::from_slice::<Value>(bytes) else {
        return false;
    };
    let mut compared = false;
    let expected = validate::validate_value(&value, opts);
    let expected_batch = validate::validate_batch_value(&value, opts);
    // Objects sorted, and out of key order: the same reports, issues in the same order.
    for (build, how) in [
        (tree as for<'a> fn(&'a Arena, &'a Value) -> Tree<'a>, "tree"),
        (tree_reversed, "unordered tree"),
    ] {
        let arena = Arena::new();
        let built = build(&arena, &value);
        assert_eq!(
            validate::validate_tree(&built, opts),
            expected,
            "{how}: {what}"
        );
        assert_eq!(
            validate::validate_batch_tree(&built, opts),
            expected_batch,
            "batch {how}: {what}"
        );
    }
    let ours = validate::validate_bytes(bytes, opts);
    if !read_failure(&ours) {
        assert_eq!(ours, expected, "pledge: {what}");
        if let Ok(text) = std::str::from_utf8(bytes) {
            assert_eq!(ours, validate::validate_str(text, opts), "str: {what}");
        }
        compared = true;
    }
    let ours = validate::validate_batch_bytes(bytes, opts);
    if !read_failure(&ours) {
        assert_eq!(ours, expected_batch, "batch: {what}");
        compared = true;
    }
    compared
}

/// Every JSON document in the vector files: each case's `input` (serialized), `inputText`,
/// `inputBytesHex`, and the hostile cases' generated inputs where they are short.
fn vector_inputs() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for sub in ["validation", "hostile"] {
        let dir = root().join("tests/vectors").join(sub);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for f in files {
            let doc: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            let cases = match &doc {
                Value::Array(a) => a.clone(),
                other => other["cases"].as_array().unwrap().clone(),
            };
            for (i, case) in cases.iter().enumerate() {
                let what = format!("{}#{i}", f.display());
                if let Some(v) = case
                    .get("input")
                    .filter(|v| !v.is_string() || sub != "hostile")
                {
                    out.push((what.clone(), serde_json::to_vec(v).unwrap()));
                }
                for key in ["inputText", "input"] {
                    if let Some(t) = case.get(key).and_then(Value::as_str) {
                        out.push((what.clone(), t.as_bytes().to_vec()));
                    }
                }
                for key in ["inputBytesHex", "inputHex"] {
                    if let Some(h) = case.get(key).and_then(Value::as_str) {
                        let bytes = (0..h.len())
                            .step_by(2)
                            .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
                            .collect();
                        out.push((what.clone(), bytes));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn both_readers_agree_on_the_vectors() {
    let inputs = vector_inputs();
    let mut compared = 0;
    for (what, bytes) in &inputs {
        for redact in [false, true] {
            let o = ValidateOptions {
                redact_values: redact,
                ..opts()
            };
            compared += usize::from(agree(bytes, &o, what));
        }
    }
    // Most vectors are readable documents (the count is a floor, not an exact figure).
    assert!(compared > 200, "only {compared} comparisons");
}

#[test]
fn both_readers_agree_on_the_fuzz_seeds() {
    let mut compared = 0;
    for target in ["validate", "parse_pledge"] {
        let dir = root().join("fuzz/seeds").join(target);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let data = std::fs::read(&path).unwrap();
            compared += usize::from(agree(&data, &opts(), &path.display().to_string()));
        }
    }
    assert!(compared > 0);
}

#[test]
fn both_readers_agree_on_tight_limits() {
    // Limits reached inside the document (depth, array length, string length) are found by
    // the walker on either reader, at the same place.
    let text = br#"{"formatVersion":"1.0","id":"P1","title":"a title that is long enough",
        "extra":{"a":[[1,2,3,4,5,6]],"b":"a string longer than twenty bytes"},
        "pledgers":{"lead":{"name":"n","stakeholderType":"government","headquarters":"KEN"}},
        "pledgeTypes":["policy","advocacy","programmatic","financial","policy","policy"],
        "focusAreas":["access"],"reviewState":"draft"}"#;
    let mut compared = 0;
    for (depth, array, string) in [(2, 100, 100), (3, 100, 100), (32, 5, 100), (32, 100, 20)] {
        let o = ValidateOptions {
            limits: validate::Limits {
                max_depth: depth,
                max_array_len: array,
                max_string_len: string,
                ..validate::Limits::default()
            },
            ..opts()
        };
        let report = validate::validate_bytes(text, &o);
        assert!(report.issues.iter().any(|i| i.code.starts_with("input.")));
        compared += usize::from(agree(text, &o, &format!("{depth}/{array}/{string}")));
    }
    assert_eq!(compared, 4);
}

/// Every place of `v` (its pointer), each replaced in turn by `with`.
fn each_place_replaced(v: &Value, with: &Value, out: &mut Vec<(String, Value)>) {
    fn walk(v: &Value, at: &str, root: &Value, with: &Value, out: &mut Vec<(String, Value)>) {
        let mut doc = root.clone();
        *doc.pointer_mut(at).unwrap() = with.clone();
        out.push((at.to_owned(), doc));
        match v {
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{at}/{i}"), root, with, out);
                }
            }
            Value::Object(m) => {
                for (k, x) in m {
                    let k = k.replace('~', "~0").replace('/', "~1");
                    walk(x, &format!("{at}/{k}"), root, with, out);
                }
            }
            _ => {}
        }
    }
    walk(v, "", v, with, out);
}

/// An array over `maxArrayLen` anywhere in a pledge, or nested in an array or an object
/// there: the text reader counts it and keeps only its length, and the report is the `Value`
/// route's (which holds every element) in every case: one `input.array_too_long`, at the
/// same place, with the same `actual` length. A batch's own array is not limited.
#[test]
fn over_long_arrays_read_from_text_give_the_value_reports() {
    let sample: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("examples/data/pledges.json")).unwrap(),
    )
    .unwrap();
    let pledge = &sample[0];
    let longest = |v: &Value| -> usize {
        fn go(v: &Value) -> usize {
            match v {
                Value::Array(a) => a.iter().map(go).max().unwrap_or(0).max(a.len()),
                Value::Object(m) => m.values().map(go).max().unwrap_or(0),
                _ => 0,
            }
        }
        go(v)
    };
    let max = longest(pledge).max(3);
    let o = ValidateOptions {
        limits: validate::Limits {
            max_array_len: max,
            ..validate::Limits::default()
        },
        ..opts()
    };
    let zeros = Value::Array(vec![Value::from(0); max + 1]);
    let strings = Value::Array(vec![Value::from("a\nb"); max + 5]);
    let mut compared = 0;
    for with in [
        zeros.clone(),
        strings,
        serde_json::json!([zeros.clone()]),
        serde_json::json!({ "x": zeros.clone(), "y": [{ "z": zeros.clone() }] }),
        serde_json::json!([[1, 2], { "a": zeros.clone() }]),
    ] {
        let mut docs = Vec::new();
        each_place_replaced(pledge, &with, &mut docs);
        for (at, doc) in &docs {
            let bytes = serde_json::to_vec(doc).unwrap();
            let report = validate::validate_bytes(&bytes, &o);
            let limit: Vec<_> = report
                .issues
                .iter()
                .filter(|i| i.code == "input.array_too_long")
                .collect();
            assert_eq!(limit.len(), 1, "{at}: {:?}", report.issues);
            assert!(agree(&bytes, &o, at), "{at}");
            compared += 1;
        }
    }
    assert!(compared > 100, "{compared}");
    // A batch longer than the limit is read whole; an over-long array in one of its pledges
    // is that pledge's single issue.
    let mut batch = vec![pledge.clone(); max + 2];
    batch[1]["pledgeTypes"] = zeros;
    let bytes = serde_json::to_vec(&batch).unwrap();
    let report = validate::validate_batch_bytes(&bytes, &o);
    let limit: Vec<_> = report
        .issues
        .iter()
        .filter(|i| i.code.starts_with("input."))
        .map(|i| (i.code, i.path.as_str(), i.params["actual"].clone()))
        .collect();
    assert_eq!(
        limit,
        [(
            "input.array_too_long",
            "/1/pledgeTypes",
            Value::from(max + 1)
        )]
    );
    assert!(agree(&bytes, &o, "batch"));
}

#[test]
fn both_readers_agree_on_the_corpus() {
    use p2c_corpus::{Corpus, CorpusConfig, Mistake};
    let c = Corpus::new(CorpusConfig {
        seed: 7,
        count: 1500,
        ..CorpusConfig::default()
    })
    .unwrap();
    let mut batch = Vec::new();
    for i in 0..1500 {
        let valid = serde_json::to_vec(&c.pledge(i).unwrap()).unwrap();
        assert!(agree(&valid, &opts(), &format!("valid {i}")));
        let n = usize::try_from(i % 4).unwrap();
        if let Ok(r) = c.invalid_with_mistakes(i, n, Mistake::SINGLE_RECORD) {
            let bytes = serde_json::to_vec(&r.json).unwrap();
            assert!(agree(&bytes, &opts(), &format!("invalid {i}")));
        }
        if i < 300 {
            batch.push(c.invalid_with_n_errors(i, n).unwrap().json);
        }
    }
    // A batch with duplicate ids and relations, through both readers.
    assert!(agree(
        &serde_json::to_vec(&batch).unwrap(),
        &opts(),
        "batch"
    ));
}
