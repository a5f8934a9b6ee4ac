//! Flat tables of pledges, for DataFrames, Arrow and CSV.
//!
//! [`pledge_tables`] flattens pledges into one row per pledge ([`Tables::pledges`]) and four
//! exploded tables: one row per pledge and implementation country ([`Tables::countries`]), per
//! pledge and pillar ([`Tables::pillars`]), per pledge and pledging entity
//! ([`Tables::partners`]) and per pledge and progress report ([`Tables::reports`]). Every
//! exploded table starts with a `pledge_id` column that joins it to the pledge table. A sixth
//! table, [`Tables::pledgers`], has one scorecard row per pledging entity ([`pledgers`]).
//!
//! Tables are columnar: each [`Column`] holds one typed vector ([`ColumnData`]) of nullable
//! values, so a binding builds an Arrow array or a DataFrame column from it without logic.
//! Amounts stay exact [`Decimal`]s; multi-valued codes are joined with `;` in the pledge's
//! order. [`to_csv`] writes a table as RFC 4180 CSV (CRLF line ends, decimals as plain
//! strings, dates as `YYYY-MM-DD`, booleans as `true`/`false`, nulls as empty fields).
//!
//! CSV exports are safe to open in a spreadsheet program: a text cell that would be read as a
//! formula (`=HYPERLINK(…)`, `@SUM(…)`, `+…`, `-…`) is written with a leading single quote and
//! quoted ([`crate::formula`]); number, date and boolean cells are never changed. Turn this
//! off with [`CsvOptions::neutralize_formulas`] only for machine-to-machine exports.
//!
//! The pledge table also carries, after its counts, the texts and the format 1.1 fields
//! analysts asked for: `description`, `notes`, `links` (URLs joined with a space, as a URL has
//! none), `announced_on` (as stated: `2022`, `2022-06`, `2022-06-07`), `events` (codes joined
//! with `;`), `sdgs` (goal numbers) and `sdg_targets` (`9.c`), `country_groups`,
//! `beneficiary_groups`, `people_reached` and `people_reached_is_floor`,
//! `beneficiary_counts` (`households=5800000;schools>=100`, `>=` for a floor), `targets`, the
//! amount's qualifiers as stated (`amount_basis`, `years`, `max_amount`, `is_ceiling`,
//! `approximate`, `in_kind`), and `counted_amount` with `count_method`: the figure a summary
//! counts for the amount, in its announced currency, and how it was derived
//! ([`crate::model::amount::counted_amount`] with the default rules: `stated`, `range`,
//! `per_year_times_stated_years`, `per_year_times_period_years`), or, with a null
//! `counted_amount`, why it cannot be (`per_year_without_years`, `per_year_period_reversed`,
//! `overflow`).
//!
//! The contact of a pledge is private and appears in no table.
//!
//! ```
//! use p2c_core::tables::{pledge_tables, to_csv, TableOptions};
//!
//! let pledges = p2c_core::parse_pledges(r#"[{
//!   "formatVersion": "1.0", "id": "P2C-KEN-0001", "title": "A Digitally Transformed Nation",
//!   "pledgers": { "lead": {
//!     "name": "Government of Kenya", "stakeholderType": "government", "headquarters": "KEN" } },
//!   "pledgeTypes": ["financial"], "focusAreas": ["access"], "pillars": ["infrastructure"],
//!   "financialValue": { "amount": "258800000", "currency": "USD", "valueDate": "2022-06-07" },
//!   "implementation": { "countries": ["KEN"] }, "reviewState": "published"
//! }]"#)?;
//! let tables = pledge_tables(&pledges, &TableOptions::default())?;
//! assert_eq!(tables.pledges.len(), 1);
//! let mut csv = Vec::new();
//! to_csv(&tables.countries, &mut csv)?;
//! assert_eq!(
//!     String::from_utf8(csv).unwrap(),
//!     "pledge_id,country,share_percent\r\nP2C-KEN-0001,KEN,\r\n"
//! );
//! # Ok::<(), p2c_core::Error>(())
//! ```

#[cfg(feature = "arrow")]
pub mod arrow;
#[cfg(feature = "parquet")]
pub mod parquet;
pub mod pledgers;

pub use pledgers::{pledger_table, PledgerScores};

use std::borrow::Borrow;
use std::io::Write;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::aggregate::{Converted, Converter};
use crate::model::{CurrencyCode, Headquarters, Pledge};
use crate::parallel::Threads;
use crate::taxonomy::Codelist;
use crate::{Error, Result};

/// The type of a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnType {
    /// UTF-8 text.
    Text,
    /// Exact decimals (amounts, rates, percentages).
    Decimal,
    /// Calendar dates.
    Date,
    /// 64-bit signed integers (counts, positions).
    Integer,
    /// Booleans.
    Bool,
}

impl ColumnType {
    /// The type's name (`text`, `decimal`, `date`, `integer`, `bool`).
    pub fn as_str(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Decimal => "decimal",
            ColumnType::Date => "date",
            ColumnType::Integer => "integer",
            ColumnType::Bool => "bool",
        }
    }
}

