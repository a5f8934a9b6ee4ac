//! Identity and text rules: ids, texts (empty after trimming, too long, control and bidi
//! characters), the contact email, link URLs, duplicate pledgers, self relations.
//!
//! Length limits (in characters): ids 100; title, names and link titles 300; the rate source
//! 500; description, notes and narratives 20,000; URLs 2,048; emails 254 (RFC 5321's path
//! limit). Line breaks and tabs are allowed only in the long texts.

use super::super::partial::{PEntity, PPledge};
use super::super::pointer::{ptr, Seg, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};

/// The rules of a text field.
#[derive(Clone, Copy)]
pub(crate) struct TextRule {
    required: bool,
    max_chars: usize,
    multiline: bool,
    is_id: bool,
}

const ID: TextRule = TextRule {
    required: true,
    max_chars: 100,
    multiline: false,
    is_id: true,
};
const OPT_ID: TextRule = TextRule {
    required: false,
    ..ID
};
const SHORT: TextRule = TextRule {
    required: true,
    max_chars: 300,
    multiline: false,
    is_id: false,
};
const OPT_SHORT: TextRule = TextRule {
    required: false,
    ..SHORT
};
const LONG: TextRule = TextRule {
    required: false,
    max_chars: 20_000,
    multiline: true,
    is_id: false,
};
const SOURCE: TextRule = TextRule {
    max_chars: 500,
    ..SHORT
};
const URL: TextRule = TextRule {
    max_chars: 2048,
    ..SHORT
};
const EMAIL: TextRule = TextRule {
    max_chars: 254,
    ..SHORT
};

/// Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':' | '/')
}

/// Check one text; returns whether it is clean (non-empty, no control or bidi characters).
/// One pass over the characters finds every problem.
pub(crate) fn check_text(text: &str, rule: TextRule, path: &[Seg<'_>], sink: &mut Sink) -> bool {
    let scan = if text.is_ascii() {
        scan_ascii(text.as_bytes(), rule)
    } else {
        scan_chars(text, rule)
    };
    report_text(text, rule, scan, path, sink)
}

/// What one pass over a text found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TextScan {
    chars: usize,
    blank: bool,
    control: Option<char>,
    bidi: Option<char>,
    id_chars: bool,
}

/// The general scan, char by char.
fn scan_chars(text: &str, rule: TextRule) -> TextScan {
    let mut chars = 0usize;
    let mut blank = true;
    let mut control = None;
    let mut bidi = None;
    let mut id_chars = true;
    for c in text.chars() {
        chars = chars.saturating_add(1);
        blank &= c.is_whitespace();
        if control.is_none()
            && c.is_control()
            && !(rule.multiline && matches!(c, '\n' | '\r' | '\t'))
        {
            control = Some(c);
        }
        if bidi.is_none() && is_bidi_control(c) {
            bidi = Some(c);
        }
        id_chars &= is_id_char(c);
    }
    TextScan {
        chars,
        blank,
        control,
        bidi,
        id_chars,
    }
}

/// The same scan for an ASCII text (most of them): one char per byte, no bidi controls;
/// whitespace is U+0009–U+000D and space, controls U+0000–U+001F and U+007F (what
/// `char::is_whitespace` and `char::is_control` say for ASCII).
///
/// Written as branch-free folds over the bytes, which the compiler vectorises: the common
/// clean text is checked 16 or 32 bytes at a time, and only a text that has a control
/// character is walked again to find the first one that counts.
fn scan_ascii(bytes: &[u8], rule: TextRule) -> TextScan {
    // Stops at the first non-blank byte: almost always the first.
    let blank = bytes.iter().all(|&b| matches!(b, b'\t'..=b'\r' | b' '));
    let (any_control, id_chars) = bytes.iter().fold((false, true), |(control, id), &b| {
        (control | (b < 0x20) | (b == 0x7F), id & is_id_byte(b))
    });
    let control = if any_control {
        bytes
            .iter()
            .copied()
            .find(|&b| {
                (b < 0x20 || b == 0x7F) && !(rule.multiline && matches!(b, b'\n' | b'\r' | b'\t'))
            })
            .map(char::from)
    } else {
        None
    };
    TextScan {
        chars: bytes.len(),
        blank,
        control,
        bidi: None,
        id_chars,
    }
}

