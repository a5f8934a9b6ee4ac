//! The Partner2Connect Action Framework and the other closed codelists of the pledge format.
//!
//! Every codelist is a Rust enum whose wire form is a stable machine code (`snake_case`) with an
//! English label and a one-sentence description. Codes are API: they never change meaning. All
//! codelists are enumerable at run time through [`Codelist::all`] and as data through
//! [`codelists`], so bindings and the JSON Schema list exactly the same values.
//!
//! The P2C Targets list is open-ended and lives in [`crate::targets`], not here.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::FormatVersion;

/// A closed list of codes with English labels.
pub trait Codelist: Sized + Copy + Eq + 'static {
    /// The codelist's machine name, as used in [`codelists`] and in issue params (`focusArea`).
    const NAME: &'static str;
    /// The codelist's English title.
    const TITLE: &'static str;
    /// Every value, in the documented order.
    fn all() -> &'static [Self];
    /// The stable machine code (`"value_creation"`).
    fn code(self) -> &'static str;
    /// The English label (`"Value creation"`).
    fn label(self) -> &'static str;
    /// A one-sentence explanation of the value.
    fn description(self) -> &'static str;
    /// The first format version in which the value may be used (most values: 1.0).
    fn since(self) -> FormatVersion;
    /// The value with this exact code, if any.
    fn from_code(code: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.code() == code)
    }
}

/// Serialize a codelist value as its code.
fn serialize_code<S: Serializer, C: Codelist>(value: C, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.code())
}

/// Deserialize a codelist value from its code, naming the accepted codes on failure.
fn deserialize_code<'de, D: Deserializer<'de>, C: Codelist>(
    deserializer: D,
) -> Result<C, D::Error> {
    let code: Cow<'de, str> = Cow::deserialize(deserializer)?;
    C::from_code(&code).ok_or_else(|| {
        let expected: Vec<&str> = C::all().iter().map(|v| v.code()).collect();
        serde::de::Error::custom(format_args!(
            "unknown {} `{}`, expected one of: {}",
            C::NAME,
            code,
            expected.join(", ")
        ))
    })
}

macro_rules! codelist {
    (@since) => { FormatVersion::V1_0 };
    (@since $since:ident) => { FormatVersion::$since };
    (
        $(#[$meta:meta])*
        pub enum $name:ident ($list:literal, $title:literal) {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $code:literal, $label:literal, $desc:literal $(, since $since:ident)?;
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(
                #[doc = $label]
                #[doc = ""]
                #[doc = $desc]
                $(#[$vmeta])*
                $variant,
            )+
        }

        impl $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
        }

        impl Codelist for $name {
            const NAME: &'static str = $list;
            const TITLE: &'static str = $title;
            fn all() -> &'static [Self] {
                Self::ALL
            }
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
            fn description(self) -> &'static str {
                match self { $($name::$variant => $desc),+ }
            }
            fn since(self) -> FormatVersion {
                match self { $($name::$variant => codelist!(@since $($since)?)),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$name as Codelist>::from_code(s).ok_or_else(|| crate::Error::UnknownCode {
                    codelist: $list,
                    code: s.to_owned(),
                })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serialize_code(*self, serializer)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_code(deserializer)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "title": $title,
                    "description": concat!("A code from the `", $list, "` codelist."),
                    "type": "string",
                    "oneOf": [
                        $({ "const": $code, "title": $label, "description": $desc }),+
                    ]
                })
            }
        }
    };
}

codelist! {
    /// The four focus areas of the P2C Action Framework.
    pub enum FocusArea ("focusArea", "Focus area") {
        Access = "access", "Access",
            "Connecting people everywhere: infrastructure, affordability and cybersecurity.";
        Adoption = "adoption", "Adoption",
            "Empowering communities: skills, inclusion and local content and services.";
        ValueCreation = "value_creation", "Value creation",
            "Building digital ecosystems: innovation, applications and the digital economy.";
        Accelerate = "accelerate", "Accelerate",
            "Incentivizing investment: innovative financing, project viability and investors.";
        Unknown = "unknown", "Unknown",
            "The source names no focus area; listed alone, never beside a real focus area.", since V1_1;
    }
}

