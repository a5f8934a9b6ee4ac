//! The conversion call: an amount, its currency and value date, and how to convert it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use super::options::PolicyCall;
use super::{resolve, Rates, Warning};
use crate::model::{ExplicitRate, MoneyAmount};
use crate::money::{Conversion, ConvertOptions, RoundingStrategy};
use crate::Result;

/// Convert an amount with provenance. The fields of a pledge's `financialValue` are accepted
/// as they are (`amount`, `currency`, `valueDate`, `explicitRate`, `isFloor`), so a value can
/// be passed straight from a document; `date` is the short name of `valueDate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConvertCall {
    /// The amount: a decimal string (`"5600000000"`, `"258.8"`) or an integer. A number with
    /// a fraction or an exponent is refused (`invalid_argument`): it may already have lost
    /// digits.
    #[serde(
        deserialize_with = "amount",
        serialize_with = "crate::model::decimal::serialize"
    )]
    #[schemars(with = "crate::model::decimal::DecimalString")]
    pub amount: Decimal,
    /// The currency of the amount (ISO 4217, any case, or its name).
    pub currency: String,
    /// The date the amount refers to (`date` for short).
    #[serde(alias = "date")]
    pub value_date: NaiveDate,
    /// A rate stated with the amount, for the `explicit` policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explicit_rate: Option<ExplicitRate>,
    /// Whether the amount is a floor ("at least"); it converts like any other amount.
    #[serde(default)]
    pub is_floor: bool,
    /// The target currency (default `USD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Which rate to use (default: the daily rate of the value date or up to 7 days before,
    /// else the year's average); a [`PolicyCall`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<PolicyCall>,
    /// How the converted amount is rounded (default `bankers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<RoundingStrategy>,
}

/// The answer of a conversion: the conversion with its provenance, and the call's warnings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConvertAnswer {
    /// The conversion.
    #[serde(flatten)]
    pub conversion: Conversion,
    /// Warnings about the call (deprecated spellings).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl ConvertCall {
    /// Carry out the conversion with `rates`. Errors: `unknown_code` for an unknown currency
    /// (with a suggestion), and those of [`crate::money::RateTable::convert`].
    pub fn run(&self, rates: &Rates) -> Result<Conversion> {
        let money = MoneyAmount {
            amount: self.amount,
            currency: resolve::currency(&self.currency, "/currency")?,
        };
        let mut options = ConvertOptions::default();
        if let Some(to) = &self.to {
            options.to = resolve::currency(to, "/to")?;
        }
        if let Some(policy) = &self.policy {
            options.policy = policy.0.clone();
        }
        if let Some(rounding) = self.rounding {
            options.rounding = rounding;
        }
        rates.table().convert_with_explicit(
            &money,
            self.value_date,
            self.explicit_rate.as_ref(),
            &options,
        )
    }
}

/// An amount: a decimal string or an integer, never a float.
fn amount<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Decimal, D::Error> {
    struct Amount;
    impl Visitor<'_> for Amount {
        type Value = Decimal;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a decimal string such as \"5600000000\"")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Decimal, E> {
            crate::model::decimal::parse_decimal(v).ok_or_else(|| {
                E::custom(format_args!(
                    "`{v}` is not a decimal amount: write it as a decimal string such as \"5600000000\" or \"258.8\""
                ))
            })
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Decimal, E> {
            Ok(Decimal::from(v))
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Decimal, E> {
            Ok(Decimal::from(v))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Decimal, E> {
            Err(E::custom(format_args!(
                "the floating-point number `{v}` may already have lost digits: write the amount as a decimal string such as \"5600000000\""
            )))
        }
    }
    d.deserialize_any(Amount)
}
