//! Rows to documents: sheets matched to tables, headers to columns, cells converted by their
//! column's type; then the documents are validated and every issue gets its cell.
//!
//! The XLSX and CSV readers only produce [`RawRow`]s; everything else is here, once.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde_json::{Map, Number, Value};

use super::cell::{exact_decimal, exact_integer, serial_to_datetime, shortest_decimal, RawValue};
use super::layout::{Layout, Scalar, Table, TableKind, ValueKind, ID, LIST_SEPARATOR};
use super::{ImportOptions, Location, SheetIssue};
use crate::validate::{self, suggest, Code, Issue, Report};

/// One sheet of the input, as its reader lists it.
#[derive(Debug, Clone)]
pub(crate) struct SheetMeta {
    /// The name that says which table the sheet is (a CSV file's name without `.csv`).
    pub(crate) name: String,
    /// The name issues give as the sheet (a CSV file's name as given).
    pub(crate) label: String,
    /// Whether the sheet is hidden.
    pub(crate) hidden: bool,
    /// Whether it is a worksheet (not a chart sheet).
    pub(crate) worksheet: bool,
}

/// A non-empty row: its 0-based index and its cells by 0-based column, in column order.
#[derive(Debug, Clone)]
pub(crate) struct RawRow<'a> {
    pub(crate) row: u32,
    pub(crate) cells: Vec<(u32, RawValue<'a>)>,
}

/// Where an element of a list came from: a row of a sheet, or one cell of the pledges sheet
/// (the short form of a list of values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Origin {
    /// The table whose sheet holds it.
    pub(crate) table: usize,
    /// The 0-based row.
    pub(crate) row: u32,
    /// The 0-based column, when the element is one cell.
    pub(crate) col: Option<u32>,
}

/// A sheet that was read: its name and which of the table's columns are where.
#[derive(Debug, Clone, Default)]
pub(crate) struct SheetSrc {
    pub(crate) name: String,
    /// Sheet column (0-based) of each table column present, by table column index.
    pub(crate) cols: HashMap<usize, u32>,
}

/// Where every document, element and value of a set of documents is: enough to give any
/// JSON Pointer into the documents its cell.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sources {
    /// Per table, the sheet it was read from (or written to).
    pub(crate) sheets: Vec<Option<SheetSrc>>,
    /// Per document, its 0-based row on the pledges sheet.
    pub(crate) doc_rows: Vec<u32>,
    /// Per table, `(document, element, origin)`, sorted.
    pub(crate) elements: Vec<Vec<(u32, u32, Origin)>>,
}

impl Sources {
    pub(crate) fn new(tables: usize) -> Sources {
        Sources {
            sheets: vec![None; tables],
            doc_rows: Vec::new(),
            elements: vec![Vec::new(); tables],
        }
    }

    fn element(&self, table: usize, doc: u32, elem: u32) -> Option<Origin> {
        let list = self.elements.get(table)?;
        list.binary_search_by(|(d, e, _)| (*d, *e).cmp(&(doc, elem)))
            .ok()
            .and_then(|i| list.get(i))
            .map(|(_, _, o)| *o)
    }

    fn first_element(&self, table: usize, doc: u32) -> Option<Origin> {
        let list = self.elements.get(table)?;
        let i = list.partition_point(|(d, _, _)| *d < doc);
        list.get(i)
            .filter(|(d, _, _)| *d == doc)
            .map(|(_, _, o)| *o)
    }

    /// The cell of table column `col` in an origin's row, when the sheet has that column.
    fn cell(&self, layout: &Layout, origin: Origin, col: Option<usize>) -> Location {
        let Some(src) = self.sheets.get(origin.table).and_then(Option::as_ref) else {
            return Location::sheet("");
        };
        if let Some(c) = origin.col {
            return Location::at(&src.name, origin.row, Some(c));
        }
        let sheet_col = col.and_then(|c| src.cols.get(&c).copied()).or_else(|| {
            // The row's key: the pledge id (first column of every table).
            let table = layout.tables.get(origin.table)?;
            let key = table.columns.iter().position(|c| c.path == ID)?;
            src.cols.get(&key).copied()
        });
        Location::at(&src.name, origin.row, sheet_col)
    }

    /// The location of a JSON Pointer into the documents (`/3/financialValue/amount`).
    pub(crate) fn locate(&self, layout: &Layout, pointer: &str) -> Option<Location> {
        let mut segs = pointer.split('/').skip(1).map(unescape);
        let doc: u32 = segs.next()?.parse().ok()?;
        let row = *self.doc_rows.get(usize::try_from(doc).ok()?)?;
        let segs: Vec<String> = segs.collect();
        let mut table_idx = 0usize;
        let mut origin = Origin {
            table: 0,
            row,
            col: None,
        };
        let mut rel: Vec<&str> = Vec::new();
        let mut k = 0;
        while let Some(seg) = segs.get(k) {
            if table_idx == 0 {
                // Does `rel + seg` name a list with its own table?
                let candidate: Vec<&str> = rel
                    .iter()
                    .copied()
                    .chain(std::iter::once(seg.as_str()))
                    .collect();
                let child = layout.tables.iter().position(|t| {
                    t.kind != TableKind::Pledges
                        && t.segments
                            .iter()
                            .map(String::as_str)
                            .eq(candidate.iter().copied())
                });
                if let Some(t) = child {
                    let elem = segs.get(k + 1).and_then(|e| e.parse::<u32>().ok());
                    let found = match elem {
                        Some(e) => self.element(t, doc, e),
                        None => None,
                    };
                    match found {
                        Some(o) => {
                            table_idx = t;
                            origin = o;
                            rel.clear();
                            k += 2;
                            continue;
                        }
                        None => {
                            // The list as a whole (or an element with no row): its first row,
                            // else the pledge's row.
                            return Some(match self.first_element(t, doc) {
                                Some(o) => self.cell(layout, o, None),
                                None => self.cell(layout, origin, None),
                            });
                        }
                    }
                }
            }
            rel.push(seg.as_str());
            k += 1;
        }
        let table = layout.tables.get(table_idx)?;
        if origin.col.is_some() {
            return Some(self.cell(layout, origin, None));
        }
        let present = |i: usize| {
            self.sheets
                .get(origin.table)
                .and_then(Option::as_ref)
                .is_some_and(|s| s.cols.contains_key(&i))
        };
        let key_of = |c: &super::layout::Column| !c.key;
        // The column of the value itself, then a list cell holding it, then the first present
        // column inside an object the pointer names; else the row's key.
        let exact = table
            .columns
            .iter()
            .position(|c| key_of(c) && c.rel.iter().map(String::as_str).eq(rel.iter().copied()));
        let col = exact
            .filter(|_| table.kind != TableKind::Pledges || !rel.is_empty())
            .or_else(|| {
                table.columns.iter().position(|c| {
                    key_of(c)
                        && matches!(c.kind, ValueKind::List(_) | ValueKind::Json)
                        && !c.rel.is_empty()
                        && rel.starts_with(&c.rel.iter().map(String::as_str).collect::<Vec<_>>())
                })
            })
            .or_else(|| {
                (!rel.is_empty())
                    .then(|| {
                        table.columns.iter().enumerate().position(|(i, c)| {
                            key_of(c)
                                && present(i)
                                && c.rel.len() > rel.len()
                                && c.rel.iter().zip(&rel).all(|(a, b)| a == b)
                        })
                    })
                    .flatten()
            });
        Some(self.cell(layout, origin, col))
    }
}

