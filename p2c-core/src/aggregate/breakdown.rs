//! Breakdowns: a pledge's keys in each dimension and the running rows of each breakdown.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::attribution::{attribute, merge, Place, PlaceSplit};
use super::dims;
use super::entities::type_bit;
use super::select::{stakeholder_types, Counted, EndBucket};
use super::{
    inc, Additivity, Attribution, Breakdown, BreakdownRow, Dimension, FastMap, RegionMode,
    SummaryOptions, UNSPECIFIED,
};
use crate::geo;
use crate::model::{CountryCode, Pledge};
use crate::money::exact::{add, count_ratio, ratio, split, split_equal, Sum};
use crate::taxonomy::{
    BeneficiaryGroup, Codelist, CountryGroup, FocusArea, ImplementationStatus, ItuRegion, Pillar,
    PledgeType, StakeholderType,
};
use crate::{Error, Result};
use chrono::NaiveDate;

/// A pledge's keys (code, label) in one dimension, and its declared weights for them if it
/// has fitting ones.
pub(super) struct Keys<'a> {
    keys: Vec<(&'a str, &'a str)>,
    /// `Some` when the pledge declares shares for exactly these keys; `None` means split
    /// equally under declared-share attribution.
    declared: Option<Vec<Decimal>>,
    /// Whether the pledge declared shares at all (a fallback is counted only then).
    has_shares: bool,
}

impl<'a> Keys<'a> {
    pub(super) fn plain(keys: Vec<(&'a str, &'a str)>) -> Keys<'a> {
        Keys {
            keys,
            declared: None,
            has_shares: false,
        }
    }

    pub(super) fn codes<C: Codelist>(values: &[C]) -> Keys<'a> {
        Keys::plain(
            dedup_codes(values)
                .into_iter()
                .map(|v| (v.code(), v.label()))
                .collect(),
        )
    }
}

pub(super) fn dedup_codes<C: Codelist>(values: &[C]) -> Vec<C> {
    let mut out: Vec<C> = Vec::new();
    for order in C::all() {
        if values.contains(order) {
            out.push(*order);
        }
    }
    out
}

/// Declared shares fitting exactly `keys`, in key order (none negative, not all zero).
pub(super) fn declared_for(p: &Pledge, keys: &[(&str, &str)]) -> Option<Vec<Decimal>> {
    let shares = &p.implementation.shares;
    if shares.len() != keys.len() {
        return None;
    }
    let mut out = Vec::with_capacity(keys.len());
    for (k, _) in keys {
        let mut matching = shares.iter().filter(|s| s.area == *k);
        let share = matching.next()?;
        if matching.next().is_some() || share.percent.is_sign_negative() {
            return None;
        }
        out.push(share.percent);
    }
    // Shares that are all zero say nothing about the split: fall back to an equal one.
    if out.iter().all(|w| w.is_zero()) {
        return None;
    }
    Some(out)
}

pub(super) fn geo_keys<'a>(p: &Pledge, keys: Vec<(&'a str, &'a str)>) -> Keys<'a> {
    if p.implementation.shares.is_empty() {
        return Keys::plain(keys);
    }
    Keys {
        declared: declared_for(p, &keys),
        has_shares: true,
        keys,
    }
}

pub(super) const GLOBAL: (&str, &str) = ("global", "Global");

