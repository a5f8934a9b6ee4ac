//! The plain-text dashboard: stable layout, aligned columns, amounts with thousands
//! separators (rounded to 2 decimal places for display only, by [`crate::format`]), and the
//! provenance of rates.

use std::fmt::Write;

use super::profile::CountryProfile;
use super::summary::{Additivity, Breakdown, CountRow, Summary};

pub(crate) use crate::format::{amount, percent};

/// Lay out rows under headers; `right[i]` right-aligns column `i`.
fn table(out: &mut String, headers: &[&str], rows: &[Vec<String>], right: &[bool]) {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |out: &mut String, cells: &[String]| {
        let mut parts = Vec::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = w.saturating_sub(cell.chars().count());
            let padding = " ".repeat(pad);
            if right.get(i).copied().unwrap_or(false) {
                parts.push(format!("{padding}{cell}"));
            } else {
                parts.push(format!("{cell}{padding}"));
            }
        }
        let _ = writeln!(out, "  {}", parts.join("  ").trim_end());
    };
    // A key-value table (all headers empty) has no header line and no rule.
    if headers.iter().any(|h| !h.is_empty()) {
        let header_cells: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
        line(out, &header_cells);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(out, &rule);
    }
    for row in rows {
        line(out, row);
    }
}

fn count_rows(out: &mut String, title: &str, rows: &[CountRow]) {
    let _ = writeln!(out, "\n{title}");
    if rows.is_empty() {
        let _ = writeln!(out, "  (none)");
        return;
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| vec![r.label.clone(), r.count.to_string(), percent(r.share)])
        .collect();
    table(out, &["", "count", "share"], &cells, &[false, true, true]);
}

fn breakdown(out: &mut String, b: &Breakdown, currency: &str) {
    let title = serde_json::to_value(b.dimension)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let additivity = match b.additivity {
        Additivity::Additive => "additive".to_owned(),
        Additivity::Overlapping => format!("overlapping by {} {currency}", amount(b.value_overlap)),
    };
    let _ = writeln!(
        out,
        "\nBy {title} ({additivity}; {} pledge(s) counted in more than one row)",
        b.count_overlap
    );
    if b.share_fallbacks > 0 {
        let _ = writeln!(
            out,
            "  {} pledge(s) split equally: their declared shares did not fit",
            b.share_fallbacks
        );
    }
    let cells: Vec<Vec<String>> = b
        .rows
        .iter()
        .map(|r| {
            vec![
                r.key.clone(),
                r.label.clone(),
                r.pledges.to_string(),
                percent(r.pledge_share),
                amount(r.value),
                percent(r.value_share),
            ]
        })
        .collect();
    table(
        out,
        &["key", "label", "pledges", "share", currency, "share"],
        &cells,
        &[false, false, true, true, true, true],
    );
}

impl Summary {
    /// The summary as a plain-text dashboard.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let cur = self.currency.as_str();
        let _ = writeln!(
            out,
            "Partner2Connect dashboard as of {} ({cur})",
            self.as_of
        );
        let _ = writeln!(
            out,
            "Rates: table {}; policy {}",
            self.rates.table_id, self.rates.policy
        );
        for source in &self.rates.sources {
            let _ = writeln!(out, "  source: {source}");
        }
        for note in &self.notes {
            let _ = writeln!(out, "Note: {note}");
        }

        let mut head = vec![
            vec!["Pledges".to_owned(), self.pledge_count.to_string()],
            vec!["Entities".to_owned(), self.entities.count.to_string()],
            vec![
                "Countries of pledge-makers".to_owned(),
                self.pledger_countries.count.to_string(),
            ],
            vec![format!("Total value ({cur})"), amount(self.value.total)],
            vec![
                "Pledges with a counted value".to_owned(),
                self.value.pledges_counted.to_string(),
            ],
            vec![
                "  of which floors (\"more than\")".to_owned(),
                self.value.floors.to_string(),
            ],
            vec![
                "  of which converted".to_owned(),
                self.value.converted.to_string(),
            ],
            vec![
                "Amounts not converted".to_owned(),
                self.value.unconverted.len().to_string(),
            ],
            vec![
                "Amounts not counted twice".to_owned(),
                self.value.not_counted.len().to_string(),
            ],
            vec![
                "Excluded pledges".to_owned(),
                self.excluded.len().to_string(),
            ],
            vec!["Filtered out".to_owned(), self.filtered_out.to_string()],
        ];
        if let Some(g) = &self.goal {
            head.push(vec![
                format!("Goal ({cur} {})", amount(g.goal)),
                format!("{} reached", percent(g.share)),
            ]);
            head.push(vec!["  remaining".to_owned(), amount(g.remaining)]);
        }
        let _ = writeln!(out);
        table(&mut out, &["", ""], &head, &[false, true]);

        count_rows(
            &mut out,
            "Entities by stakeholder type",
            &self.entities.by_stakeholder_type,
        );
        for b in &self.breakdowns {
            breakdown(&mut out, b, cur);
        }

