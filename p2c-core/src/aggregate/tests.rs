// Test arithmetic on small known values; overflow would be a test failure anyway.
#![allow(clippy::arithmetic_side_effects)]

use std::sync::Arc;

use proptest::prelude::*;
use serde_json::{json, Value};

use chrono::NaiveDate;

use super::entities::write_identity_key;
use super::*;
use crate::model::{CountryCode, CurrencyCode, Entity, ExplicitRate, MoneyAmount};
use crate::money::exact::{mul_div_rem, split, Sum};
use crate::taxonomy::{CountryGroup, FocusArea};

/// A fixed rate table for tests: EUR → USD 1.1, GBP → USD 1.25; anything else has no rate.
struct FixedRates;

impl Converter for FixedRates {
    fn convert(
        &self,
        money: MoneyAmount,
        date: NaiveDate,
        _explicit: Option<&ExplicitRate>,
        to: CurrencyCode,
    ) -> Result<Converted> {
        let rate = match (money.currency.as_str(), to.as_str()) {
            ("EUR", "USD") => Decimal::new(11, 1),
            ("GBP", "USD") => Decimal::new(125, 2),
            _ => {
                return Err(Error::UnknownCode {
                    codelist: "exchange rate",
                    code: format!("{}/{}", money.currency, to),
                })
            }
        };
        Ok(Converted {
            amount: money.amount.checked_mul(rate).unwrap(),
            rate,
            rate_date: Some(date),
            source: "test".into(),
        })
    }

