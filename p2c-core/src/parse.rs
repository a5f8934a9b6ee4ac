//! Reading pledge documents: JSON text, bytes or parsed values into [`Pledge`]s.
//!
//! Parsing stops at the first problem and reports it as [`Error::Parse`] with the RFC 6901 JSON
//! Pointer of the failing place. To get every problem of a document at once, use validation.

use serde::de::{Deserialize, DeserializeOwned};

use crate::error::{Error, Result};
use crate::model::{FormatVersion, Pledge};

/// Escape one JSON Pointer reference token (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&escape_pointer_token(key));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

fn from_json_error(
    what: &'static str,
    err: serde_path_to_error::Error<serde_json::Error>,
) -> Error {
    let pointer = pointer_of(err.path());
    let inner = err.into_inner();
    let (line, column) = match inner.line() {
        0 => (None, None),
        l => (Some(l), Some(inner.column())),
    };
    // serde_json appends " at line L column C"; the line and column are reported separately.
    let mut message = inner.to_string();
    if let Some(i) = message.rfind(" at line ") {
        message.truncate(i);
    }
    Error::Parse {
        what,
        pointer,
        line,
        column,
        message,
    }
}

/// Deserialize any p2c document type from JSON text.
///
/// The text is read without tracking the path first; only a document that fails is read again
/// with `serde_path_to_error` to name the failing place. Tracking the path costs an owned
/// `String` per object key on every document (about a third of parsing a valid pledge), and
/// the second read of a failing document fails at the same place with the same error, as
/// serde_path_to_error only observes the deserializer.
pub fn from_str<T: DeserializeOwned>(what: &'static str, text: &str) -> Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    if let Ok(value) = <T as Deserialize>::deserialize(&mut de) {
        if de.end().is_ok() {
            return Ok(value);
        }
    }
    from_str_tracked(what, text)
}

/// [`from_str`] with the path tracked from the start: the error of a failing document.
fn from_str_tracked<T: DeserializeOwned>(what: &'static str, text: &str) -> Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| from_json_error(what, e))?;
    de.end().map_err(|e| Error::Parse {
        what,
        pointer: String::new(),
        line: Some(e.line()),
        column: Some(e.column()),
        message: "trailing characters after the document".into(),
    })?;
    Ok(value)
}

/// Deserialize any p2c document type from JSON bytes (which must be UTF-8).
pub fn from_slice<T: DeserializeOwned>(what: &'static str, bytes: &[u8]) -> Result<T> {
    from_str(what, utf8(what, bytes)?)
}

