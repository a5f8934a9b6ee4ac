//! Validation reports as pages to send back to a pledger: the verdict, the issues by code with
//! the catalogue's meaning and guidance, and every issue grouped by pledge with its pointer,
//! message and what to do.

use std::collections::BTreeMap;

use super::chart::{count_ratio, counter, data_table, panel, table, BarRow, Cell, Col, Tone};
use super::dashboard::{header, id_list};
use super::num;
use super::page::{bounded, close, open, Head, Out};
use super::text::{fill, lang, loc, t, LangScope, Msg};
use super::{HtmlOptions, PledgeLabel};
use crate::validate::{issue_code, Issue, Report, Severity};

/// The most issues a page lists one by one; the rest are counted (the "issues by code" table
/// still counts every issue).
pub(crate) const MAX_ISSUES: usize = 2_000;

fn severity_msg(s: Severity) -> Msg {
    match s {
        Severity::Error => Msg::SevError,
        Severity::Warning => Msg::SevWarning,
        Severity::Info => Msg::SevInfo,
    }
}

/// Issues counted by severity.
#[derive(Default, Clone, Copy)]
struct Tally {
    errors: u64,
    warnings: u64,
    infos: u64,
}

impl Tally {
    fn of<'a>(issues: impl IntoIterator<Item = &'a Issue>) -> Tally {
        let mut t = Tally::default();
        for i in issues {
            let n = match i.severity {
                Severity::Error => &mut t.errors,
                Severity::Warning => &mut t.warnings,
                Severity::Info => &mut t.infos,
            };
            *n = n.saturating_add(1);
        }
        t
    }

    /// The verdict in words; `invalid` is the number of invalid pledges of a batch.
    fn verdict(self, invalid: Option<usize>) -> String {
        let args = [
            ("errors", num::count(self.errors)),
            ("warnings", num::count(self.warnings)),
            ("infos", num::count(self.infos)),
            (
                "invalid",
                num::count(invalid.map_or(0, |n| u64::try_from(n).unwrap_or(u64::MAX))),
            ),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let m = match (self.errors == 0, invalid.is_some()) {
            (true, false) => Msg::ValidSummary,
            (false, false) => Msg::InvalidSummary,
            (true, true) => Msg::ValidBatchSummary,
            (false, true) => Msg::InvalidBatchSummary,
        };
        fill(m, &args)
    }
}

/// The index of the pledge a batch pointer points into (`/3/title` → 3), as RFC 6901 writes
/// array indexes (no leading zeros).
fn pledge_index(path: &str) -> Option<usize> {
    let first = path.strip_prefix('/')?.split('/').next()?;
    if first.is_empty() || (first.len() > 1 && first.starts_with('0')) {
        return None;
    }
    if !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    first.parse().ok()
}

/// `/3/title` → `/title`, `/3` → `` (the pointer inside pledge 3).
fn inner_pointer(path: &str) -> &str {
    let rest = path.strip_prefix('/').unwrap_or(path);
    match rest.find('/') {
        Some(i) => rest.get(i..).unwrap_or_default(),
        None => "",
    }
}

/// How a pledge is named in headings: `id — title`, or its place in the file.
fn pledge_name(label: Option<&PledgeLabel>, index: Option<usize>) -> String {
    let number = || {
        index.map_or_else(String::new, |i| {
            fill(
                Msg::PledgeNumber,
                &[("number", &i.saturating_add(1).to_string())],
            )
        })
    };
    match label {
        Some(PledgeLabel {
            id: Some(id),
            title: Some(title),
        }) => format!("{} — {}", bounded(id), bounded(title)),
        Some(PledgeLabel { id: Some(id), .. }) => bounded(id).into_owned(),
        Some(PledgeLabel {
            title: Some(title), ..
        }) => format!("{} — {}", number(), bounded(title)),
        _ => number(),
    }
}

