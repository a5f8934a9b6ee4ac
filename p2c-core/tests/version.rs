//! Format versions: the validator, the typed reader, the schemas and the migration agree on
//! what 1.0 and 1.1 are.
//!
//! - Every shared vector: a document the validator finds a newer feature in
//!   (`structure.requires_version`) is refused by the typed reader, and the other way round.
//! - Every 1.0 vector: [`migrate_value`] changes `formatVersion` only, keeps the meaning
//!   (the typed pledge is the same but for its version), is idempotent, and the migrated
//!   document validates as the original did (plus the one info issue 1.1 adds: no
//!   announcement date).
//! - Generated 1.1 pledges declared 1.0: refused exactly when they use a 1.1 feature.
//! - The 1.0 schema p2c generates is, titles and descriptions aside, the one published before
//!   1.1 existed (`tests/fixtures/pledge-1.0-published.schema.json`), and rejects 1.1
//!   documents.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use p2c_core::migrate::{migrate_pledge, migrate_value};
use p2c_core::model::version::newer_features;
use p2c_core::model::FormatVersion;
use p2c_core::parse::parse_pledge_expecting;
use p2c_core::validate::{validate_str, ValidateOptions};
use p2c_core::{parse_pledge_value, Pledge};
use proptest::prelude::*;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every single-pledge vector input, with its options.
fn vector_inputs() -> Vec<(String, Value, ValidateOptions)> {
    let dir = root().join("tests/vectors/validation");
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for f in files {
        let cases: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        for c in cases {
            let mode = c.get("mode").and_then(Value::as_str).unwrap_or("pledge");
            let Some(input) = c.get("input").filter(|_| mode == "pledge") else {
                continue;
            };
            let opts = c
                .get("options")
                .map(|o| serde_json::from_value(o.clone()).unwrap())
                .unwrap_or_default();
            out.push((
                c["description"].as_str().unwrap().to_owned(),
                input.clone(),
                opts,
            ));
        }
    }
    out
}

fn issues(doc: &Value, opts: &ValidateOptions) -> BTreeSet<(String, String)> {
    validate_str(&doc.to_string(), opts)
        .issues
        .into_iter()
        .map(|i| (i.code.to_owned(), i.path))
        .collect()
}

#[test]
fn the_validator_and_the_reader_agree_on_newer_features() {
    let mut refused = 0;
    for (desc, input, opts) in vector_inputs() {
        let flagged = issues(&input, &opts)
            .iter()
            .any(|(code, _)| code == "structure.requires_version");
        let parsed = parse_pledge_value(&input);
        let named = parsed
            .as_ref()
            .err()
            .is_some_and(|e| e.to_string().contains("needs formatVersion `1.1`"));
        if flagged {
            refused += 1;
            assert!(named, "{desc}: flagged but the reader says {parsed:?}");
        } else {
            assert!(!named, "{desc}: not flagged but refused: {parsed:?}");
        }
    }
    assert!(refused >= 3, "{refused}");
}

#[test]
fn every_1_0_vector_migrates_losslessly_and_idempotently() {
    let mut migrated_count = 0;
    for (desc, input, opts) in vector_inputs() {
        if input.get("formatVersion") != Some(&Value::from("1.0")) {
            continue;
        }
        let (migrated, report) = migrate_value(&input).unwrap();
        migrated_count += 1;
        // Only the version changes.
        let mut back = migrated.clone();
        back["formatVersion"] = "1.0".into();
        assert_eq!(back, input, "{desc}");
        assert_eq!(migrated["formatVersion"], "1.1", "{desc}");
        assert_eq!(report.changes.len(), 1, "{desc}");
        assert_eq!(report.changes[0].path, "/formatVersion");
        // Idempotent.
        let (again, report2) = migrate_value(&migrated).unwrap();
        assert_eq!((&again, report2.changed()), (&migrated, false), "{desc}");
        // The typed pledge is the same but for its version, through both routes.
        if let Ok(old) = parse_pledge_value(&input) {
            let new: Pledge = parse_pledge_value(&migrated).unwrap();
            assert_eq!(
                Pledge {
                    format_version: FormatVersion::V1_1,
                    ..old.clone()
                },
                new,
                "{desc}"
            );
            let (typed, _) = migrate_pledge(&old);
            assert_eq!(typed, new, "{desc}");
        }
        // Validation finds the same issues, plus only what 1.1 adds: a 1.0 document that
        // used 1.1 features is now read in full, so only those without are compared.
        let before = issues(&input, &opts);
        if before
            .iter()
            .any(|(c, _)| c == "structure.requires_version")
        {
            continue;
        }
        let after = issues(&migrated, &opts);
        let added: Vec<_> = after.difference(&before).collect();
        let removed: Vec<_> = before.difference(&after).collect();
        assert!(removed.is_empty(), "{desc}: {removed:?}");
        assert!(
            added
                .iter()
                .all(|(c, _)| c == "lifecycle.no_announcement_date"),
            "{desc}: {added:?}"
        );
    }
    assert!(migrated_count > 100, "{migrated_count}");
}

