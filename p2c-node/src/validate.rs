//! Validation: reports, update checks, files of any size, review-state transitions, the
//! strong-pledge assessment.

use std::cell::RefCell;
use std::rc::Rc;

use napi_derive::napi;
use p2c_core::call::{self, PreparedValidate, ValidateCall};
use p2c_core::taxonomy::ReviewState;
use p2c_core::validate;

use crate::{options, pledge, run, to_json, view, Doc, Document};

thread_local! {
    /// The last options text and its prepared call: a server passes the same options on every
    /// request, and pays for reading them once.
    static LAST: RefCell<Option<(Option<String>, Rc<PreparedValidate>)>> = const { RefCell::new(None) };
}

/// The prepared call of an options text (from the cache when it is the last one's).
fn prepared(text: Option<String>) -> p2c_core::Result<Rc<PreparedValidate>> {
    if let Some(hit) = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(key, _)| *key == text)
            .map(|(_, p)| Rc::clone(p))
    }) {
        return Ok(hit);
    }
    let p = Rc::new(prepare(text.as_deref())?);
    LAST.set(Some((text, Rc::clone(&p))));
    Ok(p)
}

/// Read, check and prepare an options text (absent: the defaults), with the warnings it earned.
fn prepare(text: Option<&str>) -> p2c_core::Result<PreparedValidate> {
    let (c, warnings) = options::<ValidateCall>(text)?;
    let mut p = c.prepare()?;
    p.warnings.splice(0..0, warnings);
    Ok(p)
}

/// A validation call whose options were read, checked and prepared once (`validator(options)`
/// in `index.js`, as ajv's `compile`): each call then costs what a call without options does,
/// whatever the options, and a mistake in them throws when the validator is made.
#[napi(js_name = "NativeValidator")]
pub struct Validator {
    prepared: PreparedValidate,
}

#[napi]
impl Validator {
    /// The validator of an options text (`ValidateCall`; absent: the defaults). Throws
    /// `invalid_argument` (or `unknown_code`…) for options `validate` would refuse.
    #[napi(factory)]
    pub fn create(options_json: Option<String>) -> napi::Result<Validator> {
        run(|| {
            Ok(Validator {
                prepared: prepare(options_json.as_deref())?,
            })
        })
    }

    /// `validate` with this validator's options (the same answer, `''` included).
    #[napi]
    pub fn validate(
        &self,
        #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
        batch: bool,
    ) -> napi::Result<String> {
        run(|| answer_with(&self.prepared, view(&doc), batch, true).map(|(_, text)| text))
    }
}

/// Validate a pledge (or, with `batch`, a list of pledges) given as JSON text or UTF-8 bytes,
/// with the options of the core's `ValidateCall`. Never throws for a bad document.
///
/// Returns the answer as JSON text, except the answer with no issue and no warning at all (the
/// common case for good documents), which is the empty string: `index.js` builds
/// `{ valid: true, issues: [] }` for it, which saves serializing and parsing the same object
/// on every call (JSON text is never empty, so it cannot be mistaken for a report).
#[napi]
pub fn validate(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| answer_json(view(&doc), batch, options_json, true))
}

/// `validate` without the empty-string shortcut (test hook, so that the tests can compare what
/// `index.js` builds with what the JSON would have given).
#[napi(js_name = "_validateJsonForTests")]
pub fn validate_json_for_tests(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| answer_json(view(&doc), batch, options_json, false))
}

/// The answer of `validate` as JSON text (`''` for a plain valid answer when `empty_shortcut`).
pub(crate) fn answer_json(
    doc: Doc<'_>,
    batch: bool,
    options_json: Option<String>,
    empty_shortcut: bool,
) -> p2c_core::Result<String> {
    answer(doc, batch, options_json, empty_shortcut).map(|(_, text)| text)
}

/// Whether the document is valid, and the answer of `validate` as JSON text (`''` for a plain
/// valid answer when `empty_shortcut`).
pub(crate) fn answer(
    doc: Doc<'_>,
    batch: bool,
    options_json: Option<String>,
    empty_shortcut: bool,
) -> p2c_core::Result<(bool, String)> {
    answer_with(&*prepared(options_json)?, doc, batch, empty_shortcut)
}

/// [`answer`] with a prepared call.
fn answer_with(
    p: &PreparedValidate,
    doc: Doc<'_>,
    batch: bool,
    empty_shortcut: bool,
) -> p2c_core::Result<(bool, String)> {
    let report = match (doc, batch || p.batch) {
        (Doc::Text(text), false) => validate::validate_str(text, &p.options),
        (Doc::Text(text), true) => validate::validate_batch_str(text, &p.options),
        (Doc::Bytes(bytes), false) => validate::validate_bytes(bytes, &p.options),
        (Doc::Bytes(bytes), true) => validate::validate_batch_bytes(bytes, &p.options),
    };
    if empty_shortcut && p.is_plain() && report.issues.is_empty() {
        return Ok((true, String::new()));
    }
    let answer = p.answer(report);
    // The same shortcut when the options left nothing to say (every issue switched off, a
    // language but no issue): JSON text is never empty, so `''` cannot be mistaken for it.
    if empty_shortcut && answer.report.issues.is_empty() && answer.warnings.is_empty() {
        return Ok((true, String::new()));
    }
    Ok((answer.report.valid, to_json(&answer)?))
}

/// Validate a file of pledges of any size, streaming (a JSON array, JSON Lines or one
/// pledge; options: `ValidateCall`, with `format`). Throws only when the file cannot be read.
#[napi]
pub fn validate_file(path: String, options_json: Option<String>) -> napi::Result<String> {
    run(|| file_json(&path, options_json))
}

/// The answer of `validate_file` as JSON text.
pub(crate) fn file_json(path: &str, options_json: Option<String>) -> p2c_core::Result<String> {
    to_json(&prepared(options_json)?.validate_path(path)?)
}

/// The validation report of a pledge (or a list, with `batch`) as a self-contained HTML page.
#[napi]
pub fn render_report_html(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    batch: bool,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| report_html(view(&doc), batch, options_json))
}

/// The page of `render_report_html`.
pub(crate) fn report_html(
    doc: Doc<'_>,
    batch: bool,
    options_json: Option<String>,
) -> p2c_core::Result<String> {
    let p = prepared(options_json)?;
    Ok(match doc {
        Doc::Text(text) => p.html_str(text, batch || p.batch),
        Doc::Bytes(bytes) => p.html_bytes(bytes, batch || p.batch),
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
    run(|| update_json(view(&old), view(&updated), options_json))
}

/// The answer of `validate_update` as JSON text (shared by the synchronous and asynchronous
/// exports).
pub(crate) fn update_json(
    old: Doc<'_>,
    updated: Doc<'_>,
    options_json: Option<String>,
) -> p2c_core::Result<String> {
    let p = prepared(options_json)?;
    to_json(&p.validate_update(&pledge(old)?, &pledge(updated)?))
}

/// Whether a pledge may move from review state `from` to `to` (codes such as `draft`); an
/// unknown code throws `unknown_code`.
#[napi]
pub fn can_transition(from: String, to: String) -> napi::Result<bool> {
    run(|| {
        let from: ReviewState = from.parse()?;
        let to: ReviewState = to.parse()?;
        Ok(validate::can_transition(from, to))
    })
}

/// The coalition's five strong-pledge criteria for a pledge, each met or not, with the reason.
#[napi]
pub fn assess(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| {
        options::<call::AssessCall>(options_json.as_deref())?;
        to_json(&validate::assess(&pledge(view(&doc))?))
    })
}