impl Report {
    /// The report of one pledge as a self-contained HTML page (see [`crate::html`]): the
    /// verdict, every issue with its pointer, message and the catalogue's guidance.
    pub fn render_html(&self, pledge: &PledgeLabel, options: &HtmlOptions) -> String {
        let _lang = LangScope::enter(options.lang);
        let mut o = Out::new();
        let name = pledge_name(Some(pledge), None);
        let subject = (!name.is_empty()).then_some(name.as_str());
        start(&mut o, Msg::ValidationTitle, subject, options);
        let tally = Tally::of(&self.issues);
        verdict(&mut o, &tally.verdict(None), self.valid);
        o.raw("<section aria-labelledby=\"issues\"><h2 id=\"issues\">")
            .msg(Msg::Issues)
            .raw("</h2>\n");
        let issues: Vec<&Issue> = self.issues.iter().collect();
        issue_table(&mut o, &issues, false);
        o.raw("</section>\n");
        by_code(&mut o, &self.issues, None);
        finish(o)
    }

    /// The report of a batch as a self-contained HTML page: the verdict for the file, the
    /// issues by code, then every pledge's issues under its id and title (`pledges` are the
    /// batch's labels in order, as [`PledgeLabel::all_of`] or
    /// [`PledgeLabel::all_from_json`] give them; issues about the file as a whole come first).
    pub fn render_batch_html(&self, pledges: &[PledgeLabel], options: &HtmlOptions) -> String {
        let _lang = LangScope::enter(options.lang);
        let mut o = Out::new();
        start(&mut o, Msg::BatchValidationTitle, None, options);
        let mut groups: BTreeMap<Option<usize>, Vec<&Issue>> = BTreeMap::new();
        for i in &self.issues {
            groups.entry(pledge_index(&i.path)).or_default().push(i);
        }
        let count = groups
            .keys()
            .flatten()
            .max()
            .map_or(0, |m| m.saturating_add(1))
            .max(pledges.len());
        let invalid = groups
            .iter()
            .filter(|(k, v)| k.is_some() && v.iter().any(|i| i.severity == Severity::Error))
            .count();
        let tally = Tally::of(&self.issues);
        verdict(&mut o, &tally.verdict(Some(invalid)), self.valid);
        o.raw("<ul class=\"counters\">\n");
        let n = |x: usize| num::count(u64::try_from(x).unwrap_or(u64::MAX));
        counter(&mut o, "pledges", Msg::Pledges, &n(count), &[]);
        counter(
            &mut o,
            "validPledges",
            Msg::ValidPledges,
            &n(count.saturating_sub(invalid)),
            &[],
        );
        counter(
            &mut o,
            "errors",
            Msg::Errors,
            &num::count(tally.errors),
            &[],
        );
        counter(
            &mut o,
            "warnings",
            Msg::Warnings,
            &num::count(tally.warnings),
            &[],
        );
        counter(&mut o, "infos", Msg::Infos, &num::count(tally.infos), &[]);
        o.raw("</ul>\n");
        by_code(&mut o, &self.issues, Some(&groups));

        o.raw("<section aria-labelledby=\"by-pledge\"><h2 id=\"by-pledge\">")
            .msg(Msg::IssuesByPledge)
            .raw("</h2>\n");
        let mut listed = 0usize;
        for (index, issues) in &groups {
            if listed >= MAX_ISSUES {
                break;
            }
            let label = index.and_then(|i| pledges.get(i));
            let name = match index {
                Some(_) => pledge_name(label, *index),
                None => t(Msg::BatchIssues).to_owned(),
            };
            let tally = Tally::of(issues.iter().copied());
            o.raw("<div class=\"card pledge\"");
            if let Some(i) = index {
                o.attr("data-pledge-index", &i.to_string());
            }
            o.raw("><h3>").data(&name).raw("</h3>\n<p>");
            sev_chip(&mut o, Severity::Error, tally.errors);
            sev_chip(&mut o, Severity::Warning, tally.warnings);
            sev_chip(&mut o, Severity::Info, tally.infos);
            o.raw("</p>\n");
            let take = issues.len().min(MAX_ISSUES.saturating_sub(listed));
            let shown: Vec<&Issue> = issues.iter().take(take).copied().collect();
            issue_table(&mut o, &shown, index.is_some());
            listed = listed.saturating_add(take);
            o.raw("</div>\n");
        }
        more_issues(&mut o, self.issues.len().saturating_sub(listed));
        let clean: Vec<String> = (0..count)
            .filter(|i| !groups.contains_key(&Some(*i)))
            .map(|i| pledge_name(pledges.get(i), Some(i)))
            .collect();
        if !clean.is_empty() {
            o.raw("<h3>")
                .msg(Msg::PledgesWithoutIssues)
                .raw(" (")
                .text(&n(clean.len()))
                .raw(")</h3>\n");
            id_list(&mut o, &clean);
        }
        o.raw("</section>\n");
        finish(o)
    }
}

