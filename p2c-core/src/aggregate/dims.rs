//! The keys of the breakdowns by SDG, SDG target, P2C event and where the pledgers come from
//! (`sdg`, `sdgTarget`, `event`, `pledgerRegion`, `pledgerCountry`).
//!
//! - `sdg`: each goal the pledge names, once (the 17 goals are always shown); a number that
//!   is not a goal (only in a pledge counted invalid on the caller's request) is the row
//!   `not_an_sdg`, never dropped.
//! - `sdgTarget`: each target the pledge names under any of its goals, once, keyed and
//!   labelled by its code (`9.c`); in goal order, numbered targets before lettered ones.
//! - `event`: each event or campaign the pledge names, once, labelled by the known event's
//!   name (an event p2c does not know keeps its code as label).
//! - `pledgerRegion`: the ITU-D region of each pledging entity's (lead's and partners')
//!   headquarters; `no_itu_region` for a country in no ITU-D region, `international` for an
//!   entity with no home country, `unknown` when the source does not say. A pledge counts
//!   once in each distinct row its pledgers give. For value, full attribution gives each of
//!   those rows the whole value; the split attributions split it **equally over the distinct
//!   rows** (a joint pledge by two Kenyan firms and a French one: half to AFR, half to EUR).
//!   Declared shares are shares of implementation places, not of pledgers, so under
//!   declared-share attribution these breakdowns split equally and say so: their
//!   `attribution` is `equal_split`.
//! - `pledgerCountry`: likewise by headquarters country, with `international` and `unknown`.
//!
//! Entity counts by pledger region are in `PledgerCountries::regions`: there each distinct
//! entity counts once, in the row of its headquarters ([`pledger_region_index`]).

use rust_decimal::Decimal;

use super::breakdown::{BreakdownAcc, Keys};
use super::select::Counted;
use super::{Attribution, Dimension};
use crate::geo;
use crate::model::{Entity, Headquarters, Pledge};
use crate::taxonomy::{Codelist, ItuRegion};
use crate::Result;

/// The row of pledgers with no home country.
pub(super) const INTERNATIONAL: (&str, &str) = ("international", "International (no home country)");
/// The row of pledgers whose headquarters the source does not give.
pub(super) const UNKNOWN_HQ: (&str, &str) = ("unknown", "Headquarters unknown");
/// The row of pledgers headquartered in a country that is in no ITU-D region.
pub(super) const NO_ITU_REGION: (&str, &str) = ("no_itu_region", "In no ITU-D region");
/// The row of an SDG number that is not a goal.
pub(super) const NOT_AN_SDG: (&str, &str) = ("not_an_sdg", "Not an SDG number");

/// The keys of the 17 goals, in order.
const GOAL_KEYS: [&str; 17] = [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
];

/// How many rows the `pledgerRegion` breakdown always shows: the six regions, then
/// [`NO_ITU_REGION`], [`INTERNATIONAL`] and [`UNKNOWN_HQ`].
pub(super) const PLEDGER_REGION_ROWS: usize = 9;

/// The rows every summary shows for a dimension of this module, in display order.
pub(super) fn seed(dim: Dimension) -> Vec<(&'static str, &'static str)> {
    match dim {
        Dimension::Sdg => GOAL_KEYS
            .iter()
            .zip(crate::sdg::goals())
            .map(|(k, g)| (*k, g.title))
            .collect(),
        Dimension::PledgerRegion => pledger_region_rows().to_vec(),
        _ => Vec::new(),
    }
}

/// The rows of the `pledgerRegion` breakdown and of the entity counts by pledger region, in
/// display order.
pub(super) fn pledger_region_rows() -> [(&'static str, &'static str); PLEDGER_REGION_ROWS] {
    let mut rows = [INTERNATIONAL; PLEDGER_REGION_ROWS];
    for (row, r) in rows.iter_mut().zip(ItuRegion::all()) {
        *row = (r.code(), r.label());
    }
    let tail = [NO_ITU_REGION, INTERNATIONAL, UNKNOWN_HQ];
    let regions = ItuRegion::all().len();
    for (row, t) in rows.iter_mut().skip(regions).zip(tail) {
        *row = t;
    }
    rows
}