impl FocusArea {
    /// The focus area's tagline in the Action Framework.
    pub fn tagline(self) -> &'static str {
        match self {
            FocusArea::Access => "Connecting people everywhere",
            FocusArea::Adoption => "Empowering communities",
            FocusArea::ValueCreation => "Building digital ecosystems",
            FocusArea::Accelerate => "Incentivizing investment",
            FocusArea::Unknown => "Not stated by the source",
        }
    }

    /// The three pillars of this focus area.
    pub fn pillars(self) -> impl Iterator<Item = Pillar> {
        Pillar::ALL
            .iter()
            .copied()
            .filter(move |p| p.focus_area() == self)
    }
}

codelist! {
    /// The twelve pillars of the Action Framework; each belongs to exactly one focus area.
    pub enum Pillar ("pillar", "Pillar") {
        Infrastructure = "infrastructure", "Infrastructure",
            "Access pillar: networks and facilities that connect people.";
        Affordability = "affordability", "Affordability",
            "Access pillar: making connectivity and devices affordable.";
        Cybersecurity = "cybersecurity", "Cybersecurity",
            "Access pillar: safe and secure connectivity.";
        Skills = "skills", "Skills",
            "Adoption pillar: digital skills and literacy.";
        Inclusion = "inclusion", "Inclusion",
            "Adoption pillar: bringing under-served groups online.";
        LocalContent = "local_content", "Local content/services",
            "Adoption pillar: content and services in local languages and contexts.";
        InnovationEntrepreneurship = "innovation_entrepreneurship", "Innovation/entrepreneurship",
            "Value creation pillar: innovators, start-ups and entrepreneurs.";
        AppsServices = "apps_services", "Apps & services",
            "Value creation pillar: digital applications and services.";
        DigitalEconomy = "digital_economy", "Digital economy",
            "Value creation pillar: digital transformation of the economy.";
        InnovativeFinancing = "innovative_financing", "Innovative financing",
            "Accelerate pillar: new financing models for connectivity.";
        ProjectViability = "project_viability", "Project viability",
            "Accelerate pillar: making connectivity projects bankable.";
        InvestorConstellation = "investor_constellation", "Investor constellation",
            "Accelerate pillar: bringing investors together.";
    }
}

impl Pillar {
    /// The focus area this pillar belongs to.
    pub fn focus_area(self) -> FocusArea {
        match self {
            Pillar::Infrastructure | Pillar::Affordability | Pillar::Cybersecurity => {
                FocusArea::Access
            }
            Pillar::Skills | Pillar::Inclusion | Pillar::LocalContent => FocusArea::Adoption,
            Pillar::InnovationEntrepreneurship | Pillar::AppsServices | Pillar::DigitalEconomy => {
                FocusArea::ValueCreation
            }
            Pillar::InnovativeFinancing
            | Pillar::ProjectViability
            | Pillar::InvestorConstellation => FocusArea::Accelerate,
        }
    }
}

codelist! {
    /// What kind of commitment a pledge is; a pledge has one or more types.
    pub enum PledgeType ("pledgeType", "Pledge type") {
        Financial = "financial", "Financial",
            "A monetary contribution toward the coalition's objectives.";
        Policy = "policy", "Policy",
            "A legislative or regulatory reform or policy change, proposed or enacted.";
        Advocacy = "advocacy", "Advocacy",
            "Public support or promotion: research, MOUs, events, publications.";
        Programmatic = "programmatic", "Programmatic",
            "The creation or expansion of programmes in line with the focus areas.";
    }
}

