//! The embedded exchange rates → `$OUT_DIR/rates.bin`, a compact binary blob that
//! `src/money/table.rs` decodes on first use.
//!
//! Inputs (see `data/SOURCES.md`):
//! - `ecb_eurofxref_hist.csv`: ECB daily reference rates, units per EUR (`N/A` cells emptied);
//! - `ecb_annual_avg_units_per_usd.csv`: calendar-year means of the daily cross rates, units per USD;
//! - `hmrc_annual_avg_calendar_year.csv`: HMRC yearly averages, units per GBP.
//!
//! Blob layout (little-endian): magic `P2CRATES2`; `u16` number of source names, each a `u16`
//! length and UTF-8 bytes; `u32` number of series, each: `u8` kind (0 daily, 1 calendar-year
//! average), 3 bytes base, 3 bytes currency, `u16` source index, `u32` entry count `n`, then three
//! columns of `n` values: the LEB128 day deltas (days from 0001-01-01 for the first entry, from
//! the previous entry after), the `u8` decimal scales, then the `u8` largest of those scales
//! `top` and the mantissas written at scale `top` as LEB128 zigzag differences from the previous
//! one (from 0 for the first). Series order is precedence order of the bases. Columns of
//! differences make the blob a fifth smaller than one record per entry, and a third smaller
//! once compressed (the npm package and the wheels carry it).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::currencies::Currency;

const DAILY: u8 = 0;
const ANNUAL: u8 = 1;

/// HMRC codes dropped on purpose, with the reason.
const HMRC_DROPPED_CODES: &[(&str, &str)] = &[
    ("ECS", "Ecuador has used the US dollar since 2000; HMRC's row is a constant 1"),
    ("BYR", "superseded by BYN (2016 redenomination), which HMRC also lists"),
    ("MRO", "superseded by MRU (2018 redenomination), which HMRC also lists"),
    ("ZMK", "superseded by ZMW (2013 redenomination), which HMRC also lists"),
    ("STD", "superseded by STN in 2018, but HMRC kept publishing old-scale STD rates under the old code"),
];

/// HMRC rows dropped on purpose: (year, code, reason).
const HMRC_DROPPED_ROWS: &[(i32, &str, &str)] = &[
    (
        2018,
        "MRU",
        "the value is on the pre-redenomination MRO scale (about 10x MRU)",
    ),
    (
        2019,
        "MRU",
        "the value is on the pre-redenomination MRO scale (about 10x MRU)",
    ),
    (
        2022,
        "SLE",
        "the value is on the pre-redenomination SLL scale (about 1000x SLE)",
    ),
];

struct Series {
    kind: u8,
    base: String,
    currency: String,
    source: u16,
    entries: Vec<(NaiveDate, u64, u8)>,
}

/// `"1.0662"` → `(10662, 4)`; panics (fails the build) on anything but a positive plain decimal.
fn decimal(text: &str, at: &str) -> (u64, u8) {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    assert!(
        !int.is_empty()
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.bytes().all(|b| b.is_ascii_digit())
            && !(text.contains('.') && frac.is_empty()),
        "{at}: `{text}` is not a plain decimal"
    );
    let mantissa: u64 = format!("{int}{frac}")
        .parse()
        .unwrap_or_else(|e| panic!("{at}: `{text}`: {e}"));
    assert!(mantissa > 0, "{at}: rate `{text}` is not positive");
    let scale = u8::try_from(frac.len()).expect("short fraction");
    assert!(scale <= 28, "{at}: `{text}` has too many decimals");
    (mantissa, scale)
}

fn year_start(year: i32, at: &str) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_else(|| panic!("{at}: bad year {year}"))
}

