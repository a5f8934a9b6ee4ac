//! CSV in and out: one file per table (`pledges.csv`, `countries.csv`, …), or one pledges file.

use std::borrow::Cow;
use std::path::Path;

use serde_json::Value;

use super::cell::RawValue;
use super::layout::{cached, TableKind};
use super::read::{sheet_issue, Importer, RawRow, SheetMeta};
use super::text::{English, InLanguage, Messages};
use super::write::{flatten, Out};
use super::{ExportOptions, HeaderRows, Import, ImportOptions, Location};
use crate::validate::Code;
use crate::{Error, Result};

/// One CSV file of an export: its name (`countries.csv`) and contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFile {
    /// The file name: the table's name and `.csv`.
    pub name: String,
    /// The file's bytes (UTF-8, CRLF line ends, a byte order mark unless turned off).
    pub bytes: Vec<u8>,
}

/// The table a file name stands for: the name without directories and `.csv`.
fn stem(name: &str) -> &str {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match base.len().checked_sub(4).and_then(|i| base.get(i..)) {
        Some(ext) if ext.eq_ignore_ascii_case(".csv") => base.get(..base.len() - 4).unwrap_or(base),
        _ => base,
    }
}

fn limit_import(limit: &str, max: u64, actual: u64, what: &str) -> Import {
    let mut params = serde_json::Map::new();
    params.insert("scope".into(), "files".into());
    params.insert("limit".into(), limit.into());
    params.insert("max".into(), max.into());
    params.insert("actual".into(), actual.into());
    Import {
        valid: false,
        documents: Vec::new(),
        issues: vec![sheet_issue(
            Code::SheetLimitExceeded,
            String::new(),
            format!("{what} exceeds the limit `{limit}` of {max} (found {actual})"),
            params,
            None,
        )],
        rows: Vec::new(),
    }
}

/// The delimiter most frequent in the first line outside quotes (`,` on a tie).
fn sniff(text: &str) -> u8 {
    let line = text.lines().next().unwrap_or("");
    let (mut comma, mut semi, mut tab, mut quoted) = (0usize, 0usize, 0usize, false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => comma += 1,
            ';' if !quoted => semi += 1,
            '\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if semi > comma && semi >= tab {
        b';'
    } else if tab > comma && tab > semi {
        b'\t'
    } else {
        b','
    }
}

/// Import CSV files in the spreadsheet layout: `(file name, bytes)` pairs, one file per table
/// (named after the table, `countries.csv`, or its title), or a single file of pledges under
/// any name. See the [module documentation](super) for the layout and the issues. Never fails:
/// unreadable input is an issue (`sheet.unreadable`, `sheet.limit_exceeded`).
pub fn import_csv(files: &[(&str, &[u8])], opts: &ImportOptions) -> Import {
    let limits = opts.sheet_limits;
    let total: usize = files
        .iter()
        .map(|(_, b)| b.len())
        .fold(0, usize::saturating_add);
    if total > limits.max_bytes {
        return limit_import(
            "maxBytes",
            limits.max_bytes as u64,
            total as u64,
            "the size of the CSV files in bytes",
        );
    }
    let layout = cached(true);
    let mut importer = Importer::new(layout, opts);
    importer.restore = opts.restore_formulas;
    let single = files.len() == 1
        && files.first().is_some_and(|(name, _)| {
            let s = super::read::normalize(stem(name));
            !layout.tables.iter().any(|t| {
                super::read::normalize(&t.name) == s || super::read::normalize(&t.title) == s
            })
        });
    let metas: Vec<SheetMeta> = files
        .iter()
        .map(|(name, _)| SheetMeta {
            name: if single {
                super::PLEDGES.to_owned()
            } else {
                stem(name).to_owned()
            },
            label: (*name).to_owned(),
            hidden: false,
            worksheet: true,
        })
        .collect();
    let plan = importer.plan(&metas);
    let mut cells = 0u64;
    for (file, table) in plan {
        let (Some((name, bytes)), Some(meta)) = (files.get(file), metas.get(file)) else {
            continue;
        };
        match read_rows(name, bytes, opts, &mut cells) {
            Ok((rows, cut)) => {
                if let Some(issue) = cut {
                    importer.push(issue);
                }
                importer.read_table(table, &meta.label, &rows);
            }
            Err(issue) => {
                let stop = issue.issue.code == Code::SheetLimitExceeded.as_str();
                importer.unreadable(table, &meta.label);
                importer.push(*issue);
                if stop {
                    break;
                }
            }
        }
    }
    importer.finish()
}

