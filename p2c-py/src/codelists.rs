//! Reference data as plain Python data: the codelists with their labels (the facade's
//! `CodelistsCall`).

use p2c_core::call::CodelistsCall;
use pyo3::prelude::*;

use crate::convert;
use crate::errors::{guard, to_pyerr, warn};

/// Every closed codelist (focus areas, pillars, pledge and stakeholder types, …) as a list of
/// dicts: `name`, `title`, `parentCodelist` (when codes have a parent) and `entries`, each with
/// `code`, `label`, `description` and `parent`. With ``lang`` (``"fr"``, ``"ar"`` …), titles,
/// labels and descriptions are in that language (codes never change); an unknown tag gives
/// English and a ``p2c.UnknownLanguageWarning``.
#[pyfunction]
#[pyo3(signature = (*, lang=None))]
pub(crate) fn codelists(py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let c = CodelistsCall {
            lang: crate::html::tag(lang)?,
        };
        let (codelists, warnings) = c.run();
        warn(py, &warnings, 1)?;
        let value = serde_json::to_value(codelists)
            .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
        convert::to_py(py, &value)
    })
}
