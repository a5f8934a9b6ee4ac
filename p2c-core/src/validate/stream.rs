//! Validating a stream of pledges of any size: a JSON array or JSON Lines read one pledge at a
//! time, each validated as soon as it is complete and then dropped.
//!
//! The report equals [`validate_batch_str`](super::validate_batch_str)'s for the same pledges
//! (each pledge's issues under `/<index>`, then the batch rules), with three differences that
//! make a stream of any size possible: the [`Limits`](super::Limits) apply to each pledge, not
//! to the whole input; a pledge that is not well-formed JSON (or not UTF-8) is one issue under
//! its index, with the line and column of the file in its params, and the others are still
//! validated; and a top-level structure that is broken (a missing `]`, text after it) is an
//! `input.malformed_json` issue at the end. Memory grows with the report and with 16 bytes per
//! pledge for the batch rules (fingerprints of ids and duplicate keys), not with the input.

use std::io::{self, BufRead};

use serde_json::Value;

use super::partial::PPledge;
use super::pointer::prefix_all;
use super::rules::batch::BatchRules;
use super::{finish, rules, walk, Code, Issue, Report, Sink, ValidateOptions};
use crate::json::with_arena;

/// How a stream of pledges is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum StreamFormat {
    /// A JSON array when the first non-blank character is `[`; otherwise one pledge (a single
    /// JSON value: the report of [`validate_str`](super::validate_str), paths unprefixed) or
    /// several (JSON Lines, or values one after the other).
    #[default]
    Auto,
    /// One JSON array of pledges.
    JsonArray,
    /// JSON Lines: one pledge per line, blank lines skipped.
    JsonLines,
}

/// Validate a stream of pledges (see the module docs). Errors only when reading fails.
pub fn validate_reader<R: BufRead>(
    reader: R,
    format: StreamFormat,
    opts: &ValidateOptions,
) -> io::Result<Report> {
    validate_reader_with(reader, format, opts, &mut |_| {})
}

/// One pledge of a stream, as [`validate_reader_with`] reads it: where it is in the input
/// and what it is called, so that a caller can name the pledge an issue is about (its path
/// starts with `/{index}` in a batch) and place it in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeenPledge<'a> {
    /// 0-based position among the pledges of the input.
    pub index: usize,
    /// 1-based line of its first character in the input.
    pub line: usize,
    /// 1-based column of its first character.
    pub column: usize,
    /// Its `id`, when it has one that is a string.
    pub id: Option<&'a str>,
    /// Its `title`, when it has one that is a string.
    pub title: Option<&'a str>,
}

/// [`validate_reader`], telling `seen` about each pledge as it is read (in order, once each,
/// also for a single pledge, index 0): memory stays bounded, and a caller keeps only what it
/// needs of each (an id to name the pledges of the batch rules' issues, a title for a report).
pub fn validate_reader_with<R: BufRead>(
    reader: R,
    format: StreamFormat,
    opts: &ValidateOptions,
    seen: &mut dyn FnMut(SeenPledge<'_>),
) -> io::Result<Report> {
    let mut s = Scanner::new(reader, opts.limits.max_bytes);
    let mut v = Batch::new(opts, seen);
    let first = s.skip_blank()?;
    match (format, first) {
        (StreamFormat::JsonLines, _) => lines(&mut s, &mut v)?,
        (_, Some(b'[')) => array(&mut s, &mut v)?,
        (StreamFormat::JsonArray, _) => {
            // Not an array: the batch reader's own report for what is there.
            let doc = s.value(false)?;
            let text = doc.map(|d| d.text).unwrap_or_default();
            return Ok(super::validate_batch_bytes(&text, opts));
        }
        (StreamFormat::Auto, _) => return auto(&mut s, v, opts),
    }
    Ok(v.finish())
}

/// The issues of a batch being validated, pledge by pledge.
struct Batch<'o> {
    opts: &'o ValidateOptions,
    seen: &'o mut dyn FnMut(SeenPledge<'_>),
    sink: Sink,
    batch_sink: Sink,
    rules: BatchRules,
    next: usize,
}

