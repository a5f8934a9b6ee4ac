//! The template, exports and the issues workbook, written with rust_xlsxwriter.

use std::borrow::Cow;
use std::collections::HashMap;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format, Formula,
    Workbook, Worksheet, XlsxError,
};
use serde_json::Value;

use super::super::cell::{column_letters, date_to_serial};
use super::super::layout::{cached, Column, Layout, Scalar, TableKind, ValueKind, PLEDGES};
use super::super::read::Sources;
use super::super::text::{fixed, English, InLanguage, Messages};
use super::super::write::{flatten, Flat, Out};
use super::super::{
    ExportOptions, Import, Location, SheetIssue, CODES_SHEET, ISSUES_SHEET, README_SHEET,
};
use crate::validate::Severity;
use crate::{Error, Result};

/// The most characters an Excel cell holds.
const MAX_CELL_CHARS: usize = 32_767;
/// The last row (0-based) data validation covers.
const LAST_ROW: u32 = 1_048_575;
/// Header rows of every table sheet: titles, then paths.
const HEADER_ROWS: u32 = 2;

fn xlsx_error(e: XlsxError) -> Error {
    Error::Export {
        pointer: String::new(),
        message: format!("the workbook could not be written: {e}"),
    }
}

/// The layout as an empty workbook: a README sheet explaining every column, one sheet per
/// table with both header rows frozen, dropdowns for codelist columns, text and date
/// formats, and a `codes` sheet listing every codelist's codes and labels. With
/// `opts.private`, the contact columns are included.
pub fn template_xlsx(opts: &ExportOptions) -> Result<Vec<u8>> {
    template_xlsx_with(opts, &English)
}

/// [`template_xlsx`] in one of the six UN languages: README sheet, dropdown prompts and labels,
/// code lists in `lang` (see [`InLanguage`]); codes, sheet names and paths unchanged.
pub fn template_xlsx_in(opts: &ExportOptions, lang: crate::i18n::Lang) -> Result<Vec<u8>> {
    template_xlsx_with(opts, &InLanguage::new(lang))
}

/// [`template_xlsx`] with the words from `messages` (see [`Messages`]).
pub fn template_xlsx_with(opts: &ExportOptions, messages: &dyn Messages) -> Result<Vec<u8>> {
    let layout = cached(opts.private);
    let flat = flatten(layout, &[])?;
    write_book(layout, &flat, opts, messages, None)
}

/// Documents as a workbook in the layout (the template with rows). Text cells that a
/// spreadsheet would read as formulas get Excel's quote prefix unless `escape_formulas` is off
/// (their values are unchanged; see [`formula`]). Errors: `export_error` for a document that
/// does not fit the layout or a text longer than a cell holds (32,767 characters).
pub fn export_xlsx(docs: &[Value], opts: &ExportOptions) -> Result<Vec<u8>> {
    export_xlsx_with(docs, opts, &English)
}

