//! `data/iso4217_*.csv` + `data/currencies_supplement.csv` → `$OUT_DIR/currencies.rs`.
//!
//! Active codes come from the ISO 4217 list; withdrawn codes from the list of withdrawals since
//! 2018 (month precision: a code withdrawn in `2023-01` is taken as no longer in use from
//! `2023-01-01`); the supplement gives minor units for withdrawn codes and the historic codes of
//! the ECB table with their changeover dates.

use std::collections::BTreeMap;
use std::fmt::Write;

use chrono::NaiveDate;

/// One currency as the build script knows it.
pub(crate) struct Currency {
    pub numeric: u16,
    pub name: String,
    pub minor_units: Option<u32>,
    pub withdrawn_on: Option<NaiveDate>,
}

fn check_code(file: &str, line: usize, code: &str) {
    assert!(
        code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()),
        "{file}:{line}: `{code}` is not an alpha-3 currency code"
    );
}

fn field<'a>(r: &'a csv::StringRecord, file: &str, line: usize, n: usize) -> &'a str {
    r.get(n)
        .unwrap_or_else(|| panic!("{file}:{line}: missing column {n}"))
}

/// Build the currency table, write it, and return it for the rate tables.
pub(crate) fn generate() -> BTreeMap<String, Currency> {
    let mut all: BTreeMap<String, Currency> = BTreeMap::new();

    let file = "iso4217_active.csv";
    for (i, r) in crate::read_csv(file).iter().enumerate() {
        let line = i + 2;
        let code = field(r, file, line, 0);
        check_code(file, line, code);
        let numeric = field(r, file, line, 1)
            .parse()
            .unwrap_or_else(|e| panic!("{file}:{line}: numeric code: {e}"));
        let minor_units = match field(r, file, line, 3) {
            "-" => None,
            m => Some(
                m.parse()
                    .unwrap_or_else(|e| panic!("{file}:{line}: minor unit: {e}")),
            ),
        };
        let name = field(r, file, line, 2).to_owned();
        let old = all.insert(
            code.to_owned(),
            Currency {
                numeric,
                name,
                minor_units,
                withdrawn_on: None,
            },
        );
        assert!(old.is_none(), "{file}:{line}: duplicate code {code}");
    }

    // Withdrawals since 2018, month precision → first day of the month.
    let file = "iso4217_withdrawn_since_2018.csv";
    let mut withdrawn: BTreeMap<String, NaiveDate> = BTreeMap::new();
    for (i, r) in crate::read_csv(file).iter().enumerate() {
        let line = i + 2;
        let code = field(r, file, line, 2);
        check_code(file, line, code);
        if all.contains_key(code) {
            // An entity rename (SWAZILAND → ESWATINI for SZL): the code itself stays active.
            continue;
        }
        let month = field(r, file, line, 4);
        let date = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("{file}:{line}: withdrawal `{month}`: {e}"));
        let prev = withdrawn.insert(code.to_owned(), date);
        assert!(
            prev.is_none_or(|p| p == date),
            "{file}:{line}: {code} withdrawn on two dates"
        );
    }

    let file = "currencies_supplement.csv";
    for (i, r) in crate::read_csv(file).iter().enumerate() {
        let line = i + 2;
        let code = field(r, file, line, 0);
        check_code(file, line, code);
        assert!(
            !all.contains_key(code),
            "{file}:{line}: {code} is active or listed twice"
        );
        let withdrawn_on = match field(r, file, line, 4) {
            "" => *withdrawn
                .get(code)
                .unwrap_or_else(|| panic!("{file}:{line}: {code} has no withdrawal date")),
            d => {
                assert!(
                    !withdrawn.contains_key(code),
                    "{file}:{line}: {code} is dated by the withdrawal list, leave it empty"
                );
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .unwrap_or_else(|e| panic!("{file}:{line}: withdrawn_on `{d}`: {e}"))
            }
        };
        all.insert(
            code.to_owned(),
            Currency {
                numeric: field(r, file, line, 1)
                    .parse()
                    .unwrap_or_else(|e| panic!("{file}:{line}: numeric code: {e}")),
                name: field(r, file, line, 2).to_owned(),
                minor_units: Some(
                    field(r, file, line, 3)
                        .parse()
                        .unwrap_or_else(|e| panic!("{file}:{line}: minor unit: {e}")),
                ),
                withdrawn_on: Some(withdrawn_on),
            },
        );
    }
    for code in withdrawn.keys() {
        assert!(
            all.contains_key(code),
            "withdrawn code {code} needs a row in currencies_supplement.csv"
        );
    }

    let mut out = String::from("pub(crate) static CURRENCIES: &[CurrencyInfo] = &[\n");
    for (code, c) in &all {
        let minor = match c.minor_units {
            Some(m) => format!("Some({m})"),
            None => "None".to_owned(),
        };
        let withdrawn = match c.withdrawn_on {
            Some(d) => format!(
                "ymd({}, {}, {})",
                d.format("%Y"),
                d.format("%-m"),
                d.format("%-d")
            ),
            None => "None".to_owned(),
        };
        writeln!(
            out,
            "    CurrencyInfo {{ code: CurrencyCode::from_static(*b{code:?}), numeric: {}, name: {:?}, minor_units: {minor}, withdrawn_on: {withdrawn} }},",
            c.numeric, c.name
        )
        .expect("write to String");
    }
    out.push_str("];\n");
    std::fs::write(crate::out_dir().join("currencies.rs"), out).expect("write currencies.rs");
    all
}
