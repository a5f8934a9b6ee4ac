//! The page: a writer that keeps data and markup apart, the skeleton with its Content Security
//! Policy, the style sheet and the table-sorting script.

use std::borrow::Cow;

use sha2::{Digest, Sha256};

use super::escape::{escape_into, truncate, MAX_CHARS};
use super::num;
use super::text::{fill, t, Msg};

/// A page being written. Markup goes in only as `&'static str` ([`Out::raw`]); everything
/// else (data, formatted figures, messages) goes through [`escape_into`].
pub(crate) struct Out {
    buf: String,
    /// The number of ids handed out by [`Out::id`], for deterministic element ids.
    ids: usize,
}

impl Out {
    pub(crate) fn new() -> Out {
        Out {
            buf: String::with_capacity(64 * 1024),
            ids: 0,
        }
    }

    /// Static markup written by this module's authors.
    pub(crate) fn raw(&mut self, markup: &'static str) -> &mut Out {
        self.buf.push_str(markup);
        self
    }

    /// A string from the data: escaped, and cut after [`MAX_CHARS`] characters with a note.
    pub(crate) fn data(&mut self, s: &str) -> &mut Out {
        let (shown, full) = truncate(s, MAX_CHARS);
        escape_into(&mut self.buf, shown);
        if let Some(n) = full {
            self.raw("<span class=\"trunc\">")
                .text(&truncation_note(n))
                .raw("</span>");
        }
        self
    }

    /// Text of this module's making (messages, formatted figures), escaped.
    pub(crate) fn text(&mut self, s: &str) -> &mut Out {
        escape_into(&mut self.buf, s);
        self
    }

    /// A message in the report's language.
    pub(crate) fn msg(&mut self, m: Msg) -> &mut Out {
        self.text(t(m))
    }

    /// Message `m` with its `{name}` placeholders filled from `args`, escaped; the values of the
    /// placeholders named in `isolated` each in a `<bdi>` element, so that a left-to-right code
    /// (a rate-table id, a policy expression with parentheses) keeps its order inside
    /// right-to-left text. A placeholder with no argument is written as it is.
    pub(crate) fn msg_isolated(
        &mut self,
        m: Msg,
        args: &[(&str, &str)],
        isolated: &[&str],
    ) -> &mut Out {
        let mut rest = t(m);
        while let Some(open) = rest.find('{') {
            let (before, after) = rest.split_at(open);
            self.text(before);
            let Some(close) = after.find('}') else {
                self.text(after);
                return self;
            };
            let name = after.get(1..close).unwrap_or_default();
            match args.iter().find(|(n, _)| *n == name) {
                Some((_, value)) if isolated.contains(&name) => {
                    self.raw("<bdi>").text(value).raw("</bdi>");
                }
                Some((_, value)) => {
                    self.text(value);
                }
                None => {
                    self.text(after.get(..=close).unwrap_or_default());
                }
            }
            rest = after.get(close.saturating_add(1)..).unwrap_or_default();
        }
        self.text(rest)
    }

    /// ` name="value"`, the value escaped. Strings from the data in `value` must have been
    /// bounded with [`bounded`].
    pub(crate) fn attr(&mut self, name: &'static str, value: &str) -> &mut Out {
        self.buf.push(' ');
        self.buf.push_str(name);
        self.buf.push_str("=\"");
        escape_into(&mut self.buf, value);
        self.buf.push('"');
        self
    }

    /// A fresh element id, `p2c-N`: ids never come from the data.
    pub(crate) fn id(&mut self) -> String {
        self.ids = self.ids.saturating_add(1);
        format!("p2c-{}", self.ids)
    }

    pub(crate) fn finish(self) -> String {
        self.buf
    }
}

/// " … [truncated: N characters in all]" after a string cut to [`MAX_CHARS`].
fn truncation_note(n: usize) -> String {
    let n = u64::try_from(n).unwrap_or(u64::MAX);
    format!(" {}", fill(Msg::Truncated, &[("count", &num::count(n))]))
}