/// RFC 6901 unescaping of one reference token.
fn unescape(s: &str) -> String {
    if s.contains('~') {
        s.replace("~1", "/").replace("~0", "~")
    } else {
        s.to_owned()
    }
}

fn escape(s: &str) -> Cow<'_, str> {
    if s.contains(['~', '/']) {
        Cow::Owned(s.replace('~', "~0").replace('/', "~1"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A header, title or sheet name for matching: lower case, runs of spaces as one, no spaces
/// around `:` and `/`.
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        let word = word.to_lowercase();
        let glue = out.ends_with([':', '/']) || word.starts_with([':', '/']) || out.is_empty();
        if !glue {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// The JSON Pointer path of an issue without its document index and with `[]` for list
/// indices (`/3/implementation/shares/0/percent` → `implementation/shares[]/percent`): the
/// header path of the column the issue is about.
pub(crate) fn generic_path(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(2) {
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str("[]");
        } else {
            if !out.is_empty() {
                out.push('/');
            }
            out.push_str(&unescape(seg));
        }
    }
    out
}

/// What a header names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A column of the table.
    Column(usize),
    /// On the pledges sheet: the short form of a list of values (the table).
    List(usize),
}

/// An issue with its location, from a code and the parts.
pub(crate) fn sheet_issue(
    code: Code,
    path: String,
    message: String,
    params: Map<String, Value>,
    location: Option<Location>,
) -> SheetIssue {
    let info = code.info();
    SheetIssue {
        issue: Issue {
            code: info.code,
            severity: info.severity,
            path,
            message,
            params,
        },
        location,
    }
}

/// Put `{}` at `path` (keys from the document root) when its parent object is there and the
/// key is absent: an object whose schema default is empty, which no cell filled.
fn fill_empty_default(doc: &mut Map<String, Value>, path: &[String]) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut at = doc;
    for key in parents {
        match at.get_mut(key) {
            Some(Value::Object(next)) => at = next,
            _ => return,
        }
    }
    at.entry(last.clone())
        .or_insert_with(|| Value::Object(Map::new()));
}

/// Params from pairs; `null` values (a redacted user value) are left out.
fn params(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

/// Where a cell is and where its value goes in the documents; the pointer and location
/// strings are built only when the cell has an issue.
struct At<'a> {
    sheet: &'a str,
    row: u32,
    col: u32,
    doc: u32,
    /// For an element of a list: the list's keys and the element's index.
    list: Option<(&'a [String], u32)>,
    /// The keys from the row's object (the document, or the element) to the value.
    rel: &'a [String],
}

impl At<'_> {
    fn pointer(&self) -> String {
        let mut p = format!("/{}", self.doc);
        if let Some((keys, elem)) = self.list {
            p.push_str(&rel_pointer(keys));
            p.push_str(&format!("/{elem}"));
        }
        p.push_str(&rel_pointer(self.rel));
        p
    }

    fn location(&self) -> Location {
        Location::at(self.sheet, self.row, Some(self.col))
    }
}

/// What the columns of a sheet are: header targets by sheet column, the columns that had a
/// header (known or not), and the key column.
struct Cols<'a> {
    targets: &'a HashMap<u32, Target>,
    headed: &'a HashSet<u32>,
    key: Option<u32>,
}

/// Reads sheets into documents.
pub(crate) struct Importer<'l> {
    pub(crate) layout: &'l Layout,
    opts: &'l ImportOptions,
    /// CSV: undo formula escaping.
    pub(crate) restore: bool,
    /// XLSX: the workbook uses the 1904 date system.
    pub(crate) is_1904: bool,
    docs: Vec<Map<String, Value>>,
    ids: HashMap<String, u32>,
    /// Whether the pledges sheet was read, and whether it had an id column.
    pledges_read: Option<bool>,
    /// Tables given in short form on the pledges sheet.
    short_lists: Vec<usize>,
    pub(crate) issues: Vec<SheetIssue>,
    /// Header paths whose `structure.missing_field` issues another issue explains.
    suppress: Vec<String>,
    pub(crate) sources: Sources,
}

