//! The fast JSON reader of the validator against the serde_json route it short-cuts: on every
//! input below it must either give up (the serde route then decides, errors included) or build
//! exactly the tree the serde route builds. Inputs: hand-picked edge cases, every test vector
//! (and every prefix and many one-byte edits of them, to reach the error paths), the whole
//! committed fuzz corpus, and generated records (p2c-corpus), valid and invalid.
//! Each is read twice: with no array limit, and with arrays limited to two elements (longer
//! ones are counted and kept as their length only, by both routes).
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

use p2c_core::validate::fast_reader_check;

fn check(text: &str) -> Option<bool> {
    let outcome = fast_reader_check(text, 2);
    assert_ne!(outcome, Some(false), "fast reader disagrees on {text:?}");
    outcome
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Every string anywhere in a JSON value (the vectors' `input`s are strings).
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

#[test]
fn edge_cases() {
    // (text, whether the fast reader is expected to handle it itself)
    let cases: &[(&str, bool)] = &[
        (r#"{"b":1,"a":[true,false,null],"c":{}}"#, true),
        (" \t\n\r[ 1 , -2 ,\"x\" ] \n", true),
        ("0", true),
        ("-1", true),
        ("9999999999999999999", true),
        ("-9223372036854775808", true),
        // Numbers left to serde_json's own number parser, token by token.
        ("-0", true),
        ("1.0", true),
        ("1e5", true),
        ("1E+2", true),
        ("-1.5e-3", true),
        ("0.1", true),
        ("18446744073709551615", true),
        ("18446744073709551616", true),
        ("123456789012345678901234567890", true),
        ("2.2250738585072011e-308", true),
        ("[1e400]", false),
        ("-9223372036854775809", false),
        // Escapes, including a surrogate pair and NUL.
        (r#""a\"b\\c\/d\b\f\n\r\t""#, true),
        (r#""\u00e9\ud83d\ude00\u0000""#, true),
        (r#"{"\u0061":1,"b":2}"#, true),
        // Given up: serde_json decides.
        (r#"{"a":1,"\u0061":2}"#, false),
        (r#"{"a":1,"a":1}"#, false),
        (r#""\ud83d""#, false),
        (r#""\ude00""#, false),
        (r#""\ud83dx""#, false),
        (r#""\x""#, false),
        ("\"a\u{1}\"", false),
        ("01", false),
        ("1.", false),
        (".5", false),
        ("-", false),
        ("1e", false),
        ("[1,]", false),
        ("{\"a\":1,}", false),
        ("{,}", false),
        ("[", false),
        ("", false),
        ("nul", false),
        ("tru", false),
        ("[1] x", false),
        ("{\"a\" 1}", false),
        ("\u{feff}1", false),
        ("\u{a0}1", false),
    ];
    for (text, handled) in cases {
        assert_eq!(check(text).is_some(), *handled, "{text:?}");
    }
    // A quote, backslash escape, control or non-ASCII character at every offset of the
    // reader's eight-byte string scan, with text after it.
    for i in 0..20 {
        for (special, handled) in [
            ("\\n", true),
            ("é", true),
            ("\u{1f}", false),
            ("\u{7f}", true),
        ] {
            let text = format!("[\"{}{special}{}\"]", "a".repeat(i), "b".repeat(i % 7));
            assert_eq!(check(&text).is_some(), handled, "{text:?}");
        }
        let text = format!("[\"{}\",\"x\"]", "a".repeat(i));
        assert_eq!(check(&text), Some(true));
    }
    // Many keys (past the reader's sorted-insert bound) and deep nesting are left to serde.
    let many: Vec<String> = (0..40).map(|i| format!("\"k{i}\":{i}")).collect();
    assert_eq!(check(&format!("{{{}}}", many.join(","))), None);
    let few: Vec<String> = (0..20).rev().map(|i| format!("\"k{i}\":{i}")).collect();
    assert_eq!(check(&format!("{{{}}}", few.join(","))), Some(true));
    assert_eq!(
        check(&format!("{}{}", "[".repeat(40), "]".repeat(40))),
        Some(true)
    );
    assert_eq!(
        check(&format!("{}{}", "[".repeat(100), "]".repeat(100))),
        None
    );
    // Arrays over the limit (two here), at the root and nested, with objects, strings and
    // arrays in the elements that are counted and not kept.
    for text in [
        "[1,2,3]",
        "[[1,2,3],[4]]",
        r#"{"a":[{"b":[1,2,3]},"x",[[1],[2],[3]]],"c":[]}"#,
        r#"[1,2,{"a":[1,2,3,4],"b":"c"},[5,6,7],"d"]"#,
    ] {
        assert_eq!(check(text), Some(true), "{text}");
    }
}

#[test]
fn vectors_their_prefixes_and_edits() {
    let mut paths = Vec::new();
    files(&repo().join("tests/vectors"), &mut paths);
    let mut texts = Vec::new();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let text = std::fs::read_to_string(path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        strings(&value, &mut texts);
        texts.push(text);
    }
    let mut handled = 0;
    for text in &texts {
        if check(text) == Some(true) {
            handled += 1;
        }
        // Every prefix ending on a char boundary (most are malformed), and every ASCII byte
        // replaced by a few others (breaking quotes, brackets, digits and literals).
        if text.len() < 4096 {
            for end in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                check(&text[..end]);
            }
            for (i, b) in text.bytes().enumerate().step_by(3) {
                if !b.is_ascii() {
                    continue;
                }
                for r in [b'"', b'\\', b'1', b'-', b'.', b'e', b',', b'}', b' '] {
                    let mut edited = text.clone().into_bytes();
                    edited[i] = r;
                    if let Ok(t) = String::from_utf8(edited) {
                        check(&t);
                    }
                }
            }
        }
    }
    // The reader must actually take most well-formed vectors, or this test proves nothing.
    assert!(
        handled > 100,
        "only {handled} vector texts read by the fast reader"
    );
}

#[test]
fn fuzz_corpus() {
    let mut paths = Vec::new();
    files(&repo().join("fuzz/seeds"), &mut paths);
    let mut n = 0;
    for path in paths {
        if let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) {
            check(&text);
            n += 1;
        }
    }
    assert!(n > 100, "{n}");
}

#[test]
fn generated_records() {
    use p2c_corpus::{Corpus, CorpusConfig, Format};
    for invalid in [0.0, 1.0] {
        let corpus = Corpus::new(
            CorpusConfig {
                seed: 8,
                count: 3000,
                ..CorpusConfig::default()
            }
            .with_invalid_rate(invalid),
        )
        .unwrap();
        let mut out = Vec::new();
        corpus.write(Format::Jsonl, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        for line in text.lines() {
            // Generated records are well-formed with few keys: the fast reader takes all.
            assert_eq!(check(line), Some(true), "{line}");
        }
        // And a batch of them as one array.
        let batch = format!("[{}]", text.lines().take(200).collect::<Vec<_>>().join(","));
        assert_eq!(check(&batch), Some(true));
    }
}
