//! Summaries and country profiles: pledges and options in, the core's JSON and text out.
//!
//! `p2c/_summary.py` builds the Python `Summary` and `CountryProfile` objects from that data,
//! so their shape is defined once, by `schema/summary.schema.json`.

use p2c_core::aggregate;
use p2c_core::call::{AnnualReportCall, Input, PreparedSummary, ProfileCall, SummaryCall};
use p2c_core::i18n::Localizer;
use p2c_core::model::CountryCode;
use p2c_core::money::RateProvenance;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use pyo3::types::PyBytes;

use crate::convert;
use crate::errors::{call, guard, to_pyerr, warn};
use crate::html;
use crate::money::{rates, RateTable};
use crate::pledge::Pledge;

/// The core's prepared summary call from the options `p2c/_summary.py` built (the JSON of the
/// facade's `SummaryCall`), with the country of a profile. The call's warnings (deprecated
/// spellings, an unknown `lang`) are raised at the caller of `p2c.summarize` or
/// `p2c.country_profile`, and kept in the answer as Node and the CLI keep them.
fn prepare(
    py: Python<'_>,
    options: &Bound<'_, PyAny>,
    table: Option<&RateTable>,
    country: Option<String>,
) -> PyResult<(PreparedSummary, Option<CountryCode>)> {
    let (options, warnings) = call::<SummaryCall>(py, options)?;
    let rates = rates(table);
    let (mut prepared, code) = match country {
        Some(country) => ProfileCall { country, options }
            .prepare(&rates)
            .map(|(p, c)| (p, Some(c))),
        None => options.prepare(&rates).map(|p| (p, None)),
    }
    .map_err(|e| to_pyerr(py, &e))?;
    prepared.warnings.splice(0..0, warnings);
    warn(py, &prepared.warnings, 2)?;
    Ok((prepared, code))
}

/// A summary as the core computed it. The Python `Summary` gets the figures at once (the
/// "head": everything but the per-pledge lists) and asks for the rest only when used: the
/// lists (about 700,000 ids at 1e6 pledges) and the text dashboard cost more to build as
/// Python objects than the summary itself.
#[pyclass(module = "p2c", name = "_SummaryCore", frozen)]
pub(crate) struct SummaryCore {
    summary: aggregate::Summary,
}

#[pymethods]
impl SummaryCore {
    /// The whole summary as JSON-ready data.
    fn data(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        guard(py, || {
            let value = py.detach(|| self.summary.to_json());
            convert::to_py(py, &value)
        })
    }

    /// The text dashboard in a language (a code from `_lang`).
    fn text(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        guard(py, || {
            let localizer = Localizer::new(html::known(lang));
            Ok(py.detach(|| self.summary.render_text_in(&localizer)))
        })
    }

    /// The HTML dashboard (p2c-core's renderer) in a language: a page, or its fragment.
    #[pyo3(signature = (lang, source, fragment))]
    fn html(
        &self,
        py: Python<'_>,
        lang: &str,
        source: Option<String>,
        fragment: bool,
    ) -> PyResult<String> {
        guard(py, || {
            let options = html::options(html::known(lang), source);
            let page = py.detach(|| self.summary.render_html(&options));
            html::finish(py, page, fragment)
        })
    }
}

/// A country profile as the core computed it, with the provenance of the rates it used (for
/// the footnotes of its HTML page).
#[pyclass(module = "p2c", name = "_ProfileCore", frozen)]
pub(crate) struct ProfileCore {
    profile: aggregate::CountryProfile,
    rates: RateProvenance,
}

#[pymethods]
impl ProfileCore {
    /// The text of the profile in a language (a code from `_lang`).
    fn text(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        guard(py, || {
            let localizer = Localizer::new(html::known(lang));
            Ok(py.detach(|| self.profile.render_text_in(&localizer)))
        })
    }

