//! Spreadsheet calls (see [`crate::sheets`]): importing a workbook or CSV files with every
//! issue at its cell, and writing the template, documents, the issues workbook and the
//! analysis tables as spreadsheets. One option set for the command line and both bindings.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::options::SeverityOverride;
use super::validate::PreparedValidate;
use super::{LangTag, ValidateCall, Warning};
use crate::i18n::{Lang, Localizer};
use crate::sheets::{
    CsvFile, ExportOptions, HeaderRows, Import, ImportOptions, SheetIssue, SheetLimits,
};
use crate::validate::{Limits, Severity};
use crate::{Error, Result};

/// The format of a spreadsheet: `auto`, `xlsx` or `csv`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SheetFormat {
    /// On input, by the bytes (a zip or OLE container is a workbook), then by the file name's
    /// extension (`.xlsx`, `.xlsm`, `.xls`), else CSV; on output, XLSX.
    #[default]
    Auto,
    /// An Excel workbook (Office Open XML).
    Xlsx,
    /// CSV files, one per table.
    Csv,
}

/// The start of a zip container (an XLSX workbook).
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The start of an OLE compound file (an encrypted workbook, or a legacy `.xls`).
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

impl SheetFormat {
    /// The format of an input: this one unless `auto`; for `auto`, `xlsx` when the bytes
    /// start as a zip or OLE container or the name ends in `.xlsx`, `.xlsm`, `.xltx` or
    /// `.xls` (so that a damaged workbook is reported as one), `csv` otherwise.
    pub fn detect(self, name: Option<&str>, bytes: &[u8]) -> SheetFormat {
        if self != SheetFormat::Auto {
            return self;
        }
        if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(OLE_MAGIC) {
            return SheetFormat::Xlsx;
        }
        let workbook_name = name.is_some_and(|n| {
            let n = n.to_ascii_lowercase();
            [".xlsx", ".xlsm", ".xltx", ".xls"]
                .iter()
                .any(|ext| n.ends_with(ext))
        });
        if workbook_name {
            SheetFormat::Xlsx
        } else {
            SheetFormat::Csv
        }
    }

    /// The format of an output: `auto` is XLSX.
    fn output(self) -> SheetFormat {
        match self {
            SheetFormat::Auto => SheetFormat::Xlsx,
            other => other,
        }
    }
}

/// Importing a workbook or CSV files: rows become pledge documents, validated as a batch;
/// every issue carries its cell. All options are optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct SheetImportCall {
    /// The input's format (`auto`: by its bytes, then its name).
    pub format: SheetFormat,
    /// The date date rules take as today (default: today's UTC date).
    pub as_of: Option<NaiveDate>,
    /// Keep cell values and header text out of messages and params (sheet names remain).
    pub redact_values: bool,
    /// Document limits; `maxStringLen` also bounds each cell.
    pub limits: Limits,
    /// The language of the issue messages (codes, paths, cells and params never change).
    pub lang: Option<LangTag>,
    /// Another severity for the issues of a code, or `off` to leave them out (as for
    /// validation); an unknown code is `unknown_code`.
    pub severity: BTreeMap<String, SeverityOverride>,
    /// Limits on the spreadsheet input (bytes, decompressed bytes, parts, shared strings,
    /// rows, cells).
    pub sheet_limits: SheetLimits,
    /// CSV only: remove the apostrophe an export put before text a spreadsheet would read as
    /// a formula (default true).
    pub restore_formulas: bool,
    /// CSV only: the field delimiter (default: the most frequent of `,`, `;` and tab in the
    /// first line).
    pub delimiter: Option<char>,
}

impl Default for SheetImportCall {
    fn default() -> Self {
        SheetImportCall {
            format: SheetFormat::Auto,
            as_of: None,
            redact_values: false,
            limits: Limits::default(),
            lang: None,
            severity: BTreeMap::new(),
            sheet_limits: SheetLimits::default(),
            restore_formulas: true,
            delimiter: None,
        }
    }
}

