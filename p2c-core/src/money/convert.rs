//! Conversion with provenance: [`Conversion`] records the rate, its date, source, policy and
//! the identifier of the table it came from.
#![deny(clippy::arithmetic_side_effects)]

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::currency::{currency, CurrencyInfo};
use super::policy::ConversionPolicy;
use super::rounding::RoundingStrategy;
use super::table::{FoundRate, RateKind, RateTable};
use crate::model::decimal::DecimalString;
use crate::model::{
    CurrencyCode, ExplicitRate, FinancialValue, MoneyAmount, PartialDate, Precision,
};
use crate::{Error, Result};

/// How to convert: target currency, policy and rounding. Every field has a default, so `{}`
/// is valid JSON for it (USD, the default chain, banker's rounding).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ConvertOptions {
    /// The target currency (default `USD`).
    pub to: CurrencyCode,
    /// Which rate to use (default: on or before 7 days, then the annual average).
    pub policy: ConversionPolicy,
    /// How the converted amount is rounded to the target's minor units (default banker's).
    pub rounding: RoundingStrategy,
}

impl Default for ConvertOptions {
    fn default() -> Self {
        ConvertOptions {
            to: CurrencyCode::USD,
            policy: ConversionPolicy::default(),
            rounding: RoundingStrategy::default(),
        }
    }
}

impl ConvertOptions {
    /// The default options with another target currency.
    pub fn to(currency: CurrencyCode) -> Self {
        ConvertOptions {
            to: currency,
            ..ConvertOptions::default()
        }
    }

    /// These options with another policy.
    pub fn with_policy(mut self, policy: ConversionPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// These options with another rounding strategy.
    pub fn with_rounding(mut self, rounding: RoundingStrategy) -> Self {
        self.rounding = rounding;
        self
    }
}

/// A converted amount and everything needed to reproduce it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Conversion {
    /// The amount as given.
    pub original: MoneyAmount,
    /// The converted amount: `original.amount × rate`, rounded once to `decimalPlaces`.
    pub converted: MoneyAmount,
    /// The rate as applied: units of the target currency per unit of the original currency,
    /// to full precision (a cross rate through a base is computed once, not rounded).
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub rate: Decimal,
    /// The value date of the amount: the day itself, or the first day of the month or year
    /// when the value date is known only to the month or year (see `valueDatePrecision`).
    pub value_date: NaiveDate,
    /// How precisely the value date is known; absent when known to the day. A month or a year
    /// is converted without the day-based policies (see [`ConversionPolicy`]).
    #[serde(default, skip_serializing_if = "is_day")]
    pub value_date_precision: Precision,
    /// The date of the rate: the publication day for daily rates, 1 January for calendar-year
    /// averages, the stated date for explicit rates, the value date for identity.
    pub rate_date: NaiveDate,
    /// What the rate is (daily, annual average, explicit, identity).
    pub rate_kind: RateKind,
    /// The source of the rate (both sources, joined by " and ", if the two legs of a cross
    /// differ); `identity` when no rate was needed.
    pub source: String,
    /// The single policy that found the rate (the one that succeeded in a chain); absent when
    /// the currencies are the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<ConversionPolicy>,
    /// The identifier of the rate table (`sha256:…`).
    pub table_id: String,
    /// The rounding strategy applied to the converted amount.
    pub rounding: RoundingStrategy,
    /// The decimal places the converted amount was rounded to (the target's minor units);
    /// absent for targets without minor units (`XAU`), which are not rounded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimal_places: Option<u32>,
    /// Present when the value date is after the last daily rate the table has for the pair:
    /// how far after, so that a rate older than the amount never passes unnoticed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beyond_rates: Option<BeyondRates>,
}

/// A conversion of an amount valued after the table's last daily rate for its currencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BeyondRates {
    /// The last day with a daily rate for the pair in the table.
    pub last_daily_rate: NaiveDate,
    /// Days from that day to the value date.
    pub days_after: i64,
    /// Days from the date of the rate used to the value date (for an annual average, from
    /// 1 January of its year).
    pub rate_age_days: i64,
}

fn is_day(p: &Precision) -> bool {
    *p == Precision::Day
}

/// A conversion request as one JSON-friendly value (for bindings and services).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConversionRequest {
    /// The amount to convert.
    pub money: MoneyAmount,
    /// The date the amount refers to.
    pub value_date: NaiveDate,
    /// A rate stated with the amount, for the `explicit` policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explicit_rate: Option<ExplicitRate>,
    /// Target, policy and rounding.
    #[serde(default)]
    pub options: ConvertOptions,
}

/// The currency, if it is known and in use on `date`.
fn usable(code: CurrencyCode, date: NaiveDate) -> Result<&'static CurrencyInfo> {
    let info = currency(code).ok_or_else(|| Error::UnknownCode {
        codelist: "currency",
        code: code.to_string(),
    })?;
    match info.withdrawn_on {
        Some(withdrawn_on) if !info.in_use_on(date) => Err(Error::CurrencyWithdrawn {
            currency: code,
            date,
            withdrawn_on,
        }),
        _ => Ok(info),
    }
}

