//! Geography rules: duplicate countries, the primary region among the declared regions, an
//! empty geography, and declared shares (in range, for declared areas, once each, summing to
//! 100).
//!
//! Country codes are checked against ISO 3166-1 alpha-3 as embedded in [`crate::geo`]
//! (countries and pledger headquarters); a country whose ITU-D region is not among a non-empty
//! `regions` list is a warning (countries in no ITU-D region, such as territories, are skipped).
//!
//! The primary region is checked only when `regions` is non-empty: a pledge naming only a
//! primary region has declared that one region.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;

use super::super::partial::{all_valid, each, PPledge, Slot};
use super::super::pointer::{ptr, Seg, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};
use crate::geo;
use crate::model::{CountryCode, Headquarters};
use crate::taxonomy::Codelist;
use crate::taxonomy::ItuRegion;

pub(crate) fn run(p: &PPledge<'_>, sink: &mut Sink) {
    let imp = &p.implementation;
    if !imp.readable {
        return;
    }
    // Duplicate countries.
    if let Some(items) = imp.countries.valid() {
        for (i, c) in items.iter().enumerate() {
            let Some(c) = c else { continue };
            if let Some(first) = items.iter().take(i).position(|x| x.as_ref() == Some(c)) {
                let params = sink
                    .params()
                    .user("value", c.as_str())
                    .set("firstIndex", first);
                let msg = format!(
                    "country {} is listed twice (first at index {first})",
                    sink.quote(c.as_str())
                );
                sink.emit(
                    Code::GeographyDuplicateCountry,
                    ptr(&[K("implementation"), K("countries"), I(i)]),
                    msg,
                    params,
                );
            }
        }
    }
    let regions = all_valid(&imp.regions);
    let countries = all_valid(&imp.countries);
    known_countries(p, regions.as_deref(), sink);
    if let (Some(primary), Some(regions)) = (imp.primary_region, &regions) {
        if !regions.is_empty() && !regions.contains(&primary) {
            let params = sink.params().set("region", primary.code());
            sink.emit(
                Code::GeographyPrimaryRegionNotDeclared,
                ptr(&[K("implementation"), K("primaryRegion")]),
                format!(
                    "the primary region `{}` is not among the regions",
                    primary.code()
                ),
                params,
            );
        }
    }
    if let (Some(regions), Some(unnamed)) = (&regions, all_valid(&imp.unspecified_countries_in)) {
        for (i, r) in unnamed.iter().enumerate() {
            if !regions.is_empty() && !regions.contains(r) {
                let params = sink.params().set("region", r.code());
                sink.emit(
                    Code::GeographyUnspecifiedRegionNotDeclared,
                    ptr(&[K("implementation"), K("unspecifiedCountriesIn"), I(i)]),
                    format!("`{}` is not among the regions", r.code()),
                    params,
                );
            }
        }
    }
    let no_regions = imp.regions.is_absent() || regions.as_ref().is_some_and(Vec::is_empty);
    let no_countries = imp.countries.is_absent() || countries.as_ref().is_some_and(Vec::is_empty);
    let no_places = none(&imp.country_groups) && none(&imp.unspecified_countries_in);
    if !imp.global && no_regions && no_countries && no_places && imp.primary_region.is_none() {
        let params = sink.params();
        sink.emit(
            Code::GeographyNoLocation,
            ptr(&[K("implementation")]),
            "the pledge names no country or region and is not marked global".into(),
            params,
        );
    }
    shares(p, regions.as_deref(), countries.as_deref(), sink);
}

/// Whether a list is absent or empty.
fn none<T>(list: &Slot<Vec<Option<T>>>) -> bool {
    list.is_absent() || list.valid().is_some_and(Vec::is_empty)
}

