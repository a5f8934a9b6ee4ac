//! Converting 1,000,000 amounts with the embedded rate table.
//!
//! Run with `cargo bench -p p2c-core --bench convert`.
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use p2c_core::model::{CurrencyCode, MoneyAmount};
use p2c_core::money::{ConversionPolicy, ConvertOptions, RateTable};
use rust_decimal::Decimal;
use std::hint::black_box;

mod common;

/// The number of amounts (1e6; fewer in smoke mode).
fn n() -> u64 {
    common::size(1_000_000)
}

/// A deterministic mix: currencies ECB covers (daily, some through a cross) and one it lacks
/// (KES, annual average), value dates spread over 2010–2025 including weekends.
fn inputs() -> Vec<(MoneyAmount, NaiveDate)> {
    let codes: Vec<CurrencyCode> = ["EUR", "GBP", "JPY", "CHF", "KES", "ZAR", "INR", "USD"]
        .iter()
        .map(|c| CurrencyCode::new(c).unwrap())
        .collect();
    let start = NaiveDate::from_ymd_opt(2010, 1, 1).unwrap();
    (0..n())
        .map(|i| {
            let currency = codes[(i % codes.len() as u64) as usize];
            let amount = Decimal::new((i * 7919 % 100_000_000) as i64 + 1, 2);
            let date = start + Days::new(i % 5800);
            (MoneyAmount { amount, currency }, date)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    // One-off cost: decoding the embedded blob and hashing its canonical form.
    let start = std::time::Instant::now();
    let table = RateTable::embedded();
    eprintln!(
        "embedded table: {} rates decoded and hashed in {:?} (first call only)",
        table.len(),
        start.elapsed()
    );
    let data = inputs();
    let mut group = c.benchmark_group("convert");
    group.sample_size(10);
    group.throughput(Throughput::Elements(n()));
    let default = ConvertOptions::default();
    group.bench_function("1e6 mixed, default chain, to USD", |b| {
        b.iter(|| {
            let mut ok = 0u32;
            for (m, d) in &data {
                if table.convert(black_box(m), *d, &default).is_ok() {
                    ok += 1;
                }
            }
            black_box(ok)
        })
    });
    let eur = CurrencyCode::EUR;
    let eur_usd: Vec<_> = data
        .iter()
        .map(|(m, d)| {
            (
                MoneyAmount {
                    currency: eur,
                    ..*m
                },
                *d,
            )
        })
        .collect();
    let exact = ConvertOptions::default().with_policy(ConversionPolicy::OnOrBefore { max_days: 7 });
    group.bench_function("1e6 EUR to USD, onOrBefore(7)", |b| {
        b.iter(|| {
            let mut ok = 0u32;
            for (m, d) in &eur_usd {
                if table.convert(black_box(m), *d, &exact).is_ok() {
                    ok += 1;
                }
            }
            black_box(ok)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
