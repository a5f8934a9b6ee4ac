//! The migration call: a pledge document, or a list of them, to the current format version
//! (see [`crate::migrate`] for what changes and what does not).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::migrate::{migrate_value, migrate_values, MigrationReport};
use crate::Result;

/// Migrating pledge documents to the current format version. It has no option: a JSON object
/// is one pledge, a JSON array a list of pledges.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct MigrateCall {}

/// What a migration gives back.
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct MigrateAnswer {
    /// The migrated document: an object for one pledge, an array for a list.
    pub document: Value,
    /// One report per pledge, in document order (one for a single pledge); report paths of a
    /// list start with the pledge's index (`/3/formatVersion`).
    pub reports: Vec<MigrationReport>,
}

impl MigrateAnswer {
    /// Whether any pledge was changed.
    pub fn changed(&self) -> bool {
        self.reports.iter().any(MigrationReport::changed)
    }
}

impl MigrateCall {
    /// Migrate a JSON value: an object (one pledge) or an array (a list of pledges).
    ///
    /// Errors: `parse_error` for anything else or for a list item that is not an object,
    /// `unsupported_version` for a document whose version this library does not read.
    ///
    /// ```
    /// use p2c_core::call::MigrateCall;
    ///
    /// let answer = MigrateCall::default().run_str(r#"{"formatVersion": "1.0", "id": "P1"}"#)?;
    /// assert_eq!(answer.document["formatVersion"], "1.1");
    /// assert_eq!(answer.reports[0].changes[0].path, "/formatVersion");
    /// # Ok::<(), p2c_core::Error>(())
    /// ```
    pub fn run_value(&self, doc: &Value) -> Result<MigrateAnswer> {
        match doc {
            Value::Array(_) => {
                let (document, reports) = migrate_values(doc)?;
                Ok(MigrateAnswer { document, reports })
            }
            _ => {
                let (document, report) = migrate_value(doc)?;
                Ok(MigrateAnswer {
                    document,
                    reports: vec![report],
                })
            }
        }
    }

    /// [`MigrateCall::run_value`] on JSON text (a leading byte-order mark is ignored);
    /// `parse_error` when it is not JSON.
    pub fn run_str(&self, text: &str) -> Result<MigrateAnswer> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let doc: Value = crate::parse::from_str("pledge", text)?;
        self.run_value(&doc)
    }

    /// [`MigrateCall::run_str`] on UTF-8 bytes; `parse_error` when they are not UTF-8.
    pub fn run_bytes(&self, bytes: &[u8]) -> Result<MigrateAnswer> {
        let text = crate::parse::utf8("pledge", bytes)?;
        self.run_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_pledge_or_a_list() {
        let call = MigrateCall::default();
        let one = call
            .run_str(r#"{"formatVersion": "1.0", "id": "A"}"#)
            .unwrap();
        assert_eq!(one.reports.len(), 1);
        assert!(one.changed());
        let list = call
            .run_bytes(br#"[{"formatVersion": "1.1", "id": "A"}, {"formatVersion": "1.0"}]"#)
            .unwrap();
        assert_eq!(list.document[1]["formatVersion"], "1.1");
        assert_eq!(list.reports.len(), 2);
        assert!(!list.reports[0].changed());
        assert_eq!(list.reports[1].changes[0].path, "/1/formatVersion");
    }

    #[test]
    fn errors_have_the_usual_codes() {
        let call = MigrateCall::default();
        for (text, code) in [
            ("{", "parse_error"),
            ("7", "parse_error"),
            ("[7]", "parse_error"),
            (r#"{"formatVersion": "9.9"}"#, "unsupported_version"),
            (r#"{"id": "x"}"#, "unsupported_version"),
        ] {
            assert_eq!(call.run_str(text).unwrap_err().code(), code, "{text}");
        }
        assert_eq!(call.run_bytes(b"\xff").unwrap_err().code(), "parse_error");
    }
}