codelist! {
    /// Who makes a pledge, as the P2C dashboards group pledgers.
    pub enum StakeholderType ("stakeholderType", "Stakeholder type") {
        Government = "government", "Government",
            "National or local governments, municipalities and regulators.";
        PrivateSector = "private_sector", "Private sector",
            "Companies, including philanthropic organizations.";
        UnAgency = "un_agency", "UN agency",
            "Agencies, funds and programmes of the United Nations system.";
        InternationalOrganization = "international_organization",
            "International or regional organization",
            "Other international or regional organizations, including multilateral development banks.";
        CivilSociety = "civil_society", "Civil society, academia and research",
            "Civil society organizations, academia and research associations.";
        YouthMedia = "youth_media", "Youth, media and entertainment",
            "Youth groups, media and entertainment organizations.";
        Other = "other", "Other",
            "Any pledger that fits none of the other types.";
        Unknown = "unknown", "Unknown",
            "The source does not say which kind of stakeholder the pledger is.", since V1_1;
    }
}

codelist! {
    /// A finer classification of a pledger; each subtype belongs to one stakeholder type.
    pub enum StakeholderSubtype ("stakeholderSubtype", "Stakeholder subtype") {
        NationalGovernment = "national_government", "National government",
            "A national government or one of its ministries.";
        LocalGovernment = "local_government", "Local government",
            "A regional, provincial or local government.";
        Municipality = "municipality", "Municipality",
            "A city or municipal authority.";
        Regulator = "regulator", "Regulator",
            "A telecommunication or ICT regulatory authority.";
        Company = "company", "Company",
            "A commercial company.";
        PhilanthropicOrganization = "philanthropic_organization", "Philanthropic organization",
            "A foundation or other philanthropic organization.";
        MultilateralDevelopmentBank = "multilateral_development_bank",
            "Multilateral development bank",
            "A development bank owned by several states.";
        RegionalOrganization = "regional_organization", "Regional organization",
            "An intergovernmental organization of one region.";
        Ngo = "ngo", "Non-governmental organization",
            "A non-profit civil society organization.";
        Academia = "academia", "Academia",
            "A university or other academic institution.";
        ResearchAssociation = "research_association", "Research association",
            "A research institute or association.";
        YouthGroup = "youth_group", "Youth group",
            "A youth-led organization.";
        Media = "media", "Media",
            "A media organization.";
        Entertainment = "entertainment", "Entertainment",
            "An entertainment organization.";
    }
}

impl StakeholderSubtype {
    /// The stakeholder type this subtype belongs to.
    pub fn stakeholder_type(self) -> StakeholderType {
        use StakeholderSubtype as S;
        match self {
            S::NationalGovernment | S::LocalGovernment | S::Municipality | S::Regulator => {
                StakeholderType::Government
            }
            S::Company | S::PhilanthropicOrganization => StakeholderType::PrivateSector,
            S::MultilateralDevelopmentBank | S::RegionalOrganization => {
                StakeholderType::InternationalOrganization
            }
            S::Ngo | S::Academia | S::ResearchAssociation => StakeholderType::CivilSociety,
            S::YouthGroup | S::Media | S::Entertainment => StakeholderType::YouthMedia,
        }
    }
}

codelist! {
    /// Groups of people a pledge names as beneficiaries.
    pub enum BeneficiaryGroup ("beneficiaryGroup", "Beneficiary group") {
        WomenAndGirls = "women_and_girls", "Women and girls",
            "Women and girls.";
        Youth = "youth", "Youth",
            "Young people.";
        Children = "children", "Children",
            "Children, including schoolchildren.";
        OlderPersons = "older_persons", "Older persons",
            "Older persons.";
        PersonsWithDisabilities = "persons_with_disabilities", "Persons with disabilities",
            "Persons with disabilities.";
        RefugeesAndDisplaced = "refugees_and_displaced", "Refugees and displaced people",
            "Refugees, asylum seekers and internally displaced people.";
        IndigenousPeoples = "indigenous_peoples", "Indigenous peoples",
            "Indigenous peoples.";
        RuralCommunities = "rural_communities", "Rural communities",
            "People living in rural or remote areas.";
        PoorCommunities = "poor_communities", "Poor communities",
            "People living in poverty or in vulnerable communities.";
        Smes = "smes", "SMEs",
            "Micro, small and medium-sized enterprises and entrepreneurs.";
        Students = "students", "Students",
            "Students at any level.";
        Teachers = "teachers", "Teachers",
            "Teachers and educators.";
        Schools = "schools", "Schools",
            "Schools as institutions.";
        Households = "households", "Households",
            "Households.";
        PublicInstitutions = "public_institutions", "Public institutions",
            "Government offices, community institutions, clinics and libraries.";
        General = "general", "General population",
            "The population at large, with no group singled out.";
    }
}

