//! Validation of inputs of any size, one document at a time: a batch (a JSON array or JSON
//! Lines) gives each document's issues as soon as it is read, and the batch rules' at the
//! end, in memory bounded by the largest document and 16 bytes per pledge.
//!
//! ```
//! use p2c_core::json::stream::Documents;
//! use p2c_core::validate::{BatchValidator, ValidateOptions};
//!
//! let input = "{\"formatVersion\": \"1.0\", \"id\": \"P1\"}\n{\"formatVersion\": \"1.0\", \"id\": \"P1\"}\n";
//! let opts = ValidateOptions::default();
//! let mut batch = BatchValidator::new(&opts);
//! let mut codes = Vec::new();
//! for doc in Documents::new(input.as_bytes(), None, opts.limits.max_bytes)? {
//!     let report = batch.push_document(&doc?);
//!     assert_eq!(report.id.as_deref(), Some("P1"));
//!     codes.extend(report.issues.iter().map(|i| (i.code, i.path.clone())));
//! }
//! for found in batch.finish() {
//!     codes.push((found.issue.code, found.issue.path.clone()));
//!     assert_eq!(found.id.as_deref(), Some("P1")); // the pledge the issue is about
//! }
//! assert!(codes.contains(&("structure.missing_field", "/1/title".to_owned())));
//! assert!(codes.contains(&("batch.duplicate_id", "/1/id".to_owned())));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Same issues as the whole batch
//!
//! For a batch within the [`Limits`](super::Limits), the issues are those of
//! [`validate_batch_str`](super::validate_batch_str), in the same order: each document's
//! issues (paths prefixed with its index), then the batch rules'. The differences are in what
//! a whole-batch read cannot do: the limits apply to each document rather than to the whole
//! input (so there is no limit on the number or total size of documents), and a document that
//! is not well-formed JSON is one `input.malformed_json` issue at its own index, with the
//! line and column in the input, while the documents around it are still validated.

use std::collections::HashMap;

use super::partial::PPledge;
use super::rules::batch::BatchRules;
use super::{pointer, rules, walk, Issue, Report, Severity, Sink, ValidateOptions};
use crate::json::stream::{Document, StreamError};
use crate::json::with_arena;

/// The issues of one document of a batch, and the pledge they are about.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentReport {
    /// 0-based position of the document in the batch (the first segment of every path).
    pub index: usize,
    /// The document's `id`, when it has one that is a string.
    pub id: Option<String>,
    /// The document's `title`, when it has one that is a string.
    pub title: Option<String>,
    /// Its issues, paths prefixed with `/{index}`.
    pub issues: Vec<Issue>,
}

/// An issue of the batch rules, and the id of the pledge its path points into.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchIssue {
    /// The issue (path `/{index}/…`).
    pub issue: Issue,
    /// The id of the pledge at that index, when it has one.
    pub id: Option<String>,
}

/// Validates a batch one document at a time (see the [module documentation](self)).
pub struct BatchValidator {
    opts: ValidateOptions,
    rules: BatchRules,
    next: usize,
    /// Ids of the pledges named by the batch rules' issues, by index: the pledges whose
    /// issues were held, and those with relations.
    ids: HashMap<usize, String>,
}

impl BatchValidator {
    /// A validator with these options (the [`Limits`](super::Limits) apply to each document).
    pub fn new(opts: &ValidateOptions) -> BatchValidator {
        BatchValidator {
            opts: opts.clone(),
            rules: BatchRules::default(),
            next: 0,
            ids: HashMap::new(),
        }
    }

    /// How many documents were pushed.
    pub fn count(&self) -> usize {
        self.next
    }

    /// Validate the next document, given as JSON text.
    pub fn push_str(&mut self, text: &str) -> DocumentReport {
        self.push_bytes(text.as_bytes())
    }

    /// Validate the next document, given as JSON bytes (UTF-8).
    pub fn push_bytes(&mut self, bytes: &[u8]) -> DocumentReport {
        let (issues, id, title) = self.one(bytes);
        self.report(issues, id, title)
    }

    /// Validate the next document as read from an input by
    /// [`Documents`](crate::json::stream::Documents): problems with its text are placed in
    /// the input (line, column, offset), and a document over the size limit gives one
    /// `input.too_large` issue (or the syntax error its beginning already shows).
    pub fn push_document(&mut self, doc: &Document) -> DocumentReport {
        let (mut issues, id, title) = if doc.truncated {
            (vec![oversized(doc, &self.opts)], None, None)
        } else {
            self.one(&doc.bytes)
        };
        for issue in &mut issues {
            walk::relocate(issue, doc.line, doc.column, doc.offset);
        }
        if doc.truncated {
            self.rules
                .push(&PPledge::default(), &mut Sink::new(&self.opts));
        }
        self.report(issues, id, title)
    }

