//! The figures of an annual progress report as of a date, each with the definition it was
//! computed by ([`annual_report`]).
//!
//! Three summaries of the same pledges with the same options give every figure:
//! - **now**: the summary as of the report's date *D* (the as-of rule of the module docs);
//! - **a year earlier**: the summary as of *D* minus one year (29 February gives 28
//!   February), compared with *now* by [`compare`](super::compare) for the growth figures;
//! - **new in the year**: the summary as of *D* of the pledges new between the day after the
//!   year-earlier date and *D*, both included ([`Filters::new_between`](super::Filters)): a
//!   pledge validated (else submitted, else announced) in that window. Pledges whose date
//!   cannot tell are listed in [`AnnualReport::undetermined`] and counted in no new figure.
//!
//! Every figure has a stable `id` (`headline.pledges`, `new.byPledgeType.programmatic.share`,
//! `sdg.top.1`), the summary it comes from (`basis`), the row it reads (`key`), a `unit`, a
//! `value` (`null` when it has no base, such as a share of zero pledges or a percent change
//! from zero) and a `definition`: the sentence saying which pledges count and how, so that an
//! analyst can put the figure beside a published one and see why they agree or differ.
//!
//! Shares are fractions rounded to 4 decimal places (half to even), as in summaries; percent
//! changes are those of [`compare`](super::compare) (2 places, half away from zero).

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::{
    compare, summarize_refs, Attribution, Breakdown, Change, Dimension, RateProvenance, Summary,
    SummaryOptions, UNSPECIFIED,
};
use crate::model::{CurrencyCode, Pledge};
use crate::money::exact::count_ratio;
use crate::{Error, Result};

/// How many SDGs the "top SDGs" figures name.
pub const TOP_SDGS: usize = 3;

/// Which summary a figure is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The summary as of the report's date.
    Now,
    /// The summary as of one year before it.
    YearEarlier,
    /// The comparison of the two.
    Growth,
    /// The summary of the pledges new in the year to the report's date.
    NewInYear,
}

/// What a figure's value counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Pledges.
    Pledges,
    /// Distinct pledging entities.
    Entities,
    /// Distinct countries.
    Countries,
    /// Money in the report's currency.
    Money,
    /// A fraction of a whole (0.31 is 31 %), rounded to 4 decimal places.
    Share,
    /// A percent change (55.00 is +55 %), rounded to 2 decimal places.
    Percent,
}

/// One figure of the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    /// # Id
    ///
    /// Stable identifier (`headline.value`, `groups.ldc.share`).
    pub id: String,
    /// # Basis
    ///
    /// The summary the figure is read from.
    pub basis: Basis,
    /// # Key
    ///
    /// The breakdown row the figure reads (an SDG number, a region, an event code), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// # Unit
    pub unit: Unit,
    /// # Value
    ///
    /// The figure; `null` when it has no base (a share of nothing, a change from zero).
    #[serde(with = "crate::model::decimal::option")]
    #[schemars(with = "Option<crate::model::decimal::DecimalString>")]
    pub value: Option<Decimal>,
    /// # Definition
    ///
    /// How the figure was computed: which pledges count, by which date rule, from which row.
    pub definition: String,
}

/// The figures of an annual progress report as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct AnnualReport {
    /// # As of
    ///
    /// The report's date.
    pub as_of: NaiveDate,
    /// # A year earlier
    ///
    /// The date of the year-earlier summary the growth figures compare with.
    pub year_earlier: NaiveDate,
    /// # New from
    ///
    /// First day (included) of the window of the `new.*` figures: the day after `yearEarlier`.
    pub new_from: NaiveDate,
    /// # New to
    ///
    /// Last day (included) of the window of the `new.*` figures: the report's date.
    pub new_to: NaiveDate,
    /// # Currency
    pub currency: CurrencyCode,
    /// # Attribution
    ///
    /// How multi-valued rows share a pledge's value (full: each row the whole value, rows
    /// overlap).
    pub attribution: Attribution,
    /// # Rates
    ///
    /// The rate table, policy and sources of every conversion.
    pub rates: RateProvenance,
    /// # Figures
    pub figures: Vec<Figure>,
    /// # Undetermined
    ///
    /// Pledges counted now whose newness in the window cannot be told (no validation,
    /// submission or announcement date, or one known only to a month or a year across an end
    /// of the window): in no `new.*` figure.
    pub undetermined: Vec<String>,
    /// # Notes
    ///
    /// The rules of the summary as of the report's date, in English.
    pub notes: Vec<String>,
}

