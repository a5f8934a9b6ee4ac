//! Reference data as plain Python data: the codelists with their labels.

use pyo3::prelude::*;

use crate::convert;
use crate::errors::{guard, to_pyerr};

/// Every closed codelist (focus areas, pillars, pledge and stakeholder types, …) as a list of
/// dicts: `name`, `title`, `parentCodelist` (when codes have a parent) and `entries`, each with
/// `code`, `label`, `description` and `parent`.
#[pyfunction]
pub(crate) fn codelists(py: Python<'_>) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let value = serde_json::to_value(p2c_core::taxonomy::codelists())
            .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
        convert::to_py(py, &value)
    })
}
