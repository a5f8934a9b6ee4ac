use std::collections::HashSet;

use super::*;
use crate::taxonomy::Codelist;

fn c(code: &str) -> CountryCode {
    CountryCode::new(code).unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn day_before(date: &str) -> NaiveDate {
    d(date).pred_opt().unwrap()
}

#[test]
fn region_counts_match_itu() {
    // Expected sizes from ITU's own pages, as recorded in refdata/SOURCES.md
    // (AFR 44, AMS 35, ARB 22, ASP 38, CIS 9, EUR 46 = 194).
    let expected = [
        (ItuRegion::Afr, 44),
        (ItuRegion::Ams, 35),
        (ItuRegion::Arb, 22),
        (ItuRegion::Asp, 38),
        (ItuRegion::Cis, 9),
        (ItuRegion::Eur, 46),
    ];
    for (region, n) in expected {
        assert_eq!(countries_in(region).count(), n, "{region}");
    }
    assert_eq!(
        countries()
            .iter()
            .filter(|c| c.itu_region.is_some())
            .count(),
        194
    );
}

#[test]
fn every_region_country_is_an_m49_country() {
    // A different route from the build script: read the UNSD M49 overview file directly and
    // collect its ISO3 column (the third; no field before it is quoted).
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/un_m49_countries.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with("m49,iso2,iso3,"));
    let m49: HashSet<String> = lines
        .map(|l| l.split(',').nth(2).unwrap().to_owned())
        .collect();
    let mut seen = 0;
    for region in ItuRegion::all() {
        for country in countries_in(*region) {
            assert!(m49.contains(country.iso3.as_str()), "{}", country.iso3);
            assert!(country.m49_region.is_some());
            seen += 1;
        }
    }
    assert_eq!(seen, 194);
}

#[test]
fn lookups() {
    let ken = country(c("KEN")).unwrap();
    assert_eq!((ken.iso2, ken.m49, ken.name), ("KE", "404", "Kenya"));
    assert_eq!(ken.itu_region, Some(ItuRegion::Afr));
    assert_eq!(ken.itu_region_confidence, Some("high"));
    assert_eq!(ken.m49_region, Some("Africa"));
    assert_eq!(ken.m49_subregion, Some("Sub-Saharan Africa"));
    // Territories and non-members are countries without a region.
    let pri = country(c("PRI")).unwrap();
    assert_eq!((pri.itu_region, pri.itu_region_confidence), (None, None));
    assert_eq!(itu_region(c("TWN")), None);
    assert!(country(c("TWN")).is_some());
    assert!(country(c("XKX")).is_none());
    assert!(country(c("ZZZ")).is_none());
    // The last and first codes are found by the binary search.
    assert!(country(countries().first().unwrap().iso3).is_some());
    assert!(country(countries().last().unwrap().iso3).is_some());
    assert_eq!(countries().len(), 249);
}

#[test]
fn medium_confidence_rows_stay_visible() {
    let medium: Vec<&str> = countries()
        .iter()
        .filter(|c| c.itu_region_confidence == Some("medium"))
        .map(|c| c.iso3.as_str())
        .collect();
    assert_eq!(medium, ["GEO", "MDA", "UKR"]);
    assert_eq!(itu_region(c("UKR")), Some(ItuRegion::Eur));
}

#[test]
fn ldc_confirmed_graduations_either_side() {
    for (iso, date) in [
        ("BTN", "2023-12-13"),
        ("STP", "2024-12-13"),
        ("VUT", "2020-12-04"),
    ] {
        let before = membership(CountryGroup::Ldc, c(iso), day_before(date));
        let on = membership(CountryGroup::Ldc, c(iso), d(date));
        assert!(before.member && !before.provisional, "{iso} before {date}");
        assert!(!on.member && !on.provisional, "{iso} on {date}");
    }
}