    /// A fault in the input around the documents (a malformed array): one
    /// `input.malformed_json` issue at the whole input (path `""`), with its position.
    pub fn layout_issue(&self, error: &StreamError) -> Option<Issue> {
        match error {
            StreamError::Syntax {
                line,
                column,
                message,
            } => Some(walk::malformed_json(message, *line, *column)),
            StreamError::Io(_) => None,
        }
    }

    /// The batch rules' issues, once every document was pushed, each with the id of the
    /// pledge it is about.
    pub fn finish(self) -> Vec<BatchIssue> {
        let mut sink = Sink::new(&self.opts);
        self.rules.finish(&mut sink);
        sink.issues
            .into_iter()
            .map(|issue| {
                let id = pointer_index(&issue.path).and_then(|n| self.ids.get(&n).cloned());
                BatchIssue { issue, id }
            })
            .collect()
    }

    /// Validate one document (unprefixed issues), and feed it to the batch rules.
    fn one(&mut self, bytes: &[u8]) -> (Vec<Issue>, Option<String>, Option<String>) {
        let opts = &self.opts;
        let rules = &mut self.rules;
        let text = match walk::utf8(bytes, opts) {
            Ok(text) => text,
            Err(issue) => {
                rules.push(&PPledge::default(), &mut Sink::new(opts));
                return (vec![issue], None, None);
            }
        };
        with_arena(|arena| {
            let mut one = Sink::new(opts);
            let mut batch = Sink::new(opts);
            // As the whole batch reads its documents: every object in key order.
            let (id, title) = match walk::read_text(text, opts, false, arena) {
                Ok(read) => match walk::walk_pledge(&read.tree, opts, &mut one, false) {
                    Ok(partial) => {
                        rules::run(&partial, opts, &mut one);
                        rules.push(&partial, &mut batch);
                        (
                            partial.id.map(str::to_owned),
                            partial.title.map(str::to_owned),
                        )
                    }
                    Err(limit) => {
                        one.issues = vec![limit];
                        rules.push(&PPledge::default(), &mut batch);
                        (None, None)
                    }
                },
                Err(issue) => {
                    one.issues = vec![issue];
                    rules.push(&PPledge::default(), &mut batch);
                    (None, None)
                }
            };
            (one.issues, id, title)
        })
    }

    fn report(
        &mut self,
        mut issues: Vec<Issue>,
        id: Option<String>,
        title: Option<String>,
    ) -> DocumentReport {
        let index = self.next;
        self.next = index.saturating_add(1);
        if let Some(id) = &id {
            if self.rules.names(index) {
                self.ids.insert(index, id.clone());
            }
        }
        let mut prefixed = Vec::with_capacity(issues.len());
        pointer::prefix_all(&mut issues, index, &mut prefixed);
        DocumentReport {
            index,
            id,
            title,
            issues: prefixed,
        }
    }
}

/// The issue of a document over the size limit: the syntax error its beginning already
/// shows, if any (a binary file is not JSON whatever its size), else `input.too_large`.
fn oversized(doc: &Document, opts: &ValidateOptions) -> Issue {
    let max = opts.limits.max_bytes;
    let head = doc.bytes.get(..max).unwrap_or(&doc.bytes);
    // Invalid UTF-8 before the last few bytes (which may be a character cut in two).
    if let Err(e) = std::str::from_utf8(head) {
        if e.error_len().is_some() {
            return walk::invalid_utf8(e.valid_up_to() as u64);
        }
    }
    if let Err(e) = serde_json::from_slice::<serde::de::IgnoredAny>(head) {
        if e.classify() == serde_json::error::Category::Syntax {
            let mut message = e.to_string();
            if let Some(i) = message.rfind(" at line ") {
                message.truncate(i);
            }
            return walk::malformed_json(&message, e.line(), e.column());
        }
    }
    walk::too_large(max, doc.size)
}

/// The index a batch path (`/3/title`) starts with.
pub fn pointer_index(path: &str) -> Option<usize> {
    path.strip_prefix('/')?.split('/').next()?.parse().ok()
}