codelist! {
    /// Where a pledge is in the Secretariat's review workflow.
    pub enum ReviewState ("reviewState", "Review state") {
        Draft = "draft", "Draft",
            "Being written by the pledger; not yet submitted.";
        Submitted = "submitted", "Submitted",
            "Submitted by the pledger and waiting for review.";
        UnderReview = "under_review", "Under review",
            "Being validated by the P2C Secretariat.";
        Published = "published", "Published",
            "Validated and public.";
        Rejected = "rejected", "Rejected",
            "Not accepted by the Secretariat.";
        Withdrawn = "withdrawn", "Withdrawn",
            "Withdrawn by the pledger.";
    }
}

codelist! {
    /// How far the pledged work has got, as self-reported by the pledger.
    pub enum ImplementationStatus ("implementationStatus", "Implementation status") {
        PlanningPhase = "planning_phase", "Planning phase",
            "Work has not started; it is being planned.";
        InProgress = "in_progress", "In progress",
            "Work has started.";
        Completed = "completed", "Completed",
            "The commitment has been fulfilled.";
        Delayed = "delayed", "Delayed",
            "Work is behind its plan.";
        Cancelled = "cancelled", "Cancelled",
            "The commitment will not be carried out.";
    }
}

codelist! {
    /// Obstacles a progress report names.
    pub enum Challenge ("challenge", "Challenge") {
        NaturalDisasters = "natural_disasters", "Natural disasters",
            "Storms, floods, earthquakes and other natural hazards.";
        Administrative = "administrative", "Administrative",
            "Administrative set-backs, permits and procedures.";
        Financial = "financial", "Financial",
            "Funding and investment shortfalls.";
        Technical = "technical", "Technical",
            "Technology, equipment or infrastructure problems.";
        Regulatory = "regulatory", "Regulatory",
            "Legal or regulatory barriers.";
        Security = "security", "Security",
            "Conflict, insecurity or cyber threats.";
        Political = "political", "Political",
            "Changes of government or political instability.";
        HealthEmergency = "health_emergency", "Health emergency",
            "Pandemics and other public-health emergencies.";
        SupplyChain = "supply_chain", "Supply chain",
            "Shortages or delays of equipment and materials.";
        Capacity = "capacity", "Capacity",
            "Lack of skilled people or institutional capacity.";
        Other = "other", "Other",
            "Any other challenge.";
    }
}

codelist! {
    /// Remedies a progress report proposes.
    pub enum Solution ("solution", "Solution") {
        Partnerships = "partnerships", "Partnerships",
            "Collaboration with ITU, P2C members or other partners.";
        Funding = "funding", "Funding",
            "New or redirected funding.";
        CapacityBuilding = "capacity_building", "Capacity building",
            "Training and institutional strengthening.";
        PolicyReform = "policy_reform", "Policy reform",
            "Changes to law, regulation or policy.";
        Technology = "technology", "Technology",
            "A different or new technology.";
        CommunityEngagement = "community_engagement", "Community engagement",
            "Working with local communities.";
        Rescheduling = "rescheduling", "Rescheduling",
            "Extending deadlines or re-phasing the work.";
        Other = "other", "Other",
            "Any other solution.";
    }
}

