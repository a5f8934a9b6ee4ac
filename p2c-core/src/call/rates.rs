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

    /// A table from the ECB's reference-rate file as downloaded (`eurofxref-hist.csv`, or
    /// the zip `eurofxref-hist.zip`), `name` recorded with the file's SHA-256 in every rate's
    /// source (see [`RateTable::from_ecb`]).
    pub fn from_ecb(bytes: &[u8], name: &str) -> Result<Rates> {
        RateTable::from_ecb(bytes, name).map(Rates::new)
    }

    /// [`Rates::from_ecb`] on a file (named by its file name).
    pub fn from_ecb_path(path: impl AsRef<std::path::Path>) -> Result<Rates> {
        RateTable::from_ecb_path(path).map(Rates::new)
    }

    /// A table from a file in any format p2c reads, told apart by its contents: the ECB's
    /// `eurofxref-hist.zip` or `eurofxref-hist.csv` (a header starting `Date`), p2c's JSON
    /// (`{"rates": …}`) or p2c's CSV (`date,base,currency,rate,source`). Files larger than
    /// [`crate::money::MAX_ECB_BYTES`] are refused before they are read.
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Rates> {
        use std::io::Read;
        let path = path.as_ref();
        let io = |e: std::io::Error| crate::Error::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let mut head = [0u8; 512];
        let n = std::fs::File::open(path)
            .and_then(|mut f| f.read(&mut head))
            .map_err(io)?;
        let head = head.get(..n).unwrap_or_default();
        let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
        let first = head.iter().find(|b| !b.is_ascii_whitespace()).copied();
        if head.starts_with(b"PK") {
            return Rates::from_ecb_path(path);
        }
        if first == Some(b'{') {
            let text = std::fs::read_to_string(path).map_err(io)?;
            return Rates::from_json_str(&text);
        }
        let starts_date = head
            .get(..4)
            .is_some_and(|h| h.eq_ignore_ascii_case(b"date"))
            && head.get(4).is_some_and(|b| matches!(b, b',' | b' '));
        let p2c_header = head
            .split(|b| *b == b'\n')
            .next()
            .is_some_and(|line| line.windows(4).any(|w| w.eq_ignore_ascii_case(b"base")));
        if starts_date && !p2c_header {
            Rates::from_ecb_path(path)
        } else {
            Rates::from_csv_path(path)
        }
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
