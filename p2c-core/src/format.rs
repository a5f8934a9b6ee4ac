//! How figures are written for people: one place for the text dashboard and the HTML reports.
//!
//! Every function here works on exact decimals and integers; nothing passes through floating
//! point. Amounts are rounded for display only (half-even, at the place each function names);
//! the exact figure stays in the summary's JSON.

use rust_decimal::{Decimal, RoundingStrategy};

/// Digits grouped by thousands: `"1234567"` → `"1,234,567"` (ASCII digits; any other text is
/// returned unchanged).
fn group(int: &str) -> String {
    if !int.bytes().all(|b| b.is_ascii_digit()) {
        return int.to_owned();
    }
    let mut grouped = String::with_capacity(int.len().saturating_add(int.len() / 3));
    let len = int.len();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && len.saturating_sub(i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    grouped
}

/// `d` rounded half-even to `dp` places and written with that many decimals and thousands
/// separators.
fn fixed(d: Decimal, dp: u32) -> String {
    let rounded = d.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven);
    let text = format!("{rounded:.prec$}", prec = dp as usize);
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    match digits.split_once('.') {
        Some((int, frac)) => format!("{sign}{}.{frac}", group(int)),
        None => format!("{sign}{}", group(digits)),
    }
}

/// `1234567.891` → `"1,234,567.89"` (half-even rounding to 2 places, for display).
pub fn amount(d: Decimal) -> String {
    fixed(d, 2)
}

/// A fraction as a percentage with one decimal, rounded half-even (`0.1787` → `"17.9 %"`).
pub fn percent(share: Decimal) -> String {
    let pct = share
        .checked_mul(Decimal::ONE_HUNDRED)
        .unwrap_or_default()
        .round_dp_with_strategy(1, RoundingStrategy::MidpointNearestEven);
    format!("{pct:.1} %")
}

/// A count with thousands separators (`12345` → `"12,345"`).
pub fn count(n: u64) -> String {
    group(&n.to_string())
}

/// An amount for a chart label or a headline: billions (`"17.87 bn"`) from one billion,
/// millions (`"258.80 m"`) from one million, else the amount as [`amount`] writes it. Rounded
/// half-even to 2 places of the unit, from the exact decimal.
pub fn compact_amount(d: Decimal) -> String {
    const UNITS: [(u64, &str); 2] = [(1_000_000_000, "bn"), (1_000_000, "m")];
    let abs = d.abs();
    for (size, unit) in UNITS {
        let size = Decimal::from(size);
        if abs >= size {
            if let Some(q) = d.checked_div(size) {
                return format!("{} {unit}", fixed(q, 2));
            }
        }
    }
    amount(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_are_grouped_and_rounded_half_even() {
        assert_eq!(amount(dec("17869520000")), "17,869,520,000.00");
        assert_eq!(amount(dec("-1234.5")), "-1,234.50");
        assert_eq!(amount(dec("0.005")), "0.00");
        assert_eq!(amount(dec("0.015")), "0.02");
        assert_eq!(amount(dec("999")), "999.00");
    }

    #[test]
    fn compact_amounts_use_the_largest_unit_reached() {
        assert_eq!(compact_amount(dec("17869520000")), "17.87 bn");
        assert_eq!(compact_amount(dec("100000000000")), "100.00 bn");
        assert_eq!(compact_amount(dec("258800000")), "258.80 m");
        assert_eq!(compact_amount(dec("1000000")), "1.00 m");
        assert_eq!(compact_amount(dec("999999.99")), "999,999.99");
        assert_eq!(compact_amount(dec("-2500000000")), "-2.50 bn");
        // half-even at the unit's second place
        assert_eq!(compact_amount(dec("1005000000")), "1.00 bn");
        assert_eq!(compact_amount(dec("1015000000")), "1.02 bn");
        assert_eq!(
            compact_amount(Decimal::MAX),
            "79,228,162,514,264,337,593.54 bn"
        );
    }

    #[test]
    fn counts_and_percentages() {
        assert_eq!(count(0), "0");
        assert_eq!(count(1234), "1,234");
        assert_eq!(count(u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(percent(dec("0.2345")), "23.4 %");
        assert_eq!(percent(dec("0.17870")), "17.9 %");
        assert_eq!(percent(dec("1")), "100.0 %");
    }
}
