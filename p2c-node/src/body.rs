//! Request bodies for `p2c/middleware`: validate the raw bytes of a body and, in the same call,
//! say how the JS layer may turn a valid body into the plain object the handler gets, so that
//! the middleware does not scan the text again in JavaScript (two regular expressions over the
//! body cost about as much as the validation itself).
//!
//! The answer is the report's text (as `validate` returns it: `''` for a plain report with no
//! issue) after one character, the way to build the object:
//!
//! - `j`: `JSON.parse` of the text gives it exactly;
//! - `w`: `JSON.parse`, then the JSON numbers at decimal keys become decimal strings (a number
//!   stands at one of those keys somewhere in the text);
//! - `x`: p2c's own reader (`parsePledge`): a run of 16 digits may be an integer beyond 2^53,
//!   which `JSON.parse` would round, or a key is a decimal in one place of the schema and
//!   something else in another;
//! - `-`: the body is not valid; no object is built.
//!
//! The scans are conservative (they look at the bytes, strings included): a false alarm only
//! sends a body the slower, still exact, way.

use std::sync::OnceLock;

use napi::bindgen_prelude::{AsyncTask, Uint8Array};
use napi_derive::napi;
use serde_json::Value;

use crate::tasks::Job;
use crate::{run, to_json, validate, Doc};

/// The keys whose values are decimal strings in a pledge, from its JSON Schema.
struct DecimalKeys {
    /// Every property name whose schema is (or contains) a `DecimalString`.
    keys: Vec<String>,
    /// Whether one of `keys` is something else elsewhere in the schema.
    ambiguous: bool,
}

/// The pledge's decimal keys, derived once.
fn decimal_keys() -> &'static DecimalKeys {
    static KEYS: OnceLock<DecimalKeys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let mut decimal = Vec::new();
        let mut other = Vec::new();
        collect_keys(&p2c_core::schema::pledge_schema(), &mut decimal, &mut other);
        decimal.sort();
        decimal.dedup();
        let ambiguous = decimal.iter().any(|k| other.contains(k));
        DecimalKeys {
            keys: decimal,
            ambiguous,
        }
    })
}

/// Sort every property of every `properties` map of a schema into decimal and other keys.
fn collect_keys(schema: &Value, decimal: &mut Vec<String>, other: &mut Vec<String>) {
    match schema {
        Value::Array(items) => items.iter().for_each(|v| collect_keys(v, decimal, other)),
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                for (key, sub) in props {
                    let is_decimal = serde_json::to_string(sub)
                        .is_ok_and(|s| s.contains("\"#/$defs/DecimalString\""));
                    if is_decimal {
                        &mut *decimal
                    } else {
                        &mut *other
                    }
                    .push(key.clone());
                }
            }
            map.values().for_each(|v| collect_keys(v, decimal, other));
        }
        _ => {}
    }
}

/// The decimal keys of a pledge as JSON (`{ keys, ambiguous }`), for the middleware's walk
/// that turns JSON numbers at those keys into decimal strings (the same list as the scan's).
#[napi(js_name = "_bodyDecimalKeys")]
pub fn body_decimal_keys() -> napi::Result<String> {
    run(|| {
        let k = decimal_keys();
        to_json(&serde_json::json!({ "keys": k.keys, "ambiguous": k.ambiguous }))
    })
}

/// How the JS layer builds the object of a valid body (see the module's documentation).
fn object_mode(bytes: &[u8]) -> char {
    let keys = decimal_keys();
    if keys.ambiguous {
        return 'x';
    }
    let mut run_len = 0usize;
    let mut walk = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            run_len += 1;
            if run_len >= 16 {
                return 'x';
            }
            // The first digit of a number: is it the value of a decimal key?
            if run_len == 1 && !walk && number_at_decimal_key(bytes, i, &keys.keys) {
                walk = true;
            }
        } else {
            run_len = 0;
        }
    }
    if walk {
        'w'
    } else {
        'j'
    }
}

/// Whether the digit at `at` starts a value `"key": -?digit` with `key` one of `keys`.
fn number_at_decimal_key(bytes: &[u8], at: usize, keys: &[String]) -> bool {
    let before = bytes.get(..at).unwrap_or_default();
    let before = before.strip_suffix(b"-").unwrap_or(before);
    let before = before.trim_ascii_end();
    let Some(before) = before.strip_suffix(b":") else {
        return false;
    };
    let Some(before) = before.trim_ascii_end().strip_suffix(b"\"") else {
        return false;
    };
    keys.iter().any(|k| {
        before
            .strip_suffix(k.as_bytes())
            .is_some_and(|b| b.ends_with(b"\""))
    })
}

/// The middleware's answer for a body: the object mode, then `validate`'s text.
fn answer(doc: Doc<'_>, options_json: Option<String>) -> p2c_core::Result<String> {
    let (valid, text) = validate::answer(doc, false, options_json, true)?;
    let mode = match doc {
        _ if !valid => '-',
        Doc::Bytes(bytes) => object_mode(bytes),
        Doc::Text(text) => object_mode(text.as_bytes()),
    };
    let mut out = String::with_capacity(text.len() + 1);
    out.push(mode);
    out.push_str(&text);
    Ok(out)
}

/// Validate a request body (UTF-8 bytes) with `validate`'s options; the answer is one
/// character saying how to build the valid body's object, then `validate`'s text (test hook
/// and middleware internals, not part of the package's API).
#[napi(js_name = "_validateBody")]
pub fn validate_body(doc: Uint8Array, options_json: Option<String>) -> napi::Result<String> {
    run(|| answer(Doc::Bytes(&doc), options_json))
}

/// `_validateBody` on the thread pool (the bytes are copied first).
#[napi(js_name = "_validateBodyAsync", ts_return_type = "Promise<string>")]
pub fn validate_body_async(doc: Uint8Array, options_json: Option<String>) -> AsyncTask<Job> {
    let bytes = doc.to_vec();
    Job::task(move || answer(Doc::Bytes(&bytes), options_json))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_decimal_keys_include_amount() {
        assert!(decimal_keys().keys.iter().any(|k| k == "amount"));
    }

    #[test]
    fn object_modes() {
        assert_eq!(object_mode(br#"{"amount":"5","year":2026}"#), 'j');
        assert_eq!(object_mode(br#"{"amount" : -5}"#), 'w');
        assert_eq!(object_mode(br#"{"x":{"amount":5}}"#), 'w');
        assert_eq!(object_mode(br#"{"notamount":5}"#), 'j');
        assert_eq!(object_mode(br#"{"n":12345678901234567}"#), 'x');
        assert_eq!(object_mode(br#"{"n":123456789012345}"#), 'j');
    }
}
