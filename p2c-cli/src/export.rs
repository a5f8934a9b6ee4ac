//! `p2c export FILE --format csv|json|xlsx [--table] [--out FILE | --dir DIR]`: the flat tables
//! of the pledges, selected by the summary's `--filter` and `--as-of`.
//!
//! The tables are built and written piece by piece ([`PreparedTables::build_chunks`]): a CSV
//! table is written a few thousand pledges at a time and JSON one table per pass over the
//! input, so a JSON Lines file of any size is exported without holding it or all its pledges.
//! Only an XLSX workbook holds every table (a sheet has at most 1,048,576 rows anyway).
//! The `pledgers` table has a row per entity, not per pledge: the pieces' rows are merged
//! ([`PledgerScores`]) and the table written once all the pledges are read, so it holds one
//! row per entity of the input.

use std::io::{Seek, Write};
use std::path::Path;

use p2c_core::call::{Input, PreparedTables, TablesCall};
use p2c_core::tables::{pledgers, CsvOptions, PledgerScores, Table, Tables};
use serde_json::Value;

use crate::args::{ExportArgs, ExportFormat};
use crate::fail::{self, Fail, Flags, EXIT_OK};
use crate::input::{SeekRead, Whole};
use crate::options;
use crate::output::Ctx;

const FLAGS: Flags<'static> = &[
    ("/currency", "--currency"),
    ("/policy", "--policy"),
    ("/filters", "--filter"),
    ("/asOf", "--as-of"),
    ("/format", "--input"),
];

/// How many pledges are held at once.
const CHUNK: usize = 4096;

