//! Dashboards: summaries and country profiles, as JSON, text and HTML.

use napi_derive::napi;
use p2c_core::call::{AnnualReportCall, ProfileCall, Rates, SummaryCall, TablesCall};

use crate::money::{rates, RateTable};
use crate::{options, pledges, run, to_json, view, Doc, Document};

/// What a dashboard export renders: `json` (the schema's JSON), `text` or `html`.
fn render<T: serde::Serialize>(
    how: &str,
    value: &T,
    text: impl FnOnce() -> String,
    html: impl FnOnce() -> String,
) -> p2c_core::Result<String> {
    match how {
        "text" => Ok(text()),
        "html" => Ok(html()),
        _ => to_json(value),
    }
}

/// Summarize pledges (a JSON array or JSON Lines) with the options of the core's
/// `SummaryCall`, rendered as `render` says (`json`: `schema/summary.schema.json`; `text`; `html`).
#[napi]
pub fn summarize(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
    table: Option<&RateTable>,
    #[napi(ts_arg_type = "'json' | 'text' | 'html'")] how: String,
) -> napi::Result<String> {
    run(|| summary(view(&doc), options_json, &rates(table), &how))
}

/// The answer of `summarize`, rendered as `how` says.
pub(crate) fn summary(
    doc: Doc<'_>,
    options_json: Option<String>,
    rates: &Rates,
    how: &str,
) -> p2c_core::Result<String> {
    let p = crate::partitions::prepared(options_json.as_deref(), rates)?;
    let summary = p.summarize(&pledges(doc, p.format)?)?;
    render(how, &summary, || p.text(&summary), || p.html(&summary))
}

/// The profile of one country with the options of a summary (the core's `ProfileCall`),
/// rendered as `render` says (`json`: `schema/country-profile.schema.json`; `text`; `html`).
#[napi]
pub fn country_profile(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    country: String,
    options_json: Option<String>,
    table: Option<&RateTable>,
    #[napi(ts_arg_type = "'json' | 'text' | 'html'")] how: String,
) -> napi::Result<String> {
    run(|| profile(view(&doc), country, options_json, &rates(table), &how))
}

/// The answer of `country_profile`, rendered as `how` says.
pub(crate) fn profile(
    doc: Doc<'_>,
    country: String,
    options_json: Option<String>,
    rates: &Rates,
    how: &str,
) -> p2c_core::Result<String> {
    let (options, warnings) = options::<SummaryCall>(options_json.as_deref())?;
    let (mut p, code) = ProfileCall { country, options }.prepare(rates)?;
    p.warnings.splice(0..0, warnings);
    let profile = p.profile(&pledges(doc, p.format)?, code)?;
    render(
        how,
        &profile,
        || p.profile_text(&profile),
        || p.profile_html(&profile),
    )
}

/// Compare two summaries given as their JSON text (`a` the base), as the comparison's JSON
/// (`schema/comparison.schema.json`; the rules are the core's `aggregate::compare`).
#[napi]
pub fn compare(a: String, b: String) -> napi::Result<String> {
    run(|| to_json(&p2c_core::call::compare_str(&a, &b)?))
}

/// The annual-report figure set of pledges (a JSON array or JSON Lines) as of the options'
/// date, with the options of a summary (the core's `AnnualReportCall`), as the JSON of
/// `schema/annual-report.schema.json`.
#[napi]
pub fn annual_report(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<String> {
    run(|| {
        let (options, _warnings) = options::<SummaryCall>(options_json.as_deref())?;
        let p = AnnualReportCall { options }.prepare(&rates(table))?;
        let doc = view(&doc);
        to_json(&p.report(&pledges(doc, p.format())?)?)
    })
}

/// The six flat tables of pledges (a JSON array or JSON Lines) with the options of the core's
/// `TablesCall`: `{ tables, warnings }`, `tables` being `{ "TABLE": [ { column: text | null, … },
/// … ], … }` by the tables' names, each row the core's `Table::record` (the rows of
/// `p2c export --format json`); `index.js` raises the warnings and returns the tables.
#[napi]
pub fn tables(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<String> {
    run(|| tables_json(view(&doc), options_json, &rates(table)))
}

/// The answer of `tables`.
pub(crate) fn tables_json(
    doc: Doc<'_>,
    options_json: Option<String>,
    rates: &Rates,
) -> p2c_core::Result<String> {
    let (c, warnings) = options::<TablesCall>(options_json.as_deref())?;
    let p = c.prepare(rates)?;
    let tables = p.build(&pledges(doc, c.format)?)?;
    let all: serde_json::Map<String, serde_json::Value> = tables
        .all()
        .into_iter()
        .map(|t| (t.name.clone(), serde_json::Value::Array(t.records())))
        .collect();
    to_json(&serde_json::json!({ "tables": all, "warnings": warnings }))
}
