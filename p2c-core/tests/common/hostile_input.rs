//! The input bytes of a hostile-input case (`tests/vectors/hostile/README.md`), shared by the
//! hostile suite and the example that writes the HTML reports of the hostile cases.

use serde_json::Value;

/// Build the input bytes of a case from `input` (text), `inputHex` or `generate` (a list of
/// parts, each `{"text"}`, `{"hex"}` or `{"repeat", "times"}`, concatenated).
pub(crate) fn input_bytes(case: &Value, where_: &str) -> Vec<u8> {
    if let Some(text) = case.get("input") {
        return text
            .as_str()
            .unwrap_or_else(|| panic!("{where_}: input is not a string"))
            .as_bytes()
            .to_vec();
    }
    if let Some(hex) = case.get("inputHex") {
        return decode_hex(hex.as_str().unwrap(), where_);
    }
    let parts = case
        .get("generate")
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{where_}: no input, inputHex or generate"));
    let mut out = Vec::new();
    for part in parts {
        if let Some(t) = part.get("text") {
            out.extend_from_slice(t.as_str().unwrap().as_bytes());
        } else if let Some(h) = part.get("hex") {
            out.extend(decode_hex(h.as_str().unwrap(), where_));
        } else if let Some(r) = part.get("repeat") {
            let times = part["times"].as_u64().unwrap();
            out.extend(
                r.as_str()
                    .unwrap()
                    .as_bytes()
                    .repeat(usize::try_from(times).unwrap()),
            );
        } else {
            panic!("{where_}: unknown generator part {part}");
        }
    }
    out
}

fn decode_hex(s: &str, where_: &str) -> Vec<u8> {
    assert!(s.len() % 2 == 0, "{where_}: odd hex length");
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}
