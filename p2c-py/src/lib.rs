//! `p2c._p2c`: the native half of the `p2c` Python package.
//!
//! This crate only converts values and maps errors; every rule lives in `p2c-core`. The public
//! Python API (exceptions, re-exports, stubs) is in `python/p2c/`.

use p2c_core::call::ParseCall;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

/// Rust's allocations in the extension (Python objects keep Python's allocator): see the
/// mimalloc line of `Cargo.toml`.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod borrowed;
mod cli;
mod codelists;
mod convert;
mod errors;
mod html;
mod load;
mod model;
mod money;
mod pledge;
mod sheets;
mod summary;
mod tables;
mod validate;

use errors::guard;
use pledge::Pledge;

/// Parse one pledge document from a `dict`, JSON `str` or UTF-8 JSON `bytes`.
///
/// Dicts are read directly (no JSON round trip). Amounts must be decimal strings, integers or
/// `decimal.Decimal`; a `float` amount is refused because it may already have lost digits.
#[pyfunction]
fn parse_pledge(py: Python<'_>, document: &Bound<'_, PyAny>) -> PyResult<Pledge> {
    guard(py, || {
        let parsed = if let Ok(text) = document.cast::<PyString>() {
            let text = text.to_str()?;
            py.detach(|| p2c_core::parse_pledge(text))
        } else if let Ok(bytes) = document.cast::<PyBytes>() {
            let bytes = bytes.as_bytes();
            py.detach(|| p2c_core::parse_pledge_bytes(bytes))
        } else if document.is_instance_of::<PyDict>() {
            convert::to_json("pledge", document)
                .and_then(|value| p2c_core::parse_pledge_value(&value))
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "parse_pledge() takes a dict, str or bytes, not {}",
                document.get_type().name()?
            )));
        };
        parsed
            .map(Pledge::from)
            .map_err(|e| errors::to_pyerr(py, &e))
    })
}

/// The facade's `ParseCall` of a `format` option (`None`: `auto`).
pub(crate) fn parse_call(py: Python<'_>, format: Option<&str>) -> PyResult<ParseCall> {
    let Some(format) = format else {
        return Ok(ParseCall::default());
    };
    let value = serde_json::json!({ "format": format });
    p2c_core::call::from_value::<ParseCall>(value)
        .map(|(c, _)| c)
        .map_err(|e| errors::to_pyerr(py, &e))
}

/// Parse pledges from a JSON `str` or UTF-8 JSON `bytes` (the facade's `ParseCall`): a JSON
/// array, or JSON Lines (one pledge per line); `format` is `"auto"` (default: an array when
/// the text starts with `[`), `"json_array"` or `"json_lines"`.
#[pyfunction]
#[pyo3(signature = (text, *, format=None))]
fn parse_pledges(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    format: Option<&str>,
) -> PyResult<Vec<Pledge>> {
    guard(py, || {
        let call = parse_call(py, format)?;
        let parsed = if let Ok(s) = text.cast::<PyString>() {
            let s = s.to_str()?;
            py.detach(|| call.pledges_str(s))
        } else if let Ok(bytes) = text.cast::<PyBytes>() {
            let bytes = bytes.as_bytes();
            py.detach(|| call.pledges_bytes(bytes))
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "parse_pledges() takes a str or bytes, not {}",
                text.get_type().name()?
            )));
        };
        parsed
            .map(|v| v.into_iter().map(Pledge::from).collect())
            .map_err(|e| errors::to_pyerr(py, &e))
    })
}

