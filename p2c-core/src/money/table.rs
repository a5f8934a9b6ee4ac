//! [`RateTable`]: dated exchange rates per currency pair, each from a named source.
//!
//! See the [module documentation](super) for the file formats, precedence and sources.
#![deny(clippy::arithmetic_side_effects)]

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::OnceLock;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::currency::currency;
use crate::model::CurrencyCode;
use crate::{Error, Result};

/// What a rate stands for.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RateKind {
    /// A rate of one day (`2022-06-07`).
    Daily,
    /// A calendar-year average; its date is 1 January of the year (`annual_average`; the
    /// camelCase `annualAverage` of version 0.1 is still read).
    #[serde(alias = "annualAverage")]
    AnnualAverage,
    /// A rate stated with the amount itself (a pledge's explicit rate); never in a table.
    Explicit,
    /// No rate needed: source and target currency are the same (rate 1); never in a table.
    Identity,
    /// The ratio of the announcer's stated equivalent to the amount (format 1.1
    /// `statedEquivalent`); never in a table.
    #[serde(alias = "statedEquivalent")]
    StatedEquivalent,
}

impl RateKind {
    /// The kind as the table's canonical text writes it for its id (`annualAverage`): kept as
    /// in version 0.1, so that a table's id does not change with the wire spelling.
    fn as_str(self) -> &'static str {
        match self {
            RateKind::Daily => "daily",
            RateKind::AnnualAverage => "annualAverage",
            RateKind::Explicit => "explicit",
            RateKind::Identity => "identity",
            RateKind::StatedEquivalent => "statedEquivalent",
        }
    }
}

/// Which side wins when two merged tables both have a rate for the same pair, kind and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum MergePrecedence {
    /// The table `merge` is called on keeps its rates; the other table only fills gaps.
    Existing,
    /// The other table's rates replace the existing ones; the existing table fills gaps.
    Incoming,
}

/// What is wrong with a row of a rate file (the `problem` of [`Error::InvalidRateFile`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub enum RateFileProblem {
    /// The text is not CSV, or a row has the wrong number of fields.
    Syntax,
    /// A required column or field is missing or empty.
    MissingField,
    /// The date is neither `YYYY-MM-DD` nor a four-digit year.
    BadDate,
    /// The rate is not a plain decimal number.
    BadNumber,
    /// The rate is zero or negative.
    NonPositiveRate,
    /// A currency code is not a known ISO 4217 code.
    UnknownCurrency,
    /// The base and the quoted currency are the same.
    SameCurrency,
    /// A second rate for the same kind, base, currency and date.
    Duplicate,
    /// A zip archive that cannot be read (corrupt, encrypted, an unsupported compression
    /// method), or that holds no single CSV file to read.
    Archive,
}

impl RateFileProblem {
    /// The stable machine name (`nonPositiveRate`).
    pub fn as_str(self) -> &'static str {
        match self {
            RateFileProblem::Syntax => "syntax",
            RateFileProblem::MissingField => "missingField",
            RateFileProblem::BadDate => "badDate",
            RateFileProblem::BadNumber => "badNumber",
            RateFileProblem::NonPositiveRate => "nonPositiveRate",
            RateFileProblem::UnknownCurrency => "unknownCurrency",
            RateFileProblem::SameCurrency => "sameCurrency",
            RateFileProblem::Duplicate => "duplicate",
            RateFileProblem::Archive => "archive",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct SeriesKey {
    kind: RateKind,
    base: CurrencyCode,
    currency: CurrencyCode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    date: NaiveDate,
    /// Units of the series' currency for one unit of its base.
    rate: Decimal,
    /// Index into the table's source names.
    source: u16,
}

/// A table of dated exchange rates.
///
/// Each rate is quoted as units of a currency for one unit of a base (`EUR` → `USD` 1.0662 on
/// 2022-06-07), is daily or a calendar-year average, and names its source. Conversions cross
/// through a common base. Tables are immutable; [`RateTable::merge`] makes a new one. Cloning
/// copies the rates: share [`RateTable::embedded`] by reference.
#[derive(Debug, Clone)]
pub struct RateTable {
    sources: Vec<String>,
    series: BTreeMap<SeriesKey, Vec<Entry>>,
    /// Bases per kind, in precedence order (first added first).
    bases: Vec<(RateKind, CurrencyCode)>,
    id: String,
}

/// One rate of a table, as [`RateTable::rates`] lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateRow<'a> {
    /// Daily or a calendar-year average.
    pub kind: RateKind,
    /// The day of the rate (1 January of the year for an annual average).
    pub date: NaiveDate,
    /// The currency quoted against.
    pub base: CurrencyCode,
    /// The quoted currency.
    pub currency: CurrencyCode,
    /// Units of `currency` for one `base`.
    pub rate: Decimal,
    /// The rate's source name.
    pub source: &'a str,
}

/// What a rate table holds ([`RateTable::info`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RateTableInfo {
    /// The table's identifier ([`RateTable::id`]).
    pub id: String,
    /// How many rates it holds.
    pub rates: usize,
    /// The sources of its rates, with the citations their licences require.
    pub sources: Vec<String>,
    /// Its rates by kind and base, in base precedence order.
    pub series: Vec<RateSeriesInfo>,
}

/// The rates of one kind against one base ([`RateTableInfo::series`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RateSeriesInfo {
    /// Daily or calendar-year averages.
    pub kind: RateKind,
    /// The currency the rates are quoted against.
    pub base: CurrencyCode,
    /// The quoted currencies, in code order.
    pub currencies: Vec<CurrencyCode>,
    /// How many rates.
    pub rates: usize,
    /// The earliest date with a rate.
    pub first: Option<NaiveDate>,
    /// The latest date with a rate.
    pub last: Option<NaiveDate>,
}