    fn provenance(&self) -> RateProvenance {
        RateProvenance {
            table_id: "test-fixed-1".into(),
            policy: "fixed".into(),
            sources: vec!["hand-made test rates".into()],
        }
    }
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn opts(as_of: &str) -> SummaryOptions {
    SummaryOptions::new(d(as_of), Arc::new(FixedRates))
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn entity(name: &str, kind: &str, hq: &str) -> Value {
    json!({ "name": name, "stakeholderType": kind, "headquarters": hq })
}

/// A published pledge validated on 2022-01-01, with `extra` fields merged over the defaults.
fn pledge(id: &str, extra: Value) -> Pledge {
    let mut base = json!({
        "formatVersion": "1.0",
        "id": id,
        "title": id,
        "pledgers": { "lead": entity(&format!("Org {id}"), "private_sector", "USA") },
        "pledgeTypes": ["financial"],
        "focusAreas": ["access"],
        "reviewState": "published",
        "validatedAt": "2022-01-01T00:00:00Z",
    });
    for (k, v) in extra.as_object().unwrap() {
        base[k] = v.clone();
    }
    serde_json::from_value(base).unwrap()
}

fn usd(amount: &str) -> Value {
    json!({ "amount": amount, "currency": "USD", "valueDate": "2022-01-01" })
}

/// The hand-built set behind the known-answer tests. Expected figures are worked out by hand
/// in each test from the comments here.
fn sample() -> Vec<Pledge> {
    let kenya = entity("Government of Kenya", "government", "KEN");
    let orange = entity("Orange", "private_sector", "FRA");
    vec![
        // A: USD 100, two focus areas, KEN + UGA (UGA is an LDC and an LLDC).
        pledge(
            "A",
            json!({
                "pledgers": { "lead": kenya },
                "focusAreas": ["access", "adoption"],
                "financialValue": usd("100"),
                "implementation": { "countries": ["KEN", "UGA"] },
                "period": { "start": "2022", "end": "2023-06" },
                "progressReports": [
                    { "date": "2023-01-10", "status": "in_progress", "challenges": ["financial"],
                      "solutions": ["partnerships"],
                      "amountDelivered": { "amount": "30", "currency": "USD" } }
                ]
            }),
        ),
        // B: EUR 200 = USD 220, joint (Orange + ISOC), Cambodia.
        pledge(
            "B",
            json!({
                "pledgers": { "lead": orange.clone(),
                              "partners": [entity("Internet Society", "civil_society", "international")] },
                "financialValue": { "amount": "200", "currency": "EUR", "valueDate": "2022-01-01" },
                "implementation": { "countries": ["KHM"] },
                "period": { "end": "2024" },
                "targets": ["ACCESS-01"]
            }),
        ),
        // C: same funds as B, announced later, USD 250: B carries the money.
        pledge(
            "C",
            json!({
                "pledgers": { "lead": orange },
                "validatedAt": "2022-06-01T00:00:00Z",
                "financialValue": usd("250"),
                "implementation": { "countries": ["KHM"] },
                "relations": [{ "type": "same_funds_as", "pledge": "B" }],
                "period": { "end": "2030" },
                "targets": ["ACCESS-01"]
            }),
        ),
        // D: part of A, USD 40: inside A's money.
        pledge(
            "D",
            json!({
                "pledgers": { "lead": entity("Government of Kenya", "government", "KEN") },
                "financialValue": usd("40"),
                "implementation": { "countries": ["KEN"] },
                "relations": [{ "type": "part_of", "pledge": "A" }]
            }),
        ),
        // E supersedes F; E USD 70 in Bhutan (LDC until 2023-12-13).
        pledge(
            "E",
            json!({
                "pledgers": { "lead": entity("Convergence Partners", "private_sector", "ZAF") },
                "financialValue": usd("70"),
                "implementation": { "countries": ["BTN"] },
                "relations": [{ "type": "supersedes", "pledge": "F" }]
            }),
        ),
        pledge("F", json!({ "financialValue": usd("60") })),
        // G: a currency with no rate: listed, not counted.
        pledge(
            "G",
            json!({
                "financialValue": { "amount": "500", "currency": "XAF", "valueDate": "2022-01-01" }
            }),
        ),
        // H: not known until 2025; I: a draft.
        pledge(
            "H",
            json!({ "validatedAt": "2025-01-01T00:00:00Z", "financialValue": usd("1000") }),
        ),
        pledge(
            "I",
            json!({ "reviewState": "draft", "financialValue": usd("1000") }),
        ),
    ]
}

fn rows(s: &Summary, dim: Dimension) -> Vec<(String, u64, Decimal)> {
    s.breakdown(dim)
        .unwrap()
        .rows
        .iter()
        .map(|r| (r.key.clone(), r.pledges, r.value))
        .collect()
}

fn row(s: &Summary, dim: Dimension, key: &str) -> (u64, Decimal) {
    s.breakdown(dim)
        .unwrap()
        .rows
        .iter()
        .find(|r| r.key == key)
        .map(|r| (r.pledges, r.value))
        .unwrap_or_else(|| panic!("no row {key} in {dim:?}"))
}

#[test]
fn known_answers_on_the_hand_built_set() {
    let s = summarize(&sample(), &opts("2024-07-07")).unwrap();
    // Counted: A B C D E G (F superseded by E, H not yet known, I a draft).
    assert_eq!(s.pledge_count, 6);
    let excluded: Vec<(&str, &str, &str)> = s
        .excluded
        .iter()
        .map(|e| (e.id.as_str(), &*e.reason, &*e.detail))
        .collect();
    assert_eq!(
        excluded,
        [
            ("F", "superseded", "E"),
            ("H", "not_yet_known", "2025-01-01"),
            ("I", "not_published", "draft"),
        ]
    );
    // Total: A 100 + B 200 × 1.1 + E 70 = 390; C (same funds as B) and D (part of A) add
    // nothing; G has no rate.
    assert_eq!(s.value.total, dec("390"));
    assert_eq!(s.value.pledges_counted, 3);
    assert_eq!(s.value.converted, 1);
    let not_counted: Vec<(&str, &str, &str, Decimal)> = s
        .value
        .not_counted
        .iter()
        .map(|n| (n.id.as_str(), n.reason.as_str(), n.other.as_str(), n.amount))
        .collect();
    assert_eq!(
        not_counted,
        [
            ("C", "same_funds_as", "B", dec("250")),
            ("D", "part_of", "A", dec("40")),
        ]
    );
    assert_eq!(s.value.unconverted.len(), 1);
    let g = &s.value.unconverted[0];
    assert_eq!(
        (g.id.as_str(), g.kind.as_str(), g.code.as_str()),
        ("G", "pledged", "unknown_code")
    );
    assert_eq!((g.amount, g.currency.as_str()), (dec("500"), "XAF"));

    // Entities: Government of Kenya (A, D), Orange (B, C), Internet Society, Convergence
    // Partners, Org G = 5; by type government 1, private 3, civil society 1.
    assert_eq!(s.entities.count, 5);
    let types: Vec<(&str, u64)> = s
        .entities
        .by_stakeholder_type
        .iter()
        .filter(|r| r.count > 0)
        .map(|r| (r.key.as_str(), r.count))
        .collect();
    assert_eq!(
        types,
        [
            ("government", 1),
            ("private_sector", 3),
            ("civil_society", 1)
        ]
    );
    // HQ countries: KEN, FRA, ZAF, USA; ISOC is international.
    assert_eq!(s.pledger_countries.count, 4);
    assert_eq!(s.pledger_countries.international_entities, 1);

    // Focus areas, full attribution: access gets all 390; adoption gets A's 100.
    assert_eq!(row(&s, Dimension::FocusArea, "access"), (6, dec("390")));
    assert_eq!(row(&s, Dimension::FocusArea, "adoption"), (1, dec("100")));
    let fa = s.breakdown(Dimension::FocusArea).unwrap();
    assert_eq!(fa.additivity, Additivity::Overlapping);
    assert_eq!((fa.value_overlap, fa.count_overlap), (dec("100"), 1));

    // Countries: KHM has B (220) and C (0); KEN has A (100) and D (0); UGA has A.
    assert_eq!(row(&s, Dimension::Country, "KHM"), (2, dec("220")));
    assert_eq!(row(&s, Dimension::Country, "KEN"), (2, dec("100")));
    assert_eq!(row(&s, Dimension::Country, "UGA"), (1, dec("100")));
    assert_eq!(row(&s, Dimension::Country, "BTN"), (1, dec("70")));
    assert_eq!(row(&s, Dimension::Country, UNSPECIFIED), (1, dec("0")));

    // Regions (primary or any, from countries): AFR = A, D; ASP = B, C, E.
    assert_eq!(row(&s, Dimension::ItuRegion, "AFR"), (2, dec("100")));
    assert_eq!(row(&s, Dimension::ItuRegion, "ASP"), (3, dec("290")));

    // Country groups on 2024-07-07: LDC = A (UGA), B and C (KHM); Bhutan has graduated.
    assert_eq!(row(&s, Dimension::CountryGroup, "ldc"), (3, dec("320")));
    // LLDC = A (UGA), E (BTN).
    assert_eq!(row(&s, Dimension::CountryGroup, "lldc"), (2, dec("170")));

    // End dates as of 2024-07-07: A ended (2023-06), B ends 2024, C later, D E G unknown.
    assert_eq!(row(&s, Dimension::EndDate, "ended"), (1, dec("100")));
    assert_eq!(
        row(&s, Dimension::EndDate, "ends_this_year"),
        (1, dec("220"))
    );
    assert_eq!(row(&s, Dimension::EndDate, "later"), (1, dec("0")));
    assert_eq!(row(&s, Dimension::EndDate, "unknown"), (3, dec("70")));

    // Targets: ACCESS-01 on B and C.
    assert_eq!(
        rows(&s, Dimension::Target)[0],
        ("ACCESS-01".into(), 2, dec("220"))
    );

    // Reporting: one report (A), by a government lead; A has ended and has a report.
    let r = &s.reporting;
    assert_eq!(
        (r.reports, r.reported_pledges, r.entities_reporting),
        (1, 1, 1)
    );
    assert_eq!(r.reported_share, dec("0.1667"));
    assert_eq!(r.ended_with_reports, 1);
    assert_eq!(r.challenges[0].key, "financial");
    assert_eq!(r.solutions[0].key, "partnerships");
    // Overdue (365 days): A's last report 2023-01-10 is 544 days before; B C D E G were
    // validated in 2022 with no report. All six have no finished status.
    assert_eq!(r.overdue, ["A", "B", "C", "D", "E", "G"]);

    // Delivery: A delivered 30 of 100.
    assert_eq!(
        (s.delivery.pledges, s.delivery.delivered, s.delivery.pledged),
        (1, dec("30"), dec("100"))
    );
    assert_eq!(s.delivery.ratio, Some(dec("0.3")));

    // Goal: 390 of 100 bn.
    let goal = s.goal.as_ref().unwrap();
    assert_eq!(goal.remaining, dec("99999999610"));
    assert_eq!(goal.share, dec("0"));
}

#[test]
fn equal_split_is_additive_and_known() {
    let mut o = opts("2024-07-07");
    o.attribution = Attribution::EqualSplit;
    let s = summarize(&sample(), &o).unwrap();
    // A's 100 splits 50/50 between access and adoption, and between KEN and UGA.
    assert_eq!(row(&s, Dimension::FocusArea, "access"), (6, dec("340")));
    assert_eq!(row(&s, Dimension::FocusArea, "adoption"), (1, dec("50")));
    assert_eq!(row(&s, Dimension::Country, "KEN"), (2, dec("50")));
    assert_eq!(row(&s, Dimension::Country, "UGA"), (1, dec("50")));
    for b in &s.breakdowns {
        if b.dimension != Dimension::CountryGroup {
            assert_eq!(b.additivity, Additivity::Additive, "{:?}", b.dimension);
        }
    }
}

#[test]
fn declared_shares_follow_the_pledge() {
    let p = pledge(
        "S",
        json!({
            "financialValue": usd("1000"),
            "implementation": { "countries": ["KEN", "UGA", "TZA"], "shares": [
                { "area": "KEN", "percent": "50" }, { "area": "UGA", "percent": "30" },
                { "area": "TZA", "percent": "20" } ] }
        }),
    );
    let q = pledge(
        "T",
        json!({
            "financialValue": usd("10"),
            "implementation": { "countries": ["KEN", "UGA"], "shares": [
                { "area": "KEN", "percent": "100" } ] }
        }),
    );
    let mut o = opts("2024-07-07");
    o.attribution = Attribution::DeclaredShares;
    let s = summarize(&[p, q], &o).unwrap();
    // S: 500 / 300 / 200; T's shares do not fit its countries, so 5 / 5.
    assert_eq!(row(&s, Dimension::Country, "KEN"), (2, dec("505")));
    assert_eq!(row(&s, Dimension::Country, "UGA"), (2, dec("305")));
    assert_eq!(row(&s, Dimension::Country, "TZA"), (1, dec("200")));
    let b = s.breakdown(Dimension::Country).unwrap();
    assert_eq!((b.share_fallbacks, b.additivity), (1, Additivity::Additive));
}

#[test]
fn thirds_sum_exactly() {
    let one = [Decimal::ONE; 3];
    // 100 in whole units: 33 each and 1 unit left over; the remainders tie, so the first
    // share takes it.
    assert_eq!(
        split(dec("100"), &one).unwrap(),
        [dec("34"), dec("33"), dec("33")]
    );
    // 100.00 in cents: 10000 = 3 × 3333 + 1.
    let cents = split(dec("100.00"), &one).unwrap();
    assert_eq!(cents, [dec("33.34"), dec("33.33"), dec("33.33")]);
    // Every share keeps the value's scale.
    assert!(cents.iter().all(|c| c.scale() == 2));
    // Negative values split like their magnitude.
    assert_eq!(
        split(dec("-100.00"), &one).unwrap(),
        [dec("-33.34"), dec("-33.33"), dec("-33.33")]
    );
}

#[test]
fn largest_remainders_take_the_left_over_units() {
    // 10 by 1 : 1 : 1 : 7 → exact proportions 1, 1, 1, 7: nothing left over.
    let w = [dec("1"), dec("1"), dec("1"), dec("7")];
    assert_eq!(
        split(dec("10"), &w).unwrap(),
        [dec("1"), dec("1"), dec("1"), dec("7")]
    );
    // 1.00 by 50 : 30 : 20 (percent, as declared shares): 0.50, 0.30, 0.20.
    let w = [dec("50"), dec("30"), dec("20")];
    assert_eq!(
        split(dec("1.00"), &w).unwrap(),
        [dec("0.50"), dec("0.30"), dec("0.20")]
    );
    // 10 by 45 : 35 : 20 → 4.5, 3.5, 2: whole units 4, 3, 2 and 1 left over; the remainders
    // 0.5 and 0.5 tie, so the earlier share takes it: 5, 3, 2.
    let w = [dec("45"), dec("35"), dec("20")];
    assert_eq!(
        split(dec("10"), &w).unwrap(),
        [dec("5"), dec("3"), dec("2")]
    );
    // 10 by 10 : 25 : 65 → 1, 2.5, 6.5: the later two tie at 0.5, one unit left: 1, 3, 6.
    let w = [dec("10"), dec("25"), dec("65")];
    assert_eq!(
        split(dec("10"), &w).unwrap(),
        [dec("1"), dec("3"), dec("6")]
    );
    // 7 by 0.1 : 0.3 : 0.6 → 0.7, 2.1, 4.2: whole units 0, 2, 4, one left over, to the
    // largest remainder (0.7): 1, 2, 4.
    let w = [dec("0.1"), dec("0.3"), dec("0.6")];
    assert_eq!(split(dec("7"), &w).unwrap(), [dec("1"), dec("2"), dec("4")]);
    // A weight of zero gets nothing, even with units left over: 1 by 0 : 1 : 1 → 0, 1, 0.
    let w = [dec("0"), dec("1"), dec("1")];
    assert_eq!(split(dec("1"), &w).unwrap(), [dec("0"), dec("1"), dec("0")]);
    // All-zero weights split equally.
    assert_eq!(
        split(dec("2"), &[Decimal::ZERO; 2]).unwrap(),
        [dec("1"), dec("1")]
    );
}

#[test]
fn splits_with_many_digit_weights_are_exact() {
    // Weights whose integer forms times the value exceed 128 bits take the 256-bit path.
    // Value 79228162514264337593543950335 (2^96 - 1, Decimal::MAX) by 1 : (10^20 - 1):
    // the exact first share is (2^96 - 1) / 10^20 = 792281625.14264337593543950335, so 792281625
    // units with remainder 0.14…; the second is the rest, 79228162514264337592751668710
    // (computed as MAX - 792281625), and 1 unit is left to the larger remainder (the second,
    // 0.857…).
    let w = [dec("1"), dec("99999999999999999999")];
    let parts = split(Decimal::MAX, &w).unwrap();
    assert_eq!(
        parts,
        [dec("792281625"), dec("79228162514264337592751668710")]
    );
    assert_eq!(parts[0] + parts[1], Decimal::MAX);
    // mul_div_rem against u128 arithmetic where the product fits, and a known wide case:
    // (2^96 - 1) × (2^100) / (2^100 + 1) = 2^96 - 2 remainder 2^100 - 2^96 + 2 … checked by
    // multiplying back: q × d + r = n × m.
    let n = (1u128 << 96) - 1;
    let m = 1u128 << 100;
    let d = m + 1;
    let (q, r) = mul_div_rem(n, m, d).unwrap();
    assert!(r < d);
    // n × m = q × d + r, compared in halves: n × m = n × 2^100; q × d + r = q × 2^100 + q + r.
    // So (n - q) × 2^100 = q + r, with n - q = 1 and q + r = 2^100.
    assert_eq!(n - q, 1);
    assert_eq!(q + r, 1u128 << 100);
    assert_eq!(mul_div_rem(1000, 7, 9), Some((777, 7)));
    assert_eq!(mul_div_rem(1, 1, 0), None);
}

#[test]
fn sums_that_would_round_are_overflow_errors() {
    // 18446744073709551615 + 1e-28 needs 48 significant digits; Decimal would round it.
    let err = add(
        dec("18446744073709551615"),
        dec("0.0000000000000000000000000001"),
        "t",
    )
    .unwrap_err();
    assert_eq!(err.code(), "overflow");
    // Exact sums pass, including those where Decimal drops a trailing zero to fit:
    // (5e27 + 0.5) + (5e27 + 0.5) = 10000000000000000000000000001 exactly.
    let half = dec("5000000000000000000000000000.5");
    assert_eq!(
        add(half, half, "t").unwrap(),
        dec("10000000000000000000000000001")
    );
    assert_eq!(add(dec("390.0"), dec("0.05"), "t").unwrap(), dec("390.05"));
    // (5e27 + 0.5) + (5e27 + 0.25) needs 0.75 below the integer: refused.
    let quarter = dec("5000000000000000000000000000.25");
    assert_eq!(add(half, quarter, "t").unwrap_err().code(), "overflow");
}

#[test]
fn ldc_either_side_of_bhutan_graduation() {
    // E is implemented in Bhutan only; it targets an LDC the day before 2023-12-13 only.
    let before = summarize(&sample(), &opts("2023-12-12")).unwrap();
    let on = summarize(&sample(), &opts("2023-12-13")).unwrap();
    assert_eq!(
        row(&before, Dimension::CountryGroup, "ldc"),
        (4, dec("390"))
    );
    assert_eq!(row(&on, Dimension::CountryGroup, "ldc"), (3, dec("320")));
}

#[test]
fn as_of_excludes_later_pledges_and_reports() {
    // On 2022-03-01: C (validated 2022-06-01) and H are not yet known, A's report is later.
    let s = summarize(&sample(), &opts("2022-03-01")).unwrap();
    assert_eq!(s.pledge_count, 5);
    assert_eq!(s.reporting.reports, 0);
    // C is not counted, so B no longer shares funds with anything: still 390.
    assert_eq!(s.value.total, dec("390"));
    assert!(s.value.not_counted.iter().all(|n| n.id != "C"));
}

#[test]
fn invalid_policy() {
    let mut o = opts("2024-07-07");
    o.invalid_pledges = vec![("B".into(), vec!["value.negative".into()])];
    o.invalid = InvalidPolicy::Reject;
    let err = summarize(&sample(), &o).unwrap_err();
    assert_eq!(err.code(), "invalid_pledges");
    assert_eq!(
        err,
        Error::InvalidPledges {
            ids: vec!["B".into()]
        }
    );

    o.invalid = InvalidPolicy::Exclude;
    let s = summarize(&sample(), &o).unwrap();
    let e = s.excluded.iter().find(|e| e.id == "B").unwrap();
    assert_eq!((&*e.reason, &*e.detail), ("invalid", "value.negative"));
    // Without B, C carries the shared funds: 100 + 250 + 70.
    assert_eq!(s.value.total, dec("420"));

    o.invalid = InvalidPolicy::Include;
    let s = summarize(&sample(), &o).unwrap();
    assert_eq!(s.included_invalid, ["B"]);
    assert_eq!(s.value.total, dec("390"));
}

#[test]
fn validation_runs_by_default() {
    // A financial pledge with no financial value fails validation (an error-severity
    // issue); it is excluded with its codes, and counted when validation is off.
    let bad = pledge("BAD", json!({}));
    let s = summarize(std::slice::from_ref(&bad), &opts("2024-07-07")).unwrap();
    assert_eq!(s.pledge_count, 0);
    assert_eq!(s.excluded[0].reason, "invalid");
    assert!(!s.excluded[0].detail.is_empty());
    let mut o = opts("2024-07-07");
    o.invalid = InvalidPolicy::Reject;
    assert_eq!(
        summarize(std::slice::from_ref(&bad), &o)
            .unwrap_err()
            .code(),
        "invalid_pledges"
    );
    o.validate = false;
    assert_eq!(summarize(&[bad], &o).unwrap().pledge_count, 1);
}

#[test]
fn duplicate_ids_are_an_error() {
    let err = summarize(
        &[pledge("A", json!({})), pledge("A", json!({}))],
        &opts("2024-01-01"),
    )
    .unwrap_err();
    assert_eq!(err.code(), "duplicate_pledge_id");
}

#[test]
fn filters() {
    let mut o = opts("2024-07-07");
    o.filters.countries = vec![CountryCode::new("KHM").unwrap()];
    let s = summarize(&sample(), &o).unwrap();
    assert_eq!(s.pledge_count, 2);
    assert_eq!(s.filtered_out, 4);
    assert_eq!(s.value.total, dec("220"));

    let mut o = opts("2024-07-07");
    o.filters.country_groups = vec![CountryGroup::Ldc];
    o.filters.focus_areas = vec![FocusArea::Adoption];
    let s = summarize(&sample(), &o).unwrap();
    assert_eq!(s.pledge_count, 1); // A only

    let mut o = opts("2024-07-07");
    o.filters.period = Some((d("2024-01-01"), d("2024-12-31")));
    let s = summarize(&sample(), &o).unwrap();
    // B ends 2024, C ends 2030 (no start: open), A ended 2023-06.
    assert_eq!(s.pledge_count, 2);
}

#[test]
fn region_modes() {
    let p = pledge(
        "R",
        json!({
            "financialValue": usd("10"),
            "implementation": { "regions": ["AFR", "ASP"], "primaryRegion": "ASP" }
        }),
    );
    let s = summarize(std::slice::from_ref(&p), &opts("2024-07-07")).unwrap();
    assert_eq!(row(&s, Dimension::ItuRegion, "AFR"), (1, dec("10")));
    assert_eq!(row(&s, Dimension::ItuRegion, "ASP"), (1, dec("10")));
    let mut o = opts("2024-07-07");
    o.region_mode = RegionMode::PrimaryOnly;
    let s = summarize(&[p], &o).unwrap();
    assert_eq!(row(&s, Dimension::ItuRegion, "AFR"), (0, dec("0")));
    assert_eq!(row(&s, Dimension::ItuRegion, "ASP"), (1, dec("10")));
}

#[test]
fn country_profile_of_cambodia() {
    let mut pledges = sample();
    pledges.push(pledge("K1", json!({
        "pledgeTypes": ["programmatic"],
        "pledgers": { "lead": entity("Ministry of Posts", "government", "KHM") },
        "implementation": { "countries": ["KHM"] },
        "period": { "end": "2023-12" },
        "progressReports": [
            { "date": "2024-02-01", "status": "completed", "challenges": ["administrative", "financial"] },
            { "date": "2024-05-01", "status": "completed", "challenges": ["financial"], "solutions": ["funding"] }
        ]
    })));
    pledges.push(pledge(
        "K2",
        json!({
            "pledgeTypes": ["programmatic"],
            "implementation": { "countries": ["KHM"] },
            "period": { "end": "2023-01" },
            "implementationStatus": "planning_phase"
        }),
    ));
    let p = country_profile(
        &pledges,
        CountryCode::new("KHM").unwrap(),
        d("2024-07-07"),
        &opts("2000-01-01"),
    )
    .unwrap();
    // B, C, K1, K2 are in Cambodia; only K1 has reports (from a government lead).
    assert_eq!((p.pledges, p.reported), (4, 1));
    assert_eq!(p.reported_share, dec("0.25"));
    assert_eq!(p.reports_by_stakeholder_type[0].key, "government");
    assert_eq!(p.reports_by_stakeholder_type[0].count, 1);
    // Ended: K1 (2023-12, reported) and K2 (2023-01); B ends 2024; C 2030.
    assert_eq!(
        p.end_dates,
        EndDates {
            ended: 2,
            ended_with_reports: 1,
            ends_this_year: 1,
            later: 1,
            unknown: 0
        }
    );
    // Status: K1 completed, K2 planning phase, B and C unknown.
    let status: Vec<(&str, u64)> = p
        .status
        .iter()
        .filter(|r| r.count > 0)
        .map(|r| (r.key.as_str(), r.count))
        .collect();
    assert_eq!(
        status,
        [("planning_phase", 1), ("completed", 1), (UNSPECIFIED, 2)]
    );
    assert_eq!(p.top_targets[0].key, "ACCESS-01");
    assert_eq!(p.top_targets[0].count, 2);
    // Challenges by reports: financial 2, administrative 1.
    let ch: Vec<(&str, u64)> = p
        .top_challenges
        .iter()
        .map(|r| (r.key.as_str(), r.count))
        .collect();
    assert_eq!(ch, [("financial", 2), ("administrative", 1)]);
    let ldc = p
        .groups
        .iter()
        .find(|g| g.group == CountryGroup::Ldc)
        .unwrap();
    assert!(ldc.member && !ldc.provisional);
    assert_eq!(p.total_value, dec("220"));
    assert!(p.render_text().contains("Cambodia (KHM) as of 2024-07-07"));
}

#[test]
fn renders_a_stable_aligned_dashboard() {
    let mut pledges = sample();
    pledges.push(pledge(
        "BIG",
        json!({ "financialValue": usd("1234567.891") }),
    ));
    let s = summarize(&pledges, &opts("2024-07-07")).unwrap();
    let text = s.render_text();
    assert_eq!(text, s.render_text());
    // 390 + 1,234,567.891 = 1,234,957.891, shown rounded to cents with separators.
    assert!(text.contains("1,234,957.89"), "{text}");
    assert!(text.contains("table test-fixed-1; policy fixed"));
    assert!(text.contains("source: hand-made test rates"));
    assert!(text.contains("Note: attribution: full value"));
    // Table rows of one block have the same column start for the numbers: check the
    // focus-area block's value column by right alignment (equal line lengths).
    let block: Vec<&str> = text
        .split("\nBy focusArea")
        .nth(1)
        .unwrap()
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(block.len() >= 5);
    let len = block[0].len();
    assert!(block.iter().all(|l| l.len() == len), "{block:#?}");
    assert_eq!(render::amount(dec("-1234.5")), "-1,234.50");
    assert_eq!(render::amount(dec("999")), "999.00");
    assert_eq!(render::amount(dec("0.005")), "0.00");
}

#[test]
fn summary_json_has_strings_for_decimals() {
    let s = summarize(&sample(), &opts("2024-07-07")).unwrap();
    let v = s.to_json();
    // 200 EUR × 1.1 carries one decimal place: "390.0", a string, exact.
    assert_eq!(v["value"]["total"], json!("390.0"));
    assert_eq!(v["asOf"], json!("2024-07-07"));
    assert_eq!(v["breakdowns"][0]["dimension"], json!("focusArea"));
    assert_eq!(v["breakdowns"][0]["additivity"], json!("overlapping"));
}

// ---- properties ----

/// A small deterministic pledge from a tuple of choices.
fn generated(i: usize, t: &(u8, u8, u32, u8, u8, u8, u8)) -> Pledge {
    let (fa, kind, amount, cur, country, rel, hq) = *t;
    let areas: Vec<&str> = ["access", "adoption", "value_creation", "accelerate"]
        .iter()
        .enumerate()
        .filter(|(b, _)| fa & (1 << b) != 0)
        .map(|(_, a)| *a)
        .collect();
    let areas = if areas.is_empty() {
        vec!["access"]
    } else {
        areas
    };
    let countries = ["KEN", "UGA", "KHM", "BTN", "FRA", "FJI", "BRA"];
    let picked: Vec<&str> = countries
        .iter()
        .enumerate()
        .filter(|(b, _)| country & (1 << b) != 0)
        .map(|(_, c)| *c)
        .collect();
    let currency = ["USD", "EUR", "GBP", "XAF"][usize::from(cur % 4)];
    let stakeholder =
        ["government", "private_sector", "un_agency", "civil_society"][usize::from(kind % 4)];
    let mut extra = json!({
        "pledgers": { "lead": entity(&format!("E{}", hq % 5), stakeholder, countries[usize::from(hq % 7)]) },
        "focusAreas": areas,
        "financialValue": { "amount": format!("{}.{:02}", amount, amount % 100), "currency": currency,
                            "valueDate": "2022-01-01" },
        "implementation": { "countries": picked },
    });
    if i > 0 && rel % 4 != 0 {
        let kind = ["", "same_funds_as", "part_of", "supersedes"][usize::from(rel % 4)];
        extra["relations"] =
            json!([{ "type": kind, "pledge": format!("P{:03}", usize::from(rel) % i) }]);
    }
    pledge(&format!("P{i:03}"), extra)
}

fn pledge_set() -> impl Strategy<Value = Vec<Pledge>> {
    prop::collection::vec(
        (
            any::<u8>(),
            any::<u8>(),
            0u32..10_000_000,
            any::<u8>(),
            any::<u8>(),
            any::<u8>(),
            any::<u8>(),
        ),
        1..25,
    )
    .prop_map(|v| v.iter().enumerate().map(|(i, t)| generated(i, t)).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn split_breakdowns_sum_exactly_to_the_total(pledges in pledge_set(), declared in any::<bool>()) {
        let mut o = opts("2024-07-07");
        o.attribution = if declared { Attribution::DeclaredShares } else { Attribution::EqualSplit };
        let s = summarize(&pledges, &o).unwrap();
        for b in &s.breakdowns {
            let mut sum = Decimal::ZERO;
            for r in &b.rows {
                sum += r.value;
            }
            // Country groups overlap (an LDC can be an LLDC): that breakdown may overlap.
            if b.dimension != Dimension::CountryGroup {
                prop_assert_eq!(sum, s.value.total, "{:?}", b.dimension);
                prop_assert_eq!(b.additivity, Additivity::Additive);
            }
            prop_assert_eq!(sum - s.value.total, b.value_overlap);
        }
        // Single-valued dimensions are additive in counts too.
        for dim in [Dimension::ImplementationStatus, Dimension::EndDate] {
            let b = s.breakdown(dim).unwrap();
            prop_assert_eq!(b.count_overlap, 0);
            prop_assert_eq!(b.rows.iter().map(|r| r.pledges).sum::<u64>(), s.pledge_count);
        }
    }

    #[test]
    fn splits_are_exact_monotonic_and_keep_the_scale(
        mantissa in any::<i128>(),
        scale in 0u32..=28,
        weights in prop::collection::vec((0u64..u64::MAX, 0u32..=18), 1..8),
        equal in any::<bool>(),
    ) {
        // Any decimal: a 96-bit mantissa with a sign, at any scale. Weights of up to 18
        // places keep their integer forms (below 7 × 1.8e37) within the 128 bits split needs.
        let value = Decimal::from_i128_with_scale(mantissa % (1i128 << 96), scale);
        let w: Vec<Decimal> = if equal {
            vec![Decimal::ONE; weights.len()]
        } else {
            weights.iter().map(|(m, s)| Decimal::from_i128_with_scale(i128::from(*m), *s)).collect()
        };
        let parts = split(value, &w).unwrap();
        prop_assert_eq!(parts.len(), w.len());
        // The shares add up exactly (checked_add: no rounding at these sizes, since every
        // partial sum is at most the value in magnitude and has its scale).
        let sum = parts.iter().try_fold(Decimal::ZERO, |a, p| a.checked_add(*p)).unwrap();
        prop_assert_eq!(sum, value);
        let all_zero = w.iter().all(|x| x.is_zero());
        for (i, p) in parts.iter().enumerate() {
            prop_assert_eq!(p.scale(), value.scale());
            prop_assert!(p.is_zero() || p.is_sign_negative() == value.is_sign_negative());
            if w[i].is_zero() && !all_zero {
                prop_assert!(p.is_zero());
            }
            // A larger weight never gets a smaller share (largest remainders keep the order);
            // equal weights get shares at most one unit apart.
            for (j, q) in parts.iter().enumerate() {
                if w[i] > w[j] {
                    prop_assert!(p.abs() >= q.abs());
                }
                if w[i] == w[j] || all_zero {
                    let unit = Decimal::from_i128_with_scale(1, value.scale());
                    prop_assert!((p.abs() - q.abs()).abs() <= unit);
                }
            }
        }
    }

    #[test]
    fn full_attribution_overlap_is_rows_minus_total(pledges in pledge_set()) {
        let s = summarize(&pledges, &opts("2024-07-07")).unwrap();
        for b in &s.breakdowns {
            let mut sum = Decimal::ZERO;
            for r in &b.rows {
                sum += r.value;
            }
            prop_assert_eq!(sum - s.value.total, b.value_overlap);
            prop_assert_eq!(b.additivity == Additivity::Additive, b.value_overlap.is_zero());
        }
    }

    #[test]
    fn results_do_not_depend_on_input_order(
        pledges in pledge_set(),
        seed in any::<u64>(),
        attribution in 0u8..3,
    ) {
        let mut o = opts("2024-07-07");
        o.attribution = [Attribution::Full, Attribution::EqualSplit, Attribution::DeclaredShares][usize::from(attribution)];
        let a = summarize(&pledges, &o).unwrap();
        let mut shuffled = pledges.clone();
        // Fisher–Yates with a small LCG, so the shuffle is reproducible from the seed.
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = usize::try_from(state >> 33).unwrap() % (i + 1);
            shuffled.swap(i, j);
        }
        let b = summarize(&shuffled, &o).unwrap();
        prop_assert_eq!(a, b);
    }
}

#[test]
fn embedded_rates_convert_with_provenance() {
    // ECB 2022-06-07: 1 EUR = 1.0662 USD (data/ecb_eurofxref_hist.csv), so EUR 1000 is
    // USD 1066.20 (money rounds each conversion to the target's 2 minor units).
    let p = pledge(
        "EUR",
        json!({
            "financialValue": { "amount": "1000", "currency": "EUR", "valueDate": "2022-06-07" }
        }),
    );
    let s = summarize(&[p], &SummaryOptions::embedded(d("2024-07-07"))).unwrap();
    assert_eq!(s.value.total, dec("1066.20"));
    assert_eq!(s.value.converted, 1);
    assert!(!s.rates.table_id.is_empty());
    assert!(
        s.rates.sources.iter().any(|x| x.contains("ECB")),
        "{:?}",
        s.rates.sources
    );
    assert!(s.render_text().contains(&s.rates.table_id));
}

/// Regression test for the fuzz finding `split-precision` (RELIABILITY.md): split shares
/// were truncated to 10 decimal places, so a breakdown row adding a share of a value of about
/// 1e19 to a share of a small value needed more than a decimal's 28 significant digits, was
/// rounded, and the rows no longer summed to the total. Shares now keep their value's scale.
#[test]
fn split_rows_stay_exact_for_huge_values() {
    let big = pledge(
        "BIG",
        json!({ "focusAreas": ["access", "adoption", "value_creation"],
                "financialValue": { "amount": "18446744073968351615", "currency": "USD",
                                    "valueDate": "2022-01-01" } }),
    );
    let small = pledge(
        "SMALL",
        json!({ "focusAreas": ["access", "adoption", "value_creation"],
                "financialValue": { "amount": "1000.01", "currency": "USD",
                                    "valueDate": "2022-01-01" } }),
    );
    let mut o = opts("2024-07-07");
    o.attribution = Attribution::EqualSplit;
    let s = summarize(&[big.clone(), small.clone()], &o).unwrap();
    // The total, by hand: 18446744073968351615 + 1000.01.
    assert_eq!(s.value.total, dec("18446744073968352615.01"));
    let b = s.breakdown(Dimension::FocusArea).unwrap();
    let sum = b.rows.iter().fold(Decimal::ZERO, |a, r| a + r.value);
    assert_eq!(sum, s.value.total);
    // By hand: 18446744073968351615 = 3 × 6148914691322783871 + 2, so the first two focus
    // areas get …872 and the third …871; 100001 cents = 3 × 33333 + 2, so 333.34, 333.34,
    // 333.33.
    assert_eq!(
        row(&s, Dimension::FocusArea, "access"),
        (2, dec("6148914691322784205.34"))
    );
    assert_eq!(
        row(&s, Dimension::FocusArea, "adoption"),
        (2, dec("6148914691322784205.34"))
    );
    assert_eq!(
        row(&s, Dimension::FocusArea, "value_creation"),
        (2, dec("6148914691322784204.33"))
    );
    // The streaming route, in the other order, gives the same summary.
    let mut acc = SummaryAccumulator::new(o);
    acc.push(small).unwrap();
    acc.push(big).unwrap();
    assert_eq!(acc.finish().unwrap(), s);
}

#[test]
fn default_as_of_is_the_last_embedded_ecb_day() {
    // The ECB file lists the newest day first; its first data row, read here directly.
    let text = include_str!("../../data/ecb_eurofxref_hist.csv");
    let first = text.lines().nth(1).unwrap().split(',').next().unwrap();
    assert_eq!(super::default_as_of(), d(first));
}

/// Distinct entities are kept by their identity key written in place: it must be byte for
/// byte `identity_key` (case and surrounding spaces of names ignored, non-ASCII names
/// lowercased as `identity_key` does), so keys agree exactly when identity keys agree.
#[test]
fn written_identity_keys_follow_identity_keys() {
    let written = |e: &Entity| {
        let mut out = Vec::new();
        write_identity_key(e, &mut out);
        out
    };
    let e = |v: Value| -> Entity { serde_json::from_value(v).unwrap() };
    let entities = [
        e(json!({"name": "Orange", "stakeholderType": "private_sector", "headquarters": "FRA"})),
        e(json!({"name": "  ORANGE ", "stakeholderType": "private_sector", "headquarters": "FRA"})),
        e(json!({"name": "Orange", "stakeholderType": "private_sector", "headquarters": "SEN"})),
        e(
            json!({"name": "Orange", "stakeholderType": "government", "headquarters": "international"}),
        ),
        e(json!({"name": "Ünited Öffice", "stakeholderType": "other", "headquarters": "DEU"})),
        e(json!({"name": "üNITED öFFICE", "stakeholderType": "other", "headquarters": "DEU"})),
        e(
            json!({"id": "ORG-1", "name": "Orange", "stakeholderType": "private_sector", "headquarters": "FRA"}),
        ),
        e(
            json!({"id": "ORG-1", "name": "Other name", "stakeholderType": "other", "headquarters": "KEN"}),
        ),
        e(
            json!({"id": "ORG-2", "name": "Orange", "stakeholderType": "private_sector", "headquarters": "FRA"}),
        ),
    ];
    let mut same = 0;
    for a in &entities {
        for b in &entities {
            let keys_equal = a.identity_key() == b.identity_key();
            assert_eq!(written(a), a.identity_key().into_bytes());
            assert_eq!(written(a) == written(b), keys_equal, "{a:?} / {b:?}");
            same += usize::from(keys_equal);
        }
    }
    // By hand: 9 self-pairs, plus the two ASCII Oranges, the two Ünited Öffices and the two
    // ORG-1 entities, each pair in both orders.
    assert_eq!(same, 9 + 2 * 3);
}

// ---- the full-attribution fast path of breakdowns ----

/// Every breakdown of `pledges` (all counted, value = the amount as written) under full
/// attribution, once through `add_full` and once through the general `add_keyed` route; the
/// two must agree row for row.
fn full_path_agrees(pledges: &[Pledge], what: &str) {
    let mut options = opts("2024-07-07");
    options.validate = false;
    let mut cache = FastMap::default();
    let counted: Vec<Counted<'_>> = pledges
        .iter()
        .map(|p| {
            let mut c = derive(p, &options, &mut cache);
            c.value = p.financial_value.as_ref().map(|v| v.amount);
            c
        })
        .collect();
    let n = counted.len() as u64;
    let total = counted.iter().filter_map(|c| c.value).sum::<Decimal>();
    for dim in DIMENSIONS {
        let mut fast = BreakdownAcc::new(dim, &options);
        let mut slow = BreakdownAcc::new(dim, &options);
        assert_eq!(fast.attribution, Attribution::Full);
        for c in &counted {
            fast.add_full(c).unwrap();
            slow.add_keyed(c).unwrap();
        }
        let fast = serde_json::to_value(fast.finish(n, total).unwrap()).unwrap();
        let slow = serde_json::to_value(slow.finish(n, total).unwrap()).unwrap();
        assert_eq!(fast, slow, "{what}: {dim:?}");
    }
}

#[test]
fn full_attribution_fast_path_agrees_on_samples_and_the_fuzz_corpus() {
    full_path_agrees(&sample(), "sample");
    // Repeated codes, countries and targets (each must count once), a global pledge with no
    // countries, one with nothing in the optional dimensions, joint pledgers of two types.
    let odd = vec![
        pledge(
            "Q1",
            json!({
                "focusAreas": ["adoption", "access", "adoption"],
                "pillars": ["skills", "skills"],
                "pledgeTypes": ["policy", "financial", "policy"],
                "targets": ["ACCESS-02", "ACCESS-01", "ACCESS-02", "NOT-A-TARGET"],
                "implementation": { "countries": ["KEN", "UGA", "KEN", "BTN"] },
                "pledgers": { "lead": entity("A", "government", "KEN"),
                              "partners": [entity("B", "un_agency", "UGA"), entity("C", "government", "KEN")] },
                "financialValue": usd("10.50"),
            }),
        ),
        pledge(
            "Q2",
            json!({ "implementation": { "global": true }, "financialValue": usd("3") }),
        ),
        pledge(
            "Q3",
            json!({ "implementation": { "regions": ["AFR", "ASP", "AFR"], "primaryRegion": "EUR" } }),
        ),
    ];
    full_path_agrees(&odd, "odd shapes");
    // Every pledge of the committed fuzz corpus that parses (odd shapes: empty lists,
    // repeated codes and countries, unknown targets, global pledges …).
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/parse_pledge");
    let mut fuzzed: Vec<Pledge> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| std::fs::read(e.unwrap().path()).ok())
        .filter_map(|bytes| crate::parse::parse_pledge_bytes(&bytes).ok())
        .collect();
    assert!(
        fuzzed.len() > 20,
        "only {} fuzz pledges parse",
        fuzzed.len()
    );
    fuzzed.sort_by(|a, b| a.id.cmp(&b.id));
    full_path_agrees(&fuzzed, "fuzz corpus");
}

#[test]
fn full_attribution_fast_path_agrees_on_the_generated_corpus() {
    use p2c_corpus::{Corpus, CorpusConfig, Format};
    let corpus = Corpus::new(CorpusConfig {
        seed: 7,
        count: 20_000,
        ..CorpusConfig::default()
    })
    .unwrap();
    // Through JSON: the corpus builds the pledges of the p2c-core it links, not of this test
    // build of the crate.
    let mut jsonl = Vec::new();
    corpus.write(Format::Jsonl, &mut jsonl).unwrap();
    let pledges: Vec<Pledge> = jsonl
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| crate::parse_pledge_bytes(l).unwrap())
        .collect();
    assert_eq!(pledges.len(), 20_000);
    full_path_agrees(&pledges, "generated corpus");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn full_attribution_fast_path_agrees_on_generated_sets(pledges in pledge_set()) {
        full_path_agrees(&pledges, "proptest set");
    }
}

