//! Spreadsheets: `p2c template`, `p2c import`, and what `p2c validate` does with a workbook or
//! a CSV file. Every issue is shown at its cell (`pledges!H3`) beside its JSON Pointer.

use std::path::{Path, PathBuf};

use p2c_core::call::{PreparedSheetImport, SheetExportCall, SheetImportAnswer, SheetImportCall};
use p2c_core::sheets::{Location, SheetIssue};
use p2c_core::validate::Severity;
use serde_json::{Map, Value};

use crate::args::{ImportArgs, SheetFormatArg, TemplateArgs, TextOrJson};
use crate::fail::{self, Fail, Flags, EXIT_INVALID, EXIT_OK};
use crate::options;
use crate::output::{Ctx, Paint};

/// The flags behind the options of a spreadsheet call.
pub(crate) const FLAGS: Flags<'static> = &[
    ("/asOf", "--as-of"),
    ("/severity", "--severity"),
    ("/lang", "--lang"),
    ("/format", "--input"),
];

/// The options only a spreadsheet import has (not `ValidateCall`'s).
pub(crate) const SHEET_ONLY: [&str; 3] = ["sheetLimits", "restoreFormulas", "delimiter"];

/// Whether a file is a spreadsheet: a workbook or CSV by its name, or a zip or OLE container
/// by its first bytes (a JSON file starts with neither).
pub(crate) fn is_sheet(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if ["xlsx", "xlsm", "xltx", "xls", "csv", "tsv"].contains(&ext.as_str()) {
        return true;
    }
    let mut head = [0u8; 8];
    let n = std::fs::File::open(path)
        .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
        .unwrap_or(0);
    let head = head.get(..n).unwrap_or_default();
    head.starts_with(b"PK\x03\x04") || head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// The prepared import call of a command's options (JSON form, `format` the sheet format);
/// the warnings its spellings earn are printed unless `quiet` (when another call read the same
/// options and printed them already).
pub(crate) fn prepare(
    ctx: &mut Ctx<'_>,
    map: Map<String, Value>,
    command: &str,
    quiet: bool,
) -> Result<PreparedSheetImport, Fail> {
    let call: SheetImportCall = if quiet {
        p2c_core::call::from_value(Value::Object(map))
            .map(|(call, _)| call)
            .map_err(|e| fail::option(&e, FLAGS, command))?
    } else {
        options::read(ctx, map, FLAGS, command)?
    };
    let prepared = call
        .prepare()
        .map_err(|e| fail::option(&e, FLAGS, command))?;
    Ok(prepared)
}

/// Import the files (one workbook, or CSV files).
pub(crate) fn read(p: &PreparedSheetImport, files: &[PathBuf]) -> Result<SheetImportAnswer, Fail> {
    for f in files {
        crate::input::open(f)?;
    }
    let name = files
        .first()
        .map(|f| f.display().to_string())
        .unwrap_or_default();
    p.run_paths(files).map_err(|e| match e {
        p2c_core::Error::InvalidArgument { message, .. } => Fail::Usage(message),
        e => fail::data(&e, &name),
    })
}

/// Where an issue is, as a spreadsheet names it: `pledges!H3`, a row `pledges!5:5`, a column
/// `pledges!B:B`, a sheet `pledges` (quoted when the name is not a plain word).
pub(crate) fn place(location: &Location) -> String {
    let plain = location
        .sheet
        .chars()
        .all(|c| c.is_alphanumeric() || c == '_');
    let sheet = if plain {
        location.sheet.clone()
    } else {
        format!("'{}'", location.sheet.replace('\'', "''"))
    };
    match (&location.cell, location.row, &location.column) {
        (Some(cell), _, _) => format!("{sheet}!{cell}"),
        (None, Some(row), _) => format!("{sheet}!{row}:{row}"),
        (None, None, Some(col)) => format!("{sheet}!{col}:{col}"),
        (None, None, None) => sheet,
    }
}

/// The id of the document an issue is about, when it has one.
fn id_of<'a>(answer: &'a SheetImportAnswer, issue: &SheetIssue) -> Option<&'a str> {
    let index: usize = issue.issue.path.split('/').nth(1)?.parse().ok()?;
    answer.import.documents.get(index)?.get("id")?.as_str()
}

