//! Spreadsheets in and out: an Excel template generated from the schema, XLSX and CSV import
//! with every issue mapped to its cell, and exports that round-trip without loss.
//!
//! ```
//! use p2c_core::sheets::{export_csv, import_csv, ExportOptions, ImportOptions};
//!
//! let pledge = serde_json::json!({
//!   "formatVersion": "1.0", "id": "P2C-KEN-0001", "title": "A Digitally Transformed Nation",
//!   "pledgers": { "lead": {
//!     "name": "Government of Kenya", "stakeholderType": "government", "headquarters": "KEN" } },
//!   "pledgeTypes": ["financial"], "focusAreas": ["access"],
//!   "financialValue": { "amount": "258800000", "currency": "USD", "valueDate": "2022-06-07" },
//!   "implementation": { "countries": ["KEN"] }, "reviewState": "published"
//! });
//! let files = export_csv(&[pledge.clone()], &ExportOptions::default())?;
//! let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
//! assert_eq!(names, ["pledges.csv", "pledgeTypes.csv", "focusAreas.csv", "countries.csv"]);
//!
//! let inputs: Vec<(&str, &[u8])> = files.iter().map(|f| (f.name.as_str(), f.bytes.as_slice())).collect();
//! let mut options = ImportOptions::default();
//! options.validate.as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
//! let import = import_csv(&inputs, &options);
//! assert_eq!(import.documents, [pledge]);
//! // The pledge was published without a validation timestamp: a warning, on its row.
//! let issue = &import.issues[0];
//! assert_eq!(issue.issue.code, "lifecycle.published_without_validation");
//! assert_eq!(issue.location.as_ref().unwrap().sheet, "pledges.csv");
//! # Ok::<(), p2c_core::Error>(())
//! ```
//!
//! # The layout
//!
//! [`layout`] derives the spreadsheet form of a pledge document from the pledge JSON Schema
//! (`schema/pledge.schema.json`), so fields added to the model appear without edits here:
//!
//! - **One sheet per table.** The `pledges` sheet has one row per pledge. Every list of the
//!   document (outside another list) gets its own sheet, named after its key: `partners`,
//!   `countries`, `pillars`, `pledgeTypes`, `progressReports`, … Each row of such a sheet is
//!   one element of the list; its first column is the pledge's `id`, which keys the row to its
//!   pledge. Rows keep the list's order. A list of records (partners) has one column per field;
//!   a list of plain values (countries) has one value column.
//! - **Nested objects are columns.** A field inside objects is one column whose path joins the
//!   keys with `/` (`financialValue/amount`, `pledgers/lead/name`).
//! - **Lists inside a list's element** (a progress report's `challenges`) are one cell, the
//!   values joined with `;` (`financial;technical`). A value that contains `;`, starts or ends
//!   with spaces, or is empty makes the cell a JSON array instead (`["a;b","c"]`).
//! - **Two header rows.** Row 1 holds the human title (the schema titles along the path,
//!   joined with `: `, such as `Financial value: Amount`), row 2 the machine path
//!   (`financialValue/amount`; `[]` marks a list: `pledgers/partners[]/name`). On import either
//!   row, or both, may be given; headers match by path or by title (case and spacing ignored,
//!   or the last title alone when that is unique in the sheet), in any column order.
//! - **Cells.** Amounts and other decimals are text cells, so nothing is rounded; dates are
//!   date cells; partial dates (`2021`, `2021-06`) and timestamps are text; whole numbers are
//!   number cells; booleans are `TRUE`/`FALSE`. Empty cells are absent fields, so an empty
//!   text (`""`) and an object without fields (`"period": {}`) are written as empty cells and
//!   read back as absent: the only differences a round trip makes (`null` is absent too). An
//!   object whose schema default is `{}` (`implementation`, which the model always writes)
//!   reads back as `{}`, so a document in canonical form round-trips exactly.
//! - **Format 1.1.** Its fields follow the same rules, with no exception: `announcedOn` and
//!   `financialValue/valueDate` are partial-date text (`2022`, `2022-06`, `2022-06-07`, never
//!   widened to a day); the qualifiers of an amount (`maxAmount`, `isCeiling`, `approximate`,
//!   `basis`, `years`, `inKind`, `statedEquivalent/*`) and `beneficiaries/peopleReachedIsFloor`
//!   are columns of the pledges sheet; `events`, the lead's `roles`, `sdgs`, `components`,
//!   `countryGroups`, `unspecifiedCountriesIn` and beneficiary `counts` are sheets of their
//!   own; a partner's `roles` and an SDG's `targets` are list cells. `unknown` (focus area,
//!   stakeholder type) is a code of its dropdown like any other. Events offer the known P2C
//!   events as an open list; an SDG goal is a number cell (1 to 17), without a dropdown, so
//!   that it stays a JSON number.
//! - **Private data.** The `contact` is written only when asked for ([`ExportOptions::private`]);
//!   an import reads it whenever its columns are present.
//! - **Short forms accepted on import.** A list of plain values may also be given on the
//!   pledges sheet as one column (path `pledgeTypes[]` or `pledgeTypes`, or the list's title)
//!   with values joined by `;`; they come before the rows of the list's own sheet. A single
//!   CSV file that is not named after a table is the pledges table.
//!
//! # Import
//!
//! [`import_xlsx`] and [`import_csv`] turn rows into pledge documents (JSON values, one per row
//! of the pledges sheet, in order) and validate them as a batch with the normal validator
//! ([`crate::validate::validate_batch_value`]). Every issue ([`SheetIssue`]) keeps its code,
//! severity, JSON Pointer (`/3/financialValue/amount`, the index being the document's) and
//! params, and carries its [`Location`]: sheet, 1-based row, column letters and A1 cell. Issues
//! about a missing field point at the empty cell of its column, or at the row's id cell when
//! the sheet has no such column.
//!
//! Problems of the workbook itself are issues too, never errors: unreadable or encrypted
//! files, size limits ([`SheetLimits`]), unknown, misspelled, duplicate or missing columns and
//! sheets (one issue per column, and the per-row "missing field" issues it explains are left
//! out), rows naming an unknown pledge, inexact numbers, formulas (their cached values are
//! read), merged cells, hidden sheets, error values. The codes are in the issue-code
//! catalogue (`sheet.*`).
//!
//! With `validate.redactValues`, messages and params carry no cell value or header text;
//! sheet names remain, since they are the locations.
//!
//! **Numbers.** A number cell is read as the decimal it shows when that is exact: an integer,
//! or a value whose shortest round-trip decimal has at most 15 significant digits (`258.8`).
//! Anything else (`0.30000000000000004`) is a `sheet.inexact_number` issue on its cell; p2c
//! never rounds. Date cells are read in the workbook's date system (1900 or 1904); text dates
//! are read as written (`2022-06-07`); in a partial-date column a whole number from 1 to 9999
//! is a year.
//!
//! # Export
//!
//! [`export_xlsx`] and [`export_csv`] write documents in the same layout; [`template_xlsx`]
//! writes it empty, with a README sheet explaining every column, dropdowns of each codelist's
//! codes (their labels are on the `codes` sheet and in the input message), date and text
//! formats, and frozen header rows. [`export_issues_xlsx`] writes the rows of an import that
//! have errors, with an `issues` sheet (cell, code, severity, message, guidance), ready to be
//! sent back to the pledger. [`tables_xlsx`] writes the flat analysis tables
//! ([`crate::tables`]) as a workbook. [`template_xlsx_in`], [`export_xlsx_in`] and
//! [`export_csv_in`] write the human words (column titles and descriptions, README, code
//! labels, prompts) in one of the six UN languages ([`InLanguage`]); sheet and file names,
//! paths, codes and values never change, and an import reads titles in any of the six
//! languages. Exports neutralize text a spreadsheet would read as a formula
//! ([`crate::formula`]) unless [`ExportOptions::escape_formulas`] is off; CSV import undoes exactly
//! that escaping ([`ImportOptions::restore_formulas`]).

