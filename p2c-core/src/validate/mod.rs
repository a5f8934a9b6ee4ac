//! Validation: every problem in a pledge document at once, each with a stable code, a severity,
//! an RFC 6901 JSON Pointer, a message and structured params.
//!
//! ```
//! use p2c_core::validate::{validate_str, ValidateOptions};
//!
//! let report = validate_str(r#"{"formatVersion": "1.0", "id": "P1", "titel": "x"}"#,
//!                           &ValidateOptions::default());
//! assert!(!report.valid);
//! let typo = report.issues.iter().find(|i| i.code == "structure.unknown_field").unwrap();
//! assert_eq!(typo.path, "/titel");
//! assert_eq!(typo.params["suggestion"], "title");
//! // the misspelled field suppresses the "missing title" issue
//! assert!(!report.issues.iter().any(|i| i.code == "structure.missing_field" && i.path == "/title"));
//! ```
//!
//! # How it works
//!
//! One pass: a hand-written walker follows the JSON value along the shape of the pledge model,
//! reporting structural problems (wrong types, missing and unknown fields, unknown codes,
//! malformed codes, dates, timestamps and amounts) and building a partial typed pledge from what
//! parsed. The semantic rules (`rules/<group>.rs`) then run on that partial pledge, skipping any
//! check whose inputs did not parse, so one problem is reported once. [`validate_pledge`] runs
//! the same rules on an already typed [`Pledge`].
//!
//! The walker reuses the model's own parsers ([`PartialDate::parse`](crate::model::PartialDate),
//! [`parse_decimal`](crate::model::decimal::parse_decimal), [`Codelist::from_code`](crate::taxonomy::Codelist),
//! [`CountryCode::new`](crate::model::CountryCode)), and agrees with the generated JSON Schema
//! (`schema/pledge.schema.json`): the same required fields, types and patterns. Nullable
//! optional fields accept `null` as the schema does.
//!
//! An unknown field gets a "did you mean" suggestion (`params.suggestion`) when an absent
//! allowed field of the same object is close to it (same letters ignoring case and `_`/`-`, or
//! an optimal-string-alignment edit distance of at most 2 and at most a third of the length);
//! a missing required field that was suggested is not reported again as missing.
//!
//! Input that cannot be read (malformed JSON, invalid UTF-8) or that exceeds a [`Limits`] value
//! gives a report with exactly one issue (`input.*`); nothing panics and nothing returns `Err`.
//!
//! # Decisions
//!
//! - **A pillar whose focus area is not declared** is an *error*
//!   (`taxonomy.pillar_outside_focus_areas`), not silently derived: the two lists contradict
//!   each other, and a breakdown by focus area would disagree with one by pillar. The missing
//!   focus area is in `params.focusArea`, so a form can offer the one-click fix.
//! - **`published` without `validatedAt`** is a *warning*
//!   (`lifecycle.published_without_validation`): records imported from the public dashboards
//!   often lack the timestamp, and the pledge is still public.
//! - **Values as of when**: rules that compare with "now" (future report dates, "completed"
//!   before the end date, future timestamps) use [`ValidateOptions::as_of`], or today's UTC date
//!   from the system clock when it is `None`. Pass `as_of` for reproducible results.
//! - **Limits** ([`Limits`]) guard against hostile input; any limit exceeded gives the single
//!   issue for that limit. The batch array itself is not subject to `maxArrayLen`.
//! - **Redaction**: with [`ValidateOptions::redact_values`], messages and params carry no value
//!   taken from the input (field *names* are kept: they are part of the format).
//! - **Format versions**: both 1.0 and 1.1 documents are read. The walker reads `formatVersion`
//!   first; a field, a code or a partial value date newer than the declared version is
//!   `structure.requires_version` at its place (and not read further), naming the version it
//!   needs (see [`crate::model::version`]). The typed reader refuses the same documents.
//! - **Unknown**: `unknown` (a focus area, a stakeholder type: format 1.1) is what a source that
//!   says nothing gets; alone it is `taxonomy.value_unknown` (a warning, so dashboards show it
//!   as unknown, never as a guess), beside real values it is `taxonomy.unknown_beside_known`.
//! - **Money at submission**: an amount no embedded rate table can convert to USD at its value
//!   date (`VES` in 2024) is `money.no_rate_at_date`, a warning now rather than a missing figure
//!   in the dashboard later; codes that are not money (`XXX`, `XTS`, `XAU`, …) are errors.
//!
//! # Review-state transitions
//!
//! See [`can_transition`]. Staying in the same state (an edit) is always allowed.
//!
//! | from \ to      | draft | submitted | under_review | published | rejected | withdrawn |
//! |----------------|:-----:|:---------:|:------------:|:---------:|:--------:|:---------:|
//! | draft          |   ✓   |     ✓     |              |           |          |     ✓     |
//! | submitted      |   ✓   |     ✓     |      ✓       |           |          |     ✓     |
//! | under_review   |   ✓   |           |      ✓       |     ✓     |    ✓     |     ✓     |
//! | published      |       |           |      ✓       |     ✓     |          |     ✓     |
//! | rejected       |   ✓   |           |              |           |    ✓     |           |
//! | withdrawn      |       |           |              |           |          |     ✓     |
//!
//! `submitted → draft` is a pledger recalling a submission; `under_review → draft` is the
//! Secretariat returning a pledge for changes; `published → under_review` is a re-review after
//! an edit; `rejected → draft` lets a pledger revise and resubmit. `withdrawn` is final.

