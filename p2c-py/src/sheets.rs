//! Spreadsheets: the core's `SheetImportCall` and `SheetExportCall`. Options arrive as the
//! call's JSON (built from keyword arguments in `p2c/_sheets.py`); answers go back as plain
//! objects, documents with their amounts as decimal strings, exactly as read.

use p2c_core::call::{self, SheetExportCall, SheetImportAnswer, SheetImportCall};
use p2c_core::sheets::Import;
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::convert;
use crate::errors::{guard, to_pyerr};
use crate::tables::Table;

/// The result of an import held natively, for its issues workbook.
#[pyclass(module = "p2c", name = "_SheetImport", frozen)]
pub(crate) struct SheetImport {
    import: Import,
}

#[pymethods]
impl SheetImport {
    /// The rows with errors and an `issues` sheet, as XLSX bytes (options: the
    /// `SheetExportCall` JSON).
    fn issues_xlsx(&self, py: Python<'_>, call: &str) -> PyResult<Py<PyBytes>> {
        guard(py, || {
            let (call, _) =
                call::from_json::<SheetExportCall>(call).map_err(|e| to_pyerr(py, &e))?;
            let bytes = py
                .detach(|| call.issues_xlsx(&self.import))
                .map_err(|e| to_pyerr(py, &e))?;
            Ok(PyBytes::new(py, &bytes).unbind())
        })
    }
}

/// The answer as `(dict, _SheetImport)`.
fn answer(py: Python<'_>, answer: SheetImportAnswer) -> PyResult<(Py<PyAny>, SheetImport)> {
    let json = convert::to_py(py, &answer.to_json())?;
    Ok((
        json,
        SheetImport {
            import: answer.import,
        },
    ))
}

fn prepared(py: Python<'_>, call: &str) -> PyResult<p2c_core::call::PreparedSheetImport> {
    let (call, _) = call::from_json::<SheetImportCall>(call).map_err(|e| to_pyerr(py, &e))?;
    call.prepare().map_err(|e| to_pyerr(py, &e))
}

/// Import files by path: one workbook, or CSV files.
#[pyfunction]
pub(crate) fn _read_sheet_paths(
    py: Python<'_>,
    paths: Vec<std::path::PathBuf>,
    call: &str,
) -> PyResult<(Py<PyAny>, SheetImport)> {
    guard(py, || {
        let prepared = prepared(py, call)?;
        let result = py
            .detach(|| prepared.run_paths(&paths))
            .map_err(|e| to_pyerr(py, &e))?;
        answer(py, result)
    })
}

/// Import bytes: `(name or None, bytes)` of one workbook or CSV file, or several CSV files
/// (each named after its table).
#[pyfunction]
pub(crate) fn _read_sheet_bytes(
    py: Python<'_>,
    files: Vec<(Option<String>, Vec<u8>)>,
    call: &str,
) -> PyResult<(Py<PyAny>, SheetImport)> {
    guard(py, || {
        let prepared = prepared(py, call)?;
        let result = match files.as_slice() {
            [(name, bytes)] => py
                .detach(|| prepared.run_bytes(name.as_deref(), bytes))
                .map_err(|e| to_pyerr(py, &e))?,
            _ => {
                let inputs: Vec<(&str, &[u8])> = files
                    .iter()
                    .map(|(n, b)| (n.as_deref().unwrap_or("pledges.csv"), b.as_slice()))
                    .collect();
                py.detach(|| prepared.run_csv(&inputs))
            }
        };
        answer(py, result)
    })
}

/// `(name, bytes)` of each file.
fn files(py: Python<'_>, files: Vec<call::SheetFile>) -> Vec<(String, Py<PyBytes>)> {
    files
        .into_iter()
        .map(|f| (f.name, PyBytes::new(py, &f.bytes).unbind()))
        .collect()
}

/// The empty template: `[(name, bytes)]`.
#[pyfunction]
pub(crate) fn _template(py: Python<'_>, call: &str) -> PyResult<Vec<(String, Py<PyBytes>)>> {
    guard(py, || {
        let (call, _) = call::from_json::<SheetExportCall>(call).map_err(|e| to_pyerr(py, &e))?;
        let out = py
            .detach(|| call.template())
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(files(py, out))
    })
}

/// Pledge documents (a list of dicts) in the layout: `[(name, bytes)]`.
#[pyfunction]
pub(crate) fn _write_sheets(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    call: &str,
) -> PyResult<Vec<(String, Py<PyBytes>)>> {
    guard(py, || {
        let (call, _) = call::from_json::<SheetExportCall>(call).map_err(|e| to_pyerr(py, &e))?;
        let docs = match convert::to_json("pledge list", documents) {
            Ok(serde_json::Value::Array(docs)) => docs,
            Ok(_) => {
                return Err(pyo3::exceptions::PyTypeError::new_err(
                    "write_excel() takes a list of pledge documents",
                ))
            }
            Err(e) => return Err(to_pyerr(py, &e)),
        };
        let out = py
            .detach(|| call.documents(&docs))
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(files(py, out))
    })
}

/// The six analysis tables (by their names) as one workbook.
#[pyfunction]
pub(crate) fn _tables_xlsx(
    py: Python<'_>,
    tables: Vec<PyRef<'_, Table>>,
    call: &str,
) -> PyResult<Py<PyBytes>> {
    guard(py, || {
        let (call, _) = call::from_json::<SheetExportCall>(call).map_err(|e| to_pyerr(py, &e))?;
        let find = |name: &str| -> PyResult<p2c_core::tables::Table> {
            tables
                .iter()
                .map(|t| t.core())
                .find(|t| t.name == name)
                .cloned()
                .ok_or_else(|| {
                    pyo3::exceptions::PyValueError::new_err(format!("no table `{name}`"))
                })
        };
        let all = p2c_core::tables::Tables {
            pledges: find("pledges")?,
            countries: find("pledge_countries")?,
            pillars: find("pledge_pillars")?,
            partners: find("pledge_partners")?,
            reports: find("pledge_reports")?,
            pledgers: find("pledgers")?,
        };
        let bytes = py
            .detach(|| call.tables_xlsx(&all))
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(PyBytes::new(py, &bytes).unbind())
    })
}
