//! `assess`: the coalition's five criteria for a strong pledge, computed from the data.
//!
//! The checklist (DOMAIN.md): a strong pledge (1) addresses key issues of the focus areas,
//! (2) drives transformational change, (3) mobilizes resources, (4) brings together multiple
//! entities, and (5) can be quantified, monitored and tracked, with impact measured and
//! reported over time. The coalition publishes no test for these; the heuristics below are
//! p2c's, each documented on its criterion and explained by a stable reason code.

use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Map, Value};

use super::ValidateOptions;
use crate::geo::{self, CountryGroup};
use crate::model::Pledge;
use crate::taxonomy::{Codelist, PledgeType};

/// The criteria's codes, in the checklist's order (the order of [`Assessment::criteria`]).
pub const CRITERIA: [&str; 5] = [
    "addresses_focus_areas",
    "transformational_change",
    "mobilizes_resources",
    "multiple_entities",
    "measurable",
];

/// People reached from which a pledge counts as working at transformational scale.
pub const TRANSFORMATIONAL_PEOPLE: u64 = 1_000_000;

/// One criterion's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CriterionResult {
    /// The criterion's stable code (`addresses_focus_areas`, `transformational_change`,
    /// `mobilizes_resources`, `multiple_entities`, `measurable`).
    pub criterion: &'static str,
    /// Whether the data shows the criterion is met.
    pub met: bool,
    /// Why: a stable reason code (listed on each criterion).
    pub reason: &'static str,
    /// Details for the reason (counts, codes).
    pub params: Map<String, Value>,
}

/// The five criteria, in the checklist's order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// How many criteria are met (0–5).
    pub met_count: usize,
    /// One result per criterion.
    pub criteria: Vec<CriterionResult>,
}

fn result(
    criterion: &'static str,
    met: bool,
    reason: &'static str,
    params: Value,
) -> CriterionResult {
    CriterionResult {
        criterion,
        met,
        reason,
        params: match params {
            Value::Object(m) => m,
            _ => Map::new(),
        },
    }
}

/// Assess a pledge against the five strong-pledge criteria.
///
/// - `addresses_focus_areas`: met when the pledge names at least one pillar and every pillar
///   belongs to a declared focus area. Reasons: `pillars_declared` (`pillars`: count),
///   `no_pillars` (focus areas alone are too broad to say which key issue is addressed),
///   `pillar_outside_focus_areas`.
/// - `transformational_change`: met when the pledge cites a known P2C Target (`cites_targets`),
///   aims to reach at least [`TRANSFORMATIONAL_PEOPLE`] people (`reaches_million`), is
///   implemented in an LDC, LLDC or SIDS (`hardest_to_connect`, `countries`: their codes;
///   membership as of the value date, else the period's first day, else today or the date
///   given to [`assess_as_of`]), or is a
///   policy pledge (`policy_reform`: reforms change the conditions for everyone), checked in
///   that order; otherwise `no_signal`.
/// - `mobilizes_resources`: met when the pledge announces a positive financial value
///   (`financial_value`) or a progress report delivers a positive amount
///   (`amount_delivered`); otherwise `no_money`.
/// - `multiple_entities`: met when at least one partner is a different entity from the lead
///   (`joint_pledge`, `entities`: distinct count); otherwise `single_entity`.
/// - `measurable`: met when the pledge is quantified (a financial value or a number of people
///   to reach) and time-bound (an end date): `quantified_and_time_bound`; otherwise
///   `not_quantified` or `no_end_date`. `progressReports` gives how many reports exist.
pub fn assess(p: &Pledge) -> Assessment {
    assess_as_of(p, ValidateOptions::default().as_of_date())
}