mod assess;
mod codes;
mod partial;
pub(crate) mod pointer;
pub(crate) mod rules;
mod stream;
mod walk;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::model::Pledge;
use crate::taxonomy::ReviewState;

use crate::json::{fast, tree, with_arena, Arena, Tree};
pub use assess::{
    assess, assess_as_of, Assessment, CriterionResult, CRITERIA, TRANSFORMATIONAL_PEOPLE,
};
pub use codes::{issue_code, issue_codes, Code, IssueCodeInfo};
pub(crate) use rules::batch::Entry as BatchEntry;
pub use rules::beneficiaries::WORLD_POPULATION;
pub use rules::lifecycle::{can_transition, check_transition};
pub use rules::money::IMPLAUSIBLE_UNITS;
pub use stream::{
    failing_pledges, pledge_index, validate_reader, validate_reader_with, SeenPledge, StreamFormat,
};
pub(crate) use walk::{suggest, Fields, RECORDS};

/// How serious an issue is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document is invalid: it must be fixed before it is published or counted.
    Error,
    /// Probably a mistake; the document is still valid.
    Warning,
    /// Worth knowing; not a mistake.
    Info,
}

impl Severity {
    /// The severity as the wire format writes it (`"error"`, `"warning"`, `"info"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One finding about a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Issue {
    /// The stable code from the catalogue ([`issue_codes`]), such as `structure.unknown_field`.
    pub code: &'static str,
    /// How serious the issue is (the catalogue's severity for the code).
    pub severity: Severity,
    /// RFC 6901 JSON Pointer to the value concerned (`""` is the whole document).
    pub path: String,
    /// A human explanation. Messages may improve between versions; match on `code`.
    pub message: String,
    /// Structured details (`field`, `suggestion`, `expected`, …), stable per code.
    pub params: Map<String, Value>,
}

impl Issue {
    /// The message in `lang`, rendered from the code and params by the message catalogue
    /// (English gives `message` itself). See [`crate::i18n`].
    pub fn message_in(&self, lang: crate::i18n::Lang) -> String {
        if lang == crate::i18n::Lang::En {
            return self.message.clone();
        }
        crate::i18n::Localizer::new(lang).issue_message(self)
    }
}

/// The result of a validation: every issue found, and whether none is an error.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// True when no issue has severity `error`.
    pub valid: bool,
    /// Every issue, structural ones first, then the semantic rules' in rule-group order.
    pub issues: Vec<Issue>,
}