// Without the `xlsx` feature only CSV is built, and the XLSX helpers lie unused.
#![cfg_attr(not(feature = "xlsx"), allow(dead_code))]

mod cell;
mod csv_io;
mod layout;
pub(crate) mod read;
pub(crate) mod text;
mod write;
#[cfg(feature = "xlsx")]
mod xlsx;

use serde::{Deserialize, Serialize};

use crate::validate::{Issue, Severity, ValidateOptions};

pub use cell::{a1, column_letters, exact_decimal, serial_to_datetime, MAX_EXACT_DIGITS};
pub use csv_io::{
    export_csv, export_csv_in, export_csv_with, import_csv, import_csv_paths, CsvFile,
};
pub use layout::{
    layout, Codes, Column, Layout, Scalar, Table, TableKind, ValueKind, ID, LIST_SEPARATOR, PLEDGES,
};
pub use text::{fields_catalogue, English, InLanguage, Messages, FIXED as TEMPLATE_MESSAGES};
#[cfg(feature = "xlsx")]
pub use xlsx::{
    export_issues_xlsx, export_issues_xlsx_in, export_xlsx, export_xlsx_in, export_xlsx_with,
    import_xlsx, import_xlsx_path, tables_xlsx, template_xlsx, template_xlsx_in,
    template_xlsx_with, READER_FAILED,
};