pub(super) fn keys_of<'a>(c: &Counted<'a>, dim: Dimension) -> Keys<'a> {
    let p: &'a Pledge = c.p;
    let global = || {
        if p.implementation.global {
            vec![GLOBAL]
        } else {
            Vec::new()
        }
    };
    match dim {
        Dimension::FocusArea => Keys::codes(&p.focus_areas),
        Dimension::Pillar => Keys::codes(&p.pillars),
        Dimension::PledgeType => Keys::codes(&p.pledge_types),
        Dimension::StakeholderType => Keys::codes(&stakeholder_types(p)),
        Dimension::ItuRegion => {
            let keys: Vec<(&str, &str)> = c.regions.iter().map(|r| (r.code(), r.label())).collect();
            if keys.is_empty() {
                Keys::plain(global())
            } else {
                geo_keys(p, keys)
            }
        }
        Dimension::Country => {
            let set: BTreeSet<&'a CountryCode> = p.implementation.countries.iter().collect();
            let keys: Vec<(&str, &str)> = set
                .into_iter()
                .map(|code| {
                    let label = geo::country(*code).map_or(code.as_str(), |k| k.name);
                    (code.as_str(), label)
                })
                .collect();
            if keys.is_empty() {
                Keys::plain(global())
            } else {
                geo_keys(p, keys)
            }
        }
        Dimension::CountryGroup => Keys::codes(&c.groups),
        Dimension::BeneficiaryGroup => Keys::codes(
            p.beneficiaries
                .as_ref()
                .map_or(&[][..], |b| b.groups.as_slice()),
        ),
        Dimension::ImplementationStatus => Keys::codes(c.status.as_slice()),
        Dimension::EndDate => Keys::plain(vec![(c.end.key(), c.end.label())]),
        Dimension::Target => {
            let set: BTreeSet<&'a str> = p.targets.iter().map(|t| t.0.as_str()).collect();
            Keys::plain(
                set.into_iter()
                    .map(|t| (t, crate::targets::target(t).map_or(t, |i| i.text)))
                    .collect(),
            )
        }
        Dimension::Sdg
        | Dimension::SdgTarget
        | Dimension::Event
        | Dimension::PledgerRegion
        | Dimension::PledgerCountry => dims::keys(c, dim),
    }
}

/// The rows every summary shows for a dimension, even when empty, in display order.
pub(super) fn seed(dim: Dimension) -> Vec<(&'static str, &'static str)> {
    fn all<C: Codelist>() -> Vec<(&'static str, &'static str)> {
        C::all().iter().map(|v| (v.code(), v.label())).collect()
    }
    match dim {
        Dimension::FocusArea => all::<FocusArea>(),
        Dimension::Pillar => all::<Pillar>(),
        Dimension::PledgeType => all::<PledgeType>(),
        Dimension::StakeholderType => all::<StakeholderType>(),
        Dimension::ItuRegion => all::<ItuRegion>(),
        Dimension::CountryGroup => all::<CountryGroup>(),
        Dimension::BeneficiaryGroup => all::<BeneficiaryGroup>(),
        Dimension::ImplementationStatus => all::<ImplementationStatus>(),
        Dimension::EndDate => EndBucket::ALL
            .iter()
            .map(|b| (b.key(), b.label()))
            .collect(),
        Dimension::Country | Dimension::Target => Vec::new(),
        Dimension::Sdg
        | Dimension::SdgTarget
        | Dimension::Event
        | Dimension::PledgerRegion
        | Dimension::PledgerCountry => dims::seed(dim),
    }
}

/// One pledge's attribution over its places ([`attribute`]), computed on first use and then
/// shared by the geographic breakdowns of that pledge.
#[derive(Debug, Default)]
pub(super) struct PlacesOnce(Option<(Attribution, Result<PlaceSplit>)>);

impl PlacesOnce {
    /// The split of `c`'s value under `attribution`, computed once.
    fn get(&mut self, c: &Counted<'_>, attribution: Attribution) -> Result<&PlaceSplit> {
        if !matches!(&self.0, Some((a, _)) if *a == attribution) {
            let value = c.value.unwrap_or_default();
            self.0 = Some((attribution, attribute(c.p, attribution, value)));
        }
        match &self.0 {
            Some((_, Ok(split))) => Ok(split),
            Some((_, Err(e))) => Err(e.clone()),
            None => Err(crate::Error::Internal(
                "the places split was not computed".into(),
            )),
        }
    }
}

pub(super) const DIMENSIONS: [Dimension; 16] = [
    Dimension::FocusArea,
    Dimension::Pillar,
    Dimension::PledgeType,
    Dimension::StakeholderType,
    Dimension::ItuRegion,
    Dimension::Country,
    Dimension::CountryGroup,
    Dimension::BeneficiaryGroup,
    Dimension::ImplementationStatus,
    Dimension::EndDate,
    Dimension::Target,
    Dimension::Sdg,
    Dimension::SdgTarget,
    Dimension::Event,
    Dimension::PledgerRegion,
    Dimension::PledgerCountry,
];

