//! The pledge data model: plain serde types with a documented JSON wire format.
//!
//! Keys are camelCase; decimal amounts are strings (`"258.8"`); dates are ISO 8601
//! (`"2022-06-07"`), partial dates `"2021"` / `"2021-06"` / `"2021-06-07"`, timestamps RFC 3339.
//! Unknown keys are refused. The JSON Schema in `schema/pledge.schema.json` is generated from
//! these types.

pub mod amount;
pub mod codes;
pub mod dates;
pub mod decimal;
pub mod entity;
pub mod geography;
mod object;
pub mod period;
pub mod pledge;
pub mod report;
pub mod value;
pub mod version;

pub use codes::{CountryCode, CurrencyCode, Headquarters};
pub use entity::{Entity, Pledgers};
pub use geography::{Implementation, Share};
pub use period::{PartialDate, Period, Precision};
pub use pledge::{FormatVersion, Pledge};
pub use report::{
    Beneficiaries, BeneficiaryCount, Contact, Link, ProgressReport, Relation, SdgRef,
};
pub use value::{Component, ExplicitRate, FinancialValue, FinancialValueWire, MoneyAmount};
