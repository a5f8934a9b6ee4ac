//! Geography that adds up: under split attributions, one attribution of a pledge's value over
//! its places, from which its country, region and country-group rows are all derived.
//!
//! # The places of a pledge
//!
//! A pledge's value is split over its **places**, in this order:
//! 1. each named country (`countries`), once, in code order;
//! 2. a **region part** for each region the pledge declares (`regions`, `primaryRegion`) or
//!    has unnamed countries in (`unspecifiedCountriesIn`), unless the region only restates
//!    where named countries are: a declared region with a named country in it is not a part
//!    of its own (its money is its countries'), except when it has unnamed countries in it or
//!    narrows a declared country group ("LDCs in Africa"); region parts in codelist order;
//! 3. a **group part** when the pledge declares country groups (`countryGroups`) and has no
//!    region part: the group's unnamed members ("for LDCs, LLDCs and SIDS").
//!
//! # One split
//!
//! Under [`Attribution::EqualSplit`] every place gets an equal share. Under
//! [`Attribution::DeclaredShares`] the declared shares are used when they **fit** the places:
//! each country place takes its own country's share, else its region's share; each region part
//! takes its region's share; every share is used by at least one place, no area has two
//! shares, none is negative and not all are zero (a group part has no area a share could
//! name, so it never fits). A region's share that covers several places (shares declared per
//! region for a pledge that names the countries) is split equally between them, and the
//! country and country-group breakdowns count that as a share fallback (their rows were not
//! declared). Shares that do not fit give an equal split over the places, counted as a share
//! fallback in all three breakdowns. Each split is that of [`crate::money::exact::split`]: in
//! the value's own smallest unit, by the largest-remainder method, ties to the earlier place;
//! the places' shares sum exactly to the value.
//!
//! # The rows, from the one split
//!
//! - **Country**: each country place's share; the share of region and group parts goes to
//!   `unspecified` (implemented in countries the pledge does not name).
//! - **ITU region**: a region's row is the sum of its countries' shares plus its region part's
//!   share; a country with no ITU-D region and a group part go to `unspecified`.
//! - **Country group**: a group's row is the sum of the shares of its member countries (member
//!   on the summary's date) plus, when the pledge declares the group, the shares of its region
//!   and group parts; the share of places in no group goes to `unspecified`. Groups overlap
//!   (a country can be an LDC and an LLDC), so the breakdown may overlap, and says so.
//!
//! So, for every pledge set, each region row is the sum of the country rows of its countries
//! plus its region parts, and each group row the sum of its member countries' rows plus the
//! parts of pledges that declare it. A pledge counts once in each row any of its places reaches,
//! even with a share of zero. A pledge with no place at all is in the `global` row of the
//! country and region breakdowns when it is global, else in `unspecified`, with its whole value.
//! Under [`super::RegionMode::PrimaryOnly`] the region breakdown keeps its own rule (each pledge's
//! whole value in its one region), and [`Attribution::Full`] keeps the overlapping rows of
//! every place.

use rust_decimal::Decimal;

use super::Attribution;
use crate::geo;
use crate::model::{CountryCode, Pledge, Share};
use crate::money::exact::{add, split, split_equal};
use crate::taxonomy::{Codelist, ItuRegion};
use crate::Result;

/// One place a pledge's value is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// A named country.
    Country(CountryCode),
    /// Countries of a region the pledge does not name (or the region it declares).
    Region(ItuRegion),
    /// Unnamed members of the country groups the pledge declares.
    Groups,
}

/// A pledge's value, attributed over its places.
#[derive(Debug, Default)]
pub(super) struct PlaceSplit {
    /// Each place with its share, in place order.
    pub(super) parts: Vec<(Place, Decimal)>,
    /// The pledge declares shares that do not fit its places: the split is equal.
    pub(super) fallback: bool,
    /// A declared region share was split equally between several places.
    pub(super) spread: bool,
}

