//! The `pledgers` table: one scorecard row per pledging entity (lead or partner).
//!
//! An entity is identified as the summary counts distinct entities
//! ([`Entity::identity_key`](crate::model::Entity::identity_key): `id:ORG-1` when it has an
//! id, else `name:` its trimmed, lower-cased name `|` its headquarters), so over the pledges a
//! summary counts, the table has a row for each of the summary's `entities.count`. Rows are
//! in the order of that key.
//!
//! Columns, in order:
//!
//! - `entity_key` (the identity key), `entity_id`, `name`;
//! - `stakeholder_type`: the entity's stakeholder type; when its pledges disagree, every type
//!   given, joined with `;` in codelist order (the summary counts it under the first of them
//!   and lists it among `conflictingTypes`);
//! - `headquarters`, `headquarters_region` (its row of the summary's `pledgerRegion`
//!   breakdown);
//! - `first_pledge_id`: the smallest pledge id naming the entity; `name`, `entity_id` and the
//!   headquarters are as that pledge gives them (the summary keeps the headquarters of an
//!   id-keyed entity the same way);
//! - `pledges_as_lead`, `pledges_as_partner` (pledges naming it as a partner and not as the
//!   lead), `pledges_total` (their sum: distinct pledges naming it; an entity named twice in
//!   one pledge counts once);
//! - `pledges_led_with_value`: pledges it leads that state a financial value; `value_led`:
//!   the sum of those stated amounts (the pledge table's `amount`, not `counted_amount`), in
//!   `value_currency`. When the call converts, each amount is converted as the pledge table's
//!   `converted_amount` is and `value_currency` is the call's currency; a failed conversion
//!   makes `value_led` null (unknown, never a partial sum). Without conversion, `value_led` is
//!   given only when all those amounts are in one currency; amounts in several currencies are
//!   never added: `value_led` and `value_currency` are null. Null too when it leads no pledge
//!   with a value (then `pledges_led_with_value` is 0). A sum beyond a decimal's range is an
//!   `overflow` error;
//! - `pledges_reported`: its pledges with at least one progress report; `reporting_rate`:
//!   `pledges_reported / pledges_total` as a decimal rounded to 4 places, half to even (as the
//!   summary's shares; every row has at least one pledge, so it is never null);
//! - `meets_addresses_focus_areas`, `meets_transformational_change`,
//!   `meets_mobilizes_resources`, `meets_multiple_entities`, `meets_measurable`: how many of its
//!   pledges meet each strong-pledge criterion of [`crate::validate::assess`] (country-group
//!   membership, for a pledge without a date, as of the as-of date below);
//! - `validation_warnings`: the warnings of [`crate::validate::validate_pledge`] (the rules of
//!   one pledge; not the batch rules) on its pledges, summed over them, as of the call's
//!   as-of date (today's UTC date without one, as `validate` and `assess` take it).
//!
//! The rows cover the pledges of the other tables (every review state, after the call's
//! filters). A table of part of the pledges merges with the table of the rest
//! ([`PledgerScores::add_table`], used by [`super::Tables::append`]): counts add up, the
//! smaller first pledge id gives the name and headquarters, and the rate is computed again,
//! so tables built piece by piece merge into the table of all the pledges.

use std::borrow::Borrow;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::{Builder, ColumnData, Table, TableOptions};
use crate::model::Pledge;
use crate::taxonomy::{Codelist, StakeholderType};
use crate::validate::{Severity, ValidateOptions, CRITERIA};
use crate::{Error, Result};

/// The table's name.
pub const NAME: &str = "pledgers";

/// What is known of one entity.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Score {
    entity_id: Option<String>,
    name: String,
    /// Stakeholder type codes, a set.
    types: Vec<String>,
    headquarters: String,
    region: String,
    first_pledge: String,
    as_lead: u64,
    as_partner: u64,
    led_with_value: u64,
    /// `None` with `led_with_value > 0`: unknown (several currencies, a failed conversion).
    value: Option<Decimal>,
    currency: Option<String>,
    reported: u64,
    criteria: [u64; 5],
    warnings: u64,
}

fn add(a: u64, b: u64) -> Result<u64> {
    a.checked_add(b).ok_or_else(|| Error::Overflow {
        operation: "pledger count".into(),
    })
}

