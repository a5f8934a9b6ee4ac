//! The structural walker: follows a JSON value along the shape of the pledge model, reports
//! every structural problem, and builds a [`PPledge`] from what it could read.
//!
//! One hand-written function per record type; the field lists below mirror the model's serde
//! attributes and the generated schema's `properties` / `required` (a test checks them against
//! `schema/pledge.schema.json`).

use std::marker::PhantomData;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use super::codes::Code;
use super::partial::*;
use super::pointer::{join, join_with, Seg};
use super::tree::{Arena, ArrayLimit, Json, Read, View, REPEATED_KEY};
use super::{Issue, Limits, Params, Sink, ValidateOptions};
use crate::model::decimal::parse_decimal;
use crate::model::version::{is_v1_1_field, message as version_message, precision_word};
use crate::model::{
    CountryCode, CurrencyCode, FormatVersion, Headquarters, PartialDate, Precision,
};
use crate::taxonomy::Codelist;

/// A record's field lists: (all fields, required fields), in the model's declaration order.
pub(crate) type Fields = (&'static [&'static str], &'static [&'static str]);

pub(crate) const PLEDGE: Fields = (
    &[
        "formatVersion",
        "id",
        "title",
        "description",
        "links",
        "notes",
        "submittedAt",
        "validatedAt",
        "announcedOn",
        "events",
        "pledgers",
        "pledgeTypes",
        "focusAreas",
        "pillars",
        "sdgs",
        "financialValue",
        "implementation",
        "period",
        "beneficiaries",
        "targets",
        "contact",
        "reviewState",
        "implementationStatus",
        "progressReports",
        "relations",
    ],
    &[
        "formatVersion",
        "id",
        "title",
        "pledgers",
        "pledgeTypes",
        "focusAreas",
        "reviewState",
    ],
);
pub(crate) const PLEDGERS: Fields = (&["lead", "partners"], &["lead"]);
pub(crate) const ENTITY: Fields = (
    &[
        "id",
        "name",
        "stakeholderType",
        "subtype",
        "headquarters",
        "roles",
    ],
    &["name", "stakeholderType", "headquarters"],
);
pub(crate) const FINANCIAL_VALUE: Fields = (
    &[
        "amount",
        "maxAmount",
        "currency",
        "valueDate",
        "isFloor",
        "isCeiling",
        "approximate",
        "basis",
        "years",
        "inKind",
        "statedEquivalent",
        "explicitRate",
        "components",
    ],
    &["amount", "currency", "valueDate"],
);
pub(crate) const COMPONENT: Fields = (&["name", "amount", "inKind"], &["name", "amount"]);
pub(crate) const EXPLICIT_RATE: Fields = (
    &["to", "rate", "date", "source"],
    &["to", "rate", "date", "source"],
);
pub(crate) const IMPLEMENTATION: Fields = (
    &[
        "global",
        "regions",
        "primaryRegion",
        "countries",
        "countryGroups",
        "unspecifiedCountriesIn",
        "shares",
    ],
    &[],
);
pub(crate) const SHARE: Fields = (&["area", "percent"], &["area", "percent"]);
pub(crate) const PERIOD: Fields = (&["start", "end"], &[]);
pub(crate) const BENEFICIARIES: Fields = (
    &[
        "groups",
        "peopleReached",
        "peopleReachedIsFloor",
        "targetYear",
        "counts",
    ],
    &[],
);
pub(crate) const BENEFICIARY_COUNT: Fields = (&["count", "unit", "isFloor"], &["count", "unit"]);
pub(crate) const SDG_REF: Fields = (&["goal", "targets"], &["goal"]);
pub(crate) const PROGRESS_REPORT: Fields = (
    &[
        "date",
        "status",
        "narrative",
        "amountDelivered",
        "peopleReached",
        "challenges",
        "solutions",
        "targets",
    ],
    &["date", "status"],
);
pub(crate) const MONEY_AMOUNT: Fields = (&["amount", "currency"], &["amount", "currency"]);
pub(crate) const RELATION: Fields = (&["type", "pledge"], &["type", "pledge"]);
pub(crate) const LINK: Fields = (&["url", "title"], &["url"]);
pub(crate) const CONTACT: Fields = (&["name", "email"], &["name", "email"]);

/// Every record's field lists by its schema definition name (`""` is the pledge itself): the
/// declaration order other modules follow (the spreadsheet layout's column order).
pub(crate) const RECORDS: &[(&str, Fields)] = &[
    ("", PLEDGE),
    ("Pledgers", PLEDGERS),
    ("Entity", ENTITY),
    ("FinancialValue", FINANCIAL_VALUE),
    ("Component", COMPONENT),
    ("BeneficiaryCount", BENEFICIARY_COUNT),
    ("SdgRef", SDG_REF),
    ("ExplicitRate", EXPLICIT_RATE),
    ("Implementation", IMPLEMENTATION),
    ("Share", SHARE),
    ("Period", PERIOD),
    ("Beneficiaries", BENEFICIARIES),
    ("ProgressReport", PROGRESS_REPORT),
    ("MoneyAmount", MONEY_AMOUNT),
    ("Relation", RELATION),
    ("Link", LINK),
    ("Contact", CONTACT),
];

/// serde_json's own nesting limit for text; deeper text is refused while parsing.
const SERDE_JSON_RECURSION_LIMIT: usize = 128;

fn issue(code: Code, path: String, message: String, params: Map<String, Value>) -> Issue {
    let info = code.info();
    Issue {
        code: info.code,
        severity: info.severity,
        path,
        message,
        params,
    }
}

fn limit_issue(code: Code, path: String, what: &str, max: usize, actual: usize) -> Issue {
    let mut params = Map::new();
    params.insert("max".into(), max.into());
    params.insert("actual".into(), actual.into());
    if code == Code::InputTooDeep {
        params.insert("reason".into(), "max_depth".into());
    }
    issue(
        code,
        path,
        format!("{what} exceeds the limit of {max} (found {actual})"),
        params,
    )
}

/// Parse JSON text, or the single issue that says why not; `any_order` and `arena` as for
/// [`super::tree::from_str`]. Arrays longer than `maxArrayLen` are counted, not kept (the
/// walker reports them); a `batch`'s own array is not subject to the limit.
pub(crate) fn read_text<'t>(
    text: &'t str,
    opts: &ValidateOptions,
    any_order: bool,
    batch: bool,
    arena: &'t Arena,
) -> Result<Read<'t>, Issue> {
    let max = opts.limits.max_bytes;
    if text.len() > max {
        return Err(limit_issue(
            Code::InputTooLarge,
            String::new(),
            "the input size in bytes",
            max,
            text.len(),
        ));
    }
    let limit = ArrayLimit {
        max: opts.limits.max_array_len,
        from_depth: if batch { 2 } else { 1 },
    };
    super::tree::from_str(text, any_order, limit, arena).map_err(json_error)
}