/// The places of `p`, in order (see the module docs).
pub(super) fn places_of(p: &Pledge) -> Vec<Place> {
    let imp = &p.implementation;
    // Most pledges list their countries sorted and once each: no copy for them.
    let countries: std::borrow::Cow<'_, [CountryCode]> = if imp
        .countries
        .windows(2)
        .all(|w| matches!(w, [a, b] if a < b))
    {
        std::borrow::Cow::Borrowed(&imp.countries)
    } else {
        let mut sorted = imp.countries.clone();
        sorted.sort_unstable();
        sorted.dedup();
        std::borrow::Cow::Owned(sorted)
    };
    let groups = !imp.country_groups.is_empty();
    let mut out: Vec<Place> = countries.iter().map(|c| Place::Country(*c)).collect();
    let mut any_region = false;
    for &r in ItuRegion::all() {
        let listed = imp.regions.contains(&r);
        let unnamed = imp.unspecified_countries_in.contains(&r);
        if !(listed || unnamed || imp.primary_region == Some(r)) {
            continue;
        }
        let named = countries.iter().any(|c| geo::itu_region(*c) == Some(r));
        if unnamed || !named || (groups && listed) {
            out.push(Place::Region(r));
            any_region = true;
        }
    }
    if groups && !any_region {
        out.push(Place::Groups);
    }
    out
}

/// `value` attributed over the places of `p` under a split `attribution` (see the module
/// docs); no parts when the pledge has no place.
pub(super) fn attribute(
    p: &Pledge,
    attribution: Attribution,
    value: Decimal,
) -> Result<PlaceSplit> {
    let places = places_of(p);
    if places.is_empty() {
        return Ok(PlaceSplit::default());
    }
    let shares = &p.implementation.shares;
    if attribution == Attribution::DeclaredShares && !shares.is_empty() {
        if let Some(units) = fit(shares, &places) {
            return declared(value, &places, &units);
        }
    }
    let amounts = split_equal(value, places.len())?;
    Ok(PlaceSplit {
        parts: places.into_iter().zip(amounts).collect(),
        fallback: attribution == Attribution::DeclaredShares && !shares.is_empty(),
        spread: false,
    })
}

/// The declared shares as units of the split, when they fit `places`: each unit is a share's
/// percent and the indices of the places it covers, in the order of their first place.
fn fit(shares: &[Share], places: &[Place]) -> Option<Vec<(Decimal, Vec<usize>)>> {
    for (i, s) in shares.iter().enumerate() {
        let repeated = shares
            .get(..i)
            .is_some_and(|seen| seen.iter().any(|o| o.area == s.area));
        if repeated || s.percent.is_sign_negative() {
            return None;
        }
    }
    if shares.iter().all(|s| s.percent.is_zero()) {
        return None;
    }
    let index = |area: &str| shares.iter().position(|s| s.area == area);
    let mut units: Vec<(usize, Vec<usize>)> = Vec::new();
    for (at, place) in places.iter().enumerate() {
        let share = match place {
            Place::Country(c) => {
                index(c.as_str()).or_else(|| geo::itu_region(*c).and_then(|r| index(r.code())))?
            }
            Place::Region(r) => index(r.code())?,
            Place::Groups => return None,
        };
        match units.iter_mut().find(|u| u.0 == share) {
            Some(u) => u.1.push(at),
            None => units.push((share, vec![at])),
        }
    }
    if units.len() != shares.len() {
        // A share covers no place of the pledge.
        return None;
    }
    units
        .into_iter()
        .map(|(s, at)| shares.get(s).map(|s| (s.percent, at)))
        .collect()
}

/// `value` split by the fitting shares `units`, each unit's part split equally between its
/// places.
fn declared(
    value: Decimal,
    places: &[Place],
    units: &[(Decimal, Vec<usize>)],
) -> Result<PlaceSplit> {
    let weights: Vec<Decimal> = units.iter().map(|u| u.0).collect();
    let mut amounts = vec![Decimal::ZERO; places.len()];
    let mut spread = false;
    for ((_, at), part) in units.iter().zip(split(value, &weights)?) {
        let pieces = if at.len() == 1 {
            vec![part]
        } else {
            spread = true;
            split_equal(part, at.len())?
        };
        for (i, piece) in at.iter().zip(pieces) {
            if let Some(slot) = amounts.get_mut(*i) {
                *slot = piece;
            }
        }
    }
    Ok(PlaceSplit {
        parts: places.iter().copied().zip(amounts).collect(),
        fallback: false,
        spread,
    })
}