impl<'l> Importer<'l> {
    pub(crate) fn new(layout: &'l Layout, opts: &'l ImportOptions) -> Importer<'l> {
        Importer {
            layout,
            opts,
            restore: false,
            is_1904: false,
            docs: Vec::new(),
            ids: HashMap::new(),
            pledges_read: None,
            short_lists: Vec::new(),
            issues: Vec::new(),
            suppress: Vec::new(),
            sources: Sources::new(layout.tables.len()),
        }
    }

    fn quote(&self, value: &str) -> String {
        if self.opts.validate.redact_values {
            "the value".to_owned()
        } else {
            format!("`{}`", value.chars().take(200).collect::<String>())
        }
    }

    /// A param taken from the input, unless values are redacted.
    fn user(&self, v: &str) -> Value {
        if self.opts.validate.redact_values {
            Value::Null
        } else {
            Value::String(v.chars().take(200).collect())
        }
    }

    pub(crate) fn push(&mut self, issue: SheetIssue) {
        self.issues.push(issue);
    }

    /// Record that a table's sheet is there but could not be read (its issue says why), so it
    /// is not also reported missing.
    pub(crate) fn unreadable(&mut self, table_idx: usize, sheet: &str) {
        if let Some(slot) = self.sources.sheets.get_mut(table_idx) {
            *slot = Some(SheetSrc {
                name: sheet.to_owned(),
                cols: HashMap::new(),
            });
        }
        if table_idx == 0 {
            self.pledges_read = Some(false);
        }
    }

    /// Which table each input sheet holds, pledges first; issues for the others.
    pub(crate) fn plan(&mut self, sheets: &[SheetMeta]) -> Vec<(usize, usize)> {
        let mut names: HashMap<String, usize> = HashMap::new();
        for (i, t) in self.layout.tables.iter().enumerate() {
            names.entry(normalize(&t.name)).or_insert(i);
            names.entry(normalize(&t.title)).or_insert(i);
        }
        for (i, t) in self.layout.tables.iter().enumerate() {
            for title in super::text::table_titles(&t.name) {
                names.entry(title.clone()).or_insert(i);
            }
        }
        let auxiliary = [super::README_SHEET, super::CODES_SHEET, super::ISSUES_SHEET];
        let mut plan: Vec<(usize, usize)> = Vec::new();
        for (s, meta) in sheets.iter().enumerate() {
            let norm = normalize(&meta.name);
            if auxiliary.iter().any(|a| normalize(a) == norm) {
                continue;
            }
            let Some(&table) = names.get(&norm) else {
                let candidates: Vec<&str> =
                    self.layout.tables.iter().map(|t| t.name.as_str()).collect();
                let suggestion = suggest(&meta.name, candidates.iter().copied());
                let mut p = params(&[("value", self.user(&meta.label))]);
                let mut message = format!(
                    "sheet {} is not part of the pledge layout; it was not read",
                    self.quote(&meta.label)
                );
                if let Some(sug) = suggestion {
                    p.insert("suggestion".into(), sug.into());
                    message.push_str(&format!("; did you mean `{sug}`?"));
                }
                self.push(sheet_issue(
                    Code::SheetUnknownSheet,
                    String::new(),
                    message,
                    p,
                    Some(Location::sheet(&meta.label)),
                ));
                continue;
            };
            let table_name = self
                .layout
                .tables
                .get(table)
                .map(|t| t.name.clone())
                .unwrap_or_default();
            if plan.iter().any(|(_, t)| *t == table) {
                self.push(sheet_issue(
                    Code::SheetDuplicateSheet,
                    String::new(),
                    format!(
                        "sheet {} holds table `{table_name}` again; only the first was read",
                        self.quote(&meta.label)
                    ),
                    params(&[
                        ("value", self.user(&meta.label)),
                        ("table", table_name.clone().into()),
                    ]),
                    Some(Location::sheet(&meta.label)),
                ));
                continue;
            }
            if !meta.worksheet {
                self.push(sheet_issue(
                    Code::SheetUnreadable,
                    String::new(),
                    format!(
                        "sheet {} is a chart, not a worksheet",
                        self.quote(&meta.label)
                    ),
                    params(&[
                        ("what", "chart".into()),
                        ("value", self.user(&meta.label)),
                        ("reason", "not a worksheet".into()),
                    ]),
                    Some(Location::sheet(&meta.label)),
                ));
                continue;
            }
            if meta.hidden {
                self.push(sheet_issue(
                    Code::SheetHiddenSheet,
                    String::new(),
                    format!(
                        "sheet {} is hidden; its rows were read",
                        self.quote(&meta.label)
                    ),
                    params(&[
                        ("value", self.user(&meta.label)),
                        ("table", table_name.into()),
                    ]),
                    Some(Location::sheet(&meta.label)),
                ));
            }
            plan.push((s, table));
        }
        plan.sort_by_key(|(_, t)| *t);
        plan
    }

    /// Read one table from its sheet's non-empty rows (in row order, cells in column order).
    pub(crate) fn read_table(&mut self, table_idx: usize, sheet: &str, rows: &[RawRow<'_>]) {
        let layout = self.layout;
        let Some(table) = layout.tables.get(table_idx) else {
            return;
        };
        let mut src = SheetSrc {
            name: sheet.to_owned(),
            cols: HashMap::new(),
        };
        let Some(first) = rows.first() else {
            if table.kind == TableKind::Pledges {
                self.pledges_read = Some(false);
            }
            if let Some(slot) = self.sources.sheets.get_mut(table_idx) {
                *slot = Some(src);
            }
            return;
        };
        // Header rows: the first row, and the next one when it holds paths.
        let lookup = self.header_lookup(table_idx);
        let path_row = rows
            .get(1)
            .filter(|r| r.row == first.row.saturating_add(1) && self.is_path_row(table, r));
        let header_end = path_row.map_or(first.row, |r| r.row);
        let mut header_cols: Vec<u32> = first.cells.iter().map(|(c, _)| *c).collect();
        if let Some(p) = path_row {
            header_cols.extend(p.cells.iter().map(|(c, _)| *c));
        }
        header_cols.sort_unstable();
        header_cols.dedup();
        let texts = |r: Option<&RawRow<'_>>| -> HashMap<u32, String> {
            r.map(|r| {
                r.cells
                    .iter()
                    .map(|(c, v)| (*c, display(v).trim().to_owned()))
                    .collect()
            })
            .unwrap_or_default()
        };
        let (titles, paths) = (texts(Some(first)), texts(path_row));
        let text_at = |row: &HashMap<u32, String>, col: u32| -> String {
            row.get(&col).cloned().unwrap_or_default()
        };
        let mut targets: HashMap<u32, Target> = HashMap::new();
        let mut unresolved: Vec<(u32, u32, String)> = Vec::new();
        for &col in &header_cols {
            let path_text = text_at(&paths, col);
            let title_text = text_at(&titles, col);
            let (header_row, given) = if path_text.is_empty() {
                (first.row, title_text)
            } else {
                (header_end, path_text)
            };
            if given.is_empty() {
                continue;
            }
            match lookup.get(&normalize(&given)).copied() {
                Some(target) => {
                    if targets.values().any(|t| *t == target) {
                        let field = match target {
                            Target::Column(i) => table.columns.get(i).map(|c| c.path.clone()),
                            Target::List(t) => layout.tables.get(t).map(|t| t.path.clone()),
                        }
                        .unwrap_or_default();
                        self.push(sheet_issue(
                            Code::SheetDuplicateColumn,
                            String::new(),
                            format!(
                                "column {} holds `{field}` again; only the first such column was read",
                                self.quote(&given)
                            ),
                            params(&[("value", self.user(&given)), ("field", field.into())]),
                            Some(Location::at(sheet, header_row, Some(col))),
                        ));
                    } else {
                        targets.insert(col, target);
                    }
                }
                None => unresolved.push((col, header_row, given)),
            }
        }
        // Unknown headers: a likely misspelling of a missing column, or an extra column.
        let missing: Vec<usize> = (0..table.columns.len())
            .filter(|i| !targets.values().any(|t| *t == Target::Column(*i)))
            .collect();
        let mut explained: Vec<usize> = Vec::new();
        for (col, header_row, given) in unresolved {
            let candidates: Vec<(&str, usize)> = missing
                .iter()
                .filter(|i| !explained.contains(i))
                .filter_map(|i| table.columns.get(*i).map(|c| (c, *i)))
                .flat_map(|(c, i)| [(c.path.as_str(), i), (c.title.as_str(), i)])
                .collect();
            let sug = suggest(&given, candidates.iter().map(|(s, _)| *s));
            let loc = Some(Location::at(sheet, header_row, Some(col)));
            match sug.and_then(|s| candidates.iter().find(|(c, _)| *c == s).copied()) {
                Some((s, i)) => {
                    explained.push(i);
                    if let Some(c) = table.columns.get(i) {
                        self.suppress.push(c.path.clone());
                    }
                    self.push(sheet_issue(
                        Code::SheetMisspelledColumn,
                        String::new(),
                        format!(
                            "column {} is not part of the layout; did you mean `{s}`? its values were not read",
                            self.quote(&given)
                        ),
                        params(&[("value", self.user(&given)), ("suggestion", s.into())]),
                        loc,
                    ));
                }
                None => self.push(sheet_issue(
                    Code::SheetUnknownColumn,
                    String::new(),
                    format!(
                        "column {} is not part of the layout; its values were not read",
                        self.quote(&given)
                    ),
                    params(&[("kind", "named".into()), ("value", self.user(&given))]),
                    loc,
                )),
            }
        }
        for (&col, &t) in &targets {
            match t {
                Target::Column(i) => {
                    src.cols.insert(i, col);
                }
                Target::List(list) => {
                    if !self.short_lists.contains(&list) {
                        self.short_lists.push(list);
                    }
                }
            }
        }
        let data: Vec<&RawRow<'_>> = rows.iter().filter(|r| r.row > header_end).collect();
        // Required columns that are absent: one issue each, instead of one per row.
        let key_idx = table.columns.iter().position(|c| c.path == ID);
        if !data.is_empty() {
            for (i, c) in table.columns.iter().enumerate() {
                if !c.required
                    || targets.values().any(|t| *t == Target::Column(i))
                    || explained.contains(&i)
                {
                    continue;
                }
                self.suppress.push(c.path.clone());
                self.push(sheet_issue(
                    Code::SheetMissingColumn,
                    String::new(),
                    format!(
                        "sheet `{sheet}` has no column `{}` ({}), which every row needs",
                        c.path, c.title
                    ),
                    params(&[
                        ("sheet", sheet.into()),
                        ("field", c.path.clone().into()),
                        ("title", c.title.clone().into()),
                    ]),
                    Some(Location::sheet(sheet)),
                ));
            }
        }
        let key_col = key_idx.and_then(|k| src.cols.get(&k).copied());
        if table.kind == TableKind::Pledges {
            self.pledges_read = Some(key_col.is_some());
        }
        if let Some(slot) = self.sources.sheets.get_mut(table_idx) {
            *slot = Some(src);
        }
        let headed: HashSet<u32> = header_cols.iter().copied().collect();
        // Cells in columns without a header: reported once per column.
        let mut headless: Vec<(u32, u32)> = Vec::new();
        let by_col: HashMap<u32, Target> = targets;
        match table.kind {
            TableKind::Pledges => {
                for row in data {
                    self.pledge_row(table_idx, sheet, row, &by_col, &headed, &mut headless);
                }
            }
            _ => {
                if key_col.is_none() || self.pledges_read != Some(true) {
                    if !data.is_empty() && key_col.is_some() {
                        self.push(sheet_issue(
                            Code::SheetUnknownPledge,
                            String::new(),
                            format!(
                                "the rows of sheet `{sheet}` cannot be matched to pledges: the pledges sheet has no `id` column"
                            ),
                            params(&[("kind", "no_id_column".into()), ("sheet", sheet.into())]),
                            Some(Location::sheet(sheet)),
                        ));
                    }
                    return;
                }
                for row in data {
                    let cols = Cols {
                        targets: &by_col,
                        headed: &headed,
                        key: key_col,
                    };
                    self.child_row(table_idx, sheet, row, &cols, &mut headless);
                }
            }
        }
        headless.sort_unstable();
        headless.dedup_by_key(|(c, _)| *c);
        for (col, row) in headless {
            self.push(sheet_issue(
                Code::SheetUnknownColumn,
                String::new(),
                "a column without a header holds values; they were not read".to_owned(),
                params(&[("kind", "headless".into())]),
                Some(Location::at(sheet, row, Some(col))),
            ));
        }
        if let Some(list) = self.sources.elements.get_mut(table_idx) {
            list.sort_by_key(|(d, e, _)| (*d, *e));
        }
    }

    /// Header texts (paths and titles, normalized) to what they name in a table.
    fn header_lookup(&self, table_idx: usize) -> HashMap<String, Target> {
        let mut map = HashMap::new();
        let Some(table) = self.layout.tables.get(table_idx) else {
            return map;
        };
        for (i, c) in table.columns.iter().enumerate() {
            map.insert(normalize(&c.path), Target::Column(i));
            map.insert(normalize(&c.title), Target::Column(i));
        }
        // Titles in the other UN languages (a template made in one of them); English first.
        for (i, c) in table.columns.iter().enumerate() {
            for title in super::text::column_titles(&c.path) {
                map.entry(title.clone()).or_insert(Target::Column(i));
            }
        }
        // The last title alone, where no other column shares it.
        let mut last: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, c) in table.columns.iter().enumerate() {
            let tail = c.title.rsplit(':').next().unwrap_or(&c.title);
            last.entry(normalize(tail)).or_default().push(i);
        }
        for (tail, cols) in last {
            if let [i] = cols.as_slice() {
                map.entry(tail).or_insert(Target::Column(*i));
            }
        }
        if table.kind == TableKind::Pledges {
            for (t, list) in self.layout.tables.iter().enumerate() {
                if list.kind != TableKind::Values {
                    continue;
                }
                for name in [
                    list.path.clone(),
                    list.segments.join("/"),
                    list.title.clone(),
                    list.name.clone(),
                ] {
                    map.entry(normalize(&name)).or_insert(Target::List(t));
                }
            }
        }
        map
    }

    /// Whether a row holds headers by path: most of its texts are paths of the table.
    fn is_path_row(&self, table: &Table, row: &RawRow<'_>) -> bool {
        let texts: Vec<String> = row
            .cells
            .iter()
            .map(|(_, v)| display(v))
            .filter(|t| !t.trim().is_empty())
            .collect();
        let paths = texts
            .iter()
            .filter(|t| {
                let t = t.trim();
                table.columns.iter().any(|c| c.path.eq_ignore_ascii_case(t))
                    || (table.kind == TableKind::Pledges
                        && self.layout.tables.iter().any(|l| {
                            l.kind == TableKind::Values
                                && (l.path.eq_ignore_ascii_case(t)
                                    || l.segments.join("/").eq_ignore_ascii_case(t))
                        }))
            })
            .count();
        paths > 0 && paths * 2 >= texts.len()
    }

    fn pledge_row(
        &mut self,
        table_idx: usize,
        sheet: &str,
        row: &RawRow<'_>,
        targets: &HashMap<u32, Target>,
        headed: &HashSet<u32>,
        headless: &mut Vec<(u32, u32)>,
    ) {
        let layout = self.layout;
        let Some(table) = layout.tables.get(table_idx) else {
            return;
        };
        let doc_idx = u32::try_from(self.docs.len()).unwrap_or(u32::MAX);
        let mut doc = Map::new();
        let mut lists: Vec<(usize, u32, Vec<Value>)> = Vec::new();
        for (col, raw) in &row.cells {
            if raw.is_empty() {
                continue;
            }
            match targets.get(col) {
                Some(Target::Column(i)) => {
                    let Some(c) = table.columns.get(*i) else {
                        continue;
                    };
                    let at = At {
                        sheet,
                        row: row.row,
                        col: *col,
                        doc: doc_idx,
                        list: None,
                        rel: &c.rel,
                    };
                    if let Some(v) = self.convert(c.kind, raw, &at) {
                        insert_at(&mut doc, &c.rel, v);
                    }
                }
                Some(Target::List(t)) => {
                    let Some(list) = layout.tables.get(*t) else {
                        continue;
                    };
                    let item = list.columns.iter().find(|c| !c.key).map_or(
                        ValueKind::Scalar(Scalar::Text),
                        |c| match c.kind {
                            ValueKind::Scalar(s) => ValueKind::List(s),
                            other => other,
                        },
                    );
                    let at = At {
                        sheet,
                        row: row.row,
                        col: *col,
                        doc: doc_idx,
                        list: None,
                        rel: &list.segments,
                    };
                    if let Some(Value::Array(values)) = self.convert(item, raw, &at) {
                        lists.push((*t, *col, values));
                    }
                }
                None if !headed.contains(col) => headless.push((*col, row.row)),
                None => {}
            }
        }
        if doc.is_empty() && lists.is_empty() {
            return;
        }
        for (t, col, values) in lists {
            let Some(list) = layout.tables.get(t) else {
                continue;
            };
            let origin = Origin {
                table: table_idx,
                row: row.row,
                col: Some(col),
            };
            for v in values {
                let elem = push_at(&mut doc, &list.segments, v);
                if let Some(e) = self.sources.elements.get_mut(t) {
                    e.push((doc_idx, elem, origin));
                }
            }
        }
        if let Some(Value::String(id)) = doc.get(ID) {
            self.ids.entry(id.clone()).or_insert(doc_idx);
        }
        self.docs.push(doc);
        self.sources.doc_rows.push(row.row);
    }

    fn child_row(
        &mut self,
        table_idx: usize,
        sheet: &str,
        row: &RawRow<'_>,
        cols: &Cols<'_>,
        headless: &mut Vec<(u32, u32)>,
    ) {
        let (targets, key_col, headed) = (cols.targets, cols.key, cols.headed);
        let layout = self.layout;
        let Some(table) = layout.tables.get(table_idx) else {
            return;
        };
        let key = row
            .cells
            .iter()
            .find(|(c, _)| Some(*c) == key_col)
            .map(|(_, v)| self.key_text(v))
            .unwrap_or_default();
        let has_values = row
            .cells
            .iter()
            .any(|(c, v)| Some(*c) != key_col && !v.is_empty() && targets.contains_key(c));
        for (col, raw) in &row.cells {
            if !raw.is_empty() && !targets.contains_key(col) && !headed.contains(col) {
                headless.push((*col, row.row));
            }
        }
        if key.is_empty() {
            if has_values {
                self.push(sheet_issue(
                    Code::SheetMissingPledgeId,
                    String::new(),
                    format!(
                        "row {} of sheet `{sheet}` does not name its pledge; it was not read",
                        row.row + 1
                    ),
                    params(&[("row", (row.row + 1).into()), ("sheet", sheet.into())]),
                    Some(Location::at(sheet, row.row, key_col)),
                ));
            }
            return;
        }
        if !has_values {
            return;
        }
        let Some(&doc_idx) = self.ids.get(&key) else {
            let p = params(&[
                ("kind", "unknown_id".into()),
                ("value", self.user(&key)),
                ("row", (row.row + 1).into()),
                ("sheet", sheet.into()),
            ]);
            let message = format!(
                "pledge {} is not on the pledges sheet; row {} of sheet `{sheet}` was not read",
                self.quote(&key),
                row.row + 1
            );
            self.push(sheet_issue(
                Code::SheetUnknownPledge,
                String::new(),
                message,
                p,
                Some(Location::at(sheet, row.row, key_col)),
            ));
            return;
        };
        let doc_len = self
            .docs
            .get(usize::try_from(doc_idx).unwrap_or(usize::MAX))
            .map(|d| list_len(d, &table.segments))
            .unwrap_or(0);
        let elem_idx = u32::try_from(doc_len).unwrap_or(u32::MAX);
        let value = match table.kind {
            TableKind::Values => {
                let Some((col, raw, kind)) = row.cells.iter().find_map(|(col, raw)| match targets
                    .get(col)
                {
                    Some(Target::Column(i)) => table
                        .columns
                        .get(*i)
                        .filter(|c| !c.key)
                        .map(|c| (*col, raw, c.kind)),
                    _ => None,
                }) else {
                    return;
                };
                let at = At {
                    sheet,
                    row: row.row,
                    col,
                    doc: doc_idx,
                    list: Some((&table.segments, elem_idx)),
                    rel: &[],
                };
                match self.convert(kind, raw, &at) {
                    Some(v) => v,
                    None => return,
                }
            }
            _ => {
                let mut element = Map::new();
                for (col, raw) in &row.cells {
                    let Some(Target::Column(i)) = targets.get(col) else {
                        continue;
                    };
                    let Some(c) = table.columns.get(*i).filter(|c| !c.key) else {
                        continue;
                    };
                    let at = At {
                        sheet,
                        row: row.row,
                        col: *col,
                        doc: doc_idx,
                        list: Some((&table.segments, elem_idx)),
                        rel: &c.rel,
                    };
                    if let Some(v) = self.convert(c.kind, raw, &at) {
                        insert_at(&mut element, &c.rel, v);
                    }
                }
                Value::Object(element)
            }
        };
        let Some(doc) = self
            .docs
            .get_mut(usize::try_from(doc_idx).unwrap_or(usize::MAX))
        else {
            return;
        };
        let elem = push_at(doc, &table.segments, value);
        if let Some(e) = self.sources.elements.get_mut(table_idx) {
            e.push((
                doc_idx,
                elem,
                Origin {
                    table: table_idx,
                    row: row.row,
                    col: None,
                },
            ));
        }
    }

    /// The text of a key cell (the pledge id), as the pledges sheet's id column reads it.
    fn key_text(&self, v: &RawValue<'_>) -> String {
        match v {
            RawValue::Text(t) => {
                let t = if self.restore {
                    Cow::Borrowed(crate::formula::restore_formula(t))
                } else {
                    Cow::Borrowed(t.as_ref())
                };
                t.into_owned()
            }
            RawValue::Number(f) => exact_decimal(*f).unwrap_or_else(|| shortest_decimal(*f)),
            other => display(other),
        }
    }

    /// A cell as the JSON value of its column's kind; `None` for an empty cell, or a cell
    /// reported as an issue.
    fn convert(&mut self, kind: ValueKind, raw: &RawValue<'_>, at: &At<'_>) -> Option<Value> {
        match raw {
            RawValue::Empty => None,
            RawValue::Error(e) => {
                self.cell_issue(
                    Code::SheetErrorValue,
                    at,
                    format!("the cell holds the error `{e}`"),
                    params(&[("error", e.clone().into())]),
                );
                None
            }
            RawValue::Text(t) => {
                let max = self.opts.validate.limits.max_string_len;
                if t.len() > max {
                    self.cell_issue(
                        Code::InputStringTooLong,
                        at,
                        format!(
                            "a string's length in bytes exceeds the limit of {max} (found {})",
                            t.len()
                        ),
                        params(&[("max", max.into()), ("actual", t.len().into())]),
                    );
                    return None;
                }
                let t = if self.restore {
                    Cow::Borrowed(crate::formula::restore_formula(t))
                } else {
                    Cow::Borrowed(t.as_ref())
                };
                match kind {
                    ValueKind::Scalar(s) => from_text(s, &t),
                    ValueKind::List(s) => Some(Value::Array(
                        split_list(&t)
                            .into_iter()
                            .filter_map(|v| from_text(s, &v))
                            .collect(),
                    ))
                    .filter(|a| a.as_array().is_some_and(|a| !a.is_empty())),
                    ValueKind::Json => Some(
                        serde_json::from_str::<Value>(&t)
                            .unwrap_or_else(|_| Value::String(t.into_owned())),
                    ),
                }
            }
            RawValue::Bool(b) => Some(match kind {
                ValueKind::Scalar(Scalar::Text | Scalar::Code) => Value::String(b.to_string()),
                ValueKind::List(_) => Value::Array(vec![Value::Bool(*b)]),
                _ => Value::Bool(*b),
            }),
            RawValue::Number(f) => self.number(kind, *f, at),
            RawValue::Date { serial, duration } => match kind {
                ValueKind::Scalar(Scalar::Date | Scalar::PartialDate | Scalar::Timestamp) => {
                    if *duration {
                        self.invalid_date(at, *serial);
                        return None;
                    }
                    self.date(kind, *serial, at)
                }
                _ => self.number(kind, *serial, at),
            },
            RawValue::DateIso(s) => {
                let s = s.trim();
                let date_part = s.get(..10).filter(|_| {
                    s.len() == 10
                        || s.get(10..)
                            .is_some_and(|t| t.trim_start_matches('T') == "00:00:00")
                });
                Some(Value::String(match (kind, date_part) {
                    (ValueKind::Scalar(Scalar::Date | Scalar::PartialDate), Some(d)) => {
                        d.to_owned()
                    }
                    _ => s.to_owned(),
                }))
            }
        }
    }

    fn number(&mut self, kind: ValueKind, f: f64, at: &At<'_>) -> Option<Value> {
        match kind {
            ValueKind::Scalar(Scalar::Date | Scalar::Timestamp) => return self.date(kind, f, at),
            ValueKind::Scalar(Scalar::PartialDate) => {
                return match exact_integer(f) {
                    Some(y @ 1..=9999) => Some(Value::String(format!("{y:04}"))),
                    _ => self.date(kind, f, at),
                }
            }
            ValueKind::Scalar(Scalar::Integer | Scalar::Boolean) | ValueKind::Json => {
                if let Some(i) = exact_integer(f) {
                    return Some(Value::Number(i.into()));
                }
            }
            _ => {}
        }
        let Some(text) = exact_decimal(f) else {
            let shown = shortest_decimal(f);
            self.cell_issue(
                Code::SheetInexactNumber,
                at,
                format!(
                    "the number cell holds {}, which is no exact decimal of at most {} digits; type the intended value as text",
                    self.quote(&shown),
                    super::MAX_EXACT_DIGITS
                ),
                params(&[
                    ("value", self.user(&shown)),
                    ("digits", super::MAX_EXACT_DIGITS.into()),
                ]),
            );
            return Some(Value::String(shown));
        };
        Some(match kind {
            ValueKind::Scalar(Scalar::Integer | Scalar::Boolean) | ValueKind::Json => text
                .parse::<f64>()
                .ok()
                .and_then(Number::from_f64)
                .map_or(Value::String(text), Value::Number),
            ValueKind::List(_) => Value::Array(vec![Value::String(text)]),
            ValueKind::Scalar(_) => Value::String(text),
        })
    }

    fn date(&mut self, kind: ValueKind, serial: f64, at: &At<'_>) -> Option<Value> {
        let Some(dt) = serial_to_datetime(serial, self.is_1904) else {
            self.invalid_date(at, serial);
            return None;
        };
        let midnight = dt.time() == chrono::NaiveTime::MIN;
        Some(Value::String(match kind {
            ValueKind::Scalar(Scalar::Date | Scalar::PartialDate) if midnight => {
                dt.date().format("%Y-%m-%d").to_string()
            }
            _ => dt.format("%Y-%m-%dT%H:%M:%S").to_string(),
        }))
    }

    fn invalid_date(&mut self, at: &At<'_>, serial: f64) {
        let shown = shortest_decimal(serial);
        self.cell_issue(
            Code::SheetInvalidDate,
            at,
            format!(
                "the cell's date serial {} is no calendar date",
                self.quote(&shown)
            ),
            params(&[("value", self.user(&shown))]),
        );
    }

    fn cell_issue(&mut self, code: Code, at: &At<'_>, message: String, p: Map<String, Value>) {
        let p = p.into_iter().filter(|(_, v)| !v.is_null()).collect();
        self.push(sheet_issue(
            code,
            at.pointer(),
            message,
            p,
            Some(at.location()),
        ));
    }

    /// Validate the documents and put every issue in its cell.
    pub(crate) fn finish(mut self) -> super::Import {
        let layout = self.layout;
        match self.pledges_read {
            None => {
                let sheet = super::PLEDGES;
                self.push(sheet_issue(
                    Code::SheetMissingSheet,
                    String::new(),
                    format!("the workbook has no `{sheet}` sheet, so it holds no pledges"),
                    params(&[("table", sheet.into())]),
                    None,
                ));
            }
            Some(_) if !self.docs.is_empty() => {
                for (t, table) in layout.tables.iter().enumerate() {
                    let given = self.sources.sheets.get(t).is_some_and(Option::is_some)
                        || self.short_lists.contains(&t);
                    if table.kind == TableKind::Pledges || !table.required || given {
                        continue;
                    }
                    self.suppress.push(table.segments.join("/"));
                    self.push(sheet_issue(
                        Code::SheetMissingSheet,
                        String::new(),
                        format!(
                            "the workbook has no `{}` sheet ({}), which every pledge needs",
                            table.name, table.title
                        ),
                        params(&[
                            ("table", table.name.clone().into()),
                            ("title", table.title.clone().into()),
                        ]),
                        None,
                    ));
                }
            }
            Some(_) => {}
        }
        let mut docs = self.docs;
        for doc in &mut docs {
            for path in &layout.empty_defaults {
                fill_empty_default(doc, path);
            }
        }
        let docs: Vec<Value> = docs.into_iter().map(Value::Object).collect();
        let batch = Value::Array(docs);
        let report: Report = validate::validate_batch_value(&batch, &self.opts.validate);
        let Value::Array(documents) = batch else {
            return super::Import {
                valid: false,
                documents: Vec::new(),
                issues: self.issues,
                rows: Vec::new(),
            };
        };
        let sources = self.sources;
        let mut issues = self.issues;
        for issue in report.issues {
            if issue.code == Code::StructureMissingField.as_str()
                && self.suppress.contains(&generic_path(&issue.path))
            {
                continue;
            }
            let location = sources.locate(layout, &issue.path);
            issues.push(SheetIssue { issue, location });
        }
        sort_issues(&sources, &mut issues);
        let valid = !issues
            .iter()
            .any(|i| i.issue.severity == validate::Severity::Error);
        super::Import {
            valid,
            documents,
            issues,
            rows: sources
                .doc_rows
                .iter()
                .map(|r| r.saturating_add(1))
                .collect(),
        }
    }
}

