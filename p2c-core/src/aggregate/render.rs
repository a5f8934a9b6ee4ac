//! The plain-text dashboard: stable layout, aligned columns, amounts with thousands
//! separators (rounded to 2 decimal places for display only), and the provenance of rates.
//!
//! Every visible text comes from the report catalogue (`i18n/<lang>/report.ftl`) through a
//! [`Localizer`]; English gives the same text as before localization, byte for byte. Codes,
//! ids, rate-table ids and source names are data and stay as they are.

use std::fmt::Write;

use serde_json::Value;

use super::profile::CountryProfile;
use super::series::UNKNOWN_YEAR;
use super::summary::{Additivity, Breakdown, CountRow, Dimension, Summary};
use crate::i18n::{Lang, Localizer};
use crate::model::CountryCode;

/// `1234567.891` → `"1,234,567.89"`: the English dashboard's amount (half-even to 2 places).
#[cfg(test)]
pub(crate) fn amount(d: rust_decimal::Decimal) -> String {
    Localizer::new(Lang::En).amount(d, 2)
}

/// Lay out rows under headers; `right[i]` right-aligns column `i`.
fn table(out: &mut String, headers: &[String], rows: &[Vec<String>], right: &[bool]) {
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
        line(out, headers);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        line(out, &rule);
    }
    for row in rows {
        line(out, row);
    }
}

/// `id` from the report catalogue, without arguments.
fn t(loc: &Localizer, id: &str) -> String {
    loc.text(id, &[])
}

/// A count: grouped in the language's convention (English keeps plain digits, as it always
/// printed them).
fn n(loc: &Localizer, count: u64) -> String {
    if loc.lang() == Lang::En {
        count.to_string()
    } else {
        loc.integer(count)
    }
}

/// The label of a row of `dimension` with key `key`, in the language (the row's own English
/// label when the catalogue has none).
pub(crate) fn row_label(
    loc: &Localizer,
    dimension: Option<Dimension>,
    key: &str,
    english: &str,
) -> String {
    if loc.lang() == Lang::En {
        return english.to_owned();
    }
    if key == super::UNSPECIFIED {
        return t(loc, "report-unspecified");
    }
    let codelist = match dimension {
        Some(Dimension::FocusArea) => "focusArea",
        Some(Dimension::Pillar) => "pillar",
        Some(Dimension::PledgeType) => "pledgeType",
        Some(Dimension::StakeholderType) => "stakeholderType",
        Some(Dimension::ItuRegion) => "ituRegion",
        Some(Dimension::CountryGroup) => "countryGroup",
        Some(Dimension::BeneficiaryGroup) => "beneficiaryGroup",
        Some(Dimension::ImplementationStatus) => "implementationStatus",
        Some(Dimension::Target) => "p2cTarget",
        Some(Dimension::Sdg) => "sdgGoal",
        Some(Dimension::Event) => "p2cEvent",
        Some(Dimension::SdgTarget) => return english.to_owned(),
        Some(Dimension::PledgerRegion) => match key {
            "no_itu_region" | "international" | "unknown" => {
                return t(loc, &format!("pledger-{key}"));
            }
            _ => "ituRegion",
        },
        Some(Dimension::PledgerCountry) => {
            if key == "international" || key == "unknown" {
                return t(loc, &format!("pledger-{key}"));
            }
            return CountryCode::new(key)
                .and_then(|c| loc.country_name(c))
                .map_or_else(|| english.to_owned(), str::to_owned);
        }
        Some(Dimension::EndDate) => return loc.text(&format!("end-{key}"), &[]),
        Some(Dimension::Country) => {
            if key == "global" {
                return t(loc, "report-global");
            }
            return CountryCode::new(key)
                .and_then(|c| loc.country_name(c))
                .map_or_else(|| english.to_owned(), str::to_owned);
        }
        None => return english.to_owned(),
    };
    if key == "global" {
        return t(loc, "report-global");
    }
    loc.code_label(codelist, key)
        .unwrap_or_else(|| english.to_owned())
}

/// The catalogue id of a count-row table's rows (which codelist their keys are from).
fn count_rows(
    out: &mut String,
    loc: &Localizer,
    title: &str,
    codelist: Option<&str>,
    rows: &[CountRow],
) {
    let _ = writeln!(out, "\n{}", t(loc, title));
    if rows.is_empty() {
        let _ = writeln!(out, "  {}", t(loc, "report-none"));
        return;
    }
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let label = match codelist {
                _ if loc.lang() != Lang::En && r.key == super::UNSPECIFIED => {
                    t(loc, "report-unspecified")
                }
                Some(list) if loc.lang() != Lang::En => loc
                    .code_label(list, &r.key)
                    .unwrap_or_else(|| r.label.clone()),
                _ => r.label.clone(),
            };
            vec![label, n(loc, r.count), loc.percent(r.share)]
        })
        .collect();
    let headers = [
        String::new(),
        t(loc, "report-count"),
        t(loc, "report-share"),
    ];
    table(out, &headers, &cells, &[false, true, true]);
}

