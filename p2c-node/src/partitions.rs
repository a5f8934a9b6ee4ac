//! The file route and summaries made of partitions: a summary straight from a file (no
//! pledge object per record, on the call's `threads`), and partial summaries that merge into
//! the summary of one pass (the core's `PreparedSummary::related_ids`, `partial` and
//! `merge_partials`). Paths and data come through separate exports: a string is never read as
//! a path by a call that takes data, nor the other way round.

use napi::bindgen_prelude::{AsyncTask, Buffer, Uint8Array};
use napi_derive::napi;
use p2c_core::call::{Input, PreparedSummary, Rates, SummaryCall};

use crate::money::{rates, RateTable};
use crate::tasks::Job;
use crate::{options, run, to_json};

/// The prepared summary call of an options text, its warnings included.
pub(crate) fn prepared(
    options_json: Option<&str>,
    rates: &Rates,
) -> p2c_core::Result<PreparedSummary> {
    let (c, warnings) = options::<SummaryCall>(options_json)?;
    let mut p = c.prepare(rates)?;
    p.warnings.splice(0..0, warnings);
    Ok(p)
}

/// The summary of a file, rendered as `how` says (`json`, `text`, `html`).
fn file_summary(
    path: &str,
    options_json: Option<&str>,
    rates: &Rates,
    how: &str,
) -> p2c_core::Result<String> {
    let p = prepared(options_json, rates)?;
    let summary = p.summarize_input(Input::Path(std::path::Path::new(path)))?;
    match how {
        "text" => Ok(p.text(&summary)),
        "html" => Ok(p.html(&summary)),
        _ => to_json(&summary),
    }
}

/// Summarize a file of pledges (a JSON array or JSON Lines) with the options of the core's
/// `SummaryCall` (`threads`, `format` included), rendered as `how` says.
#[napi]
pub fn summarize_file(
    path: String,
    options_json: Option<String>,
    table: Option<&RateTable>,
    #[napi(ts_arg_type = "'json' | 'text' | 'html'")] how: String,
) -> napi::Result<String> {
    run(|| file_summary(&path, options_json.as_deref(), &rates(table), &how))
}

/// `summarize_file` on the thread pool.
#[napi(ts_return_type = "Promise<string>")]
pub fn summarize_file_async(
    path: String,
    options_json: Option<String>,
    table: Option<&RateTable>,
    #[napi(ts_arg_type = "'json' | 'text' | 'html'")] how: String,
) -> AsyncTask<Job> {
    let rates = rates(table);
    Job::task(move || file_summary(&path, options_json.as_deref(), &rates, &how))
}

/// The ids relations name in one partition (the bytes of a JSON array or of whole JSON Lines),
/// sorted, as a JSON array.
#[napi]
pub fn related_ids(data: Uint8Array, options_json: Option<String>) -> napi::Result<String> {
    run(|| {
        let p = prepared(options_json.as_deref(), &Rates::default())?;
        to_json(&p.related_ids(Input::Bytes(&data))?)
    })
}

/// The partial summary of one partition, told the related ids of every partition.
#[napi]
pub fn partial_summary(
    data: Uint8Array,
    related: Vec<String>,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<Buffer> {
    run(|| {
        let p = prepared(options_json.as_deref(), &rates(table))?;
        Ok(p.partial(Input::Bytes(&data), &related)?.into())
    })
}

/// Merge partial summaries in order into the summary (`schema/summary.schema.json`).
#[napi]
pub fn merge_partials(
    partials: Vec<Uint8Array>,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<String> {
    run(|| {
        let p = prepared(options_json.as_deref(), &rates(table))?;
        let parts: Vec<&[u8]> = partials.iter().map(|b| &b[..]).collect();
        to_json(&p.merge_partials(&parts)?)
    })
}
