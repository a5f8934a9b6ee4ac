//! `p2c migrate FILE [--out FILE] [--format text|json]`: a pledge document, or a JSON array of
//! them, in the current format version, and what changed.

use std::io::Read;
use std::path::Path;

use p2c_core::call::{MigrateAnswer, MigrateCall};
use serde_json::json;

use crate::args::{MigrateArgs, TextOrJson};
use crate::fail::{self, Fail, EXIT_OK};
use crate::output::Ctx;

/// Migrate, write the document (to `--out`, else standard output) and the report (to standard
/// output when the document went to a file, else to standard error).
pub(crate) fn run(a: &MigrateArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut reader = crate::input::seekable(ctx, &a.file, "reading")?;
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| crate::input::unreadable(Path::new(&a.file), &e))?;
    let answer = MigrateCall::default()
        .run_bytes(&bytes)
        .map_err(|e| fail::data(&e, &a.file))?;
    let internal = |e: serde_json::Error| {
        Fail::Input(format!(
            "internal error: {e}; this is a bug in p2c, please report it"
        ))
    };
    let mut document = serde_json::to_string_pretty(&answer.document).map_err(internal)?;
    document.push('\n');
    let report = match a.format {
        TextOrJson::Json => {
            json!({ "changed": answer.changed(), "reports": answer.reports }).to_string() + "\n"
        }
        TextOrJson::Text => text(&answer),
    };
    let to_file = a.out.as_deref().is_some_and(|p| p != Path::new("-"));
    ctx.emit(a.out.as_deref(), document.as_bytes())?;
    if to_file {
        ctx.print(&report)?;
    } else {
        for line in report.lines() {
            ctx.note(line);
        }
    }
    Ok(EXIT_OK)
}

/// The report for people: each change, then what to review.
fn text(answer: &MigrateAnswer) -> String {
    let mut out = String::new();
    let changed = answer.reports.iter().filter(|r| r.changed()).count();
    out += &format!(
        "{changed} of {} pledge(s) migrated to format {}\n",
        answer.reports.len(),
        p2c_core::model::FormatVersion::CURRENT
    );
    for r in &answer.reports {
        for c in &r.changes {
            out += &format!("  changed {}: {}\n", c.path, c.detail);
        }
    }
    let review: Vec<_> = answer.reports.iter().flat_map(|r| &r.review).collect();
    if !review.is_empty() {
        out += "to review (format 1.1 can say more; nothing was changed there):\n";
        for c in review {
            out += &format!("  {}: {}\n", c.path, c.detail);
        }
    }
    out
}