fn start(o: &mut Out, title: Msg, subject: Option<&str>, options: &HtmlOptions) {
    let page_title = match subject {
        Some(s) => format!("{}: {s}", t(title)),
        None => t(title).to_owned(),
    };
    open(
        o,
        &Head {
            title: &page_title,
            lang: options.lang,
        },
    );
    let subtitle = options.validated_as_of.map_or_else(String::new, |d| {
        fill(Msg::ValidatedAsOf, &[("date", &num::date(d))])
    });
    header(o, title, subject, &subtitle, Msg::AboutReport, options);
    o.raw("<main>\n");
}

fn finish(mut o: Out) -> String {
    o.raw("<section aria-labelledby=\"method\"><h2 id=\"method\">")
        .msg(Msg::AboutReport)
        .raw("</h2>\n<div class=\"card\"><dl class=\"kv\">\n");
    for (s, m) in [
        (Severity::Error, Msg::SevErrorMeaning),
        (Severity::Warning, Msg::SevWarningMeaning),
        (Severity::Info, Msg::SevInfoMeaning),
    ] {
        o.raw("<dt>");
        sev_badge(&mut o, s);
        o.raw("</dt><dd>").msg(m).raw("</dd>\n");
    }
    o.raw("</dl>\n<p class=\"muted\">")
        .msg(Msg::AboutCodes)
        .raw("</p></div>\n</section>\n</main>\n");
    close(&mut o);
    o.finish()
}

fn verdict(o: &mut Out, words: &str, valid: bool) {
    o.raw(if valid {
        "<div class=\"status\" data-valid=\"true\"><strong>"
    } else {
        "<div class=\"status bad\" data-valid=\"false\"><strong>"
    })
    .msg(if valid { Msg::Valid } else { Msg::Invalid })
    .raw("</strong><p>")
    .text(words)
    .raw("</p></div>\n");
}

fn sev_badge(o: &mut Out, s: Severity) {
    o.raw("<span class=\"sev ")
        .raw(s.as_str())
        .raw("\">")
        .msg(severity_msg(s))
        .raw("</span>");
}

fn sev_chip(o: &mut Out, s: Severity, n: u64) {
    if n > 0 {
        sev_badge(o, s);
        o.raw(" ").text(&num::count(n)).raw(" ");
    }
}

fn more_issues(o: &mut Out, hidden: usize) {
    if hidden > 0 {
        let n = num::count(u64::try_from(hidden).unwrap_or(u64::MAX));
        o.raw("<p class=\"muted\">")
            .text(&fill(Msg::MoreIssues, &[("count", &n)]))
            .raw("</p>\n");
    }
}

/// Issues, most severe first (stable: the report's order within a severity), each with its
/// pointer (inside its pledge, in a batch), message, and the catalogue's guidance.
fn issue_table(o: &mut Out, issues: &[&Issue], in_pledge: bool) {
    if issues.is_empty() {
        o.raw("<p>").msg(Msg::NoIssues).raw("</p>\n");
        return;
    }
    let mut sorted: Vec<&Issue> = issues.iter().take(MAX_ISSUES).copied().collect();
    sorted.sort_by_key(|i| i.severity);
    let rows = sorted
        .iter()
        .map(|i| {
            let pointer = if in_pledge {
                inner_pointer(&i.path)
            } else {
                i.path.as_str()
            };
            let pointer = if pointer.is_empty() {
                t(Msg::WholeDocument).to_owned()
            } else {
                pointer.to_owned()
            };
            let guidance = loc()
                .issue_guidance(i.code)
                .unwrap_or_else(|| t(Msg::UnknownCode).to_owned());
            let rank = match i.severity {
                Severity::Error => "0",
                Severity::Warning => "1",
                Severity::Info => "2",
            };
            (
                Some(i.code.to_owned()),
                vec![
                    Cell {
                        badge: Some(i.severity.as_str()),
                        ..Cell::num(t(severity_msg(i.severity)).to_owned(), rank.to_owned())
                    },
                    Cell::code(i.code),
                    Cell::code(pointer),
                    Cell {
                        note: Some(guidance),
                        ..Cell::text(i.message_in(lang()))
                    },
                ],
            )
        })
        .collect();
    table(
        o,
        None,
        &[
            Col::text(Msg::ColSeverity),
            Col::text(Msg::ColCode),
            Col::text(Msg::ColPointer),
            Col::text(Msg::ColMessage),
        ],
        rows,
        issues.len(),
    );
    more_issues(o, issues.len().saturating_sub(MAX_ISSUES));
}

