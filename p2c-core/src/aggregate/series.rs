//! The yearly series: pledges and value per calendar year of announcement, for charts.
//!
//! # The rule
//!
//! A counted pledge is in the row of the year of its `announcedOn` date; a date known only to
//! the month or the year (`"2023-06"`, `"2023"`) is in that year. A pledge with no
//! announcement date is in the row `unknown`, never dropped and never given another date's
//! year (its submission or validation date says when ITU learnt of it, not when it was
//! announced). A row's value is what its pledges put in the total (after the double-counting
//! rules), so the rows' pledges sum to the pledge count and their values to the total value.
//! Only years with at least one counted pledge have a row, in ascending order; the `unknown`
//! row is always last and always present (zero when every pledge is dated).
#![deny(clippy::arithmetic_side_effects)]

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::Serialize;

use super::select::Counted;
use crate::model::decimal::DecimalString;
use crate::money::exact::add;
use crate::{Error, Result};

/// The key of the row of pledges with no announcement date.
pub const UNKNOWN_YEAR: &str = "unknown";

/// Pledges and value per calendar year of announcement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct YearSeries {
    /// # Basis
    ///
    /// The date whose year places a pledge: `announcedOn`.
    pub basis: String,
    /// # Rows
    ///
    /// One row per year with counted pledges, ascending, then the row `unknown` (pledges with
    /// no announcement date; always present). The pledges sum to the pledge count, the
    /// values to the total value.
    pub rows: Vec<YearRow>,
}

/// The pledges announced in one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct YearRow {
    /// # Year
    ///
    /// The calendar year (`"2023"`), or `unknown`.
    pub year: String,
    /// # Pledges
    ///
    /// Counted pledges announced that year.
    pub pledges: u64,
    /// # Value
    ///
    /// The value they put in the total.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub value: Decimal,
}

/// Running yearly figures: accumulators of parts of the input merge exactly.
#[derive(Debug, Clone, Default)]
pub(super) struct SeriesAcc {
    /// (pledges, value) per year of announcement.
    pub(super) years: BTreeMap<i32, (u64, Decimal)>,
    /// (pledges, value) of pledges with no announcement date.
    pub(super) unknown: (u64, Decimal),
    /// The first overflow, if any (reported by `finish`).
    pub(super) overflow: Option<String>,
}

impl SeriesAcc {
    /// Add a counted pledge whose value is final.
    pub(super) fn add(&mut self, c: &Counted<'_>) {
        let value = c.value.unwrap_or(Decimal::ZERO);
        self.put(c.p.announced_on.map(|d| d.year()), 1, value);
    }

    fn put(&mut self, year: Option<i32>, pledges: u64, value: Decimal) {
        let row = match year {
            Some(y) => self.years.entry(y).or_insert((0, Decimal::ZERO)),
            None => &mut self.unknown,
        };
        row.0 = row.0.saturating_add(pledges);
        match add(row.1, value, "yearly series value") {
            Ok(sum) => row.1 = sum,
            Err(e) => {
                if self.overflow.is_none() {
                    self.overflow = Some(e.to_string());
                }
            }
        }
    }

    /// Add the figures of `later`.
    pub(super) fn append(&mut self, later: SeriesAcc) {
        for (y, (n, v)) in later.years {
            self.put(Some(y), n, v);
        }
        let (n, v) = later.unknown;
        self.put(None, n, v);
        if self.overflow.is_none() {
            self.overflow = later.overflow;
        }
    }

    /// The state as (year or `unknown`, pledges, value) rows, for partial summaries.
    pub(super) fn state(&self) -> Vec<(String, u64, String)> {
        let mut out: Vec<(String, u64, String)> = self
            .years
            .iter()
            .map(|(y, (n, v))| (y.to_string(), *n, v.to_string()))
            .collect();
        out.push((
            UNKNOWN_YEAR.to_owned(),
            self.unknown.0,
            self.unknown.1.to_string(),
        ));
        out
    }

    /// The accumulator from [`SeriesAcc::state`]'s rows.
    pub(super) fn from_state(
        rows: Vec<(String, u64, String)>,
        overflow: Option<String>,
        decimal: impl Fn(&str) -> Result<Decimal>,
    ) -> Result<SeriesAcc> {
        let mut acc = SeriesAcc {
            overflow,
            ..SeriesAcc::default()
        };
        for (year, n, v) in rows {
            let v = decimal(&v)?;
            if year == UNKNOWN_YEAR {
                acc.unknown = (n, v);
            } else {
                let y: i32 = year.parse().map_err(|_| Error::InvalidPartial {
                    reason: format!("bad year `{year}` in the yearly series"),
                })?;
                acc.years.insert(y, (n, v));
            }
        }
        Ok(acc)
    }

    pub(super) fn finish(self) -> Result<YearSeries> {
        if let Some(operation) = self.overflow {
            return Err(Error::Overflow { operation });
        }
        let mut rows: Vec<YearRow> = self
            .years
            .into_iter()
            .map(|(y, (pledges, value))| YearRow {
                year: y.to_string(),
                pledges,
                value,
            })
            .collect();
        rows.push(YearRow {
            year: UNKNOWN_YEAR.to_owned(),
            pledges: self.unknown.0,
            value: self.unknown.1,
        });
        Ok(YearSeries {
            basis: "announcedOn".to_owned(),
            rows,
        })
    }
}
