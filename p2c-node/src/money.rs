//! Money: rate tables (a stateful handle) and conversion with provenance.

use std::sync::Arc;

use napi_derive::napi;
use p2c_core::aggregate::TableConverter;
use p2c_core::money::{self, ConversionRequest, MergePrecedence};
use serde_json::Value;

use crate::{core, guard, invalid_argument, to_json};

/// The embedded table is a `'static` borrow; loaded tables are shared, never copied.
enum Handle {
    Embedded,
    Owned(Arc<money::RateTable>),
}

/// A loaded exchange-rate table (wrapped by `RateTable` in `index.js`).
#[napi(js_name = "NativeRateTable")]
pub struct RateTable {
    handle: Handle,
}

impl RateTable {
    fn owned(table: p2c_core::Result<money::RateTable>) -> napi::Result<RateTable> {
        Ok(RateTable {
            handle: Handle::Owned(Arc::new(core(table)?)),
        })
    }

    /// The core table.
    pub(crate) fn table(&self) -> &money::RateTable {
        match &self.handle {
            Handle::Embedded => money::RateTable::embedded(),
            Handle::Owned(t) => t,
        }
    }

    /// A summary converter over this table (the default policy and rounding).
    pub(crate) fn converter(&self) -> TableConverter {
        match &self.handle {
            Handle::Embedded => TableConverter::embedded(),
            Handle::Owned(t) => TableConverter::new(Arc::clone(t)),
        }
    }
}

#[napi]
impl RateTable {
    /// The embedded ECB and HMRC rates (see the crate docs for sources and attribution).
    #[napi(factory)]
    pub fn embedded() -> RateTable {
        RateTable {
            handle: Handle::Embedded,
        }
    }

    /// A table from CSV text (`date,base,currency,rate,source`).
    #[napi(factory)]
    pub fn from_csv_text(text: String) -> napi::Result<RateTable> {
        guard(|| RateTable::owned(money::RateTable::from_csv_str(&text)))
    }

    /// A table from a CSV file.
    #[napi(factory)]
    pub fn from_csv_file(path: String) -> napi::Result<RateTable> {
        guard(|| RateTable::owned(money::RateTable::from_csv_path(&path)))
    }

    /// A table from JSON text (`{ "rates": [...] }`).
    #[napi(factory)]
    pub fn from_json(text: String) -> napi::Result<RateTable> {
        guard(|| RateTable::owned(money::RateTable::from_json_str(&text)))
    }

    /// This table merged with `other`; `precedence` (`existing` or `incoming`) says which wins
    /// where both have a rate.
    #[napi]
    pub fn merge(&self, other: &RateTable, precedence: String) -> napi::Result<RateTable> {
        guard(|| {
            let precedence: MergePrecedence =
                serde_json::from_value(Value::String(precedence.clone())).map_err(|_| {
                    invalid_argument(
                        &format!("unknown merge precedence `{precedence}` (existing, incoming)"),
                        "",
                    )
                })?;
            RateTable::owned(self.table().merge(other.table(), precedence))
        })
    }

    /// The table's identifier (`sha256:…`), recorded in every conversion.
    #[napi(getter)]
    pub fn id(&self) -> String {
        self.table().id().to_owned()
    }

    /// The source names of the rates, with the citations their licences require.
    #[napi(getter)]
    pub fn sources(&self) -> Vec<String> {
        self.table().sources().to_vec()
    }

    /// How many rates the table holds.
    #[napi(getter)]
    pub fn size(&self) -> u32 {
        u32::try_from(self.table().len()).unwrap_or(u32::MAX)
    }
}

/// Carry out a conversion request (the core's `ConversionRequest` as JSON text) with `table`
/// (default: the embedded one); returns the core's `Conversion` as a plain object.
#[napi]
pub fn convert(request: String, table: Option<&RateTable>) -> napi::Result<String> {
    guard(|| {
        let request: ConversionRequest =
            core(p2c_core::parse::from_str("conversion request", &request))?;
        let table: &money::RateTable = match table {
            Some(t) => t.table(),
            None => money::RateTable::embedded(),
        };
        to_json(&core(table.convert_request(&request))?)
    })
}
