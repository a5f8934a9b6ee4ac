//! `p2c validate FILE…`: every file streamed (any size), each pledge's issues named by the
//! file, the line the pledge starts on and the JSON Pointer; human, JSON, GitHub or HTML output.

use std::io::BufRead;
use std::path::Path;

use p2c_core::call::{InputFormat, PreparedValidate, ValidateAnswer, ValidateCall};
use p2c_core::html::PledgeLabel;
use p2c_core::validate::{Issue, Severity};
use serde_json::Value;

use crate::args::{ValidateArgs, ValidateFormat};
use crate::fail::{self, Fail, Flags, EXIT_INVALID, EXIT_OK};
use crate::options;
use crate::output::{Ctx, Paint};

const FLAGS: Flags<'static> = &[
    ("/asOf", "--as-of"),
    ("/severity", "--severity"),
    ("/format", "--input"),
    ("/lang", "--lang"),
];

/// What was learnt of one input.
struct Checked {
    answer: ValidateAnswer,
    /// Line and id of each pledge, in order.
    pledges: Vec<(usize, Option<String>)>,
    /// Whether issue paths start with the pledge's index.
    batch: bool,
}

/// Validate every file; 0 when all are valid, 1 otherwise (or when one cannot be read).
pub(crate) fn run(a: &ValidateArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut map = options::base(a.call.as_deref())?;
    options::set(&mut map, "asOf", a.as_of.as_deref());
    options::severity(&mut map, &a.severity)?;
    if a.redact_values {
        map.insert("redactValues".into(), Value::Bool(true));
    }
    if !ctx.lang.is_empty() {
        map.insert("lang".into(), Value::String(ctx.lang.clone()));
    }
    // Spreadsheets are imported with the same options (and the sheet-only ones of `--call`).
    let sheet_files: Vec<bool> = a
        .files
        .iter()
        .map(|f| f != "-" && crate::sheets::is_sheet(Path::new(f)))
        .collect();
    let mut sheet_map = map.clone();
    for key in crate::sheets::SHEET_ONLY {
        map.remove(key);
    }
    map.insert("format".into(), Value::String(a.input.name().into()));
    let sheet_call = if sheet_files.contains(&true) {
        Some(crate::sheets::prepare(
            ctx,
            std::mem::take(&mut sheet_map),
            "validate",
            true,
        )?)
    } else {
        None
    };
    if a.issues_out.is_some() && (a.files.len() != 1 || sheet_call.is_none()) {
        return Err(Fail::Usage(
            "`--issues-out` writes the issues of one spreadsheet: give exactly one .xlsx or .csv file"
                .to_owned(),
        ));
    }
    let call: ValidateCall = options::read(ctx, map, FLAGS, "validate")?;
    let prepared = call
        .prepare()
        .map_err(|e| fail::option(&e, FLAGS, "validate"))?;
    ctx.warnings(&prepared.warnings);
    if a.format == ValidateFormat::Html && a.files.len() != 1 {
        return Err(Fail::Usage(
            "`--format html` writes one page: give exactly one file".to_owned(),
        ));
    }
    let mut status = EXIT_OK;
    for (file, sheet) in a.files.iter().zip(sheet_files) {
        if let (true, Some(sheet_call)) = (sheet, &sheet_call) {
            match validate_sheet(a, ctx, &prepared, sheet_call, file) {
                Ok(code) => status = status.max(code),
                Err(Fail::Pipe) => return Err(Fail::Pipe),
                Err(f @ Fail::Usage(_)) => return Err(f),
                Err(f) => {
                    f.report(ctx);
                    status = EXIT_INVALID;
                }
            }
            continue;
        }
        let checked = if file == "-" {
            check(&prepared, &mut *ctx.stdin).map_err(|e| fail::data(&e, "standard input"))
        } else {
            crate::input::reader(ctx, Path::new(file), "validating")
                .and_then(|r| check(&prepared, r).map_err(|e| fail::data(&e, file)))
        };
        let name = if file == "-" {
            "<stdin>"
        } else {
            file.as_str()
        };
        match checked {
            Ok(c) => {
                let warnings = c.answer.report.with_severity(Severity::Warning).count();
                if !c.answer.report.valid || (a.strict && warnings > 0) {
                    status = EXIT_INVALID;
                }
                print(ctx, &prepared, a.format, name, &c)?;
            }
            Err(Fail::Pipe) => return Err(Fail::Pipe),
            Err(f) => {
                f.report(ctx);
                status = EXIT_INVALID;
            }
        }
    }
    Ok(status)
}

/// Validate one spreadsheet (a workbook or a CSV file), each issue at its cell.
fn validate_sheet(
    a: &ValidateArgs,
    ctx: &mut Ctx<'_>,
    prepared: &PreparedValidate,
    call: &p2c_core::call::PreparedSheetImport,
    file: &str,
) -> Result<u8, Fail> {
    let answer = crate::sheets::read(call, &[file.into()])?;
    let out = match a.format {
        ValidateFormat::Human => crate::sheets::human(&answer, file, &|p, t| ctx.paint(p, t)),
        ValidateFormat::Json => crate::sheets::json(&answer, file, false),
        ValidateFormat::Github => crate::sheets::github(&answer, file),
        ValidateFormat::Html => {
            // The HTML report of the documents, each message led by its cell.
            let issues = answer
                .import
                .issues
                .iter()
                .map(|i| {
                    let mut issue = i.issue.clone();
                    if let Some(l) = &i.location {
                        issue.message = format!("{}: {}", crate::sheets::place(l), issue.message);
                    }
                    issue
                })
                .collect();
            let report = p2c_core::validate::Report::from_issues(issues);
            let labels = PledgeLabel::all_from_json(&Value::Array(answer.import.documents.clone()));
            let html_answer = ValidateAnswer {
                report,
                warnings: Vec::new(),
            };
            prepared.render_batch_html(&html_answer, &labels)
        }
    };
    ctx.print(&out)?;
    if let Some(path) = &a.issues_out {
        crate::sheets::write_issues(ctx, &answer, path, file)?;
    }
    let warnings = answer.import.with_severity(Severity::Warning).count();
    Ok(if !answer.import.valid || (a.strict && warnings > 0) {
        EXIT_INVALID
    } else {
        EXIT_OK
    })
}

