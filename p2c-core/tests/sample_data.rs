//! The sample data set `examples/data/pledges.json`: it parses, it follows the exported JSON
//! Schema (checked by the independent `jsonschema` crate), it survives a serde round trip
//! unchanged, and it says what the source documents say.
//!
//! A property test then checks the same round-trip and schema properties on generated pledges.
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

use std::path::PathBuf;
use std::sync::OnceLock;

use common::pledge;
use p2c_core::model::{CountryCode, CurrencyCode, FinancialValue, Headquarters, PartialDate};
use p2c_core::taxonomy::{
    BeneficiaryGroup, FocusArea, ItuRegion, Pillar, PledgeType, ReviewState, StakeholderSubtype,
    StakeholderType,
};
use p2c_core::{parse_pledge, parse_pledges, Decimal, Pledge};
use proptest::prelude::*;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn sample_text() -> String {
    let path = root().join("examples/data/pledges.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sample() -> Vec<Pledge> {
    parse_pledges(&sample_text()).unwrap_or_else(|e| panic!("{e} ({e:?})"))
}

/// A draft 2020-12 validator for the committed schema file (not the in-memory one, so that the
/// file users download is the one checked).
fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        let text = std::fs::read_to_string(root().join("schema/pledge.schema.json")).unwrap();
        let schema: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "the exported schema must declare draft 2020-12"
        );
        jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("schema: {e}"))
    })
}

