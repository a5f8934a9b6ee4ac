//! Self-contained HTML reports: the dashboard of a [`Summary`], a [`CountryProfile`], and the
//! validation [`Report`] of one pledge or of a batch, grouped by pledge with each code's
//! guidance (a document to send back to a pledger).
//!
//! ```
//! use p2c_core::aggregate::{summarize, SummaryOptions};
//! use p2c_core::html::HtmlOptions;
//!
//! let pledges = p2c_core::parse_pledges(r#"[{
//!   "formatVersion": "1.0", "id": "P1", "title": "Schools online",
//!   "pledgers": { "lead": { "name": "Ministry", "stakeholderType": "government", "headquarters": "KEN" } },
//!   "pledgeTypes": ["financial"], "focusAreas": ["access"],
//!   "financialValue": { "amount": "1000000", "currency": "USD", "valueDate": "2024-01-10" },
//!   "reviewState": "published" }]"#)?;
//! let date = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).unwrap();
//! let summary = summarize(&pledges, &SummaryOptions::embedded(date))?;
//! let page = summary.render_html(&HtmlOptions::default());
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("Content-Security-Policy"));
//! # Ok::<(), p2c_core::Error>(())
//! ```
//!
//! # What a page is
//!
//! - **One file, nothing to fetch.** Style sheet and sorting script are inline, charts are
//!   inline SVG drawn here (no chart library: a bar is a rectangle, and drawing it here keeps
//!   every figure exact and the page free of third-party code), fonts are the system's. A
//!   `Content-Security-Policy` meta tag forbids every load (`default-src 'none'`) and allows
//!   only the page's own style sheet and script, by their SHA-256 hashes (no
//!   `'unsafe-inline'`): anything that slipped into a page could neither run nor load.
//! - **Works without the script.** The script only adds sort buttons to table headers;
//!   without it, tables keep their documented order.
//! - **Prints to A4** (`@page`, no figure cut across pages, light colours; the breakdowns print
//!   their charts, whose bars carry every figure, and the other tables print open), follows the
//!   reader's dark mode (`prefers-color-scheme`), and reads at 375 px (one column, bars under
//!   their labels).
//! - **Deterministic**: the same input gives the same bytes (no clock, no random ids).
//! - **Accessible**: every chart is `role="img"` with a text alternative that reads its rows
//!   out, and has its data table beside it; headings go h1 → h2 → h3; the palettes keep text
//!   at 4.5:1 and bars at 3:1 against their background in light and dark mode.
//!
//! # Figures
//!
//! Amounts are written from the exact decimals by [`crate::format`]: in full with two
//! decimals (`17,869,520,000.00`, rounded half-even for display, as the text dashboard), or in
//! billions and millions for labels (`17.87 bn`), never through floating point; the exact
//! decimal string is in each bar's `data-value`. Only a bar's length is a float (a ratio, for
//! drawing). Every figure has a footnote with its as-of date, currency, rate table and
//! policy, and a link to the method and sources section, which lists the rate sources with
//! the citations their licences require.
//!
//! A breakdown whose rows overlap (a pledge with two focus areas counts in both, under full
//! attribution) says so above its chart, with the overlap, and scales every bar against the
//! total value and the pledge count, so its bars visibly add up to more than the whole; an
//! additive breakdown says that its rows add up to the total.
//!
//! # Strings from the data
//!
//! Every string from a record (ids, titles, labels, messages, rate sources) is escaped for
//! text and attributes alike, bidirectional and control characters are shown as visible code
//! points (`[U+202E]`), and a string longer than [`MAX_CHARS`] characters is cut there,
//! followed by "… [truncated: N characters in all]". Lists of pledges (left out, overdue …)
//! and issues show at most 1,000 rows and say how many more there are. No string from the
//! data becomes a link, an element, an attribute name, a style or a script: URLs are shown
//! as text.
//!
//! # Fragments
//!
//! [`fragment`] turns a page into a fragment to embed in another page (a notebook's output, a
//! web team's template): the same body in one element with the page's `lang` and `dir`, its
//! style sheet scoped to that element, and no head, policy or script (see `embed.rs`).
//!
//! # Words
//!
//! Every word the page adds (headings, labels, notes) comes from one table of messages
//! (`text.rs`, English), translated by the catalogues (`i18n/<lang>/html.ftl`); codelist
//! labels, country names and the summary's notes come from [`crate::i18n::Localizer`], and
//! numbers and dates follow the language's conventions ([`crate::i18n::Conventions`]), still
//! exact. The page has `lang` and `dir` (`rtl` for Arabic); its style sheet uses logical
//! properties (`inline-start`), so that it mirrors in a right-to-left page.

