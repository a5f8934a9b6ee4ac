//! Option values shared by several calls: the conversion policy (with its shorthand), the
//! summary filters, the goal, severity overrides.

use std::borrow::Cow;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::resolve;
use crate::aggregate::Filters;
use crate::model::MoneyAmount;
use crate::money::ConversionPolicy;
use crate::taxonomy::{CountryGroup, FocusArea, Pillar, PledgeType, StakeholderType};
use crate::validate::Severity;
use crate::Error;

/// A conversion policy: its JSON form (`{"kind": "on_or_before", "maxDays": 7}`, see
/// [`ConversionPolicy`]) or a shorthand name: `"default"` (the core's default chain),
/// `"exact_date"`, `"annual_average"`, `"explicit"`, `"stated_equivalent"`, or `"on_or_before:N"` (the daily rate of
/// the value date or of up to `N` days before).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyCall(pub ConversionPolicy);

const POLICY_NAMES: [&str; 6] = [
    "default",
    "exact_date",
    "annual_average",
    "explicit",
    "stated_equivalent",
    "on_or_before:N",
];

impl PolicyCall {
    /// The policy of a shorthand name; `None` for anything else.
    pub fn from_name(name: &str) -> Option<ConversionPolicy> {
        Some(match name {
            "default" => ConversionPolicy::default(),
            "exact_date" => ConversionPolicy::ExactDate,
            "annual_average" => ConversionPolicy::AnnualAverage,
            "explicit" => ConversionPolicy::Explicit,
            "stated_equivalent" => ConversionPolicy::StatedEquivalent,
            _ => {
                let days = name.strip_prefix("on_or_before:")?;
                if !days.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                ConversionPolicy::OnOrBefore {
                    max_days: days.parse().ok()?,
                }
            }
        })
    }
}

impl<'de> Deserialize<'de> for PolicyCall {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        match value {
            serde_json::Value::String(name) => {
                PolicyCall::from_name(&name).map(PolicyCall).ok_or_else(|| {
                    // Worded as serde words it, so that the call error names it and suggests.
                    serde::de::Error::custom(format_args!(
                        "unknown variant `{name}`, expected one of {}",
                        POLICY_NAMES
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })
            }
            other => ConversionPolicy::deserialize(other)
                .map(PolicyCall)
                .map_err(serde::de::Error::custom),
        }
    }
}

impl Serialize for PolicyCall {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl schemars::JsonSchema for PolicyCall {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("PolicyCall")
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let object = generator.subschema_for::<ConversionPolicy>();
        schemars::json_schema!({
            "description": "A conversion policy, as its JSON form or a shorthand name.",
            "anyOf": [
                { "type": "string", "pattern": "^(default|exact_date|annual_average|explicit|on_or_before:[0-9]+)$" },
                object,
            ],
        })
    }
}

/// Which pledges a summary or a table covers (see [`Filters`]), as the caller gave the codes:
/// each list is resolved leniently (case, labels, names) and an unknown code is an error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct FiltersCall {
    /// Focus areas (`access`, or the label `Access`).
    pub focus_areas: Vec<String>,
    /// Pillars (`infrastructure`).
    pub pillars: Vec<String>,
    /// Pledge types (`financial`).
    pub pledge_types: Vec<String>,
    /// Stakeholder types of the lead or a partner (`government`).
    pub stakeholder_types: Vec<String>,
    /// ITU-D regions (`AFR`, or the name `Africa`).
    pub regions: Vec<String>,
    /// Implementation countries (ISO 3166-1 alpha-3 in any case, alpha-2, or English name).
    pub countries: Vec<String>,
    /// Country groups (`ldc`, `lldc`, `sids`, or their names).
    pub country_groups: Vec<String>,
    /// Pledges whose period overlaps this one (first and last day, inclusive).
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Pledges new between these two days (first and last, inclusive), by their validation
    /// date, else submission date, else announcement date; a pledge whose date cannot tell is
    /// listed as `newness_undetermined` (see `aggregate::Filters::new_between`).
    pub new_between: Option<(NaiveDate, NaiveDate)>,
}

impl FiltersCall {
    /// The core's filters; `pointer` is where the filters are in the call (`/filters`).
    pub fn resolve(&self, pointer: &str) -> Result<Filters, Error> {
        let at = |name: &str| format!("{pointer}/{name}");
        if let Some((first, last)) = self.period {
            if first > last {
                return Err(Error::InvalidArgument {
                    pointer: at("period"),
                    message: format!("the period ends (`{last}`) before it starts (`{first}`)"),
                    suggestion: None,
                });
            }
        }
        if let Some((first, last)) = self.new_between {
            if first > last {
                return Err(Error::InvalidArgument {
                    pointer: at("newBetween"),
                    message: format!("the window ends (`{last}`) before it starts (`{first}`)"),
                    suggestion: None,
                });
            }
        }
        Ok(Filters {
            focus_areas: resolve::all(
                &self.focus_areas,
                &at("focusAreas"),
                resolve::code::<FocusArea>,
            )?,
            pillars: resolve::all(&self.pillars, &at("pillars"), resolve::code::<Pillar>)?,
            pledge_types: resolve::all(
                &self.pledge_types,
                &at("pledgeTypes"),
                resolve::code::<PledgeType>,
            )?,
            stakeholder_types: resolve::all(
                &self.stakeholder_types,
                &at("stakeholderTypes"),
                resolve::code::<StakeholderType>,
            )?,
            regions: resolve::all(&self.regions, &at("regions"), resolve::region)?,
            countries: resolve::all(&self.countries, &at("countries"), resolve::country)?,
            country_groups: resolve::all(
                &self.country_groups,
                &at("countryGroups"),
                resolve::code::<CountryGroup>,
            )?,
            period: self.period,
            new_between: self.new_between,
        })
    }
}

/// The coalition's goal for a summary's progress: an exact amount (a decimal string or an
/// integer) and its currency (checked like every currency option).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GoalCall {
    /// The amount.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "crate::model::decimal::DecimalString")]
    pub amount: Decimal,
    /// The currency (ISO 4217).
    pub currency: String,
}

impl GoalCall {
    /// The goal as money; `pointer` is where it is in the call.
    pub fn resolve(&self, pointer: &str) -> Result<MoneyAmount, Error> {
        Ok(MoneyAmount {
            amount: self.amount,
            currency: resolve::currency(&self.currency, &format!("{pointer}/currency"))?,
        })
    }
}

/// What a caller makes of an issue code: another severity, or `off` to leave its issues out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SeverityOverride {
    /// Report the code's issues as errors (the document is then invalid).
    Error,
    /// Report them as warnings.
    Warning,
    /// Report them as infos.
    Info,
    /// Leave them out of the report.
    Off,
}

impl SeverityOverride {
    /// The severity issues get, `None` for `off`.
    pub fn severity(self) -> Option<Severity> {
        match self {
            SeverityOverride::Error => Some(Severity::Error),
            SeverityOverride::Warning => Some(Severity::Warning),
            SeverityOverride::Info => Some(Severity::Info),
            SeverityOverride::Off => None,
        }
    }
}
