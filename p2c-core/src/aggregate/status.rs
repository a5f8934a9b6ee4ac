//! Per-pledge reporting status as of the summary date, and the `activeValue` that leaves
//! inactive pledges out (the practice of commitment trackers such as the UN SDG Partnerships
//! platform and the Clinton Global Initiative).
//!
//! # The rule
//!
//! As of *D*, with the report interval *I* days ([`SummaryOptions::report_interval_days`],
//! 365), the grace *G* days ([`SummaryOptions::report_grace_days`], 90) and the inactivity
//! limit *N* years ([`SummaryOptions::inactive_after_years`], 2), a counted pledge's status is
//! the first that applies of:
//!
//! 1. **`ended_without_final_report`**: its period ended before *D* (the end's last day is
//!    before *D*) and it has no final report. A **final report** is a report dated on or
//!    before *D* that says `completed` or `cancelled`, or that is dated on or after the last
//!    day of the period.
//! 2. **`on_time`**, finished: it has a final report (its period has ended or not).
//! 3. **`undetermined`**: it has no report on or before *D* and no date from which it is
//!    known ([`known_since`](super::known_since)), so no age can be measured. Listed, never
//!    dropped.
//! 4. **`inactive`**: its last report (else the date it became known) is more than *N*
//!    calendar years before *D* (2022-03-01 with *N* = 2 is inactive from 2024-03-02 on).
//! 5. **`not_due`**: it has no report yet and became known at most *I* days before *D*.
//! 6. **`on_time`**: its last report is at most *I* days before *D*.
//! 7. **`due`**: its last report (else the date it became known) is more than *I* and at most
//!    *I* + *G* days before *D*.
//! 8. **`overdue`**: otherwise (more than *I* + *G* days, at most *N* years).
//!
//! Each status row counts pledges and the value they put in the total (after the
//! double-counting rules, so the rows' values sum to the total exactly); `activeValue` is the
//! total without the `inactive` row's value. `reporting.overdue` (the older list of unfinished
//! pledges past the interval) is unchanged; its pledges are `due`, `overdue`, `inactive` or
//! `ended_without_final_report` here.
#![deny(clippy::arithmetic_side_effects)]

use chrono::Months;
use rust_decimal::Decimal;
use serde::Serialize;

use super::options::SummaryOptions;
use super::select::{Counted, EndBucket};
use crate::model::decimal::DecimalString;
use crate::money::exact::add;
use crate::taxonomy::ImplementationStatus;
use crate::{Error, Result};

/// A pledge's reporting status as of a date (see the module docs for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportingStatus {
    /// Reported within the interval, or finished with a final report.
    OnTime,
    /// The interval has passed; within the grace period.
    Due,
    /// Past the interval and the grace period.
    Overdue,
    /// No report (and nothing new) for more than the inactivity limit.
    Inactive,
    /// The period ended with no final report.
    EndedWithoutFinalReport,
    /// Known for less than one interval and not reported on yet: no report is owed yet.
    NotDue,
    /// No report and no date: the status cannot be decided.
    Undetermined,
}

impl ReportingStatus {
    /// Every status, in the order of the summary's rows.
    pub const ALL: [ReportingStatus; 7] = [
        ReportingStatus::OnTime,
        ReportingStatus::Due,
        ReportingStatus::Overdue,
        ReportingStatus::Inactive,
        ReportingStatus::EndedWithoutFinalReport,
        ReportingStatus::NotDue,
        ReportingStatus::Undetermined,
    ];

    /// The machine code (`on_time`, `ended_without_final_report` …).
    pub fn code(self) -> &'static str {
        match self {
            ReportingStatus::OnTime => "on_time",
            ReportingStatus::Due => "due",
            ReportingStatus::Overdue => "overdue",
            ReportingStatus::Inactive => "inactive",
            ReportingStatus::EndedWithoutFinalReport => "ended_without_final_report",
            ReportingStatus::NotDue => "not_due",
            ReportingStatus::Undetermined => "undetermined",
        }
    }

    fn index(self) -> usize {
        match self {
            ReportingStatus::OnTime => 0,
            ReportingStatus::Due => 1,
            ReportingStatus::Overdue => 2,
            ReportingStatus::Inactive => 3,
            ReportingStatus::EndedWithoutFinalReport => 4,
            ReportingStatus::NotDue => 5,
            ReportingStatus::Undetermined => 6,
        }
    }
}

/// The rule of [`status_of`], as the summary states it.
fn rule(o: &SummaryOptions) -> String {
    format!(
        "as of the summary date: ended_without_final_report when the period ended with no final report (completed or cancelled, or dated on or after the period's end); on_time when finished with one; undetermined with no report and no date; inactive when the last report (else the date known) is more than {} year(s) old; not_due with no report yet, known at most {} days; on_time when the last report is at most {} days old; due up to {} more days; else overdue",
        o.inactive_after_years,
        o.report_interval_days,
        o.report_interval_days,
        o.report_grace_days
    )
}

