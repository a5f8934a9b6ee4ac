//! Documents to rows: the layout's tables filled from JSON documents, for the CSV and XLSX
//! writers, with the positions of every element (so issues can be put in cells of the export).

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::layout::{Layout, Scalar, Table, TableKind, ValueKind};
use super::read::{join_list, rel_pointer, Origin, SheetSrc, Sources};
use crate::model::dates::parse_date;
use crate::{Error, Result};

/// One cell to write.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Out {
    /// Nothing.
    Empty,
    /// Text (amounts, codes, partial dates and timestamps too).
    Text(String),
    /// A whole number (exact: at most 2^53).
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// A full date.
    Date(NaiveDate),
}

/// The rows of every table (data rows only, cells by column), and where each document and
/// element is (rows counted from the first data row).
pub(crate) struct Flat {
    pub(crate) tables: Vec<Vec<Vec<Out>>>,
    pub(crate) sources: Sources,
}

/// Fill the layout's tables from `docs`. Errors (`export_error`): a document that is not an
/// object, a field the layout does not have (private fields are left out of a public layout,
/// never reported), or a list that is not a JSON array.
pub(crate) fn flatten(layout: &Layout, docs: &[Value]) -> Result<Flat> {
    let mut flat = Flat {
        tables: vec![Vec::new(); layout.tables.len()],
        sources: Sources::new(layout.tables.len()),
    };
    for (t, table) in layout.tables.iter().enumerate() {
        if let Some(slot) = flat.sources.sheets.get_mut(t) {
            *slot = Some(SheetSrc {
                name: table.name.clone(),
                cols: (0..table.columns.len())
                    .map(|i| (i, u32::try_from(i).unwrap_or(u32::MAX)))
                    .collect(),
            });
        }
    }
    for (d, doc) in docs.iter().enumerate() {
        let doc_idx = u32::try_from(d).unwrap_or(u32::MAX);
        let pointer = format!("/{d}");
        let Value::Object(map) = doc else {
            return Err(Error::Export {
                pointer,
                message: "a pledge document is a JSON object".to_owned(),
            });
        };
        let Some(root) = layout.tables.first() else {
            break;
        };
        let mut row = vec![Out::Empty; root.columns.len()];
        let id = match map.get(super::layout::ID) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        let mut w = Walk {
            layout,
            flat: &mut flat,
            doc: doc_idx,
            id,
        };
        w.object(map, &mut Vec::new(), 0, &mut row, &pointer)?;
        let pledges_row =
            u32::try_from(flat.tables.first().map_or(0, Vec::len)).unwrap_or(u32::MAX);
        flat.sources.doc_rows.push(pledges_row);
        if let Some(rows) = flat.tables.first_mut() {
            rows.push(row);
        }
    }
    Ok(flat)
}

struct Walk<'a> {
    layout: &'a Layout,
    flat: &'a mut Flat,
    doc: u32,
    id: String,
}