#[test]
fn a_reader_of_1_0_refuses_1_1_naming_the_version() {
    let doc = serde_json::json!({"formatVersion": "1.1", "id": "P1", "title": "t",
        "pledgers": {"lead": {"name": "A", "stakeholderType": "government", "headquarters": "KEN"}},
        "pledgeTypes": ["policy"], "focusAreas": ["access"], "reviewState": "draft"});
    let err = parse_pledge_expecting(&doc.to_string(), &[FormatVersion::V1_0]).unwrap_err();
    assert_eq!(err.code(), "unsupported_version");
    assert_eq!(err.to_json()["found"], "1.1");
    assert_eq!(err.to_json()["expected"], serde_json::json!(["1.0"]));
    // Even a 1.1 document that would not parse is refused for its version first.
    let broken = serde_json::json!({"formatVersion": "1.1", "id": 7});
    let err = parse_pledge_expecting(&broken.to_string(), &[FormatVersion::V1_0]).unwrap_err();
    assert_eq!(err.code(), "unsupported_version");
    // And a reader of both reads it.
    assert!(parse_pledge_expecting(&doc.to_string(), FormatVersion::ALL).is_ok());
}

fn strip(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| {
                    !matches!(k.as_str(), "title" | "description" | "$id" | "examples")
                })
                .map(|(k, x)| (k.clone(), strip(x)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(strip).collect()),
        other => other.clone(),
    }
}

#[test]
fn the_generated_1_0_schema_is_the_published_one() {
    let published: Value = serde_json::from_str(
        &std::fs::read_to_string(
            root().join("p2c-core/tests/fixtures/pledge-1.0-published.schema.json"),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        strip(&p2c_core::schema::pledge_schema_v1_0()),
        strip(&published)
    );
}

#[test]
fn the_1_0_schema_rejects_what_1_1_added() {
    // Formats are annotations in draft 2020-12 unless asked for: `valueDate` is a `date` in 1.0.
    let v10 = jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&p2c_core::schema::pledge_schema_v1_0())
        .unwrap();
    let v11 = jsonschema::draft202012::new(&p2c_core::schema::pledge_schema()).unwrap();
    let base = serde_json::json!({"formatVersion": "1.0", "id": "P1", "title": "t",
        "pledgers": {"lead": {"name": "A", "stakeholderType": "government", "headquarters": "KEN"}},
        "pledgeTypes": ["financial"], "focusAreas": ["access"], "reviewState": "draft",
        "financialValue": {"amount": "1", "currency": "USD", "valueDate": "2024-01-02"}});
    assert!(v10.is_valid(&base) && v11.is_valid(&base));
    let additions: [fn(&mut Value); 5] = [
        |d| d["announcedOn"] = "2024".into(),
        |d| d["financialValue"]["valueDate"] = "2024".into(),
        |d| d["focusAreas"] = serde_json::json!(["unknown"]),
        |d| d["formatVersion"] = "1.1".into(),
        |d| d["implementation"] = serde_json::json!({"countryGroups": ["ldc"]}),
    ];
    for add in additions {
        let mut d = base.clone();
        add(&mut d);
        assert!(!v10.is_valid(&d), "{d}");
        d["formatVersion"] = "1.1".into();
        assert!(v11.is_valid(&d), "{d}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// A generated pledge declared 1.0 is refused exactly when it uses a 1.1 feature, and the
    /// validator says so at the same places.
    #[test]
    fn declared_1_0_refused_exactly_when_it_uses_1_1(p in common::pledge()) {
        let mut value = serde_json::to_value(&p).unwrap();
        value["formatVersion"] = "1.0".into();
        let mut as_1_0 = p.clone();
        as_1_0.format_version = FormatVersion::V1_0;
        let features: BTreeSet<String> = newer_features(&as_1_0).into_iter().map(|f| f.pointer).collect();
        let parsed = parse_pledge_value(&value);
        prop_assert_eq!(parsed.is_err(), !features.is_empty());
        let flagged: BTreeSet<String> = validate_str(&value.to_string(), &ValidateOptions::default())
            .issues
            .into_iter()
            .filter(|i| i.code == "structure.requires_version")
            .map(|i| i.path)
            .collect();
        prop_assert_eq!(flagged, features);
    }
}
