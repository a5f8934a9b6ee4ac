//! A strict reader of the pages `p2c_core::html` writes: every tag and attribute must be one
//! the renderer writes itself, every attribute value double-quoted, no comment, no character
//! reference other than the five the escaper writes, links only to anchors in the page, and
//! the one style sheet and one script must be exactly those the page's CSP hashes allow.
//! A string from the data that became markup fails one of these checks.

use sha2::{Digest, Sha256};

const TAGS: &[&str] = &[
    "bdi",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "footer",
    "main",
    "section",
    "div",
    "h1",
    "h2",
    "h3",
    "p",
    "a",
    "ul",
    "li",
    "span",
    "strong",
    "code",
    "br",
    "figure",
    "figcaption",
    "details",
    "summary",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "dl",
    "dt",
    "dd",
    "svg",
    "rect",
    "script",
];

const ATTRS: &[&str] = &[
    "lang",
    "dir",
    "charset",
    "http-equiv",
    "content",
    "name",
    "class",
    "id",
    "href",
    "role",
    "aria-label",
    "aria-labelledby",
    "aria-hidden",
    "focusable",
    "viewbox",
    "preserveaspectratio",
    "width",
    "height",
    "x",
    "rx",
    "fill",
    "opacity",
    "scope",
];

const VOID: &[&str] = &["meta", "br"];

fn b64(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = (u32::from(c[0]) << 16)
            | (u32::from(*c.get(1).unwrap_or(&0)) << 8)
            | u32::from(*c.get(2).unwrap_or(&0));
        out.push(A[(n >> 18) as usize & 63] as char);
        out.push(A[(n >> 12) as usize & 63] as char);
        out.push(if c.len() > 1 {
            A[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if c.len() > 2 {
            A[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

/// The CSP source expression for an inline text.
pub(crate) fn sha256_source(text: &str) -> String {
    format!("'sha256-{}'", b64(&Sha256::digest(text.as_bytes())))
}

/// What a page holds, when it passes; an error naming the first offence otherwise.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Start tags by name, in order.
    pub tags: Vec<String>,
    /// The Content-Security-Policy.
    pub csp: String,
    /// The text between tags, with character references as written.
    pub text: String,
}

pub(crate) fn scan(page: &str) -> Result<Scan, String> {
    let mut s = Scan::default();
    let mut rest = page.strip_prefix("<!DOCTYPE html>\n").ok_or("no doctype")?;
    let mut raw_texts: Vec<(String, String)> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..lt];
        check_text(text)?;
        s.text.push_str(text);
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        let gt = rest.find('>').ok_or("unclosed tag")?;
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().ok_or_else(|| format!("stray </{name}>"))?;
            if open != name {
                return Err(format!("</{name}> closes <{open}>"));
            }
            continue;
        }
        let (name, attrs) = tag.split_once(' ').unwrap_or((tag, ""));
        if !TAGS.contains(&name) {
            return Err(format!("foreign tag <{name}>"));
        }
        s.tags.push(name.to_owned());
        let mut a = attrs;
        loop {
            a = a.trim_start_matches(' ');
            if a.is_empty() {
                break;
            }
            let eq = a
                .find("=\"")
                .ok_or_else(|| format!("unquoted attribute in <{name} {attrs}>"))?;
            let attr = &a[..eq];
            let after = &a[eq + 2..];
            let end = after.find('"').ok_or("unterminated attribute")?;
            let value = &after[..end];
            a = &after[end + 1..];
            let lower = attr.to_ascii_lowercase();
            if !(ATTRS.contains(&lower.as_str()) || lower.starts_with("data-")) {
                return Err(format!("foreign attribute {attr} on <{name}>"));
            }
            if lower.starts_with("on") || lower == "src" || lower == "style" {
                return Err(format!("active attribute {attr}"));
            }
            check_text(value)?;
            if lower == "href" && !value.starts_with('#') {
                return Err(format!("link out of the page: {value}"));
            }
            if lower == "http-equiv" && value == "Content-Security-Policy" {
                s.csp = String::from("pending");
            } else if lower == "content" && s.csp == "pending" {
                s.csp = value.replace("&#39;", "'");
            }
        }
        if name == "script" || name == "style" {
            let close = format!("</{name}>");
            let end = rest.find(&close).ok_or("unclosed raw text")?;
            raw_texts.push((name.to_owned(), rest[..end].to_owned()));
            rest = &rest[end + close.len()..];
            continue;
        }
        if !VOID.contains(&name) {
            stack.push(name.to_owned());
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements {stack:?}"));
    }
    let styles: Vec<&(String, String)> = raw_texts.iter().filter(|(n, _)| n == "style").collect();
    let scripts: Vec<&(String, String)> = raw_texts.iter().filter(|(n, _)| n == "script").collect();
    if styles.len() != 1 || scripts.len() != 1 {
        return Err(format!(
            "{} style sheets and {} scripts",
            styles.len(),
            scripts.len()
        ));
    }
    let want = format!(
        "default-src 'none'; style-src {}; script-src {};",
        sha256_source(&styles[0].1),
        sha256_source(&scripts[0].1)
    );
    if !s.csp.starts_with(&want) {
        return Err(format!("CSP `{}` does not start with `{want}`", s.csp));
    }
    if s.csp.contains("unsafe") {
        return Err("CSP allows unsafe sources".into());
    }
    Ok(s)
}

/// Text or an attribute value: no `>` or `"`, and `&` only in the escaper's five references.
fn check_text(t: &str) -> Result<(), String> {
    if t.contains('>') || t.contains('"') {
        return Err(format!(
            "markup character in text: {}",
            &t[..t.len().min(80)]
        ));
    }
    for (i, _) in t.match_indices('&') {
        let r = &t[i..];
        if !["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
            .iter()
            .any(|e| r.starts_with(e))
        {
            return Err(format!("character reference {}", &r[..r.len().min(12)]));
        }
    }
    Ok(())
}

/// A string as the page must show it: escaped, bidi and control characters as `[U+XXXX]`.
pub(crate) fn escaped(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\u{061C}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => out.push_str(&format!("[U+{:04X}]", c as u32)),
            c if c.is_control() && c != '\n' && c != '\t' => {
                out.push_str(&format!("[U+{:04X}]", c as u32))
            }
            c => out.push(c),
        }
    }
    out
}
