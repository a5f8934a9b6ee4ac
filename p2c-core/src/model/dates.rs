//! Strict parsing of dates (`YYYY-MM-DD`) and timestamps (RFC 3339), shared by serde and the
//! validator so both accept exactly the same text: the schema's `format: date` and
//! `format: date-time`. (chrono's own `Deserialize` also accepts forms such as `+2022-06-07`.)

use std::borrow::Cow;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer};

use super::period::PartialDate;

/// Parse a full date `YYYY-MM-DD` (years 0001–9999); `None` for anything else.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    match PartialDate::parse(s) {
        Some(PartialDate::Day(d)) => Some(d),
        _ => None,
    }
}

/// Parse an RFC 3339 timestamp with a time zone, normalized to UTC.
pub fn parse_timestamp(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Deserialize a strict `YYYY-MM-DD` date.
pub fn date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s: Cow<'de, str> = Cow::deserialize(d)?;
    parse_date(&s).ok_or_else(|| {
        serde::de::Error::custom(format_args!("`{s}` is not a date written YYYY-MM-DD"))
    })
}

/// Deserialize an optional RFC 3339 timestamp (`null` is `None`).
pub fn timestamp_opt<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    let s: Option<Cow<'de, str>> = Option::deserialize(d)?;
    match s {
        None => Ok(None),
        Some(s) => parse_timestamp(&s).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "`{s}` is not an RFC 3339 timestamp such as `2022-06-07T10:00:00Z`"
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_forms_only() {
        assert!(parse_date("2022-06-07").is_some());
        for bad in [
            "+2022-06-07",
            " 2022-06-07",
            "2022-6-7",
            "20220607",
            "2022-06",
        ] {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
        assert!(parse_timestamp("2022-06-07T10:00:00+05:30").is_some());
        assert!(parse_timestamp("2022-06-07T10:00:00").is_none());
    }
}
