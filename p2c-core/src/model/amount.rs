//! What a summary counts for an announced amount, and how it got there.
//!
//! Format 1.1 keeps an amount as announced: "approximately USD 2 billion per year over the next
//! five years", "up to USD 5 million", "USD 10 to 15 million", "airtime worth USD 1.2
//! million". A total needs one figure per pledge; [`counted_amount`] derives it by these rules,
//! in this order, and says which it used ([`CountMethod`]), so a summary can report how many
//! amounts were derived and how:
//!
//! 1. **Range** (`maxAmount`): the lower end `amount` is counted
//!    ([`RangeRule::LowerEnd`], the default), so that totals stay what was certainly
//!    pledged, as a floor is counted at its stated minimum. [`RangeRule::Midpoint`] and
//!    [`RangeRule::UpperEnd`] are available and named in the result.
//! 2. **Per year** (`basis: per_year`): the yearly amount times the number of years: `years`
//!    when the source states it, else the calendar years of the pledge's period, both ends
//!    included (`2025`–`2029` is 5 years; `2024-07`–`2026` is 3). With neither, the amount
//!    is **not counted** ([`NotCounted::PerYearWithoutYears`]): one year would be an
//!    invented total, and so would five. Validation reports the missing period as an error.
//! 3. **In kind** (`inKind`): counted at its stated money worth by default
//!    ([`InKindRule::Include`]), and flagged so a summary can show the in-kind part;
//!    [`InKindRule::Exclude`] leaves it out ([`NotCounted::InKindExcluded`]).
//! 4. Floors, ceilings and approximate figures are counted as stated and flagged
//!    ([`Qualifiers`]); nothing is added or removed for them.
//! 5. **Components** are inside the amount and never added to it.
//!
//! The amount stays in the announced currency: conversion comes after, at the value date
//! (see [`mod@crate::money::convert`]), and the per-year multiplication uses that one date.
//! Every product is checked: an overflow is an [`Error::Overflow`], never a wrapped figure.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::codes::CurrencyCode;
use super::period::Period;
use super::value::FinancialValue;
use crate::taxonomy::AmountBasis;
use crate::{Error, Result};

/// Which figure of a range is counted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum RangeRule {
    /// The lower end (`amount`): what was certainly pledged. The default.
    #[default]
    LowerEnd,
    /// Halfway between `amount` and `maxAmount`.
    Midpoint,
    /// The upper end (`maxAmount`).
    UpperEnd,
}

/// Whether in-kind values are counted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "camelCase")]
pub enum InKindRule {
    /// Counted at their stated money worth, and flagged. The default.
    #[default]
    Include,
    /// Not counted.
    Exclude,
}

/// The rules [`counted_amount`] applies where a choice exists.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct CountRules {
    /// Which figure of a range counts.
    pub range: RangeRule,
    /// Whether in-kind values count.
    pub in_kind: InKindRule,
}

/// How the counted figure was obtained from the announced one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum CountMethod {
    /// The announced total, as stated.
    Stated,
    /// A figure of a range, chosen by the [`RangeRule`] (a total).
    Range,
    /// A yearly amount times the years the source states (`years`).
    PerYearTimesStatedYears,
    /// A yearly amount times the calendar years of the pledge's period.
    PerYearTimesPeriodYears,
}

impl CountMethod {
    /// The method's stable code (`per_year_times_stated_years`).
    pub fn code(self) -> &'static str {
        match self {
            CountMethod::Stated => "stated",
            CountMethod::Range => "range",
            CountMethod::PerYearTimesStatedYears => "per_year_times_stated_years",
            CountMethod::PerYearTimesPeriodYears => "per_year_times_period_years",
        }
    }

    /// Whether the counted figure differs in kind from the stated one (anything but
    /// [`CountMethod::Stated`]).
    pub fn is_derived(self) -> bool {
        self != CountMethod::Stated
    }
}

/// What the source says about the figure, carried into the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Qualifiers {
    /// A minimum ("more than").
    pub floor: bool,
    /// A maximum ("up to").
    pub ceiling: bool,
    /// A range (`maxAmount`).
    pub range: bool,
    /// Approximate ("approximately").
    pub approximate: bool,
    /// In kind.
    pub in_kind: bool,
}

