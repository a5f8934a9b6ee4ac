//! Geography: ISO 3166-1 countries, the six ITU-D regions, UN M49 regions, and LDC / LLDC /
//! SIDS membership answerable *as of a date*.
//!
//! The tables are compiled in from `data/` (see `data/SOURCES.md`); the build fails if they do
//! not agree with each other, so no lookup here can fail at run time. The data is valid as of
//! [`DATA_AS_OF`].
//!
//! # Uncertain data stays visible
//!
//! - Three ITU-D region assignments (Georgia, Moldova, Ukraine → Europe) are inferred from
//!   region sizes, not read from an ITU list: [`Country::itu_region_confidence`] is `"medium"`
//!   for them and `"high"` for the rest.
//! - Scheduled LDC graduations (Bangladesh, Lao PDR and Nepal on 2026-11-24, Solomon Islands
//!   2027-12-13, Cambodia and Senegal 2029-12-19) are not certain until they happen.
//!   [`membership`] answers as if the schedule holds and sets [`Membership::provisional`] when
//!   the answer depends on such a graduation.
//!
//! # How membership is dated
//!
//! - **LDC**: a country on the list is a member on every date before it left. A graduation
//!   date is the first day the country is *not* an LDC (Bhutan: member on 2023-12-12, not on
//!   2023-12-13). Graduations known only to the month (the five before 2020) count from the
//!   first day of that month ([`DatePrecision::Month`]). Dates of *entry* onto the list are
//!   not in the data; every listed country is treated as a member on all earlier dates, which
//!   is right for the P2C period (the last addition, South Sudan, was in 2012).
//! - **LLDC** and **SIDS**: the source lists carry no dates (LLDC: UNSD M49, 2024-09; SIDS:
//!   the UN-OHRLLS list of 39 UN members and 18 associate members). Membership is treated as
//!   constant over time. Bonaire, Sint Eustatius and Saba, flagged SIDS only by M49, is not a
//!   member.
//!
//! ```
//! use chrono::NaiveDate;
//! use p2c_core::geo::{self, CountryGroup};
//! use p2c_core::model::CountryCode;
//! use p2c_core::taxonomy::ItuRegion;
//!
//! let btn = CountryCode::new("BTN").unwrap();
//! assert_eq!(geo::itu_region(btn), Some(ItuRegion::Asp));
//! let d = |s: &str| s.parse::<NaiveDate>().unwrap();
//! assert!(geo::is_member(CountryGroup::Ldc, btn, d("2023-12-12")));
//! assert!(!geo::is_member(CountryGroup::Ldc, btn, d("2023-12-13")));
//! ```

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::model::CountryCode;
use crate::taxonomy::ItuRegion;

pub use crate::taxonomy::CountryGroup;

/// The date up to which the embedded geography data was checked against its sources.
pub const DATA_AS_OF: &str = "2026-11-23";

/// A country or area with an ISO 3166-1 alpha-3 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code.
    pub iso3: CountryCode,
    /// ISO 3166-1 alpha-2 code.
    pub iso2: &'static str,
    /// UN M49 numeric code, three digits with leading zeros (`"404"`).
    pub m49: &'static str,
    /// English short name.
    pub name: &'static str,
    /// The ITU-D region, if the country is in one (territories and non-members are not).
    pub itu_region: Option<ItuRegion>,
    /// How sure the region assignment is (`"high"` or `"medium"`); `None` with no region.
    pub itu_region_confidence: Option<&'static str>,
    /// The M49 region name (`"Africa"`); `None` for Antarctica.
    pub m49_region: Option<&'static str>,
    /// The M49 sub-region name (`"Sub-Saharan Africa"`); `None` for Antarctica.
    pub m49_subregion: Option<&'static str>,
}

/// How precise a recorded date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// Only the month is known; the date is the first of that month.
    Month,
}

/// One country's record in a country group's list, as the source data gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupEntry {
    /// The group.
    pub group: CountryGroup,
    /// The country.
    pub country: CountryCode,
    /// The status in the source: for LDCs the graduation status (`ldc`, `scheduled`,
    /// `graduated`, `deferred`, …); for LLDCs `member`; for SIDS `un_member` or
    /// `associate_member`.
    pub status: &'static str,
    /// The first day on which the country was no longer a member (confirmed), if it left.
    pub left_on: Option<NaiveDate>,
    /// The precision of `left_on`.
    pub left_on_precision: DatePrecision,
    /// A scheduled, not yet confirmed, exit date: the first day the country would no longer
    /// be a member.
    pub scheduled_exit: Option<NaiveDate>,
    /// The source's note.
    pub note: &'static str,
}