fn schema_errors(instance: &Value) -> Vec<String> {
    validator()
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn every_record_parses() {
    let text = sample_text();
    let values: Vec<Value> = serde_json::from_str(&text).unwrap();
    // Each record on its own, so that a failure names the record.
    for (i, v) in values.iter().enumerate() {
        if let Err(e) = p2c_core::parse_pledge_value(v) {
            panic!("record {i} ({}): {e}", v["id"]);
        }
    }
    assert_eq!(sample().len(), values.len());
}

#[test]
fn sample_validates_against_the_committed_schema() {
    let values: Vec<Value> = serde_json::from_str(&sample_text()).unwrap();
    for v in &values {
        let errors = schema_errors(v);
        assert!(errors.is_empty(), "{}: {errors:#?}", v["id"]);
    }
}

#[test]
fn schema_validator_rejects_broken_records() {
    // The schema check above must be able to fail: break one record in ways the wire format
    // forbids and check the independent validator notices each one.
    let values: Vec<Value> = serde_json::from_str(&sample_text()).unwrap();
    let orange = values[0].clone();
    // `parser_rejects` says whether `parse_pledge` refuses it too. Since the validate branch,
    // the model enforces the schema's `minItems: 1` on `pledgeTypes` and `focusAreas`, so every
    // breakage here is refused by both.
    type Breakage = (&'static str, bool, fn(&mut Value));
    let breakages: [Breakage; 5] = [
        // A JSON number with a fraction. (`5.6e9` would not do: JSON Schema counts a number
        // with a zero fraction as an integer, and the schema accepts integer amounts as p2c
        // does; p2c alone also refuses the text `5.6e9`, which the schema cannot see.)
        ("fractional amount", true, |v| {
            v["financialValue"]["amount"] = serde_json::json!(5_600_000_000.5)
        }),
        ("unknown stakeholder type", true, |v| {
            v["pledgers"]["lead"]["stakeholderType"] = "company".into()
        }),
        ("unknown key", true, |v| {
            v["amountUsd"] = "6000000000".into()
        }),
        ("lower-case region", true, |v| {
            v["implementation"]["regions"] = serde_json::json!(["afr"])
        }),
        ("no pledge types", true, |v| {
            v["pledgeTypes"] = serde_json::json!([])
        }),
    ];
    for (what, parser_rejects, breaks) in breakages {
        let mut v = orange.clone();
        breaks(&mut v);
        assert!(!schema_errors(&v).is_empty(), "schema accepted {what}");
        let parsed = parse_pledge(&v.to_string());
        if parser_rejects {
            assert_eq!(parsed.unwrap_err().code(), "parse_error", "{what}");
        } else {
            assert!(parsed.is_ok(), "{what}");
        }
    }
}

#[test]
fn serde_round_trip_is_lossless_and_canonical() {
    let text = sample_text();
    let original: Value = serde_json::from_str(&text).unwrap();
    let parsed = sample();

    // parse → serialize → parse gives an equal value.
    let once = serde_json::to_string(&parsed).unwrap();
    let reparsed = parse_pledges(&once).unwrap();
    assert_eq!(parsed, reparsed);

    // serialize(parse(x)) is a fixpoint.
    let twice = serde_json::to_string(&reparsed).unwrap();
    assert_eq!(once, twice);

    // And the file is already in that canonical form: nothing in it is dropped, defaulted or
    // rewritten by the model (compared as JSON values, so key order and spacing do not matter).
    let canonical: Value = serde_json::from_str(&once).unwrap();
    assert_eq!(original, canonical);
}

#[test]
fn sample_has_no_private_data() {
    for p in sample() {
        assert!(p.contact.is_none(), "{} has a contact", p.id);
        assert_eq!(p.public_view(), p);
    }
}

#[test]
fn every_record_is_published_and_names_its_source() {
    let pledges = sample();
    let mut ids: Vec<&str> = pledges.iter().map(|p| p.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), pledges.len(), "ids are not unique");
    for p in &pledges {
        assert!(p.id.starts_with("P2C-SAMPLE-"), "{}", p.id);
        assert_eq!(p.review_state, ReviewState::Published, "{}", p.id);
        let notes = p.notes.as_deref().unwrap_or_default();
        assert!(notes.starts_with("Source: "), "{}: {notes}", p.id);
        // Every pillar's focus area is listed among the pledge's focus areas.
        for pillar in &p.pillars {
            assert!(p.focus_areas.contains(&pillar.focus_area()), "{}", p.id);
        }
        // Money only on financial pledges, and every financial pledge states money.
        assert_eq!(
            p.financial_value.is_some(),
            p.has_type(PledgeType::Financial),
            "{}",
            p.id
        );
    }
}

/// Facts read by hand from the source documents (the July 2024 Cambodia roundtable deck, the
/// WSIS+20 session outcome of 7 July 2025, the Kigali press release of June 2022), not from
/// the data file.
#[test]
fn known_facts_from_the_sources() {
    let pledges = sample();
    assert!(pledges.len() >= 15, "DOMAIN.md lists 15 real pledges");

    let find = |name: &str| -> &Pledge {
        pledges
            .iter()
            .find(|p| p.pledgers.lead.name == name)
            .unwrap_or_else(|| panic!("no pledge led by {name}"))
    };

    // Deck: "Orange pledged EUR 5.6 billion investment in 16 countries in Middle East and
    // Africa over the period 2021-2025".
    let orange = find("Orange");
    let v = orange.financial_value.as_ref().unwrap();
    assert_eq!(v.amount, dec("5600000000"));
    assert_eq!(v.currency, CurrencyCode::EUR);
    assert!(!v.is_floor);
    assert_eq!(
        orange.implementation.regions,
        [ItuRegion::Afr, ItuRegion::Arb]
    );
    let period = orange.period.as_ref().unwrap();
    assert_eq!(period.start, Some(PartialDate::Year(2021)));
    assert_eq!(period.end, Some(PartialDate::Year(2025)));

    // Deck: "Convergence Partners pledged more than USD 250 Million ... in sub-Saharan Africa".
    let cp = find("Convergence Partners");
    let v = cp.financial_value.as_ref().unwrap();
    assert_eq!(
        (v.amount, v.currency),
        (dec("250000000"), CurrencyCode::USD)
    );
    assert!(v.is_floor);
    assert_eq!(cp.implementation.regions, [ItuRegion::Afr]);

    // Deck: Kenya, "USD 258.8 Million".
    let kenya = find("Government of Kenya");
    assert_eq!(
        kenya.financial_value.as_ref().unwrap().amount,
        dec("258.8") * dec("1000000")
    );
    assert_eq!(
        kenya.implementation.countries,
        [CountryCode::new("KEN").unwrap()]
    );
    assert_eq!(
        kenya.pledgers.lead.stakeholder_type,
        StakeholderType::Government
    );

    // Deck: the joint pledge of four companies, no money.
    let joint = find("Microsoft");
    let names: Vec<&str> = joint.pledgers.all().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Microsoft", "Cisco", "Rohde & Schwarz", "Verizon"]);
    assert!(joint.financial_value.is_none());
    assert_eq!(joint.focus_areas, [FocusArea::Adoption]);
    assert_eq!(joint.pillars, [Pillar::Skills]);

    // Deck: BBVAMF, USD 8 billion, 14 million people in the Americas; a philanthropic org.
    let bbva = find("BBVA Microfinance Foundation");
    assert_eq!(
        bbva.financial_value.as_ref().unwrap().amount,
        dec("8000000000")
    );
    assert_eq!(
        bbva.pledgers.lead.subtype,
        Some(StakeholderSubtype::PhilanthropicOrganization)
    );
    assert_eq!(bbva.implementation.regions, [ItuRegion::Ams]);
    assert_eq!(
        bbva.beneficiaries.as_ref().unwrap().people_reached,
        Some(14_000_000)
    );

    // Deck: Uganda, USD 10 Million, 5 million people by 2024.
    let uganda = find("Government of Uganda");
    assert_eq!(
        uganda.financial_value.as_ref().unwrap().amount,
        dec("10000000")
    );
    let b = uganda.beneficiaries.as_ref().unwrap();
    assert_eq!(
        (b.people_reached, b.target_year),
        (Some(5_000_000), Some(2024))
    );
    assert!(b
        .groups
        .contains(&BeneficiaryGroup::PersonsWithDisabilities));
    assert_eq!(
        uganda.period.as_ref().unwrap().end,
        Some(PartialDate::Year(2024))
    );

    // WSIS+20: China Unicom USD 1.38 billion 2025-2029, 110 million people.
    let cu = find("China Unicom");
    let v = cu.financial_value.as_ref().unwrap();
    assert_eq!(v.amount, dec("1380000000"));
    assert_eq!(v.value_date.to_string(), "2025-07-07");
    assert_eq!(
        cu.beneficiaries.as_ref().unwrap().people_reached,
        Some(110_000_000)
    );

    // WSIS+20: Cisco exactly USD 1 billion; Google "over USD 1 billion" (a floor).
    let cisco_alone = pledges
        .iter()
        .find(|p| p.pledgers.lead.name == "Cisco" && p.pledgers.partners.is_empty())
        .unwrap();
    assert!(!cisco_alone.financial_value.as_ref().unwrap().is_floor);
    let google = find("Google").financial_value.as_ref().unwrap();
    assert_eq!((google.amount, google.is_floor), (dec("1000000000"), true));

    // WSIS+20: Amazon, 29 million people by 2025; ISOC is civil society.
    let amazon = find("Amazon").beneficiaries.as_ref().unwrap();
    assert_eq!(
        (amazon.people_reached, amazon.target_year),
        (Some(29_000_000), Some(2025))
    );
    assert_eq!(
        find("Internet Society").pledgers.lead.stakeholder_type,
        StakeholderType::CivilSociety
    );

    // UNDP is a UN agency; the UN system's USD 170 m is not UNDP's money.
    let undp = pledges
        .iter()
        .find(|p| p.pledgers.lead.stakeholder_type == StakeholderType::UnAgency)
        .unwrap();
    assert!(undp.financial_value.is_none());
    assert_eq!(undp.pledgers.lead.headquarters, Headquarters::International);

    // Exactly two floors in the sources: Convergence Partners and Google.
    let floors = pledges
        .iter()
        .filter(|p| p.financial_value.as_ref().is_some_and(|v| v.is_floor))
        .count();
    assert_eq!(floors, 2);

    // Eight pledges state money (Orange, Convergence, Kenya, BBVAMF, Uganda, China Unicom, Cisco,
    // Google); only Orange's is not in USD.
    let money: Vec<&FinancialValue> = pledges
        .iter()
        .filter_map(|p| p.financial_value.as_ref())
        .collect();
    assert_eq!(money.len(), 8);
    assert_eq!(
        money
            .iter()
            .filter(|v| v.currency != CurrencyCode::USD)
            .count(),
        1
    );

    // Switzerland / Giga, June 2022.
    let ch = find("Government of Switzerland");
    assert_eq!(
        ch.pledgers.lead.headquarters,
        Headquarters::Country(CountryCode::new("CHE").unwrap())
    );
    assert!(ch.notes.as_deref().unwrap().contains("June 2022"));
}

// Property test: generated pledges (strategies in `common`) round-trip through JSON and follow the
// exported schema.
proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_pledges_round_trip(p in pledge()) {
        let json = serde_json::to_string(&p).unwrap();
        let back = parse_pledge(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
        prop_assert_eq!(&back, &p);
        prop_assert_eq!(serde_json::to_string(&back).unwrap(), json);
    }

    #[test]
    fn generated_pledges_follow_the_schema(p in pledge()) {
        let value = serde_json::to_value(&p).unwrap();
        let errors = schema_errors(&value);
        prop_assert!(errors.is_empty(), "{:#?}\n{}", errors, value);
    }
}
