//! Money: the `RateTable` class and conversion. Amounts and dates cross as the wire format's
//! strings (`p2c/_money.py` turns them into `decimal.Decimal` and `datetime.date`), so no amount
//! ever passes through a float.

use std::sync::Arc;

use p2c_core::aggregate::TableConverter;
use p2c_core::money::{
    ConversionPolicy, ConversionRequest, MergePrecedence, RateTable as CoreTable, RoundingStrategy,
};
use pyo3::prelude::*;

use crate::convert;
use crate::errors::{guard, to_pyerr};

/// A table of dated exchange rates (immutable). Build one with `RateTable.embedded()`,
/// `RateTable.from_csv(path)` or `RateTable.from_json(text)`; combine tables with `merge`.
#[pyclass(module = "p2c", name = "RateTable", frozen)]
pub(crate) struct RateTable {
    /// `None` is the embedded table, shared rather than copied.
    table: Option<Arc<CoreTable>>,
}

impl RateTable {
    /// The core table.
    pub(crate) fn core(&self) -> &CoreTable {
        match &self.table {
            Some(t) => t,
            None => CoreTable::embedded(),
        }
    }

    /// The table as a shareable handle for a summary's converter (`None`: the embedded one).
    pub(crate) fn shared(&self) -> Option<Arc<CoreTable>> {
        self.table.clone()
    }

    /// The converter summaries and tables use: this table (or the embedded one) with the
    /// caller's policy and rounding where given, the core's defaults otherwise.
    pub(crate) fn converter(
        table: Option<&RateTable>,
        policy: Option<ConversionPolicy>,
        rounding: Option<RoundingStrategy>,
    ) -> TableConverter {
        let mut converter = match table.and_then(RateTable::shared) {
            Some(t) => TableConverter::new(t),
            None => TableConverter::embedded(),
        };
        if let Some(p) = policy {
            converter = converter.with_policy(p);
        }
        if let Some(r) = rounding {
            converter = converter.with_rounding(r);
        }
        converter
    }

    fn owned(py: Python<'_>, table: p2c_core::Result<CoreTable>) -> PyResult<RateTable> {
        table
            .map(|t| RateTable {
                table: Some(Arc::new(t)),
            })
            .map_err(|e| to_pyerr(py, &e))
    }
}

#[pymethods]
impl RateTable {
    /// The embedded table: ECB daily reference rates, ECB-derived and HMRC annual averages.
    #[staticmethod]
    fn embedded(py: Python<'_>) -> PyResult<RateTable> {
        guard(py, || Ok(RateTable { table: None }))
    }

    /// A table from a CSV file (columns `date,base,currency,rate,source`).
    #[staticmethod]
    fn from_csv(py: Python<'_>, path: std::path::PathBuf) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::owned(py, py.detach(|| CoreTable::from_csv_path(&path)))
        })
    }

    /// A table from CSV text.
    #[staticmethod]
    fn from_csv_text(py: Python<'_>, text: &str) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::owned(py, py.detach(|| CoreTable::from_csv_str(text)))
        })
    }

    /// A table from JSON text (`{"rates": [{"date", "base", "currency", "rate", "source"}]}`).
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<RateTable> {
        guard(py, || {
            RateTable::owned(py, py.detach(|| CoreTable::from_json_str(text)))
        })
    }

    /// A new table with the rates of both; `precedence` (`"existing"` or `"incoming"`) says
    /// whose rate wins where both have one for the same pair, kind and date.
    #[pyo3(signature = (other, precedence="existing"))]
    fn merge(&self, py: Python<'_>, other: &RateTable, precedence: &str) -> PyResult<RateTable> {
        guard(py, || {
            let precedence = match precedence {
                "existing" => MergePrecedence::Existing,
                "incoming" => MergePrecedence::Incoming,
                other => {
                    return Err(pyo3::exceptions::PyValueError::new_err(format!(
                        "precedence must be `existing` or `incoming`, not `{other}`"
                    )))
                }
            };
            let (mine, theirs) = (self.core(), other.core());
            RateTable::owned(py, py.detach(|| mine.merge(theirs, precedence)))
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

/// Carry out a conversion request (the core's `ConversionRequest` as wire-format data) with
/// `table` (default: the embedded one); returns the `Conversion` as wire-format data.
#[pyfunction]
#[pyo3(signature = (request, table=None))]
pub(crate) fn _convert(
    py: Python<'_>,
    request: &Bound<'_, PyAny>,
    table: Option<PyRef<'_, RateTable>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let value =
            convert::to_json("conversion request", request).map_err(|e| to_pyerr(py, &e))?;
        let request: ConversionRequest = p2c_core::parse::from_value("conversion request", &value)
            .map_err(|e| to_pyerr(py, &e))?;
        let core = match &table {
            Some(t) => t.core(),
            None => CoreTable::embedded(),
        };
        let out = py
            .detach(|| {
                let conversion = core.convert_request(&request)?;
                serde_json::to_value(&conversion)
                    .map_err(|e| p2c_core::Error::Internal(e.to_string()))
            })
            .map_err(|e| to_pyerr(py, &e))?;
        convert::to_py(py, &out)
    })
}
