//! The spreadsheet layout of pledge documents, derived from the pledge JSON Schema.
//!
//! See the module documentation of [`crate::sheets`] for the rules. Nothing here names a field
//! of the model: tables and columns come from the schema's properties (in the model's
//! declaration order, from the validator's field lists), titles and descriptions from the
//! schema's `title` and `description`, codelists from its `oneOf` constants.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::validate::{Fields, RECORDS};

/// The name of the pledge table (the first sheet, one row per pledge).
pub const PLEDGES: &str = "pledges";
/// The header path of the pledge id: the key of every row of every table.
pub const ID: &str = "id";
/// How a list nested inside a table's row is written in one cell: values joined by this.
pub const LIST_SEPARATOR: char = ';';

/// The spreadsheet layout: one [`Table`] per sheet, the pledge table first.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Layout {
    /// The tables, in sheet order: `pledges`, then one per list of the document.
    pub tables: Vec<Table>,
    /// The codelists that columns draw their values from, by [`Codes::name`].
    pub codelists: Vec<Codes>,
    /// Whether private fields (the contact) are part of the layout.
    pub private: bool,
    /// The private fields left out (keys from the document root), so that an export skips
    /// them rather than calling them unknown.
    #[serde(skip)]
    pub(crate) private_paths: Vec<Vec<String>>,
    /// Objects whose schema default is `{}` (`implementation`), as keys from the document
    /// root: the model always writes them, so an import gives them back empty when no cell
    /// fills them, and a round trip keeps the document exactly.
    #[serde(skip)]
    pub(crate) empty_defaults: Vec<Vec<String>>,
}

/// What the rows of a table are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TableKind {
    /// One row per pledge.
    Pledges,
    /// One row per element of a list of records (partners, progress reports, …).
    Records,
    /// One row per value of a list of plain values (countries, pillars, …).
    Values,
}

/// One sheet of the layout (one CSV file).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Table {
    /// The sheet name and CSV file stem (`pledges`, `countries`, `partners`).
    pub name: String,
    /// The list's title from the schema (`Countries`); `Pledges` for the pledge table.
    pub title: String,
    /// The list's description from the schema.
    pub description: String,
    /// The list's path in the document, `[]` marking the list (`implementation/countries[]`);
    /// empty for the pledge table.
    pub path: String,
    /// What the rows are.
    pub kind: TableKind,
    /// Whether the document requires the list (a pledge needs at least one row here).
    pub required: bool,
    /// The columns, in order; child tables start with the pledge id ([`ID`]).
    pub columns: Vec<Column>,
    /// The list's keys from the document root (`["implementation", "countries"]`).
    #[serde(skip)]
    pub(crate) segments: Vec<String>,
}

/// The type of a plain value, which decides how a cell is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Scalar {
    /// Free text, kept exactly.
    Text,
    /// A code of a codelist (closed or open); surrounding spaces are trimmed on import.
    Code,
    /// An exact decimal amount, written as text so that nothing is rounded.
    Decimal,
    /// A full date, written as a date cell.
    Date,
    /// A date known to the year, month or day (`2021`, `2021-06`, `2021-06-07`), as text.
    PartialDate,
    /// An RFC 3339 timestamp with its time zone, as text.
    Timestamp,
    /// A whole number.
    Integer,
    /// `TRUE` or `FALSE`.
    Boolean,
}

impl Scalar {
    /// The type's name in the README sheet and the layout JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Scalar::Text => "text",
            Scalar::Code => "code",
            Scalar::Decimal => "decimal",
            Scalar::Date => "date",
            Scalar::PartialDate => "partialDate",
            Scalar::Timestamp => "timestamp",
            Scalar::Integer => "integer",
            Scalar::Boolean => "boolean",
        }
    }
}