impl Score {
    /// Fold `later` (the same entity in other pledges) into this one.
    fn merge(&mut self, later: Score) -> Result<()> {
        for t in later.types {
            if !self.types.contains(&t) {
                self.types.push(t);
            }
        }
        if later.first_pledge < self.first_pledge {
            self.entity_id = later.entity_id;
            self.name = later.name;
            self.headquarters = later.headquarters;
            self.region = later.region;
            self.first_pledge = later.first_pledge;
        }
        self.as_lead = add(self.as_lead, later.as_lead)?;
        self.as_partner = add(self.as_partner, later.as_partner)?;
        self.reported = add(self.reported, later.reported)?;
        self.warnings = add(self.warnings, later.warnings)?;
        for (a, b) in self.criteria.iter_mut().zip(later.criteria) {
            *a = add(*a, b)?;
        }
        match (self.led_with_value, later.led_with_value) {
            (_, 0) => {}
            (0, _) => {
                self.value = later.value;
                self.currency = later.currency;
            }
            _ => {
                let same = self.currency == later.currency;
                self.value = match (self.value, later.value) {
                    (Some(a), Some(b)) if same => {
                        Some(a.checked_add(b).ok_or_else(|| Error::Overflow {
                            operation: format!("value led by `{}`", self.name),
                        })?)
                    }
                    _ => None,
                };
                if !same {
                    self.currency = None;
                }
            }
        }
        self.led_with_value = add(self.led_with_value, later.led_with_value)?;
        Ok(())
    }
}

/// Pledger scorecards being collected: from pledges ([`PledgerScores::add_pledges`]) or from
/// `pledgers` tables of parts of the pledges ([`PledgerScores::add_table`]); [`table`]
/// gives the table (see the module docs).
///
/// [`table`]: PledgerScores::table
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PledgerScores {
    rows: BTreeMap<String, Score>,
}

impl PledgerScores {
    /// No entity yet.
    pub fn new() -> PledgerScores {
        PledgerScores::default()
    }

    fn put(&mut self, key: String, score: Score) -> Result<()> {
        match self.rows.get_mut(&key) {
            Some(s) => s.merge(score),
            None => {
                self.rows.insert(key, score);
                Ok(())
            }
        }
    }

    /// Count `pledges` (with the conversion and as-of date of `options`).
    pub fn add_pledges<P: Borrow<Pledge>>(
        &mut self,
        pledges: &[P],
        options: &TableOptions<'_>,
    ) -> Result<()> {
        let validate = ValidateOptions {
            as_of: options.status.map(|s| s.as_of),
            ..ValidateOptions::default()
        };
        for p in pledges {
            self.add_pledge(p.borrow(), options, &validate)?;
        }
        Ok(())
    }

    fn add_pledge(
        &mut self,
        p: &Pledge,
        options: &TableOptions<'_>,
        validate: &ValidateOptions,
    ) -> Result<()> {
        let assessment = crate::validate::assess_as_of(p, validate.as_of_date());
        let mut criteria = [0u64; 5];
        for (n, code) in criteria.iter_mut().zip(CRITERIA) {
            *n = u64::from(
                assessment
                    .criteria
                    .iter()
                    .any(|c| c.criterion == code && c.met),
            );
        }
        let warnings = crate::validate::validate_pledge(p, validate)
            .issues
            .iter()
            .filter(|i| i.severity == Severity::Warning)
            .count();
        let warnings = u64::try_from(warnings).unwrap_or(u64::MAX);
        let reported = u64::from(!p.progress_reports.is_empty());
        // The lead's value: (1, amount or unknown, currency) or nothing.
        let (led_with_value, value, currency) = match p.financial_value.as_ref() {
            None => (0, None, None),
            Some(v) => match options.convert {
                None => (1, Some(v.amount), Some(v.currency.as_str().to_owned())),
                Some((converter, to)) => {
                    let c = super::convert_value(v, converter, to)
                        .ok()
                        .map(|c| c.amount);
                    (1, c, Some(to.as_str().to_owned()))
                }
            },
        };
        let lead_key = p.pledgers.lead.identity_key();
        let mut seen: Vec<String> = Vec::new();
        for (i, e) in p.pledgers.all().enumerate() {
            let key = e.identity_key();
            if seen.contains(&key) {
                continue;
            }
            let lead = i == 0;
            if !lead && key == lead_key {
                continue;
            }
            let mut score = Score {
                entity_id: e.id.clone(),
                name: e.name.clone(),
                types: vec![e.stakeholder_type.code().to_owned()],
                headquarters: e.headquarters.as_str().to_owned(),
                region: crate::aggregate::pledger_region(e.headquarters).to_owned(),
                first_pledge: p.id.clone(),
                as_lead: u64::from(lead),
                as_partner: u64::from(!lead),
                led_with_value: 0,
                value: None,
                currency: None,
                reported,
                criteria,
                warnings,
            };
            if lead {
                score.led_with_value = led_with_value;
                score.value = value;
                score.currency = currency.clone();
            }
            seen.push(key.clone());
            self.put(key, score)?;
        }
        Ok(())
    }

