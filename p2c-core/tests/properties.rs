//! Property tests over arbitrary JSON: parsing never panics, and a pledge document mutated at
//! any place either still parses or gives a `parse_error` pointing at, above or below the
//! mutated place.
//!
//! (The serde round trip of arbitrary pledges is in `sample_data.rs`; the strategies are shared
//! through `common`.)

mod common;

use common::pledge;
use p2c_core::{parse_pledge, parse_pledge_value, Error};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Arbitrary JSON, including numbers that are not exact decimals and keys the format defines.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("amount".to_owned()),
        Just("currency".to_owned()),
        Just("id".to_owned()),
        Just("contact".to_owned()),
        ".{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,16}".prop_map(Value::String),
        "-?[0-9]{1,32}(\\.[0-9]{0,30})?".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// The JSON Pointers of every value in a document, parents before children.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                let token = k.replace('~', "~0").replace('/', "~1");
                pointers(x, format!("{at}/{token}"), out);
            }
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parsing_arbitrary_json_never_panics(v in json_value()) {
        let text = v.to_string();
        let from_text = parse_pledge(&text);
        let from_value = parse_pledge_value(&v);
        // Both routes agree on success and failure.
        prop_assert_eq!(from_text.is_ok(), from_value.is_ok());
        if let Err(e) = from_text {
            prop_assert_eq!(e.code(), "parse_error");
        }
    }

    #[test]
    fn a_mutated_pledge_parses_or_points_near_the_mutation(
        p in pledge(),
        pick in any::<prop::sample::Index>(),
        replacement in json_value(),
    ) {
        let mut doc = serde_json::to_value(&p).unwrap();
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        let at = pick.get(&all).clone();
        *doc.pointer_mut(&at).unwrap() = replacement;
        match parse_pledge(&doc.to_string()) {
            Ok(_) => {}
            Err(Error::Parse { pointer, .. }) => {
                // The error is at the mutated place, one of its ancestors (a missing or
                // duplicate key is reported on the object) or one of its descendants.
                let related = at.starts_with(&pointer) || pointer.starts_with(&at);
                prop_assert!(related, "mutated {} but error at {}", at, pointer);
            }
            Err(e) => prop_assert!(false, "unexpected error {:?}", e),
        }
    }
}