/// The index in [`pledger_region_rows`] of an entity headquartered at `hq`.
pub(super) fn pledger_region_index(hq: Headquarters) -> usize {
    let regions = ItuRegion::all().len();
    match hq {
        Headquarters::Country(c) => geo::itu_region(c)
            .and_then(|r| ItuRegion::all().iter().position(|x| *x == r))
            .unwrap_or(regions),
        Headquarters::International => regions.saturating_add(1),
        Headquarters::Unknown => regions.saturating_add(2),
    }
}

/// The key of the `pledgerRegion` row of an entity headquartered at `hq`: its country's ITU-D
/// region (`AFR`), `no_itu_region` for a country in no ITU-D region, `international` or
/// `unknown`. The `headquarters_region` column of the pledge-partners table.
pub fn pledger_region(hq: Headquarters) -> &'static str {
    pledger_region_rows()
        .get(pledger_region_index(hq))
        .map_or(UNKNOWN_HQ.0, |row| row.0)
}

/// The attribution a breakdown of `dim` uses under the summary's `attribution`: the pledger
/// dimensions split equally where declared shares (of implementation places) were asked for.
pub(super) fn attribution(dim: Dimension, attribution: Attribution) -> Attribution {
    match (dim, attribution) {
        (Dimension::PledgerRegion | Dimension::PledgerCountry, Attribution::DeclaredShares) => {
            Attribution::EqualSplit
        }
        (_, a) => a,
    }
}

fn goal_key(goal: u64) -> (&'static str, &'static str) {
    let index = usize::try_from(goal).ok().and_then(|g| g.checked_sub(1));
    match (index.and_then(|i| GOAL_KEYS.get(i)), crate::sdg::goal(goal)) {
        (Some(key), Some(info)) => (*key, info.title),
        _ => NOT_AN_SDG,
    }
}

/// The order of SDG target codes: by goal, numbered targets by number, then lettered ones;
/// a code that is not a target last, by its text.
fn target_order(code: &str) -> (u8, u8, u8, &str) {
    match crate::sdg::split_target(code) {
        Some((goal, t)) => match t.parse::<u8>() {
            Ok(n) => (goal, 0, n, ""),
            Err(_) => (goal, 1, t.bytes().next().unwrap_or(0), ""),
        },
        None => (u8::MAX, 0, 0, code),
    }
}

fn targets(p: &Pledge) -> impl Iterator<Item = &String> {
    p.sdgs.iter().flat_map(|s| s.targets.iter())
}

fn country_key(e: &Entity) -> (&str, &str) {
    match &e.headquarters {
        Headquarters::Country(code) => {
            let label = geo::country(*code).map_or(code.as_str(), |k| k.name);
            (code.as_str(), label)
        }
        Headquarters::International => INTERNATIONAL,
        Headquarters::Unknown => UNKNOWN_HQ,
    }
}

/// The order of pledger-country rows: countries by code, then `international`, `unknown`.
fn country_order(hq: &Headquarters) -> (u8, &str) {
    match hq {
        Headquarters::Country(code) => (0, code.as_str()),
        Headquarters::International => (1, ""),
        Headquarters::Unknown => (2, ""),
    }
}