/// JSON bytes as text for [`read_text`], or the single issue that says why not.
pub(crate) fn utf8<'t>(bytes: &'t [u8], opts: &ValidateOptions) -> Result<&'t str, Issue> {
    let max = opts.limits.max_bytes;
    if bytes.len() > max {
        return Err(limit_issue(
            Code::InputTooLarge,
            String::new(),
            "the input size in bytes",
            max,
            bytes.len(),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let mut params = Map::new();
        params.insert("offset".into(), e.valid_up_to().into());
        issue(
            Code::InputInvalidUtf8,
            String::new(),
            format!(
                "the input is not valid UTF-8 (invalid byte at offset {})",
                e.valid_up_to()
            ),
            params,
        )
    })
}

pub(crate) fn json_error(e: serde_json::Error) -> Issue {
    let mut message = e.to_string();
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    if message.starts_with("recursion limit exceeded") {
        let mut params = Map::new();
        params.insert("max".into(), SERDE_JSON_RECURSION_LIMIT.into());
        params.insert("reason".into(), "parser".into());
        return issue(
            Code::InputTooDeep,
            String::new(),
            format!(
                "the input nests arrays or objects deeper than {SERDE_JSON_RECURSION_LIMIT} levels"
            ),
            params,
        );
    }
    malformed(&message, e.line(), e.column())
}

/// The `input.malformed_json` issue for serde_json's `message` at `line` and `column`.
pub(crate) fn malformed(message: &str, line: usize, column: usize) -> Issue {
    let mut params = Map::new();
    params.insert("line".into(), line.into());
    params.insert("column".into(), column.into());
    params.insert("reason".into(), json_reason(message).into());
    params.insert("detail".into(), message.into());
    issue(
        Code::InputMalformedJson,
        String::new(),
        format!("the input is not well-formed JSON: {message} (line {line}, column {column})"),
        params,
    )
}

/// The `input.too_large` issue of an input of `actual` bytes.
pub(crate) fn too_large(max: usize, actual: usize) -> Issue {
    limit_issue(
        Code::InputTooLarge,
        String::new(),
        "the input size in bytes",
        max,
        actual,
    )
}

/// What serde_json said, as a stable token for translated messages (`params.reason`); the
/// English text stays in `params.detail`. Neither carries input: the parser's messages are a
/// fixed set, and a repeated key is not quoted.
fn json_reason(message: &str) -> &'static str {
    const REASONS: [(&str, &str); 21] = [
        ("EOF while parsing a list", "eof_list"),
        ("EOF while parsing an object", "eof_object"),
        ("EOF while parsing a string", "eof_string"),
        ("EOF while parsing a value", "eof_value"),
        ("expected `:`", "expected_colon"),
        ("expected `,` or `]`", "expected_list_comma_or_end"),
        ("expected `,` or `}`", "expected_object_comma_or_end"),
        ("expected ident", "expected_ident"),
        ("expected value", "expected_value"),
        ("expected `\"`", "expected_double_quote"),
        ("invalid escape", "invalid_escape"),
        ("invalid number", "invalid_number"),
        ("number out of range", "number_out_of_range"),
        ("invalid unicode code point", "invalid_unicode_code_point"),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "control_character",
        ),
        ("key must be a string", "key_must_be_a_string"),
        (
            "lone leading surrogate in hex escape",
            "lone_leading_surrogate",
        ),
        ("trailing comma", "trailing_comma"),
        ("trailing characters", "trailing_characters"),
        (
            "unexpected end of hex escape",
            "unexpected_end_of_hex_escape",
        ),
        (REPEATED_KEY, "repeated_key"),
    ];
    REASONS
        .iter()
        .find(|(text, _)| *text == message)
        .map_or("other", |(_, reason)| reason)
}

/// The JSON type name of a value, as the params say it (`integer` for whole numbers).
pub(crate) fn json_type<J: Json>(v: &J) -> &'static str {
    match v.view() {
        View::Null => "null",
        View::Bool(_) => "boolean",
        View::Number(n) if n.is_i64() || n.is_u64() => "integer",
        View::Number(_) => "number",
        View::String(_) => "string",
        View::Array(_) | View::LongArray(_) => "array",
        View::Object(_) => "object",
    }
}

/// Whether a value met by [`Walker::scan`] can exceed a limit: containers, and strings over
/// the limit. Only those are stacked, so scanning a million numbers stacks none of them (the
/// order in which the others are met, hence which limit is reported first, is unchanged).
fn may_exceed<J: Json>(v: &J, max_string_len: usize) -> bool {
    match v.view() {
        View::String(s) => s.len() > max_string_len,
        View::Array(_) | View::Object(_) | View::LongArray(_) => true,
        View::Null | View::Bool(_) | View::Number(_) => false,
    }
}

/// Report a document root of the wrong type (used by the batch entry points).
pub(crate) fn wrong_type_root<J: Json>(v: &J, expected: &'static str, sink: &mut Sink) {
    let params = sink
        .params()
        .set("expected", expected)
        .set("actual", json_type(v));
    sink.emit(
        Code::StructureWrongType,
        String::new(),
        format!("expected {expected}, found {}", json_type(v)),
        params,
    );
}

/// Optimal-string-alignment distance between two short strings (in chars); tests only, as
/// [`suggest`] calls [`osa`] on its own buffers.
#[cfg(test)]
pub(crate) fn osa_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa(&a, &b, &mut Vec::new())
}