/// A rate found in a table for a pair of currencies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundRate {
    /// Units of the target for one unit of the source currency, to full precision.
    pub rate: Decimal,
    /// The date of the rate (1 January for calendar-year averages).
    pub date: NaiveDate,
    /// The source name(s).
    pub source: String,
}

/// Where a row came from, for error messages.
#[derive(Debug, Clone)]
enum Loc {
    Line(usize),
    Pointer(String),
}

impl Loc {
    fn err(&self, field: &str, problem: RateFileProblem, detail: String) -> Error {
        match self {
            Loc::Line(l) => Error::InvalidRateFile {
                line: Some(*l),
                pointer: None,
                problem,
                detail,
            },
            Loc::Pointer(p) => Error::InvalidRateFile {
                line: None,
                pointer: Some(if field.is_empty() {
                    p.clone()
                } else {
                    format!("{p}/{field}")
                }),
                problem,
                detail,
            },
        }
    }

    fn describe(&self) -> String {
        match self {
            Loc::Line(l) => format!("line {l}"),
            Loc::Pointer(p) => format!("`{p}`"),
        }
    }
}

/// Collects rates, refusing duplicates, then freezes into a [`RateTable`].
#[derive(Default)]
pub(super) struct Builder {
    sources: Vec<String>,
    source_index: HashMap<String, u16>,
    series: BTreeMap<SeriesKey, Vec<Entry>>,
    bases: Vec<(RateKind, CurrencyCode)>,
    seen: HashMap<(SeriesKey, NaiveDate), Option<String>>,
}

impl Builder {
    pub(super) fn source(&mut self, name: &str) -> Result<u16> {
        if let Some(i) = self.source_index.get(name) {
            return Ok(*i);
        }
        let i = u16::try_from(self.sources.len()).map_err(|_| Error::LimitExceeded {
            limit: "rateSources",
            max: u64::from(u16::MAX),
            actual: u64::try_from(self.sources.len()).unwrap_or(u64::MAX),
        })?;
        self.sources.push(name.to_owned());
        self.source_index.insert(name.to_owned(), i);
        Ok(i)
    }

    /// Add a rate; `Err` with the first one's origin if the key is already there (the first
    /// one stays).
    fn add(
        &mut self,
        key: SeriesKey,
        entry: Entry,
        origin: Option<String>,
    ) -> Result<bool, Option<String>> {
        match self.seen.entry((key, entry.date)) {
            std::collections::hash_map::Entry::Occupied(o) => return Err(o.get().clone()),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(origin);
            }
        }
        if !self.bases.contains(&(key.kind, key.base)) {
            self.bases.push((key.kind, key.base));
        }
        self.series.entry(key).or_default().push(entry);
        Ok(true)
    }

    pub(super) fn finish(mut self) -> RateTable {
        for entries in self.series.values_mut() {
            entries.sort_by_key(|e| e.date);
        }
        let id = content_hash(&self.sources, &self.series, &self.bases);
        RateTable {
            sources: self.sources,
            series: self.series,
            bases: self.bases,
            id,
        }
    }
}

/// SHA-256 over the canonical text form: a version line, the base precedence per kind, then one line per
/// rate in key order (`kind`, `base`, `currency`, `date`, normalized rate, source name), tab
/// separated. Equal rates written differently (`1.10`, `1.1`) hash the same.
fn content_hash(
    sources: &[String],
    series: &BTreeMap<SeriesKey, Vec<Entry>>,
    bases: &[(RateKind, CurrencyCode)],
) -> String {
    let mut hasher = Sha256::new();
    // Base precedence only matters within a kind: list it per kind.
    let mut line = String::from("p2c-rate-table/1\n");
    for kind in [RateKind::Daily, RateKind::AnnualAverage] {
        line.push_str(kind.as_str());
        for (_, base) in bases.iter().filter(|(k, _)| *k == kind) {
            let _ = write!(line, "\t{base}");
        }
        line.push('\n');
    }
    hasher.update(line.as_bytes());
    for (key, entries) in series {
        for e in entries {
            line.clear();
            let source = sources
                .get(usize::from(e.source))
                .map_or("", String::as_str);
            let _ = writeln!(
                line,
                "{}\t{}\t{}\t{}\t{}\t{}",
                key.kind.as_str(),
                key.base,
                key.currency,
                e.date,
                e.rate.normalize(),
                source
            );
            hasher.update(line.as_bytes());
        }
    }
    let mut id = String::from("sha256:");
    for b in hasher.finalize() {
        let _ = write!(id, "{b:02x}");
    }
    id
}

/// One row of a user rate file, as text.
struct RawRow<'a> {
    date: &'a str,
    base: &'a str,
    currency: &'a str,
    rate: &'a str,
    source: &'a str,
}

fn parse_code(loc: &Loc, field: &str, text: &str) -> Result<CurrencyCode> {
    if text.is_empty() {
        return Err(loc.err(
            field,
            RateFileProblem::MissingField,
            format!("`{field}` is empty"),
        ));
    }
    CurrencyCode::new(text)
        .filter(|c| currency(*c).is_some())
        .ok_or_else(|| {
            loc.err(
                field,
                RateFileProblem::UnknownCurrency,
                format!("`{text}` is not a known ISO 4217 currency code"),
            )
        })
}

fn parse_date(loc: &Loc, text: &str) -> Result<(RateKind, NaiveDate)> {
    let bad = || {
        loc.err(
            "date",
            RateFileProblem::BadDate,
            format!("`{text}` is neither a date `YYYY-MM-DD` nor a year `YYYY`"),
        )
    };
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        let year: i32 = text.parse().map_err(|_| bad())?;
        let date = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?;
        return Ok((RateKind::AnnualAverage, date));
    }
    if text.len() != 10 {
        return Err(bad());
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(|d| (RateKind::Daily, d))
        .map_err(|_| bad())
}