/// The values of one column, all of one type; `None` is null.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ColumnData {
    /// Text values.
    Text(Vec<Option<String>>),
    /// Exact decimal values.
    Decimal(Vec<Option<Decimal>>),
    /// Date values.
    Date(Vec<Option<NaiveDate>>),
    /// Integer values.
    Integer(Vec<Option<i64>>),
    /// Boolean values.
    Bool(Vec<Option<bool>>),
}

impl ColumnData {
    /// The type of the values.
    pub fn column_type(&self) -> ColumnType {
        match self {
            ColumnData::Text(_) => ColumnType::Text,
            ColumnData::Decimal(_) => ColumnType::Decimal,
            ColumnData::Date(_) => ColumnType::Date,
            ColumnData::Integer(_) => ColumnType::Integer,
            ColumnData::Bool(_) => ColumnType::Bool,
        }
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        match self {
            ColumnData::Text(v) => v.len(),
            ColumnData::Decimal(v) => v.len(),
            ColumnData::Date(v) => v.len(),
            ColumnData::Integer(v) => v.len(),
            ColumnData::Bool(v) => v.len(),
        }
    }

    /// Whether the column has no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value in `row` as CSV text: empty for null (and for a row past the end).
    pub fn text_at(&self, row: usize) -> String {
        match self {
            ColumnData::Text(v) => v.get(row).cloned().flatten().unwrap_or_default(),
            ColumnData::Decimal(v) => fmt_cell(v.get(row)),
            ColumnData::Date(v) => v
                .get(row)
                .copied()
                .flatten()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            ColumnData::Integer(v) => fmt_cell(v.get(row)),
            ColumnData::Bool(v) => fmt_cell(v.get(row)),
        }
    }
}

fn fmt_cell<T: ToString>(v: Option<&Option<T>>) -> String {
    v.and_then(Option::as_ref)
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// Decimal values as 128-bit fixed-point integers at one common scale: what fixed-point
/// formats such as Arrow's `decimal128(precision, scale)` store. Built by [`fixed_point`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixedPoint {
    /// Digits after the decimal point, the same for every value (0 to 28).
    pub scale: u32,
    /// Each value times `10^scale`, exactly; `None` is null.
    pub values: Vec<Option<i128>>,
}

impl FixedPoint {
    /// The most significant digits a value may have: 38, the precision of Arrow's
    /// `decimal128` and of most SQL engines' widest decimal.
    pub const MAX_PRECISION: u32 = 38;
}

/// `values` at the smallest common scale that holds every one of them exactly (the largest
/// scale among the values once trailing zeros are dropped, so `5.60` counts as `5.6`).
///
/// Errors: `overflow` when a value, at that scale, would need more than
/// [`FixedPoint::MAX_PRECISION`] digits (only when tiny fractions and huge amounts share a
/// column); nothing is ever rounded.
pub fn fixed_point(values: &[Option<Decimal>]) -> Result<FixedPoint> {
    let scale = values
        .iter()
        .flatten()
        .map(|d| d.normalize().scale())
        .max()
        .unwrap_or(0);
    let limit = 10_i128.pow(FixedPoint::MAX_PRECISION);
    let mut out = Vec::with_capacity(values.len());
    for v in values {
        let Some(d) = v else {
            out.push(None);
            continue;
        };
        // `scale` is at least the normalized value's scale, so this only appends zeros.
        let n = d.normalize();
        let fixed = scale
            .checked_sub(n.scale())
            .and_then(|up| 10_i128.checked_pow(up))
            .and_then(|f| n.mantissa().checked_mul(f))
            .filter(|m| m.checked_abs().is_some_and(|a| a < limit))
            .ok_or_else(|| Error::Overflow {
                operation: format!(
                    "`{d}` at scale {scale} needs more than {} digits",
                    FixedPoint::MAX_PRECISION
                ),
            })?;
        out.push(Some(fixed));
    }
    Ok(FixedPoint { scale, values: out })
}

/// A named, typed column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The column's name (snake_case, stable).
    pub name: String,
    /// The values.
    pub data: ColumnData,
}

/// A named table: columns of equal length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The table's name (`pledges`, `pledge_countries`, …).
    pub name: String,
    /// The columns, in display order.
    pub columns: Vec<Column>,
}

impl Table {
    /// The number of rows.
    pub fn len(&self) -> usize {
        self.columns.first().map_or(0, |c| c.data.len())
    }

    /// Whether the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The column with this name.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    /// The column names, in order.
    pub fn column_names(&self) -> Vec<&str> {
        self.columns.iter().map(|c| c.name.as_str()).collect()
    }

    /// One row as a JSON record: an object of column name → the cell's text
    /// ([`ColumnData::text_at`]: amounts as decimal strings, never numbers), `null` for an
    /// empty cell. This is the JSON form of the tables everywhere (`p2c export --format json`,
    /// Node's `tables`), defined once here.
    /// A row past the end reads as empty cells.
    pub fn record(&self, row: usize) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        for c in &self.columns {
            let text = c.data.text_at(row);
            let v = if text.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::Value::String(text)
            };
            m.insert(c.name.clone(), v);
        }
        serde_json::Value::Object(m)
    }

    /// Every row as a JSON record ([`Table::record`]), in order.
    pub fn records(&self) -> Vec<serde_json::Value> {
        (0..self.len()).map(|row| self.record(row)).collect()
    }
}

