//! Comparing two summaries given as JSON text or values (`p2c compare`, Python
//! `p2c.compare`, Node `compare`): the rules are those of [`crate::aggregate::compare`].

use crate::aggregate::{compare_json, Comparison};
use crate::{Error, Result};

/// Compare two summaries in their JSON form (`schema/summary.schema.json`), `a` the base.
///
/// Errors: `invalid_argument` (pointer `/a` or `/b`) when a value is not a summary;
/// `summary_mismatch` when the two were computed differently; `overflow`.
pub fn compare_values(a: &serde_json::Value, b: &serde_json::Value) -> Result<Comparison> {
    compare_json(a, b)
}

/// [`compare_values`] for JSON text: `parse_error` when a text is not JSON.
pub fn compare_str(a: &str, b: &str) -> Result<Comparison> {
    compare_values(&read_summary(a)?, &read_summary(b)?)
}

/// A summary's JSON text as a value (what [`compare_str`] reads each text with, for a caller
/// that must say which text is at fault): `parse_error` when it is not JSON.
pub fn read_summary(text: &str) -> Result<serde_json::Value> {
    serde_json::from_str(text).map_err(|e| {
        let mut message = e.to_string();
        if let Some(i) = message.rfind(" at line ") {
            message.truncate(i);
        }
        Error::Parse {
            what: "summary",
            pointer: String::new(),
            line: Some(e.line()),
            column: Some(e.column()),
            message,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_is_not_json_or_not_a_summary_is_refused() {
        assert_eq!(compare_str("{", "{}").unwrap_err().code(), "parse_error");
        let e = compare_str("{}", "{}").unwrap_err();
        assert_eq!(e.code(), "invalid_argument");
        assert_eq!(e.to_json()["pointer"], "/a");
    }
}
