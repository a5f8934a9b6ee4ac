//! What each fuzz target checks, in one place: the fuzz targets call these on libFuzzer's
//! inputs, and `p2c-core/tests/fuzz_corpus.rs` replays the committed corpus through them in the
//! normal test build (no fuzzer toolchain needed). Each function panics when a property fails;
//! any other outcome (including an `Err` from the library) is a pass.
//!
//! Depends only on `p2c_core` and `serde_json`.

use p2c_core::model::decimal::{is_decimal_text, parse_decimal};
use p2c_core::model::PartialDate;

/// Arbitrary bytes into the pledge parsers. A pledge that parses serializes and parses back to
/// the same value, and its public view has no contact.
pub fn parse_pledge(data: &[u8]) {
    if let Ok(p) = p2c_core::parse_pledge_bytes(data) {
        let json = serde_json::to_string(&p).expect("a parsed pledge serializes");
        let back = p2c_core::parse_pledge(&json).expect("a serialized pledge parses");
        assert_eq!(back, p);
        let public = serde_json::to_value(p.public_view()).expect("public view serializes");
        assert!(public.get("contact").is_none());
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(list) = p2c_core::parse_pledges(text) {
            let json = serde_json::to_string(&list).expect("a parsed list serializes");
            assert_eq!(p2c_core::parse_pledges(&json).expect("round trip"), list);
        }
    }
}

/// `PartialDate::parse` on arbitrary text: what parses prints back to the same text, and its
/// first day is not after its last day.
pub fn partial_date(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = PartialDate::parse(s) {
        assert_eq!(d.to_string(), s);
        assert!(d.first_day() <= d.last_day());
        assert_eq!(d.cmp(&d), std::cmp::Ordering::Equal);
    }
}

/// `parse_decimal` on arbitrary text: what parses is exactly the number the text names (same
/// digits, same scale, same sign), never a rounded neighbour.
pub fn decimal(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let Some(d) = parse_decimal(s) else {
        return;
    };
    assert!(is_decimal_text(s));
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let fraction = body.split_once('.').map_or("", |(_, f)| f);
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let mantissa = d.mantissa().unsigned_abs().to_string();
    assert_eq!(
        if digits.is_empty() { "0" } else { digits },
        mantissa,
        "{s}"
    );
    assert_eq!(d.scale() as usize, fraction.len(), "{s}");
    if d.mantissa() != 0 {
        assert_eq!(d.is_sign_negative(), negative, "{s}");
    }
    assert_eq!(parse_decimal(&d.to_string()), Some(d));
}

/// `validate_bytes` on arbitrary bytes: a report, never a panic. What validation calls valid
/// parses; what parses has no input or structure issue; redaction changes no code or path.
pub fn validate(data: &[u8]) {
    use p2c_core::validate::{validate_bytes, ValidateOptions};
    let opts = ValidateOptions {
        // A fixed as-of date, so a finding does not depend on the day it is replayed.
        as_of: PartialDate::parse("2026-06-30").map(PartialDate::first_day),
        ..ValidateOptions::default()
    };
    let report = validate_bytes(data, &opts);
    let parsed = p2c_core::parse_pledge_bytes(data);
    if report.valid {
        assert!(parsed.is_ok(), "valid but does not parse: {parsed:?}");
    }
    if parsed.is_ok() {
        let structural: Vec<_> = report
            .issues
            .iter()
            .filter(|i| i.code.starts_with("input.") || i.code.starts_with("structure."))
            .collect();
        assert!(structural.is_empty(), "parses but {structural:?}");
    }
    let redacted = validate_bytes(
        data,
        &ValidateOptions {
            redact_values: true,
            ..opts
        },
    );
    let key = |r: &p2c_core::validate::Report| -> Vec<(&'static str, String)> {
        r.issues.iter().map(|i| (i.code, i.path.clone())).collect()
    };
    assert_eq!(key(&report), key(&redacted));
    let _ = report.to_json();
}

/// The rate-table loaders (`RateTable::from_csv_str`, `from_json_str`) on arbitrary text: a
/// table or an error, never a panic; a loaded table then converts 1 and `Decimal::MAX` each way
/// between a few bases and every currency quoted against them, on the first and last date,
/// which gives a conversion or an error (overflow, missing rate), never a panic.
pub fn rate_table(data: &[u8]) {
    use p2c_core::model::{CurrencyCode, MoneyAmount};
    use p2c_core::money::{ConvertOptions, RateKind, RateTable};
    use p2c_core::Decimal;

    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tables = [
        RateTable::from_csv_str(text),
        RateTable::from_json_str(text),
    ];
    for table in tables.iter().flatten() {
        let _ = table.id();
        for base in ["EUR", "USD", "GBP", "KES"]
            .iter()
            .filter_map(|c| CurrencyCode::new(c))
        {
            for kind in [RateKind::Daily, RateKind::AnnualAverage] {
                for cur in table.currencies(kind, base).into_iter().take(4) {
                    let Some((first, last)) = table.date_range(kind, base, cur) else {
                        panic!("listed currency {cur:?} has no date range");
                    };
                    for date in [first, last] {
                        for amount in [Decimal::ONE, Decimal::MAX] {
                            for (from, to) in [(base, cur), (cur, base)] {
                                let m = MoneyAmount::new(amount, from);
                                let _ = table.convert(&m, date, &ConvertOptions::to(to));
                            }
                        }
                    }
                }
            }
        }
    }
}
