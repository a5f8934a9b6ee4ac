//! Named rounding strategies, applied once: to the converted amount, at the target currency's
//! minor units.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How an amount is rounded to a currency's minor units.
///
/// Serialized in snake_case, as every option value of p2c: `"bankers"`, `"half_up"`,
/// `"half_down"`, `"toward_zero"`, `"away_from_zero"`, `"floor"`, `"ceiling"`. The camelCase
/// spellings of version 0.1 (`"halfUp"`) are still read, for one release; the call layer
/// ([`crate::call`]) answers them with a `deprecated_spelling` warning.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RoundingStrategy {
    /// Round half to even ("banker's rounding"): 2.345 → 2.34, 2.355 → 2.36. The default: it has
    /// no upward bias over many roundings.
    #[default]
    Bankers,
    /// Round half away from zero (commercial rounding): 2.345 → 2.35, −2.345 → −2.35.
    #[serde(alias = "halfUp")]
    HalfUp,
    /// Round half toward zero: 2.345 → 2.34, 2.346 → 2.35.
    #[serde(alias = "halfDown")]
    HalfDown,
    /// Truncate: drop the extra digits (2.349 → 2.34, −2.349 → −2.34).
    #[serde(alias = "towardZero")]
    TowardZero,
    /// Round any extra digits away from zero (2.341 → 2.35).
    #[serde(alias = "awayFromZero")]
    AwayFromZero,
    /// Round toward negative infinity (2.349 → 2.34, −2.341 → −2.35).
    Floor,
    /// Round toward positive infinity (2.341 → 2.35, −2.349 → −2.34).
    Ceiling,
}

impl RoundingStrategy {
    /// The wire name (`"bankers"`).
    pub fn as_str(self) -> &'static str {
        match self {
            RoundingStrategy::Bankers => "bankers",
            RoundingStrategy::HalfUp => "half_up",
            RoundingStrategy::HalfDown => "half_down",
            RoundingStrategy::TowardZero => "toward_zero",
            RoundingStrategy::AwayFromZero => "away_from_zero",
            RoundingStrategy::Floor => "floor",
            RoundingStrategy::Ceiling => "ceiling",
        }
    }

    fn to_rust_decimal(self) -> rust_decimal::RoundingStrategy {
        use rust_decimal::RoundingStrategy as R;
        match self {
            RoundingStrategy::Bankers => R::MidpointNearestEven,
            RoundingStrategy::HalfUp => R::MidpointAwayFromZero,
            RoundingStrategy::HalfDown => R::MidpointTowardZero,
            RoundingStrategy::TowardZero => R::ToZero,
            RoundingStrategy::AwayFromZero => R::AwayFromZero,
            RoundingStrategy::Floor => R::ToNegativeInfinity,
            RoundingStrategy::Ceiling => R::ToPositiveInfinity,
        }
    }

    /// Round `value` to `decimal_places` with this strategy. Rounding never overflows: it only
    /// removes digits.
    pub fn round(self, value: Decimal, decimal_places: u32) -> Decimal {
        value.round_dp_with_strategy(decimal_places, self.to_rust_decimal())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn strategies_round_as_named() {
        let cases = [
            (RoundingStrategy::Bankers, "2.345", "2.34"),
            (RoundingStrategy::Bankers, "2.355", "2.36"),
            (RoundingStrategy::HalfUp, "2.345", "2.35"),
            (RoundingStrategy::HalfUp, "-2.345", "-2.35"),
            (RoundingStrategy::HalfDown, "2.345", "2.34"),
            (RoundingStrategy::HalfDown, "2.346", "2.35"),
            (RoundingStrategy::TowardZero, "-2.349", "-2.34"),
            (RoundingStrategy::AwayFromZero, "2.341", "2.35"),
            (RoundingStrategy::Floor, "-2.341", "-2.35"),
            (RoundingStrategy::Ceiling, "-2.349", "-2.34"),
        ];
        for (s, input, want) in cases {
            assert_eq!(s.round(d(input), 2), d(want), "{s:?} {input}");
        }
    }

    #[test]
    fn wire_names() {
        for s in [
            RoundingStrategy::Bankers,
            RoundingStrategy::HalfUp,
            RoundingStrategy::Ceiling,
        ] {
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            assert_eq!(serde_json::from_str::<RoundingStrategy>(&json).unwrap(), s);
        }
    }
}