/// The figure a summary counts for one financial value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CountedAmount {
    /// The counted amount, in the announced currency.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "crate::model::decimal::DecimalString")]
    pub amount: Decimal,
    /// The announced currency.
    pub currency: CurrencyCode,
    /// How the figure was obtained.
    pub method: CountMethod,
    /// The figure of a range that was counted, for [`CountMethod::Range`] and per-year ranges.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range_rule: Option<RangeRule>,
    /// The number of years a yearly amount was multiplied by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub years: Option<u32>,
    /// What the source says about the figure.
    pub qualifiers: Qualifiers,
    /// How the figure was obtained, in words
    /// (`USD 2000000000 per year × 5 years stated = USD 10000000000`).
    pub how: String,
}

/// Why an amount is not counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NotCounted {
    /// A yearly amount with neither `years` nor a period with a start and an end year.
    PerYearWithoutYears,
    /// A yearly amount whose period ends before it starts.
    PerYearPeriodReversed,
    /// An in-kind value, under [`InKindRule::Exclude`].
    InKindExcluded,
}

impl NotCounted {
    /// The reason's stable code.
    pub fn code(self) -> &'static str {
        match self {
            NotCounted::PerYearWithoutYears => "per_year_without_years",
            NotCounted::PerYearPeriodReversed => "per_year_period_reversed",
            NotCounted::InKindExcluded => "in_kind_excluded",
        }
    }
}

/// The outcome of [`counted_amount`]: a figure, or the reason there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Counting {
    /// The figure to count.
    Counted(CountedAmount),
    /// Not counted, and why.
    NotCounted(NotCounted),
}

/// The number of calendar years a period covers, both ends included, if it has both ends in
/// order.
pub fn period_years(period: Option<&Period>) -> Option<std::result::Result<u32, NotCounted>> {
    let p = period?;
    let (start, end) = (p.start?, p.end?);
    let years = end
        .year()
        .checked_sub(start.year())
        .and_then(|d| d.checked_add(1));
    Some(match years.and_then(|y| u32::try_from(y).ok()) {
        Some(y) if y >= 1 => Ok(y),
        _ => Err(NotCounted::PerYearPeriodReversed),
    })
}

fn overflow(what: &str, value: &FinancialValue) -> Error {
    Error::Overflow {
        operation: format!("{what} of `{}` `{}`", value.currency, value.amount),
    }
}

