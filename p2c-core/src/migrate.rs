//! Migration of pledge documents to the current format version (1.1).
//!
//! Format 1.1 only adds: every field, code and value of a 1.0 document means the same in 1.1.
//! So migrating a 1.0 document sets `formatVersion` to `"1.1"` and changes nothing else:
//! nothing is dropped, renamed, defaulted or guessed, and [`MigrationReport::changes`] lists
//! that one change. Migrating a 1.1 document changes nothing and reports no change
//! (idempotent).
//!
//! What 1.0 could not say, the migration does not invent: [`MigrationReport::review`] lists
//! the places where the 1.1 format could say more than the 1.0 document does, for a person to
//! check against the sources (a value date that may be known only to the year, an amount that
//! may be per year, an announcement date the 1.0 format had no field for). These are hints,
//! not changes.
//!
//! The migration works on the JSON document ([`migrate_value`], [`migrate_str`]) so that it
//! keeps the document exactly (key order aside), and on typed pledges ([`migrate_pledge`]).

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::model::{FormatVersion, Pledge};

/// What kind of change the migration made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// `formatVersion` was rewritten.
    VersionChanged,
}

/// One change, or one review hint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// RFC 6901 pointer to the place.
    pub path: String,
    /// What was done (changes) or could be said (hints: the field 1.1 offers).
    pub what: String,
    /// In words.
    pub detail: String,
}

/// What a migration did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MigrationReport {
    /// The version the document declared.
    pub from: FormatVersion,
    /// The version it declares now.
    pub to: FormatVersion,
    /// The changes made, in document order; empty when the document was already current.
    pub changes: Vec<Change>,
    /// Places where format 1.1 can say more than the document does; nothing was changed
    /// there.
    pub review: Vec<Change>,
}

impl MigrationReport {
    /// Whether the document was changed.
    pub fn changed(&self) -> bool {
        !self.changes.is_empty()
    }
}

fn version_of(doc: &Map<String, Value>) -> Result<FormatVersion> {
    let found = doc.get("formatVersion");
    found
        .and_then(Value::as_str)
        .and_then(FormatVersion::parse)
        .ok_or_else(|| Error::UnsupportedVersion {
            what: "pledge",
            found: match found {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            },
            expected: FormatVersion::ALL.iter().map(|v| v.as_str()).collect(),
        })
}

fn hints(doc: &Map<String, Value>) -> Vec<Change> {
    let mut out = Vec::new();
    let hint = |path: &str, what: &str, detail: &str| Change {
        path: path.into(),
        what: what.into(),
        detail: detail.into(),
    };
    if !doc.contains_key("announcedOn") {
        out.push(hint(
            "/announcedOn",
            "announcedOn",
            "format 1.0 had no announcement date: add it at the precision the source gives (a year, a month or a day), or leave it out if no source dates the announcement",
        ));
    }
    if let Some(Value::Object(fv)) = doc.get("financialValue") {
        out.push(hint(
            "/financialValue/valueDate",
            "valueDate",
            "kept as a day: if the source gives only the month or the year, write that (`2022-06`, `2022`), and conversion will use the calendar-year average instead of the rate of an invented day",
        ));
        if !fv.contains_key("basis") {
            out.push(hint(
                "/financialValue/basis",
                "basis",
                "the amount counts as a total, as in 1.0: if the source states a yearly amount, set `basis` to `per_year` and `years`",
            ));
        }
    }
    out
}

