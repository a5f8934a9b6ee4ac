//! Dashboards: summaries, country profiles and their text rendering.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use napi_derive::napi;
use p2c_core::aggregate::{
    self, Attribution, Filters, InvalidPolicy, RegionMode, SummaryOptions, TableConverter,
};
use p2c_core::model::{CountryCode, CurrencyCode, MoneyAmount};
use p2c_core::money::{ConversionPolicy, RoundingStrategy};
use serde::Deserialize;

use crate::money::RateTable;
use crate::{core, guard, invalid_argument, options, pledges, to_json, Document};

/// The JSON form of [`SummaryOptions`]: every field optional, defaults as in the core
/// ([`SummaryOptions::new`]); the rate table travels as a separate argument.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
struct SummaryOptionsJson {
    as_of: Option<NaiveDate>,
    currency: Option<CurrencyCode>,
    policy: Option<ConversionPolicy>,
    rounding: Option<RoundingStrategy>,
    attribution: Option<Attribution>,
    region_mode: Option<RegionMode>,
    filters: Option<Filters>,
    invalid: Option<InvalidPolicy>,
    validate: Option<bool>,
    invalid_pledges: BTreeMap<String, Vec<String>>,
    report_interval_days: Option<u32>,
    goal: Option<MoneyAmount>,
    top: Option<usize>,
}

/// Build the core options from their JSON form and the table (default: embedded).
fn summary_options(
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<SummaryOptions> {
    let o: SummaryOptionsJson = options("summary options", options_json)?;
    let mut converter = table.map_or_else(TableConverter::embedded, RateTable::converter);
    if let Some(policy) = o.policy {
        converter = converter.with_policy(policy);
    }
    if let Some(rounding) = o.rounding {
        converter = converter.with_rounding(rounding);
    }
    // Today's UTC date by the same clock as validation's default.
    // As in `p2c dashboard` and Python: the last day of the embedded daily rates.
    let as_of = o.as_of.unwrap_or_else(aggregate::default_as_of);
    let mut s = SummaryOptions::new(as_of, Arc::new(converter));
    macro_rules! set {
        ($($field:ident),*) => { $( if let Some(v) = o.$field { s.$field = v; } )* };
    }
    set!(
        currency,
        attribution,
        region_mode,
        filters,
        invalid,
        validate,
        report_interval_days,
        goal,
        top
    );
    s.invalid_pledges = o.invalid_pledges.into_iter().collect();
    Ok(s)
}

/// Summarize pledges (a JSON array as text or bytes): the JSON of `schema/summary.schema.json`.
#[napi]
pub fn summarize(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<String> {
    guard(|| {
        let opts = summary_options(options_json, table)?;
        let list = core(pledges(&doc))?;
        to_json(&core(aggregate::summarize(&list, &opts))?)
    })
}

/// The text dashboard of a summary of pledges (a JSON array as text or bytes).
#[napi]
pub fn render_dashboard(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<String> {
    guard(|| {
        let opts = summary_options(options_json, table)?;
        let list = core(pledges(&doc))?;
        Ok(core(aggregate::summarize(&list, &opts))?.render_text())
    })
}

/// The profile of one country (ISO 3166-1 alpha-3) as of the options' date: the JSON of
/// `schema/country-profile.schema.json`.
#[napi]
pub fn country_profile(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    country: String,
    options_json: Option<String>,
    table: Option<&RateTable>,
) -> napi::Result<String> {
    guard(|| {
        let opts = summary_options(options_json, table)?;
        let code = CountryCode::new(&country).ok_or_else(|| {
            invalid_argument(
                &format!("`{country}` is not an ISO 3166-1 alpha-3 country code"),
                "",
            )
        })?;
        let list = core(pledges(&doc))?;
        let profile = core(aggregate::country_profile(&list, code, opts.as_of, &opts))?;
        to_json(&profile)
    })
}
