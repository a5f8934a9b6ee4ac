//! Fragments: a page of this module made fit to sit inside another page (a notebook's output
//! cell, a web team's own template), where a whole document cannot go.
//!
//! A page is turned into a fragment after it is written, so that there is one renderer: the
//! fragment is the page's body (header, sections, footer) in one `<div class="p2c-embed">`
//! carrying the page's `lang` and `dir`, with the page's style sheet scoped to that element
//! (every selector under `.p2c-embed`; `:root`, `html` and `body` become the element itself;
//! `@page` is left out) so that it styles nothing of the host page. What a fragment has not:
//! the doctype, the head with its Content-Security-Policy (a policy in a body is ignored: the
//! host page's own policy applies) and the sorting script (a host may not run it; tables keep
//! their documented order). Escaping is the page's: the fragment adds no text of the data.
//! Element ids (and the `aria-labelledby` and `href="#…"` that point at them) get a prefix
//! made from the page's hash, so that two reports in one notebook do not share ids.
//!
//! Finding the body is safe because of how pages are written: no `<` from the data ever
//! reaches the markup (see [`super::escape`]), so the page's own `<body>`, `<script>` and
//! `<html` tags are the only ones.

use super::page::CSS;

/// The class of a fragment's root element, the scope of its style sheet.
pub const EMBED_CLASS: &str = "p2c-embed";

/// A page of this module ([`crate::aggregate::Summary::render_html`],
/// [`crate::aggregate::CountryProfile::render_html`], [`crate::validate::Report::render_html`],
/// [`crate::validate::Report::render_batch_html`]) as a fragment to embed in another page (see
/// the module docs). Text that is not such a page gives `None`.
pub fn fragment(page: &str) -> Option<String> {
    let html_at = page.find("<html")?;
    let html_attrs_end = page.get(html_at..)?.find('>')?.checked_add(html_at)?;
    let attrs = page.get(html_at.checked_add(5)?..html_attrs_end)?;
    let body_tag = "<body>\n";
    let body = page.find(body_tag)?.checked_add(body_tag.len())?;
    let script = page.rfind("<script>")?;
    let inner = prefix_ids(page.get(body..script)?, &id_prefix(page));
    let css = format!("{RESET}{}", scoped_css(CSS, SCOPE));
    let mut out = String::with_capacity(inner.len().saturating_add(css.len()).saturating_add(96));
    out.push_str("<div class=\"");
    out.push_str(EMBED_CLASS);
    out.push('"');
    out.push_str(attrs);
    out.push_str(">\n<style>");
    out.push_str(&css);
    out.push_str("</style>\n");
    out.push_str(&inner);
    out.push_str("</div>\n");
    Some(out)
}

/// `p2c-` and the first 8 hex digits of the page's SHA-256, then `-`: the same page gives the
/// same prefix (fragments stay deterministic), two pages two prefixes.
fn id_prefix(page: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(page.as_bytes());
    let hex: String = digest.iter().take(4).map(|b| format!("{b:02x}")).collect();
    format!("p2c-{hex}-")
}

/// `markup` with `prefix` before every element id and every reference to one (`id="…"`,
/// `aria-labelledby="…"`, `href="#…"`). The renderer writes these attributes itself, and no
/// string from the data can write them (a `"` from the data is always `&quot;`).
fn prefix_ids(markup: &str, prefix: &str) -> String {
    markup
        .replace(" id=\"", &format!(" id=\"{prefix}"))
        .replace(
            " aria-labelledby=\"",
            &format!(" aria-labelledby=\"{prefix}"),
        )
        .replace(" href=\"#", &format!(" href=\"#{prefix}"))
}

/// The scope of the fragment's own rules: the root's class four times over, so that they
/// outweigh the host page's rules on the same elements (a notebook's `.jp-RenderedHTMLCommon
/// tbody tr:nth-child(odd)` weighs two classes and two elements) and [`RESET`] (three).
const SCOPE: &str = ".p2c-embed.p2c-embed.p2c-embed.p2c-embed";