/// Add `share` to the row `key` of a pledge's rows, each key once.
pub(super) fn merge<K: PartialEq>(
    rows: &mut Vec<(K, Decimal)>,
    key: K,
    share: Decimal,
) -> Result<()> {
    match rows.iter_mut().find(|(k, _)| *k == key) {
        Some((_, v)) => *v = add(*v, share, "breakdown value")?,
        None => rows.push((key, share)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    // Test arithmetic on small known values; overflow would be a test failure anyway.
    #![allow(clippy::arithmetic_side_effects)]

    use std::collections::BTreeMap;
    use std::sync::Arc;

    use chrono::NaiveDate;
    use proptest::prelude::*;
    use serde_json::{json, Value};

    use super::super::{summarize, Dimension, RegionMode, Summary, SummaryOptions};
    use super::*;
    use crate::taxonomy::CountryGroup;

    /// Countries of every region, LDCs, LLDCs and SIDS (Bhutan left the LDCs in December
    /// 2023; Aruba has no ITU-D region).
    const COUNTRIES: [&str; 14] = [
        "GHA", "TGO", "KEN", "UGA", "MAR", "EGY", "BTN", "FJI", "KHM", "FRA", "BRA", "HTI", "NPL",
        "ABW",
    ];
    const REGIONS: [&str; 6] = ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"];
    const GROUPS: [&str; 3] = ["ldc", "lldc", "sids"];

    /// The entries of `from` whose bit is set in `bits`.
    fn pick<'a>(from: &[&'a str], bits: u32) -> Vec<&'a str> {
        from.iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, c)| *c)
            .collect()
    }

    /// The places a pledge may take under a test's `shape`.
    #[derive(Debug, Clone)]
    struct Shape {
        countries: u32,
        regions: u32,
        unnamed: u32,
        groups: u32,
        primary: Option<usize>,
        global: bool,
        /// 0 none, 1 one per country and region part, 2 one per region, 3 arbitrary.
        shares: u8,
        junk: u32,
    }

    fn shape() -> impl Strategy<Value = Shape> {
        (
            prop_oneof![Just(0u32), 0u32..(1 << 14), 0u32..(1 << 4)],
            prop_oneof![Just(0u32), 0u32..64],
            prop_oneof![3 => Just(0u32), 1 => 0u32..64],
            prop_oneof![2 => Just(0u32), 1 => 0u32..8],
            prop::option::weighted(0.2, 0usize..6),
            prop::bool::weighted(0.1),
            0u8..4,
            any::<u32>(),
        )
            .prop_map(
                |(countries, regions, unnamed, groups, primary, global, shares, junk)| Shape {
                    countries,
                    regions,
                    unnamed,
                    groups,
                    primary,
                    global,
                    shares,
                    junk,
                },
            )
    }

    fn pledge(i: usize, s: &Shape, amount: Decimal) -> Pledge {
        let unnamed = pick(&REGIONS, s.unnamed);
        let mut regions = pick(&REGIONS, s.regions);
        for r in &unnamed {
            if !regions.contains(r) {
                regions.push(r);
            }
        }
        let mut imp = json!({
            "countries": pick(&COUNTRIES, s.countries),
            "regions": regions,
            "unspecifiedCountriesIn": unnamed,
            "countryGroups": pick(&GROUPS, s.groups),
            "global": s.global,
        });
        if let Some(r) = s.primary {
            imp["primaryRegion"] = json!(REGIONS[r]);
        }
        let bare = build(i, imp.clone(), amount);
        let areas: Vec<String> = match s.shares {
            0 => Vec::new(),
            1 => places_of(&bare)
                .into_iter()
                .filter_map(|pl| match pl {
                    Place::Country(c) => Some(c.as_str().to_owned()),
                    Place::Region(r) => Some(r.code().to_owned()),
                    Place::Groups => None,
                })
                .collect(),
            2 => {
                let mut rs: Vec<String> = Vec::new();
                for pl in places_of(&bare) {
                    let r = match pl {
                        Place::Country(c) => geo::itu_region(c),
                        Place::Region(r) => Some(r),
                        Place::Groups => None,
                    };
                    if let Some(r) = r.map(|r| r.code().to_owned()) {
                        if !rs.contains(&r) {
                            rs.push(r);
                        }
                    }
                }
                rs
            }
            _ => pick(&COUNTRIES, s.junk)
                .into_iter()
                .chain(pick(&REGIONS, s.junk >> 20))
                .map(str::to_owned)
                .collect(),
        };
        let shares: Vec<Value> = areas
            .iter()
            .enumerate()
            .map(|(k, a)| {
                let percent = (s.junk as usize).wrapping_add(k * 37) % 61;
                json!({ "area": a, "percent": percent.to_string() })
            })
            .collect();
        imp["shares"] = json!(shares);
        build(i, imp, amount)
    }

    fn build(i: usize, imp: Value, amount: Decimal) -> Pledge {
        serde_json::from_value(json!({
            "formatVersion": "1.1",
            "id": format!("P{i:03}"),
            "title": format!("P{i:03}"),
            "pledgers": { "lead": { "name": format!("Org {i}"),
                                    "stakeholderType": "private_sector", "headquarters": "USA" } },
            "pledgeTypes": ["financial"],
            "focusAreas": ["access"],
            "reviewState": "published",
            "validatedAt": "2022-01-01T00:00:00Z",
            "financialValue": { "amount": amount.to_string(), "currency": "USD",
                                "valueDate": "2022-01-01" },
            "implementation": imp,
        }))
        .unwrap()
    }

    fn pledge_set() -> impl Strategy<Value = Vec<Pledge>> {
        prop::collection::vec(
            (
                shape(),
                prop_oneof![0u64..1_000, 0u64..10_000_000_000_000_000],
                0u32..5,
            ),
            1..12,
        )
        .prop_map(|v| {
            v.iter()
                .enumerate()
                .map(|(i, (s, units, scale))| {
                    pledge(
                        i,
                        s,
                        Decimal::from_i128_with_scale(i128::from(*units), *scale),
                    )
                })
                .collect()
        })
    }

    const AS_OF: &str = "2024-07-07";

    fn options(attribution: Attribution) -> SummaryOptions {
        let mut o = SummaryOptions::new(
            AS_OF.parse::<NaiveDate>().unwrap(),
            Arc::new(super::super::TableConverter::embedded()),
        );
        o.attribution = attribution;
        o.region_mode = RegionMode::PrimaryOrAny;
        // Generated shares need not sum to 100 and places need not be valid together: the
        // summary's arithmetic is what is tested.
        o.validate = false;
        o
    }

    fn rows(s: &Summary, dim: Dimension) -> BTreeMap<String, Decimal> {
        s.breakdown(dim)
            .unwrap()
            .rows
            .iter()
            .map(|r| (r.key.clone(), r.value))
            .collect()
    }

    fn get(rows: &BTreeMap<String, Decimal>, key: &str) -> Decimal {
        rows.get(key).copied().unwrap_or_default()
    }

    /// The sum of the country rows `keep` selects.
    fn countries_where(
        country: &BTreeMap<String, Decimal>,
        keep: impl Fn(CountryCode) -> bool,
    ) -> Decimal {
        country
            .iter()
            .filter(|(k, _)| CountryCode::new(k).is_some_and(&keep))
            .map(|(_, v)| *v)
            .sum()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The identities of the module docs, for any pledge set and amount: region rows are
        /// their countries' rows plus region parts, group rows their member countries' rows
        /// plus the non-country parts of pledges that declare them, and every row of the set
        /// is the sum of the same row of each pledge alone.
        #[test]
        fn geographic_rows_derive_from_one_split(
            pledges in pledge_set(),
            declared in any::<bool>(),
        ) {
            let attribution =
                if declared { Attribution::DeclaredShares } else { Attribution::EqualSplit };
            let o = options(attribution);
            let as_of: NaiveDate = AS_OF.parse().unwrap();
            let s = summarize(&pledges, &o).unwrap();
            prop_assert_eq!(s.pledge_count as usize, pledges.len());
            let country = rows(&s, Dimension::Country);
            let region = rows(&s, Dimension::ItuRegion);
            let group = rows(&s, Dimension::CountryGroup);
            let total = s.value.total;
            for dim in [Dimension::Country, Dimension::ItuRegion] {
                let b = s.breakdown(dim).unwrap();
                prop_assert_eq!(rows(&s, dim).values().copied().sum::<Decimal>(), total);
                prop_assert_eq!(b.additivity, crate::aggregate::Additivity::Additive);
            }
            let g = s.breakdown(Dimension::CountryGroup).unwrap();
            prop_assert_eq!(group.values().copied().sum::<Decimal>() - total, g.value_overlap);
            prop_assert!(g.value_overlap >= Decimal::ZERO);
            prop_assert_eq!(get(&country, "global"), get(&region, "global"));

            // Region rows: countries plus region parts, only where a pledge may have one.
            let mut parts = Decimal::ZERO;
            for r in ItuRegion::all() {
                let part = get(&region, r.code())
                    - countries_where(&country, |c| geo::itu_region(c) == Some(*r));
                prop_assert!(part >= Decimal::ZERO, "{} part {}", r.code(), part);
                let may = pledges.iter().any(|p| {
                    let imp = &p.implementation;
                    imp.regions.contains(r)
                        || imp.unspecified_countries_in.contains(r)
                        || imp.primary_region == Some(*r)
                });
                if !may {
                    prop_assert_eq!(part, Decimal::ZERO, "{} has no region part", r.code());
                }
                parts += part;
            }
            // What no country row holds is in region parts, else in the region breakdown's
            // unspecified row (beside countries with no ITU-D region).
            let no_region = countries_where(&country, |c| geo::itu_region(c).is_none());
            prop_assert_eq!(
                parts + get(&region, "unspecified") - no_region,
                get(&country, "unspecified")
            );

            // Each pledge alone, and the set as the sum of them.
            let mut summed: BTreeMap<(String, String), Decimal> = BTreeMap::new();
            let mut declaring: BTreeMap<CountryGroup, Decimal> = BTreeMap::new();
            for p in &pledges {
                let one = summarize(std::slice::from_ref(p), &o).unwrap();
                for dim in [Dimension::Country, Dimension::ItuRegion, Dimension::CountryGroup] {
                    for (k, v) in rows(&one, dim) {
                        *summed.entry((format!("{dim:?}"), k)).or_default() += v;
                    }
                }
                // A pledge that declares a group has places; its non-country parts are its
                // country breakdown's unspecified row.
                let non_country = get(&rows(&one, Dimension::Country), "unspecified");
                for g in &p.implementation.country_groups {
                    *declaring.entry(*g).or_default() += non_country;
                }
            }
            for dim in [Dimension::Country, Dimension::ItuRegion, Dimension::CountryGroup] {
                for (k, v) in rows(&s, dim) {
                    prop_assert_eq!(summed.get(&(format!("{dim:?}"), k.clone())).copied().unwrap_or_default(), v,
                        "{:?} {}", dim, k);
                }
            }
            for g in CountryGroup::all() {
                let members = countries_where(&country, |c| geo::is_member(*g, c, as_of));
                let declared = declaring.get(g).copied().unwrap_or_default();
                prop_assert_eq!(get(&group, g.code()), members + declared, "{}", g.code());
            }
        }

        /// Under declared shares, a pledge's country rows are its declared country shares when
        /// one share is declared per place (and nothing else splits it).
        #[test]
        fn fitting_country_shares_are_the_country_rows(
            picked in 1u32..(1 << 13),
            units in 0u64..1_000_000_000,
            percents in prop::collection::vec(0u32..100, 13),
        ) {
            let countries = pick(&COUNTRIES, picked);
            let mut codes: Vec<&str> = countries.clone();
            codes.sort_unstable();
            let shares: Vec<Value> = codes.iter().zip(&percents)
                .map(|(c, p)| json!({ "area": c, "percent": p.to_string() }))
                .collect();
            let value = Decimal::from(units);
            let p = build(0, json!({ "countries": countries, "shares": shares }), value);
            let s = summarize(std::slice::from_ref(&p), &options(Attribution::DeclaredShares)).unwrap();
            let country = rows(&s, Dimension::Country);
            let weights: Vec<Decimal> = percents.iter().take(codes.len()).map(|p| Decimal::from(*p)).collect();
            let expected = split(value, &weights).unwrap();
            let fits = weights.iter().any(|w| !w.is_zero());
            let b = s.breakdown(Dimension::Country).unwrap();
            prop_assert_eq!(b.share_fallbacks, u64::from(!fits));
            if fits {
                for (c, v) in codes.iter().zip(expected) {
                    prop_assert_eq!(get(&country, c), v, "{}", c);
                }
            }
        }
    }

    #[test]
    fn places_follow_the_rules() {
        let p = |imp: Value| places_of(&build(0, imp, Decimal::ONE));
        let c = |s: &str| Place::Country(CountryCode::new(s).unwrap());
        // A declared region restating a named country's is no place of its own.
        assert_eq!(
            p(json!({ "countries": ["TGO", "GHA"], "regions": ["AFR"] })),
            [c("GHA"), c("TGO")]
        );
        // Unnamed countries in it are.
        assert_eq!(
            p(
                json!({ "countries": ["GHA"], "regions": ["AFR"], "unspecifiedCountriesIn": ["AFR"] })
            ),
            [c("GHA"), Place::Region(ItuRegion::Afr)]
        );
        // A declared region that narrows a declared group ("LDCs in Africa") is a part.
        assert_eq!(
            p(json!({ "countries": ["GHA"], "regions": ["AFR"], "countryGroups": ["ldc"] })),
            [c("GHA"), Place::Region(ItuRegion::Afr)]
        );
        // A group with no region part is a group part; a primary region with no named
        // country is a region part.
        assert_eq!(
            p(json!({ "countries": ["GHA"], "countryGroups": ["sids"] })),
            [c("GHA"), Place::Groups]
        );
        assert_eq!(
            p(json!({ "primaryRegion": "EUR", "countries": ["GHA"] })),
            [c("GHA"), Place::Region(ItuRegion::Eur)]
        );
        assert!(p(json!({ "global": true })).is_empty());
    }

    #[test]
    fn a_region_share_is_spread_over_its_places() {
        let p = build(
            0,
            json!({ "countries": ["KEN", "UGA", "MAR"], "regions": ["AFR", "ARB"],
                    "shares": [{ "area": "AFR", "percent": "2" }, { "area": "ARB", "percent": "1" }] }),
            Decimal::new(100, 0),
        );
        let s = attribute(&p, Attribution::DeclaredShares, Decimal::new(100, 0)).unwrap();
        // Places in code order KEN, MAR, UGA; AFR's 67 (of 100 by 2:1, the unit left over to
        // the larger remainder) is 34 + 33, ARB's 33 goes to MAR.
        let amounts: Vec<Decimal> = s.parts.iter().map(|p| p.1).collect();
        assert_eq!(
            amounts,
            [
                Decimal::new(34, 0),
                Decimal::new(33, 0),
                Decimal::new(33, 0)
            ]
        );
        assert!(s.spread && !s.fallback);
        // Under equal split the shares are not read.
        let e = attribute(&p, Attribution::EqualSplit, Decimal::new(100, 0)).unwrap();
        assert!(!e.spread && !e.fallback);
    }
}