fn label(severity: Severity) -> (Paint, &'static str) {
    match severity {
        Severity::Error => (Paint::Error, "error"),
        Severity::Warning => (Paint::Warning, "warning"),
        Severity::Info => (Paint::Info, "info"),
    }
}

/// One line per issue (`file: pledges!H3 (P2C-1) error[code] at `/0/title`: message`), then
/// the verdict. `paint` colours the labels.
pub(crate) fn human(
    answer: &SheetImportAnswer,
    name: &str,
    paint: &dyn Fn(Paint, &str) -> String,
) -> String {
    let mut out = String::new();
    for i in &answer.import.issues {
        let (p, text) = label(i.issue.severity);
        let at = i
            .location
            .as_ref()
            .map(|l| format!(" {}", place(l)))
            .unwrap_or_default();
        let id = id_of(answer, i)
            .map(|id| format!(" ({id})"))
            .unwrap_or_default();
        let pointer = if i.issue.path.is_empty() {
            "/"
        } else {
            i.issue.path.as_str()
        };
        out.push_str(&format!(
            "{name}:{at}{id} {}[{}] at `{pointer}`: {}\n",
            paint(p, text),
            i.issue.code,
            i.issue.message
        ));
    }
    let count = |s| answer.import.with_severity(s).count();
    let n = answer.import.documents.len();
    let pledges = if n == 1 {
        "1 pledge".to_owned()
    } else {
        format!("{n} pledges")
    };
    let verdict = if answer.import.valid {
        paint(Paint::Good, "valid")
    } else {
        paint(Paint::Error, "invalid")
    };
    out.push_str(&format!(
        "{name}: {verdict} ({pledges}, {} error(s), {} warning(s))\n",
        count(Severity::Error),
        count(Severity::Warning)
    ));
    out
}

/// The answer as one JSON line, with `file` and `pledges` (the documents left out when
/// `documents` is false).
pub(crate) fn json(answer: &SheetImportAnswer, name: &str, documents: bool) -> String {
    let mut value = answer.to_json();
    if let Value::Object(map) = &mut value {
        if !documents {
            map.remove("documents");
        }
        map.insert("file".into(), Value::String(name.to_owned()));
        map.insert("pledges".into(), Value::from(answer.import.documents.len()));
    }
    value.to_string() + "\n"
}

/// GitHub Actions workflow commands, one per issue.
pub(crate) fn github(answer: &SheetImportAnswer, name: &str) -> String {
    let mut out = String::new();
    for i in &answer.import.issues {
        let level = match i.issue.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut at = i.location.as_ref().map(place).unwrap_or_default();
        if !i.issue.path.is_empty() {
            if !at.is_empty() {
                at.push_str(", ");
            }
            at.push_str(&i.issue.path);
        }
        let message = if at.is_empty() {
            i.issue.message.clone()
        } else {
            format!("{} (at {at})", i.issue.message)
        };
        out.push_str(&format!(
            "::{level} file={},title={}::{}\n",
            crate::validate::property(name),
            crate::validate::property(i.issue.code),
            crate::validate::data(&message)
        ));
    }
    out
}

/// Refuse to write binary output to a terminal.
fn binary_out(ctx: &Ctx<'_>, out: Option<&Path>, what: &str) -> Result<(), Fail> {
    let to_stdout = out.is_none_or(|p| p == Path::new("-"));
    if to_stdout && ctx.stdout_is_terminal {
        return Err(Fail::Usage(format!(
            "{what} is a binary file: give `--out FILE` (or redirect standard output)"
        )));
    }
    Ok(())
}

