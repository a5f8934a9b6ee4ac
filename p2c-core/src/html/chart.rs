//! The pieces every report is made of: bar panels (SVG bars, HTML labels), the goal bar,
//! counters, tables and footnotes.
//!
//! Bars are SVG rectangles in a `viewBox` 1000 units wide, stretched to the width of their
//! column, so that labels stay HTML text at a readable size on any screen. A bar's length is
//! the only thing computed in floating point (a ratio of two exact decimals, for drawing); the
//! figure written next to it is the exact decimal, formatted by [`crate::format`].

use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::page::{bounded, Out};
use super::text::{fill, t, Msg};
use crate::aggregate::RateProvenance;

/// The most rows a table or list shows; the rest are counted in a note.
pub(crate) const MAX_ROWS: usize = 1_000;

/// `part / whole` as a fraction in `[0, 1]`, for drawing only; 0 when `whole` is not positive.
pub(crate) fn ratio(part: Decimal, whole: Decimal) -> f64 {
    if whole <= Decimal::ZERO || part <= Decimal::ZERO {
        return 0.0;
    }
    if part >= whole {
        return 1.0;
    }
    part.checked_div(whole)
        .and_then(|r| r.to_f64())
        .map_or(0.0, |r| r.clamp(0.0, 1.0))
}

/// `part / whole` for counts, for drawing only.
pub(crate) fn count_ratio(part: u64, whole: u64) -> f64 {
    ratio(Decimal::from(part), Decimal::from(whole))
}

/// The length of a bar in viewBox units (a visible sliver for any non-zero value).
fn bar_units(r: f64) -> String {
    let units = r * 1000.0;
    let units = if r > 0.0 && units < 3.0 { 3.0 } else { units };
    format!("{units:.1}")
}

/// The colour of a panel's bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    /// Money.
    Value,
    /// Counts.
    Count,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Value => "fill v",
            Tone::Count => "fill c",
        }
    }
}

/// One bar of a panel.
pub(crate) struct BarRow {
    /// The row's machine key (`data-key`).
    pub key: String,
    /// The row's label (from the data or the codelists: escaped and bounded).
    pub label: String,
    /// The bar's length as a fraction of the panel's scale.
    pub ratio: f64,
    /// The figure written next to the bar.
    pub text: String,
    /// The exact figure (`data-value`): a decimal string or a count.
    pub exact: String,
    /// Drawn in the neutral colour (rows such as `unspecified`).
    pub muted: bool,
}

/// A panel of horizontal bars with a caption; `role="img"` with a text alternative that reads
/// the rows out (the data table beside it has them too).
pub(crate) fn panel(o: &mut Out, chart_title: &str, caption: &str, tone: Tone, rows: &[BarRow]) {
    let read: Vec<String> = rows
        .iter()
        .map(|r| format!("{}: {}", bounded(&r.label), r.text))
        .collect();
    let alt = fill(
        Msg::ChartAlt,
        &[
            ("title", chart_title),
            ("panel", caption),
            ("rows", &read.join("; ")),
        ],
    );
    // The figures' column is as wide as the longest figure, so every bar of a panel has the
    // same track.
    let widest = rows
        .iter()
        .map(|r| r.text.chars().count())
        .max()
        .unwrap_or(0);
    let column = match widest {
        0..=4 => "panel w4",
        5..=8 => "panel w8",
        9..=12 => "panel w12",
        _ => "panel w16",
    };
    o.raw("<div")
        .attr("class", column)
        .raw(" role=\"img\"")
        .attr("aria-label", &alt)
        .raw(">\n<p class=\"panel-title\" aria-hidden=\"true\">")
        .text(caption)
        .raw("</p>\n");
    for r in rows {
        o.raw("<div class=\"row");
        if r.muted {
            o.raw(" unspecified");
        }
        o.raw("\"")
            .attr("data-key", &bounded(&r.key))
            .attr("data-value", &r.exact)
            .attr("data-ratio", &format!("{:.6}", r.ratio))
            .raw("><span class=\"lbl\">")
            .data(&r.label)
            .raw("</span>")
            .raw("<svg class=\"bar\" viewBox=\"0 0 1000 14\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"track\" width=\"1000\" height=\"14\"></rect><rect class=\"");
        o.raw(if r.muted { "fill n" } else { tone.class() })
            .raw("\"")
            .attr("width", &bar_units(r.ratio))
            .raw(" height=\"14\"></rect></svg><span class=\"val\">")
            .text(&r.text)
            .raw("</span></div>\n");
    }
    o.raw("</div>\n");
}

