//! Money: the `RateTable` class and conversion. Amounts and dates cross as the wire format's
//! strings (`p2c/_money.py` turns them into `decimal.Decimal` and `datetime.date`), so no amount
//! ever passes through a float.

use p2c_core::call::{ConvertCall, Rates};
use p2c_core::money::RateTable as CoreTable;
use pyo3::prelude::*;

use crate::convert;
use crate::errors::{guard, to_pyerr, warn};

/// A table of dated exchange rates (immutable): the core's rate-table handle ([`Rates`]).
/// Build one with `RateTable.embedded()`, `from_csv(path)`, `from_csv_text(text)`,
/// `from_json(text)`, `from_ecb_file(path)` or `from_ecb_bytes(data, name)`; combine tables
/// with `merge`.
#[pyclass(module = "p2c", name = "RateTable", frozen)]
pub(crate) struct RateTable {
    rates: Rates,
}

/// The rates of an optional table argument (default: the embedded table, shared, not copied).
pub(crate) fn rates(table: Option<&RateTable>) -> Rates {
    table.map(|t| t.rates.clone()).unwrap_or_default()
}

impl RateTable {
    /// The core table.
    fn core(&self) -> &CoreTable {
        self.rates.table()
    }

    fn wrap(py: Python<'_>, rates: p2c_core::Result<Rates>) -> PyResult<RateTable> {
        rates
            .map(|rates| RateTable { rates })
            .map_err(|e| to_pyerr(py, &e))
    }
}

#[pymethods]
impl RateTable {
    /// The embedded table: ECB daily reference rates, ECB-derived and HMRC annual averages.
    #[staticmethod]
    fn embedded(py: Python<'_>) -> PyResult<RateTable> {
        guard(py, || {
            Ok(RateTable {
                rates: Rates::embedded(),
            })
        })
    }

    /// A table from a CSV file (columns `date,base,currency,rate,source`).
    #[staticmethod]
    fn from_csv(py: Python<'_>, path: std::path::PathBuf) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::wrap(py, py.detach(|| Rates::from_csv_path(&path)))
        })
    }

    /// A table from CSV text.
    #[staticmethod]
    fn from_csv_text(py: Python<'_>, text: &str) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::wrap(py, py.detach(|| Rates::from_csv_str(text)))
        })
    }

    /// A table from JSON text (`{"rates": [{"date", "base", "currency", "rate", "source"}]}`).
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::wrap(py, py.detach(|| Rates::from_json_str(text)))
        })
    }

    /// A table from the ECB's reference-rate file as downloaded (`eurofxref-hist.csv`, or its
    /// zip `eurofxref-hist.zip`) given as bytes; `name` (the file's name) is recorded with the
    /// file's SHA-256 in every rate's source.
    #[staticmethod]
    fn from_ecb_bytes(py: Python<'_>, data: &[u8], name: &str) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::wrap(py, py.detach(|| Rates::from_ecb(data, name)))
        })
    }

    /// A table from the ECB's reference-rate file at `path` (`eurofxref-hist.csv` or its zip),
    /// named in every rate's source by its file name and SHA-256.
    #[staticmethod]
    fn from_ecb_file(py: Python<'_>, path: std::path::PathBuf) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::wrap(py, py.detach(|| Rates::from_ecb_path(&path)))
        })
    }

    /// A new table with the rates of both; `precedence` (`"existing"` or `"incoming"`) says
    /// whose rate wins where both have one for the same pair, kind and date.
    #[pyo3(signature = (other, precedence="existing"))]
    fn merge(&self, py: Python<'_>, other: &RateTable, precedence: &str) -> PyResult<RateTable> {
        guard(py, || {
            let (mine, theirs) = (&self.rates, &other.rates);
            RateTable::wrap(py, py.detach(|| mine.merge(theirs, precedence)))
        })
    }

    /// The table's identifier (`sha256:…`); equal ids convert identically.
    #[getter]
    fn id(&self) -> &str {
        self.core().id()
    }

    /// The names of the sources of the table's rates.
    #[getter]
    fn sources(&self) -> Vec<String> {
        self.core().sources().to_vec()
    }

    fn __len__(&self) -> usize {
        self.core().len()
    }

    fn __repr__(&self) -> String {
        format!(
            "RateTable(id={:?}, rates={})",
            self.core().id(),
            self.core().len()
        )
    }
}

/// Carry out a conversion (the core's `ConvertCall` as JSON-ready data) with `table` (default:
/// the embedded one); returns the `Conversion` as wire-format data. The call's warnings
/// (deprecated spellings) are raised as Python warnings at the caller of `p2c.convert`.
#[pyfunction]
#[pyo3(signature = (request, table=None))]
pub(crate) fn _convert(
    py: Python<'_>,
    request: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let (c, warnings) = crate::errors::call::<ConvertCall>(py, request)?;
        warn(py, &warnings, 2)?;
        let rates = rates(table.as_deref());
        let out = py
            .detach(|| {
                let conversion = c.run(&rates)?;
                serde_json::to_value(&conversion)
                    .map_err(|e| p2c_core::Error::Internal(e.to_string()))
            })
            .map_err(|e| to_pyerr(py, &e))?;
        convert::to_py(py, &out)
    })
}
