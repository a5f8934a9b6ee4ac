//! The rate-table handle of the bindings: the embedded table (shared, never copied) or a
//! caller's own, and the converters summaries and tables build on it.

use std::sync::Arc;

use crate::money::{
    ConversionPolicy, MergePrecedence, RateTable, RoundingStrategy, TableConverter,
};
use crate::Result;

/// A rate table as a call uses it: cheap to clone (the table is shared).
#[derive(Debug, Clone, Default)]
pub struct Rates {
    /// `None`: the embedded table.
    table: Option<Arc<RateTable>>,
}

impl Rates {
    /// The embedded ECB and HMRC rates.
    pub fn embedded() -> Rates {
        Rates::default()
    }

    /// A caller's table.
    pub fn new(table: RateTable) -> Rates {
        Rates {
            table: Some(Arc::new(table)),
        }
    }

    /// A table from CSV text (`date,base,currency,rate,source`).
    pub fn from_csv_str(text: &str) -> Result<Rates> {
        RateTable::from_csv_str(text).map(Rates::new)
    }

    /// A table from a CSV file.
    pub fn from_csv_path(path: impl AsRef<std::path::Path>) -> Result<Rates> {
        RateTable::from_csv_path(path).map(Rates::new)
    }

    /// A table from JSON text (`{"rates": [...]}`).
    pub fn from_json_str(text: &str) -> Result<Rates> {
        RateTable::from_json_str(text).map(Rates::new)
    }

    /// This table merged with `other`, `precedence` given as its name (`existing`: this
    /// table's rate wins where both have one; `incoming`: `other`'s); an unknown name is
    /// `unknown_code` with a suggestion.
    pub fn merge(&self, other: &Rates, precedence: &str) -> Result<Rates> {
        let (precedence, _) =
            super::from_value::<MergePrecedence>(serde_json::Value::String(precedence.to_owned()))
                .map_err(|e| match e {
                    crate::Error::UnknownOption {
                        code, suggestion, ..
                    } => crate::Error::UnknownOption {
                        codelist: "precedence".into(),
                        code,
                        pointer: String::new(),
                        suggestion,
                    },
                    other => other,
                })?;
        self.table()
            .merge(other.table(), precedence)
            .map(Rates::new)
    }

    /// The core table.
    pub fn table(&self) -> &RateTable {
        match &self.table {
            Some(t) => t,
            None => RateTable::embedded(),
        }
    }

    /// A converter over this table with the given policy and rounding (the core's defaults
    /// where `None`).
    pub fn converter(
        &self,
        policy: Option<&ConversionPolicy>,
        rounding: Option<RoundingStrategy>,
    ) -> TableConverter {
        let mut converter = match &self.table {
            Some(t) => TableConverter::new(Arc::clone(t)),
            None => TableConverter::embedded(),
        };
        if let Some(p) = policy {
            converter = converter.with_policy(p.clone());
        }
        if let Some(r) = rounding {
            converter = converter.with_rounding(r);
        }
        converter
    }
}