mod card;
mod chart;
mod dashboard;
mod embed;
mod escape;
mod num;
mod page;
mod profile;
mod text;
mod validation;

use chrono::NaiveDate;
use serde_json::Value;

#[cfg(doc)]
use crate::aggregate::{CountryProfile, Summary};
#[cfg(doc)]
use crate::validate::Report;
use crate::Pledge;

pub use card::pledge_card;
pub use embed::{fragment, EMBED_CLASS};
pub use escape::MAX_CHARS;

/// The catalogue id of every word the HTML reports add (`html-…`; English in `text.rs`).
pub(crate) fn message_ids() -> Vec<String> {
    text::Msg::ALL.iter().map(|m| m.id()).collect()
}

/// Each HTML message's id with its English text and placeholder names, for the catalogue tests.
#[cfg(test)]
pub(crate) fn messages() -> Vec<(String, &'static str, Vec<&'static str>)> {
    text::Msg::ALL
        .iter()
        .map(|m| (m.id(), m.en(), m.placeholders()))
        .collect()
}

/// Options of every HTML page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct HtmlOptions {
    /// Where the data came from (a file name), shown under the title; escaped and bounded.
    pub source: Option<String>,
    /// For validation reports: the date the validation was run as of, shown under the title.
    pub validated_as_of: Option<NaiveDate>,
    /// The language of the page: its words, labels and number formats, and its `lang` and
    /// `dir` attributes.
    pub lang: crate::i18n::Lang,
}

impl HtmlOptions {
    /// These options with a data source shown under the title.
    pub fn with_source(mut self, source: impl Into<String>) -> HtmlOptions {
        self.source = Some(source.into());
        self
    }

    /// These options in another language.
    pub fn with_lang(mut self, lang: crate::i18n::Lang) -> HtmlOptions {
        self.lang = lang;
        self
    }

    /// These options with the as-of date of a validation.
    pub fn with_validated_as_of(mut self, date: NaiveDate) -> HtmlOptions {
        self.validated_as_of = Some(date);
        self
    }
}

/// How a validation report names a pledge: its id and title as the document gives them, when
/// they are strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PledgeLabel {
    /// The pledge's `id`.
    pub id: Option<String>,
    /// The pledge's `title`.
    pub title: Option<String>,
}

impl PledgeLabel {
    /// The label of a typed pledge.
    pub fn of(pledge: &Pledge) -> PledgeLabel {
        PledgeLabel {
            id: Some(pledge.id.clone()),
            title: Some(pledge.title.clone()),
        }
    }

    /// The label of a pledge document as JSON: its `id` and `title` when they are strings.
    pub fn from_json(document: &Value) -> PledgeLabel {
        let text = |key: &str| document.get(key).and_then(Value::as_str).map(str::to_owned);
        PledgeLabel {
            id: text("id"),
            title: text("title"),
        }
    }

    /// The labels of a batch given as a JSON array (empty for anything else), in order, so
    /// that issue paths (`/3/title`) find their pledge.
    pub fn all_from_json(batch: &Value) -> Vec<PledgeLabel> {
        batch
            .as_array()
            .map(|items| items.iter().map(PledgeLabel::from_json).collect())
            .unwrap_or_default()
    }

    /// The labels of typed pledges, in order.
    pub fn all_of(pledges: &[Pledge]) -> Vec<PledgeLabel> {
        pledges.iter().map(PledgeLabel::of).collect()
    }
}
