//! Money: exact amounts, ISO 4217 currencies, dated exchange-rate tables, and conversion with
//! provenance.
//!
//! ```
//! use p2c_core::model::{CurrencyCode, MoneyAmount};
//! use p2c_core::money::{convert, ConvertOptions, RateKind};
//!
//! let eur = MoneyAmount { amount: "5600000000".parse()?, currency: CurrencyCode::EUR };
//! let c = convert(&eur, "2022-06-07".parse()?, &ConvertOptions::default())?;
//! // ECB reference rate of 7 June 2022: 1 EUR = 1.0662 USD.
//! assert_eq!(c.converted.amount.to_string(), "5970720000.00");
//! assert_eq!((c.rate.to_string().as_str(), c.rate_kind), ("1.0662", RateKind::Daily));
//! assert!(c.table_id.starts_with("sha256:"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Amounts and arithmetic
//!
//! Amounts are [`Decimal`] end to end; [`Money`] is the model's [`MoneyAmount`] with checked
//! arithmetic ([`MoneyAmount::checked_add`] refuses mixed currencies and overflow). A conversion
//! multiplies the amount by the rate (quoted as units of the target per unit of the source),
//! computes any cross rate to full precision (28 significant digits), and **rounds once**: the
//! final converted amount, to the target currency's minor units, with a named
//! [`RoundingStrategy`] (banker's by default). Overflow is [`Error::Overflow`], never a panic.
//!
//! # Rate tables
//!
//! A [`RateTable`] holds rates quoted as *units of `currency` per one `base`*, each daily or a
//! calendar-year average, each with a source name. To convert `A` → `B`, the table looks for a
//! base under which both have a rate on the same date (`A` or `B` may be the base itself) and
//! divides: `rate = (B per base) / (A per base)`. Bases are tried in precedence order, the order
//! in which they entered the table (a merge puts the winner's bases first); the first base with
//! both currencies wins, so a rate never mixes two bases.
//!
//! The embedded table ([`RateTable::embedded`]) holds, in this order of precedence:
//! 1. daily: ECB euro reference rates 1999-01-04 → 2026-10-30, base EUR (41 currencies, 29 still
//!    published);
//! 2. annual averages, base USD: ECB-derived calendar-year means of the daily cross rates
//!    (1999–2026; **2026 covers 1 Jan–30 Oct only** and its source name says so);
//! 3. annual averages, base GBP: HMRC yearly averages for the calendar year, 2010–2025, about
//!    140 currencies.
//!
//! So the ECB-derived average wins wherever it covers both currencies of a pair for the year;
//! HMRC fills in the rest (KES, XOF, NGN, …). HMRC codes that are not current ISO 4217 codes
//! were mapped or dropped on purpose: ECS (Ecuador uses USD), BYR, MRO, ZMK and STD (superseded
//! by redenominated codes) are dropped; MRU 2018–2019 and SLE 2022 are dropped because HMRC's
//! figures are on the old currency's scale; rows of withdrawn codes are kept only for calendar
//! years wholly before the withdrawal (VEF to 2017, HRK to 2022). The embedded data is a
//! compact blob built from `p2c-core/data/` at compile time (see `data/SOURCES.md`).
//!
//! **Attribution.** ECB rates: *Source: ECB statistics.* Modified: the daily rates are
//! re-encoded, crossed through EUR at conversion time, and averaged per calendar year by p2c
//! (the annual averages are our derivation, not ECB figures). HMRC rates: contains public
//! sector information licensed under the Open Government Licence v3.0; modified by dropping
//! or mapping non-ISO codes as listed above and by crossing through GBP at conversion time.
//!
//! ## CSV format
//!
//! ```text
//! date,base,currency,rate,source
//! 2024-01-15,EUR,KES,170.12,Central Bank of Kenya
//! 2024,USD,KES,136.04,"My ministry's annual average, 2024"
//! ```
//!
//! A header row with these five columns (any order, more columns ignored); `date` is
//! `YYYY-MM-DD` for a daily rate or `YYYY` for a calendar-year average; `rate` is a plain
//! positive decimal, the units of `currency` for one `base`; `source` is required. Codes must be
//! known ISO 4217 codes (see [`currency::currency`]). A bad row is an
//! [`Error::InvalidRateFile`] with its 1-based line and a [`RateFileProblem`].
//!
//! ## JSON format
//!
//! ```json
//! { "rates": [
//!   { "date": "2024-01-15", "base": "EUR", "currency": "KES", "rate": "170.12", "source": "CBK" },
//!   { "date": "2024", "base": "USD", "currency": "KES", "rate": "136.04", "source": "mine" } ] }
//! ```
//!
//! The same fields; rates are decimal strings. Unknown keys are refused. A bad value is an
//! [`Error::InvalidRateFile`] with a JSON Pointer (`/rates/1/rate`); text that is not JSON of
//! this shape is an [`Error::Parse`].
//!
//! ## The ECB's own files
//!
//! [`RateTable::from_ecb`] reads the ECB's reference-rate file as downloaded
//! (`eurofxref-hist.csv`, or the zip `eurofxref-hist.zip`), so that rates newer than the
//! embedded ones need no release; every rate's source names the file and its SHA-256 (see
//! `ecb.rs`). Merge it over the embedded table to keep the annual averages:
//! `RateTable::embedded().merge(&ecb, MergePrecedence::Incoming)`. [`RateTable::write_json`]
//! saves any table in the JSON format below.
//!
//! ## Merging
//!
//! [`RateTable::merge`] combines two tables; where both have a rate for the same kind, base,
//! currency and date, [`MergePrecedence`] says which one wins, and the winner's bases come first.
//! To prefer your own rates over the embedded ones:
//! `RateTable::embedded().merge(&mine, MergePrecedence::Incoming)`.
//!
//! ## Table identifier
//!
//! [`RateTable::id`] is `sha256:` and the SHA-256 of a canonical text form: the base precedence,
//! then every rate (kind, base, currency, date, normalized rate, source) in key order. Equal
//! tables have equal ids however their files were written; every [`Conversion`] records it.
//!
//! # Policies
//!
//! [`ConversionPolicy`]: `exact_date`, `on_or_before(maxDays)`, `annual_average`, `explicit`, and
//! `chain`. The default is `chain(on_or_before(maxDays=7), annual_average)`. A missing rate is
//! [`Error::RateNotFound`] naming the currencies, the date and the policies tried; it is never
//! zero and never skipped. Amounts in a currency that was withdrawn on the value date (HRK in
//! 2024) are [`Error::CurrencyWithdrawn`]: value-date them when the currency was in use.
#![deny(clippy::arithmetic_side_effects)]

