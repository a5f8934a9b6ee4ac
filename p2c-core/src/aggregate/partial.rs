//! Partial summaries as bytes: what a [`SummaryAccumulator`] holds, written so that another
//! process or machine can merge it.
//!
//! # Format (version 2: version 1 had no related ids)
//!
//! ```text
//! "P2C-PARTIAL\n"                 12 bytes, the magic
//! format version                   u32, little-endian (2)
//! header length                    u64, little-endian
//! header                           JSON (self-describing: p2c version, the options the
//!                                  figures depend on, the related ids, every count and sum, breakdown rows,
//!                                  the sizes of the sections that follow)
//! sections                         the sorted runs (ids, excluded, included invalid,
//!                                  undated, entities, reporting leads, overdue) and the
//!                                  held pledges' JSON, one after another
//! SHA-256                          32 bytes, of everything before it
//! ```
//!
//! Reading checks the magic, the version, the checksum (so a truncated or damaged partial is
//! an `invalid_partial` error, never a wrong total), that the options it was computed with
//! are the caller's (else `partial_mismatch`, naming the first difference), and that every
//! section decodes. The checksum detects damage, not a forger: a partial is trusted data, as
//! the file it came from is.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::breakdown::{BreakdownAcc, DIMENSIONS};
use super::delivery::DeliveryAcc;
use super::entities::EntityAcc;
use super::reporting::ReportingAcc;
use super::runs::{Run, Runs};
use super::series::SeriesAcc;
use super::status::StatusAcc;
use super::stream::{ExcludedEntry, Held, SummaryAccumulator};
use super::{Derivations, Filters, NotCounted, SummaryOptions, Unconverted};
use crate::taxonomy::{Challenge, Codelist, Solution, StakeholderType};
use crate::{Error, Result};

const MAGIC: &[u8; 12] = b"P2C-PARTIAL\n";
const VERSION: u32 = 2;
const CHECKSUM: usize = 32;

/// What the figures of a summary depend on, besides its pledges: two partials merge only
/// when these are equal. The thread count is not among them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Descriptor {
    as_of: chrono::NaiveDate,
    currency: String,
    /// The rate table's content hash.
    rates: String,
    rate_policy: String,
    attribution: super::Attribution,
    region_mode: super::RegionMode,
    filters: Filters,
    invalid: super::InvalidPolicy,
    validate: bool,
    /// SHA-256 of the caller's invalid-pledge list as JSON (it may be long).
    invalid_pledges: String,
    report_interval_days: u32,
    report_grace_days: u32,
    inactive_after_years: u32,
    goal: String,
}

impl Descriptor {
    fn of(o: &SummaryOptions) -> Descriptor {
        let prov = o.converter.provenance();
        let list = serde_json::to_vec(&o.invalid_pledges).unwrap_or_default();
        Descriptor {
            as_of: o.as_of,
            currency: o.currency.as_str().to_owned(),
            rates: prov.table_id,
            rate_policy: prov.policy,
            attribution: o.attribution,
            region_mode: o.region_mode,
            filters: o.filters.clone(),
            invalid: o.invalid,
            validate: o.validate,
            invalid_pledges: hex(&Sha256::digest(&list)),
            report_interval_days: o.report_interval_days,
            report_grace_days: o.report_grace_days,
            inactive_after_years: o.inactive_after_years,
            goal: format!("{} {}", o.goal.amount, o.goal.currency),
        }
    }