/// What an import gives back: `{ valid, documents, issues, rows, warnings }`, each issue with
/// its `sheet`, `row`, `column` and `cell` beside its JSON Pointer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SheetImportAnswer {
    /// The import: documents, issues (severities overridden, messages in the call's
    /// language) and each document's row.
    #[serde(flatten)]
    pub import: Import,
    /// Warnings about the call itself (an unknown language).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl SheetImportAnswer {
    /// The answer as JSON.
    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

/// A checked [`SheetImportCall`], ready to run any number of times.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedSheetImport {
    /// The input's format as asked (`auto` detects it for each input).
    pub format: SheetFormat,
    /// The core's import options.
    pub options: ImportOptions,
    /// The validation part: language, severity overrides, warnings.
    validate: PreparedValidate,
}

impl SheetImportCall {
    /// Check the call (issue codes of `severity`, the language) and build the core's options.
    pub fn prepare(&self) -> Result<PreparedSheetImport> {
        let validate = ValidateCall {
            as_of: self.as_of,
            redact_values: self.redact_values,
            limits: self.limits,
            lang: self.lang.clone(),
            severity: self.severity.clone(),
            batch: true,
            ..ValidateCall::default()
        }
        .prepare()?;
        let options = ImportOptions {
            validate: validate.options.clone(),
            sheet_limits: self.sheet_limits,
            restore_formulas: self.restore_formulas,
            delimiter: self.delimiter,
        };
        Ok(PreparedSheetImport {
            format: self.format,
            options,
            validate,
        })
    }
}

impl PreparedSheetImport {
    /// The language of messages.
    pub fn lang(&self) -> Lang {
        self.validate.lang
    }

    /// Warnings about the call (an unknown language); every answer carries them too.
    pub fn warnings(&self) -> &[Warning] {
        &self.validate.warnings
    }

    /// Import one input: a workbook, or one CSV file (the pledges table, or the table its
    /// `name` stands for). `name` is the file's name, for detecting the format and naming a
    /// CSV file's sheet (default `pledges.csv`). Errors only when this build reads no XLSX.
    pub fn run_bytes(&self, name: Option<&str>, bytes: &[u8]) -> Result<SheetImportAnswer> {
        match self.format.detect(name, bytes) {
            SheetFormat::Csv => {
                let name = name.map_or("pledges.csv", base_name);
                Ok(self.run_csv(&[(name, bytes)]))
            }
            _ => self.xlsx(bytes),
        }
    }

    /// Import CSV files together, each table named by its file's name (`countries.csv`).
    pub fn run_csv(&self, files: &[(&str, &[u8])]) -> SheetImportAnswer {
        self.answer(crate::sheets::import_csv(files, &self.options))
    }

    /// Import files: one workbook, or CSV files (the format as the call says, or detected from
    /// the first file's name and bytes). Errors: `io_error` when a file cannot be read,
    /// `invalid_argument` for no file, several workbooks or a workbook among CSV files.
    pub fn run_paths<P: AsRef<Path>>(&self, paths: &[P]) -> Result<SheetImportAnswer> {
        let Some(first) = paths.first() else {
            return Err(argument("no file to import"));
        };
        let first = first.as_ref();
        let format = match self.format {
            SheetFormat::Auto => {
                let mut head = [0u8; 8];
                let n = read_head(first, &mut head)?;
                SheetFormat::Auto.detect(first.to_str(), head.get(..n).unwrap_or_default())
            }
            other => other,
        };
        match format {
            SheetFormat::Csv => {
                let import = crate::sheets::import_csv_paths(paths, &self.options)?;
                Ok(self.answer(import))
            }
            _ if paths.len() > 1 => Err(argument(
                "a workbook is imported alone: give one XLSX file, or CSV files",
            )),
            _ => self.xlsx_path(first),
        }
    }

    #[cfg(feature = "xlsx")]
    fn xlsx(&self, bytes: &[u8]) -> Result<SheetImportAnswer> {
        Ok(self.answer(crate::sheets::import_xlsx(bytes, &self.options)))
    }

    #[cfg(not(feature = "xlsx"))]
    fn xlsx(&self, _bytes: &[u8]) -> Result<SheetImportAnswer> {
        Err(no_xlsx())
    }