/// [`export_xlsx`] in one of the six UN languages: column titles, README sheet and code labels
/// in `lang` (see [`InLanguage`]); sheet names, paths, codes and values unchanged, so the
/// workbook imports as the English one does.
pub fn export_xlsx_in(
    docs: &[Value],
    opts: &ExportOptions,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>> {
    export_xlsx_with(docs, opts, &InLanguage::new(lang))
}

/// [`export_xlsx`] with the words from `messages` (see [`Messages`]).
pub fn export_xlsx_with(
    docs: &[Value],
    opts: &ExportOptions,
    messages: &dyn Messages,
) -> Result<Vec<u8>> {
    let layout = cached(opts.private);
    let flat = flatten(layout, docs)?;
    write_book(layout, &flat, opts, messages, None)
}

/// The documents of an import that have errors, in the layout, with an `issues` sheet that
/// lists every issue of those documents and every issue not tied to a document (cell in this
/// workbook, cell in the file received, code, severity, message, guidance): ready to send back
/// to the pledger. Rows that became no document (a row naming an unknown pledge) are listed
/// on the issues sheet by their cell in the file received.
pub fn export_issues_xlsx(import: &Import, opts: &ExportOptions) -> Result<Vec<u8>> {
    issues_book(import, opts, &English, crate::i18n::Lang::En)
}

/// [`export_issues_xlsx`] in `lang`: the sheet names, headers, README and guidance of the
/// issues sheet in that language (the messages are the import's, in the language it was read
/// with); codes, paths and cells never change.
pub fn export_issues_xlsx_in(
    import: &Import,
    opts: &ExportOptions,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>> {
    issues_book(import, opts, &InLanguage::new(lang), lang)
}

fn issues_book(
    import: &Import,
    opts: &ExportOptions,
    messages: &dyn Messages,
    lang: crate::i18n::Lang,
) -> Result<Vec<u8>> {
    let layout = cached(opts.private);
    // The documents with an error, renumbered in order.
    let mut keep: Vec<usize> = import
        .issues
        .iter()
        .filter(|i| i.issue.severity == Severity::Error)
        .filter_map(|i| doc_index(&i.issue.path))
        .filter(|d| *d < import.documents.len())
        .collect();
    keep.sort_unstable();
    keep.dedup();
    let renumber: HashMap<usize, usize> = keep.iter().enumerate().map(|(n, d)| (*d, n)).collect();
    let docs: Vec<Value> = keep
        .iter()
        .filter_map(|d| import.documents.get(*d).cloned())
        .collect();
    let flat = flatten(layout, &docs)?;
    let rows: Vec<IssueRow> = import
        .issues
        .iter()
        .filter(|i| match doc_index(&i.issue.path) {
            Some(d) => renumber.contains_key(&d),
            None => true,
        })
        .map(|i| {
            let new_path = doc_index(&i.issue.path)
                .and_then(|d| renumber.get(&d))
                .map(|n| renumbered(&i.issue.path, *n));
            let here = new_path
                .as_deref()
                .and_then(|p| locate_in_export(layout, &flat.sources, p));
            IssueRow {
                issue: i,
                path: new_path.unwrap_or_else(|| i.issue.path.clone()),
                here,
            }
        })
        .collect();
    write_book(layout, &flat, opts, messages, Some((&rows, lang)))
}

/// The flat analysis tables ([`crate::tables::pledge_tables`]) as a workbook: one sheet per
/// table, a header row of column names (frozen), decimals as text cells (nothing rounded),
/// dates as date cells, integers and booleans as such; text a spreadsheet would read as a
/// formula gets the quote prefix unless `escape_formulas` is off. Only `escape_formulas` of
/// the options applies (the tables never hold the contact). Errors: `export_error` for a text
/// longer than a cell holds, or more rows than a sheet holds.
pub fn tables_xlsx(tables: &crate::tables::Tables, opts: &ExportOptions) -> Result<Vec<u8>> {
    use crate::tables::ColumnData;
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(xlsx_error)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let f = Formats::new();
    for table in tables.all() {
        let sheet = book.add_worksheet();
        sheet.set_name(cut(&table.name, 31)).map_err(xlsx_error)?;
        for (c, column) in table.columns.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| too_wide(&table.name))?;
            sheet
                .write_string_with_format(0, col, &column.name, &f.title)
                .map_err(xlsx_error)?;
            sheet
                .set_column_width(col, column.name.chars().count().clamp(10, 40) as f64 + 2.0)
                .map_err(xlsx_error)?;
            for r in 0..column.data.len() {
                let row = u32::try_from(r)
                    .ok()
                    .and_then(|r| r.checked_add(1))
                    .filter(|r| *r <= LAST_ROW)
                    .ok_or_else(|| Error::Export {
                        pointer: String::new(),
                        message: format!("table `{}` has more rows than a sheet holds", table.name),
                    })?;
                let cell = match &column.data {
                    ColumnData::Text(v) => v.get(r).cloned().flatten().map(Out::Text),
                    ColumnData::Decimal(v) => v
                        .get(r)
                        .copied()
                        .flatten()
                        .map(|d| Out::Text(d.to_string())),
                    ColumnData::Date(v) => v.get(r).copied().flatten().map(Out::Date),
                    ColumnData::Integer(v) => v.get(r).copied().flatten().map(|i| {
                        if i.unsigned_abs() <= 1 << 53 {
                            // At most 2^53: exact as a float.
                            #[allow(clippy::cast_precision_loss)]
                            Out::Number(i as f64)
                        } else {
                            Out::Text(i.to_string())
                        }
                    }),
                    ColumnData::Bool(v) => v.get(r).copied().flatten().map(Out::Bool),
                };
                if let Some(cell) = cell {
                    write_cell(sheet, row, col, &cell, &f, opts.escape_formulas)?;
                }
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    }
    book.save_to_buffer().map_err(xlsx_error)
}

/// One row of the issues sheet.
struct IssueRow<'a> {
    issue: &'a SheetIssue,
    /// The pointer into the documents of this workbook.
    path: String,
    /// Where the issue is in this workbook.
    here: Option<Location>,
}

fn doc_index(pointer: &str) -> Option<usize> {
    pointer.split('/').nth(1)?.parse().ok()
}

fn renumbered(pointer: &str, n: usize) -> String {
    let rest = pointer
        .splitn(3, '/')
        .nth(2)
        .map(|r| format!("/{r}"))
        .unwrap_or_default();
    format!("/{n}{rest}")
}

/// The location in an exported workbook (rows there start below the two header rows).
fn locate_in_export(layout: &Layout, sources: &Sources, pointer: &str) -> Option<Location> {
    let mut shifted = sources.clone();
    for r in &mut shifted.doc_rows {
        *r = r.saturating_add(HEADER_ROWS);
    }
    for list in &mut shifted.elements {
        for (_, _, o) in list.iter_mut() {
            o.row = o.row.saturating_add(HEADER_ROWS);
        }
    }
    shifted.locate(layout, pointer)
}

/// The formats of a workbook.
struct Formats {
    title: Format,
    path: Format,
    text: Format,
    quoted: Format,
    date: Format,
    integer: Format,
    general: Format,
    heading: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Formats {
        let header = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0x00DD_EBF7));
        Formats {
            title: header.clone().set_text_wrap(),
            path: Format::new()
                .set_italic()
                .set_font_color(Color::RGB(0x0059_5959))
                .set_font_size(9)
                .set_background_color(Color::RGB(0x00F2_F2F2)),
            text: Format::new().set_num_format("@"),
            quoted: Format::new().set_num_format("@").set_quote_prefix(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            integer: Format::new().set_num_format("0"),
            general: Format::new(),
            heading: Format::new().set_bold().set_font_size(14),
            wrap: Format::new().set_text_wrap(),
        }
    }

    fn for_column(&self, kind: ValueKind) -> &Format {
        match kind {
            ValueKind::Scalar(Scalar::Date) => &self.date,
            ValueKind::Scalar(Scalar::Integer) => &self.integer,
            ValueKind::Scalar(Scalar::Boolean) => &self.general,
            _ => &self.text,
        }
    }
}

