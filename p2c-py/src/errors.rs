//! Error mapping: `p2c_core::Error` becomes the Python exception classes defined in
//! `p2c/_errors.py`, a call's warnings become Python warnings, and no Rust panic ever crosses
//! into Python (the core's one panic guard, [`p2c_core::call::guard`]).

use std::ffi::CString;

use p2c_core::call::{self, Warning};
use pyo3::prelude::*;
use serde::de::DeserializeOwned;

use crate::convert;

/// Build the Python exception for a core error: `p2c._errors._from_native(payload)` chooses the
/// class from the payload's `code`, so the hierarchy is defined once, in Python.
pub(crate) fn to_pyerr(py: Python<'_>, err: &p2c_core::Error) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let payload = convert::to_py(py, &err.to_json())?;
        let exc = py
            .import("p2c._errors")?
            .getattr("_from_native")?
            .call1((payload,))?;
        Ok(PyErr::from_value(exc))
    };
    build().unwrap_or_else(|import_failure| import_failure)
}

/// Run one entry point under the core's panic guard: a Rust panic becomes `P2cError` with code
/// `internal_error`.
pub(crate) fn guard<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    call::guard(f).unwrap_or_else(|e| Err(to_pyerr(py, &e)))
}

/// Read a call of the core's facade (`SummaryCall`, `TablesCall`, …) from the JSON-ready
/// options the Python layer built (camelCase keys), with the warnings its spellings earned.
pub(crate) fn call<T: DeserializeOwned>(
    py: Python<'_>,
    options: &Bound<'_, PyAny>,
) -> PyResult<(T, Vec<Warning>)> {
    convert::to_json("options", options)
        .and_then(call::from_value)
        .map_err(|e| to_pyerr(py, &e))
}

/// Raise a call's warnings as Python warnings: `unknown_language` as
/// `p2c.UnknownLanguageWarning`, `deprecated_spelling` as `DeprecationWarning`, anything else as
/// `p2c.P2cWarning`. `stacklevel` as for `warnings.warn` (1: the Python frame calling the
/// extension). A warning filter set to `error` makes the call raise.
pub(crate) fn warn(py: Python<'_>, warnings: &[Warning], stacklevel: i32) -> PyResult<()> {
    for w in warnings {
        let errors = py.import("p2c._errors")?;
        let category = match w.code.as_str() {
            "deprecated_spelling" => py
                .get_type::<pyo3::exceptions::PyDeprecationWarning>()
                .into_any(),
            "unknown_language" => errors.getattr("UnknownLanguageWarning")?,
            _ => errors.getattr("P2cWarning")?,
        };
        let message = CString::new(w.message.replace('\0', "\u{fffd}"))
            .unwrap_or_else(|_| CString::from(c"p2c warning"));
        PyErr::warn(py, &category, &message, stacklevel)?;
    }
    Ok(())
}
