//! Typed, read-only views of a pledge's nested records (`pledge.financial_value`, …).
//!
//! Each class is a frozen copy of one core record ([`p2c_core::model`]), built when the
//! attribute is read: attribute names are the wire names in snake_case, amounts are
//! `decimal.Decimal` (built from the decimal's text, never through `float`), full dates are
//! `datetime.date`, partial dates are [`PartialDate`], codelist values are their `str` codes
//! (`"unknown"` where the source does not say, as the core writes it). Class names are the JSON
//! Schema's `$defs` names, so that `tests/test_model.py` can check the stubs against the schema.
//! No logic lives here: every value comes from the core's types as parsed.

use chrono::NaiveDate;
use p2c_core::model as core;
use p2c_core::taxonomy::Codelist;
use p2c_core::Decimal;
use pyo3::basic::CompareOp;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

/// The codes of a list of codelist values.
pub(crate) fn codes<C: Codelist>(values: &[C]) -> Vec<&'static str> {
    values.iter().map(|v| v.code()).collect()
}

/// A date known to the year, the month or the day (`2022`, `2022-06`, `2022-06-07`).
#[pyclass(module = "p2c", frozen)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub(crate) struct PartialDate(core::PartialDate);

impl From<core::PartialDate> for PartialDate {
    fn from(d: core::PartialDate) -> Self {
        PartialDate(d)
    }
}

fn precision_code(p: core::Precision) -> &'static str {
    match p {
        core::Precision::Year => "year",
        core::Precision::Month => "month",
        core::Precision::Day => "day",
    }
}

#[pymethods]
impl PartialDate {
    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raises `ValueError` for other text.
    #[new]
    fn new(text: &str) -> PyResult<Self> {
        core::PartialDate::parse(text)
            .map(PartialDate)
            .ok_or_else(|| {
                PyValueError::new_err(format!(
                    "`{text}` is not a date written YYYY, YYYY-MM or YYYY-MM-DD"
                ))
            })
    }

    /// The year.
    #[getter]
    fn year(&self) -> i32 {
        self.0.year()
    }

    /// The month (1–12), or `None` for a date known to the year only.
    #[getter]
    fn month(&self) -> Option<u32> {
        match self.0 {
            core::PartialDate::Year(_) => None,
            core::PartialDate::Month(_, m) => Some(m),
            core::PartialDate::Day(d) => Some(chrono::Datelike::month(&d)),
        }
    }

    /// The day of the month, or `None` for a date known to the year or month only.
    #[getter]
    fn day(&self) -> Option<u32> {
        match self.0 {
            core::PartialDate::Day(d) => Some(chrono::Datelike::day(&d)),
            _ => None,
        }
    }

    /// How precisely the date is known: `"year"`, `"month"` or `"day"`.
    #[getter]
    fn precision(&self) -> &'static str {
        precision_code(self.0.precision())
    }

    /// The date as a `datetime.date`, for a date known to the day; raises `ValueError` for a
    /// year or a month (use `first_day()` or `last_day()` to choose a day explicitly).
    fn to_date(&self) -> PyResult<NaiveDate> {
        match self.0 {
            core::PartialDate::Day(d) => Ok(d),
            other => Err(PyValueError::new_err(format!(
                "`{other}` is known to the {} only, not to the day: use first_day() or last_day()",
                precision_code(other.precision())
            ))),
        }
    }

    /// The first day the date can stand for (`2022` → 2022-01-01).
    fn first_day(&self) -> NaiveDate {
        self.0.first_day()
    }

    /// The last day the date can stand for (`2024-02` → 2024-02-29).
    fn last_day(&self) -> NaiveDate {
        self.0.last_day()
    }

    /// Dates order by their first day, then the longer interval first (`2021` < `2021-01` <
    /// `2021-01-01`); equal only when the same text.
    fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> Py<PyAny> {
        let py = other.py();
        match other.cast::<PartialDate>() {
            Ok(other) => op
                .matches(self.0.cmp(&other.get().0))
                .into_py_any(py)
                .unwrap_or_else(|_| py.NotImplemented()),
            Err(_) => py.NotImplemented(),
        }
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.0.hash(&mut h);
        h.finish()
    }

    /// The ISO form as written on the wire (`2022`, `2022-06`, `2022-06-07`).
    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("PartialDate('{}')", self.0)
    }

    fn __reduce__(&self, py: Python<'_>) -> PyResult<(Py<PyAny>, (String,))> {
        Ok((
            py.get_type::<PartialDate>().into_any().unbind(),
            (self.0.to_string(),),
        ))
    }
}

