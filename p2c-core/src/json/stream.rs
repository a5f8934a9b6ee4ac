//! Files of pledge documents read one document at a time: a single JSON document, a JSON
//! array of documents, or JSON Lines, from any [`BufRead`] (a file, standard input), with
//! memory bounded by the largest document and never by the file.
//!
//! ```
//! use p2c_core::json::stream::{Documents, Layout};
//!
//! let text = "{\"id\": \"P1\"}\n\n{\"id\": \"P2\"}\n";
//! let mut docs = Documents::new(text.as_bytes(), None, 1 << 20)?;
//! assert_eq!(docs.layout(), Layout::Lines);
//! let second = docs.nth(1).unwrap()?;
//! assert_eq!((second.index, second.line, second.bytes.as_slice()), (1, 3, &b"{\"id\": \"P2\"}"[..]));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Which layout
//!
//! Given none, [`Documents::new`] looks at the start of the input (after a UTF-8 byte order
//! mark and white space): `[` is an array; `{` is JSON Lines when its first line is a whole
//! JSON value and more text follows, and one document otherwise (a pretty-printed object);
//! anything else is one document (for the validator to say what is wrong with it).
//!
//! # What a document is
//!
//! A [`Document`] carries its bytes exactly as they are in the input, its index, and the
//! line, column and byte offset where it starts (lines and columns 1-based, columns in
//! bytes, as serde_json counts them), so that a problem inside it can be placed in the file.
//! An array element or a line longer than the limit given to [`Documents::new`] is skipped to
//! its end and returned [`truncated`](Document::truncated), with the first bytes and its
//! whole size, instead of being held: the reader's memory is bounded by that limit.
//!
//! An array is split by its brackets, braces and strings only; each element's own syntax is
//! left to the JSON reader that reads it. A fault in the array itself (a missing comma,
//! text after the closing bracket, the end of the input before it) is a [`StreamError`] with
//! its position, after which the iterator ends.

use std::io::{self, BufRead};

/// How the documents of an input are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layout {
    /// One JSON document (a single pledge).
    Document,
    /// A JSON array of documents (a batch).
    Array,
    /// JSON Lines: one document per line, blank lines skipped (a batch).
    Lines,
}

impl Layout {
    /// Whether the documents form a batch (an array or JSON Lines), whose issue paths start
    /// with the document's index.
    pub fn is_batch(self) -> bool {
        !matches!(self, Layout::Document)
    }
}

/// One document of an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// 0-based position among the documents of the input.
    pub index: usize,
    /// 1-based line of its first byte.
    pub line: usize,
    /// 1-based column (in bytes) of its first byte.
    pub column: usize,
    /// Byte offset of its first byte in the input (a byte order mark counts).
    pub offset: u64,
    /// Its bytes as in the input; only the first `limit + 1` when [`Document::truncated`].
    pub bytes: Vec<u8>,
    /// Whether it is longer than the limit, and `bytes` only its beginning.
    pub truncated: bool,
    /// Its size in bytes.
    pub size: u64,
}

/// A fault in the layout of the input (not inside a document), or a read that failed.
#[derive(Debug)]
pub enum StreamError {
    /// The input could not be read.
    Io(io::Error),
    /// The array around the documents is malformed.
    Syntax {
        /// 1-based line of the fault.
        line: usize,
        /// 1-based column (in bytes) of the fault.
        column: usize,
        /// What was expected there.
        message: String,
    },
}

impl std::fmt::Display for StreamError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StreamError::Io(e) => write!(f, "cannot read the input: {e}"),
            StreamError::Syntax {
                line,
                column,
                message,
            } => write!(f, "{message} at line {line}, column {column}"),
        }
    }
}

impl std::error::Error for StreamError {}

impl From<io::Error> for StreamError {
    fn from(e: io::Error) -> Self {
        StreamError::Io(e)
    }
}

/// Where the array reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ArrayState {
    /// Before `[`.
    Open,
    /// After `[`: an element or `]`.
    First,
    /// After `,`: an element.
    Next,
    /// After an element: `,` or `]`.
    After,
    /// After `]` or a fault.
    Done,
}