/// A wide progress bar (the goal): `role="img"` with an SVG `<title>`.
pub(crate) fn progress(o: &mut Out, r: f64, alt: &str) {
    let id = o.id();
    o.raw("<svg class=\"goal\" viewBox=\"0 0 1000 30\" preserveAspectRatio=\"none\" role=\"img\"")
        .attr("aria-labelledby", &id)
        .raw("><title")
        .attr("id", &id)
        .raw(">")
        .text(alt)
        .raw("</title><rect class=\"track\" width=\"1000\" height=\"30\" rx=\"4\"></rect><rect class=\"fill v\"")
        .attr("width", &bar_units(r))
        .raw(" height=\"30\" rx=\"4\"></rect>");
    for tick in ["250", "500", "750"] {
        o.raw("<rect class=\"tick\" x=\"")
            .text(tick)
            .raw("\" width=\"2\" height=\"30\" fill=\"currentColor\" opacity=\".25\"></rect>");
    }
    o.raw("</svg>\n");
}

/// One headline counter: label, big figure, small print. `figure` names it for tests and
/// scripts (`data-figure`); a name ending in ` wide` makes a counter two columns wide on
/// screens that have them.
pub(crate) fn counter(o: &mut Out, figure: &'static str, label: Msg, big: &str, small: &[String]) {
    let (figure, wide) = match figure.strip_suffix(" wide") {
        Some(f) => (f, " wide"),
        None => (figure, ""),
    };
    o.raw("<li class=\"counter")
        .raw(wide)
        .raw("\" data-figure=\"")
        .raw(figure)
        .raw("\"><span class=\"k\">")
        .msg(label)
        .raw("</span><span class=\"v\">")
        .text(big)
        .raw("</span>");
    for s in small {
        o.raw("<span class=\"s\">").text(s).raw("</span>");
    }
    o.raw("</li>\n");
}

/// Where a figure's numbers come from, for its footnote.
pub(crate) struct Provenance<'a> {
    /// The as-of date.
    pub as_of: NaiveDate,
    /// The currency of every amount.
    pub currency: &'a str,
    /// The rate table and policy; `None` on pages without amounts.
    pub rates: Option<&'a RateProvenance>,
}

/// A rate table id as a footnote shows it: a content hash cut to its first 12 hex digits.
fn short_table_id(id: &str) -> String {
    match id.strip_prefix("sha256:") {
        Some(hex) if hex.len() > 12 => {
            format!("sha256:{}…", hex.get(..12).unwrap_or(hex))
        }
        _ => bounded(id).into_owned(),
    }
}

/// The footnote of a figure: as-of date, currency, rate table and policy, and a link to the
/// full method and sources.
pub(crate) fn footnote(o: &mut Out, p: &Provenance<'_>) {
    let date = super::num::date(p.as_of);
    o.raw("<p class=\"foot\" data-footnote=\"\">");
    match p.rates {
        Some(r) => {
            let policy = r.policy.split(';').next().unwrap_or_default();
            o.msg_isolated(
                Msg::Footnote,
                &[
                    ("date", &date),
                    ("currency", p.currency),
                    ("table", &short_table_id(&r.table_id)),
                    ("policy", &bounded(policy)),
                ],
                &["table", "policy"],
            );
        }
        None => {
            o.text(&fill(Msg::FootnoteNoRates, &[("date", &date)]));
        }
    }
    o.raw(" <a href=\"#method\">")
        .msg(Msg::SkipToMethod)
        .raw("</a></p>\n");
}

/// A table column: its header and whether it holds numbers (right-aligned).
pub(crate) struct Col {
    pub head: String,
    pub numeric: bool,
}

impl Col {
    pub(crate) fn text(m: Msg) -> Col {
        Col {
            head: t(m).to_owned(),
            numeric: false,
        }
    }
    pub(crate) fn num(m: Msg) -> Col {
        Col {
            head: t(m).to_owned(),
            numeric: true,
        }
    }
}

/// A table cell. Text is escaped and bounded; `sort` is the exact key the sorting script
/// compares (a decimal string or a count), when it differs from the text.
pub(crate) struct Cell {
    pub text: String,
    pub sort: Option<String>,
    pub code: bool,
    /// Small print under the text (guidance), escaped and bounded.
    pub note: Option<String>,
    /// Shown as a severity badge of this class (`error`, `warning`, `info`).
    pub badge: Option<&'static str>,
}