/// Whether `code` was in use for the whole calendar year `year`.
fn in_use_all_year(c: &Currency, year: i32) -> bool {
    c.withdrawn_on.is_none_or(|w| w.year() > year)
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

pub(crate) fn generate(currencies: &BTreeMap<String, Currency>) {
    let known = |code: &str, at: &str| -> &Currency {
        currencies
            .get(code)
            .unwrap_or_else(|| panic!("{at}: `{code}` is not in the currency table"))
    };
    let mut sources: Vec<String> = Vec::new();
    let mut source = |name: String| -> u16 {
        if let Some(i) = sources.iter().position(|s| *s == name) {
            return i as u16;
        }
        sources.push(name);
        u16::try_from(sources.len() - 1).expect("few sources")
    };
    let mut series: Vec<Series> = Vec::new();

    // ECB daily, units per EUR.
    let file = "ecb_eurofxref_hist.csv";
    let path = crate::data_file(file);
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let header = reader
        .headers()
        .unwrap_or_else(|e| panic!("{file}: {e}"))
        .clone();
    assert_eq!(
        header.get(0),
        Some("Date"),
        "{file}: first column must be Date"
    );
    let daily_source =
        source("ECB euro foreign exchange reference rates (Source: ECB statistics)".into());
    let mut daily: Vec<Series> = header
        .iter()
        .skip(1)
        .map(|code| {
            known(code, file);
            Series {
                kind: DAILY,
                base: "EUR".into(),
                currency: code.into(),
                source: daily_source,
                entries: Vec::new(),
            }
        })
        .collect();
    let mut last_daily = NaiveDate::MIN;
    for (i, r) in reader.records().enumerate() {
        let at = format!("{file}:{}", i + 2);
        let r = r.unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(r.len(), header.len(), "{at}: wrong number of columns");
        let date =
            NaiveDate::parse_from_str(&r[0], "%Y-%m-%d").unwrap_or_else(|e| panic!("{at}: {e}"));
        last_daily = last_daily.max(date);
        for (s, cell) in daily.iter_mut().zip(r.iter().skip(1)) {
            if !cell.is_empty() {
                let (m, sc) = decimal(cell, &at);
                s.entries.push((date, m, sc));
            }
        }
    }
    series.extend(daily.into_iter().filter(|s| !s.entries.is_empty()));

    // ECB-derived calendar-year averages, units per USD. The year of the last daily rate is
    // partial unless that rate is of 31 December: it gets its own source name saying so.
    let file = "ecb_annual_avg_units_per_usd.csv";
    let full_source = source(
        "ECB-derived calendar-year average: mean of the daily cross rates through EUR, computed for p2c (Source: ECB statistics, modified)".into(),
    );
    let partial_year =
        (last_daily.month() != 12 || last_daily.day() != 31).then_some(last_daily.year());
    let partial_source = source(format!(
        "ECB-derived average of {}-01-01 to {last_daily} (partial year): mean of the daily cross rates through EUR, computed for p2c (Source: ECB statistics, modified)",
        last_daily.year()
    ));
    let mut by_code: BTreeMap<String, Series> = BTreeMap::new();
    for (i, r) in crate::read_csv(file).iter().enumerate() {
        let at = format!("{file}:{}", i + 2);
        let year: i32 = r[0].parse().unwrap_or_else(|e| panic!("{at}: year: {e}"));
        let code = &r[1];
        if code == "USD" {
            continue;
        }
        known(code, &at);
        let (m, sc) = decimal(&r[2], &at);
        let src = if Some(year) == partial_year {
            partial_source
        } else {
            full_source
        };
        let s = by_code.entry(code.to_owned()).or_insert_with(|| Series {
            kind: ANNUAL,
            base: "USD".into(),
            currency: code.to_owned(),
            source: full_source,
            entries: Vec::new(),
        });
        if src == partial_source {
            // A series has one source: the partial year goes into a series of its own below.
            continue;
        }
        s.entries.push((year_start(year, &at), m, sc));
    }
    series.extend(by_code.into_values());
    // Partial-year rows, one series per currency (same key; the decoder merges them).
    for (i, r) in crate::read_csv(file).iter().enumerate() {
        let at = format!("{file}:{}", i + 2);
        let year: i32 = r[0].parse().unwrap_or_else(|e| panic!("{at}: year: {e}"));
        if Some(year) != partial_year || &r[1] == "USD" {
            continue;
        }
        let (m, sc) = decimal(&r[2], &at);
        series.push(Series {
            kind: ANNUAL,
            base: "USD".into(),
            currency: r[1].to_owned(),
            source: partial_source,
            entries: vec![(year_start(year, &at), m, sc)],
        });
    }

    // HMRC yearly averages, units per GBP.
    let file = "hmrc_annual_avg_calendar_year.csv";
    let hmrc_source = source(
        "HMRC yearly average exchange rates, calendar year (contains public sector information licensed under the Open Government Licence v3.0)".into(),
    );
    let mut by_code: BTreeMap<String, Series> = BTreeMap::new();
    for (i, r) in crate::read_csv(file).iter().enumerate() {
        let at = format!("{file}:{}", i + 2);
        let year: i32 = r[0].parse().unwrap_or_else(|e| panic!("{at}: year: {e}"));
        let code = &r[1];
        if HMRC_DROPPED_CODES.iter().any(|(c, _)| *c == code)
            || HMRC_DROPPED_ROWS
                .iter()
                .any(|(y, c, _)| *y == year && *c == code)
        {
            continue;
        }
        let c = known(code, &at);
        if !in_use_all_year(c, year) {
            continue;
        }
        let (m, sc) = decimal(&r[2], &at);
        by_code
            .entry(code.to_owned())
            .or_insert_with(|| Series {
                kind: ANNUAL,
                base: "GBP".into(),
                currency: code.to_owned(),
                source: hmrc_source,
                entries: Vec::new(),
            })
            .entries
            .push((year_start(year, &at), m, sc));
    }
    series.extend(by_code.into_values());

    series.retain(|s| !s.entries.is_empty());
    let mut out = b"P2CRATES2".to_vec();
    out.extend_from_slice(
        &u16::try_from(sources.len())
            .expect("few sources")
            .to_le_bytes(),
    );
    for s in &sources {
        out.extend_from_slice(&u16::try_from(s.len()).expect("short name").to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
    out.extend_from_slice(
        &u32::try_from(series.len())
            .expect("few series")
            .to_le_bytes(),
    );
    for mut s in series {
        s.entries.sort_by_key(|e| e.0);
        for w in s.entries.windows(2) {
            assert!(
                w[0].0 != w[1].0,
                "duplicate rate for {}/{} on {}",
                s.base,
                s.currency,
                w[0].0
            );
        }
        out.push(s.kind);
        out.extend_from_slice(s.base.as_bytes());
        out.extend_from_slice(s.currency.as_bytes());
        out.extend_from_slice(&s.source.to_le_bytes());
        out.extend_from_slice(
            &u32::try_from(s.entries.len())
                .expect("few entries")
                .to_le_bytes(),
        );
        // Column by column, each value as a difference from the one before: consecutive
        // days and rates differ by little, so the blob is small and compresses well.
        let mut prev = 0i64;
        for (date, _, _) in &s.entries {
            let day = i64::from(date.num_days_from_ce());
            put_varint(
                &mut out,
                u64::try_from(day - prev).expect("ascending dates"),
            );
            prev = day;
        }
        out.extend(s.entries.iter().map(|e| e.2));
        // The mantissas at the series' largest scale, so that `1.066` after `1.0662` is a
        // difference of -2, not a jump by ten times.
        let top = s.entries.iter().map(|e| e.2).max().unwrap_or(0);
        out.push(top);
        let mut prev = 0i64;
        for (_, m, sc) in &s.entries {
            let m = i64::try_from(*m)
                .ok()
                .and_then(|m| m.checked_mul(10i64.checked_pow(u32::from(top - sc))?))
                .expect("a rate's digits at the series' scale fit in i64");
            let delta = m.checked_sub(prev).expect("rate difference fits in i64");
            // Zigzag: small differences of either sign become small unsigned numbers.
            put_varint(&mut out, ((delta << 1) ^ (delta >> 63)) as u64);
            prev = m;
        }
    }
    std::fs::write(crate::out_dir().join("rates.bin"), out).expect("write rates.bin");
}