/// What one cell of a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "type", content = "of")]
pub enum ValueKind {
    /// One plain value.
    Scalar(Scalar),
    /// A list of plain values inside a row of a child table, joined with `;` (or written as a
    /// JSON array when a value contains `;` or surrounding spaces).
    List(Scalar),
    /// Anything the other kinds cannot hold (a list of records inside a list), as JSON text.
    Json,
}

/// One column of a table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    /// The machine header: the value's path in the document, `[]` marking lists
    /// (`financialValue/amount`, `pledgers/partners[]/name`, `implementation/countries[]`).
    pub path: String,
    /// The human header: the titles along the path within the table's row, joined with `: `
    /// (`Financial value: Amount`).
    pub title: String,
    /// The field's description from the schema.
    pub description: String,
    /// What a cell holds.
    pub kind: ValueKind,
    /// Whether every row needs a value (the field is required along its whole path in the row).
    pub required: bool,
    /// The codelist the values come from ([`Layout::codelists`]), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub codelist: Option<String>,
    /// Whether the column holds private data (the contact).
    pub private: bool,
    /// The keys from the table's row to the value (empty for the value of a [`TableKind::Values`]
    /// table; `["id"]` for the key column, which is the pledge's own id).
    #[serde(skip)]
    pub(crate) rel: Vec<String>,
    /// Whether this is the pledge id that keys a child table's rows to their pledge.
    #[serde(skip)]
    pub(crate) key: bool,
}

/// The codes a column draws from, with their labels.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Codes {
    /// The list's name: the schema definition (`FocusArea`, `CountryCode`).
    pub name: String,
    /// The list's title (`Focus area`).
    pub title: String,
    /// Whether only these codes are valid (a closed codelist); an open list (P2C Targets,
    /// currencies) accepts other well-formed codes.
    pub closed: bool,
    /// The codes and their English labels, in the documented order.
    pub entries: Vec<(String, String)>,
}

impl Layout {
    /// The table with this name.
    pub fn table(&self, name: &str) -> Option<&Table> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The codelist with this name.
    pub fn codes(&self, name: &str) -> Option<&Codes> {
        self.codelists.iter().find(|c| c.name == name)
    }
}

/// The layout of the pledge format this library writes; `private` adds the contact columns.
pub fn layout(private: bool) -> Layout {
    cached(private).clone()
}

/// The layout, built once per process from the generated schema.
pub(crate) fn cached(private: bool) -> &'static Layout {
    static LAYOUTS: std::sync::OnceLock<[Layout; 2]> = std::sync::OnceLock::new();
    let [public, with_private] = LAYOUTS.get_or_init(|| {
        let schema = crate::schema::pledge_schema();
        [build(&schema, false), build(&schema, true)]
    });
    if private {
        with_private
    } else {
        public
    }
}

/// A schema node resolved through `$ref` and nullable `anyOf`, with the name of the
/// definition it came from.
struct Resolved<'s> {
    node: &'s Value,
    def: Option<&'s str>,
}

struct Builder<'s> {
    defs: &'s Map<String, Value>,
    private: bool,
    tables: Vec<Table>,
    codelists: Vec<Codes>,
    private_paths: Vec<Vec<String>>,
    empty_defaults: Vec<Vec<String>>,
}

/// Build the layout from a pledge schema (the generated one, or a test's).
pub(crate) fn build(schema: &Value, private: bool) -> Layout {
    let empty = Map::new();
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut b = Builder {
        defs,
        private,
        tables: Vec::new(),
        codelists: Vec::new(),
        private_paths: Vec::new(),
        empty_defaults: Vec::new(),
    };
    let mut root = Table {
        name: PLEDGES.to_owned(),
        title: "Pledges".to_owned(),
        description: text(schema, "description"),
        path: String::new(),
        kind: TableKind::Pledges,
        required: true,
        columns: Vec::new(),
        segments: Vec::new(),
    };
    let mut children = Vec::new();
    b.object(
        schema,
        Some(""),
        &mut Ctx {
            rel: Vec::new(),
            abs: Vec::new(),
            titles: Vec::new(),
            required: true,
            private: false,
            in_list: false,
        },
        &mut root.columns,
        &mut children,
    );
    let mut tables = vec![root];
    tables.append(&mut children);
    name_tables(&mut tables);
    for t in &mut tables {
        unique_titles(&mut t.columns);
    }
    b.tables = tables;
    Layout {
        tables: b.tables,
        codelists: b.codelists,
        private,
        private_paths: b.private_paths,
        empty_defaults: b.empty_defaults,
    }
}