/// Where each codelist is on the codes sheet: its code column and the last row of codes.
type CodeRanges = HashMap<String, (u32, u32)>;

fn write_book(
    layout: &Layout,
    flat: &Flat,
    opts: &ExportOptions,
    messages: &dyn Messages,
    issues: Option<(&[IssueRow<'_>], crate::i18n::Lang)>,
) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    // A fixed creation date: the same input gives the same bytes, and no timestamp leaks.
    let created = ExcelDateTime::from_ymd(2000, 1, 1).map_err(xlsx_error)?;
    book.set_properties(
        &DocProperties::new()
            .set_title("Partner2Connect pledges")
            .set_creation_datetime(&created),
    );
    let f = Formats::new();
    let code_ranges = code_ranges(layout);
    {
        let sheet = book.add_worksheet();
        readme(sheet, layout, &f, messages).map_err(xlsx_error)?;
    }
    if let Some((rows, lang)) = issues {
        let sheet = book.add_worksheet();
        issues_sheet(sheet, rows, &f, messages, lang, opts.escape_formulas)?;
        sheet.set_active(true);
    }
    for (t, table) in layout.tables.iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(&table.name).map_err(xlsx_error)?;
        if table.name == PLEDGES && issues.is_none() {
            sheet.set_active(true);
        }
        for (c, column) in table.columns.iter().enumerate() {
            let col = u16::try_from(c).map_err(|_| too_wide(&table.name))?;
            let title = messages.text(&format!("field.{}.title", column.path), &column.title);
            sheet
                .write_string_with_format(0, col, title.as_ref(), &f.title)
                .map_err(xlsx_error)?;
            sheet
                .write_string_with_format(1, col, &column.path, &f.path)
                .map_err(xlsx_error)?;
            let width = title.chars().count().clamp(12, 40) as f64 + 2.0;
            sheet.set_column_width(col, width).map_err(xlsx_error)?;
            sheet
                .set_column_format(col, f.for_column(column.kind))
                .map_err(xlsx_error)?;
            validation(sheet, col, column, layout, &code_ranges, messages)?;
        }
        sheet.set_freeze_panes(HEADER_ROWS, 0).map_err(xlsx_error)?;
        let rows = flat.tables.get(t).map_or(&[][..], Vec::as_slice);
        for (r, row) in rows.iter().enumerate() {
            let at = u32::try_from(r)
                .ok()
                .and_then(|r| r.checked_add(HEADER_ROWS))
                .filter(|r| *r <= LAST_ROW)
                .ok_or_else(|| Error::Export {
                    pointer: String::new(),
                    message: format!(
                        "sheet `{}` would have more rows than Excel holds",
                        table.name
                    ),
                })?;
            for (c, cell) in row.iter().enumerate() {
                let col = u16::try_from(c).map_err(|_| too_wide(&table.name))?;
                write_cell(sheet, at, col, cell, &f, opts.escape_formulas)
                    .map_err(|e| cell_error(e, flat, t, r, table.columns.get(c)))?;
            }
        }
    }
    {
        let sheet = book.add_worksheet();
        codes_sheet(sheet, layout, &f, messages).map_err(xlsx_error)?;
    }
    book.save_to_buffer().map_err(xlsx_error)
}