/// Write the issues workbook of an answer to `path`.
pub(crate) fn write_issues(
    ctx: &mut Ctx<'_>,
    answer: &SheetImportAnswer,
    path: &Path,
    name: &str,
) -> Result<(), Fail> {
    let bytes = SheetExportCall::default()
        .issues_xlsx(&answer.import)
        .map_err(|e| fail::data(&e, name))?;
    ctx.emit(Some(path), &bytes)
}

/// `p2c template [--format xlsx|csv] [--private] [--out FILE]`, in `--lang`.
pub(crate) fn template(a: &TemplateArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut map = Map::new();
    map.insert(
        "format".into(),
        Value::String(
            match a.format {
                SheetFormatArg::Xlsx => "xlsx",
                SheetFormatArg::Csv => "csv",
            }
            .into(),
        ),
    );
    if a.private {
        map.insert("private".into(), Value::Bool(true));
    }
    if !ctx.lang.is_empty() {
        map.insert("lang".into(), Value::String(ctx.lang.clone()));
    }
    let flags: Flags<'static> = &[("/lang", "--lang"), ("/format", "--format")];
    let call: SheetExportCall = options::read(ctx, map, flags, "template")?;
    let (_, warnings) = call.language();
    ctx.warnings(&warnings);
    if a.format == SheetFormatArg::Xlsx {
        binary_out(ctx, a.out.as_deref(), "the template")?;
    }
    let files = call.template().map_err(|e| fail::data(&e, ""))?;
    let Some(file) = files.first() else {
        return Err(Fail::Input(
            "internal error: the template has no file; this is a bug in p2c, please report it"
                .into(),
        ));
    };
    ctx.emit(a.out.as_deref(), &file.bytes)?;
    Ok(EXIT_OK)
}

/// `p2c import FILE… [--out FILE] [--format text|json] [--issues-out FILE]`: the documents (a
/// JSON array or JSON Lines), the issues with their cells; 1 when an issue is an error.
pub(crate) fn import(a: &ImportArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut map = options::base(a.call.as_deref())?;
    options::set(&mut map, "asOf", a.as_of.as_deref());
    options::severity(&mut map, &a.severity)?;
    if a.redact_values {
        map.insert("redactValues".into(), Value::Bool(true));
    }
    if let Some(f) = a.input {
        let name = match f {
            SheetFormatArg::Xlsx => "xlsx",
            SheetFormatArg::Csv => "csv",
        };
        map.insert("format".into(), Value::String(name.into()));
    }
    if !ctx.lang.is_empty() {
        map.insert("lang".into(), Value::String(ctx.lang.clone()));
    }
    let prepared = prepare(ctx, map, "import", false)?;
    ctx.warnings(prepared.warnings());
    let answer = read(&prepared, &a.files)?;
    let name = a
        .files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");

    let internal = |e: serde_json::Error| {
        Fail::Input(format!(
            "internal error: {e}; this is a bug in p2c, please report it"
        ))
    };
    let array = a
        .out
        .as_deref()
        .and_then(Path::extension)
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let mut documents = String::new();
    if array {
        documents = serde_json::to_string_pretty(&answer.import.documents).map_err(internal)?;
        documents.push('\n');
    } else {
        for d in &answer.import.documents {
            documents.push_str(&serde_json::to_string(d).map_err(internal)?);
            documents.push('\n');
        }
    }
    let report = match a.format {
        TextOrJson::Json => json(&answer, &name, false),
        TextOrJson::Text => {
            let color = ctx.color_err;
            human(&answer, &name, &|p, t| crate::output::paint(color, p, t))
        }
    };
    let to_file = a.out.as_deref().is_some_and(|p| p != Path::new("-"));
    ctx.emit(a.out.as_deref(), documents.as_bytes())?;
    if to_file {
        ctx.print(&report)?;
    } else {
        for line in report.lines() {
            ctx.note(line);
        }
    }
    if let Some(path) = &a.issues_out {
        write_issues(ctx, &answer, path, &name)?;
    }
    let warnings = answer.import.with_severity(Severity::Warning).count();
    Ok(if !answer.import.valid || (a.strict && warnings > 0) {
        EXIT_INVALID
    } else {
        EXIT_OK
    })
}