/// The documents of an input, one at a time (see the [module documentation](self)).
pub struct Documents<R> {
    reader: R,
    layout: Layout,
    limit: usize,
    line: usize,
    column: usize,
    offset: u64,
    index: usize,
    /// Bytes read while choosing the layout, to be read again before `reader`.
    pending: Vec<u8>,
    pending_at: usize,
    state: ArrayState,
    /// A single document: whether it was returned.
    done: bool,
    /// A size known from elsewhere (a file's length), for a truncated single document.
    size_hint: Option<u64>,
}

impl<R: BufRead> Documents<R> {
    /// Read `reader`, in `layout` or, when `None`, the layout its beginning shows. Documents
    /// longer than `limit` bytes are returned truncated (see [`Document::truncated`]).
    ///
    /// Errors: only those of reading the beginning of the input.
    pub fn new(reader: R, layout: Option<Layout>, limit: usize) -> io::Result<Documents<R>> {
        let mut docs = Documents {
            reader,
            layout: layout.unwrap_or(Layout::Document),
            limit,
            line: 1,
            column: 1,
            offset: 0,
            index: 0,
            pending: Vec::new(),
            pending_at: 0,
            state: ArrayState::Open,
            done: false,
            size_hint: None,
        };
        docs.skip_bom()?;
        if layout.is_none() {
            docs.layout = docs.sniff()?;
        }
        Ok(docs)
    }

    /// The size of the whole input, when the caller knows it (a file's length): a single
    /// document over the limit is then not read past the limit to learn its size.
    pub fn with_size_hint(mut self, size: u64) -> Documents<R> {
        self.size_hint = Some(size);
        self
    }

    /// The layout being read.
    pub fn layout(&self) -> Layout {
        self.layout
    }

    /// How many documents were returned so far.
    pub fn count(&self) -> usize {
        self.index
    }

    // --- bytes, with the position of the next one ---