/// The flat tables of a set of pledges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tables {
    /// One row per pledge (table `pledges`).
    pub pledges: Table,
    /// One row per pledge and implementation country, with the declared share
    /// (table `pledge_countries`).
    pub countries: Table,
    /// One row per pledge and pillar, with the pillar's focus area (table `pledge_pillars`).
    pub pillars: Table,
    /// One row per pledge and pledging entity, the lead first (table `pledge_partners`); its
    /// `headquarters_region` is the entity's row of the summary's `pledgerRegion` breakdown
    /// ([`crate::aggregate::pledger_region`]: `AFR` …, `no_itu_region`, `international`,
    /// `unknown`).
    pub partners: Table,
    /// One row per pledge and progress report (table `pledge_reports`).
    pub reports: Table,
    /// One scorecard row per pledging entity, in the order of its identity key (table
    /// `pledgers`; its columns: [`pledgers`]). Not one row per pledge: [`Tables::append`]
    /// merges it with the later pledges' rows rather than adding them after.
    pub pledgers: Table,
}

impl Tables {
    /// The six tables, the pledge table first and the pledgers table last.
    pub fn all(&self) -> [&Table; 6] {
        [
            &self.pledges,
            &self.countries,
            &self.pillars,
            &self.partners,
            &self.reports,
            &self.pledgers,
        ]
    }
}

/// How pledges are flattened.
#[derive(Clone, Copy, Default)]
pub struct TableOptions<'a> {
    /// When given, the pledge table gets each amount converted into this currency, with the
    /// rate, its date and its source (columns `converted_amount`, `converted_currency`, `rate`,
    /// `rate_date`, `rate_source`, `conversion_error`). An amount already in the currency is
    /// kept exactly, at rate 1 with source `same currency`. A value date known only to the month
    /// or the year is converted as summaries convert it ([`Converter::convert_at`]: the
    /// calendar year's average under the default policy, its source and 1 January as the rate's
    /// source and date).
    pub convert: Option<(&'a dyn Converter, CurrencyCode)>,
    /// When given, the pledge table gets the column `reporting_status` after
    /// `implementation_status`: each pledge's reporting status as of these options' date, with
    /// their report interval, grace days and inactivity limit
    /// ([`crate::aggregate::reporting_status`]; `on_time`, `due`, `overdue`, `inactive`,
    /// `ended_without_final_report`, `not_due`, `undetermined`), the status a summary with
    /// the same options counts the pledge under. Every row gets one, counted or not (a draft
    /// too: `review_state` says whether it is published).
    pub status: Option<&'a crate::aggregate::SummaryOptions>,
    /// Leave the pledgers table without rows ([`Tables::pledgers`] then has its columns and
    /// no row): its scorecards validate and assess every pledge, work a caller that does not
    /// want that table (an export of another one) can skip. Default `false`.
    pub skip_pledgers: bool,
}

impl std::fmt::Debug for TableOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TableOptions")
            .field("convert", &self.convert.map(|(c, to)| (c.provenance(), to)))
            .field("status", &self.status.map(|o| o.as_of))
            .field("skip_pledgers", &self.skip_pledgers)
            .finish()
    }
}

/// Collects columns in order.
struct Builder {
    name: &'static str,
    columns: Vec<Column>,
}

impl Builder {
    fn new(name: &'static str) -> Builder {
        Builder {
            name,
            columns: Vec::new(),
        }
    }
    fn col(mut self, name: &str, data: ColumnData) -> Builder {
        self.columns.push(Column {
            name: name.to_owned(),
            data,
        });
        self
    }
    fn text(self, name: &str, v: Vec<Option<String>>) -> Builder {
        self.col(name, ColumnData::Text(v))
    }
    fn build(self) -> Table {
        Table {
            name: self.name.to_owned(),
            columns: self.columns,
        }
    }
}

fn join<C: Codelist>(values: &[C]) -> Option<String> {
    if values.is_empty() {
        return None;
    }
    Some(
        values
            .iter()
            .map(|v| v.code())
            .collect::<Vec<_>>()
            .join(";"),
    )
}

fn count(n: usize) -> Option<i64> {
    i64::try_from(n).ok()
}

/// `day`, `month` or `year`: how much of `value_date` is known (format 1.1; `value_date` is the
/// first day of a month or year).
fn precision_code(p: crate::model::Precision) -> &'static str {
    match p {
        crate::model::Precision::Day => "day",
        crate::model::Precision::Month => "month",
        crate::model::Precision::Year => "year",
    }
}

fn hq(h: Headquarters) -> String {
    h.as_str().to_owned()
}

/// Flatten `pledges` into the pledge table and the four exploded tables, rows in input order.
///
/// A conversion that fails is not an error: its row has a null converted amount and the
/// error's code in `conversion_error`, so one missing rate never loses a table. The `Result`
/// leaves room for limits on input size.
///
/// `pledges` may be owned pledges or references (`&[Pledge]`, `&[&Pledge]`), so a caller
/// that holds pledges elsewhere (a binding's objects) need not clone them.
pub fn pledge_tables<P: Borrow<Pledge> + Sync>(
    pledges: &[P],
    options: &TableOptions<'_>,
) -> Result<Tables> {
    pledge_tables_with(pledges, options, Threads::AUTO)
}

