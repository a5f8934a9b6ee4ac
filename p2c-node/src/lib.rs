//! The native half of the `p2c` npm package.
//!
//! This crate only converts values and maps errors: every call's options are a call type of
//! `p2c_core::call`, read and checked there. Documents and options arrive as JSON text or bytes
//! (the JS layer `JSON.stringify`s objects, which measured faster than napi's value conversion
//! and cannot overflow the native stack on deep or cyclic objects); results leave as JSON text
//! that `index.js` parses. Errors cross as a JS `Error` whose message is `P2C_ERROR:` followed
//! by the core error's JSON (`Error::to_json`); `errors.js` turns that into a `P2cError`. Every
//! export runs inside [`run`], the core's panic guard: no Rust panic reaches Node.

use napi::bindgen_prelude::{Either, Uint8Array};
use napi_derive::napi;
use p2c_core::call::{self, CodelistsCall, IssueCodesCall, ParseCall};
use serde::de::DeserializeOwned;

/// Rust's allocations in the addon (JavaScript values keep V8's heap): see the mimalloc line of
/// `Cargo.toml`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod aggregate;
pub mod body;
pub mod cli;
pub mod money;
pub mod partitions;
pub mod sheets;
pub mod tasks;
pub mod validate;

/// A JSON document as the JS layer passes it: text, or UTF-8 bytes (a `Buffer`).
type Document = Either<String, Uint8Array>;

/// A borrowed view of a document, whoever owns it (the JS value of a synchronous call, or the
/// copy an asynchronous task made).
#[derive(Clone, Copy)]
enum Doc<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// The view of a document passed by the JS layer.
fn view(d: &Document) -> Doc<'_> {
    match d {
        Either::A(text) => Doc::Text(text),
        Either::B(bytes) => Doc::Bytes(bytes),
    }
}

/// The thrown error of a core error.
fn to_napi(err: &p2c_core::Error) -> napi::Error {
    napi::Error::new(
        napi::Status::GenericFailure,
        format!("P2C_ERROR:{}", err.to_json()),
    )
}

/// Run one export under the core's panic guard, mapping its errors.
fn run<T>(f: impl FnOnce() -> p2c_core::Result<T>) -> napi::Result<T> {
    call::guard(f).and_then(|r| r).map_err(|e| to_napi(&e))
}

/// A result as JSON text, which `index.js` parses with `JSON.parse`: as fast as napi's value
/// conversion for small results, and free of its limits (1,000,000 values, depth 128).
fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> p2c_core::Result<String> {
    serde_json::to_string(value).map_err(|e| p2c_core::Error::Internal(e.to_string()))
}

/// A call's options from their JSON text (absent: the defaults), and the warnings they earned.
fn options<T: DeserializeOwned + Default>(
    text: Option<&str>,
) -> p2c_core::Result<(T, Vec<call::Warning>)> {
    text.map_or_else(|| Ok((T::default(), Vec::new())), call::from_json)
}

/// The pledges of a document: a JSON array, or JSON Lines.
fn pledges(doc: Doc<'_>, format: call::InputFormat) -> p2c_core::Result<Vec<p2c_core::Pledge>> {
    let parse = ParseCall {
        format,
        threads: None,
    };
    match doc {
        Doc::Text(text) => parse.pledges_str(text),
        Doc::Bytes(bytes) => parse.pledges_bytes(bytes),
    }
}

/// One pledge of a document.
fn pledge(doc: Doc<'_>) -> p2c_core::Result<p2c_core::Pledge> {
    match doc {
        Doc::Text(text) => p2c_core::parse_pledge(text),
        Doc::Bytes(bytes) => p2c_core::parse_pledge_bytes(bytes),
    }
}

/// Parse one pledge document into a plain object (amounts as decimal strings).
#[napi]
pub fn parse_pledge(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
) -> napi::Result<String> {
    run(|| to_json(&pledge(view(&doc))?))
}

/// Parse pledges (a JSON array, or JSON Lines; options: the core's `ParseCall`).
#[napi]
pub fn parse_pledges(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| {
        let (parse, _) = options::<ParseCall>(options_json.as_deref())?;
        to_json(&pledges(view(&doc), parse.format)?)
    })
}

/// Migrate a pledge document, or a JSON array of them, to the current format version (the
/// core's `MigrateCall`): `{ documentText, reports }`, the migrated document as compact JSON
/// text (so that `index.js` can give text back for text, and parse it for an object) and one
/// report per pledge.
#[napi]
pub fn migrate(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
    options_json: Option<String>,
) -> napi::Result<String> {
    run(|| {
        let (c, _) = options::<call::MigrateCall>(options_json.as_deref())?;
        let answer = match view(&doc) {
            Doc::Text(text) => c.run_str(text)?,
            Doc::Bytes(bytes) => c.run_bytes(bytes)?,
        };
        to_json(&serde_json::json!({
            "documentText": to_json(&answer.document)?,
            "reports": answer.reports,
        }))
    })
}

/// The pledge without its private contact details, for public pages and exports.
#[napi]
pub fn public_view(
    #[napi(ts_arg_type = "string | Uint8Array")] doc: Document,
) -> napi::Result<String> {
    run(|| to_json(&pledge(view(&doc))?.public_view()))
}

/// The JSON Schema (draft 2020-12) of a pledge document.
#[napi]
pub fn json_schema() -> napi::Result<String> {
    run(|| to_json(&p2c_core::schema::pledge_schema()))
}

/// Every closed codelist with its codes and labels in a language (the core's `CodelistsCall`):
/// `{ codelists, warnings }`.
#[napi]
pub fn codelists(options_json: Option<String>) -> napi::Result<String> {
    run(|| {
        let (c, mut warnings) = options::<CodelistsCall>(options_json.as_deref())?;
        let (codelists, more) = c.run();
        warnings.extend(more);
        to_json(&serde_json::json!({ "codelists": codelists, "warnings": warnings }))
    })
}

/// The issue-code catalogue in a language, or one code's entry (the core's
/// `IssueCodesCall`): `{ codes, warnings }`.
#[napi]
pub fn issue_codes(options_json: Option<String>) -> napi::Result<String> {
    run(|| {
        let (c, mut warnings) = options::<IssueCodesCall>(options_json.as_deref())?;
        let (codes, more) = c.run()?;
        warnings.extend(more);
        to_json(&serde_json::json!({ "codes": codes, "warnings": warnings }))
    })
}

/// Panic inside Rust on purpose, to test that no panic reaches Node (test hook).
#[napi(js_name = "_panicForTests")]
pub fn panic_for_tests() -> napi::Result<()> {
    run(|| {
        let empty: Vec<u8> = Vec::new();
        // Deliberate out-of-bounds access: the guard must turn it into `internal_error`.
        #[allow(clippy::indexing_slicing)]
        let _ = empty[usize::from(empty.is_empty())];
        Ok(())
    })
}
