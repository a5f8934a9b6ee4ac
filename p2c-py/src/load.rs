//! `load(path)`: a file of pledges (JSON array or JSON Lines) into `Pledge` objects.

use pyo3::prelude::*;

use crate::errors::{guard, to_pyerr};
use crate::pledge::Pledge;

/// Read a file of pledges (the facade's `ParseCall`): a JSON array, or JSON Lines (one pledge
/// per line) when the file does not start with `[`, or as `format` says (`"auto"`,
/// `"json_array"`, `"json_lines"`), on up to `threads` threads (default: every core; the
/// pledges are the same whatever the number). Raises `P2cError` (`io_error`) or `ParseError`
/// with the pledge's index in the pointer (`/3/title`) and, for JSON Lines, the file's line;
/// `OptionError` for a `threads` that is not a count.
#[pyfunction]
#[pyo3(signature = (path, *, format=None, threads=None))]
pub(crate) fn load(
    py: Python<'_>,
    path: std::path::PathBuf,
    format: Option<&str>,
    threads: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Pledge>> {
    guard(py, || {
        let options = pyo3::types::PyDict::new(py);
        if let Some(f) = format {
            options.set_item("format", f)?;
        }
        if let Some(t) = threads {
            options.set_item("threads", t)?;
        }
        let (call, _) = crate::errors::call::<p2c_core::call::ParseCall>(py, options.as_any())?;
        let pledges = py
            .detach(|| call.pledges_path(&path))
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(pledges.into_iter().map(Pledge::from).collect())
    })
}