/// Read CSV files from disk and [`import_csv`] them. Errors: `io_error` when a file cannot be
/// read; files larger together than `sheetLimits.maxBytes` are not read (an issue says so).
pub fn import_csv_paths<P: AsRef<Path>>(paths: &[P], opts: &ImportOptions) -> Result<Import> {
    let mut total = 0u64;
    for p in paths {
        let p = p.as_ref();
        let len = std::fs::metadata(p).map_err(|e| io_error(p, &e))?.len();
        total = total.saturating_add(len);
    }
    if total > opts.sheet_limits.max_bytes as u64 {
        return Ok(limit_import(
            "maxBytes",
            opts.sheet_limits.max_bytes as u64,
            total,
            "the size of the CSV files in bytes",
        ));
    }
    let mut contents = Vec::with_capacity(paths.len());
    for p in paths {
        let p = p.as_ref();
        let bytes = std::fs::read(p).map_err(|e| io_error(p, &e))?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        contents.push((name, bytes));
    }
    let files: Vec<(&str, &[u8])> = contents
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Ok(import_csv(&files, opts))
}

pub(crate) fn io_error(path: &Path, e: &std::io::Error) -> Error {
    Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    }
}

/// The non-empty records of one file (and the issue of a row limit that cut them short), or
/// the issue that stops reading it.
fn read_rows<'a>(
    name: &str,
    bytes: &'a [u8],
    opts: &ImportOptions,
    cells: &mut u64,
) -> std::result::Result<(Vec<RawRow<'a>>, Option<super::SheetIssue>), Box<super::SheetIssue>> {
    let limits = opts.sheet_limits;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| -> Box<super::SheetIssue> {
        let mut params = serde_json::Map::new();
        params.insert("what".into(), "encoding".into());
        params.insert("sheet".into(), name.into());
        params.insert("reason".into(), "not UTF-8".into());
        params.insert("offset".into(), e.valid_up_to().into());
        Box::new(sheet_issue(
            Code::SheetUnreadable,
            String::new(),
            format!(
                "file `{name}` is not UTF-8 text (first invalid byte at offset {}); save it as CSV UTF-8",
                e.valid_up_to()
            ),
            params,
            Some(Location::sheet(name)),
        ))
    })?;
    let delimiter = match opts.delimiter {
        Some(c) => u8::try_from(u32::from(c)).unwrap_or(b','),
        None => sniff(text),
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut index = 0u32;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let mut params = serde_json::Map::new();
                params.insert("what".into(), "csv".into());
                params.insert("sheet".into(), name.into());
                params.insert("reason".into(), e.to_string().into());
                return Err(Box::new(sheet_issue(
                    Code::SheetUnreadable,
                    String::new(),
                    format!("file `{name}` is not valid CSV: {e}"),
                    params,
                    Some(Location::at(name, index, None)),
                )));
            }
        }
        if record.len() > super::MAX_COLUMNS as usize {
            return Err(Box::new(limit_issue(
                name,
                "maxColumns",
                u64::from(super::MAX_COLUMNS),
                record.len() as u64,
            )));
        }
        let row_cells: Vec<(u32, RawValue<'a>)> = record
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.is_empty())
            .map(|(c, f)| {
                (
                    u32::try_from(c).unwrap_or(u32::MAX),
                    RawValue::Text(Cow::Owned(f.to_owned())),
                )
            })
            .collect();
        if !row_cells.is_empty() {
            *cells = cells.saturating_add(row_cells.len() as u64);
            if *cells > limits.max_cells {
                return Err(Box::new(limit_issue(
                    name,
                    "maxCells",
                    limits.max_cells,
                    *cells,
                )));
            }
            if rows.len() >= limits.max_rows as usize {
                // The rows before the limit are read, as from a workbook.
                let issue = limit_issue(
                    name,
                    "maxRows",
                    u64::from(limits.max_rows),
                    rows.len() as u64 + 1,
                );
                return Ok((rows, Some(issue)));
            }
            rows.push(RawRow {
                row: index,
                cells: row_cells,
            });
        }
        index = index.saturating_add(1);
    }
    Ok((rows, None))
}

