//! Which region and country-group rows a pledge's implementation places count in, and why.
//!
//! Format 1.1 lets a pledge name places that are not countries: a UN country group ("for
//! LDCs, LLDCs and SIDS", `countryGroups`) and countries it does not name within a region
//! ("16 countries in the Middle East and Africa", `unspecifiedCountriesIn`). [`places`]
//! answers, for one pledge and one date, which rows of a by-region and a by-group breakdown
//! count it, each with the reasons ([`Reason`]), by these rules:
//!
//! - **Country rows**: the named `countries`, and only those. A group or an unnamed country
//!   never becomes a country row (which country would it be?).
//! - **Region rows**: a region counts the pledge when it is declared in `regions`
//!   ([`Reason::Declared`]), when the pledge has unnamed countries in it
//!   ([`Reason::UnnamedCountries`]), or when a named country is in it
//!   ([`Reason::NamedCountry`]).
//! - **Group rows**: a group counts the pledge when the pledge declares it
//!   ([`Reason::Declared`], or [`Reason::DeclaredWithinRegions`] when `regions` narrows it:
//!   "LDCs in Africa"), or when a named country is a member on the date
//!   ([`Reason::NamedCountry`], using the dated lists of [`crate::geo::membership`]; an answer
//!   that depends on a scheduled, unconfirmed graduation is marked provisional).
//! - A group declared without any region or country gives **no region row**: the group's
//!   members lie in several regions and the pledge does not say which. [`Places::region_unstated`]
//!   says so, for the summary to list, instead of spreading the pledge over every region
//!   with a member.
//! - `global` gives no region or group row either; [`Places::global`] carries it.
//!
//! Shares and attribution (how much of a pledge's value each row gets) are the summary's
//! business; this module only says which rows, and why.

use chrono::NaiveDate;
use serde::Serialize;

use super::{itu_region, membership};
use crate::model::{CountryCode, Implementation};
use crate::taxonomy::{Codelist, CountryGroup, ItuRegion};

/// Why a row counts a pledge.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Reason {
    /// The pledge declares the region or group itself.
    Declared,
    /// The pledge declares the group, narrowed to its declared regions ("LDCs in Africa").
    DeclaredWithinRegions {
        /// The regions.
        regions: Vec<ItuRegion>,
    },
    /// The pledge is implemented in countries of the region it does not name.
    UnnamedCountries,
    /// A named country is in the region, or a member of the group on the date.
    NamedCountry {
        /// The country.
        country: CountryCode,
        /// True when group membership depends on a scheduled, unconfirmed graduation.
        provisional: bool,
    },
}

impl Reason {
    /// The reason in words.
    pub fn how(&self) -> String {
        match self {
            Reason::Declared => "declared by the pledge".into(),
            Reason::DeclaredWithinRegions { regions } => format!(
                "declared by the pledge, within {}",
                regions
                    .iter()
                    .map(|r| r.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Reason::UnnamedCountries => {
                "implemented in countries of the region the pledge does not name".into()
            }
            Reason::NamedCountry {
                country,
                provisional: false,
            } => format!("named country {country}"),
            Reason::NamedCountry {
                country,
                provisional: true,
            } => {
                format!("named country {country} (membership provisional: a scheduled graduation)")
            }
        }
    }
}

/// One row that counts the pledge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Row<K> {
    /// The region or group.
    pub key: K,
    /// Every reason it counts the pledge, in the order above.
    pub reasons: Vec<Reason>,
}

/// The rows a pledge counts in, as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Places {
    /// The named countries (country rows), in the pledge's order, once each.
    pub countries: Vec<CountryCode>,
    /// Region rows, in codelist order.
    pub regions: Vec<Row<ItuRegion>>,
    /// Group rows, in codelist order.
    pub groups: Vec<Row<CountryGroup>>,
    /// True when the pledge names a country group but no region or country, so no region
    /// row counts it although it is implemented somewhere.
    pub region_unstated: bool,
    /// True when the pledge is implemented worldwide.
    pub global: bool,
}

impl Places {
    /// Whether the region row counts the pledge.
    pub fn in_region(&self, region: ItuRegion) -> bool {
        self.regions.iter().any(|r| r.key == region)
    }

    /// Whether the group row counts the pledge.
    pub fn in_group(&self, group: CountryGroup) -> bool {
        self.groups.iter().any(|r| r.key == group)
    }
}

