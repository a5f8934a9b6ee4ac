//! ISO 4217 currencies: numeric code, name, minor units and the date a code went out of use.
//!
//! The table is generated at build time from `data/iso4217_active.csv` (the ISO 4217 list),
//! `data/iso4217_withdrawn_since_2018.csv` and `data/currencies_supplement.csv` (minor units of
//! withdrawn codes, and the historic codes of the ECB rate table with their changeover dates).
//! It corrects the `iso_currency` crate 0.7.1, whose Wikipedia-derived data marks VES as
//! superseded although ISO 4217 lists it as active; a test cross-checks the two.
//!
//! Withdrawal dates are the first day a code is no longer in use. The ISO list of withdrawals
//! gives only a month (`2023-01` for HRK): such a code is taken as out of use from the first day
//! of that month. Historic codes are dated by the changeover to their successor (the euro, or
//! a redenomination for ROL and TRL), even where notes and coins circulated a little longer.
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;

use crate::model::CurrencyCode;

/// One ISO 4217 currency, active or withdrawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrencyInfo {
    /// The alphabetic code (`EUR`).
    pub code: CurrencyCode,
    /// The numeric code (`978`).
    pub numeric: u16,
    /// The ISO 4217 name (`Euro`).
    pub name: &'static str,
    /// Decimal places of the minor unit (2 for cents); `None` where ISO says "N.A." (gold `XAU`,
    /// special drawing rights `XDR`, `XXX`).
    pub minor_units: Option<u32>,
    /// The first day the code is no longer in use, for withdrawn codes (`HRK`: 2023-01-01).
    pub withdrawn_on: Option<NaiveDate>,
}

impl CurrencyInfo {
    /// Whether the code was in use on `date`: always for active codes, before the withdrawal
    /// date for withdrawn ones.
    pub fn in_use_on(&self, date: NaiveDate) -> bool {
        self.withdrawn_on.is_none_or(|w| date < w)
    }

    /// Whether the code is in the current ISO 4217 list.
    pub fn is_active(&self) -> bool {
        self.withdrawn_on.is_none()
    }
}

/// Dates for the generated table (the build script checks them).
const fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

include!(concat!(env!("OUT_DIR"), "/currencies.rs"));

/// The currency with this code: active ISO 4217 codes, codes withdrawn since 2018, and the
/// historic codes of the ECB reference rates (CYP, EEK, LTL, LVL, MTL, ROL, SIT, SKK, TRL).
pub fn currency(code: CurrencyCode) -> Option<&'static CurrencyInfo> {
    CURRENCIES
        .binary_search_by(|c| c.code.cmp(&code))
        .ok()
        .and_then(|i| CURRENCIES.get(i))
}

/// Every known currency, sorted by code.
pub fn currencies() -> &'static [CurrencyInfo] {
    CURRENCIES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> CurrencyCode {
        CurrencyCode::new(s).unwrap()
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(CURRENCIES.windows(2).all(|w| w[0].code < w[1].code));
        // 178 active codes (iso4217_active.csv has 179 lines with the header) + 7 withdrawn
        // since 2018 (SZL is only an entity rename) + 9 historic ECB codes.
        assert_eq!(CURRENCIES.len(), 178 + 7 + 9);
    }

    #[test]
    fn known_facts() {
        let eur = currency(CurrencyCode::EUR).unwrap();
        assert_eq!(
            (eur.numeric, eur.minor_units, eur.withdrawn_on),
            (978, Some(2), None)
        );
        assert_eq!(currency(code("JPY")).unwrap().minor_units, Some(0));
        assert_eq!(currency(code("KWD")).unwrap().minor_units, Some(3));
        assert_eq!(currency(code("XAU")).unwrap().minor_units, None);
        // VES is active in ISO 4217 (iso_currency 0.7.1 wrongly marks it superseded).
        assert!(currency(code("VES")).unwrap().is_active());
        assert!(currency(code("VED")).unwrap().is_active());
        assert!(currency(code("SZL")).unwrap().is_active());
        assert!(currency(code("ABC")).is_none());
    }

    #[test]
    fn withdrawal_dates() {
        let hrk = currency(code("HRK")).unwrap();
        assert_eq!(hrk.withdrawn_on, Some(date("2023-01-01")));
        assert!(hrk.in_use_on(date("2022-12-31")));
        assert!(!hrk.in_use_on(date("2023-01-01")));
        // ZWL: `2024-09` in the withdrawal list.
        assert_eq!(
            currency(code("ZWL")).unwrap().withdrawn_on,
            Some(date("2024-09-01"))
        );
        assert_eq!(
            currency(code("BGN")).unwrap().withdrawn_on,
            Some(date("2026-01-01"))
        );
        assert_eq!(
            currency(code("LTL")).unwrap().withdrawn_on,
            Some(date("2015-01-01"))
        );
        assert_eq!(currency(code("TRL")).unwrap().minor_units, Some(0));
        assert!(currency(CurrencyCode::USD)
            .unwrap()
            .in_use_on(date("1999-01-01")));
    }

    /// Cross-check against the `iso_currency` crate: every difference must be one of the
    /// known corrections listed in `data/iso4217_crate_iso_currency_0.7.1_check.csv`, and
    /// numeric codes and minor units agree wherever the crate knows a code.
    #[test]
    fn agrees_with_iso_currency_except_documented_corrections() {
        let check = include_str!("../../data/iso4217_crate_iso_currency_0.7.1_check.csv");
        let mut rows = std::collections::HashMap::new();
        for line in check.lines().skip(1) {
            let f: Vec<&str> = line.split(',').collect();
            rows.insert(f[0], (f[1] == "Y", f[2]));
        }
        let mut compared = 0;
        for c in CURRENCIES {
            let Some(theirs) = iso_currency::Currency::from_code(c.code.as_str()) else {
                continue;
            };
            compared += 1;
            assert_eq!(theirs.numeric(), c.numeric, "{}", c.code);
            assert_eq!(
                theirs.exponent().map(u32::from),
                c.minor_units,
                "{}",
                c.code
            );
            let crate_active = theirs.is_superseded().is_none();
            if crate_active != c.is_active() {
                let (in_iso, crate_state) = rows
                    .get(c.code.as_str())
                    .unwrap_or_else(|| panic!("undocumented difference for {}", c.code));
                assert_eq!(*in_iso, c.is_active(), "{}", c.code);
                assert_eq!(*crate_state == "active", crate_active, "{}", c.code);
            }
        }
        assert!(compared > 170, "compared {compared}");
        assert!(currency(code("VES")).unwrap().is_active());
        assert!(iso_currency::Currency::from_code("VES")
            .unwrap()
            .is_superseded()
            .is_some());
    }
}