/// Issues about the file first, then by sheet (in layout order), row and column.
pub(crate) fn sort_issues(sources: &Sources, issues: &mut [SheetIssue]) {
    let order: HashMap<&str, usize> = sources
        .sheets
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.as_ref().map(|s| (s.name.as_str(), i)))
        .collect();
    issues.sort_by_key(|i| match &i.location {
        None => (0, 0, 0, 0),
        Some(l) => (
            1,
            order.get(l.sheet.as_str()).copied().unwrap_or(usize::MAX),
            l.row.unwrap_or(0),
            l.column.as_deref().map_or(0, column_number),
        ),
    });
}

/// `B` → 2 (0 for anything else), for sorting.
fn column_number(letters: &str) -> u32 {
    letters.bytes().fold(0u32, |n, b| {
        n.saturating_mul(26)
            .saturating_add(u32::from(b.saturating_sub(b'A')) + 1)
    })
}

/// A cell's text as shown (headers, keys).
pub(crate) fn display(v: &RawValue<'_>) -> String {
    match v {
        RawValue::Empty => String::new(),
        RawValue::Text(t) => t.to_string(),
        RawValue::Number(f) => shortest_decimal(*f),
        RawValue::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        RawValue::Date { serial, .. } => shortest_decimal(*serial),
        RawValue::DateIso(s) | RawValue::Error(s) => s.clone(),
    }
}

