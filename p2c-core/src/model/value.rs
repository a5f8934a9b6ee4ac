//! Money as it appears on the wire: an exact amount in a named currency.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::codes::CurrencyCode;
use super::decimal::DecimalString;
use super::period::{PartialDate, Precision};
use crate::taxonomy::AmountBasis;

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
///
/// The wire form is described by [`FinancialValueWire`]; this type holds the same fields with
/// the value date split into its first day ([`FinancialValue::value_date`]) and its
/// precision, so that day-based code keeps a plain date and conversion can tell a year from
/// a day (see [`mod@crate::money::convert`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinancialValue {
    /// The announced amount in units of the currency; for a range, its lower end.
    pub amount: Decimal,
    /// The upper end of a range ("USD 10 to 15 million"), format 1.1.
    pub max_amount: Option<Decimal>,
    /// The ISO 4217 code of the currency the amount was announced in.
    pub currency: CurrencyCode,
    /// The first day of the value date: the date itself when it is known to the day, else
    /// the first day of its month or year (see [`FinancialValue::value_date_precision`]).
    pub value_date: NaiveDate,
    /// How precisely the value date is known: always [`Precision::Day`] in format 1.0.
    pub value_date_precision: Precision,
    /// The announced figure is a minimum ("more than USD 250 million").
    pub is_floor: bool,
    /// The announced figure is a maximum ("up to USD 5 million"), format 1.1.
    pub is_ceiling: bool,
    /// The announced figure is approximate ("approximately", "about", "nearly"), format 1.1.
    pub approximate: bool,
    /// What the amount is counted over: absent is a total, format 1.1.
    pub basis: Option<AmountBasis>,
    /// For a per-year amount, the number of years the source states ("over the next five
    /// years"), format 1.1.
    pub years: Option<u32>,
    /// The value is given in kind (airtime, devices, services) at its stated money worth,
    /// format 1.1.
    pub in_kind: bool,
    /// The announcer's own figure in another currency ("CAD 2 billion (USD 1.46 billion)"),
    /// kept as provenance and usable by the `statedEquivalent` conversion policy, format 1.1.
    pub stated_equivalent: Option<MoneyAmount>,
    /// A rate stated with the pledge itself, used by the `explicit` conversion policy.
    pub explicit_rate: Option<ExplicitRate>,
    /// Components of a package whose amounts are public, in the pledge's currency, format
    /// 1.1.
    pub components: Vec<Component>,
}

impl FinancialValue {
    /// The amount and currency, without the date and flags.
    pub fn money(&self) -> MoneyAmount {
        MoneyAmount {
            amount: self.amount,
            currency: self.currency,
        }
    }

    /// The value date as stated: a year, a month or a day.
    pub fn value_date_stated(&self) -> PartialDate {
        match self.value_date_precision {
            Precision::Year => PartialDate::Year(self.value_date.year()),
            Precision::Month => PartialDate::Month(self.value_date.year(), self.value_date.month()),
            Precision::Day => PartialDate::Day(self.value_date),
        }
    }

    /// A value of `amount` `currency` on the day `value_date`, with no qualifiers (the
    /// format 1.0 shape).
    pub fn new(amount: Decimal, currency: CurrencyCode, value_date: NaiveDate) -> FinancialValue {
        FinancialValue {
            amount,
            max_amount: None,
            currency,
            value_date,
            value_date_precision: Precision::Day,
            is_floor: false,
            is_ceiling: false,
            approximate: false,
            basis: None,
            years: None,
            in_kind: false,
            stated_equivalent: None,
            explicit_rate: None,
            components: Vec::new(),
        }
    }
}

