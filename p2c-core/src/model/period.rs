//! Partial dates (`"2021"`, `"2021-06"`, `"2021-06-07"`) and pledge periods.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date known to a year, a month or a day.
///
/// A partial date stands for an interval of days: `2021` is 2021-01-01 to 2021-12-31. Dates
/// order by their first day, then by their last day, so `2021` < `2021-01` < `2021-01-01` <
/// `2021-01-02` and `2021-06` < `2021-07`. To ask whether one period ends before another begins,
/// compare [`PartialDate::last_day`] with [`PartialDate::first_day`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartialDate {
    /// A year (`"2025"`).
    Year(i32),
    /// A month of a year (`"2025-06"`); the month is 1–12.
    Month(i32, u32),
    /// A day (`"2025-06-07"`).
    Day(NaiveDate),
}

/// How precisely a [`PartialDate`] is known.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Known to the year.
    Year,
    /// Known to the month.
    Month,
    /// Known to the day.
    #[default]
    Day,
}

impl PartialDate {
    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit years 0001–9999).
    pub fn parse(s: &str) -> Option<PartialDate> {
        let b = s.as_bytes();
        // At most four ASCII digits, so no overflow.
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            b.get(r)?.iter().try_fold(0u32, |n, &c| {
                let d = c.checked_sub(b'0').filter(|d| *d <= 9)?;
                n.checked_mul(10)?.checked_add(u32::from(d))
            })
        };
        let year = i32::try_from(digits(0..4)?).ok().filter(|y| *y >= 1)?;
        match b.len() {
            4 => Some(PartialDate::Year(year)),
            7 if b.get(4) == Some(&b'-') => {
                let month = digits(5..7)?;
                (1..=12)
                    .contains(&month)
                    .then_some(PartialDate::Month(year, month))
            }
            10 if b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') => {
                NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?).map(PartialDate::Day)
            }
            _ => None,
        }
    }

    /// How precisely the date is known.
    pub fn precision(self) -> Precision {
        match self {
            PartialDate::Year(_) => Precision::Year,
            PartialDate::Month(..) => Precision::Month,
            PartialDate::Day(_) => Precision::Day,
        }
    }

    /// The year.
    pub fn year(self) -> i32 {
        match self {
            PartialDate::Year(y) | PartialDate::Month(y, _) => y,
            PartialDate::Day(d) => d.year(),
        }
    }

    /// The first day the date can stand for.
    pub fn first_day(self) -> NaiveDate {
        match self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            PartialDate::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            PartialDate::Day(d) => Some(d),
        }
        .unwrap_or(NaiveDate::MIN)
    }

    /// The last day the date can stand for.
    pub fn last_day(self) -> NaiveDate {
        match self {
            PartialDate::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
            PartialDate::Month(y, m) => {
                let (ny, nm) = if m == 12 {
                    (y.checked_add(1), 1)
                } else {
                    (Some(y), m + 1)
                };
                ny.and_then(|ny| NaiveDate::from_ymd_opt(ny, nm, 1))
                    .and_then(|d| d.pred_opt())
            }
            PartialDate::Day(d) => Some(d),
        }
        .unwrap_or(NaiveDate::MAX)
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then_with(|| other.last_day().cmp(&self.last_day()))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

impl std::str::FromStr for PartialDate {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s).ok_or_else(|| crate::Error::UnknownCode {
            codelist: "partial date",
            code: s.to_owned(),
        })
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s: Cow<'de, str> = Cow::deserialize(d)?;
        PartialDate::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "`{s}` is not a date written YYYY, YYYY-MM or YYYY-MM-DD"
            ))
        })
    }
}

impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("PartialDate")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Partial date",
            "description": "A date known to the year (`2021`), the month (`2021-06`) or the day (`2021-06-07`).",
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
        })
    }
}

/// When a pledge is carried out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, remote = "Period")]
pub struct Period {
    /// # Start
    ///
    /// When the work starts, to the year, month or day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// # End
    ///
    /// When the work is expected to end, to the year, month or day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
}

super::object::object_only!(Period);

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn parses_three_precisions() {
        assert_eq!(d("2021"), PartialDate::Year(2021));
        assert_eq!(d("2021-06"), PartialDate::Month(2021, 6));
        assert_eq!(d("2021-06-07").precision(), Precision::Day);
        for bad in [
            "21",
            "2021-6",
            "2021-13",
            "2021-02-30",
            "2021/06",
            "0000",
            "2021-06-07T00",
            "",
            "２０２１",
        ] {
            assert!(PartialDate::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn intervals() {
        assert_eq!(
            d("2024-02").last_day(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        assert_eq!(
            d("2021-12").last_day(),
            NaiveDate::from_ymd_opt(2021, 12, 31).unwrap()
        );
        assert_eq!(
            d("9999-12").last_day(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()
        );
        assert_eq!(
            d("2021").first_day(),
            NaiveDate::from_ymd_opt(2021, 1, 1).unwrap()
        );
    }

    #[test]
    fn ordering_across_precisions() {
        let mut v = [
            d("2021-01-02"),
            d("2021-01-01"),
            d("2021-01"),
            d("2021"),
            d("2020-12-31"),
            d("2021-06"),
        ];
        v.sort();
        let s: Vec<String> = v.iter().map(|x| x.to_string()).collect();
        assert_eq!(
            s,
            [
                "2020-12-31",
                "2021",
                "2021-01",
                "2021-01-01",
                "2021-01-02",
                "2021-06"
            ]
        );
    }

    #[test]
    fn round_trip() {
        for s in ["2021", "2021-06", "2021-06-07"] {
            assert_eq!(d(s).to_string(), s);
        }
    }
}