/// [`pledge_tables`] on up to `threads` threads: the pledges are flattened in pieces of
/// [`CHUNK_ITEMS`](crate::parallel::CHUNK_ITEMS) and the pieces' rows put together in input
/// order, so the tables are the same whatever the number of threads.
pub fn pledge_tables_with<P: Borrow<Pledge> + Sync>(
    pledges: &[P],
    options: &TableOptions<'_>,
    threads: Threads,
) -> Result<Tables> {
    let one = |pledges: &[P]| -> Result<(Tables, PledgerScores)> {
        let mut scores = PledgerScores::new();
        if !options.skip_pledgers {
            scores.add_pledges(pledges, options)?;
        }
        let tables = Tables {
            pledges: pledge_table(pledges, options),
            countries: country_table(pledges),
            pillars: pillar_table(pledges),
            partners: partner_table(pledges),
            reports: report_table(pledges),
            pledgers: PledgerScores::new().table(),
        };
        Ok((tables, scores))
    };
    let pieces = crate::parallel::ranges(pledges.len(), crate::parallel::chunk_items());
    let mut parts = if pieces.len() <= 1 {
        vec![one(pledges)]
    } else {
        crate::parallel::map(threads, &pieces, |r| {
            one(pledges.get(r.clone()).unwrap_or_default())
        })
    }
    .into_iter();
    let (mut all, mut scores) = match parts.next() {
        Some(first) => first?,
        None => one(pledges)?,
    };
    // The pieces' rows one after the other; the pledgers' scores merged, their table made once.
    for part in parts {
        let (t, s) = part?;
        all.append_rows(t)?;
        scores.append(s)?;
    }
    all.pledgers = scores.table();
    Ok(all)
}

impl ColumnData {
    /// Add the values of `later` (of the same type) after these.
    fn append(&mut self, later: ColumnData) -> Result<()> {
        match (self, later) {
            (ColumnData::Text(a), ColumnData::Text(b)) => a.extend(b),
            (ColumnData::Decimal(a), ColumnData::Decimal(b)) => a.extend(b),
            (ColumnData::Date(a), ColumnData::Date(b)) => a.extend(b),
            (ColumnData::Integer(a), ColumnData::Integer(b)) => a.extend(b),
            (ColumnData::Bool(a), ColumnData::Bool(b)) => a.extend(b),
            _ => {
                return Err(Error::Internal(
                    "appending columns of different types".into(),
                ))
            }
        }
        Ok(())
    }
}

impl Table {
    /// Add the rows of `later` (a table of the same columns) after these.
    pub fn append(&mut self, later: Table) -> Result<()> {
        if later.name != self.name
            || later.columns.len() != self.columns.len()
            || later
                .columns
                .iter()
                .zip(&self.columns)
                .any(|(a, b)| a.name != b.name)
        {
            return Err(Error::Internal(format!(
                "appending table `{}` to `{}`",
                later.name, self.name
            )));
        }
        for (c, l) in self.columns.iter_mut().zip(later.columns) {
            c.data.append(l.data)?;
        }
        Ok(())
    }
}

impl Tables {
    /// Add the rows of `later` (tables of other pledges, made with the same options) after
    /// these, table by table; the pledgers tables are merged, entity by entity
    /// ([`PledgerScores::add_table`]), so the result is the tables of all the pledges.
    /// This remakes the pledgers table: to put many pieces together, collect their pledgers
    /// tables in one [`PledgerScores`] instead.
    pub fn append(&mut self, later: Tables) -> Result<()> {
        pledgers::merge(&mut self.pledgers, &later.pledgers)?;
        self.append_rows(later)
    }

    /// [`Tables::append`] but for the pledgers table, left as it is.
    pub(crate) fn append_rows(&mut self, later: Tables) -> Result<()> {
        self.pledges.append(later.pledges)?;
        self.countries.append(later.countries)?;
        self.pillars.append(later.pillars)?;
        self.partners.append(later.partners)?;
        self.reports.append(later.reports)?;
        Ok(())
    }
}

/// The conversion columns of the pledge table.
#[derive(Default)]
struct ConversionColumns {
    amount: Vec<Option<Decimal>>,
    currency: Vec<Option<String>>,
    rate: Vec<Option<Decimal>>,
    rate_date: Vec<Option<NaiveDate>>,
    source: Vec<Option<String>>,
    error: Vec<Option<String>>,
}

impl ConversionColumns {
    fn push(&mut self, p: &Pledge, converter: &dyn Converter, to: CurrencyCode) {
        let Some(v) = p.financial_value.as_ref() else {
            self.amount.push(None);
            self.currency.push(None);
            self.rate.push(None);
            self.rate_date.push(None);
            self.source.push(None);
            self.error.push(None);
            return;
        };
        let converted = convert_value(v, converter, to);
        self.currency.push(Some(to.as_str().to_owned()));
        match converted {
            Ok(c) => {
                self.amount.push(Some(c.amount));
                self.rate.push(Some(c.rate));
                self.rate_date.push(c.rate_date);
                self.source.push(Some(c.source));
                self.error.push(None);
            }
            Err(e) => {
                self.amount.push(None);
                self.rate.push(None);
                self.rate_date.push(None);
                self.source.push(None);
                self.error.push(Some(e.code().to_owned()));
            }
        }
    }
}

