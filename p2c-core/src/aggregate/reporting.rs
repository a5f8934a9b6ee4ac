//! Reporting figures: implementation status and progress reports as of the summary date.

use std::collections::BTreeMap;

use super::breakdown::dedup_codes;
use super::entities::fingerprint;
use super::select::{Counted, EndBucket};
use super::{inc, CountRow, FastSet, ReportingStats, SummaryOptions};
use crate::money::exact::count_ratio;
use crate::taxonomy::{Challenge, Codelist, ImplementationStatus, Solution, StakeholderType};

pub(super) fn frequency<C: Codelist + Ord>(counts: &BTreeMap<C, u64>, whole: u64) -> Vec<CountRow> {
    let mut rows: Vec<(C, u64)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows.into_iter()
        .map(|(k, count)| CountRow {
            key: k.code().into(),
            label: k.label().into(),
            count,
            share: count_ratio(count, whole),
        })
        .collect()
}

/// Running reporting figures.
#[derive(Default)]
pub(super) struct ReportingAcc {
    reports: u64,
    reported: u64,
    leads: FastSet<u128>,
    by_type: BTreeMap<StakeholderType, u64>,
    challenges: BTreeMap<Challenge, u64>,
    solutions: BTreeMap<Solution, u64>,
    ended_with_reports: u64,
    overdue: Vec<String>,
    undetermined: u64,
}

impl ReportingAcc {
    pub(super) fn add(&mut self, c: &Counted<'_>, options: &SummaryOptions) {
        let n = u64::try_from(c.reports.len()).unwrap_or(u64::MAX);
        self.reports = self.reports.saturating_add(n);
        if n > 0 {
            inc(&mut self.reported);
            self.leads.insert(fingerprint(&c.p.pledgers.lead));
            inc(self
                .by_type
                .entry(c.p.pledgers.lead.stakeholder_type)
                .or_default());
            if c.end == EndBucket::Ended {
                inc(&mut self.ended_with_reports);
            }
        }
        for r in &c.reports {
            for ch in dedup_codes(&r.challenges) {
                inc(self.challenges.entry(ch).or_default());
            }
            for s in dedup_codes(&r.solutions) {
                inc(self.solutions.entry(s).or_default());
            }
        }
        let finished = matches!(
            c.status,
            Some(ImplementationStatus::Completed | ImplementationStatus::Cancelled)
        );
        if finished {
            return;
        }
        match c.reports.last().map(|r| r.date).or(c.known) {
            Some(last) => {
                if options.as_of.signed_duration_since(last).num_days()
                    > i64::from(options.report_interval_days)
                {
                    self.overdue.push(c.p.id.clone());
                }
            }
            None => inc(&mut self.undetermined),
        }
    }

    pub(super) fn finish(mut self, pledge_count: u64, options: &SummaryOptions) -> ReportingStats {
        let reported = self.reported;
        let by_stakeholder_type = StakeholderType::all()
            .iter()
            .map(|t| {
                let count = self.by_type.get(t).copied().unwrap_or(0);
                CountRow {
                    key: t.code().into(),
                    label: t.label().into(),
                    count,
                    share: count_ratio(count, reported),
                }
            })
            .collect();
        self.overdue.sort();
        ReportingStats {
            reports: self.reports,
            reported_pledges: reported,
            reported_share: count_ratio(reported, pledge_count),
            entities_reporting: u64::try_from(self.leads.len()).unwrap_or(u64::MAX),
            by_stakeholder_type,
            challenges: frequency(&self.challenges, self.reports),
            solutions: frequency(&self.solutions, self.reports),
            ended_with_reports: self.ended_with_reports,
            interval_days: options.report_interval_days,
            overdue: self.overdue,
            overdue_undetermined: self.undetermined,
        }
    }
}