/// Every code found, with how many issues and pledges, its meaning and guidance; a chart of
/// the counts.
fn by_code(o: &mut Out, issues: &[Issue], groups: Option<&BTreeMap<Option<usize>, Vec<&Issue>>>) {
    if issues.is_empty() {
        return;
    }
    // code → (severity, issues, pledges)
    let mut codes: BTreeMap<(Severity, &str), (u64, u64)> = BTreeMap::new();
    for i in issues {
        let e = codes.entry((i.severity, i.code)).or_default();
        e.0 = e.0.saturating_add(1);
    }
    if let Some(groups) = groups {
        for list in groups.values() {
            let mut seen: Vec<&str> = list.iter().map(|i| i.code).collect();
            seen.sort_unstable();
            seen.dedup();
            for code in seen {
                if let Some((_, e)) = codes.iter_mut().find(|((_, c), _)| *c == code) {
                    e.1 = e.1.saturating_add(1);
                }
            }
        }
    }
    let total = u64::try_from(issues.len()).unwrap_or(u64::MAX);
    let title = t(Msg::IssuesByCode);
    o.raw("<section aria-labelledby=\"by-code\"><h2 id=\"by-code\">")
        .msg(Msg::IssuesByCode)
        .raw("</h2>\n<figure class=\"wide\" data-figure=\"issuesByCode\">\n");
    let bars: Vec<BarRow> = codes
        .iter()
        .map(|((sev, code), (n, _))| BarRow {
            key: (*code).to_owned(),
            label: (*code).to_owned(),
            ratio: count_ratio(*n, total),
            text: num::count(*n),
            exact: n.to_string(),
            muted: *sev == Severity::Info,
        })
        .collect();
    panel(o, title, t(Msg::ColIssues), Tone::Count, &bars);
    let mut cols = vec![
        Col::text(Msg::ColCode),
        Col::text(Msg::ColSeverity),
        Col::num(Msg::ColIssues),
    ];
    if groups.is_some() {
        cols.push(Col::num(Msg::ColPledgesAffected));
    }
    cols.push(Col::text(Msg::ColTitle));
    let rows = codes
        .iter()
        .map(|((sev, code), (n, pledges))| {
            let info = issue_code(code);
            let rank = match sev {
                Severity::Error => "0",
                Severity::Warning => "1",
                Severity::Info => "2",
            };
            let mut cells = vec![
                Cell::code(*code),
                Cell {
                    badge: Some(sev.as_str()),
                    ..Cell::num(t(severity_msg(*sev)).to_owned(), rank.to_owned())
                },
                Cell::count(*n),
            ];
            if groups.is_some() {
                cells.push(Cell::count(*pledges));
            }
            cells.push(Cell {
                note: info.and_then(|c| loc().issue_guidance(c.code)),
                ..Cell::text(
                    info.and_then(|c| loc().issue_title(c.code))
                        .unwrap_or_else(|| t(Msg::UnknownCode).to_owned()),
                )
            });
            (Some((*code).to_owned()), cells)
        })
        .collect();
    let len = codes.len();
    data_table(o, &cols, rows, len);
    o.raw("</figure>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_find_their_pledge() {
        assert_eq!(pledge_index("/3/title"), Some(3));
        assert_eq!(pledge_index("/0"), Some(0));
        assert_eq!(pledge_index("/03/title"), None);
        assert_eq!(pledge_index("/x/title"), None);
        assert_eq!(pledge_index(""), None);
        assert_eq!(pledge_index("/"), None);
        assert_eq!(pledge_index("/99999999999999999999999"), None);
        assert_eq!(inner_pointer("/3/title"), "/title");
        assert_eq!(
            inner_pointer("/3/pledgers/lead/name"),
            "/pledgers/lead/name"
        );
        assert_eq!(inner_pointer("/3"), "");
    }
}