/// What a host page's styles commonly set on headings, tables and lists that the report's own
/// style sheet leaves to the browser's defaults (a heading's colour, striped or right-aligned
/// table rows, a fixed table layout), put back, inside the fragment only. Weighs more than the
/// host's rules and less than the report's (see [`SCOPE`]); `:where` adds no weight.
const RESET: &str = ".p2c-embed.p2c-embed.p2c-embed :where(table,thead,tbody,tr,th,td,h1,h2,h3,p,ul,li,dl,dt,dd,code,summary,figure,section,header,footer,main){color:inherit;background:transparent;border:0 none;box-shadow:none;text-shadow:none;text-transform:none;letter-spacing:normal;table-layout:auto;max-width:none;line-height:inherit;font-family:inherit;font-style:normal;text-align:inherit;white-space:inherit}\n.p2c-embed.p2c-embed.p2c-embed :where(li,dd){margin:0}\n";

/// `css` with every rule scoped under the selector `scope` (such as `.x`): `:root`, `html`,
/// `body` (and `*` for the root itself) name the scope element, any other selector a
/// descendant; rules inside `@media` are scoped the same way and `@page` is left
/// out. Written for this module's style sheet (no strings or comments holding braces).
pub(crate) fn scoped_css(css: &str, scope: &str) -> String {
    let mut out = String::with_capacity(css.len().saturating_mul(2));
    scope_block(css, scope, &mut out);
    out
}

/// Scope the rules of one block (the whole sheet or an `@media` body) into `out`.
fn scope_block(mut rest: &str, scope: &str, out: &mut String) {
    loop {
        let Some(open) = rest.find('{') else {
            return;
        };
        let (prelude, after) = rest.split_at(open);
        let prelude = prelude.trim();
        let after = after.get(1..).unwrap_or_default();
        if prelude.starts_with('@') {
            let Some(close) = matching_close(after) else {
                return;
            };
            let body = after.get(..close).unwrap_or_default();
            rest = after.get(close.saturating_add(1)..).unwrap_or_default();
            if prelude.starts_with("@media") {
                out.push_str(prelude);
                out.push('{');
                scope_block(body, scope, out);
                out.push_str("}\n");
            }
            // `@page` (and any other at-rule) applies to the host document: left out.
            continue;
        }
        let Some(close) = after.find('}') else {
            return;
        };
        let declarations = after.get(..close).unwrap_or_default();
        rest = after.get(close.saturating_add(1)..).unwrap_or_default();
        let selectors: Vec<String> = prelude
            .split(',')
            .map(|s| scope_selector(s.trim(), scope))
            .collect();
        out.push_str(&selectors.join(","));
        out.push('{');
        out.push_str(declarations);
        out.push_str("}\n");
    }
}