/// A pledge's stated amount in `to`: kept exactly at rate 1 when already in it (see
/// [`TableOptions::convert`]).
fn convert_value(
    v: &crate::model::FinancialValue,
    converter: &dyn Converter,
    to: CurrencyCode,
) -> Result<Converted> {
    if v.currency == to {
        Ok(Converted {
            amount: v.amount,
            rate: Decimal::ONE,
            rate_date: None,
            source: "same currency".to_owned(),
        })
    } else {
        converter.convert_at(
            v.money(),
            v.value_date_stated(),
            v.explicit_rate.as_ref(),
            to,
        )
    }
}

fn pledge_table<P: Borrow<Pledge>>(pledges: &[P], options: &TableOptions<'_>) -> Table {
    let n = pledges.len();
    let mut ids = Vec::with_capacity(n);
    let mut titles = Vec::with_capacity(n);
    let mut lead_name = Vec::with_capacity(n);
    let mut lead_type = Vec::with_capacity(n);
    let mut lead_subtype = Vec::with_capacity(n);
    let mut lead_hq = Vec::with_capacity(n);
    let mut types = Vec::with_capacity(n);
    let mut focus = Vec::with_capacity(n);
    let mut pillars = Vec::with_capacity(n);
    let mut amount = Vec::with_capacity(n);
    let mut currency = Vec::with_capacity(n);
    let mut value_date = Vec::with_capacity(n);
    let mut precision = Vec::with_capacity(n);
    let mut floor = Vec::with_capacity(n);
    let mut conv = ConversionColumns::default();
    let mut global = Vec::with_capacity(n);
    let mut regions = Vec::with_capacity(n);
    let mut start = Vec::with_capacity(n);
    let mut end = Vec::with_capacity(n);
    let mut review = Vec::with_capacity(n);
    let mut status = Vec::with_capacity(n);
    let mut reporting = Vec::with_capacity(if options.status.is_some() { n } else { 0 });
    let mut partners = Vec::with_capacity(n);
    let mut countries = Vec::with_capacity(n);
    let mut reports = Vec::with_capacity(n);
    let mut more = MoreColumns::with_capacity(n);
    for p in pledges {
        let p: &Pledge = p.borrow();
        more.push(p);
        let lead = &p.pledgers.lead;
        ids.push(Some(p.id.clone()));
        titles.push(Some(p.title.clone()));
        lead_name.push(Some(lead.name.clone()));
        lead_type.push(Some(lead.stakeholder_type.code().to_owned()));
        lead_subtype.push(lead.subtype.map(|s| s.code().to_owned()));
        lead_hq.push(Some(hq(lead.headquarters)));
        types.push(join(&p.pledge_types));
        focus.push(join(&p.focus_areas));
        pillars.push(join(&p.pillars));
        let fv = p.financial_value.as_ref();
        amount.push(fv.map(|v| v.amount));
        currency.push(fv.map(|v| v.currency.as_str().to_owned()));
        value_date.push(fv.map(|v| v.value_date));
        precision.push(fv.map(|v| precision_code(v.value_date_precision).to_owned()));
        floor.push(fv.map(|v| v.is_floor));
        if let Some((converter, to)) = options.convert {
            conv.push(p, converter, to);
        }
        global.push(Some(p.implementation.global));
        regions.push(join(&p.implementation.regions));
        let period = p.period.as_ref();
        start.push(period.and_then(|x| x.start).map(|d| d.to_string()));
        end.push(period.and_then(|x| x.end).map(|d| d.to_string()));
        review.push(Some(p.review_state.code().to_owned()));
        status.push(p.implementation_status.map(|s| s.code().to_owned()));
        if let Some(o) = options.status {
            reporting.push(Some(
                crate::aggregate::reporting_status(p, o).code().to_owned(),
            ));
        }
        partners.push(count(p.pledgers.partners.len()));
        countries.push(count(p.implementation.countries.len()));
        reports.push(count(p.progress_reports.len()));
    }
    let mut b = Builder::new("pledges")
        .text("id", ids)
        .text("title", titles)
        .text("lead_name", lead_name)
        .text("lead_stakeholder_type", lead_type)
        .text("lead_subtype", lead_subtype)
        .text("lead_headquarters", lead_hq)
        .text("pledge_types", types)
        .text("focus_areas", focus)
        .text("pillars", pillars)
        .col("amount", ColumnData::Decimal(amount))
        .text("currency", currency)
        .col("value_date", ColumnData::Date(value_date))
        .text("value_date_precision", precision)
        .col("is_floor", ColumnData::Bool(floor));
    if options.convert.is_some() {
        b = b
            .col("converted_amount", ColumnData::Decimal(conv.amount))
            .text("converted_currency", conv.currency)
            .col("rate", ColumnData::Decimal(conv.rate))
            .col("rate_date", ColumnData::Date(conv.rate_date))
            .text("rate_source", conv.source)
            .text("conversion_error", conv.error);
    }
    b = b
        .col("global", ColumnData::Bool(global))
        .text("regions", regions)
        .text("period_start", start)
        .text("period_end", end)
        .text("review_state", review)
        .text("implementation_status", status);
    if options.status.is_some() {
        b = b.text("reporting_status", reporting);
    }
    b.col("partner_count", ColumnData::Integer(partners))
        .col("country_count", ColumnData::Integer(countries))
        .col("report_count", ColumnData::Integer(reports))
        .more(more)
        .build()
}