/// The most columns a sheet has (Excel's limit, `XFD`); a CSV record with more fields is a
/// `sheet.limit_exceeded` issue (`limit`: `maxColumns`) and the file is not read further.
pub const MAX_COLUMNS: u32 = 16_384;

/// The name of the sheet that explains the layout (template and exports).
pub const README_SHEET: &str = "README";
/// The name of the sheet that lists every codelist's codes and labels.
pub const CODES_SHEET: &str = "codes";
/// The name of the sheet that lists the issues of an import ([`export_issues_xlsx`]).
pub const ISSUES_SHEET: &str = "issues";

/// Where an issue is in the spreadsheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The sheet's name (for CSV, the file's name).
    pub sheet: String,
    /// The 1-based row, when the issue is about a row or a cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    /// The column letters (`B`), when the issue is about a column or a cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The A1 reference (`B5`), when the issue is about a cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
}

impl Location {
    /// A location of a whole sheet.
    pub(crate) fn sheet(sheet: &str) -> Location {
        Location {
            sheet: sheet.to_owned(),
            row: None,
            column: None,
            cell: None,
        }
    }

    /// The location of a 0-based row and, when known, column.
    pub(crate) fn at(sheet: &str, row: u32, col: Option<u32>) -> Location {
        Location {
            sheet: sheet.to_owned(),
            row: Some(row.saturating_add(1)),
            column: col.map(cell::column_letters),
            cell: col.map(|c| cell::a1(row, c)),
        }
    }
}

/// An issue of an import: the validator's issue (code, severity, JSON Pointer, message, params)
/// with its place in the spreadsheet. Serializes flat: `{ code, severity, path, message,
/// params, sheet, row, column, cell }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetIssue {
    /// The issue. Its `path` is the JSON Pointer in the imported documents (`/3/title`, the
    /// index being the document's), or `""` for an issue about the workbook, a sheet, a header
    /// or a row that became no document.
    #[serde(flatten)]
    pub issue: Issue,
    /// Where it is; `None` for an issue about the whole file.
    #[serde(flatten)]
    pub location: Option<Location>,
}

/// The result of an import: the documents and every issue, each with its cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Import {
    /// True when no issue has severity `error`.
    pub valid: bool,
    /// One pledge document per row of the pledges sheet, in order.
    pub documents: Vec<serde_json::Value>,
    /// Every issue: those about the file, sheets and headers first, then the others in the
    /// order of their cells.
    pub issues: Vec<SheetIssue>,
    /// For each document, its 1-based row on the pledges sheet.
    pub rows: Vec<u32>,
}

