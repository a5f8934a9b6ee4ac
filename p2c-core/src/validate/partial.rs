//! A partial pledge: what the walker could read from a document, borrowing its strings.
//!
//! Every leaf is optional (`None` when absent or unreadable) and list elements keep their
//! original index (an unreadable element is `None`), so the semantic rules can run on what
//! parsed and still point at the right place. A typed [`Pledge`] converts into one for free.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;

use crate::model::{CountryCode, CurrencyCode, FormatVersion, Headquarters, PartialDate, Pledge};
use crate::taxonomy::{
    AmountBasis, BeneficiaryGroup, BeneficiaryUnit, Challenge, CountryGroup, FocusArea,
    ImplementationStatus, ItuRegion, PartnerRole, Pillar, PledgeType, RelationType, ReviewState,
    Solution, StakeholderSubtype, StakeholderType,
};

/// A value that is absent, present but unreadable, or read.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) enum Slot<T> {
    /// Not in the document (or `null` where that is allowed).
    #[default]
    Absent,
    /// In the document, but unreadable (an issue was reported).
    Invalid,
    /// Read.
    Valid(T),
}

impl<T> Slot<T> {
    pub(crate) fn valid(&self) -> Option<&T> {
        match self {
            Slot::Valid(v) => Some(v),
            _ => None,
        }
    }
    pub(crate) fn is_absent(&self) -> bool {
        matches!(self, Slot::Absent)
    }
}

/// A list whose elements may each be unreadable.
pub(crate) type List<T> = Slot<Vec<Option<T>>>;

/// All elements of a list, if the list and every element were read (an absent list is empty,
/// as the model's `#[serde(default)]` makes it).
pub(crate) fn all_valid<T: Copy>(list: &List<T>) -> Option<Vec<T>> {
    match list {
        Slot::Absent => Some(Vec::new()),
        Slot::Invalid => None,
        Slot::Valid(v) => v.iter().copied().collect(),
    }
}

