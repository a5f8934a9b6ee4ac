//! The HTML reports (`p2c_core::html`) on the sample data and on generated strings: each page is
//! well formed with no markup but the renderer's own (a strict scan), carries its Content
//! Security Policy, refers to nothing outside itself, and is the same bytes every time.

// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

#[path = "common/html_scan.rs"]
mod html_scan;

use std::sync::Arc;

use chrono::NaiveDate;
use p2c_core::aggregate::{
    country_profile, summarize, Excluded, InvalidPolicy, Summary, SummaryOptions, TableConverter,
};
use p2c_core::html::{HtmlOptions, PledgeLabel, MAX_CHARS};
use p2c_core::model::CountryCode;
use p2c_core::money::RateTable;
use p2c_core::validate::{validate_batch, validate_str, ValidateOptions};
use p2c_core::{parse_pledges, Pledge};
use proptest::prelude::*;

fn sample() -> Vec<Pledge> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/data/pledges.json");
    parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 30).unwrap()
}

fn summary() -> Summary {
    summarize(&sample(), &SummaryOptions::embedded(date())).unwrap()
}

/// Every kind of page, on the sample data.
fn pages() -> Vec<(&'static str, String)> {
    let pledges = sample();
    let options = SummaryOptions::embedded(date());
    let html = HtmlOptions::default().with_source("examples/data/pledges.json");
    let labels = PledgeLabel::all_of(&pledges);
    let report = validate_batch(&pledges, &ValidateOptions::default());
    let uga = CountryCode::new("UGA").unwrap();
    let profile = country_profile(&pledges, uga, date(), &options).unwrap();
    let one = validate_str(
        r#"{"formatVersion": "1.0", "id": "P1", "titel": "x"}"#,
        &ValidateOptions::default(),
    );
    vec![
        ("dashboard", summary().render_html(&html)),
        (
            "profile",
            profile.render_html(&options.converter.provenance(), &html),
        ),
        ("batch", report.render_batch_html(&labels, &html)),
        ("report", one.render_html(&PledgeLabel::default(), &html)),
    ]
}

#[test]
fn every_page_is_well_formed_with_its_policy() {
    for (kind, page) in pages() {
        let scan = html_scan::scan(&page).unwrap_or_else(|e| panic!("{kind}: {e}"));
        assert!(scan.csp.contains("default-src 'none'"), "{kind}");
        assert!(scan.csp.contains("base-uri 'none'"), "{kind}");
        assert!(scan.csp.contains("form-action 'none'"), "{kind}");
        // headings go h1 → h2 → h3 without a skipped level, one h1
        let mut level = 0;
        let mut h1 = 0;
        for tag in &scan.tags {
            if let Some(n) = tag.strip_prefix('h').and_then(|n| n.parse::<i32>().ok()) {
                assert!(n <= level + 1, "{kind}: h{n} after h{level}");
                h1 += i32::from(n == 1);
                level = n;
            }
        }
        assert_eq!(h1, 1, "{kind}");
        assert!(
            page.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"),
            "{kind}"
        );
    }
}

/// No page refers to anything outside itself: no address, no `url(`, no `@import`, no `src`
/// (the sample data holds no address either, so none may appear even as text).
#[test]
fn no_page_refers_to_anything_outside() {
    for (kind, page) in pages() {
        for bad in [
            "http://", "https://", "url(", "@import", " src=", "//cdn", "<link",
        ] {
            assert!(!page.contains(bad), "{kind}: {bad}");
        }
    }
}

#[test]
fn pages_are_deterministic() {
    let a = pages();
    let b = pages();
    for ((kind, x), (_, y)) in a.iter().zip(&b) {
        assert_eq!(x, y, "{kind}");
    }
}

/// The dashboard shows the summary's figures: exact amounts as the core formats them, every
/// breakdown with its additivity, and each bar's exact value.
#[test]
fn the_dashboard_shows_the_summarys_figures() {
    let s = summary();
    let page = s.render_html(&HtmlOptions::default());
    assert!(page.contains(&format!(
        "USD {} exactly",
        p2c_core::format::amount(s.value.total)
    )));
    assert!(page.contains(&format!(
        "USD {}",
        p2c_core::format::compact_amount(s.value.total)
    )));
    for b in &s.breakdowns {
        let additivity = match b.additivity {
            p2c_core::aggregate::Additivity::Additive => "additive",
            p2c_core::aggregate::Additivity::Overlapping => "overlapping",
        };
        let key = serde_json::to_value(b.dimension).unwrap();
        let key = key.as_str().unwrap();
        if b.dimension == p2c_core::aggregate::Dimension::Target && b.rows.is_empty() {
            continue;
        }
        assert!(
            page.contains(&format!(
                "data-dimension=\"{key}\" data-additivity=\"{additivity}\""
            )),
            "{key}"
        );
        for r in &b.rows {
            // a bar's exact value, or (rows not charted: top countries) the table's sort key
            let v = r.value.to_string();
            assert!(
                page.contains(&format!("data-value=\"{v}\""))
                    || page.contains(&format!("data-sort=\"{v}\"")),
                "{key}/{}",
                r.key
            );
        }
    }
    // every figure has a footnote
    let figures = page.matches("<figure").count();
    let footnotes = page.matches("data-footnote").count();
    assert!(
        figures > 10 && footnotes > figures,
        "{figures} figures, {footnotes} footnotes"
    );
    assert!(page.contains("Source: ECB statistics"));
}

