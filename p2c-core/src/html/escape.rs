//! Escaping and bounding of every string a page shows.
//!
//! One function writes text into a page, for element content and for double-quoted attribute
//! values alike ([`escape_into`]):
//!
//! - `&`, `<`, `>`, `"` and `'` become character references, so no string can open a tag, close
//!   an attribute or start an entity;
//! - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and other
//!   control characters (C0 but tab and line feed, DEL, C1) are shown as a visible `[U+202E]`:
//!   they can neither reorder the text around them nor hide in it, and a reader sees where
//!   the record has one (validation reports them as `text.bidi_control` and
//!   `text.control_character`);
//! - a string from the data longer than [`MAX_CHARS`] characters is cut after that many and
//!   followed by a note giving its full length (see [`truncate`]).

/// The longest string from the data a page shows, in characters (Unicode scalar values). Longer
/// strings are cut after this many and followed by "… [truncated: N characters in all]". Real
/// pledge titles and names are under 200 characters; issue messages quote values in full only
/// up to this bound.
pub const MAX_CHARS: usize = 1_000;

/// Whether `c` is shown as a visible code point instead of itself.
fn is_shown_as_code(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && c != '\n' && c != '\t')
}

/// Append `s` to `out`, escaped for element content and for double-quoted attribute values.
pub(crate) fn escape_into(out: &mut String, s: &str) {
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            c if is_shown_as_code(c) => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        if replacement.is_empty() {
            out.push_str(&format!("[U+{:04X}]", u32::from(c)));
        } else {
            out.push_str(replacement);
        }
        start = i.saturating_add(c.len_utf8());
    }
    out.push_str(s.get(start..).unwrap_or_default());
}

/// `s` escaped (see [`escape_into`]).
#[cfg(test)]
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// `s` cut to at most `max` characters: `(shown, None)` when it fits, else the first `max`
/// characters and the full length in characters.
pub(crate) fn truncate(s: &str, max: usize) -> (&str, Option<usize>) {
    match s.char_indices().nth(max) {
        None => (s, None),
        Some((cut, _)) => (s.get(..cut).unwrap_or_default(), Some(s.chars().count())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn markup_characters_become_references() {
        assert_eq!(
            escape(r#"<script>alert('x')</script> & "q""#),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(
            escape(r#""><img src=x onerror=alert(1)>"#),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(escape("plain é 中文 😀"), "plain é 中文 😀");
    }

    #[test]
    fn bidi_and_control_characters_are_shown_as_code_points() {
        assert_eq!(escape("Good\u{202E}evil"), "Good[U+202E]evil");
        assert_eq!(escape("\u{2066}x\u{2069}"), "[U+2066]x[U+2069]");
        assert_eq!(
            escape("a\u{0}b\u{7f}c\u{85}"),
            "a[U+0000]b[U+007F]c[U+0085]"
        );
        assert_eq!(escape("line\nnext\ttab"), "line\nnext\ttab");
        // joiners are part of scripts and emoji; they are kept
        assert_eq!(escape("\u{200D}"), "\u{200D}");
    }

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate("abc", 3), ("abc", None));
        assert_eq!(truncate("abcd", 3), ("abc", Some(4)));
        assert_eq!(truncate("ééé€", 2), ("éé", Some(4)));
        assert_eq!(truncate("", 0), ("", None));
    }

    proptest! {
        /// Whatever the string, its escaped form holds no character that could start or end
        /// markup, and unescaping gives the string back (bidi and control characters aside).
        #[test]
        fn no_markup_character_survives(s in any::<String>()) {
            let e = escape(&s);
            prop_assert!(!e.contains('<') && !e.contains('>'));
            prop_assert!(!e.contains('"') && !e.contains('\''));
            // every & starts one of the references this module writes
            for (i, _) in e.match_indices('&') {
                let rest = &e[i..];
                prop_assert!(
                    ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|r| rest.starts_with(r)),
                    "{rest:?}"
                );
            }
            prop_assert!(!e.chars().any(is_shown_as_code));
            if !s.chars().any(is_shown_as_code) {
                let back = e
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&");
                prop_assert_eq!(back, s);
            }
        }

        #[test]
        fn truncation_keeps_a_prefix(s in any::<String>(), max in 0usize..40) {
            let (shown, full) = truncate(&s, max);
            prop_assert!(s.starts_with(shown));
            prop_assert!(shown.chars().count() <= max);
            match full {
                None => prop_assert_eq!(shown, s.as_str()),
                Some(n) => prop_assert_eq!(n, s.chars().count()),
            }
        }
    }
}