// ---- Sum: the integer fast path of money sums ----

/// `Sum` against the chain of `add` calls it replaces: the same value, scale and text, or an
/// error with the same code.
fn sum_agrees(values: &[Decimal]) {
    let mut chain: Result<Decimal> = Ok(Decimal::ZERO);
    let mut fast: Result<Sum> = Ok(Sum::default());
    for v in values {
        chain = chain.and_then(|a| add(a, *v, "test"));
        fast = fast.and_then(|mut s| s.add(*v, "test").map(|()| s));
    }
    match (chain, fast.and_then(Sum::value)) {
        (Ok(a), Ok(b)) => {
            assert_eq!(
                (a, a.scale(), a.to_string()),
                (b, b.scale(), b.to_string()),
                "{values:?}"
            )
        }
        (Err(a), Err(b)) => assert_eq!(a.code(), b.code(), "{values:?}"),
        (a, b) => panic!("{values:?}: chain {a:?}, sum {b:?}"),
    }
}

fn a_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        // Amounts as written: cents, whole units, up to 28 places, zero.
        (0u64..10_000_000_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m as i64, s)),
        (any::<u64>(), 0u32..29).prop_map(|(m, s)| Decimal::from_i128_with_scale(i128::from(m), s)),
        // Near the top of the range, where partial sums leave 96 bits.
        (0u128..1 << 96, 0u32..29).prop_map(|(m, s)| Decimal::from_i128_with_scale(m as i128, s)),
        // Negative values and negative zero leave the fast path.
        (any::<i64>(), 0u32..6).prop_map(|(m, s)| Decimal::new(m, s)),
        Just(Decimal::new(0, 2)),
        Just(-Decimal::new(0, 1)),
        Just(Decimal::MAX),
    ]
}