impl AnnualReport {
    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }
}

/// The figures of an annual progress report of `pledges` as of `options.as_of` (see the
/// module docs of `annual.rs` for the three summaries and the ids).
///
/// `options.filters.new_between` must be unset: the report sets the window itself.
///
/// Errors: those of [`summarize`](super::summarize); `invalid_argument` when the options
/// carry a new-between window or the year-earlier date is out of range.
pub fn annual_report<'a>(
    pledges: impl IntoIterator<Item = &'a Pledge>,
    options: &SummaryOptions,
) -> Result<AnnualReport> {
    if options.filters.new_between.is_some() {
        return Err(Error::InvalidArgument {
            pointer: "/filters/newBetween".into(),
            message: "an annual report sets its own new-between window (the year to its as-of date); leave `newBetween` out".into(),
            suggestion: None,
        });
    }
    let as_of = options.as_of;
    let out_of_range = || Error::InvalidArgument {
        pointer: "/asOf".into(),
        message: format!("no year-earlier date for `{as_of}`"),
        suggestion: None,
    };
    let year_earlier = as_of
        .checked_sub_months(Months::new(12))
        .ok_or_else(out_of_range)?;
    let window = (year_earlier.succ_opt().ok_or_else(out_of_range)?, as_of);

    let pledges: Vec<&Pledge> = pledges.into_iter().collect();
    let now = summarize_refs(pledges.iter().copied(), options)?;
    let mut earlier_options = options.clone();
    earlier_options.as_of = year_earlier;
    let earlier = summarize_refs(pledges.iter().copied(), &earlier_options)?;
    let mut new_options = options.clone();
    new_options.filters.new_between = Some(window);
    let new = summarize_refs(pledges.iter().copied(), &new_options)?;
    let growth = compare(&earlier, &now)?;

    let undetermined: Vec<String> = new
        .excluded
        .iter()
        .filter(|e| e.reason == super::select::NEWNESS_UNDETERMINED)
        .map(|e| e.id.clone())
        .collect();

    let mut b = Builder {
        figures: Vec::new(),
        cur: options.currency.as_str().to_owned(),
        as_of,
        year_earlier,
        window,
        attribution: options.attribution,
    };
    b.headline(&now);
    b.growth(&earlier, &growth.headline);
    b.new_in_year(&new, undetermined.len());
    b.sdgs(&now);
    b.pledger_origin(&now);
    b.groups(&now);
    b.women(&now, &new);
    b.reporting(&now);
    b.events(&now);

    Ok(AnnualReport {
        as_of,
        year_earlier,
        new_from: window.0,
        new_to: window.1,
        currency: options.currency,
        attribution: options.attribution,
        rates: now.rates.clone(),
        figures: b.figures,
        undetermined,
        notes: now.notes,
    })
}

/// A share with no base is `None`, not 0.
fn share(n: u64, of: u64) -> Option<Decimal> {
    (of > 0).then(|| count_ratio(n, of))
}

fn money_share(n: Decimal, of: Decimal) -> Option<Decimal> {
    (!of.is_zero()).then(|| crate::money::exact::ratio(n, of))
}

fn breakdown(s: &Summary, d: Dimension) -> Option<&Breakdown> {
    s.breakdowns.iter().find(|b| b.dimension == d)
}

fn rows_of(s: &Summary, d: Dimension) -> &[super::BreakdownRow] {
    breakdown(s, d).map_or(&[], |b| b.rows.as_slice())
}