/// Frozen record classes: the struct with `get_all`, equality and hashing by value (as a
/// frozen dataclass), and a `repr` listing the attributes. Immutable, so copying returns the
/// object itself.
macro_rules! record {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$fmeta:meta])* $field:ident $(as $pyname:literal)? : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[pyclass(module = "p2c", frozen, get_all, eq, hash)]
        #[derive(Clone, PartialEq, Eq, Hash)]
        pub(crate) struct $name {
            $( $(#[$fmeta])* $(#[pyo3(name = $pyname)])? pub(crate) $field: $ty, )*
        }

        #[pymethods]
        impl $name {
            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let parts: Vec<String> = vec![$(
                    format!(
                        "{}={}",
                        record!(@name $field $($pyname)?),
                        self.$field.clone().into_bound_py_any(py)?.repr()?
                    )
                ),*];
                Ok(format!("{}({})", stringify!($name), parts.join(", ")))
            }

            fn __copy__(slf: Py<Self>) -> Py<Self> {
                slf
            }

            fn __deepcopy__(slf: Py<Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
                slf
            }
        }
    };
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $pyname:literal) => { $pyname };
}

record! {
    /// An exact amount of one currency.
    MoneyAmount {
        /// The amount in units of the currency, as a `decimal.Decimal`.
        amount: Decimal,
        /// The ISO 4217 code of the currency.
        currency: String,
    }
}

impl From<&core::MoneyAmount> for MoneyAmount {
    fn from(m: &core::MoneyAmount) -> Self {
        MoneyAmount {
            amount: m.amount,
            currency: m.currency.to_string(),
        }
    }
}

record! {
    /// A component of a package whose amount is public (format 1.1).
    Component {
        /// What the component is.
        name: String,
        /// The component's amount in the pledge's currency.
        amount: Decimal,
        /// True when the component is given in kind.
        in_kind: bool,
    }
}

record! {
    /// An exchange rate stated on the pledge: `rate` units of `to` for one unit of the
    /// pledge's currency.
    ExplicitRate {
        /// The currency the rate converts into.
        to: String,
        /// Units of the target currency for one unit of the pledge's currency.
        rate: Decimal,
        /// The date the rate applies to.
        date: NaiveDate,
        /// Where the rate comes from.
        source: String,
    }
}

record! {
    /// The financial value of a pledge, as announced.
    FinancialValue {
        /// The announced amount; for a range, its lower end.
        amount: Decimal,
        /// The upper end of a range, or `None` (format 1.1).
        max_amount: Option<Decimal>,
        /// The ISO 4217 code of the currency the amount was announced in.
        currency: String,
        /// The date the amount refers to, as precisely as the source gives it.
        value_date: PartialDate,
        /// The announced figure is a minimum.
        is_floor: bool,
        /// The announced figure is a maximum (format 1.1).
        is_ceiling: bool,
        /// The announced figure is approximate (format 1.1).
        approximate: bool,
        /// `"total"` or `"per_year"`; `None` when not stated, which counts as a total.
        basis: Option<&'static str>,
        /// For a per-year amount, the number of years the source states.
        years: Option<u32>,
        /// The value is given in kind at its stated money worth (format 1.1).
        in_kind: bool,
        /// The announcer's own figure in another currency (format 1.1).
        stated_equivalent: Option<MoneyAmount>,
        /// A rate stated with the pledge itself.
        explicit_rate: Option<ExplicitRate>,
        /// Components of a package whose amounts are public (format 1.1).
        components: Vec<Component>,
    }
}

impl From<&core::FinancialValue> for FinancialValue {
    fn from(v: &core::FinancialValue) -> Self {
        FinancialValue {
            amount: v.amount,
            max_amount: v.max_amount,
            currency: v.currency.to_string(),
            value_date: v.value_date_stated().into(),
            is_floor: v.is_floor,
            is_ceiling: v.is_ceiling,
            approximate: v.approximate,
            basis: v.basis.map(Codelist::code),
            years: v.years,
            in_kind: v.in_kind,
            stated_equivalent: v.stated_equivalent.as_ref().map(MoneyAmount::from),
            explicit_rate: v.explicit_rate.as_ref().map(|r| ExplicitRate {
                to: r.to.to_string(),
                rate: r.rate,
                date: r.date,
                source: r.source.clone(),
            }),
            components: v
                .components
                .iter()
                .map(|c| Component {
                    name: c.name.clone(),
                    amount: c.amount,
                    in_kind: c.in_kind,
                })
                .collect(),
        }
    }
}

