//! Reporting figures: implementation status and progress reports as of the summary date.

use std::collections::BTreeMap;

use super::breakdown::dedup_codes;
use super::entities::write_identity_key;
use super::runs::Runs;
use super::select::{Counted, EndBucket};
use super::status::StatusAcc;
use super::{inc, CountRow, ReportingStats, SummaryOptions};
use crate::money::exact::count_ratio;
use crate::taxonomy::{Challenge, Codelist, ImplementationStatus, Solution, StakeholderType};
use crate::Result;

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

/// Running reporting figures. The distinct reporting leads (by identity key) and the overdue
/// pledge ids are compact sorted runs; accumulators of parts of the input merge exactly.
#[derive(Debug, Clone, Default)]
pub(super) struct ReportingAcc {
    pub(super) reports: u64,
    pub(super) reported: u64,
    pub(super) leads: Runs<()>,
    pub(super) by_type: BTreeMap<StakeholderType, u64>,
    pub(super) challenges: BTreeMap<Challenge, u64>,
    pub(super) solutions: BTreeMap<Solution, u64>,
    pub(super) ended_with_reports: u64,
    pub(super) overdue: Runs<()>,
    pub(super) undetermined: u64,
    /// Pledges and value by reporting status.
    pub(super) status: StatusAcc,
}

fn add_counts<K: Ord>(into: &mut BTreeMap<K, u64>, from: BTreeMap<K, u64>) {
    for (k, n) in from {
        let e = into.entry(k).or_default();
        *e = e.saturating_add(n);
    }
}

impl ReportingAcc {
    pub(super) fn add(&mut self, c: &Counted<'_>, options: &SummaryOptions) {
        self.status.add(c, options);
        let n = u64::try_from(c.reports.len()).unwrap_or(u64::MAX);
        self.reports = self.reports.saturating_add(n);
        if n > 0 {
            inc(&mut self.reported);
            self.leads
                .push_with(|out| write_identity_key(&c.p.pledgers.lead, out), ());
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
                    self.overdue.push(c.p.id.as_bytes(), ());
                }
            }
            None => inc(&mut self.undetermined),
        }
    }

    /// Add the figures of `later` (pledges that came after this accumulator's).
    pub(super) fn append(&mut self, later: ReportingAcc) {
        self.reports = self.reports.saturating_add(later.reports);
        self.reported = self.reported.saturating_add(later.reported);
        self.leads.append(later.leads);
        add_counts(&mut self.by_type, later.by_type);
        add_counts(&mut self.challenges, later.challenges);
        add_counts(&mut self.solutions, later.solutions);
        self.ended_with_reports = self
            .ended_with_reports
            .saturating_add(later.ended_with_reports);
        self.overdue.append(later.overdue);
        self.undetermined = self.undetermined.saturating_add(later.undetermined);
        self.status.append(later.status);
    }

    pub(super) fn finish(
        mut self,
        pledge_count: u64,
        options: &SummaryOptions,
    ) -> Result<ReportingStats> {
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
        let mut leads = 0u64;
        self.leads.each(|_, ()| {
            inc(&mut leads);
            Ok(())
        })?;
        drop(self.leads);
        let status = self.status.finish(options)?;
        let mut overdue = Vec::with_capacity(self.overdue.len());
        self.overdue.drain(|id, ()| {
            overdue.push(String::from_utf8_lossy(id).into_owned());
            Ok(())
        })?;
        Ok(ReportingStats {
            reports: self.reports,
            reported_pledges: reported,
            reported_share: count_ratio(reported, pledge_count),
            entities_reporting: leads,
            by_stakeholder_type,
            challenges: frequency(&self.challenges, self.reports),
            solutions: frequency(&self.solutions, self.reports),
            ended_with_reports: self.ended_with_reports,
            interval_days: options.report_interval_days,
            overdue,
            overdue_undetermined: self.undetermined,
            status,
        })
    }
}
