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
use p2c_core::events::EventCode;
use p2c_core::model::{
    BeneficiaryCount, CountryCode, CurrencyCode, FinancialValue, FormatVersion, Headquarters,
    PartialDate,
};
use p2c_core::taxonomy::{
    AmountBasis, BeneficiaryGroup, BeneficiaryUnit, CountryGroup, FocusArea, ItuRegion,
    PartnerRole, Pillar, PledgeType, RelationType, ReviewState, StakeholderSubtype,
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
/// WSIS+20 session outcome of 7 July 2025, the Kigali press release of June 2022, and the ITU
/// pages and press reports named in each record's notes), not from the data file.
#[test]
fn known_facts_from_the_sources() {
    let pledges = sample();
    assert!(
        pledges.len() >= 40,
        "issue 25 asks for at least 40 real pledges"
    );
    assert!(pledges
        .iter()
        .all(|p| p.format_version == FormatVersion::V1_1));

    let find = |name: &str| -> &Pledge {
        pledges
            .iter()
            .find(|p| p.pledgers.lead.name == name)
            .unwrap_or_else(|| panic!("no pledge led by {name}"))
    };
    let by_id = |id: &str| -> &Pledge {
        pledges
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no pledge {id}"))
    };

    // Deck: "Orange pledged EUR 5.6 billion investment in 16 countries in Middle East and
    // Africa over the period 2021-2025". The deck does not date it: no announcement date, and
    // the value date is the deck's month, to the month only.
    let orange = find("Orange");
    let v = orange.financial_value.as_ref().unwrap();
    assert_eq!(
        (v.amount, v.currency),
        (dec("5600000000"), CurrencyCode::EUR)
    );
    assert!(!v.is_floor);
    assert_eq!(v.value_date_stated(), PartialDate::Month(2024, 7));
    assert_eq!(orange.announced_on, None);
    let imp = &orange.implementation;
    assert_eq!(imp.regions, [ItuRegion::Afr, ItuRegion::Arb]);
    assert_eq!(
        imp.unspecified_countries_in,
        [ItuRegion::Afr, ItuRegion::Arb]
    );
    assert!(imp.countries.is_empty(), "the 16 countries are not named");
    let period = orange.period.as_ref().unwrap();
    assert_eq!(period.start, Some(PartialDate::Year(2021)));
    assert_eq!(period.end, Some(PartialDate::Year(2025)));

    // Deck: "Convergence Partners pledged more than USD 250 Million ... for over 1 billion
    // people": both figures are floors.
    let cp = find("Convergence Partners");
    let v = cp.financial_value.as_ref().unwrap();
    assert_eq!(
        (v.amount, v.currency),
        (dec("250000000"), CurrencyCode::USD)
    );
    assert!(v.is_floor);
    let b = cp.beneficiaries.as_ref().unwrap();
    assert_eq!(
        (b.people_reached, b.people_reached_is_floor),
        (Some(1_000_000_000), true)
    );

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

    // Deck: the joint pledge of four companies, "mainly in LDCs and LLDCs in Africa": the two
    // country groups within Africa, no money.
    let joint = by_id("P2C-SAMPLE-004");
    let names: Vec<&str> = joint.pledgers.all().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Microsoft", "Cisco", "Rohde & Schwarz", "Verizon"]);
    assert!(joint.financial_value.is_none());
    assert_eq!(
        joint.implementation.country_groups,
        [CountryGroup::Ldc, CountryGroup::Lldc]
    );
    assert_eq!(joint.implementation.regions, [ItuRegion::Afr]);
    assert_eq!(
        (joint.focus_areas.as_slice(), joint.pillars.as_slice()),
        (
            [FocusArea::Adoption].as_slice(),
            [Pillar::Skills].as_slice()
        )
    );

    // Deck and Annual Report 2022: BBVAMF, USD 8 billion by 2025, 14 million people.
    let bbva = find("BBVA Microfinance Foundation");
    let v = bbva.financial_value.as_ref().unwrap();
    assert_eq!(
        (v.amount, v.value_date_stated()),
        (dec("8000000000"), PartialDate::Year(2022))
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
    assert_eq!(
        bbva.period.as_ref().unwrap().end,
        Some(PartialDate::Year(2025))
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

    // WSIS+20 (7 July 2025): China Unicom USD 1.38 billion 2025-2029, 110 million people,
    // announced at the session.
    let cu = find("China Unicom");
    let v = cu.financial_value.as_ref().unwrap();
    assert_eq!(v.amount, dec("1380000000"));
    assert_eq!(v.value_date.to_string(), "2025-07-07");
    assert_eq!(cu.announced_on, PartialDate::parse("2025-07-07"));
    assert_eq!(cu.events, [EventCode("WSIS-2025".into())]);
    assert_eq!(
        cu.beneficiaries.as_ref().unwrap().people_reached,
        Some(110_000_000)
    );

    // WSIS+20: Google "over USD 1 billion" is a floor, an update with no announcement date.
    let google = by_id("P2C-SAMPLE-009");
    let v = google.financial_value.as_ref().unwrap();
    assert_eq!((v.amount, v.is_floor), (dec("1000000000"), true));
    assert_eq!(google.announced_on, None);

    // WSIS+20: SA Connect Phase 2, "over 5.8 million households and community institutions":
    // a count of households, a floor, not people.
    let sa = find("Government of South Africa");
    let b = sa.beneficiaries.as_ref().unwrap();
    assert_eq!(b.people_reached, None);
    assert_eq!(
        b.counts,
        [BeneficiaryCount {
            count: 5_800_000,
            unit: BeneficiaryUnit::Households,
            is_floor: true
        }]
    );

    // UNDP: the UN system's USD 170 m is not UNDP's money; the source names no focus area.
    let undp = by_id("P2C-SAMPLE-015");
    assert!(undp.financial_value.is_none());
    assert_eq!(undp.focus_areas, [FocusArea::Unknown]);
    assert_eq!(undp.pledgers.lead.headquarters, Headquarters::International);

    // Switzerland / Giga: announced during the Kigali roundtable, June 2022, day unknown.
    let ch = find("Government of Switzerland");
    assert_eq!(ch.announced_on, Some(PartialDate::Month(2022, 6)));
    assert_eq!(ch.events, [EventCode("P2C-ROUNDTABLE-KIGALI-2022".into())]);

    // Web dialogues 2022: Ghana "is committing EUR 155 million" (a year-precise value date),
    // with a policy pledge of the same announcement.
    let ghana = by_id("P2C-SAMPLE-016");
    let v = ghana.financial_value.as_ref().unwrap();
    assert_eq!(
        (v.amount, v.currency),
        (dec("155000000"), CurrencyCode::EUR)
    );
    assert_eq!(v.value_date_stated(), PartialDate::Year(2022));
    assert_eq!(ghana.relations[0].kind, RelationType::SameAnnouncement);
    assert_eq!(ghana.relations[0].pledge, "P2C-SAMPLE-017");
    let roaming = by_id("P2C-SAMPLE-017");
    assert_eq!(roaming.pledge_types, [PledgeType::Policy]);
    assert_eq!(
        roaming.beneficiaries.as_ref().unwrap().counts[0],
        BeneficiaryCount {
            count: 6_000,
            unit: BeneficiaryUnit::Communities,
            is_floor: true
        }
    );

    // Vodafone: "four of the world's Least Developed Countries", unnamed: the LDC group,
    // no region.
    let vodafone = find("Vodafone Group");
    assert_eq!(vodafone.implementation.country_groups, [CountryGroup::Ldc]);
    assert!(vodafone.implementation.regions.is_empty());

    // Inmarsat: USD 1.2 million of satellite airtime, in kind, February 2022.
    let v = find("Inmarsat").financial_value.as_ref().unwrap();
    assert!(v.in_kind);
    assert_eq!(
        (v.amount, v.value_date_stated()),
        (dec("1200000"), PartialDate::Month(2022, 2))
    );

    // SDG Digital (17 September 2023): ZTE USD 400 million a year for LDCs, LLDCs and SIDS.
    let zte = by_id("P2C-SAMPLE-024");
    let v = zte.financial_value.as_ref().unwrap();
    assert_eq!(
        (v.amount, v.basis),
        (dec("400000000"), Some(AmountBasis::PerYear))
    );
    assert_eq!(
        zte.implementation.country_groups,
        [CountryGroup::Ldc, CountryGroup::Lldc, CountryGroup::Sids]
    );
    assert_eq!(zte.events, [EventCode("SDG-DIGITAL-2023".into())]);
    // Google at SDG Digital: a package whose only public amount is one component.
    let pkg = by_id("P2C-SAMPLE-025").financial_value.as_ref().unwrap();
    assert!(pkg.is_floor);
    assert_eq!(pkg.components.len(), 1);
    assert_eq!(pkg.components[0].amount, pkg.amount);
    // Korea: "nearly USD 30 million", purpose cut off in the source: approximate, focus
    // unknown.
    let korea = find("Government of the Republic of Korea");
    assert!(korea.financial_value.as_ref().unwrap().approximate);
    assert_eq!(korea.focus_areas, [FocusArea::Unknown]);

    // MWC 2024: e& USD 6 billion 2024-2026; China Telecom over USD 1.4 billion and over 80
    // million people.
    let e = find("e&");
    assert_eq!(
        e.financial_value.as_ref().unwrap().amount,
        dec("6000000000")
    );
    assert_eq!(e.events, [EventCode("MWC-2024".into())]);
    let ct = find("China Telecom");
    assert!(ct.financial_value.as_ref().unwrap().is_floor);
    let b = ct.beneficiaries.as_ref().unwrap();
    assert_eq!(
        (b.people_reached, b.people_reached_is_floor),
        (Some(80_000_000), true)
    );

    // WSIS 2024: Canada "CAD 2 billion (USD 1.46 billion)": the announcer's equivalent kept.
    let canada = by_id("P2C-SAMPLE-033");
    let v = canada.financial_value.as_ref().unwrap();
    assert_eq!(
        (v.amount, v.currency),
        (dec("2000000000"), CurrencyCode::new("CAD").unwrap())
    );
    let eq = v.stated_equivalent.unwrap();
    assert_eq!(
        (eq.amount, eq.currency),
        (dec("1460000000"), CurrencyCode::USD)
    );
    assert_eq!(
        canada.events,
        [
            EventCode("WSIS-2024".into()),
            EventCode("AI-PLEDGE-DRIVE-2024".into())
        ]
    );
    // The Essl Foundation's Zero Project names SDG 17.
    assert_eq!(find("Essl Foundation").sdgs[0].goal, 17);

    // MWC 2025: MTN "approximately USD 2 billion per year ... over the next five years".
    let mtn = find("MTN Group").financial_value.as_ref().unwrap();
    assert_eq!(
        (mtn.amount, mtn.approximate, mtn.basis, mtn.years),
        (dec("2000000000"), true, Some(AmountBasis::PerYear), Some(5))
    );

    // The joint Hamburg Declaration: both pledgers spearheaded it.
    let hamburg = by_id("P2C-SAMPLE-039");
    assert!(hamburg
        .pledgers
        .all()
        .all(|e| e.roles == [PartnerRole::Coordinator]));

    // What the set covers, counted: 25 pledges state money; four floors (Convergence,
    // Google's update, Google's package, China Telecom); four amounts not in USD (Orange and
    // Ghana in EUR, Canada's two in CAD); 13 pledges no source dates.
    let money: Vec<&FinancialValue> = pledges
        .iter()
        .filter_map(|p| p.financial_value.as_ref())
        .collect();
    assert_eq!(money.len(), 25);
    assert_eq!(money.iter().filter(|v| v.is_floor).count(), 4);
    assert_eq!(
        money
            .iter()
            .filter(|v| v.currency != CurrencyCode::USD)
            .count(),
        4
    );
    assert_eq!(
        pledges.iter().filter(|p| p.announced_on.is_none()).count(),
        13
    );
    assert_eq!(
        pledges
            .iter()
            .filter(|p| !p.pledgers.partners.is_empty())
            .count(),
        4
    );
}

/// Every event a sample pledge names is a known one, and the pledge was announced while it
/// ran (or, for a campaign, by its end).
#[test]
fn events_match_the_announcement_dates() {
    for p in sample() {
        for e in &p.events {
            let info = e
                .info()
                .unwrap_or_else(|| panic!("{}: unknown event {e}", p.id));
            let Some(on) = p.announced_on else { continue };
            let (start, end) = (info.start_date().unwrap(), info.end_date().unwrap());
            assert!(
                on.last_day() >= start.first_day() && on.first_day() <= end.last_day(),
                "{}: announced {on}, {} runs {start} to {end}",
                p.id,
                info.code
            );
        }
    }
}

/// The totals the 1.1 rules derive for the sample, checked by hand: the counted amount of
/// each pledge (model::amount) converted at its value date (money::convert, annual averages
/// for a month or a year). The rates are read from the embedded data files:
///
/// - Orange, EUR 5,600,000,000 valued 2024-07: 2024 average 0.924128 EUR per USD, so
///   5,600,000,000 / 0.924128 = USD 6,059,766,612.42;
/// - Ghana, EUR 155,000,000 valued 2022: 2022 average 0.951774, so USD 162,853,786.72 (the
///   lower end of the range the issue quotes: any day of 2022 gave 162.9 m to 176.0 m);
/// - Canada, CAD 2,000,000,000 and 400,000,000 on 2024-05-27: ECB 1.0843 USD and 1.4813 CAD
///   per EUR, so × 0.7319921690407074866671167218 = USD 1,463,984,338.08 and 292,796,867.62;
/// - ZTE USD 400 million a year × 3 years (2023-2025) = 1,200,000,000; MTN USD 2 billion a
///   year × 5 stated years = 10,000,000,000;
/// - the other 19 amounts in USD as stated: 26,171,190,000.
///
/// Sum: USD 45,350,591,604.84. (Until the summary derives totals by these rules, the
/// dashboard counts stated amounts at the rate of the value date's first day: USD
/// 36,520,724,205.70, see p2c-cli's tests.)
#[test]
fn derived_totals_under_the_1_1_rules() {
    use p2c_core::model::amount::{counted_amount, CountMethod, CountRules, CountTally, Counting};
    use p2c_core::money::{ConvertOptions, RateTable};
    let table = RateTable::embedded();
    let mut total = Decimal::ZERO;
    let mut tally = CountTally::default();
    for p in sample() {
        let Some(v) = &p.financial_value else {
            continue;
        };
        let counting = counted_amount(v, p.period.as_ref(), CountRules::default()).unwrap();
        tally.add(&counting);
        let Counting::Counted(c) = counting else {
            panic!("{}: not counted", p.id)
        };
        let money = p2c_core::model::MoneyAmount {
            amount: c.amount,
            currency: c.currency,
        };
        let conv = table
            .convert_partial(
                &money,
                v.value_date_stated(),
                v.explicit_rate.as_ref(),
                v.stated_equivalent.as_ref(),
                &ConvertOptions::default(),
            )
            .unwrap();
        match p.id.as_str() {
            "P2C-SAMPLE-001" => assert_eq!(conv.converted.amount, dec("6059766612.42")),
            "P2C-SAMPLE-016" => assert_eq!(conv.converted.amount, dec("162853786.72")),
            "P2C-SAMPLE-033" => assert_eq!(conv.converted.amount, dec("1463984338.08")),
            "P2C-SAMPLE-034" => assert_eq!(conv.converted.amount, dec("292796867.62")),
            "P2C-SAMPLE-024" => assert_eq!(
                (c.amount, c.method),
                (dec("1200000000"), CountMethod::PerYearTimesPeriodYears)
            ),
            "P2C-SAMPLE-037" => assert_eq!(
                (c.amount, c.method),
                (dec("10000000000"), CountMethod::PerYearTimesStatedYears)
            ),
            _ => {}
        }
        total += conv.converted.amount;
    }
    assert_eq!(total, dec("45350591604.84"));
    assert_eq!((tally.stated, tally.derived()), (23, 2));
    assert_eq!(
        (
            tally.floors,
            tally.approximate,
            tally.in_kind,
            tally.ceilings
        ),
        (4, 2, 1, 0)
    );
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