impl Builder {
    /// Add one daily rate of `currency` per EUR, from line `line` of an ECB file (see
    /// `ecb.rs`): duplicates are refused like any rate file's.
    pub(super) fn add_ecb(
        &mut self,
        line: usize,
        date: NaiveDate,
        currency: CurrencyCode,
        rate: Decimal,
        source: u16,
    ) -> Result<()> {
        let key = SeriesKey {
            kind: RateKind::Daily,
            base: CurrencyCode::EUR,
            currency,
        };
        let origin = Loc::Line(line);
        self.add(key, Entry { date, rate, source }, Some(origin.describe()))
            .map(|_| ())
            .map_err(|first| {
                origin.err(
                    "",
                    RateFileProblem::Duplicate,
                    format!(
                        "second `{currency}` rate for `{date}` (first at {})",
                        first.unwrap_or_else(|| "another row".into())
                    ),
                )
            })
    }

    fn add_raw(&mut self, loc: Loc, row: RawRow<'_>) -> Result<()> {
        let (kind, date) = parse_date(&loc, row.date)?;
        let base = parse_code(&loc, "base", row.base)?;
        let cur = parse_code(&loc, "currency", row.currency)?;
        if base == cur {
            return Err(loc.err(
                "currency",
                RateFileProblem::SameCurrency,
                format!("`{cur}` is quoted against itself"),
            ));
        }
        let rate = crate::model::decimal::parse_decimal(row.rate).ok_or_else(|| {
            loc.err(
                "rate",
                RateFileProblem::BadNumber,
                format!("`{}` is not a decimal number such as \"1.0662\"", row.rate),
            )
        })?;
        if rate <= Decimal::ZERO {
            return Err(loc.err(
                "rate",
                RateFileProblem::NonPositiveRate,
                format!("rate `{}` is not positive", row.rate),
            ));
        }
        if row.source.is_empty() {
            return Err(loc.err(
                "source",
                RateFileProblem::MissingField,
                "`source` is empty".into(),
            ));
        }
        let source = self.source(row.source)?;
        let key = SeriesKey {
            kind,
            base,
            currency: cur,
        };
        self.add(key, Entry { date, rate, source }, Some(loc.describe()))
            .map(|_| ())
            .map_err(|first| {
                loc.err(
                    "",
                    RateFileProblem::Duplicate,
                    format!(
                        "second rate for `{base}`→`{cur}` on `{}` (first at {})",
                        row.date,
                        first.unwrap_or_else(|| "another row".into())
                    ),
                )
            })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonFile {
    rates: Vec<JsonRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRow {
    date: String,
    base: String,
    currency: String,
    rate: String,
    source: String,
}

static EMBEDDED_BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rates.bin"));

/// Reads the embedded blob written by `build/rates.rs`.
struct BlobReader<'a> {
    rest: &'a [u8],
}

impl BlobReader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8]> {
        if self.rest.len() < n {
            return Err(Error::Internal("embedded rate table is truncated".into()));
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        Ok(head)
    }
    fn u8(&mut self) -> Result<u8> {
        self.bytes(1)?
            .first()
            .copied()
            .ok_or_else(|| Error::Internal("embedded rate table is truncated".into()))
    }
    fn u16(&mut self) -> Result<u16> {
        let b = self.bytes(2)?;
        Ok(u16::from_le_bytes([
            *b.first().unwrap_or(&0),
            *b.get(1).unwrap_or(&0),
        ]))
    }
    fn u32(&mut self) -> Result<u32> {
        let b = self.bytes(4)?;
        let mut a = [0u8; 4];
        a.copy_from_slice(b);
        Ok(u32::from_le_bytes(a))
    }
    fn code(&mut self) -> Result<CurrencyCode> {
        let b = self.bytes(3)?;
        std::str::from_utf8(b)
            .ok()
            .and_then(CurrencyCode::new)
            .ok_or_else(|| Error::Internal("embedded rate table has a bad currency code".into()))
    }
    fn varint(&mut self) -> Result<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            v |= u64::from(byte & 0x7f)
                .checked_shl(shift)
                .ok_or_else(|| Error::Internal("embedded rate table: varint".into()))?;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::Internal(
            "embedded rate table: varint too long".into(),
        ))
    }
}