impl Report {
    /// A report over these issues; `valid` is computed from their severities.
    pub fn from_issues(issues: Vec<Issue>) -> Report {
        let valid = !issues.iter().any(|i| i.severity == Severity::Error);
        Report { valid, issues }
    }

    /// The issues of one severity.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(move |i| i.severity == severity)
    }

    /// The same report with every message in `lang` (codes, severities, paths and params
    /// unchanged); English gives an identical copy.
    pub fn localized(&self, lang: crate::i18n::Lang) -> Report {
        let mut report = self.clone();
        if lang != crate::i18n::Lang::En {
            let loc = crate::i18n::Localizer::new(lang);
            for issue in &mut report.issues {
                issue.message = loc.issue_message(issue);
            }
        }
        report
    }

    /// The report as a JSON value (`{ valid, issues: [{ code, severity, path, message, params }] }`).
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// Size limits applied to input before and while it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Limits {
    /// Largest accepted JSON text, in bytes (default 8 MiB).
    pub max_bytes: usize,
    /// Deepest accepted nesting of arrays and objects; the document itself is depth 1
    /// (default 32; a pledge needs 5). serde_json also refuses text nested deeper than 128.
    pub max_depth: usize,
    /// Longest accepted array, in elements (default 10,000).
    pub max_array_len: usize,
    /// Longest accepted string, in bytes (default 1 MiB).
    pub max_string_len: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 8 * 1024 * 1024,
            max_depth: 32,
            max_array_len: 10_000,
            max_string_len: 1024 * 1024,
        }
    }
}

/// Options for a validation call.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ValidateOptions {
    /// The date "now" is taken to be for date rules; today's UTC date when `None`.
    pub as_of: Option<NaiveDate>,
    /// Keep values from the input out of messages and params (for logs).
    pub redact_values: bool,
    /// Size limits.
    pub limits: Limits,
    /// How many threads a batch or a file may be validated on (default: the cores
    /// available; a single document is always validated on the calling thread). The report
    /// is the same whatever the number.
    pub threads: crate::parallel::Threads,
}

impl ValidateOptions {
    /// The as-of date: the option, or today's UTC date from the system clock.
    pub fn as_of_date(&self) -> NaiveDate {
        self.as_of.unwrap_or_else(today_utc)
    }
}

