//! Flat tables: the core's `pledge_tables` as Arrow C streams (the Arrow PyCapsule interface)
//! and CSV. `p2c/_tables.py` wraps each native table in the public `Table` class.
//!
//! Column types map one to one: text → `utf8`, decimal → `decimal128(38, s)` with the
//! column's exact common scale `s` (`p2c_core::tables::fixed_point`), date → `date32`,
//! integer → `int64`, bool → `bool`; every field is nullable and a core `None` is a null.

use std::io::Write;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Decimal128Array, Int64Array, RecordBatch,
    RecordBatchIterator, StringArray,
};
use arrow_schema::ffi::FFI_ArrowSchema;
use arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use chrono::Datelike;
use p2c_core::aggregate::TableConverter;
use p2c_core::model::CurrencyCode;
use p2c_core::money::{ConversionPolicy, RoundingStrategy};
use p2c_core::tables::{self as core, fixed_point, ColumnData, FixedPoint, TableOptions};
use p2c_core::Error;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use serde::Deserialize;

use crate::convert;
use crate::errors::{guard, to_pyerr};
use crate::money::RateTable;
use crate::pledge::Pledge;

/// Rows per record batch: keeps a batch's `utf8` offsets (32-bit) far from their limit and lets
/// consumers stream.
const BATCH_ROWS: usize = 65_536;

/// Days from 0001-01-01 (chrono's day 1 of the common era) to 1970-01-01, Arrow's day 0.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

/// One flat table (immutable). The Arrow form is built on first use and kept.
#[pyclass(module = "p2c", name = "_Table", frozen)]
pub(crate) struct Table {
    table: core::Table,
    arrow: OnceLock<(SchemaRef, Vec<RecordBatch>)>,
}

fn internal(e: ArrowError) -> Error {
    Error::Internal(format!("arrow: {e}"))
}

fn date32(d: &chrono::NaiveDate) -> i32 {
    d.num_days_from_ce() - UNIX_EPOCH_DAYS_FROM_CE
}

/// The Arrow type and (for decimals) the exact fixed-point values of one column.
enum Prepared<'a> {
    Plain(&'a ColumnData),
    Decimal(FixedPoint),
}

