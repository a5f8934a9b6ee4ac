//! Dashboard calls: summaries, country profiles (with their text and HTML) and flat tables.

use std::borrow::Borrow;
use std::collections::BTreeMap;
use std::io::BufRead;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::misc::{lang_of, InputFormat};
use super::options::{FiltersCall, GoalCall, PolicyCall};
use super::{resolve, LangTag, Rates, Warning};
use crate::aggregate::{
    self, Attribution, CountryProfile, Filters, InvalidPolicy, RegionMode, Summary, SummaryOptions,
};
use crate::file::{self, Format};
use crate::html::HtmlOptions;
use crate::i18n::{Lang, Localizer};
use crate::model::{CountryCode, CurrencyCode, Pledge};
use crate::money::{RoundingStrategy, TableConverter};
use crate::parallel::Threads;
use crate::tables::{self, TableOptions, Tables};
use crate::{Error, Result};

/// The options of a summary (`summarize`, the text and HTML dashboards): all optional, the
/// core's defaults otherwise (see [`SummaryOptions::new`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct SummaryCall {
    /// Only what was known on this date counts (default: today's UTC date).
    pub as_of: Option<NaiveDate>,
    /// The currency of every amount (default `USD`; any case, or its name).
    pub currency: Option<String>,
    /// Which rate converts each amount (a [`PolicyCall`]).
    pub policy: Option<PolicyCall>,
    /// How each converted amount is rounded (default `bankers`).
    pub rounding: Option<RoundingStrategy>,
    /// `full` (default), `equal_split` or `declared_shares`.
    pub attribution: Option<Attribution>,
    /// `primary_or_any` (default) or `primary_only`.
    pub region_mode: Option<RegionMode>,
    /// Which pledges to cover.
    pub filters: FiltersCall,
    /// `exclude` (default), `reject` or `include` pledges that fail validation.
    pub invalid: Option<InvalidPolicy>,
    /// Validate every pledge (default `true`).
    pub validate: Option<bool>,
    /// Further pledges known to be invalid: id → the issue codes that failed it (such as the
    /// batch findings of a validation).
    pub invalid_pledges: BTreeMap<String, Vec<String>>,
    /// A pledge without a progress report for longer than this many days is overdue (365).
    pub report_interval_days: Option<u32>,
    /// Days after the report interval during which a report is `due`, not `overdue` (90).
    pub report_grace_days: Option<u32>,
    /// Calendar years without a report after which a pledge is `inactive` and left out of
    /// `activeValue` (2).
    pub inactive_after_years: Option<u32>,
    /// The goal progress is measured against (default USD 100 bn).
    pub goal: Option<GoalCall>,
    /// How many entries the "top" lists of a country profile keep (5).
    pub top: Option<usize>,
    /// The language of the text and HTML dashboards.
    pub lang: Option<LangTag>,
    /// Where the data came from (a file name), shown under the title of an HTML page.
    pub source: Option<String>,
    /// How a file or stream of pledges is read.
    pub format: InputFormat,
    /// How many threads a file or the bytes of one may be summarized on (`0` or absent: the
    /// cores available; `1`: the calling thread). The summary is the same whatever the number.
    pub threads: Option<Threads>,
}

/// A country profile: the country (ISO 3166-1 alpha-3 in any case, alpha-2, or English name)
/// and the options of a summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProfileCall {
    /// The country.
    pub country: String,
    /// The summary's options (its country filter is replaced by the country).
    #[serde(default)]
    pub options: SummaryCall,
}

/// A checked [`SummaryCall`], ready to run any number of times.
#[derive(Debug, Clone)]
pub struct PreparedSummary {
    /// The core's options.
    pub options: SummaryOptions,
    /// The language of the text and HTML dashboards.
    pub lang: Lang,
    /// How files and streams are read.
    pub format: InputFormat,
    /// Warnings about the call.
    pub warnings: Vec<Warning>,
    /// The options of an HTML page.
    pub html: HtmlOptions,
}

