//! Test helpers shared by the integration tests: proptest strategies for the pledge model.
//!
//! Each integration test file is its own crate and uses a different part of this module.
#![allow(dead_code)]
// Test code: a failing unwrap here is a failing test (clippy.toml allows it in test functions,
// which these helpers are not).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use p2c_core::events::EventCode;
use p2c_core::model::{
    Beneficiaries, BeneficiaryCount, Component, Contact, CountryCode, CurrencyCode, Entity,
    ExplicitRate, FinancialValue, FormatVersion, Headquarters, Implementation, Link, MoneyAmount,
    PartialDate, Period, Pledgers, ProgressReport, Relation, SdgRef, Share,
};
use p2c_core::targets::TargetCode;
use p2c_core::taxonomy::{
    AmountBasis, BeneficiaryGroup, BeneficiaryUnit, Challenge, Codelist, CountryGroup, FocusArea,
    ImplementationStatus, ItuRegion, PartnerRole, Pillar, PledgeType, RelationType, ReviewState,
    Solution, StakeholderSubtype, StakeholderType,
};
use p2c_core::{Decimal, Pledge};
use proptest::prelude::*;

pub(crate) fn codes<C: Codelist + std::fmt::Debug>() -> impl Strategy<Value = C> {
    prop::sample::select(C::all())
}

pub(crate) fn some_codes<C: Codelist + std::fmt::Debug>(
    min: usize,
) -> impl Strategy<Value = Vec<C>> {
    prop::collection::vec(codes::<C>(), min..4)
}

pub(crate) fn alpha3() -> impl Strategy<Value = String> {
    "[A-Z]{3}"
}

pub(crate) fn country() -> impl Strategy<Value = CountryCode> {
    alpha3().prop_map(|s| CountryCode::new(&s).unwrap())
}

pub(crate) fn currency() -> impl Strategy<Value = CurrencyCode> {
    alpha3().prop_map(|s| CurrencyCode::new(&s).unwrap())
}

pub(crate) fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=12).prop_map(|(m, scale)| Decimal::new(m, scale))
}