fn too_wide(sheet: &str) -> Error {
    Error::Export {
        pointer: String::new(),
        message: format!("sheet `{sheet}` would have more columns than Excel holds"),
    }
}

/// An error writing a cell, with the pointer of the value when the cell is too long.
fn cell_error(e: Error, flat: &Flat, table: usize, row: usize, column: Option<&Column>) -> Error {
    match e {
        Error::Export { message, .. } => {
            let row = u32::try_from(row).unwrap_or(u32::MAX);
            let doc = if table == 0 {
                flat.sources.doc_rows.iter().position(|r| *r == row)
            } else {
                flat.sources
                    .elements
                    .get(table)
                    .and_then(|l| l.iter().find(|(_, _, o)| o.row == row))
                    .and_then(|(d, _, _)| usize::try_from(*d).ok())
            };
            let pointer = match (doc, column) {
                (Some(d), Some(c)) => format!("/{d} ({})", c.path),
                (Some(d), None) => format!("/{d}"),
                _ => String::new(),
            };
            Error::Export { pointer, message }
        }
        other => other,
    }
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Out,
    f: &Formats,
    escape: bool,
) -> Result<()> {
    let r = match cell {
        Out::Empty => return Ok(()),
        Out::Text(s) => {
            let chars = s.chars().count();
            if chars > MAX_CELL_CHARS {
                return Err(Error::Export {
                    pointer: String::new(),
                    message: format!(
                        "a text of {chars} characters is longer than a spreadsheet cell holds ({MAX_CELL_CHARS})"
                    ),
                });
            }
            let format = if escape && crate::formula::is_formula_like(s) {
                &f.quoted
            } else {
                &f.text
            };
            sheet.write_string_with_format(row, col, s, format)
        }
        Out::Number(n) => sheet.write_number_with_format(row, col, *n, &f.integer),
        Out::Bool(b) => sheet.write_boolean(row, col, *b),
        Out::Date(d) => match date_to_serial(*d) {
            Some(serial) => sheet.write_number_with_format(row, col, serial, &f.date),
            // Before 1 March 1900: no date cell holds it; written as text.
            None => {
                sheet.write_string_with_format(row, col, d.format("%Y-%m-%d").to_string(), &f.text)
            }
        },
    };
    r.map(|_| ()).map_err(xlsx_error)
}