/// The answer to "was this country in this group on this date?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Membership {
    /// Whether the country is a member on the date.
    pub member: bool,
    /// True when the answer depends on a scheduled graduation that had not been confirmed
    /// when the data was compiled: `member` is `false` only because the schedule is assumed to
    /// hold.
    pub provisional: bool,
    /// The record the answer comes from; `None` when the country is not on the list at all.
    pub entry: Option<&'static GroupEntry>,
}

/// `NaiveDate` from parts checked by the build script.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => NaiveDate::MIN,
    }
}

include!(concat!(env!("OUT_DIR"), "/geo.rs"));

/// Every country or area in the data (ISO 3166-1 alpha-3 codes, including those with no
/// ITU-D region), sorted by code. Kosovo's user-assigned `XKX` is not ISO 3166-1 and not here.
pub fn countries() -> &'static [Country] {
    COUNTRIES
}

/// The country with this code, if the data knows it.
pub fn country(code: CountryCode) -> Option<&'static Country> {
    // The codes alone (3 bytes each, under 1 KB) are searched rather than the records (about
    // 100 bytes each): validation looks up every country of every pledge, and the compact
    // array stays in cache where the records did not (the search stalled on memory loads).
    static CODES: OnceLock<Box<[CountryCode]>> = OnceLock::new();
    let codes = CODES.get_or_init(|| COUNTRIES.iter().map(|c| c.iso3).collect());
    codes
        .binary_search(&code)
        .ok()
        .and_then(|i| COUNTRIES.get(i))
}

/// The ITU-D region of a country, if it is in one.
pub fn itu_region(code: CountryCode) -> Option<ItuRegion> {
    country(code).and_then(|c| c.itu_region)
}

/// The countries of an ITU-D region, in code order.
pub fn countries_in(region: ItuRegion) -> impl Iterator<Item = &'static Country> {
    COUNTRIES
        .iter()
        .filter(move |c| c.itu_region == Some(region))
}

/// Every record of a group's list, including LDCs that have graduated.
pub fn group_entries(group: CountryGroup) -> impl Iterator<Item = &'static GroupEntry> {
    GROUP_ENTRIES.iter().filter(move |e| e.group == group)
}

/// Whether `country` was in `group` on `as_of`, with whether the answer is provisional.
pub fn membership(group: CountryGroup, country: CountryCode, as_of: NaiveDate) -> Membership {
    let Some(entry) = GROUP_ENTRIES
        .iter()
        .find(|e| e.group == group && e.country == country)
    else {
        return Membership {
            member: false,
            provisional: false,
            entry: None,
        };
    };
    let left = entry.left_on.is_some_and(|d| as_of >= d);
    let scheduled_left = entry.scheduled_exit.is_some_and(|d| as_of >= d);
    Membership {
        member: !left && !scheduled_left,
        provisional: !left && scheduled_left,
        entry: Some(entry),
    }
}

/// Whether `country` was in `group` on `as_of`. Scheduled graduations are assumed to happen;
/// use [`membership`] to tell whether the answer depends on one.
pub fn is_member(group: CountryGroup, country: CountryCode, as_of: NaiveDate) -> bool {
    membership(group, country, as_of).member
}

/// The members of `group` on `as_of`, in code order.
pub fn members(group: CountryGroup, as_of: NaiveDate) -> Vec<CountryCode> {
    let mut out: Vec<CountryCode> = group_entries(group)
        .filter(|e| membership(group, e.country, as_of).member)
        .map(|e| e.country)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether any member answer for `group` on `as_of` depends on a scheduled, unconfirmed
/// graduation (the countries whose answer is provisional).
pub fn provisional_members(group: CountryGroup, as_of: NaiveDate) -> Vec<CountryCode> {
    group_entries(group)
        .filter(|e| membership(group, e.country, as_of).provisional)
        .map(|e| e.country)
        .collect()
}

pub mod places;

#[cfg(test)]
mod tests;
