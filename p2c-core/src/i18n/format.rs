//! Numbers and dates in each language's conventions, exactly: amounts are formatted from the
//! decimal's own digits (rounded with a named strategy first), never through a float.
//!
//! The table is small and written out here rather than taken from ICU/CLDR data at run time;
//! its values are CLDR's (v46) for the language's default region with Latin digits, except
//! where a choice is noted:
//!
//! | lang | decimal | group | min. grouping | percent | date |
//! |---|---|---|---|---|---|
//! | ar | `.` | `,` | 1 | `23.5%` | `7 يونيو 2022` (Latin digits, as UN Arabic documents write them) |
//! | zh | `.` | `,` | 1 | `23.5%` | `2022年6月7日` |
//! | en | `.` | `,` | 1 | `23.5 %` (p2c's existing style) | `2022-06-07` (ISO 8601, as p2c's English output always was) |
//! | fr | `,` | U+202F | 1 | `23,5 %` (U+202F) | `7 juin 2022` |
//! | ru | `,` | U+00A0 | 1 | `23,5 %` (U+00A0) | `7 июня 2022 г.` |
//! | es | `,` | `.` | 2 (`1234` but `12.345`) | `23,5 %` (U+00A0) | `7 de junio de 2022` |

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};

use super::Lang;

/// A language's number and date conventions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conventions {
    /// The decimal separator.
    pub decimal: &'static str,
    /// The grouping (thousands) separator.
    pub group: &'static str,
    /// Integer parts with fewer digits than `3 + min_grouping` are not grouped (Spanish: 2).
    pub min_grouping: usize,
    /// What goes between a percentage and its `%` sign (`""`, a space or a no-break space).
    pub percent_gap: &'static str,
}

const NNBSP: &str = "\u{202F}";
const NBSP: &str = "\u{A0}";

impl Conventions {
    /// The conventions of `lang`.
    pub fn of(lang: Lang) -> Conventions {
        let (decimal, group, min_grouping, percent_gap) = match lang {
            Lang::Ar | Lang::Zh => (".", ",", 1, ""),
            Lang::En => (".", ",", 1, " "),
            Lang::Fr => (",", NNBSP, 1, NNBSP),
            Lang::Ru => (",", NBSP, 1, NBSP),
            Lang::Es => (",", ".", 2, NBSP),
        };
        Conventions {
            decimal,
            group,
            min_grouping,
            percent_gap,
        }
    }

    /// A decimal rounded half-even to `dp` places and written with these separators, all `dp`
    /// places shown (`1234567.891`, 2 → `1,234,567.89` in English, `1 234 567,89` in French).
    pub fn decimal(&self, value: Decimal, dp: u32) -> String {
        self.decimal_with(value, dp, true)
    }