impl SummaryCall {
    /// Check every code of the call (currency, filters, goal, invalid pledges' codes) and build
    /// the core's options over `rates`.
    pub fn prepare(&self, rates: &Rates) -> Result<PreparedSummary> {
        let converter = rates.converter(self.policy.as_ref().map(|p| &p.0), self.rounding);
        let as_of = self.as_of.unwrap_or_else(super::today);
        let mut options = SummaryOptions::new(as_of, Arc::new(converter));
        if let Some(c) = &self.currency {
            options.currency = resolve::currency(c, "/currency")?;
        }
        if let Some(a) = self.attribution {
            options.attribution = a;
        }
        if let Some(r) = self.region_mode {
            options.region_mode = r;
        }
        options.filters = self.filters.resolve("/filters")?;
        if let Some(i) = self.invalid {
            options.invalid = i;
        }
        if let Some(v) = self.validate {
            options.validate = v;
        }
        for (id, codes) in &self.invalid_pledges {
            let at = format!("/invalidPledges/{}", crate::parse::escape_pointer_token(id));
            let codes = resolve::all(codes, &at, resolve::issue_code)?;
            options
                .invalid_pledges
                .push((id.clone(), codes.into_iter().map(str::to_owned).collect()));
        }
        if let Some(d) = self.report_grace_days {
            options.report_grace_days = d;
        }
        if let Some(y) = self.inactive_after_years {
            options.inactive_after_years = y;
        }
        if let Some(d) = self.report_interval_days {
            options.report_interval_days = d;
        }
        if let Some(g) = &self.goal {
            options.goal = g.resolve("/goal")?;
        }
        if let Some(t) = self.top {
            options.top = t;
        }
        if let Some(t) = self.threads {
            options.threads = t;
        }
        let (lang, warnings) = lang_of(self.lang.as_ref());
        let mut html = HtmlOptions::default();
        if let Some(source) = &self.source {
            html = html.with_source(source.clone());
        }
        Ok(PreparedSummary {
            options,
            lang,
            format: self.format,
            warnings,
            html,
        })
    }
}

impl ProfileCall {
    /// Check the call and build the core's options over `rates`, with the country.
    pub fn prepare(&self, rates: &Rates) -> Result<(PreparedSummary, CountryCode)> {
        let country = resolve::country(&self.country, "/country")?;
        Ok((self.options.prepare(rates)?, country))
    }
}