impl Import {
    /// The issues of one severity.
    pub fn with_severity(&self, severity: Severity) -> impl Iterator<Item = &SheetIssue> {
        self.issues
            .iter()
            .filter(move |i| i.issue.severity == severity)
    }

    /// The result as JSON (`{ valid, documents, issues, rows }`).
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

/// Size limits for spreadsheet input, checked before anything is allocated for what they
/// bound. A text cell longer than the validator's `limits.maxStringLen` is an
/// `input.string_too_long` issue on its cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct SheetLimits {
    /// Largest accepted file, in bytes (default 256 MiB; for CSV, all files together: the CSV
    /// export of 100,000 pledges is about 80 MB, the same as XLSX about 26 MB).
    pub max_bytes: usize,
    /// Largest total size of a workbook's parts once decompressed, in bytes (default 512 MiB):
    /// the bound on zip bombs.
    pub max_uncompressed_bytes: u64,
    /// Most parts (files) in a workbook's zip container (default 10,000).
    pub max_parts: u64,
    /// Most entries in a workbook's shared-string table (default 5,000,000).
    pub max_shared_strings: u64,
    /// Most non-empty rows read from one sheet (default 200,000).
    pub max_rows: u32,
    /// Most non-empty cells read from the whole workbook (default 10,000,000). A sheet's cells
    /// are held while it is read, about 40 bytes each plus their text.
    pub max_cells: u64,
}

impl Default for SheetLimits {
    fn default() -> Self {
        SheetLimits {
            max_bytes: 256 * 1024 * 1024,
            max_uncompressed_bytes: 512 * 1024 * 1024,
            max_parts: 10_000,
            max_shared_strings: 5_000_000,
            max_rows: 200_000,
            max_cells: 10_000_000,
        }
    }
}

/// Options of an import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ImportOptions {
    /// Options of the validation the documents go through (as-of date, redaction, and the
    /// document limits; `limits.maxStringLen` also bounds each cell).
    pub validate: ValidateOptions,
    /// Limits on the spreadsheet input.
    pub sheet_limits: SheetLimits,
    /// CSV only: remove the apostrophe an export put before text a spreadsheet would read as a
    /// formula (see [`crate::formula`]); default true. Turn it off for files written with
    /// `escape_formulas: false`.
    pub restore_formulas: bool,
    /// CSV only: the field delimiter; `None` (the default) takes the one of `,`, `;` and tab
    /// that is most frequent in the first line.
    pub delimiter: Option<char>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            validate: ValidateOptions::default(),
            sheet_limits: SheetLimits::default(),
            restore_formulas: true,
            delimiter: None,
        }
    }
}

/// Which header rows an export writes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum HeaderRows {
    /// Titles in row 1, paths in row 2 (the default, and always for XLSX).
    #[default]
    Both,
    /// Paths only (one header row): for CSV read by programs.
    Paths,
    /// Titles only (one header row).
    Titles,
}

/// Options of an export or a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ExportOptions {
    /// Include private fields (the contact). Default false: public output has no contact.
    pub private: bool,
    /// Neutralize text a spreadsheet would read as a formula (see [`crate::formula`]); default true.
    /// Turn off only for machine-to-machine files.
    pub escape_formulas: bool,
    /// CSV only: start each file with a UTF-8 byte order mark, so that spreadsheet programs
    /// read it as UTF-8; default true.
    pub csv_bom: bool,
    /// CSV only: which header rows to write (XLSX always writes both).
    pub header_rows: HeaderRows,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            private: false,
            escape_formulas: true,
            csv_bom: true,
            header_rows: HeaderRows::Both,
        }
    }
}

/// The documents of typed pledges, for the export functions (which take JSON values so that
/// they can also write documents that do not validate).
pub fn pledge_documents(pledges: &[crate::Pledge]) -> Vec<serde_json::Value> {
    pledges
        .iter()
        .map(|p| serde_json::to_value(p).unwrap_or(serde_json::Value::Null))
        .collect()
}