    /// Merge the rows of `table`, a `pledgers` table of other pledges (of the same call).
    ///
    /// Errors: `internal` when `table` is not a `pledgers` table; `overflow` when a count or
    /// a value goes beyond its range.
    pub fn add_table(&mut self, table: &Table) -> Result<()> {
        let text = |name: &str| -> Result<&Vec<Option<String>>> {
            match table.column(name).map(|c| &c.data) {
                Some(ColumnData::Text(v)) => Ok(v),
                _ => Err(bad(table, name)),
            }
        };
        let int = |name: &str| -> Result<&Vec<Option<i64>>> {
            match table.column(name).map(|c| &c.data) {
                Some(ColumnData::Integer(v)) => Ok(v),
                _ => Err(bad(table, name)),
            }
        };
        if table.name != NAME {
            return Err(bad(table, "name"));
        }
        let key = text("entity_key")?;
        let entity_id = text("entity_id")?;
        let name = text("name")?;
        let types = text("stakeholder_type")?;
        let hq = text("headquarters")?;
        let region = text("headquarters_region")?;
        let first = text("first_pledge_id")?;
        let as_lead = int("pledges_as_lead")?;
        let as_partner = int("pledges_as_partner")?;
        let led_with_value = int("pledges_led_with_value")?;
        let value = match table.column("value_led").map(|c| &c.data) {
            Some(ColumnData::Decimal(v)) => v,
            _ => return Err(bad(table, "value_led")),
        };
        let currency = text("value_currency")?;
        let reported = int("pledges_reported")?;
        let criteria = CRITERIA
            .iter()
            .map(|c| int(&format!("meets_{c}")))
            .collect::<Result<Vec<_>>>()?;
        let warnings = int("validation_warnings")?;
        let n = |v: &Vec<Option<i64>>, row: usize| -> u64 {
            v.get(row)
                .copied()
                .flatten()
                .and_then(|n| u64::try_from(n).ok())
                .unwrap_or(0)
        };
        let s = |v: &Vec<Option<String>>, row: usize| -> Option<String> {
            v.get(row).cloned().flatten()
        };
        for row in 0..table.len() {
            let mut met = [0u64; 5];
            for (m, c) in met.iter_mut().zip(&criteria) {
                *m = n(c, row);
            }
            let score = Score {
                entity_id: s(entity_id, row),
                name: s(name, row).unwrap_or_default(),
                types: s(types, row)
                    .map(|t| t.split(';').map(str::to_owned).collect())
                    .unwrap_or_default(),
                headquarters: s(hq, row).unwrap_or_default(),
                region: s(region, row).unwrap_or_default(),
                first_pledge: s(first, row).unwrap_or_default(),
                as_lead: n(as_lead, row),
                as_partner: n(as_partner, row),
                led_with_value: n(led_with_value, row),
                value: value.get(row).copied().flatten(),
                currency: s(currency, row),
                reported: n(reported, row),
                criteria: met,
                warnings: n(warnings, row),
            };
            self.put(s(key, row).unwrap_or_default(), score)?;
        }
        Ok(())
    }

    /// Merge `later` (the scores of other pledges).
    pub fn append(&mut self, later: PledgerScores) -> Result<()> {
        for (key, score) in later.rows {
            self.put(key, score)?;
        }
        Ok(())
    }