impl PreparedSummary {
    /// Summarize pledges (see [`aggregate::summarize`]); the answer carries the call's
    /// warnings.
    pub fn summarize<'a>(&self, pledges: impl IntoIterator<Item = &'a Pledge>) -> Result<Summary> {
        let mut summary = aggregate::summarize_refs(pledges, &self.options)?;
        summary.warnings.clone_from(&self.warnings);
        Ok(summary)
    }

    /// Summarize a stream of pledges: JSON Lines are folded one pledge at a time
    /// ([`aggregate::SummaryAccumulator`]), so a file of any size fits; a JSON array is read
    /// whole.
    pub fn summarize_reader<R: BufRead + std::io::Seek>(&self, reader: R) -> Result<Summary> {
        let mut summary = self.summarize_stream(reader, &self.options)?;
        summary.warnings.clone_from(&self.warnings);
        Ok(summary)
    }

    /// [`PreparedSummary::summarize_reader`] with other options.
    fn summarize_stream<R: BufRead + std::io::Seek>(
        &self,
        mut reader: R,
        options: &SummaryOptions,
    ) -> Result<Summary> {
        let io = |e: std::io::Error| Error::Io {
            path: String::new(),
            message: e.to_string(),
        };
        let array = self.format.is_array(&mut reader)?;
        if array {
            let pledges = {
                let mut text = String::new();
                reader.read_to_string(&mut text).map_err(io)?;
                super::ParseCall {
                    format: InputFormat::JsonArray,
                    threads: None,
                }
                .pledges_str(&text)?
            };
            aggregate::summarize(&pledges, options)
        } else {
            aggregate::summarize_jsonl(reader, options)
        }
    }

    /// The profile of `country` over a stream of pledges, as [`PreparedSummary::profile`]
    /// over the same pledges: the summary of its pledges is made as
    /// [`PreparedSummary::summarize_reader`] makes one (JSON Lines one pledge at a time, so a
    /// file of any size fits; a JSON array read whole).
    pub fn profile_reader<R: BufRead + std::io::Seek>(
        &self,
        reader: R,
        country: CountryCode,
    ) -> Result<CountryProfile> {
        let mut options = self.options.clone();
        options.filters.countries = vec![country];
        let summary = self.summarize_stream(reader, &options)?;
        let mut profile = aggregate::country_profile_of_summary(&summary, country, &options);
        profile.warnings.clone_from(&self.warnings);
        Ok(profile)
    }

    /// Summarize a file of pledges (see [`PreparedSummary::summarize_reader`]).
    pub fn summarize_path(&self, path: impl AsRef<std::path::Path>) -> Result<Summary> {
        let path = path.as_ref();
        let io = |e: std::io::Error| Error::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let file = std::fs::File::open(path).map_err(io)?;
        self.summarize_reader(std::io::BufReader::with_capacity(1 << 16, file))
            .map_err(|e| match e {
                Error::Io { message, .. } => Error::Io {
                    path: path.display().to_string(),
                    message,
                },
                other => other,
            })
    }

    /// The profile of `country` over pledges.
    pub fn profile(&self, pledges: &[Pledge], country: CountryCode) -> Result<CountryProfile> {
        let mut profile =
            aggregate::country_profile(pledges, country, self.options.as_of, &self.options)?;
        profile.warnings.clone_from(&self.warnings);
        Ok(profile)
    }

    /// The text dashboard of a summary, in the call's language.
    pub fn text(&self, summary: &Summary) -> String {
        summary.render_text_in(&Localizer::new(self.lang))
    }

    /// The HTML dashboard of a summary.
    pub fn html(&self, summary: &Summary) -> String {
        summary.render_html(&self.html_options())
    }

    /// The text of a country profile, in the call's language.
    pub fn profile_text(&self, profile: &CountryProfile) -> String {
        profile.render_text_in(&Localizer::new(self.lang))
    }

    /// The HTML page of a country profile.
    pub fn profile_html(&self, profile: &CountryProfile) -> String {
        profile.render_html(&self.options.converter.provenance(), &self.html_options())
    }

    fn html_options(&self) -> HtmlOptions {
        self.html.clone().with_lang(self.lang)
    }

    /// The file route's format for the call's input format.
    fn file_format(&self) -> Format {
        self.format.into()
    }

    /// Summarize pledges straight from their bytes or their file (a JSON array or JSON
    /// Lines), without a [`Pledge`] held per pledge, on up to the call's `threads`
    /// ([`file::summarize_path`]): the same summary as [`PreparedSummary::summarize`] over
    /// the same pledges, whatever the number of threads.
    ///
    /// Errors: `io_error`; `parse_error` for the first record that does not parse; those of
    /// [`aggregate::summarize`].
    pub fn summarize_input(&self, input: Input<'_>) -> Result<Summary> {
        let mut summary = match input {
            Input::Path(path) => file::summarize_path(path, self.file_format(), &self.options)?,
            Input::Bytes(bytes) => {
                file::summarize_records(bytes, self.file_format(), &self.options)?
            }
        };
        summary.warnings.clone_from(&self.warnings);
        Ok(summary)
    }

    /// The profile of `country` over a file of pledges or its bytes, by the file route on up
    /// to the call's `threads`: the profile [`PreparedSummary::profile_reader`] makes of the
    /// same pledges.
    ///
    /// Errors: those of [`PreparedSummary::summarize_input`].
    pub fn profile_input(&self, input: Input<'_>, country: CountryCode) -> Result<CountryProfile> {
        let mut options = self.options.clone();
        options.filters.countries = vec![country];
        let format = self.file_format();
        let summary = match input {
            Input::Path(path) => file::summarize_path(path, format, &options)?,
            Input::Bytes(bytes) => file::summarize_records(bytes, format, &options)?,
        };
        let mut profile = aggregate::country_profile_of_summary(&summary, country, &options);
        profile.warnings.clone_from(&self.warnings);
        Ok(profile)
    }

    /// The ids that relations (`supersedes`, `part_of`, `same_funds_as`) name in one
    /// partition of a larger input, sorted: the first step of a summary made of partitions
    /// (see [`PreparedSummary::partial`]). Records that do not parse are skipped here
    /// ([`PreparedSummary::partial`] reports them).
    ///
    /// Errors: `io_error` when a file cannot be read.
    pub fn related_ids(&self, input: Input<'_>) -> Result<Vec<String>> {
        let threads = self.options.threads;
        let set = match input {
            Input::Path(path) => file::related_path(path, self.file_format(), threads)?,
            Input::Bytes(bytes) => file::related_records(bytes, self.file_format(), threads),
        };
        let mut ids: Vec<String> = set.into_iter().collect();
        ids.sort_unstable();
        Ok(ids)
    }

    /// The partial summary of one partition of a larger input, as bytes to carry to another
    /// process or machine and merge there ([`PreparedSummary::merge_partials`]). `related`
    /// must hold every id that [`PreparedSummary::related_ids`] found in *every* partition
    /// (their union): a pledge named by a relation in another partition is held back until
    /// the merge, so that relations, duplicate ids and distinct entities come out as in one
    /// pass.
    ///
    /// Errors: `io_error`; `parse_error` for the first record that does not parse.
    pub fn partial<S: AsRef<str>>(&self, input: Input<'_>, related: &[S]) -> Result<Vec<u8>> {
        let related = related.iter().map(|s| s.as_ref().to_owned()).collect();
        let format = self.file_format();
        let mut acc = match input {
            Input::Path(path) => file::partial_path(path, format, &self.options, related)?,
            Input::Bytes(bytes) => file::partial_records(bytes, format, &self.options, related)?,
        };
        acc.to_bytes()
    }

    /// Merge the partial summaries of the partitions of one input, in the partitions'
    /// order, and finish the summary: equal to the summary of the whole input in one pass
    /// when every partial was made with this call's options and the same related ids.
    ///
    /// Errors: `invalid_argument` when there is no partial; `invalid_partial` for bytes that
    /// are not a partial summary, or are truncated or altered; `partial_mismatch` for a
    /// partial made by another p2c version or with other options (as-of date, currency,
    /// rates, policy, attribution, filters, related ids …), naming the difference; those of
    /// [`aggregate::SummaryAccumulator::finish`].
    pub fn merge_partials<B: AsRef<[u8]>>(&self, partials: &[B]) -> Result<Summary> {
        let mut parts = partials.iter();
        let Some(first) = parts.next() else {
            return Err(Error::InvalidArgument {
                pointer: String::new(),
                message: "no partial summary to merge: give at least one".into(),
                suggestion: None,
            });
        };
        let mut acc = aggregate::SummaryAccumulator::from_bytes(first.as_ref(), &self.options)?;
        for p in parts {
            acc.merge(aggregate::SummaryAccumulator::from_bytes(
                p.as_ref(),
                &self.options,
            )?)?;
        }
        let mut summary = acc.finish()?;
        summary.warnings.clone_from(&self.warnings);
        Ok(summary)
    }
}

