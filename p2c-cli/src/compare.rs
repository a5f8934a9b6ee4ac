//! `p2c compare A B [--format text|json] [--out FILE]`: what changed from summary `A` to
//! summary `B`, both the JSON of `p2c dashboard --json` (the rules are the core's
//! `aggregate::compare`).

use std::io::Read;
use std::path::Path;

use p2c_core::aggregate::{Change, Comparison};
use p2c_core::Error;

use crate::args::{CompareArgs, TextOrJson};
use crate::fail::{Fail, EXIT_OK};
use crate::output::Ctx;

/// Compare and write the comparison.
pub(crate) fn run(a: &CompareArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    if a.a == "-" && a.b == "-" {
        return Err(Fail::Usage(
            "`A` and `B` cannot both be standard input; give at least one file".into(),
        ));
    }
    let summary_a = read(ctx, &a.a)?;
    let summary_b = read(ctx, &a.b)?;
    let comparison =
        p2c_core::call::compare_values(&summary_a, &summary_b).map_err(|e| failure(&e, a))?;
    let out = match a.format {
        TextOrJson::Json => {
            let mut s = serde_json::to_string_pretty(&comparison).map_err(|e| {
                Fail::Input(format!(
                    "internal error: {e}; this is a bug in p2c, please report it"
                ))
            })?;
            s.push('\n');
            s
        }
        TextOrJson::Text => text(&comparison),
    };
    ctx.emit(a.out.as_deref(), out.as_bytes())?;
    Ok(EXIT_OK)
}

/// The summary in file `name`, as JSON.
fn read(ctx: &mut Ctx<'_>, name: &str) -> Result<serde_json::Value, Fail> {
    let mut reader = crate::input::seekable(ctx, name, "reading")?;
    let mut text = String::new();
    reader
        .read_to_string(&mut text)
        .map_err(|e| crate::input::unreadable(Path::new(name), &e))?;
    p2c_core::call::read_summary(&text).map_err(|e| match e {
        Error::Parse {
            line,
            column,
            message,
            ..
        } => Fail::Input(format!(
            "`{name}` line {}, column {}: not JSON: {message}; {HINT}",
            line.unwrap_or(0),
            column.unwrap_or(0)
        )),
        other => Fail::Input(format!("`{name}`: {other}; {HINT}")),
    })
}

const HINT: &str = "give the JSON of `p2c dashboard --json`";

/// The error line, naming the file at fault.
fn failure(e: &Error, a: &CompareArgs) -> Fail {
    match e {
        Error::InvalidArgument { pointer, message, .. } => {
            let file = if pointer == "/b" { &a.b } else { &a.a };
            Fail::Input(format!("`{file}`: {message}; {HINT}"))
        }
        Error::SummaryMismatch { .. } => Fail::Input(format!(
            "{e}: summarize both with the same `--currency`, `--attribution`, `--policy` and `--rates`"
        )),
        other => Fail::Input(other.to_string()),
    }
}

fn figure(c: &Change) -> String {
    let side = |d: Option<p2c_core::Decimal>| d.map_or_else(|| "-".to_owned(), |d| d.to_string());
    let change = c.change.map_or_else(String::new, |d| {
        if d.is_sign_negative() || d.is_zero() {
            d.to_string()
        } else {
            format!("+{d}")
        }
    });
    let percent = match (&c.percent, &c.percent_absent) {
        (Some(p), _) if p.is_sign_negative() => format!(" ({p} %)"),
        (Some(p), _) => format!(" (+{p} %)"),
        (None, Some(reason)) => format!(" ({reason})"),
        (None, None) => String::new(),
    };
    format!("{} -> {}  {change}{percent}", side(c.a), side(c.b))
}

/// The comparison for people: the headline, then each breakdown's rows.
fn text(c: &Comparison) -> String {
    let mut out = format!(
        "{} -> {}, {} ({} attribution)\n",
        c.as_of_a,
        c.as_of_b,
        c.currency,
        serde_json::to_value(c.attribution)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    );
    let h = &c.headline;
    for (name, ch) in [
        ("pledges", &h.pledge_count),
        ("entities", &h.entities),
        ("value", &h.value),
        ("pledges with a value", &h.pledges_with_value),
        ("countries of pledge-makers", &h.pledger_countries),
        ("reported pledges", &h.reported_pledges),
    ] {
        out += &format!("  {name:<28} {}\n", figure(ch));
    }
    for b in &c.breakdowns {
        out += &format!("{}\n", b.dimension);
        for r in &b.rows {
            out += &format!(
                "  {:<28} pledges {}; value {}\n",
                r.key,
                figure(&r.pledges),
                figure(&r.value)
            );
        }
    }
    out += &format!("{}\n", c.percent_rule);
    out
}