/// `bytes` as text, or the `parse_error` that names the first byte that is not UTF-8.
pub(crate) fn utf8<'a>(what: &'static str, bytes: &'a [u8]) -> Result<&'a str> {
    std::str::from_utf8(bytes).map_err(|e| Error::Parse {
        what,
        pointer: String::new(),
        line: None,
        column: None,
        message: format!(
            "input is not valid UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        ),
    })
}

/// Deserialize any p2c document type from an already parsed JSON value.
pub fn from_value<T: DeserializeOwned>(what: &'static str, value: &serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| from_json_error(what, e))
}

/// Parse one pledge from JSON text.
///
/// ```
/// let err = p2c_core::parse_pledge(r#"{"formatVersion": "1.0", "id": 7}"#).unwrap_err();
/// assert_eq!(err.code(), "parse_error");
/// ```
pub fn parse_pledge(text: &str) -> Result<Pledge> {
    from_str("pledge", text)
}

/// Parse one pledge from JSON text, for code that reads only some format versions: a document
/// of another version is [`Error::UnsupportedVersion`] naming it (never a silent drop of the
/// fields that code does not know). With `&[FormatVersion::V1_0]`, a 1.1 document is refused;
/// [`crate::migrate`] upgrades the other way.
///
/// ```
/// use p2c_core::model::FormatVersion;
/// let text = r#"{"formatVersion": "1.1", "id": "P1", "title": "t",
///   "pledgers": {"lead": {"name": "A", "stakeholderType": "government", "headquarters": "KEN"}},
///   "pledgeTypes": ["policy"], "focusAreas": ["access"], "reviewState": "draft"}"#;
/// let err = p2c_core::parse::parse_pledge_expecting(text, &[FormatVersion::V1_0]).unwrap_err();
/// assert_eq!(err.code(), "unsupported_version");
/// assert!(err.to_string().contains("`1.1`"));
/// ```
pub fn parse_pledge_expecting(text: &str, versions: &[FormatVersion]) -> Result<Pledge> {
    // The version is read first, so that a document of another version is refused for its
    // version even where it would not parse as a whole.
    #[derive(serde::Deserialize)]
    struct Declared {
        #[serde(rename = "formatVersion")]
        format_version: Option<serde_json::Value>,
    }
    if let Ok(Declared {
        format_version: Some(v),
    }) = serde_json::from_str::<Declared>(text)
    {
        let found = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
        if !versions.iter().any(|x| x.as_str() == found) {
            return Err(Error::UnsupportedVersion {
                what: "pledge",
                found,
                expected: versions.iter().map(|v| v.as_str()).collect(),
            });
        }
    }
    parse_pledge(text)
}

/// Parse one pledge from JSON bytes.
pub fn parse_pledge_bytes(bytes: &[u8]) -> Result<Pledge> {
    from_slice("pledge", bytes)
}

/// Parse one pledge from a parsed JSON value.
pub fn parse_pledge_value(value: &serde_json::Value) -> Result<Pledge> {
    from_value("pledge", value)
}

/// Parse a JSON array of pledges.
pub fn parse_pledges(text: &str) -> Result<Vec<Pledge>> {
    from_str("pledge list", text)
}

/// Parse JSON Lines: one pledge per line; blank lines are skipped. An error's pointer starts
/// with the pledge's index among the parsed lines (`/2/title`, as for an array) and its `line`
/// is the line of the input.
pub fn parse_pledge_lines(text: &str) -> Result<Vec<Pledge>> {
    let mut out = Vec::new();
    for (number, line) in (1usize..).zip(text.lines()) {
        if line.trim().is_empty() {
            continue;
        }
        let index = out.len();
        match parse_pledge(line) {
            Ok(p) => out.push(p),
            Err(Error::Parse {
                pointer,
                column,
                message,
                ..
            }) => {
                return Err(Error::Parse {
                    what: "pledge list",
                    pointer: format!("/{index}{pointer}"),
                    line: Some(number),
                    column,
                    message,
                })
            }
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// Read JSON Lines from `reader` one line at a time, calling `f` with each pledge in order, so
/// that neither the input nor all its pledges are held: [`parse_pledge_lines`] for a stream of
/// any size, with the same errors (the pointer starts with the pledge's index, `line` is the
/// input's line; a line that is not UTF-8 is a `parse_error` naming the file's byte offset).
/// Errors of `f` end the reading and are returned as they are; `io_error` when reading fails.
pub fn for_each_pledge_line<R: std::io::BufRead>(
    mut reader: R,
    mut f: impl FnMut(Pledge) -> Result<()>,
) -> Result<()> {
    let mut buf = Vec::new();
    let mut offset = 0usize;
    let mut index = 0usize;
    for number in 1usize.. {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(|e| Error::Io {
            path: String::new(),
            message: e.to_string(),
        })?;
        if n == 0 {
            break;
        }
        let start = offset;
        offset = offset.saturating_add(n);
        let mut bytes = buf.as_slice();
        if number == 1 {
            bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        }
        let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let line = std::str::from_utf8(bytes).map_err(|e| Error::Parse {
            what: "pledge list",
            pointer: format!("/{index}"),
            line: Some(number),
            column: None,
            message: format!(
                "input is not valid UTF-8 (invalid byte at offset {})",
                start.saturating_add(e.valid_up_to())
            ),
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let pledge = parse_pledge(line).map_err(|e| match e {
            Error::Parse {
                pointer,
                column,
                message,
                ..
            } => Error::Parse {
                what: "pledge list",
                pointer: format!("/{index}{pointer}"),
                line: Some(number),
                column,
                message,
            },
            other => other,
        })?;
        index = index.saturating_add(1);
        f(pledge)?;
    }
    Ok(())
}

/// Read a file of pledges: a JSON array, or JSON Lines when the first non-blank character is
/// not `[`. Errors: [`Error::Io`] when the file cannot be read, [`Error::Parse`] otherwise.
pub fn load_pledges(path: impl AsRef<std::path::Path>) -> Result<Vec<Pledge>> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|e| Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    })?;
    let text = std::str::from_utf8(&bytes).map_err(|e| Error::Parse {
        what: "pledge list",
        pointer: String::new(),
        line: None,
        column: None,
        message: format!(
            "input is not valid UTF-8 (invalid byte at offset {})",
            e.valid_up_to()
        ),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('[') {
        parse_pledges(text)
    } else {
        parse_pledge_lines(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file under `dir` and its subdirectories.
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else {
                out.push(path);
            }
        }
    }

    /// `from_str` reads without path tracking and re-reads only failures with it: it must give
    /// exactly what the tracked read alone gives (value or error, pointer and position), here on
    /// every parse/validate fuzz seed (malformed, truncated and odd documents among them), every
    /// shared test vector, and each of them cut at a few places.
    #[test]
    fn untracked_first_read_equals_the_tracked_read() {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut paths = Vec::new();
        for dir in [
            "fuzz/seeds/parse_pledge",
            "fuzz/seeds/validate",
            "tests/vectors",
        ] {
            files(&repo.join(dir), &mut paths);
        }
        let (mut docs, mut failing) = (0, 0);
        for path in &paths {
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let cuts = [
                text.len(),
                text.len() / 2,
                text.len() / 3,
                text.len().saturating_sub(1),
            ];
            for cut in cuts {
                let Some(doc) = text.get(..cut) else { continue };
                let fast = from_str::<Pledge>("pledge", doc);
                let tracked = from_str_tracked::<Pledge>("pledge", doc);
                assert_eq!(fast, tracked, "{} cut at {cut}", path.display());
                let fast = from_str::<Vec<Pledge>>("pledge list", doc);
                assert_eq!(
                    fast,
                    from_str_tracked("pledge list", doc),
                    "{}",
                    path.display()
                );
                docs += 1;
                failing += usize::from(tracked.is_err());
            }
        }
        // Both routes were exercised: documents that parse and documents that fail.
        assert!(
            docs > 200 && failing > 100 && failing < docs,
            "{docs} docs, {failing} failing"
        );
    }

    const MINIMAL: &str = r#"{"formatVersion":"1.0","id":"ID","title":"t","pledgers":{"lead":{"name":"A","stakeholderType":"government","headquarters":"KEN"}},"pledgeTypes":["policy"],"focusAreas":["access"],"reviewState":"draft"}"#;

    #[test]
    fn json_lines_skip_blank_lines_and_locate_errors() {
        let text = format!(
            "{}\n\n{}\n",
            MINIMAL.replace("ID", "A"),
            MINIMAL.replace("ID", "B")
        );
        let ids: Vec<String> = parse_pledge_lines(&text)
            .unwrap()
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(ids, ["A", "B"]);
        // Third input line, second pledge: a title that is not a string.
        let bad = format!(
            "{}\n\n{}",
            MINIMAL,
            MINIMAL.replace(r#""title":"t""#, r#""title":5"#)
        );
        match parse_pledge_lines(&bad).unwrap_err() {
            Error::Parse { pointer, line, .. } => {
                assert_eq!(pointer, "/1/title");
                assert_eq!(line, Some(3));
            }
            e => panic!("{e:?}"),
        }
    }

    /// The streaming reader gives the pledges and the errors of [`parse_pledge_lines`], CRLF
    /// line ends, a BOM and blank lines included; bytes that are not UTF-8 name their line.
    #[test]
    fn streamed_lines_equal_the_whole_text() {
        let stream = |text: &[u8]| {
            let mut ids = Vec::new();
            for_each_pledge_line(text, |p| {
                ids.push(p.id);
                Ok(())
            })
            .map(|()| ids)
        };
        let good = format!(
            "\u{feff}{}\r\n\n  \n{}",
            MINIMAL.replace("ID", "A"),
            MINIMAL.replace("ID", "B")
        );
        // (The callers of `parse_pledge_lines` strip a BOM first.)
        let whole: Vec<String> = parse_pledge_lines(good.trim_start_matches('\u{feff}'))
            .unwrap()
            .into_iter()
            .map(|p| p.id)
            .collect();
        assert_eq!(stream(good.as_bytes()).unwrap(), whole);
        assert_eq!(whole, ["A", "B"]);
        for bad in [
            format!(
                "{MINIMAL}\n\n{}",
                MINIMAL.replace(r#""title":"t""#, r#""title":5"#)
            ),
            format!("{MINIMAL}\n{}\n{MINIMAL}\n", &MINIMAL[..40]),
        ] {
            assert_eq!(
                stream(bad.as_bytes()).unwrap_err(),
                parse_pledge_lines(&bad).unwrap_err()
            );
        }
        let mut not_utf8 = format!("{MINIMAL}\n").into_bytes();
        not_utf8.extend(b"{\"id\": \"\xff\"}\n");
        match stream(&not_utf8).unwrap_err() {
            Error::Parse { pointer, line, .. } => {
                assert_eq!((pointer.as_str(), line), ("/1", Some(2)))
            }
            e => panic!("{e:?}"),
        }
        // An error of the callback stops the reading.
        let mut seen = 0;
        let stopped = for_each_pledge_line(good.as_bytes(), |_| {
            seen += 1;
            Err(Error::Internal("stop".into()))
        });
        assert!(stopped.is_err());
        assert_eq!(seen, 1);
    }

    #[test]
    fn load_detects_array_or_lines() {
        let dir = std::env::temp_dir().join(format!("p2c-load-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let array = dir.join("a.json");
        std::fs::write(&array, format!("  [{MINIMAL}]")).unwrap();
        let lines = dir.join("a.jsonl");
        std::fs::write(&lines, format!("{MINIMAL}\n{MINIMAL}\n")).unwrap();
        assert_eq!(load_pledges(&array).unwrap().len(), 1);
        assert_eq!(load_pledges(&lines).unwrap().len(), 2);
        assert_eq!(
            load_pledges(dir.join("missing.json")).unwrap_err().code(),
            "io_error"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn pointer_escaping() {
        assert_eq!(escape_pointer_token("a/b~c"), "a~1b~0c");
    }

    #[test]
    fn errors_name_the_pointer() {
        let text = r#"{"formatVersion":"1.0","id":"X","title":"t",
            "pledgers":{"lead":{"name":"A","stakeholderType":"government","headquarters":"KEN"},
                        "partners":[{"name":"B","stakeholderType":"nope","headquarters":"KEN"}]},
            "pledgeTypes":["policy"],"focusAreas":["access"],"reviewState":"draft"}"#;
        match parse_pledge(text).unwrap_err() {
            Error::Parse { pointer, line, .. } => {
                assert_eq!(pointer, "/pledgers/partners/0/stakeholderType");
                assert_eq!(line, Some(3));
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn malformed_json_and_utf8() {
        assert_eq!(parse_pledge("{").unwrap_err().code(), "parse_error");
        assert_eq!(
            parse_pledge_bytes(b"\xff\xfe").unwrap_err().code(),
            "parse_error"
        );
        assert_eq!(parse_pledge("{} x").unwrap_err().code(), "parse_error");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse_pledge(&deep).unwrap_err().code(), "parse_error");
    }
}
