//! XLSX in (calamine, after [`inspect`]) and out (rust_xlsxwriter, in [`writer`]).

mod inspect;
mod writer;

use std::borrow::Cow;
use std::io::Cursor;
use std::path::Path;

use calamine::{DataRef, Reader, SheetType, SheetVisible, Xlsx};
use serde_json::Map;

use super::cell::{a1, column_letters, RawValue};
use super::csv_io::{io_error, limit_issue};
use super::layout::cached;
use super::read::{sheet_issue, Importer, RawRow, SheetMeta};
use super::{Import, ImportOptions, Location, SheetIssue};
use crate::validate::Code;
use crate::Result;

pub use writer::{
    export_issues_xlsx, export_issues_xlsx_in, export_xlsx, export_xlsx_in, export_xlsx_with,
    tables_xlsx, template_xlsx, template_xlsx_in, template_xlsx_with,
};

use inspect::{inspect, Refusal};

/// The reason given when calamine panicked on a file the inspection let through (a bug to fix
/// in the inspection: the fuzz checks assert that no input gets it).
#[doc(hidden)]
pub const READER_FAILED: &str = "the workbook reader failed on this file";

/// An import that read nothing, with the one issue that says why.
fn refused(issue: SheetIssue) -> Import {
    Import {
        valid: false,
        documents: Vec::new(),
        issues: vec![issue],
        rows: Vec::new(),
    }
}

fn refusal_issue(r: Refusal) -> SheetIssue {
    let mut params = Map::new();
    match r {
        Refusal::Unreadable(reason) => {
            params.insert("what".into(), "workbook".into());
            params.insert("reason".into(), reason.clone().into());
            sheet_issue(
                Code::SheetUnreadable,
                String::new(),
                format!("the file cannot be read as a workbook: {reason}"),
                params,
                None,
            )
        }
        Refusal::Encrypted => sheet_issue(
            Code::SheetEncrypted,
            String::new(),
            "the workbook is protected with a password".to_owned(),
            params,
            None,
        ),
        Refusal::Limit(limit, max, actual) => {
            params.insert("scope".into(), "workbook".into());
            params.insert("limit".into(), limit.into());
            params.insert("max".into(), max.into());
            params.insert("actual".into(), actual.into());
            sheet_issue(
                Code::SheetLimitExceeded,
                String::new(),
                format!("the workbook exceeds the limit `{limit}` of {max} (found at least {actual}); it was not read"),
                params,
                None,
            )
        }
    }
}

/// Import an XLSX workbook in the spreadsheet layout. See the [module documentation](super)
/// for the layout and the issues. Never fails: a file that is not a workbook, is encrypted or
/// exceeds a limit gives an import with one issue and no documents.
///
/// Before calamine reads anything, the container is checked within [`super::SheetLimits`]:
/// the declared number of parts, every part's decompressed size (so a zip bomb stops at
/// `maxUncompressedBytes`), and the shared-string count; formulas and merged cells are found
/// by a scan of the sheet XML. Cells are then read one at a time, up to `maxRows` rows per
/// sheet and `maxCells` cells in all.
pub fn import_xlsx(bytes: &[u8], opts: &ImportOptions) -> Import {
    let limits = &opts.sheet_limits;
    if bytes.len() > limits.max_bytes {
        return refused(refusal_issue(Refusal::Limit(
            "maxBytes",
            limits.max_bytes as u64,
            bytes.len() as u64,
        )));
    }
    let inspection = match inspect(bytes, limits) {
        Ok(i) => i,
        Err(r) => return refused(refusal_issue(r)),
    };
    // calamine is not expected to panic on input that passed the inspection; if it does, the
    // file is reported unreadable rather than the panic reaching the caller.
    let result = crate::call::guard(|| read_workbook(bytes, opts, &inspection));
    match result {
        Ok(import) => import,
        Err(_) => refused(refusal_issue(Refusal::Unreadable(READER_FAILED.to_owned()))),
    }
}