/// The figure a summary counts for `value`, a financial value of a pledge whose period is
/// `period`, under `rules` (see the module docs for the rules).
///
/// Errors: [`Error::Overflow`] when the product of a yearly amount and its years does not fit
/// in a decimal.
///
/// ```
/// use p2c_core::model::amount::{counted_amount, CountMethod, CountRules, Counting};
/// let p = p2c_core::parse_pledge(r#"{"formatVersion": "1.1", "id": "MTN", "title": "t",
///   "pledgers": {"lead": {"name": "MTN Group", "stakeholderType": "private_sector", "headquarters": "ZAF"}},
///   "pledgeTypes": ["financial"], "focusAreas": ["access"], "reviewState": "published",
///   "financialValue": {"amount": "2000000000", "currency": "USD", "valueDate": "2025-03",
///                      "approximate": true, "basis": "per_year", "years": 5}}"#)?;
/// let Counting::Counted(c) = counted_amount(p.financial_value.as_ref().unwrap(), p.period.as_ref(), CountRules::default())? else { panic!() };
/// assert_eq!(c.amount.to_string(), "10000000000");
/// assert_eq!(c.method, CountMethod::PerYearTimesStatedYears);
/// assert!(c.qualifiers.approximate);
/// # Ok::<(), p2c_core::Error>(())
/// ```
pub fn counted_amount(
    value: &FinancialValue,
    period: Option<&Period>,
    rules: CountRules,
) -> Result<Counting> {
    let qualifiers = Qualifiers {
        floor: value.is_floor,
        ceiling: value.is_ceiling,
        range: value.max_amount.is_some(),
        approximate: value.approximate,
        in_kind: value.in_kind,
    };
    if value.in_kind && rules.in_kind == InKindRule::Exclude {
        return Ok(Counting::NotCounted(NotCounted::InKindExcluded));
    }
    let cur = value.currency;
    // 1. The base figure: the stated amount, or the chosen figure of a range.
    let (base, range_rule) = match value.max_amount {
        None => (value.amount, None),
        Some(max) => {
            let figure = match rules.range {
                RangeRule::LowerEnd => value.amount,
                RangeRule::UpperEnd => max,
                RangeRule::Midpoint => value
                    .amount
                    .checked_add(max)
                    .and_then(|s| s.checked_div(Decimal::TWO))
                    .ok_or_else(|| overflow("the midpoint of the range", value))?,
            };
            (figure, Some(rules.range))
        }
    };
    let range_words = |rule: RangeRule| -> String {
        let max = value.max_amount.unwrap_or(value.amount);
        let which = match rule {
            RangeRule::LowerEnd => "lower end",
            RangeRule::Midpoint => "midpoint",
            RangeRule::UpperEnd => "upper end",
        };
        format!("{which} of the range {cur} {}–{max}", value.amount)
    };
    // 2. A yearly amount times its years.
    let (amount, method, years, how) = match value.basis {
        Some(AmountBasis::PerYear) => {
            let (years, method, whence) = match value.years {
                Some(y) => (y, CountMethod::PerYearTimesStatedYears, "stated"),
                None => match period_years(period) {
                    Some(Ok(y)) => (
                        y,
                        CountMethod::PerYearTimesPeriodYears,
                        "of the pledge's period",
                    ),
                    Some(Err(why)) => return Ok(Counting::NotCounted(why)),
                    None => return Ok(Counting::NotCounted(NotCounted::PerYearWithoutYears)),
                },
            };
            let total = base
                .checked_mul(Decimal::from(years))
                .ok_or_else(|| overflow("the yearly amount times its years", value))?;
            let base_words = match range_rule {
                Some(rule) => format!("{cur} {base} ({})", range_words(rule)),
                None => format!("{cur} {base}"),
            };
            let how = format!("{base_words} per year × {years} years {whence} = {cur} {total}");
            (total, method, Some(years), how)
        }
        Some(AmountBasis::Total) | None => match range_rule {
            Some(rule) => (
                base,
                CountMethod::Range,
                None,
                format!("{cur} {base}: the {}", range_words(rule)),
            ),
            None => (
                base,
                CountMethod::Stated,
                None,
                format!("{cur} {base} as stated"),
            ),
        },
    };
    let mut flags = Vec::new();
    if qualifiers.floor {
        flags.push("a floor");
    }
    if qualifiers.ceiling {
        flags.push("a ceiling");
    }
    if qualifiers.approximate {
        flags.push("approximate");
    }
    if qualifiers.in_kind {
        flags.push("in kind");
    }
    let how = if flags.is_empty() {
        how
    } else {
        format!("{how} ({})", flags.join(", "))
    };
    Ok(Counting::Counted(CountedAmount {
        amount,
        currency: cur,
        method,
        range_rule,
        years,
        qualifiers,
        how,
    }))
}

/// How many counted amounts were stated, derived by each method, qualified, or not counted:
/// what a summary reports beside its total ("3 amounts derived: 2 per year × stated years, 1
/// range lower end").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CountTally {
    /// Amounts counted as stated.
    pub stated: u64,
    /// Ranges, counted by the range rule.
    pub range: u64,
    /// Yearly amounts times stated years.
    pub per_year_times_stated_years: u64,
    /// Yearly amounts times the years of the period.
    pub per_year_times_period_years: u64,
    /// Counted floors.
    pub floors: u64,
    /// Counted ceilings.
    pub ceilings: u64,
    /// Counted approximate figures.
    pub approximate: u64,
    /// Counted in-kind values.
    pub in_kind: u64,
    /// Amounts not counted, by reason code.
    pub not_counted: std::collections::BTreeMap<String, u64>,
}