/// The rows `imp` counts in on `as_of` (see the module docs).
pub fn places(imp: &Implementation, as_of: NaiveDate) -> Places {
    let mut countries: Vec<CountryCode> = Vec::new();
    for c in &imp.countries {
        if !countries.contains(c) {
            countries.push(*c);
        }
    }
    let regions = ItuRegion::all()
        .iter()
        .filter_map(|&region| {
            let mut reasons = Vec::new();
            if imp.regions.contains(&region) || imp.primary_region == Some(region) {
                reasons.push(Reason::Declared);
            }
            if imp.unspecified_countries_in.contains(&region) {
                reasons.push(Reason::UnnamedCountries);
            }
            for &c in &countries {
                if itu_region(c) == Some(region) {
                    reasons.push(Reason::NamedCountry {
                        country: c,
                        provisional: false,
                    });
                }
            }
            (!reasons.is_empty()).then_some(Row {
                key: region,
                reasons,
            })
        })
        .collect();
    let narrowing: Vec<ItuRegion> = ItuRegion::all()
        .iter()
        .copied()
        .filter(|r| imp.regions.contains(r) || imp.unspecified_countries_in.contains(r))
        .collect();
    let groups = CountryGroup::all()
        .iter()
        .filter_map(|&group| {
            let mut reasons = Vec::new();
            if imp.country_groups.contains(&group) {
                reasons.push(if narrowing.is_empty() {
                    Reason::Declared
                } else {
                    Reason::DeclaredWithinRegions {
                        regions: narrowing.clone(),
                    }
                });
            }
            for &c in &countries {
                let m = membership(group, c, as_of);
                if m.member {
                    reasons.push(Reason::NamedCountry {
                        country: c,
                        provisional: m.provisional,
                    });
                }
            }
            (!reasons.is_empty()).then_some(Row {
                key: group,
                reasons,
            })
        })
        .collect();
    Places {
        region_unstated: !imp.country_groups.is_empty()
            && countries.is_empty()
            && narrowing.is_empty()
            && imp.primary_region.is_none(),
        countries,
        regions,
        groups,
        global: imp.global,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imp(json: serde_json::Value) -> Implementation {
        serde_json::from_value(json).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_declared_group_counts_in_its_row_and_in_no_region() {
        // ZTE: "for LDCs, LLDCs and SIDS".
        let p = places(
            &imp(serde_json::json!({"countryGroups": ["ldc", "lldc", "sids"]})),
            day("2024-01-01"),
        );
        for g in CountryGroup::all() {
            assert!(p.in_group(*g), "{g}");
            assert_eq!(
                p.groups.iter().find(|r| r.key == *g).unwrap().reasons,
                [Reason::Declared]
            );
        }
        assert!(p.regions.is_empty() && p.countries.is_empty());
        assert!(p.region_unstated);
    }

    #[test]
    fn a_group_within_regions_counts_in_both() {
        // Microsoft, Cisco, Rohde & Schwarz, Verizon: "mainly in LDCs and LLDCs in Africa".
        let p = places(
            &imp(serde_json::json!({"regions": ["AFR"], "countryGroups": ["ldc", "lldc"]})),
            day("2024-01-01"),
        );
        assert!(p.in_region(ItuRegion::Afr) && !p.in_region(ItuRegion::Asp));
        assert!(
            p.in_group(CountryGroup::Ldc)
                && p.in_group(CountryGroup::Lldc)
                && !p.in_group(CountryGroup::Sids)
        );
        assert_eq!(
            p.groups[0].reasons,
            [Reason::DeclaredWithinRegions {
                regions: vec![ItuRegion::Afr]
            }]
        );
        assert!(!p.region_unstated);
    }

    #[test]
    fn unnamed_countries_count_in_the_region_only() {
        // Orange: "16 countries in Middle East and Africa", none named.
        let p = places(
            &imp(
                serde_json::json!({"regions": ["AFR", "ARB"], "unspecifiedCountriesIn": ["AFR", "ARB"]}),
            ),
            day("2024-01-01"),
        );
        assert_eq!(p.regions.len(), 2);
        assert_eq!(
            p.regions[0].reasons,
            [Reason::Declared, Reason::UnnamedCountries]
        );
        assert!(p.groups.is_empty() && p.countries.is_empty());
    }

    #[test]
    fn named_countries_give_regions_and_dated_group_membership() {
        // Bhutan left the LDCs on 13 December 2023.
        let bhutan = imp(serde_json::json!({"countries": ["BTN", "BTN"]}));
        let before = places(&bhutan, day("2023-12-01"));
        assert_eq!(before.countries.len(), 1);
        assert!(before.in_group(CountryGroup::Ldc) && before.in_region(ItuRegion::Asp));
        assert!(before.in_group(CountryGroup::Lldc));
        let after = places(&bhutan, day("2024-01-01"));
        assert!(!after.in_group(CountryGroup::Ldc) && after.in_group(CountryGroup::Lldc));
        assert_eq!(
            after.regions[0].reasons,
            [Reason::NamedCountry {
                country: CountryCode::new("BTN").unwrap(),
                provisional: false
            }]
        );
    }

    #[test]
    fn reasons_read_as_words() {
        assert_eq!(Reason::Declared.how(), "declared by the pledge");
        assert_eq!(
            Reason::DeclaredWithinRegions {
                regions: vec![ItuRegion::Afr]
            }
            .how(),
            "declared by the pledge, within AFR"
        );
    }
}
