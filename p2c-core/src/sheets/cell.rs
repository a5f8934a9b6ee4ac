//! Cells: A1 references, exact reading of number cells, and Excel date serials.

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};

/// A cell as read, before the column's type decides what it means.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RawValue<'a> {
    /// No value.
    Empty,
    /// Text (every CSV cell; XLSX string cells).
    Text(Cow<'a, str>),
    /// A number cell without a date format.
    Number(f64),
    /// A boolean cell.
    Bool(bool),
    /// A number cell with a date or time format: the serial in the workbook's date system.
    Date {
        /// The serial.
        serial: f64,
        /// Whether the format is a duration (`[h]:mm`), not a date.
        duration: bool,
    },
    /// A date stored as ISO 8601 text (`t="d"` cells).
    DateIso(String),
    /// An error value (`#N/A`, `#DIV/0!`).
    Error(String),
}

impl RawValue<'_> {
    /// Whether the cell holds nothing (an empty cell or empty text).
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            RawValue::Empty => true,
            RawValue::Text(t) => t.is_empty(),
            _ => false,
        }
    }
}

/// The column letters of a 0-based column index (`0` → `A`, `27` → `AB`).
pub fn column_letters(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        // `rem` is below 26.
        out.push(b'A' + u8::try_from(rem).unwrap_or(0));
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The A1 reference of a 0-based row and column (`(4, 1)` → `B5`).
pub fn a1(row: u32, col: u32) -> String {
    format!("{}{}", column_letters(col), u64::from(row) + 1)
}

/// The most significant digits a number cell may have and still be read as the decimal it
/// shows: Excel keeps 15, and every decimal of up to 15 digits survives the round trip
/// through a binary float.
pub const MAX_EXACT_DIGITS: usize = 15;

/// The decimal a number cell holds, as plain text, when it is exact: an integer of at most
/// 2^53, or a value whose shortest round-trip decimal has at most [`MAX_EXACT_DIGITS`]
/// significant digits (`258.8`, `1250.5`). `None` for values such as 0.1 + 0.2
/// (`0.30000000000000004`), infinities and NaN: those are reported, never rounded.
pub fn exact_decimal(f: f64) -> Option<String> {
    if !f.is_finite() {
        return None;
    }
    if f == 0.0 {
        return Some("0".to_owned());
    }
    // Rust prints the shortest decimal that reads back as the same float, without exponent.
    let text = format!("{f}");
    (significant_digits(&text) <= MAX_EXACT_DIGITS).then_some(text)
}

/// The shortest decimal that reads back as `f` (for messages and for the value kept in a
/// document when [`exact_decimal`] refuses it).
pub(crate) fn shortest_decimal(f: f64) -> String {
    format!("{f}")
}

/// Significant digits of a plain decimal text: without sign, point, leading zeros and (for
/// the integer part of an integer) trailing zeros.
fn significant_digits(text: &str) -> usize {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0');
    let trimmed = trimmed.trim_end_matches('0');
    trimmed.len()
}

/// A whole number cell as an integer, when it is one exactly (`2021.0` → 2021).
pub(crate) fn exact_integer(f: f64) -> Option<i64> {
    const LIMIT: f64 = 9_007_199_254_740_992.0; // 2^53
    if f.is_finite() && f.fract() == 0.0 && f.abs() <= LIMIT {
        // In range and whole, so the conversion is exact.
        #[allow(clippy::cast_possible_truncation)]
        Some(f as i64)
    } else {
        None
    }
}

/// The date and time of an Excel date serial in the 1900 or 1904 date system, to the second;
/// `None` for a serial that is no date (negative, the 1900 system's nonexistent 29 February
/// 1900 (60), or after 9999-12-31).
///
/// In the 1900 system, serial 1 is 1900-01-01 and serials from 61 count from 1899-12-30 (Excel
/// keeps Lotus 1-2-3's leap day 1900-02-29 as serial 60); in the 1904 system, serial 0 is
/// 1904-01-01. Serial 0 in the 1900 system is a time without a date ("1900-01-00") and is refused.
pub fn serial_to_datetime(serial: f64, is_1904: bool) -> Option<NaiveDateTime> {
    if !(0.0..=3_000_000.0).contains(&serial) {
        return None;
    }
    let days_f = serial.floor();
    // Whole days below 3e6: exact as an integer.
    #[allow(clippy::cast_possible_truncation)]
    let days = days_f as i64;
    #[allow(clippy::cast_possible_truncation)]
    let mut secs = ((serial - days_f) * 86_400.0).round() as i64;
    let mut days = days;
    if secs >= 86_400 {
        secs -= 86_400;
        days += 1;
    }
    let date =
        if is_1904 {
            NaiveDate::from_ymd_opt(1904, 1, 1)?.checked_add_signed(TimeDelta::days(days))?
        } else {
            match days {
                ..=0 | 60 => return None,
                1..=59 => NaiveDate::from_ymd_opt(1899, 12, 31)?
                    .checked_add_signed(TimeDelta::days(days))?,
                _ => NaiveDate::from_ymd_opt(1899, 12, 30)?
                    .checked_add_signed(TimeDelta::days(days))?,
            }
        };
    if date > NaiveDate::from_ymd_opt(9999, 12, 31)? {
        return None;
    }
    let time = NaiveTime::from_num_seconds_from_midnight_opt(u32::try_from(secs).ok()?, 0)?;
    Some(NaiveDateTime::new(date, time))
}

/// The Excel serial of a date in the 1900 date system (what a date cell stores).
pub(crate) fn date_to_serial(date: NaiveDate) -> Option<f64> {
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let days = date.signed_duration_since(epoch).num_days();
    if days < 61 {
        return None;
    }
    // At most a few million: exact.
    #[allow(clippy::cast_precision_loss)]
    Some(days as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(16_383), "XFD");
        assert_eq!(a1(4, 1), "B5");
        assert_eq!(a1(1_048_575, 16_383), "XFD1048576");
    }

    #[test]
    fn numbers_are_exact_or_refused() {
        assert_eq!(exact_decimal(258.8).as_deref(), Some("258.8"));
        assert_eq!(
            exact_decimal(5_600_000_000.0).as_deref(),
            Some("5600000000")
        );
        assert_eq!(exact_decimal(-1250.5).as_deref(), Some("-1250.5"));
        assert_eq!(exact_decimal(0.0).as_deref(), Some("0"));
        assert_eq!(exact_decimal(-0.0).as_deref(), Some("0"));
        assert_eq!(
            exact_decimal(1e20).as_deref(),
            Some("100000000000000000000")
        );
        assert_eq!(exact_decimal(0.1 + 0.2), None);
        assert_eq!(exact_decimal(1.0 / 3.0), None);
        assert_eq!(exact_decimal(f64::NAN), None);
        assert_eq!(exact_decimal(f64::INFINITY), None);
        // 15 significant digits pass, 16 do not.
        assert_eq!(
            exact_decimal(123_456_789_012.345).as_deref(),
            Some("123456789012.345")
        );
        assert_eq!(exact_decimal(1_234_567_890_123.456), None);
        assert_eq!(exact_integer(2021.0), Some(2021));
        assert_eq!(exact_integer(2021.5), None);
        assert_eq!(exact_integer(1e300), None);
    }

    #[test]
    fn date_systems() {
        let d = |s: f64, b: bool| serial_to_datetime(s, b).map(|d| d.to_string());
        assert_eq!(d(1.0, false).as_deref(), Some("1900-01-01 00:00:00"));
        assert_eq!(d(59.0, false).as_deref(), Some("1900-02-28 00:00:00"));
        assert_eq!(d(60.0, false), None);
        assert_eq!(d(61.0, false).as_deref(), Some("1900-03-01 00:00:00"));
        assert_eq!(d(44_719.0, false).as_deref(), Some("2022-06-07 00:00:00"));
        assert_eq!(d(44_719.5, false).as_deref(), Some("2022-06-07 12:00:00"));
        // The same day in the 1904 system is 1462 days less.
        assert_eq!(d(43_257.0, true).as_deref(), Some("2022-06-07 00:00:00"));
        assert_eq!(d(0.0, true).as_deref(), Some("1904-01-01 00:00:00"));
        assert_eq!(d(0.0, false), None);
        assert_eq!(d(-1.0, false), None);
        assert_eq!(
            d(2_958_465.0, false).as_deref(),
            Some("9999-12-31 00:00:00")
        );
        assert_eq!(d(2_958_466.0, false), None);
        let day = NaiveDate::from_ymd_opt(2022, 6, 7).unwrap();
        assert_eq!(date_to_serial(day), Some(44_719.0));
    }
}
