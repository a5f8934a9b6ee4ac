//! Reading a call: old spellings modernized (with a warning each), serde's errors turned into
//! [`Error::InvalidArgument`] and [`Error::UnknownOption`] with a pointer and a suggestion.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::Warning;
use crate::parse::escape_pointer_token;
use crate::validate::suggest;
use crate::Error;

/// The camelCase values of version 0.1 and their snake_case replacements.
const RENAMED: [(&str, &str); 7] = [
    ("halfUp", "half_up"),
    ("halfDown", "half_down"),
    ("towardZero", "toward_zero"),
    ("awayFromZero", "away_from_zero"),
    ("exactDate", "exact_date"),
    ("onOrBefore", "on_or_before"),
    ("annualAverage", "annual_average"),
];

fn renamed(old: &str) -> Option<&'static str> {
    RENAMED.iter().find(|(o, _)| *o == old).map(|(_, new)| *new)
}

/// Rewrite the deprecated spellings of option values in place (`rounding`, `policy` and the
/// `kind`s inside it, the `onOrBefore:N` shorthand), returning one warning for each.
pub(super) fn modernize(value: &mut Value) -> Vec<Warning> {
    let mut warnings = Vec::new();
    walk(value, &mut String::new(), false, &mut warnings);
    warnings
}

fn warn(pointer: &str, old: &str, new: String, out: &mut Vec<Warning>) {
    out.push(Warning {
        code: "deprecated_spelling".into(),
        message: format!(
            "`{old}` is the spelling of version 0.1; write `{new}` (option values are snake_case), the old one will be refused in the next release"
        ),
        pointer: pointer.to_owned(),
        replacement: Some(new),
    });
}

/// Visit `value` at `pointer`; `in_policy`: inside a `policy` option, where `kind` is a policy.
fn walk(value: &mut Value, pointer: &mut String, in_policy: bool, out: &mut Vec<Warning>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape_pointer_token(key));
                let policy_here = in_policy || key == "policy";
                let is_value = (key == "rounding" && !in_policy)
                    || (key == "kind" && in_policy)
                    || (key == "policy" && v.is_string());
                if is_value {
                    if let Value::String(s) = v {
                        if let Some(new) = modern_value(s) {
                            warn(pointer, s, new.clone(), out);
                            *s = new;
                        }
                    }
                } else {
                    walk(v, pointer, policy_here, out);
                }
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&i.to_string());
                walk(v, pointer, in_policy, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// The modern spelling of a deprecated value (`halfUp`, `onOrBefore:7`), if it is one.
fn modern_value(s: &str) -> Option<String> {
    if let Some(new) = renamed(s) {
        return Some(new.to_owned());
    }
    let (name, days) = s.split_once(':')?;
    renamed(name).map(|new| format!("{new}:{days}"))
}

/// Deserialize a call, mapping serde's errors to the call errors of the module docs.
pub(super) fn deserialize<T: DeserializeOwned>(value: &Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let pointer = pointer_of(e.path());
        call_error(pointer, &e.into_inner().to_string())
    })
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

/// The closest of `known` to `given`: a likely typo ([`suggest`]), or else the one name that
/// shares the given name's stem (a plural for a singular: `country` → `countries`).
fn suggest_name(given: &str, known: &[&str]) -> Option<String> {
    if let Some(s) = suggest(given, known.iter().copied()) {
        return Some(s.to_owned());
    }
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let g = norm(given);
    let stem: String = g
        .chars()
        .take(g.chars().count().saturating_sub(2).max(4))
        .collect();
    if stem.chars().count() < 4 {
        return None;
    }
    // Of the names with that stem, the one closest in length, if only one is.
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for k in known.iter().filter(|k| norm(k).starts_with(&stem)) {
        let d = norm(k).chars().count().abs_diff(g.chars().count());
        match best {
            Some((bd, _)) if d > bd => {}
            Some((bd, _)) if d == bd => tie = true,
            _ => {
                best = Some((d, k));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(_, k)| k.to_owned())
}

/// The words between backticks in `text`, in order.
fn quoted(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The last token of a pointer (`/filters/countries/0` → `0`), unescaped.
fn last_token(pointer: &str) -> String {
    pointer
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .replace("~1", "/")
        .replace("~0", "~")
}

/// The error for serde's `message` about the value at `pointer`.
pub(super) fn call_error(pointer: String, message: &str) -> Error {
    if let Some(rest) = message.strip_prefix("unknown field ") {
        // "unknown field `x`, expected one of `a`, `b`" / "expected `a` or `b`" / "there are no fields"
        let names = quoted(rest);
        let given = names.first().copied().unwrap_or_default().to_owned();
        let suggestion = suggest_name(&given, names.get(1..).unwrap_or_default());
        let pointer = if last_token(&pointer) == given {
            pointer
        } else {
            format!("{pointer}/{}", escape_pointer_token(&given))
        };
        let known = names.get(1..).unwrap_or_default();
        let message = if known.is_empty() {
            format!("unknown option `{given}`: this object takes no options")
        } else {
            format!(
                "unknown option `{given}` (known: {})",
                known
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        return Error::InvalidArgument {
            pointer,
            message,
            suggestion,
        };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = quoted(rest);
        let given = names.first().copied().unwrap_or_default().to_owned();
        // Never suggest a deprecated spelling (serde lists the aliases too).
        let current = names
            .iter()
            .skip(1)
            .copied()
            .filter(|n| renamed(n).is_none());
        let suggestion = suggest(&given, current).map(str::to_owned);
        let mut codelist = last_token(&pointer);
        if codelist.is_empty() || codelist.bytes().all(|b| b.is_ascii_digit()) {
            codelist = "option value".into();
        }
        return Error::UnknownOption {
            codelist,
            code: given,
            pointer,
            suggestion,
        };
    }
    let message = message
        .strip_prefix("invalid type: ")
        .map_or_else(|| message.to_owned(), |m| format!("wrong type: {m}"));
    Error::InvalidArgument {
        pointer,
        message,
        suggestion: None,
    }
}