/// Text cut to `max` characters, with an ellipsis when cut.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The input message (and, for codelists, the dropdown) of a column.
fn validation(
    sheet: &mut Worksheet,
    col: u16,
    column: &Column,
    layout: &Layout,
    ranges: &CodeRanges,
    messages: &dyn Messages,
) -> Result<()> {
    let title = messages.text(&format!("field.{}.title", column.path), &column.title);
    let description = messages.text(
        &format!("field.{}.description", column.path),
        &column.description,
    );
    let codes = column
        .codelist
        .as_deref()
        .and_then(|name| layout.codes(name).map(|c| (name, c)));
    // The hint (codes, list syntax) is kept whole; the description gives way to it within
    // Excel's 255 characters.
    let mut hint = String::new();
    if let Some((name, c)) = codes {
        // The codes with their labels when they fit, else a pointer to the codes sheet.
        let listed: Vec<String> = c
            .entries
            .iter()
            .map(|(code, label)| {
                let label = messages.text(&format!("code.{name}.{code}"), label);
                if label.as_ref() == code.as_str() {
                    code.clone()
                } else {
                    format!("{code} = {label}")
                }
            })
            .collect();
        let inline = listed.join("; ");
        if inline.chars().count() <= 160 {
            hint.push_str(&inline);
        } else {
            hint.push_str(&fixed(messages, "sheet.input.codes"));
        }
        if !c.closed {
            hint.push(' ');
            hint.push_str(&fixed(messages, "sheet.input.open"));
        }
    }
    if let ValueKind::List(_) = column.kind {
        if !hint.is_empty() {
            hint.push(' ');
        }
        hint.push_str(&fixed(messages, "sheet.readme.list"));
    }
    let message = if hint.is_empty() {
        cut(&description, 255)
    } else {
        let room = 255usize.saturating_sub(hint.chars().count() + 1);
        format!("{}\n{hint}", cut(&description, room))
    };
    let mut dv = DataValidation::new()
        .set_input_title(cut(&title, 32))
        .map_err(xlsx_error)?
        .set_input_message(cut(&message, 255))
        .map_err(xlsx_error)?;
    dv = match (column.kind, codes) {
        (ValueKind::Scalar(_), Some((name, c))) => match ranges.get(name) {
            Some((code_col, last)) => {
                let letters = column_letters(*code_col);
                let style = if c.closed {
                    DataValidationErrorStyle::Stop
                } else {
                    DataValidationErrorStyle::Warning
                };
                dv.allow_list_formula(Formula::new(format!(
                    "={CODES_SHEET}!${letters}$3:${letters}${}",
                    last + 1
                )))
                .set_error_style(style)
                .set_error_title(cut(&fixed(messages, "sheet.error.title"), 32))
                .map_err(xlsx_error)?
                .set_error_message(cut(&fixed(messages, "sheet.error.message"), 255))
                .map_err(xlsx_error)?
            }
            None => dv.allow_any_value(),
        },
        (ValueKind::Scalar(Scalar::Boolean), None) => dv
            .allow_list_strings(&["TRUE", "FALSE"])
            .map_err(xlsx_error)?,
        _ => dv.allow_any_value(),
    };
    sheet
        .add_data_validation(HEADER_ROWS, col, LAST_ROW, col, &dv)
        .map_err(xlsx_error)?;
    Ok(())
}

