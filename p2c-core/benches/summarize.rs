//! Summarize 1e6 generated pledges: `cargo bench -p p2c-core --bench summarize`.
//!
//! The generator is deterministic (a linear congruential sequence), so every run measures the
//! same data: a mix of currencies, joint pledges, several countries and focus areas, reports,
//! and a few relations between pledges. Conversions use the embedded rate table and every
//! pledge is validated, as in a real dashboard run.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use p2c_core::aggregate::{summarize, Attribution, SummaryOptions};
use p2c_core::Pledge;

mod common;

const COUNTRIES: [&str; 12] = [
    "KEN", "UGA", "KHM", "BTN", "FRA", "FJI", "BRA", "IND", "SEN", "NPL", "USA", "EGY",
];
const FOCUS: [&str; 4] = ["access", "adoption", "value_creation", "accelerate"];
const TYPES: [&str; 4] = ["government", "private_sector", "un_agency", "civil_society"];
const CURRENCIES: [&str; 4] = ["USD", "EUR", "GBP", "XAF"];

fn generate(n: usize) -> Vec<Pledge> {
    let mut state: u64 = 0x5eed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    (0..n)
        .map(|i| {
            let r = next();
            let pick = |k: usize, list: &[&str]| list[(r >> k) % list.len()].to_owned();
            let countries: Vec<String> = (0..1 + r % 3).map(|k| pick(4 * k, &COUNTRIES)).collect();
            let mut partners = vec![];
            if r % 7 == 0 {
                partners.push(serde_json::json!({
                    "name": format!("Partner {}", r % 500), "stakeholderType": pick(3, &TYPES),
                    "headquarters": pick(9, &COUNTRIES) }));
            }
            let mut doc = serde_json::json!({
                "formatVersion": "1.0",
                "id": format!("P{i:07}"),
                "title": "generated",
                "pledgers": {
                    "lead": { "name": format!("Entity {}", r % 20_000), "stakeholderType": pick(5, &TYPES),
                              "headquarters": pick(7, &COUNTRIES) },
                    "partners": partners },
                "pledgeTypes": ["financial"],
                "focusAreas": [pick(2, &FOCUS), pick(11, &FOCUS)],
                "financialValue": { "amount": format!("{}.{:02}", r % 10_000_000, r % 100),
                                    "currency": pick(13, &CURRENCIES), "valueDate": "2022-06-07" },
                "implementation": { "countries": countries },
                "period": { "end": format!("{}", 2021 + r % 10) },
                "validatedAt": "2022-06-07T00:00:00Z",
                "reviewState": "published",
            });
            if r % 3 == 0 {
                doc["progressReports"] = serde_json::json!([{
                    "date": "2023-06-01", "status": "in_progress", "challenges": ["financial"],
                    "amountDelivered": { "amount": "1000", "currency": "USD" } }]);
            }
            if i > 0 && r % 50 == 0 {
                let kind = ["same_funds_as", "part_of", "supersedes"][(r >> 17) % 3];
                doc["relations"] = serde_json::json!([{ "type": kind, "pledge": format!("P{:07}", i - 1) }]);
            }
            serde_json::from_value(doc).expect("generated pledge parses")
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pledges = generate(common::size(1_000_000) as usize);
    let as_of = NaiveDate::from_ymd_opt(2024, 7, 7).expect("date");
    let mut group = c.benchmark_group("summarize");
    group.sample_size(10);
    // The embedded ECB/HMRC rates, validation on: what a dashboard run does.
    let mut options = SummaryOptions::embedded(as_of);
    options.attribution = Attribution::Full;
    group.bench_function("1e6 pledges, full attribution", |b| {
        b.iter(|| summarize(black_box(&pledges), &options).expect("summary"))
    });
    // The split attributions divide each pledge's value over its countries, regions and
    // groups, the path issue 24 changed most.
    let mut split = SummaryOptions::embedded(as_of);
    split.attribution = Attribution::EqualSplit;
    group.bench_function("1e6 pledges, equal_split attribution", |b| {
        b.iter(|| summarize(black_box(&pledges), &split).expect("summary"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