    #[cfg(feature = "xlsx")]
    fn xlsx_path(&self, path: &Path) -> Result<SheetImportAnswer> {
        Ok(self.answer(crate::sheets::import_xlsx_path(path, &self.options)?))
    }

    #[cfg(not(feature = "xlsx"))]
    fn xlsx_path(&self, _path: &Path) -> Result<SheetImportAnswer> {
        Err(no_xlsx())
    }

    /// The answer for an import of the core: severities overridden (`valid` follows them),
    /// messages in the language, the call's warnings attached.
    pub fn answer(&self, mut import: Import) -> SheetImportAnswer {
        let lang = self.validate.lang;
        let localizer = (lang != Lang::En).then(|| Localizer::new(lang));
        import.issues = std::mem::take(&mut import.issues)
            .into_iter()
            .filter_map(|mut i: SheetIssue| {
                match self.validate.override_of(i.issue.code) {
                    Some(None) => return None,
                    Some(Some(severity)) => i.issue.severity = severity,
                    None => {}
                }
                if let Some(loc) = &localizer {
                    i.issue.message = loc.issue_message(&i.issue);
                }
                Some(i)
            })
            .collect();
        import.valid = !import
            .issues
            .iter()
            .any(|i| i.issue.severity == Severity::Error);
        SheetImportAnswer {
            import,
            warnings: self.validate.warnings.clone(),
        }
    }
}

/// Writing spreadsheets: the template, documents, the issues workbook of an import, the
/// analysis tables. All options are optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct SheetExportCall {
    /// The output's format (`auto` is XLSX). The issues workbook and the tables are XLSX only.
    pub format: SheetFormat,
    /// The language of the template's README sheet, prompts and code labels (XLSX; codes,
    /// sheet names and paths never change; CSV headers are English).
    pub lang: Option<LangTag>,
    /// Include private fields (the contact); default false.
    pub private: bool,
    /// Neutralize text a spreadsheet would read as a formula; default true.
    pub escape_formulas: bool,
    /// CSV only: start each file with a UTF-8 byte order mark; default true.
    pub csv_bom: bool,
    /// CSV only: which header rows to write (`both`, `paths`, `titles`).
    pub header_rows: HeaderRows,
}

impl Default for SheetExportCall {
    fn default() -> Self {
        let o = ExportOptions::default();
        SheetExportCall {
            format: SheetFormat::Auto,
            lang: None,
            private: o.private,
            escape_formulas: o.escape_formulas,
            csv_bom: o.csv_bom,
            header_rows: o.header_rows,
        }
    }
}

/// A spreadsheet file written by a call: its name (`pledges.xlsx`, `countries.csv`) and bytes.
pub type SheetFile = CsvFile;

impl SheetExportCall {
    /// The core's export options.
    pub fn options(&self) -> ExportOptions {
        ExportOptions {
            private: self.private,
            escape_formulas: self.escape_formulas,
            csv_bom: self.csv_bom,
            header_rows: self.header_rows,
        }
    }

    /// The language, and the warning for an unknown tag.
    pub fn language(&self) -> (Lang, Vec<Warning>) {
        super::misc::lang_of(self.lang.as_ref())
    }

    /// The empty template: one workbook `template.xlsx` in the call's language, or the CSV
    /// header of the pledges table (`pledges.csv`; the other tables' files are written only
    /// when they have rows).
    pub fn template(&self) -> Result<Vec<SheetFile>> {
        match self.format.output() {
            SheetFormat::Csv => crate::sheets::export_csv(&[], &self.options()),
            _ => Ok(vec![SheetFile {
                name: "template.xlsx".into(),
                bytes: self.template_xlsx()?,
            }]),
        }
    }

    /// The template as a workbook in the call's language, whatever the format.
    #[cfg(feature = "xlsx")]
    pub fn template_xlsx(&self) -> Result<Vec<u8>> {
        crate::sheets::template_xlsx_in(&self.options(), self.language().0)
    }

