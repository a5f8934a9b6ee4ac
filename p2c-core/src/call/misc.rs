//! The small calls: codelists and issue codes in a language, the strong-pledge assessment,
//! reading pledges; and how a file or stream of pledges is read.

use serde::{Deserialize, Serialize};

use super::{LangTag, Warning};
use crate::i18n::{self, Lang, LocalizedCodelist, LocalizedIssueCode};
use crate::validate::StreamFormat;
use crate::Result;

/// How a file, stream or text of several pledges is read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// A JSON array when the first non-blank character is `[`; otherwise one pledge (a single
    /// JSON value, paths unprefixed) or JSON Lines (several values, paths `/index/…`).
    #[default]
    Auto,
    /// One JSON array of pledges.
    JsonArray,
    /// JSON Lines: one pledge per line (blank lines skipped).
    JsonLines,
}

impl InputFormat {
    /// Whether a stream in this format is one JSON array: for `Auto`, whether its first
    /// non-blank byte (after a byte-order mark) is `[`, looked at without consuming the
    /// stream. Errors: `io_error` when reading fails.
    pub(crate) fn is_array<R: std::io::BufRead>(self, reader: &mut R) -> Result<bool> {
        Ok(match self {
            InputFormat::JsonArray => true,
            InputFormat::JsonLines => false,
            InputFormat::Auto => {
                let head = reader.fill_buf().map_err(|e| crate::Error::Io {
                    path: String::new(),
                    message: e.to_string(),
                })?;
                let head = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(head);
                head.iter()
                    .find(|b| !b.is_ascii_whitespace())
                    .is_some_and(|b| *b == b'[')
            }
        })
    }
}

impl From<InputFormat> for crate::file::Format {
    fn from(f: InputFormat) -> crate::file::Format {
        match f {
            InputFormat::Auto => crate::file::Format::Auto,
            InputFormat::JsonArray => crate::file::Format::Array,
            InputFormat::JsonLines => crate::file::Format::Lines,
        }
    }
}

impl From<InputFormat> for StreamFormat {
    fn from(f: InputFormat) -> StreamFormat {
        match f {
            InputFormat::Auto => StreamFormat::Auto,
            InputFormat::JsonArray => StreamFormat::JsonArray,
            InputFormat::JsonLines => StreamFormat::JsonLines,
        }
    }
}

/// The language of a call, and the warning for an unknown tag.
pub(crate) fn lang_of(tag: Option<&LangTag>) -> (Lang, Vec<Warning>) {
    match tag {
        Some(tag) => {
            let (lang, warning) = tag.negotiate();
            let warnings = warning
                .map(|w| vec![Warning::language(&w, "/lang")])
                .unwrap_or_default();
            (lang, warnings)
        }
        None => (Lang::En, Vec::new()),
    }
}

/// The codelists with their labels and descriptions in a language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct CodelistsCall {
    /// The language of labels (codes never change).
    pub lang: Option<LangTag>,
}

impl CodelistsCall {
    /// Every codelist in the call's language, and the call's warnings.
    pub fn run(&self) -> (Vec<LocalizedCodelist>, Vec<Warning>) {
        let (lang, warnings) = lang_of(self.lang.as_ref());
        (i18n::codelists_in(lang), warnings)
    }
}

/// The issue-code catalogue in a language, or one code's entry.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct IssueCodesCall {
    /// The language of titles and guidance (codes never change).
    pub lang: Option<LangTag>,
    /// Only this code (matched in any case); an unknown code is `unknown_code`.
    pub code: Option<String>,
}

impl IssueCodesCall {
    /// The catalogue (or the one entry) in the call's language, and the call's warnings.
    pub fn run(&self) -> Result<(Vec<LocalizedIssueCode>, Vec<Warning>)> {
        let (lang, warnings) = lang_of(self.lang.as_ref());
        let mut codes = i18n::issue_codes_in(lang);
        if let Some(given) = &self.code {
            let code = super::resolve::issue_code(given, "/code")?;
            codes.retain(|c| c.code == code);
        }
        Ok((codes, warnings))
    }
}

/// The strong-pledge assessment of a pledge (its criteria and reasons are codes).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AssessCall {}

/// Reading pledges from text, bytes or a file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ParseCall {
    /// How several pledges are written (`auto`, `json_array`, `json_lines`).
    pub format: InputFormat,
    /// How many threads a file may be read on (`0` or absent: the cores available; `1`: the
    /// calling thread). The pledges are the same, in the same order, whatever the number.
    pub threads: Option<crate::parallel::Threads>,
}

impl ParseCall {
    /// The pledges of a text of several pledges, as the call's format says.
    pub fn pledges_str(&self, text: &str) -> Result<Vec<crate::Pledge>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let array = match self.format {
            InputFormat::Auto => text.trim_start().starts_with('['),
            InputFormat::JsonArray => true,
            InputFormat::JsonLines => false,
        };
        if array {
            crate::parse::parse_pledges(text)
        } else {
            crate::parse::parse_pledge_lines(text)
        }
    }

    /// The pledges of UTF-8 bytes of several pledges, as the call's format says.
    pub fn pledges_bytes(&self, bytes: &[u8]) -> Result<Vec<crate::Pledge>> {
        let text = crate::parse::utf8("pledge list", bytes)?;
        self.pledges_str(text)
    }

    /// Call `f` with each pledge of a stream of several pledges, in order, as the call's format
    /// says: JSON Lines are read one line at a time ([`crate::parse::for_each_pledge_line`]),
    /// so a stream of any size fits; a JSON array is read whole, parsed, and its text dropped
    /// before the first call. Errors: those of [`ParseCall::pledges_str`], `io_error` when
    /// reading fails, and those of `f`.
    pub fn for_each_pledge<R: std::io::BufRead>(
        &self,
        mut reader: R,
        mut f: impl FnMut(crate::Pledge) -> Result<()>,
    ) -> Result<()> {
        let io = |e: std::io::Error| crate::Error::Io {
            path: String::new(),
            message: e.to_string(),
        };
        let array = self.format.is_array(&mut reader)?;
        if !array {
            return crate::parse::for_each_pledge_line(reader, f);
        }
        let pledges = {
            let mut bytes = Vec::new();
            reader.read_to_end(&mut bytes).map_err(io)?;
            ParseCall {
                format: InputFormat::JsonArray,
                threads: None,
            }
            .pledges_bytes(&bytes)?
        };
        pledges.into_iter().try_for_each(&mut f)
    }

    /// The pledges of a file, as the call's format says, on up to the call's `threads`
    /// ([`crate::file::load`]: the same pledges, or the same error, as one thread gives).
    /// Errors: `io_error` when it cannot be read, `parse_error`.
    pub fn pledges_path(&self, path: impl AsRef<std::path::Path>) -> Result<Vec<crate::Pledge>> {
        crate::file::load(path, self.format.into(), self.threads.unwrap_or_default())
    }
}