    /// The HTML page of the profile (p2c-core's renderer) in a language, or its fragment.
    #[pyo3(signature = (lang, source, fragment))]
    fn html(
        &self,
        py: Python<'_>,
        lang: &str,
        source: Option<String>,
        fragment: bool,
    ) -> PyResult<String> {
        guard(py, || {
            let options = html::options(html::known(lang), source);
            let page = py.detach(|| self.profile.render_html(&self.rates, &options));
            html::finish(py, page, fragment)
        })
    }
}

/// Summarize parsed pledges with the options of the facade's `SummaryCall`; returns `(the
/// summary's head as JSON-ready data, the whole summary, the language code of its text)`.
#[pyfunction]
#[pyo3(signature = (pledges, options, table=None))]
pub(crate) fn _summarize(
    py: Python<'_>,
    pledges: Vec<PyRef<'_, Pledge>>,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<(Py<PyAny>, SummaryCore, &'static str)> {
    // Borrowed, not cloned: a copy of 1e6 pledges cost more than the summary itself.
    // The pledges are frozen: their data cannot change while the GIL is released.
    let refs: Vec<&p2c_core::Pledge> = pledges.iter().map(|p| p.inner()).collect();
    summary_answer(py, options, table.as_deref(), |prepared| {
        prepared.summarize(refs.iter().copied())
    })
}

/// One country's profile with the facade's `ProfileCall` (the country, and the options of a
/// summary); returns `(profile as JSON-ready data, the profile, the language code of its
/// text)`.
#[pyfunction]
#[pyo3(signature = (pledges, country, options, table=None))]
pub(crate) fn _country_profile(
    py: Python<'_>,
    pledges: Vec<PyRef<'_, Pledge>>,
    country: String,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<(Py<PyAny>, ProfileCore, &'static str)> {
    guard(py, || {
        let (prepared, code) = prepare(py, options, table.as_deref(), Some(country))?;
        let code = code.ok_or_else(|| {
            to_pyerr(
                py,
                &p2c_core::Error::Internal("profile without a country".into()),
            )
        })?;
        let pledges: Vec<p2c_core::Pledge> = pledges.iter().map(|p| p.inner().clone()).collect();
        let (profile, value) = py
            .detach(|| {
                let profile = prepared.profile(&pledges, code)?;
                let value = serde_json::to_value(&profile)
                    .map_err(|e| p2c_core::Error::Internal(e.to_string()))?;
                Ok::<_, p2c_core::Error>((profile, value))
            })
            .map_err(|e| to_pyerr(py, &e))?;
        let rates = prepared.options.converter.provenance();
        let lang = prepared.lang.code();
        Ok((
            convert::to_py(py, &value)?,
            ProfileCore { profile, rates },
            lang,
        ))
    })
}

/// Compare two summaries given as their JSON-ready data (`Summary.to_dict()`), `a` the base;
/// returns the comparison as JSON-ready data (`schema/comparison.schema.json`).
#[pyfunction]
pub(crate) fn _compare(
    py: Python<'_>,
    a: &Bound<'_, PyAny>,
    b: &Bound<'_, PyAny>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let a = convert::to_json("summary", a).map_err(|e| to_pyerr(py, &e))?;
        let b = convert::to_json("summary", b).map_err(|e| to_pyerr(py, &e))?;
        let comparison = p2c_core::call::compare_values(&a, &b).map_err(|e| to_pyerr(py, &e))?;
        let json = serde_json::to_value(&comparison)
            .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
        convert::to_py(py, &json)
    })
}

/// The annual-report figure set of parsed pledges as of the options' date; returns the report
/// as JSON-ready data (`schema/annual-report.schema.json`).
#[pyfunction]
#[pyo3(signature = (pledges, options, table=None))]
pub(crate) fn _annual_report(
    py: Python<'_>,
    pledges: Vec<PyRef<'_, Pledge>>,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let (options, warnings) = call::<SummaryCall>(py, options)?;
        let prepared = AnnualReportCall { options }
            .prepare(&rates(table.as_deref()))
            .map_err(|e| to_pyerr(py, &e))?;
        warn(py, &warnings, 2)?;
        warn(py, &prepared.summary.warnings, 2)?;
        let refs: Vec<&p2c_core::Pledge> = pledges.iter().map(|p| p.inner()).collect();
        let json = py
            .detach(|| {
                let report = prepared.report(refs.iter().copied())?;
                serde_json::to_value(&report).map_err(|e| p2c_core::Error::Internal(e.to_string()))
            })
            .map_err(|e| to_pyerr(py, &e))?;
        convert::to_py(py, &json)
    })
}