    /// The next byte without consuming it.
    fn peek(&mut self) -> io::Result<Option<u8>> {
        if let Some(b) = self.pending.get(self.pending_at) {
            return Ok(Some(*b));
        }
        loop {
            match self.reader.fill_buf() {
                Ok(buf) => return Ok(buf.first().copied()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Consume one byte (which `peek` returned), keeping the position.
    fn bump(&mut self, b: u8) {
        if self.pending_at < self.pending.len() {
            self.pending_at = self.pending_at.saturating_add(1);
            if self.pending_at == self.pending.len() {
                self.pending = Vec::new();
                self.pending_at = 0;
            }
        } else {
            self.reader.consume(1);
        }
        self.advance(b);
    }

    fn advance(&mut self, b: u8) {
        self.offset = self.offset.saturating_add(1);
        if b == b'\n' {
            self.line = self.line.saturating_add(1);
            self.column = 1;
        } else {
            self.column = self.column.saturating_add(1);
        }
    }

    fn skip_bom(&mut self) -> io::Result<()> {
        let buf = loop {
            match self.reader.fill_buf() {
                Ok(buf) => break buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        if buf.starts_with(b"\xef\xbb\xbf") {
            self.reader.consume(3);
            self.offset = 3;
        }
        Ok(())
    }

    fn skip_ws(&mut self) -> io::Result<Option<u8>> {
        while let Some(b) = self.peek()? {
            if !b.is_ascii_whitespace() {
                return Ok(Some(b));
            }
            self.bump(b);
        }
        Ok(None)
    }

    /// Choose the layout from the beginning of the input, keeping what was read in `pending`.
    fn sniff(&mut self) -> io::Result<Layout> {
        match self.skip_ws()? {
            Some(b'[') => Ok(Layout::Array),
            Some(b'{') => {
                // The first line, bounded; then whether anything but white space follows.
                let mut first = Vec::new();
                let mut complete_line = false;
                while first.len() <= self.limit {
                    let buf = self.reader.fill_buf()?;
                    if buf.is_empty() {
                        break;
                    }
                    let (take, newline) = match buf.iter().position(|b| *b == b'\n') {
                        Some(i) => (i.saturating_add(1), true),
                        None => (buf.len(), false),
                    };
                    first.extend_from_slice(buf.get(..take).unwrap_or_default());
                    self.reader.consume(take);
                    if newline {
                        complete_line = true;
                        break;
                    }
                }
                let whole = complete_line
                    && serde_json::from_slice::<serde::de::IgnoredAny>(&first).is_ok();
                let mut more = false;
                if whole {
                    // Look past blank lines for more text, keeping what was read.
                    loop {
                        let buf = self.reader.fill_buf()?;
                        if buf.is_empty() {
                            break;
                        }
                        let n = buf.len();
                        if let Some(i) = buf.iter().position(|b| !b.is_ascii_whitespace()) {
                            first.extend_from_slice(buf.get(..i).unwrap_or_default());
                            self.reader.consume(i);
                            more = true;
                            break;
                        }
                        first.extend_from_slice(buf);
                        self.reader.consume(n);
                        if first.len() > self.limit {
                            break;
                        }
                    }
                }
                self.pending = first;
                self.pending_at = 0;
                Ok(if whole && more {
                    Layout::Lines
                } else {
                    Layout::Document
                })
            }
            _ => Ok(Layout::Document),
        }
    }

    fn syntax(&mut self, message: &str) -> Option<Result<Document, StreamError>> {
        self.state = ArrayState::Done;
        Some(Err(StreamError::Syntax {
            line: self.line,
            column: self.column,
            message: message.to_owned(),
        }))
    }

    fn start(&self) -> Document {
        Document {
            index: self.index,
            line: self.line,
            column: self.column,
            offset: self.offset,
            bytes: Vec::new(),
            truncated: false,
            size: 0,
        }
    }

    fn keep(&self, doc: &mut Document, bytes: &[u8]) {
        let room = self.limit.saturating_add(1).saturating_sub(doc.bytes.len());
        if bytes.len() > room {
            doc.truncated = true;
        }
        doc.bytes
            .extend_from_slice(bytes.get(..room.min(bytes.len())).unwrap_or_default());
        doc.size = doc.size.saturating_add(bytes.len() as u64);
    }

    fn finish(&mut self, mut doc: Document) -> Document {
        doc.truncated = doc.truncated || doc.bytes.len() > self.limit;
        self.index = self.index.saturating_add(1);
        doc
    }

    // --- the three layouts ---

    fn next_document(&mut self) -> Option<Result<Document, StreamError>> {
        if self.done {
            return None;
        }
        self.done = true;
        // From the first byte that is not white space (positions inside the document are
        // then placed in the input by its line and column).
        let mut doc = self.start();
        let pending = std::mem::take(&mut self.pending);
        let rest = pending.get(self.pending_at..).unwrap_or_default();
        self.keep(&mut doc, rest);
        self.pending_at = 0;
        while doc.bytes.len() <= self.limit {
            let buf = match self.reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Some(Err(e.into())),
            };
            if buf.is_empty() {
                break;
            }
            let n = buf.len();
            let chunk = buf.to_vec();
            self.reader.consume(n);
            self.keep(&mut doc, &chunk);
        }
        if doc.bytes.len() > self.limit {
            // Its size: from the caller's (a file's length), or by reading the rest without
            // keeping it.
            doc.truncated = true;
            doc.size = match self.size_hint {
                Some(size) => size.saturating_sub(doc.offset),
                None => {
                    let mut size = doc.size;
                    loop {
                        let n = match self.reader.fill_buf() {
                            Ok(buf) => buf.len(),
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                            Err(e) => return Some(Err(e.into())),
                        };
                        if n == 0 {
                            break;
                        }
                        self.reader.consume(n);
                        size = size.saturating_add(n as u64);
                    }
                    size
                }
            };
        }
        Some(Ok(self.finish(doc)))
    }

    fn next_line(&mut self) -> Option<Result<Document, StreamError>> {
        loop {
            let mut doc = self.start();
            let mut ended = false;
            let mut any = false;
            // The pending bytes first (the lines read while choosing the layout).
            while self.pending_at < self.pending.len() {
                let rest = self.pending.get(self.pending_at..).unwrap_or_default();
                let (take, newline) = match rest.iter().position(|b| *b == b'\n') {
                    Some(i) => (i.saturating_add(1), true),
                    None => (rest.len(), false),
                };
                let chunk = rest.get(..take).unwrap_or_default().to_vec();
                self.pending_at = self.pending_at.saturating_add(take);
                any = true;
                self.take_line_chunk(&mut doc, &chunk, newline);
                if newline {
                    ended = true;
                    break;
                }
            }
            if self.pending_at >= self.pending.len() && !self.pending.is_empty() {
                self.pending = Vec::new();
                self.pending_at = 0;
            }
            while !ended {
                let buf = match self.reader.fill_buf() {
                    Ok(buf) => buf,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Some(Err(e.into())),
                };
                if buf.is_empty() {
                    break;
                }
                let (take, newline) = match buf.iter().position(|b| *b == b'\n') {
                    Some(i) => (i.saturating_add(1), true),
                    None => (buf.len(), false),
                };
                let chunk = buf.get(..take).unwrap_or_default().to_vec();
                self.reader.consume(take);
                any = true;
                self.take_line_chunk(&mut doc, &chunk, newline);
                ended = newline;
            }
            if !any {
                return None;
            }
            if !doc.truncated && doc.bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(Ok(self.finish(doc)));
        }
    }

    /// Part of a line (the last part when `newline`): kept without its line end.
    fn take_line_chunk(&mut self, doc: &mut Document, chunk: &[u8], newline: bool) {
        let mut content = chunk;
        if newline {
            content = content.strip_suffix(b"\n").unwrap_or(content);
            content = content.strip_suffix(b"\r").unwrap_or(content);
        }
        self.keep(doc, content);
        for b in chunk {
            self.advance(*b);
        }
    }

    fn next_element(&mut self) -> Option<Result<Document, StreamError>> {
        loop {
            let b = match self.skip_ws() {
                Ok(b) => b,
                Err(e) => return Some(Err(e.into())),
            };
            match (self.state, b) {
                // After `]` (what follows was checked) or after a fault: nothing more.
                (ArrayState::Done, _) => return None,
                (ArrayState::Open, Some(b'[')) => {
                    self.bump(b'[');
                    self.state = ArrayState::First;
                }
                (ArrayState::Open, _) => return self.syntax("expected `[`"),
                (ArrayState::First | ArrayState::After, Some(b']')) => {
                    self.bump(b']');
                    self.state = ArrayState::Done;
                    // Anything after the array is a fault; only white space may follow.
                    return match self.skip_ws() {
                        Ok(None) => None,
                        Ok(Some(_)) => self.syntax("trailing characters"),
                        Err(e) => Some(Err(e.into())),
                    };
                }
                (ArrayState::After, Some(b',')) => {
                    self.bump(b',');
                    self.state = ArrayState::Next;
                }
                (ArrayState::After, Some(_)) => return self.syntax("expected `,` or `]`"),
                (_, None) => return self.syntax("EOF while parsing a list"),
                (ArrayState::Next, Some(b']')) => return self.syntax("trailing comma"),
                (ArrayState::First | ArrayState::Next, Some(_)) => {
                    return match self.element() {
                        Ok(doc) => {
                            if self.state != ArrayState::Done {
                                self.state = ArrayState::After;
                            }
                            Some(Ok(self.finish(doc)))
                        }
                        Err(e) => Some(Err(e)),
                    };
                }
            }
        }
    }

    /// One array element, from its first byte to its last: an object, an array, a string, or
    /// a scalar ending at white space, `,` or `]`.
    fn element(&mut self) -> Result<Document, StreamError> {
        let mut doc = self.start();
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        let mut chunk: Vec<u8> = Vec::with_capacity(4096);
        loop {
            let Some(b) = self.peek()? else {
                // The end of the input inside the element: the element as far as it goes (its
                // reader says what is missing), and the array ends.
                self.keep(&mut doc, &chunk);
                self.state = ArrayState::Done;
                return Ok(doc);
            };
            let mut end_after = false;
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                    end_after = depth == 0;
                }
            } else {
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth = depth.saturating_add(1),
                    b'}' | b']' if depth == 0 => break,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        end_after = depth == 0;
                    }
                    b',' if depth == 0 => break,
                    _ if depth == 0 && b.is_ascii_whitespace() => break,
                    _ => {}
                }
            }
            self.bump(b);
            chunk.push(b);
            if chunk.len() >= 4096 {
                self.keep(&mut doc, &chunk);
                chunk.clear();
            }
            if end_after {
                break;
            }
        }
        self.keep(&mut doc, &chunk);
        Ok(doc)
    }
}

impl<R: BufRead> Iterator for Documents<R> {
    type Item = Result<Document, StreamError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.layout {
            Layout::Document => self.next_document(),
            Layout::Array => self.next_element(),
            Layout::Lines => self.next_line(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &[u8], limit: usize) -> (Layout, Vec<Result<Document, String>>) {
        let docs = Documents::new(text, None, limit).unwrap();
        let layout = docs.layout();
        (layout, docs.map(|d| d.map_err(|e| e.to_string())).collect())
    }

    fn texts(docs: &[Result<Document, String>]) -> Vec<String> {
        docs.iter()
            .map(|d| match d {
                Ok(d) => String::from_utf8_lossy(&d.bytes).into_owned(),
                Err(e) => format!("error: {e}"),
            })
            .collect()
    }

    #[test]
    fn layouts_are_chosen_from_the_beginning() {
        let (l, d) = read(b"{\n  \"id\": \"P1\"\n}\n", 100);
        assert_eq!(
            (l, texts(&d)),
            (
                Layout::Document,
                vec!["{\n  \"id\": \"P1\"\n}\n".to_owned()]
            )
        );
        // One object on one line, alone: one document, not a batch of one.
        let (l, d) = read(b"{\"id\": \"P1\"}\n\n", 100);
        assert_eq!((l, d.len()), (Layout::Document, 1));
        let (l, d) = read(b"\xef\xbb\xbf {\"a\": 1}\r\n{\"a\": 2}", 100);
        assert_eq!(
            (l, texts(&d)),
            (
                Layout::Lines,
                vec!["{\"a\": 1}".to_owned(), "{\"a\": 2}".to_owned()]
            )
        );
        let first = d[0].as_ref().unwrap();
        assert_eq!((first.line, first.column, first.offset), (1, 2, 4));
        let (l, d) = read(b"  [ {\"a\": [1, \"]\"]}, \"x,y\" , 3 ,null]  ", 100);
        assert_eq!(
            (l, texts(&d)),
            (
                Layout::Array,
                vec![
                    "{\"a\": [1, \"]\"]}".to_owned(),
                    "\"x,y\"".to_owned(),
                    "3".to_owned(),
                    "null".to_owned()
                ]
            )
        );
        let (l, d) = read(b"", 100);
        assert_eq!((l, texts(&d)), (Layout::Document, vec![String::new()]));
        let (l, d) = read(b"[]", 100);
        assert_eq!((l, d.len()), (Layout::Array, 0));
        let (l, _) = read(b"\x00\x01binary", 100);
        assert_eq!(l, Layout::Document);
    }

    #[test]
    fn array_faults_end_the_stream_once() {
        let (_, d) = read(b"[1 2]", 100);
        assert_eq!(
            texts(&d),
            ["1", "error: expected `,` or `]` at line 1, column 4"]
        );
        let (_, d) = read(b"[1,]", 100);
        assert_eq!(
            texts(&d),
            ["1", "error: trailing comma at line 1, column 4"]
        );
        let (_, d) = read(b"[1]\n x", 100);
        assert_eq!(
            texts(&d),
            ["1", "error: trailing characters at line 2, column 2"]
        );
        let (_, d) = read(b"[1,\n", 100);
        assert_eq!(
            texts(&d),
            ["1", "error: EOF while parsing a list at line 2, column 1"]
        );
        // The end of the input inside an element: the element as far as it goes, then nothing.
        let (_, d) = read(b"[{\"a\": \"b", 100);
        assert_eq!(texts(&d), ["{\"a\": \"b"]);
    }

    #[test]
    fn long_documents_are_truncated_with_their_size() {
        let long = format!("[\"{}\", 1]", "x".repeat(50));
        let (_, d) = read(long.as_bytes(), 10);
        let first = d[0].as_ref().unwrap();
        assert!(first.truncated);
        assert_eq!((first.bytes.len(), first.size), (11, 52));
        assert_eq!(texts(&d[1..]), ["1"]);
        let lines = format!("{{}}\n{}\n{{}}\n", "y".repeat(50));
        let (l, d) = read(lines.as_bytes(), 10);
        assert_eq!(l, Layout::Lines);
        let second = d[1].as_ref().unwrap();
        assert!(second.truncated);
        assert_eq!((second.line, second.size), (2, 50));
        assert_eq!(d[2].as_ref().unwrap().line, 3);
        // One document over the limit: its size by reading on, or from the caller.
        let doc = format!("{{\"t\": \"{}\"}}", "z".repeat(100));
        let (_, d) = read(doc.as_bytes(), 10);
        assert_eq!(d[0].as_ref().unwrap().size, doc.len() as u64);
        let mut docs = Documents::new(doc.as_bytes(), None, 10)
            .unwrap()
            .with_size_hint(5000);
        assert_eq!(docs.next().unwrap().unwrap().size, 5000);
    }
}
