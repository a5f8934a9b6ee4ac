//! The file route (`p2c_core::file`) and every parallel batch path give the same result, byte
//! for byte, with 1, 2 and 4 threads and any chunk size, and the result of the sequential
//! routes: over generated corpora (valid and invalid, JSON Lines and arrays) and the shared
//! validation vectors.
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

use chrono::NaiveDate;
use p2c_core::aggregate::{summarize, Attribution, SummaryOptions};
use p2c_core::file::{self, Format};
use p2c_core::parallel::{set_chunk_sizes, Threads};
use p2c_core::tables::{pledge_tables, pledge_tables_with, TableOptions};
use p2c_core::validate::{validate_batch_str, validate_bytes, Report, ValidateOptions};
use p2c_core::Pledge;
use p2c_corpus::{Corpus, CorpusConfig};
use serde_json::Value;

const THREADS: [usize; 3] = [1, 2, 4];

/// Small chunks, so that small inputs are cut into many: results must not depend on it.
/// (Set once for the whole test binary; every test compares results across thread counts,
/// which must hold for any chunk size.)
fn small_chunks() {
    set_chunk_sizes(4096, 7);
}

fn corpus(count: u64, invalid: f64, seed: u64) -> Vec<u8> {
    let c = Corpus::new(
        CorpusConfig {
            seed,
            count,
            ..CorpusConfig::default()
        }
        .with_invalid_rate(invalid),
    )
    .unwrap();
    let mut out = Vec::new();
    c.write(p2c_corpus::Format::Jsonl, &mut out).unwrap();
    out
}

/// JSON Lines as a pretty-printed JSON array of the same records (line ends inside records).
fn as_array(lines: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(lines).unwrap();
    let mut out = String::from("[\n");
    let records: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    for (i, r) in records.iter().enumerate() {
        // Reformat valid JSON across lines; keep malformed records as they are.
        match serde_json::from_str::<Value>(r) {
            Ok(v) => out.push_str(&serde_json::to_string_pretty(&v).unwrap()),
            Err(_) => out.push_str(r),
        }
        out.push_str(if i + 1 < records.len() { ",\n" } else { "\n" });
    }
    out.push(']');
    out.into_bytes()
}

fn vopts(threads: usize) -> ValidateOptions {
    ValidateOptions {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 23),
        threads: Threads::new(threads),
        limits: p2c_core::validate::Limits {
            max_bytes: 1 << 30,
            ..Default::default()
        },
        ..ValidateOptions::default()
    }
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap()
}

fn report_json(r: &Report) -> String {
    serde_json::to_string(&r.to_json()).unwrap()
}

#[test]
fn validation_is_the_same_whatever_the_threads_and_equals_the_batch() {
    small_chunks();
    let lines = corpus(1200, 0.2, 5);
    let array = as_array(&lines);
    let want_lines = report_json(&file::validate_records(&lines, Format::Auto, &vopts(1)).unwrap());
    let want_array = report_json(&file::validate_records(&array, Format::Auto, &vopts(1)).unwrap());
    for n in THREADS {
        let o = vopts(n);
        assert_eq!(
            report_json(&file::validate_records(&lines, Format::Lines, &o).unwrap()),
            want_lines
        );
        assert_eq!(
            report_json(&file::validate_records(&array, Format::Array, &o).unwrap()),
            want_array
        );
        // The in-memory batch, walked in parallel pieces, is the same at any thread count.
        let batch = validate_batch_str(std::str::from_utf8(&array).unwrap(), &o);
        assert_eq!(
            report_json(&batch),
            report_json(&validate_batch_str(
                std::str::from_utf8(&array).unwrap(),
                &vopts(1)
            ))
        );
    }
    // The invalid corpus as an array: the file route (per element) and the batch (one tree)
    // give the same report.
    let batch = validate_batch_str(std::str::from_utf8(&array).unwrap(), &vopts(2));
    let file_route = file::validate_records(&array, Format::Auto, &vopts(2)).unwrap();
    assert_eq!(report_json(&batch), report_json(&file_route));
    assert!(file_route.issues.len() > 100);
    // An array that is not JSON (cut short, a comma missing): the one issue the parser
    // reports, as the batch does.
    let text = std::str::from_utf8(&array).unwrap();
    let missing_comma = text.replacen("},\n{", "}\n{", 1);
    for broken in [&text[..text.len() / 2], missing_comma.as_str()] {
        let batch = validate_batch_str(broken, &vopts(2));
        let route = file::validate_records(broken.as_bytes(), Format::Auto, &vopts(2)).unwrap();
        assert_eq!(route.issues.len(), 1);
        assert_eq!(route.issues[0].code, "input.malformed_json");
        assert_eq!(report_json(&batch), report_json(&route));
    }
    // Each JSON Lines record's issues are its own document's, prefixed with its index.
    let r = file::validate_records(&lines, Format::Lines, &vopts(2)).unwrap();
    let text = std::str::from_utf8(&lines).unwrap();
    for (i, line) in text.lines().enumerate().step_by(37) {
        let own = validate_bytes(line.as_bytes(), &vopts(1));
        let prefix = format!("/{i}");
        let got: Vec<(&str, String)> = r
            .issues
            .iter()
            .filter(|x| {
                !x.code.starts_with("batch.")
                    && (x.path == prefix || x.path.starts_with(&format!("{prefix}/")))
            })
            .map(|x| (x.code, x.path.clone()))
            .collect();
        let want: Vec<(&str, String)> = own
            .issues
            .iter()
            .map(|x| (x.code, format!("{prefix}{}", x.path)))
            .collect();
        assert_eq!(got, want, "line {i}");
    }
    assert!(r.issues.iter().any(|i| i.code.starts_with("batch.")));
}

