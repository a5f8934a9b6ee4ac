//! Flat tables: the core's `pledge_tables` (options: the facade's `TablesCall`) as Arrow C
//! streams (the Arrow PyCapsule interface) and CSV. `p2c/_tables.py` wraps each native table in
//! the public `Table` class.
//!
//! The Arrow schema and record batches are the core's (`p2c_core::tables::arrow`, the one
//! builder the Parquet export uses too); this module only hands them over through the Arrow C
//! data interface.

use std::io::Write;
use std::sync::OnceLock;

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{RecordBatch, RecordBatchIterator};
use arrow_schema::ffi::FFI_ArrowSchema;
use arrow_schema::SchemaRef;
use p2c_core::call::{PreparedTables, TablesCall};
use p2c_core::tables::{self as core, arrow::to_record_batches};
use p2c_core::Error;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;

use crate::errors::{call, guard, to_pyerr, warn};
use crate::money::{rates, RateTable};
use crate::pledge::Pledge;

/// One flat table (immutable). The Arrow form is built on first use and kept.
#[pyclass(module = "p2c", name = "_Table", frozen)]
pub(crate) struct Table {
    table: core::Table,
    arrow: OnceLock<(SchemaRef, Vec<RecordBatch>)>,
}

fn internal(e: arrow_schema::ArrowError) -> Error {
    Error::Internal(format!("arrow: {e}"))
}

impl Table {
    /// The core's table.
    pub(crate) fn core(&self) -> &core::Table {
        &self.table
    }

    fn arrow(&self, py: Python<'_>) -> PyResult<&(SchemaRef, Vec<RecordBatch>)> {
        if let Some(a) = self.arrow.get() {
            return Ok(a);
        }
        let built = py
            .detach(|| to_record_batches(&self.table))
            .map_err(|e| to_pyerr(py, &e))?;
        // Another thread may have won the race; either value is the same table.
        let _ = self.arrow.set(built);
        self.arrow
            .get()
            .ok_or_else(|| to_pyerr(py, &Error::Internal("arrow cache not set".into())))
    }
}

#[pymethods]
impl Table {
    /// The table's name (`pledges`, `pledge_countries`, …).
    #[getter]
    fn name(&self) -> &str {
        &self.table.name
    }

    /// The column names, in order.
    #[getter]
    fn column_names(&self) -> Vec<&str> {
        self.table.column_names()
    }

    /// The core's type of each column (`text`, `decimal`, `date`, `integer`, `bool`).
    #[getter]
    fn column_types(&self) -> Vec<&'static str> {
        self.table
            .columns
            .iter()
            .map(|c| c.data.column_type().as_str())
            .collect()
    }

    fn __len__(&self) -> usize {
        self.table.len()
    }

    /// The Arrow schema as a PyCapsule named `arrow_schema` (Arrow PyCapsule interface).
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        guard(py, || {
            let (schema, _) = self.arrow(py)?;
            let ffi = FFI_ArrowSchema::try_from(schema.as_ref())
                .map_err(|e| to_pyerr(py, &internal(e)))?;
            PyCapsule::new_with_value(py, ffi, c"arrow_schema")
        })
    }

    /// The rows as an Arrow C stream in a PyCapsule named `arrow_array_stream` (Arrow
    /// PyCapsule interface). `requested_schema` is accepted and ignored, as the interface
    /// allows: the table has one schema.
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        guard(py, || {
            let (schema, batches) = self.arrow(py)?;
            let reader =
                RecordBatchIterator::new(batches.clone().into_iter().map(Ok), schema.clone());
            let stream = FFI_ArrowArrayStream::new(Box::new(reader));
            PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
        })
    }

    /// The table as RFC 4180 CSV: written to `path` when given (returns `None`), else
    /// returned as text; formula-like text cells neutralized unless `neutralize_formulas` is
    /// false.
    #[pyo3(signature = (path=None, neutralize_formulas=true))]
    fn to_csv(
        &self,
        py: Python<'_>,
        path: Option<std::path::PathBuf>,
        neutralize_formulas: bool,
    ) -> PyResult<Option<String>> {
        let options = core::CsvOptions::default().neutralize_formulas(neutralize_formulas);
        guard(py, || {
            py.detach(|| match path {
                None => {
                    let mut out = Vec::new();
                    core::to_csv_with(&self.table, &mut out, &options)?;
                    String::from_utf8(out)
                        .map(Some)
                        .map_err(|e| Error::Internal(e.to_string()))
                }
                Some(path) => {
                    let io = |e: std::io::Error| Error::Io {
                        path: path.display().to_string(),
                        message: e.to_string(),
                    };
                    let mut file =
                        std::io::BufWriter::new(std::fs::File::create(&path).map_err(io)?);
                    core::to_csv_with(&self.table, &mut file, &options)?;
                    file.flush().map_err(io)?;
                    Ok(None)
                }
            })
            .map_err(|e| to_pyerr(py, &e))
        })
    }
}