struct Builder {
    figures: Vec<Figure>,
    cur: String,
    as_of: NaiveDate,
    year_earlier: NaiveDate,
    window: (NaiveDate, NaiveDate),
    attribution: Attribution,
}

impl Builder {
    fn push(
        &mut self,
        id: String,
        basis: Basis,
        key: Option<&str>,
        unit: Unit,
        value: Option<Decimal>,
        definition: String,
    ) {
        self.figures.push(Figure {
            id,
            basis,
            key: key.map(str::to_owned),
            unit,
            value,
            definition,
        });
    }

    fn counted(&self, date: NaiveDate) -> String {
        format!("published pledges that passed validation, known on or before {date} (validated, else submitted, else announced, else valued; a month or a year from its last day), not superseded")
    }

    fn new_rule(&self) -> String {
        let (from, to) = self.window;
        format!("pledges counted as of {to} that became new between {from} and {to}, both days included, by their validation date, else submission date, else announcement date (pledges whose date cannot tell are listed as undetermined and in no new figure)")
    }

    fn value_rule(&self) -> String {
        format!("the sum of their counted values in {}, each converted at its value date by the summary's rate policy (ranges at their lower end, yearly amounts times their years, part_of and same_funds_as money once)", self.cur)
    }

    fn row_value_rule(&self) -> &'static str {
        match self.attribution {
            Attribution::Full => "the whole value of each pledge in the row (full attribution: a pledge in several rows counts in each)",
            Attribution::EqualSplit => "each pledge's value split equally over its rows (equal split attribution)",
            Attribution::DeclaredShares => "each pledge's value split by its declared shares, else equally (declared shares attribution)",
        }
    }

    fn headline(&mut self, now: &Summary) {
        let counted = self.counted(self.as_of);
        self.push(
            "headline.pledges".into(),
            Basis::Now,
            None,
            Unit::Pledges,
            Some(now.pledge_count.into()),
            counted.clone(),
        );
        let value_rule = self.value_rule();
        self.push(
            "headline.value".into(),
            Basis::Now,
            None,
            Unit::Money,
            Some(now.value.total),
            format!("{value_rule}, over the {counted}"),
        );
        self.push(
            "headline.entities".into(),
            Basis::Now,
            None,
            Unit::Entities,
            Some(now.entities.count.into()),
            format!("distinct pledging entities (leads and partners, each once) of the {counted}"),
        );
        self.push(
            "headline.pledgerCountries".into(),
            Basis::Now,
            None,
            Unit::Countries,
            Some(now.pledger_countries.count.into()),
            format!("distinct countries where the pledging entities have their headquarters (entities with no home country or an unknown one in none), over the {counted}"),
        );
        let implementation = u64::try_from(
            rows_of(now, Dimension::Country)
                .iter()
                .filter(|r| r.key != UNSPECIFIED && r.pledges > 0)
                .count(),
        )
        .unwrap_or(u64::MAX);
        self.push(
            "headline.implementationCountries".into(),
            Basis::Now,
            None,
            Unit::Countries,
            Some(implementation.into()),
            format!("distinct countries named as places of implementation (a region or group named without its countries adds none), over the {counted}"),
        );
    }

    fn growth(&mut self, earlier: &Summary, h: &super::HeadlineChanges) {
        let counted = self.counted(self.year_earlier);
        let rows: [(&str, Unit, Option<Decimal>, &Change); 4] = [
            (
                "pledges",
                Unit::Pledges,
                Some(earlier.pledge_count.into()),
                &h.pledge_count,
            ),
            ("value", Unit::Money, Some(earlier.value.total), &h.value),
            (
                "entities",
                Unit::Entities,
                Some(earlier.entities.count.into()),
                &h.entities,
            ),
            (
                "pledgerCountries",
                Unit::Countries,
                Some(earlier.pledger_countries.count.into()),
                &h.pledger_countries,
            ),
        ];
        for (name, unit, value, change) in rows {
            self.push(
                format!("yearEarlier.{name}"),
                Basis::YearEarlier,
                None,
                unit,
                value,
                format!(
                    "headline.{name} with the same rules as of {}: {counted}",
                    self.year_earlier
                ),
            );
            self.push(
                format!("growth.{name}"),
                Basis::Growth,
                None,
                Unit::Percent,
                change.percent,
                format!("percent change of headline.{name} from {} to {}: (now - year earlier) / year earlier * 100, rounded once to 2 places half away from zero; null when the year-earlier figure is 0", self.year_earlier, self.as_of),
            );
        }
    }

    fn new_in_year(&mut self, new: &Summary, undetermined: usize) {
        let rule = self.new_rule();
        let value_rule = self.value_rule();
        self.push(
            "new.pledges".into(),
            Basis::NewInYear,
            None,
            Unit::Pledges,
            Some(new.pledge_count.into()),
            rule.clone(),
        );
        self.push(
            "new.value".into(),
            Basis::NewInYear,
            None,
            Unit::Money,
            Some(new.value.total),
            format!("{value_rule}, over the {rule}"),
        );
        self.push(
            "new.entities".into(),
            Basis::NewInYear,
            None,
            Unit::Entities,
            Some(new.entities.count.into()),
            format!("distinct pledging entities of the {rule}"),
        );
        self.push(
            "new.undetermined".into(),
            Basis::NewInYear,
            None,
            Unit::Pledges,
            Some(u64::try_from(undetermined).unwrap_or(u64::MAX).into()),
            "pledges counted as of the report's date whose newness in the window cannot be told (listed in `undetermined`)".into(),
        );
        let row_rule = self.row_value_rule();
        for (dim, name) in [
            (Dimension::PledgeType, "byPledgeType"),
            (Dimension::StakeholderType, "byStakeholderType"),
        ] {
            let what = if dim == Dimension::PledgeType {
                "with this pledge type (a pledge of several types counts under each)"
            } else {
                "with a pledger (lead or partner) of this stakeholder type (a pledge counts under each type among its pledgers)"
            };
            for r in rows_of(new, dim).iter().filter(|r| r.pledges > 0) {
                let key = r.key.as_str();
                self.push(
                    format!("new.{name}.{key}.pledges"),
                    Basis::NewInYear,
                    Some(key),
                    Unit::Pledges,
                    Some(r.pledges.into()),
                    format!("new pledges {what}: {rule}"),
                );
                self.push(
                    format!("new.{name}.{key}.share"),
                    Basis::NewInYear,
                    Some(key),
                    Unit::Share,
                    share(r.pledges, new.pledge_count),
                    format!("new.{name}.{key}.pledges over new.pledges"),
                );
                self.push(
                    format!("new.{name}.{key}.value"),
                    Basis::NewInYear,
                    Some(key),
                    Unit::Money,
                    Some(r.value),
                    format!("{row_rule}, over the new pledges {what}"),
                );
            }
        }
    }

    fn sdgs(&mut self, now: &Summary) {
        let mut rows: Vec<&super::BreakdownRow> = rows_of(now, Dimension::Sdg)
            .iter()
            .filter(|r| r.pledges > 0 && r.key.bytes().all(|b| b.is_ascii_digit()))
            .collect();
        // Most pledges first; ties in goal order (the breakdown's order).
        rows.sort_by_key(|r| std::cmp::Reverse(r.pledges));
        let counted = self.counted(self.as_of);
        for (i, r) in rows.iter().take(TOP_SDGS).enumerate() {
            self.push(
                format!("sdg.top.{}", i.saturating_add(1)),
                Basis::Now,
                Some(&r.key),
                Unit::Pledges,
                Some(r.pledges.into()),
                format!("the SDG (key) named by the most pledges, rank {} of {TOP_SDGS} (ties in goal order; pledges naming no SDG in none), value its pledges among the {counted}", i.saturating_add(1)),
            );
        }
    }

    fn pledger_origin(&mut self, now: &Summary) {
        let counted = self.counted(self.as_of);
        let value_rows = rows_of(now, Dimension::PledgerRegion);
        let value_rule = match self.attribution {
            Attribution::Full => "the whole value of each pledge with an entity headquartered in the region (a joint pledge across regions counts in each)",
            _ => "each pledge's value split equally over the distinct regions of its entities' headquarters",
        };
        for r in now.pledger_countries.regions.iter().filter(|r| r.count > 0) {
            let key = r.key.as_str();
            self.push(
                format!("pledgerOrigin.{key}.entities"),
                Basis::Now,
                Some(key),
                Unit::Entities,
                Some(r.count.into()),
                format!("distinct entities headquartered in this ITU-D region (or international, unknown, no_itu_region), each once, of the {counted}"),
            );
            self.push(
                format!("pledgerOrigin.{key}.share"),
                Basis::Now,
                Some(key),
                Unit::Share,
                share(r.count, now.entities.count),
                format!("pledgerOrigin.{key}.entities over headline.entities"),
            );
            let value = value_rows
                .iter()
                .find(|v| v.key == r.key)
                .map_or(Decimal::ZERO, |v| v.value);
            self.push(
                format!("pledgerOrigin.{key}.value"),
                Basis::Now,
                Some(key),
                Unit::Money,
                Some(value),
                format!("{value_rule}, over the {counted}"),
            );
        }
    }

    fn groups(&mut self, now: &Summary) {
        let counted = self.counted(self.as_of);
        let row_rule = self.row_value_rule();
        for key in ["ldc", "lldc", "sids"] {
            let row = rows_of(now, Dimension::CountryGroup)
                .iter()
                .find(|r| r.key == key);
            let (pledges, value) = row.map_or((0, Decimal::ZERO), |r| (r.pledges, r.value));
            let upper = key.to_uppercase();
            self.push(
                format!("groups.{key}.pledges"),
                Basis::Now,
                Some(key),
                Unit::Pledges,
                Some(pledges.into()),
                format!("pledges that name the {upper} group or at least one country that is an {upper} on {}, among the {counted}", self.as_of),
            );
            self.push(
                format!("groups.{key}.share"),
                Basis::Now,
                Some(key),
                Unit::Share,
                share(pledges, now.pledge_count),
                format!("groups.{key}.pledges over headline.pledges"),
            );
            self.push(
                format!("groups.{key}.value"),
                Basis::Now,
                Some(key),
                Unit::Money,
                Some(value),
                format!("{row_rule} of those pledges; under a split attribution only the shares of {upper} members and of the group itself"),
            );
        }
    }

    fn women(&mut self, now: &Summary, new: &Summary) {
        const KEY: &str = "women_and_girls";
        for (id, s, basis) in [
            ("women.share", now, Basis::Now),
            ("women.newShare", new, Basis::NewInYear),
        ] {
            let pledges = rows_of(s, Dimension::BeneficiaryGroup)
                .iter()
                .find(|r| r.key == KEY)
                .map_or(0, |r| r.pledges);
            let whole = if basis == Basis::Now {
                self.counted(self.as_of)
            } else {
                self.new_rule()
            };
            self.push(
                id.into(),
                basis,
                Some(KEY),
                Unit::Share,
                share(pledges, s.pledge_count),
                format!("pledges naming women and girls among their beneficiary groups ({pledges}), over all {}: {whole}", s.pledge_count),
            );
        }
    }

    fn reporting(&mut self, now: &Summary) {
        let counted = self.counted(self.as_of);
        self.push(
            "reporting.reportedPledges".into(),
            Basis::Now,
            None,
            Unit::Pledges,
            Some(now.reporting.reported_pledges.into()),
            format!("pledges with at least one progress report dated on or before {}, among the {counted}", self.as_of),
        );
        self.push(
            "reporting.rate".into(),
            Basis::Now,
            None,
            Unit::Share,
            share(now.reporting.reported_pledges, now.pledge_count),
            "reporting.reportedPledges over headline.pledges".into(),
        );
        self.push(
            "reporting.activeValue".into(),
            Basis::Now,
            None,
            Unit::Money,
            Some(now.reporting.status.active_value),
            format!("headline.value without the pledges inactive after {} calendar years without a report (the reporting-status rule of the summary)", now.reporting.status.inactive_after_years),
        );
        self.push(
            "reporting.activeShare".into(),
            Basis::Now,
            None,
            Unit::Share,
            money_share(now.reporting.status.active_value, now.value.total),
            "reporting.activeValue over headline.value".into(),
        );
    }

    fn events(&mut self, now: &Summary) {
        let counted = self.counted(self.as_of);
        let row_rule = self.row_value_rule();
        for r in rows_of(now, Dimension::Event)
            .iter()
            .filter(|r| r.pledges > 0)
        {
            let key = r.key.as_str();
            let which = if key == UNSPECIFIED {
                "naming no event or campaign".to_owned()
            } else {
                format!("naming the event or campaign `{key}`")
            };
            self.push(
                format!("event.{key}.pledges"),
                Basis::Now,
                Some(key),
                Unit::Pledges,
                Some(r.pledges.into()),
                format!("pledges {which}, among the {counted}"),
            );
            self.push(
                format!("event.{key}.value"),
                Basis::Now,
                Some(key),
                Unit::Money,
                Some(r.value),
                format!("{row_rule}, over the pledges {which}"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::SummaryOptions;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn pledge(id: &str, validated: &str) -> Pledge {
        let json = format!(
            r#"{{"formatVersion": "1.0", "id": "{id}", "title": "Pledge {id}", "reviewState": "published",
            "focusAreas": ["access"], "pledgeTypes": ["financial"], "implementation": {{"countries": ["KEN"]}},
            "pledgers": {{"lead": {{"headquarters": "KEN", "name": "Entity {id}", "stakeholderType": "government"}}}},
            "financialValue": {{"amount": "100", "currency": "USD", "valueDate": "{validated}"}},
            "validatedAt": "{validated}T00:00:00Z"}}"#
        );
        crate::parse_pledge(&json).unwrap()
    }

    #[test]
    fn a_leap_day_report_compares_with_the_28th_of_february_and_new_starts_the_day_after() {
        let pledges = [pledge("L-1", "2023-02-28"), pledge("L-2", "2023-03-01")];
        let r = annual_report(&pledges, &SummaryOptions::embedded(day("2024-02-29"))).unwrap();
        assert_eq!(r.year_earlier, day("2023-02-28"));
        assert_eq!(
            (r.new_from, r.new_to),
            (day("2023-03-01"), day("2024-02-29"))
        );
        // L-1 was counted a year earlier, so it is not new; L-2 is.
        let v = |id: &str| r.figure(id).unwrap().value;
        assert_eq!(v("yearEarlier.pledges"), Some(Decimal::ONE));
        assert_eq!(v("new.pledges"), Some(Decimal::ONE));
        assert_eq!(v("growth.pledges"), Some(Decimal::new(10000, 2)));
    }

    #[test]
    fn growth_from_nothing_and_shares_of_nothing_are_null_not_zero() {
        let pledges = [pledge("Z-1", "2023-06-01")];
        let r = annual_report(&pledges, &SummaryOptions::embedded(day("2023-12-31"))).unwrap();
        let f = |id: &str| r.figure(id).unwrap();
        assert_eq!(f("yearEarlier.pledges").value, Some(Decimal::ZERO));
        assert_eq!(f("growth.pledges").value, None);
        assert_eq!(f("growth.pledges").unit, Unit::Percent);
        let empty = annual_report(&[], &SummaryOptions::embedded(day("2023-12-31"))).unwrap();
        assert_eq!(empty.figure("reporting.rate").unwrap().value, None);
        assert_eq!(empty.figure("women.share").unwrap().value, None);
        assert!(empty.figure("sdg.top.1").is_none());
    }

    #[test]
    fn a_window_in_the_options_is_refused() {
        let mut o = SummaryOptions::embedded(day("2023-12-31"));
        o.filters.new_between = Some((day("2023-01-01"), day("2023-12-31")));
        let e = annual_report(&[], &o).unwrap_err();
        assert_eq!(e.code(), "invalid_argument");
    }
}
