//! Calls: every operation of the bindings and the command line, defined once.
//!
//! Each operation has one call type, a serde struct holding every option any caller can give
//! (`ValidateCall`, `SummaryCall`, `ConvertCall`, …), and one answer. The Python and Node
//! bindings and the CLI convert their arguments into a call (JSON keys, `camelCase`), let it
//! be checked and prepared here, run it, and convert the answer back: a binding adds no option
//! and no rule of its own. This follows cedar's `ffi` module, whose call and answer types live
//! in the core while its Wasm package only re-exports them.
//!
//! ```
//! use p2c_core::call::{self, ValidateCall};
//!
//! let (call, warnings) = call::from_json::<ValidateCall>(r#"{"asOf": "2026-01-01", "lang": "fr"}"#)?;
//! assert!(warnings.is_empty());
//! let prepared = call.prepare()?;
//! let answer = prepared.validate_str(r#"{"formatVersion": "1.0", "id": "P1", "titel": "x"}"#);
//! assert!(!answer.report.valid);
//! assert!(answer.report.issues.iter().any(|i| i.message.contains("vouliez-vous dire")));
//!
//! // A misspelled option is an error that says what was meant.
//! let err = call::from_json::<ValidateCall>(r#"{"limits": {"max_bytes": 10}}"#).unwrap_err();
//! assert_eq!(err.code(), "invalid_argument");
//! assert_eq!(err.to_json()["suggestion"], "maxBytes");
//! # Ok::<(), p2c_core::Error>(())
//! ```
//!
//! # Parsed once
//!
//! [`from_json`], [`from_slice`] and [`from_value`] read a call and refuse what they do not
//! know: an unknown option is [`Error::InvalidArgument`] with the option's JSON Pointer and
//! the closest known name (`max_bytes` → `maxBytes`); a value of the wrong type or form (a
//! floating-point amount, `"abc"` as an amount, a date that is not `YYYY-MM-DD`) is the same
//! error, `invalid_argument`. Each call type then has a `prepare` method that checks every code
//! it names and builds the core's options once: a prepared call can be kept and run many times
//! (the bindings keep the last one, so a caller who passes the same options on every call
//! pays for reading them once).
//!
//! # Codes in options
//!
//! Every code in an option is checked: an unknown currency, country, ITU-D region, country
//! group, codelist value or issue code is [`Error::UnknownOption`] (`unknown_code`) naming it,
//! with its pointer and, when one is close, a suggestion. Codes are matched
//! case-insensitively, and by their English label or name where that is unambiguous:
//! `"gha"` and `"Ghana"` are `GHA`, `"Africa"` is `AFR`, `"euro"` is `EUR`, `"Access"` is
//! `access`. So an option can never select nothing without a word.
//!
//! # One naming convention
//!
//! Keys are `camelCase` (as in every p2c document); **values are `snake_case`** (as the codes of
//! every codelist already are): `"equal_split"`, `"primary_only"`, `"half_up"`,
//! `{"kind": "on_or_before", "maxDays": 7}`, `"annual_average"`. The camelCase values of
//! version 0.1 (`"halfUp"`, `"onOrBefore"`, `"exactDate"`, `"annualAverage"`, and the policy
//! shorthand `"onOrBefore:7"`) are still accepted for one release: the answer then carries a
//! [`Warning`] with code `deprecated_spelling`, the pointer and the new spelling. Python keyword
//! names are the snake_case forms of the keys (`as_of`, `max_bytes`); that is the binding's
//! conversion, not another option.
//!
//! # Errors, one code per kind of mistake
//!
//! | mistake | code |
//! |---|---|
//! | an unknown option, a value of the wrong type or form | `invalid_argument` |
//! | an unknown code in an option | `unknown_code` |
//! | a document (pledge, pledge list, rate file) that cannot be read | `parse_error` (`invalid_rate_file`) |
//! | anything else a call cannot do | the core error's own code |
//!
//! Validation never fails for a bad document: that is what issues are for.
//!
//! # The as-of date
//!
//! One rule for every call: without `asOf`, a call is computed **as of today's UTC date**
//! ([`today`]), and every answer states the date it used (`asOf` of a summary, a profile; the
//! `validatedAsOf` of an HTML report), so that passing it again reproduces the answer on any
//! later day. A pledge left out of a summary is always listed with its reason
//! ([`crate::aggregate::Summary::excluded`]); an amount valued after the last day of the rate
//! table's daily rates is converted with the policy's fallback, and the conversion says how far
//! past the table's end it was ([`crate::money::Conversion::beyond_rates`]), or, when no rate
//! applies, is listed as unconverted.
//!
//! # Languages
//!
//! Every call that returns labels or messages takes `lang` (a [`LangTag`]): an unknown tag
//! gives English and a `unknown_language` warning, never an error.

