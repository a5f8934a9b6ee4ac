//! The wire form of decimal amounts: JSON strings such as `"5600000000"` or `"258.8"`.
//!
//! Strings keep every digit exactly. Integer JSON numbers are also accepted on input, because
//! they are exact; fractional or exponent JSON numbers are refused, because a JSON parser may
//! already have rounded them through binary floating point.

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserializer, Serializer};

/// Whether `s` is a plain decimal string: optional `-`, digits, optional `.` and digits.
pub fn is_decimal_text(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// Parse a plain decimal string exactly; `None` for anything else (exponents, spaces, `NaN`),
/// and for text whose digits a decimal cannot hold (more than 28 fraction digits, or more
/// significant digits than 96 bits), which `Decimal`'s own parser would silently round.
pub fn parse_decimal(s: &str) -> Option<Decimal> {
    if !is_decimal_text(s) {
        return None;
    }
    let d = s.parse::<Decimal>().ok()?;
    // Rounding always drops fraction digits, so a value kept exactly has the text's scale.
    let fraction_digits = s.split_once('.').map_or(0, |(_, f)| f.len());
    (usize::try_from(d.scale()).ok() == Some(fraction_digits)).then_some(d)
}

/// Serialize a decimal as its string form.
pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(value)
}

/// Deserialize a decimal from a decimal string or an integer JSON number.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    d.deserialize_any(DecimalVisitor)
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a decimal string such as \"1250.50\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        parse_decimal(v).ok_or_else(|| {
            E::custom(format_args!(
                "`{v}` is not a decimal number such as \"1250.50\""
            ))
        })
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        Err(E::custom(format_args!(
            "the number {v} may have lost digits; write amounts as decimal strings such as \"{v}\""
        )))
    }
}

/// Serde helpers for `Option<Decimal>`.
pub mod option {
    use super::*;

    /// Serialize an optional decimal as a string or `null`.
    pub fn serialize<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(v) => s.collect_str(v),
            None => s.serialize_none(),
        }
    }

    /// Deserialize an optional decimal.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        super::deserialize(d).map(Some)
    }
}

/// JSON Schema stand-in for decimal fields: a decimal string, or an integer JSON number (which
/// is exact, so [`deserialize`] accepts it; a number with a fraction or an exponent is refused).
pub struct DecimalString;

impl schemars::JsonSchema for DecimalString {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("DecimalString")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Decimal",
            "description": "An exact decimal number written as a string, such as \"5600000000\" or \"258.8\"; no exponent, no thousands separators. An integer JSON number (5600000000) from -2^63 to 2^64 - 1 is exact and accepted too (write larger ones as strings); a JSON number with a fraction or an exponent is not, since it may already have lost digits. p2c always writes strings.",
            "anyOf": [
                { "type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?$" },
                { "type": "integer", "minimum": -9_223_372_036_854_775_808_i64, "maximum": 18_446_744_073_709_551_615_u64 }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct W(#[serde(with = "super")] Decimal);

    #[test]
    fn strings_and_integers_are_exact() {
        assert_eq!(
            serde_json::from_str::<W>("\"258.8\"")
                .unwrap()
                .0
                .to_string(),
            "258.8"
        );
        assert_eq!(
            serde_json::from_str::<W>("5600000000").unwrap().0,
            Decimal::from(5_600_000_000u64)
        );
        assert!(serde_json::from_str::<W>("258.8").is_err());
        assert!(serde_json::from_str::<W>("\"1e5\"").is_err());
        assert!(serde_json::from_str::<W>("\" 12\"").is_err());
        assert!(serde_json::from_str::<W>("\"12.\"").is_err());
        assert!(serde_json::from_str::<W>("\"NaN\"").is_err());
    }

    #[test]
    fn too_many_digits_is_refused() {
        assert!(parse_decimal("99999999999999999999999999999999").is_none());
        // Found by the hostile-input suite: these were rounded, not refused.
        assert!(parse_decimal("0.1111111111111111111111111111111111111111").is_none());
        assert!(parse_decimal("79228162514264337593543950.3355").is_none());
        // 10^28 + 1 fits in 96 bits: kept exactly.
        assert_eq!(
            parse_decimal("1.0000000000000000000000000001"),
            Some(Decimal::from_i128_with_scale(10i128.pow(28) + 1, 28))
        );
        assert!(parse_decimal("79228162514264337593543950335.5").is_none());
        assert_eq!(
            parse_decimal("0.0000000000000000000000000001"),
            Some(Decimal::new(1, 28))
        );
        assert_eq!(
            parse_decimal("1.50").map(|d| d.to_string()),
            Some("1.50".into())
        );
    }
}