/// Export the tables.
pub(crate) fn run(a: &ExportArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let mut map = options::base(a.call.as_deref())?;
    options::set(&mut map, "currency", a.currency.as_deref());
    options::set(&mut map, "policy", a.policy.as_deref());
    options::set(&mut map, "asOf", a.as_of.as_deref());
    options::filters(&mut map, &a.filter)?;
    map.insert("format".into(), Value::String(a.input.name().into()));
    if let Some(n) = a.threads {
        map.insert("threads".into(), Value::from(n));
    }
    let call: TablesCall = options::read(ctx, map, FLAGS, "export")?;
    let rates = options::rates(a.rates.as_deref())?;
    let prepared = call
        .prepare(&rates)
        .map_err(|e| fail::option(&e, FLAGS, "export"))?;
    // The names of the tables, from tables of no pledge, to check `--table` before reading.
    let empty = prepared
        .build::<p2c_core::Pledge>(&[])
        .map_err(|e| fail::data(&e, &a.file))?;
    let names: Vec<String> = empty.all().iter().map(|t| t.name.clone()).collect();
    let chosen: Vec<String> = match (&a.table, a.format, &a.dir) {
        (Some(name), _, _) => {
            if !names.contains(name) {
                return Err(Fail::Usage(format!(
                    "`--table`: unknown table `{name}`; choose one of {}",
                    names.join(", ")
                )));
            }
            vec![name.clone()]
        }
        (None, ExportFormat::Csv, None) => vec!["pledges".to_owned()],
        (None, _, _) => names.clone(),
    };
    // The pledgers' scorecards validate and assess every pledge: only when that table is written.
    let prepared = prepared.with_pledgers(chosen.iter().any(|n| n == pledgers::NAME));
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
    if a.format == ExportFormat::Parquet {
        let Some(dir) = &a.dir else {
            return Err(Fail::Usage(
                "`--format parquet` writes one file per table: give `--dir DIR`".into(),
            ));
        };
        return parquet(&prepared, ctx, a, dir, &chosen);
    }
    if a.dir.is_some() && a.format != ExportFormat::Csv {
        return Err(Fail::Usage(
            "`--dir` writes CSV or Parquet tables; `--format json` and `--format xlsx` write every table to one file with `--out`".into(),
        ));
    }
    let csv_options = CsvOptions::default().neutralize_formulas(!a.no_neutralize_formulas);
    let mut reader = crate::input::seekable(ctx, &a.file, "exporting")?;
    let file = a.file.as_str();
    if let Some(dir) = &a.dir {
        crate::input::create_dir(dir)?;
        let mut outs = Vec::new();
        for name in &chosen {
            let path = dir.join(format!("{name}.csv"));
            let w = crate::output::create(&path)?;
            outs.push((name.clone(), path, w));
        }
        let mut first = true;
        let mut scores = PledgerScores::new();
        chunks(&prepared, &mut *reader, file, |tables| {
            for (name, path, w) in &mut outs {
                let table = table(&tables, name)?;
                if name == pledgers::NAME {
                    scores.add_table(table).map_err(|e| fail::data(&e, file))?;
                    continue;
                }
                let dest = format!("`{}`", path.display());
                write_csv(table, &mut *w, &csv_options.header(first), &dest, file)?;
            }
            first = false;
            Ok(())
        })?;
        for (name, path, w) in &mut outs {
            if name == pledgers::NAME {
                let dest = format!("`{}`", path.display());
                write_csv(&scores.table(), &mut *w, &csv_options, &dest, file)?;
            }
        }
        for (_, path, w) in &mut outs {
            w.flush()
                .map_err(|e| crate::output::write_error(&format!("`{}`", path.display()), &e))?;
        }
        return Ok(EXIT_OK);
    }
    let mut sink = Sink::open(ctx, a.out.as_deref())?;
    let where_ = sink.name();
    match a.format {
        ExportFormat::Csv => {
            let name = chosen.first().map_or("pledges", String::as_str);
            if name == pledgers::NAME {
                let t = pledger_table(&prepared, &mut *reader, file)?;
                write_csv(&t, sink.writer(), &csv_options, &where_, file)?;
            } else {
                let mut first = true;
                chunks(&prepared, &mut *reader, file, |tables| {
                    let t = table(&tables, name)?;
                    write_csv(t, sink.writer(), &csv_options.header(first), &where_, file)?;
                    first = false;
                    Ok(())
                })?;
            }
        }
        ExportFormat::Json => {
            // `{"NAME":[{…},…],…}`: the tables in the order of their names (as a JSON object of
            // them was always written), one pass over the input for each.
            let mut order = chosen.clone();
            order.sort();
            put(sink.writer(), b"{", &where_)?;
            for (i, name) in order.iter().enumerate() {
                let key = serde_json::to_string(name).map_err(|e| internal(&e))?;
                let sep = if i == 0 { "" } else { "," };
                put(sink.writer(), format!("{sep}{key}:[").as_bytes(), &where_)?;
                reader
                    .seek(std::io::SeekFrom::Start(0))
                    .map_err(|e| crate::input::unreadable(Path::new(file), &e))?;
                let mut first = true;
                let mut rows = |t: &Table, sink: &mut Sink<'_, '_>| -> Result<(), Fail> {
                    for row in 0..t.len() {
                        let sep: &[u8] = if first { b"" } else { b"," };
                        first = false;
                        put(sink.writer(), sep, &where_)?;
                        let record =
                            serde_json::to_vec(&t.record(row)).map_err(|e| internal(&e))?;
                        put(sink.writer(), &record, &where_)?;
                    }
                    Ok(())
                };
                if name == pledgers::NAME {
                    let t = pledger_table(&prepared, &mut *reader, file)?;
                    rows(&t, &mut sink)?;
                } else {
                    chunks(&prepared, &mut *reader, file, |tables| {
                        rows(table(&tables, name)?, &mut sink)
                    })?;
                }
                put(sink.writer(), b"]", &where_)?;
            }
            put(sink.writer(), b"}\n", &where_)?;
        }
        ExportFormat::Xlsx => {
            // A workbook holds every table anyway: they are built at once, on the threads.
            let source = Whole::of(&mut *reader, file)?;
            drop(reader);
            let all = whole(&prepared, source.input(), file)?;
            // One sheet per table, amounts as text cells (see p2c_core::sheets::tables_xlsx).
            let bytes = p2c_core::call::SheetExportCall::default()
                .tables_xlsx(&all)
                .map_err(|e| fail::data(&e, file))?;
            put(sink.writer(), &bytes, &where_)?;
        }
        ExportFormat::Parquet => {
            return Err(internal(&"a Parquet export without `--dir`"));
        }
    }
    sink.finish(&where_)?;
    Ok(EXIT_OK)
}

/// Every table of the input at once ([`PreparedTables::build_input`], on the call's threads).
fn whole(prepared: &PreparedTables, input: Input<'_>, file: &str) -> Result<Tables, Fail> {
    prepared
        .build_input(input)
        .map_err(|e| fail::data(&e, file))
}

/// `--format parquet --dir DIR`: the chosen tables as `DIR/NAME.parquet`. A Parquet column
/// has one decimal scale for the whole file, so each table is built whole before it is
/// written (as for XLSX).
#[cfg(feature = "parquet")]
fn parquet(
    prepared: &PreparedTables,
    ctx: &mut Ctx<'_>,
    a: &ExportArgs,
    dir: &Path,
    chosen: &[String],
) -> Result<u8, Fail> {
    let source = Whole::of(&mut *ctx.stdin, &a.file)?;
    let tables = whole(prepared, source.input(), &a.file)?;
    let threads = p2c_core::parallel::Threads::new(a.threads.unwrap_or(0));
    crate::input::create_dir(dir)?;
    let mut files = Vec::new();
    for name in chosen {
        files.push((table(&tables, name)?, dir.join(format!("{name}.parquet"))));
    }
    let files: Vec<_> = files.iter().map(|(t, p)| (*t, p.as_path())).collect();
    p2c_core::tables::parquet::write_files(&files, threads).map_err(|e| match e {
        p2c_core::Error::Internal(m) => Fail::Input(format!(
            "cannot write the Parquet files in `{}`: {m}; check the disk and permissions",
            dir.display()
        )),
        other => fail::data(&other, &a.file),
    })?;
    Ok(EXIT_OK)
}