    /// The first field that differs, with both values as compact JSON.
    fn first_difference(&self, other: &Descriptor) -> Option<(String, String, String)> {
        let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
            (serde_json::to_value(self), serde_json::to_value(other))
        else {
            return Some(("options".into(), "?".into(), "?".into()));
        };
        for (field, va) in &a {
            let vb = b.get(field).cloned().unwrap_or_default();
            if *va != vb {
                let show = |v: &serde_json::Value| match v {
                    serde_json::Value::String(s) => s.clone(),
                    v => v.to_string(),
                };
                return Some((field.clone(), show(va), show(&vb)));
            }
        }
        None
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `Ok` when partials computed with `ours` and `theirs` can be merged, else the first
/// difference as `partial_mismatch`.
pub(super) fn check_same(ours: &SummaryOptions, theirs: &SummaryOptions) -> Result<()> {
    match Descriptor::of(ours).first_difference(&Descriptor::of(theirs)) {
        None => Ok(()),
        Some((field, ours, theirs)) => Err(Error::PartialMismatch {
            field,
            ours,
            theirs,
        }),
    }
}

/// A run's place in the sections.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RunInfo {
    count: usize,
    bytes: usize,
}

/// One breakdown's running rows.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct BreakdownState {
    dimension: super::Dimension,
    /// (pledges, value) of each seeded row, in display order.
    seeded: Vec<(u64, String)>,
    /// (key, label, pledges, value) of the other rows, by key.
    rows: Vec<(String, String, u64, String)>,
    share_fallbacks: u64,
}

/// The header: everything but the runs and the held pledges.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Header {
    /// `p2c-partial-summary`.
    kind: String,
    p2c_version: String,
    options: Descriptor,
    /// The ids relations name in the whole input, sorted ([`SummaryAccumulator::with_related`]):
    /// partials merge only when they were told the same ones.
    related: Vec<String>,
    pledge_count: u64,
    filtered_out: u64,
    total: String,
    pledges_counted: u64,
    floors: u64,
    converted: u64,
    not_counted: Vec<NotCounted>,
    unconverted: Vec<Unconverted>,
    derivations: Derivations,
    rejected: Vec<String>,
    /// The stage and message of the first overflow, if any.
    overflow: Option<(u8, String)>,
    /// The smallest id pushed twice so far, if any.
    repeated_id: Option<String>,
    delivery: (u64, String, String),
    breakdowns: Vec<BreakdownState>,
    reporting: ReportingState,
    /// The yearly series: (year or `unknown`, pledges, value) rows.
    series: Vec<(String, u64, String)>,
    /// The first overflow of the yearly series, if any.
    series_overflow: Option<String>,
    /// The held pledges' invalid codes (`None`: valid), their JSON in the sections.
    held: Vec<(usize, Option<Vec<String>>)>,
    /// Section name → its runs, in the order the bytes follow.
    sections: Vec<(String, Vec<RunInfo>)>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ReportingState {
    reports: u64,
    reported: u64,
    by_type: BTreeMap<String, u64>,
    challenges: BTreeMap<String, u64>,
    solutions: BTreeMap<String, u64>,
    ended_with_reports: u64,
    undetermined: u64,
    /// Pledges by reporting status, in `ReportingStatus::ALL` order.
    status_pledges: [u64; 7],
    /// Their values, in the same order.
    status_values: [String; 7],
    /// The first overflow of the status values, if any.
    status_overflow: Option<String>,
}

fn codes<C: Codelist + Ord>(m: &BTreeMap<C, u64>) -> BTreeMap<String, u64> {
    m.iter().map(|(k, v)| (k.code().to_owned(), *v)).collect()
}

fn uncodes<C: Codelist + Ord>(m: BTreeMap<String, u64>) -> Result<BTreeMap<C, u64>> {
    m.into_iter()
        .map(|(k, v)| match C::from_code(&k) {
            Some(c) => Ok((c, v)),
            None => Err(invalid(format!("unknown code `{k}`"))),
        })
        .collect()
}

fn invalid(reason: impl Into<String>) -> Error {
    Error::InvalidPartial {
        reason: reason.into(),
    }
}

fn status_values(values: &[String; 7]) -> Result<[Decimal; 7]> {
    let mut out = [Decimal::ZERO; 7];
    for (o, v) in out.iter_mut().zip(values) {
        *o = decimal(v)?;
    }
    Ok(out)
}

fn decimal(s: &str) -> Result<Decimal> {
    crate::model::decimal::parse_decimal(s).ok_or_else(|| invalid(format!("bad decimal `{s}`")))
}