/// Each codelist's code column on the codes sheet (two columns per list: code, label) and
/// its last row (0-based).
fn code_ranges(layout: &Layout) -> CodeRanges {
    layout
        .codelists
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let col = u32::try_from(i * 2).unwrap_or(u32::MAX);
            let last = u32::try_from(c.entries.len())
                .unwrap_or(u32::MAX)
                .saturating_add(1);
            (c.name.clone(), (col, last))
        })
        .collect()
}

fn codes_sheet(
    sheet: &mut Worksheet,
    layout: &Layout,
    f: &Formats,
    messages: &dyn Messages,
) -> std::result::Result<(), XlsxError> {
    sheet.set_name(CODES_SHEET)?;
    for (i, list) in layout.codelists.iter().enumerate() {
        let col = u16::try_from(i * 2).unwrap_or(u16::MAX);
        let label_col = col.saturating_add(1);
        let title = messages.text(&format!("codelist.{}", list.name), &list.title);
        sheet.write_string_with_format(0, col, title.as_ref(), &f.title)?;
        sheet.write_string_with_format(0, label_col, &list.name, &f.path)?;
        sheet.write_string_with_format(
            1,
            col,
            fixed(messages, "sheet.codes.code").as_ref(),
            &f.path,
        )?;
        sheet.write_string_with_format(
            1,
            label_col,
            fixed(messages, "sheet.codes.label").as_ref(),
            &f.path,
        )?;
        for (r, (code, label)) in list.entries.iter().enumerate() {
            let row = u32::try_from(r + 2).unwrap_or(u32::MAX);
            let label = messages.text(&format!("code.{}.{code}", list.name), label);
            sheet.write_string_with_format(row, col, code, &f.text)?;
            sheet.write_string(row, label_col, label.as_ref())?;
        }
        sheet.set_column_width(col, 16)?;
        sheet.set_column_width(label_col, 30)?;
    }
    sheet.set_freeze_panes(2, 0)?;
    Ok(())
}

fn readme(
    sheet: &mut Worksheet,
    layout: &Layout,
    f: &Formats,
    messages: &dyn Messages,
) -> std::result::Result<(), XlsxError> {
    sheet.set_name(README_SHEET)?;
    sheet.write_string_with_format(
        0,
        0,
        fixed(messages, "sheet.readme.title").as_ref(),
        &f.heading,
    )?;
    let mut row = 2u32;
    for id in [
        "sheet.readme.intro1",
        "sheet.readme.intro2",
        "sheet.readme.intro3",
        "sheet.readme.intro4",
        "sheet.readme.intro5",
    ] {
        sheet.write_string(row, 0, fixed(messages, id).as_ref())?;
        row += 1;
    }
    row += 1;
    let heads = [
        "sheet.readme.sheet",
        "sheet.readme.column",
        "sheet.readme.path",
        "sheet.readme.type",
        "sheet.readme.required",
        "sheet.readme.codes",
        "sheet.readme.description",
    ];
    for (c, id) in heads.iter().enumerate() {
        sheet.write_string_with_format(
            row,
            u16::try_from(c).unwrap_or(0),
            fixed(messages, id).as_ref(),
            &f.title,
        )?;
    }
    sheet.set_freeze_panes(row + 1, 0)?;
    row += 1;
    for table in &layout.tables {
        for column in &table.columns {
            let title = messages.text(&format!("field.{}.title", column.path), &column.title);
            let description: Cow<'_, str> = if column.key && table.kind != TableKind::Pledges {
                fixed(messages, "sheet.readme.key")
            } else {
                messages.text(
                    &format!("field.{}.description", column.path),
                    &column.description,
                )
            };
            let type_name = |s: Scalar| fixed(messages, &format!("sheet.type.{}", s.as_str()));
            let kind = match column.kind {
                ValueKind::Scalar(s) => type_name(s).into_owned(),
                ValueKind::List(s) => {
                    format!(
                        "{} ({})",
                        type_name(s),
                        fixed(messages, "sheet.readme.list")
                    )
                }
                ValueKind::Json => fixed(messages, "sheet.readme.json").into_owned(),
            };
            let codes = column
                .codelist
                .as_deref()
                .and_then(|n| layout.codes(n))
                .map(|c| {
                    messages
                        .text(&format!("codelist.{}", c.name), &c.title)
                        .into_owned()
                })
                .unwrap_or_default();
            sheet.write_string(row, 0, &table.name)?;
            sheet.write_string(row, 1, title.as_ref())?;
            sheet.write_string(row, 2, &column.path)?;
            sheet.write_string(row, 3, &kind)?;
            if column.required {
                sheet.write_string(row, 4, fixed(messages, "sheet.readme.yes").as_ref())?;
            }
            sheet.write_string(row, 5, &codes)?;
            sheet.write_string_with_format(row, 6, description.as_ref(), &f.wrap)?;
            row += 1;
        }
    }
    for (c, w) in [16.0, 36.0, 36.0, 14.0, 9.0, 18.0, 90.0].iter().enumerate() {
        sheet.set_column_width(u16::try_from(c).unwrap_or(0), *w)?;
    }
    Ok(())
}

