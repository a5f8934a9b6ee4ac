//! The `Pledge` class: a parsed pledge with attribute access.

use p2c_core::taxonomy::Codelist;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::convert;
use crate::errors::{guard, to_pyerr};

/// A parsed Partner2Connect pledge (immutable).
#[pyclass(module = "p2c", name = "Pledge", frozen, eq)]
#[derive(PartialEq)]
pub(crate) struct Pledge {
    inner: p2c_core::Pledge,
}

impl Pledge {
    /// The core pledge.
    pub(crate) fn inner(&self) -> &p2c_core::Pledge {
        &self.inner
    }
}

impl From<p2c_core::Pledge> for Pledge {
    fn from(inner: p2c_core::Pledge) -> Self {
        Pledge { inner }
    }
}

fn codes<C: Codelist>(values: &[C]) -> Vec<&'static str> {
    values.iter().map(|v| v.code()).collect()
}

#[pymethods]
impl Pledge {
    /// The pledge's stable identifier.
    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }

    /// A short title for the pledge.
    #[getter]
    fn title(&self) -> &str {
        &self.inner.title
    }

    /// What the pledge commits to, in the pledger's words.
    #[getter]
    fn description(&self) -> Option<&str> {
        self.inner.description.as_deref()
    }

    /// Pledge type codes (`"financial"`, `"policy"`, …).
    #[getter]
    fn pledge_types(&self) -> Vec<&'static str> {
        codes(&self.inner.pledge_types)
    }

    /// Action Framework focus area codes (`"access"`, …).
    #[getter]
    fn focus_areas(&self) -> Vec<&'static str> {
        codes(&self.inner.focus_areas)
    }

    /// Action Framework pillar codes (`"infrastructure"`, …).
    #[getter]
    fn pillars(&self) -> Vec<&'static str> {
        codes(&self.inner.pillars)
    }

    /// Review state code (`"published"`, …).
    #[getter]
    fn review_state(&self) -> &'static str {
        self.inner.review_state.code()
    }

    /// The whole document as JSON-ready data (camelCase keys, amounts as decimal strings).
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        guard(py, || {
            let value = serde_json::to_value(&self.inner)
                .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
            convert::to_py(py, &value)
        })
    }

    /// The whole document as compact JSON text.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        guard(py, || {
            serde_json::to_string(&self.inner)
                .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))
        })
    }

    /// The pledge without private data (the contact), fit for public output.
    fn public_view(&self) -> Pledge {
        Pledge {
            inner: self.inner.public_view(),
        }
    }

    /// A small HTML card (id, title, types, focus areas, review state), for notebooks. The
    /// contact is never shown.
    fn _repr_html_(&self) -> String {
        let esc = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        let row = |k: &str, v: &str| format!("<tr><th>{k}</th><td>{}</td></tr>", esc(v));
        let p = &self.inner;
        format!(
            "<table>{}{}{}{}{}</table>",
            row("id", &p.id),
            row("title", &p.title),
            row("pledge types", &codes(&p.pledge_types).join(", ")),
            row("focus areas", &codes(&p.focus_areas).join(", ")),
            row("review state", p.review_state.code()),
        )
    }

    fn __repr__(&self) -> String {
        format!(
            "Pledge(id={:?}, title={:?})",
            self.inner.id, self.inner.title
        )
    }

    /// Pickle as `p2c.parse_pledge(json_text)`.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let parse = py.import("p2c")?.getattr("parse_pledge")?;
        let text = self.to_json(py)?;
        PyTuple::new(
            py,
            [parse.into_any(), (text,).into_pyobject(py)?.into_any()],
        )
    }
}
