//! The native half of the `p2c` npm package.
//!
//! This crate only converts values and maps errors; every rule lives in `p2c-core`. Documents
//! and options arrive as JSON text or bytes (the JS layer `JSON.stringify`s objects, which
//! measured faster than napi's value conversion and cannot overflow the native stack on deep or
//! cyclic objects); results leave as JSON text that `index.js` parses (see [`to_json`]).
//! Errors cross as a JS `Error` whose message is `P2C_ERROR:` followed by the core error's
//! JSON (`Error::to_json`); `errors.js` turns that into a `P2cError`. No export lets a Rust
//! panic reach Node (it would abort the process): each runs inside [`guard`].

use std::panic::{catch_unwind, AssertUnwindSafe};

use napi::bindgen_prelude::{Either, Uint8Array};
use napi_derive::napi;
use serde::de::DeserializeOwned;

/// Rust's allocations in the addon (JavaScript values keep V8's heap): see the mimalloc line of
/// `Cargo.toml`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod aggregate;
pub mod money;
pub mod validate;

/// Prefix of a native error message that carries a p2c error payload (read by `errors.js`).
const ERROR_PREFIX: &str = "P2C_ERROR:";

/// A JSON document as the JS layer passes it: text, or UTF-8 bytes (a `Buffer`).
type Document = Either<String, Uint8Array>;

fn to_napi_error(err: &p2c_core::Error) -> napi::Error {
    napi::Error::new(
        napi::Status::GenericFailure,
        format!("{ERROR_PREFIX}{}", err.to_json()),
    )
}

/// Run one export, turning a core error or a Rust panic into a thrown p2c error payload.
fn guard<T>(f: impl FnOnce() -> napi::Result<T>) -> napi::Result<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
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

/// Map a core result to a napi result.
fn core<T>(result: p2c_core::Result<T>) -> napi::Result<T> {
    result.map_err(|e| to_napi_error(&e))
}

/// A result as JSON text, which `index.js` parses with `JSON.parse`: as fast as napi's value
/// conversion for small results, and free of its limits (1,000,000 values, depth 128) for large
/// ones. A serialization failure of one of our own types is a bug, reported as `internal_error`.
fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> napi::Result<String> {
    core(serde_json::to_string(value).map_err(|e| p2c_core::Error::Internal(e.to_string())))
}

/// A thrown `invalid_argument` payload: a caller mistake in an argument other than the
/// document (bad options, an unknown precedence), with the JSON Pointer into the argument.
fn invalid_argument(message: &str, pointer: &str) -> napi::Error {
    let payload =
        serde_json::json!({ "code": "invalid_argument", "message": message, "pointer": pointer });
    napi::Error::new(napi::Status::InvalidArg, format!("{ERROR_PREFIX}{payload}"))
}

/// Read an options argument (JSON text; absent means `T::default()`) into the core's type.
fn options<T: DeserializeOwned + Default>(
    what: &'static str,
    text: Option<String>,
) -> napi::Result<T> {
    let Some(text) = text else {
        return Ok(T::default());
    };
    p2c_core::parse::from_str(what, &text).map_err(|e| match e {
        p2c_core::Error::Parse {
            pointer, message, ..
        } => invalid_argument(
            &format!("invalid {what} at `{pointer}`: {message}"),
            &pointer,
        ),
        other => to_napi_error(&other),
    })
}

/// Parse one pledge document from text or bytes.
fn pledge(doc: &Document) -> p2c_core::Result<p2c_core::Pledge> {
    match doc {
        Either::A(text) => p2c_core::parse_pledge(text),
        Either::B(bytes) => p2c_core::parse_pledge_bytes(bytes),
    }
}

/// Parse a JSON array of pledges from text or bytes.
fn pledges(doc: &Document) -> p2c_core::Result<Vec<p2c_core::Pledge>> {
    match doc {
        Either::A(text) => p2c_core::parse_pledges(text),
        Either::B(bytes) => p2c_core::parse::from_slice("pledge list", bytes),
    }
}

/// Parse one pledge document (JSON text or UTF-8 bytes) into a plain object (amounts as
/// decimal strings).
#[napi]
pub fn parse_pledge(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
) -> napi::Result<String> {
    guard(|| to_json(&core(pledge(&doc))?))
}

/// Parse a JSON array of pledges (JSON text or UTF-8 bytes) into plain objects.
#[napi]
pub fn parse_pledges(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
) -> napi::Result<String> {
    guard(|| to_json(&core(pledges(&doc))?))
}

/// The pledge without its private contact details, for public pages and exports.
#[napi]
pub fn public_view(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
) -> napi::Result<String> {
    guard(|| to_json(&core(pledge(&doc))?.public_view()))
}

/// The JSON Schema (draft 2020-12) of a pledge document.
#[napi]
pub fn json_schema() -> napi::Result<String> {
    guard(|| to_json(&p2c_core::schema::pledge_schema()))
}

/// Every closed codelist with its codes and labels.
#[napi]
pub fn codelists() -> napi::Result<String> {
    guard(|| to_json(&p2c_core::taxonomy::codelists()))
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
