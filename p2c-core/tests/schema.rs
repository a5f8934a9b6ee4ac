//! The committed JSON Schema files must match what the Rust types generate.

use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn committed_schemas_are_fresh() {
    for (path, contents) in p2c_core::schema::artifacts() {
        let committed = std::fs::read_to_string(root().join(path))
            .unwrap_or_else(|e| panic!("{path}: {e}; run `cargo run -p xtask -- codegen`"));
        assert!(
            committed == contents,
            "{path} is stale: run `cargo run -p xtask -- codegen` and commit the result"
        );
    }
}

#[test]
fn every_property_and_enum_value_has_title_and_description() {
    let schema = p2c_core::schema::pledge_schema();
    let mut missing = Vec::new();
    let mut check = |name: &str, def: &serde_json::Value| {
        if def.get("title").is_none() {
            missing.push(format!("{name}: title"));
        }
        for (key, prop) in def
            .get("properties")
            .and_then(|p| p.as_object())
            .into_iter()
            .flatten()
        {
            for attr in ["title", "description"] {
                if prop.get(attr).is_none() {
                    missing.push(format!("{name}.{key}: {attr}"));
                }
            }
        }
        for variant in def
            .get("oneOf")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            for attr in ["title", "description"] {
                if variant.get(attr).is_none() {
                    missing.push(format!("{name} {}: {attr}", variant["const"]));
                }
            }
        }
    };
    check("Pledge", &schema);
    for (name, def) in schema["$defs"].as_object().unwrap() {
        check(name, def);
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