/// Where the file route reads pledges from: a file, or its bytes in memory.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A file (a JSON array or JSON Lines).
    Path(&'a std::path::Path),
    /// The bytes of one.
    Bytes(&'a [u8]),
}

/// The options of the flat tables: a currency to convert amounts into (none by default), and
/// the filters and as-of date of a summary, which select the pledges as a summary's filters do.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct TablesCall {
    /// The date the filters are evaluated on (country-group membership, reports; default:
    /// today's UTC date). When given, the pledge table also gets the column
    /// `reporting_status`: each pledge's reporting status as of this date (see
    /// `p2c_core::aggregate::reporting_status`); without it the tables do not depend on the
    /// day they are made.
    pub as_of: Option<NaiveDate>,
    /// Convert every amount into this currency (columns `converted_amount`, `rate`, …).
    pub currency: Option<String>,
    /// Which rate converts each amount (a [`PolicyCall`]).
    pub policy: Option<PolicyCall>,
    /// How each converted amount is rounded (default `bankers`).
    pub rounding: Option<RoundingStrategy>,
    /// Which regions a pledge counts under for the `regions` filter.
    pub region_mode: Option<RegionMode>,
    /// Which pledges to cover (as for a summary); rows of every other pledge are left out.
    pub filters: FiltersCall,
    /// Days between progress reports for the `reporting_status` column (default 365; the
    /// column is there when `asOf` is given).
    pub report_interval_days: Option<u32>,
    /// Grace days after the interval before a report is `overdue` (default 90).
    pub report_grace_days: Option<u32>,
    /// Years without a report after which a pledge is `inactive` (default 2).
    pub inactive_after_years: Option<u32>,
    /// How a file of pledges is read.
    pub format: InputFormat,
    /// How many threads the tables may be built on (`0` or absent: the cores available; `1`:
    /// the calling thread). The tables are the same, row for row, whatever the number.
    pub threads: Option<Threads>,
}

/// A checked [`TablesCall`], ready to run any number of times.
#[derive(Debug, Clone)]
pub struct PreparedTables {
    converter: TableConverter,
    currency: Option<CurrencyCode>,
    /// The summary options the filters are evaluated with; `None` when there is no filter.
    select: Option<SummaryOptions>,
    /// The as-of date and reporting parameters of the `reporting_status` column, when the
    /// call gives an as-of date.
    status: Option<SummaryOptions>,
    format: InputFormat,
    /// Whether the pledgers table gets its rows ([`PreparedTables::with_pledgers`]).
    pledgers: bool,
    /// How many threads the tables are built on.
    threads: Threads,
}