fn unknown_country(code: CountryCode, path: &[Seg<'_>], sink: &mut Sink) -> bool {
    if geo::country(code).is_some() {
        return false;
    }
    let params = sink.params().user("value", code.as_str());
    let msg = format!(
        "{} is not an ISO 3166-1 alpha-3 country code",
        sink.quote(code.as_str())
    );
    sink.emit(Code::GeographyUnknownCountry, ptr(path), msg, params);
    true
}

fn known_countries(p: &PPledge<'_>, regions: Option<&[ItuRegion]>, sink: &mut Sink) {
    for (i, c) in each(&p.implementation.countries) {
        let path = [K("implementation"), K("countries"), I(i)];
        if unknown_country(*c, &path, sink) {
            continue;
        }
        let Some(region) = geo::itu_region(*c) else {
            continue;
        };
        if let Some(regions) = regions.filter(|r| !r.is_empty()) {
            if !regions.contains(&region) {
                let params = sink
                    .params()
                    .user("value", c.as_str())
                    .set("region", region.code());
                let msg = format!(
                    "{} is in the ITU-D region `{}`, which is not among the regions",
                    sink.quote(c.as_str()),
                    region.code()
                );
                sink.emit(
                    Code::GeographyCountryOutsideRegions,
                    ptr(&path),
                    msg,
                    params,
                );
            }
        }
    }
    // Fixed-size paths: no allocation per entity on the (usual) valid path.
    if let Some(Headquarters::Country(c)) = p.lead.as_ref().and_then(|e| e.headquarters) {
        unknown_country(c, &[K("pledgers"), K("lead"), K("headquarters")], sink);
    }
    for (i, e) in p.partners.valid().into_iter().flatten().enumerate() {
        if let Some(Headquarters::Country(c)) = e.as_ref().and_then(|e| e.headquarters) {
            let path = [K("pledgers"), K("partners"), I(i), K("headquarters")];
            unknown_country(c, &path, sink);
        }
    }
}

fn shares(
    p: &PPledge<'_>,
    regions: Option<&[ItuRegion]>,
    countries: Option<&[CountryCode]>,
    sink: &mut Sink,
) {
    let Some(items) = p.implementation.shares.valid() else {
        return;
    };
    let mut sum = Some(Decimal::ZERO);
    let hundred = Decimal::ONE_HUNDRED;
    for (i, s) in items.iter().enumerate() {
        let Some(s) = s else {
            sum = None;
            continue;
        };
        let base = [K("implementation"), K("shares"), I(i)];
        match s.percent {
            Some(pc) => {
                sum = sum.and_then(|acc| acc.checked_add(pc));
                if pc < Decimal::ZERO || pc > hundred {
                    let params = sink.params().user("value", pc.to_string());
                    let msg = format!(
                        "the share {} is not between 0 and 100",
                        sink.quote(&pc.to_string())
                    );
                    sink.emit(
                        Code::GeographyShareOutOfRange,
                        ptr(&[base[0], base[1], base[2], K("percent")]),
                        msg,
                        params,
                    );
                }
            }
            None => sum = None,
        }
        let Some(area) = s.area else { continue };
        let area_path = ptr(&[base[0], base[1], base[2], K("area")]);
        let earlier = items
            .iter()
            .take(i)
            .position(|x| x.as_ref().and_then(|x| x.area) == Some(area));
        if let Some(first) = earlier {
            let params = sink.params().user("value", area).set("firstIndex", first);
            let msg = format!(
                "a share for {} is already declared at index {first}",
                sink.quote(area)
            );
            sink.emit(Code::GeographyDuplicateShare, area_path, msg, params);
            continue;
        }
        if let (Some(regions), Some(countries)) = (regions, countries) {
            let declared = regions.iter().any(|r| r.code() == area)
                || countries.iter().any(|c| c.as_str() == area);
            if !declared {
                let params = sink.params().user("value", area);
                let msg = format!(
                    "{} is neither a declared country nor a declared region",
                    sink.quote(area)
                );
                sink.emit(Code::GeographyShareAreaNotDeclared, area_path, msg, params);
            }
        }
    }
    if let Some(sum) = sum {
        if !items.is_empty() && sum != hundred {
            let params = sink.params().set("sum", sum.normalize().to_string());
            sink.emit(
                Code::GeographySharesNotHundred,
                ptr(&[K("implementation"), K("shares")]),
                format!("the shares sum to {}, not 100", sum.normalize()),
                params,
            );
        }
    }
}
