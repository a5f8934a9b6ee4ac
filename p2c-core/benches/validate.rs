//! Validation throughput: one valid pledge, the sample data, and a generated 10k corpus, with
//! `serde_json` parsing alone and the `jsonschema` crate on the exported schema for scale.
//!
//! Run with `cargo bench -p p2c-core --bench validate`.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use p2c_core::validate::{
    validate_batch_str, validate_bytes, validate_str, validate_value, ValidateOptions,
};
use serde_json::{json, Value};

mod common;

fn base() -> Value {
    json!({
        "formatVersion": "1.0", "id": "P2C-KEN-0001", "title": "A Digitally Transformed Nation",
        "description": "Infrastructure, connectivity, capacity building and innovation for all Kenyans.",
        "links": [{"url": "https://www.itu.int/itu-d/sites/partner2connect/", "title": "Partner2Connect"}],
        "submittedAt": "2022-06-01T09:00:00Z", "validatedAt": "2022-06-05T12:00:00Z",
        "pledgers": {"lead": {"name": "Government of Kenya", "stakeholderType": "government",
                              "subtype": "national_government", "headquarters": "KEN"}},
        "pledgeTypes": ["financial"], "focusAreas": ["access"], "pillars": ["infrastructure"],
        "financialValue": {"amount": "258800000", "currency": "USD", "valueDate": "2022-06-07"},
        "implementation": {"regions": ["AFR"], "countries": ["KEN"]},
        "period": {"start": "2022", "end": "2027"},
        "beneficiaries": {"groups": ["youth"], "peopleReached": 5000000, "targetYear": 2027},
        "targets": ["ACCESS-01"],
        "contact": {"name": "Jane Doe", "email": "jane.doe@example.go.ke"},
        "reviewState": "published", "implementationStatus": "in_progress",
        "progressReports": [{"date": "2023-06-01", "status": "in_progress", "peopleReached": 1000000,
                             "amountDelivered": {"amount": "50000000", "currency": "USD"}}]
    })
}

/// A deterministic corpus of `n` pledges: varied ids, amounts, currencies, countries, types,
/// and about one record in ten with a problem (a typo, a bad code, a float amount, an empty
/// title), as a real submission stream would have.
fn corpus(n: usize) -> Vec<Value> {
    let countries = [
        "KEN", "UGA", "RWA", "TZA", "ETH", "GHA", "NGA", "SEN", "ZAF", "BEN",
    ];
    let currencies = ["USD", "EUR", "GBP", "KES", "JPY"];
    let pillars = ["infrastructure", "affordability", "cybersecurity"];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..n)
        .map(|i| {
            let mut v = base();
            let r = next();
            v["id"] = format!("P2C-GEN-{i:06}").into();
            v["title"] = format!("Connectivity programme {i}").into();
            v["financialValue"]["amount"] = format!("{}", 1_000_000 + r % 9_000_000_000).into();
            v["financialValue"]["currency"] = currencies[(r >> 8) as usize % 5].into();
            let c = countries[(r >> 16) as usize % 10];
            v["implementation"]["countries"] = json!([c, countries[(r >> 20) as usize % 10]]);
            v["pillars"] = json!([pillars[(r >> 24) as usize % 3]]);
            v["pledgers"]["lead"]["headquarters"] = c.into();
            match (r >> 32) % 40 {
                0 => v["titel"] = v["title"].take(),
                1 => v["focusAreas"] = json!(["acess"]),
                2 => v["financialValue"]["amount"] = json!(258.8),
                3 => v["title"] = "  ".into(),
                _ => {}
            }
            v
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let opts = ValidateOptions {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
        ..Default::default()
    };
    let schema = p2c_core::schema::pledge_schema();
    let validator = jsonschema::validator_for(&schema).expect("the exported schema compiles");

    // One valid pledge.
    let one = base();
    let one_text = serde_json::to_string(&one).unwrap();
    assert!(validate_str(&one_text, &opts).valid);
    let mut g = c.benchmark_group("one_pledge");
    g.throughput(Throughput::Elements(1));
    g.bench_function("p2c_validate_str", |b| {
        b.iter(|| validate_str(&one_text, &opts))
    });
    g.bench_function("p2c_validate_value", |b| {
        b.iter(|| validate_value(&one, &opts))
    });
    g.bench_function("serde_json_parse_only", |b| {
        b.iter(|| serde_json::from_str::<Value>(&one_text).unwrap())
    });
    g.bench_function("p2c_parse_pledge_typed", |b| {
        b.iter(|| p2c_core::parse_pledge(&one_text).unwrap())
    });
    g.bench_function("jsonschema_is_valid", |b| {
        b.iter(|| validator.is_valid(&one))
    });
    g.bench_function("jsonschema_all_errors", |b| {
        b.iter(|| validator.iter_errors(&one).count())
    });
    g.finish();

    // The 15 real pledges of the sample data, as one batch.
    let sample = include_str!("../../examples/data/pledges.json");
    let mut g = c.benchmark_group("sample_data_15");
    g.throughput(Throughput::Elements(15));
    g.bench_function("p2c_validate_batch_str", |b| {
        b.iter(|| validate_batch_str(sample, &opts))
    });
    g.finish();

    // A generated corpus of 10,000 pledges.
    let records = corpus(common::size(10_000) as usize);
    let texts: Vec<Vec<u8>> = records
        .iter()
        .map(|r| serde_json::to_vec(r).unwrap())
        .collect();
    let batch_text = serde_json::to_string(&records).unwrap();
    let big = ValidateOptions {
        limits: p2c_core::validate::Limits {
            max_bytes: 64 * 1024 * 1024,
            ..Default::default()
        },
        ..opts.clone()
    };
    let mut g = c.benchmark_group("corpus_10k");
    g.sample_size(10);
    g.throughput(Throughput::Elements(records.len() as u64));
    g.bench_function("p2c_validate_bytes_each", |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|t| validate_bytes(t, &opts).valid)
                .count()
        })
    });
    g.bench_function("p2c_validate_value_each", |b| {
        b.iter(|| {
            records
                .iter()
                .filter(|r| validate_value(r, &opts).valid)
                .count()
        })
    });
    g.bench_function("serde_json_from_slice_each", |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|t| serde_json::from_slice::<Value>(t).is_ok())
                .count()
        })
    });
    // The parse floor (issue 22): one of the fastest JSON parsers that build a document
    // tree, SIMD on this CPU, on the same bytes.
    g.bench_function("sonic_rs_parse_each", |b| {
        b.iter(|| {
            texts
                .iter()
                .filter(|t| sonic_rs::from_slice::<sonic_rs::Value>(t).is_ok())
                .count()
        })
    });
    g.bench_function("p2c_validate_batch_str", |b| {
        b.iter(|| validate_batch_str(&batch_text, &big).issues.len())
    });
    g.bench_function("jsonschema_all_errors_each", |b| {
        b.iter(|| {
            records
                .iter()
                .map(|r| validator.iter_errors(r).count())
                .sum::<usize>()
        })
    });
    g.bench_function("jsonschema_is_valid_each", |b| {
        b.iter(|| records.iter().filter(|r| validator.is_valid(r)).count())
    });
    g.finish();
}

criterion_group!(validate, benches);
criterion_main!(validate);
