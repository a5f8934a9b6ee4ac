//! Validation entry points: input and options in, the core's report out as plain Python data.
//!
//! The Python classes `Report` and `Issue` (`p2c/_report.py`) are built from that data: a
//! `(valid, issues)` tuple, each issue a `(code, severity, path, message, params)` tuple in the
//! order of the dataclass fields. Tuples rather than the wire-format dict because a dict and a
//! list per call were a measurable share of a valid call's time (allocation and the cyclic
//! garbage collector they wake). A valid report with no issues is the bare `True`.

use p2c_core::taxonomy::ReviewState;
use p2c_core::validate::{self, ValidateOptions};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyList, PyString, PyTuple};

use crate::convert;
use crate::errors::{guard, to_pyerr};
use crate::pledge::Pledge;

/// Read the options dict (wire format: `asOf`, `redactValues`, `limits`) into the core's type.
fn options(obj: Option<&Bound<'_, PyAny>>) -> PyResult<ValidateOptions> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(ValidateOptions::default());
    };
    let value = convert::to_json("options", obj).map_err(|e| to_pyerr(obj.py(), &e))?;
    serde_json::from_value(value).map_err(|e| PyValueError::new_err(format!("bad options: {e}")))
}

/// The report as `(valid, issues)` (see the module docs), or `True` alone for a valid report
/// without issues, the common case, which then costs no tuple and no list.
fn report(py: Python<'_>, report: &validate::Report) -> PyResult<Py<PyAny>> {
    if report.valid && report.issues.is_empty() {
        return Ok(PyBool::new(py, true).to_owned().into_any().unbind());
    }
    let issues = PyList::empty(py);
    for i in &report.issues {
        let params = PyDict::new(py);
        for (k, v) in &i.params {
            params.set_item(k, convert::to_py(py, v)?)?;
        }
        issues.append((i.code, i.severity.as_str(), &i.path, &i.message, params))?;
    }
    Ok((report.valid, issues)
        .into_pyobject(py)?
        .into_any()
        .unbind())
}

/// Validate one pledge (`dict`, JSON `str` or UTF-8 `bytes`); returns the report's data.
#[pyfunction]
#[pyo3(signature = (document, options=None))]
pub(crate) fn _validate(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let opts = self::options(options)?;
        let result = if let Ok(text) = document.cast::<PyString>() {
            validate::validate_str(text.to_str()?, &opts)
        } else if let Ok(bytes) = document.cast::<PyBytes>() {
            validate::validate_bytes(bytes.as_bytes(), &opts)
        } else if document.is_instance_of::<PyDict>() {
            let strs = convert::Strs::new();
            let tree = convert::to_tree("pledge", document, &strs).map_err(|e| to_pyerr(py, &e))?;
            validate::validate_tree(&tree, &opts)
        } else {
            return Err(PyTypeError::new_err(format!(
                "validate() takes a dict, str or bytes, not {}",
                document.get_type().name()?
            )));
        };
        report(py, &result)
    })
}

/// Validate a list of pledges (`list`, JSON `str` or UTF-8 `bytes`); returns the report's data.
#[pyfunction]
#[pyo3(signature = (documents, options=None))]
pub(crate) fn _validate_batch(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let opts = self::options(options)?;
        let result = if let Ok(text) = documents.cast::<PyString>() {
            validate::validate_batch_str(text.to_str()?, &opts)
        } else if let Ok(bytes) = documents.cast::<PyBytes>() {
            validate::validate_batch_bytes(bytes.as_bytes(), &opts)
        } else if documents.is_instance_of::<PyList>() || documents.is_instance_of::<PyTuple>() {
            let strs = convert::Strs::new();
            let tree =
                convert::to_tree("pledges", documents, &strs).map_err(|e| to_pyerr(py, &e))?;
            validate::validate_batch_tree(&tree, &opts)
        } else {
            return Err(PyTypeError::new_err(format!(
                "validate_batch() takes a list, str or bytes, not {}",
                documents.get_type().name()?
            )));
        };
        report(py, &result)
    })
}

/// Validate an update from `old` to `new` (both parsed pledges); returns the report's data.
#[pyfunction]
#[pyo3(signature = (old, new, options=None))]
pub(crate) fn _validate_update(
    py: Python<'_>,
    old: PyRef<'_, Pledge>,
    new: PyRef<'_, Pledge>,
    options: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let opts = self::options(options)?;
        report(
            py,
            &validate::validate_update(old.inner(), new.inner(), &opts),
        )
    })
}

/// The issue-code catalogue: one dict per code (`code`, `severity`, `title`, `guidance`).
#[pyfunction]
pub(crate) fn issue_codes(py: Python<'_>) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let value = serde_json::to_value(validate::issue_codes())
            .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
        convert::to_py(py, &value)
    })
}

/// Whether a pledge may move from review state `old` to `new` (codes such as `"draft"`).
#[pyfunction]
pub(crate) fn can_transition(py: Python<'_>, old: &str, new: &str) -> PyResult<bool> {
    guard(py, || {
        let parse = |code: &str| {
            code.parse::<ReviewState>()
                .map_err(|e: p2c_core::Error| to_pyerr(py, &e))
        };
        Ok(validate::can_transition(parse(old)?, parse(new)?))
    })
}

/// Assess a pledge against the five strong-pledge criteria; returns the assessment as a dict.
#[pyfunction]
pub(crate) fn _assess(py: Python<'_>, pledge: PyRef<'_, Pledge>) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let value = serde_json::to_value(validate::assess(pledge.inner()))
            .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
        convert::to_py(py, &value)
    })
}
