//! Validation against the sample data and the typed model.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

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

fn sample_pledge(id: &str) -> p2c_core::Pledge {
    let v = sample().into_iter().find(|v| v["id"] == id).unwrap();
    p2c_core::parse_pledge_value(&v).unwrap()
}

fn summary(a: &p2c_core::validate::Assessment) -> Vec<(&'static str, bool, &'static str)> {
    a.criteria
        .iter()
        .map(|c| (c.criterion, c.met, c.reason))
        .collect()
}

#[test]
fn assess_sample_pledges() {
    use p2c_core::validate::assess;
    // Expected values read off the records by hand (examples/data/pledges.json).
    // Orange: one pillar of its one focus area; no targets, people or countries; EUR 5.6 bn;
    // one entity; a value and an end year (2025).
    let a = assess(&sample_pledge("P2C-SAMPLE-001"));
    assert_eq!(
        summary(&a),
        [
            ("addresses_focus_areas", true, "pillars_declared"),
            ("transformational_change", false, "no_signal"),
            ("mobilizes_resources", true, "financial_value"),
            ("multiple_entities", false, "single_entity"),
            ("measurable", true, "quantified_and_time_bound"),
        ]
    );
    assert_eq!(a.met_count, 3);
    // Microsoft / Cisco / Rohde & Schwarz / Verizon: four entities, no money, no figures.
    let a = assess(&sample_pledge("P2C-SAMPLE-004"));
    assert_eq!(a.criteria[3].reason, "joint_pledge");
    assert_eq!(a.criteria[3].params["entities"], 4);
    assert_eq!(a.criteria[2].reason, "no_money");
    assert_eq!(a.criteria[4].reason, "not_quantified");
    assert_eq!(a.met_count, 2);
    // UNDP: no pillars, nothing quantified.
    let a = assess(&sample_pledge("P2C-SAMPLE-015"));
    assert_eq!(a.criteria[0].reason, "no_pillars");
    assert_eq!(a.met_count, 0);
    // Uganda: 5 million people reached comes before its LDC status in the order of signals.
    let a = assess(&sample_pledge("P2C-SAMPLE-006"));
    assert_eq!(a.criteria[1].reason, "reaches_million");
}

#[test]
fn assess_hardest_to_connect() {
    use p2c_core::validate::assess;
    let mut p = sample_pledge("P2C-SAMPLE-006");
    p.beneficiaries = None;
    // Uganda is on the UN LDC list (and landlocked); no graduation is scheduled.
    let a = assess(&p);
    assert_eq!(a.criteria[1].reason, "hardest_to_connect");
    assert_eq!(
        a.criteria[1].params["countries"],
        serde_json::json!(["UGA"])
    );
    // Kenya is in none of the three groups.
    p.implementation.countries = vec![p2c_core::model::CountryCode::new("KEN").unwrap()];
    assert_eq!(assess(&p).criteria[1].reason, "no_signal");
}

#[test]
fn issue_shape_and_suggestion_params() {
    let report = validate_str(
        r#"{"formatVersion":"1.0","id":"P1","titel":"x","pledgers":{"lead":{"name":"K",
           "stakeholderType":"goverment","headquarters":"KEN"}},"pledgeTypes":["advocacy"],
           "focusAreas":["adoption"],"reviewState":"draft","implementation":{"global":true}}"#,
        &ValidateOptions::default(),
    );
    let json = report.to_json();
    let issues = json["issues"].as_array().unwrap();
    assert_eq!(issues.len(), 2);
    let typo = issues.iter().find(|i| i["path"] == "/titel").unwrap();
    assert_eq!(typo["code"], "structure.unknown_field");
    assert_eq!(typo["severity"], "error");
    assert_eq!(typo["params"]["suggestion"], "title");
    let code = issues
        .iter()
        .find(|i| i["path"] == "/pledgers/lead/stakeholderType")
        .unwrap();
    assert_eq!(code["params"]["suggestion"], "government");
    assert_eq!(code["params"]["codelist"], "stakeholderType");
    assert_eq!(json["valid"], false);
}