fn issues_sheet(
    sheet: &mut Worksheet,
    rows: &[IssueRow<'_>],
    f: &Formats,
    messages: &dyn Messages,
    lang: crate::i18n::Lang,
    escape: bool,
) -> Result<()> {
    let loc = crate::i18n::Localizer::new(lang);
    sheet.set_name(ISSUES_SHEET).map_err(xlsx_error)?;
    let heads = [
        "sheet.issues.sheet",
        "sheet.issues.cell",
        "sheet.issues.row",
        "sheet.issues.column",
        "sheet.issues.path",
        "sheet.issues.code",
        "sheet.issues.severity",
        "sheet.issues.message",
        "sheet.issues.guidance",
        "sheet.issues.original",
    ];
    for (c, id) in heads.iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(0);
        sheet
            .write_string_with_format(0, col, fixed(messages, id).as_ref(), &f.title)
            .map_err(xlsx_error)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    for (r, item) in rows.iter().enumerate() {
        let row = u32::try_from(r + 1).unwrap_or(u32::MAX);
        let issue = &item.issue.issue;
        let original = item.issue.location.as_ref();
        // The cell in this workbook, else the place in the file received.
        let here = item.here.as_ref().or(original);
        let guidance = loc.issue_guidance(issue.code).unwrap_or_default();
        let cells: [String; 10] = [
            here.map(|l| l.sheet.clone()).unwrap_or_default(),
            here.and_then(|l| l.cell.clone()).unwrap_or_default(),
            here.and_then(|l| l.row)
                .map(|r| r.to_string())
                .unwrap_or_default(),
            here.and_then(|l| l.column.clone()).unwrap_or_default(),
            item.path.clone(),
            issue.code.to_owned(),
            issue.severity.as_str().to_owned(),
            issue.message.clone(),
            guidance,
            original
                .map(|l| match &l.cell {
                    Some(c) => format!("{}!{c}", l.sheet),
                    None => l.sheet.clone(),
                })
                .unwrap_or_default(),
        ];
        for (c, text) in cells.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(0);
            let text = cut(text, MAX_CELL_CHARS);
            let format = if escape && crate::formula::is_formula_like(&text) {
                &f.quoted
            } else {
                &f.text
            };
            sheet
                .write_string_with_format(row, col, &text, format)
                .map_err(xlsx_error)?;
        }
    }
    for (c, w) in [14.0, 8.0, 6.0, 7.0, 30.0, 34.0, 9.0, 70.0, 70.0, 18.0]
        .iter()
        .enumerate()
    {
        sheet
            .set_column_width(u16::try_from(c).unwrap_or(0), *w)
            .map_err(xlsx_error)?;
    }
    Ok(())
}