/// The core's prepared tables call from the options `p2c/_tables.py` built (the JSON of the
/// facade's `TablesCall`); its warnings are raised at the caller of `p2c.tables` or
/// `p2c.load_tables`.
fn prepare(
    py: Python<'_>,
    options: &Bound<'_, PyAny>,
    table: Option<&RateTable>,
) -> PyResult<PreparedTables> {
    let (c, warnings) = call::<TablesCall>(py, options)?;
    warn(py, &warnings, 2)?;
    c.prepare(&rates(table)).map_err(|e| to_pyerr(py, &e))
}

fn wrap(tables: core::Tables) -> Vec<Table> {
    [
        tables.pledges,
        tables.countries,
        tables.pillars,
        tables.partners,
        tables.reports,
        tables.pledgers,
    ]
    .into_iter()
    .map(|table| Table {
        table,
        arrow: OnceLock::new(),
    })
    .collect()
}

/// Flatten pledges into the six tables (pledges first, pledgers last) with the facade's `TablesCall`
/// options (a `currency` to convert amounts into, `policy`, `rounding`, the filters and
/// `asOf` of a summary) and a rate `table`; the GIL is released while they are built.
/// `pledgers=false` leaves the pledgers table without rows (its columns kept), skipping its
/// scorecards (every pledge validated and assessed).
#[pyfunction]
#[pyo3(signature = (pledges, options, table=None, pledgers=true))]
pub(crate) fn _tables(
    py: Python<'_>,
    pledges: Vec<PyRef<'_, Pledge>>,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
    pledgers: bool,
) -> PyResult<Vec<Table>> {
    guard(py, || {
        let prepared = prepare(py, options, table.as_deref())?.with_pledgers(pledgers);
        let refs: Vec<&p2c_core::Pledge> = pledges.iter().map(|p| p.inner()).collect();
        let tables = py
            .detach(|| prepared.build(&refs))
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(wrap(tables))
    })
}

/// Read a file of pledges (JSON array or JSON Lines) straight into the six tables, with the
/// options of [`_tables`]: no Python object per pledge, and the GIL released throughout.
#[pyfunction]
#[pyo3(signature = (path, options, table=None, pledgers=true))]
pub(crate) fn _load_tables(
    py: Python<'_>,
    path: std::path::PathBuf,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
    pledgers: bool,
) -> PyResult<Vec<Table>> {
    guard(py, || {
        let prepared = prepare(py, options, table.as_deref())?.with_pledgers(pledgers);
        let tables = py
            .detach(|| prepared.build_path(&path))
            .map_err(|e| to_pyerr(py, &e))?;
        Ok(wrap(tables))
    })
}

/// The options of [`_write_parquet`]: how many threads (`0` or absent: every core).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct WriteCall {
    #[serde(default)]
    threads: p2c_core::parallel::Threads,
}

/// Write each table to its path as a Parquet file (the core's writer: exact `decimal128`
/// amounts, `date32` dates, snappy), on up to `threads` threads (the `options` `{"threads": n}`;
/// a count that is not one is an `OptionError`), the GIL released.
#[pyfunction]
pub(crate) fn _write_parquet(
    py: Python<'_>,
    tables: Vec<PyRef<'_, Table>>,
    paths: Vec<std::path::PathBuf>,
    options: &Bound<'_, PyAny>,
) -> PyResult<()> {
    guard(py, || {
        let (WriteCall { threads }, _) = call::<WriteCall>(py, options)?;
        if tables.len() != paths.len() {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "one path per table",
            ));
        }
        let files: Vec<(&core::Table, &std::path::Path)> = tables
            .iter()
            .map(|t| t.core())
            .zip(paths.iter().map(std::path::PathBuf::as_path))
            .collect();
        py.detach(|| core::parquet::write_files(&files, threads))
            .map_err(|e| to_pyerr(py, &e))
    })
}
