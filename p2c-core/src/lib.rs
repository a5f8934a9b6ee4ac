//! # p2c-core
//!
//! The reference library for Partner2Connect pledge data: the pledge data model, the Action
//! Framework taxonomy, and the JSON Schema of the pledge document.
//!
//! ```
//! use p2c_core::{parse_pledge, taxonomy::{Codelist, FocusArea, PledgeType}};
//!
//! let pledge = parse_pledge(r#"{
//!   "formatVersion": "1.0",
//!   "id": "P2C-KEN-0001",
//!   "title": "A Digitally Transformed Nation",
//!   "pledgers": { "lead": {
//!     "name": "Government of Kenya", "stakeholderType": "government", "headquarters": "KEN" } },
//!   "pledgeTypes": ["financial"],
//!   "focusAreas": ["access"],
//!   "pillars": ["infrastructure"],
//!   "financialValue": { "amount": "258800000", "currency": "USD", "valueDate": "2022-06-07" },
//!   "implementation": { "countries": ["KEN"] },
//!   "reviewState": "published"
//! }"#)?;
//! assert!(pledge.has_type(PledgeType::Financial));
//! assert_eq!(pledge.focus_areas[0].label(), "Access");
//! assert_eq!(pledge.financial_value.unwrap().amount.to_string(), "258800000");
//! # Ok::<(), p2c_core::Error>(())
//! ```
//!
//! Amounts are [`rust_decimal::Decimal`] end to end and travel as JSON strings; nothing passes
//! through floating point.
//!
//! Two format versions are read: 1.0 and 1.1, which adds amount qualifiers, partial value
//! dates, announcement dates, events, SDGs, country groups as places, partner roles and an
//! honest `unknown` ([`model::FormatVersion`]). [`migrate`] upgrades a 1.0 document; the total
//! a summary counts for a qualified amount is derived by [`model::amount`], and the rows a
//! pledge's places count in by [`geo::places`].
pub mod aggregate;
pub mod call;
pub mod error;
pub mod events;
pub mod file;
pub mod format;
pub mod formula;
pub mod geo;
pub mod html;
pub mod i18n;
pub mod json;
pub mod migrate;
pub mod model;
pub mod money;
pub mod parallel;
pub mod parse;
pub mod schema;
pub mod sdg;
pub mod sheets;
pub mod tables;
pub mod targets;
pub mod taxonomy;
pub mod validate;

pub use error::{Error, Result};
pub use model::Pledge;
pub use parse::{parse_pledge, parse_pledge_bytes, parse_pledge_value, parse_pledges};
pub use rust_decimal::Decimal;
