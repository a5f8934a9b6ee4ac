//! The native half of the `p2c` npm package.
//!
//! This crate only converts values and maps errors; every rule lives in `p2c-core`. Errors cross
//! as a JS `Error` whose message is `P2C_ERROR:` followed by the core error's JSON
//! (`Error::to_json`); `errors.js` turns that into a `P2cError`. No export lets a Rust panic
//! reach Node (it would abort the process): each runs inside [`guard`].

use std::panic::{catch_unwind, AssertUnwindSafe};

use napi_derive::napi;

/// Prefix of a native error message that carries a p2c error payload (read by `errors.js`).
const ERROR_PREFIX: &str = "P2C_ERROR:";

fn to_napi_error(err: &p2c_core::Error) -> napi::Error {
    napi::Error::new(
        napi::Status::GenericFailure,
        format!("{ERROR_PREFIX}{}", err.to_json()),
    )
}

/// Run one export, turning a core error or a Rust panic into a thrown p2c error payload.
fn guard<T>(f: impl FnOnce() -> p2c_core::Result<T>) -> napi::Result<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result.map_err(|e| to_napi_error(&e)),
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(to_napi_error(&p2c_core::Error::Internal(detail)))
        }
    }
}

/// Parse one pledge document from JSON text into a plain object (amounts as decimal strings).
#[napi(ts_return_type = "Record<string, unknown>")]
pub fn parse_pledge(text: String) -> napi::Result<serde_json::Value> {
    guard(|| {
        let pledge = p2c_core::parse_pledge(&text)?;
        serde_json::to_value(&pledge).map_err(|e| p2c_core::Error::Internal(e.to_string()))
    })
}

/// The JSON Schema (draft 2020-12) of a pledge document.
#[napi(ts_return_type = "Record<string, unknown>")]
pub fn json_schema() -> napi::Result<serde_json::Value> {
    guard(|| Ok(p2c_core::schema::pledge_schema()))
}

/// Panic inside Rust on purpose, to test that no panic reaches Node (test hook).
#[napi(js_name = "_panicForTests")]
pub fn panic_for_tests() -> napi::Result<()> {
    guard(|| {
        let empty: Vec<u8> = Vec::new();
        // Deliberate out-of-bounds access: the guard must turn it into `internal_error`.
        #[allow(clippy::indexing_slicing)]
        let _ = empty[usize::from(empty.is_empty())];
        Ok(())
    })
}
