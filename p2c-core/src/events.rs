//! P2C events and campaigns: where pledges were announced or collected (format 1.1).
//!
//! ITU reports money by pledging event ("Kigali roundtable USD 18.55 bn, MWC 2024 over USD 9
//! bn, WSIS 2024 USD 4.8 bn, the AI pledge drive USD 1.76 bn"), so a pledge may name the
//! events and campaigns it belongs to in `events`. Like the P2C Targets, the list is open: new
//! events come every year, so a well-formed code p2c does not know is kept as written and
//! validation reports it at `info` severity. The known events, with their dates and sources,
//! are compiled from `data/p2c_events.csv` (see `data/SOURCES.md`).

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::PartialDate;
use crate::taxonomy::{CodeEntry, CodelistInfo};

/// Whether an entry is a single event or a campaign running over a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A conference, forum or meeting with dates.
    Event,
    /// A pledge drive or series of meetings over a time.
    Campaign,
}

/// One known P2C event or campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventInfo {
    /// The code (`MWC-2024`).
    pub code: &'static str,
    /// The event's name.
    pub name: &'static str,
    /// Event or campaign.
    pub kind: EventKind,
    /// The first day, as a partial date (`2024-02-26`, or `2024` when the source gives only
    /// the year).
    pub start: &'static str,
    /// The last day, as a partial date.
    pub end: &'static str,
    /// Where it took place.
    pub place: &'static str,
    /// The sources of the dates and facts.
    pub source: &'static str,
    /// What the sources say about P2C at the event, and how the dates were read.
    pub note: &'static str,
}

impl EventInfo {
    /// The start as a partial date (checked at build time, so always present).
    pub fn start_date(&self) -> Option<PartialDate> {
        PartialDate::parse(self.start)
    }

    /// The end as a partial date (checked at build time, so always present).
    pub fn end_date(&self) -> Option<PartialDate> {
        PartialDate::parse(self.end)
    }
}

include!(concat!(env!("OUT_DIR"), "/events.rs"));

/// Every known event and campaign, oldest first.
pub fn known_events() -> &'static [EventInfo] {
    EVENTS
}

/// The known event with this code, if any.
pub fn event(code: &str) -> Option<&'static EventInfo> {
    EVENTS.iter().find(|e| e.code == code)
}

/// The codelist view of the known events.
pub(crate) fn codelist_info() -> CodelistInfo {
    CodelistInfo {
        name: "p2cEvent",
        title: "P2C event or campaign",
        parent_codelist: None,
        entries: EVENTS
            .iter()
            .map(|e| CodeEntry {
                code: e.code,
                label: e.name,
                description: e.source,
                parent: None,
                since: Some("1.1"),
            })
            .collect(),
    }
}

/// An event code as written on a pledge: known or not. Deserializing checks the shape only
/// (upper-case letters and digits in hyphen-separated parts, like P2C Target codes).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct EventCode(pub String);

impl EventCode {
    /// The known event this code names, if any.
    pub fn info(&self) -> Option<&'static EventInfo> {
        event(&self.0)
    }
}

impl<'de> Deserialize<'de> for EventCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        if crate::targets::is_target_code(&s) {
            Ok(EventCode(s))
        } else {
            Err(serde::de::Error::custom(format_args!(
                "`{s}` is not an event code (upper-case letters, digits and hyphens)"
            )))
        }
    }
}

impl fmt::Display for EventCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl schemars::JsonSchema for EventCode {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("EventCode")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let known: Vec<&str> = EVENTS.iter().map(|e| e.code).collect();
        schemars::json_schema!({
            "title": "P2C event code",
            "description": "A P2C event or campaign: one of the known codes listed in `examples` (see the `p2cEvent` codelist for names, dates and sources), or a code for an event p2c does not know yet (upper-case letters, digits and hyphens).",
            "type": "string",
            "pattern": "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$",
            "examples": known,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_events_have_dates_in_order_and_sources() {
        assert!(known_events().len() >= 12);
        for e in known_events() {
            let (start, end) = (e.start_date().unwrap(), e.end_date().unwrap());
            assert!(start.first_day() <= end.last_day(), "{}", e.code);
            assert!(!e.source.is_empty(), "{}", e.code);
        }
        let kigali = event("P2C-ROUNDTABLE-KIGALI-2022").unwrap();
        assert_eq!((kigali.start, kigali.end), ("2022-06-07", "2022-06-09"));
        for code in [
            "LDC5",
            "SDG-DIGITAL-2023",
            "MWC-2024",
            "MWC-2025",
            "MWC-2026",
            "WSIS-2024",
            "WSIS-2025",
            "AI-PLEDGE-DRIVE-2024",
        ] {
            assert!(event(code).is_some(), "{code}");
        }
    }
}
