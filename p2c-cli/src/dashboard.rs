//! The body of `p2c dashboard`: pledges in, text out.
//!
//! [`render`] is the one function the full dashboard replaces; loading, argument parsing and exit
//! codes live in `main.rs` and do not change with it. For now it lists the pledges grouped by
//! Action Framework focus area, with no currency conversion and no totals of money.

use std::fmt::Write as _;

use chrono::NaiveDate;
use p2c_core::model::FinancialValue;
use p2c_core::taxonomy::{Codelist, FocusArea};
use p2c_core::Pledge;

/// What the dashboard is computed from.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    /// The pledges, as loaded.
    pub pledges: &'a [Pledge],
    /// Where they were loaded from, for the header.
    pub source: &'a str,
    /// The date the dashboard is computed as of, when given.
    pub as_of: Option<NaiveDate>,
}

/// Render the dashboard as text.
pub fn render(input: &Input<'_>) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; the results are ignored for that reason.
    let _ = writeln!(out, "Partner2Connect pledges by focus area");
    let _ = writeln!(out, "source: {}", input.source);
    if let Some(date) = input.as_of {
        let _ = writeln!(
            out,
            "as of: {date} (the grouping below does not depend on the date)"
        );
    }
    let _ = writeln!(
        out,
        "note: a pledge with several focus areas is listed under each of them, so the groups \
         add up to more than the number of pledges"
    );

    let mut groups: Vec<(String, Vec<&Pledge>)> = FocusArea::all()
        .iter()
        .map(|area| {
            let members = input
                .pledges
                .iter()
                .filter(|p| p.focus_areas.contains(area))
                .collect();
            (format!("{} - {}", area.label(), area.tagline()), members)
        })
        .collect();
    // The parser accepts an empty list (validation reports it); such pledges still show.
    let orphans: Vec<&Pledge> = input
        .pledges
        .iter()
        .filter(|p| p.focus_areas.is_empty())
        .collect();
    if !orphans.is_empty() {
        groups.push(("(no focus area)".into(), orphans));
    }

    // One set of column widths for every group, so the columns line up down the page.
    let rows: Vec<Vec<[String; 4]>> = groups
        .iter()
        .map(|(_, members)| members.iter().map(|p| row(p)).collect())
        .collect();
    let widths = column_widths(rows.iter().flatten());
    let mut listings = 0usize;
    for ((title, members), rows) in groups.iter().zip(&rows) {
        listings = listings.saturating_add(members.len());
        let _ = writeln!(out);
        let _ = writeln!(out, "{title} ({})", count(members.len(), "pledge"));
        if rows.is_empty() {
            let _ = writeln!(out, "  (none)");
        }
        for [id, pledgers, types, amount] in rows {
            let [w_id, w_pledgers, w_types, w_amount] = widths;
            let _ = writeln!(
                out,
                "  {id:<w_id$}  {pledgers:<w_pledgers$}  {types:<w_types$}  {amount:>w_amount$}"
            );
        }
    }

    let with_amount = input
        .pledges
        .iter()
        .filter(|p| p.financial_value.is_some())
        .count();
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}, {} with a stated amount; {} under {} focus areas",
        count(input.pledges.len(), "pledge"),
        with_amount,
        count(listings, "listing"),
        FocusArea::all().len()
    );
    out
}

/// One table row: id, pledgers, pledge types, stated amount.
fn row(p: &Pledge) -> [String; 4] {
    let pledgers: Vec<&str> = p.pledgers.all().map(|e| e.name.as_str()).collect();
    let types: Vec<&str> = p.pledge_types.iter().map(|t| t.code()).collect();
    let amount = p
        .financial_value
        .as_ref()
        .map_or_else(|| "-".to_owned(), stated_amount);
    [p.id.clone(), pledgers.join(" / "), types.join(", "), amount]
}

fn column_widths<'a>(rows: impl Iterator<Item = &'a [String; 4]>) -> [usize; 4] {
    let mut widths = [0usize; 4];
    for cells in rows {
        for (w, cell) in widths.iter_mut().zip(cells) {
            *w = (*w).max(cell.chars().count());
        }
    }
    widths
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The amount as announced: `EUR 5,600,000,000`, or `> USD 250,000,000` for a floor.
pub fn stated_amount(v: &FinancialValue) -> String {
    let floor = if v.is_floor { "> " } else { "" };
    format!(
        "{floor}{} {}",
        v.currency,
        group_thousands(&v.amount.to_string())
    )
}

/// Insert thousands separators into the integer part of a plain decimal string.
fn group_thousands(decimal: &str) -> String {
    let (sign, body) = match decimal.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", decimal),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let mut grouped = String::with_capacity(int.len().saturating_add(int.len() / 3));
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len().saturating_sub(i)) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands() {
        for (input, expected) in [
            ("0", "0"),
            ("999", "999"),
            ("1000", "1,000"),
            ("258800000", "258,800,000"),
            ("5600000000", "5,600,000,000"),
            ("-1234567.891", "-1,234,567.891"),
            ("100000.5", "100,000.5"),
        ] {
            assert_eq!(group_thousands(input), expected);
        }
    }
}