#[test]
fn a_valid_array_validates_as_the_batch_does() {
    small_chunks();
    let lines = corpus(800, 0.0, 9);
    let array = as_array(&lines);
    for n in THREADS {
        let o = vopts(n);
        let batch = validate_batch_str(std::str::from_utf8(&array).unwrap(), &o);
        let route = file::validate_records(&array, Format::Auto, &o).unwrap();
        assert_eq!(report_json(&route), report_json(&batch));
    }
}

#[test]
fn loading_equals_the_sequential_reader_with_its_errors() {
    small_chunks();
    let dir = std::env::temp_dir().join(format!("p2c-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lines = corpus(900, 0.0, 3);
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(as_array(&lines));
    for (name, bytes) in [("a.jsonl", lines.clone()), ("a.json", with_bom)] {
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let want = p2c_core::parse::load_pledges(&path).unwrap();
        for n in THREADS {
            assert_eq!(
                file::load(&path, Format::Auto, Threads::new(n)).unwrap(),
                want
            );
            assert_eq!(
                file::parse_records(&bytes, Format::Auto, Threads::new(n)).unwrap(),
                want
            );
        }
    }
    // Broken inputs fail with the sequential reader's error, whatever the threads.
    let mut broken = Vec::new();
    let text = std::str::from_utf8(&lines).unwrap();
    for (i, l) in text.lines().enumerate() {
        if i == 500 {
            broken.extend(l.replace("\"title\":", "\"title\":5,\"x\":").as_bytes());
        } else if i == 700 {
            broken.extend(b"{\"id\": \xff}");
        } else {
            broken.extend(l.as_bytes());
        }
        broken.push(b'\n');
    }
    let cases = [
        broken.clone(),
        broken[..broken.len() / 2].to_vec(),
        as_array(&broken[..broken.len() / 2]),
        as_array(&lines)[..5000].to_vec(),
    ];
    for bytes in cases {
        let path = dir.join("broken");
        std::fs::write(&path, &bytes).unwrap();
        let want = p2c_core::parse::load_pledges(&path).unwrap_err();
        for n in THREADS {
            assert_eq!(
                file::load(&path, Format::Auto, Threads::new(n)).unwrap_err(),
                want
            );
            assert_eq!(
                file::parse_records(&bytes, Format::Auto, Threads::new(n)).unwrap_err(),
                want
            );
        }
    }
    assert_eq!(
        file::load(dir.join("missing"), Format::Auto, Threads::ONE)
            .unwrap_err()
            .code(),
        "io_error"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

fn sopts(threads: usize) -> SummaryOptions {
    let mut o = SummaryOptions::embedded(NaiveDate::from_ymd_opt(2024, 7, 7).unwrap());
    o.threads = Threads::new(threads);
    o
}

#[test]
fn summaries_are_the_same_whatever_the_threads_and_equal_the_batch() {
    small_chunks();
    let lines = corpus(1500, 0.0, 17);
    let pledges: Vec<Pledge> = file::parse_records(&lines, Format::Lines, Threads::ONE).unwrap();
    assert!(pledges.iter().any(|p| !p.relations.is_empty()));
    let array = as_array(&lines);
    for attribution in [Attribution::Full, Attribution::EqualSplit] {
        let mut one = sopts(1);
        one.attribution = attribution;
        let batch = summarize(&pledges, &one).unwrap();
        let want = json(&batch);
        for n in THREADS {
            let mut o = sopts(n);
            o.attribution = attribution;
            assert_eq!(json(&summarize(&pledges, &o).unwrap()), want, "{n} threads");
            assert_eq!(
                json(&file::summarize_records(&lines, Format::Auto, &o).unwrap()),
                want
            );
            assert_eq!(
                json(&file::summarize_records(&array, Format::Auto, &o).unwrap()),
                want
            );
        }
    }
    let path = std::env::temp_dir().join(format!("p2c-sum-{}.jsonl", std::process::id()));
    std::fs::write(&path, &lines).unwrap();
    let want = json(&summarize(&pledges, &sopts(1)).unwrap());
    for n in THREADS {
        assert_eq!(
            json(&file::summarize_path(&path, Format::Auto, &sopts(n)).unwrap()),
            want
        );
    }
    // A record that does not parse: the same error at any thread count.
    let mut bad = lines.clone();
    bad.extend(b"\n{\"id\": 1}\n");
    let e1 = file::summarize_records(&bad, Format::Auto, &sopts(1)).unwrap_err();
    for n in THREADS {
        assert_eq!(
            file::summarize_records(&bad, Format::Auto, &sopts(n)).unwrap_err(),
            e1
        );
    }
    match e1 {
        p2c_core::Error::Parse { line, pointer, .. } => {
            assert_eq!(line, Some(1502));
            assert_eq!(pointer, "/1500/id");
        }
        other => panic!("{other:?}"),
    }
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn tables_are_the_same_whatever_the_threads() {
    small_chunks();
    let lines = corpus(700, 0.0, 23);
    let pledges: Vec<Pledge> = file::parse_records(&lines, Format::Lines, Threads::ONE).unwrap();
    let want = pledge_tables(&pledges, &TableOptions::default()).unwrap();
    for n in THREADS {
        let t = Threads::new(n);
        assert_eq!(
            pledge_tables_with(&pledges, &TableOptions::default(), t).unwrap(),
            want
        );
        assert_eq!(
            file::tables_records(&lines, Format::Auto, &TableOptions::default(), t).unwrap(),
            want
        );
        assert_eq!(
            file::tables_records(&as_array(&lines), Format::Auto, &TableOptions::default(), t)
                .unwrap(),
            want
        );
    }
}

/// The shared validation vectors, as one JSON Lines file per option set: every record's
/// issues are those of its own document (`validate_bytes`), prefixed with its index, and the
/// report is the same with 1, 2 and 4 threads.
#[test]
fn shared_vectors_as_files() {
    small_chunks();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/validation");
    let mut groups: std::collections::BTreeMap<String, Vec<Value>> = Default::default();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let list: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        for case in list {
            let mode = case.get("mode").and_then(Value::as_str).unwrap_or("pledge");
            if mode != "pledge" || case.get("input").is_none() {
                continue;
            }
            let options = case.get("options").cloned().unwrap_or(Value::Null);
            groups
                .entry(options.to_string())
                .or_default()
                .push(case["input"].clone());
        }
    }
    assert!(groups.values().map(Vec::len).sum::<usize>() > 100);
    for (options, inputs) in groups {
        let mut o: ValidateOptions = if options == "null" {
            ValidateOptions::default()
        } else {
            serde_json::from_str(&options).unwrap()
        };
        if o.as_of.is_none() {
            o.as_of = NaiveDate::from_ymd_opt(2026, 11, 23);
        }
        let mut bytes = Vec::new();
        for v in &inputs {
            bytes.extend(serde_json::to_vec(v).unwrap());
            bytes.push(b'\n');
        }
        let mut reports = Vec::new();
        for n in THREADS {
            o.threads = Threads::new(n);
            reports.push(report_json(
                &file::validate_records(&bytes, Format::Lines, &o).unwrap(),
            ));
        }
        assert!(reports.windows(2).all(|w| w[0] == w[1]), "{options}");
        let r = file::validate_records(&bytes, Format::Lines, &o).unwrap();
        for (i, v) in inputs.iter().enumerate() {
            let own = validate_bytes(&serde_json::to_vec(v).unwrap(), &o);
            let prefix = format!("/{i}");
            let got: Vec<(&str, String)> = r
                .issues
                .iter()
                .filter(|x| {
                    !x.code.starts_with("batch.")
                        && (x.path == prefix || x.path.starts_with(&format!("{prefix}/")))
                })
                .map(|x| (x.code, x.path.clone()))
                .collect();
            let want: Vec<(&str, String)> = own
                .issues
                .iter()
                .map(|x| (x.code, format!("{prefix}{}", x.path)))
                .collect();
            assert_eq!(got, want, "{options} record {i}");
        }
    }
}

#[test]
fn a_single_document_never_pays_for_a_pool() {
    // Seven threads, a count no other test asks for: one small record is one chunk, handled
    // on the calling thread, and no pool of seven is built; a larger input builds it.
    let one = corpus(1, 0.0, 1);
    let r = file::validate_records(&one, Format::Auto, &vopts(7)).unwrap();
    assert!(r.valid);
    assert!(!p2c_core::parallel::pool_sizes().contains(&7));
    let many = corpus(400, 0.0, 1);
    set_chunk_sizes(4096, 7);
    file::validate_records(&many, Format::Auto, &vopts(7)).unwrap();
    assert!(p2c_core::parallel::pool_sizes().contains(&7));
}