pub(crate) fn date() -> impl Strategy<Value = chrono::NaiveDate> {
    (1i32..=9999, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

pub(crate) fn partial_date() -> impl Strategy<Value = PartialDate> {
    prop_oneof![
        (1i32..=9999).prop_map(PartialDate::Year),
        (1i32..=9999, 1u32..=12).prop_map(|(y, m)| PartialDate::Month(y, m)),
        date().prop_map(PartialDate::Day),
    ]
}

pub(crate) fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including quotes, backslashes and control characters, which JSON escapes.
    ".{0,24}"
}

pub(crate) fn target() -> impl Strategy<Value = TargetCode> {
    "[A-Z][A-Z0-9]{0,8}(-[A-Z0-9]{1,3}){0,2}".prop_map(TargetCode)
}

pub(crate) fn entity() -> impl Strategy<Value = Entity> {
    (
        prop::option::of(text()),
        text(),
        codes::<StakeholderType>(),
        prop::option::of(codes::<StakeholderSubtype>()),
        prop_oneof![
            country().prop_map(Headquarters::Country),
            Just(Headquarters::International)
        ],
        some_codes::<PartnerRole>(0),
    )
        .prop_map(
            |(id, name, stakeholder_type, subtype, headquarters, roles)| Entity {
                id,
                name,
                stakeholder_type,
                subtype,
                headquarters,
                roles,
            },
        )
}

pub(crate) fn money() -> impl Strategy<Value = MoneyAmount> {
    (decimal(), currency()).prop_map(|(amount, currency)| MoneyAmount { amount, currency })
}

pub(crate) fn financial_value() -> impl Strategy<Value = FinancialValue> {
    let rate =
        (currency(), decimal(), date(), text()).prop_map(|(to, rate, date, source)| ExplicitRate {
            to,
            rate,
            date,
            source,
        });
    let component =
        (text(), decimal(), any::<bool>()).prop_map(|(name, amount, in_kind)| Component {
            name,
            amount,
            in_kind,
        });
    (
        (
            decimal(),
            prop::option::of(decimal()),
            currency(),
            partial_date(),
        ),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        (
            prop::option::of(codes::<AmountBasis>()),
            prop::option::of(any::<u32>()),
            prop::option::of(money()),
            prop::option::of(rate),
            prop::collection::vec(component, 0..3),
        ),
    )
        .prop_map(
            |(
                (amount, max_amount, currency, value_date),
                (is_floor, is_ceiling, approximate, in_kind),
                (basis, years, stated_equivalent, explicit_rate, components),
            )| {
                let mut v = FinancialValue::new(amount, currency, value_date.first_day());
                v.value_date_precision = value_date.precision();
                v.max_amount = max_amount;
                v.is_floor = is_floor;
                v.is_ceiling = is_ceiling;
                v.approximate = approximate;
                v.in_kind = in_kind;
                v.basis = basis;
                v.years = years;
                v.stated_equivalent = stated_equivalent;
                v.explicit_rate = explicit_rate;
                v.components = components;
                v
            },
        )
}

pub(crate) fn implementation() -> impl Strategy<Value = Implementation> {
    let share = (alpha3(), decimal()).prop_map(|(area, percent)| Share { area, percent });
    (
        any::<bool>(),
        some_codes::<ItuRegion>(0),
        prop::option::of(codes::<ItuRegion>()),
        prop::collection::vec(country(), 0..4),
        some_codes::<CountryGroup>(0),
        some_codes::<ItuRegion>(0),
        prop::collection::vec(share, 0..3),
    )
        .prop_map(
            |(global, regions, primary_region, countries, country_groups, unspecified, shares)| {
                Implementation {
                    global,
                    regions,
                    primary_region,
                    countries,
                    country_groups,
                    unspecified_countries_in: unspecified,
                    shares,
                }
            },
        )
}

pub(crate) fn progress_report() -> impl Strategy<Value = ProgressReport> {
    (
        date(),
        codes::<ImplementationStatus>(),
        prop::option::of(text()),
        prop::option::of(
            (decimal(), currency()).prop_map(|(amount, currency)| MoneyAmount { amount, currency }),
        ),
        prop::option::of(any::<u64>()),
        some_codes::<Challenge>(0),
        some_codes::<Solution>(0),
        prop::collection::vec(target(), 0..3),
    )
        .prop_map(
            |(
                date,
                status,
                narrative,
                amount_delivered,
                people_reached,
                challenges,
                solutions,
                targets,
            )| ProgressReport {
                date,
                status,
                narrative,
                amount_delivered,
                people_reached,
                challenges,
                solutions,
                targets,
            },
        )
}

pub(crate) fn timestamp() -> impl Strategy<Value = chrono::DateTime<chrono::Utc>> {
    // Whole seconds through the year 9999.
    (0i64..253_402_300_799).prop_map(|s| chrono::DateTime::from_timestamp(s, 0).unwrap())
}

prop_compose! {
    /// An arbitrary pledge: every field, every codelist value, any Unicode text.
    pub fn pledge()(
        head in (
            text(),
            text(),
            prop::option::of(text()),
            prop::collection::vec(
                (text(), prop::option::of(text())).prop_map(|(url, title)| Link { url, title }),
                0..3,
            ),
            prop::option::of(text()),
            prop::option::of(timestamp()),
            prop::option::of(timestamp()),
            (entity(), prop::collection::vec(entity(), 0..3))
                .prop_map(|(lead, partners)| Pledgers { lead, partners }),
        ),
        body in (
            some_codes::<PledgeType>(1),
            some_codes::<FocusArea>(1),
            some_codes::<Pillar>(0),
            prop::option::of(financial_value()),
            implementation(),
            prop::option::of(
                (prop::option::of(partial_date()), prop::option::of(partial_date()))
                    .prop_map(|(start, end)| Period { start, end }),
            ),
            prop::option::of(
                (some_codes::<BeneficiaryGroup>(0), prop::option::of(any::<u64>()), any::<bool>(),
                 prop::option::of(any::<i32>()),
                 prop::collection::vec(
                     (any::<u64>(), codes::<BeneficiaryUnit>(), any::<bool>())
                         .prop_map(|(count, unit, is_floor)| BeneficiaryCount { count, unit, is_floor }),
                     0..3))
                    .prop_map(|(groups, people_reached, people_reached_is_floor, target_year, counts)| {
                        Beneficiaries { groups, people_reached, people_reached_is_floor, target_year, counts }
                    }),
            ),
            prop::collection::vec(target(), 0..3),
        ),
        added in (
            prop::option::of(partial_date()),
            prop::collection::vec(target().prop_map(|t| EventCode(t.0)), 0..3),
            prop::collection::vec(
                (any::<u64>(), prop::collection::vec(text(), 0..3))
                    .prop_map(|(goal, targets)| SdgRef { goal, targets }),
                0..3,
            ),
        ),
        tail in (
            prop::option::of((text(), text()).prop_map(|(name, email)| Contact { name, email })),
            codes::<ReviewState>(),
            prop::option::of(codes::<ImplementationStatus>()),
            prop::collection::vec(progress_report(), 0..3),
            prop::collection::vec(
                (codes::<RelationType>(), text()).prop_map(|(kind, pledge)| Relation { kind, pledge }),
                0..3,
            ),
        ),
    ) -> Pledge {
        let (id, title, description, links, notes, submitted_at, validated_at, pledgers) = head;
        let (pledge_types, focus_areas, pillars, financial_value, implementation, period,
             beneficiaries, targets) = body;
        let (contact, review_state, implementation_status, progress_reports, relations) = tail;
        let (announced_on, events, sdgs) = added;
        Pledge {
            // Generated pledges use every field and code, so they declare format 1.1.
            format_version: FormatVersion::V1_1,
            id, title, description, links, notes, submitted_at, validated_at, announced_on,
            events, pledgers, pledge_types, focus_areas, pillars, sdgs, financial_value,
            implementation, period, beneficiaries, targets, contact, review_state,
            implementation_status, progress_reports, relations,
        }
    }
}