fn decode_embedded() -> Result<RateTable> {
    let corrupt = |what: &str| Error::Internal(format!("embedded rate table: {what}"));
    let mut r = BlobReader {
        rest: EMBEDDED_BLOB,
    };
    if r.bytes(9)? != b"P2CRATES2" {
        return Err(corrupt("bad magic"));
    }
    let mut b = Builder::default();
    let n_sources = r.u16()?;
    let mut names = Vec::with_capacity(usize::from(n_sources));
    for _ in 0..n_sources {
        let len = usize::from(r.u16()?);
        let name = std::str::from_utf8(r.bytes(len)?).map_err(|_| corrupt("source name"))?;
        names.push(b.source(name)?);
    }
    let n_series = r.u32()?;
    for _ in 0..n_series {
        let kind = match r.u8()? {
            0 => RateKind::Daily,
            1 => RateKind::AnnualAverage,
            _ => return Err(corrupt("kind")),
        };
        let base = r.code()?;
        let cur = r.code()?;
        let source = *names
            .get(usize::from(r.u16()?))
            .ok_or_else(|| corrupt("source"))?;
        let key = SeriesKey {
            kind,
            base,
            currency: cur,
        };
        // Three columns (see build/rates.rs): day deltas, scales, zigzag mantissa deltas.
        let n = usize::try_from(r.u32()?).map_err(|_| corrupt("count"))?;
        let mut days = Vec::with_capacity(n.min(r.rest.len()));
        let mut day: i64 = 0;
        for _ in 0..n {
            let delta = i64::try_from(r.varint()?).map_err(|_| corrupt("date"))?;
            day = day.checked_add(delta).ok_or_else(|| corrupt("date"))?;
            days.push(day);
        }
        let scales = r.bytes(n)?.to_vec();
        let top = r.u8()?;
        let mut at_top: i64 = 0;
        for (day, scale) in days.into_iter().zip(scales) {
            let z = r.varint()?;
            // Undo the zigzag: 0, 1, 2, 3, … → 0, -1, 1, -2, …
            let half = i64::try_from(z >> 1).map_err(|_| corrupt("rate"))?;
            let delta = if z & 1 == 0 {
                Some(half)
            } else {
                half.checked_neg().and_then(|h| h.checked_sub(1))
            }
            .ok_or_else(|| corrupt("rate"))?;
            at_top = at_top
                .checked_add(delta)
                .filter(|m| *m > 0)
                .ok_or_else(|| corrupt("rate"))?;
            // Back to the rate's own scale: exact by construction.
            let mantissa = top
                .checked_sub(scale)
                .and_then(|d| 10i64.checked_pow(u32::from(d)))
                .filter(|u| at_top.checked_rem(*u) == Some(0))
                .and_then(|u| at_top.checked_div(u))
                .ok_or_else(|| corrupt("rate"))?;
            let date = i32::try_from(day)
                .ok()
                .and_then(NaiveDate::from_num_days_from_ce_opt)
                .ok_or_else(|| corrupt("date"))?;
            let rate = Decimal::try_new(mantissa, u32::from(scale)).map_err(|_| corrupt("rate"))?;
            b.add(key, Entry { date, rate, source }, None)
                .map_err(|_| corrupt("duplicate rate"))?;
        }
    }
    if !r.rest.is_empty() {
        return Err(corrupt("trailing bytes"));
    }
    Ok(b.finish())
}