    fn decimal_with(&self, value: Decimal, dp: u32, grouped: bool) -> String {
        let rounded = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven);
        let text = format!("{rounded:.prec$}", prec = dp as usize);
        let (sign, digits) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (int, frac) = match digits.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (digits, None),
        };
        let mut out = String::with_capacity(text.len() + 8);
        out.push_str(sign);
        if grouped {
            out.push_str(&self.group_digits(int));
        } else {
            out.push_str(int);
        }
        if let Some(frac) = frac {
            out.push_str(self.decimal);
            out.push_str(frac);
        }
        out
    }

    /// An integer with grouping separators.
    pub fn integer(&self, value: u64) -> String {
        self.group_digits(&value.to_string())
    }

    /// A fraction as a percentage with one decimal, half-even, digits not grouped (`0.2346` →
    /// `23.5 %` in English).
    pub fn percent(&self, share: Decimal) -> String {
        let pct = share.checked_mul(Decimal::ONE_HUNDRED).unwrap_or_default();
        format!("{}{}%", self.decimal_with(pct, 1, false), self.percent_gap)
    }

    fn group_digits(&self, int: &str) -> String {
        let len = int.chars().count();
        if len < 3 + self.min_grouping {
            return int.to_owned();
        }
        let mut out = String::with_capacity(len + len / 3 * self.group.len());
        for (i, ch) in int.chars().enumerate() {
            if i > 0 && len.saturating_sub(i) % 3 == 0 {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        out
    }
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
/// Russian month names in the genitive, as a date writes them (`7 июня`).
const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// A date in `lang`'s long form (ISO 8601 in English); see the module table.
pub(crate) fn date(lang: Lang, d: NaiveDate) -> String {
    let (y, m, day) = (d.year(), d.month0() as usize, d.day());
    let month = |names: &[&'static str; 12]| names.get(m).copied().unwrap_or_default();
    match lang {
        Lang::En => d.format("%Y-%m-%d").to_string(),
        Lang::Zh => format!("{y}年{}月{day}日", m + 1),
        Lang::Fr => format!("{day} {} {y}", month(&MONTHS_FR)),
        Lang::Es => format!("{day} de {} de {y}", month(&MONTHS_ES)),
        Lang::Ru => format!("{day} {} {y} г.", month(&MONTHS_RU)),
        Lang::Ar => format!("{day} {} {y}", month(&MONTHS_AR)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn amounts_are_exact_and_grouped_per_language() {
        let big = d("12345678901234567890.125");
        assert_eq!(
            Conventions::of(Lang::En).decimal(big, 2),
            "12,345,678,901,234,567,890.12"
        );
        assert_eq!(
            Conventions::of(Lang::Fr).decimal(big, 2),
            "12\u{202F}345\u{202F}678\u{202F}901\u{202F}234\u{202F}567\u{202F}890,12"
        );
        assert_eq!(Conventions::of(Lang::Es).decimal(d("1234.5"), 2), "1234,50");
        assert_eq!(
            Conventions::of(Lang::Es).decimal(d("12345.5"), 2),
            "12.345,50"
        );
        assert_eq!(
            Conventions::of(Lang::Ru).decimal(d("-5600000000"), 2),
            "-5\u{A0}600\u{A0}000\u{A0}000,00"
        );
        assert_eq!(Conventions::of(Lang::Zh).decimal(d("0.005"), 2), "0.00");
        assert_eq!(Conventions::of(Lang::Ar).decimal(d("0.015"), 2), "0.02");
        assert_eq!(Conventions::of(Lang::En).integer(1_000), "1,000");
        assert_eq!(Conventions::of(Lang::Es).integer(1_000), "1000");
        assert_eq!(Conventions::of(Lang::En).decimal(d("7"), 0), "7");
    }

    #[test]
    fn the_english_amount_is_the_dashboards() {
        // The text dashboard's format before localization (half-even to 2 places, commas).
        for (s, want) in [
            ("0", "0.00"),
            ("-0.005", "0.00"),
            ("1234567.891", "1,234,567.89"),
            ("999.995", "1,000.00"),
            ("-1000000", "-1,000,000.00"),
            (
                "79228162514264337593543950335",
                "79,228,162,514,264,337,593,543,950,335.00",
            ),
        ] {
            assert_eq!(Conventions::of(Lang::En).decimal(d(s), 2), want, "{s}");
        }
    }

    #[test]
    fn percents_and_dates() {
        assert_eq!(Conventions::of(Lang::En).percent(d("0.2346")), "23.5 %");
        assert_eq!(
            Conventions::of(Lang::Fr).percent(d("0.2346")),
            "23,5\u{202F}%"
        );
        assert_eq!(Conventions::of(Lang::Zh).percent(d("1")), "100.0%");
        let day = NaiveDate::from_ymd_opt(2022, 6, 7).unwrap();
        assert_eq!(date(Lang::En, day), "2022-06-07");
        assert_eq!(date(Lang::Fr, day), "7 juin 2022");
        assert_eq!(date(Lang::Es, day), "7 de junio de 2022");
        assert_eq!(date(Lang::Ru, day), "7 июня 2022 г.");
        assert_eq!(date(Lang::Zh, day), "2022年6月7日");
        assert_eq!(date(Lang::Ar, day), "7 يونيو 2022");
    }
}