codelist! {
    /// How one pledge relates to another, so that totals do not count the same money twice.
    pub enum RelationType ("relationType", "Relation type") {
        Supersedes = "supersedes", "Supersedes",
            "This pledge replaces the other; the other no longer counts.";
        PartOf = "part_of", "Part of",
            "This pledge is a component of the other; its money is inside the other's.";
        SameFundsAs = "same_funds_as", "Same funds as",
            "This pledge announces funds also announced by the other; count them once.";
        SameAnnouncement = "same_announcement", "Same announcement",
            "This pledge and the other were announced together (one statement, several pledges); their money is distinct and each counts.", since V1_1;
    }
}

codelist! {
    /// The six regions in which ITU-D groups its Member States.
    pub enum ItuRegion ("ituRegion", "ITU-D region") {
        Afr = "AFR", "Africa",
            "The ITU-D Africa region.";
        Ams = "AMS", "The Americas",
            "The ITU-D Americas region.";
        Arb = "ARB", "Arab States",
            "The ITU-D Arab States region.";
        Asp = "ASP", "Asia & Pacific",
            "The ITU-D Asia and the Pacific region.";
        Cis = "CIS", "CIS",
            "The ITU-D Commonwealth of Independent States region.";
        Eur = "EUR", "Europe",
            "The ITU-D Europe region.";
    }
}

codelist! {
    /// UN country groups that P2C gives priority to; membership is dated (see [`crate::geo`]).
    pub enum CountryGroup ("countryGroup", "Country group") {
        Ldc = "ldc", "Least developed countries",
            "The UN list of least developed countries (LDCs); countries graduate from it over time.";
        Lldc = "lldc", "Landlocked developing countries",
            "The UN list of landlocked developing countries (LLDCs).";
        Sids = "sids", "Small island developing States",
            "The UN-OHRLLS list of small island developing States (SIDS).";
    }
}

codelist! {
    /// What a pledging entity does in a joint pledge (format 1.1).
    pub enum PartnerRole ("partnerRole", "Partner role") {
        Funder = "funder", "Funder",
            "Provides money for the pledge.", since V1_1;
        Implementer = "implementer", "Implementer",
            "Carries out the pledged work.", since V1_1;
        TechnicalPartner = "technical_partner", "Technical partner",
            "Contributes technology, equipment or technical expertise.", since V1_1;
        KnowledgePartner = "knowledge_partner", "Knowledge partner",
            "Contributes research, data or advice.", since V1_1;
        InKindProvider = "in_kind_provider", "In-kind provider",
            "Contributes goods or services (airtime, devices, training) rather than money.", since V1_1;
        Coordinator = "coordinator", "Coordinator",
            "Convenes or coordinates the partners.", since V1_1;
        Endorser = "endorser", "Endorser",
            "Publicly supports the pledge without a further stated role.", since V1_1;
    }
}

codelist! {
    /// What a financial amount is counted over (format 1.1); see [`crate::model::amount`].
    pub enum AmountBasis ("amountBasis", "Amount basis") {
        Total = "total", "Total",
            "The amount is the whole commitment, over the pledge's whole period.", since V1_1;
        PerYear = "per_year", "Per year",
            "The amount is committed each year; the total is the amount times the number of years (`years`, or the calendar years of the pledge's period).", since V1_1;
    }
}

codelist! {
    /// What a beneficiary count counts, other than people (format 1.1). People are counted in
    /// `beneficiaries.peopleReached`.
    pub enum BeneficiaryUnit ("beneficiaryUnit", "Beneficiary unit") {
        Households = "households", "Households",
            "Households (homes) connected or served.", since V1_1;
        Subscribers = "subscribers", "Subscribers",
            "Subscriptions or subscribers of a network or service.", since V1_1;
        Schools = "schools", "Schools",
            "Schools connected or served.", since V1_1;
        Institutions = "institutions", "Institutions",
            "Public or community institutions: government offices, clinics, libraries, community centres.", since V1_1;
        Communities = "communities", "Communities",
            "Villages, localities or communities.", since V1_1;
        Enterprises = "enterprises", "Enterprises",
            "Businesses, SMEs or entrepreneurs.", since V1_1;
    }
}