record! {
    /// When a pledge is carried out.
    Period {
        /// When the work starts, or `None`.
        start: Option<PartialDate>,
        /// When the work is expected to end, or `None`.
        end: Option<PartialDate>,
    }
}

impl From<&core::Period> for Period {
    fn from(p: &core::Period) -> Self {
        Period {
            start: p.start.map(PartialDate),
            end: p.end.map(PartialDate),
        }
    }
}

record! {
    /// An organization that makes or joins a pledge.
    Entity {
        /// A stable identifier for the entity across pledges, or `None`.
        id: Option<String>,
        /// The entity's name.
        name: String,
        /// The stakeholder type code (`"government"`, …, `"unknown"`).
        stakeholder_type: &'static str,
        /// The stakeholder subtype code, or `None`.
        subtype: Option<&'static str>,
        /// As on the wire: an ISO 3166-1 alpha-3 country code or `"international"` (or a
        /// value a newer format adds, such as `"unknown"` where the source does not say).
        headquarters: String,
        /// Partner role codes (`"funder"`, …), format 1.1.
        roles: Vec<&'static str>,
    }
}

/// The wire spelling of a headquarters (`KEN`, `international`, and any value a newer core
/// adds), written by the core's own serializer so that no spelling is repeated here.
fn headquarters(h: core::Headquarters) -> String {
    match serde_json::to_value(h) {
        Ok(serde_json::Value::String(s)) => s,
        // The core always writes a string; anything else is shown as is, never dropped.
        other => format!("{other:?}"),
    }
}

impl From<&core::Entity> for Entity {
    fn from(e: &core::Entity) -> Self {
        Entity {
            id: e.id.clone(),
            name: e.name.clone(),
            stakeholder_type: e.stakeholder_type.code(),
            subtype: e.subtype.map(Codelist::code),
            headquarters: headquarters(e.headquarters),
            roles: codes(&e.roles),
        }
    }
}

record! {
    /// Who makes a pledge: one lead entity and any number of partners.
    Pledgers {
        /// The entity that submitted the pledge and answers for it.
        lead: Entity,
        /// Other entities making the pledge jointly with the lead.
        partners: Vec<Entity>,
    }
}

impl From<&core::Pledgers> for Pledgers {
    fn from(p: &core::Pledgers) -> Self {
        Pledgers {
            lead: Entity::from(&p.lead),
            partners: p.partners.iter().map(Entity::from).collect(),
        }
    }
}

record! {
    /// A declared share of a pledge's value for one country or region.
    Share {
        /// The country code or ITU-D region code the share is for.
        area: String,
        /// The share in percent.
        percent: Decimal,
    }
}

record! {
    /// Where a pledge is implemented.
    Implementation {
        /// True when the pledge is implemented worldwide (`global` on the wire; `global` is a
        /// Python keyword).
        global_ as "global_": bool,
        /// ITU-D region codes.
        regions: Vec<&'static str>,
        /// The primary ITU-D region code, or `None`.
        primary_region: Option<&'static str>,
        /// ISO 3166-1 alpha-3 country codes.
        countries: Vec<String>,
        /// Country group codes (`"ldc"`, `"lldc"`, `"sids"`), format 1.1.
        country_groups: Vec<&'static str>,
        /// ITU-D region codes with countries the pledge does not name, format 1.1.
        unspecified_countries_in: Vec<&'static str>,
        /// Declared shares of the value by country or region.
        shares: Vec<Share>,
    }
}

impl From<&core::Implementation> for Implementation {
    fn from(i: &core::Implementation) -> Self {
        Implementation {
            global_: i.global,
            regions: codes(&i.regions),
            primary_region: i.primary_region.map(Codelist::code),
            countries: i.countries.iter().map(ToString::to_string).collect(),
            country_groups: codes(&i.country_groups),
            unspecified_countries_in: codes(&i.unspecified_countries_in),
            shares: i
                .shares
                .iter()
                .map(|s| Share {
                    area: s.area.clone(),
                    percent: s.percent,
                })
                .collect(),
        }
    }
}

record! {
    /// A count of beneficiaries in a unit other than people (format 1.1).
    BeneficiaryCount {
        /// How many.
        count: u64,
        /// The unit code (`"households"`, `"schools"`, …).
        unit: &'static str,
        /// True when the count is a minimum.
        is_floor: bool,
    }
}