/// Validate one input, streaming.
fn check<R: BufRead>(p: &PreparedValidate, mut reader: R) -> p2c_core::Result<Checked> {
    let first = {
        let head = reader.fill_buf().map_err(|e| p2c_core::Error::Io {
            path: String::new(),
            message: e.to_string(),
        })?;
        let head = head.strip_prefix("\u{feff}".as_bytes()).unwrap_or(head);
        head.iter().find(|b| !b.is_ascii_whitespace()).copied()
    };
    let mut pledges = Vec::new();
    let answer = p.validate_reader_with(reader, &mut |s| {
        pledges.push((s.line, s.id.map(str::to_owned)));
    })?;
    let batch = first == Some(b'[') || pledges.len() != 1 || p.format != InputFormat::Auto;
    Ok(Checked {
        answer,
        pledges,
        batch,
    })
}

/// The line of the pledge an issue is about, when known.
fn line_of(c: &Checked, issue: &Issue) -> Option<usize> {
    if !c.batch {
        return c.pledges.first().map(|(line, _)| *line);
    }
    let index: usize = issue.path.split('/').nth(1)?.parse().ok()?;
    c.pledges.get(index).map(|(line, _)| *line)
}

/// The id of the pledge an issue is about, when it has one.
fn id_of<'a>(c: &'a Checked, issue: &Issue) -> Option<&'a str> {
    let index: usize = if c.batch {
        issue.path.split('/').nth(1)?.parse().ok()?
    } else {
        0
    };
    c.pledges.get(index).and_then(|(_, id)| id.as_deref())
}

fn print(
    ctx: &mut Ctx<'_>,
    prepared: &PreparedValidate,
    format: ValidateFormat,
    name: &str,
    c: &Checked,
) -> Result<(), Fail> {
    let report = &c.answer.report;
    let mut out = String::new();
    match format {
        ValidateFormat::Human => {
            for issue in &report.issues {
                let (paint, label) = match issue.severity {
                    Severity::Error => (Paint::Error, "error"),
                    Severity::Warning => (Paint::Warning, "warning"),
                    Severity::Info => (Paint::Info, "info"),
                };
                let place = match line_of(c, issue) {
                    Some(l) => format!("{name}:{l}"),
                    None => name.to_owned(),
                };
                let id = id_of(c, issue)
                    .map(|id| format!(" ({id})"))
                    .unwrap_or_default();
                let pointer = if issue.path.is_empty() {
                    "/"
                } else {
                    issue.path.as_str()
                };
                out.push_str(&format!(
                    "{place}:{id} {}[{}] at `{pointer}`: {}\n",
                    ctx.paint(paint, label),
                    issue.code,
                    issue.message
                ));
            }
            let errors = report.with_severity(Severity::Error).count();
            let warnings = report.with_severity(Severity::Warning).count();
            let n = c.pledges.len();
            let pledges = if n == 1 {
                "1 pledge".to_owned()
            } else {
                format!("{n} pledges")
            };
            let verdict = if report.valid {
                ctx.paint(Paint::Good, "valid")
            } else {
                ctx.paint(Paint::Error, "invalid")
            };
            out.push_str(&format!(
                "{name}: {verdict} ({pledges}, {errors} error(s), {warnings} warning(s))\n"
            ));
        }
        ValidateFormat::Json => {
            let mut value = serde_json::to_value(&c.answer).map_err(|e| {
                Fail::Input(format!(
                    "internal error: {e}; this is a bug in p2c, please report it"
                ))
            })?;
            if let Value::Object(map) = &mut value {
                map.insert("file".into(), Value::String(name.to_owned()));
                map.insert("pledges".into(), Value::from(c.pledges.len()));
            }
            out.push_str(&value.to_string());
            out.push('\n');
        }
        ValidateFormat::Github => {
            for issue in &report.issues {
                let level = match issue.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "notice",
                };
                let mut props = format!("file={}", property(name));
                if let Some(l) = line_of(c, issue) {
                    props.push_str(&format!(",line={l}"));
                }
                props.push_str(&format!(",title={}", property(issue.code)));
                let pointer = if issue.path.is_empty() {
                    "/"
                } else {
                    issue.path.as_str()
                };
                out.push_str(&format!(
                    "::{level} {props}::{}\n",
                    data(&format!("{} (at {pointer})", issue.message))
                ));
            }
        }
        ValidateFormat::Html => {
            // Pledges are named by their ids (the streaming reader keeps no titles).
            let labels: Vec<PledgeLabel> = c
                .pledges
                .iter()
                .map(|(_, id)| PledgeLabel {
                    id: id.clone(),
                    title: None,
                })
                .collect();
            out = if c.batch {
                prepared.render_batch_html(&c.answer, &labels)
            } else {
                prepared.render_html(&c.answer, &labels.first().cloned().unwrap_or_default())
            };
        }
    }
    ctx.print(&out)
}

/// A workflow command's message, escaped.
pub(crate) fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value, escaped.
pub(crate) fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