/// [`is_id_char`] for one ASCII byte, without branches: letters, digits and `-_.:/`.
fn is_id_byte(b: u8) -> bool {
    let lower = b | 0x20;
    (lower.wrapping_sub(b'a') < 26)
        | (b.wrapping_sub(b'0') < 10)
        | (b == b'-')
        | (b == b'_')
        | (b == b'.')
        | (b == b':')
        | (b == b'/')
}

/// Emit the issues of a scanned text; returns whether it is clean.
fn report_text(
    text: &str,
    rule: TextRule,
    scan: TextScan,
    path: &[Seg<'_>],
    sink: &mut Sink,
) -> bool {
    let TextScan {
        chars,
        blank,
        control,
        bidi,
        id_chars,
    } = scan;
    if blank {
        let (code, msg) = if rule.required {
            (Code::TextEmpty, "the text is empty")
        } else {
            (
                Code::TextBlank,
                "the text is blank; fill it in or leave the field out",
            )
        };
        let params = sink.params();
        sink.emit(code, ptr(path), msg.into(), params);
        return false;
    }
    if chars > rule.max_chars {
        let params = sink
            .params()
            .set("max", rule.max_chars)
            .set("actual", chars);
        let msg = format!(
            "the text has {chars} characters; at most {} are allowed",
            rule.max_chars
        );
        sink.emit(Code::TextTooLong, ptr(path), msg, params);
    }
    if let Some(c) = control {
        let params = sink
            .params()
            .set("codePoint", format!("U+{:04X}", u32::from(c)));
        let msg = format!(
            "the text contains the control character U+{:04X}",
            u32::from(c)
        );
        sink.emit(Code::TextControlCharacter, ptr(path), msg, params);
    }
    if let Some(c) = bidi {
        let params = sink
            .params()
            .set("codePoint", format!("U+{:04X}", u32::from(c)));
        let msg = format!(
            "the text contains the bidirectional control character U+{:04X}",
            u32::from(c)
        );
        sink.emit(Code::TextBidiControl, ptr(path), msg, params);
    }
    let clean = control.is_none() && bidi.is_none();
    if rule.is_id && clean && !id_chars {
        let params = sink.params().user("value", text);
        let msg = format!(
            "the identifier {} contains characters other than letters, digits and `-_.:/`",
            sink.quote(text)
        );
        sink.emit(Code::IdentityUnusualId, ptr(path), msg, params);
    }
    clean
}

fn opt_text(text: Option<&str>, rule: TextRule, path: &[Seg<'_>], sink: &mut Sink) {
    if let Some(t) = text {
        check_text(t, rule, path, sink);
    }
}

/// Whether an email address has the plain shape `local@domain.tld`.
pub(crate) fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.chars().count() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !is_email_special(c));
    // At least two labels (so at least one dot), no allocation for the list of labels.
    let domain_ok = domain.contains('.')
        && domain.split('.').all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && domain
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    local_ok && domain_ok
}

/// The characters `<>()[],;:\"@`, which a plain local part does not have (a `match`, not a
/// substring search per character).
fn is_email_special(c: char) -> bool {
    matches!(
        c,
        '<' | '>' | '(' | ')' | '[' | ']' | ',' | ';' | ':' | '\\' | '"' | '@'
    )
}

/// Whether a URL is an absolute http(s) URL with a plausible host.
pub(crate) fn is_web_url(s: &str) -> bool {
    let lower = s.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        s.get(8..)
    } else if lower.starts_with("http://") {
        s.get(7..)
    } else {
        None
    };
    let Some(rest) = rest else { return false };
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if let Some(bracketed) = host_port.strip_prefix('[') {
        // An IPv6 literal, optionally with a port.
        return match bracketed.split_once(']') {
            Some((h, rest)) => {
                !h.is_empty() && (rest.is_empty() || rest.strip_prefix(':').is_some_and(digits))
            }
            None => false,
        };
    }
    let host = match host_port.split_once(':') {
        Some((h, port)) if digits(port) => h,
        Some(_) => return false,
        None => host_port,
    };
    host == "localhost"
        || (host.contains('.')
            && host
                .split('.')
                .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-')))
}

/// `partner`: the partner's index, or `None` for the lead.
fn entity(e: &PEntity<'_>, partner: Option<usize>, sink: &mut Sink) {
    let path = |field| match partner {
        None => vec![K("pledgers"), K("lead"), K(field)],
        Some(i) => vec![K("pledgers"), K("partners"), I(i), K(field)],
    };
    // Paths are built only when a text has a problem, so the common case allocates nothing.
    if let Some(id) = e.id {
        check_text_lazy(id, OPT_ID, || path("id"), sink);
    }
    if let Some(name) = e.name {
        check_text_lazy(name, SHORT, || path("name"), sink);
    }
}

