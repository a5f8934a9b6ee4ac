//! Validation: reports, update checks, review-state transitions, the strong-pledge assessment.

use napi::bindgen_prelude::Either;
use napi_derive::napi;
use p2c_core::taxonomy::ReviewState;
use p2c_core::validate::{self, ValidateOptions};

use crate::{core, guard, options, pledge, to_json, Document};

/// Validate a pledge (or, with `batch`, a JSON array of pledges) given as JSON text or UTF-8
/// bytes. Never throws for a bad document: every problem is an issue of the report.
///
/// Returns the report as JSON text, except the report with no issue at all (the common case
/// for good documents), which is the empty string: `index.js` builds `{ valid: true, issues:
/// [] }` for it, which saves serializing and `JSON.parse`-ing the same object on every call
/// (JSON text is never empty, so the empty string cannot be mistaken for a report).
#[napi]
pub fn validate(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> napi::Result<String> {
    guard(|| report_json(&doc, batch, options_json, true))
}

/// `validate` without the empty-string shortcut: always the report's JSON text (test hook, so
/// that the tests can compare what `index.js` builds with what the JSON would have given).
#[napi(js_name = "_validateJsonForTests")]
pub fn validate_json_for_tests(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> napi::Result<String> {
    guard(|| report_json(&doc, batch, options_json, false))
}

/// The validation report as JSON text; with `empty_shortcut`, `""` for a report with no issue.
fn report_json(
    doc: &Document,
    batch: bool,
    options_json: Option<String>,
    empty_shortcut: bool,
) -> napi::Result<String> {
    let o: ValidateOptions = options("validation options", options_json)?;
    let report = match (doc, batch) {
        (Either::A(text), false) => validate::validate_str(text, &o),
        (Either::A(text), true) => validate::validate_batch_str(text, &o),
        (Either::B(bytes), false) => validate::validate_bytes(bytes, &o),
        (Either::B(bytes), true) => validate::validate_batch_bytes(bytes, &o),
    };
    if empty_shortcut && report.valid && report.issues.is_empty() {
        return Ok(String::new());
    }
    to_json(&report)
}

/// Validate a change of a pledge: the new version's rules plus the review-state transition and
/// an unchanged id. Both versions must parse as pledges (otherwise `parse_error` is thrown).
#[napi]
pub fn validate_update(
    #[napi(ts_arg_type = "string | Uint8Array")] old: Document,
    #[napi(ts_arg_type = "string | Uint8Array")] updated: Document,
    options_json: Option<String>,
) -> napi::Result<String> {
    guard(|| {
        let o: ValidateOptions = options("validation options", options_json)?;
        let old = core(pledge(&old))?;
        let updated = core(pledge(&updated))?;
        to_json(&validate::validate_update(&old, &updated, &o))
    })
}

/// Whether a pledge may move from review state `from` to `to` (codes such as `draft`); an
/// unknown code throws `unknown_code`.
#[napi]
pub fn can_transition(from: String, to: String) -> napi::Result<bool> {
    guard(|| {
        let from: ReviewState = core(from.parse())?;
        let to: ReviewState = core(to.parse())?;
        Ok(validate::can_transition(from, to))
    })
}

/// The coalition's five strong-pledge criteria for a pledge, each met or not, with the reason.
#[napi]
pub fn assess(#[napi(ts_arg_type = "string | Uint8Array")] doc: Document) -> napi::Result<String> {
    guard(|| to_json(&validate::assess(&core(pledge(&doc))?)))
}

/// The issue-code catalogue: `{ code, severity, title, guidance }` for every code.
#[napi]
pub fn issue_codes() -> napi::Result<String> {
    guard(|| to_json(&validate::issue_codes()))
}