impl<'o> Batch<'o> {
    fn new(opts: &'o ValidateOptions, seen: &'o mut dyn FnMut(SeenPledge<'_>)) -> Batch<'o> {
        Batch {
            opts,
            seen,
            sink: Sink::new(opts),
            batch_sink: Sink::new(opts),
            rules: BatchRules::default(),
            next: 0,
        }
    }

    /// Validate the next pledge of the batch.
    fn push(&mut self, doc: &Doc) {
        let index = self.next;
        self.next = self.next.saturating_add(1);
        let opts = self.opts;
        let mut one = Sink::new(opts);
        let seen = SeenPledge {
            index,
            line: doc.line,
            column: doc.column,
            id: None,
            title: None,
        };
        if doc.too_large {
            one.issues
                .push(walk::too_large(opts.limits.max_bytes, doc.size));
            self.rules
                .add(index, &PPledge::default(), &mut self.batch_sink);
            (self.seen)(seen);
        } else {
            let rules = &mut self.rules;
            let batch_sink = &mut self.batch_sink;
            let tell = &mut self.seen;
            with_arena(|arena| {
                let read = walk::utf8(&doc.text, opts)
                    .and_then(|text| walk::read_text(text, opts, false, false, arena));
                match read {
                    Ok(read) => match walk::walk_pledge(&read.tree, opts, &mut one, false) {
                        Ok(partial) => {
                            rules::run(&partial, opts, &mut one);
                            rules.add(index, &partial, batch_sink);
                            tell(SeenPledge {
                                id: partial.id,
                                title: partial.title,
                                ..seen
                            });
                        }
                        Err(limit) => {
                            one.issues = vec![limit];
                            rules.add(index, &PPledge::default(), batch_sink);
                            tell(seen);
                        }
                    },
                    Err(issue) => {
                        one.issues = vec![at_line(issue, doc.line, doc.column)];
                        rules.add(index, &PPledge::default(), batch_sink);
                        tell(seen);
                    }
                }
            });
        }
        prefix_all(&mut one.issues, index, &mut self.sink.issues);
    }

    /// A broken top-level structure, reported after the pledges read before it.
    fn broken(&mut self, message: &str, line: usize, column: usize) {
        self.sink
            .issues
            .push(walk::malformed(message, line, column));
    }

    fn finish(mut self) -> Report {
        self.rules.finish(&mut self.batch_sink);
        self.sink.issues.append(&mut self.batch_sink.issues);
        finish(self.sink)
    }
}

/// An issue of a pledge's own text with its line and column made the file's: the pledge
/// started at `line`, `column` of the file.
fn at_line(mut issue: Issue, line: usize, column: usize) -> Issue {
    if issue.code != Code::InputMalformedJson.info().code {
        return issue;
    }
    let get = |k: &str| {
        issue
            .params
            .get(k)
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
    };
    let (Some(l), Some(c)) = (get("line"), get("column")) else {
        return issue;
    };
    let file_line = line.saturating_add(l).saturating_sub(1);
    let file_column = if l == 1 {
        column.saturating_add(c).saturating_sub(1)
    } else {
        c
    };
    let old = format!("(line {l}, column {c})");
    let new = format!("(line {file_line}, column {file_column})");
    issue.message = issue.message.replace(&old, &new);
    issue.params.insert("line".into(), file_line.into());
    issue.params.insert("column".into(), file_column.into());
    issue
}

/// JSON Lines: every non-blank line is a pledge.
fn lines<R: BufRead>(s: &mut Scanner<R>, v: &mut Batch<'_>) -> io::Result<()> {
    while let Some(doc) = s.line()? {
        v.push(&doc);
    }
    Ok(())
}

/// A JSON array, its elements validated one at a time.
fn array<R: BufRead>(s: &mut Scanner<R>, v: &mut Batch<'_>) -> io::Result<()> {
    s.bump(); // `[`
    if s.skip_blank()? == Some(b']') {
        s.bump();
        return trailing(s, v);
    }
    loop {
        match s.value(true)? {
            Some(doc) => v.push(&doc),
            None => {
                let (line, column) = s.position();
                v.broken("expected value", line, column);
                return Ok(());
            }
        }
        match s.skip_blank()? {
            Some(b',') => {
                s.bump();
            }
            Some(b']') => {
                s.bump();
                return trailing(s, v);
            }
            Some(_) => {
                let (line, column) = s.position();
                v.broken("expected `,` or `]`", line, column);
                return Ok(());
            }
            None => {
                let (line, column) = s.position();
                v.broken("EOF while parsing a list", line, column);
                return Ok(());
            }
        }
    }
}

/// Nothing but blanks may follow the array.
fn trailing<R: BufRead>(s: &mut Scanner<R>, v: &mut Batch<'_>) -> io::Result<()> {
    if s.skip_blank()?.is_some() {
        let (line, column) = s.position();
        v.broken("trailing characters", line, column);
    }
    Ok(())
}

/// The index of the pledge a batch issue's path points into (`/3/title` → 3).
pub fn pledge_index(path: &str) -> Option<usize> {
    path.strip_prefix('/')?.split('/').next()?.parse().ok()
}

/// The pledges that error-severity issues of a batch report make invalid, by id, each with
/// its error codes (sorted, without repeats): the `invalidPledges` of a summary call, so that
/// a summary leaves out what validating the batch found (a repeated id). `ids[i]` is the id of
/// pledge `i` (as [`SeenPledge::id`] gives it); issues about no pledge with an id are left
/// out.
pub fn failing_pledges(
    report: &Report,
    ids: &[Option<String>],
) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut out: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for issue in report.with_severity(super::Severity::Error) {
        let id = pledge_index(&issue.path)
            .and_then(|i| ids.get(i))
            .and_then(Option::as_ref);
        if let Some(id) = id {
            let codes = out.entry(id.clone()).or_default();
            if let Err(at) = codes.binary_search_by(|c| c.as_str().cmp(issue.code)) {
                codes.insert(at, issue.code.to_owned());
            }
        }
    }
    out
}

/// `auto` on input that is not an array: one value (a single pledge), or several.
fn auto<R: BufRead>(
    s: &mut Scanner<R>,
    mut v: Batch<'_>,
    opts: &ValidateOptions,
) -> io::Result<Report> {
    let Some(first) = s.value(false)? else {
        // Empty input: the single-document reader's own issue.
        return Ok(super::validate_str("", opts));
    };
    // A value that ends its line starts JSON Lines: read the rest line by line, so that one
    // broken line cannot swallow the next ones.
    let line_mode = s.rest_of_line_blank()?;
    let second = if line_mode {
        s.line()?
    } else {
        s.skip_blank()?;
        s.value(false)?
    };
    let Some(second) = second else {
        // One pledge: its id and title for the caller, from the text just read.
        let label = (!first.too_large)
            .then(|| serde_json::from_slice::<Value>(&first.text).ok())
            .flatten();
        let text = |key: &str| {
            label
                .as_ref()
                .and_then(|v| v.get(key))
                .and_then(Value::as_str)
        };
        (v.seen)(SeenPledge {
            index: 0,
            line: first.line,
            column: first.column,
            id: text("id"),
            title: text("title"),
        });
        return Ok(if first.too_large {
            Report::from_issues(vec![walk::too_large(opts.limits.max_bytes, first.size)])
        } else {
            super::validate_bytes(&first.text, opts)
        });
    };
    v.push(&first);
    v.push(&second);
    if line_mode {
        lines(s, &mut v)?;
    } else {
        while s.skip_blank()?.is_some() {
            match s.value(false)? {
                Some(doc) => v.push(&doc),
                None => break,
            }
        }
    }
    Ok(v.finish())
}

/// One value's text, where it started, and whether it was too large to keep.
struct Doc {
    text: Vec<u8>,
    line: usize,
    column: usize,
    size: usize,
    too_large: bool,
}

/// Reads values and lines off a buffered reader, counting lines and columns.
struct Scanner<R> {
    reader: R,
    max: usize,
    line: usize,
    column: usize,
}

impl<R: BufRead> Scanner<R> {
    fn new(reader: R, max: usize) -> Scanner<R> {
        Scanner {
            reader,
            max,
            line: 1,
            column: 1,
        }
    }

