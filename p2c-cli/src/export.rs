//! `p2c export FILE --format csv|json|xlsx [--table] [--out FILE | --dir DIR]`: the flat tables
//! of the pledges.

use std::io::Read;
use std::path::Path;

use p2c_core::call::{ParseCall, TablesCall};
use p2c_core::tables::Table;
use serde_json::{Map, Value};

use crate::args::{ExportArgs, ExportFormat};
use crate::fail::{self, Fail, Flags, EXIT_OK};
use crate::options;
use crate::output::Ctx;

const FLAGS: Flags<'static> = &[("/currency", "--currency"), ("/format", "--input")];

/// Export the tables.
pub(crate) fn run(a: &ExportArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut map = Map::new();
    options::set(&mut map, "currency", a.currency.as_deref());
    map.insert("format".into(), Value::String(a.input.name().into()));
    let call: TablesCall = options::read(ctx, map, FLAGS, "export")?;
    let prepared = call
        .prepare(&p2c_core::call::Rates::embedded())
        .map_err(|e| fail::option(&e, FLAGS, "export"))?;
    let mut reader = crate::input::seekable(ctx, &a.file, "reading")?;
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| crate::input::unreadable(Path::new(&a.file), &e))?;
    let pledges = ParseCall {
        format: call.format,
    }
    .pledges_bytes(&bytes)
    .map_err(|e| fail::data(&e, &a.file))?;
    let tables = prepared
        .build(&pledges)
        .map_err(|e| fail::data(&e, &a.file))?;
    let csv_options =
        p2c_core::tables::CsvOptions::default().neutralize_formulas(!a.no_neutralize_formulas);
    let names: Vec<&str> = tables.all().iter().map(|t| t.name.as_str()).collect();
    let named = |name: &str| {
        tables
            .all()
            .into_iter()
            .find(|t| t.name == name)
            .ok_or_else(|| {
                Fail::Usage(format!(
                    "`--table`: unknown table `{name}`; choose one of {}",
                    names.join(", ")
                ))
            })
    };
    let csv = |table: &Table| -> Result<Vec<u8>, Fail> {
        // The core's writer: RFC 4180, and text a spreadsheet would run as a formula
        // neutralized (p2c_core::formula) unless told not to.
        let mut out = Vec::new();
        p2c_core::tables::to_csv_with(table, &mut out, &csv_options)
            .map_err(|e| fail::data(&e, &a.file))?;
        Ok(out)
    };
    if a.format == ExportFormat::Xlsx
        && a.out.is_none()
        && a.dir.is_none()
        && ctx.stdout_is_terminal
    {
        return Err(Fail::Usage(
            "an XLSX export is a binary file: give `--out FILE` (or redirect standard output)"
                .to_owned(),
        ));
    }
    if let Some(dir) = &a.dir {
        if a.format != ExportFormat::Csv {
            return Err(Fail::Usage(
                "`--dir` writes CSV tables; `--format json` and `--format xlsx` write every table to one file with `--out`".into(),
            ));
        }
        let chosen = match &a.table {
            Some(name) => vec![named(name)?],
            None => tables.all().to_vec(),
        };
        std::fs::create_dir_all(dir).map_err(|e| {
            Fail::Input(format!(
                "cannot create the directory `{}`: {e}; check the path and permissions",
                dir.display()
            ))
        })?;
        for table in chosen {
            let bytes = csv(table)?;
            ctx.emit(Some(&dir.join(format!("{}.csv", table.name))), &bytes)?;
        }
        return Ok(EXIT_OK);
    }
    let out = match a.format {
        // One sheet per table, amounts as text cells (see p2c_core::sheets::tables_xlsx).
        ExportFormat::Xlsx => p2c_core::call::SheetExportCall::default()
            .tables_xlsx(&tables)
            .map_err(|e| fail::data(&e, &a.file))?,
        ExportFormat::Csv => csv(named(a.table.as_deref().unwrap_or("pledges"))?)?,
        ExportFormat::Json => {
            let mut all = Map::new();
            for t in tables.all() {
                all.insert(t.name.clone(), records(t));
            }
            let mut s = Value::Object(all).to_string();
            s.push('\n');
            s.into_bytes()
        }
    };
    ctx.emit(a.out.as_deref(), &out)?;
    Ok(EXIT_OK)
}

/// A table as JSON records (every value as its text; null when empty).
fn records(t: &Table) -> Value {
    Value::Array(
        (0..t.len())
            .map(|row| {
                let mut m = Map::new();
                for c in &t.columns {
                    let text = c.data.text_at(row);
                    let v = if text.is_empty() {
                        Value::Null
                    } else {
                        Value::String(text)
                    };
                    m.insert(c.name.clone(), v);
                }
                Value::Object(m)
            })
            .collect(),
    )
}
