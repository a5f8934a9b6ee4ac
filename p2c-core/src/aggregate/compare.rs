//! Comparing two summaries: what changed between two as-of dates (or two pledge sets).
//!
//! [`compare`] (and [`compare_json`], for summaries that arrive as JSON) gives, for each
//! headline figure and for each row of each breakdown, the figure in summary `a`, the figure in
//! summary `b`, the absolute change `b − a`, and the percent change. "+55 % pledges in a year"
//! is `compare(&last_year, &this_year)?.headline.pledge_count.percent`.
//!
//! # The rules
//!
//! - **Same method or nothing.** Two summaries compare only when they were computed the same
//!   way: the same currency, attribution, region mode and rates (rate table, conversion policy
//!   and sources). Otherwise the call fails with [`Error::SummaryMismatch`] naming the first
//!   difference (`currency`, `attribution`, `regionMode`, `rates.tableId`, `rates.policy`,
//!   `rates.sources`): subtracting USD from EUR, or a split breakdown from an overlapping one,
//!   would be a figure with no meaning. The as-of dates may differ (that is the point); the
//!   filters are not recorded in a summary and cannot be checked, so comparing summaries of
//!   different filters is the caller's choice.
//! - **Exact.** Counts and values are decimals; the change `b − a` is exact (or an `overflow`
//!   error).
//! - **Percent, one rounding.** The percent change is `(b − a) ÷ a × 100`, computed exactly
//!   and rounded once, **to 2 decimal places, half away from zero** (`1 → 3` is `200.00`,
//!   `3 → 4` is `33.33`, `8 → 9` is `12.50`, `2 → 1` is `-50.00`). When there is no base it
//!   is `null` with a reason in `percentAbsent`: `zero_base` (`a` is 0), `absent_in_a` or
//!   `absent_in_b` (a breakdown row, or a whole breakdown, that only one summary has).
//! - **Absent is not zero.** Rows are matched by key; a row only one summary has is shown with
//!   the other side `null` (and no change), never as 0: a country with no pledges on the
//!   earlier date has no row then. Rows come in `a`'s order, then the rows only `b` has in
//!   `b`'s order; breakdowns likewise, by dimension. The reporting-status rows
//!   (`reporting.status.rows`) are compared as one more breakdown, `reportingStatus`, and the
//!   headline includes `activeValue`.
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::options::{Attribution, RegionMode};
use super::summary::Summary;
use crate::model::decimal::DecimalString;
use crate::model::CurrencyCode;
use crate::money::RateProvenance;
use crate::{Error, Result};

/// The rule of [`Change::percent`], as stated in every [`Comparison`].
pub const PERCENT_RULE: &str =
    "percent = (b - a) / a * 100, computed exactly, rounded once to 2 decimal places, half away from zero; null when a is 0 or a side is absent";

/// What changed between two summaries (see the module docs for the rules).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(title = "Partner2Connect summary comparison")]
pub struct Comparison {
    /// # As of (a)
    ///
    /// The as-of date of summary `a`, the base of every change.
    pub as_of_a: NaiveDate,
    /// # As of (b)
    ///
    /// The as-of date of summary `b`.
    pub as_of_b: NaiveDate,
    /// # Currency
    ///
    /// The currency of both summaries.
    pub currency: CurrencyCode,
    /// # Attribution
    ///
    /// The attribution of both summaries.
    pub attribution: Attribution,
    /// # Region mode
    ///
    /// The region mode of both summaries.
    pub region_mode: RegionMode,
    /// # Rates
    ///
    /// The rate table, policy and sources of both summaries.
    pub rates: RateProvenance,
    /// # Percent rule
    ///
    /// How every percent change is computed and rounded.
    pub percent_rule: String,
    /// # Headline
    ///
    /// The change of each headline figure.
    pub headline: HeadlineChanges,
    /// # Breakdowns
    ///
    /// The change of each row of each breakdown, rows matched by key.
    pub breakdowns: Vec<BreakdownChange>,
}