/// The offset of the `}` that closes a block whose `{` was just read (nested blocks counted).
fn matching_close(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth = depth.saturating_add(1),
            '}' if depth == 0 => return Some(i),
            '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// One selector under the scope.
fn scope_selector(selector: &str, scope: &str) -> String {
    for root in [":root", "html", "body"] {
        if let Some(tail) = selector.strip_prefix(root) {
            if tail.is_empty() || tail.starts_with([' ', '.', ':', '[']) {
                return format!("{scope}{tail}");
            }
        }
    }
    if selector == "*" {
        return format!("{scope},{scope} *");
    }
    format!("{scope} {selector}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_scoped() {
        let css = scoped_css(CSS, SCOPE);
        let mut rest = css.as_str();
        let mut rules = 0;
        while let Some(open) = rest.find('{') {
            let prelude = rest.get(..open).unwrap_or_default().trim();
            let prelude = prelude.rsplit('}').next().unwrap_or_default().trim();
            rest = rest.get(open + 1..).unwrap_or_default();
            if prelude.starts_with("@media") {
                continue;
            }
            assert!(!prelude.starts_with('@'), "{prelude}");
            for sel in prelude.split(',') {
                assert!(sel.starts_with(SCOPE), "{sel:?}");
            }
            rules += 1;
        }
        assert!(rules > 50, "{rules}");
        assert_eq!(css.matches('{').count(), css.matches('}').count());
        for gone in [":root", "@page", "body{", "html{"] {
            assert!(!css.contains(gone), "{gone}");
        }
    }

    #[test]
    fn selectors() {
        assert_eq!(scope_selector(":root", ".s"), ".s");
        assert_eq!(scope_selector("body", ".s"), ".s");
        assert_eq!(scope_selector("*", ".s"), ".s,.s *");
        assert_eq!(scope_selector("header.top h1", ".s"), ".s header.top h1");
        assert_eq!(scope_selector("bodyx", ".s"), ".s bodyx");
        assert_eq!(
            scope_selector("th[aria-sort=ascending] button.sort::after", ".s"),
            ".s th[aria-sort=ascending] button.sort::after"
        );
    }

    #[test]
    fn media_blocks_keep_their_condition() {
        let css = scoped_css(
            "@media print{:root{--a:1}@page{size:A4}h2{x:y}}\np{m:0}",
            ".s",
        );
        assert_eq!(css, "@media print{.s{--a:1}\n.s h2{x:y}\n}\n.s p{m:0}\n");
    }

    #[test]
    fn a_page_becomes_its_body_without_head_or_script() {
        use crate::aggregate::{summarize, SummaryOptions};
        use crate::html::HtmlOptions;
        let pledges = crate::parse_pledges(
            r#"[{"formatVersion": "1.0", "id": "P1", "title": "<script>alert(1)</script><body>\n",
              "pledgers": {"lead": {"name": "\"><img src=x onerror=alert(1)>",
                "stakeholderType": "government", "headquarters": "KEN"}},
              "pledgeTypes": ["financial"], "focusAreas": ["access"],
              "financialValue": {"amount": "1000000", "currency": "USD", "valueDate": "2024-01-10"},
              "reviewState": "published"}]"#,
        )
        .unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).unwrap();
        let summary = summarize(&pledges, &SummaryOptions::embedded(date)).unwrap();
        let page = summary.render_html(&HtmlOptions::default());
        let frag = fragment(&page).unwrap();
        assert!(
            frag.starts_with("<div class=\"p2c-embed\" lang=\"en\""),
            "{}",
            &frag[..80]
        );
        assert!(frag.ends_with("</div>\n"));
        for gone in ["<!DOCTYPE", "<meta", "<script", "<head>", "<body", "<html"] {
            assert!(!frag.contains(gone), "{gone}");
        }
        assert!(!frag.contains("<img"));
        // the body is the page's, byte for byte but for the ids' prefix
        let body = &page[page.find("<body>\n").unwrap() + 7..page.rfind("<script>").unwrap()];
        assert!(frag.contains(&prefix_ids(body, &id_prefix(&page))));
        assert!(frag.contains("<h1"));
        assert_eq!(frag.matches("<style>").count(), 1);
    }

    #[test]
    fn ids_are_prefixed_and_every_reference_finds_its_element() {
        use crate::aggregate::{summarize, SummaryOptions};
        use crate::html::HtmlOptions;
        let pledges = crate::parse_pledges(
            r#"[{"formatVersion": "1.0", "id": "P1", "title": "x\" id=\"headline",
              "pledgers": {"lead": {"name": "A", "stakeholderType": "government", "headquarters": "KEN"}},
              "pledgeTypes": ["financial"], "focusAreas": ["access"],
              "financialValue": {"amount": "1000000", "currency": "USD", "valueDate": "2024-01-10"},
              "reviewState": "published"}]"#,
        )
        .unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).unwrap();
        let summary = summarize(&pledges, &SummaryOptions::embedded(date)).unwrap();
        let page = summary.render_html(&HtmlOptions::default());
        let frag = fragment(&page).unwrap();
        let prefix = id_prefix(&page);
        assert_eq!(fragment(&page).unwrap(), frag);
        let values = |attr: &str| -> Vec<String> {
            frag.split(attr)
                .skip(1)
                .map(|rest| rest.split('"').next().unwrap().to_owned())
                .collect()
        };
        let ids = values(" id=\"");
        assert!(ids.len() > 5);
        assert!(ids.iter().all(|id| id.starts_with(&prefix)), "{ids:?}");
        let mut refs = values(" aria-labelledby=\"");
        refs.extend(values(" href=\"#"));
        assert!(!refs.is_empty());
        for r in &refs {
            assert!(ids.contains(r), "{r} points at nothing");
        }
        // another page, another prefix
        let other = summarize(
            &pledges,
            &SummaryOptions::embedded(date.succ_opt().unwrap()),
        )
        .unwrap();
        assert_ne!(
            id_prefix(&other.render_html(&HtmlOptions::default())),
            prefix
        );
    }

    #[test]
    fn text_that_is_not_a_page_gives_none() {
        assert_eq!(fragment(""), None);
        assert_eq!(fragment("<p>hello</p>"), None);
        assert_eq!(fragment("<html lang=\"en\"><body>\nno script"), None);
    }
}
