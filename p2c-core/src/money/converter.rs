//! Converters: how an amount is converted into another currency for a summary or a table,
//! and the provenance of the rates a converter uses.

use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{ConversionPolicy, ConvertOptions, RateTable, RoundingStrategy};
use crate::model::{CurrencyCode, ExplicitRate, MoneyAmount, PartialDate};
use crate::Result;

/// An amount converted into the summary's currency, with where its rate came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Converted {
    /// The converted amount, unrounded.
    pub amount: Decimal,
    /// Units of the target currency per unit of the source currency.
    pub rate: Decimal,
    /// The date of the rate used, when the rate has one.
    pub rate_date: Option<NaiveDate>,
    /// Where the rate came from.
    pub source: String,
}

/// Which rates a summary used, under which policy, from which sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RateProvenance {
    /// # Rate table
    ///
    /// The identifier of the rate table (name and version or date).
    pub table_id: String,
    /// # Policy
    ///
    /// The conversion policy: which rate date is chosen for an amount.
    pub policy: String,
    /// # Sources
    ///
    /// The sources of the rates, with the citation their licences require.
    pub sources: Vec<String>,
}

/// Converts announced amounts into a summary's currency.
///
/// The summary calls [`Converter::convert_at`] once per announced amount (at its value date,
/// known to the day, month or year) and [`Converter::convert`] once per delivered amount; an error is never dropped: the amount is listed in
/// [`ValueStats::unconverted`](crate::aggregate::ValueStats::unconverted) with the error's code.
pub trait Converter: Send + Sync {
    /// Convert `money`, stated as of `date`, into `to`. `explicit` is the rate stated on the
    /// pledge itself, if any; the converter's policy decides whether to use it.
    fn convert(
        &self,
        money: MoneyAmount,
        date: NaiveDate,
        explicit: Option<&ExplicitRate>,
        to: CurrencyCode,
    ) -> Result<Converted>;

    /// Convert `money` valued at a date known to the day, the month or the year (format 1.1).
    /// The default converts at the date's first day with [`Converter::convert`];
    /// [`TableConverter`] gives a month or a year to its policy as it is, so that the
    /// day-based policies are skipped and the calendar-year average is used
    /// ([`RateTable::convert_partial`]).
    fn convert_at(
        &self,
        money: MoneyAmount,
        date: PartialDate,
        explicit: Option<&ExplicitRate>,
        to: CurrencyCode,
    ) -> Result<Converted> {
        self.convert(money, date.first_day(), explicit, to)
    }

    /// The table, policy and sources this converter uses, for the summary's provenance.
    fn provenance(&self) -> RateProvenance;
}

/// The [`Converter`] over a [`RateTable`]: the embedded ECB/HMRC table or the caller's own,
/// with a [`ConversionPolicy`] and a [`RoundingStrategy`] (see [`crate::money`]).
#[derive(Debug, Clone)]
pub struct TableConverter {
    table: Option<Arc<RateTable>>,
    policy: ConversionPolicy,
    rounding: RoundingStrategy,
}

impl TableConverter {
    /// The embedded rate table with the default policy and rounding.
    pub fn embedded() -> TableConverter {
        TableConverter {
            table: None,
            policy: ConversionPolicy::default(),
            rounding: RoundingStrategy::default(),
        }
    }

    /// A caller's rate table with the default policy and rounding.
    pub fn new(table: Arc<RateTable>) -> TableConverter {
        TableConverter {
            table: Some(table),
            ..TableConverter::embedded()
        }
    }

    /// This converter with another policy.
    pub fn with_policy(mut self, policy: ConversionPolicy) -> TableConverter {
        self.policy = policy;
        self
    }

    /// This converter with another rounding strategy.
    pub fn with_rounding(mut self, rounding: RoundingStrategy) -> TableConverter {
        self.rounding = rounding;
        self
    }

    fn table(&self) -> &RateTable {
        match &self.table {
            Some(t) => t,
            None => RateTable::embedded(),
        }
    }
}

impl TableConverter {
    /// The table conversion options of this converter's policy and rounding, into `to`.
    fn options(&self, to: CurrencyCode) -> ConvertOptions {
        ConvertOptions {
            to,
            policy: self.policy.clone(),
            rounding: self.rounding,
        }
    }
}

impl Converter for TableConverter {
    fn convert(
        &self,
        money: MoneyAmount,
        date: NaiveDate,
        explicit: Option<&ExplicitRate>,
        to: CurrencyCode,
    ) -> Result<Converted> {
        let options = self.options(to);
        let c = self
            .table()
            .convert_with_explicit(&money, date, explicit, &options)?;
        Ok(Converted {
            amount: c.converted.amount,
            rate: c.rate,
            rate_date: Some(c.rate_date),
            source: c.source,
        })
    }

    fn convert_at(
        &self,
        money: MoneyAmount,
        date: PartialDate,
        explicit: Option<&ExplicitRate>,
        to: CurrencyCode,
    ) -> Result<Converted> {
        let options = self.options(to);
        let c = self
            .table()
            .convert_partial(&money, date, explicit, None, &options)?;
        Ok(Converted {
            amount: c.converted.amount,
            rate: c.rate,
            rate_date: Some(c.rate_date),
            source: c.source,
        })
    }

    fn provenance(&self) -> RateProvenance {
        RateProvenance {
            table_id: self.table().id().to_owned(),
            policy: format!(
                "{}; {}; each converted amount rounded to the target's minor units ({})",
                self.policy.label(),
                if self
                    .policy
                    .leaves()
                    .contains(&&ConversionPolicy::AnnualAverage)
                {
                    "a value date known only to the month or the year is valued at its calendar year's average (annual_average), never at an invented day"
                } else {
                    "a value date known only to the month or the year skips the day-based policies"
                },
                self.rounding.as_str()
            ),
            sources: self.table().sources().to_vec(),
        }
    }
}
