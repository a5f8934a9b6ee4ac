//! Summaries and country profiles: pledges and options in, the core's JSON and text out.
//!
//! `p2c/_summary.py` builds the Python `Summary` and `CountryProfile` objects from that data,
//! so their shape is defined once, by `schema/summary.schema.json`.

use std::sync::Arc;

use chrono::NaiveDate;
use p2c_core::aggregate::{self, Attribution, Filters, InvalidPolicy, RegionMode, SummaryOptions};
use p2c_core::i18n::Localizer;
use p2c_core::model::{CountryCode, CurrencyCode};
use p2c_core::money::{ConversionPolicy, RateProvenance, RoundingStrategy};
use serde::Deserialize;

use pyo3::prelude::*;

use crate::convert;
use crate::errors::{guard, to_pyerr};
use crate::html;
use crate::money::RateTable;
use crate::pledge::Pledge;

/// The options as the Python layer sends them (camelCase, ISO dates); absent keys keep the
/// core's defaults.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    as_of: Option<NaiveDate>,
    currency: Option<CurrencyCode>,
    attribution: Option<Attribution>,
    region_mode: Option<RegionMode>,
    invalid: Option<InvalidPolicy>,
    validate: Option<bool>,
    filters: Option<Filters>,
    policy: Option<ConversionPolicy>,
    rounding: Option<RoundingStrategy>,
    report_interval_days: Option<u32>,
    report_grace_days: Option<u32>,
    inactive_after_years: Option<u32>,
    top: Option<usize>,
}

/// The default as-of date for Python (`None` if the embedded table lacks EUR/USD rates).
#[pyfunction]
pub(crate) fn _default_as_of() -> Option<String> {
    Some(aggregate::default_as_of().to_string())
}

fn options(
    py: Python<'_>,
    obj: &Bound<'_, PyAny>,
    table: Option<&RateTable>,
) -> PyResult<SummaryOptions> {
    let value = convert::to_json("summary options", obj).map_err(|e| to_pyerr(py, &e))?;
    let o: Options =
        p2c_core::parse::from_value("summary options", &value).map_err(|e| to_pyerr(py, &e))?;
    let converter = RateTable::converter(table, o.policy, o.rounding);
    let as_of = o.as_of.unwrap_or_else(aggregate::default_as_of);
    let mut opts = SummaryOptions::new(as_of, Arc::new(converter));
    if let Some(c) = o.currency {
        opts.currency = c;
    }
    if let Some(a) = o.attribution {
        opts.attribution = a;
    }
    if let Some(r) = o.region_mode {
        opts.region_mode = r;
    }
    if let Some(i) = o.invalid {
        opts.invalid = i;
    }
    if let Some(v) = o.validate {
        opts.validate = v;
    }
    if let Some(f) = o.filters {
        opts.filters = f;
    }
    if let Some(d) = o.report_grace_days {
        opts.report_grace_days = d;
    }
    if let Some(y) = o.inactive_after_years {
        opts.inactive_after_years = y;
    }
    if let Some(d) = o.report_interval_days {
        opts.report_interval_days = d;
    }
    if let Some(t) = o.top {
        opts.top = t;
    }
    Ok(opts)
}

fn core_pledges(pledges: &[PyRef<'_, Pledge>]) -> Vec<p2c_core::Pledge> {
    pledges.iter().map(|p| p.inner().clone()).collect()
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

/// Summarize parsed pledges; returns `(the summary's head as JSON-ready data, the whole
/// summary)`.
#[pyfunction]
#[pyo3(signature = (pledges, options, table=None))]
pub(crate) fn _summarize(
    py: Python<'_>,
    pledges: Vec<PyRef<'_, Pledge>>,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<(Py<PyAny>, SummaryCore)> {
    guard(py, || {
        let opts = self::options(py, options, table.as_deref())?;
        // Borrowed, not cloned: a copy of 1e6 pledges cost more than the summary itself.
        // The pledges are frozen: their data cannot change while the GIL is released.
        let refs: Vec<&p2c_core::Pledge> = pledges.iter().map(|p| p.inner()).collect();
        let mut summary = py
            .detach(|| aggregate::summarize_refs(refs.iter().copied(), &opts))
            .map_err(|e| to_pyerr(py, &e))?;
        let head = convert::to_py(py, &summary.head_json())?;
        Ok((head, SummaryCore { summary }))
    })
}

/// One country's profile; returns `(profile as JSON-ready data, the profile)`.
#[pyfunction]
#[pyo3(signature = (pledges, country, options, table=None))]
pub(crate) fn _country_profile(
    py: Python<'_>,
    pledges: Vec<PyRef<'_, Pledge>>,
    country: &str,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<(Py<PyAny>, ProfileCore)> {
    guard(py, || {
        let opts = self::options(py, options, table.as_deref())?;
        let code: CountryCode = country.parse().map_err(|e| to_pyerr(py, &e))?;
        let pledges = core_pledges(&pledges);
        let (profile, value) = py
            .detach(|| {
                let profile = aggregate::country_profile(&pledges, code, opts.as_of, &opts)?;
                let value = serde_json::to_value(&profile)
                    .map_err(|e| p2c_core::Error::Internal(e.to_string()))?;
                Ok::<_, p2c_core::Error>((profile, value))
            })
            .map_err(|e| to_pyerr(py, &e))?;
        let rates = opts.converter.provenance();
        Ok((convert::to_py(py, &value)?, ProfileCore { profile, rates }))
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
        let opts = self::options(py, options, table.as_deref())?;
        let refs: Vec<&p2c_core::Pledge> = pledges.iter().map(|p| p.inner()).collect();
        let json = py
            .detach(|| {
                let report = aggregate::annual_report(refs.iter().copied(), &opts)?;
                serde_json::to_value(&report).map_err(|e| p2c_core::Error::Internal(e.to_string()))
            })
            .map_err(|e| to_pyerr(py, &e))?;
        convert::to_py(py, &json)
    })
}