impl RateTable {
    /// Convert `money`, valued on `value_date`, with the given options.
    ///
    /// Errors: [`Error::UnknownCode`] for a currency not in ISO 4217 (see
    /// [`currency`](super::currency::currency)); [`Error::CurrencyWithdrawn`] when either
    /// currency was no longer in use on the value date; [`Error::RateNotFound`] when no
    /// policy finds a rate; [`Error::Overflow`] when the product does not fit in a decimal.
    pub fn convert(
        &self,
        money: &MoneyAmount,
        value_date: NaiveDate,
        options: &ConvertOptions,
    ) -> Result<Conversion> {
        self.convert_with_explicit(money, value_date, None, options)
    }

    /// [`RateTable::convert`] with a rate stated with the amount, used by the `explicit` policy.
    pub fn convert_with_explicit(
        &self,
        money: &MoneyAmount,
        value_date: NaiveDate,
        explicit: Option<&ExplicitRate>,
        options: &ConvertOptions,
    ) -> Result<Conversion> {
        let stated = Stated {
            explicit,
            equivalent: None,
        };
        self.convert_stated(money, PartialDate::Day(value_date), stated, options)
    }

    /// Convert `money` valued on a date known to the day, the month or the year (format 1.1),
    /// offering a stated rate and the announcer's stated equivalent to the policies that use
    /// them. A month or a year skips the day-based policies (see [`ConversionPolicy`]).
    pub fn convert_partial(
        &self,
        money: &MoneyAmount,
        value_date: PartialDate,
        explicit: Option<&ExplicitRate>,
        equivalent: Option<&MoneyAmount>,
        options: &ConvertOptions,
    ) -> Result<Conversion> {
        let stated = Stated {
            explicit,
            equivalent,
        };
        self.convert_stated(money, value_date, stated, options)
    }

    fn convert_stated(
        &self,
        money: &MoneyAmount,
        stated_date: PartialDate,
        stated: Stated<'_>,
        options: &ConvertOptions,
    ) -> Result<Conversion> {
        let value_date = stated_date.first_day();
        let from = money.currency;
        let to = options.to;
        usable(from, value_date)?;
        let target = usable(to, value_date)?;

        let (found, kind, policy) = if from == to {
            let identity = FoundRate {
                rate: Decimal::ONE,
                date: value_date,
                source: "identity".into(),
            };
            (identity, RateKind::Identity, None)
        } else {
            self.lookup(money, to, stated_date, stated, &options.policy)?
        };

        let found_date = found.date;
        let product = if kind == RateKind::StatedEquivalent {
            // The announcer's own figure, not the product of a rounded ratio.
            stated.equivalent.map_or(Decimal::ZERO, |e| e.amount)
        } else {
            money
                .amount
                .checked_mul(found.rate)
                .ok_or_else(|| Error::Overflow {
                    operation: format!(
                        "conversion of `{from}` `{}` to `{to}` at `{}`",
                        money.amount, found.rate
                    ),
                })?
        };
        let decimal_places = target.minor_units;
        // A product too large to keep its exact digits is scaled down by the multiplication
        // itself; below the target's minor units that would be a second, silent rounding (to
        // whole units or tens): an overflow instead. (Only for amounts near 10^27 and more.)
        let exact = Some(product.scale()) == money.amount.scale().checked_add(found.rate.scale());
        if let Some(dp) = decimal_places.filter(|dp| !exact && product.scale() < *dp) {
            return Err(Error::Overflow {
                operation: format!(
                    "conversion of `{from}` `{}` to `{to}` at `{}` (the result needs more digits \
                     than a decimal holds at {dp} decimal places)",
                    money.amount, found.rate
                ),
            });
        }
        let amount = match decimal_places {
            Some(dp) => options.rounding.round(product, dp),
            None => product,
        };
        Ok(Conversion {
            original: *money,
            converted: MoneyAmount {
                amount,
                currency: to,
            },
            rate: found.rate,
            value_date,
            value_date_precision: stated_date.precision(),
            rate_date: found.date,
            rate_kind: kind,
            source: found.source,
            policy,
            table_id: self.id().to_owned(),
            rounding: options.rounding,
            decimal_places,
            beyond_rates: self.beyond(from, to, value_date, found_date, kind),
        })
    }

    /// [`BeyondRates`] for a conversion valued after the table's last daily rate of the pair.
    fn beyond(
        &self,
        from: CurrencyCode,
        to: CurrencyCode,
        value_date: NaiveDate,
        rate_date: NaiveDate,
        kind: RateKind,
    ) -> Option<BeyondRates> {
        if matches!(
            kind,
            RateKind::Identity | RateKind::Explicit | RateKind::StatedEquivalent
        ) {
            return None;
        }
        let last = self.last_daily(from, to)?;
        (value_date > last).then(|| BeyondRates {
            last_daily_rate: last,
            days_after: value_date.signed_duration_since(last).num_days(),
            rate_age_days: value_date.signed_duration_since(rate_date).num_days(),
        })
    }