/// The pledge table's format 1.1 and free-text columns (see [`pledge_tables`]).
#[derive(Default)]
struct MoreColumns {
    description: Vec<Option<String>>,
    notes: Vec<Option<String>>,
    links: Vec<Option<String>>,
    announced_on: Vec<Option<String>>,
    events: Vec<Option<String>>,
    sdgs: Vec<Option<String>>,
    sdg_targets: Vec<Option<String>>,
    country_groups: Vec<Option<String>>,
    beneficiary_groups: Vec<Option<String>>,
    people_reached: Vec<Option<i64>>,
    people_reached_is_floor: Vec<Option<bool>>,
    beneficiary_counts: Vec<Option<String>>,
    targets: Vec<Option<String>>,
    amount_basis: Vec<Option<String>>,
    years: Vec<Option<i64>>,
    max_amount: Vec<Option<Decimal>>,
    is_ceiling: Vec<Option<bool>>,
    approximate: Vec<Option<bool>>,
    in_kind: Vec<Option<bool>>,
    counted_amount: Vec<Option<Decimal>>,
    count_method: Vec<Option<String>>,
}

/// `values` joined with `sep`, or `None` when there are none.
fn join_with<I: IntoIterator<Item = S>, S: AsRef<str>>(values: I, sep: &str) -> Option<String> {
    let mut out = String::new();
    for (i, v) in values.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(v.as_ref());
    }
    (!out.is_empty()).then_some(out)
}

impl MoreColumns {
    fn with_capacity(n: usize) -> MoreColumns {
        let mut m = MoreColumns::default();
        m.description.reserve(n);
        m.counted_amount.reserve(n);
        m
    }

    fn push(&mut self, p: &Pledge) {
        use crate::model::amount::{counted_amount, CountRules, Counting};
        self.description.push(p.description.clone());
        self.notes.push(p.notes.clone());
        self.links
            .push(join_with(p.links.iter().map(|l| l.url.as_str()), " "));
        self.announced_on
            .push(p.announced_on.map(|d| d.to_string()));
        self.events
            .push(join_with(p.events.iter().map(|e| e.0.as_str()), ";"));
        self.sdgs
            .push(join_with(p.sdgs.iter().map(|g| g.goal.to_string()), ";"));
        self.sdg_targets
            .push(join_with(p.sdgs.iter().flat_map(|g| g.targets.iter()), ";"));
        self.country_groups
            .push(join(&p.implementation.country_groups));
        let b = p.beneficiaries.as_ref();
        self.beneficiary_groups
            .push(b.and_then(|b| join(&b.groups)));
        self.people_reached.push(
            b.and_then(|b| b.people_reached)
                .and_then(|n| i64::try_from(n).ok()),
        );
        self.people_reached_is_floor.push(
            b.filter(|b| b.people_reached.is_some())
                .map(|b| b.people_reached_is_floor),
        );
        self.beneficiary_counts.push(b.and_then(|b| {
            join_with(
                b.counts.iter().map(|c| {
                    let op = if c.is_floor { ">=" } else { "=" };
                    format!("{}{op}{}", c.unit.code(), c.count)
                }),
                ";",
            )
        }));
        self.targets
            .push(join_with(p.targets.iter().map(|t| t.0.as_str()), ";"));
        let fv = p.financial_value.as_ref();
        self.amount_basis
            .push(fv.and_then(|v| v.basis).map(|b| b.code().to_owned()));
        self.years.push(fv.and_then(|v| v.years).map(i64::from));
        self.max_amount.push(fv.and_then(|v| v.max_amount));
        self.is_ceiling.push(fv.map(|v| v.is_ceiling));
        self.approximate.push(fv.map(|v| v.approximate));
        self.in_kind.push(fv.map(|v| v.in_kind));
        let counted = fv.map(|v| counted_amount(v, p.period.as_ref(), CountRules::default()));
        let (amount, method) = match counted {
            None => (None, None),
            Some(Ok(Counting::Counted(c))) => (Some(c.amount), Some(c.method.code())),
            Some(Ok(Counting::NotCounted(why))) => (None, Some(why.code())),
            // A yearly amount times its years beyond a decimal's range.
            Some(Err(e)) => (None, Some(e.code())),
        };
        self.counted_amount.push(amount);
        self.count_method.push(method.map(str::to_owned));
    }
}

