//! The `Pledge` class: a parsed pledge with typed, read-only attribute access to every field
//! of the document (snake_case names; nested records are the classes of [`crate::model`]).

use chrono::{DateTime, Utc};
use p2c_core::taxonomy::Codelist;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::convert;
use crate::errors::{guard, to_pyerr};
use crate::model::{self, codes};

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

    /// The format version the document follows (`"1.0"`, `"1.1"`).
    #[getter]
    fn format_version(&self) -> &'static str {
        self.inner.format_version.as_str()
    }

    /// Web pages about the pledge.
    #[getter]
    fn links(&self) -> Vec<model::Link> {
        self.inner.links.iter().map(model::Link::from).collect()
    }

    /// Notes by the Secretariat or the data's compiler, or `None`.
    #[getter]
    fn notes(&self) -> Option<&str> {
        self.inner.notes.as_deref()
    }

    /// When the pledger submitted the pledge (UTC `datetime`), or `None`.
    #[getter]
    fn submitted_at(&self) -> Option<DateTime<Utc>> {
        self.inner.submitted_at
    }

    /// When the Secretariat validated the pledge (UTC `datetime`), or `None`.
    #[getter]
    fn validated_at(&self) -> Option<DateTime<Utc>> {
        self.inner.validated_at
    }

    /// When the pledge was announced, as precisely as the source says, or `None`.
    #[getter]
    fn announced_on(&self) -> Option<model::PartialDate> {
        self.inner.announced_on.map(model::PartialDate::from)
    }

    /// P2C event and campaign codes (`"MWC-2024"`, …).
    #[getter]
    fn events(&self) -> Vec<&str> {
        self.inner.events.iter().map(|e| e.0.as_str()).collect()
    }

    /// The lead entity and any partners making the pledge.
    #[getter]
    fn pledgers(&self) -> model::Pledgers {
        model::Pledgers::from(&self.inner.pledgers)
    }

    /// The Sustainable Development Goals the pledge serves.
    #[getter]
    fn sdgs(&self) -> Vec<model::SdgRef> {
        self.inner.sdgs.iter().map(model::SdgRef::from).collect()
    }

    /// The announced monetary value, or `None`.
    #[getter]
    fn financial_value(&self) -> Option<model::FinancialValue> {
        self.inner
            .financial_value
            .as_ref()
            .map(model::FinancialValue::from)
    }

    /// Where the pledge is implemented.
    #[getter]
    fn implementation(&self) -> model::Implementation {
        model::Implementation::from(&self.inner.implementation)
    }

    /// When the pledge is carried out, or `None`.
    #[getter]
    fn period(&self) -> Option<model::Period> {
        self.inner.period.as_ref().map(model::Period::from)
    }

    /// Who the pledge is meant to benefit, or `None`.
    #[getter]
    fn beneficiaries(&self) -> Option<model::Beneficiaries> {
        self.inner
            .beneficiaries
            .as_ref()
            .map(model::Beneficiaries::from)
    }

    /// P2C Target codes (`"ACCESS-01"`, …).
    #[getter]
    fn targets(&self) -> Vec<&str> {
        self.inner.targets.iter().map(|t| t.0.as_str()).collect()
    }

    /// The private contact, or `None`; always `None` on `public_view()`.
    #[getter]
    fn contact(&self) -> Option<model::Contact> {
        self.inner.contact.as_ref().map(model::Contact::from)
    }

    /// Implementation status code (`"in_progress"`, …), or `None`.
    #[getter]
    fn implementation_status(&self) -> Option<&'static str> {
        self.inner.implementation_status.map(Codelist::code)
    }

    /// The pledger's progress reports, oldest first.
    #[getter]
    fn progress_reports(&self) -> Vec<model::ProgressReport> {
        self.inner
            .progress_reports
            .iter()
            .map(model::ProgressReport::from)
            .collect()
    }

    /// Links to other pledges.
    #[getter]
    fn relations(&self) -> Vec<model::Relation> {
        self.inner
            .relations
            .iter()
            .map(model::Relation::from)
            .collect()
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

    /// A small HTML card (id, title, types, focus areas, review state), for notebooks: p2c-core's
    /// `html::pledge_card`, escaped and bounded like the reports. The contact is never shown.
    fn _repr_html_(&self) -> String {
        p2c_core::html::pledge_card(&self.inner)
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