fn breakdown(out: &mut String, loc: &Localizer, b: &Breakdown, currency: &str) {
    let dimension = serde_json::to_value(b.dimension)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let additivity = match b.additivity {
        Additivity::Additive => t(loc, "breakdown-additive"),
        Additivity::Overlapping => loc.text(
            "breakdown-overlapping",
            &[
                ("amount", Value::from(loc.amount(b.value_overlap, 2))),
                ("currency", Value::from(currency)),
            ],
        ),
    };
    let title = loc.text(
        "breakdown-title",
        &[
            (
                "dimension",
                Value::from(t(loc, &format!("dimension-{dimension}"))),
            ),
            ("additivity", Value::from(additivity)),
            ("overlap", Value::from(b.count_overlap)),
        ],
    );
    let _ = writeln!(out, "\n{title}");
    if b.share_fallbacks > 0 {
        let text = loc.text(
            "breakdown-share-fallbacks",
            &[("count", Value::from(b.share_fallbacks))],
        );
        let _ = writeln!(out, "  {text}");
    }
    let cells: Vec<Vec<String>> = b
        .rows
        .iter()
        .map(|r| {
            vec![
                r.key.clone(),
                row_label(loc, Some(b.dimension), &r.key, &r.label),
                n(loc, r.pledges),
                loc.percent(r.pledge_share),
                loc.amount(r.value, 2),
                loc.percent(r.value_share),
            ]
        })
        .collect();
    let headers = [
        t(loc, "report-key"),
        t(loc, "report-label"),
        t(loc, "report-pledges"),
        t(loc, "report-share"),
        currency.to_owned(),
        t(loc, "report-share"),
    ];
    table(
        out,
        &headers,
        &cells,
        &[false, false, true, true, true, true],
    );
}

/// A note of the summary in the language: the summary's notes are English sentences from a
/// fixed set (see `aggregate::notes`), recognised here and rendered from the catalogue; a note
/// this function does not know is printed as it is.
pub(crate) fn note(loc: &Localizer, text: &str) -> String {
    if loc.lang() == Lang::En {
        return text.to_owned();
    }
    const FIXED: [(&str, &str); 6] = [
        ("double counting: ", "note-double-counting"),
        ("attribution: full value", "note-attribution-full"),
        (
            "attribution: value split equally",
            "note-attribution-equal-split",
        ),
        (
            "attribution: countries and regions get",
            "note-attribution-declared-shares",
        ),
        (
            "regions: a pledge counts in its primary region and",
            "note-regions-primary-or-any",
        ),
        (
            "regions: a pledge counts in its primary region only",
            "note-regions-primary-only",
        ),
    ];
    if let Some((_, id)) = FIXED.iter().find(|(prefix, _)| text.starts_with(prefix)) {
        return t(loc, id);
    }
    if text.starts_with("country groups: ") {
        return t(loc, "note-country-groups");
    }
    if text.starts_with("amounts: ") {
        return t(loc, "note-amounts");
    }
    if let Some((from, to)) = text
        .strip_prefix("new between ")
        .and_then(|rest| rest.split_once(','))
        .and_then(|(dates, _)| dates.split_once(" and "))
        .and_then(|(f, t)| {
            Some((
                f.parse::<chrono::NaiveDate>().ok()?,
                t.parse::<chrono::NaiveDate>().ok()?,
            ))
        })
    {
        return loc.text(
            "note-new-between",
            &[
                ("from", Value::from(loc.date(from))),
                ("to", Value::from(loc.date(to))),
            ],
        );
    }
    if let Some(date) = text
        .strip_prefix("as of ")
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(d, _)| d.parse::<chrono::NaiveDate>().ok())
    {
        return loc.text("note-as-of", &[("asOf", Value::from(loc.date(date)))]);
    }
    text.to_owned()
}

/// A key-value table's row: a label from the catalogue and a value.
fn kv(loc: &Localizer, id: &str, args: &[(&str, Value)], value: String) -> Vec<String> {
    vec![loc.text(id, args), value]
}