/// [`osa_distance`] of two char slices, with `rows` as scratch for its three rows.
fn osa(a: &[char], b: &[char], rows: &mut Vec<usize>) -> usize {
    let width = b.len() + 1;
    rows.clear();
    rows.resize(width.saturating_mul(3), 0);
    // rows i-2, i-1, i
    let (mut prev2, rest) = rows.split_at_mut(width);
    let (mut prev, mut cur) = rest.split_at_mut(width);
    for (j, slot) in prev.iter_mut().enumerate() {
        *slot = j;
    }
    for (i, ca) in a.iter().enumerate() {
        if let Some(c0) = cur.first_mut() {
            *c0 = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let del = prev
                .get(j + 1)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            let ins = cur.get(j).copied().unwrap_or(usize::MAX).saturating_add(1);
            let sub = prev
                .get(j)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(cost);
            let mut best = del.min(ins).min(sub);
            if i > 0 && j > 0 && a.get(i - 1) == Some(cb) && b.get(j - 1) == Some(ca) {
                let t = prev2
                    .get(j - 1)
                    .copied()
                    .unwrap_or(usize::MAX)
                    .saturating_add(1);
                best = best.min(t);
            }
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = best;
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

/// `s` without `_`, `-` and spaces, lower-cased, into `out` (emptied first).
fn normalize_into(s: &str, out: &mut Vec<char>) {
    out.clear();
    out.extend(
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase),
    );
}

/// The closest candidate to `given`, if it is close enough to be a likely typo: at most two
/// edits apart once normalized, and at most one edit per three characters.
pub(crate) fn suggest<'c>(
    given: &str,
    candidates: impl Iterator<Item = &'c str>,
) -> Option<&'c str> {
    if given.len() > 64 {
        return None;
    }
    let mut g = Vec::new();
    normalize_into(given, &mut g);
    let (mut n, mut rows) = (Vec::new(), Vec::new());
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        normalize_into(c, &mut n);
        let longest = g.len().max(n.len());
        // The distance is at least the difference in length: skip those that cannot qualify.
        let most = (longest / 3).min(2);
        if g.len().abs_diff(n.len()) > most {
            continue;
        }
        let d = if n == g { 0 } else { osa(&g, &n, &mut rows) };
        if d <= most && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

struct Walker<'a, 's, J> {
    path: Vec<Seg<'a>>,
    sink: &'s mut Sink,
    limits: Limits,
    limit: Option<Issue>,
    /// Stop at the first issue (see [`walk_pledge`]): `Some(n)`, `n` being the number of
    /// issues the sink had before.
    stop_after: Option<usize>,
    /// The format version the document declares, once read (features newer than it are
    /// reported, see [`crate::model::version`]).
    declared: Option<FormatVersion>,
    json: PhantomData<&'a J>,
}

/// Walk one pledge document. `Err` carries the single issue of an exceeded limit.
///
/// With `stop_at_first`, the walk ends at its first issue (or exceeded limit), leaving the
/// rest unread: for a caller that only needs to know whether there is one (and then walks the
/// document again, see `in_key_order`). The pledge returned is then incomplete.
pub(crate) fn walk_pledge<'a, J: Json>(
    v: &'a J,
    opts: &ValidateOptions,
    sink: &mut Sink,
    stop_at_first: bool,
) -> Result<PPledge<'a>, Issue> {
    let stop_after = stop_at_first.then_some(sink.issues.len());
    let mut w = Walker {
        path: Vec::with_capacity(8),
        sink,
        limits: opts.limits,
        limit: None,
        stop_after,
        declared: None,
        json: PhantomData,
    };
    let pledge = w.pledge(v);
    match w.limit {
        Some(issue) => Err(issue),
        None => Ok(pledge.unwrap_or_default()),
    }
}