/// One figure in both summaries and how it changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// # In a
    ///
    /// The figure in summary `a`; `null` when `a` has no such row.
    #[serde(with = "crate::model::decimal::option")]
    #[schemars(with = "Option<DecimalString>")]
    pub a: Option<Decimal>,
    /// # In b
    ///
    /// The figure in summary `b`; `null` when `b` has no such row.
    #[serde(with = "crate::model::decimal::option")]
    #[schemars(with = "Option<DecimalString>")]
    pub b: Option<Decimal>,
    /// # Change
    ///
    /// `b − a`, exact; `null` when a side is absent.
    #[serde(with = "crate::model::decimal::option")]
    #[schemars(with = "Option<DecimalString>")]
    pub change: Option<Decimal>,
    /// # Percent change
    ///
    /// `(b − a) ÷ a × 100`, rounded once to 2 decimal places, half away from zero; `null` with
    /// the reason in `percentAbsent` when there is no base.
    #[serde(with = "crate::model::decimal::option")]
    #[schemars(with = "Option<DecimalString>")]
    pub percent: Option<Decimal>,
    /// # Why no percent
    ///
    /// `zero_base`, `absent_in_a` or `absent_in_b`; absent when `percent` is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percent_absent: Option<String>,
}

/// The headline figures of two summaries, changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct HeadlineChanges {
    /// # Pledges
    ///
    /// `pledgeCount`.
    pub pledge_count: Change,
    /// # Entities
    ///
    /// `entities.count`.
    pub entities: Change,
    /// # Value
    ///
    /// `value.total`.
    pub value: Change,
    /// # Pledges with a value
    ///
    /// `value.pledgesCounted`.
    pub pledges_with_value: Change,
    /// # Countries of pledge-makers
    ///
    /// `pledgerCountries.count`.
    pub pledger_countries: Change,
    /// # Reported pledges
    ///
    /// `reporting.reportedPledges`.
    pub reported_pledges: Change,
    /// # Active value
    ///
    /// `reporting.status.activeValue`, the value without inactive pledges (absent on a side
    /// whose summary has no reporting status).
    pub active_value: Change,
}

/// The rows of one breakdown, changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct BreakdownChange {
    /// # Dimension
    ///
    /// The breakdown's dimension, as the summaries name it (`focusArea`, `country` …).
    pub dimension: String,
    /// # Rows
    ///
    /// One per row key of either summary.
    pub rows: Vec<RowChange>,
}

/// One breakdown row in both summaries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RowChange {
    /// # Key
    ///
    /// The row's machine code.
    pub key: String,
    /// # Label
    ///
    /// The row's label (from `b` when it has the row, else from `a`).
    pub label: String,
    /// # Pledges
    ///
    /// The row's pledge count.
    pub pledges: Change,
    /// # Value
    ///
    /// The row's value.
    pub value: Change,
}