impl Builder {
    fn more(self, m: MoreColumns) -> Builder {
        self.text("description", m.description)
            .text("notes", m.notes)
            .text("links", m.links)
            .text("announced_on", m.announced_on)
            .text("events", m.events)
            .text("sdgs", m.sdgs)
            .text("sdg_targets", m.sdg_targets)
            .text("country_groups", m.country_groups)
            .text("beneficiary_groups", m.beneficiary_groups)
            .col("people_reached", ColumnData::Integer(m.people_reached))
            .col(
                "people_reached_is_floor",
                ColumnData::Bool(m.people_reached_is_floor),
            )
            .text("beneficiary_counts", m.beneficiary_counts)
            .text("targets", m.targets)
            .text("amount_basis", m.amount_basis)
            .col("years", ColumnData::Integer(m.years))
            .col("max_amount", ColumnData::Decimal(m.max_amount))
            .col("is_ceiling", ColumnData::Bool(m.is_ceiling))
            .col("approximate", ColumnData::Bool(m.approximate))
            .col("in_kind", ColumnData::Bool(m.in_kind))
            .col("counted_amount", ColumnData::Decimal(m.counted_amount))
            .text("count_method", m.count_method)
    }
}

fn country_table<P: Borrow<Pledge>>(pledges: &[P]) -> Table {
    let mut ids = Vec::new();
    let mut country = Vec::new();
    let mut share = Vec::new();
    for p in pledges {
        let p: &Pledge = p.borrow();
        for c in &p.implementation.countries {
            ids.push(Some(p.id.clone()));
            country.push(Some(c.as_str().to_owned()));
            share.push(
                p.implementation
                    .shares
                    .iter()
                    .find(|s| s.area == c.as_str())
                    .map(|s| s.percent),
            );
        }
    }
    Builder::new("pledge_countries")
        .text("pledge_id", ids)
        .text("country", country)
        .col("share_percent", ColumnData::Decimal(share))
        .build()
}

fn pillar_table<P: Borrow<Pledge>>(pledges: &[P]) -> Table {
    let mut ids = Vec::new();
    let mut pillar = Vec::new();
    let mut focus = Vec::new();
    for p in pledges {
        let p: &Pledge = p.borrow();
        for x in &p.pillars {
            ids.push(Some(p.id.clone()));
            pillar.push(Some(x.code().to_owned()));
            focus.push(Some(x.focus_area().code().to_owned()));
        }
    }
    Builder::new("pledge_pillars")
        .text("pledge_id", ids)
        .text("pillar", pillar)
        .text("focus_area", focus)
        .build()
}

fn partner_table<P: Borrow<Pledge>>(pledges: &[P]) -> Table {
    let mut ids = Vec::new();
    let mut role = Vec::new();
    let mut position = Vec::new();
    let mut entity_id = Vec::new();
    let mut name = Vec::new();
    let mut kind = Vec::new();
    let mut subtype = Vec::new();
    let mut hqs = Vec::new();
    let mut hq_regions = Vec::new();
    for p in pledges {
        let p: &Pledge = p.borrow();
        for (i, e) in p.pledgers.all().enumerate() {
            ids.push(Some(p.id.clone()));
            role.push(Some(if i == 0 { "lead" } else { "partner" }.to_owned()));
            position.push(count(i));
            entity_id.push(e.id.clone());
            name.push(Some(e.name.clone()));
            kind.push(Some(e.stakeholder_type.code().to_owned()));
            subtype.push(e.subtype.map(|s| s.code().to_owned()));
            hqs.push(Some(hq(e.headquarters)));
            hq_regions.push(Some(
                crate::aggregate::pledger_region(e.headquarters).to_owned(),
            ));
        }
    }
    Builder::new("pledge_partners")
        .text("pledge_id", ids)
        .text("role", role)
        .col("position", ColumnData::Integer(position))
        .text("entity_id", entity_id)
        .text("name", name)
        .text("stakeholder_type", kind)
        .text("subtype", subtype)
        .text("headquarters", hqs)
        .text("headquarters_region", hq_regions)
        .build()
}

fn report_table<P: Borrow<Pledge>>(pledges: &[P]) -> Table {
    let mut ids = Vec::new();
    let mut index = Vec::new();
    let mut date = Vec::new();
    let mut status = Vec::new();
    let mut amount = Vec::new();
    let mut currency = Vec::new();
    let mut people = Vec::new();
    let mut challenges = Vec::new();
    let mut solutions = Vec::new();
    let mut targets = Vec::new();
    let mut narrative = Vec::new();
    for p in pledges {
        let p: &Pledge = p.borrow();
        for (i, r) in p.progress_reports.iter().enumerate() {
            ids.push(Some(p.id.clone()));
            index.push(count(i));
            date.push(Some(r.date));
            status.push(Some(r.status.code().to_owned()));
            amount.push(r.amount_delivered.map(|m| m.amount));
            currency.push(r.amount_delivered.map(|m| m.currency.as_str().to_owned()));
            people.push(r.people_reached.and_then(|n| i64::try_from(n).ok()));
            challenges.push(join(&r.challenges));
            solutions.push(join(&r.solutions));
            targets.push(if r.targets.is_empty() {
                None
            } else {
                Some(
                    r.targets
                        .iter()
                        .map(|t| t.0.as_str())
                        .collect::<Vec<_>>()
                        .join(";"),
                )
            });
            narrative.push(r.narrative.clone());
        }
    }
    Builder::new("pledge_reports")
        .text("pledge_id", ids)
        .col("report_index", ColumnData::Integer(index))
        .col("date", ColumnData::Date(date))
        .text("status", status)
        .col("amount_delivered", ColumnData::Decimal(amount))
        .text("delivered_currency", currency)
        .col("people_reached", ColumnData::Integer(people))
        .text("challenges", challenges)
        .text("solutions", solutions)
        .text("targets", targets)
        .text("narrative", narrative)
        .build()
}

