//! The error type: a call that could not run.
//!
//! Findings about a document are *issues* (see the validation module), collected and never
//! thrown. An [`Error`] means the call itself could not produce a result.

/// Why a p2c call could not produce a result.
///
/// Every variant has a stable [`Error::code`] that the Python and Node bindings expose as
/// `.code`. Messages may improve; codes do not change meaning.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not well-formed JSON, or does not have the shape of the expected document.
    #[error("cannot parse {what} at `{pointer}`: {message}")]
    Parse {
        /// What was being parsed (`pledge`, `rate table`).
        what: &'static str,
        /// RFC 6901 JSON Pointer to the place where parsing failed (`""` for the document root).
        pointer: String,
        /// 1-based line of the failure in the input text, when known.
        line: Option<usize>,
        /// 1-based column of the failure in the input text, when known.
        column: Option<usize>,
        /// What went wrong.
        message: String,
    },
    /// A code is not in its codelist.
    #[error("unknown {codelist} `{code}`")]
    UnknownCode {
        /// The codelist's machine name.
        codelist: &'static str,
        /// The code that was given.
        code: String,
    },
    /// An input exceeded a configured limit (size, depth, length).
    #[error("input exceeds the {limit} limit of {max}: {actual}")]
    LimitExceeded {
        /// Which limit (`maxBytes`, `maxDepth`).
        limit: &'static str,
        /// The configured maximum.
        max: u64,
        /// The actual size, depth or length, or a lower bound on it.
        actual: u64,
    },
    /// A reading or writing of a file failed.
    #[error("cannot read `{path}`: {message}")]
    Io {
        /// The path involved.
        path: String,
        /// The operating system's explanation.
        message: String,
    },
    /// An arithmetic result does not fit in a decimal (about 7.9e28).
    #[error("arithmetic overflow in {operation}")]
    Overflow {
        /// What was being computed (`total value`, `conversion of EUR 1e28`).
        operation: String,
    },
    /// Two pledges in one input share an id, so relations between them cannot be resolved.
    #[error("duplicate pledge id `{id}`")]
    DuplicatePledgeId {
        /// The repeated id.
        id: String,
    },
    /// Pledges failed validation and the caller asked for invalid pledges to be rejected.
    #[error("{} pledges failed validation, first `{}`", ids.len(), ids.first().map(String::as_str).unwrap_or_default())]
    InvalidPledges {
        /// The ids of the pledges that failed, sorted.
        ids: Vec<String>,
    },
    /// No exchange rate could be found for a conversion under any of the policies tried.
    #[error("no `{currency}`→`{to}` rate for `{date}` (tried {})", policies_tried.join(", "))]
    RateNotFound {
        /// The currency being converted.
        currency: crate::model::CurrencyCode,
        /// The target currency.
        to: crate::model::CurrencyCode,
        /// The value date of the amount.
        date: chrono::NaiveDate,
        /// The policies tried, in order, by their labels (`on_or_before(maxDays=7)`).
        policies_tried: Vec<String>,
    },
    /// Two amounts in different currencies were combined.
    #[error("cannot combine `{left}` with `{right}` in {operation}")]
    CurrencyMismatch {
        /// The currency of the left operand.
        left: crate::model::CurrencyCode,
        /// The currency of the right operand.
        right: crate::model::CurrencyCode,
        /// The operation (`add`, `subtract`).
        operation: &'static str,
    },
    /// A currency was used on a date when it was no longer in use.
    #[error("currency `{currency}` was withdrawn on `{withdrawn_on}`, before `{date}`")]
    CurrencyWithdrawn {
        /// The withdrawn currency.
        currency: crate::model::CurrencyCode,
        /// The date it was used on.
        date: chrono::NaiveDate,
        /// The first day it was no longer in use.
        withdrawn_on: chrono::NaiveDate,
    },
    /// A rate file (CSV or JSON) has a bad row or value.
    #[error("invalid rate file at {}: {detail}", location(*line, pointer.as_deref()))]
    InvalidRateFile {
        /// 1-based line of the fault in the input text, when known.
        line: Option<usize>,
        /// RFC 6901 JSON Pointer to the fault (JSON files), when known.
        pointer: Option<String>,
        /// What kind of fault.
        problem: crate::money::RateFileProblem,
        /// What went wrong, naming the value or key at fault.
        detail: String,
    },
    /// A streaming summary met a relation naming a pledge it had already folded in; the
    /// pledge's id should have been announced before (see `aggregate::related_ids`).
    #[error("relation names pledge `{id}`, which was already counted; announce related ids first")]
    UnannouncedRelation {
        /// The id named by the relation.
        id: String,
    },
    /// A serialized partial summary cannot be read: truncated, damaged, altered, or not a
    /// partial summary at all. Nothing of it is used.
    #[error("invalid partial summary: {reason}")]
    InvalidPartial {
        /// What is wrong with it.
        reason: String,
    },
    /// Two partial summaries (or a partial and the options it is read with) were computed
    /// differently, so their figures cannot be merged: another p2c version, rate table,
    /// currency, as-of date or option.
    #[error("partial summaries differ in `{field}`: `{ours}` and `{theirs}`")]
    PartialMismatch {
        /// The option that differs (`asOf`, `currency`, `rates`, `p2cVersion`, …).
        field: String,
        /// Its value on this side (the options given, or the partial merged into).
        ours: String,
        /// Its value in the other partial.
        theirs: String,
    },
    /// Two summaries cannot be compared because they were computed differently (another
    /// currency, attribution, region mode or rate table): a change between them would mean
    /// nothing.
    #[error(
        "summaries differ in `{field}`: `{a}` and `{b}`; compare summaries computed the same way"
    )]
    SummaryMismatch {
        /// What differs (`currency`, `attribution`, `regionMode`, `rates.tableId`,
        /// `rates.policy`, `rates.sources`).
        field: String,
        /// Its value in summary `a`.
        a: String,
        /// Its value in summary `b`.
        b: String,
    },
    /// A document cannot be written in the spreadsheet layout: a field the layout does not
    /// have, a value of the wrong shape for its column, or a text longer than a spreadsheet
    /// cell holds.
    #[error("cannot export `{pointer}`: {message}")]
    Export {
        /// RFC 6901 JSON Pointer to the value (`/3/title`, the index being the document's).
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// An argument or option of a call is malformed: an unknown option name, a value of the
    /// wrong type or form (a floating-point amount, a date that is not `YYYY-MM-DD`).
    #[error("invalid argument{}: {message}{}", at(pointer), did_you_mean(suggestion.as_deref()))]
    InvalidArgument {
        /// RFC 6901 JSON Pointer into the call's options (`/limits/maxBytes`, `/amount`).
        pointer: String,
        /// What is wrong, naming the value.
        message: String,
        /// The closest valid name, when one is close to what was given.
        suggestion: Option<String>,
    },
    /// A code given in a call's argument or option is not in its list: a currency, country,
    /// region, country group, codelist value, issue code or option value.
    #[error("unknown {codelist} `{code}`{}{}", at(pointer), did_you_mean(suggestion.as_deref()))]
    UnknownOption {
        /// What kind of code (`currency`, `country`, `ituRegion`, `rounding`, `issue code`).
        codelist: String,
        /// The code as given.
        code: String,
        /// RFC 6901 JSON Pointer into the call's options (`/filters/countries/0`).
        pointer: String,
        /// The closest valid code, when one is close to what was given.
        suggestion: Option<String>,
    },
    /// A document follows a format version the call does not read (a 1.1 document given to a
    /// reader that expects 1.0, or a version this library does not know).
    #[error("the {what} is format `{found}`; expected {}", expected.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(" or "))]
    UnsupportedVersion {
        /// What was being read (`pledge`).
        what: &'static str,
        /// The version the document declares (as written; empty when it declares none).
        found: String,
        /// The versions the call reads.
        expected: Vec<&'static str>,
    },
    /// An internal invariant did not hold. This is a bug in p2c; please report it.
    #[error("internal error: {0}")]
    Internal(String),
}