/// A text cell as the JSON value of a scalar kind.
fn from_text(kind: Scalar, t: &str) -> Option<Value> {
    let trimmed = t.trim();
    match kind {
        Scalar::Text => (!t.is_empty()).then(|| Value::String(t.to_owned())),
        _ if trimmed.is_empty() => None,
        Scalar::Integer => Some(
            trimmed
                .parse::<i64>()
                .map(Value::from)
                .or_else(|_| trimmed.parse::<u64>().map(Value::from))
                .unwrap_or_else(|_| Value::String(trimmed.to_owned())),
        ),
        Scalar::Boolean => Some(if trimmed.eq_ignore_ascii_case("true") {
            Value::Bool(true)
        } else if trimmed.eq_ignore_ascii_case("false") {
            Value::Bool(false)
        } else {
            Value::String(trimmed.to_owned())
        }),
        _ => Some(Value::String(trimmed.to_owned())),
    }
}

/// The values of a list cell: a JSON array of strings, or values separated by `;` (spaces
/// around each trimmed, empty ones dropped).
pub(crate) fn split_list(t: &str) -> Vec<Cow<'_, str>> {
    let trimmed = t.trim();
    if trimmed.starts_with('[') {
        if let Ok(values) = serde_json::from_str::<Vec<String>>(trimmed) {
            return values.into_iter().map(Cow::Owned).collect();
        }
    }
    trimmed
        .split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(Cow::Borrowed)
        .collect()
}