impl RateTable {
    /// The embedded table, decoded on first use (about 200,000 rates): ECB daily reference rates
    /// 1999-01-04 → 2026-10-30 (units per EUR); ECB-derived calendar-year averages (units per
    /// USD) 1999–2026, 2026 partial; HMRC calendar-year averages 2010–2025 (units per GBP).
    /// See the [module documentation](super) for sources and precedence.
    pub fn embedded() -> &'static RateTable {
        static TABLE: OnceLock<RateTable> = OnceLock::new();
        // The blob is checked at build time and by the tests; should it ever fail to decode,
        // an empty table makes every conversion a `rate_not_found` error rather than a panic.
        TABLE.get_or_init(|| decode_embedded().unwrap_or_else(|_| Builder::default().finish()))
    }

    /// A table from CSV text (format in the [module documentation](super)).
    ///
    /// Errors: [`Error::InvalidRateFile`] with the 1-based line of the first bad row.
    pub fn from_csv_str(text: &str) -> Result<RateTable> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let syntax = |e: csv::Error| Error::InvalidRateFile {
            line: e
                .position()
                .and_then(|p| usize::try_from(p.line()).ok())
                .or(Some(1)),
            pointer: None,
            problem: RateFileProblem::Syntax,
            detail: e.to_string(),
        };
        let headers = reader.headers().map_err(syntax)?.clone();
        let column = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| Error::InvalidRateFile {
                    line: Some(1),
                    pointer: None,
                    problem: RateFileProblem::MissingField,
                    detail: format!("the header has no `{name}` column"),
                })
        };
        let (date, base, cur, rate, source) = (
            column("date")?,
            column("base")?,
            column("currency")?,
            column("rate")?,
            column("source")?,
        );
        let mut b = Builder::default();
        for record in reader.records() {
            let record = record.map_err(syntax)?;
            let line = record
                .position()
                .and_then(|p| usize::try_from(p.line()).ok())
                .unwrap_or(0);
            let get = |i: usize| record.get(i).unwrap_or("");
            b.add_raw(
                Loc::Line(line),
                RawRow {
                    date: get(date),
                    base: get(base),
                    currency: get(cur),
                    rate: get(rate),
                    source: get(source),
                },
            )?;
        }
        Ok(b.finish())
    }

    /// A table from a CSV file; [`Error::Io`] if it cannot be read.
    pub fn from_csv_path(path: impl AsRef<Path>) -> Result<RateTable> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        RateTable::from_csv_str(&text)
    }

    /// A table from JSON text (format in the [module documentation](super)).
    ///
    /// Errors: [`Error::Parse`] when the text is not JSON of that shape;
    /// [`Error::InvalidRateFile`] with the JSON Pointer of the bad value (`/rates/3/rate`).
    pub fn from_json_str(text: &str) -> Result<RateTable> {
        let de = &mut serde_json::Deserializer::from_str(text);
        let file: JsonFile = serde_path_to_error::deserialize(de).map_err(|e| {
            let inner = e.inner();
            let pointer = e
                .path()
                .iter()
                .map(|seg| match seg {
                    serde_path_to_error::Segment::Seq { index } => format!("/{index}"),
                    serde_path_to_error::Segment::Map { key } => format!("/{key}"),
                    serde_path_to_error::Segment::Enum { variant } => format!("/{variant}"),
                    serde_path_to_error::Segment::Unknown => "/?".to_owned(),
                })
                .collect::<String>();
            Error::Parse {
                what: "rate table",
                pointer,
                line: Some(inner.line()),
                column: Some(inner.column()),
                message: inner.to_string(),
            }
        })?;
        let mut b = Builder::default();
        for (i, row) in file.rates.iter().enumerate() {
            b.add_raw(
                Loc::Pointer(format!("/rates/{i}")),
                RawRow {
                    date: row.date.trim(),
                    base: row.base.trim(),
                    currency: row.currency.trim(),
                    rate: row.rate.trim(),
                    source: row.source.trim(),
                },
            )?;
        }
        Ok(b.finish())
    }

    /// A new table with the rates of both. Where both have a rate for the same kind, base,
    /// currency and date, `precedence` picks the winner. The winner's bases also come first in
    /// the precedence order used to pick a cross rate (see the [module documentation](super)).
    pub fn merge(&self, other: &RateTable, precedence: MergePrecedence) -> Result<RateTable> {
        let (first, second) = match precedence {
            MergePrecedence::Existing => (self, other),
            MergePrecedence::Incoming => (other, self),
        };
        let mut b = Builder::default();
        for t in [first, second] {
            // Keep each table's base precedence, the winner's first.
            for kb in &t.bases {
                if !b.bases.contains(kb) {
                    b.bases.push(*kb);
                }
            }
            for (key, entries) in &t.series {
                for e in entries {
                    let name = t
                        .sources
                        .get(usize::from(e.source))
                        .map_or("", String::as_str);
                    let source = b.source(name)?;
                    // A key already present came from the winner: keep it.
                    let _ = b.add(*key, Entry { source, ..*e }, None);
                }
            }
        }
        Ok(b.finish())
    }

    /// The table's identifier: `sha256:` and the hex SHA-256 of its canonical form (every rate
    /// with its kind, base, currency, date and source, and the base precedence). Two tables
    /// with the same id convert identically.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The number of rates in the table.
    pub fn len(&self) -> usize {
        self.series
            .values()
            .map(Vec::len)
            .fold(0, usize::saturating_add)
    }

    /// Whether the table has no rates.
    pub fn is_empty(&self) -> bool {
        self.series.is_empty()
    }

    /// The names of the sources of the table's rates.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// The currencies quoted against `base` with rates of this `kind`, in code order.
    pub fn currencies(&self, kind: RateKind, base: CurrencyCode) -> Vec<CurrencyCode> {
        self.series
            .keys()
            .filter(|k| k.kind == kind && k.base == base)
            .map(|k| k.currency)
            .collect()
    }

    /// The first and last date with a rate of this kind for `currency` against `base`.
    pub fn date_range(
        &self,
        kind: RateKind,
        base: CurrencyCode,
        currency: CurrencyCode,
    ) -> Option<(NaiveDate, NaiveDate)> {
        let entries = self.series.get(&SeriesKey {
            kind,
            base,
            currency,
        })?;
        Some((entries.first()?.date, entries.last()?.date))
    }

    /// Every rate of the table, in key order (kind, base, currency, then date).
    pub fn rates(&self) -> impl Iterator<Item = RateRow<'_>> + '_ {
        self.series.iter().flat_map(move |(key, entries)| {
            entries.iter().map(move |e| RateRow {
                kind: key.kind,
                date: e.date,
                base: key.base,
                currency: key.currency,
                rate: e.rate,
                source: self.source_name(e.source),
            })
        })
    }

    /// Write the table in p2c's JSON rate format (see the [module documentation](super)), one
    /// rate per line in key order: [`RateTable::from_json_str`] reads it back into a table
    /// with the same [`RateTable::id`]. Errors: `io_error` when the writer fails.
    pub fn write_json<W: std::io::Write>(&self, mut writer: W) -> Result<()> {
        let io = |e: std::io::Error| Error::Io {
            path: "<rate table json>".into(),
            message: e.to_string(),
        };
        writer.write_all(b"{\"rates\": [").map_err(io)?;
        let mut first = true;
        for r in self.rates() {
            let date = match r.kind {
                RateKind::AnnualAverage => r.date.format("%Y").to_string(),
                _ => r.date.to_string(),
            };
            let row = serde_json::json!({
                "date": date,
                "base": r.base.as_str(),
                "currency": r.currency.as_str(),
                "rate": r.rate.normalize().to_string(),
                "source": r.source,
            });
            writer
                .write_all(if first { b"\n  " } else { b",\n  " })
                .map_err(io)?;
            first = false;
            serde_json::to_writer(&mut writer, &row).map_err(|e| io(std::io::Error::other(e)))?;
        }
        writer.write_all(b"\n]}\n").map_err(io)?;
        writer.flush().map_err(io)
    }

    /// What the table holds, for a person deciding whether to use it: its id, sources, size,
    /// and the currencies and dates of each kind and base.
    pub fn info(&self) -> RateTableInfo {
        let mut series: Vec<RateSeriesInfo> = Vec::new();
        for (kind, base) in &self.bases {
            let mut info = RateSeriesInfo {
                kind: *kind,
                base: *base,
                currencies: Vec::new(),
                rates: 0,
                first: None,
                last: None,
            };
            for (key, entries) in self
                .series
                .iter()
                .filter(|(k, _)| k.kind == *kind && k.base == *base)
            {
                info.currencies.push(key.currency);
                info.rates = info.rates.saturating_add(entries.len());
                if let (Some(a), Some(b)) = (entries.first(), entries.last()) {
                    info.first = Some(info.first.map_or(a.date, |d| d.min(a.date)));
                    info.last = Some(info.last.map_or(b.date, |d| d.max(b.date)));
                }
            }
            series.push(info);
        }
        RateTableInfo {
            id: self.id.clone(),
            rates: self.len(),
            sources: self.sources.clone(),
            series,
        }
    }

    /// The last day on which the table has a daily rate converting `from` → `to` (through the
    /// first base, in precedence order, that has both); `None` when it has no daily rate for
    /// the pair.
    pub fn last_daily(&self, from: CurrencyCode, to: CurrencyCode) -> Option<NaiveDate> {
        self.bases.iter().find_map(|(kind, base)| {
            if *kind != RateKind::Daily {
                return None;
            }
            let last = |c: CurrencyCode| -> Option<Option<NaiveDate>> {
                if c == *base {
                    return Some(None);
                }
                self.series
                    .get(&SeriesKey {
                        kind: RateKind::Daily,
                        base: *base,
                        currency: c,
                    })
                    .and_then(|v| v.last())
                    .map(|e| Some(e.date))
            };
            match (last(from)?, last(to)?) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (Some(d), None) | (None, Some(d)) => Some(d),
                (None, None) => None,
            }
        })
    }

    fn source_name(&self, i: u16) -> &str {
        self.sources.get(usize::from(i)).map_or("", String::as_str)
    }

    /// The rate of `kind` converting `from` → `to` on the latest date in `[earliest, latest]`
    /// on which both have a rate against the same base. Bases are tried in precedence order;
    /// the first that has both currencies in the window wins.
    pub(crate) fn find(
        &self,
        kind: RateKind,
        from: CurrencyCode,
        to: CurrencyCode,
        latest: NaiveDate,
        earliest: NaiveDate,
    ) -> Result<Option<FoundRate>> {
        let Some((day, ef, et)) = self.locate(kind, from, to, latest, earliest) else {
            return Ok(None);
        };
        let rf = ef.map_or(Decimal::ONE, |e| e.rate);
        let rt = et.map_or(Decimal::ONE, |e| e.rate);
        let rate = rt.checked_div(rf).ok_or_else(|| Error::Overflow {
            operation: format!("cross rate `{from}`→`{to}` on `{day}`"),
        })?;
        let source = match (ef.map(|e| e.source), et.map(|e| e.source)) {
            (Some(a), Some(b)) if a != b => {
                format!("{} and {}", self.source_name(a), self.source_name(b))
            }
            (Some(s), _) | (None, Some(s)) => self.source_name(s).to_owned(),
            (None, None) => String::new(),
        };
        Ok(Some(FoundRate {
            rate,
            date: day,
            source,
        }))
    }

    /// Whether [`RateTable::find`] finds a rate, without computing it (no division, no
    /// allocation): for validation, which only asks whether a conversion will be possible.
    pub(crate) fn has(
        &self,
        kind: RateKind,
        from: CurrencyCode,
        to: CurrencyCode,
        latest: NaiveDate,
        earliest: NaiveDate,
    ) -> bool {
        self.locate(kind, from, to, latest, earliest).is_some()
    }

    /// The day and the two legs' entries [`RateTable::find`] uses (`None` for a leg that is
    /// the base itself).
    fn locate(
        &self,
        kind: RateKind,
        from: CurrencyCode,
        to: CurrencyCode,
        latest: NaiveDate,
        earliest: NaiveDate,
    ) -> Option<(NaiveDate, Option<&Entry>, Option<&Entry>)> {
        for (k, base) in &self.bases {
            if *k != kind {
                continue;
            }
            let leg = |c: CurrencyCode| -> Option<Leg<'_>> {
                if c == *base {
                    return Some(Leg::Base);
                }
                self.series
                    .get(&SeriesKey {
                        kind,
                        base: *base,
                        currency: c,
                    })
                    .map(|v| Leg::Series(v))
            };
            let (Some(lf), Some(lt)) = (leg(from), leg(to)) else {
                continue;
            };
            let mut cursor = latest;
            while let (Some(ef), Some(et)) = (lf.at_or_before(cursor), lt.at_or_before(cursor)) {
                let (df, dt) = (ef.map_or(cursor, |e| e.date), et.map_or(cursor, |e| e.date));
                let day = df.min(dt);
                if day < earliest {
                    break;
                }
                if df != dt {
                    cursor = day;
                    continue;
                }
                return Some((day, ef, et));
            }
        }
        None
    }

    /// The calendar-year average rate `from` → `to` for `year`.
    pub(crate) fn find_annual(
        &self,
        from: CurrencyCode,
        to: CurrencyCode,
        year: i32,
    ) -> Result<Option<FoundRate>> {
        match NaiveDate::from_ymd_opt(year, 1, 1) {
            Some(d) => self.find(RateKind::AnnualAverage, from, to, d, d),
            None => Ok(None),
        }
    }

    /// The daily rate `from` → `to` on `date` or up to `max_days` before it.
    pub(crate) fn find_daily(
        &self,
        from: CurrencyCode,
        to: CurrencyCode,
        date: NaiveDate,
        max_days: u32,
    ) -> Result<Option<FoundRate>> {
        let earliest = date
            .checked_sub_days(Days::new(u64::from(max_days)))
            .unwrap_or(NaiveDate::MIN);
        self.find(RateKind::Daily, from, to, date, earliest)
    }
}

