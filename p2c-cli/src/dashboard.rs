//! The body of `p2c dashboard`: pledges in, the Partner2Connect dashboard out.
//!
//! Everything is computed by `p2c-core`: batch validation (`validate::validate_batch`), then
//! `aggregate::summarize` with the embedded ECB / HMRC rate tables, then the summary's text or
//! JSON rendering. This module only chooses the options and puts the pieces in order.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use chrono::NaiveDate;
use p2c_core::aggregate::{default_as_of, summarize, Summary, SummaryOptions, TableConverter};
use p2c_core::model::CurrencyCode;
use p2c_core::validate::{validate_batch, Report, Severity, ValidateOptions};
use p2c_core::{Error, Pledge};

/// What the dashboard is computed from.
#[derive(Debug, Clone)]
pub(crate) struct Input<'a> {
    /// The pledges, as loaded.
    pub pledges: &'a [Pledge],
    /// Where they were loaded from, for the header.
    pub source: &'a str,
    /// The date the dashboard is computed as of; `None` means
    /// [`p2c_core::aggregate::default_as_of`].
    pub as_of: Option<NaiveDate>,
    /// The currency of every amount; `None` means USD.
    pub currency: Option<CurrencyCode>,
}

/// The output of one dashboard run.
#[derive(Debug)]
pub(crate) struct Dashboard {
    /// The date used.
    pub as_of: NaiveDate,
    /// The batch validation report (issues of every pledge, batch rules included).
    pub report: Report,
    /// The summary.
    pub summary: Summary,
}

/// Validate and summarize.
pub(crate) fn compute(input: &Input<'_>) -> Result<Dashboard, Error> {
    let as_of = input.as_of.unwrap_or_else(default_as_of);
    let report = validate_batch(
        input.pledges,
        &ValidateOptions {
            as_of: Some(as_of),
            ..ValidateOptions::default()
        },
    );
    // Batch-level errors (duplicate ids, …) make a pledge invalid for the summary too; the
    // per-pledge rules are run by summarize itself.
    let mut failing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for issue in report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
    {
        if let Some(id) = pledge_id_of(input.pledges, &issue.path) {
            failing.entry(id).or_default().push(issue.code.to_string());
        }
    }
    let mut options = SummaryOptions::new(as_of, Arc::new(TableConverter::embedded()));
    if let Some(c) = input.currency {
        options.currency = c;
    }
    options.invalid_pledges = failing.into_iter().collect();
    let summary = summarize(input.pledges, &options)?;
    Ok(Dashboard {
        as_of,
        report,
        summary,
    })
}

/// The pledge a batch issue path (`/3/financialValue/amount`) points into.
fn pledge_id_of(pledges: &[Pledge], path: &str) -> Option<String> {
    let index: usize = path.strip_prefix('/')?.split('/').next()?.parse().ok()?;
    pledges.get(index).map(|p| p.id.clone())
}

/// The dashboard as text: the validation tally, then the summary's text rendering.
pub(crate) fn render_text(input: &Input<'_>, d: &Dashboard) -> String {
    let mut out = String::new();
    let count = |s: Severity| d.report.issues.iter().filter(|i| i.severity == s).count();
    // Writing to a String cannot fail; the results are ignored for that reason.
    let _ = writeln!(out, "source: {}", input.source);
    let _ = writeln!(
        out,
        "validation: {} pledge(s), {} error(s), {} warning(s), {} info",
        input.pledges.len(),
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    // One line per (severity, code): how many, and in which pledges (by id).
    let mut by_code: BTreeMap<(Severity, &str), Vec<String>> = BTreeMap::new();
    for issue in &d.report.issues {
        let pledge = pledge_id_of(input.pledges, &issue.path).unwrap_or_else(|| issue.path.clone());
        by_code
            .entry((issue.severity, issue.code))
            .or_default()
            .push(pledge);
    }
    for ((sev, code), pledges) in &mut by_code {
        let count = pledges.len();
        pledges.dedup();
        let more = if pledges.len() > 3 { ", …" } else { "" };
        let shown: Vec<&str> = pledges.iter().take(3).map(String::as_str).collect();
        let _ = writeln!(
            out,
            "  {:<7} {:<40} {count:>4}  ({}{more})",
            severity(*sev),
            code,
            shown.join(", ")
        );
    }
    let _ = writeln!(out);
    out.push_str(&d.summary.render_text());
    out
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// The dashboard as JSON: `{ "asOf", "validation", "summary" }`.
pub(crate) fn render_json(d: &Dashboard) -> String {
    let value = serde_json::json!({
        "asOf": d.as_of.to_string(),
        "validation": d.report.to_json(),
        "summary": d.summary.to_json(),
    });
    let mut s = serde_json::to_string_pretty(&value).unwrap_or_default();
    s.push('\n');
    s
}