mod annual;
mod compare;
mod convert;
mod migrate;
mod misc;
mod options;
mod parse;
mod rates;
mod resolve;
mod sheets;
mod summary;
mod validate;

use std::panic::{catch_unwind, AssertUnwindSafe};

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use crate::i18n::LangTag;
use crate::{Error, Result};
pub use annual::{AnnualReportCall, PreparedAnnualReport};
pub use compare::{compare_str, compare_values, read_summary};
pub use convert::{ConvertAnswer, ConvertCall};
pub use migrate::{MigrateAnswer, MigrateCall};
pub use misc::{AssessCall, CodelistsCall, InputFormat, IssueCodesCall, ParseCall};
pub use options::{FiltersCall, GoalCall, PolicyCall, SeverityOverride};
pub use rates::Rates;
pub use resolve::{country, currency, region};
pub use sheets::{
    PreparedSheetImport, SheetExportCall, SheetFile, SheetFormat, SheetImportAnswer,
    SheetImportCall,
};
pub use summary::{Input, PreparedSummary, PreparedTables, ProfileCall, SummaryCall, TablesCall};
pub use validate::{report_from_json, PreparedValidate, ValidateAnswer, ValidateCall};

/// Something the caller should know about a call that still ran: a deprecated spelling, an
/// unknown language. Every answer lists them (`warnings`); the bindings also raise them as
/// their language's warnings (Python `DeprecationWarning`/`UserWarning`, Node
/// `process.emitWarning`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// `deprecated_spelling` or `unknown_language`.
    pub code: String,
    /// What happened and what to write instead.
    pub message: String,
    /// Where in the call's options (RFC 6901 JSON Pointer).
    pub pointer: String,
    /// The spelling to use instead, for `deprecated_spelling`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replacement: Option<String>,
}

impl Warning {
    /// The warning for an unknown language tag at `pointer`.
    pub(crate) fn language(warning: &crate::i18n::LangWarning, pointer: &str) -> Warning {
        Warning {
            code: "unknown_language".into(),
            message: warning.to_string(),
            pointer: pointer.into(),
            replacement: Some("en".into()),
        }
    }
}

/// Read a call from JSON text: the call and the warnings its spellings earned (see the module
/// docs for the errors).
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<(T, Vec<Warning>)> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let mut message = e.to_string();
        if let Some(i) = message.rfind(" at line ") {
            message.truncate(i);
        }
        Error::InvalidArgument {
            pointer: String::new(),
            message: format!("the options are not well-formed JSON: {message}"),
            suggestion: None,
        }
    })?;
    from_value(value)
}

/// [`from_json`] from UTF-8 bytes.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<(T, Vec<Warning>)> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidArgument {
        pointer: String::new(),
        message: format!(
            "the options are not valid UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        ),
        suggestion: None,
    })?;
    from_json(text)
}

/// Read a call from a JSON value (the bindings build one from their language's objects).
pub fn from_value<T: DeserializeOwned>(mut value: serde_json::Value) -> Result<(T, Vec<Warning>)> {
    let warnings = parse::modernize(&mut value);
    let call = parse::deserialize(&value)?;
    Ok((call, warnings))
}

/// Today's UTC date by the system clock: the as-of date of every call that is given none (see
/// the module docs).
pub fn today() -> NaiveDate {
    crate::validate::today_utc()
}

/// Run `f`, turning a panic into [`Error::Internal`], so that no panic ever crosses into
/// Python or Node (napi-rs would abort the process). The one panic guard of p2c: the bindings,
/// the CLI and the spreadsheet reader (around calamine) all use it.
pub fn guard<T>(f: impl FnOnce() -> T) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let detail = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        Error::Internal(detail)
    })
}

/// The JSON Schema of every call type, for `schema/calls.schema.json`.
pub fn calls_schema() -> serde_json::Value {
    #[derive(schemars::JsonSchema)]
    #[allow(dead_code)]
    struct Calls {
        validate: ValidateCall,
        convert: ConvertCall,
        summary: SummaryCall,
        profile: ProfileCall,
        annual_report: AnnualReportCall,
        tables: TablesCall,
        codelists: CodelistsCall,
        issue_codes: IssueCodesCall,
        assess: AssessCall,
        parse: ParseCall,
        migrate: MigrateCall,
        sheet_import: SheetImportCall,
        sheet_export: SheetExportCall,
        warning: Warning,
    }
    crate::schema::schema_for::<Calls>()
}

#[cfg(test)]
mod tests;