/// [`check_text`] with a path built only when needed.
fn check_text_lazy<'p>(
    text: &str,
    rule: TextRule,
    path: impl FnOnce() -> Vec<Seg<'p>>,
    sink: &mut Sink,
) -> bool {
    let mut scratch = Sink {
        issues: Vec::new(),
        redact: sink.redact,
    };
    let clean = check_text(text, rule, &[], &mut scratch);
    if !scratch.issues.is_empty() {
        let prefix = ptr(&path());
        for mut issue in scratch.issues {
            issue.path.insert_str(0, &prefix);
            sink.issues.push(issue);
        }
    }
    clean
}

/// The identity of an entity for duplicate detection: its id, or its trimmed case-folded name
/// and headquarters (as [`crate::model::Entity::identity_key`]).
pub(crate) fn entity_key(e: &PEntity<'_>) -> Option<String> {
    if let Some(id) = e.id {
        return Some(format!("id:{id}"));
    }
    let name = e.name?;
    let hq = e.headquarters?;
    let hq = hq.as_str();
    Some(format!("name:{}|{}", name.trim().to_lowercase(), hq))
}

pub(crate) fn run(p: &PPledge<'_>, sink: &mut Sink) {
    if let Some(id) = p.id {
        check_text(id, ID, &[K("id")], sink);
    }
    if let Some(t) = p.title {
        check_text(t, SHORT, &[K("title")], sink);
    }
    opt_text(p.description, LONG, &[K("description")], sink);
    opt_text(p.notes, LONG, &[K("notes")], sink);
    for (i, link) in p.links.valid().into_iter().flatten().enumerate() {
        let Some(link) = link else { continue };
        if let Some(url) = link.url {
            let path = [K("links"), I(i), K("url")];
            if check_text(url, URL, &path, sink) && !is_web_url(url) {
                let params = sink.params().user("value", url);
                let msg = format!("{} is not an http or https URL", sink.quote(url));
                sink.emit(Code::IdentityMalformedUrl, ptr(&path), msg, params);
            }
        }
        opt_text(link.title, OPT_SHORT, &[K("links"), I(i), K("title")], sink);
    }
    // Pledgers: texts, then duplicates.
    let mut keys: Vec<(Option<String>, Vec<Seg<'_>>)> = Vec::new();
    let has_partners = p.partners.valid().is_some_and(|v| !v.is_empty());
    if let Some(lead) = &p.lead {
        entity(lead, None, sink);
        if has_partners {
            keys.push((entity_key(lead), vec![K("pledgers"), K("lead")]));
        }
    }
    for (i, partner) in p.partners.valid().into_iter().flatten().enumerate() {
        let Some(partner) = partner else { continue };
        let base = [K("pledgers"), K("partners"), I(i)];
        entity(partner, Some(i), sink);
        let key = entity_key(partner);
        if let Some(k) = &key {
            if let Some((_, first)) = keys.iter().find(|(other, _)| other.as_ref() == Some(k)) {
                let params = sink.params().set("duplicateOf", ptr(first));
                let msg = format!("this entity is already listed at `{}`", ptr(first));
                sink.emit(Code::IdentityDuplicatePartner, ptr(&base), msg, params);
            }
        }
        keys.push((key, base.to_vec()));
    }
    if let Some(c) = &p.contact {
        if let Some(name) = c.name {
            check_text(name, SHORT, &[K("contact"), K("name")], sink);
        }
        if let Some(email) = c.email {
            let path = [K("contact"), K("email")];
            if check_text(email, EMAIL, &path, sink) && !is_email(email.trim()) {
                let params = sink.params().user("value", email);
                let msg = format!("{} is not an email address", sink.quote(email));
                sink.emit(Code::IdentityMalformedEmail, ptr(&path), msg, params);
            }
        }
    }
    if let Some(rate) = p
        .financial_value
        .valid()
        .and_then(|v| v.explicit_rate.as_ref())
    {
        opt_text(
            rate.source,
            SOURCE,
            &[K("financialValue"), K("explicitRate"), K("source")],
            sink,
        );
    }
    for (i, r) in p.progress_reports.valid().into_iter().flatten().enumerate() {
        if let Some(r) = r {
            opt_text(
                r.narrative,
                LONG,
                &[K("progressReports"), I(i), K("narrative")],
                sink,
            );
        }
    }
    for (i, r) in p.relations.valid().into_iter().flatten().enumerate() {
        let Some(r) = r else { continue };
        let Some(other) = r.pledge else { continue };
        let path = [K("relations"), I(i), K("pledge")];
        if check_text(other, ID, &path, sink) && Some(other) == p.id {
            let params = sink.params();
            sink.emit(
                Code::IdentitySelfRelation,
                ptr(&path),
                "the relation points to the pledge itself".into(),
                params,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        for ok in ["a@b.org", "first.last+tag@itu.int", "x@sub.example.co.ke"] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "a@b",
            "@b.org",
            "a@@b.org",
            "a b@c.org",
            "<a@b.org>",
            "a@b..org",
            "a@-b.org",
            "a@b.o",
            "a.@b.org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    /// `is_email` as it was written before the allocation-free rewrite, kept as the reference.
    fn is_email_reference(s: &str) -> bool {
        let Some((local, domain)) = s.split_once('@') else {
            return false;
        };
        let local_ok = !local.is_empty()
            && local.chars().count() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && !"<>()[],;:\\\"@".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| {
                tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
            });
        local_ok && domain_ok
    }

    #[test]
    fn email_rewrite_matches_the_reference() {
        // Every character of a small alphabet (the specials, dots, hyphens, letters, digits,
        // space, a control and non-ASCII) in every position of a few shapes of address.
        let alphabet = "<>()[],;:\\\"@.-aZ9 \u{1}é";
        let mut n = 0;
        for shape in ["ab@cd.ef", "a.b@c.de.fg", "x@y.zz", "ab@cd", "a@b.c"] {
            for i in 0..shape.len() {
                for c in alphabet.chars() {
                    for insert in [false, true] {
                        let mut s = shape.to_owned();
                        if insert {
                            s.insert(i, c);
                        } else {
                            s.replace_range(i..i + 1, c.encode_utf8(&mut [0; 4]));
                        }
                        assert_eq!(is_email(&s), is_email_reference(&s), "{s:?}");
                        n += usize::from(is_email(&s));
                    }
                }
            }
        }
        assert!(n > 20, "{n}");
    }

    #[test]
    fn urls() {
        for ok in [
            "https://www.itu.int/p2c",
            "http://example.org:8080/x?y#z",
            "HTTPS://ITU.INT",
            "https://[::1]/",
        ] {
            assert!(is_web_url(ok), "{ok}");
        }
        for bad in [
            "www.itu.int",
            "ftp://itu.int",
            "https://",
            "https://itu",
            "https://itu .int",
            "javascript:alert(1)",
            "https://itu.int:port/",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    /// The ASCII fast path agrees with the char-by-char scan: every ASCII byte alone, between
    /// letters, and as a whole text of it, under the rules that differ (multiline or not).
    #[test]
    fn ascii_scan_agrees_with_the_char_scan() {
        let mut texts: Vec<String> = Vec::new();
        for b in 0u8..0x80 {
            let c = char::from(b);
            texts.push(c.to_string());
            texts.push(format!("a{c}b"));
            texts.push(format!("{c}{c}{c}"));
            texts.push(format!(" {c} "));
        }
        texts.extend(
            [
                "",
                "   ",
                " \t\n",
                "\u{b}",
                "P2C-2024_01.a:b/c",
                "Kenya: A Digitally Transformed Nation",
            ]
            .map(String::from),
        );
        let mut checked = 0;
        for rule in [ID, SHORT, LONG, EMAIL] {
            for t in &texts {
                assert!(t.is_ascii());
                assert_eq!(scan_ascii(t.as_bytes(), rule), scan_chars(t, rule), "{t:?}");
                checked += 1;
            }
        }
        // The scan finds what it should (hand-checked): a tab is a control in a short text,
        // allowed in a long one; U+000B is whitespace and a control in both.
        assert_eq!(scan_ascii(b"a\tb", SHORT).control, Some('\t'));
        assert_eq!(scan_ascii(b"a\tb", LONG).control, None);
        let vt = scan_ascii(b"\x0b", LONG);
        assert!(vt.blank && vt.control == Some('\u{b}'));
        assert!(checked > 2000);
    }
}