/// Running counts and values of one breakdown, by row key.
#[derive(Debug, Clone)]
pub(super) struct BreakdownAcc {
    dim: Dimension,
    pub(super) attribution: Attribution,
    /// The rows every summary shows ([`seed`]), in display order.
    seeds: Vec<(&'static str, &'static str)>,
    /// (pledges, value) of each seeded row, by its index in `seeds`: the codelist dimensions
    /// are counted without hashing a key.
    seeded: Vec<(u64, Sum)>,
    /// Rows not seeded (countries, targets, `global`, `unspecified`): key → (label, pledges,
    /// value); order does not matter until the rows are laid out.
    acc: FastMap<String, (String, u64, Sum)>,
    fallbacks: u64,
    /// The summary's date, for group membership.
    as_of: NaiveDate,
    /// Whether the geographic dimensions derive their rows from one attribution over the
    /// pledge's places ([`super::attribution`]): split attributions, and for the region
    /// breakdown the `primary_or_any` region mode.
    by_places: bool,
    /// The groups each country is a member of on `as_of`, for the group breakdown.
    member_of: FastMap<CountryCode, Vec<CountryGroup>>,
}

impl BreakdownAcc {
    pub(super) fn new(dim: Dimension, options: &SummaryOptions) -> BreakdownAcc {
        let attribution = dims::attribution(dim, options.attribution);
        let by_places = attribution != Attribution::Full
            && match dim {
                Dimension::Country | Dimension::CountryGroup => true,
                Dimension::ItuRegion => options.region_mode == RegionMode::PrimaryOrAny,
                _ => false,
            };
        let seeds = seed(dim);
        BreakdownAcc {
            dim,
            attribution,
            seeded: vec![(0, Sum::default()); seeds.len()],
            seeds,
            acc: FastMap::default(),
            fallbacks: 0,
            as_of: options.as_of,
            by_places,
            member_of: FastMap::default(),
        }
    }

    /// Add a counted pledge whose value is final. The pledge's attribution over its places is
    /// shared by every geographic breakdown that adds the same pledge through the same
    /// `places`: the split is computed once per pledge, not once per dimension.
    pub(super) fn add_with(&mut self, c: &Counted<'_>, places: &mut PlacesOnce) -> Result<()> {
        if self.attribution == Attribution::Full {
            self.add_full(c)
        } else if self.by_places {
            self.add_places(c, places)
        } else {
            self.add_keyed(c)
        }
    }

    /// [`BreakdownAcc::add_with`] for a geographic dimension under a split attribution: the rows
    /// derived from one attribution of the value over the pledge's places (see
    /// [`super::attribution`]).
    pub(super) fn add_places(&mut self, c: &Counted<'_>, places: &mut PlacesOnce) -> Result<()> {
        let p = c.p;
        let value = c.value.unwrap_or_default();
        let split = places.get(c, self.attribution)?;
        if split.parts.is_empty() {
            if p.implementation.global && self.dim != Dimension::CountryGroup {
                return self.put(GLOBAL.0, || GLOBAL.1, value);
            }
            return self.put(UNSPECIFIED, || "Unspecified", value);
        }
        let fallback = split.fallback || (split.spread && self.dim != Dimension::ItuRegion);
        if fallback {
            inc(&mut self.fallbacks);
        }
        match self.dim {
            Dimension::Country => {
                let mut rows: Vec<(Option<CountryCode>, Decimal)> = Vec::new();
                for &(place, share) in &split.parts {
                    let key = match place {
                        Place::Country(code) => Some(code),
                        Place::Region(_) | Place::Groups => None,
                    };
                    merge(&mut rows, key, share)?;
                }
                for (key, share) in rows {
                    match key {
                        Some(code) => {
                            let label = || geo::country(code).map_or(code.as_str(), |k| k.name);
                            self.put(code.as_str(), label, share)?;
                        }
                        None => self.put(UNSPECIFIED, || "Unspecified", share)?,
                    }
                }
            }
            Dimension::ItuRegion => {
                let mut rows: Vec<(Option<ItuRegion>, Decimal)> = Vec::new();
                for &(place, share) in &split.parts {
                    let key = match place {
                        Place::Country(code) => geo::itu_region(code),
                        Place::Region(r) => Some(r),
                        Place::Groups => None,
                    };
                    merge(&mut rows, key, share)?;
                }
                for (key, share) in rows {
                    match key {
                        Some(r) => self.put_code(r, share)?,
                        None => self.put(UNSPECIFIED, || "Unspecified", share)?,
                    }
                }
            }
            _ => {
                let declared = &p.implementation.country_groups;
                let mut rows: Vec<(Option<CountryGroup>, Decimal)> = Vec::new();
                for &(place, share) in &split.parts {
                    let groups: &[CountryGroup] = match place {
                        Place::Country(code) => {
                            let as_of = self.as_of;
                            self.member_of.entry(code).or_insert_with(|| {
                                CountryGroup::all()
                                    .iter()
                                    .copied()
                                    .filter(|g| geo::is_member(*g, code, as_of))
                                    .collect()
                            })
                        }
                        Place::Region(_) | Place::Groups => declared,
                    };
                    if groups.is_empty() {
                        merge(&mut rows, None, share)?;
                    }
                    for g in CountryGroup::all() {
                        if groups.contains(g) {
                            merge(&mut rows, Some(*g), share)?;
                        }
                    }
                }
                rows.sort_by_key(|r| r.0.is_none());
                for (key, share) in rows {
                    match key {
                        Some(g) => self.put_code(g, share)?,
                        None => self.put(UNSPECIFIED, || "Unspecified", share)?,
                    }
                }
            }
        }
        Ok(())
    }

