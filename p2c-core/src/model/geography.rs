//! Where a pledge is implemented.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::codes::CountryCode;
use super::decimal::DecimalString;
use crate::taxonomy::{CountryGroup, ItuRegion};

/// The implementation geography of a pledge: global, a set of ITU-D regions, a set of
/// countries, or regions and countries together.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    remote = "Implementation"
)]
pub struct Implementation {
    /// # Global
    ///
    /// True when the pledge is implemented worldwide rather than in named places.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub global: bool,
    /// # Regions
    ///
    /// The ITU-D regions where the pledge is implemented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<ItuRegion>,
    /// # Primary region
    ///
    /// The region the pledger named as primary, when it named one; dashboards can count a
    /// pledge under its primary region only, or under every region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_region: Option<ItuRegion>,
    /// # Countries
    ///
    /// The countries where the pledge is implemented (ISO 3166-1 alpha-3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<CountryCode>,
    /// # Country groups
    ///
    /// UN country groups the pledge is implemented in without naming the countries ("for
    /// LDCs, LLDCs and SIDS"). With `regions`, the group's members in those regions ("LDCs
    /// in Africa"). Format 1.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub country_groups: Vec<CountryGroup>,
    /// # Unnamed countries in
    ///
    /// ITU-D regions in which the pledge is implemented in countries it does not name ("16
    /// countries in the Middle East and Africa"): the region counts the pledge, no country
    /// does. Each must be among `regions` when `regions` is given. Format 1.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unspecified_countries_in: Vec<ItuRegion>,
    /// # Declared shares
    ///
    /// How the pledge's value divides between the declared countries or regions, in percent.
    /// When given, the shares cover the declared areas and sum to 100.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<Share>,
}

/// A declared share of a pledge's value for one country or region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Share")]
pub struct Share {
    /// # Area
    ///
    /// The country code or ITU-D region code the share is for; it must be one of the declared
    /// countries or regions.
    pub area: String,
    /// # Percent
    ///
    /// The share in percent (0–100), as a decimal string.
    #[serde(with = "super::decimal")]
    #[schemars(with = "DecimalString")]
    pub percent: Decimal,
}

super::object::object_only!(Implementation, Share);
