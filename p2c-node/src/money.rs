//! Money: rate tables (a stateful handle around the core's `call::Rates`) and conversion.

use napi::bindgen_prelude::Uint8Array;
use napi_derive::napi;
use p2c_core::call::{self, ConvertAnswer, ConvertCall, Rates};

use crate::{run, to_json};

/// A loaded exchange-rate table (wrapped by `RateTable` in `index.js`).
#[napi(js_name = "NativeRateTable")]
pub struct RateTable {
    rates: Rates,
}

/// The rates of an optional table argument (default: the embedded table).
pub(crate) fn rates(table: Option<&RateTable>) -> Rates {
    table.map(|t| t.rates.clone()).unwrap_or_default()
}

fn wrap(rates: p2c_core::Result<Rates>) -> p2c_core::Result<RateTable> {
    rates.map(|rates| RateTable { rates })
}

#[napi]
impl RateTable {
    /// The embedded ECB and HMRC rates (see the crate docs for sources and attribution).
    #[napi(factory)]
    pub fn embedded() -> RateTable {
        RateTable {
            rates: Rates::embedded(),
        }
    }

    /// A table from CSV text (`date,base,currency,rate,source`).
    #[napi(factory)]
    pub fn from_csv_text(text: String) -> napi::Result<RateTable> {
        run(|| wrap(Rates::from_csv_str(&text)))
    }

    /// A table from a CSV file.
    #[napi(factory)]
    pub fn from_csv_file(path: String) -> napi::Result<RateTable> {
        run(|| wrap(Rates::from_csv_path(&path)))
    }

    /// A table from the ECB's reference-rate file as downloaded (`eurofxref-hist.csv` or its
    /// zip), `name` recorded with the file's SHA-256 in every rate's source.
    #[napi(factory)]
    pub fn from_ecb_bytes(bytes: Uint8Array, name: String) -> napi::Result<RateTable> {
        run(|| wrap(Rates::from_ecb(&bytes, &name)))
    }

    /// A table from the ECB's file at `path` (named by its file name).
    #[napi(factory)]
    pub fn from_ecb_file(path: String) -> napi::Result<RateTable> {
        run(|| wrap(Rates::from_ecb_path(&path)))
    }

    /// A table from JSON text (`{ "rates": [...] }`).
    #[napi(factory)]
    pub fn from_json(text: String) -> napi::Result<RateTable> {
        run(|| wrap(Rates::from_json_str(&text)))
    }

    /// This table merged with `other`; `precedence` (`existing` or `incoming`) says which wins
    /// where both have a rate.
    #[napi]
    pub fn merge(&self, other: &RateTable, precedence: String) -> napi::Result<RateTable> {
        run(|| wrap(self.rates.merge(&other.rates, &precedence)))
    }

    /// The table's identifier (`sha256:…`), recorded in every conversion.
    #[napi(getter)]
    pub fn id(&self) -> String {
        self.rates.table().id().to_owned()
    }

    /// The source names of the rates, with the citations their licences require.
    #[napi(getter)]
    pub fn sources(&self) -> Vec<String> {
        self.rates.table().sources().to_vec()
    }

    /// How many rates the table holds.
    #[napi(getter)]
    pub fn size(&self) -> u32 {
        u32::try_from(self.rates.table().len()).unwrap_or(u32::MAX)
    }
}

/// Carry out a conversion (the core's `ConversionCall` as JSON text) with `table` (default:
/// the embedded one); returns the conversion with its provenance and the call's warnings.
#[napi]
pub fn convert(request: String, table: Option<&RateTable>) -> napi::Result<String> {
    run(|| {
        let (c, warnings) = call::from_json::<ConvertCall>(&request)?;
        let conversion = c.run(&rates(table))?;
        to_json(&ConvertAnswer {
            conversion,
            warnings,
        })
    })
}