    /// [`BreakdownAcc::add_with`] through the pledge's [`Keys`], under any attribution (the route
    /// for split attributions outside the geographic dimensions; [`BreakdownAcc::add_full`]
    /// must agree with it).
    pub(super) fn add_keyed(&mut self, c: &Counted<'_>) -> Result<()> {
        let Keys {
            keys,
            declared,
            has_shares,
        } = keys_of(c, self.dim);
        let value = c.value.unwrap_or_default();
        let keys = if keys.is_empty() {
            vec![(UNSPECIFIED, "Unspecified")]
        } else {
            keys
        };
        let shares = match (self.attribution, keys.len()) {
            // Every key gets the whole value: no split to compute.
            (Attribution::Full, _) | (_, 1) => {
                for (key, label) in keys {
                    self.put(key, || label, value)?;
                }
                return Ok(());
            }
            (Attribution::EqualSplit, n) => split_equal(value, n)?,
            (Attribution::DeclaredShares, n) => match declared {
                Some(w) => split(value, &w)?,
                None => {
                    if has_shares {
                        inc(&mut self.fallbacks);
                    }
                    split_equal(value, n)?
                }
            },
        };
        for ((key, label), share) in keys.into_iter().zip(shares) {
            self.put(key, || label, share)?;
        }
        Ok(())
    }

    /// [`BreakdownAcc::add_with`] under full attribution: every key of the pledge ([`keys_of`]'s,
    /// each once) gets the whole value. The keys are visited in place, without building
    /// [`Keys`]: under full attribution their order does not matter.
    pub(super) fn add_full(&mut self, c: &Counted<'_>) -> Result<()> {
        let p = c.p;
        let value = c.value.unwrap_or_default();
        let any = match self.dim {
            Dimension::FocusArea => self.put_codes(&p.focus_areas, value)?,
            Dimension::Pillar => self.put_codes(&p.pillars, value)?,
            Dimension::PledgeType => self.put_codes(&p.pledge_types, value)?,
            Dimension::StakeholderType => {
                let mut types = 0u32;
                for e in p.pledgers.all() {
                    types |= type_bit(e.stakeholder_type);
                }
                let mut any = false;
                for t in StakeholderType::all() {
                    if types & type_bit(*t) != 0 {
                        self.put_code(*t, value)?;
                        any = true;
                    }
                }
                any
            }
            Dimension::ItuRegion => {
                // `regions_of` gives each region once.
                for r in &c.regions {
                    self.put_code(*r, value)?;
                }
                if c.regions.is_empty() && p.implementation.global {
                    self.put(GLOBAL.0, || GLOBAL.1, value)?;
                }
                !c.regions.is_empty() || p.implementation.global
            }
            Dimension::Country => {
                let countries = &p.implementation.countries;
                for (i, code) in countries.iter().enumerate() {
                    // Each code once: skip it when it appeared earlier.
                    if countries.get(..i).is_some_and(|seen| seen.contains(code)) {
                        continue;
                    }
                    let label = || geo::country(*code).map_or(code.as_str(), |k| k.name);
                    self.put(code.as_str(), label, value)?;
                }
                if countries.is_empty() && p.implementation.global {
                    self.put(GLOBAL.0, || GLOBAL.1, value)?;
                }
                !countries.is_empty() || p.implementation.global
            }
            Dimension::CountryGroup => self.put_codes(&c.groups, value)?,
            Dimension::BeneficiaryGroup => self.put_codes(
                p.beneficiaries
                    .as_ref()
                    .map_or(&[][..], |b| b.groups.as_slice()),
                value,
            )?,
            Dimension::ImplementationStatus => self.put_codes(c.status.as_slice(), value)?,
            Dimension::EndDate => {
                match EndBucket::ALL.iter().position(|b| *b == c.end) {
                    Some(i) => self.put_index(i, value)?,
                    None => self.put(c.end.key(), || c.end.label(), value)?,
                }
                true
            }
            Dimension::Target => {
                for (i, t) in p.targets.iter().enumerate() {
                    if p.targets.get(..i).is_some_and(|seen| seen.contains(t)) {
                        continue;
                    }
                    let t = t.0.as_str();
                    self.put(t, || crate::targets::target(t).map_or(t, |i| i.text), value)?;
                }
                !p.targets.is_empty()
            }
            Dimension::Sdg
            | Dimension::SdgTarget
            | Dimension::Event
            | Dimension::PledgerRegion
            | Dimension::PledgerCountry => self.add_full_dims(c, self.dim, value)?,
        };
        if !any {
            self.put(UNSPECIFIED, || "Unspecified", value)?;
        }
        Ok(())
    }