/// The wire form of [`FinancialValue`]: the announced monetary value of a pledge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    remote = "FinancialValueWire"
)]
#[schemars(rename = "FinancialValue")]
pub struct FinancialValueWire {
    /// # Amount
    ///
    /// The announced amount in units of the currency, as a decimal string ("5600000000");
    /// for a range, its lower end.
    #[serde(with = "super::decimal")]
    #[schemars(with = "DecimalString")]
    pub amount: Decimal,
    /// # Maximum amount
    ///
    /// The upper end of a range ("USD 10 to 15 million": `amount` 10 million, `maxAmount` 15
    /// million). Format 1.1.
    #[serde(
        default,
        with = "super::decimal::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<DecimalString>")]
    pub max_amount: Option<Decimal>,
    /// # Currency
    ///
    /// The ISO 4217 code of the currency the amount was announced in.
    pub currency: CurrencyCode,
    /// # Value date
    ///
    /// The date the amount refers to, usually the announcement date; conversion uses a rate
    /// of this date. Format 1.0 takes a full date; format 1.1 also a year (`2022`) or a month
    /// (`2022-06`), as precisely as the source gives it, and such a date is converted at the
    /// calendar-year average of its year (never at an invented day).
    pub value_date: PartialDate,
    /// # Floor
    ///
    /// True when the announced figure is a minimum ("more than USD 250 million"); the
    /// stated amount is kept and counted as is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_floor: bool,
    /// # Ceiling
    ///
    /// True when the announced figure is a maximum ("up to USD 5 million"); the stated amount
    /// is kept and counted as is. Format 1.1.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_ceiling: bool,
    /// # Approximate
    ///
    /// True when the source gives the figure as approximate ("approximately", "about",
    /// "nearly"). Format 1.1.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// # Basis
    ///
    /// What the amount is counted over: `total` (the default) or `per_year` (committed each
    /// year; the total counted is the amount times `years`, or times the calendar years of
    /// the pledge's period). Format 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<AmountBasis>,
    /// # Years
    ///
    /// For a per-year amount, the number of years the source states ("annually over the
    /// next five years": 5). Format 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(schema_with = "years_schema")]
    pub years: Option<u32>,
    /// # In kind
    ///
    /// True when the value is given in kind (airtime, devices, services) and the amount is
    /// its stated money worth. Format 1.1.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_kind: bool,
    /// # Stated equivalent
    ///
    /// The announcer's own figure in another currency, as published beside the amount ("CAD
    /// 2 billion (USD 1.46 billion)"). Kept as provenance; the `statedEquivalent` conversion
    /// policy may use it. Format 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_equivalent: Option<MoneyAmount>,
    /// # Explicit exchange rate
    ///
    /// A rate stated with the pledge itself, used by the `explicit` conversion policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explicit_rate: Option<ExplicitRate>,
    /// # Components
    ///
    /// Parts of a package whose amounts are public, in the pledge's currency. They are inside
    /// the amount, never added to it. When only a component's amount is public, `amount` is
    /// that amount and `isFloor` says the package is worth at least it. Format 1.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<Component>,
}

/// The schema of `years`: a 32-bit count, written as a range (schemars would write a `uint32`
/// format, which JSON Schema validators do not know).
fn years_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": ["integer", "null"],
        "minimum": 0,
        "maximum": u32::MAX
    })
}

impl From<FinancialValueWire> for FinancialValue {
    fn from(w: FinancialValueWire) -> FinancialValue {
        FinancialValue {
            amount: w.amount,
            max_amount: w.max_amount,
            currency: w.currency,
            value_date: w.value_date.first_day(),
            value_date_precision: w.value_date.precision(),
            is_floor: w.is_floor,
            is_ceiling: w.is_ceiling,
            approximate: w.approximate,
            basis: w.basis,
            years: w.years,
            in_kind: w.in_kind,
            stated_equivalent: w.stated_equivalent,
            explicit_rate: w.explicit_rate,
            components: w.components,
        }
    }
}

impl From<&FinancialValue> for FinancialValueWire {
    fn from(v: &FinancialValue) -> FinancialValueWire {
        FinancialValueWire {
            amount: v.amount,
            max_amount: v.max_amount,
            currency: v.currency,
            value_date: v.value_date_stated(),
            is_floor: v.is_floor,
            is_ceiling: v.is_ceiling,
            approximate: v.approximate,
            basis: v.basis,
            years: v.years,
            in_kind: v.in_kind,
            stated_equivalent: v.stated_equivalent,
            explicit_rate: v.explicit_rate.clone(),
            components: v.components.clone(),
        }
    }
}

impl Serialize for FinancialValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        FinancialValueWire::from(self).serialize(s)
    }
}

impl<'de> Deserialize<'de> for FinancialValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <FinancialValueWire as Deserialize>::deserialize(d).map(FinancialValue::from)
    }
}

impl schemars::JsonSchema for FinancialValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("FinancialValue")
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <FinancialValueWire as schemars::JsonSchema>::json_schema(generator)
    }
}

/// A component of a package whose amount is public (format 1.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Component")]
pub struct Component {
    /// # Component name
    ///
    /// What the component is ("AI Compute Access Fund").
    pub name: String,
    /// # Component amount
    ///
    /// The component's amount in the pledge's currency, as a decimal string.
    #[serde(with = "super::decimal")]
    #[schemars(with = "DecimalString")]
    pub amount: Decimal,
    /// # In kind
    ///
    /// True when the component is given in kind.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_kind: bool,
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

super::object::object_only!(MoneyAmount, FinancialValueWire, ExplicitRate, Component);