/// A string from the data, cut after [`MAX_CHARS`] characters with the truncation note, for
/// texts composed of several strings (attribute values, text alternatives). Not escaped.
pub(crate) fn bounded(s: &str) -> Cow<'_, str> {
    match truncate(s, MAX_CHARS) {
        (shown, None) => Cow::Borrowed(shown),
        (shown, Some(n)) => Cow::Owned(format!("{shown}{}", truncation_note(n))),
    }
}

/// What the head of a page says.
pub(crate) struct Head<'a> {
    /// The document title (may hold data: escaped and bounded).
    pub title: &'a str,
    /// The language: the `lang` and `dir` attributes.
    pub lang: crate::i18n::Lang,
}

/// The style sheet: inline, no `url()`, system fonts only; light and dark palettes; A4 print.
pub(crate) const CSS: &str = r#"
:root{color-scheme:light dark;--bg:#f3f5f8;--card:#ffffff;--ink:#17202c;--muted:#475467;--line:#d5dbe3;--track:#e7ebf0;--value:#1d5fa8;--count:#0f7566;--none:#6b7585;--good:#176d3a;--bad:#b3261e;--warn:#8a5300;--head:#0b3a66;--head-ink:#ffffff;--chip:#eef2f6}
@media (prefers-color-scheme:dark){:root{--bg:#0e131a;--card:#161d26;--ink:#e9eef4;--muted:#aab6c4;--line:#2e3a48;--track:#26313d;--value:#6fb0f0;--count:#4dc2ae;--none:#8e9aab;--good:#6fd08f;--bad:#ff8a80;--warn:#f2b65c;--head:#0b2540;--head-ink:#e9eef4;--chip:#223041}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;overflow-wrap:anywhere}
header.top{background:var(--head);color:var(--head-ink);padding:22px 20px 18px}
header.top .wrap,main{max-width:1180px;margin:0 auto}
header.top h1{margin:0 0 4px;font-size:1.75rem;line-height:1.2;letter-spacing:-.01em}
header.top p{margin:2px 0;opacity:.92}
header.top a{color:var(--head-ink)}
main{padding:16px 20px 28px}
h2{font-size:1.3rem;margin:28px 0 12px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 6px}
p{margin:6px 0}
a{color:var(--value)}
.muted,.foot{color:var(--muted)}
.counters{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,150px),1fr));gap:12px;margin:0;padding:0;list-style:none}
@media (min-width:640px){.counter.wide{grid-column:span 2}}
.counter{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.counter .k{display:block;color:var(--muted);font-size:.85rem}
.counter .v{display:block;font-size:1.9rem;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.counter .s{display:block;color:var(--muted);font-size:.8rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:14px}
figure,.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin:0;min-width:0}
figure.wide{grid-column:1/-1}
.badge{display:inline-block;font-size:.8rem;border-radius:6px;padding:2px 8px;margin:2px 0 6px;background:var(--chip);color:var(--ink)}
.badge.overlap{border-inline-start:4px solid var(--warn)}
.badge.add{border-inline-start:4px solid var(--good)}
.panels{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,240px),1fr));gap:8px 18px}
.panel-title{font-size:.8rem;color:var(--muted);margin:4px 0}
.row{display:grid;grid-template-columns:minmax(5.5rem,40%) 1fr 4.5ch;align-items:center;gap:6px;margin:3px 0;font-size:.85rem}
.w8 .row{grid-template-columns:minmax(5.5rem,40%) 1fr 8.5ch}
.w12 .row{grid-template-columns:minmax(5.5rem,40%) 1fr 12.5ch}
.w16 .row{grid-template-columns:minmax(5.5rem,40%) 1fr 16.5ch}
.row .lbl{line-height:1.2}
.row .val{font-variant-numeric:tabular-nums;text-align:end;white-space:nowrap}
svg.bar{display:block;width:100%;height:14px}
svg.goal{display:block;width:100%;height:30px}
[dir=rtl] svg.bar,[dir=rtl] svg.goal{transform:scaleX(-1)}
.track{fill:var(--track)}
.fill.v{fill:var(--value)}
.fill.c{fill:var(--count)}
.fill.n{fill:var(--none)}
.row.unspecified .lbl{color:var(--muted);font-style:italic}
.goalnums{display:flex;flex-wrap:wrap;justify-content:space-between;gap:4px 16px;font-size:.95rem;margin-top:6px}
.goalnums strong{font-size:1.25rem}
details{margin-top:8px}
summary{cursor:pointer;color:var(--muted);font-size:.85rem}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:6px 0}
th,td{text-align:start;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;color:var(--muted)}
td.n,th.n{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
button.sort{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:inherit}
button.sort::after{content:" \2195";opacity:.5}
th[aria-sort=ascending] button.sort::after{content:" \2191";opacity:1}
th[aria-sort=descending] button.sort::after{content:" \2193";opacity:1}
.foot{font-size:.75rem;margin:8px 0 0;border-top:1px dashed var(--line);padding-top:6px}
.trunc{color:var(--warn);font-style:italic}
header.top .trunc{color:inherit}
code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono",monospace;font-size:.85em;background:var(--chip);padding:0 3px;border-radius:3px}
.sev{display:inline-block;font-size:.75rem;font-weight:700;border-radius:4px;padding:1px 6px;background:var(--chip);border-inline-start:4px solid var(--muted)}
.sev.error{border-color:var(--bad);color:var(--bad)}
.sev.warning{border-color:var(--warn);color:var(--warn)}
.sev.info{border-color:var(--value);color:var(--value)}
.status{border-radius:10px;padding:12px 16px;margin:0 0 14px;background:var(--card);border:1px solid var(--line);border-inline-start:8px solid var(--good)}
.status.bad{border-inline-start-color:var(--bad)}
.status strong{font-size:1.2rem}
.pledge{margin:0 0 14px}
.card+.counters,.counters+.card{margin-top:12px}
.guide{color:var(--muted);font-size:.8rem}
ul.plain{margin:4px 0;padding-inline-start:20px}
ul.ids{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;margin:4px 0;padding:0}
dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}
dl.kv dt{color:var(--muted)}
dl.kv dd{margin:0}
footer{max-width:1180px;margin:0 auto;padding:0 20px 24px;color:var(--muted);font-size:.8rem}
@media (max-width:480px){header.top{padding:16px 14px}main{padding:12px 14px 20px}header.top h1{font-size:1.4rem}.counter .v{font-size:1.5rem}.row,.panel .row{grid-template-columns:1fr auto}.row svg.bar{grid-column:1/-1;grid-row:2}}
@media print{
:root{color-scheme:light;--bg:#fff;--card:#fff;--ink:#000;--muted:#3b4350;--line:#c4ccd6;--track:#e7ebf0;--value:#1d5fa8;--count:#0f7566;--none:#6b7585;--head:#fff;--head-ink:#000;--chip:#eef2f6}
@page{size:A4;margin:12mm}
body{font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
header.top{padding:0 0 8px;border-bottom:2px solid #000}
main,footer{padding-inline:0;max-width:none}
h2{break-after:avoid;margin-top:14px}
figure,.card,.counter,.pledge,tr{break-inside:avoid}
.grid{grid-template-columns:1fr 1fr}
figure.wide{grid-column:1/-1}
details>summary{display:none}
details::details-content{content-visibility:visible;display:contents}
figure[data-dimension] details{display:none}
button.sort::after{content:none}
a{color:inherit;text-decoration:none}
}
"#;

/// The script that makes tables with class `sortable` sortable by a click on a column header.
/// It only adds to the page: without it, tables are in their documented order. Numbers in
/// `data-sort` attributes (exact decimal strings) are compared exactly, as text, never as
/// floating point.
pub(crate) const SCRIPT: &str = r#"
(function(){'use strict';
function dec(a,b){var na=a.charAt(0)==='-',nb=b.charAt(0)==='-';if(na!==nb)return na?-1:1;var s=na?-1:1;a=a.replace('-','').split('.');b=b.replace('-','').split('.');var ia=a[0].replace(/^0+(?=\d)/,''),ib=b[0].replace(/^0+(?=\d)/,'');if(ia.length!==ib.length)return ia.length<ib.length?-s:s;var fa=a[1]||'',fb=b[1]||'',n=Math.max(fa.length,fb.length),x=ia+fa.padEnd(n,'0'),y=ib+fb.padEnd(n,'0');return x<y?-s:x>y?s:0}
function key(r,i){var c=r.cells[i];if(!c)return'';var d=c.getAttribute('data-sort');return d!==null?d:c.textContent.trim()}
function cmp(a,b){var num=/^-?\d+(\.\d+)?$/;return num.test(a)&&num.test(b)?dec(a,b):a.localeCompare(b)}
Array.prototype.forEach.call(document.querySelectorAll('table.sortable'),function(t){var ths=t.tHead?t.tHead.rows[0].cells:[];Array.prototype.forEach.call(ths,function(th,i){var b=document.createElement('button');b.type='button';b.className='sort';while(th.firstChild)b.appendChild(th.firstChild);th.appendChild(b);b.addEventListener('click',function(){var asc=th.getAttribute('aria-sort')!=='ascending';Array.prototype.forEach.call(ths,function(h){h.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);rows.sort(function(x,y){var r=cmp(key(x,i),key(y,i));return asc?r:-r});rows.forEach(function(r){body.appendChild(r)})})})})})();
"#;

/// `'sha256-…'`: the CSP source expression that allows exactly this inline text.
pub(crate) fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64(&digest))
}

/// Standard base64 with padding (RFC 4648 §4), for CSP hashes.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let sym = |i: u32| char::from(ALPHABET.get((i & 63) as usize).copied().unwrap_or(b'='));
    let mut out = String::with_capacity(bytes.len().div_ceil(3).saturating_mul(4));
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        out.push(sym(n >> 18));
        out.push(sym(n >> 12));
        out.push(if chunk.len() > 1 { sym(n >> 6) } else { '=' });
        out.push(if chunk.len() > 2 { sym(n) } else { '=' });
    }
    out
}