    /// Count the pledge with `value` under each distinct code of `values`; whether there was
    /// any.
    pub(super) fn put_codes<C: Codelist>(&mut self, values: &[C], value: Decimal) -> Result<bool> {
        if values.is_empty() {
            return Ok(false);
        }
        for v in C::all() {
            if values.contains(v) {
                self.put_code(*v, value)?;
            }
        }
        Ok(true)
    }

    /// Count the pledge with `value` under one code: by its codelist index when the
    /// dimension's seeded rows are that codelist, else by key.
    pub(super) fn put_code<C: Codelist>(&mut self, v: C, value: Decimal) -> Result<()> {
        let index = C::all().iter().position(|x| *x == v);
        match index.filter(|i| self.seeds.get(*i).is_some_and(|s| s.0 == v.code())) {
            Some(i) => self.put_index(i, value),
            None => self.put(v.code(), || v.label(), value),
        }
    }

    /// Count one pledge with `share` of its value in the seeded row `index`.
    pub(super) fn put_index(&mut self, index: usize, share: Decimal) -> Result<()> {
        let Some(row) = self.seeded.get_mut(index) else {
            return Err(Error::Internal(format!("no breakdown row `{index}`")));
        };
        inc(&mut row.0);
        row.1.add(share, "breakdown value")
    }