#[test]
fn ldc_scheduled_graduations_are_provisional() {
    for (iso, date) in [
        ("BGD", "2026-11-24"),
        ("LAO", "2026-11-24"),
        ("NPL", "2026-11-24"),
        ("SLB", "2027-12-13"),
        ("KHM", "2029-12-19"),
        ("SEN", "2029-12-19"),
    ] {
        let before = membership(CountryGroup::Ldc, c(iso), day_before(date));
        let on = membership(CountryGroup::Ldc, c(iso), d(date));
        assert!(before.member && !before.provisional, "{iso} before {date}");
        assert!(!on.member && on.provisional, "{iso} on {date}");
        assert!(!is_member(CountryGroup::Ldc, c(iso), d(date)));
    }
}

#[test]
fn ldc_counts_over_time() {
    // UN DESA: 45 LDCs until STP graduated on 2024-12-13, 44 after; BGD, LAO and NPL are
    // scheduled to leave on 2026-11-24 (44 - 3 = 41, those 3 provisional).
    assert_eq!(members(CountryGroup::Ldc, d("2024-12-12")).len(), 45);
    assert_eq!(members(CountryGroup::Ldc, d("2024-12-13")).len(), 44);
    assert_eq!(members(CountryGroup::Ldc, d("2026-11-23")).len(), 44);
    assert!(provisional_members(CountryGroup::Ldc, d("2026-11-23")).is_empty());
    assert_eq!(members(CountryGroup::Ldc, d("2026-11-24")).len(), 41);
    assert_eq!(
        provisional_members(CountryGroup::Ldc, d("2026-11-24")),
        [c("BGD"), c("LAO"), c("NPL")]
    );
    // Bhutan, Vanuatu and STP were members in mid-2020 (before Vanuatu left): 44 + 3 = 47.
    assert_eq!(members(CountryGroup::Ldc, d("2020-06-30")).len(), 47);
}

#[test]
fn lldc_and_sids_are_undated() {
    // OHRLLS: 32 LLDCs; SIDS 39 UN members + 18 associate members = 57.
    for date in ["2000-01-01", "2024-07-07", "2030-01-01"] {
        assert_eq!(members(CountryGroup::Lldc, d(date)).len(), 32);
        assert_eq!(members(CountryGroup::Sids, d(date)).len(), 57);
    }
    assert!(is_member(CountryGroup::Lldc, c("UGA"), d("2024-07-07")));
    assert!(!is_member(CountryGroup::Lldc, c("KEN"), d("2024-07-07")));
    assert!(is_member(CountryGroup::Sids, c("FJI"), d("2024-07-07")));
    // Bonaire etc.: flagged only by M49, not on the OHRLLS list.
    assert!(!is_member(CountryGroup::Sids, c("BES"), d("2024-07-07")));
    let none = membership(CountryGroup::Sids, c("FRA"), d("2024-07-07"));
    assert_eq!(
        (none.member, none.provisional, none.entry),
        (false, false, None)
    );
}

#[test]
fn country_group_codelist() {
    assert_eq!(CountryGroup::all().len(), 3);
    assert_eq!("ldc".parse::<CountryGroup>().unwrap(), CountryGroup::Ldc);
    assert_eq!(
        serde_json::to_string(&CountryGroup::Sids).unwrap(),
        "\"sids\""
    );
}

#[test]
fn every_group_member_is_a_country() {
    for group in CountryGroup::all() {
        for e in group_entries(*group) {
            assert!(country(e.country).is_some(), "{}", e.country);
        }
    }
}

/// The lookup finds every record of the table (the same record, by address) and nothing else.
#[test]
fn country_finds_every_record_and_only_those() {
    for rec in countries() {
        assert!(
            std::ptr::eq(country(rec.iso3).unwrap(), rec),
            "{}",
            rec.iso3
        );
    }
    for absent in ["AAA", "XKX", "ZZZ"] {
        assert!(country(c(absent)).is_none(), "{absent}");
    }
}

/// Country names are the UN M49 English names (two documented short forms aside).
#[test]
fn cote_d_ivoire_has_its_un_name() {
    let civ = country(CountryCode::new("CIV").unwrap()).unwrap();
    assert_eq!(civ.name, "Côte d'Ivoire");
    assert!(!countries().iter().any(|c| c.name.contains("Ivory")));
}