/// [`assess`] with `as_of` in place of today's date: the date country-group membership is
/// taken on for a pledge with neither a value date nor a period start.
pub fn assess_as_of(p: &Pledge, as_of: chrono::NaiveDate) -> Assessment {
    let mut criteria = Vec::with_capacity(5);

    // 1. Addresses key issues of the focus areas.
    let outside: Vec<&str> = p
        .pillars
        .iter()
        .filter(|pl| !p.focus_areas.contains(&pl.focus_area()))
        .map(|pl| pl.code())
        .collect();
    criteria.push(if p.pillars.is_empty() {
        result("addresses_focus_areas", false, "no_pillars", Value::Null)
    } else if !outside.is_empty() {
        result(
            "addresses_focus_areas",
            false,
            "pillar_outside_focus_areas",
            serde_json::json!({ "pillars": outside }),
        )
    } else {
        result(
            "addresses_focus_areas",
            true,
            "pillars_declared",
            serde_json::json!({ "pillars": p.pillars.len() }),
        )
    });

    // 2. Drives transformational change.
    let known_targets = p.targets.iter().filter(|t| t.info().is_some()).count();
    let people = p.beneficiaries.as_ref().and_then(|b| b.people_reached);
    let on = p
        .financial_value
        .as_ref()
        .map(|v| v.value_date)
        .or_else(|| {
            p.period
                .as_ref()
                .and_then(|x| x.start)
                .map(|d| d.first_day())
        })
        .unwrap_or(as_of);
    let hardest: Vec<&str> = p
        .implementation
        .countries
        .iter()
        .filter(|c| {
            CountryGroup::all()
                .iter()
                .any(|g| geo::is_member(*g, **c, on))
        })
        .map(|c| c.as_str())
        .collect();
    criteria.push(if known_targets > 0 {
        result(
            "transformational_change",
            true,
            "cites_targets",
            serde_json::json!({ "targets": known_targets }),
        )
    } else if let Some(n) = people.filter(|n| *n >= TRANSFORMATIONAL_PEOPLE) {
        result(
            "transformational_change",
            true,
            "reaches_million",
            serde_json::json!({ "peopleReached": n }),
        )
    } else if !hardest.is_empty() {
        result(
            "transformational_change",
            true,
            "hardest_to_connect",
            serde_json::json!({ "countries": hardest }),
        )
    } else if p.has_type(PledgeType::Policy) {
        result(
            "transformational_change",
            true,
            "policy_reform",
            Value::Null,
        )
    } else {
        result("transformational_change", false, "no_signal", Value::Null)
    });

    // 3. Mobilizes resources.
    let value = p
        .financial_value
        .as_ref()
        .filter(|v| v.amount > Decimal::ZERO);
    let delivered = p
        .progress_reports
        .iter()
        .any(|r| r.amount_delivered.is_some_and(|m| m.amount > Decimal::ZERO));
    criteria.push(match (value, delivered) {
        (Some(v), _) => result(
            "mobilizes_resources",
            true,
            "financial_value",
            serde_json::json!({ "amount": v.amount.to_string(), "currency": v.currency.as_str() }),
        ),
        (None, true) => result("mobilizes_resources", true, "amount_delivered", Value::Null),
        (None, false) => result("mobilizes_resources", false, "no_money", Value::Null),
    });

    // 4. Brings together multiple entities.
    let mut keys: Vec<String> = p.pledgers.all().map(|e| e.identity_key()).collect();
    keys.sort();
    keys.dedup();
    criteria.push(if keys.len() > 1 {
        result(
            "multiple_entities",
            true,
            "joint_pledge",
            serde_json::json!({ "entities": keys.len() }),
        )
    } else {
        result("multiple_entities", false, "single_entity", Value::Null)
    });

    // 5. Quantified, monitored, tracked, reported.
    let quantified = p.financial_value.is_some() || people.is_some();
    let end = p.period.as_ref().and_then(|x| x.end);
    let reports = serde_json::json!({ "progressReports": p.progress_reports.len() });
    criteria.push(match (quantified, end) {
        (false, _) => result("measurable", false, "not_quantified", reports),
        (true, None) => result("measurable", false, "no_end_date", reports),
        (true, Some(_)) => result("measurable", true, "quantified_and_time_bound", reports),
    });

    Assessment {
        met_count: criteria.iter().filter(|c| c.met).count(),
        criteria,
    }
}
