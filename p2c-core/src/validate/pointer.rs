//! RFC 6901 JSON Pointers, built cheaply: segments are pushed while walking and joined into a
//! string only when an issue is emitted.

use std::fmt::Write;

use super::Issue;

/// One step of a path.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Seg<'a> {
    /// An object key.
    Key(&'a str),
    /// An array index.
    Index(usize),
}

/// Append one escaped reference token (`~` → `~0`, `/` → `~1`).
fn push_token(out: &mut String, token: &str) {
    out.push('/');
    if token.contains(['~', '/']) {
        for ch in token.chars() {
            match ch {
                '~' => out.push_str("~0"),
                '/' => out.push_str("~1"),
                c => out.push(c),
            }
        }
    } else {
        out.push_str(token);
    }
}

fn push_seg(out: &mut String, seg: Seg<'_>) {
    match seg {
        Seg::Key(k) => push_token(out, k),
        Seg::Index(i) => {
            out.push('/');
            let _ = write!(out, "{i}");
        }
    }
}

/// Join segments into a pointer.
pub(crate) fn join(segs: &[Seg<'_>]) -> String {
    let mut out = String::with_capacity(segs.len() * 12);
    for seg in segs {
        push_seg(&mut out, *seg);
    }
    out
}

/// Join segments and one more into a pointer.
pub(crate) fn join_with(segs: &[Seg<'_>], last: Seg<'_>) -> String {
    let mut out = String::with_capacity((segs.len() + 1) * 12);
    for seg in segs {
        push_seg(&mut out, *seg);
    }
    push_seg(&mut out, last);
    out
}

/// A pointer from static segments, for the rules: `ptr(&[K("implementation"), K("countries"), I(3)])`.
pub(crate) fn ptr(segs: &[Seg<'_>]) -> String {
    join(segs)
}

/// Move issues into `out`, prefixing each path with `/index`.
pub(crate) fn prefix_all(issues: &mut Vec<Issue>, index: usize, out: &mut Vec<Issue>) {
    for mut issue in issues.drain(..) {
        let mut path = String::with_capacity(issue.path.len() + 6);
        push_seg(&mut path, Seg::Index(index));
        path.push_str(&issue.path);
        issue.path = path;
        out.push(issue);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_per_rfc6901() {
        // RFC 6901 section 3: `~` is written `~0` and `/` is written `~1`.
        assert_eq!(
            join(&[Seg::Key("a/b"), Seg::Index(3), Seg::Key("m~n")]),
            "/a~1b/3/m~0n"
        );
        assert_eq!(join(&[]), "");
        assert_eq!(join_with(&[Seg::Key("x")], Seg::Key("")), "/x/");
    }
}