/// The Content-Security-Policy of every page: nothing may load (`default-src 'none'`), and
/// only the page's own style sheet and script, identified by their hashes, may apply or run.
pub(crate) fn csp() -> String {
    format!(
        "default-src 'none'; style-src {}; script-src {}; img-src 'none'; font-src 'none'; \
         connect-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(CSS),
        csp_hash(SCRIPT)
    )
}

/// Open a page: doctype, head with the policy first, style sheet; the body starts.
pub(crate) fn open(o: &mut Out, head: &Head<'_>) {
    o.raw("<!DOCTYPE html>\n<html")
        .attr("lang", head.lang.code())
        .attr("dir", head.lang.dir().as_str())
        .raw(">\n<head>\n<meta charset=\"utf-8\">\n");
    o.raw("<meta http-equiv=\"Content-Security-Policy\"")
        .attr("content", &csp())
        .raw(">\n");
    o.raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
    o.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    o.raw("<meta name=\"color-scheme\" content=\"light dark\">\n");
    o.raw("<meta name=\"generator\"")
        .attr("content", &format!("p2c {}", env!("CARGO_PKG_VERSION")))
        .raw(">\n<title>")
        .text(&bounded(head.title))
        .raw("</title>\n<style>")
        .raw(CSS)
        .raw("</style>\n</head>\n<body>\n");
}

/// Close a page: the footer, the script, the end tags.
pub(crate) fn close(o: &mut Out) {
    o.raw("<footer><p>")
        .text(&fill(
            Msg::Generated,
            &[("version", env!("CARGO_PKG_VERSION"))],
        ))
        .raw("</p></footer>\n<script>")
        .raw(SCRIPT)
        .raw("</script>\n</body>\n</html>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (input, want) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), want, "{input}");
        }
    }

    #[test]
    fn csp_hash_of_a_known_text() {
        // sha256("alert(1)") in base64, as browsers compute it for `<script>alert(1)</script>`
        assert_eq!(
            csp_hash("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn the_assets_load_nothing() {
        for asset in [CSS, SCRIPT] {
            for bad in ["url(", "@import", "http:", "https:", "//", "</"] {
                if bad == "//" && asset == SCRIPT {
                    continue;
                }
                assert!(!asset.contains(bad), "{bad}");
            }
        }
        assert!(!SCRIPT.contains("</"));
        for bad in [
            "fetch",
            "XMLHttpRequest",
            "innerHTML",
            "eval",
            "import(",
            "src",
        ] {
            assert!(!SCRIPT.contains(bad), "{bad}");
        }
    }
}
