//! Cutting a file of pledge records into chunks of whole records, from memory or streamed
//! from a reader, so that chunks can be handled on any thread.
//!
//! JSON Lines are cut after a line end; a chunk's lines are found by the thread that handles
//! it. A JSON array is scanned once, in order, for the bounds of its top-level elements
//! ([`ArrayScanner`]: depth, strings and escapes only, no values built), and cut between
//! elements. Chunk bounds depend on the bytes only: never on the number of threads.

use std::io::Read;

use super::Format;
use crate::parallel::chunk_bytes;
use crate::{Error, Result};

/// A record's text and where it starts in the file.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span {
    /// Byte range in the chunk's text.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// 1-based line and column (in bytes) of the record's first byte in the file.
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// Whole records of a file: lines (found when the chunk is handled) or array elements (found
/// by the scanner).
#[derive(Debug)]
pub(crate) struct Chunk<T> {
    pub(crate) text: T,
    /// `None` for JSON Lines.
    pub(crate) spans: Option<Vec<Span>>,
    /// Byte offset of the text's first byte in the input.
    pub(crate) offset: usize,
}

/// One record of a chunk: its index among the chunk's records, its line (for JSON Lines
/// counted from the chunk's first line, 1-based; for array elements, in the file) and text.
pub(crate) struct Record<'a> {
    pub(crate) index: usize,
    pub(crate) line: usize,
    pub(crate) column: usize,
    /// Byte offset of the record's text in the chunk's text.
    pub(crate) offset: usize,
    pub(crate) text: &'a [u8],
}

/// Whether a line holds nothing but white space (as `str::trim` sees it).
fn blank(line: &[u8]) -> bool {
    if line.iter().all(u8::is_ascii_whitespace) {
        return true;
    }
    !line.is_ascii() && std::str::from_utf8(line).is_ok_and(|s| s.trim().is_empty())
}

/// A chunk as borrowed by the thread that handles it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct View<'a> {
    pub(crate) text: &'a [u8],
    pub(crate) spans: Option<&'a [Span]>,
    pub(crate) offset: usize,
}

impl<T: AsRef<[u8]>> Chunk<T> {
    /// The chunk, borrowed.
    pub(crate) fn view(&self) -> View<'_> {
        View {
            text: self.text.as_ref(),
            spans: self.spans.as_deref(),
            offset: self.offset,
        }
    }

    /// See [`View::each`].
    #[cfg(test)]
    pub(crate) fn each<E>(
        &self,
        f: impl FnMut(Record<'_>) -> std::result::Result<(), E>,
    ) -> std::result::Result<usize, E> {
        self.view().each(f)
    }
}

impl<'a> View<'a> {
    /// Call `f` with each record, in order; returns the number of line ends in the chunk
    /// (JSON Lines; 0 for array elements, whose lines are the file's already).
    pub(crate) fn each<E>(
        &self,
        mut f: impl FnMut(Record<'a>) -> std::result::Result<(), E>,
    ) -> std::result::Result<usize, E> {
        let text = self.text;
        match self.spans {
            Some(spans) => {
                for (index, s) in spans.iter().enumerate() {
                    let t = text.get(s.start..s.end).unwrap_or_default();
                    f(Record {
                        index,
                        line: s.line,
                        column: s.column,
                        offset: s.start,
                        text: t,
                    })?;
                }
                Ok(0)
            }
            None => {
                let mut index = 0usize;
                let mut line = 0usize;
                let mut rest = text;
                while !rest.is_empty() {
                    let offset = text.len().saturating_sub(rest.len());
                    let (l, next) = match memchr::memchr(b'\n', rest) {
                        Some(i) => (
                            rest.get(..i).unwrap_or_default(),
                            rest.get(i.saturating_add(1)..).unwrap_or_default(),
                        ),
                        None => (rest, &[][..]),
                    };
                    line = line.saturating_add(1);
                    let l = l.strip_suffix(b"\r").unwrap_or(l);
                    if !blank(l) {
                        f(Record {
                            index,
                            line,
                            column: 1,
                            offset,
                            text: l,
                        })?;
                        index = index.saturating_add(1);
                    }
                    rest = next;
                }
                Ok(memchr::memchr_iter(b'\n', text).count())
            }
        }
    }
}

/// The byte order mark some editors write first, skipped.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The format of `text` for [`Format::Auto`]: an array when the first byte that is not
/// white space (after a byte order mark) is `[`, JSON Lines otherwise.
pub(crate) fn detect(text: &[u8]) -> Format {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'[') => Format::Array,
        _ => Format::Lines,
    }
}

