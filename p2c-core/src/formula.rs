//! Spreadsheet formula injection: text cells that a spreadsheet program would read as a
//! formula, made inert before they are written to a CSV or XLSX export.
//!
//! A pledge title of `=HYPERLINK("http://evil.example","click")` or a pledger named
//! `@SUM(1+1)`, written into a CSV as it is, runs as a formula when the file is opened in a
//! spreadsheet program (CSV or formula injection; OWASP, "CSV Injection"). Following OWASP's
//! recommendation, [`neutralize_formula`] prefixes such a text with a single quote (`'`), so
//! the spreadsheet shows it as text; the CSV writer also quotes every field it changed
//! ([`tables::to_csv`](crate::tables::to_csv)).
//!
//! # The rule
//!
//! A text is *formula-like* when it starts with one of `=`, `+`, `-`, `@`, a tab (U+0009), a
//! carriage return (U+000D), or the full-width forms `＝` (U+FF1D), `＋` (U+FF0B), `－` (U+FF0D),
//! `＠` (U+FF20), which some spreadsheet programs read as their ASCII forms — unless the whole
//! text is a plain decimal number (`-5`, `-0.25`: a spreadsheet reads it as that number, not a
//! formula, and an amount written as text must stay as it is). A text is neutralized when it
//! is formula-like once its leading single quotes are set aside; then one `'` is prepended.
//!
//! Prepending to a text that already starts with quotes (`'=x` becomes `''=x`) makes the
//! change reversible: [`restore_formula`] gives back the original text for every string, so a
//! reader of p2c's own exports (a CSV or XLSX import) recovers the exact value.
//!
//! Only **text** cells go through this: a typed number or date cell (an amount of `-5`, a date
//! `2024-01-01`) is a number or a date, never a formula, and is written unchanged. Turn the
//! rule off only for machine-to-machine exports that no person opens in a spreadsheet
//! ([`tables::CsvOptions::neutralize_formulas`](crate::tables::CsvOptions::neutralize_formulas)).

use std::borrow::Cow;

use crate::model::decimal::is_decimal_text;

/// Whether `c` makes a text that starts with it a formula in a spreadsheet program.
fn is_trigger(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}'
    )
}

/// Whether a text, its leading single quotes set aside, is read as a formula: the texts
/// [`neutralize_formula`] changes. An XLSX writer stores text cells as text, never as
/// formulas, and marks these with Excel's "quote prefix" so that editing the cell does not
/// turn it into a formula either.
pub fn is_formula_like(s: &str) -> bool {
    let rest = s.trim_start_matches('\'');
    rest.chars().next().is_some_and(is_trigger) && !is_decimal_text(rest)
}

/// `text` made safe for a spreadsheet text cell: prefixed with a single quote when a
/// spreadsheet program would read it as a formula (rule in the [module docs](self)), else
/// unchanged (borrowed, no allocation).
///
/// Use it for every **text** cell of a CSV or XLSX export meant for people; never for a typed
/// number or date cell. [`restore_formula`] is its exact inverse.
///
/// ```
/// use p2c_core::formula::neutralize_formula;
///
/// assert_eq!(neutralize_formula("=HYPERLINK(\"http://evil.example\",\"click\")"),
///            "'=HYPERLINK(\"http://evil.example\",\"click\")");
/// assert_eq!(neutralize_formula("@SUM(1+1)"), "'@SUM(1+1)");
/// assert_eq!(neutralize_formula("\u{FF1D}1+1"), "'\u{FF1D}1+1");
/// assert_eq!(neutralize_formula("-5"), "-5");             // a number, not a formula
/// assert_eq!(neutralize_formula("Government of Kenya"), "Government of Kenya");
/// assert_eq!(neutralize_formula("'=1"), "''=1");           // reversible
/// ```
pub fn neutralize_formula(text: &str) -> Cow<'_, str> {
    if is_formula_like(text) {
        let mut out = String::with_capacity(text.len().saturating_add(1));
        out.push('\'');
        out.push_str(text);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// The text [`neutralize_formula`] was given, from what it returned: for every string `s`,
/// `restore_formula(&neutralize_formula(s)) == s`. For readers of p2c's own exports.
///
/// ```
/// use p2c_core::formula::restore_formula;
///
/// assert_eq!(restore_formula("'@SUM(1+1)"), "@SUM(1+1)");
/// assert_eq!(restore_formula("''=1"), "'=1");
/// assert_eq!(restore_formula("'abc"), "'abc");             // never neutralized: unchanged
/// ```
pub fn restore_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if is_formula_like(cell) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_trigger_is_neutralized() {
        for c in ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'] {
            let text = format!("{c}1+1");
            assert_eq!(neutralize_formula(&text), format!("'{text}"), "{c:?}");
            assert_eq!(neutralize_formula(&c.to_string()), format!("'{c}"));
        }
        for text in [
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "=cmd|' /C calc'!A0",
            "+41 22 730 5111",
            "-2+3",
            "--5",
            "-",
            "-5.",
            "-.5",
            "-1e5",
            "@SUM(1+1)",
            "\t=1",
            "\r=1",
            "'=1",
            "''@x",
        ] {
            assert!(
                neutralize_formula(text).starts_with('\''),
                "{text:?} must be neutralized"
            );
        }
    }

    #[test]
    fn numbers_and_plain_text_are_unchanged() {
        for text in [
            "-5",
            "-0.25",
            "5",
            "2024-01-01",
            "",
            "'",
            "'abc",
            "'-5",
            "Government of Kenya",
            " =1",
            "\n=1",
            "a=1",
            "<script>alert(1)</script>",
            "\u{202E}gnp.exe",
        ] {
            assert!(
                matches!(neutralize_formula(text), Cow::Borrowed(t) if t == text),
                "{text:?} must be unchanged"
            );
        }
    }

    proptest! {
        /// The change is exactly reversible, only ever prepends one quote, and a neutralized
        /// text (or an unchanged one) never starts with a trigger unless it is a number.
        #[test]
        fn neutralizing_is_reversible_and_safe(s in "['=+@\\-\t\r＝＋－＠0-9.a ]{0,8}|\\PC{0,12}") {
            let n = neutralize_formula(&s);
            prop_assert_eq!(restore_formula(&n), s.as_str());
            prop_assert!(n.len() == s.len() || (n.len() == s.len() + 1 && n.starts_with('\'')));
            if n.chars().next().is_some_and(is_trigger) {
                prop_assert!(is_decimal_text(&n));
            }
            // Neutralizing twice changes it again, and undoing twice gives the original.
            let twice = neutralize_formula(&n);
            prop_assert_eq!(restore_formula(restore_formula(&twice)), s.as_str());
        }
    }
}