/// The section names, in order.
const SECTIONS: [&str; 7] = [
    "ids",
    "excluded",
    "includedInvalid",
    "undated",
    "entities",
    "reportingLeads",
    "overdue",
];

impl SummaryAccumulator {
    /// The accumulator as bytes, for [`SummaryAccumulator::from_bytes`] in another process
    /// or on another machine (see the module docs of `aggregate::stream` for what merges).
    /// Takes `&mut self` only to write out buffered records; the figures do not change.
    pub fn to_bytes(&mut self) -> Result<Vec<u8>> {
        let mut body: Vec<u8> = Vec::new();
        let mut sections: Vec<(String, Vec<RunInfo>)> = Vec::new();
        let mut put = |name: &str, runs: &[Run], body: &mut Vec<u8>| {
            let mut infos = Vec::with_capacity(runs.len());
            for r in runs {
                infos.push(RunInfo {
                    count: r.count,
                    bytes: r.bytes.len(),
                });
                body.extend_from_slice(&r.bytes);
            }
            sections.push((name.to_owned(), infos));
        };
        put(SECTIONS[0], self.ids.runs(), &mut body);
        put(SECTIONS[1], self.excluded.runs(), &mut body);
        put(SECTIONS[2], self.included_invalid.runs(), &mut body);
        put(SECTIONS[3], self.undated.runs(), &mut body);
        put(SECTIONS[4], self.entities.runs(), &mut body);
        put(SECTIONS[5], self.reporting.leads.runs(), &mut body);
        put(SECTIONS[6], self.reporting.overdue.runs(), &mut body);
        let mut held = Vec::with_capacity(self.held.len());
        for h in &self.held {
            held.push((h.json.len(), h.invalid.clone()));
            body.extend_from_slice(&h.json);
        }
        let breakdowns = self
            .breakdowns
            .iter()
            .zip(DIMENSIONS)
            .map(|(b, dimension)| {
                let (seeded, rows, share_fallbacks) = b.state()?;
                Ok(BreakdownState {
                    dimension,
                    seeded: seeded
                        .into_iter()
                        .map(|(n, v)| (n, v.to_string()))
                        .collect(),
                    rows: rows
                        .into_iter()
                        .map(|(k, l, n, v)| (k, l, n, v.to_string()))
                        .collect(),
                    share_fallbacks,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let r = &self.reporting;
        let header = Header {
            kind: "p2c-partial-summary".into(),
            p2c_version: env!("CARGO_PKG_VERSION").into(),
            options: Descriptor::of(&self.options),
            related: self.related_sorted(),
            pledge_count: self.pledge_count,
            filtered_out: self.filtered_out,
            total: self.total.to_string(),
            pledges_counted: self.pledges_counted,
            floors: self.floors,
            converted: self.converted,
            not_counted: self.not_counted.clone(),
            unconverted: self.unconverted.clone(),
            derivations: self.derivations.clone(),
            rejected: self.rejected.clone(),
            overflow: self.overflow.as_ref().map(|(s, e)| match e {
                Error::Overflow { operation } => (*s, operation.clone()),
                other => (*s, other.to_string()),
            }),
            repeated_id: self
                .ids
                .smallest_repeat()
                .map(|r| String::from_utf8_lossy(r).into_owned()),
            delivery: (
                self.delivery.pledges,
                self.delivery.delivered.to_string(),
                self.delivery.pledged.to_string(),
            ),
            breakdowns,
            reporting: ReportingState {
                reports: r.reports,
                reported: r.reported,
                by_type: codes(&r.by_type),
                challenges: codes(&r.challenges),
                solutions: codes(&r.solutions),
                ended_with_reports: r.ended_with_reports,
                undetermined: r.undetermined,
                status_pledges: r.status.pledges,
                status_values: r.status.values.map(|v| v.to_string()),
                status_overflow: r.status.overflow.clone(),
            },
            series: self.series.state(),
            series_overflow: self.series.overflow.clone(),
            held,
            sections,
        };
        let header = serde_json::to_vec(&header).map_err(|e| Error::Internal(e.to_string()))?;
        let mut out = Vec::with_capacity(
            MAGIC
                .len()
                .saturating_add(12)
                .saturating_add(header.len())
                .saturating_add(body.len())
                .saturating_add(CHECKSUM),
        );
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(
            &u64::try_from(header.len())
                .unwrap_or(u64::MAX)
                .to_le_bytes(),
        );
        out.extend_from_slice(&header);
        drop(header);
        out.extend_from_slice(&body);
        drop(body);
        let sum = Sha256::digest(&out);
        out.extend_from_slice(&sum);
        Ok(out)
    }

    /// A partial summary read back from [`SummaryAccumulator::to_bytes`], to be merged or
    /// finished with `options` (which hold the converter: a rate table travels as its hash).
    ///
    /// Errors: `invalid_partial` when the bytes are not a partial summary, are truncated,
    /// damaged or altered (checksum), or do not decode; `partial_mismatch` when they were
    /// written by another p2c version or computed with other options than `options` (as-of
    /// date, currency, rate table or policy, attribution, filters, …), naming the first
    /// difference.
    pub fn from_bytes(bytes: &[u8], options: &SummaryOptions) -> Result<SummaryAccumulator> {
        let min = MAGIC.len().saturating_add(12).saturating_add(CHECKSUM);
        if bytes.len() < min || !bytes.starts_with(MAGIC) {
            return Err(invalid("not a p2c partial summary"));
        }
        let (content, sum) = bytes.split_at(bytes.len().saturating_sub(CHECKSUM));
        if Sha256::digest(content).as_slice() != sum {
            return Err(invalid(
                "the checksum does not match: the partial is truncated, damaged or altered",
            ));
        }
        let rest = content.get(MAGIC.len()..).unwrap_or_default();
        let (version, rest) = rest
            .split_at_checked(4)
            .ok_or_else(|| invalid("too short"))?;
        let version = u32::from_le_bytes(version.try_into().map_err(|_| invalid("too short"))?);
        if version != VERSION {
            return Err(Error::PartialMismatch {
                field: "formatVersion".into(),
                ours: VERSION.to_string(),
                theirs: version.to_string(),
            });
        }
        let (len, rest) = rest
            .split_at_checked(8)
            .ok_or_else(|| invalid("too short"))?;
        let len = u64::from_le_bytes(len.try_into().map_err(|_| invalid("too short"))?);
        let len = usize::try_from(len).map_err(|_| invalid("header too long"))?;
        let (header, mut body) = rest
            .split_at_checked(len)
            .ok_or_else(|| invalid("the header is cut short"))?;
        let header: Header = serde_json::from_slice(header)
            .map_err(|e| invalid(format!("the header does not decode: {e}")))?;
        if header.kind != "p2c-partial-summary" {
            return Err(invalid("not a p2c partial summary"));
        }
        if header.p2c_version != env!("CARGO_PKG_VERSION") {
            return Err(Error::PartialMismatch {
                field: "p2cVersion".into(),
                ours: env!("CARGO_PKG_VERSION").into(),
                theirs: header.p2c_version,
            });
        }
        if let Some((field, ours, theirs)) =
            Descriptor::of(options).first_difference(&header.options)
        {
            return Err(Error::PartialMismatch {
                field,
                ours,
                theirs,
            });
        }
        let names: Vec<&str> = header.sections.iter().map(|(n, _)| n.as_str()).collect();
        if names != SECTIONS {
            return Err(invalid("unexpected sections"));
        }
        let mut take = |n: usize| -> Result<&[u8]> {
            let (head, tail) = body
                .split_at_checked(n)
                .ok_or_else(|| invalid("a section is cut short"))?;
            body = tail;
            Ok(head)
        };
        let mut sections: Vec<Vec<Run>> = Vec::with_capacity(SECTIONS.len());
        for (_, infos) in &header.sections {
            let mut runs = Vec::with_capacity(infos.len());
            for info in infos {
                runs.push(Run {
                    bytes: take(info.bytes)?.to_vec(),
                    count: info.count,
                });
            }
            sections.push(runs);
        }
        let mut held = Vec::with_capacity(header.held.len());
        for (n, codes) in &header.held {
            held.push(Held {
                json: take(*n)?.into(),
                invalid: codes.clone(),
            });
        }
        if !body.is_empty() {
            return Err(invalid("bytes after the last section"));
        }
        let mut sections = sections.into_iter();
        let mut next = || sections.next().unwrap_or_default();
        let repeat = header.repeated_id.map(String::into_bytes);
        let ids = Runs::from_runs(next(), true, repeat)?;
        let excluded: Runs<ExcludedEntry> = Runs::from_runs(next(), false, None)?;
        let included_invalid = Runs::from_runs(next(), false, None)?;
        let undated = Runs::from_runs(next(), false, None)?;
        let entities = EntityAcc::from_runs(next())?;
        let leads = Runs::from_runs(next(), false, None)?;
        let overdue = Runs::from_runs(next(), false, None)?;

        if header.breakdowns.len() != DIMENSIONS.len() {
            return Err(invalid("wrong number of breakdowns"));
        }
        let breakdowns = header
            .breakdowns
            .into_iter()
            .zip(DIMENSIONS)
            .map(|(b, dim)| {
                if b.dimension != dim {
                    return Err(invalid("breakdowns out of order"));
                }
                let seeded = b
                    .seeded
                    .iter()
                    .map(|(n, v)| Ok((*n, decimal(v)?)))
                    .collect::<Result<Vec<_>>>()?;
                let rows = b
                    .rows
                    .into_iter()
                    .map(|(k, l, n, v)| Ok((k, l, n, decimal(&v)?)))
                    .collect::<Result<Vec<_>>>()?;
                BreakdownAcc::from_state(dim, options, seeded, rows, b.share_fallbacks)
            })
            .collect::<Result<Vec<_>>>()?;
        let rs = header.reporting;
        let reporting = ReportingAcc {
            reports: rs.reports,
            reported: rs.reported,
            leads,
            by_type: uncodes::<StakeholderType>(rs.by_type)?,
            challenges: uncodes::<Challenge>(rs.challenges)?,
            solutions: uncodes::<Solution>(rs.solutions)?,
            ended_with_reports: rs.ended_with_reports,
            overdue,
            undetermined: rs.undetermined,
            status: StatusAcc {
                pledges: rs.status_pledges,
                values: status_values(&rs.status_values)?,
                overflow: rs.status_overflow,
            },
        };
        let (dp, delivered, pledged) = header.delivery;
        let mut acc = SummaryAccumulator::new(options.clone())
            .with_related(header.related.iter().cloned().collect());
        acc.ids = ids;
        acc.rejected = header.rejected;
        acc.held = held;
        acc.excluded = excluded;
        acc.included_invalid = included_invalid;
        acc.undated = undated;
        acc.filtered_out = header.filtered_out;
        acc.pledge_count = header.pledge_count;
        acc.total = decimal(&header.total)?;
        acc.pledges_counted = header.pledges_counted;
        acc.floors = header.floors;
        acc.converted = header.converted;
        acc.not_counted = header.not_counted;
        acc.unconverted = header.unconverted;
        acc.derivations = header.derivations;
        acc.delivery = DeliveryAcc {
            pledges: dp,
            delivered: decimal(&delivered)?,
            pledged: decimal(&pledged)?,
        };
        acc.breakdowns = breakdowns;
        acc.entities = entities;
        acc.reporting = reporting;
        acc.series = SeriesAcc::from_state(header.series, header.series_overflow, decimal)?;
        acc.overflow = header
            .overflow
            .map(|(stage, operation)| (stage, Error::Overflow { operation }));
        Ok(acc)
    }
}
