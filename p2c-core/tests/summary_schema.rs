//! Serialized summaries and country profiles must validate against the committed schemas, so
//! serde and schemars cannot drift apart.
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

use chrono::NaiveDate;
use p2c_core::aggregate::{
    country_profile, summarize, Attribution, Converted, Converter, RateProvenance, SummaryOptions,
};
use p2c_core::model::{CountryCode, CurrencyCode, ExplicitRate, MoneyAmount};
use p2c_core::{Decimal, Error, Pledge, Result};
use serde_json::json;

/// EUR → USD at 1.1; nothing else.
struct EurOnly;

impl Converter for EurOnly {
    fn convert(
        &self,
        money: MoneyAmount,
        date: NaiveDate,
        _explicit: Option<&ExplicitRate>,
        to: CurrencyCode,
    ) -> Result<Converted> {
        if money.currency != CurrencyCode::EUR || to != CurrencyCode::USD {
            return Err(Error::UnknownCode {
                codelist: "exchange rate",
                code: format!("{}/{to}", money.currency),
            });
        }
        let rate = Decimal::new(11, 1);
        Ok(Converted {
            amount: money.amount.checked_mul(rate).unwrap(),
            rate,
            rate_date: Some(date),
            source: "test".into(),
        })
    }
    fn provenance(&self) -> RateProvenance {
        RateProvenance {
            table_id: "test".into(),
            policy: "fixed".into(),
            sources: vec!["test".into()],
        }
    }
}

fn committed(name: &str) -> serde_json::Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("schema")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn pledges() -> Vec<Pledge> {
    let docs = json!([
        { "formatVersion": "1.0", "id": "P1", "title": "One",
          "pledgers": { "lead": { "name": "Orange", "stakeholderType": "private_sector", "headquarters": "FRA" },
                        "partners": [{ "name": "UNDP", "stakeholderType": "un_agency", "headquarters": "international" }] },
          "pledgeTypes": ["financial", "programmatic"], "focusAreas": ["access", "adoption"],
          "pillars": ["infrastructure", "skills"],
          "financialValue": { "amount": "5600000000", "currency": "EUR", "valueDate": "2022-06-07", "isFloor": true },
          "implementation": { "countries": ["KHM", "SEN"], "primaryRegion": "ASP" },
          "period": { "start": "2021", "end": "2025" },
          "beneficiaries": { "groups": ["women_and_girls"] },
          "targets": ["ACCESS-01", "NOT-KNOWN"],
          "validatedAt": "2022-06-07T10:00:00Z", "reviewState": "published",
          "progressReports": [{ "date": "2023-05-01", "status": "in_progress", "challenges": ["financial"],
                                "solutions": ["funding"], "amountDelivered": { "amount": "1000", "currency": "XOF" } }] },
        { "formatVersion": "1.0", "id": "P2", "title": "Two",
          "pledgers": { "lead": { "name": "Government of Kenya", "stakeholderType": "government", "headquarters": "KEN" } },
          "pledgeTypes": ["financial"], "focusAreas": ["access"],
          "financialValue": { "amount": "258800000", "currency": "USD", "valueDate": "2022-06-07" },
          "implementation": { "countries": ["KEN"] }, "reviewState": "published",
          "relations": [{ "type": "part_of", "pledge": "P1" }] },
        { "formatVersion": "1.0", "id": "P3", "title": "Three",
          "pledgers": { "lead": { "name": "X", "stakeholderType": "other", "headquarters": "BRA" } },
          "pledgeTypes": ["policy"], "focusAreas": ["accelerate"], "reviewState": "withdrawn" },
        { "formatVersion": "1.0", "id": "P4", "title": "Four",
          "pledgers": { "lead": { "name": "Y", "stakeholderType": "other", "headquarters": "BRA" } },
          "pledgeTypes": ["financial"], "focusAreas": ["accelerate"], "reviewState": "published",
          "financialValue": { "amount": "10", "currency": "JPY", "valueDate": "2022-06-07" } }
    ]);
    serde_json::from_value(docs).unwrap()
}

fn assert_valid(schema: &serde_json::Value, instance: &serde_json::Value) {
    let validator = jsonschema::validator_for(schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn summary_json_validates_against_the_committed_schema() {
    let mut options = SummaryOptions::new(
        NaiveDate::from_ymd_opt(2024, 7, 7).unwrap(),
        Arc::new(EurOnly),
    );
    options.attribution = Attribution::EqualSplit;
    let summary = summarize(&pledges(), &options).unwrap();
    // The instance exercises the optional parts: excluded, not counted, unconverted, goal.
    assert!(!summary.excluded.is_empty());
    assert!(!summary.value.not_counted.is_empty());
    assert_eq!(summary.value.unconverted.len(), 2);
    assert!(summary.goal.is_some());
    let schema = committed("summary.schema.json");
    assert_valid(&schema, &summary.to_json());

    // A broken instance is refused, so the check above can fail.
    let mut broken = summary.to_json();
    broken["value"]["total"] = json!(1.5);
    assert!(!jsonschema::validator_for(&schema)
        .unwrap()
        .is_valid(&broken));
}

#[test]
fn country_profile_json_validates_against_the_committed_schema() {
    let options = SummaryOptions::new(NaiveDate::MIN, Arc::new(EurOnly));
    let profile = country_profile(
        &pledges(),
        CountryCode::new("KHM").unwrap(),
        NaiveDate::from_ymd_opt(2024, 7, 7).unwrap(),
        &options,
    )
    .unwrap();
    assert_eq!(profile.pledges, 1);
    let json = serde_json::to_value(&profile).unwrap();
    assert_valid(&committed("country-profile.schema.json"), &json);
}

#[test]
fn comparison_json_validates_against_the_committed_schema() {
    let at =
        |y, m, d| SummaryOptions::new(NaiveDate::from_ymd_opt(y, m, d).unwrap(), Arc::new(EurOnly));
    let pledges = pledges();
    // As of 2021-01-01 no pledge counts yet (a zero base, and rows only `b` has).
    let a = summarize(&pledges, &at(2021, 1, 1)).unwrap();
    let b = summarize(&pledges, &at(2024, 7, 7)).unwrap();
    let c = p2c_core::aggregate::compare(&a, &b).unwrap();
    assert_eq!(
        c.headline.pledge_count.percent_absent.as_deref(),
        Some("zero_base")
    );
    assert!(c
        .breakdowns
        .iter()
        .flat_map(|b| &b.rows)
        .any(|r| r.value.percent_absent.as_deref() == Some("absent_in_a")));
    let json = serde_json::to_value(&c).unwrap();
    assert_valid(&committed("comparison.schema.json"), &json);
}

#[test]
fn annual_report_json_validates_against_the_committed_schema() {
    let pledges = pledges();
    // A zero base a year earlier (null growth) and a year with figures.
    for (y, m, d) in [(2022, 1, 1), (2024, 7, 7)] {
        let o = SummaryOptions::new(NaiveDate::from_ymd_opt(y, m, d).unwrap(), Arc::new(EurOnly));
        let r = p2c_core::aggregate::annual_report(&pledges, &o).unwrap();
        assert!(r.figure("headline.pledges").is_some());
        let json = serde_json::to_value(&r).unwrap();
        assert_valid(&committed("annual-report.schema.json"), &json);
    }
}
