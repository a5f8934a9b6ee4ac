//! The file route: validate, load, summarize and flatten a file of pledges (a JSON array or
//! JSON Lines), from a path or from its bytes, on every core, without handing the caller an
//! object per pledge.
//!
//! Each function reads the input in chunks of whole records (about
//! [`CHUNK_BYTES`](crate::parallel::CHUNK_BYTES) each: lines, or the elements of the array,
//! found by a scan that builds nothing), handles the chunks on up to the call's
//! [`Threads`] threads, and puts their results together in input order, so the result is
//! the same, byte for byte, whatever the number of threads. From a path, only a few chunks
//! per thread are in memory at once.
//!
//! | call | from a path | from bytes |
//! |---|---|---|
//! | validate, every record and the batch rules | [`validate_path`] | [`validate_records`] |
//! | parse every record into a [`Pledge`] | [`load`] | [`parse_records`] |
//! | a dashboard summary (streaming, bounded memory) | [`summarize_path`] | [`summarize_records`] |
//! | a partial summary, to merge with others | [`partial_path`] | [`partial_records`] |
//! | the ids relations name (for partials) | [`related_path`] | [`related_records`] |
//! | the flat tables | [`tables_path`] | [`tables_records`] |
//!
//! # Records and errors
//!
//! A record is a line of JSON Lines (blank lines skipped, a `\r` before the line end
//! dropped) or an element of the array. [`validate_records`] validates each record as a
//! document ([`validate_bytes`](crate::validate::validate_bytes): the [`Limits`] apply to each
//! record), prefixes its issues' paths with its index among the records (`/3/title`), then
//! runs the batch rules (duplicate ids, likely duplicates, relations to ids not in the file).
//! A file that is not one JSON array although it starts with `[` gives the one
//! `input.malformed_json` issue the JSON parser reports for it.
//!
//! [`load`] and [`parse_records`] fail as [`load_pledges`](crate::parse::load_pledges) does
//! on the same file (the same error, pointer, line and column). The summary and table
//! routes fail at the first record, in input order, that does not parse: `parse_error` with
//! the record's index in the pointer and its line and column in the file.
//!
//! [`Limits`]: crate::validate::Limits

pub(crate) mod chunks;

use std::collections::HashSet;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};

use crate::aggregate::{Summary, SummaryAccumulator, SummaryOptions};
use crate::model::Pledge;
use crate::parallel::{self, Threads};
use crate::tables::{PledgerScores, TableOptions, Tables};
use crate::validate::{Issue, Report, ValidateOptions};
use crate::{Error, Result};
use chunks::{ChunkReader, NotAnArray, Record, View};

/// The format of a file of pledges.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// An array when the first character that is not white space is `[`, else JSON Lines.
    #[default]
    Auto,
    /// One JSON array of pledges.
    Array,
    /// JSON Lines: one pledge per line; blank lines are skipped.
    Lines,
}