#[test]
fn sum_agrees_with_add_on_known_cases() {
    let max = Decimal::MAX;
    for case in [
        vec![],
        vec![dec("1.50"), dec("2.50")],
        vec![dec("100"), dec("0.5"), dec("7")],
        vec![max, dec("1")],
        vec![max, dec("0.1")],
        vec![dec("79228162514264337593543950"), dec("0.005"), dec("1.5")],
        vec![dec("1.5"), dec("-1.5"), dec("0.00")],
        vec![
            dec("18446744073709551615"),
            dec("0.0000000000000000000000000001"),
        ],
    ] {
        sum_agrees(&case);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn sum_agrees_with_add(values in prop::collection::vec(a_decimal(), 0..12)) {
        sum_agrees(&values);
    }
}

/// `head_json` is `to_json` without the seven per-pledge lists, and leaves the summary as it
/// was. Expected: the full JSON with those keys removed by hand here.
#[test]
fn head_json_is_the_json_without_the_lists() {
    let mut s = summarize(&sample(), &opts("2024-07-07")).unwrap();
    let full = s.to_json();
    // The hand-built set has at least one excluded pledge, so a list is really left out.
    assert!(!s.excluded.is_empty());
    let head = s.head_json();
    assert_eq!(s.to_json(), full, "the summary changed");
    let mut want = full.clone();
    for key in ["excluded", "includedInvalid", "undated"] {
        want.as_object_mut().unwrap().remove(key).unwrap();
    }
    for (parent, key) in [
        ("value", "notCounted"),
        ("value", "unconverted"),
        ("entities", "conflictingTypes"),
        ("reporting", "overdue"),
    ] {
        want[parent].as_object_mut().unwrap().remove(key).unwrap();
    }
    assert_eq!(head, want);
}

/// The summary's region and group rows of a pledge are the rows `geo::places` gives it, on
/// every sample pledge (the real 1.1 ones name groups and unnamed countries) and on dates
/// either side of Bhutan's graduation.
#[test]
fn summary_rows_follow_geo_places_on_the_real_samples() {
    let path =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let pledges = crate::parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(pledges
        .iter()
        .any(|p| !p.implementation.country_groups.is_empty()));
    assert!(pledges
        .iter()
        .any(|p| !p.implementation.unspecified_countries_in.is_empty()));
    let mut cache = FastMap::default();
    for as_of in ["2023-12-01", "2024-07-07"] {
        let as_of: NaiveDate = as_of.parse().unwrap();
        for p in &pledges {
            let places = crate::geo::places::places(&p.implementation, as_of);
            let groups: Vec<CountryGroup> = places.groups.iter().map(|r| r.key).collect();
            assert_eq!(select::groups_of(p, as_of, &mut cache), groups, "{}", p.id);
            let regions: Vec<crate::taxonomy::ItuRegion> =
                places.regions.iter().map(|r| r.key).collect();
            assert_eq!(
                select::regions_of(p, RegionMode::PrimaryOrAny),
                regions,
                "{}",
                p.id
            );
        }
    }
}

/// Entities whose headquarters the source does not give are counted as unknown, never under a
/// country, and the HTML dashboard says so.
#[test]
fn unknown_headquarters_count_under_no_country() {
    let mut p = pledge("U", json!({ "financialValue": usd("10") }));
    p.format_version = crate::model::FormatVersion::V1_1;
    p.pledgers.lead.headquarters = crate::model::Headquarters::Unknown;
    let kenyan = pledge("K", json!({ "financialValue": usd("5") }));
    let s = summarize(&[p, kenyan], &opts("2024-07-07")).unwrap();
    assert_eq!(s.pledger_countries.unknown_entities, 1);
    assert_eq!(s.pledger_countries.international_entities, 0);
    assert_eq!(
        s.pledger_countries.count,
        u64::try_from(s.pledger_countries.countries.len()).unwrap()
    );
    assert!(s
        .pledger_countries
        .countries
        .iter()
        .all(|r| r.key != "unknown"));
    let page = s.render_html(&crate::html::HtmlOptions::default());
    assert!(page.contains("1 entities have headquarters the sources do not give"));
}
