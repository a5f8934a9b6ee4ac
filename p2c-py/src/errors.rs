//! Error mapping: `p2c_core::Error` becomes the Python exception classes defined in
//! `p2c/_errors.py`, and no Rust panic ever crosses into Python.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::prelude::*;

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

/// Run one entry point, turning a Rust panic into `P2cError` with code `internal_error`.
pub(crate) fn guard<T>(py: Python<'_>, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(payload) => {
            let detail = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_owned());
            Err(to_pyerr(py, &p2c_core::Error::Internal(detail)))
        }
    }
}