/// Where the walk is: the keys from the current table's row (`rel`) and from the document
/// root (`abs`, with `[]` after list keys), the titles along `rel`, whether every field on
/// the way is required, whether the way passes a private field, and whether it is inside a
/// list's element (so that further lists become cells, not tables).
#[derive(Clone)]
struct Ctx {
    rel: Vec<String>,
    abs: Vec<String>,
    titles: Vec<String>,
    required: bool,
    private: bool,
    in_list: bool,
}

fn text(node: &Value, key: &str) -> String {
    node.get(key)
        .and_then(Value::as_str)
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

impl<'s> Builder<'s> {
    /// Follow `$ref` and `anyOf: [X, null]` to the node that says what the value is.
    fn resolve(&self, node: &'s Value) -> Resolved<'s> {
        let mut node = node;
        let mut def = None;
        for _ in 0..8 {
            if let Some(r) = node.get("$ref").and_then(Value::as_str) {
                let name = r.rsplit('/').next().unwrap_or(r);
                match self.defs.get(name) {
                    Some(d) => {
                        node = d;
                        def = Some(name);
                        continue;
                    }
                    None => break,
                }
            }
            if let Some(any) = node.get("anyOf").and_then(Value::as_array) {
                let non_null: Vec<&Value> = any
                    .iter()
                    .filter(|v| v.get("type").and_then(Value::as_str) != Some("null"))
                    .collect();
                if let ([one], true) = (non_null.as_slice(), any.len() == 2) {
                    node = one;
                    continue;
                }
            }
            break;
        }
        Resolved { node, def }
    }

    /// The properties of an object node in the model's declaration order (the validator's
    /// field lists); a definition not listed there takes its required fields first, then the
    /// rest by name.
    fn ordered<'n>(&self, node: &'n Value, def: Option<&str>) -> Vec<(&'n str, &'n Value)> {
        let Some(props) = node.get("properties").and_then(Value::as_object) else {
            return Vec::new();
        };
        let declared: Option<Fields> =
            def.and_then(|d| RECORDS.iter().find(|(name, _)| *name == d).map(|(_, f)| *f));
        let required: Vec<&str> = node
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut keys: Vec<&'n str> = Vec::with_capacity(props.len());
        let first: Vec<&str> = match declared {
            Some((all, _)) => all.to_vec(),
            None => required.clone(),
        };
        for k in first {
            if let Some((key, _)) = props.get_key_value(k) {
                keys.push(key.as_str());
            }
        }
        for k in props.keys() {
            if !keys.contains(&k.as_str()) {
                keys.push(k.as_str());
            }
        }
        keys.into_iter()
            .filter_map(|k| props.get(k).map(|v| (k, v)))
            .collect()
    }

    /// Walk an object: its scalar fields become columns of `columns`, its objects are walked
    /// in place, its lists become child tables (or cells, inside a list's element).
    fn object(
        &mut self,
        node: &'s Value,
        def: Option<&str>,
        ctx: &mut Ctx,
        columns: &mut Vec<Column>,
        children: &mut Vec<Table>,
    ) {
        let required: Vec<String> = node
            .get("required")
            .and_then(Value::as_array)
            .map(|r| {
                r.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        for (key, prop) in self.ordered(node, def) {
            let private = ctx.private || text(prop, "description").contains("Private:");
            if private && !self.private {
                let mut path = ctx.abs.clone();
                path.push(key.to_owned());
                self.private_paths.push(path);
                continue;
            }
            let resolved = self.resolve(prop);
            let title = match text(prop, "title") {
                t if t.is_empty() => match text(resolved.node, "title") {
                    t if t.is_empty() => key.to_owned(),
                    t => t,
                },
                t => t,
            };
            let mut description = text(prop, "description");
            if description.is_empty() {
                description = text(resolved.node, "description");
            }
            let mut inner = Ctx {
                rel: ctx.rel.clone(),
                abs: ctx.abs.clone(),
                titles: ctx.titles.clone(),
                required: ctx.required && required.iter().any(|r| r == key),
                private,
                in_list: ctx.in_list,
            };
            inner.rel.push(key.to_owned());
            inner.abs.push(key.to_owned());
            inner.titles.push(title.clone());
            let node = resolved.node;
            if is_type(node, "object") && node.get("properties").is_some() {
                let empty_default = prop
                    .get("default")
                    .and_then(Value::as_object)
                    .is_some_and(Map::is_empty);
                if empty_default && !ctx.in_list {
                    self.empty_defaults.push(inner.abs.clone());
                }
                self.object(node, resolved.def, &mut inner, columns, children);
            } else if is_type(node, "array") {
                self.array(node, &title, description, inner, columns, children);
            } else {
                let (kind, codelist) = self.scalar(node, resolved.def);
                columns.push(Column {
                    path: inner.abs.join("/"),
                    title: inner.titles.join(": "),
                    description,
                    kind: kind.map_or(ValueKind::Json, ValueKind::Scalar),
                    required: inner.required,
                    codelist,
                    private,
                    rel: inner.rel,
                    key: false,
                });
            }
        }
    }

    /// A list: a child table when met in the pledge's own fields, a cell inside a list.
    fn array(
        &mut self,
        node: &'s Value,
        title: &str,
        description: String,
        mut ctx: Ctx,
        columns: &mut Vec<Column>,
        children: &mut Vec<Table>,
    ) {
        let items = node
            .get("items")
            .map(|i| self.resolve(i))
            .unwrap_or(Resolved {
                node: &Value::Null,
                def: None,
            });
        let item_is_object =
            is_type(items.node, "object") && items.node.get("properties").is_some();
        if ctx.in_list {
            let (kind, codelist) = if item_is_object || is_type(items.node, "array") {
                (ValueKind::Json, None)
            } else {
                let (k, c) = self.scalar(items.node, items.def);
                (k.map_or(ValueKind::Json, ValueKind::List), c)
            };
            columns.push(Column {
                path: ctx.abs.join("/"),
                title: ctx.titles.join(": "),
                description,
                kind,
                required: ctx.required,
                codelist,
                private: ctx.private,
                rel: ctx.rel,
                key: false,
            });
            return;
        }
        let segments: Vec<String> = ctx.abs.clone();
        if let Some(last) = ctx.abs.last_mut() {
            last.push_str("[]");
        }
        let path = ctx.abs.join("/");
        let key = Column {
            path: ID.to_owned(),
            title: String::new(),
            description: String::new(),
            kind: ValueKind::Scalar(Scalar::Text),
            required: true,
            codelist: None,
            private: false,
            rel: vec![ID.to_owned()],
            key: true,
        };
        let mut table = Table {
            name: String::new(),
            title: title.to_owned(),
            description,
            path: path.clone(),
            kind: TableKind::Records,
            required: ctx.required && min_items(node) > 0,
            columns: vec![key],
            segments,
        };
        let mut element = Ctx {
            rel: Vec::new(),
            abs: ctx.abs.clone(),
            titles: Vec::new(),
            required: true,
            private: ctx.private,
            in_list: true,
        };
        let mut grandchildren = Vec::new();
        if item_is_object {
            self.object(
                items.node,
                items.def,
                &mut element,
                &mut table.columns,
                &mut grandchildren,
            );
        } else {
            table.kind = TableKind::Values;
            let (kind, codelist) = if is_type(items.node, "array") {
                (ValueKind::Json, None)
            } else {
                let (k, c) = self.scalar(items.node, items.def);
                (k.map_or(ValueKind::Json, ValueKind::Scalar), c)
            };
            let item_title = match text(items.node, "title") {
                t if t.is_empty() => title.to_owned(),
                t => t,
            };
            table.columns.push(Column {
                path,
                title: item_title,
                description: table.description.clone(),
                kind,
                required: true,
                codelist,
                private: ctx.private,
                rel: Vec::new(),
                key: false,
            });
        }
        children.push(table);
        children.append(&mut grandchildren);
    }

    /// The kind of a scalar node and the codelist its values come from; `None` for a node
    /// that is no plain value (written as JSON text).
    fn scalar(&mut self, node: &Value, def: Option<&str>) -> (Option<Scalar>, Option<String>) {
        let format = node.get("format").and_then(Value::as_str);
        if let Some(consts) = node.get("oneOf").and_then(Value::as_array) {
            let entries: Option<Vec<(String, String)>> = consts
                .iter()
                .map(|c| {
                    let code = c.get("const")?.as_str()?.to_owned();
                    let label = match text(c, "title") {
                        t if t.is_empty() => code.clone(),
                        t => t,
                    };
                    Some((code, label))
                })
                .collect();
            if let Some(entries) = entries {
                let name = match def {
                    Some(d) => d.to_owned(),
                    None => match text(node, "title") {
                        t if t.is_empty() => "codes".to_owned(),
                        t => t,
                    },
                };
                self.add_codes(&name, text(node, "title"), true, || entries);
                return (Some(Scalar::Code), Some(name));
            }
        }
        match def {
            Some("DecimalString") => return (Some(Scalar::Decimal), None),
            Some("PartialDate") => return (Some(Scalar::PartialDate), None),
            Some(
                name @ ("CountryCode" | "CurrencyCode" | "Headquarters" | "TargetCode"
                | "EventCode"),
            ) => {
                let entries = reference_codes(name, node);
                self.add_codes(name, text(node, "title"), false, || entries);
                return (Some(Scalar::Code), Some(name.to_owned()));
            }
            _ => {}
        }
        if node.get("anyOf").is_some() && is_type(node, "string") {
            return (Some(Scalar::Text), None);
        }
        let kind = match (type_of(node), format) {
            (Some("string"), Some("date")) => Scalar::Date,
            (Some("string"), Some("date-time")) => Scalar::Timestamp,
            (Some("string"), _) => Scalar::Text,
            (Some("integer"), _) => Scalar::Integer,
            (Some("number"), _) => Scalar::Decimal,
            (Some("boolean"), _) => Scalar::Boolean,
            _ => {
                // `anyOf` of a string and an integer: an exact decimal, whatever its name.
                let any = node.get("anyOf").and_then(Value::as_array);
                let types: Vec<&str> = any
                    .map(|a| a.iter().filter_map(type_of).collect())
                    .unwrap_or_default();
                if types.contains(&"string") && types.contains(&"integer") {
                    Scalar::Decimal
                } else {
                    return (None, None);
                }
            }
        };
        (Some(kind), None)
    }

    fn add_codes(
        &mut self,
        name: &str,
        title: String,
        closed: bool,
        entries: impl FnOnce() -> Vec<(String, String)>,
    ) {
        if self.codelists.iter().any(|c| c.name == name) {
            return;
        }
        self.codelists.push(Codes {
            name: name.to_owned(),
            title: if title.is_empty() {
                name.to_owned()
            } else {
                title
            },
            closed,
            entries: entries(),
        });
    }
}

/// The codes of the code types whose values come from p2c's embedded reference data rather
/// than the schema: countries, currencies in use, headquarters (countries and the schema's
/// constants), the known P2C Targets and the known P2C events (open lists: other well-formed
/// codes are valid too).
fn reference_codes(def: &str, node: &Value) -> Vec<(String, String)> {
    let countries = || {
        crate::geo::countries()
            .iter()
            .map(|c| (c.iso3.as_str().to_owned(), c.name.to_owned()))
            .collect::<Vec<_>>()
    };
    match def {
        "CountryCode" => countries(),
        "CurrencyCode" => crate::money::currency::currencies()
            .iter()
            .filter(|c| c.is_active())
            .map(|c| (c.code.as_str().to_owned(), c.name.to_owned()))
            .collect(),
        "Headquarters" => {
            let mut out: Vec<(String, String)> = node
                .get("anyOf")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(|c| {
                            let code = c.get("const")?.as_str()?;
                            Some((code.to_owned(), text(c, "title")))
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.extend(countries());
            out
        }
        "TargetCode" => crate::targets::known_targets()
            .iter()
            .map(|t| (t.code.to_owned(), t.text.to_owned()))
            .collect(),
        "EventCode" => crate::events::known_events()
            .iter()
            .map(|e| (e.code.to_owned(), e.name.to_owned()))
            .collect(),
        _ => Vec::new(),
    }
}

fn type_of(node: &Value) -> Option<&str> {
    match node.get("type") {
        Some(Value::String(s)) => Some(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).find(|t| *t != "null"),
        _ => None,
    }
}

fn is_type(node: &Value, t: &str) -> bool {
    type_of(node) == Some(t)
}

fn min_items(node: &Value) -> u64 {
    node.get("minItems").and_then(Value::as_u64).unwrap_or(0)
}

/// Sheet names: the list's own key (`countries`), with parent keys added while two lists
/// would share a name (`beneficiaries.groups`). The key column of a child table gets the
/// pledge id's title.
fn name_tables(tables: &mut [Table]) {
    let id_title = tables
        .first()
        .and_then(|t| t.columns.iter().find(|c| c.path == ID))
        .map(|c| c.title.clone())
        .unwrap_or_else(|| "Pledge id".to_owned());
    let mut depth: Vec<usize> = vec![1; tables.len()];
    for _ in 0..8 {
        let names: Vec<String> = tables
            .iter()
            .zip(&depth)
            .map(|(t, d)| sheet_name(t, *d))
            .collect();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for n in &names {
            *seen.entry(n.as_str()).or_default() += 1;
        }
        let mut changed = false;
        for (i, n) in names.iter().enumerate() {
            let reserved = [super::README_SHEET, super::CODES_SHEET, super::ISSUES_SHEET]
                .iter()
                .any(|r| r.eq_ignore_ascii_case(n));
            if seen.get(n.as_str()).copied().unwrap_or(0) > 1 || reserved {
                if let Some(d) = depth.get_mut(i) {
                    *d += 1;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    for (t, d) in tables.iter_mut().zip(depth) {
        if t.kind != TableKind::Pledges {
            t.name = sheet_name(t, d);
            if let Some(key) = t.columns.first_mut() {
                key.title.clone_from(&id_title);
            }
        }
    }
}

/// The last `depth` keys of a table's path, joined with `.`, cut to Excel's 31 characters.
fn sheet_name(t: &Table, depth: usize) -> String {
    if t.kind == TableKind::Pledges {
        return PLEDGES.to_owned();
    }
    let start = t.segments.len().saturating_sub(depth);
    let name = t.segments.get(start..).unwrap_or_default().join(".");
    name.chars().take(31).collect()
}

/// Make every title of a table unique (case- and space-insensitively), adding the path to
/// later duplicates, so a header written as a title names one column.
fn unique_titles(columns: &mut [Column]) {
    let mut seen: Vec<String> = Vec::new();
    for c in columns.iter_mut() {
        let norm = super::read::normalize(&c.title);
        if seen.contains(&norm) {
            c.title = format!("{} ({})", c.title, c.path);
            seen.push(super::read::normalize(&c.title));
        } else {
            seen.push(norm);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(t: &Table) -> Vec<&str> {
        t.columns.iter().map(|c| c.path.as_str()).collect()
    }

    #[test]
    fn tables_follow_the_schema() {
        let l = layout(false);
        let names: Vec<&str> = l.tables.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "pledges",
                "links",
                "events",
                "roles",
                "partners",
                "pledgeTypes",
                "focusAreas",
                "pillars",
                "sdgs",
                "components",
                "regions",
                "countries",
                "countryGroups",
                "unspecifiedCountriesIn",
                "shares",
                "groups",
                "counts",
                "targets",
                "progressReports",
                "relations"
            ]
        );
        let p = &l.tables[0];
        assert_eq!(
            &paths(p)[..6],
            [
                "formatVersion",
                "id",
                "title",
                "description",
                "notes",
                "submittedAt"
            ]
        );
        assert!(paths(p).contains(&"financialValue/explicitRate/rate"));
        assert!(!paths(p).iter().any(|c| c.starts_with("contact")));
        let fv = p
            .columns
            .iter()
            .find(|c| c.path == "financialValue/amount")
            .unwrap();
        assert_eq!(fv.title, "Financial value: Amount");
        assert_eq!(fv.kind, ValueKind::Scalar(Scalar::Decimal));
        assert!(!fv.required);
        let partners = l.table("partners").unwrap();
        assert_eq!(partners.path, "pledgers/partners[]");
        assert_eq!(
            paths(partners),
            [
                "id",
                "pledgers/partners[]/id",
                "pledgers/partners[]/name",
                "pledgers/partners[]/stakeholderType",
                "pledgers/partners[]/subtype",
                "pledgers/partners[]/headquarters",
                "pledgers/partners[]/roles"
            ]
        );
        assert_eq!(partners.columns[0].title, "Pledge id");
        // Format 1.1: the events come from the open list of known P2C events.
        let events = l.table("events").unwrap();
        assert_eq!(events.columns[1].codelist.as_deref(), Some("EventCode"));
        let codes = l.codes("EventCode").unwrap();
        assert!(!codes.closed);
        assert!(codes.entries.iter().any(|(c, _)| c == "MWC-2024"));
        // The lead's roles are a sheet, a partner's roles a cell of its row.
        assert_eq!(l.table("roles").unwrap().path, "pledgers/lead/roles[]");
        let roles = partners.columns.last().unwrap();
        assert_eq!(roles.path, "pledgers/partners[]/roles");
        assert_eq!(roles.kind, ValueKind::List(Scalar::Code));
        assert_eq!(roles.codelist.as_deref(), Some("PartnerRole"));
        // Partial dates are text, never date cells; a range, a basis, a stated equivalent and
        // the other qualifiers of an amount are columns of the pledge's row.
        let kind = |path: &str| p.columns.iter().find(|c| c.path == path).map(|c| c.kind);
        for path in [
            "announcedOn",
            "financialValue/valueDate",
            "period/start",
            "period/end",
        ] {
            assert_eq!(
                kind(path),
                Some(ValueKind::Scalar(Scalar::PartialDate)),
                "{path}"
            );
        }
        for (path, scalar) in [
            ("financialValue/maxAmount", Scalar::Decimal),
            ("financialValue/basis", Scalar::Code),
            ("financialValue/years", Scalar::Integer),
            ("financialValue/isCeiling", Scalar::Boolean),
            ("financialValue/approximate", Scalar::Boolean),
            ("financialValue/inKind", Scalar::Boolean),
            ("financialValue/statedEquivalent/amount", Scalar::Decimal),
            ("financialValue/statedEquivalent/currency", Scalar::Code),
            ("beneficiaries/peopleReachedIsFloor", Scalar::Boolean),
        ] {
            assert_eq!(kind(path), Some(ValueKind::Scalar(scalar)), "{path}");
        }
        assert_eq!(
            paths(l.table("components").unwrap()),
            [
                "id",
                "financialValue/components[]/name",
                "financialValue/components[]/amount",
                "financialValue/components[]/inKind"
            ]
        );
        assert_eq!(
            paths(l.table("counts").unwrap()),
            [
                "id",
                "beneficiaries/counts[]/count",
                "beneficiaries/counts[]/unit",
                "beneficiaries/counts[]/isFloor"
            ]
        );
        assert_eq!(
            paths(l.table("sdgs").unwrap()),
            ["id", "sdgs[]/goal", "sdgs[]/targets"]
        );
        let countries = l.table("countries").unwrap();
        assert_eq!(countries.kind, TableKind::Values);
        assert_eq!(
            countries.columns[1].codelist.as_deref(),
            Some("CountryCode")
        );
        let reports = l.table("progressReports").unwrap();
        let challenges = reports
            .columns
            .iter()
            .find(|c| c.path == "progressReports[]/challenges")
            .unwrap();
        assert_eq!(challenges.kind, ValueKind::List(Scalar::Code));
        assert!(l.table("pledgeTypes").unwrap().required);
        assert!(!l.table("pillars").unwrap().required);
    }

    #[test]
    fn private_layout_adds_the_contact_only() {
        let public = layout(false);
        let private = layout(true);
        let extra: Vec<&Column> = private.tables[0]
            .columns
            .iter()
            .filter(|c| !public.tables[0].columns.iter().any(|p| p.path == c.path))
            .collect();
        let extra_paths: Vec<&str> = extra.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(extra_paths, ["contact/name", "contact/email"]);
        assert!(extra.iter().all(|c| c.private));
        assert_eq!(public.tables.len(), private.tables.len());
    }

    #[test]
    fn every_value_of_the_schema_has_a_kind_and_titles_are_unique() {
        let l = layout(true);
        for t in &l.tables {
            let mut titles = std::collections::HashSet::new();
            for c in &t.columns {
                assert_ne!(c.kind, ValueKind::Json, "{} has no plain kind", c.path);
                assert!(
                    titles.insert(super::super::read::normalize(&c.title)),
                    "{}",
                    c.title
                );
                assert!(!c.title.contains('('), "{} was disambiguated", c.title);
                if let Some(list) = &c.codelist {
                    assert!(!l.codes(list).unwrap().entries.is_empty(), "{list}");
                }
            }
        }
    }

    #[test]
    fn a_field_added_to_the_schema_appears_without_edits() {
        // A new optional list of codes and a new nested record, as the 1.1 model adds them.
        let mut schema = crate::schema::pledge_schema();
        schema["properties"]["sdgs"] = serde_json::json!({
            "title": "SDGs", "type": "array",
            "items": { "title": "SDG", "oneOf": [
                { "const": "1", "title": "No poverty" }, { "const": "2", "title": "Zero hunger" } ] }
        });
        schema["properties"]["announcedOn"] =
            serde_json::json!({ "title": "Announced on", "$ref": "#/$defs/PartialDate" });
        let l = build(&schema, false);
        let sdgs = l.table("sdgs").unwrap();
        assert_eq!(sdgs.columns[1].kind, ValueKind::Scalar(Scalar::Code));
        assert_eq!(
            l.codes(sdgs.columns[1].codelist.as_deref().unwrap())
                .unwrap()
                .entries
                .len(),
            2
        );
        let announced = l.tables[0]
            .columns
            .iter()
            .find(|c| c.path == "announcedOn")
            .unwrap();
        assert_eq!(announced.kind, ValueKind::Scalar(Scalar::PartialDate));
    }
}