/// ` at `/pointer`` or nothing for the root.
fn at(pointer: &str) -> String {
    if pointer.is_empty() {
        String::new()
    } else {
        format!(" at `{pointer}`")
    }
}

/// `; did you mean `x`?` or nothing.
fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!("; did you mean `{s}`?"))
}

impl Error {
    /// The stable machine code of this error (`parse_error`, `overflow`, …).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Parse { .. } => "parse_error",
            Error::UnknownCode { .. } | Error::UnknownOption { .. } => "unknown_code",
            Error::InvalidArgument { .. } => "invalid_argument",
            Error::LimitExceeded { .. } => "limit_exceeded",
            Error::Io { .. } => "io_error",
            Error::Overflow { .. } => "overflow",
            Error::DuplicatePledgeId { .. } => "duplicate_pledge_id",
            Error::InvalidPledges { .. } => "invalid_pledges",
            Error::RateNotFound { .. } => "rate_not_found",
            Error::CurrencyMismatch { .. } => "currency_mismatch",
            Error::CurrencyWithdrawn { .. } => "currency_withdrawn",
            Error::InvalidRateFile { .. } => "invalid_rate_file",
            Error::UnannouncedRelation { .. } => "unannounced_relation",
            Error::InvalidPartial { .. } => "invalid_partial",
            Error::PartialMismatch { .. } => "partial_mismatch",
            Error::SummaryMismatch { .. } => "summary_mismatch",
            Error::Export { .. } => "export_error",
            Error::UnsupportedVersion { .. } => "unsupported_version",
            Error::Internal(_) => "internal_error",
        }
    }

    /// The error as structured data: `{ code, message, ...fields }`, for the bindings.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({ "code": self.code(), "message": self.to_string() });
        if let (
            Some(obj),
            Error::Parse {
                pointer,
                line,
                column,
                ..
            },
        ) = (v.as_object_mut(), self)
        {
            obj.insert("pointer".into(), pointer.clone().into());
            obj.insert(
                "line".into(),
                serde_json::to_value(line).unwrap_or_default(),
            );
            obj.insert(
                "column".into(),
                serde_json::to_value(column).unwrap_or_default(),
            );
        }
        if let (Some(obj), Error::Export { pointer, .. }) = (v.as_object_mut(), self) {
            obj.insert("pointer".into(), pointer.clone().into());
        }
        if let (
            Some(obj),
            Error::RateNotFound {
                currency,
                to,
                date,
                policies_tried,
            },
        ) = (v.as_object_mut(), self)
        {
            obj.insert("currency".into(), currency.as_str().into());
            obj.insert("to".into(), to.as_str().into());
            obj.insert("date".into(), date.to_string().into());
            obj.insert("policiesTried".into(), policies_tried.clone().into());
        }
        if let (
            Some(obj),
            Error::InvalidRateFile {
                line,
                pointer,
                problem,
                ..
            },
        ) = (v.as_object_mut(), self)
        {
            obj.insert(
                "line".into(),
                serde_json::to_value(line).unwrap_or_default(),
            );
            obj.insert(
                "pointer".into(),
                serde_json::to_value(pointer).unwrap_or_default(),
            );
            obj.insert("problem".into(), problem.as_str().into());
        }
        if let (
            Some(obj),
            Error::PartialMismatch {
                field,
                ours,
                theirs,
            },
        ) = (v.as_object_mut(), self)
        {
            obj.insert("field".into(), field.as_str().into());
            obj.insert("ours".into(), ours.as_str().into());
            obj.insert("theirs".into(), theirs.as_str().into());
        }
        if let (Some(obj), Error::SummaryMismatch { field, a, b }) = (v.as_object_mut(), self) {
            obj.insert("field".into(), field.as_str().into());
            obj.insert("a".into(), a.as_str().into());
            obj.insert("b".into(), b.as_str().into());
        }
        if let (
            Some(obj),
            Error::InvalidArgument {
                pointer,
                suggestion,
                ..
            },
        ) = (v.as_object_mut(), self)
        {
            obj.insert("pointer".into(), pointer.as_str().into());
            obj.insert(
                "suggestion".into(),
                serde_json::to_value(suggestion).unwrap_or_default(),
            );
        }
        if let (Some(obj), Error::UnknownCode { codelist, code }) = (v.as_object_mut(), self) {
            obj.insert("codelist".into(), (*codelist).into());
            obj.insert("value".into(), code.as_str().into());
        }
        if let (
            Some(obj),
            Error::UnknownOption {
                codelist,
                code,
                pointer,
                suggestion,
            },
        ) = (v.as_object_mut(), self)
        {
            obj.insert("codelist".into(), codelist.as_str().into());
            obj.insert("value".into(), code.as_str().into());
            obj.insert("pointer".into(), pointer.as_str().into());
            obj.insert(
                "suggestion".into(),
                serde_json::to_value(suggestion).unwrap_or_default(),
            );
        }
        if let (
            Some(obj),
            Error::UnsupportedVersion {
                found, expected, ..
            },
        ) = (v.as_object_mut(), self)
        {
            obj.insert("found".into(), found.clone().into());
            obj.insert("expected".into(), expected.clone().into());
        }
        v
    }
}

/// `line 12` or `/rates/3/rate`, for messages.
fn location(line: Option<usize>, pointer: Option<&str>) -> String {
    match (line, pointer) {
        (Some(l), _) => format!("line {l}"),
        (None, Some(p)) => format!("`{p}`"),
        (None, None) => "an unknown place".to_owned(),
    }
}

/// Shorthand for results of p2c calls.
pub type Result<T, E = Error> = std::result::Result<T, E>;
