//! Beneficiaries, progress reports and relations between pledges.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::value::MoneyAmount;
use crate::targets::TargetCode;
use crate::taxonomy::{
    BeneficiaryGroup, BeneficiaryUnit, Challenge, ImplementationStatus, RelationType, Solution,
};

/// Who a pledge is meant to benefit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    remote = "Beneficiaries"
)]
pub struct Beneficiaries {
    /// # Groups
    ///
    /// The groups the pledge names as beneficiaries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<BeneficiaryGroup>,
    /// # People reached
    ///
    /// The estimated number of people the pledge will reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_reached: Option<u64>,
    /// # People reached is a floor
    ///
    /// True when the number of people is a minimum ("over 80 million people"). Format 1.1.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub people_reached_is_floor: bool,
    /// # Target year
    ///
    /// The year by which the people are to be reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_year: Option<i32>,
    /// # Other counts
    ///
    /// Counts of beneficiaries that are not people: households, subscribers, schools,
    /// institutions, communities, enterprises. Format 1.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<BeneficiaryCount>,
}

/// A count of beneficiaries in a unit other than people (format 1.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    remote = "BeneficiaryCount"
)]
pub struct BeneficiaryCount {
    /// # Count
    ///
    /// How many.
    pub count: u64,
    /// # Unit
    ///
    /// What is counted.
    pub unit: BeneficiaryUnit,
    /// # Floor
    ///
    /// True when the count is a minimum ("over 5.8 million households").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub is_floor: bool,
}

/// A Sustainable Development Goal a pledge serves, with the targets it names (format 1.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "SdgRef")]
pub struct SdgRef {
    /// # Goal
    ///
    /// The goal's number, 1 to 17 (see the `sdgGoal` codelist).
    pub goal: u64,
    /// # Targets
    ///
    /// Targets of this goal, written as in the 2030 Agenda: `9.1`, `9.c`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
}

/// A pledger's self-reported progress on a pledge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    remote = "ProgressReport"
)]
pub struct ProgressReport {
    /// # Report date
    ///
    /// The date the report was made.
    #[serde(deserialize_with = "super::dates::date")]
    pub date: NaiveDate,
    /// # Status
    ///
    /// The implementation status at the time of the report.
    pub status: ImplementationStatus,
    /// # Narrative
    ///
    /// What has been done, in the pledger's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub narrative: Option<String>,
    /// # Amount delivered
    ///
    /// The money disbursed or invested so far, cumulative to the report date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_delivered: Option<MoneyAmount>,
    /// # People reached
    ///
    /// The number of people reached so far, cumulative to the report date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people_reached: Option<u64>,
    /// # Challenges
    ///
    /// The obstacles met.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub challenges: Vec<Challenge>,
    /// # Solutions
    ///
    /// The remedies proposed or applied.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub solutions: Vec<Solution>,
    /// # Targets addressed
    ///
    /// The P2C Targets the reported work served.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<TargetCode>,
}

/// A link from this pledge to another one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Relation")]
pub struct Relation {
    /// # Relation type
    ///
    /// How this pledge relates to the other.
    #[serde(rename = "type")]
    pub kind: RelationType,
    /// # Other pledge
    ///
    /// The id of the other pledge.
    pub pledge: String,
}

/// A web page about the pledge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Link")]
pub struct Link {
    /// # URL
    ///
    /// The address of the page (http or https).
    pub url: String,
    /// # Title
    ///
    /// What the page is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// Whom the Secretariat contacts about the pledge. Private: never part of public output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Contact")]
pub struct Contact {
    /// # Contact name
    ///
    /// The contact person's name.
    pub name: String,
    /// # Contact email
    ///
    /// The contact person's email address.
    pub email: String,
}

super::object::object_only!(
    Beneficiaries,
    BeneficiaryCount,
    SdgRef,
    ProgressReport,
    Relation,
    Link,
    Contact
);
