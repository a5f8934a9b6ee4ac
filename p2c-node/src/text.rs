//! A JS string as UTF-8 in one V8 call, into a reused per-thread buffer.
//!
//! napi-rs's `String` argument asks V8 twice (once for the UTF-8 length, a full pass over the
//! string, then to copy) and allocates a zeroed buffer each call. Here the UTF-16 length (O(1)
//! in V8) bounds the UTF-8 length (at most 3 bytes per UTF-16 unit; a surrogate pair takes 4
//! bytes for 2 units, a lone surrogate becomes U+FFFD, 3 bytes), so one copy into a buffer of
//! that capacity is enough. V8 writes the same bytes as for napi-rs's `String` (same call, same
//! replacement of lone surrogates).

use std::cell::RefCell;

use napi::{JsString, JsValue};

/// Strings longer than this (in UTF-16 units) take napi-rs's own conversion, so that the
/// per-thread buffer stays at most 3 MiB.
const MAX_UNITS: usize = 1024 * 1024;

/// A buffer grown past this for a large string is freed after the call.
const KEEP_BYTES: usize = 256 * 1024;

thread_local! {
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Call `f` with the UTF-8 text of `s`.
pub(crate) fn with_str<R>(s: &JsString<'_>, f: impl FnOnce(&str) -> R) -> napi::Result<R> {
    let units = s.utf16_len()?;
    if units > MAX_UNITS {
        let owned = s.into_utf8()?;
        return Ok(f(owned.as_str()?));
    }
    // `units <= MAX_UNITS`, so this cannot overflow; the + 1 is V8's terminating NUL.
    let cap = units.saturating_mul(3).saturating_add(1);
    SCRATCH.with_borrow_mut(|buf| {
        buf.clear();
        buf.reserve(cap);
        copy_utf8(s, buf, cap)?;
        let text = std::str::from_utf8(buf)
            .map_err(|e| napi::Error::from_reason(format!("V8 wrote invalid UTF-8: {e}")))?;
        let result = f(text);
        if buf.capacity() > KEEP_BYTES {
            *buf = Vec::new();
        }
        Ok(result)
    })
}

/// Copy the UTF-8 of `s` into the empty `buf` (capacity at least `cap`).
#[allow(unsafe_code)]
fn copy_utf8(s: &JsString<'_>, buf: &mut Vec<u8>, cap: usize) -> napi::Result<()> {
    let value = s.value();
    let mut written = 0usize;
    // SAFETY: `buf` has room for `cap` bytes; V8 writes at most `cap - 1` bytes and a NUL
    // there and sets `written` to the bytes written before the NUL, which `set_len` keeps.
    let status = unsafe {
        napi::sys::napi_get_value_string_utf8(
            value.env,
            value.value,
            buf.as_mut_ptr().cast(),
            cap,
            &mut written,
        )
    };
    if status != napi::sys::Status::napi_ok || written >= cap {
        return Err(napi::Error::from_reason(format!(
            "napi_get_value_string_utf8 failed with status {status}"
        )));
    }
    // SAFETY: the first `written` bytes were initialised by V8 above, and `written < cap`.
    unsafe { buf.set_len(written) };
    Ok(())
}
