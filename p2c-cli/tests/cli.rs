//! Runs the `p2c` binary: exit codes, and values in the output checked against the sample data
//! read by a different route (raw JSON values, not the p2c model).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn p2c(args: &[&str], cwd: Option<&Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_p2c"));
    cmd.args(args);
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    cmd.output().unwrap()
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

/// The header line of a focus-area group: `Access - ... (9 pledges)` → 9.
fn group_count(out: &str, label: &str) -> usize {
    let line = out
        .lines()
        .find(|l| l.starts_with(&format!("{label} - ")))
        .unwrap_or_else(|| panic!("no group {label} in\n{out}"));
    let inner = line.rsplit_once('(').unwrap().1;
    inner.split_whitespace().next().unwrap().parse().unwrap()
}

#[test]
fn dashboard_on_the_sample_data() {
    let out = p2c(&["dashboard", sample_path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);

    // Group sizes, counted from the raw JSON (not through the p2c model).
    let raw: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(sample_path()).unwrap()).unwrap();
    let in_area = |code: &str| {
        raw.iter()
            .filter(|p| {
                p["focusAreas"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| c == code)
            })
            .count()
    };
    for (label, code) in [
        ("Access", "access"),
        ("Adoption", "adoption"),
        ("Value creation", "value_creation"),
        ("Accelerate", "accelerate"),
    ] {
        assert_eq!(group_count(&text, label), in_area(code), "{label}");
    }
    // By hand from the sample file: 9 access, 8 adoption, 6 value creation, 2 accelerate.
    assert_eq!(
        ["Access", "Adoption", "Value creation", "Accelerate"].map(|l| group_count(&text, l)),
        [9, 8, 6, 2]
    );

    let listings: usize = raw
        .iter()
        .map(|p| p["focusAreas"].as_array().unwrap().len())
        .sum();
    let with_amount = raw
        .iter()
        .filter(|p| p.get("financialValue").is_some())
        .count();
    let count_line = format!(
        "{} pledges, {with_amount} with a stated amount; {listings} listings under 4 focus areas",
        raw.len()
    );
    assert!(
        text.contains(&count_line),
        "missing `{count_line}` in\n{text}"
    );

    // Amounts as stated in the sources, with thousands separators; floors marked.
    let line_of = |id: &str| {
        text.lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("{id} not listed"))
            .to_owned()
    };
    assert!(line_of("P2C-SAMPLE-001").ends_with(" EUR 5,600,000,000"));
    assert!(line_of("P2C-SAMPLE-002").ends_with(" > USD 250,000,000"));
    assert!(line_of("P2C-SAMPLE-003").ends_with(" USD 258,800,000"));
    assert!(line_of("P2C-SAMPLE-004").contains("Microsoft / Cisco / Rohde & Schwarz / Verizon"));
    // Google (access, adoption, value creation) is listed three times.
    assert_eq!(text.matches("P2C-SAMPLE-009").count(), 3);
}

#[test]
fn default_file_works_from_any_directory() {
    let expected = stdout(&p2c(&["dashboard", sample_path().to_str().unwrap()], None));
    let expected_body = expected
        .split_once('\n')
        .unwrap()
        .1
        .split_once('\n')
        .unwrap()
        .1;
    for cwd in [workspace_root(), scratch("elsewhere")] {
        let out = p2c(&["dashboard"], Some(&cwd));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // Same body; only the `source:` line names the path differently.
        let text = stdout(&out);
        let body = text.split_once('\n').unwrap().1.split_once('\n').unwrap().1;
        assert_eq!(body, expected_body, "from {}", cwd.display());
    }
}

#[test]
fn as_of_is_accepted_and_shown() {
    let out = p2c(&["dashboard", "--as-of", "2024-07-07"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out)
        .lines()
        .any(|l| l.starts_with("as of: 2024-07-07")));
}

#[test]
fn invalid_file_exits_1_with_the_pointer() {
    // The second record's amount is a JSON float, which the wire format refuses.
    let mut raw: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(sample_path()).unwrap()).unwrap();
    raw[1]["financialValue"]["amount"] = serde_json::json!(250000000.5);
    let path = scratch("broken").join("pledges.json");
    std::fs::write(&path, serde_json::to_string_pretty(&raw).unwrap()).unwrap();

    let out = p2c(&["dashboard", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.lines().any(|l| l.trim() == "code: parse_error"),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.trim() == "pointer: /1/financialValue/amount"),
        "{err}"
    );
}

#[test]
fn malformed_json_exits_1() {
    let path = scratch("malformed").join("pledges.json");
    std::fs::write(&path, "[{\"formatVersion\": \"1.0\",").unwrap();
    let out = p2c(&["dashboard", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out)
        .lines()
        .any(|l| l.trim() == "code: parse_error"));
}

#[test]
fn missing_file_exits_1() {
    let path = scratch("missing").join("no-such-file.json");
    let out = p2c(&["dashboard", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).lines().any(|l| l.trim() == "code: io_error"));
}

#[test]
fn usage_errors_exit_2_with_usage() {
    for args in [
        &[][..],
        &["dashbord"],
        &["--frobnicate"],
        &["dashboard", "--frobnicate"],
        &["dashboard", "--as-of", "July 2024"],
        &["dashboard", "a.json", "b.json"],
    ] {
        let out = p2c(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(stderr(&out).contains("Usage:"), "{args:?}");
    }
}

#[test]
fn help_exits_0_on_stdout() {
    for args in [&["--help"][..], &["-h"], &["dashboard", "--help"]] {
        let out = p2c(args, None);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(stdout(&out).contains("p2c dashboard [FILE] [--as-of YYYY-MM-DD]"));
    }
}