/// Today's UTC date from the system clock, as chrono's calendar reads it; a clock before 1970
/// reads as 1970-01-01. Not `chrono::Utc::now()`: that panics on a clock before 1970, and no
/// panic may cross into Python or Node. Cached per thread for the day: the clock is read for
/// every validation, the calendar conversion only when the day changes (it was about 1 % of a
/// validation of a small document).
pub(crate) fn today_utc() -> NaiveDate {
    thread_local! {
        /// The last day converted on this thread, as (days since 1970-01-01, date).
        static TODAY: std::cell::Cell<(u64, NaiveDate)> =
            const { std::cell::Cell::new((u64::MAX, NaiveDate::MIN)) };
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = secs / 86_400;
    if let Ok((cached, date)) = TODAY.try_with(std::cell::Cell::get) {
        if cached == days {
            return date;
        }
    }
    let date = i64::try_from(secs)
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map_or(NaiveDate::MIN, |t| t.date_naive());
    let _ = TODAY.try_with(|today| today.set((days, date)));
    date
}

/// Collects issues; knows whether values must be redacted.
pub(crate) struct Sink {
    pub(crate) issues: Vec<Issue>,
    pub(crate) redact: bool,
}

impl Sink {
    pub(crate) fn new(opts: &ValidateOptions) -> Sink {
        Sink {
            issues: Vec::new(),
            redact: opts.redact_values,
        }
    }

    /// Record an issue.
    pub(crate) fn emit(&mut self, code: Code, path: String, message: String, params: Params) {
        let info = code.info();
        self.issues.push(Issue {
            code: info.code,
            severity: info.severity,
            path,
            message,
            params: params.map,
        });
    }

    /// A user value for a message: `` `value` `` or, when redacting, "the value".
    pub(crate) fn quote(&self, value: &str) -> String {
        if self.redact {
            "the value".to_owned()
        } else {
            format!("`{value}`")
        }
    }

    /// An empty params builder that honours redaction.
    pub(crate) fn params(&self) -> Params {
        Params {
            map: Map::new(),
            redact: self.redact,
        }
    }
}

/// Builds an issue's params.
pub(crate) struct Params {
    map: Map<String, Value>,
    redact: bool,
}

impl Params {
    /// Add a param that is not taken from the input.
    pub(crate) fn set(mut self, key: &str, value: impl Into<Value>) -> Params {
        self.map.insert(key.to_owned(), value.into());
        self
    }
    /// Add a param taken from the input (left out when redacting).
    pub(crate) fn user(mut self, key: &str, value: impl Into<Value>) -> Params {
        if !self.redact {
            self.map.insert(key.to_owned(), value.into());
        }
        self
    }
}

fn finish(sink: Sink) -> Report {
    Report::from_issues(sink.issues)
}

/// Validate one pledge given as JSON text.
pub fn validate_str(text: &str, opts: &ValidateOptions) -> Report {
    with_arena(|arena| {
        // Objects are read in the text's order and sorted only if the order could show.
        match walk::read_text(text, opts, true, false, arena) {
            Ok(read) if read.unsorted => in_key_order(&read.tree, opts, arena),
            Ok(read) => validate_json(&read.tree, opts),
            Err(issue) => Report::from_issues(vec![issue]),
        }
    })
}

/// Validate one pledge given as JSON bytes (UTF-8).
pub fn validate_bytes(bytes: &[u8], opts: &ValidateOptions) -> Report {
    match walk::utf8(bytes, opts) {
        Ok(text) => validate_str(text, opts),
        Err(issue) => Report::from_issues(vec![issue]),
    }
}

/// For tests and fuzzing, not an API: reads `text` with the fast JSON reader and with the
/// serde_json route, with no array limit and with arrays limited to `max_array_len`
/// elements. `None`: the fast reader gave up (the serde route decides, as always);
/// `Some(true)`: it built the tree the serde route builds; `Some(false)`: they disagree (a bug).
#[doc(hidden)]
pub fn fast_reader_check(text: &str, max_array_len: usize) -> Option<bool> {
    let limited = tree::ArrayLimit {
        max: max_array_len,
        from_depth: 1,
    };
    let mut outcome = None;
    for limit in [tree::ArrayLimit::NONE, limited] {
        let arena = Arena::new();
        let Some(fast) = fast::from_str(text, false, limit, &arena) else {
            continue;
        };
        // Read in the text's order, the same tree once sorted (and the reader says it kept an
        // object out of order exactly when it did).
        let any_order = fast::from_str(text, true, limit, &arena).map(|doc| {
            (
                doc.tree.sorted(&arena),
                doc.tree.has_unsorted() == doc.unsorted,
            )
        });
        let same = tree::from_str_serde(text, limit, &arena).is_ok_and(|slow| {
            slow == fast.tree && any_order.is_some_and(|(tree, flag)| flag && tree == fast.tree)
        });
        if !same {
            return Some(false);
        }
        outcome = Some(true);
    }
    outcome
}

/// Validate one pledge given as a parsed JSON value.
pub fn validate_value(value: &Value, opts: &ValidateOptions) -> Report {
    validate_json(value, opts)
}

/// Validate one pledge given as a [`Tree`] built by the caller (the report is the one
/// [`validate_value`] gives for the equal `serde_json::Value`).
pub fn validate_tree(tree: &Tree<'_>, opts: &ValidateOptions) -> Report {
    if tree.has_unsorted() {
        with_arena(|arena| in_key_order(tree, opts, arena))
    } else {
        validate_json(tree, opts)
    }
}

/// The report of one pledge, as if every object of the tree were in key order: a tree with
/// objects out of order ([`Tree::object_unordered`]) is validated as it is
/// ([`validate_any_order`]), and again as a sorted copy (in `arena`) only when the walker
/// finds an issue.
fn in_key_order(tree: &Tree<'_>, opts: &ValidateOptions, arena: &Arena) -> Report {
    if let Some(report) = validate_any_order(tree, opts) {
        return report;
    }
    validate_json(&tree.sorted(arena), opts)
}

/// The report of one pledge whose objects may be out of key order, when that order cannot
/// show in it; `None` when the walker finds an issue (or a limit is exceeded), and the
/// document must be validated again with every object in key order.
///
/// The walker's issues come in the order it meets the fields in, and which limit it stops at
/// depends on it too, so it stops at its first issue. Without one, it has read every field
/// into the partial pledge, the same whatever the order of keys, and the semantic rules only
/// read that pledge: their issues are those of the sorted document.
fn validate_any_order<J: tree::Json>(value: &J, opts: &ValidateOptions) -> Option<Report> {
    let mut sink = Sink::new(opts);
    let partial = walk::walk_pledge(value, opts, &mut sink, true).ok()?;
    if !sink.issues.is_empty() {
        return None;
    }
    rules::run(&partial, opts, &mut sink);
    Some(finish(sink))
}

/// Validate one pledge, as a `serde_json::Value` or as the tree read from text.
fn validate_json<J: tree::Json>(value: &J, opts: &ValidateOptions) -> Report {
    let mut sink = Sink::new(opts);
    match walk::walk_pledge(value, opts, &mut sink, false) {
        Ok(partial) => {
            rules::run(&partial, opts, &mut sink);
            finish(sink)
        }
        Err(limit) => Report::from_issues(vec![limit]),
    }
}

/// Run the semantic rules on an already typed pledge (its structure is valid by construction).
pub fn validate_pledge(pledge: &Pledge, opts: &ValidateOptions) -> Report {
    let mut sink = Sink::new(opts);
    let partial = partial::PPledge::from_pledge(pledge);
    rules::run(&partial, opts, &mut sink);
    finish(sink)
}

/// Validate a JSON array of pledges given as text: each pledge's issues with paths prefixed by
/// its index (`/3/title`), then the batch rules (duplicate ids, likely duplicate submissions,
/// relations to pledges outside the batch).
pub fn validate_batch_str(text: &str, opts: &ValidateOptions) -> Report {
    with_arena(|arena| {
        // Sorted while reading: one issue anywhere in a batch would mean validating it twice.
        match walk::read_text(text, opts, false, true, arena) {
            Ok(read) => validate_batch_json(&read.tree, opts),
            Err(issue) => Report::from_issues(vec![issue]),
        }
    })
}

/// Validate a JSON array of pledges given as bytes; see [`validate_batch_str`].
pub fn validate_batch_bytes(bytes: &[u8], opts: &ValidateOptions) -> Report {
    match walk::utf8(bytes, opts) {
        Ok(text) => validate_batch_str(text, opts),
        Err(issue) => Report::from_issues(vec![issue]),
    }
}

/// Validate a parsed JSON array of pledges; see [`validate_batch_str`].
pub fn validate_batch_value(value: &Value, opts: &ValidateOptions) -> Report {
    validate_batch_json(value, opts)
}

/// Validate an array of pledges given as a [`Tree`]; see [`validate_batch_str`]. Objects in
/// the caller's order are sorted first (a copy): in a batch, one issue anywhere would
/// otherwise mean validating every pledge twice.
pub fn validate_batch_tree(tree: &Tree<'_>, opts: &ValidateOptions) -> Report {
    if tree.has_unsorted() {
        with_arena(|arena| validate_batch_json(&tree.sorted(arena), opts))
    } else {
        validate_batch_json(tree, opts)
    }
}

/// Validate an array of pledges, as a `serde_json::Value` or as the tree read from text. The
/// pledges are walked in pieces of [`CHUNK_ITEMS`](crate::parallel::CHUNK_ITEMS) on up to
/// `opts.threads` threads, their issues put together in order.
fn validate_batch_json<J: tree::Json + Sync>(value: &J, opts: &ValidateOptions) -> Report {
    let mut sink = Sink::new(opts);
    let tree::View::Array(items) = value.view() else {
        walk::wrong_type_root(value, "array", &mut sink);
        return finish(sink);
    };
    let pieces = crate::parallel::ranges(items.len(), crate::parallel::chunk_items());
    let done = crate::parallel::map(opts.threads, &pieces, |range| {
        let mut issues = Vec::new();
        let mut entries = Vec::with_capacity(range.len());
        for index in range.clone() {
            let Some(item) = items.get(index) else {
                continue;
            };
            let mut one = Sink::new(opts);
            match walk::walk_pledge(item, opts, &mut one, false) {
                Ok(partial) => {
                    rules::run(&partial, opts, &mut one);
                    entries.push(rules::batch::Entry::of(&partial));
                }
                Err(limit) => {
                    one.issues = vec![limit];
                    entries.push(rules::batch::Entry::default());
                }
            }
            pointer::prefix_all(&mut one.issues, index, &mut issues);
        }
        (issues, entries)
    });
    let mut entries = Vec::with_capacity(items.len());
    for (issues, e) in done {
        sink.issues.extend(issues);
        entries.extend(e);
    }
    rules::batch::run_entries(&entries, &mut sink);
    finish(sink)
}

/// One record of a file, validated as a document ([`validate_bytes`]'s issues, paths not yet
/// prefixed), with what the batch rules need of it.
pub(crate) fn validate_record(
    bytes: &[u8],
    opts: &ValidateOptions,
) -> (Vec<Issue>, rules::batch::Entry) {
    let text = match walk::utf8(bytes, opts) {
        Ok(t) => t,
        Err(issue) => return (vec![issue], rules::batch::Entry::default()),
    };
    let sorted_walk = |tree: &Tree<'_>| {
        let mut sink = Sink::new(opts);
        match walk::walk_pledge(tree, opts, &mut sink, false) {
            Ok(partial) => {
                rules::run(&partial, opts, &mut sink);
                (sink.issues, rules::batch::Entry::of(&partial))
            }
            Err(limit) => (vec![limit], rules::batch::Entry::default()),
        }
    };
    with_arena(
        |arena| match walk::read_text(text, opts, true, false, arena) {
            Ok(read) if read.unsorted => {
                // As `in_key_order`: walked as written unless the walker finds an issue.
                let mut sink = Sink::new(opts);
                if let Ok(partial) = walk::walk_pledge(&read.tree, opts, &mut sink, true) {
                    if sink.issues.is_empty() {
                        rules::run(&partial, opts, &mut sink);
                        return (sink.issues, rules::batch::Entry::of(&partial));
                    }
                }
                sorted_walk(&read.tree.sorted(arena))
            }
            Ok(read) => sorted_walk(&read.tree),
            Err(issue) => (vec![issue], rules::batch::Entry::default()),
        },
    )
}