impl Summary {
    /// The summary as a plain-text dashboard, in English.
    pub fn render_text(&self) -> String {
        self.render_text_in(&Localizer::new(Lang::En))
    }

    /// The summary as a plain-text dashboard in the localizer's language: headings, row labels,
    /// numbers and dates localized; codes, ids and source names as they are.
    pub fn render_text_in(&self, loc: &Localizer) -> String {
        let mut out = String::new();
        let cur = self.currency.as_str();
        let currency = || ("currency", Value::from(cur));
        let _ = writeln!(
            out,
            "{}",
            loc.text(
                "dashboard-title",
                &[("asOf", Value::from(loc.date(self.as_of))), currency()]
            )
        );
        let _ = writeln!(
            out,
            "{}",
            loc.text(
                "dashboard-rates",
                &[
                    ("table", Value::from(self.rates.table_id.as_str())),
                    ("policy", Value::from(self.rates.policy.to_string())),
                ]
            )
        );
        for source in &self.rates.sources {
            let text = loc.text(
                "dashboard-rate-source",
                &[("source", Value::from(source.as_str()))],
            );
            let _ = writeln!(out, "  {text}");
        }
        for text in &self.notes {
            let text = loc.text("dashboard-note", &[("note", Value::from(note(loc, text)))]);
            let _ = writeln!(out, "{text}");
        }

        let v = &self.value;
        let mut head = vec![
            kv(loc, "dashboard-pledges", &[], n(loc, self.pledge_count)),
            kv(loc, "dashboard-entities", &[], n(loc, self.entities.count)),
            kv(
                loc,
                "dashboard-pledger-countries",
                &[],
                n(loc, self.pledger_countries.count),
            ),
            kv(
                loc,
                "dashboard-total-value",
                &[currency()],
                loc.amount(v.total, 2),
            ),
            kv(
                loc,
                "dashboard-pledges-counted",
                &[],
                n(loc, v.pledges_counted),
            ),
            vec![
                format!("  {}", t(loc, "dashboard-floors")),
                n(loc, v.floors),
            ],
            vec![
                format!("  {}", t(loc, "dashboard-derived")),
                n(loc, v.derivations.derived_count()),
            ],
            vec![
                format!("  {}", t(loc, "dashboard-converted")),
                n(loc, v.converted),
            ],
            kv(
                loc,
                "dashboard-unconverted",
                &[],
                n(loc, len(v.unconverted.len())),
            ),
            kv(
                loc,
                "dashboard-not-counted",
                &[],
                n(loc, len(v.not_counted.len())),
            ),
            kv(
                loc,
                "dashboard-not-derived",
                &[],
                n(loc, len(v.derivations.not_derived.len())),
            ),
            kv(
                loc,
                "dashboard-excluded",
                &[],
                n(loc, len(self.excluded.len())),
            ),
            kv(
                loc,
                "dashboard-filtered-out",
                &[],
                n(loc, self.filtered_out),
            ),
        ];
        if let Some(g) = &self.goal {
            head.push(kv(
                loc,
                "dashboard-goal",
                &[currency(), ("goal", Value::from(loc.amount(g.goal, 2)))],
                loc.text(
                    "dashboard-goal-reached",
                    &[("share", Value::from(loc.percent(g.share)))],
                ),
            ));
            head.push(vec![
                format!("  {}", t(loc, "dashboard-goal-remaining")),
                loc.amount(g.remaining, 2),
            ]);
        }
        let _ = writeln!(out);
        table(
            &mut out,
            &[String::new(), String::new()],
            &head,
            &[false, true],
        );

        count_rows(
            &mut out,
            loc,
            "dashboard-entities-by-type",
            Some("stakeholderType"),
            &self.entities.by_stakeholder_type,
        );
        let regions: Vec<CountRow> = self
            .pledger_countries
            .regions
            .iter()
            .map(|r| CountRow {
                label: row_label(loc, Some(Dimension::PledgerRegion), &r.key, &r.label),
                ..r.clone()
            })
            .collect();
        count_rows(
            &mut out,
            loc,
            "dashboard-entities-by-region",
            None,
            &regions,
        );
        for b in &self.breakdowns {
            breakdown(&mut out, loc, b, cur);
        }
        let _ = writeln!(out, "\n{}", t(loc, "series-title"));
        let cells: Vec<Vec<String>> = self
            .series
            .rows
            .iter()
            .map(|r| {
                let year = if r.year == UNKNOWN_YEAR {
                    t(loc, "series-unknown")
                } else {
                    r.year.clone()
                };
                vec![year, n(loc, r.pledges), loc.amount(r.value, 2)]
            })
            .collect();
        let headers = [
            t(loc, "series-year"),
            t(loc, "report-pledges"),
            cur.to_owned(),
        ];
        table(&mut out, &headers, &cells, &[false, true, true]);

        let r = &self.reporting;
        let _ = writeln!(out, "\n{}", t(loc, "reporting-title"));
        let rep = vec![
            kv(loc, "reporting-reports", &[], n(loc, r.reports)),
            kv(
                loc,
                "reporting-reported",
                &[],
                format!(
                    "{} ({})",
                    n(loc, r.reported_pledges),
                    loc.percent(r.reported_share)
                ),
            ),
            kv(loc, "reporting-entities", &[], n(loc, r.entities_reporting)),
            kv(loc, "reporting-ended", &[], n(loc, r.ended_with_reports)),
            kv(
                loc,
                "reporting-overdue",
                &[("days", Value::from(r.interval_days))],
                n(loc, len(r.overdue.len())),
            ),
            kv(
                loc,
                "reporting-overdue-undetermined",
                &[],
                n(loc, r.overdue_undetermined),
            ),
        ];
        table(
            &mut out,
            &[String::new(), String::new()],
            &rep,
            &[false, true],
        );
        let st = &r.status;
        let _ = writeln!(
            out,
            "\n{}",
            loc.text(
                "reporting-status-title",
                &[
                    ("years", Value::from(st.inactive_after_years)),
                    ("days", Value::from(st.grace_days)),
                ]
            )
        );
        let mut cells: Vec<Vec<String>> = st
            .rows
            .iter()
            .map(|row| {
                vec![
                    t(loc, &format!("status-{}", row.key.code())),
                    n(loc, row.pledges),
                    loc.amount(row.value, 2),
                ]
            })
            .collect();
        cells.push(vec![
            loc.text("dashboard-total-value", &[currency()]),
            n(loc, self.pledge_count),
            loc.amount(self.value.total, 2),
        ]);
        cells.push(vec![
            loc.text("reporting-active-value", &[currency()]),
            String::new(),
            loc.amount(st.active_value, 2),
        ]);
        let headers = [
            t(loc, "report-label"),
            t(loc, "report-pledges"),
            cur.to_owned(),
        ];
        table(&mut out, &headers, &cells, &[false, true, true]);
        count_rows(
            &mut out,
            loc,
            "reporting-by-type",
            Some("stakeholderType"),
            &r.by_stakeholder_type,
        );
        count_rows(
            &mut out,
            loc,
            "reporting-challenges",
            Some("challenge"),
            &r.challenges,
        );
        count_rows(
            &mut out,
            loc,
            "reporting-solutions",
            Some("solution"),
            &r.solutions,
        );

        let d = &self.delivery;
        let _ = writeln!(out, "\n{}", t(loc, "delivery-title"));
        let del = vec![
            kv(loc, "delivery-pledges", &[], n(loc, d.pledges)),
            kv(
                loc,
                "delivery-delivered",
                &[currency()],
                loc.amount(d.delivered, 2),
            ),
            kv(
                loc,
                "delivery-pledged",
                &[currency()],
                loc.amount(d.pledged, 2),
            ),
            kv(
                loc,
                "delivery-ratio",
                &[],
                d.ratio.map_or_else(|| "-".to_owned(), |x| loc.percent(x)),
            ),
        ];
        table(
            &mut out,
            &[String::new(), String::new()],
            &del,
            &[false, true],
        );

        if !self.value.unconverted.is_empty() {
            let _ = writeln!(out, "\n{}", t(loc, "dashboard-unconverted"));
            let cells: Vec<Vec<String>> = self
                .value
                .unconverted
                .iter()
                .map(|u| {
                    vec![
                        u.id.clone(),
                        loc.text(&format!("amount-kind-{}", u.kind), &[]),
                        format!("{} {}", u.currency, loc.amount(u.amount, 2)),
                        loc.date(u.date),
                        u.code.clone(),
                    ]
                })
                .collect();
            let headers = [
                t(loc, "report-pledge"),
                t(loc, "report-kind"),
                t(loc, "report-amount"),
                t(loc, "report-date"),
                t(loc, "report-reason"),
            ];
            table(
                &mut out,
                &headers,
                &cells,
                &[false, false, true, false, false],
            );
        }
        if !self.value.not_counted.is_empty() {
            let _ = writeln!(out, "\n{}", t(loc, "dashboard-counted-once"));
            let cells: Vec<Vec<String>> = self
                .value
                .not_counted
                .iter()
                .map(|c| {
                    vec![
                        c.id.clone(),
                        loc.text(&format!("relation-{}", c.reason), &[]),
                        c.other.clone(),
                        loc.amount(c.amount, 2),
                    ]
                })
                .collect();
            let headers = [
                t(loc, "report-pledge"),
                t(loc, "report-relation"),
                t(loc, "report-counted-in"),
                cur.to_owned(),
            ];
            table(&mut out, &headers, &cells, &[false, false, false, true]);
        }
        if !self.excluded.is_empty() {
            let _ = writeln!(out, "\n{}", t(loc, "dashboard-excluded"));
            let cells: Vec<Vec<String>> = self
                .excluded
                .iter()
                .map(|e| {
                    vec![
                        e.id.clone(),
                        loc.text(&format!("excluded-{}", e.reason), &[]),
                        e.detail.to_string(),
                    ]
                })
                .collect();
            let headers = [
                t(loc, "report-pledge"),
                t(loc, "report-reason"),
                t(loc, "report-detail"),
            ];
            table(&mut out, &headers, &cells, &[false; 3]);
        }
        out
    }
}

