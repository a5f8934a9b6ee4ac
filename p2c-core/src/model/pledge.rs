//! The pledge document.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::entity::Pledgers;
use super::geography::Implementation;
use super::period::PartialDate;
use super::period::Period;
use super::report::{Beneficiaries, Contact, Link, ProgressReport, Relation, SdgRef};
use super::value::FinancialValue;
use crate::events::EventCode;
use crate::targets::TargetCode;
use crate::taxonomy::{FocusArea, ImplementationStatus, Pillar, PledgeType, ReviewState};

/// The version of the pledge format a document follows.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum FormatVersion {
    /// # Format 1.0
    ///
    /// The first published version of the pledge format.
    #[default]
    #[serde(rename = "1.0")]
    V1_0,
    /// # Format 1.1
    ///
    /// Adds amount qualifiers (basis, ranges, ceilings, approximate and in-kind amounts, the
    /// announcer's stated equivalent, components), value dates at year or month precision,
    /// the announcement date, events, SDGs, country groups and unnamed countries as places,
    /// partner roles, beneficiary counts in other units, and `unknown` where a source does
    /// not say. Every 1.0 document is a 1.1 document once its version says so
    /// (see [`crate::migrate`]).
    #[serde(rename = "1.1")]
    V1_1,
}

impl FormatVersion {
    /// The newest version this library writes.
    pub const CURRENT: FormatVersion = FormatVersion::V1_1;

    /// Every version this library reads, oldest first.
    pub const ALL: &'static [FormatVersion] = &[FormatVersion::V1_0, FormatVersion::V1_1];

    /// The version as written on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            FormatVersion::V1_0 => "1.0",
            FormatVersion::V1_1 => "1.1",
        }
    }

    /// The version written as `s` (`"1.0"`, `"1.1"`), if this library reads it.
    pub fn parse(s: &str) -> Option<FormatVersion> {
        FormatVersion::ALL.iter().copied().find(|v| v.as_str() == s)
    }
}

impl std::fmt::Display for FormatVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Partner2Connect pledge: a public commitment toward universal meaningful connectivity.
///
/// This is the whole document as exchanged in JSON (camelCase keys, decimal amounts as strings,
/// ISO 8601 dates). Parsing checks shapes and codes; the validation module checks meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Pledge")]
#[schemars(title = "Partner2Connect pledge")]
pub struct Pledge {
    /// # Format version
    ///
    /// The version of the pledge format this document follows; readers use it to read older
    /// documents.
    pub format_version: FormatVersion,
    /// # Pledge id
    ///
    /// The pledge's stable identifier, unique within a data set.
    pub id: String,
    /// # Title
    ///
    /// A short title for the pledge.
    pub title: String,
    /// # Description
    ///
    /// What the pledge commits to, in the pledger's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// # Links
    ///
    /// Web pages about the pledge: announcements, reports, the P2C platform entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// # Notes
    ///
    /// Notes by the Secretariat or the data's compiler, such as the source document of a
    /// figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// # Submitted at
    ///
    /// When the pledger submitted the pledge (RFC 3339 timestamp).
    #[serde(
        default,
        deserialize_with = "super::dates::timestamp_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub submitted_at: Option<DateTime<Utc>>,
    /// # Validated at
    ///
    /// When the Secretariat validated the pledge (RFC 3339 timestamp).
    #[serde(
        default,
        deserialize_with = "super::dates::timestamp_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub validated_at: Option<DateTime<Utc>>,
    /// # Announced on
    ///
    /// When the pledge was announced, as precisely as the source says: a year (`2022`), a
    /// month (`2022-06`) or a day (`2022-06-07`). Absent when no source dates the
    /// announcement (validation reports that at `info` severity). Format 1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced_on: Option<PartialDate>,
    /// # Events
    ///
    /// The P2C events and campaigns the pledge was announced at or collected by (`MWC-2024`,
    /// `AI-PLEDGE-DRIVE-2024`); an open codelist, see the `p2cEvent` codelist. Format 1.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventCode>,
    /// # Pledgers
    ///
    /// The lead entity and any partners making the pledge.
    pub pledgers: Pledgers,
    /// # Pledge types
    ///
    /// What kind of commitment the pledge is: one or more of financial, policy, advocacy,
    /// programmatic.
    #[serde(deserialize_with = "non_empty")]
    #[schemars(length(min = 1))]
    pub pledge_types: Vec<PledgeType>,
    /// # Focus areas
    ///
    /// The Action Framework focus areas the pledge addresses.
    #[serde(deserialize_with = "non_empty")]
    #[schemars(length(min = 1))]
    pub focus_areas: Vec<FocusArea>,
    /// # Pillars
    ///
    /// The Action Framework pillars the pledge addresses; each belongs to one focus area.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<Pillar>,
    /// # SDGs
    ///
    /// The Sustainable Development Goals the pledge serves, each with the targets it names.
    /// Format 1.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sdgs: Vec<SdgRef>,
    /// # Financial value
    ///
    /// The announced monetary value, for financial pledges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub financial_value: Option<FinancialValue>,
    /// # Implementation
    ///
    /// Where the pledge is implemented.
    #[serde(default)]
    pub implementation: Implementation,
    /// # Period
    ///
    /// When the pledge is carried out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// # Beneficiaries
    ///
    /// Who the pledge is meant to benefit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiaries: Option<Beneficiaries>,
    /// # P2C Targets
    ///
    /// The coalition targets the pledge serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<TargetCode>,
    /// # Contact
    ///
    /// Whom the Secretariat contacts about the pledge. Private: never part of public output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// # Review state
    ///
    /// Where the pledge is in the Secretariat's review workflow.
    pub review_state: ReviewState,
    /// # Implementation status
    ///
    /// How far the pledged work has got.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub implementation_status: Option<ImplementationStatus>,
    /// # Progress reports
    ///
    /// The pledger's progress reports, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progress_reports: Vec<ProgressReport>,
    /// # Relations
    ///
    /// Links to other pledges this one supersedes, is part of, or shares funds with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
}

/// Deserialize a list that must have at least one element, as the schema's `minItems: 1` says.
fn non_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    let v = Vec::<T>::deserialize(d)?;
    if v.is_empty() {
        return Err(serde::de::Error::invalid_length(0, &"at least one value"));
    }
    Ok(v)
}

impl Pledge {
    /// Whether the pledge has the given type.
    pub fn has_type(&self, t: PledgeType) -> bool {
        self.pledge_types.contains(&t)
    }

    /// The pledge without private data (the contact), fit for public output.
    pub fn public_view(&self) -> Pledge {
        Pledge {
            contact: None,
            ..self.clone()
        }
    }
}

impl serde::Serialize for Pledge {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // The inherent, derived function (see `super::object`).
        Pledge::serialize(self, s)
    }
}

/// Read from a map only (see `super::object`), and refuse a document that uses a feature
/// newer than the version it declares (see `super::version`), naming the version it needs.
impl<'de> serde::Deserialize<'de> for Pledge {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let p = d.deserialize_map(super::object::ObjectOnly::<Pledge>(
            std::marker::PhantomData,
        ))?;
        if let Some(f) = super::version::newer_features(&p).first() {
            return Err(serde::de::Error::custom(format_args!(
                "`{}`: {}",
                f.pointer,
                super::version::message(&f.what, f.since, p.format_version)
            )));
        }
        Ok(p)
    }
}

impl<'de> super::object::FromMap<'de> for Pledge {
    fn from_map<A: serde::de::MapAccess<'de>>(map: A) -> Result<Self, A::Error> {
        Pledge::deserialize(serde::de::value::MapAccessDeserializer::new(map))
    }
}