fn keys_eq(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl Walk<'_> {
    /// Place the fields of an object at `rel` (keys from the row of `table`) into `row`.
    fn object(
        &mut self,
        map: &Map<String, Value>,
        rel: &mut Vec<String>,
        table: usize,
        row: &mut [Out],
        pointer: &str,
    ) -> Result<()> {
        let layout = self.layout;
        let Some(t) = layout.tables.get(table) else {
            return Ok(());
        };
        for (key, value) in map {
            rel.push(key.clone());
            let here = format!("{pointer}{}", rel_pointer(std::slice::from_ref(key)));
            let result = self.field(t, table, rel, value, row, &here);
            rel.pop();
            result?;
        }
        Ok(())
    }

    fn field(
        &mut self,
        t: &Table,
        table: usize,
        rel: &mut Vec<String>,
        value: &Value,
        row: &mut [Out],
        pointer: &str,
    ) -> Result<()> {
        let layout = self.layout;
        if let Some(i) = t
            .columns
            .iter()
            .position(|c| !c.key && keys_eq(&c.rel, rel))
        {
            if let (Some(cell), Some(c)) = (row.get_mut(i), t.columns.get(i)) {
                *cell = out(c.kind, value);
            }
            return Ok(());
        }
        if table == 0 {
            if layout.private_paths.iter().any(|p| keys_eq(p, rel)) {
                return Ok(());
            }
            if let Some(child) = layout
                .tables
                .iter()
                .position(|l| l.kind != TableKind::Pledges && keys_eq(&l.segments, rel))
            {
                return match value {
                    Value::Array(items) => self.list(child, items, pointer),
                    Value::Null => Ok(()),
                    _ => Err(Error::Export {
                        pointer: pointer.to_owned(),
                        message: "a list must be a JSON array".to_owned(),
                    }),
                };
            }
        }
        let is_prefix = t
            .columns
            .iter()
            .any(|c| c.rel.len() > rel.len() && c.rel.starts_with(rel))
            || (table == 0
                && layout.tables.iter().any(|l| {
                    l.kind != TableKind::Pledges
                        && l.segments.len() > rel.len()
                        && l.segments.starts_with(rel)
                }))
            || (table == 0
                && layout
                    .private_paths
                    .iter()
                    .any(|p| p.len() > rel.len() && p.starts_with(rel)));
        match value {
            Value::Object(map) if is_prefix => {
                let base = pointer.to_owned();
                // Walk the nested object with the same `rel` prefix.
                for (key, v) in map {
                    rel.push(key.clone());
                    let here = format!("{base}{}", rel_pointer(std::slice::from_ref(key)));
                    let r = self.field(t, table, rel, v, row, &here);
                    rel.pop();
                    r?;
                }
                Ok(())
            }
            Value::Null if is_prefix => Ok(()),
            _ => Err(Error::Export {
                pointer: pointer.to_owned(),
                message: format!(
                    "`{}` is not a field of the pledge format (sheet `{}`)",
                    rel.join("/"),
                    t.name
                ),
            }),
        }
    }

    /// The elements of a list into the rows of its table.
    fn list(&mut self, table: usize, items: &[Value], pointer: &str) -> Result<()> {
        let layout = self.layout;
        let Some(t) = layout.tables.get(table) else {
            return Ok(());
        };
        for (e, item) in items.iter().enumerate() {
            let mut row = vec![Out::Empty; t.columns.len()];
            let here = format!("{pointer}/{e}");
            if let Some(key) = row.first_mut() {
                *key = Out::Text(self.doc_id());
            }
            match (t.kind, item) {
                (TableKind::Values, v) => {
                    if let (Some(cell), Some(c)) = (row.get_mut(1), t.columns.get(1)) {
                        *cell = out(c.kind, v);
                    }
                }
                (_, Value::Object(map)) => {
                    self.object(map, &mut Vec::new(), table, &mut row, &here)?;
                }
                _ => {
                    return Err(Error::Export {
                        pointer: here,
                        message: "an element of this list must be a JSON object".to_owned(),
                    })
                }
            }
            let rows = self.flat.tables.get_mut(table);
            let row_idx = rows.as_ref().map_or(0, |r| r.len());
            if let Some(rows) = rows {
                rows.push(row);
            }
            if let Some(list) = self.flat.sources.elements.get_mut(table) {
                list.push((
                    self.doc,
                    u32::try_from(e).unwrap_or(u32::MAX),
                    Origin {
                        table,
                        row: u32::try_from(row_idx).unwrap_or(u32::MAX),
                        col: None,
                    },
                ));
            }
        }
        Ok(())
    }

    /// The pledge id of the current document, as its child rows' first cell.
    fn doc_id(&self) -> String {
        self.id.clone()
    }
}

/// The cell of a value in a column of `kind`.
pub(crate) fn out(kind: ValueKind, value: &Value) -> Out {
    const EXACT: u64 = 1 << 53;
    match (kind, value) {
        (_, Value::Null) => Out::Empty,
        (ValueKind::Scalar(Scalar::Date), Value::String(s)) => {
            parse_date(s).map_or_else(|| Out::Text(s.clone()), Out::Date)
        }
        (ValueKind::Json, v @ (Value::Object(_) | Value::Array(_))) => Out::Text(v.to_string()),
        (_, Value::String(s)) => Out::Text(s.clone()),
        (
            ValueKind::Scalar(Scalar::Integer | Scalar::Boolean) | ValueKind::Json,
            Value::Number(n),
        ) => {
            let exact = n
                .as_i64()
                .filter(|i| i.unsigned_abs() <= EXACT)
                .map(|i| i as f64)
                .or_else(|| n.as_u64().filter(|u| *u <= EXACT).map(|u| u as f64));
            exact.map_or_else(|| Out::Text(n.to_string()), Out::Number)
        }
        (_, Value::Number(n)) => Out::Text(n.to_string()),
        (_, Value::Bool(b)) => Out::Bool(*b),
        (ValueKind::List(_), Value::Array(items)) => {
            let strings: Option<Vec<String>> = items
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect();
            Out::Text(match strings {
                Some(s) => join_list(&s),
                None => value.to_string(),
            })
        }
        (_, v) => Out::Text(v.to_string()),
    }
}