pub mod convert;
mod converter;
pub mod currency;
mod ecb;
pub(crate) mod exact;
pub mod policy;
pub mod rounding;
pub mod table;

pub use convert::{
    convert, convert_financial_value, BeyondRates, Conversion, ConversionRequest, ConvertOptions,
};
pub use converter::{Converted, Converter, RateProvenance, TableConverter};
pub use currency::{currencies, currency, CurrencyInfo};
pub use ecb::MAX_ECB_BYTES;
pub use policy::ConversionPolicy;
pub use rounding::RoundingStrategy;
pub use table::{
    MergePrecedence, RateFileProblem, RateKind, RateRow, RateSeriesInfo, RateTable, RateTableInfo,
};

use rust_decimal::Decimal;

use crate::model::{CurrencyCode, MoneyAmount};
use crate::{Error, Result};

/// An amount of one currency: the model's [`MoneyAmount`], with the checked operations below.
pub type Money = MoneyAmount;

impl MoneyAmount {
    /// An amount of `currency`.
    pub fn new(amount: Decimal, currency: CurrencyCode) -> Self {
        MoneyAmount { amount, currency }
    }

    /// The sum of two amounts of the same currency; [`Error::CurrencyMismatch`] or
    /// [`Error::Overflow`] otherwise.
    pub fn checked_add(&self, other: &MoneyAmount) -> Result<MoneyAmount> {
        self.combine(other, "add", Decimal::checked_add)
    }

    /// The difference of two amounts of the same currency; [`Error::CurrencyMismatch`] or
    /// [`Error::Overflow`] otherwise.
    pub fn checked_sub(&self, other: &MoneyAmount) -> Result<MoneyAmount> {
        self.combine(other, "subtract", Decimal::checked_sub)
    }

    fn combine(
        &self,
        other: &MoneyAmount,
        operation: &'static str,
        op: fn(Decimal, Decimal) -> Option<Decimal>,
    ) -> Result<MoneyAmount> {
        if self.currency != other.currency {
            return Err(Error::CurrencyMismatch {
                left: self.currency,
                right: other.currency,
                operation,
            });
        }
        let amount = op(self.amount, other.amount).ok_or_else(|| Error::Overflow {
            operation: format!(
                "{operation} `{}` and `{}` `{}`",
                self.amount, other.currency, other.amount
            ),
        })?;
        Ok(MoneyAmount::new(amount, self.currency))
    }

    /// The sum of `amounts`, all of `currency` (zero for none); [`Error::CurrencyMismatch`] at
    /// the first amount of another currency, [`Error::Overflow`] if the sum does not fit.
    pub fn checked_sum<'a>(
        currency: CurrencyCode,
        amounts: impl IntoIterator<Item = &'a MoneyAmount>,
    ) -> Result<MoneyAmount> {
        amounts
            .into_iter()
            .try_fold(MoneyAmount::new(Decimal::ZERO, currency), |acc, m| {
                acc.checked_add(m)
            })
    }

    /// The amount rounded to its currency's minor units with `strategy` (unchanged for
    /// currencies without minor units, such as `XAU`); [`Error::UnknownCode`] for a code not in
    /// [`currency()`].
    pub fn round(&self, strategy: RoundingStrategy) -> Result<MoneyAmount> {
        let info = self.currency_info().ok_or_else(|| Error::UnknownCode {
            codelist: "currency",
            code: self.currency.to_string(),
        })?;
        Ok(match info.minor_units {
            Some(dp) => MoneyAmount::new(strategy.round(self.amount, dp), self.currency),
            None => *self,
        })
    }

    /// The currency's ISO 4217 entry, if the code is known.
    pub fn currency_info(&self) -> Option<&'static CurrencyInfo> {
        currency(self.currency)
    }
}