/// What a comparison reads of a summary: the same fields whether it comes as a [`Summary`] or
/// as its JSON form (any other field of the JSON is ignored, so a summary with more
/// breakdowns or figures than this version knows still compares).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Figures {
    as_of: NaiveDate,
    currency: CurrencyCode,
    attribution: Attribution,
    region_mode: RegionMode,
    rates: RatesOnly,
    pledge_count: u64,
    entities: CountOnly,
    value: ValueOnly,
    pledger_countries: CountOnly,
    reporting: ReportingOnly,
    breakdowns: Vec<BreakdownOnly>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RatesOnly {
    table_id: String,
    policy: String,
    sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct CountOnly {
    count: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ValueOnly {
    #[serde(with = "crate::model::decimal")]
    total: Decimal,
    pledges_counted: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct ReportingOnly {
    reported_pledges: u64,
    #[serde(default)]
    status: Option<StatusOnly>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StatusOnly {
    #[serde(with = "crate::model::decimal")]
    active_value: Decimal,
    rows: Vec<StatusRowOnly>,
}

#[derive(Debug, Clone, Deserialize)]
struct StatusRowOnly {
    key: String,
    pledges: u64,
    #[serde(with = "crate::model::decimal")]
    value: Decimal,
}

#[derive(Debug, Clone, Deserialize)]
struct BreakdownOnly {
    dimension: String,
    rows: Vec<RowOnly>,
}

#[derive(Debug, Clone, Deserialize)]
struct RowOnly {
    key: String,
    label: String,
    pledges: u64,
    #[serde(with = "crate::model::decimal")]
    value: Decimal,
}

impl Figures {
    fn of(s: &Summary) -> Figures {
        Figures {
            as_of: s.as_of,
            currency: s.currency,
            attribution: s.attribution,
            region_mode: s.region_mode,
            rates: RatesOnly {
                table_id: s.rates.table_id.clone(),
                policy: s.rates.policy.clone(),
                sources: s.rates.sources.clone(),
            },
            pledge_count: s.pledge_count,
            entities: CountOnly {
                count: s.entities.count,
            },
            value: ValueOnly {
                total: s.value.total,
                pledges_counted: s.value.pledges_counted,
            },
            pledger_countries: CountOnly {
                count: s.pledger_countries.count,
            },
            reporting: ReportingOnly {
                reported_pledges: s.reporting.reported_pledges,
                status: Some(StatusOnly {
                    active_value: s.reporting.status.active_value,
                    rows: s
                        .reporting
                        .status
                        .rows
                        .iter()
                        .map(|r| StatusRowOnly {
                            key: r.key.code().to_owned(),
                            pledges: r.pledges,
                            value: r.value,
                        })
                        .collect(),
                }),
            },
            breakdowns: s
                .breakdowns
                .iter()
                .map(|b| BreakdownOnly {
                    dimension: serde_json::to_value(b.dimension)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    rows: b
                        .rows
                        .iter()
                        .map(|r| RowOnly {
                            key: r.key.clone(),
                            label: r.label.clone(),
                            pledges: r.pledges,
                            value: r.value,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// The reporting-status rows as one more breakdown, `reportingStatus`, so that they are
    /// compared row by row like the others.
    fn status_as_breakdown(&mut self) {
        if let Some(s) = &self.reporting.status {
            self.breakdowns.push(BreakdownOnly {
                dimension: "reportingStatus".into(),
                rows: s
                    .rows
                    .iter()
                    .map(|r| RowOnly {
                        key: r.key.clone(),
                        label: r.key.clone(),
                        pledges: r.pledges,
                        value: r.value,
                    })
                    .collect(),
            });
        }
    }

    fn read(value: &serde_json::Value, side: &str) -> Result<Figures> {
        Figures::deserialize(value).map_err(|e| Error::InvalidArgument {
            pointer: format!("/{side}"),
            message: format!("summary `{side}` is not a p2c summary: {e}"),
            suggestion: None,
        })
    }
}

/// Compare two summaries: `a` is the base (the earlier date), `b` the figures compared with it
/// (see the module docs for every rule).
///
/// Errors: `summary_mismatch` when the two were computed differently (currency, attribution,
/// region mode, rates); `overflow` when a change does not fit in a decimal.
pub fn compare(a: &Summary, b: &Summary) -> Result<Comparison> {
    compare_figures(Figures::of(a), Figures::of(b))
}

/// [`compare`] for summaries in their JSON form (`Summary::to_json`, what the bindings and the
/// command line hand out): only the fields a comparison reads must be there.
///
/// Errors: `invalid_argument` (pointer `/a` or `/b`) when a value is not a summary, and those
/// of [`compare`].
pub fn compare_json(a: &serde_json::Value, b: &serde_json::Value) -> Result<Comparison> {
    compare_figures(Figures::read(a, "a")?, Figures::read(b, "b")?)
}

fn compare_figures(mut a: Figures, mut b: Figures) -> Result<Comparison> {
    a.status_as_breakdown();
    b.status_as_breakdown();
    check_same(&a, &b)?;
    let count = |x: u64| Some(Decimal::from(x));
    let headline = HeadlineChanges {
        pledge_count: change(count(a.pledge_count), count(b.pledge_count))?,
        entities: change(count(a.entities.count), count(b.entities.count))?,
        value: change(Some(a.value.total), Some(b.value.total))?,
        pledges_with_value: change(
            count(a.value.pledges_counted),
            count(b.value.pledges_counted),
        )?,
        pledger_countries: change(
            count(a.pledger_countries.count),
            count(b.pledger_countries.count),
        )?,
        reported_pledges: change(
            count(a.reporting.reported_pledges),
            count(b.reporting.reported_pledges),
        )?,
        active_value: change(
            a.reporting.status.as_ref().map(|s| s.active_value),
            b.reporting.status.as_ref().map(|s| s.active_value),
        )?,
    };

    let mut dimensions: Vec<&str> = a.breakdowns.iter().map(|d| d.dimension.as_str()).collect();
    for d in &b.breakdowns {
        if !dimensions.contains(&d.dimension.as_str()) {
            dimensions.push(&d.dimension);
        }
    }
    let empty: Vec<RowOnly> = Vec::new();
    let rows_of = |f: &'_ Figures, dim: &str| -> Option<Vec<RowOnly>> {
        f.breakdowns
            .iter()
            .find(|d| d.dimension == dim)
            .map(|d| d.rows.clone())
    };
    let mut breakdowns = Vec::with_capacity(dimensions.len());
    for dim in dimensions {
        let ra = rows_of(&a, dim);
        let rb = rows_of(&b, dim);
        let ra = ra.as_ref().unwrap_or(&empty);
        let rb = rb.as_ref().unwrap_or(&empty);
        let mut keys: Vec<&str> = ra.iter().map(|r| r.key.as_str()).collect();
        for r in rb {
            if !keys.contains(&r.key.as_str()) {
                keys.push(&r.key);
            }
        }
        let mut rows = Vec::with_capacity(keys.len());
        for key in keys {
            let x = ra.iter().find(|r| r.key == key);
            let y = rb.iter().find(|r| r.key == key);
            let label = y.or(x).map(|r| r.label.clone()).unwrap_or_default();
            rows.push(RowChange {
                key: key.to_owned(),
                label,
                pledges: change(
                    x.map(|r| Decimal::from(r.pledges)),
                    y.map(|r| Decimal::from(r.pledges)),
                )?,
                value: change(x.map(|r| r.value), y.map(|r| r.value))?,
            });
        }
        breakdowns.push(BreakdownChange {
            dimension: dim.to_owned(),
            rows,
        });
    }

    Ok(Comparison {
        as_of_a: a.as_of,
        as_of_b: b.as_of,
        currency: a.currency,
        attribution: a.attribution,
        region_mode: a.region_mode,
        rates: RateProvenance {
            table_id: a.rates.table_id,
            policy: a.rates.policy,
            sources: a.rates.sources,
        },
        percent_rule: PERCENT_RULE.to_owned(),
        headline,
        breakdowns,
    })
}

/// The first way in which `a` and `b` were computed differently, as an error.
fn check_same(a: &Figures, b: &Figures) -> Result<()> {
    let pairs: [(&str, String, String); 6] = [
        ("currency", text(&a.currency), text(&b.currency)),
        ("attribution", text(&a.attribution), text(&b.attribution)),
        ("regionMode", text(&a.region_mode), text(&b.region_mode)),
        (
            "rates.tableId",
            a.rates.table_id.clone(),
            b.rates.table_id.clone(),
        ),
        (
            "rates.policy",
            a.rates.policy.clone(),
            b.rates.policy.clone(),
        ),
        (
            "rates.sources",
            a.rates.sources.join("; "),
            b.rates.sources.join("; "),
        ),
    ];
    for (field, x, y) in pairs {
        if x != y {
            return Err(Error::SummaryMismatch {
                field: field.to_owned(),
                a: x,
                b: y,
            });
        }
    }
    Ok(())
}

/// A value in its JSON string form (`USD`, `equal_split`), for messages.
fn text<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn overflow(what: &str) -> Error {
    Error::Overflow {
        operation: format!("comparison {what}"),
    }
}

/// One figure's change (see the module docs).
fn change(a: Option<Decimal>, b: Option<Decimal>) -> Result<Change> {
    let (a_val, b_val) = match (a, b) {
        (Some(x), Some(y)) => (x, y),
        (x, y) => {
            return Ok(Change {
                a: x,
                b: y,
                change: None,
                percent: None,
                percent_absent: Some(
                    if x.is_none() {
                        "absent_in_a"
                    } else {
                        "absent_in_b"
                    }
                    .into(),
                ),
            })
        }
    };
    let diff = b_val.checked_sub(a_val).ok_or_else(|| overflow("change"))?;
    let percent = percent(diff, a_val)?;
    Ok(Change {
        a: Some(a_val),
        b: Some(b_val),
        change: Some(diff),
        percent_absent: percent.is_none().then(|| "zero_base".to_owned()),
        percent,
    })
}

/// `diff ÷ base × 100` rounded once to 2 decimal places, half away from zero, computed
/// without any intermediate rounding: the quotient in hundredths of a percent is found as an
/// integer with an exact remainder; `None` when `base` is 0.
fn percent(diff: Decimal, base: Decimal) -> Result<Option<Decimal>> {
    if base.is_zero() {
        return Ok(None);
    }
    let n = diff
        .checked_mul(Decimal::from(10_000))
        .ok_or_else(|| overflow("percent"))?;
    // `n = q × base + r` exactly, with |r| < |base| and r of n's sign.
    let r = n.checked_rem(base).ok_or_else(|| overflow("percent"))?;
    let q = n
        .checked_sub(r)
        .and_then(|m| m.checked_div(base))
        .ok_or_else(|| overflow("percent"))?;
    let mut q = q.trunc().to_i128().ok_or_else(|| overflow("percent"))?;
    // Half away from zero: a remainder of at least half the base moves one unit away from 0.
    let twice = r
        .abs()
        .checked_mul(Decimal::TWO)
        .ok_or_else(|| overflow("percent"))?;
    if twice >= base.abs() {
        let negative = n.is_sign_negative() != base.is_sign_negative() && !n.is_zero();
        q = if negative {
            q.checked_sub(1)
        } else {
            q.checked_add(1)
        }
        .ok_or_else(|| overflow("percent"))?;
    }
    Decimal::try_from_i128_with_scale(q, 2)
        .map(Some)
        .map_err(|_| overflow("percent"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn pct(a: &str, b: &str) -> Option<String> {
        percent(d(b).checked_sub(d(a)).unwrap(), d(a))
            .unwrap()
            .map(|p| p.to_string())
    }

    #[test]
    fn percent_is_rounded_once_half_away_from_zero() {
        assert_eq!(pct("1", "3").as_deref(), Some("200.00"));
        assert_eq!(pct("3", "4").as_deref(), Some("33.33"));
        assert_eq!(pct("3", "5").as_deref(), Some("66.67"));
        assert_eq!(pct("8", "9").as_deref(), Some("12.50"));
        assert_eq!(pct("2", "1").as_deref(), Some("-50.00"));
        assert_eq!(pct("600", "933").as_deref(), Some("55.50"));
        // 1/80000 of a percent step: 0.0125 % → 0.01 (below half); 1/40000 → 0.0250 → 0.03.
        assert_eq!(pct("80000", "80001").as_deref(), Some("0.00"));
        assert_eq!(pct("40000", "40001").as_deref(), Some("0.00"));
        assert_eq!(pct("20000", "20001").as_deref(), Some("0.01"));
        // Exactly half a step, both signs: 0.005 % and -0.005 %.
        assert_eq!(pct("200000", "200010").as_deref(), Some("0.01"));
        assert_eq!(pct("200000", "199990").as_deref(), Some("-0.01"));
        // One third, where a 28-digit quotient would be rounded: still exact.
        assert_eq!(pct("3", "2").as_deref(), Some("-33.33"));
        assert_eq!(pct("0.03", "0.02").as_deref(), Some("-33.33"));
        assert_eq!(pct("0", "5"), None);
        assert_eq!(pct("5", "5").as_deref(), Some("0.00"));
    }

    #[test]
    fn absent_sides_are_null_not_zero() {
        let c = change(None, Some(d("5"))).unwrap();
        assert_eq!((c.a, c.change, c.percent), (None, None, None));
        assert_eq!(c.percent_absent.as_deref(), Some("absent_in_a"));
        let c = change(Some(d("0")), Some(d("5"))).unwrap();
        assert_eq!(c.change, Some(d("5")));
        assert_eq!(c.percent_absent.as_deref(), Some("zero_base"));
        let c = change(Some(d("5")), None).unwrap();
        assert_eq!(c.percent_absent.as_deref(), Some("absent_in_b"));
    }

    #[test]
    fn overflowing_changes_are_errors() {
        let e = change(Some(Decimal::MIN), Some(Decimal::MAX)).unwrap_err();
        assert_eq!(e.code(), "overflow");
    }
}