        let r = &self.reporting;
        let _ = writeln!(out, "\nReporting");
        let rep = vec![
            vec!["Reports".to_owned(), r.reports.to_string()],
            vec![
                "Pledges reported on".to_owned(),
                format!("{} ({})", r.reported_pledges, percent(r.reported_share)),
            ],
            vec![
                "Entities reporting".to_owned(),
                r.entities_reporting.to_string(),
            ],
            vec![
                "Ended pledges with reports".to_owned(),
                r.ended_with_reports.to_string(),
            ],
            vec![
                format!("Overdue (no report in {} days)", r.interval_days),
                r.overdue.len().to_string(),
            ],
            vec![
                "Overdue undetermined (no date)".to_owned(),
                r.overdue_undetermined.to_string(),
            ],
        ];
        table(&mut out, &["", ""], &rep, &[false, true]);
        count_rows(
            &mut out,
            "Reported pledges by stakeholder type",
            &r.by_stakeholder_type,
        );
        count_rows(&mut out, "Challenges", &r.challenges);
        count_rows(&mut out, "Solutions", &r.solutions);

        let d = &self.delivery;
        let _ = writeln!(out, "\nDelivery");
        let del = vec![
            vec!["Pledges with delivery".to_owned(), d.pledges.to_string()],
            vec![format!("Delivered ({cur})"), amount(d.delivered)],
            vec![format!("Pledged ({cur})"), amount(d.pledged)],
            vec![
                "Delivered / pledged".to_owned(),
                d.ratio.map_or_else(|| "-".to_owned(), percent),
            ],
        ];
        table(&mut out, &["", ""], &del, &[false, true]);

        if !self.value.unconverted.is_empty() {
            let _ = writeln!(out, "\nAmounts not converted");
            let cells: Vec<Vec<String>> = self
                .value
                .unconverted
                .iter()
                .map(|u| {
                    vec![
                        u.id.clone(),
                        u.kind.clone(),
                        format!("{} {}", u.currency, amount(u.amount)),
                        u.date.to_string(),
                        u.code.clone(),
                    ]
                })
                .collect();
            table(
                &mut out,
                &["pledge", "kind", "amount", "date", "reason"],
                &cells,
                &[false, false, true, false, false],
            );
        }
        if !self.value.not_counted.is_empty() {
            let _ = writeln!(out, "\nAmounts counted once (left out here)");
            let cells: Vec<Vec<String>> = self
                .value
                .not_counted
                .iter()
                .map(|n| {
                    vec![
                        n.id.clone(),
                        n.reason.clone(),
                        n.other.clone(),
                        amount(n.amount),
                    ]
                })
                .collect();
            table(
                &mut out,
                &["pledge", "relation", "counted in", cur],
                &cells,
                &[false, false, false, true],
            );
        }
        if !self.excluded.is_empty() {
            let _ = writeln!(out, "\nExcluded pledges");
            let cells: Vec<Vec<String>> = self
                .excluded
                .iter()
                .map(|e| vec![e.id.clone(), e.reason.to_string(), e.detail.to_string()])
                .collect();
            table(
                &mut out,
                &["pledge", "reason", "detail"],
                &cells,
                &[false; 3],
            );
        }
        out
    }
}

impl CountryProfile {
    /// The profile as plain text.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        let name = self.name.as_deref().unwrap_or(self.country.as_str());
        let _ = writeln!(out, "{name} ({}) as of {}", self.country, self.as_of);
        let groups: Vec<String> = self
            .groups
            .iter()
            .filter(|g| g.member || g.provisional)
            .map(|g| {
                let code = serde_json::to_value(g.group)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_uppercase))
                    .unwrap_or_default();
                if g.provisional {
                    format!("{code} (left by scheduled graduation, unconfirmed)")
                } else {
                    code
                }
            })
            .collect();
        if !groups.is_empty() {
            let _ = writeln!(out, "Groups: {}", groups.join(", "));
        }
        let e = &self.end_dates;
        let head = vec![
            vec!["Pledges".to_owned(), self.pledges.to_string()],
            vec![
                "Reported".to_owned(),
                format!("{} ({})", self.reported, percent(self.reported_share)),
            ],
            vec![
                "Estimated ended".to_owned(),
                format!("{} ({} with reports)", e.ended, e.ended_with_reports),
            ],
            vec!["Ends this year".to_owned(), e.ends_this_year.to_string()],
            vec!["Ends later".to_owned(), e.later.to_string()],
            vec!["End unknown".to_owned(), e.unknown.to_string()],
            vec![
                format!("Total value ({})", self.currency),
                amount(self.total_value),
            ],
        ];
        let _ = writeln!(out);
        table(&mut out, &["", ""], &head, &[false, true]);
        count_rows(
            &mut out,
            "Reported pledges by stakeholder type",
            &self.reports_by_stakeholder_type,
        );
        count_rows(&mut out, "Status", &self.status);
        count_rows(&mut out, "Top P2C Targets", &self.top_targets);
        count_rows(&mut out, "Top challenges", &self.top_challenges);
        count_rows(&mut out, "Top solutions", &self.top_solutions);
        out
    }
}