/// One value of a codelist, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CodeEntry {
    /// The stable machine code.
    pub code: &'static str,
    /// The English label.
    pub label: &'static str,
    /// A one-sentence explanation.
    pub description: &'static str,
    /// The code of the parent value in another codelist (a pillar's focus area), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<&'static str>,
    /// The format version that introduced the value, when later than 1.0 (`"1.1"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<&'static str>,
}

/// A whole codelist, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct CodelistInfo {
    /// The codelist's machine name (`pillar`).
    pub name: &'static str,
    /// The English title.
    pub title: &'static str,
    /// The machine name of the codelist that `parent` codes refer to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_codelist: Option<&'static str>,
    /// Every value, in order.
    pub entries: Vec<CodeEntry>,
}

/// A parent codelist's name and the function giving a value's parent code.
type Parent<C> = (&'static str, fn(C) -> &'static str);

fn info<C: Codelist>(parent: Option<Parent<C>>) -> CodelistInfo {
    CodelistInfo {
        name: C::NAME,
        title: C::TITLE,
        parent_codelist: parent.map(|(name, _)| name),
        entries: C::all()
            .iter()
            .map(|&v| CodeEntry {
                code: v.code(),
                label: v.label(),
                description: v.description(),
                parent: parent.map(|(_, f)| f(v)),
                since: (v.since() != FormatVersion::V1_0).then(|| v.since().as_str()),
            })
            .collect(),
    }
}

/// Every closed codelist of the pledge format, plus the known P2C Targets, as data.
pub fn codelists() -> Vec<CodelistInfo> {
    vec![
        info::<FocusArea>(None),
        info::<Pillar>(Some((FocusArea::NAME, |p: Pillar| p.focus_area().code()))),
        info::<PledgeType>(None),
        info::<StakeholderType>(None),
        info::<StakeholderSubtype>(Some((StakeholderType::NAME, |s: StakeholderSubtype| {
            s.stakeholder_type().code()
        }))),
        info::<BeneficiaryGroup>(None),
        info::<ReviewState>(None),
        info::<ImplementationStatus>(None),
        info::<Challenge>(None),
        info::<Solution>(None),
        info::<RelationType>(None),
        info::<ItuRegion>(None),
        info::<CountryGroup>(None),
        info::<PartnerRole>(None),
        info::<AmountBasis>(None),
        info::<BeneficiaryUnit>(None),
        crate::targets::codelist_info(),
        crate::events::codelist_info(),
        crate::sdg::codelist_info(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_focus_area_has_three_pillars() {
        for fa in FocusArea::all() {
            let expected = if *fa == FocusArea::Unknown { 0 } else { 3 };
            assert_eq!(fa.pillars().count(), expected, "{fa}");
        }
        assert_eq!(Pillar::all().len(), 12);
    }

    #[test]
    fn codes_round_trip_and_are_unique() {
        for list in codelists() {
            let mut seen = HashSet::new();
            for e in &list.entries {
                assert!(
                    seen.insert(e.code),
                    "duplicate code {} in {}",
                    e.code,
                    list.name
                );
                assert!(!e.label.is_empty() && !e.description.is_empty());
            }
        }
        for p in Pillar::all() {
            let json = serde_json::to_string(p).unwrap();
            let back: Pillar = serde_json::from_str(&json).unwrap();
            assert_eq!(*p, back);
        }
    }

    #[test]
    fn unknown_code_is_an_error_naming_the_list() {
        let err = serde_json::from_str::<FocusArea>("\"acess\"").unwrap_err();
        assert!(err.to_string().contains("focusArea"));
        assert!("acess".parse::<FocusArea>().is_err());
    }

    #[test]
    fn subtypes_belong_to_one_type() {
        assert_eq!(
            StakeholderSubtype::Regulator.stakeholder_type(),
            StakeholderType::Government
        );
        assert_eq!(
            StakeholderSubtype::PhilanthropicOrganization.stakeholder_type(),
            StakeholderType::PrivateSector
        );
    }
}