    /// Pledge documents in the layout: one workbook `pledges.xlsx`, or one CSV file per table
    /// that has rows. `export_error` for a document that does not fit the layout.
    pub fn documents(&self, docs: &[Value]) -> Result<Vec<SheetFile>> {
        match self.format.output() {
            SheetFormat::Csv => crate::sheets::export_csv(docs, &self.options()),
            _ => Ok(vec![SheetFile {
                name: "pledges.xlsx".into(),
                bytes: self.documents_xlsx(docs)?,
            }]),
        }
    }

    /// Pledge documents as one workbook, whatever the format.
    #[cfg(feature = "xlsx")]
    pub fn documents_xlsx(&self, docs: &[Value]) -> Result<Vec<u8>> {
        crate::sheets::export_xlsx_in(docs, &self.options(), self.language().0)
    }

    /// The rows of an import that have errors and an `issues` sheet (cell, code, severity,
    /// message, guidance), as a workbook to send back to the pledger.
    #[cfg(feature = "xlsx")]
    pub fn issues_xlsx(&self, import: &Import) -> Result<Vec<u8>> {
        crate::sheets::export_issues_xlsx_in(import, &self.options(), self.language().0)
    }

    /// The analysis tables as a workbook, one sheet per table.
    #[cfg(feature = "xlsx")]
    pub fn tables_xlsx(&self, tables: &crate::tables::Tables) -> Result<Vec<u8>> {
        crate::sheets::tables_xlsx(tables, &self.options())
    }

    #[cfg(not(feature = "xlsx"))]
    fn template_xlsx(&self) -> Result<Vec<u8>> {
        Err(no_xlsx())
    }

    #[cfg(not(feature = "xlsx"))]
    fn documents_xlsx(&self, _docs: &[Value]) -> Result<Vec<u8>> {
        Err(no_xlsx())
    }
}

