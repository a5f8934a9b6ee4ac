//! Formula-injection protection for cells (OWASP "CSV injection").
//!
//! A spreadsheet program reads a cell whose text starts with `=`, `+`, `-` or `@` (or a tab or
//! carriage return, or the full-width forms `＝ ＋ － ＠`) as a formula, so a pledge titled
//! `=HYPERLINK("http://evil.example","click")` would run when its export is opened.
//!
//! - In CSV, [`neutralize`] prefixes such text with one apostrophe `'`, which spreadsheet
//!   programs read as "this is text" and do not display; [`restore`] removes exactly that
//!   apostrophe again, so the round trip is lossless. Text that already starts with
//!   apostrophes before such a character gets one more, so restoring is exact for every string.
//! - In XLSX, text cells are stored as text and never as formulas; p2c also sets the cell's
//!   "quote prefix" ([`needs_neutralizing`]), Excel's own marker for literal text, so that
//!   editing the cell does not turn it into a formula either. The stored value is unchanged.
//! - Values that are numbers (`-5`, `-1250.50`) are never changed: a spreadsheet reads them as
//!   the same number. Dates and the other cells p2c writes never start with these characters.
//!
//! Machine-to-machine exports can turn the protection off (`escape_formulas: false` in the
//! export options); a reader must then be told not to restore (`restore_formulas: false`).

use std::borrow::Cow;

use crate::model::decimal::is_decimal_text;

/// Whether a spreadsheet would start a formula at this character.
fn is_trigger(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}'
    )
}

/// Whether `s`, after any leading apostrophes, starts with a formula character and is not a
/// plain number: the text [`neutralize`] changes.
pub fn needs_neutralizing(s: &str) -> bool {
    let rest = s.trim_start_matches('\'');
    rest.chars().next().is_some_and(is_trigger) && !is_decimal_text(s)
}

/// The text to write in a CSV cell so that no spreadsheet reads it as a formula: `s` with one
/// apostrophe in front when [`needs_neutralizing`], `s` itself otherwise.
pub fn neutralize(s: &str) -> Cow<'_, str> {
    if needs_neutralizing(s) {
        let mut out = String::with_capacity(s.len() + 1);
        out.push('\'');
        out.push_str(s);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

/// Undo [`neutralize`]: remove one leading apostrophe when the text after the apostrophes
/// starts with a formula character.
pub fn restore(s: &str) -> Cow<'_, str> {
    match s.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(is_trigger) => Cow::Borrowed(rest),
        _ => Cow::Borrowed(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn owasp_triggers_are_neutralized() {
        for s in [
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "@SUM(1+1)",
            "+41 22 730 5111",
            "-x",
            "\tcmd",
            "\rcmd",
            "＝1+1",
            "＋1",
            "－1",
            "＠SUM(A1)",
            "'=already",
            "''@twice",
        ] {
            let n = neutralize(s);
            assert!(n.starts_with('\''), "{s:?}");
            assert_eq!(restore(&n), s);
        }
    }

    #[test]
    fn numbers_and_plain_text_are_unchanged() {
        for s in [
            "-5",
            "-1250.50",
            "0.3",
            "2022-06-07",
            "Orange",
            "",
            "'",
            "'plain",
        ] {
            assert_eq!(neutralize(s), s, "{s:?}");
            assert_eq!(restore(s), s, "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn restore_undoes_neutralize(s in "['=+@\\-\t\r＝＋－＠a-z0-9. ]{0,12}") {
            let n = neutralize(&s);
            prop_assert_eq!(restore(&n), s.as_str());
        }

        #[test]
        fn neutralized_text_never_starts_a_formula(s in "['=+@\\-\t\r＝＋－＠a-z0-9. ]{0,12}") {
            let n = neutralize(&s);
            let starts = n.chars().next().is_some_and(is_trigger);
            prop_assert!(!starts || is_decimal_text(&n));
        }
    }
}