#[test]
fn overlapping_breakdowns_say_so() {
    let page = summary().render_html(&HtmlOptions::default());
    // focus areas overlap in the sample (pledges with several focus areas)
    let at = page
        .find("data-dimension=\"focusArea\" data-additivity=\"overlapping\"")
        .unwrap();
    assert!(page[at..].contains("Overlapping, do not add up"));
}

/// A long string is cut after MAX_CHARS characters with a note of its length.
#[test]
fn long_strings_are_cut_with_a_note() {
    let mut s = summary();
    let long = "é<".repeat(MAX_CHARS * 3);
    s.undated = vec![long.clone()];
    let page = s.render_html(&HtmlOptions::default());
    let count = (MAX_CHARS * 6).to_string();
    let with_commas = format!(
        "{},{}",
        &count[..count.len() - 3],
        &count[count.len() - 3..]
    );
    assert!(page.contains(&format!("[truncated: {with_commas} characters in all]")));
    assert!(!page.contains(&html_scan::escaped(&long)));
    html_scan::scan(&page).unwrap();
}

/// A rate table whose source name is markup: shown as text in the method section.
#[test]
fn rate_sources_are_escaped() {
    let table = RateTable::from_csv_str(
        "date,base,currency,rate,source\n2022-06-07,EUR,USD,1.0662,\"<script>x()</script>\"\n",
    )
    .unwrap();
    let options = SummaryOptions::new(date(), Arc::new(TableConverter::new(Arc::new(table))));
    let s = summarize(&sample(), &options).unwrap();
    let page = s.render_html(&HtmlOptions::default());
    assert!(page.contains("&lt;script&gt;x()&lt;/script&gt;"));
    html_scan::scan(&page).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever strings the data holds (ids, titles, sources, the data source's name), no `<`
    /// from them survives unescaped: every page passes the strict scan, and shows each string
    /// escaped (cut at MAX_CHARS).
    #[test]
    fn no_string_from_data_becomes_markup(
        id in any::<String>(),
        title in any::<String>(),
        detail in "[<>\"'&a-z =/]{0,40}",
        source in any::<String>(),
    ) {
        let mut s = summary();
        s.excluded = vec![Excluded { id: id.clone(), reason: "invalid".into(), detail: detail.clone().into() }];
        s.undated = vec![title.clone()];
        s.entities.conflicting_types = vec![detail.clone()];
        s.rates.sources.push(source.clone());
        s.notes.push(title.clone());
        let html = HtmlOptions::default().with_source(source.clone());
        let dashboard = s.render_html(&html);
        let labels = vec![PledgeLabel { id: Some(id.clone()), title: Some(title.clone()) }];
        let report = validate_str(r#"[{"id": 1}]"#, &ValidateOptions::default());
        let batch = report.render_batch_html(&labels, &html);
        let one = report.render_html(&labels[0], &html);
        for page in [&dashboard, &batch, &one] {
            let scan = html_scan::scan(page);
            prop_assert!(scan.is_ok(), "{:?}", scan.err());
        }
        for text in [&id, &title, &detail] {
            if text.chars().count() <= MAX_CHARS {
                prop_assert!(dashboard.contains(&html_scan::escaped(text)));
            }
        }
        prop_assert!(batch.contains(&html_scan::escaped(&id)));
    }
}

/// Pledges a summary leaves out are listed, escaped.
#[test]
fn excluded_pledges_are_listed() {
    let mut pledges = sample();
    pledges[0].id = "<b>bold</b>".into();
    let mut options = SummaryOptions::embedded(date());
    options.invalid = InvalidPolicy::Exclude;
    options.invalid_pledges = vec![(pledges[0].id.clone(), vec!["<i>code</i>".into()])];
    let s = summarize(&pledges, &options).unwrap();
    assert!(!s.excluded.is_empty());
    let page = s.render_html(&HtmlOptions::default());
    for e in &s.excluded {
        assert!(page.contains(&html_scan::escaped(&e.id)));
    }
    html_scan::scan(&page).unwrap();
}