/// A pledge's keys in a dimension of this module, each once, in the dimension's key order
/// (which decides where the units left over by a split go).
pub(super) fn keys<'a>(c: &Counted<'a>, dim: Dimension) -> Keys<'a> {
    let p: &'a Pledge = c.p;
    match dim {
        Dimension::Sdg => {
            // Goals in order, then the one row of numbers that are not goals.
            let mut goals: Vec<u64> = p
                .sdgs
                .iter()
                .map(|s| crate::sdg::goal(s.goal).map_or(u64::MAX, |_| s.goal))
                .collect();
            goals.sort_unstable();
            goals.dedup();
            Keys::plain(goals.into_iter().map(goal_key).collect())
        }
        Dimension::SdgTarget => {
            let mut codes: Vec<&'a str> = targets(p).map(String::as_str).collect();
            codes.sort_unstable_by(|a, b| target_order(a).cmp(&target_order(b)));
            codes.dedup();
            Keys::plain(codes.into_iter().map(|t| (t, t)).collect())
        }
        Dimension::Event => {
            let mut codes: Vec<&'a str> = p.events.iter().map(|e| e.0.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            Keys::plain(
                codes
                    .into_iter()
                    .map(|e| (e, crate::events::event(e).map_or(e, |i| i.name)))
                    .collect(),
            )
        }
        Dimension::PledgerRegion => {
            let mut rows: Vec<usize> = p
                .pledgers
                .all()
                .map(|e| pledger_region_index(e.headquarters))
                .collect();
            rows.sort_unstable();
            rows.dedup();
            let all = pledger_region_rows();
            Keys::plain(
                rows.into_iter()
                    .filter_map(|i| all.get(i).copied())
                    .collect(),
            )
        }
        Dimension::PledgerCountry => {
            let mut entities: Vec<&'a Entity> = p.pledgers.all().collect();
            entities.sort_by(|a, b| {
                country_order(&a.headquarters).cmp(&country_order(&b.headquarters))
            });
            entities.dedup_by(|a, b| a.headquarters == b.headquarters);
            Keys::plain(entities.into_iter().map(country_key).collect())
        }
        _ => Keys::plain(Vec::new()),
    }
}