/// How [`to_csv_with`] writes a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct CsvOptions {
    /// Prefix text cells that a spreadsheet program would read as a formula with a single
    /// quote, and quote them ([`crate::formula::neutralize_formula`]). Default `true`; turn it
    /// off only for machine-to-machine exports that no person opens in a spreadsheet.
    /// Number, date and boolean columns are never changed.
    pub neutralize_formulas: bool,
    /// Write the header record of column names first. Default `true`; `false` writes the rows
    /// alone, to add the rows of more pledges to a table already written (a table exported in
    /// pieces, [`crate::call::PreparedTables::build_chunks`]).
    pub header: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            neutralize_formulas: true,
            header: true,
        }
    }
}

impl CsvOptions {
    /// These options with formula neutralization on or off.
    pub fn neutralize_formulas(mut self, on: bool) -> CsvOptions {
        self.neutralize_formulas = on;
        self
    }

    /// These options with the header record written or not.
    pub fn header(mut self, on: bool) -> CsvOptions {
        self.header = on;
        self
    }
}

/// Write `table` as RFC 4180 CSV, safe to open in a spreadsheet program: [`to_csv_with`] with
/// the default [`CsvOptions`] (formula-like text cells neutralized).
pub fn to_csv<W: Write>(table: &Table, writer: W) -> Result<()> {
    to_csv_with(table, writer, &CsvOptions::default())
}

/// Write `table` as RFC 4180 CSV: a header of column names, then one record per row, CRLF
/// line ends, fields quoted when they hold a comma, quote or line break, or were neutralized.
///
/// Decimals are written exactly as plain strings, dates as `YYYY-MM-DD`, booleans as `true` /
/// `false`, nulls as empty fields. With [`CsvOptions::neutralize_formulas`] (the default),
/// every text cell goes through [`crate::formula::neutralize_formula`]: `=SUM(1+1)` is written
/// `"'=SUM(1+1)"`, while a decimal `-5` or a date is written as it is. Errors: `io_error`
/// when the writer fails.
///
/// ```
/// use p2c_core::tables::{to_csv, to_csv_with, Column, ColumnData, CsvOptions, Table};
/// use p2c_core::Decimal;
///
/// let table = Table {
///     name: "t".into(),
///     columns: vec![
///         Column { name: "title".into(), data: ColumnData::Text(vec![Some("@SUM(1+1)".into())]) },
///         Column { name: "amount".into(), data: ColumnData::Decimal(vec![Some(Decimal::from(-5))]) },
///     ],
/// };
/// let mut safe = Vec::new();
/// to_csv(&table, &mut safe)?;
/// assert_eq!(safe, b"title,amount\r\n\"'@SUM(1+1)\",-5\r\n");
/// let mut raw = Vec::new();
/// to_csv_with(&table, &mut raw, &CsvOptions::default().neutralize_formulas(false))?;
/// assert_eq!(raw, b"title,amount\r\n@SUM(1+1),-5\r\n");
/// let mut rows = Vec::new();
/// to_csv_with(&table, &mut rows, &CsvOptions::default().header(false))?;
/// assert_eq!(rows, b"\"'@SUM(1+1)\",-5\r\n");
/// # Ok::<(), p2c_core::Error>(())
/// ```
pub fn to_csv_with<W: Write>(table: &Table, writer: W, options: &CsvOptions) -> Result<()> {
    let io = |e: std::io::Error| Error::Io {
        path: format!("<{} csv>", table.name),
        message: e.to_string(),
    };
    let mut w = std::io::BufWriter::new(writer);
    if options.header {
        let names = table.columns.iter().map(|c| (c.name.clone(), false));
        write_record(&mut w, names).map_err(io)?;
    }
    for row in 0..table.len() {
        let cells = table.columns.iter().map(|c| {
            let text = c.data.text_at(row);
            if options.neutralize_formulas && c.data.column_type() == ColumnType::Text {
                match crate::formula::neutralize_formula(&text) {
                    std::borrow::Cow::Owned(safe) => (safe, true),
                    std::borrow::Cow::Borrowed(_) => (text, false),
                }
            } else {
                (text, false)
            }
        });
        write_record(&mut w, cells).map_err(io)?;
    }
    w.flush().map_err(io)
}

/// One CSV record: fields separated by commas, quoted (quotes doubled) when `force` or when
/// they hold a comma, quote or line break, then CRLF.
fn write_record<W: Write>(
    w: &mut W,
    fields: impl Iterator<Item = (String, bool)>,
) -> std::io::Result<()> {
    for (i, (text, force)) in fields.enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        if force || text.contains(['"', ',', '\r', '\n']) {
            w.write_all(b"\"")?;
            w.write_all(text.replace('"', "\"\"").as_bytes())?;
            w.write_all(b"\"")?;
        } else {
            w.write_all(text.as_bytes())?;
        }
    }
    w.write_all(b"\r\n")
}