/// Why the array scanner stopped: the text is not one JSON array. The exact error (position,
/// reason) is left to serde_json, which the caller runs on the text for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NotAnArray;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Before the `[`.
    Start,
    /// After `[`: an element or `]`.
    Open,
    /// After a `,`: an element.
    Next,
    /// Inside an element.
    Element,
    /// After the closing `]`: only white space.
    Done,
}

/// Finds the top-level elements of a JSON array, fed in pieces (see the module docs).
#[derive(Debug)]
pub(crate) struct ArrayScanner {
    phase: Phase,
    depth: usize,
    /// Bytes consumed from the current buffer.
    pos: usize,
    /// Start of the current element in the buffer, with its line and column.
    start: usize,
    start_line: usize,
    start_column: usize,
    /// End of the current element's last byte that is not white space.
    end: usize,
    line: usize,
    /// Buffer offset of the current line's first byte (may be "before" the buffer after a
    /// shift: kept as a signed distance through `line_start_shift`).
    line_start: usize,
    line_start_shift: usize,
    first: bool,
    /// In the current element at depth 0: a whole value was read (only `,` or `]` may
    /// follow), or a scalar is being read.
    value_done: bool,
    in_scalar: bool,
}

impl Default for ArrayScanner {
    fn default() -> Self {
        ArrayScanner {
            phase: Phase::Start,
            depth: 0,
            pos: 0,
            start: 0,
            start_line: 1,
            start_column: 1,
            end: 0,
            line: 1,
            line_start: 0,
            line_start_shift: 0,
            first: true,
            value_done: false,
            in_scalar: false,
        }
    }
}

impl ArrayScanner {
    /// The column of buffer offset `at`, 1-based, in bytes.
    fn column(&self, at: usize) -> usize {
        at.saturating_add(self.line_start_shift)
            .saturating_sub(self.line_start)
            .saturating_add(1)
    }

    fn newline(&mut self, at: usize) {
        self.line = self.line.saturating_add(1);
        self.line_start = at.saturating_add(1);
        self.line_start_shift = 0;
    }

