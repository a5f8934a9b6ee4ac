//! P2C Targets: the coalition targets a pledge or progress report says it serves.
//!
//! Unlike the closed codelists in [`crate::taxonomy`], this list is open-ended: the published
//! list is incomplete (see `data/SOURCES.md`), so a pledge may cite a target code that p2c does
//! not know. Known codes come with their text and source; unknown ones are kept as written and
//! validation reports them at `info` severity.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::taxonomy::{CodeEntry, CodelistInfo};

/// One known P2C Target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TargetInfo {
    /// The target's code (`ACCESS-01`).
    pub code: &'static str,
    /// The code of the focus area the target is listed under, if the source gives one.
    pub focus_area: Option<&'static str>,
    /// The target's text.
    pub text: &'static str,
    /// How faithful the text is to the source (`verbatim`, `truncated`, or a note).
    pub text_status: &'static str,
    /// Where the target was published.
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/targets.rs"));

/// Every known P2C Target, in the order of the source.
pub fn known_targets() -> &'static [TargetInfo] {
    TARGETS
}

/// The known target with this code, if any.
pub fn target(code: &str) -> Option<&'static TargetInfo> {
    TARGETS.iter().find(|t| t.code == code)
}

/// The codelist view of the known targets.
pub(crate) fn codelist_info() -> CodelistInfo {
    CodelistInfo {
        name: "p2cTarget",
        title: "P2C Target",
        parent_codelist: Some("focusArea"),
        entries: TARGETS
            .iter()
            .map(|t| CodeEntry {
                code: t.code,
                label: t.text,
                description: t.source,
                parent: t.focus_area,
                since: None,
            })
            .collect(),
    }
}

/// A P2C Target code as written on a pledge: known or not.
///
/// Deserializing checks the shape the schema's pattern gives (`^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$`),
/// not whether the target is known.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct TargetCode(pub String);

/// Whether `s` has the shape of a P2C Target code: upper-case letters and digits in
/// hyphen-separated parts, starting with a letter (`ACCESS-01`).
pub fn is_target_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let first_ok = parts.next().is_some_and(|p| {
        p.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && p.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    });
    first_ok
        && parts.all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

impl<'de> Deserialize<'de> for TargetCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if is_target_code(&s) {
            Ok(TargetCode(s))
        } else {
            Err(serde::de::Error::custom(format_args!(
                "`{s}` is not a P2C Target code (upper-case letters, digits and hyphens)"
            )))
        }
    }
}

impl TargetCode {
    /// The known target this code names, if any.
    pub fn info(&self) -> Option<&'static TargetInfo> {
        target(&self.0)
    }
}

impl fmt::Display for TargetCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl schemars::JsonSchema for TargetCode {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("TargetCode")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let known: Vec<&str> = TARGETS.iter().map(|t| t.code).collect();
        schemars::json_schema!({
            "title": "P2C Target code",
            "description": "A P2C Target code: one of the known targets listed in `examples`, or a code the coalition added later (upper-case letters, digits and hyphens).",
            "type": "string",
            "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$",
            "examples": known,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_targets_are_present() {
        assert!(known_targets().len() >= 16);
        let t = target("ACCESS-01").unwrap();
        assert_eq!(t.focus_area, Some("access"));
        assert!(t.text.contains("15 years"));
        assert!(target("NOPE-1").is_none());
    }

    /// Labels are the sources' words, not cut-off text, and sources are documents, not file
    /// names of the project's stored copies.
    #[test]
    fn labels_are_whole_and_sources_are_documents() {
        for t in known_targets() {
            assert!(
                !t.text.contains('[') && !t.text.contains("..."),
                "{}",
                t.code
            );
            assert!(!t.source.ends_with(".txt"), "{}: {}", t.code, t.source);
            assert!(t.source.starts_with("ITU"), "{}: {}", t.code, t.source);
        }
        assert_eq!(
            target("ADOPTION-04").unwrap().text,
            "By 2030, gender parity in digital access"
        );
    }
}