pub(crate) fn limit_issue(sheet: &str, limit: &str, max: u64, actual: u64) -> super::SheetIssue {
    let mut params = serde_json::Map::new();
    params.insert("scope".into(), "sheet".into());
    params.insert("sheet".into(), sheet.into());
    params.insert("limit".into(), limit.into());
    params.insert("max".into(), max.into());
    params.insert("actual".into(), actual.into());
    sheet_issue(
        Code::SheetLimitExceeded,
        String::new(),
        format!("`{sheet}` exceeds the limit `{limit}` of {max} (found at least {actual}); nothing past it was read"),
        params,
        Some(Location::sheet(sheet)),
    )
}

/// Write documents as CSV files in the spreadsheet layout: `pledges.csv`, then one file per
/// list that has rows. Text a spreadsheet would read as a formula is neutralized (see
/// [`crate::formula`]) unless `escape_formulas` is off. Errors: `export_error` for a document that
/// does not fit the layout.
pub fn export_csv(docs: &[Value], opts: &ExportOptions) -> Result<Vec<CsvFile>> {
    export_csv_with(docs, opts, &English)
}

/// [`export_csv`] with the title header row in one of the six UN languages (see
/// [`InLanguage`]); file names, paths, codes and values unchanged. An import reads the titles
/// of any of the six languages.
pub fn export_csv_in(
    docs: &[Value],
    opts: &ExportOptions,
    lang: crate::i18n::Lang,
) -> Result<Vec<CsvFile>> {
    export_csv_with(docs, opts, &InLanguage::new(lang))
}

/// [`export_csv`] with the column titles from `messages` (see [`Messages`]).
pub fn export_csv_with(
    docs: &[Value],
    opts: &ExportOptions,
    messages: &dyn Messages,
) -> Result<Vec<CsvFile>> {
    let layout = cached(opts.private);
    let flat = flatten(layout, docs)?;
    let mut files = Vec::new();
    for (table, rows) in layout.tables.iter().zip(&flat.tables) {
        if rows.is_empty() && table.kind != TableKind::Pledges {
            continue;
        }
        let mut out = Vec::new();
        if opts.csv_bom {
            out.extend_from_slice(b"\xEF\xBB\xBF");
        }
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let io = |e: csv::Error| Error::Io {
            path: format!("<{}.csv>", table.name),
            message: e.to_string(),
        };
        let titles = || -> Vec<Cow<'_, str>> {
            table
                .columns
                .iter()
                .map(|c| messages.text(&format!("field.{}.title", c.path), &c.title))
                .collect()
        };
        let paths = || -> Vec<Cow<'_, str>> {
            table
                .columns
                .iter()
                .map(|c| Cow::Borrowed(c.path.as_str()))
                .collect()
        };
        let headers: Vec<Vec<Cow<'_, str>>> = match opts.header_rows {
            HeaderRows::Both => vec![titles(), paths()],
            HeaderRows::Paths => vec![paths()],
            HeaderRows::Titles => vec![titles()],
        };
        for h in headers {
            w.write_record(h.iter().map(|t| t.as_bytes())).map_err(io)?;
        }
        for row in rows {
            w.write_record(row.iter().map(|cell| csv_text(cell, opts.escape_formulas)))
                .map_err(io)?;
        }
        w.flush().map_err(|e| Error::Io {
            path: format!("<{}.csv>", table.name),
            message: e.to_string(),
        })?;
        drop(w);
        files.push(CsvFile {
            name: format!("{}.csv", table.name),
            bytes: out,
        });
    }
    Ok(files)
}

fn csv_text(cell: &Out, escape: bool) -> String {
    match cell {
        Out::Empty => String::new(),
        Out::Text(s) if escape => crate::formula::neutralize_formula(s).into_owned(),
        Out::Text(s) => s.clone(),
        Out::Number(f) => {
            super::cell::exact_integer(*f).map_or_else(|| f.to_string(), |i| i.to_string())
        }
        Out::Bool(b) => b.to_string(),
        Out::Date(d) => d.format("%Y-%m-%d").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_delimiters() {
        assert_eq!(stem("dir/countries.CSV"), "countries");
        assert_eq!(stem("pledges"), "pledges");
        assert_eq!(stem("C:\\x\\a.csv"), "a");
        assert_eq!(sniff("a;b;c\n1,2"), b';');
        assert_eq!(sniff("a,b;c"), b',');
        assert_eq!(sniff("a\tb\tc"), b'\t');
        assert_eq!(sniff("\"a;b\",c"), b',');
    }
}