/// Migrate one pledge document (a JSON object) to the current version.
///
/// Errors: [`Error::Parse`] when `doc` is not an object; [`Error::UnsupportedVersion`] when it
/// declares no version or one this library does not read. The document is not validated
/// otherwise: migrating an invalid 1.0 document gives the same invalid document in 1.1.
///
/// ```
/// let doc = serde_json::json!({"formatVersion": "1.0", "id": "P1", "title": "t"});
/// let (migrated, report) = p2c_core::migrate::migrate_value(&doc)?;
/// assert_eq!(migrated["formatVersion"], "1.1");
/// assert_eq!(report.changes.len(), 1);
/// let (again, report) = p2c_core::migrate::migrate_value(&migrated)?;
/// assert_eq!((again, report.changes.len()), (migrated, 0));
/// # Ok::<(), p2c_core::Error>(())
/// ```
pub fn migrate_value(doc: &Value) -> Result<(Value, MigrationReport)> {
    let Value::Object(map) = doc else {
        return Err(Error::Parse {
            what: "pledge",
            pointer: String::new(),
            line: None,
            column: None,
            message: "a pledge document is a JSON object".into(),
        });
    };
    let from = version_of(map)?;
    let to = FormatVersion::CURRENT;
    let mut out = map.clone();
    let mut changes = Vec::new();
    if from != to {
        out.insert("formatVersion".into(), to.as_str().into());
        changes.push(Change {
            path: "/formatVersion".into(),
            what: "formatVersion".into(),
            detail: format!(
                "`{from}` → `{to}`: format {to} only adds to {from}, so nothing else changes"
            ),
        });
    }
    let review = if changes.is_empty() {
        Vec::new()
    } else {
        hints(map)
    };
    Ok((
        Value::Object(out),
        MigrationReport {
            from,
            to,
            changes,
            review,
        },
    ))
}

/// Migrate a JSON array of pledge documents; report paths are prefixed with the index
/// (`/3/formatVersion`). Errors name the failing document's index in the pointer.
pub fn migrate_values(docs: &Value) -> Result<(Value, Vec<MigrationReport>)> {
    let Value::Array(items) = docs else {
        return Err(Error::Parse {
            what: "pledge list",
            pointer: String::new(),
            line: None,
            column: None,
            message: "a pledge list is a JSON array".into(),
        });
    };
    let mut out = Vec::with_capacity(items.len());
    let mut reports = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let (doc, mut report) = migrate_value(item).map_err(|e| match e {
            Error::Parse {
                what,
                pointer,
                line,
                column,
                message,
            } => Error::Parse {
                what,
                pointer: format!("/{i}{pointer}"),
                line,
                column,
                message,
            },
            other => other,
        })?;
        for c in report.changes.iter_mut().chain(report.review.iter_mut()) {
            c.path = format!("/{i}{}", c.path);
        }
        out.push(doc);
        reports.push(report);
    }
    Ok((Value::Array(out), reports))
}

/// Migrate a pledge document given as JSON text; the result is compact JSON text.
pub fn migrate_str(text: &str) -> Result<(String, MigrationReport)> {
    let doc: Value = crate::parse::from_str("pledge", text)?;
    let (migrated, report) = migrate_value(&doc)?;
    let text = serde_json::to_string(&migrated).map_err(|e| Error::Internal(e.to_string()))?;
    Ok((text, report))
}

/// Migrate a typed pledge: the same pledge, declaring the current version.
pub fn migrate_pledge(pledge: &Pledge) -> (Pledge, MigrationReport) {
    let from = pledge.format_version;
    let to = FormatVersion::CURRENT;
    let mut out = pledge.clone();
    out.format_version = to;
    let value = serde_json::to_value(pledge).unwrap_or(Value::Null);
    let (changes, review) = if from == to {
        (Vec::new(), Vec::new())
    } else {
        let change = Change {
            path: "/formatVersion".into(),
            what: "formatVersion".into(),
            detail: format!(
                "`{from}` → `{to}`: format {to} only adds to {from}, so nothing else changes"
            ),
        };
        let review = value.as_object().map(hints).unwrap_or_default();
        (vec![change], review)
    };
    (
        out,
        MigrationReport {
            from,
            to,
            changes,
            review,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_what_is_wrong() {
        let e = migrate_value(&serde_json::json!({"formatVersion": "2.0"})).unwrap_err();
        assert_eq!(e.code(), "unsupported_version");
        assert!(e.to_string().contains("`2.0`"), "{e}");
        assert_eq!(
            migrate_value(&serde_json::json!([])).unwrap_err().code(),
            "parse_error"
        );
        let e = migrate_values(&serde_json::json!([{"formatVersion": "1.0"}, 7])).unwrap_err();
        match e {
            Error::Parse { pointer, .. } => assert_eq!(pointer, "/1"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_batch_migrates_each_document() {
        let docs = serde_json::json!([{"formatVersion": "1.0", "id": "A"}, {"formatVersion": "1.1", "id": "B"}]);
        let (out, reports) = migrate_values(&docs).unwrap();
        assert_eq!(out[0]["formatVersion"], "1.1");
        assert_eq!(reports[0].changes[0].path, "/0/formatVersion");
        assert!(!reports[1].changed());
    }
}