/// This build has no Parquet writer (the Node package leaves it out to stay small).
#[cfg(not(feature = "parquet"))]
fn parquet(
    _: &PreparedTables,
    _: &mut Ctx<'_>,
    _: &ExportArgs,
    _: &Path,
    _: &[String],
) -> Result<u8, Fail> {
    Err(Fail::Usage(
        "this build of p2c has no Parquet writer (the Node package leaves it out to stay small); use `python -m p2c export` or the `p2c` program built from p2c-cli".into(),
    ))
}

/// Build the tables of the input piece by piece, calling `f` with each piece.
fn chunks(
    prepared: &PreparedTables,
    reader: &mut dyn SeekRead,
    file: &str,
    mut f: impl FnMut(Tables) -> Result<(), Fail>,
) -> Result<(), Fail> {
    // The callback's own failure (an output that cannot be written, a closed pipe) is kept
    // aside and passed on as it is; the core sees a placeholder error that stops the reading.
    let mut failed: Option<Fail> = None;
    let result = prepared.build_chunks(reader, CHUNK, |tables| {
        f(tables).map_err(|e| {
            failed = Some(e);
            p2c_core::Error::Internal("the export stopped".into())
        })
    });
    match (result, failed) {
        (_, Some(fail)) => Err(fail),
        (Ok(()), None) => Ok(()),
        (Err(e), None) => Err(fail::data(&e, file)),
    }
}

/// The pledgers table of the whole input: the pieces' tables merged entity by entity.
fn pledger_table(
    prepared: &PreparedTables,
    reader: &mut dyn SeekRead,
    file: &str,
) -> Result<Table, Fail> {
    let mut scores = PledgerScores::new();
    chunks(prepared, reader, file, |tables| {
        scores
            .add_table(&tables.pledgers)
            .map_err(|e| fail::data(&e, file))
    })?;
    Ok(scores.table())
}

fn table<'t>(tables: &'t Tables, name: &str) -> Result<&'t Table, Fail> {
    tables
        .all()
        .into_iter()
        .find(|t| t.name == name)
        .ok_or_else(|| internal(&format!("no table `{name}`")))
}

fn internal(e: &dyn std::fmt::Display) -> Fail {
    Fail::Input(format!(
        "internal error: {e}; this is a bug in p2c, please report it"
    ))
}

/// Write one piece of a CSV table (the core's writer: RFC 4180, and text a spreadsheet would
/// run as a formula neutralized, p2c_core::formula, unless told not to).
fn write_csv(
    table: &Table,
    w: &mut dyn Write,
    options: &CsvOptions,
    dest: &str,
    file: &str,
) -> Result<(), Fail> {
    let mut bytes = Vec::new();
    p2c_core::tables::to_csv_with(table, &mut bytes, options).map_err(|e| fail::data(&e, file))?;
    put(w, &bytes, dest)
}

fn put(w: &mut dyn Write, bytes: &[u8], dest: &str) -> Result<(), Fail> {
    crate::output::write_all(w, bytes, dest)
}

/// Where the export goes: `--out FILE`, or standard output.
enum Sink<'c, 'a> {
    File(std::io::BufWriter<std::fs::File>, String),
    Stdout(&'c mut Ctx<'a>),
}

impl<'c, 'a> Sink<'c, 'a> {
    fn open(ctx: &'c mut Ctx<'a>, out: Option<&Path>) -> Result<Self, Fail> {
        Ok(match out {
            Some(path) if path != Path::new("-") => Sink::File(
                crate::output::create(path)?,
                format!("`{}`", path.display()),
            ),
            _ => Sink::Stdout(ctx),
        })
    }

    fn name(&self) -> String {
        match self {
            Sink::File(_, name) => name.clone(),
            Sink::Stdout(_) => "standard output".to_owned(),
        }
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::File(w, _) => w,
            Sink::Stdout(ctx) => &mut *ctx.out,
        }
    }

    fn finish(&mut self, name: &str) -> Result<(), Fail> {
        self.writer()
            .flush()
            .map_err(|e| crate::output::write_error(name, &e))
    }
}