/// A list as one cell: joined with `;`, or a JSON array when a value would not survive that.
pub(crate) fn join_list(values: &[String]) -> String {
    let single = values.len() == 1;
    let plain = values.iter().all(|v| {
        let unsafe_value = v.is_empty()
            || v.contains(LIST_SEPARATOR)
            || v.trim() != v
            || (single && v.starts_with('['));
        !unsafe_value
    });
    if plain {
        values.join(&LIST_SEPARATOR.to_string())
    } else {
        serde_json::to_string(values).unwrap_or_default()
    }
}

/// `/a/b` for the keys `["a", "b"]`.
pub(crate) fn rel_pointer(keys: &[String]) -> String {
    let mut out = String::new();
    for k in keys {
        out.push('/');
        out.push_str(&escape(k));
    }
    out
}

/// Set `value` at the keys below `map`, creating objects on the way.
fn insert_at(map: &mut Map<String, Value>, keys: &[String], value: Value) {
    let Some((last, parents)) = keys.split_last() else {
        return;
    };
    let mut cur = map;
    for k in parents {
        let entry = cur
            .entry(k.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let Value::Object(next) = entry else {
            return;
        };
        cur = next;
    }
    cur.insert(last.clone(), value);
}

/// Append `value` to the list at the keys below `map`, creating it; the element's index.
fn push_at(map: &mut Map<String, Value>, keys: &[String], value: Value) -> u32 {
    let Some((last, parents)) = keys.split_last() else {
        return 0;
    };
    let mut cur = map;
    for k in parents {
        let entry = cur
            .entry(k.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if !entry.is_object() {
            *entry = Value::Object(Map::new());
        }
        let Value::Object(next) = entry else {
            return 0;
        };
        cur = next;
    }
    let list = cur
        .entry(last.clone())
        .or_insert_with(|| Value::Array(Vec::new()));
    if !list.is_array() {
        *list = Value::Array(Vec::new());
    }
    match list {
        Value::Array(a) => {
            a.push(value);
            u32::try_from(a.len().saturating_sub(1)).unwrap_or(u32::MAX)
        }
        _ => 0,
    }
}

/// The length of the list at the keys below `map` (0 when absent).
fn list_len(map: &Map<String, Value>, keys: &[String]) -> usize {
    let mut cur: Option<&Value> = None;
    for (i, k) in keys.iter().enumerate() {
        cur = if i == 0 {
            map.get(k)
        } else {
            cur.and_then(|v| v.get(k))
        };
    }
    cur.and_then(Value::as_array).map_or(0, Vec::len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizing_headers() {
        assert_eq!(
            normalize("  Financial value :  Amount "),
            "financial value:amount"
        );
        assert_eq!(normalize("financialValue/amount"), "financialvalue/amount");
        assert_eq!(normalize("Pledge  id"), "pledge id");
    }

    #[test]
    fn generic_paths() {
        assert_eq!(
            generic_path("/3/implementation/shares/0/percent"),
            "implementation/shares[]/percent"
        );
        assert_eq!(generic_path("/0/pledgeTypes"), "pledgeTypes");
        assert_eq!(generic_path("/12/pledgers/lead/name"), "pledgers/lead/name");
    }

    #[test]
    fn lists_in_one_cell() {
        assert_eq!(split_list(" a ; b;;c "), ["a", "b", "c"]);
        assert_eq!(split_list("[\"a;b\", \" c\"]"), ["a;b", " c"]);
        for values in [
            vec!["financial".to_owned(), "technical".to_owned()],
            vec!["a;b".to_owned(), "c".to_owned()],
            vec![" spaced".to_owned()],
            vec!["[not json".to_owned()],
            vec![String::new()],
        ] {
            let cell = join_list(&values);
            let back: Vec<String> = split_list(&cell).into_iter().map(Cow::into_owned).collect();
            assert_eq!(back, values, "{cell}");
        }
        assert_eq!(join_list(&["a".to_owned(), "b".to_owned()]), "a;b");
    }
}