/// Validate a single document as read from an input by
/// [`Documents`](crate::json::stream::Documents) (paths as they are, no batch rules), with
/// problems of its text placed in the input as [`BatchValidator::push_document`] does.
pub fn validate_document(doc: &Document, opts: &ValidateOptions) -> Report {
    if doc.truncated {
        let mut issue = oversized(doc, opts);
        walk::relocate(&mut issue, doc.line, doc.column, doc.offset);
        return Report::from_issues(vec![issue]);
    }
    let mut report = super::validate_bytes(&doc.bytes, opts);
    for issue in &mut report.issues {
        walk::relocate(issue, doc.line, doc.column, doc.offset);
    }
    report
}

/// The pledges an error-severity issue makes invalid, by id, each with the codes of its
/// errors (sorted, without repeats): the form
/// [`SummaryOptions::invalid_pledges`](crate::aggregate::SummaryOptions::invalid_pledges)
/// takes. Issues about no identified pledge are left out.
pub fn failing_pledges<'a>(
    issues: impl IntoIterator<Item = (&'a Issue, Option<&'a str>)>,
) -> Vec<(String, Vec<String>)> {
    let mut out: std::collections::BTreeMap<String, std::collections::BTreeSet<&'static str>> =
        std::collections::BTreeMap::new();
    for (issue, id) in issues {
        if let (Severity::Error, Some(id)) = (issue.severity, id) {
            out.entry(id.to_owned()).or_default().insert(issue.code);
        }
    }
    out.into_iter()
        .map(|(id, codes)| (id, codes.into_iter().map(str::to_owned).collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::stream::{Documents, Layout};
    use crate::validate::validate_batch_str;

    fn streamed(text: &str, layout: Option<Layout>, opts: &ValidateOptions) -> Vec<Issue> {
        let mut batch = BatchValidator::new(opts);
        let mut out = Vec::new();
        for doc in Documents::new(text.as_bytes(), layout, opts.limits.max_bytes).unwrap() {
            match doc {
                Ok(doc) => out.extend(batch.push_document(&doc).issues),
                Err(e) => out.extend(batch.layout_issue(&e)),
            }
        }
        out.extend(batch.finish().into_iter().map(|b| b.issue));
        out
    }

    fn corpus_batch(seed: u64, count: u64, invalid: f64) -> Vec<serde_json::Value> {
        let config = p2c_corpus::CorpusConfig {
            seed,
            count,
            ..p2c_corpus::CorpusConfig::default()
        }
        .with_invalid_rate(invalid);
        let corpus = p2c_corpus::Corpus::new(config).unwrap();
        corpus.records().map(|r| r.unwrap().json).collect()
    }

    /// The issues of a streamed batch are those of the whole batch, in order, for arrays
    /// pretty-printed and compact, and for the same documents as JSON Lines.
    #[test]
    fn streamed_batches_match_the_whole_batch() {
        let opts = ValidateOptions {
            as_of: "2026-01-01".parse().ok(),
            ..ValidateOptions::default()
        };
        let mut docs = corpus_batch(7, 60, 0.5);
        // Batch rules: a repeated id, a likely duplicate and a relation outside the batch.
        let mut copy = docs[3].clone();
        copy["id"] = docs[1]["id"].clone();
        docs.push(copy);
        let valid = (0..docs.len())
            .find(|i| crate::validate::validate_value(&docs[*i], &opts).valid)
            .unwrap();
        let mut twin = docs[valid].clone();
        twin["id"] = "TWIN".into();
        docs.push(twin);
        docs[2]["relations"] = serde_json::json!([{"type": "partOf", "pledge": "NOT-HERE"}]);
        let array = serde_json::Value::Array(docs.clone());
        let whole = validate_batch_str(&array.to_string(), &opts).issues;
        assert!(whole.iter().any(|i| i.code == "batch.duplicate_id"));
        assert!(whole.iter().any(|i| i.code == "batch.likely_duplicate"));
        assert!(whole
            .iter()
            .any(|i| i.code == "batch.unknown_relation_target"));
        assert!(whole.len() > 40);
        assert_eq!(streamed(&array.to_string(), None, &opts), whole);
        let pretty = serde_json::to_string_pretty(&array).unwrap();
        assert_eq!(streamed(&pretty, None, &opts), whole);
        let lines: String = docs.iter().map(|d| format!("{d}\n\n")).collect();
        assert_eq!(streamed(&lines, None, &opts), whole);
        assert_eq!(streamed(&lines, Some(Layout::Lines), &opts), whole);
    }

    /// A malformed document is one issue at its index, placed in the input; the others are
    /// still validated; a malformed array stops with one issue at the input.
    #[test]
    fn malformed_documents_are_placed_in_the_input() {
        let opts = ValidateOptions::default();
        let text = "[\n  {\"formatVersion\": \"1.0\"},\n  {\"id\": tru},\n  {\"id\": 1}\n]";
        let issues = streamed(text, None, &opts);
        let bad: Vec<_> = issues
            .iter()
            .filter(|i| i.code == "input.malformed_json")
            .collect();
        assert_eq!(bad.len(), 1);
        assert_eq!(bad[0].path, "/1");
        // serde_json places the same fault in the whole text at the same line and column.
        let whole = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(
            (
                bad[0].params["line"].as_u64(),
                bad[0].params["column"].as_u64()
            ),
            (Some(whole.line() as u64), Some(whole.column() as u64))
        );
        assert!(bad[0].message.ends_with(&format!(
            "(line {}, column {})",
            whole.line(),
            whole.column()
        )));
        assert!(issues.iter().any(|i| i.path.starts_with("/2/")));
        // A missing comma between documents: the first is validated, then the array stops.
        let issues = streamed("[{\"id\": \"A\"} {\"id\": \"B\"}]", None, &opts);
        let last = issues.iter().find(|i| i.path.is_empty()).unwrap();
        assert_eq!(last.code, "input.malformed_json");
        assert_eq!(last.params["reason"], "expected_list_comma_or_end");
        assert_eq!(last.params["column"], 14);
        // JSON Lines: the line of the document.
        let issues = streamed("{\"id\": \"A\"}\n\n{\"id\": \"B\",}\n", None, &opts);
        let bad = issues
            .iter()
            .find(|i| i.code == "input.malformed_json")
            .unwrap();
        assert_eq!(
            (bad.path.as_str(), bad.params["line"].as_u64()),
            ("/1", Some(3))
        );
    }

    #[test]
    fn oversized_documents_are_one_issue_and_binary_is_not_json() {
        let mut opts = ValidateOptions::default();
        opts.limits.max_bytes = 64;
        let big = format!("{{\"title\": \"{}\"}}", "x".repeat(200));
        let text = format!("{{\"id\": \"A\"}}\n{big}\n{{\"id\": \"C\"}}\n");
        let issues = streamed(&text, None, &opts);
        let large = issues.iter().find(|i| i.code == "input.too_large").unwrap();
        assert_eq!(large.path, "/1");
        assert_eq!(large.params["actual"], big.len());
        assert!(issues.iter().any(|i| i.path.starts_with("/2/")));
        // One document of binary bytes, over the limit: not JSON, at its first byte.
        let binary = vec![0u8; 1000];
        let doc = Documents::new(&binary[..], None, 64)
            .unwrap()
            .next()
            .unwrap()
            .unwrap();
        assert!(doc.truncated);
        assert_eq!(doc.size, 1000);
        let report = validate_document(&doc, &opts);
        assert_eq!(report.issues.len(), 1);
        assert_eq!(report.issues[0].code, "input.malformed_json");
        assert_eq!(report.issues[0].params["column"], 1);
        let latin1 = [b"{\"title\": \"caf".as_slice(), &[0xe9], &[b' '; 100]].concat();
        let doc = Documents::new(&latin1[..], None, 64)
            .unwrap()
            .next()
            .unwrap()
            .unwrap();
        let report = validate_document(&doc, &opts);
        assert_eq!(report.issues[0].code, "input.invalid_utf8");
        assert_eq!(report.issues[0].params["offset"], 14);
    }

    #[test]
    fn failing_pledges_groups_error_codes_by_id() {
        let opts = ValidateOptions::default();
        let text = "[{\"id\": \"A\"}, {\"id\": \"A\"}]";
        let mut batch = BatchValidator::new(&opts);
        let mut pairs: Vec<(Issue, Option<String>)> = Vec::new();
        for doc in Documents::new(text.as_bytes(), None, 1 << 20).unwrap() {
            let r = batch.push_document(&doc.unwrap());
            for i in r.issues {
                pairs.push((i, r.id.clone()));
            }
        }
        for b in batch.finish() {
            pairs.push((b.issue, b.id));
        }
        let failing = failing_pledges(pairs.iter().map(|(i, id)| (i, id.as_deref())));
        assert_eq!(failing.len(), 1);
        assert_eq!(failing[0].0, "A");
        assert!(failing[0].1.contains(&"batch.duplicate_id".to_owned()));
        assert!(failing[0].1.windows(2).all(|w| w[0] < w[1]));
    }
}
