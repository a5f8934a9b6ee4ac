//! Validation: reports, update checks, review-state transitions, the strong-pledge assessment.

use napi::bindgen_prelude::Either;
use napi_derive::napi;
use p2c_core::taxonomy::ReviewState;
use p2c_core::validate::{self, ValidateOptions};

use crate::{core, guard, options, pledge, to_json, Document};

/// Validate a pledge (or, with `batch`, a JSON array of pledges) given as JSON text or UTF-8
/// bytes. Never throws for a bad document: every problem is an issue of the report.
#[napi]
pub fn validate(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> napi::Result<String> {
    guard(|| {
        let o: ValidateOptions = options("validation options", options_json)?;
        let report = match (&doc, batch) {
            (Either::A(text), false) => validate::validate_str(text, &o),
            (Either::A(text), true) => validate::validate_batch_str(text, &o),
            (Either::B(bytes), false) => validate::validate_bytes(bytes, &o),
            (Either::B(bytes), true) => validate::validate_batch_bytes(bytes, &o),
        };
        to_json(&report)
    })
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