    /// Scan `buf` from where the last call stopped, appending the spans of the elements that
    /// end in it. At `eof`, the array must be complete.
    pub(crate) fn scan(
        &mut self,
        buf: &[u8],
        eof: bool,
        spans: &mut Vec<Span>,
    ) -> std::result::Result<(), NotAnArray> {
        if self.first {
            self.first = false;
            if buf.starts_with(BOM) {
                self.pos = BOM.len();
            } else if !eof && buf.len() < BOM.len() && BOM.starts_with(buf) {
                // Too short to tell: wait for more.
                self.first = true;
                return Ok(());
            }
        }
        while let Some(&b) = buf.get(self.pos) {
            match self.phase {
                Phase::Start | Phase::Done | Phase::Open | Phase::Next
                    if b.is_ascii_whitespace() =>
                {
                    if b == b'\n' {
                        self.newline(self.pos);
                    }
                }
                Phase::Start if b == b'[' => self.phase = Phase::Open,
                Phase::Open if b == b']' => self.phase = Phase::Done,
                Phase::Open | Phase::Next if b != b',' && b != b']' => {
                    self.phase = Phase::Element;
                    self.depth = 0;
                    self.value_done = false;
                    self.in_scalar = false;
                    self.start = self.pos;
                    self.start_line = self.line;
                    self.start_column = self.column(self.pos);
                    // Read the first byte of the element again as part of it.
                    continue;
                }
                Phase::Element => match b {
                    b'"' => {
                        if self.depth == 0 && (self.value_done || self.in_scalar) {
                            return Err(NotAnArray);
                        }
                        // Skip the string: to its closing quote, over escapes.
                        let mut i = self.pos.saturating_add(1);
                        // Raw line ends in the string (malformed, but counted so later lines
                        // stay right), applied once the string is complete.
                        let mut line_ends: Vec<usize> = Vec::new();
                        loop {
                            let rest = buf.get(i..).unwrap_or_default();
                            match memchr::memchr3(b'"', b'\\', b'\n', rest) {
                                // The string goes on past this buffer: wait for more.
                                None => {
                                    if eof {
                                        return Err(NotAnArray);
                                    }
                                    return Ok(());
                                }
                                Some(k) => {
                                    let at = i.saturating_add(k);
                                    match buf.get(at) {
                                        Some(b'"') => {
                                            i = at;
                                            break;
                                        }
                                        Some(b'\\') => {
                                            if at.saturating_add(1) >= buf.len() {
                                                if eof {
                                                    return Err(NotAnArray);
                                                }
                                                return Ok(());
                                            }
                                            i = at.saturating_add(2);
                                        }
                                        _ => {
                                            line_ends.push(at);
                                            i = at.saturating_add(1);
                                        }
                                    }
                                }
                            }
                        }
                        for at in line_ends {
                            self.newline(at);
                        }
                        self.pos = i;
                        self.end = i.saturating_add(1);
                        if self.depth == 0 {
                            self.value_done = true;
                        }
                    }
                    b'{' | b'[' => {
                        if self.depth == 0 && (self.value_done || self.in_scalar) {
                            return Err(NotAnArray);
                        }
                        self.depth = self.depth.saturating_add(1);
                        self.end = self.pos.saturating_add(1);
                    }
                    b'}' | b']' if self.depth > 0 => {
                        self.depth = self.depth.saturating_sub(1);
                        self.end = self.pos.saturating_add(1);
                        if self.depth == 0 {
                            self.value_done = true;
                        }
                    }
                    b',' | b']' if self.depth == 0 => {
                        spans.push(Span {
                            start: self.start,
                            end: self.end,
                            line: self.start_line,
                            column: self.start_column,
                        });
                        self.phase = if b == b',' { Phase::Next } else { Phase::Done };
                    }
                    b'}' => return Err(NotAnArray),
                    b'\n' => {
                        self.newline(self.pos);
                        if self.depth == 0 && self.in_scalar {
                            self.value_done = true;
                        }
                    }
                    b if b.is_ascii_whitespace() => {
                        if self.depth == 0 && self.in_scalar {
                            self.value_done = true;
                        }
                    }
                    _ => {
                        if self.depth == 0 {
                            if self.value_done {
                                return Err(NotAnArray);
                            }
                            self.in_scalar = true;
                        }
                        self.end = self.pos.saturating_add(1);
                    }
                },
                _ => return Err(NotAnArray),
            }
            self.pos = self.pos.saturating_add(1);
        }
        if eof && self.phase != Phase::Done {
            return Err(NotAnArray);
        }
        Ok(())
    }

    /// Where the next chunk may start: after the last complete element (the buffer before it
    /// can be dropped).
    pub(crate) fn safe_cut(&self) -> usize {
        match self.phase {
            Phase::Element => self.start,
            _ => self.pos,
        }
    }

    /// The first `n` bytes of the buffer were dropped: shift every offset.
    pub(crate) fn shift(&mut self, n: usize) {
        self.pos = self.pos.saturating_sub(n);
        self.start = self.start.saturating_sub(n);
        self.end = self.end.saturating_sub(n);
        if self.line_start >= n {
            self.line_start = self.line_start.saturating_sub(n);
        } else {
            self.line_start_shift = self
                .line_start_shift
                .saturating_add(n.saturating_sub(self.line_start));
            self.line_start = 0;
        }
    }
}