impl Cell {
    pub(crate) fn text(s: impl Into<String>) -> Cell {
        Cell {
            text: s.into(),
            sort: None,
            code: false,
            note: None,
            badge: None,
        }
    }
    pub(crate) fn code(s: impl Into<String>) -> Cell {
        Cell {
            code: true,
            ..Cell::text(s)
        }
    }
    pub(crate) fn num(shown: String, exact: String) -> Cell {
        Cell {
            sort: Some(exact),
            ..Cell::text(shown)
        }
    }
    pub(crate) fn count(n: u64) -> Cell {
        Cell::num(super::num::count(n), n.to_string())
    }
}

/// A sortable table of at most [`MAX_ROWS`] rows; `total` is the number of rows there are
/// (the rest are counted in a note). Each row may carry a `data-key`.
pub(crate) fn table(
    o: &mut Out,
    caption: Option<&str>,
    cols: &[Col],
    rows: Vec<(Option<String>, Vec<Cell>)>,
    total: usize,
) {
    o.raw("<div class=\"tablewrap\"><table class=\"sortable\">");
    if let Some(c) = caption {
        o.raw("<caption class=\"muted\">").text(c).raw("</caption>");
    }
    o.raw("<thead><tr>");
    for c in cols {
        o.raw(if c.numeric {
            "<th scope=\"col\" class=\"n\">"
        } else {
            "<th scope=\"col\">"
        })
        .text(&c.head)
        .raw("</th>");
    }
    o.raw("</tr></thead>\n<tbody>\n");
    let shown = rows.len().min(MAX_ROWS);
    for (key, cells) in rows.into_iter().take(MAX_ROWS) {
        o.raw("<tr");
        if let Some(k) = key {
            o.attr("data-key", &bounded(&k));
        }
        o.raw(">");
        for (i, cell) in cells.iter().enumerate() {
            let numeric = cols.get(i).is_some_and(|c| c.numeric);
            o.raw(if numeric { "<td class=\"n\"" } else { "<td" });
            if let Some(s) = &cell.sort {
                o.attr("data-sort", s);
            }
            o.raw(">");
            if let Some(class) = cell.badge {
                o.raw("<span class=\"sev ")
                    .raw(class)
                    .raw("\">")
                    .data(&cell.text)
                    .raw("</span>");
            } else if cell.code {
                o.raw("<code>").data(&cell.text).raw("</code>");
            } else {
                o.data(&cell.text);
            }
            if let Some(n) = &cell.note {
                o.raw("<br><span class=\"guide\">").data(n).raw("</span>");
            }
            o.raw("</td>");
        }
        o.raw("</tr>\n");
    }
    o.raw("</tbody></table></div>\n");
    more_rows(o, total.saturating_sub(shown));
}

/// The note under a list or table cut to [`MAX_ROWS`].
pub(crate) fn more_rows(o: &mut Out, hidden: usize) {
    if hidden > 0 {
        let n = super::num::count(u64::try_from(hidden).unwrap_or(u64::MAX));
        o.raw("<p class=\"muted\">")
            .text(&fill(Msg::MoreRows, &[("count", &n)]))
            .raw("</p>\n");
    }
}

/// A table behind a "Data table" disclosure, next to a chart.
pub(crate) fn data_table(
    o: &mut Out,
    cols: &[Col],
    rows: Vec<(Option<String>, Vec<Cell>)>,
    total: usize,
) {
    o.raw("<details class=\"data\"><summary>")
        .msg(Msg::DataTable)
        .raw("</summary>\n");
    table(o, None, cols, rows, total);
    o.raw("</details>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_are_bounded_and_never_nan() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(ratio(d("1"), d("0")), 0.0);
        assert_eq!(ratio(d("-1"), d("10")), 0.0);
        assert_eq!(ratio(d("5"), d("10")), 0.5);
        assert_eq!(ratio(d("20"), d("10")), 1.0);
        assert_eq!(ratio(Decimal::MAX, d("0.0000001")), 1.0);
        assert_eq!(count_ratio(3, 0), 0.0);
        assert_eq!(bar_units(0.0), "0.0");
        assert_eq!(bar_units(0.000001), "3.0");
        assert_eq!(bar_units(0.4958), "495.8");
    }

    #[test]
    fn long_table_ids_are_shortened_in_footnotes() {
        assert_eq!(
            short_table_id("sha256:b661888c5252a3cf6fd74afb2816d445"),
            "sha256:b661888c5252…"
        );
        assert_eq!(short_table_id("my-table-2024"), "my-table-2024");
    }
}