/// Where the records come from.
#[derive(Clone, Copy)]
enum Source<'a> {
    Bytes(&'a [u8]),
    Path(&'a Path),
}

fn io_error(path: &Path, e: &std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// How many chunks are handed to the threads at once from memory: enough for every thread,
/// few enough that results are combined (and freed) as the input goes.
fn batch_chunks(threads: Threads) -> usize {
    threads.get().clamp(1, 64).saturating_mul(4)
}

/// Run `work` on every chunk of `source` on up to `threads` threads, and `combine` the
/// results in input order. `Ok(Err(NotAnArray))` when the input was to be an array and is
/// not one (nothing was combined then, or only the chunks before the fault).
///
/// The work is pipelined: while the threads work on one batch of chunks, the calling side
/// reads the next batch (from a file) and combines the results of the previous one, so that
/// neither the reading nor the combining leaves the other threads idle. Results are combined
/// strictly in input order, and a batch is combined before anything about the batch after
/// it (a read error, the end of an array) counts, so errors keep their input order.
fn each_chunk<R: Send>(
    source: Source<'_>,
    format: Format,
    threads: Threads,
    work: impl Fn(View<'_>) -> R + Sync + Send,
    mut combine: impl FnMut(R) -> Result<()> + Send,
) -> Result<std::result::Result<(), NotAnArray>> {
    // The results of the batch before, not combined yet.
    let mut pending: Vec<R> = Vec::new();
    match source {
        Source::Bytes(bytes) => {
            let chunks = match chunks::split(bytes, format) {
                Ok(c) => c,
                Err(e) => return Ok(Err(e)),
            };
            for batch in chunks.chunks(batch_chunks(threads)) {
                let map = || parallel::map(threads, batch, |c| work(c.view()));
                // The first batch has nothing to combine beside it: a small input (one chunk)
                // stays on the calling thread, without a pool.
                if pending.is_empty() {
                    pending = map();
                    continue;
                }
                let (combined, results) = parallel::join(
                    threads,
                    || pending.drain(..).try_for_each(&mut combine),
                    map,
                );
                combined?;
                pending = results;
            }
        }
        Source::Path(path) => {
            let file = std::fs::File::open(path).map_err(|e| io_error(path, &e))?;
            let mut reader = ChunkReader::new(file, format, &path.display().to_string());
            let mut batch = match reader.next_batch(threads.get())? {
                Ok(b) => b,
                Err(e) => return Ok(Err(e)),
            };
            while !batch.is_empty() {
                let ((combined, next), results) = parallel::join(
                    threads,
                    || {
                        let combined = pending.drain(..).try_for_each(&mut combine);
                        (combined, reader.next_batch(threads.get()))
                    },
                    || parallel::map(threads, &batch, |c| work(c.view())),
                );
                combined?;
                match next {
                    Ok(Ok(b)) => {
                        pending = results;
                        batch = b;
                    }
                    Ok(Err(e)) => {
                        results.into_iter().try_for_each(&mut combine)?;
                        return Ok(Err(e));
                    }
                    Err(e) => {
                        results.into_iter().try_for_each(&mut combine)?;
                        return Err(e);
                    }
                }
            }
        }
    }
    pending.into_iter().try_for_each(&mut combine)?;
    Ok(Ok(()))
}

/// Keeps the place of the chunks combined so far: records before, lines before (JSON Lines).
#[derive(Default, Clone, Copy)]
struct Place {
    records: usize,
    lines: usize,
}

impl Place {
    /// The index in the input of a chunk's record `local`.
    fn index(&self, local: usize) -> usize {
        self.records.saturating_add(local)
    }

    /// The line in the input of a line counted from the chunk (array elements have theirs).
    fn line(&self, local: usize, lines: bool) -> usize {
        if lines {
            self.lines.saturating_add(local)
        } else {
            local
        }
    }

    fn advance(&mut self, records: usize, line_ends: usize) {
        self.records = self.records.saturating_add(records);
        self.lines = self.lines.saturating_add(line_ends);
    }
}

/// A record that did not parse: the parse error with the place in the record, to be put in
/// the input's terms once the chunk's place is known.
struct RecordError {
    index: usize,
    line: usize,
    column: usize,
    /// Boxed: the error is large and most results are `Ok`.
    error: Box<Error>,
}

impl RecordError {
    /// The error in the input's terms: the record's index before the pointer, the line and
    /// column in the input.
    fn into_error(self, place: &Place, lines: bool) -> Error {
        let index = place.index(self.index);
        let record_line = place.line(self.line, lines);
        match *self.error {
            Error::Parse {
                pointer,
                line,
                column,
                message,
                ..
            } => {
                let l = line.unwrap_or(1);
                Error::Parse {
                    what: "pledge list",
                    pointer: format!("/{index}{pointer}"),
                    line: Some(record_line.saturating_add(l.saturating_sub(1))),
                    column: column.map(|c| {
                        if l <= 1 {
                            self.column.saturating_add(c).saturating_sub(1)
                        } else {
                            c
                        }
                    }),
                    message,
                }
            }
            other => other,
        }
    }
}

/// Parse one record as a pledge.
fn parse_record(r: &Record<'_>) -> std::result::Result<Pledge, RecordError> {
    crate::parse::from_slice::<Pledge>("pledge", r.text).map_err(|error| RecordError {
        index: r.index,
        line: r.line,
        column: r.column,
        error: Box::new(error),
    })
}

fn is_lines(source: Source<'_>, format: Format) -> Result<bool> {
    Ok(match format {
        Format::Lines => true,
        Format::Array => false,
        Format::Auto => match source {
            Source::Bytes(b) => chunks::detect(b) == Format::Lines,
            Source::Path(p) => {
                let mut head = Vec::new();
                let f = std::fs::File::open(p).map_err(|e| io_error(p, &e))?;
                let mut r = std::io::BufReader::new(f);
                // The first bytes that are not white space decide.
                loop {
                    let mut buf = [0u8; 4096];
                    let n = std::io::Read::read(&mut r, &mut buf).map_err(|e| io_error(p, &e))?;
                    head.extend_from_slice(buf.get(..n).unwrap_or_default());
                    let seen = head
                        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
                        .unwrap_or(&head)
                        .iter()
                        .any(|b| !b.is_ascii_whitespace());
                    if n == 0 || seen {
                        break;
                    }
                }
                chunks::detect(&head) == Format::Lines
            }
        },
    })
}

// ---------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------

/// The error `load_pledges` gives for this input (the sequential reader names it exactly).
fn sequential_error(bytes: &[u8]) -> Error {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return Error::Parse {
                what: "pledge list",
                pointer: String::new(),
                line: None,
                column: None,
                message: format!(
                    "input is not valid UTF-8 (invalid byte at offset {})",
                    e.valid_up_to()
                ),
            }
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let result = if text.trim_start().starts_with('[') {
        crate::parse::parse_pledges(text)
    } else {
        crate::parse::parse_pledge_lines(text)
    };
    match result {
        Err(e) => e,
        Ok(_) => {
            Error::Internal("the chunked reader failed where the sequential one did not".into())
        }
    }
}

/// What a chunk of [`load`] gives: its pledges, or the first problem in it.
struct Loaded {
    pledges: Vec<Pledge>,
    /// The first record that did not parse.
    failed: Option<RecordError>,
    /// The input offset of the first byte that is not UTF-8, if any.
    bad_utf8: Option<usize>,
    records: usize,
    line_ends: usize,
}

fn load_chunk(c: View<'_>, failed_before: &AtomicBool) -> Loaded {
    let mut out = Loaded {
        pledges: Vec::new(),
        failed: None,
        bad_utf8: None,
        records: 0,
        line_ends: 0,
    };
    let done = c.each::<()>(|r| {
        out.records = out.records.saturating_add(1);
        if let Err(e) = std::str::from_utf8(r.text) {
            out.bad_utf8 = Some(
                c.offset
                    .saturating_add(r.offset)
                    .saturating_add(e.valid_up_to()),
            );
            // The first bad byte decides the error: nothing after it matters.
            return Err(());
        }
        if out.failed.is_some() || failed_before.load(Ordering::Relaxed) {
            // Only the UTF-8 check matters after a record failed.
            return Ok(());
        }
        match parse_record(&r) {
            Ok(p) => out.pledges.push(p),
            Err(e) => out.failed = Some(e),
        }
        Ok(())
    });
    out.line_ends = done.unwrap_or(0);
    out
}

fn load_source(source: Source<'_>, format: Format, threads: Threads) -> Result<Vec<Pledge>> {
    let lines = is_lines(source, format)?;
    let failed_before = AtomicBool::new(false);
    let mut pledges = Vec::new();
    let mut place = Place::default();
    let mut first_error: Option<Error> = None;
    let mut bad_utf8: Option<usize> = None;
    let shape = each_chunk(
        source,
        format,
        threads,
        |c| load_chunk(c, &failed_before),
        |mut l| {
            if bad_utf8.is_some() {
                return Ok(());
            }
            if let Some(at) = l.bad_utf8 {
                bad_utf8 = Some(at);
                failed_before.store(true, Ordering::Relaxed);
                return Ok(());
            }
            if first_error.is_none() {
                if let Some(e) = l.failed.take() {
                    first_error = Some(e.into_error(&place, lines));
                    failed_before.store(true, Ordering::Relaxed);
                    pledges = Vec::new();
                } else {
                    pledges.append(&mut l.pledges);
                }
            }
            place.advance(l.records, l.line_ends);
            Ok(())
        },
    )?;
    let failed = shape.is_err() || bad_utf8.is_some() || first_error.is_some();
    if !failed {
        return Ok(pledges);
    }
    drop(pledges);
    // Arrays, and any UTF-8 fault: the sequential reader names the error exactly.
    if let (true, None, Some(e)) = (lines, bad_utf8, first_error) {
        return Err(e);
    }
    let bytes = match source {
        Source::Bytes(b) => std::borrow::Cow::Borrowed(b),
        Source::Path(p) => std::borrow::Cow::Owned(std::fs::read(p).map_err(|e| io_error(p, &e))?),
    };
    Err(sequential_error(&bytes))
}

/// Read a file of pledges into memory, on up to `threads` threads: what
/// [`load_pledges`](crate::parse::load_pledges) gives (the same pledges in the same order, or
/// the same error), faster. `format` [`Format::Auto`] decides as `load_pledges` does.
///
/// Errors: `io_error` when the file cannot be read, `parse_error` as for `load_pledges`.
pub fn load(path: impl AsRef<Path>, format: Format, threads: Threads) -> Result<Vec<Pledge>> {
    load_source(Source::Path(path.as_ref()), format, threads)
}

/// [`load`] from the bytes of a file.
pub fn parse_records(bytes: &[u8], format: Format, threads: Threads) -> Result<Vec<Pledge>> {
    load_source(Source::Bytes(bytes), format, threads)
}

// ---------------------------------------------------------------------------------------
// Validate
// ---------------------------------------------------------------------------------------

/// What a chunk of a validation gives: the issues of its records that have any (by index in
/// the chunk), and every record's entry for the batch rules.
struct Checked {
    issues: Vec<(usize, Vec<Issue>)>,
    entries: Vec<crate::validate::BatchEntry>,
    line_ends: usize,
}

fn validate_source(source: Source<'_>, format: Format, opts: &ValidateOptions) -> Result<Report> {
    let mut issues: Vec<Issue> = Vec::new();
    let mut entries = Vec::new();
    let mut place = Place::default();
    let shape = each_chunk(
        source,
        format,
        opts.threads,
        |c| {
            let mut out = Checked {
                issues: Vec::new(),
                entries: Vec::new(),
                line_ends: 0,
            };
            let ends = c.each::<()>(|r| {
                let (found, entry) = crate::validate::validate_record(r.text, opts);
                if !found.is_empty() {
                    out.issues.push((r.index, found));
                }
                out.entries.push(entry);
                Ok(())
            });
            out.line_ends = ends.unwrap_or(0);
            out
        },
        |c| {
            for (local, mut found) in c.issues {
                crate::validate::prefix_record(&mut found, place.index(local), &mut issues);
            }
            place.advance(c.entries.len(), c.line_ends);
            entries.extend(c.entries);
            Ok(())
        },
    )?;
    if shape.is_err() {
        drop(entries);
        let issue = match source {
            Source::Bytes(b) => crate::validate::malformed_array(serde_json::from_slice(b)),
            Source::Path(p) => {
                let f = std::fs::File::open(p).map_err(|e| io_error(p, &e))?;
                crate::validate::malformed_array(serde_json::from_reader(std::io::BufReader::new(
                    f,
                )))
            }
        };
        return Ok(Report::from_issues(vec![issue]));
    }
    issues.extend(crate::validate::batch_issues(&entries, opts));
    Ok(Report::from_issues(issues))
}

/// Validate a file of pledges on up to `opts.threads` threads: every record as a document
/// (paths prefixed with its index), then the batch rules over all of them (see the module
/// docs). The report is the same whatever the number of threads.
///
/// Errors: `io_error` when the file cannot be read. Everything about its content is an issue.
pub fn validate_path(
    path: impl AsRef<Path>,
    format: Format,
    opts: &ValidateOptions,
) -> Result<Report> {
    validate_source(Source::Path(path.as_ref()), format, opts)
}

/// [`validate_path`] on the bytes of a file. Everything about the content is an issue; the
/// `Result` only carries internal errors.
pub fn validate_records(bytes: &[u8], format: Format, opts: &ValidateOptions) -> Result<Report> {
    validate_source(Source::Bytes(bytes), format, opts)
}

// ---------------------------------------------------------------------------------------
// Summaries
// ---------------------------------------------------------------------------------------

/// Only the relations of a record; other keys are skipped.
#[derive(Deserialize)]
struct RelationsOnly {
    #[serde(default)]
    relations: Vec<RelationOnly>,
}

#[derive(Deserialize)]
struct RelationOnly {
    #[serde(rename = "type")]
    kind: crate::taxonomy::RelationType,
    pledge: String,
}

/// The ids a record's `supersedes`, `part_of` and `same_funds_as` relations name. A record
/// without the text `"relations"` (or an escape, which could spell it) has none, and is not
/// parsed; records that do not parse are skipped (the summary reports them).
fn named_by(text: &[u8], out: &mut HashSet<String>) {
    if memchr::memmem::find(text, b"\"relations\"").is_none()
        && memchr::memmem::find(text, b"\\u").is_none()
    {
        return;
    }
    if let Ok(doc) = serde_json::from_slice::<RelationsOnly>(text) {
        for r in doc.relations {
            if matches!(
                r.kind,
                crate::taxonomy::RelationType::Supersedes
                    | crate::taxonomy::RelationType::PartOf
                    | crate::taxonomy::RelationType::SameFundsAs
            ) {
                out.insert(r.pledge);
            }
        }
    }
}

fn related_source(source: Source<'_>, format: Format, threads: Threads) -> Result<HashSet<String>> {
    let mut all = HashSet::new();
    // A file that is not an array where one is expected: the summary reports it.
    let _ = each_chunk(
        source,
        format,
        threads,
        |c| {
            let mut out = HashSet::new();
            let _ = c.each::<()>(|r| {
                named_by(r.text, &mut out);
                Ok(())
            });
            out
        },
        |s| {
            all.extend(s);
            Ok(())
        },
    )?;
    Ok(all)
}

/// The ids named by `supersedes`, `part_of` and `same_funds_as` relations in a file of
/// pledges: what every partial summary of its parts must be told
/// ([`SummaryAccumulator::with_related`]). For a file split into partitions, unite the sets
/// of all partitions. Records that do not parse are skipped here.
///
/// Errors: `io_error` when the file cannot be read.
pub fn related_path(
    path: impl AsRef<Path>,
    format: Format,
    threads: Threads,
) -> Result<HashSet<String>> {
    related_source(Source::Path(path.as_ref()), format, threads)
}

/// [`related_path`] on the bytes of a file.
pub fn related_records(bytes: &[u8], format: Format, threads: Threads) -> HashSet<String> {
    related_source(Source::Bytes(bytes), format, threads).unwrap_or_default()
}

/// The error for an input that was to be an array and is not one.
fn not_an_array(source: Source<'_>) -> Error {
    let e = match source {
        Source::Bytes(b) => serde_json::from_slice::<crate::validate::Discard>(b).err(),
        Source::Path(p) => std::fs::File::open(p).ok().and_then(|f| {
            serde_json::from_reader::<_, crate::validate::Discard>(std::io::BufReader::new(f)).err()
        }),
    };
    match e {
        Some(e) => Error::Parse {
            what: "pledge list",
            pointer: String::new(),
            line: Some(e.line()),
            column: Some(e.column()),
            message: e.to_string(),
        },
        None => Error::Parse {
            what: "pledge list",
            pointer: String::new(),
            line: None,
            column: None,
            message: "not one JSON array of pledges".into(),
        },
    }
}

fn partial_source(
    source: Source<'_>,
    format: Format,
    options: &SummaryOptions,
    related: HashSet<String>,
) -> Result<SummaryAccumulator> {
    let lines = is_lines(source, format)?;
    let mut acc = SummaryAccumulator::new(options.clone()).with_related(related);
    let mut place = Place::default();
    let mut failed: Option<Error> = None;
    let stop = AtomicBool::new(false);
    let base = acc.fork();
    let shape = each_chunk(
        source,
        format,
        options.threads,
        |c| {
            let mut part = base.fork();
            let mut records = 0usize;
            let mut error: Option<RecordError> = None;
            let mut internal: Option<Error> = None;
            let ends = c.each::<()>(|r| {
                if stop.load(Ordering::Relaxed) {
                    return Err(());
                }
                records = records.saturating_add(1);
                match parse_record(&r) {
                    Ok(p) => {
                        if let Err(e) = part.push(p) {
                            internal = Some(e);
                            return Err(());
                        }
                        Ok(())
                    }
                    Err(e) => {
                        error = Some(e);
                        Err(())
                    }
                }
            });
            (part, records, ends.unwrap_or(0), error, internal)
        },
        |(part, records, ends, error, internal)| {
            if failed.is_some() {
                return Ok(());
            }
            if let Some(e) = internal {
                return Err(e);
            }
            if let Some(e) = error {
                failed = Some(e.into_error(&place, lines));
                stop.store(true, Ordering::Relaxed);
                return Ok(());
            }
            acc.merge_unchecked(part);
            place.advance(records, ends);
            Ok(())
        },
    )?;
    if let Some(e) = failed {
        return Err(e);
    }
    if shape.is_err() {
        return Err(not_an_array(source));
    }
    Ok(acc)
}

/// The partial summary of a file of pledges (or of one partition of a larger input), on up
/// to `options.threads` threads, to be merged with others
/// ([`SummaryAccumulator::merge`]) or carried elsewhere
/// ([`SummaryAccumulator::to_bytes`]). `related` must hold every id that relations name in
/// the *whole* input ([`related_path`] of every partition, united).
///
/// Errors: `io_error`; `parse_error` for the first record that does not parse.
pub fn partial_path(
    path: impl AsRef<Path>,
    format: Format,
    options: &SummaryOptions,
    related: HashSet<String>,
) -> Result<SummaryAccumulator> {
    partial_source(Source::Path(path.as_ref()), format, options, related)
}

/// [`partial_path`] on the bytes of a file.
pub fn partial_records(
    bytes: &[u8],
    format: Format,
    options: &SummaryOptions,
    related: HashSet<String>,
) -> Result<SummaryAccumulator> {
    partial_source(Source::Bytes(bytes), format, options, related)
}

/// Summarize a file of pledges without holding its pledges in memory, on up to
/// `options.threads` threads: a first pass finds the ids relations name, the second folds
/// every record into partial summaries, merged in input order. The summary equals
/// [`summarize`](crate::aggregate::summarize) over the same pledges, whatever the number of
/// threads.
///
/// Errors: `io_error`; `parse_error` for the first record that does not parse; those of
/// [`SummaryAccumulator::finish`].
pub fn summarize_path(
    path: impl AsRef<Path>,
    format: Format,
    options: &SummaryOptions,
) -> Result<Summary> {
    let path = path.as_ref();
    let related = related_path(path, format, options.threads)?;
    partial_path(path, format, options, related)?.finish()
}

/// [`summarize_path`] on the bytes of a file.
pub fn summarize_records(
    bytes: &[u8],
    format: Format,
    options: &SummaryOptions,
) -> Result<Summary> {
    let related = related_records(bytes, format, options.threads);
    partial_records(bytes, format, options, related)?.finish()
}

// ---------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------

fn tables_source(
    source: Source<'_>,
    format: Format,
    options: &TableOptions<'_>,
    threads: Threads,
) -> Result<Tables> {
    let lines = is_lines(source, format)?;
    let mut tables: Option<Tables> = None;
    // The chunks' pledgers tables are collected here and their table made once at the end:
    // `Tables::append` remakes the whole pledgers table on every call, which made a file of
    // 1e6 pledges take minutes (every chunk re-read all the entities before it).
    let mut scores = PledgerScores::new();
    let mut place = Place::default();
    let shape = each_chunk(
        source,
        format,
        threads,
        |c| {
            let mut pledges = Vec::new();
            let mut error = None;
            let ends = c.each::<()>(|r| match parse_record(&r) {
                Ok(p) => {
                    pledges.push(p);
                    Ok(())
                }
                Err(e) => {
                    error = Some(e);
                    Err(())
                }
            });
            let records = pledges.len();
            let t = match error {
                Some(e) => Err(e),
                None => crate::tables::pledge_tables_with(&pledges, options, Threads::ONE).map_err(
                    |error| RecordError {
                        index: 0,
                        line: 0,
                        column: 0,
                        error: Box::new(error),
                    },
                ),
            };
            (t, records, ends.unwrap_or(0))
        },
        |(t, records, ends)| {
            let t = t.map_err(|e| e.into_error(&place, lines))?;
            scores.add_table(&t.pledgers)?;
            match tables.as_mut() {
                Some(all) => all.append_rows(t)?,
                None => tables = Some(t),
            }
            place.advance(records, ends);
            Ok(())
        },
    )?;
    if shape.is_err() {
        return Err(not_an_array(source));
    }
    match tables {
        Some(mut t) => {
            t.pledgers = scores.table();
            Ok(t)
        }
        None => crate::tables::pledge_tables_with::<Pledge>(&[], options, Threads::ONE),
    }
}

/// The flat tables ([`pledge_tables`](crate::tables::pledge_tables)) of a file of pledges, on
/// up to `threads` threads, without an object per pledge: each chunk's pledges are parsed,
/// flattened and dropped. Equal to `pledge_tables` over the loaded pledges.
///
/// Errors: `io_error`; `parse_error` for the first record that does not parse.
pub fn tables_path(
    path: impl AsRef<Path>,
    format: Format,
    options: &TableOptions<'_>,
    threads: Threads,
) -> Result<Tables> {
    tables_source(Source::Path(path.as_ref()), format, options, threads)
}

/// [`tables_path`] on the bytes of a file.
pub fn tables_records(
    bytes: &[u8],
    format: Format,
    options: &TableOptions<'_>,
    threads: Threads,
) -> Result<Tables> {
    tables_source(Source::Bytes(bytes), format, options, threads)
}
