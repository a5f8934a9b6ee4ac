//! `p2c dashboard` (alias `summarize`) and `p2c profile`.

use std::io::Read;
use std::path::Path;

use p2c_core::call::{AnnualReportCall, ParseCall, ProfileCall, SummaryCall};
use serde_json::Value;

use crate::args::{DashboardArgs, ProfileArgs, ReportArgs, ReportFormat, SummaryArgs};
use crate::fail::{self, Fail, Flags, EXIT_OK};
use crate::input::Whole;
use crate::options;
use crate::output::Ctx;

const FLAGS: Flags<'static> = &[
    ("/asOf", "--as-of"),
    ("/currency", "--currency"),
    ("/policy", "--policy"),
    ("/attribution", "--attribution"),
    ("/invalid", "--invalid"),
    ("/filters", "--filter"),
    ("/format", "--input"),
    ("/lang", "--lang"),
    ("/country", "COUNTRY"),
    ("/options/asOf", "--as-of"),
    ("/options/currency", "--currency"),
    ("/options/policy", "--policy"),
    ("/options/attribution", "--attribution"),
    ("/options/invalid", "--invalid"),
    ("/options/filters", "--filter"),
    ("/options/format", "--input"),
    ("/options/lang", "--lang"),
];

/// The call of the shared flags.
fn call(
    a: &SummaryArgs,
    ctx: &Ctx<'_>,
    source: &str,
) -> Result<serde_json::Map<String, Value>, Fail> {
    let mut map = options::base(a.call.as_deref())?;
    options::set(&mut map, "asOf", a.as_of.as_deref());
    options::set(&mut map, "currency", a.currency.as_deref());
    options::set(&mut map, "policy", a.policy.as_deref());
    options::set(&mut map, "attribution", a.attribution.as_deref());
    options::set(&mut map, "invalid", a.invalid.as_deref());
    let mut given = a.filter.clone();
    if let Some(window) = &a.new_between {
        given.push(format!("new-between={window}"));
    }
    options::filters(&mut map, &given)?;
    map.insert("format".into(), Value::String(a.input.name().into()));
    if let Some(n) = a.threads {
        map.insert("threads".into(), Value::from(n));
    }
    if !ctx.lang.is_empty() {
        map.insert("lang".into(), Value::String(ctx.lang.clone()));
    }
    map.entry("source")
        .or_insert_with(|| Value::String(source.to_owned()));
    Ok(map)
}

/// The file to read: the one given, or the sample data set.
fn file_or_sample(file: Option<&String>) -> Result<String, Fail> {
    match file {
        Some(f) => Ok(f.clone()),
        None => crate::input::sample()
            .map(|p| p.display().to_string())
            .ok_or_else(|| {
                Fail::Usage(
                    "no FILE given, and the sample data set is not here; give a file of pledges"
                        .into(),
                )
            }),
    }
}

fn format_of(a: &SummaryArgs) -> ReportFormat {
    if a.json {
        ReportFormat::Json
    } else {
        a.format
    }
}

fn json<T: serde::Serialize>(value: &T) -> Result<String, Fail> {
    serde_json::to_string_pretty(value)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| {
            Fail::Input(format!(
                "internal error: {e}; this is a bug in p2c, please report it"
            ))
        })
}

/// `p2c dashboard [FILE]`.
pub(crate) fn dashboard(a: &DashboardArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let file = file_or_sample(a.file.as_ref())?;
    let map = call(&a.summary, ctx, &file)?;
    let c: SummaryCall = options::read(ctx, map, FLAGS, "dashboard")?;
    let rates = options::rates(a.summary.rates.as_deref())?;
    let prepared = c
        .prepare(&rates)
        .map_err(|e| fail::option(&e, FLAGS, "dashboard"))?;
    ctx.warnings(&prepared.warnings);
    let source = source(ctx, &file)?;
    let summary = prepared
        .summarize_input(source.input())
        .map_err(|e| fail::data(&e, &file))?;
    let text = match format_of(&a.summary) {
        ReportFormat::Text => prepared.text(&summary),
        ReportFormat::Html => prepared.html(&summary),
        ReportFormat::Json => json(&summary)?,
    };
    ctx.emit(a.summary.out.as_deref(), text.as_bytes())?;
    Ok(EXIT_OK)
}