impl Prepared<'_> {
    fn data_type(&self) -> p2c_core::Result<DataType> {
        Ok(match self {
            Prepared::Decimal(f) => DataType::Decimal128(
                u8::try_from(FixedPoint::MAX_PRECISION)
                    .map_err(|e| Error::Internal(e.to_string()))?,
                i8::try_from(f.scale).map_err(|e| Error::Internal(e.to_string()))?,
            ),
            Prepared::Plain(ColumnData::Text(_)) => DataType::Utf8,
            Prepared::Plain(ColumnData::Date(_)) => DataType::Date32,
            Prepared::Plain(ColumnData::Integer(_)) => DataType::Int64,
            Prepared::Plain(ColumnData::Bool(_)) => DataType::Boolean,
            // Decimal columns are always prepared as `Prepared::Decimal`.
            Prepared::Plain(ColumnData::Decimal(_)) => {
                return Err(Error::Internal("unprepared decimal column".into()))
            }
        })
    }

    /// The rows `rows` as an Arrow array of `data_type`.
    fn slice(&self, rows: Range<usize>, data_type: &DataType) -> p2c_core::Result<ArrayRef> {
        let range = |len: usize| rows.start.min(len)..rows.end.min(len);
        Ok(match self {
            Prepared::Decimal(f) => {
                let v = f.values.get(range(f.values.len())).unwrap_or_default();
                let DataType::Decimal128(p, s) = data_type else {
                    return Err(Error::Internal(
                        "decimal column without a decimal type".into(),
                    ));
                };
                Arc::new(
                    Decimal128Array::from(v.to_vec())
                        .with_precision_and_scale(*p, *s)
                        .map_err(internal)?,
                )
            }
            Prepared::Plain(ColumnData::Text(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                let bytes: usize = v.iter().flatten().map(String::len).sum();
                if i32::try_from(bytes).is_err() {
                    return Err(Error::Overflow {
                        operation: format!("{bytes} bytes of text in one Arrow batch"),
                    });
                }
                Arc::new(StringArray::from_iter(v.iter().map(Option::as_deref)))
            }
            Prepared::Plain(ColumnData::Date(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                Arc::new(Date32Array::from_iter(
                    v.iter().map(|d| d.as_ref().map(date32)),
                ))
            }
            Prepared::Plain(ColumnData::Integer(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                Arc::new(Int64Array::from(v.to_vec()))
            }
            Prepared::Plain(ColumnData::Bool(v)) => {
                let v = v.get(range(v.len())).unwrap_or_default();
                Arc::new(BooleanArray::from(v.to_vec()))
            }
            Prepared::Plain(ColumnData::Decimal(_)) => {
                return Err(Error::Internal("unprepared decimal column".into()))
            }
        })
    }
}

/// The table as an Arrow schema and record batches of at most [`BATCH_ROWS`] rows (one empty
/// batch for an empty table, so consumers always see the schema).
fn to_arrow(table: &core::Table) -> p2c_core::Result<(SchemaRef, Vec<RecordBatch>)> {
    let prepared = table
        .columns
        .iter()
        .map(|c| match &c.data {
            ColumnData::Decimal(v) => fixed_point(v).map(Prepared::Decimal),
            other => Ok(Prepared::Plain(other)),
        })
        .collect::<p2c_core::Result<Vec<_>>>()?;
    let fields = table
        .columns
        .iter()
        .zip(&prepared)
        .map(|(c, p)| Ok(Field::new(c.name.clone(), p.data_type()?, true)))
        .collect::<p2c_core::Result<Vec<_>>>()?;
    let schema: SchemaRef = Arc::new(Schema::new(fields));
    let rows = table.len();
    let mut batches = Vec::new();
    let mut start: usize = 0;
    loop {
        let end = rows.min(start.saturating_add(BATCH_ROWS));
        let arrays = prepared
            .iter()
            .zip(schema.fields())
            .map(|(p, f)| p.slice(start..end, f.data_type()))
            .collect::<p2c_core::Result<Vec<_>>>()?;
        batches.push(RecordBatch::try_new(schema.clone(), arrays).map_err(internal)?);
        if end >= rows {
            break;
        }
        start = end;
    }
    Ok((schema, batches))
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
            .detach(|| to_arrow(&self.table))
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

/// The options as the Python layer sends them; absent keys keep the core's defaults.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    currency: Option<CurrencyCode>,
    policy: Option<ConversionPolicy>,
    rounding: Option<RoundingStrategy>,
}

fn converter(
    py: Python<'_>,
    options: &Bound<'_, PyAny>,
    table: Option<&RateTable>,
) -> PyResult<(TableConverter, Option<CurrencyCode>)> {
    let value = convert::to_json("table options", options).map_err(|e| to_pyerr(py, &e))?;
    let o: Options =
        p2c_core::parse::from_value("table options", &value).map_err(|e| to_pyerr(py, &e))?;
    let converter = RateTable::converter(table, o.policy, o.rounding);
    Ok((converter, o.currency))
}

fn wrap(tables: core::Tables) -> Vec<Table> {
    [
        tables.pledges,
        tables.countries,
        tables.pillars,
        tables.partners,
        tables.reports,
    ]
    .into_iter()
    .map(|table| Table {
        table,
        arrow: OnceLock::new(),
    })
    .collect()
}

/// The five tables `make` builds from pledges, with the conversion that `options` (a
/// `currency`, with `policy`, `rounding`) and a rate `table` ask for; the GIL is released
/// while `make` runs.
fn build(
    py: Python<'_>,
    options: &Bound<'_, PyAny>,
    table: Option<&RateTable>,
    make: impl Send + FnOnce(&TableOptions<'_>) -> p2c_core::Result<core::Tables>,
) -> PyResult<Vec<Table>> {
    guard(py, || {
        let (converter, currency) = self::converter(py, options, table)?;
        let opts = TableOptions {
            convert: currency.map(|c| (&converter as _, c)),
            status: None,
        };
        let tables = py.detach(|| make(&opts)).map_err(|e| to_pyerr(py, &e))?;
        Ok(wrap(tables))
    })
}

/// Flatten pledges into the five tables (pledges first); `options` may name a `currency` to
/// convert amounts into, with `policy`, `rounding` and a rate `table` as for summaries.
#[pyfunction]
#[pyo3(signature = (pledges, options, table=None))]
pub(crate) fn _tables(
    py: Python<'_>,
    pledges: Vec<PyRef<'_, Pledge>>,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<Vec<Table>> {
    let refs: Vec<&p2c_core::Pledge> = pledges.iter().map(|p| p.inner()).collect();
    build(py, options, table.as_deref(), |opts| {
        core::pledge_tables(&refs, opts)
    })
}

/// Read a file of pledges (JSON array or JSON Lines) straight into the five tables, with the
/// options of [`_tables`]: no Python object per pledge, and the GIL released throughout.
#[pyfunction]
#[pyo3(signature = (path, options, table=None))]
pub(crate) fn _load_tables(
    py: Python<'_>,
    path: std::path::PathBuf,
    options: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<Vec<Table>> {
    build(py, options, table.as_deref(), |opts| {
        let pledges = p2c_core::parse::load_pledges(&path)?;
        core::pledge_tables(&pledges, opts)
    })
}