    /// Convert a pledge's financial value at its value date (a day, a month or a year),
    /// offering its explicit rate to the `explicit` policy and its stated equivalent to the
    /// `statedEquivalent` policy. The amount converted is the stated `amount`; a total derived
    /// from qualifiers (see [`crate::model::amount`]) is converted with
    /// [`RateTable::convert_partial`] at the same value date.
    pub fn convert_financial_value(
        &self,
        value: &FinancialValue,
        options: &ConvertOptions,
    ) -> Result<Conversion> {
        self.convert_partial(
            &value.money(),
            value.value_date_stated(),
            value.explicit_rate.as_ref(),
            value.stated_equivalent.as_ref(),
            options,
        )
    }

    /// Whether the default policy chain finds a `from`→`to` rate in this table for a value
    /// date known to the day, month or year (what validation's `money.no_rate_at_date` asks):
    /// the daily rate of the day or up to 7 days before, else the year's average; the average
    /// alone for a month or a year. Nothing is computed or allocated.
    pub fn has_rate(&self, from: CurrencyCode, to: CurrencyCode, value_date: PartialDate) -> bool {
        if from == to {
            return true;
        }
        let first = value_date.first_day();
        let annual = NaiveDate::from_ymd_opt(first.year(), 1, 1)
            .is_some_and(|jan1| self.has(RateKind::AnnualAverage, from, to, jan1, jan1));
        if annual {
            return true;
        }
        value_date.precision() == Precision::Day && {
            let earliest = first
                .checked_sub_days(chrono::Days::new(7))
                .unwrap_or(NaiveDate::MIN);
            self.has(RateKind::Daily, from, to, first, earliest)
        }
    }

    /// Carry out a [`ConversionRequest`].
    pub fn convert_request(&self, request: &ConversionRequest) -> Result<Conversion> {
        self.convert_with_explicit(
            &request.money,
            request.value_date,
            request.explicit_rate.as_ref(),
            &request.options,
        )
    }

    fn lookup(
        &self,
        money: &MoneyAmount,
        to: CurrencyCode,
        stated_date: PartialDate,
        stated: Stated<'_>,
        policy: &ConversionPolicy,
    ) -> Result<(FoundRate, RateKind, Option<ConversionPolicy>)> {
        let from = money.currency;
        let date = stated_date.first_day();
        let leaves = policy.leaves();
        let partial = stated_date.precision() != Precision::Day;
        for leaf in &leaves {
            if partial && leaf.needs_day() {
                // No day to look up: skipped, not invented.
                continue;
            }
            let found = match leaf {
                ConversionPolicy::ExactDate => self
                    .find_daily(from, to, date, 0)?
                    .map(|f| (f, RateKind::Daily)),
                ConversionPolicy::OnOrBefore { max_days } => self
                    .find_daily(from, to, date, *max_days)?
                    .map(|f| (f, RateKind::Daily)),
                ConversionPolicy::AnnualAverage => self
                    .find_annual(from, to, date.year())?
                    .map(|f| (f, RateKind::AnnualAverage)),
                ConversionPolicy::StatedEquivalent => stated
                    .equivalent
                    .filter(|e| {
                        e.currency == to && e.amount > Decimal::ZERO && money.amount > Decimal::ZERO
                    })
                    .and_then(|e| e.amount.checked_div(money.amount))
                    .map(|rate| {
                        let f = FoundRate {
                            rate,
                            date,
                            source: "the announcer's stated equivalent".into(),
                        };
                        (f, RateKind::StatedEquivalent)
                    }),
                ConversionPolicy::Explicit => stated
                    .explicit
                    .filter(|e| e.to == to && e.rate > Decimal::ZERO)
                    .map(|e| {
                        let f = FoundRate {
                            rate: e.rate,
                            date: e.date,
                            source: e.source.clone(),
                        };
                        (f, RateKind::Explicit)
                    }),
                // `leaves` never yields a chain.
                ConversionPolicy::Chain { .. } => None,
            };
            if let Some((f, kind)) = found {
                return Ok((f, kind, Some((*leaf).clone())));
            }
        }
        Err(Error::RateNotFound {
            currency: from,
            to,
            date,
            policies_tried: leaves.iter().map(|l| l.label()).collect(),
        })
    }
}

/// What the pledge itself states for conversion: an explicit rate and an equivalent.
#[derive(Clone, Copy)]
struct Stated<'a> {
    explicit: Option<&'a ExplicitRate>,
    equivalent: Option<&'a MoneyAmount>,
}

/// Convert with the embedded table ([`RateTable::embedded`]).
pub fn convert(
    money: &MoneyAmount,
    value_date: NaiveDate,
    options: &ConvertOptions,
) -> Result<Conversion> {
    RateTable::embedded().convert(money, value_date, options)
}

/// Convert a pledge's financial value with the embedded table.
pub fn convert_financial_value(
    value: &FinancialValue,
    options: &ConvertOptions,
) -> Result<Conversion> {
    RateTable::embedded().convert_financial_value(value, options)
}