/// The read elements of a list, with their indices.
pub(crate) fn each<T>(list: &List<T>) -> impl Iterator<Item = (usize, &T)> {
    list.valid()
        .into_iter()
        .flat_map(|v| v.iter().enumerate())
        .filter_map(|(i, x)| x.as_ref().map(|x| (i, x)))
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PEntity<'a> {
    pub id: Option<&'a str>,
    pub name: Option<&'a str>,
    pub stakeholder_type: Option<StakeholderType>,
    pub subtype: Option<StakeholderSubtype>,
    pub headquarters: Option<Headquarters>,
    pub roles: List<PartnerRole>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PRate<'a> {
    pub to: Option<CurrencyCode>,
    pub rate: Option<Decimal>,
    pub date: Option<NaiveDate>,
    pub source: Option<&'a str>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PComponent<'a> {
    pub name: Option<&'a str>,
    pub amount: Option<Decimal>,
    pub in_kind: bool,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PValue<'a> {
    pub amount: Option<Decimal>,
    pub max_amount: Option<Decimal>,
    pub currency: Option<CurrencyCode>,
    pub value_date: Option<PartialDate>,
    pub is_floor: bool,
    pub is_ceiling: bool,
    pub approximate: bool,
    pub basis: Option<AmountBasis>,
    pub years: Option<u32>,
    pub in_kind: bool,
    pub stated_equivalent: Option<PMoney>,
    pub explicit_rate: Option<PRate<'a>>,
    pub components: Slot<Vec<Option<PComponent<'a>>>>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PShare<'a> {
    pub area: Option<&'a str>,
    pub percent: Option<Decimal>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PImpl<'a> {
    pub global: bool,
    /// False when `implementation` was present but not an object.
    pub readable: bool,
    pub regions: List<ItuRegion>,
    pub primary_region: Option<ItuRegion>,
    pub countries: List<CountryCode>,
    pub country_groups: List<CountryGroup>,
    pub unspecified_countries_in: List<ItuRegion>,
    pub shares: Slot<Vec<Option<PShare<'a>>>>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PPeriod {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PCount {
    pub count: Option<u64>,
    pub unit: Option<BeneficiaryUnit>,
    pub is_floor: bool,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PBeneficiaries {
    pub groups: List<BeneficiaryGroup>,
    pub people_reached: Option<u64>,
    pub people_reached_is_floor: bool,
    pub target_year: Option<i32>,
    pub counts: List<PCount>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PSdg<'a> {
    pub goal: Option<u64>,
    pub targets: List<&'a str>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PMoney {
    pub amount: Option<Decimal>,
    pub currency: Option<CurrencyCode>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PReport<'a> {
    pub date: Option<NaiveDate>,
    pub status: Option<ImplementationStatus>,
    pub narrative: Option<&'a str>,
    pub amount_delivered: Option<PMoney>,
    pub people_reached: Option<u64>,
    pub challenges: List<Challenge>,
    pub solutions: List<Solution>,
    pub targets: List<&'a str>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PLink<'a> {
    pub url: Option<&'a str>,
    pub title: Option<&'a str>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PContact<'a> {
    pub name: Option<&'a str>,
    pub email: Option<&'a str>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PRelation<'a> {
    pub kind: Option<RelationType>,
    pub pledge: Option<&'a str>,
}

/// Everything read from one pledge document.
#[derive(Debug, Clone, Default)]
pub(crate) struct PPledge<'a> {
    pub format_version: Option<FormatVersion>,
    pub id: Option<&'a str>,
    pub title: Option<&'a str>,
    pub description: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub links: Slot<Vec<Option<PLink<'a>>>>,
    pub submitted_at: Slot<DateTime<Utc>>,
    pub validated_at: Slot<DateTime<Utc>>,
    pub announced_on: Option<PartialDate>,
    pub events: List<&'a str>,
    pub lead: Option<PEntity<'a>>,
    pub partners: Slot<Vec<Option<PEntity<'a>>>>,
    pub pledge_types: List<PledgeType>,
    pub focus_areas: List<FocusArea>,
    pub pillars: List<Pillar>,
    pub sdgs: Slot<Vec<Option<PSdg<'a>>>>,
    pub financial_value: Slot<PValue<'a>>,
    pub implementation: PImpl<'a>,
    pub period: Option<PPeriod>,
    pub beneficiaries: Option<PBeneficiaries>,
    pub targets: List<&'a str>,
    pub contact: Option<PContact<'a>>,
    pub review_state: Option<ReviewState>,
    pub implementation_status: Option<ImplementationStatus>,
    pub progress_reports: Slot<Vec<Option<PReport<'a>>>>,
    pub relations: Slot<Vec<Option<PRelation<'a>>>>,
}

fn list<T: Copy>(v: &[T]) -> List<T> {
    if v.is_empty() {
        Slot::Absent
    } else {
        Slot::Valid(v.iter().map(|x| Some(*x)).collect())
    }
}

fn records<'a, T, P>(v: &'a [T], f: impl Fn(&'a T) -> P) -> Slot<Vec<Option<P>>> {
    if v.is_empty() {
        Slot::Absent
    } else {
        Slot::Valid(v.iter().map(|x| Some(f(x))).collect())
    }
}

fn entity(e: &crate::model::Entity) -> PEntity<'_> {
    PEntity {
        id: e.id.as_deref(),
        name: Some(&e.name),
        stakeholder_type: Some(e.stakeholder_type),
        subtype: e.subtype,
        headquarters: Some(e.headquarters),
        roles: list(&e.roles),
    }
}

impl<'a> PPledge<'a> {
    /// View a typed pledge as a partial one (nothing is copied but small values).
    pub(crate) fn from_pledge(p: &'a Pledge) -> PPledge<'a> {
        let imp = &p.implementation;
        PPledge {
            format_version: Some(p.format_version),
            id: Some(&p.id),
            title: Some(&p.title),
            description: p.description.as_deref(),
            notes: p.notes.as_deref(),
            links: records(&p.links, |l| PLink {
                url: Some(&l.url),
                title: l.title.as_deref(),
            }),
            submitted_at: p.submitted_at.map_or(Slot::Absent, Slot::Valid),
            validated_at: p.validated_at.map_or(Slot::Absent, Slot::Valid),
            announced_on: p.announced_on,
            events: records(&p.events, |e| e.0.as_str()),
            lead: Some(entity(&p.pledgers.lead)),
            partners: records(&p.pledgers.partners, entity),
            // Required lists are `Valid` even when empty, as the walker reports them.
            pledge_types: Slot::Valid(p.pledge_types.iter().map(|x| Some(*x)).collect()),
            focus_areas: Slot::Valid(p.focus_areas.iter().map(|x| Some(*x)).collect()),
            pillars: list(&p.pillars),
            sdgs: records(&p.sdgs, |g| PSdg {
                goal: Some(g.goal),
                targets: records(&g.targets, String::as_str),
            }),
            financial_value: match &p.financial_value {
                None => Slot::Absent,
                Some(v) => Slot::Valid(PValue {
                    amount: Some(v.amount),
                    max_amount: v.max_amount,
                    currency: Some(v.currency),
                    value_date: Some(v.value_date_stated()),
                    is_floor: v.is_floor,
                    is_ceiling: v.is_ceiling,
                    approximate: v.approximate,
                    basis: v.basis,
                    years: v.years,
                    in_kind: v.in_kind,
                    stated_equivalent: v.stated_equivalent.map(|m| PMoney {
                        amount: Some(m.amount),
                        currency: Some(m.currency),
                    }),
                    components: records(&v.components, |c| PComponent {
                        name: Some(&c.name),
                        amount: Some(c.amount),
                        in_kind: c.in_kind,
                    }),
                    explicit_rate: v.explicit_rate.as_ref().map(|r| PRate {
                        to: Some(r.to),
                        rate: Some(r.rate),
                        date: Some(r.date),
                        source: Some(&r.source),
                    }),
                }),
            },
            implementation: PImpl {
                global: imp.global,
                readable: true,
                regions: list(&imp.regions),
                primary_region: imp.primary_region,
                countries: list(&imp.countries),
                country_groups: list(&imp.country_groups),
                unspecified_countries_in: list(&imp.unspecified_countries_in),
                shares: records(&imp.shares, |s| PShare {
                    area: Some(&s.area),
                    percent: Some(s.percent),
                }),
            },
            period: p.period.as_ref().map(|x| PPeriod {
                start: x.start,
                end: x.end,
            }),
            beneficiaries: p.beneficiaries.as_ref().map(|b| PBeneficiaries {
                groups: list(&b.groups),
                people_reached: b.people_reached,
                people_reached_is_floor: b.people_reached_is_floor,
                target_year: b.target_year,
                counts: records(&b.counts, |c| PCount {
                    count: Some(c.count),
                    unit: Some(c.unit),
                    is_floor: c.is_floor,
                }),
            }),
            targets: records(&p.targets, |t| t.0.as_str()),
            contact: p.contact.as_ref().map(|c| PContact {
                name: Some(&c.name),
                email: Some(&c.email),
            }),
            review_state: Some(p.review_state),
            implementation_status: p.implementation_status,
            progress_reports: records(&p.progress_reports, |r| PReport {
                date: Some(r.date),
                status: Some(r.status),
                narrative: r.narrative.as_deref(),
                amount_delivered: r.amount_delivered.map(|m| PMoney {
                    amount: Some(m.amount),
                    currency: Some(m.currency),
                }),
                people_reached: r.people_reached,
                challenges: list(&r.challenges),
                solutions: list(&r.solutions),
                targets: records(&r.targets, |t| t.0.as_str()),
            }),
            relations: records(&p.relations, |r| PRelation {
                kind: Some(r.kind),
                pledge: Some(&r.pledge),
            }),
        }
    }
}