    /// Count one pledge with `share` of its value in the row `key` (labelled `label()` when
    /// the row is new).
    pub(super) fn put<'l>(
        &mut self,
        key: &str,
        label: impl FnOnce() -> &'l str,
        share: Decimal,
    ) -> Result<()> {
        if let Some(i) = self.seeds.iter().position(|s| s.0 == key) {
            return self.put_index(i, share);
        }
        let entry = match self.acc.get_mut(key) {
            Some(e) => e,
            None => {
                self.acc
                    .entry(key.to_owned())
                    .or_insert((label().to_owned(), 0, Sum::default()))
            }
        };
        inc(&mut entry.1);
        entry.2.add(share, "breakdown value")
    }

    /// Add the rows of `later` (pledges that came after this accumulator's), row by row: each
    /// sum exact or an `overflow` error.
    pub(super) fn append(&mut self, later: BreakdownAcc) -> Result<()> {
        if later.dim != self.dim || later.seeded.len() != self.seeded.len() {
            return Err(Error::Internal(
                "merging breakdowns of different dimensions".into(),
            ));
        }
        for (row, (n, sum)) in self.seeded.iter_mut().zip(later.seeded) {
            row.0 = row.0.saturating_add(n);
            row.1.add(sum.value()?, "breakdown value")?;
        }
        for (key, (label, n, sum)) in later.acc {
            let entry = self
                .acc
                .entry(key)
                .or_insert_with(|| (label, 0, Sum::default()));
            entry.1 = entry.1.saturating_add(n);
            entry.2.add(sum.value()?, "breakdown value")?;
        }
        self.fallbacks = self.fallbacks.saturating_add(later.fallbacks);
        Ok(())
    }

    /// The running rows, for a partial summary: the seeded rows' (pledges, value) in display
    /// order, the other rows as (key, label, pledges, value) sorted by key, and the number of
    /// share fallbacks.
    #[allow(clippy::type_complexity)]
    pub(super) fn state(
        &self,
    ) -> Result<(
        Vec<(u64, Decimal)>,
        Vec<(String, String, u64, Decimal)>,
        u64,
    )> {
        let seeded = self
            .seeded
            .iter()
            .map(|(n, s)| Ok((*n, s.value()?)))
            .collect::<Result<Vec<_>>>()?;
        let mut rows = self
            .acc
            .iter()
            .map(|(k, (l, n, s))| Ok((k.clone(), l.clone(), *n, s.value()?)))
            .collect::<Result<Vec<_>>>()?;
        rows.sort_by(|a, b| a.0.cmp(&b.0));
        Ok((seeded, rows, self.fallbacks))
    }

    /// An accumulator of `dim` holding the rows of [`BreakdownAcc::state`].
    pub(super) fn from_state(
        dim: Dimension,
        options: &SummaryOptions,
        seeded: Vec<(u64, Decimal)>,
        rows: Vec<(String, String, u64, Decimal)>,
        fallbacks: u64,
    ) -> Result<BreakdownAcc> {
        let mut acc = BreakdownAcc::new(dim, options);
        if seeded.len() != acc.seeded.len() {
            return Err(Error::InvalidPartial {
                reason: format!("the `{dim:?}` breakdown has the wrong number of rows"),
            });
        }
        for (row, (n, v)) in acc.seeded.iter_mut().zip(seeded) {
            row.0 = n;
            row.1.add(v, "breakdown value")?;
        }
        for (key, label, n, v) in rows {
            let mut sum = Sum::default();
            sum.add(v, "breakdown value")?;
            if acc.acc.insert(key, (label, n, sum)).is_some() {
                return Err(Error::InvalidPartial {
                    reason: format!("the `{dim:?}` breakdown repeats a row"),
                });
            }
        }
        acc.fallbacks = fallbacks;
        Ok(acc)
    }

    /// Lay the rows out: seeded rows in display order, then the rest by count and value, then
    /// `unspecified`.
    pub(super) fn finish(mut self, pledge_count: u64, total: Decimal) -> Result<Breakdown> {
        let dim = self.dim;
        let mut rows = Vec::new();
        let mut push = |key: &str, label: &str, pledges: u64, value: Decimal| {
            rows.push(BreakdownRow {
                key: key.to_owned(),
                label: label.to_owned(),
                pledges,
                pledge_share: count_ratio(pledges, pledge_count),
                value,
                value_share: ratio(value, total),
            });
        };
        for ((key, label), (pledges, value)) in self.seeds.iter().zip(&self.seeded) {
            push(key, label, *pledges, value.value()?);
        }
        let unspecified = match self.acc.remove(UNSPECIFIED) {
            Some((label, pledges, value)) => Some((label, pledges, value.value()?)),
            None => None,
        };
        let mut rest: Vec<(String, (String, u64, Decimal))> = self
            .acc
            .into_iter()
            .map(|(key, (label, pledges, value))| Ok((key, (label, pledges, value.value()?))))
            .collect::<Result<_>>()?;
        rest.sort_by(|a, b| {
            (b.1)
                .1
                .cmp(&(a.1).1)
                .then_with(|| (b.1).2.cmp(&(a.1).2))
                .then_with(|| a.0.cmp(&b.0))
        });
        for (key, (label, pledges, value)) in rest {
            push(&key, &label, pledges, value);
        }
        if let Some((label, pledges, value)) = unspecified {
            push(UNSPECIFIED, &label, pledges, value);
        }

        let mut row_value = Decimal::ZERO;
        let mut row_count = 0u64;
        for r in &rows {
            row_value = add(row_value, r.value, "breakdown total")?;
            row_count = row_count.saturating_add(r.pledges);
        }
        let value_overlap = row_value
            .checked_sub(total)
            .ok_or_else(|| Error::Overflow {
                operation: "breakdown overlap".into(),
            })?;
        Ok(Breakdown {
            dimension: dim,
            attribution: self.attribution,
            additivity: if value_overlap.is_zero() {
                Additivity::Additive
            } else {
                Additivity::Overlapping
            },
            value_overlap,
            count_overlap: row_count.saturating_sub(pledge_count),
            share_fallbacks: self.fallbacks,
            rows,
        })
    }
}
