//! The shared command-line cases (`tests/vectors/cli/cases.json`), run against the `p2c`
//! binary. `p2c-py/tests/test_cli.py` runs the same cases through `python -m p2c` and
//! `p2c-node/__test__/cli.test.js` through `npx p2c`: all three must print the same bytes and
//! exit with the same status.
//!
//! `P2C_UPDATE_SNAPSHOTS=1 cargo test -p p2c-cli --test cli_vectors` rewrites the snapshots
//! (`tests/vectors/cli/snapshots/NAME.out`) from this binary's output; without it, a snapshot
//! that differs from the output fails the test.
// Test code: a failing unwrap, expect, panic or index is a failing test.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use assert_cmd::Command;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap()
}

fn cli_dir() -> PathBuf {
    root().join("tests/vectors/cli")
}

/// The first line where `got` and `want` differ, for the failure message.
fn first_difference(got: &[u8], want: &[u8]) -> String {
    let got = String::from_utf8_lossy(got);
    let want = String::from_utf8_lossy(want);
    for (n, pair) in got.lines().zip(want.lines()).enumerate() {
        if pair.0 != pair.1 {
            return format!(
                "line {}:\n    got:  {:?}\n    want: {:?}",
                n + 1,
                pair.0,
                pair.1
            );
        }
    }
    format!(
        "{} lines against {} (or a difference in the final newline)",
        got.lines().count(),
        want.lines().count()
    )
}

/// Run one case; its failures, if any.
fn run_case(case: &Value, update: bool) -> Vec<String> {
    let name = case["name"].as_str().unwrap();
    let args: Vec<&str> = case["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let stdin: Vec<u8> = match (case.get("stdin"), case.get("stdinFile")) {
        (Some(text), _) => text.as_str().unwrap().as_bytes().to_vec(),
        (None, Some(file)) => std::fs::read(root().join(file.as_str().unwrap())).unwrap(),
        (None, None) => Vec::new(),
    };
    let out = Command::cargo_bin("p2c")
        .unwrap()
        .args(&args)
        .current_dir(root())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .write_stdin(stdin)
        .output()
        .unwrap();
    let mut failures = Vec::new();
    let mut fail = |what: String| failures.push(format!("{name} (p2c {}): {what}", args.join(" ")));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let want_status = case["status"].as_i64().unwrap();
    if out.status.code().map(i64::from) != Some(want_status) {
        fail(format!(
            "exit status {:?}, expected {want_status}; stderr: {stderr}",
            out.status.code()
        ));
    }
    match case["stdout"].as_str().unwrap() {
        "empty" => {
            if !out.stdout.is_empty() {
                fail(format!(
                    "expected no output, got {:?}",
                    String::from_utf8_lossy(&out.stdout)
                ));
            }
        }
        "version" => {
            let want = format!("p2c {}\n", env!("CARGO_PKG_VERSION"));
            if out.stdout != want.as_bytes() {
                fail(format!(
                    "expected {want:?}, got {:?}",
                    String::from_utf8_lossy(&out.stdout)
                ));
            }
        }
        "snapshot" => {
            let path = snapshot(name);
            let want = std::fs::read(&path).unwrap_or_default();
            if out.stdout != want {
                if update {
                    std::fs::write(&path, &out.stdout).unwrap();
                } else {
                    fail(format!(
                        "the output differs from {} at {}; if the change is meant, run `P2C_UPDATE_SNAPSHOTS=1 cargo test -p p2c-cli --test cli_vectors` and review the diff",
                        path.display(),
                        first_difference(&out.stdout, &want)
                    ));
                }
            }
        }
        other => fail(format!("unknown stdout check `{other}` in cases.json")),
    }
    if stderr.contains("panicked") || stderr.contains("internal_error") {
        fail(format!("a panic: {stderr}"));
    }
    match case["stderr"].as_str().unwrap() {
        "empty" => {
            if !stderr.is_empty() {
                fail(format!(
                    "expected nothing on standard error, got {stderr:?}"
                ));
            }
        }
        "error" => {
            if stderr.lines().count() != 1 || !stderr.starts_with("p2c: error: ") {
                fail(format!(
                    "expected one `p2c: error: ` line on standard error, got {stderr:?}"
                ));
            }
        }
        "any" => {}
        other => fail(format!("unknown stderr check `{other}` in cases.json")),
    }
    for want in case
        .get("stderrContains")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let want = want.as_str().unwrap();
        if !stderr.contains(want) {
            fail(format!("standard error does not name `{want}`: {stderr:?}"));
        }
    }
    failures
}

fn snapshot(name: &str) -> PathBuf {
    cli_dir().join("snapshots").join(format!("{name}.out"))
}

fn cases() -> Vec<Value> {
    let text = std::fs::read_to_string(cli_dir().join("cases.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    doc["cases"].as_array().unwrap().clone()
}

#[test]
fn every_case_gives_its_status_and_output() {
    let update = std::env::var_os("P2C_UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    let cases = cases();
    assert!(cases.len() >= 50, "{} cases", cases.len());
    let mut failures = Vec::new();
    // Cases run in order: `compare` reads the snapshots of two dashboard cases before it.
    for case in &cases {
        failures.extend(run_case(case, update));
    }
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn names_are_unique_and_every_snapshot_has_its_case() {
    let cases = cases();
    let mut names = BTreeSet::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        assert!(names.insert(name.to_owned()), "`{name}` twice");
        assert!(
            !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "`{name}`: names are lowercase words joined by `-`"
        );
    }
    let wanted: BTreeSet<String> = cases
        .iter()
        .filter(|c| c["stdout"] == "snapshot")
        .map(|c| format!("{}.out", c["name"].as_str().unwrap()))
        .collect();
    let present: BTreeSet<String> = std::fs::read_dir(cli_dir().join("snapshots"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let orphans: Vec<_> = present.difference(&wanted).collect();
    assert!(orphans.is_empty(), "snapshots without a case: {orphans:?}");
}

/// Every subcommand of `p2c --help` has at least one case.
#[test]
fn every_command_has_a_case() {
    let cases = cases();
    let help = std::fs::read_to_string(snapshot("help")).unwrap();
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 12, "{commands:?}");
    for command in commands {
        assert!(
            cases.iter().any(|c| c["args"][0] == command),
            "no case runs `p2c {command}`"
        );
    }
}
