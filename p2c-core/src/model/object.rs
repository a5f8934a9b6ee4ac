//! Records deserialize from JSON objects only.
//!
//! serde's derived `Deserialize` for a struct also accepts a sequence of the struct's fields
//! in declaration order, so `["1.0", "P2C-1", …]` would parse as a pledge and `["100", "USD",
//! "2022-06-07"]` as a financial value, while the schema and the validator call both a
//! `structure.wrong_type`. Every record type of the model therefore derives its serde code
//! with `#[serde(remote = "Self")]`, which turns the derived trait impls into inherent
//! functions, and [`object_only!`] implements the traits over them: serializing is
//! unchanged, and deserializing asks the deserializer for a map, so an array (or any other
//! non-object) is refused with a parse error at its pointer, by any deserializer (JSON text,
//! `serde_json::Value`, the bindings' converters).
//!
//! A side effect of `remote = "Self"`: each record type has public inherent functions
//! `serialize` and `deserialize` (the derived, array-accepting reader). Call the traits
//! (`serde::Deserialize::deserialize`, `serde_json::from_str`, [`crate::parse_pledge`]) rather
//! than `Type::deserialize` by path.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{MapAccess, Visitor};

/// A record type read from a map by its derived (inherent) deserializer.
pub(crate) trait FromMap<'de>: Sized {
    /// Read the record from the entries of a map.
    fn from_map<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// The visitor that accepts a map only; everything else is an "invalid type … expected an
/// object" error of the deserializer.
pub(crate) struct ObjectOnly<T>(pub(crate) PhantomData<T>);

impl<'de, T: FromMap<'de>> Visitor<'de> for ObjectOnly<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_map(map)
    }
}

/// Implement `Serialize` and an object-only `Deserialize` for record types whose serde code
/// is derived with `#[serde(remote = "Self")]` (see the module docs).
macro_rules! object_only {
    ($($t:ident),* $(,)?) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                // The inherent, derived function (inherent items win over trait items).
                $t::serialize(self, s)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_map($crate::model::object::ObjectOnly::<$t>(
                    ::std::marker::PhantomData,
                ))
            }
        }

        impl<'de> $crate::model::object::FromMap<'de> for $t {
            fn from_map<A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
                $t::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
    )*};
}
pub(crate) use object_only;

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::model::{Implementation, Pledge};
    use crate::{parse_pledge, parse_pledge_value, Error};

    fn lead() -> Value {
        json!({ "name": "Org", "stakeholderType": "government", "headquarters": "KEN" })
    }

    fn pledge_with(key: &str, value: Value) -> Value {
        let mut p = json!({
            "formatVersion": "1.0", "id": "P2C-1", "title": "T",
            "pledgers": { "lead": lead() },
            "pledgeTypes": ["financial"], "focusAreas": ["access"],
            "financialValue": { "amount": "100", "currency": "USD", "valueDate": "2022-06-07" },
            "reviewState": "published"
        });
        p[key] = value;
        p
    }

    /// The code and pointer of the parse error of `doc`, the same from the value and from its
    /// text.
    fn refused(doc: &Value) -> (&'static str, String) {
        let out: Vec<(&'static str, String)> =
            [parse_pledge_value(doc), parse_pledge(&doc.to_string())]
                .into_iter()
                .map(|r| match r {
                    Err(e @ Error::Parse { .. }) => {
                        let code = e.code();
                        match e {
                            Error::Parse { pointer, .. } => (code, pointer),
                            _ => (code, String::new()),
                        }
                    }
                    other => panic!("expected a parse error, got {other:?}"),
                })
                .collect();
        assert_eq!(out[0], out[1]);
        out[0].clone()
    }

    #[test]
    fn the_base_document_parses() {
        // So that each refusal below is caused by the array alone.
        assert!(parse_pledge_value(&pledge_with("title", json!("T"))).is_ok());
    }

    #[test]
    fn a_pledge_written_as_an_array_is_refused() {
        // The fields of `Pledge` in declaration order, up to the last required one.
        let positional = json!([
            "1.0", "P2C-1", "T", null, [], null, null, null, null, [], { "lead": lead() },
            ["financial"], ["access"], [], [], null, {}, null, null, [], null, "published"
        ]);
        // serde's derived reader (the inherent function) takes it: the leniency is real …
        assert_eq!(Pledge::deserialize(&positional).unwrap().id, "P2C-1");
        // … and the public readers refuse it, at the root.
        assert_eq!(refused(&positional), ("parse_error", String::new()));
        assert!(serde_json::from_value::<Pledge>(positional).is_err());
    }

    #[test]
    fn a_financial_value_written_as_an_array_is_refused() {
        let positional = json!(["100", "200", "USD", "2022-06-07"]);
        assert_eq!(
            crate::model::FinancialValueWire::deserialize(&positional)
                .unwrap()
                .amount,
            rust_decimal::Decimal::from(100)
        );
        let doc = pledge_with("financialValue", positional);
        assert_eq!(refused(&doc), ("parse_error", "/financialValue".into()));
    }

    #[test]
    fn nested_records_written_as_arrays_are_refused() {
        // An entity two levels down: pledgers/lead.
        let entity = json!([null, "Org", "government", null, "KEN"]);
        let doc = pledge_with("pledgers", json!({ "lead": entity }));
        assert_eq!(refused(&doc), ("parse_error", "/pledgers/lead".into()));
        // An explicit rate inside the financial value.
        let doc = pledge_with(
            "financialValue",
            json!({ "amount": "100", "currency": "EUR", "valueDate": "2022-06-07",
                    "explicitRate": ["USD", "1.1", "2022-06-07", "ECB"] }),
        );
        assert_eq!(
            refused(&doc),
            ("parse_error", "/financialValue/explicitRate".into())
        );
        // A record whose fields all have defaults: the derived reader takes an empty array.
        assert_eq!(
            Implementation::deserialize(&json!([])).unwrap(),
            Implementation::default()
        );
        let doc = pledge_with("implementation", json!([]));
        assert_eq!(refused(&doc), ("parse_error", "/implementation".into()));
        // A record in a list: the first progress report.
        let doc = pledge_with("progressReports", json!([["2023-01-10", "in_progress"]]));
        assert_eq!(refused(&doc), ("parse_error", "/progressReports/0".into()));
    }
}