    fn position(&self) -> (usize, usize) {
        (self.line, self.column)
    }

    /// The next byte, not consumed.
    fn peek(&mut self) -> io::Result<Option<u8>> {
        loop {
            match self.reader.fill_buf() {
                Ok(buf) => return Ok(buf.first().copied()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Consume one byte (after a `peek` that saw it).
    fn bump(&mut self) {
        let b = self.reader.fill_buf().ok().and_then(|b| b.first().copied());
        self.reader.consume(1);
        self.advance(b);
    }

    fn advance(&mut self, b: Option<u8>) {
        if b == Some(b'\n') {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else if b.is_some_and(|b| b & 0xC0 != 0x80) {
            // Columns count characters: UTF-8 continuation bytes do not start one.
            self.column = self.column.saturating_add(1);
        }
    }

    /// Skip blanks (and a byte-order mark at the very start); the next byte, not consumed.
    fn skip_blank(&mut self) -> io::Result<Option<u8>> {
        loop {
            if self.line == 1 && self.column == 1 {
                let buf = self.reader.fill_buf()?;
                if buf.starts_with("\u{feff}".as_bytes()) {
                    self.reader.consume(3);
                }
            }
            match self.peek()? {
                Some(b' ' | b'\t' | b'\r' | b'\n') => self.bump(),
                other => return Ok(other),
            }
        }
    }

    /// Whether only blanks remain on the current line (consumed, with its line break).
    fn rest_of_line_blank(&mut self) -> io::Result<bool> {
        loop {
            match self.peek()? {
                Some(b' ' | b'\t' | b'\r') => self.bump(),
                Some(b'\n') => {
                    self.bump();
                    return Ok(true);
                }
                None => return Ok(true),
                Some(_) => return Ok(false),
            }
        }
    }

    /// Keep `b` in `doc` unless it has outgrown the limit (then only count it).
    fn keep(&self, doc: &mut Doc, b: u8) {
        doc.size = doc.size.saturating_add(1);
        if doc.size > self.max {
            if !doc.too_large {
                doc.too_large = true;
                doc.text = Vec::new();
            }
        } else {
            doc.text.push(b);
        }
    }

    /// The next non-blank line, without its line break (`None` at the end).
    fn line(&mut self) -> io::Result<Option<Doc>> {
        loop {
            let (line, column) = self.position();
            let mut doc = Doc {
                text: Vec::new(),
                line,
                column,
                size: 0,
                too_large: false,
            };
            let mut any = false;
            loop {
                match self.peek()? {
                    None => break,
                    Some(b'\n') => {
                        self.bump();
                        break;
                    }
                    Some(b) => {
                        any = true;
                        self.keep(&mut doc, b);
                        self.bump();
                    }
                }
            }
            if doc.too_large || doc.text.iter().any(|b| !b.is_ascii_whitespace()) {
                return Ok(Some(doc));
            }
            if !any && self.peek()?.is_none() {
                return Ok(None);
            }
        }
    }

    /// The next JSON value's text, from here to its end: a container to its closing bracket,
    /// a string to its closing quote, any other scalar to the next blank (or, `in_array`, to
    /// `,` or `]`). `None` when there is no value here (the end, or a `,`/`]` in an array).
    /// The text is not checked here: the JSON reader of the pledge reports what is wrong.
    fn value(&mut self, in_array: bool) -> io::Result<Option<Doc>> {
        self.skip_blank()?;
        let (line, column) = self.position();
        let mut doc = Doc {
            text: Vec::new(),
            line,
            column,
            size: 0,
            too_large: false,
        };
        let mut depth: usize = 0;
        let mut in_string = false;
        let mut escape = false;
        while let Some(b) = self.peek()? {
            if in_string {
                self.keep(&mut doc, b);
                self.bump();
                if escape {
                    escape = false;
                } else if b == b'\\' {
                    escape = true;
                } else if b == b'"' {
                    in_string = false;
                    if depth == 0 {
                        break;
                    }
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => depth = depth.saturating_add(1),
                b']' if depth == 0 && in_array => break,
                b'}' | b']' if depth == 0 => {
                    // A stray closing bracket: a value of its own, for the reader to report.
                    if doc.size == 0 {
                        self.keep(&mut doc, b);
                        self.bump();
                    }
                    break;
                }
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.keep(&mut doc, b);
                        self.bump();
                        break;
                    }
                }
                b',' if depth == 0 && in_array => break,
                b' ' | b'\t' | b'\r' | b'\n' if depth == 0 => break,
                _ => {}
            }
            self.keep(&mut doc, b);
            self.bump();
        }
        Ok((doc.size > 0).then_some(doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{validate_batch_str, validate_str};

    fn opts() -> ValidateOptions {
        ValidateOptions {
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 1, 1),
            ..ValidateOptions::default()
        }
    }

    fn stream(text: &str, format: StreamFormat) -> Report {
        validate_reader(text.as_bytes(), format, &opts()).unwrap()
    }

    const GOOD: &str = r#"{"formatVersion": "1.0", "id": "P1", "title": "Schools online",
      "pledgers": {"lead": {"name": "Ministry", "stakeholderType": "government", "headquarters": "KEN"}},
      "pledgeTypes": ["programmatic"], "focusAreas": ["access"], "reviewState": "draft"}"#;

    #[test]
    fn an_array_streams_to_the_batch_report() {
        let bad = r#"{"formatVersion": "1.0", "id": "P1", "titel": "x", "relations": [{"type": "part_of", "pledge": "NOPE"}]}"#;
        let text = format!("[{GOOD}, {bad}, {GOOD}]");
        let expected = validate_batch_str(&text, &opts());
        assert!(!expected.issues.is_empty());
        assert_eq!(stream(&text, StreamFormat::Auto), expected);
        assert_eq!(stream(&text, StreamFormat::JsonArray), expected);
        assert_eq!(
            stream(" [ ] ", StreamFormat::Auto),
            validate_batch_str("[]", &opts())
        );
    }

    #[test]
    fn json_lines_stream_to_the_batch_report_of_their_array() {
        let one = GOOD.replace('\n', " ");
        let two = one.replace("\"P1\"", "\"P2\"");
        let text = format!("{one}\n\n{two}\n");
        let expected = validate_batch_str(&format!("[{one},{two}]"), &opts());
        assert_eq!(stream(&text, StreamFormat::Auto), expected);
        assert_eq!(stream(&text, StreamFormat::JsonLines), expected);
    }

    #[test]
    fn one_value_is_one_pledge() {
        assert_eq!(
            stream(GOOD, StreamFormat::Auto),
            validate_str(GOOD, &opts())
        );
        let bad = r#"{"id": 7}"#;
        assert_eq!(stream(bad, StreamFormat::Auto), validate_str(bad, &opts()));
        assert_eq!(stream("", StreamFormat::Auto), validate_str("", &opts()));
    }

    #[test]
    fn a_broken_line_is_one_issue_with_the_files_line() {
        let one = GOOD.replace('\n', " ");
        let text = format!("{one}\n{{\"id\": \n{one}\n");
        let r = stream(&text, StreamFormat::Auto);
        let broken: Vec<_> = r
            .issues
            .iter()
            .filter(|i| i.code == "input.malformed_json")
            .collect();
        assert_eq!(broken.len(), 1);
        assert_eq!(broken[0].path, "/1");
        assert_eq!(broken[0].params["line"], 2);
        // The third line is still validated (as pledge 2, a duplicate of pledge 0).
        assert!(r.issues.iter().any(|i| i.path == "/2/id"));
    }

    #[test]
    fn limits_apply_to_each_pledge() {
        let mut o = opts();
        o.limits.max_bytes = 400;
        let text = format!("[{GOOD},{GOOD}]");
        assert!(text.len() > 400);
        let r = validate_reader(text.as_bytes(), StreamFormat::Auto, &o).unwrap();
        assert!(r.issues.iter().all(|i| i.code != "input.too_large"));
        o.limits.max_bytes = 50;
        let r = validate_reader(text.as_bytes(), StreamFormat::Auto, &o).unwrap();
        let large: Vec<_> = r.issues.iter().map(|i| (i.code, i.path.as_str())).collect();
        assert_eq!(
            large,
            [("input.too_large", "/0"), ("input.too_large", "/1")]
        );
    }

    #[test]
    fn each_pledge_is_seen_once_with_its_place_and_id() {
        let one = GOOD.replace('\n', " ");
        let text = format!("{one}\n\n{}\n{one}\n", one.replace("\"P1\"", "\"P2\""));
        let mut seen = Vec::new();
        let report = validate_reader_with(text.as_bytes(), StreamFormat::Auto, &opts(), &mut |p| {
            seen.push((p.index, p.line, p.id.map(str::to_owned)))
        })
        .unwrap();
        assert_eq!(
            seen,
            [
                (0, 1, Some("P1".to_owned())),
                (1, 3, Some("P2".to_owned())),
                (2, 4, Some("P1".to_owned()))
            ]
        );
        let ids: Vec<_> = seen.into_iter().map(|(_, _, id)| id).collect();
        let failing = failing_pledges(&report, &ids);
        assert_eq!(
            failing.into_iter().collect::<Vec<_>>(),
            [("P1".to_owned(), vec!["batch.duplicate_id".to_owned()])]
        );
        // One pledge alone is seen too.
        let mut single = Vec::new();
        validate_reader_with(GOOD.as_bytes(), StreamFormat::Auto, &opts(), &mut |p| {
            single.push((p.index, p.id.map(str::to_owned), p.title.map(str::to_owned)))
        })
        .unwrap();
        assert_eq!(
            single,
            [(0, Some("P1".to_owned()), Some("Schools online".to_owned()))]
        );
    }

    #[test]
    fn a_broken_array_says_where() {
        let r = stream(&format!("[{GOOD} {GOOD}]"), StreamFormat::Auto);
        let last = r.issues.last().unwrap();
        assert_eq!(last.code, "input.malformed_json");
        let r = stream(&format!("[{GOOD}"), StreamFormat::Auto);
        assert_eq!(r.issues.last().unwrap().code, "input.malformed_json");
        assert!(!r.valid);
        let r = stream(&format!("[{GOOD}] x"), StreamFormat::Auto);
        assert_eq!(
            r.issues.last().unwrap().params["reason"],
            "trailing_characters"
        );
    }
}