impl TablesCall {
    /// Check every code of the call and build the converter over `rates`.
    pub fn prepare(&self, rates: &Rates) -> Result<PreparedTables> {
        let converter = rates.converter(self.policy.as_ref().map(|p| &p.0), self.rounding);
        let currency = match &self.currency {
            Some(c) => Some(resolve::currency(c, "/currency")?),
            None => None,
        };
        let filters = self.filters.resolve("/filters")?;
        let as_of = self.as_of.unwrap_or_else(super::today);
        let status = self.as_of.map(|as_of| {
            let mut status = SummaryOptions::embedded(as_of);
            if let Some(d) = self.report_interval_days {
                status.report_interval_days = d;
            }
            if let Some(d) = self.report_grace_days {
                status.report_grace_days = d;
            }
            if let Some(y) = self.inactive_after_years {
                status.inactive_after_years = y;
            }
            status
        });
        let select = (filters != Filters::default()).then(|| {
            let mut options = SummaryOptions::embedded(as_of);
            options.filters = filters;
            if let Some(r) = self.region_mode {
                options.region_mode = r;
            }
            options
        });
        Ok(PreparedTables {
            converter,
            currency,
            select,
            status,
            format: self.format,
            pledgers: true,
            threads: self.threads.unwrap_or_default(),
        })
    }
}

impl PreparedTables {
    /// This call with the pledgers table's rows made (`true`, the default) or left out
    /// (`false`: the table keeps its columns and has no row; see
    /// [`TableOptions::skip_pledgers`]), for a caller that wants only the other tables.
    pub fn with_pledgers(mut self, on: bool) -> PreparedTables {
        self.pledgers = on;
        self
    }

    /// The six flat tables of the pledges the call selects, in input order (the pledgers
    /// table in the order of its entities' keys).
    pub fn build<P: Borrow<Pledge> + Sync>(&self, pledges: &[P]) -> Result<Tables> {
        let options = self.table_options();
        match &self.select {
            None => tables::pledge_tables_with(pledges, &options, self.threads),
            Some(select) => {
                let kept = aggregate::matching(pledges.iter().map(Borrow::borrow), select);
                tables::pledge_tables_with(&kept, &options, self.threads)
            }
        }
    }

    fn table_options(&self) -> TableOptions<'_> {
        TableOptions {
            convert: self.currency.map(|c| (&self.converter as _, c)),
            status: self.status.as_ref(),
            skip_pledgers: !self.pledgers,
        }
    }

    /// The tables of a file of pledges or of its bytes (a JSON array or JSON Lines, as the
    /// call's format says), on up to the call's `threads`: the tables
    /// [`PreparedTables::build`] makes of the same pledges. Without a filter, no [`Pledge`]
    /// is held per pledge ([`file::tables_path`]); with one, the pledges are read on the
    /// threads, then selected.
    ///
    /// Errors: `io_error`; `parse_error` for the first record that does not parse; those of
    /// [`PreparedTables::build`].
    pub fn build_input(&self, input: Input<'_>) -> Result<Tables> {
        let format = self.format.into();
        if self.select.is_none() {
            let options = self.table_options();
            return match input {
                Input::Path(path) => file::tables_path(path, format, &options, self.threads),
                Input::Bytes(bytes) => file::tables_records(bytes, format, &options, self.threads),
            };
        }
        let pledges = match input {
            Input::Path(path) => file::load(path, format, self.threads)?,
            Input::Bytes(bytes) => file::parse_records(bytes, format, self.threads)?,
        };
        self.build(&pledges)
    }

    /// The tables of a stream of pledges, piece by piece: `f` gets the tables of each run of
    /// up to `chunk` pledges of the input (before selection), in input order, and always at
    /// least once (with empty tables for an input without pledges), so that the pieces put
    /// together ([`Tables::append`]) are the tables [`PreparedTables::build`] makes of all the
    /// pledges. JSON Lines are read one line at a time ([`super::ParseCall::for_each_pledge`]):
    /// no more than `chunk` pledges are held, whatever the size of the input; a JSON array is
    /// parsed whole and its text dropped first. A `chunk` of 0 counts as 1.
    pub fn build_chunks<R: BufRead>(
        &self,
        reader: R,
        chunk: usize,
        mut f: impl FnMut(Tables) -> Result<()>,
    ) -> Result<()> {
        let chunk = chunk.max(1);
        let mut held: Vec<Pledge> = Vec::with_capacity(chunk.min(1 << 16));
        super::ParseCall {
            format: self.format,
            threads: None,
        }
        .for_each_pledge(reader, |pledge| {
            held.push(pledge);
            if held.len() >= chunk {
                let tables = self.build(&held)?;
                held.clear();
                f(tables)?;
            }
            Ok(())
        })?;
        f(self.build(&held)?)
    }

    /// The tables of a file of pledges (read as the call's format says):
    /// [`PreparedTables::build_input`] of the path.
    pub fn build_path(&self, path: impl AsRef<std::path::Path>) -> Result<Tables> {
        self.build_input(Input::Path(path.as_ref()))
    }
}
