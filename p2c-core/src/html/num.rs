//! Figures and dates in the page's language: [`crate::format`]'s in English (byte for byte, as
//! the pages always wrote them), the language's [`crate::i18n::Conventions`] otherwise. Exact:
//! decimals are rounded half-even for display and written from their digits.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::text::{fill, lang, loc, Msg};
use crate::format;
use crate::i18n::Lang;

/// A count with the language's grouping separator.
pub(crate) fn count(n: u64) -> String {
    match lang() {
        Lang::En => format::count(n),
        _ => loc().integer(n),
    }
}

/// An amount with two decimals (half-even) in the language's separators.
pub(crate) fn amount(d: Decimal) -> String {
    match lang() {
        Lang::En => format::amount(d),
        _ => loc().amount(d, 2),
    }
}

/// A share as a percentage with one decimal.
pub(crate) fn percent(share: Decimal) -> String {
    match lang() {
        Lang::En => format::percent(share),
        _ => loc().percent(share),
    }
}

/// An amount for a chart label or a headline: billions from one billion, millions from one
/// million (each with two decimals of the unit, half-even), else in full; see
/// [`format::compact_amount`].
pub(crate) fn compact_amount(d: Decimal) -> String {
    if lang() == Lang::En {
        return format::compact_amount(d);
    }
    let loc = loc();
    let units = [
        (1_000_000_000u64, Msg::Billions),
        (1_000_000, Msg::Millions),
    ];
    for (size, unit) in units {
        let size = Decimal::from(size);
        if d.abs() >= size {
            if let Some(q) = d.checked_div(size) {
                return fill(unit, &[("amount", &loc.amount(q, 2))]);
            }
        }
    }
    loc.amount(d, 2)
}

/// A date: ISO 8601 in English, the language's long form otherwise.
pub(crate) fn date(d: NaiveDate) -> String {
    match lang() {
        Lang::En => d.to_string(),
        _ => loc().date(d),
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::LangScope;
    use super::*;

    #[test]
    fn english_is_the_formats_and_other_languages_their_conventions() {
        let d: Decimal = "17869520000.005".parse().unwrap();
        assert_eq!(compact_amount(d), format::compact_amount(d));
        assert_eq!(amount(d), "17,869,520,000.00");
        {
            let _fr = LangScope::enter(Lang::Fr);
            assert_eq!(amount(d), "17\u{202F}869\u{202F}520\u{202F}000,00");
            assert!(
                compact_amount(d).starts_with("17,87"),
                "{}",
                compact_amount(d)
            );
            assert_eq!(count(12_345), "12\u{202F}345");
            assert_eq!(date("2025-07-07".parse().unwrap()), "7 juillet 2025");
        }
        assert_eq!(count(12_345), "12,345");
    }
}