/// Migrate a pledge document (or a list) to the current format version (the core's
/// `MigrateCall`): `(document, reports)`, the document as JSON `str` for `str`/`bytes` input
/// (the caller's kind is restored in `p2c._migrate`) and as plain objects for a `dict`/`list`,
/// with one report dict per pledge.
#[pyfunction]
fn _migrate(py: Python<'_>, document: &Bound<'_, PyAny>) -> PyResult<(Py<PyAny>, Py<PyAny>)> {
    guard(py, || {
        let call = p2c_core::call::MigrateCall::default();
        let text_in = document.is_instance_of::<PyString>() || document.is_instance_of::<PyBytes>();
        let answer = if let Ok(text) = document.cast::<PyString>() {
            let text = text.to_str()?;
            py.detach(|| call.run_str(text))
        } else if let Ok(bytes) = document.cast::<PyBytes>() {
            let bytes = bytes.as_bytes();
            py.detach(|| call.run_bytes(bytes))
        } else if document.is_instance_of::<PyDict>()
            || document.is_instance_of::<pyo3::types::PyList>()
        {
            convert::to_json("pledge", document).and_then(|value| call.run_value(&value))
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "migrate() takes a dict, list, str or bytes, not {}",
                document.get_type().name()?
            )));
        };
        let answer = answer.map_err(|e| errors::to_pyerr(py, &e))?;
        let internal =
            |e: serde_json::Error| errors::to_pyerr(py, &p2c_core::Error::Internal(e.to_string()));
        let out = if text_in {
            let text = serde_json::to_string(&answer.document).map_err(internal)?;
            PyString::new(py, &text).into_any().unbind()
        } else {
            convert::to_py(py, &answer.document)?
        };
        let reports = serde_json::to_value(&answer.reports).map_err(internal)?;
        Ok((out, convert::to_py(py, &reports)?))
    })
}

/// The JSON Schema (draft 2020-12) of a pledge document, as a `dict`.
#[pyfunction]
fn json_schema(py: Python<'_>) -> PyResult<Py<PyAny>> {
    guard(py, || {
        convert::to_py(py, &p2c_core::schema::pledge_schema())
    })
}

/// Panic inside Rust on purpose, to test that no panic crosses into Python (test hook).
#[pyfunction]
fn _panic_for_tests(py: Python<'_>) -> PyResult<()> {
    guard(py, || {
        let empty: Vec<u8> = Vec::new();
        // Deliberate out-of-bounds access: the guard must turn it into `internal_error`.
        #[allow(clippy::indexing_slicing)]
        let _ = empty[usize::from(empty.is_empty())];
        Ok(())
    })
}

/// The extension module `p2c._p2c`.
#[pymodule]
fn _p2c(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Pledge>()?;
    model::register(m)?;
    m.add_class::<money::RateTable>()?;
    m.add_function(wrap_pyfunction!(money::_convert, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_summarize, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_summarize_input, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_related_ids, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_partial_summary, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_merge_partials, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_country_profile, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_compare, m)?)?;
    m.add_function(wrap_pyfunction!(summary::_annual_report, m)?)?;
    m.add_class::<tables::Table>()?;
    m.add_class::<summary::SummaryCore>()?;
    m.add_class::<summary::ProfileCore>()?;
    m.add_function(wrap_pyfunction!(html::_lang, m)?)?;
    m.add_function(wrap_pyfunction!(html::_report_html, m)?)?;
    m.add_function(wrap_pyfunction!(tables::_tables, m)?)?;
    m.add_function(wrap_pyfunction!(tables::_load_tables, m)?)?;
    m.add_function(wrap_pyfunction!(tables::_write_parquet, m)?)?;
    m.add_function(wrap_pyfunction!(parse_pledge, m)?)?;
    m.add_function(wrap_pyfunction!(parse_pledges, m)?)?;
    m.add_function(wrap_pyfunction!(json_schema, m)?)?;
    m.add_function(wrap_pyfunction!(_migrate, m)?)?;
    m.add_function(wrap_pyfunction!(codelists::codelists, m)?)?;
    m.add_function(wrap_pyfunction!(load::load, m)?)?;
    m.add_function(wrap_pyfunction!(validate::validate, m)?)?;
    m.add_function(wrap_pyfunction!(validate::validate_batch, m)?)?;
    m.add_function(wrap_pyfunction!(validate::validate_update, m)?)?;
    m.add_function(wrap_pyfunction!(validate::issue_codes, m)?)?;
    m.add_function(wrap_pyfunction!(validate::can_transition, m)?)?;
    m.add_function(wrap_pyfunction!(validate::_assess, m)?)?;
    m.add_function(wrap_pyfunction!(cli::_cli, m)?)?;
    m.add_class::<sheets::SheetImport>()?;
    m.add_function(wrap_pyfunction!(sheets::_read_sheet_paths, m)?)?;
    m.add_function(wrap_pyfunction!(sheets::_read_sheet_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(sheets::_template, m)?)?;
    m.add_function(wrap_pyfunction!(sheets::_write_sheets, m)?)?;
    m.add_function(wrap_pyfunction!(sheets::_tables_xlsx, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    Ok(())
}