/// Where the file route reads pledges from: a path (`str` or `os.PathLike`) or `bytes`. The
/// Python functions decide which one they take (`summarize_file` a path, `summarize_bytes`
/// bytes): a `str` is never read as data.
#[derive(FromPyObject)]
pub(crate) enum Source {
    /// The bytes of a file (`bytes`, `bytearray`), borrowed, not copied.
    Bytes(PyBackedBytes),
    /// A file.
    Path(std::path::PathBuf),
}

impl Source {
    fn input(&self) -> Input<'_> {
        match self {
            Source::Bytes(b) => Input::Bytes(b),
            Source::Path(p) => Input::Path(p),
        }
    }
}

/// A summary computed by `work` with the GIL released, over the options `p2c/_summary.py`
/// built; the answer of [`_summarize`] and the file and partition routes: `(the summary's head
/// as JSON-ready data, the whole summary, the language code of its text)`.
fn summary_answer(
    py: Python<'_>,
    options: &Bound<'_, PyAny>,
    table: Option<&RateTable>,
    work: impl FnOnce(&PreparedSummary) -> p2c_core::Result<aggregate::Summary> + Send,
) -> PyResult<(Py<PyAny>, SummaryCore, &'static str)> {
    guard(py, || {
        let (prepared, _) = prepare(py, options, table, None)?;
        let mut summary = py
            .detach(|| work(&prepared))
            .map_err(|e| to_pyerr(py, &e))?;
        let head = convert::to_py(py, &summary.head_json())?;
        Ok((head, SummaryCore { summary }, prepared.lang.code()))
    })
}

/// Summarize a file or its bytes with the file route (no `Pledge` per record, on the call's
/// `threads`, the GIL released); the answer of [`_summarize`].
#[pyfunction]
#[pyo3(signature = (source, options, table=None))]
pub(crate) fn _summarize_input(
    py: Python<'_>,
    source: Source,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<(Py<PyAny>, SummaryCore, &'static str)> {
    summary_answer(py, options, table.as_deref(), |prepared| {
        prepared.summarize_input(source.input())
    })
}

/// The ids relations name in one partition (sorted): the first step of a summary made of
/// partitions.
#[pyfunction]
#[pyo3(signature = (source, options))]
pub(crate) fn _related_ids(
    py: Python<'_>,
    source: Source,
    options: &Bound<'_, PyAny>,
) -> PyResult<Vec<String>> {
    guard(py, || {
        let (prepared, _) = prepare(py, options, None, None)?;
        py.detach(|| prepared.related_ids(source.input()))
            .map_err(|e| to_pyerr(py, &e))
    })
}

/// The partial summary of one partition, as bytes.
#[pyfunction]
#[pyo3(signature = (source, related, options, table=None))]
pub(crate) fn _partial_summary(
    py: Python<'_>,
    source: Source,
    related: Vec<String>,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<Py<PyBytes>> {
    guard(py, || {
        let (prepared, _) = prepare(py, options, table.as_deref(), None)?;
        let bytes = py
            .detach(|| prepared.partial(source.input(), &related))
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(PyBytes::new(py, &bytes).unbind())
    })
}

/// Merge partial summaries in order and finish the summary; the answer of [`_summarize`].
#[pyfunction]
#[pyo3(signature = (partials, options, table=None))]
pub(crate) fn _merge_partials(
    py: Python<'_>,
    partials: Vec<PyBackedBytes>,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<(Py<PyAny>, SummaryCore, &'static str)> {
    summary_answer(py, options, table.as_deref(), |prepared| {
        prepared.merge_partials(&partials)
    })
}