record! {
    /// Who a pledge is meant to benefit.
    Beneficiaries {
        /// Beneficiary group codes.
        groups: Vec<&'static str>,
        /// The estimated number of people the pledge will reach, or `None`.
        people_reached: Option<u64>,
        /// True when the number of people is a minimum (format 1.1).
        people_reached_is_floor: bool,
        /// The year by which the people are to be reached, or `None`.
        target_year: Option<i32>,
        /// Counts in units other than people (format 1.1).
        counts: Vec<BeneficiaryCount>,
    }
}

impl From<&core::Beneficiaries> for Beneficiaries {
    fn from(b: &core::Beneficiaries) -> Self {
        Beneficiaries {
            groups: codes(&b.groups),
            people_reached: b.people_reached,
            people_reached_is_floor: b.people_reached_is_floor,
            target_year: b.target_year,
            counts: b
                .counts
                .iter()
                .map(|c| BeneficiaryCount {
                    count: c.count,
                    unit: c.unit.code(),
                    is_floor: c.is_floor,
                })
                .collect(),
        }
    }
}

record! {
    /// A Sustainable Development Goal a pledge serves, with the targets it names (format 1.1).
    SdgRef {
        /// The goal's number, 1 to 17.
        goal: u64,
        /// Targets of this goal as in the 2030 Agenda (`"9.1"`, `"9.c"`).
        targets: Vec<String>,
    }
}

impl From<&core::SdgRef> for SdgRef {
    fn from(s: &core::SdgRef) -> Self {
        SdgRef {
            goal: s.goal,
            targets: s.targets.clone(),
        }
    }
}

record! {
    /// A pledger's self-reported progress on a pledge.
    ProgressReport {
        /// The date the report was made.
        date: NaiveDate,
        /// The implementation status code at the time of the report.
        status: &'static str,
        /// What has been done, in the pledger's words, or `None`.
        narrative: Option<String>,
        /// The money delivered so far, cumulative, or `None`.
        amount_delivered: Option<MoneyAmount>,
        /// The number of people reached so far, cumulative, or `None`.
        people_reached: Option<u64>,
        /// Challenge codes.
        challenges: Vec<&'static str>,
        /// Solution codes.
        solutions: Vec<&'static str>,
        /// P2C Target codes the reported work served.
        targets: Vec<String>,
    }
}

impl From<&core::ProgressReport> for ProgressReport {
    fn from(r: &core::ProgressReport) -> Self {
        ProgressReport {
            date: r.date,
            status: r.status.code(),
            narrative: r.narrative.clone(),
            amount_delivered: r.amount_delivered.as_ref().map(MoneyAmount::from),
            people_reached: r.people_reached,
            challenges: codes(&r.challenges),
            solutions: codes(&r.solutions),
            targets: r.targets.iter().map(|t| t.0.clone()).collect(),
        }
    }
}

record! {
    /// A link from this pledge to another one.
    Relation {
        /// The relation type code (`"supersedes"`, `"same_announcement"`, …).
        kind as "type": &'static str,
        /// The id of the other pledge.
        pledge: String,
    }
}

impl From<&core::Relation> for Relation {
    fn from(r: &core::Relation) -> Self {
        Relation {
            kind: r.kind.code(),
            pledge: r.pledge.clone(),
        }
    }
}

record! {
    /// A web page about the pledge.
    Link {
        /// The address of the page.
        url: String,
        /// What the page is, or `None`.
        title: Option<String>,
    }
}

impl From<&core::Link> for Link {
    fn from(l: &core::Link) -> Self {
        Link {
            url: l.url.clone(),
            title: l.title.clone(),
        }
    }
}

record! {
    /// Whom the Secretariat contacts about the pledge. Private: never part of public output.
    Contact {
        /// The contact person's name.
        name: String,
        /// The contact person's email address.
        email: String,
    }
}

impl From<&core::Contact> for Contact {
    fn from(c: &core::Contact) -> Self {
        Contact {
            name: c.name.clone(),
            email: c.email.clone(),
        }
    }
}

/// Add the record classes to the extension module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PartialDate>()?;
    m.add_class::<MoneyAmount>()?;
    m.add_class::<Component>()?;
    m.add_class::<ExplicitRate>()?;
    m.add_class::<FinancialValue>()?;
    m.add_class::<Period>()?;
    m.add_class::<Entity>()?;
    m.add_class::<Pledgers>()?;
    m.add_class::<Share>()?;
    m.add_class::<Implementation>()?;
    m.add_class::<BeneficiaryCount>()?;
    m.add_class::<Beneficiaries>()?;
    m.add_class::<SdgRef>()?;
    m.add_class::<ProgressReport>()?;
    m.add_class::<Relation>()?;
    m.add_class::<Link>()?;
    m.add_class::<Contact>()?;
    Ok(())
}
