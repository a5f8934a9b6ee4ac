//! JSON text to a [`serde_json::Value`], refusing objects that repeat a key.
//!
//! `serde_json::Value` keeps the last of two equal keys silently, while `parse_pledge` refuses
//! a repeated field: without this check a document with `"id"` twice was `valid` to the
//! validator but did not parse. Found by `p2c-core/tests/hostile.rs`.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Parse JSON text into a value; a repeated key in any object is an error (at its position).
pub(crate) fn from_str(text: &str) -> serde_json::Result<Value> {
    serde_json::from_str::<Unique>(text).map(|u| u.0)
}

struct Unique(Value);

impl<'de> Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueVisitor).map(Unique)
    }
}

struct UniqueVisitor;

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // As serde_json's own `Value`: JSON text cannot hold a non-finite number.
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Unique::deserialize(d).map(|u| u.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(Unique(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                // The key is not quoted: messages must not carry input when redacting, and the
                // line and column in the params locate it.
                return Err(de::Error::custom("an object repeats a key"));
            }
            let Unique(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_keys_are_refused_at_any_depth() {
        assert!(from_str(r#"{"a":1,"a":1}"#).is_err());
        assert!(from_str(r#"{"x":[{"b":{"c":1,"c":2}}]}"#).is_err());
        // Same key in sibling objects is fine.
        let v =
            from_str(r#"[{"a":1},{"a":2.5,"b":[null,true,"s",-3,18446744073709551615]}]"#).unwrap();
        assert_eq!(
            v,
            serde_json::from_str::<Value>(
                r#"[{"a":1},{"a":2.5,"b":[null,true,"s",-3,18446744073709551615]}]"#
            )
            .unwrap()
        );
    }

    #[test]
    fn deep_nesting_still_hits_the_recursion_limit() {
        assert!(from_str(&"[".repeat(100_000)).is_err());
    }
}