/// What a dashboard or a profile reads ([`Whole`], for the file route), refused when it holds
/// nothing but blanks.
fn source(ctx: &mut Ctx<'_>, file: &str) -> Result<Whole, Fail> {
    let whole = Whole::of(&mut *ctx.stdin, file)?;
    match &whole {
        Whole::Bytes(bytes) => no_pledges(&mut bytes.as_slice(), file)?,
        Whole::Path(path) => {
            let (f, _) = crate::input::open(path)?;
            no_pledges(&mut std::io::BufReader::new(f), file)?;
        }
    }
    Ok(whole)
}

/// An input with nothing but blanks is an error, not a dashboard of zero pledges.
fn no_pledges(reader: &mut dyn std::io::BufRead, file: &str) -> Result<(), Fail> {
    let head = reader
        .fill_buf()
        .map_err(|e| crate::input::unreadable(Path::new(file), &e))?;
    if head.iter().all(u8::is_ascii_whitespace) {
        return Err(Fail::Input(format!(
            "`{file}` holds no pledges; give a JSON array or JSON Lines of pledges"
        )));
    }
    Ok(())
}

/// `p2c profile COUNTRY [FILE]`.
pub(crate) fn profile(a: &ProfileArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let file = file_or_sample(a.file.as_ref())?;
    let options = call(&a.summary, ctx, &file)?;
    let mut map = serde_json::Map::new();
    map.insert("country".into(), Value::String(a.country.clone()));
    map.insert("options".into(), Value::Object(options));
    let c: ProfileCall = options::read(ctx, map, FLAGS, "profile")?;
    let rates = options::rates(a.summary.rates.as_deref())?;
    let (prepared, country) = c
        .prepare(&rates)
        .map_err(|e| fail::option(&e, FLAGS, "profile"))?;
    ctx.warnings(&prepared.warnings);
    // Read as the dashboard reads: the file route, on the threads.
    let source = source(ctx, &file)?;
    let profile = prepared
        .profile_input(source.input(), country)
        .map_err(|e| fail::data(&e, &file))?;
    let text = match format_of(&a.summary) {
        ReportFormat::Text => prepared.profile_text(&profile),
        ReportFormat::Html => prepared.profile_html(&profile),
        ReportFormat::Json => json(&profile)?,
    };
    ctx.emit(a.summary.out.as_deref(), text.as_bytes())?;
    Ok(EXIT_OK)
}

/// `p2c report FILE`: the annual-report figure set as JSON.
pub(crate) fn report(a: &ReportArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    let shared = SummaryArgs {
        as_of: a.as_of.clone(),
        currency: a.currency.clone(),
        policy: a.policy.clone(),
        attribution: a.attribution.clone(),
        invalid: a.invalid.clone(),
        filter: a.filter.clone(),
        new_between: None,
        rates: a.rates.clone(),
        input: a.input,
        format: ReportFormat::Json,
        json: true,
        out: a.out.clone(),
        call: a.call.clone(),
        threads: None,
    };
    let options = call(&shared, ctx, &a.file)?;
    let mut map = serde_json::Map::new();
    map.insert("options".into(), Value::Object(options));
    let c: AnnualReportCall = options::read(ctx, map, FLAGS, "report")?;
    let rates = options::rates(a.rates.as_deref())?;
    let prepared = c
        .prepare(&rates)
        .map_err(|e| fail::option(&e, FLAGS, "report"))?;
    ctx.warnings(&prepared.summary.warnings);
    let mut reader = crate::input::seekable(ctx, &a.file, "reading")?;
    no_pledges(&mut *reader, &a.file)?;
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| crate::input::unreadable(Path::new(&a.file), &e))?;
    let pledges = ParseCall {
        format: prepared.format(),
        threads: None,
    }
    .pledges_bytes(&bytes)
    .map_err(|e| fail::data(&e, &a.file))?;
    let report = prepared
        .report(&pledges)
        .map_err(|e| fail::data(&e, &a.file))?;
    ctx.emit(a.out.as_deref(), json(&report)?.as_bytes())?;
    Ok(EXIT_OK)
}