/// One side of a cross: the base itself (rate 1) or a series against it.
#[derive(Clone, Copy)]
enum Leg<'a> {
    Base,
    Series(&'a [Entry]),
}

impl<'a> Leg<'a> {
    /// `Some(None)` for the base (any date), `Some(Some(entry))` for the latest entry on or
    /// before `date`, `None` when the series has nothing that early.
    fn at_or_before(self, date: NaiveDate) -> Option<Option<&'a Entry>> {
        match self {
            Leg::Base => Some(None),
            Leg::Series(v) => {
                let n = v.partition_point(|e| e.date <= date);
                n.checked_sub(1).and_then(|i| v.get(i)).map(Some)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> CurrencyCode {
        CurrencyCode::new(s).unwrap()
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn embedded_decodes_every_rate_of_the_sources() {
        let t = decode_embedded().unwrap();
        // Independent count: non-empty cells of data/ecb_eurofxref_hist.csv (the n_obs column of
        // refdata's ecb_eurofxref_currencies.csv sums to 221,702).
        let csv = include_str!("../../data/ecb_eurofxref_hist.csv");
        let cells: usize = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').skip(1).filter(|c| !c.is_empty()).count())
            .sum();
        assert_eq!(cells, 221_702);
        let daily: usize = t
            .series
            .iter()
            .filter(|(k, _)| k.kind == RateKind::Daily)
            .map(|(_, v)| v.len())
            .sum();
        assert_eq!(daily, cells);
        assert_eq!(
            t.date_range(RateKind::Daily, CurrencyCode::EUR, CurrencyCode::USD),
            Some((date("1999-01-04"), date("2026-10-30")))
        );
        assert!(t.id().starts_with("sha256:") && t.id().len() == 7 + 64);
        assert_eq!(t.id(), RateTable::embedded().id());
    }

    /// Every cell of the ECB file comes back from the blob with its digits and its scale
    /// (`1.0660` stays `1.0660`): the blob stores differences at a common scale per series.
    #[test]
    fn embedded_daily_rates_keep_every_cell_of_the_csv() {
        let t = RateTable::embedded();
        let csv = include_str!("../../data/ecb_eurofxref_hist.csv");
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let mut n = 0usize;
        for line in lines {
            let cells: Vec<&str> = line.split(',').collect();
            let day = date(cells[0]);
            for (cell, name) in cells.iter().zip(&header).skip(1) {
                if cell.is_empty() {
                    continue;
                }
                let r = t
                    .find_daily(CurrencyCode::EUR, code(name), day, 0)
                    .unwrap()
                    .unwrap();
                assert_eq!(
                    (r.date, r.rate.to_string()),
                    (day, (*cell).to_owned()),
                    "{name}"
                );
                n += 1;
            }
        }
        assert_eq!(n, 221_702);
    }

    #[test]
    fn embedded_spot_values_match_the_csv() {
        let t = RateTable::embedded();
        // Row 2022-06-07 of the ECB file: USD 1.0662, GBP 0.85365.
        let r = t
            .find_daily(CurrencyCode::EUR, CurrencyCode::USD, date("2022-06-07"), 0)
            .unwrap()
            .unwrap();
        assert_eq!(r.rate, "1.0662".parse::<Decimal>().unwrap());
        let r = t
            .find_daily(CurrencyCode::EUR, code("GBP"), date("2022-06-07"), 0)
            .unwrap()
            .unwrap();
        assert_eq!(r.rate, "0.85365".parse::<Decimal>().unwrap());
        // HMRC 2024 KES row: 173.9567 per GBP.
        let r = t
            .find_annual(code("GBP"), code("KES"), 2024)
            .unwrap()
            .unwrap();
        assert_eq!(r.rate, "173.9567".parse::<Decimal>().unwrap());
        assert!(r.source.starts_with("HMRC"));
    }

    #[test]
    fn hmrc_drops_are_deliberate() {
        let t = RateTable::embedded();
        let gbp = code("GBP");
        let hmrc = t.currencies(RateKind::AnnualAverage, gbp);
        for dropped in ["ECS", "BYR", "MRO", "ZMK", "STD"] {
            assert!(!hmrc.contains(&code(dropped)), "{dropped}");
        }
        // MRU 2018–2019 and SLE 2022 are on the old scale and dropped; later years are kept.
        assert!(t.find_annual(gbp, code("MRU"), 2019).unwrap().is_none());
        assert!(t.find_annual(gbp, code("MRU"), 2020).unwrap().is_some());
        assert!(t.find_annual(gbp, code("SLE"), 2022).unwrap().is_none());
        // VEF was withdrawn in 2018-08: years from 2018 on are dropped, 2017 kept.
        assert!(t.find_annual(gbp, code("VEF"), 2018).unwrap().is_none());
        assert!(t.find_annual(gbp, code("VEF"), 2017).unwrap().is_some());
        // HRK was withdrawn 2023-01-01: 2022 is kept.
        assert!(t.find_annual(gbp, code("HRK"), 2022).unwrap().is_some());
    }

    #[test]
    fn ecb_annual_average_wins_over_hmrc() {
        // Both sources have GBP/USD for 2022; the ECB-derived one (USD base) comes first.
        let r = RateTable::embedded()
            .find_annual(code("GBP"), CurrencyCode::USD, 2022)
            .unwrap()
            .unwrap();
        assert!(r.source.starts_with("ECB-derived"), "{}", r.source);
    }

    #[test]
    fn csv_and_json_load_the_same_table() {
        let csv = "date,base,currency,rate,source\n\
                   2024-01-15,EUR,KES,170.10,\"Central Bank of Kenya, daily\"\n\
                   2024,USD,KES,136.04,My annual\n";
        let json = r#"{"rates":[
            {"date":"2024","base":"USD","currency":"KES","rate":"136.040","source":"My annual"},
            {"date":"2024-01-15","base":"EUR","currency":"KES","rate":"170.1","source":"Central Bank of Kenya, daily"}]}"#;
        let a = RateTable::from_csv_str(csv).unwrap();
        let b = RateTable::from_json_str(json).unwrap();
        assert_eq!(a.len(), 2);
        // Different row order and trailing zeros, same canonical form (base precedence is kept
        // per kind, and each kind has one base here).
        assert_eq!(a.id(), b.id());
        let c = RateTable::from_csv_str(&csv.replace("170.10", "170.11")).unwrap();
        assert_ne!(a.id(), c.id());
    }

    fn csv_err(text: &str) -> (Option<usize>, RateFileProblem) {
        match RateTable::from_csv_str(text).unwrap_err() {
            Error::InvalidRateFile { line, problem, .. } => (line, problem),
            e => panic!("unexpected {e:?}"),
        }
    }

    #[test]
    fn malformed_csv_names_the_line() {
        let h = "date,base,currency,rate,source\n";
        let ok = "2024-01-15,EUR,KES,170.1,x\n";
        use RateFileProblem::*;
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,KES,1.7e2,x\n")),
            (Some(3), BadNumber)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,KES,abc,x\n")),
            (Some(3), BadNumber)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,KES,0,x\n")),
            (Some(3), NonPositiveRate)
        );
        assert_eq!(csv_err(&format!("{h}{ok}{ok}")), (Some(3), Duplicate));
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,KES,-1.5,x\n")),
            (Some(3), NonPositiveRate)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,ABC,1.5,x\n")),
            (Some(3), UnknownCurrency)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,kes,1.5,x\n")),
            (Some(3), UnknownCurrency)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-13-01,EUR,KES,1.5,x\n")),
            (Some(3), BadDate)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}24,EUR,KES,1.5,x\n")),
            (Some(3), BadDate)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,EUR,1.5,x\n")),
            (Some(3), SameCurrency)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,KES,1.5,\n")),
            (Some(3), MissingField)
        );
        assert_eq!(
            csv_err(&format!("{h}{ok}2024-01-16,EUR,KES\n")),
            (Some(3), Syntax)
        );
        assert_eq!(
            csv_err("date,base,currency,source\n"),
            (Some(1), MissingField)
        );
        // A duplicate names the first line in its detail.
        match RateTable::from_csv_str(&format!("{h}{ok}2024-01-16,EUR,KES,1,x\n{ok}")).unwrap_err()
        {
            Error::InvalidRateFile { line, detail, .. } => {
                assert_eq!(line, Some(4));
                assert!(detail.contains("line 2"));
            }
            e => panic!("unexpected {e:?}"),
        }
    }

    #[test]
    fn malformed_json_names_the_key() {
        let err = |text: &str| RateTable::from_json_str(text).unwrap_err();
        let row = |rate: &str| {
            format!(
                r#"{{"date":"2024-01-15","base":"EUR","currency":"KES","rate":"{rate}","source":"x"}}"#
            )
        };
        match err(&format!(r#"{{"rates":[{},{}]}}"#, row("1"), row("-2"))) {
            Error::InvalidRateFile {
                pointer, problem, ..
            } => {
                assert_eq!(pointer.as_deref(), Some("/rates/1/rate"));
                assert_eq!(problem, RateFileProblem::NonPositiveRate);
            }
            e => panic!("unexpected {e:?}"),
        }
        match err(&format!(r#"{{"rates":[{},{}]}}"#, row("1"), row("1"))) {
            Error::InvalidRateFile {
                pointer, problem, ..
            } => {
                assert_eq!(pointer.as_deref(), Some("/rates/1"));
                assert_eq!(problem, RateFileProblem::Duplicate);
            }
            e => panic!("unexpected {e:?}"),
        }
        // A rate written as a JSON number is refused by shape, with its pointer and line.
        match err("{\"rates\":[\n{\"date\":\"2024\",\"base\":\"EUR\",\"currency\":\"KES\",\"rate\":1.5,\"source\":\"x\"}]}") {
            e @ Error::Parse { .. } => {
                assert_eq!(e.code(), "parse_error");
                let Error::Parse { pointer, line, .. } = e else { panic!("not a parse error") };
                assert_eq!(pointer, "/rates/0/rate");
                assert_eq!(line, Some(2));
            }
            e => panic!("unexpected {e:?}"),
        }
        assert_eq!(err("not json").code(), "parse_error");
    }

    #[test]
    fn merge_precedence() {
        let mine = RateTable::from_csv_str("date,base,currency,rate,source\n2024-01-15,EUR,USD,2,mine\n2024-01-16,EUR,USD,2,mine\n").unwrap();
        let theirs = RateTable::from_csv_str("date,base,currency,rate,source\n2024-01-15,EUR,USD,3,theirs\n2024-01-17,EUR,USD,3,theirs\n").unwrap();
        let eur = CurrencyCode::EUR;
        let usd = CurrencyCode::USD;
        let rate = |t: &RateTable, d: &str| t.find_daily(eur, usd, date(d), 0).unwrap().unwrap();
        let m = mine.merge(&theirs, MergePrecedence::Existing).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(rate(&m, "2024-01-15").source, "mine");
        assert_eq!(rate(&m, "2024-01-17").source, "theirs");
        let m = mine.merge(&theirs, MergePrecedence::Incoming).unwrap();
        assert_eq!(rate(&m, "2024-01-15").source, "theirs");
        assert_eq!(rate(&m, "2024-01-16").source, "mine");
        assert_ne!(
            mine.merge(&theirs, MergePrecedence::Existing).unwrap().id(),
            mine.merge(&theirs, MergePrecedence::Incoming).unwrap().id()
        );
    }

    #[test]
    fn cross_needs_both_legs_on_the_same_day() {
        // GBP on the 15th only, USD on the 16th only: on-or-before from the 16th must go back to
        // a day with both, and there is none.
        let t = RateTable::from_csv_str("date,base,currency,rate,source\n2024-01-15,EUR,GBP,0.8,x\n2024-01-16,EUR,USD,1.1,x\n2024-01-12,EUR,GBP,0.85,x\n2024-01-12,EUR,USD,1.0,x\n").unwrap();
        let r = t
            .find_daily(code("GBP"), CurrencyCode::USD, date("2024-01-16"), 7)
            .unwrap()
            .unwrap();
        assert_eq!(r.date, date("2024-01-12"));
        // 1.0 / 0.85, to full precision.
        assert_eq!(r.rate, Decimal::ONE / "0.85".parse::<Decimal>().unwrap());
        assert!(t
            .find_daily(code("GBP"), CurrencyCode::USD, date("2024-01-16"), 3)
            .unwrap()
            .is_none());
    }
}