/// The batch rules over the entries of a file's records, as issues.
pub(crate) fn batch_issues(entries: &[rules::batch::Entry], opts: &ValidateOptions) -> Vec<Issue> {
    let mut sink = Sink::new(opts);
    rules::batch::run_entries(entries, &mut sink);
    sink.issues
}

/// Any JSON value, read and thrown away as the validator's reader reads it (through
/// `deserialize_any`, so that errors are worded as the reader words them), without building
/// anything: for naming the fault of a file too large to hold as a tree.
pub(crate) struct Discard;

impl<'de> Deserialize<'de> for Discard {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Discard, D::Error> {
        d.deserialize_any(DiscardVisitor)
    }
}

struct DiscardVisitor;

impl<'de> serde::de::Visitor<'de> for DiscardVisitor {
    type Value = Discard;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_str<E>(self, _: &str) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_unit<E>(self) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_none<E>(self) -> Result<Discard, E> {
        Ok(Discard)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Discard, A::Error> {
        while seq.next_element::<Discard>()?.is_some() {}
        Ok(Discard)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Discard, A::Error> {
        while map.next_entry::<Discard, Discard>()?.is_some() {}
        Ok(Discard)
    }
}

/// The issue for a file that starts like a JSON array and is not one: the JSON parser's
/// error for the whole text (`input.malformed_json` with its line and column, or
/// `input.too_deep`), as the batch reader reports it.
pub(crate) fn malformed_array(parsed: serde_json::Result<Discard>) -> Issue {
    match parsed {
        Err(e) => walk::json_error(e),
        // The parser read it whole although the scan did not: an array of something else
        // than values (not JSON the scan misses); say so without a position.
        Ok(_) => walk::json_error(<serde_json::Error as serde::de::Error>::custom(
            "not one JSON array of pledges",
        )),
    }
}

/// Prefix the paths of a record's issues with its index (`/3/title`), onto `out`.
pub(crate) fn prefix_record(issues: &mut Vec<Issue>, index: usize, out: &mut Vec<Issue>) {
    pointer::prefix_all(issues, index, out);
}

/// Validate already typed pledges as a batch: the semantic rules for each (paths prefixed by
/// the index) and the batch rules.
pub fn validate_batch(pledges: &[Pledge], opts: &ValidateOptions) -> Report {
    let mut sink = Sink::new(opts);
    let pieces = crate::parallel::ranges(pledges.len(), crate::parallel::chunk_items());
    let done = crate::parallel::map(opts.threads, &pieces, |range| {
        let mut issues = Vec::new();
        let mut entries = Vec::with_capacity(range.len());
        for index in range.clone() {
            let Some(p) = pledges.get(index) else {
                continue;
            };
            let partial = partial::PPledge::from_pledge(p);
            let mut one = Sink::new(opts);
            rules::run(&partial, opts, &mut one);
            pointer::prefix_all(&mut one.issues, index, &mut issues);
            entries.push(rules::batch::Entry::of(&partial));
        }
        (issues, entries)
    });
    let mut entries = Vec::with_capacity(pledges.len());
    for (issues, e) in done {
        sink.issues.extend(issues);
        entries.extend(e);
    }
    rules::batch::run_entries(&entries, &mut sink);
    finish(sink)
}

/// Validate an update of a pledge: the new version's semantic rules, plus the review-state
/// transition from the old version and an unchanged id.
pub fn validate_update(old: &Pledge, new: &Pledge, opts: &ValidateOptions) -> Report {
    let mut sink = Sink::new(opts);
    let partial = partial::PPledge::from_pledge(new);
    rules::run(&partial, opts, &mut sink);
    rules::lifecycle::update_rules(old, new, &mut sink);
    finish(sink)
}

/// The review state's issue for a transition, if it is illegal (path `/reviewState`).
pub(crate) fn transition_issue(from: ReviewState, to: ReviewState, redact: bool) -> Option<Issue> {
    let mut sink = Sink {
        issues: Vec::new(),
        redact,
    };
    rules::lifecycle::transition_rule(from, to, &mut sink);
    sink.issues.pop()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cached day is chrono's own clock's (`Utc::now`, feature `now` in tests only), read
    /// around it, twice, so the second call is served from the cache.
    #[test]
    fn today_is_the_clocks_utc_date() {
        let clock = || chrono::Utc::now().date_naive();
        for _ in 0..2 {
            let before = clock();
            let today = today_utc();
            let after = clock();
            assert!(
                today == before || today == after,
                "{today} {before} {after}"
            );
        }
    }
}
