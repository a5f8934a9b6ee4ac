//! Validation against the sample data and the typed model.

use p2c_core::validate::{validate_pledge, validate_str, validate_value, ValidateOptions};

fn sample() -> Vec<serde_json::Value> {
    let text = include_str!("../../examples/data/pledges.json");
    serde_json::from_str(text).unwrap()
}

#[test]
fn sample_pledges_have_no_errors_and_agree_with_typed_rules() {
    let opts = ValidateOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2025, 7, 7),
        ..Default::default()
    };
    for v in sample() {
        let report = validate_value(&v, &opts);
        for i in &report.issues {
            eprintln!("{} {} {} {}", v["id"], i.code, i.path, i.message);
        }
        assert!(report.valid, "{}", v["id"]);
        // The typed path runs the same rules: same issues.
        let pledge = p2c_core::parse_pledge_value(&v).unwrap();
        let typed = validate_pledge(&pledge, &opts);
        assert_eq!(typed, report, "{}", v["id"]);
    }
}

#[test]
fn deep_nesting_is_one_issue() {
    let deep = "[".repeat(100_000);
    let report = validate_str(&deep, &ValidateOptions::default());
    assert_eq!(report.issues.len(), 1);
    assert_eq!(report.issues[0].code, "input.too_deep");
    assert!(!report.valid);
}