/// The reporting status of a counted pledge as of `options.as_of` (see the module docs).
pub(super) fn status_of(c: &Counted<'_>, options: &SummaryOptions) -> ReportingStatus {
    let as_of = options.as_of;
    let last = c.reports.iter().map(|r| r.date).max();
    let period_end =
        c.p.period
            .as_ref()
            .and_then(|p| p.end)
            .map(|e| e.last_day());
    let final_report = c.reports.iter().any(|r| {
        matches!(
            r.status,
            ImplementationStatus::Completed | ImplementationStatus::Cancelled
        ) || period_end.is_some_and(|end| r.date >= end)
    });
    if c.end == EndBucket::Ended && !final_report {
        return ReportingStatus::EndedWithoutFinalReport;
    }
    if final_report {
        return ReportingStatus::OnTime;
    }
    let Some(anchor) = last.or(c.known) else {
        return ReportingStatus::Undetermined;
    };
    let years = options.inactive_after_years.saturating_mul(12);
    let inactive_from = anchor.checked_add_months(Months::new(years));
    if inactive_from.is_some_and(|limit| limit < as_of) {
        return ReportingStatus::Inactive;
    }
    let age = as_of.signed_duration_since(anchor).num_days();
    let interval = i64::from(options.report_interval_days);
    if age <= interval {
        return if last.is_some() {
            ReportingStatus::OnTime
        } else {
            ReportingStatus::NotDue
        };
    }
    if age <= interval.saturating_add(i64::from(options.report_grace_days)) {
        ReportingStatus::Due
    } else {
        ReportingStatus::Overdue
    }
}

/// The reporting status of `pledge` as of `options.as_of`, by the rule of [`ReportingStatus`]
/// (the module docs of `aggregate::status`) with `options`' interval, grace and inactivity
/// limit: the status a summary with these options counts the pledge under when it counts it.
/// For the flat tables' `reporting_status` column, which gives it for every row.
pub fn reporting_status(
    pledge: &crate::model::Pledge,
    options: &SummaryOptions,
) -> ReportingStatus {
    let mut cache = super::FastMap::default();
    let c = super::select::derive(pledge, options, &mut cache);
    status_of(&c, options)
}

/// Pledges and value by reporting status, and the value of active pledges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StatusStats {
    /// # Rule
    ///
    /// How each pledge's status was decided, with the parameters used, in English.
    pub rule: String,
    /// # Grace days
    ///
    /// Days after the report interval during which a report is `due` rather than `overdue`.
    pub grace_days: u32,
    /// # Inactive after years
    ///
    /// Calendar years without a report after which a pledge is `inactive`.
    pub inactive_after_years: u32,
    /// # Rows
    ///
    /// One row per status, always all of them in this order: `on_time`, `due`, `overdue`,
    /// `inactive`, `ended_without_final_report`, `not_due`, `undetermined`. The pledges sum to
    /// the pledge count, the values to the total value.
    pub rows: Vec<StatusRow>,
    /// # Active value
    ///
    /// The total value without the value of `inactive` pledges.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub active_value: Decimal,
}

/// The pledges of one reporting status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StatusRow {
    /// # Status
    ///
    /// The status code.
    pub key: ReportingStatus,
    /// # Pledges
    ///
    /// Counted pledges with this status.
    pub pledges: u64,
    /// # Value
    ///
    /// The value they put in the total.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub value: Decimal,
}

/// Running status figures: accumulators of parts of the input merge exactly.
#[derive(Debug, Clone, Default)]
pub(super) struct StatusAcc {
    pub(super) pledges: [u64; 7],
    pub(super) values: [Decimal; 7],
    /// The first overflow, if any (reported by `finish`).
    pub(super) overflow: Option<String>,
}

impl StatusAcc {
    pub(super) fn add(&mut self, c: &Counted<'_>, options: &SummaryOptions) {
        let s = status_of(c, options);
        self.put(s.index(), 1, c.value.unwrap_or(Decimal::ZERO));
    }

    fn put(&mut self, i: usize, pledges: u64, value: Decimal) {
        if let Some(n) = self.pledges.get_mut(i) {
            *n = n.saturating_add(pledges);
        }
        if let Some(v) = self.values.get_mut(i) {
            match add(*v, value, "reporting status value") {
                Ok(sum) => *v = sum,
                Err(e) => {
                    if self.overflow.is_none() {
                        self.overflow = Some(e.to_string());
                    }
                }
            }
        }
    }

    /// Add the figures of `later`.
    pub(super) fn append(&mut self, later: StatusAcc) {
        for (i, (n, v)) in later.pledges.into_iter().zip(later.values).enumerate() {
            self.put(i, n, v);
        }
        if self.overflow.is_none() {
            self.overflow = later.overflow;
        }
    }

    pub(super) fn finish(self, options: &SummaryOptions) -> Result<StatusStats> {
        if let Some(operation) = self.overflow {
            return Err(Error::Overflow { operation });
        }
        let mut active = Decimal::ZERO;
        let mut rows = Vec::with_capacity(ReportingStatus::ALL.len());
        for (s, (pledges, value)) in ReportingStatus::ALL
            .into_iter()
            .zip(self.pledges.into_iter().zip(self.values))
        {
            if s != ReportingStatus::Inactive {
                active = add(active, value, "active value")?;
            }
            rows.push(StatusRow {
                key: s,
                pledges,
                value,
            });
        }
        Ok(StatusStats {
            rule: rule(options),
            grace_days: options.report_grace_days,
            inactive_after_years: options.inactive_after_years,
            rows,
            active_value: active,
        })
    }
}

/// The first day on which a pledge last heard of on `anchor` is inactive (for tests and docs).
#[cfg(test)]
fn inactive_from(anchor: chrono::NaiveDate, years: u32) -> Option<chrono::NaiveDate> {
    anchor
        .checked_add_months(Months::new(years.saturating_mul(12)))
        .and_then(|d| d.succ_opt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inactive_starts_the_day_after_n_years() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        assert_eq!(inactive_from(d("2022-03-01"), 2), Some(d("2024-03-02")));
        assert_eq!(ReportingStatus::ALL.len(), 7);
        for (i, s) in ReportingStatus::ALL.into_iter().enumerate() {
            assert_eq!(s.index(), i);
        }
    }
}