impl CountTally {
    /// Add one outcome.
    pub fn add(&mut self, counting: &Counting) {
        fn inc(n: &mut u64) {
            *n = n.saturating_add(1);
        }
        match counting {
            Counting::NotCounted(why) => {
                inc(self.not_counted.entry(why.code().into()).or_default())
            }
            Counting::Counted(c) => {
                inc(match c.method {
                    CountMethod::Stated => &mut self.stated,
                    CountMethod::Range => &mut self.range,
                    CountMethod::PerYearTimesStatedYears => &mut self.per_year_times_stated_years,
                    CountMethod::PerYearTimesPeriodYears => &mut self.per_year_times_period_years,
                });
                let q = c.qualifiers;
                for (flag, n) in [
                    (q.floor, &mut self.floors),
                    (q.ceiling, &mut self.ceilings),
                    (q.approximate, &mut self.approximate),
                    (q.in_kind, &mut self.in_kind),
                ] {
                    if flag {
                        inc(n);
                    }
                }
            }
        }
    }

    /// How many amounts were derived rather than counted as stated.
    pub fn derived(&self) -> u64 {
        self.range
            .saturating_add(self.per_year_times_stated_years)
            .saturating_add(self.per_year_times_period_years)
    }
}

/// The rules in one sentence each, for a summary's notes.
pub const RULES: &[&str] = &[
    "ranges: the lower end is counted unless another range rule is chosen",
    "per-year amounts: the yearly amount times the stated years, else times the calendar years of the pledge's period (both ends included); with neither, not counted",
    "in-kind values: counted at their stated money worth unless excluded, and flagged",
    "floors, ceilings and approximate figures: counted as stated, and flagged",
    "components: inside the amount, never added to it",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    fn value(json: serde_json::Value) -> FinancialValue {
        serde_json::from_value(json).unwrap()
    }

    fn counted(v: &FinancialValue, period: Option<&Period>, rules: CountRules) -> CountedAmount {
        match counted_amount(v, period, rules).unwrap() {
            Counting::Counted(c) => c,
            Counting::NotCounted(why) => panic!("not counted: {why:?}"),
        }
    }

    fn years(start: &str, end: &str) -> Period {
        Period {
            start: PartialDate::parse(start),
            end: PartialDate::parse(end),
        }
    }

    #[test]
    fn a_total_is_counted_as_stated() {
        let v = value(
            serde_json::json!({"amount": "258800000", "currency": "USD", "valueDate": "2022-06-07"}),
        );
        let c = counted(&v, None, CountRules::default());
        assert_eq!(
            (c.amount, c.method),
            (Decimal::from(258_800_000), CountMethod::Stated)
        );
        assert!(!c.method.is_derived());
        assert_eq!(c.how, "USD 258800000 as stated");
    }

    #[test]
    fn per_year_times_stated_years_then_period_years() {
        // MTN at MWC 2025: approximately USD 2 billion a year over the next five years.
        let v = value(
            serde_json::json!({"amount": "2000000000", "currency": "USD", "valueDate": "2025-03",
            "approximate": true, "basis": "per_year", "years": 5}),
        );
        let c = counted(&v, Some(&years("2025", "2026")), CountRules::default());
        // The stated years win over the period.
        assert_eq!(c.amount, Decimal::from(10_000_000_000u64));
        assert_eq!(
            (c.method, c.years),
            (CountMethod::PerYearTimesStatedYears, Some(5))
        );
        assert_eq!(
            c.how,
            "USD 2000000000 per year × 5 years stated = USD 10000000000 (approximate)"
        );
        // Without `years`, the calendar years of the period, both ends included.
        let v = value(
            serde_json::json!({"amount": "400000000", "currency": "USD", "valueDate": "2023-09-17",
            "basis": "per_year"}),
        );
        let c = counted(&v, Some(&years("2023-09", "2025")), CountRules::default());
        assert_eq!(c.amount, Decimal::from(1_200_000_000u64));
        assert_eq!(
            (c.method, c.years),
            (CountMethod::PerYearTimesPeriodYears, Some(3))
        );
    }

    #[test]
    fn per_year_without_years_is_not_counted_never_one_year() {
        let v = value(
            serde_json::json!({"amount": "400000000", "currency": "USD", "valueDate": "2023-09-17",
            "basis": "per_year"}),
        );
        for period in [
            None,
            Some(years("2023", "2023")).filter(|_| false),
            Some(Period {
                start: PartialDate::parse("2023"),
                end: None,
            }),
        ] {
            assert_eq!(
                counted_amount(&v, period.as_ref(), CountRules::default()).unwrap(),
                Counting::NotCounted(NotCounted::PerYearWithoutYears)
            );
        }
        assert_eq!(
            counted_amount(&v, Some(&years("2025", "2023")), CountRules::default()).unwrap(),
            Counting::NotCounted(NotCounted::PerYearPeriodReversed)
        );
    }

    #[test]
    fn ranges_count_their_lower_end_unless_told_otherwise() {
        let v = value(
            serde_json::json!({"amount": "10000000", "maxAmount": "15000000", "currency": "EUR", "valueDate": "2024"}),
        );
        let rule = |range| CountRules {
            range,
            ..CountRules::default()
        };
        assert_eq!(
            counted(&v, None, CountRules::default()).amount,
            Decimal::from(10_000_000)
        );
        assert_eq!(
            counted(&v, None, rule(RangeRule::Midpoint)).amount,
            Decimal::from(12_500_000)
        );
        assert_eq!(
            counted(&v, None, rule(RangeRule::UpperEnd)).amount,
            Decimal::from(15_000_000)
        );
        let c = counted(&v, None, CountRules::default());
        assert_eq!(
            (c.method, c.range_rule),
            (CountMethod::Range, Some(RangeRule::LowerEnd))
        );
        assert_eq!(
            c.how,
            "EUR 10000000: the lower end of the range EUR 10000000–15000000"
        );
        // A per-year range: the chosen figure times the years.
        let v = value(
            serde_json::json!({"amount": "1", "maxAmount": "2", "currency": "USD", "valueDate": "2024",
            "basis": "per_year", "years": 3}),
        );
        assert_eq!(
            counted(&v, None, rule(RangeRule::UpperEnd)).amount,
            Decimal::from(6)
        );
    }

    #[test]
    fn in_kind_is_flagged_or_excluded_and_qualifiers_carry_over() {
        let v = value(
            serde_json::json!({"amount": "1200000", "currency": "USD", "valueDate": "2022-02", "inKind": true}),
        );
        let c = counted(&v, None, CountRules::default());
        assert!(c.qualifiers.in_kind);
        assert_eq!(c.how, "USD 1200000 as stated (in kind)");
        let exclude = CountRules {
            in_kind: InKindRule::Exclude,
            ..CountRules::default()
        };
        assert_eq!(
            counted_amount(&v, None, exclude).unwrap(),
            Counting::NotCounted(NotCounted::InKindExcluded)
        );
        let v = value(
            serde_json::json!({"amount": "5000000", "currency": "USD", "valueDate": "2024", "isCeiling": true}),
        );
        assert!(counted(&v, None, CountRules::default()).qualifiers.ceiling);
    }

    #[test]
    fn overflow_is_an_error() {
        let v = value(
            serde_json::json!({"amount": "79228162514264337593543950335", "currency": "USD",
            "valueDate": "2024", "basis": "per_year", "years": 2}),
        );
        assert_eq!(
            counted_amount(&v, None, CountRules::default())
                .unwrap_err()
                .code(),
            "overflow"
        );
    }

    #[test]
    fn the_tally_counts_methods_flags_and_reasons() {
        let mut t = CountTally::default();
        let stated = value(
            serde_json::json!({"amount": "1", "currency": "USD", "valueDate": "2024", "isFloor": true}),
        );
        let yearly = value(
            serde_json::json!({"amount": "1", "currency": "USD", "valueDate": "2024", "basis": "per_year", "years": 2}),
        );
        let undated = value(
            serde_json::json!({"amount": "1", "currency": "USD", "valueDate": "2024", "basis": "per_year"}),
        );
        for v in [&stated, &yearly, &undated] {
            t.add(&counted_amount(v, None, CountRules::default()).unwrap());
        }
        assert_eq!(
            (
                t.stated,
                t.per_year_times_stated_years,
                t.floors,
                t.derived()
            ),
            (1, 1, 1, 1)
        );
        assert_eq!(t.not_counted.get("per_year_without_years"), Some(&1));
    }
}