/// Read an XLSX file from disk and [`import_xlsx`] it. Errors: `io_error` when the file
/// cannot be read; a file larger than `sheetLimits.maxBytes` is not read (an issue says so).
pub fn import_xlsx_path(path: impl AsRef<Path>, opts: &ImportOptions) -> Result<Import> {
    let path = path.as_ref();
    let len = std::fs::metadata(path)
        .map_err(|e| io_error(path, &e))?
        .len();
    if len > opts.sheet_limits.max_bytes as u64 {
        return Ok(refused(refusal_issue(Refusal::Limit(
            "maxBytes",
            opts.sheet_limits.max_bytes as u64,
            len,
        ))));
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(path, &e))?;
    Ok(import_xlsx(&bytes, opts))
}

fn read_workbook(bytes: &[u8], opts: &ImportOptions, inspection: &inspect::Inspection) -> Import {
    let mut book: Xlsx<_> = match Xlsx::new(Cursor::new(bytes)) {
        Ok(b) => b,
        Err(calamine::XlsxError::Password) => return refused(refusal_issue(Refusal::Encrypted)),
        Err(e) => return refused(refusal_issue(Refusal::Unreadable(e.to_string()))),
    };
    let layout = cached(true);
    let mut importer = Importer::new(layout, opts);
    importer.is_1904 = book.has_1904_epoch();
    let metas: Vec<SheetMeta> = book
        .sheets_metadata()
        .iter()
        .map(|s| SheetMeta {
            name: s.name.clone(),
            label: s.name.clone(),
            hidden: s.visible != SheetVisible::Visible,
            worksheet: s.typ == SheetType::WorkSheet,
        })
        .collect();
    let plan = importer.plan(&metas);
    let limits = opts.sheet_limits;
    let mut cells_read = 0u64;
    for (sheet, table) in plan {
        let Some(meta) = metas.get(sheet) else {
            continue;
        };
        let name = meta.name.as_str();
        if let Some(scan) = inspection.sheets.get(name) {
            structure_issues(&mut importer, name, scan);
        }
        let mut reader = match book.worksheet_cells_reader(name) {
            Ok(r) => r,
            Err(e) => {
                importer.unreadable(table, name);
                importer.push(sheet_unreadable(name, &e.to_string()));
                continue;
            }
        };
        let mut cells: Vec<(u32, u32, RawValue<'_>)> = Vec::new();
        let mut stop = None;
        // Rows are counted as they stream in (a change of row is a new row; cells come in row
        // order in any workbook a program wrote), so a sheet of a million rows stops at the
        // limit instead of being collected first.
        let (mut rows_seen, mut last_row) = (0u64, None);
        let mut truncated = false;
        loop {
            match reader.next_cell() {
                Ok(Some(cell)) => {
                    let (row, col) = cell.get_position();
                    let value = raw(cell.get_value());
                    if value.is_empty() {
                        continue;
                    }
                    if col >= super::MAX_COLUMNS {
                        stop = Some(limit_issue(
                            name,
                            "maxColumns",
                            u64::from(super::MAX_COLUMNS),
                            u64::from(col) + 1,
                        ));
                        break;
                    }
                    if last_row != Some(row) {
                        last_row = Some(row);
                        rows_seen += 1;
                        if rows_seen > u64::from(limits.max_rows) {
                            truncated = true;
                            break;
                        }
                    }
                    cells_read = cells_read.saturating_add(1);
                    if cells_read > limits.max_cells {
                        stop = Some(limit_issue(name, "maxCells", limits.max_cells, cells_read));
                        break;
                    }
                    cells.push((row, col, value));
                }
                Ok(None) => break,
                Err(e) => {
                    stop = Some(sheet_unreadable(name, &e.to_string()));
                    break;
                }
            }
        }
        drop(reader);
        if let Some(issue) = stop {
            let fatal = issue.issue.code == Code::SheetLimitExceeded.as_str();
            importer.unreadable(table, name);
            importer.push(issue);
            if fatal {
                break;
            }
            continue;
        }
        // Cells in row and column order; a repeated position keeps its first value.
        cells.sort_by_key(|(r, c, _)| (*r, *c));
        cells.dedup_by_key(|(r, c, _)| (*r, *c));
        let mut rows: Vec<RawRow<'_>> = Vec::new();
        for (r, c, v) in cells {
            match rows.last_mut() {
                Some(last) if last.row == r => last.cells.push((c, v)),
                _ => rows.push(RawRow {
                    row: r,
                    cells: vec![(c, v)],
                }),
            }
        }
        if truncated || rows.len() > limits.max_rows as usize {
            importer.push(limit_issue(
                name,
                "maxRows",
                u64::from(limits.max_rows),
                u64::from(limits.max_rows) + 1,
            ));
            rows.truncate(limits.max_rows as usize);
        }
        importer.read_table(table, name, &rows);
    }
    importer.finish()
}

fn sheet_unreadable(sheet: &str, reason: &str) -> SheetIssue {
    let mut params = Map::new();
    params.insert("what".into(), "sheet".into());
    params.insert("sheet".into(), sheet.into());
    params.insert("reason".into(), reason.into());
    sheet_issue(
        Code::SheetUnreadable,
        String::new(),
        format!("sheet `{sheet}` cannot be read: {reason}"),
        params,
        Some(Location::sheet(sheet)),
    )
}

/// Issues for the formulas and merged cells the inspection found in a sheet.
fn structure_issues(importer: &mut Importer<'_>, sheet: &str, scan: &inspect::SheetScan) {
    let mut columns: Vec<(&u32, &inspect::FormulaColumn)> = scan.formulas.iter().collect();
    columns.sort_by_key(|(c, _)| **c);
    for (col, f) in columns {
        let mut params = Map::new();
        params.insert("count".into(), f.count.into());
        params.insert("withoutValue".into(), f.without_value.into());
        params.insert("first".into(), a1(f.first_row, *col).into());
        params.insert("column".into(), column_letters(*col).into());
        let message = if f.without_value > 0 {
            format!(
                "column {} has {} formula cells (first {}); their calculated values were read, and {} without one read as empty",
                column_letters(*col),
                f.count,
                a1(f.first_row, *col),
                f.without_value
            )
        } else {
            format!(
                "column {} has {} formula cells (first {}); their calculated values were read",
                column_letters(*col),
                f.count,
                a1(f.first_row, *col)
            )
        };
        importer.push(sheet_issue(
            Code::SheetFormula,
            String::new(),
            message,
            params,
            Some(Location::at(sheet, f.first_row, Some(*col))),
        ));
    }
    for (r0, c0, r1, c1) in &scan.merges {
        let range = format!("{}:{}", a1(*r0, *c0), a1(*r1, *c1));
        let mut params = Map::new();
        params.insert("kind".into(), "range".into());
        params.insert("range".into(), range.clone().into());
        params.insert("first".into(), a1(*r0, *c0).into());
        importer.push(sheet_issue(
            Code::SheetMergedCells,
            String::new(),
            format!(
                "cells {range} are merged; only {} holds a value",
                a1(*r0, *c0)
            ),
            params,
            Some(Location::at(sheet, *r0, Some(*c0))),
        ));
    }
    let unlisted = scan.merge_count.saturating_sub(scan.merges.len() as u64);
    if unlisted > 0 {
        let mut params = Map::new();
        params.insert("kind".into(), "more".into());
        params.insert("count".into(), unlisted.into());
        importer.push(sheet_issue(
            Code::SheetMergedCells,
            String::new(),
            format!("{unlisted} more merged ranges are not listed"),
            params,
            Some(Location::sheet(sheet)),
        ));
    }
}

/// A calamine cell as a raw value.
fn raw<'a>(v: &DataRef<'a>) -> RawValue<'a> {
    const EXACT: i64 = 1 << 53;
    match v {
        DataRef::Empty => RawValue::Empty,
        DataRef::Int(i) if i.unsigned_abs() <= EXACT as u64 => {
            // At most 2^53: exact as a float.
            #[allow(clippy::cast_precision_loss)]
            RawValue::Number(*i as f64)
        }
        DataRef::Int(i) => RawValue::Text(Cow::Owned(i.to_string())),
        DataRef::Float(f) => RawValue::Number(*f),
        DataRef::String(s) => RawValue::Text(Cow::Owned(s.clone())),
        DataRef::SharedString(s) => RawValue::Text(Cow::Borrowed(s)),
        DataRef::Bool(b) => RawValue::Bool(*b),
        DataRef::DateTime(d) => RawValue::Date {
            serial: d.as_f64(),
            duration: d.is_duration(),
        },
        DataRef::DateTimeIso(s) => RawValue::DateIso(s.clone()),
        DataRef::DurationIso(s) => RawValue::Text(Cow::Owned(s.clone())),
        DataRef::Error(e) => RawValue::Error(e.to_string()),
    }
}