/// A length as a count.
fn len(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

impl CountryProfile {
    /// The profile as plain text, in English.
    pub fn render_text(&self) -> String {
        self.render_text_in(&Localizer::new(Lang::En))
    }

    /// The profile as plain text in the localizer's language.
    pub fn render_text_in(&self, loc: &Localizer) -> String {
        let mut out = String::new();
        let name = match loc.lang() {
            Lang::En => self.name.clone(),
            _ => loc
                .country_name(self.country)
                .map(str::to_owned)
                .or_else(|| self.name.clone()),
        }
        .unwrap_or_else(|| self.country.as_str().to_owned());
        let title = loc.text(
            "profile-title",
            &[
                ("name", Value::from(name)),
                ("code", Value::from(self.country.as_str())),
                ("asOf", Value::from(loc.date(self.as_of))),
            ],
        );
        let _ = writeln!(out, "{title}");
        let groups: Vec<String> = self
            .groups
            .iter()
            .filter(|g| g.member || g.provisional)
            .map(|g| {
                let code = serde_json::to_value(g.group)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let abbr = t(loc, &format!("group-abbr-{code}"));
                if g.provisional {
                    loc.text("profile-group-provisional", &[("group", Value::from(abbr))])
                } else {
                    abbr
                }
            })
            .collect();
        if !groups.is_empty() {
            let text = loc.text(
                "profile-groups",
                &[("groups", Value::from(groups.join(", ")))],
            );
            let _ = writeln!(out, "{text}");
        }
        let e = &self.end_dates;
        let head = vec![
            kv(loc, "dashboard-pledges", &[], n(loc, self.pledges)),
            kv(
                loc,
                "profile-reported",
                &[],
                format!(
                    "{} ({})",
                    n(loc, self.reported),
                    loc.percent(self.reported_share)
                ),
            ),
            kv(
                loc,
                "profile-ended",
                &[],
                loc.text(
                    "profile-ended-value",
                    &[
                        ("ended", Value::from(n(loc, e.ended))),
                        ("withReports", Value::from(n(loc, e.ended_with_reports))),
                    ],
                ),
            ),
            kv(loc, "profile-ends-this-year", &[], n(loc, e.ends_this_year)),
            kv(loc, "profile-ends-later", &[], n(loc, e.later)),
            kv(loc, "profile-end-unknown", &[], n(loc, e.unknown)),
            kv(
                loc,
                "dashboard-total-value",
                &[("currency", Value::from(self.currency.as_str()))],
                loc.amount(self.total_value, 2),
            ),
        ];
        let _ = writeln!(out);
        table(
            &mut out,
            &[String::new(), String::new()],
            &head,
            &[false, true],
        );
        count_rows(
            &mut out,
            loc,
            "reporting-by-type",
            Some("stakeholderType"),
            &self.reports_by_stakeholder_type,
        );
        count_rows(
            &mut out,
            loc,
            "profile-status",
            Some("implementationStatus"),
            &self.status,
        );
        count_rows(
            &mut out,
            loc,
            "profile-top-targets",
            Some("p2cTarget"),
            &self.top_targets,
        );
        count_rows(
            &mut out,
            loc,
            "profile-top-challenges",
            Some("challenge"),
            &self.top_challenges,
        );
        count_rows(
            &mut out,
            loc,
            "profile-top-solutions",
            Some("solution"),
            &self.top_solutions,
        );
        out
    }
}
