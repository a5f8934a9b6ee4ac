//! Money as it appears on the wire: an exact amount in a named currency.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::codes::CurrencyCode;
use super::decimal::DecimalString;

/// An exact amount of one currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "MoneyAmount")]
pub struct MoneyAmount {
    /// # Amount
    ///
    /// The amount in units of the currency (not minor units), as a decimal string.
    #[serde(with = "super::decimal")]
    #[schemars(with = "DecimalString")]
    pub amount: Decimal,
    /// # Currency
    ///
    /// The ISO 4217 code of the currency.
    pub currency: CurrencyCode,
}

/// The financial value of a pledge, as announced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    remote = "FinancialValue"
)]
pub struct FinancialValue {
    /// # Amount
    ///
    /// The announced amount in units of the currency, as a decimal string ("5600000000").
    #[serde(with = "super::decimal")]
    #[schemars(with = "DecimalString")]
    pub amount: Decimal,
    /// # Currency
    ///
    /// The ISO 4217 code of the currency the amount was announced in.
    pub currency: CurrencyCode,
    /// # Value date
    ///
    /// The date the amount refers to, usually the announcement date; conversion to other
    /// currencies uses the rate of this date.
    #[serde(deserialize_with = "super::dates::date")]
    pub value_date: NaiveDate,
    /// # Floor
    ///
    /// True when the announced figure is a minimum ("more than USD 250 million"); the
    /// stated amount is kept and counted as is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_floor: bool,
    /// # Explicit exchange rate
    ///
    /// A rate stated with the pledge itself, used by the `explicit` conversion policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explicit_rate: Option<ExplicitRate>,
}

impl FinancialValue {
    /// The amount and currency, without the date and flags.
    pub fn money(&self) -> MoneyAmount {
        MoneyAmount {
            amount: self.amount,
            currency: self.currency,
        }
    }
}

/// An exchange rate stated on the pledge: `rate` units of `to` for one unit of the pledge's
/// currency, so that conversion multiplies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "ExplicitRate")]
pub struct ExplicitRate {
    /// # Target currency
    ///
    /// The currency the rate converts into.
    pub to: CurrencyCode,
    /// # Rate
    ///
    /// Units of the target currency for one unit of the pledge's currency, as a decimal string.
    #[serde(with = "super::decimal")]
    #[schemars(with = "DecimalString")]
    pub rate: Decimal,
    /// # Rate date
    ///
    /// The date the rate applies to.
    #[serde(deserialize_with = "super::dates::date")]
    pub date: NaiveDate,
    /// # Source
    ///
    /// Where the rate comes from ("pledger's annual report 2022").
    pub source: String,
}

super::object::object_only!(MoneyAmount, FinancialValue, ExplicitRate);