impl BreakdownAcc {
    /// [`BreakdownAcc::add_full`] for a dimension of this module: every key of the pledge
    /// ([`keys`]'s, each once) gets `value`, visited in place without building the keys.
    /// Whether the pledge had any key.
    pub(super) fn add_full_dims(
        &mut self,
        c: &Counted<'_>,
        dim: Dimension,
        value: Decimal,
    ) -> Result<bool> {
        let p = c.p;
        match dim {
            Dimension::Sdg => {
                let mut not_a_goal = false;
                for (i, s) in p.sdgs.iter().enumerate() {
                    if p.sdgs
                        .get(..i)
                        .is_some_and(|seen| seen.iter().any(|x| x.goal == s.goal))
                    {
                        continue;
                    }
                    // The goal's seeded row, by its index; a number that is not a goal in
                    // the one row of such numbers, counted once.
                    match crate::sdg::goal(s.goal).and_then(|g| usize::from(g.goal).checked_sub(1))
                    {
                        Some(index) => self.put_index(index, value)?,
                        None if !not_a_goal => {
                            not_a_goal = true;
                            self.put(NOT_AN_SDG.0, || NOT_AN_SDG.1, value)?;
                        }
                        None => {}
                    }
                }
                Ok(!p.sdgs.is_empty())
            }
            Dimension::SdgTarget => {
                let mut any = false;
                for (i, t) in targets(p).enumerate() {
                    if targets(p).take(i).any(|x| x == t) {
                        continue;
                    }
                    any = true;
                    self.put(t, || t.as_str(), value)?;
                }
                Ok(any)
            }
            Dimension::Event => {
                for (i, e) in p.events.iter().enumerate() {
                    if p.events.get(..i).is_some_and(|seen| seen.contains(e)) {
                        continue;
                    }
                    let code = e.0.as_str();
                    self.put(
                        code,
                        || crate::events::event(code).map_or(code, |i| i.name),
                        value,
                    )?;
                }
                Ok(!p.events.is_empty())
            }
            Dimension::PledgerRegion => {
                let mut seen = [false; PLEDGER_REGION_ROWS];
                for e in p.pledgers.all() {
                    let i = pledger_region_index(e.headquarters);
                    if let Some(s) = seen.get_mut(i) {
                        if !*s {
                            *s = true;
                            self.put_index(i, value)?;
                        }
                    }
                }
                Ok(true)
            }
            Dimension::PledgerCountry => {
                for (i, e) in p.pledgers.all().enumerate() {
                    if p.pledgers
                        .all()
                        .take(i)
                        .any(|x| x.headquarters == e.headquarters)
                    {
                        continue;
                    }
                    let (key, label) = country_key(e);
                    self.put(key, || label, value)?;
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}

#[cfg(test)]
mod tests {
    // Test arithmetic on small known values.
    #![allow(clippy::arithmetic_side_effects)]

    use serde_json::{json, Value};

    use super::super::{summarize, Additivity, Summary, SummaryOptions, UNSPECIFIED};
    use super::*;

    fn entity(name: &str, kind: &str, hq: &str) -> Value {
        json!({ "name": name, "stakeholderType": kind, "headquarters": hq })
    }

    fn pledge(id: &str, amount: &str, extra: Value) -> Pledge {
        let mut base = json!({
            "formatVersion": "1.1",
            "id": id,
            "title": id,
            "announcedOn": "2024-02-26",
            "pledgers": { "lead": entity(&format!("Org {id}"), "private_sector", "USA") },
            "pledgeTypes": ["financial"],
            "focusAreas": ["access"],
            "financialValue": { "amount": amount, "currency": "USD", "valueDate": "2024-02-26" },
            "reviewState": "published",
        });
        for (k, v) in extra.as_object().unwrap() {
            base[k] = v.clone();
        }
        serde_json::from_value(base).unwrap()
    }

    /// J1: USD 100 by Kenya's government with Orange (FRA) and Acme (KEN): a joint pledge
    /// across AFR and EUR; SDGs 9 (targets 9.c, 9.1) and 4; MWC 2024; declared shares for
    /// its countries. J2: USD 51 by UNDP (international) with a partner of unknown
    /// headquarters; SDG 9 (9.1). J3: USD 10 by a firm in Aruba (in no ITU-D region); no SDG,
    /// no event.
    fn set() -> Vec<Pledge> {
        vec![
            pledge(
                "J1",
                "100",
                json!({
                    "pledgers": { "lead": entity("Government of Kenya", "government", "KEN"),
                                  "partners": [entity("Orange", "private_sector", "FRA"),
                                               entity("Acme", "private_sector", "KEN")] },
                    "sdgs": [{ "goal": 9, "targets": ["9.c", "9.1"] }, { "goal": 4 }, { "goal": 9 }],
                    "events": ["MWC-2024", "MWC-2024"],
                    "implementation": { "countries": ["KEN", "UGA"],
                                        "shares": [{ "area": "KEN", "percent": "90" },
                                                   { "area": "UGA", "percent": "10" }] },
                }),
            ),
            pledge(
                "J2",
                "51",
                json!({
                    "pledgers": { "lead": entity("UNDP", "un_agency", "international"),
                                  "partners": [entity("Someone", "civil_society", "unknown")] },
                    "sdgs": [{ "goal": 9, "targets": ["9.1"] }],
                }),
            ),
            pledge(
                "J3",
                "10",
                json!({ "pledgers": { "lead": entity("Aruba Co", "private_sector", "ABW") } }),
            ),
        ]
    }

    fn summary(attribution: Attribution) -> Summary {
        let mut o = SummaryOptions::embedded("2025-01-01".parse().unwrap());
        o.attribution = attribution;
        let s = summarize(&set(), &o).unwrap();
        assert_eq!(s.pledge_count, 3, "{:?}", s.excluded);
        assert_eq!(s.value.total, Decimal::from(161));
        s
    }

    /// (pledges, value) of every row with a pledge, by key.
    fn rows(s: &Summary, dim: Dimension) -> Vec<(String, u64, i64)> {
        let b = s.breakdown(dim).unwrap();
        let mut out: Vec<(String, u64, i64)> = b
            .rows
            .iter()
            .filter(|r| r.pledges > 0)
            .map(|r| {
                let v: i64 = r.value.try_into().unwrap();
                (r.key.clone(), r.pledges, v)
            })
            .collect();
        out.sort();
        out
    }

    fn want(rows: &[(&str, u64, i64)]) -> Vec<(String, u64, i64)> {
        let mut out: Vec<_> = rows
            .iter()
            .map(|(k, n, v)| ((*k).to_owned(), *n, *v))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn full_attribution_gives_each_distinct_row_the_whole_value() {
        let s = summary(Attribution::Full);
        assert_eq!(
            rows(&s, Dimension::PledgerRegion),
            want(&[
                ("AFR", 1, 100),
                ("EUR", 1, 100),
                ("international", 1, 51),
                ("unknown", 1, 51),
                ("no_itu_region", 1, 10),
            ])
        );
        let b = s.breakdown(Dimension::PledgerRegion).unwrap();
        assert_eq!(b.additivity, Additivity::Overlapping);
        assert_eq!(b.value_overlap, Decimal::from(151));
        assert_eq!(b.count_overlap, 2);
        // The six regions and the three other rows are always shown, in that order.
        let keys: Vec<&str> = b.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "AFR",
                "AMS",
                "ARB",
                "ASP",
                "CIS",
                "EUR",
                "no_itu_region",
                "international",
                "unknown"
            ]
        );
        assert_eq!(
            rows(&s, Dimension::PledgerCountry),
            want(&[
                ("KEN", 1, 100),
                ("FRA", 1, 100),
                ("international", 1, 51),
                ("unknown", 1, 51),
                ("ABW", 1, 10),
            ])
        );
        assert_eq!(
            rows(&s, Dimension::Sdg),
            want(&[("9", 2, 151), ("4", 1, 100), (UNSPECIFIED, 1, 10)])
        );
        let sdg = s.breakdown(Dimension::Sdg).unwrap();
        assert_eq!(sdg.rows.len(), 18, "17 goals and unspecified");
        assert_eq!(
            sdg.rows.get(8).map(|r| r.label.as_str()),
            Some("Industry, innovation and infrastructure")
        );
        assert_eq!(
            rows(&s, Dimension::SdgTarget),
            want(&[("9.1", 2, 151), ("9.c", 1, 100), (UNSPECIFIED, 1, 10)])
        );
        assert_eq!(
            rows(&s, Dimension::Event),
            want(&[("MWC-2024", 1, 100), (UNSPECIFIED, 2, 61)])
        );
        let mwc = s.breakdown(Dimension::Event).unwrap().rows.first().unwrap();
        assert_eq!(mwc.label, crate::events::event("MWC-2024").unwrap().name);
    }

    #[test]
    fn split_attributions_split_equally_over_distinct_rows() {
        for a in [Attribution::EqualSplit, Attribution::DeclaredShares] {
            let s = summary(a);
            // J1's two places get 50 each (KEN is one place however many Kenyan pledgers);
            // J2's 51 splits 26 + 25, the left-over unit to the earlier row.
            assert_eq!(
                rows(&s, Dimension::PledgerRegion),
                want(&[
                    ("AFR", 1, 50),
                    ("EUR", 1, 50),
                    ("international", 1, 26),
                    ("unknown", 1, 25),
                    ("no_itu_region", 1, 10),
                ]),
                "{a:?}"
            );
            assert_eq!(
                rows(&s, Dimension::PledgerCountry),
                want(&[
                    ("FRA", 1, 50),
                    ("KEN", 1, 50),
                    ("international", 1, 26),
                    ("unknown", 1, 25),
                    ("ABW", 1, 10),
                ]),
                "{a:?}"
            );
            assert_eq!(
                rows(&s, Dimension::Sdg),
                want(&[("9", 2, 101), ("4", 1, 50), (UNSPECIFIED, 1, 10)])
            );
            assert_eq!(
                rows(&s, Dimension::SdgTarget),
                want(&[("9.1", 2, 101), ("9.c", 1, 50), (UNSPECIFIED, 1, 10)])
            );
            for dim in [
                Dimension::Sdg,
                Dimension::SdgTarget,
                Dimension::Event,
                Dimension::PledgerRegion,
                Dimension::PledgerCountry,
            ] {
                let b = s.breakdown(dim).unwrap();
                assert_eq!(b.additivity, Additivity::Additive, "{dim:?}");
                assert!(b.value_overlap.is_zero());
                assert_eq!(b.share_fallbacks, 0);
            }
            // Declared shares are of places, not pledgers: the pledger breakdowns say they
            // split equally.
            for dim in [Dimension::PledgerRegion, Dimension::PledgerCountry] {
                let b = s.breakdown(dim).unwrap();
                assert_eq!(b.attribution, Attribution::EqualSplit, "{dim:?}");
            }
            // The declared shares still drive the country breakdown.
            let ken = s.breakdown(Dimension::Country).unwrap();
            let ken = ken.rows.iter().find(|r| r.key == "KEN").unwrap().value;
            let expected = if a == Attribution::DeclaredShares {
                90
            } else {
                50
            };
            assert_eq!(ken, Decimal::from(expected));
        }
    }

    #[test]
    fn entities_count_once_each_by_pledger_region() {
        let s = summary(Attribution::Full);
        let regions: Vec<(&str, u64)> = s
            .pledger_countries
            .regions
            .iter()
            .map(|r| (r.key.as_str(), r.count))
            .collect();
        assert_eq!(
            regions,
            [
                ("AFR", 2),
                ("AMS", 0),
                ("ARB", 0),
                ("ASP", 0),
                ("CIS", 0),
                ("EUR", 1),
                ("no_itu_region", 1),
                ("international", 1),
                ("unknown", 1),
            ]
        );
        let sum: u64 = s.pledger_countries.regions.iter().map(|r| r.count).sum();
        assert_eq!(sum, s.entities.count);
        assert_eq!(s.entities.count, 6);
    }

    #[test]
    fn target_order_is_goal_then_number_then_letter() {
        let mut codes = vec!["9.c", "10.2", "9.10", "9.2", "9.a", "x"];
        codes.sort_by(|a, b| target_order(a).cmp(&target_order(b)));
        assert_eq!(codes, ["9.2", "9.10", "9.a", "9.c", "10.2", "x"]);
    }

    #[test]
    fn numbers_that_are_not_goals_are_one_row_never_dropped() {
        let mut o = SummaryOptions::embedded("2025-01-01".parse().unwrap());
        o.invalid = crate::aggregate::InvalidPolicy::Include;
        let p = pledge(
            "N",
            "7",
            json!({ "sdgs": [{ "goal": 0 }, { "goal": 99 }, { "goal": 5 }] }),
        );
        for a in [Attribution::Full, Attribution::EqualSplit] {
            o.attribution = a;
            let s = summarize(std::slice::from_ref(&p), &o).unwrap();
            let b = s.breakdown(Dimension::Sdg).unwrap();
            let got: Vec<(&str, u64)> = b
                .rows
                .iter()
                .filter(|r| r.pledges > 0)
                .map(|r| (r.key.as_str(), r.pledges))
                .collect();
            assert_eq!(got, [("5", 1), (NOT_AN_SDG.0, 1)], "{a:?}");
            let sum = b
                .rows
                .iter()
                .try_fold(Decimal::ZERO, |s, r| s.checked_add(r.value));
            let expected = if a == Attribution::Full { 14 } else { 7 };
            assert_eq!(sum, Some(Decimal::from(expected)));
        }
    }
}