/// Group `spans` (sorted) into chunks of about [`chunk_bytes`] of text.
fn group_spans(spans: Vec<Span>) -> Vec<Vec<Span>> {
    let mut out = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut from = 0usize;
    for s in spans {
        if current.is_empty() {
            from = s.start;
        }
        let end = s.end;
        current.push(s);
        if end.saturating_sub(from) >= chunk_bytes() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The chunks of `text` (in memory). Errors with [`NotAnArray`] when `format` is an array
/// and the text is not one.
pub(crate) fn split(
    text: &[u8],
    format: Format,
) -> std::result::Result<Vec<Chunk<&[u8]>>, NotAnArray> {
    let format = match format {
        Format::Auto => detect(text),
        f => f,
    };
    match format {
        Format::Array => {
            let mut scanner = ArrayScanner::default();
            let mut spans = Vec::new();
            scanner.scan(text, true, &mut spans)?;
            Ok(group_spans(spans)
                .into_iter()
                .map(|spans| Chunk {
                    text,
                    spans: Some(spans),
                    offset: 0,
                })
                .collect())
        }
        _ => {
            let start = if text.starts_with(BOM) { BOM.len() } else { 0 };
            let text = text.get(start..).unwrap_or_default();
            let mut out = Vec::new();
            let mut rest = text;
            while !rest.is_empty() {
                let size = chunk_bytes();
                let cut = match rest
                    .get(size..)
                    .and_then(|tail| memchr::memchr(b'\n', tail))
                {
                    Some(i) => size.saturating_add(i).saturating_add(1),
                    None => rest.len(),
                };
                let offset = start.saturating_add(text.len().saturating_sub(rest.len()));
                let (head, tail) = rest.split_at(cut.min(rest.len()));
                out.push(Chunk {
                    text: head,
                    spans: None,
                    offset,
                });
                rest = tail;
            }
            Ok(out)
        }
    }
}

/// Reads a file (or any reader) as chunks of whole records, a batch at a time, so that only a
/// few chunks are in memory at once.
pub(crate) struct ChunkReader<R> {
    reader: R,
    path: String,
    format: Format,
    /// Bytes read and not yet handed out.
    buf: Vec<u8>,
    scanner: ArrayScanner,
    spans: Vec<Span>,
    eof: bool,
    started: bool,
    /// Input offset of `buf[0]`.
    consumed: usize,
}

/// How many bytes a batch reads: enough for several chunks per thread.
fn batch_bytes(threads: usize) -> usize {
    chunk_bytes().saturating_mul(threads.clamp(1, 64).saturating_mul(2))
}

impl<R: Read> ChunkReader<R> {
    /// A reader of `format` records (`Auto` is decided on the first bytes); `path` names the
    /// input in I/O errors.
    pub(crate) fn new(reader: R, format: Format, path: &str) -> ChunkReader<R> {
        ChunkReader {
            reader,
            path: path.to_owned(),
            format,
            buf: Vec::new(),
            scanner: ArrayScanner::default(),
            spans: Vec::new(),
            eof: false,
            started: false,
            consumed: 0,
        }
    }

    fn io(&self, e: &std::io::Error) -> Error {
        Error::Io {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }

    /// Read until the buffer holds `want` bytes or the input ends.
    fn fill(&mut self, want: usize) -> Result<()> {
        while !self.eof && self.buf.len() < want {
            let old = self.buf.len();
            let grow = want.saturating_sub(old).max(1 << 16);
            self.buf.resize(old.saturating_add(grow), 0);
            let n = loop {
                match self
                    .reader
                    .read(self.buf.get_mut(old..).unwrap_or_default())
                {
                    Ok(n) => break n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        self.buf.truncate(old);
                        return Err(self.io(&e));
                    }
                }
            };
            self.buf.truncate(old.saturating_add(n));
            if n == 0 {
                self.eof = true;
            }
        }
        Ok(())
    }

    /// The next batch of chunks (owned), about `threads` × 2 chunks; empty at the end.
    /// `Err(Ok(NotAnArray))`-like failures of the array structure come back as
    /// `Ok(Err(NotAnArray))`.
    pub(crate) fn next_batch(
        &mut self,
        threads: usize,
    ) -> Result<std::result::Result<Vec<Chunk<Vec<u8>>>, NotAnArray>> {
        let want = batch_bytes(threads);
        self.fill(want)?;
        if !self.started {
            self.started = true;
            if self.format == Format::Auto {
                // Decide on the first bytes that are not white space.
                while !self.eof
                    && self
                        .buf
                        .strip_prefix(BOM)
                        .unwrap_or(&self.buf)
                        .iter()
                        .all(u8::is_ascii_whitespace)
                {
                    let more = self.buf.len().saturating_add(1 << 16);
                    self.fill(more)?;
                }
                self.format = detect(&self.buf);
            }
            if self.format == Format::Lines && self.buf.starts_with(BOM) {
                self.buf.drain(..BOM.len());
                self.consumed = BOM.len();
            }
        }
        if self.buf.is_empty() {
            return Ok(Ok(Vec::new()));
        }
        match self.format {
            Format::Array => {
                // Scan what is new; if no element ends in the buffer yet, read more.
                loop {
                    if let Err(e) = self.scanner.scan(&self.buf, self.eof, &mut self.spans) {
                        return Ok(Err(e));
                    }
                    if !self.spans.is_empty() || self.eof {
                        break;
                    }
                    let more = self.buf.len().saturating_mul(2).max(want);
                    self.fill(more)?;
                }
                let cut = self.scanner.safe_cut().min(self.buf.len());
                let spans = std::mem::take(&mut self.spans);
                let mut chunks = Vec::new();
                for group in group_spans(spans) {
                    let (Some(first), Some(last)) = (group.first(), group.last()) else {
                        continue;
                    };
                    let (from, to) = (first.start, last.end);
                    let text = self.buf.get(from..to).unwrap_or_default().to_vec();
                    let spans = group
                        .into_iter()
                        .map(|s| Span {
                            start: s.start.saturating_sub(from),
                            end: s.end.saturating_sub(from),
                            ..s
                        })
                        .collect();
                    chunks.push(Chunk {
                        text,
                        spans: Some(spans),
                        offset: self.consumed.saturating_add(from),
                    });
                }
                self.buf.drain(..cut);
                self.consumed = self.consumed.saturating_add(cut);
                self.scanner.shift(cut);
                if chunks.is_empty() && self.eof {
                    // Only white space and the closing bracket were left.
                    self.buf.clear();
                }
                Ok(Ok(chunks))
            }
            _ => {
                // Cut after the last line end (everything at the end of the input).
                let cut = if self.eof {
                    self.buf.len()
                } else {
                    loop {
                        if let Some(i) = memchr::memrchr(b'\n', &self.buf) {
                            break i.saturating_add(1);
                        }
                        if self.eof {
                            break self.buf.len();
                        }
                        // One line longer than a batch: read on.
                        let more = self.buf.len().saturating_mul(2);
                        self.fill(more)?;
                    }
                };
                let rest = self.buf.split_off(cut.min(self.buf.len()));
                let batch = std::mem::replace(&mut self.buf, rest);
                let offset = self.consumed;
                self.consumed = self.consumed.saturating_add(batch.len());
                Ok(Ok(split_lines_owned(batch, offset)))
            }
        }
    }
}

/// Owned JSON Lines text cut into chunks of about [`chunk_bytes`] after line ends.
fn split_lines_owned(text: Vec<u8>, offset: usize) -> Vec<Chunk<Vec<u8>>> {
    let mut out = Vec::new();
    let mut rest: &[u8] = &text;
    while !rest.is_empty() {
        let size = chunk_bytes();
        let cut = match rest
            .get(size..)
            .and_then(|tail| memchr::memchr(b'\n', tail))
        {
            Some(i) => size.saturating_add(i).saturating_add(1),
            None => rest.len(),
        };
        let at = offset.saturating_add(text.len().saturating_sub(rest.len()));
        let (head, tail) = rest.split_at(cut.min(rest.len()));
        out.push(Chunk {
            text: head.to_vec(),
            spans: None,
            offset: at,
        });
        rest = tail;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elements(text: &str) -> std::result::Result<Vec<String>, NotAnArray> {
        let mut s = ArrayScanner::default();
        let mut spans = Vec::new();
        s.scan(text.as_bytes(), true, &mut spans)?;
        Ok(spans
            .iter()
            .map(|sp| text[sp.start..sp.end].to_owned())
            .collect())
    }

    #[test]
    fn the_scanner_finds_top_level_elements() {
        assert_eq!(
            elements(r#" [ {"a": [1, 2], "b": "x,]}\"y"} , 3,"s" , [ ] ] "#).unwrap(),
            vec![r#"{"a": [1, 2], "b": "x,]}\"y"}"#, "3", r#""s""#, "[ ]"]
        );
        assert_eq!(elements("[]").unwrap(), Vec::<String>::new());
        assert_eq!(elements("\u{feff}[1]").unwrap(), vec!["1"]);
        for bad in [
            "",
            "{}",
            "[1,]",
            "[,1]",
            "[1",
            "[1] x",
            "[}]",
            r#"["abc]"#,
            "[1,,2]",
        ] {
            assert_eq!(elements(bad), Err(NotAnArray), "{bad}");
        }
    }

    #[test]
    fn lines_and_columns_of_elements() {
        let text = "[\n  {\"a\": 1},\n  {\"b\":\n 2}, 7\n]";
        let mut s = ArrayScanner::default();
        let mut spans = Vec::new();
        s.scan(text.as_bytes(), true, &mut spans).unwrap();
        let at: Vec<(usize, usize)> = spans.iter().map(|s| (s.line, s.column)).collect();
        assert_eq!(at, vec![(2, 3), (3, 3), (4, 6)]);
    }

    /// Fed in pieces of every size, with the consumed prefix dropped as a reader does, the
    /// scanner finds the same elements at the same lines and columns.
    #[test]
    fn the_scanner_fed_in_pieces_agrees() {
        let text =
            "\u{feff} [\n{\"a\": \"x\\\"],\"},\n [1,\n2] ,\"q\\\\\"\n, {\"k\":{\"m\":[]}}]\n";
        let mut whole = ArrayScanner::default();
        let mut want = Vec::new();
        whole.scan(text.as_bytes(), true, &mut want).unwrap();
        let want: Vec<(String, usize, usize)> = want
            .iter()
            .map(|s| (text[s.start..s.end].to_owned(), s.line, s.column))
            .collect();
        {
            let mut reader =
                ChunkReader::new(std::io::Cursor::new(text.as_bytes()), Format::Auto, "test");
            let mut got = Vec::new();
            loop {
                let batch = reader.next_batch(1).unwrap().unwrap();
                if batch.is_empty() {
                    break;
                }
                for c in batch {
                    c.each::<()>(|r| {
                        got.push((
                            String::from_utf8(r.text.to_vec()).unwrap(),
                            r.line,
                            r.column,
                        ));
                        Ok(())
                    })
                    .unwrap();
                }
            }
            assert_eq!(got, want);
        }
        for piece in 1..text.len() {
            // Small pieces through the scanner directly, shifting as the reader does.
            let mut s = ArrayScanner::default();
            let mut buf: Vec<u8> = Vec::new();
            let mut got = Vec::new();
            let bytes = text.as_bytes();
            let mut fed = 0;
            while fed < bytes.len() {
                let next = (fed + piece).min(bytes.len());
                buf.extend_from_slice(&bytes[fed..next]);
                fed = next;
                let mut spans = Vec::new();
                s.scan(&buf, fed == bytes.len(), &mut spans).unwrap();
                for sp in spans {
                    got.push((
                        String::from_utf8(buf[sp.start..sp.end].to_vec()).unwrap(),
                        sp.line,
                        sp.column,
                    ));
                }
                let cut = s.safe_cut();
                buf.drain(..cut);
                s.shift(cut);
            }
            assert_eq!(got, want, "pieces of {piece}");
        }
    }

    #[test]
    fn lines_skip_blanks_and_carriage_returns() {
        let text = b"{\"a\":1}\r\n\n  \n{\"b\":2}";
        let chunks = split(text, Format::Auto).unwrap();
        assert_eq!(chunks.len(), 1);
        let mut got = Vec::new();
        let lines = chunks[0]
            .each::<()>(|r| {
                got.push((r.index, r.line, r.text.to_vec()));
                Ok(())
            })
            .unwrap();
        assert_eq!(lines, 3);
        assert_eq!(
            got,
            vec![(0, 1, b"{\"a\":1}".to_vec()), (1, 4, b"{\"b\":2}".to_vec())]
        );
    }
}