    /// The number of entities.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether no entity was seen.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The `pledgers` table, one row per entity in the order of its key.
    pub fn table(&self) -> Table {
        let n = self.rows.len();
        let mut key = Vec::with_capacity(n);
        let mut entity_id = Vec::with_capacity(n);
        let mut name = Vec::with_capacity(n);
        let mut types = Vec::with_capacity(n);
        let mut hq = Vec::with_capacity(n);
        let mut region = Vec::with_capacity(n);
        let mut first = Vec::with_capacity(n);
        let mut as_lead = Vec::with_capacity(n);
        let mut as_partner = Vec::with_capacity(n);
        let mut total = Vec::with_capacity(n);
        let mut led_with_value = Vec::with_capacity(n);
        let mut value = Vec::with_capacity(n);
        let mut currency = Vec::with_capacity(n);
        let mut reported = Vec::with_capacity(n);
        let mut rate = Vec::with_capacity(n);
        let mut criteria: [Vec<Option<i64>>; 5] = Default::default();
        let mut warnings = Vec::with_capacity(n);
        let int = |n: u64| i64::try_from(n).ok();
        for (k, s) in &self.rows {
            key.push(Some(k.clone()));
            entity_id.push(s.entity_id.clone());
            name.push(Some(s.name.clone()));
            let joined: Vec<&str> = StakeholderType::all()
                .iter()
                .map(|t| t.code())
                .filter(|c| s.types.iter().any(|t| t == c))
                .chain(
                    s.types
                        .iter()
                        .map(String::as_str)
                        .filter(|t| StakeholderType::from_code(t).is_none()),
                )
                .collect();
            types.push((!joined.is_empty()).then(|| joined.join(";")));
            hq.push(Some(s.headquarters.clone()));
            region.push(Some(s.region.clone()));
            first.push(Some(s.first_pledge.clone()));
            as_lead.push(int(s.as_lead));
            as_partner.push(int(s.as_partner));
            let all = s.as_lead.saturating_add(s.as_partner);
            total.push(int(all));
            led_with_value.push(int(s.led_with_value));
            let known = s.led_with_value > 0;
            value.push(s.value.filter(|_| known));
            currency.push(s.currency.clone().filter(|_| known));
            reported.push(int(s.reported));
            rate.push((all > 0).then(|| crate::money::exact::count_ratio(s.reported, all)));
            for (col, m) in criteria.iter_mut().zip(s.criteria) {
                col.push(int(m));
            }
            warnings.push(int(s.warnings));
        }
        let mut b = Builder::new(NAME)
            .text("entity_key", key)
            .text("entity_id", entity_id)
            .text("name", name)
            .text("stakeholder_type", types)
            .text("headquarters", hq)
            .text("headquarters_region", region)
            .text("first_pledge_id", first)
            .col("pledges_as_lead", ColumnData::Integer(as_lead))
            .col("pledges_as_partner", ColumnData::Integer(as_partner))
            .col("pledges_total", ColumnData::Integer(total))
            .col(
                "pledges_led_with_value",
                ColumnData::Integer(led_with_value),
            )
            .col("value_led", ColumnData::Decimal(value))
            .text("value_currency", currency)
            .col("pledges_reported", ColumnData::Integer(reported))
            .col("reporting_rate", ColumnData::Decimal(rate));
        for (code, col) in CRITERIA.iter().zip(criteria) {
            b = b.col(&format!("meets_{code}"), ColumnData::Integer(col));
        }
        b.col("validation_warnings", ColumnData::Integer(warnings))
            .build()
    }
}

fn bad(table: &Table, what: &str) -> Error {
    Error::Internal(format!(
        "merging table `{}` as a pledgers table: no column `{what}` of the expected type",
        table.name
    ))
}

/// The `pledgers` table of `pledges` (see the module docs).
pub fn pledger_table<P: Borrow<Pledge>>(
    pledges: &[P],
    options: &TableOptions<'_>,
) -> Result<Table> {
    let mut scores = PledgerScores::new();
    scores.add_pledges(pledges, options)?;
    Ok(scores.table())
}

/// Merge the pledgers table `later` into `table` (both `pledgers` tables).
pub(super) fn merge(table: &mut Table, later: &Table) -> Result<()> {
    let mut scores = PledgerScores::new();
    scores.add_table(table)?;
    scores.add_table(later)?;
    *table = scores.table();
    Ok(())
}