impl<'a, J: Json> Walker<'a, '_, J> {
    fn here(&self) -> String {
        join(&self.path)
    }

    /// Whether the walk should end here (see [`walk_pledge`]'s `stop_at_first`).
    #[inline]
    fn stopped(&self) -> bool {
        self.stop_after
            .is_some_and(|n| self.sink.issues.len() > n || self.limit.is_some())
    }

    fn at<R>(&mut self, seg: Seg<'a>, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(seg);
        let r = f(self);
        self.path.pop();
        r
    }

    fn emit(&mut self, code: Code, message: String, params: Params) {
        let path = self.here();
        self.sink.emit(code, path, message, params);
    }

    fn hit_limit(&mut self, code: Code, path: String, what: &str, max: usize, actual: usize) {
        if self.limit.is_none() {
            self.limit = Some(limit_issue(code, path, what, max, actual));
        }
    }

    /// Check an unexpected subtree (an unknown field's value, a container where a scalar was
    /// expected) against the limits, without reading it otherwise.
    fn scan(&mut self, v: &J) {
        if self.limit.is_some() {
            return;
        }
        let base = self.path.len();
        let mut stack: Vec<(&J, usize)> = vec![(v, base + 1)];
        while let Some((v, depth)) = stack.pop() {
            match v.view() {
                View::String(s) if s.len() > self.limits.max_string_len => {
                    let (max, len) = (self.limits.max_string_len, s.len());
                    let path = self.here();
                    return self.hit_limit(
                        Code::InputStringTooLong,
                        path,
                        "a string's length in bytes",
                        max,
                        len,
                    );
                }
                View::Array(_) | View::Object(_) | View::LongArray(_)
                    if depth > self.limits.max_depth =>
                {
                    let max = self.limits.max_depth;
                    let path = self.here();
                    return self.hit_limit(
                        Code::InputTooDeep,
                        path,
                        "the nesting depth",
                        max,
                        depth,
                    );
                }
                View::Array(a) => {
                    if a.len() > self.limits.max_array_len {
                        let (max, len) = (self.limits.max_array_len, a.len());
                        let path = self.here();
                        return self.hit_limit(
                            Code::InputArrayTooLong,
                            path,
                            "an array's length",
                            max,
                            len,
                        );
                    }
                    let max_string = self.limits.max_string_len;
                    stack.extend(
                        a.iter()
                            .filter(|x| may_exceed(*x, max_string))
                            .map(|x| (x, depth + 1)),
                    );
                }
                View::LongArray(len) => {
                    let max = self.limits.max_array_len;
                    let path = self.here();
                    return self.hit_limit(
                        Code::InputArrayTooLong,
                        path,
                        "an array's length",
                        max,
                        len,
                    );
                }
                View::Object(m) => {
                    let max_string = self.limits.max_string_len;
                    stack.extend(
                        J::entries(m)
                            .filter(|(_, x)| may_exceed(*x, max_string))
                            .map(|(_, x)| (x, depth + 1)),
                    );
                }
                _ => {}
            }
        }
    }

    fn wrong_type(&mut self, v: &J, expected: &'static str) {
        if matches!(
            v.view(),
            View::Array(_) | View::Object(_) | View::LongArray(_)
        ) {
            self.scan(v);
        }
        let actual = json_type(v);
        let params = self
            .sink
            .params()
            .set("expected", expected)
            .set("actual", actual);
        self.emit(
            Code::StructureWrongType,
            format!("expected {expected}, found {actual}"),
            params,
        );
    }

    fn depth_ok(&mut self) -> bool {
        let depth = self.path.len() + 1;
        if depth > self.limits.max_depth {
            let max = self.limits.max_depth;
            let path = self.here();
            self.hit_limit(Code::InputTooDeep, path, "the nesting depth", max, depth);
            return false;
        }
        true
    }

    fn object(&mut self, v: &'a J) -> Option<&'a J::Obj> {
        match v.view() {
            View::Object(m) => self.depth_ok().then_some(m),
            _ => {
                self.wrong_type(v, "object");
                None
            }
        }
    }

    /// Visit an object's fields: `visit` handles known keys (at their path) and returns false
    /// for keys it does not know; unknown keys and
    /// missing required keys are reported, with "did you mean" suggestions.
    fn fields(
        &mut self,
        map: &'a J::Obj,
        (allowed, required): Fields,
        record: &'static str,
        mut visit: impl FnMut(&mut Self, &'a str, &'a J) -> bool,
    ) {
        let mut unknown: Vec<(&'a str, &'a J)> = Vec::new();
        // Bit `i`: `required[i]` is present (found while visiting, instead of a binary search
        // of the entries per required field afterwards).
        let mut present = 0u64;
        for (k, val) in J::entries(map) {
            // `visit` matches the key once and says whether it knew it.
            self.path.push(Seg::Key(k));
            if self.declared == Some(FormatVersion::V1_0) && is_v1_1_field(record, k) {
                // A 1.1 field in a 1.0 document: reported once, and not read further.
                self.scan(val);
                self.requires(FormatVersion::V1_1, &format!("the field `{k}`"));
                self.path.pop();
                if self.stopped() {
                    return;
                }
                if let Some(i) = required.iter().position(|r| *r == k) {
                    present |= 1u64.checked_shl(i as u32).unwrap_or(0);
                }
                continue;
            }
            let known = visit(self, k, val);
            self.path.pop();
            if self.stopped() {
                return;
            }
            if !known {
                unknown.push((k, val));
            } else if let Some(i) = required.iter().position(|r| r.len() == k.len() && *r == k) {
                present |= 1u64.checked_shl(i as u32).unwrap_or(0);
            }
        }
        let mut suggested: Vec<&'static str> = Vec::new();
        for (k, val) in unknown {
            let absent = allowed.iter().copied().filter(|a| !J::contains_key(map, a));
            let suggestion = suggest(k, absent);
            let mut params = self.sink.params().set("field", k);
            let message = match suggestion {
                Some(s) => {
                    params = params.set("suggestion", s);
                    suggested.push(s);
                    format!("unknown field `{k}`; did you mean `{s}`?")
                }
                None => format!("unknown field `{k}`"),
            };
            self.path.push(Seg::Key(k));
            self.scan(val);
            self.emit(Code::StructureUnknownField, message, params);
            self.path.pop();
        }
        for (i, r) in required.iter().enumerate() {
            let found = match 1u64.checked_shl(i as u32) {
                Some(bit) => present & bit != 0,
                None => J::contains_key(map, r),
            };
            if !found && !suggested.contains(r) {
                let params = self.sink.params().set("field", *r);
                let path = join_with(&self.path, Seg::Key(r));
                self.sink.emit(
                    Code::StructureMissingField,
                    path,
                    format!("missing required field `{r}`"),
                    params,
                );
            }
        }
    }

    fn array<T>(
        &mut self,
        v: &'a J,
        non_empty: bool,
        mut item: impl FnMut(&mut Self, &'a J) -> Option<T>,
    ) -> Slot<Vec<Option<T>>> {
        let items = match v.view() {
            View::Array(items) => items,
            View::LongArray(len) => {
                // Read from text and longer than the limit: only its length was kept.
                if self.depth_ok() {
                    let max = self.limits.max_array_len;
                    let path = self.here();
                    self.hit_limit(Code::InputArrayTooLong, path, "an array's length", max, len);
                }
                return Slot::Invalid;
            }
            _ => {
                self.wrong_type(v, "array");
                return Slot::Invalid;
            }
        };
        if !self.depth_ok() {
            return Slot::Invalid;
        }
        if items.len() > self.limits.max_array_len {
            let (max, len) = (self.limits.max_array_len, items.len());
            let path = self.here();
            self.hit_limit(Code::InputArrayTooLong, path, "an array's length", max, len);
            return Slot::Invalid;
        }
        if items.is_empty() && non_empty {
            let params = self.sink.params();
            self.emit(
                Code::StructureEmptyList,
                "the list needs at least one value".into(),
                params,
            );
        }
        let mut out = Vec::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            out.push(self.at(Seg::Index(i), |w| item(w, x)));
            if self.stopped() {
                break;
            }
        }
        Slot::Valid(out)
    }

    fn string(&mut self, v: &'a J) -> Option<&'a str> {
        match v.view() {
            View::String(s) => {
                if s.len() > self.limits.max_string_len {
                    let (max, len) = (self.limits.max_string_len, s.len());
                    let path = self.here();
                    self.hit_limit(
                        Code::InputStringTooLong,
                        path,
                        "a string's length in bytes",
                        max,
                        len,
                    );
                    return None;
                }
                Some(s)
            }
            _ => {
                self.wrong_type(v, "string");
                None
            }
        }
    }

    fn opt_string(&mut self, v: &'a J) -> Option<&'a str> {
        if v.is_null() {
            None
        } else {
            self.string(v)
        }
    }

    fn boolean(&mut self, v: &'a J) -> bool {
        match v.view() {
            View::Bool(b) => b,
            _ => {
                self.wrong_type(v, "boolean");
                false
            }
        }
    }

    /// Report a feature of a version newer than the declared one, at the current path.
    fn requires(&mut self, since: FormatVersion, what: &str) {
        let declared = self.declared.unwrap_or_default();
        let params = self
            .sink
            .params()
            .set("feature", what)
            .set("requires", since.as_str())
            .set("declared", declared.as_str());
        self.emit(
            Code::StructureRequiresVersion,
            version_message(what, since, declared),
            params,
        );
    }

    fn code<C: Codelist>(&mut self, v: &'a J) -> Option<C> {
        let s = self.string(v)?;
        if let Some(c) = C::from_code(s) {
            if let Some(declared) = self.declared {
                if c.since() > declared {
                    self.requires(c.since(), &format!("the code `{}`", c.code()));
                    return None;
                }
            }
            return Some(c);
        }
        let codes = C::all().iter().map(|c| c.code());
        let suggestion = suggest(s, codes.clone());
        let mut params = self
            .sink
            .params()
            .set("codelist", C::NAME)
            .user("value", s)
            .set("expected", codes.collect::<Vec<_>>());
        let mut message = format!("{} is not a {} code", self.sink.quote(s), C::NAME);
        if let Some(sug) = suggestion {
            params = params.set("suggestion", sug);
            message.push_str(&format!("; did you mean `{sug}`?"));
        }
        self.emit(Code::StructureUnknownCode, message, params);
        None
    }

    fn opt_code<C: Codelist>(&mut self, v: &'a J) -> Option<C> {
        if v.is_null() {
            None
        } else {
            self.code(v)
        }
    }

    /// A code of the wrong shape: `kind` is the English name (`params.codeKind`), `token` the
    /// stable one translated messages select on (`params.kind`).
    fn malformed_code(&mut self, s: &str, kind: &'static str, token: &'static str, shape: &str) {
        let params = self
            .sink
            .params()
            .set("codeKind", kind)
            .set("kind", token)
            .user("value", s);
        let message = format!("{} is not a {kind} ({shape})", self.sink.quote(s));
        self.emit(Code::StructureMalformedCode, message, params);
    }

    fn country(&mut self, v: &'a J) -> Option<CountryCode> {
        let s = self.string(v)?;
        let c = CountryCode::new(s);
        if c.is_none() {
            self.malformed_code(s, "country code", "country", "three upper-case letters");
        }
        c
    }

    fn currency(&mut self, v: &'a J) -> Option<CurrencyCode> {
        let s = self.string(v)?;
        let c = CurrencyCode::new(s);
        if c.is_none() {
            self.malformed_code(s, "currency code", "currency", "three upper-case letters");
        }
        c
    }

    fn headquarters(&mut self, v: &'a J) -> Option<Headquarters> {
        let s = self.string(v)?;
        if s == Headquarters::INTERNATIONAL {
            return Some(Headquarters::International);
        }
        if s == Headquarters::UNKNOWN {
            let hq = Headquarters::Unknown;
            if let Some(declared) = self.declared {
                if hq.since() > declared {
                    self.requires(hq.since(), "the headquarters `unknown`");
                    return None;
                }
            }
            return Some(hq);
        }
        let c = CountryCode::new(s).map(Headquarters::Country);
        if c.is_none() {
            self.malformed_code(
                s,
                "headquarters",
                "headquarters",
                "three upper-case letters, `international` or `unknown`",
            );
        }
        c
    }

    fn target(&mut self, v: &'a J) -> Option<&'a str> {
        let s = self.string(v)?;
        if crate::targets::is_target_code(s) {
            Some(s)
        } else {
            self.malformed_code(
                s,
                "P2C Target code",
                "target",
                "upper-case letters, digits and hyphens",
            );
            None
        }
    }

    fn malformed(&mut self, code: Code, s: &str, what: &str) {
        self.malformed_as(code, s, what, None);
    }

    /// [`Self::malformed`] with `params.format` naming which shape was expected (dates).
    fn malformed_as(&mut self, code: Code, s: &str, what: &str, format: Option<&'static str>) {
        let mut params = self.sink.params().user("value", s);
        if let Some(format) = format {
            params = params.set("format", format);
        }
        let message = format!("{} is not {what}", self.sink.quote(s));
        self.emit(code, message, params);
    }

    fn date(&mut self, v: &'a J) -> Option<NaiveDate> {
        let s = self.string(v)?;
        match crate::model::dates::parse_date(s) {
            Some(d) => Some(d),
            None => {
                self.malformed_as(
                    Code::StructureMalformedDate,
                    s,
                    "a date written YYYY-MM-DD",
                    Some("full"),
                );
                None
            }
        }
    }

    /// A value date: a full date in format 1.0, a partial date in 1.1.
    fn value_date(&mut self, v: &'a J) -> Option<PartialDate> {
        let s = self.string(v)?;
        let Some(d) = PartialDate::parse(s) else {
            let what = if self.declared == Some(FormatVersion::V1_0) {
                "a date written YYYY-MM-DD"
            } else {
                "a date written YYYY, YYYY-MM or YYYY-MM-DD"
            };
            self.malformed(Code::StructureMalformedDate, s, what);
            return None;
        };
        if self.declared == Some(FormatVersion::V1_0) && d.precision() != Precision::Day {
            let what = format!(
                "a value date known only to the {}",
                precision_word(d.precision())
            );
            self.requires(FormatVersion::V1_1, &what);
            return None;
        }
        Some(d)
    }

    /// A small count (years): a non-negative integer that fits in 32 bits.
    fn small_count(&mut self, v: &'a J) -> Option<u32> {
        match v.view() {
            View::Number(n) if n.is_i64() || n.is_u64() => {
                let y = n.as_u64().and_then(|y| u32::try_from(y).ok());
                if y.is_none() {
                    let params = self.sink.params().set("min", 0).set("max", u32::MAX);
                    self.emit(
                        Code::StructureIntegerOutOfRange,
                        format!("the integer is outside 0..={}", u32::MAX),
                        params,
                    );
                }
                y
            }
            _ => {
                self.wrong_type(v, "integer");
                None
            }
        }
    }

    /// An SDG goal number: a non-negative integer (whether it is 1–17 is a rule's question).
    fn goal(&mut self, v: &'a J) -> Option<u64> {
        match v.view() {
            View::Number(n) if n.is_u64() => n.as_u64(),
            View::Number(n) if n.is_i64() => {
                let params = self
                    .sink
                    .params()
                    .set("min", 0)
                    .set("max", u64::MAX)
                    .set("kind", "goal");
                self.emit(
                    Code::StructureIntegerOutOfRange,
                    "an SDG goal number cannot be negative".into(),
                    params,
                );
                None
            }
            _ => {
                self.wrong_type(v, "integer");
                None
            }
        }
    }

    fn event(&mut self, v: &'a J) -> Option<&'a str> {
        let s = self.string(v)?;
        if crate::targets::is_target_code(s) {
            Some(s)
        } else {
            self.malformed_code(
                s,
                "P2C event code",
                "event",
                "upper-case letters, digits and hyphens",
            );
            None
        }
    }

    fn partial_date(&mut self, v: &'a J) -> Option<PartialDate> {
        if v.is_null() {
            return None;
        }
        let s = self.string(v)?;
        let d = PartialDate::parse(s);
        if d.is_none() {
            self.malformed_as(
                Code::StructureMalformedDate,
                s,
                "a date written YYYY, YYYY-MM or YYYY-MM-DD",
                Some("partial"),
            );
        }
        d
    }

    fn timestamp(&mut self, v: &'a J) -> Slot<DateTime<Utc>> {
        if v.is_null() {
            return Slot::Absent;
        }
        let Some(s) = self.string(v) else {
            return Slot::Invalid;
        };
        match crate::model::dates::parse_timestamp(s) {
            Some(t) => Slot::Valid(t),
            None => {
                self.malformed(
                    Code::StructureMalformedTimestamp,
                    s,
                    "an RFC 3339 timestamp such as `2022-06-07T10:00:00Z`",
                );
                Slot::Invalid
            }
        }
    }

    fn decimal(&mut self, v: &'a J) -> Option<Decimal> {
        match v.view() {
            View::String(s) => {
                let s = self.string(v).unwrap_or(s);
                let d = parse_decimal(s);
                if d.is_none() {
                    self.malformed(
                        Code::StructureMalformedDecimal,
                        s,
                        "a decimal number such as \"1250.50\"",
                    );
                }
                d
            }
            View::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Some(Decimal::from(i))
                } else if let Some(u) = n.as_u64() {
                    Some(Decimal::from(u))
                } else {
                    let text = n.to_string();
                    let params = self.sink.params().user("value", text.as_str());
                    let message = format!(
                        "the number {} may have lost digits; write it as a decimal string",
                        self.sink.quote(&text)
                    );
                    self.emit(Code::StructureInexactNumber, message, params);
                    None
                }
            }
            _ => {
                self.wrong_type(v, "string");
                None
            }
        }
    }

    /// A count of people: a non-negative integer (or null).
    fn count(&mut self, v: &'a J) -> Option<u64> {
        match v.view() {
            View::Null => None,
            View::Number(n) if n.is_u64() => n.as_u64(),
            View::Number(n) if n.is_i64() => {
                let text = n.to_string();
                let params = self.sink.params().user("value", text.as_str());
                let message = format!("the count {} is negative", self.sink.quote(&text));
                self.emit(Code::BeneficiariesNegativeCount, message, params);
                None
            }
            View::Number(n)
                if n.as_f64()
                    .is_some_and(|f| f.fract() == 0.0 && f.abs() >= 1e19) =>
            {
                let params = self.sink.params().set("max", u64::MAX).set("kind", "count");
                self.emit(
                    Code::StructureIntegerOutOfRange,
                    format!("the integer is outside 0..={}", u64::MAX),
                    params,
                );
                None
            }
            _ => {
                self.wrong_type(v, "integer");
                None
            }
        }
    }

    fn year(&mut self, v: &'a J) -> Option<i32> {
        match v.view() {
            View::Null => None,
            View::Number(n) if n.is_i64() || n.is_u64() => {
                let y = n.as_i64().and_then(|y| i32::try_from(y).ok());
                if y.is_none() {
                    let params = self
                        .sink
                        .params()
                        .set("min", i32::MIN)
                        .set("max", i32::MAX)
                        .set("kind", "year");
                    self.emit(
                        Code::StructureIntegerOutOfRange,
                        "the year is out of range".into(),
                        params,
                    );
                }
                y
            }
            _ => {
                self.wrong_type(v, "integer");
                None
            }
        }
    }

    // --- records ------------------------------------------------------------------------------

    fn pledge(&mut self, v: &'a J) -> Option<PPledge<'a>> {
        let map = self.object(v)?;
        let mut p = PPledge::default();
        // An absent `implementation` is the empty default, as in the model.
        p.implementation.readable = true;
        // The declared version decides which fields and codes the document may use, so it is
        // read before the fields (which come in key order).
        self.declared = J::entries(map)
            .find(|(k, _)| *k == "formatVersion")
            .and_then(|(_, v)| match v.view() {
                View::String(s) => FormatVersion::parse(s),
                _ => None,
            });
        p.format_version = self.declared;
        self.fields(map, PLEDGE, "", |w, k, v| {
            match k {
                "formatVersion" => {
                    if let Some(s) = w.string(v) {
                        if FormatVersion::parse(s).is_none() {
                            let expected: Vec<&str> =
                                FormatVersion::ALL.iter().map(|v| v.as_str()).collect();
                            let params = w
                                .sink
                                .params()
                                .set("codelist", "formatVersion")
                                .user("value", s)
                                .set("expected", expected);
                            let message =
                                format!("{} is not a supported format version", w.sink.quote(s));
                            w.emit(Code::StructureUnknownCode, message, params);
                        }
                    }
                }
                "announcedOn" => p.announced_on = w.partial_date(v),
                "events" => p.events = w.array(v, false, |w, x| w.event(x)),
                "sdgs" => p.sdgs = w.array(v, false, |w, x| w.sdg(x)),
                "id" => p.id = w.string(v),
                "title" => p.title = w.string(v),
                "description" => p.description = w.opt_string(v),
                "notes" => p.notes = w.opt_string(v),
                "links" => p.links = w.array(v, false, |w, x| w.link(x)),
                "submittedAt" => p.submitted_at = w.timestamp(v),
                "validatedAt" => p.validated_at = w.timestamp(v),
                "pledgers" => w.pledgers(v, &mut p),
                "pledgeTypes" => p.pledge_types = w.array(v, true, |w, x| w.code(x)),
                "focusAreas" => p.focus_areas = w.array(v, true, |w, x| w.code(x)),
                "pillars" => p.pillars = w.array(v, false, |w, x| w.code(x)),
                "financialValue" => {
                    p.financial_value = if v.is_null() {
                        Slot::Absent
                    } else {
                        w.financial_value(v).map_or(Slot::Invalid, Slot::Valid)
                    }
                }
                "implementation" => p.implementation = w.implementation(v),
                "period" => p.period = w.period(v),
                "beneficiaries" => p.beneficiaries = w.beneficiaries(v),
                "targets" => p.targets = w.array(v, false, |w, x| w.target(x)),
                "contact" => p.contact = w.contact(v),
                "reviewState" => p.review_state = w.code(v),
                "implementationStatus" => p.implementation_status = w.opt_code(v),
                "progressReports" => {
                    p.progress_reports = w.array(v, false, |w, x| w.progress_report(x))
                }
                "relations" => p.relations = w.array(v, false, |w, x| w.relation(x)),
                _ => return false,
            }
            true
        });
        Some(p)
    }

    fn pledgers(&mut self, v: &'a J, p: &mut PPledge<'a>) {
        let Some(map) = self.object(v) else { return };
        self.fields(map, PLEDGERS, "Pledgers", |w, k, v| {
            match k {
                "lead" => p.lead = w.entity(v),
                "partners" => p.partners = w.array(v, false, |w, x| w.entity(x)),
                _ => return false,
            }
            true
        });
    }

    fn entity(&mut self, v: &'a J) -> Option<PEntity<'a>> {
        let map = self.object(v)?;
        let mut e = PEntity::default();
        self.fields(map, ENTITY, "Entity", |w, k, v| {
            match k {
                "id" => e.id = w.opt_string(v),
                "name" => e.name = w.string(v),
                "stakeholderType" => e.stakeholder_type = w.code(v),
                "subtype" => e.subtype = w.opt_code(v),
                "headquarters" => e.headquarters = w.headquarters(v),
                "roles" => e.roles = w.array(v, false, |w, x| w.code(x)),
                _ => return false,
            }
            true
        });
        Some(e)
    }

    fn financial_value(&mut self, v: &'a J) -> Option<PValue<'a>> {
        let map = self.object(v)?;
        let mut f = PValue::default();
        self.fields(map, FINANCIAL_VALUE, "FinancialValue", |w, k, v| {
            match k {
                "amount" => f.amount = w.decimal(v),
                "maxAmount" => f.max_amount = w.decimal(v),
                "currency" => f.currency = w.currency(v),
                "valueDate" => f.value_date = w.value_date(v),
                "isFloor" => f.is_floor = w.boolean(v),
                "isCeiling" => f.is_ceiling = w.boolean(v),
                "approximate" => f.approximate = w.boolean(v),
                "basis" => f.basis = w.opt_code(v),
                "years" => {
                    if !v.is_null() {
                        f.years = w.small_count(v);
                    }
                }
                "inKind" => f.in_kind = w.boolean(v),
                "statedEquivalent" => f.stated_equivalent = w.money(v),
                "components" => f.components = w.array(v, false, |w, x| w.component(x)),
                // `null` is the same as no explicit rate (the schema allows it; serde reads it).
                "explicitRate" => {
                    if !v.is_null() {
                        f.explicit_rate = w.explicit_rate(v);
                    }
                }
                _ => return false,
            }
            true
        });
        Some(f)
    }

    fn explicit_rate(&mut self, v: &'a J) -> Option<PRate<'a>> {
        let map = self.object(v)?;
        let mut r = PRate::default();
        self.fields(map, EXPLICIT_RATE, "ExplicitRate", |w, k, v| {
            match k {
                "to" => r.to = w.currency(v),
                "rate" => r.rate = w.decimal(v),
                "date" => r.date = w.date(v),
                "source" => r.source = w.string(v),
                _ => return false,
            }
            true
        });
        Some(r)
    }

    fn implementation(&mut self, v: &'a J) -> PImpl<'a> {
        let mut i = PImpl::default();
        let Some(map) = self.object(v) else { return i };
        i.readable = true;
        self.fields(map, IMPLEMENTATION, "Implementation", |w, k, v| {
            match k {
                "global" => i.global = w.boolean(v),
                "regions" => i.regions = w.array(v, false, |w, x| w.code(x)),
                "primaryRegion" => i.primary_region = w.opt_code(v),
                "countries" => i.countries = w.array(v, false, |w, x| w.country(x)),
                "countryGroups" => i.country_groups = w.array(v, false, |w, x| w.code(x)),
                "unspecifiedCountriesIn" => {
                    i.unspecified_countries_in = w.array(v, false, |w, x| w.code(x))
                }
                "shares" => i.shares = w.array(v, false, |w, x| w.share(x)),
                _ => return false,
            }
            true
        });
        i
    }

    fn share(&mut self, v: &'a J) -> Option<PShare<'a>> {
        let map = self.object(v)?;
        let mut s = PShare::default();
        self.fields(map, SHARE, "Share", |w, k, v| {
            match k {
                "area" => s.area = w.string(v),
                "percent" => s.percent = w.decimal(v),
                _ => return false,
            }
            true
        });
        Some(s)
    }

    fn period(&mut self, v: &'a J) -> Option<PPeriod> {
        if v.is_null() {
            return None;
        }
        let map = self.object(v)?;
        let mut p = PPeriod::default();
        self.fields(map, PERIOD, "Period", |w, k, v| {
            match k {
                "start" => p.start = w.partial_date(v),
                "end" => p.end = w.partial_date(v),
                _ => return false,
            }
            true
        });
        Some(p)
    }

    fn beneficiaries(&mut self, v: &'a J) -> Option<PBeneficiaries> {
        if v.is_null() {
            return None;
        }
        let map = self.object(v)?;
        let mut b = PBeneficiaries::default();
        self.fields(map, BENEFICIARIES, "Beneficiaries", |w, k, v| {
            match k {
                "groups" => b.groups = w.array(v, false, |w, x| w.code(x)),
                "peopleReached" => b.people_reached = w.count(v),
                "peopleReachedIsFloor" => b.people_reached_is_floor = w.boolean(v),
                "targetYear" => b.target_year = w.year(v),
                "counts" => b.counts = w.array(v, false, |w, x| w.beneficiary_count(x)),
                _ => return false,
            }
            true
        });
        Some(b)
    }

    fn contact(&mut self, v: &'a J) -> Option<PContact<'a>> {
        if v.is_null() {
            return None;
        }
        let map = self.object(v)?;
        let mut c = PContact::default();
        self.fields(map, CONTACT, "Contact", |w, k, v| {
            match k {
                "name" => c.name = w.string(v),
                "email" => c.email = w.string(v),
                _ => return false,
            }
            true
        });
        Some(c)
    }

    fn link(&mut self, v: &'a J) -> Option<PLink<'a>> {
        let map = self.object(v)?;
        let mut l = PLink::default();
        self.fields(map, LINK, "Link", |w, k, v| {
            match k {
                "url" => l.url = w.string(v),
                "title" => l.title = w.opt_string(v),
                _ => return false,
            }
            true
        });
        Some(l)
    }

    fn relation(&mut self, v: &'a J) -> Option<PRelation<'a>> {
        let map = self.object(v)?;
        let mut r = PRelation::default();
        self.fields(map, RELATION, "Relation", |w, k, v| {
            match k {
                "type" => r.kind = w.code(v),
                "pledge" => r.pledge = w.string(v),
                _ => return false,
            }
            true
        });
        Some(r)
    }

    fn money(&mut self, v: &'a J) -> Option<PMoney> {
        if v.is_null() {
            return None;
        }
        let map = self.object(v)?;
        let mut m = PMoney::default();
        self.fields(map, MONEY_AMOUNT, "MoneyAmount", |w, k, v| {
            match k {
                "amount" => m.amount = w.decimal(v),
                "currency" => m.currency = w.currency(v),
                _ => return false,
            }
            true
        });
        Some(m)
    }

    fn component(&mut self, v: &'a J) -> Option<PComponent<'a>> {
        let map = self.object(v)?;
        let mut c = PComponent::default();
        self.fields(map, COMPONENT, "Component", |w, k, v| {
            match k {
                "name" => c.name = w.string(v),
                "amount" => c.amount = w.decimal(v),
                "inKind" => c.in_kind = w.boolean(v),
                _ => return false,
            }
            true
        });
        Some(c)
    }

    fn beneficiary_count(&mut self, v: &'a J) -> Option<PCount> {
        let map = self.object(v)?;
        let mut c = PCount::default();
        self.fields(map, BENEFICIARY_COUNT, "BeneficiaryCount", |w, k, v| {
            match k {
                "count" => c.count = w.count(v),
                "unit" => c.unit = w.code(v),
                "isFloor" => c.is_floor = w.boolean(v),
                _ => return false,
            }
            true
        });
        Some(c)
    }

    fn sdg(&mut self, v: &'a J) -> Option<PSdg<'a>> {
        let map = self.object(v)?;
        let mut g = PSdg::default();
        self.fields(map, SDG_REF, "SdgRef", |w, k, v| {
            match k {
                "goal" => g.goal = w.goal(v),
                "targets" => g.targets = w.array(v, false, |w, x| w.string(x)),
                _ => return false,
            }
            true
        });
        Some(g)
    }

    fn progress_report(&mut self, v: &'a J) -> Option<PReport<'a>> {
        let map = self.object(v)?;
        let mut r = PReport::default();
        self.fields(map, PROGRESS_REPORT, "ProgressReport", |w, k, v| {
            match k {
                "date" => r.date = w.date(v),
                "status" => r.status = w.code(v),
                "narrative" => r.narrative = w.opt_string(v),
                "amountDelivered" => r.amount_delivered = w.money(v),
                "peopleReached" => r.people_reached = w.count(v),
                "challenges" => r.challenges = w.array(v, false, |w, x| w.code(x)),
                "solutions" => r.solutions = w.array(v, false, |w, x| w.code(x)),
                "targets" => r.targets = w.array(v, false, |w, x| w.target(x)),
                _ => return false,
            }
            true
        });
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_lists_match_the_schema() {
        use std::collections::BTreeSet;
        let schema = crate::schema::pledge_schema();
        // The fields of every record, in RECORDS (which other modules follow), match the schema.
        for &(name, (all, required)) in RECORDS {
            let def = if name.is_empty() {
                &schema
            } else {
                &schema["$defs"][name]
            };
            let props: BTreeSet<&str> = def["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(props, all.iter().copied().collect(), "{name} properties");
            let req: BTreeSet<&str> = def
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().map(|x| x.as_str().unwrap()).collect())
                .unwrap_or_default();
            assert_eq!(req, required.iter().copied().collect(), "{name} required");
            assert_eq!(def["additionalProperties"], Value::Bool(false), "{name}");
        }
        // Every object definition of the schema is walked.
        let objects = schema["$defs"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, d)| d["type"] == "object")
            .count();
        assert_eq!(objects + 1, RECORDS.len());
    }

    #[test]
    fn edit_distance() {
        // Hand-computed: one transposition, one deletion, two substitutions.
        assert_eq!(osa_distance("titel", "title"), 1);
        assert_eq!(osa_distance("nme", "name"), 1);
        assert_eq!(osa_distance("abcd", "axcy"), 2);
        assert_eq!(osa_distance("", "abc"), 3);
        assert_eq!(suggest("Titel", ["title", "id"].into_iter()), Some("title"));
        assert_eq!(
            suggest("focus_areas", ["focusAreas"].into_iter()),
            Some("focusAreas")
        );
        assert_eq!(suggest("colour", ["title", "id"].into_iter()), None);
    }

    /// The pruned search picks what checking every candidate by the definition picks: typos
    /// of each field name (one and two edits, and longer or shorter), among all field names.
    #[test]
    fn suggest_is_the_plain_definition() {
        fn plain<'c>(given: &str, candidates: &[&'c str]) -> Option<&'c str> {
            let norm = |s: &str| -> String {
                s.chars()
                    .filter(|c| !matches!(c, '_' | '-' | ' '))
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            let g = norm(given);
            let mut best: Option<(usize, &str)> = None;
            for c in candidates {
                let n = norm(c);
                let d = osa_distance(&g, &n);
                let longest = g.chars().count().max(n.chars().count());
                if d <= 2 && d * 3 <= longest && best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, c));
                }
            }
            best.map(|(_, c)| c)
        }
        let fields = PLEDGE.0;
        let mut tried = 0;
        for f in fields {
            let chars: Vec<char> = f.chars().collect();
            let mut givens = vec![
                f.to_string(),
                f.to_uppercase(),
                format!("{f}xy"),
                "ab".into(),
            ];
            for i in 0..chars.len() {
                let mut drop1 = chars.clone();
                drop1.remove(i);
                givens.push(drop1.iter().collect());
                if i + 2 < chars.len() {
                    let mut drop2 = drop1.clone();
                    drop2.remove(i + 1);
                    givens.push(drop2.iter().collect());
                    let mut swap = chars.clone();
                    swap.swap(i, i + 1);
                    givens.push(swap.iter().collect());
                }
            }
            for g in givens {
                assert_eq!(
                    suggest(&g, fields.iter().copied()),
                    plain(&g, fields),
                    "{g}"
                );
                tried += 1;
            }
        }
        assert!(tried > 500);
    }

    #[test]
    fn target_pattern() {
        use crate::targets::is_target_code;
        for ok in ["ACCESS-01", "A", "ROUNDTABLE-1", "X9-Y-Z"] {
            assert!(is_target_code(ok), "{ok}");
        }
        for bad in ["", "access-01", "1A", "A--B", "A-", "-A", "A B"] {
            assert!(!is_target_code(bad), "{bad}");
        }
    }
}
