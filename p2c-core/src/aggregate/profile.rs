//! One country's profile, shaped like ITU's national roundtable profiles (Cambodia, July 2024:
//! 50 pledges, 6 reported (12 %), reports by stakeholder type, status counts, end-date buckets
//! with how many ended pledges have reports, top targets, challenges and solutions).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::options::SummaryOptions;
use super::summary::{CountRow, Dimension, Summary};
use super::{summarize, EndBucket};
use crate::geo;
use crate::model::decimal::DecimalString;
use crate::model::{CountryCode, CurrencyCode, Pledge};
use crate::taxonomy::{Codelist, CountryGroup, ItuRegion};
use crate::Result;

/// The figures of the pledges implemented in one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
#[schemars(title = "Partner2Connect country profile")]
pub struct CountryProfile {
    /// # Country
    ///
    /// The ISO 3166-1 alpha-3 code.
    pub country: CountryCode,
    /// # Name
    ///
    /// The country's English short name, when the code is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// # As of
    ///
    /// Only pledges and reports known on this date count.
    pub as_of: NaiveDate,
    /// # ITU-D region
    ///
    /// The country's ITU-D region, if it is in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub itu_region: Option<ItuRegion>,
    /// # Country groups
    ///
    /// The country's LDC, LLDC and SIDS membership on the as-of date.
    pub groups: Vec<GroupFlag>,
    /// # Pledges
    ///
    /// Pledges implemented in the country.
    pub pledges: u64,
    /// # Reported pledges
    ///
    /// Of those, pledges with at least one progress report.
    pub reported: u64,
    /// # Reported share
    ///
    /// `reported` over `pledges`, rounded to 4 decimal places.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub reported_share: Decimal,
    /// # Reported pledges by stakeholder type
    ///
    /// Reported pledges by the lead entity's stakeholder type (every type, zeros included).
    pub reports_by_stakeholder_type: Vec<CountRow>,
    /// # Status
    ///
    /// Pledges by implementation status as of the date (`unspecified` when unknown).
    pub status: Vec<CountRow>,
    /// # End dates
    ///
    /// Pledges by estimated end date relative to the as-of date.
    pub end_dates: EndDates,
    /// # Top P2C Targets
    ///
    /// The targets most pledges serve.
    pub top_targets: Vec<CountRow>,
    /// # Top challenges
    ///
    /// The challenges most reports name.
    pub top_challenges: Vec<CountRow>,
    /// # Top solutions
    ///
    /// The solutions most reports name.
    pub top_solutions: Vec<CountRow>,
    /// # Currency
    ///
    /// The currency of `totalValue`.
    pub currency: CurrencyCode,
    /// # Total value
    ///
    /// The value of the country's pledges, counted once, with full attribution of
    /// multi-country pledges unless the options say otherwise.
    #[serde(with = "crate::model::decimal")]
    #[schemars(with = "DecimalString")]
    pub total_value: Decimal,
    /// # Warnings
    ///
    /// Warnings about the call that asked for the profile (a deprecated option spelling, an
    /// unknown language; see `p2c_core::call`); absent when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<crate::call::Warning>,
}

/// Membership of a country group on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct GroupFlag {
    /// # Group
    ///
    /// The country group.
    pub group: CountryGroup,
    /// # Member
    ///
    /// Whether the country is a member on the as-of date.
    pub member: bool,
    /// # Provisional
    ///
    /// True when the answer depends on a scheduled, unconfirmed LDC graduation.
    pub provisional: bool,
}

/// Pledges by estimated end date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct EndDates {
    /// # Ended
    ///
    /// Estimated to have ended before the as-of date.
    pub ended: u64,
    /// # Ended with reports
    ///
    /// Of the ended pledges, those with at least one report.
    pub ended_with_reports: u64,
    /// # Ends this year
    ///
    /// Ending in the as-of year, on or after the as-of date.
    pub ends_this_year: u64,
    /// # Ends later
    ///
    /// Ending after the as-of year.
    pub later: u64,
    /// # Unknown
    ///
    /// With no end date.
    pub unknown: u64,
}

fn rows(summary: &Summary, dim: Dimension) -> Vec<CountRow> {
    summary
        .breakdown(dim)
        .map(|b| {
            b.rows
                .iter()
                .map(|r| CountRow {
                    key: r.key.clone(),
                    label: r.label.clone(),
                    count: r.pledges,
                    share: r.pledge_share,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn count(rows: &[CountRow], key: &str) -> u64 {
    rows.iter().find(|r| r.key == key).map_or(0, |r| r.count)
}

/// The profile of `country` as of `as_of`: the pledges implemented there, under every other
/// rule and filter of `options` (its `as_of` and country filter are replaced).
pub fn country_profile(
    pledges: &[Pledge],
    country: CountryCode,
    as_of: NaiveDate,
    options: &SummaryOptions,
) -> Result<CountryProfile> {
    let mut options = options.clone();
    options.as_of = as_of;
    options.filters.countries = vec![country];
    let summary = summarize(pledges, &options)?;
    Ok(country_profile_of_summary(&summary, country, &options))
}

/// The profile of `country` from the summary of its pledges: a summary made with `options`,
/// whose country filter is `country` alone and whose `as_of` is the profile's (what
/// [`country_profile`] computes over a slice, and a streaming summary over a file of any size).
pub fn country_profile_of_summary(
    summary: &Summary,
    country: CountryCode,
    options: &SummaryOptions,
) -> CountryProfile {
    let as_of = options.as_of;
    let end = rows(summary, Dimension::EndDate);
    let top = |mut v: Vec<CountRow>| {
        v.retain(|r| r.count > 0 && r.key != super::UNSPECIFIED);
        v.truncate(options.top);
        v
    };
    CountryProfile {
        country,
        name: geo::country(country).map(|c| c.name.to_owned()),
        as_of,
        itu_region: geo::itu_region(country),
        groups: CountryGroup::all()
            .iter()
            .map(|g| {
                let m = geo::membership(*g, country, as_of);
                GroupFlag {
                    group: *g,
                    member: m.member,
                    provisional: m.provisional,
                }
            })
            .collect(),
        pledges: summary.pledge_count,
        reported: summary.reporting.reported_pledges,
        reported_share: summary.reporting.reported_share,
        reports_by_stakeholder_type: summary.reporting.by_stakeholder_type.clone(),
        status: rows(summary, Dimension::ImplementationStatus),
        end_dates: EndDates {
            ended: count(&end, EndBucket::Ended.key()),
            ended_with_reports: summary.reporting.ended_with_reports,
            ends_this_year: count(&end, EndBucket::EndsThisYear.key()),
            later: count(&end, EndBucket::Later.key()),
            unknown: count(&end, EndBucket::Unknown.key()),
        },
        top_targets: top(rows(summary, Dimension::Target)),
        top_challenges: top(summary.reporting.challenges.clone()),
        top_solutions: top(summary.reporting.solutions.clone()),
        currency: summary.currency,
        total_value: summary.value.total,
        warnings: Vec::new(),
    }
}