/// The last component of a path (`/tmp/countries.csv` → `countries.csv`).
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// Up to `head.len()` first bytes of a file.
fn read_head(path: &Path, head: &mut [u8]) -> Result<usize> {
    use std::io::Read;
    let io = |e: std::io::Error| Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut n = 0;
    while n < head.len() {
        let Some(rest) = head.get_mut(n..) else { break };
        match file.read(rest).map_err(io)? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

fn argument(message: &str) -> Error {
    Error::InvalidArgument {
        pointer: String::new(),
        message: message.into(),
        suggestion: None,
    }
}

#[cfg(not(feature = "xlsx"))]
fn no_xlsx() -> Error {
    Error::InvalidArgument {
        pointer: "/format".into(),
        message: "this build of p2c reads and writes no XLSX (feature `xlsx`); use CSV".into(),
        suggestion: None,
    }
}

#[cfg(all(test, feature = "xlsx"))]
mod tests {
    use super::*;

    fn minimal_csv() -> &'static [u8] {
        b"id,title,formatVersion\r\nP2C-1,Connect schools,1.0\r\n"
    }

    #[test]
    fn detects_by_bytes_then_name() {
        let auto = SheetFormat::Auto;
        assert_eq!(auto.detect(None, b"PK\x03\x04rest"), SheetFormat::Xlsx);
        assert_eq!(auto.detect(Some("x.csv"), OLE_MAGIC), SheetFormat::Xlsx);
        assert_eq!(
            auto.detect(Some("Book.XLSX"), b"id,title"),
            SheetFormat::Xlsx
        );
        assert_eq!(auto.detect(Some("book.csv"), b"id,title"), SheetFormat::Csv);
        assert_eq!(auto.detect(None, b"id,title"), SheetFormat::Csv);
        assert_eq!(
            SheetFormat::Csv.detect(None, b"PK\x03\x04"),
            SheetFormat::Csv
        );
    }

    #[test]
    fn a_template_imports_to_nothing() {
        let (call, _) = super::super::from_json::<SheetExportCall>(r#"{"lang": "fr"}"#).unwrap();
        let files = call.template().unwrap();
        assert_eq!(files[0].name, "template.xlsx");
        let (import, _) =
            super::super::from_json::<SheetImportCall>(r#"{"asOf": "2026-01-01"}"#).unwrap();
        let answer = import
            .prepare()
            .unwrap()
            .run_bytes(None, &files[0].bytes)
            .unwrap();
        assert!(answer.import.valid);
        assert!(answer.import.documents.is_empty());
        assert!(
            answer.import.issues.is_empty(),
            "{:?}",
            answer.import.issues
        );
        let csv = SheetExportCall {
            format: SheetFormat::Csv,
            ..SheetExportCall::default()
        };
        assert_eq!(csv.template().unwrap()[0].name, "pledges.csv");
    }

    #[test]
    fn overrides_language_and_warnings_apply_to_sheet_issues() {
        let plain = SheetImportCall::default().prepare().unwrap();
        let base = plain.run_bytes(Some("in.csv"), minimal_csv()).unwrap();
        assert!(!base.import.valid);
        let first = &base.import.issues[0];
        let located = base.import.issues.iter().find_map(|i| i.location.as_ref());
        assert_eq!(located.unwrap().sheet, "in.csv");
        let code = first.issue.code;

        let (call, _) = super::super::from_value::<SheetImportCall>(serde_json::json!({
            "lang": "fr", "severity": { code: "off" }
        }))
        .unwrap();
        let answer = call
            .prepare()
            .unwrap()
            .run_bytes(None, minimal_csv())
            .unwrap();
        assert!(answer.import.issues.iter().all(|i| i.issue.code != code));
        let dropped = base.import.issues.iter().filter(|i| i.issue.code == code);
        assert_eq!(
            answer.import.issues.len() + dropped.count(),
            base.import.issues.len()
        );
        let changed = answer
            .import
            .issues
            .iter()
            .zip(base.import.issues.iter().filter(|i| i.issue.code != code))
            .any(|(fr, en)| fr.issue.message != en.issue.message);
        assert!(changed, "no message in French");

        let (call, _) =
            super::super::from_json::<SheetImportCall>(r#"{"lang": "xx-nope"}"#).unwrap();
        let answer = call
            .prepare()
            .unwrap()
            .run_bytes(None, minimal_csv())
            .unwrap();
        assert_eq!(answer.warnings[0].code, "unknown_language");
        let json = answer.to_json();
        assert_eq!(json["warnings"][0]["code"], "unknown_language");
        assert!(json["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["sheet"] == "pledges.csv" && i["cell"].is_string()));
    }

    #[test]
    fn unknown_options_and_codes_are_errors() {
        let err = super::super::from_json::<SheetImportCall>(r#"{"sheetLimits": {"maxRow": 3}}"#)
            .unwrap_err();
        assert_eq!(err.code(), "invalid_argument");
        let (call, _) =
            super::super::from_json::<SheetImportCall>(r#"{"severity": {"sheet.nope": "off"}}"#)
                .unwrap();
        assert_eq!(call.prepare().unwrap_err().code(), "unknown_code");
        // An unknown format is an unknown code of the option, as for every enumerated value.
        let err = super::super::from_json::<SheetExportCall>(r#"{"format": "ods"}"#).unwrap_err();
        assert_eq!(err.code(), "unknown_code");
    }

    #[test]
    fn paths_are_detected_and_checked() {
        let dir = std::env::temp_dir().join(format!("p2c-call-sheets-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let csv = dir.join("pledges.csv");
        std::fs::write(&csv, minimal_csv()).unwrap();
        let prepared = SheetImportCall::default().prepare().unwrap();
        let answer = prepared.run_paths(&[&csv]).unwrap();
        assert_eq!(answer.import.documents.len(), 1);
        let book = dir.join("book.xlsx");
        std::fs::write(&book, b"not a workbook").unwrap();
        let answer = prepared.run_paths(&[&book]).unwrap();
        assert!(!answer.import.valid);
        assert!(answer.import.issues[0].issue.code.starts_with("sheet."));
        assert_eq!(
            prepared.run_paths(&[&book, &book]).unwrap_err().code(),
            "invalid_argument"
        );
        assert_eq!(
            prepared.run_paths::<&Path>(&[]).unwrap_err().code(),
            "invalid_argument"
        );
        assert_eq!(
            prepared
                .run_paths(&[dir.join("absent.xlsx")])
                .unwrap_err()
                .code(),
            "io_error"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
