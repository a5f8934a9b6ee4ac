//! Code newtypes: ISO 3166-1 alpha-3 countries, ISO 4217 currencies, and where pledgers sit.
//!
//! Parsing checks only the *shape* of a code (three upper-case letters). Whether a code exists,
//! or was in use on a date, is a question for validation, so that an unknown code becomes an
//! issue with a path rather than an unreadable document.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

fn is_alpha3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

macro_rules! alpha3 {
    ($(#[$meta:meta])* $name:ident, $title:literal, $desc:literal, $what:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $name([u8; 3]);

        // The order of the codes as text, compared as one integer: the derived order of
        // `[u8; 3]` calls `memcmp`, which was a visible share of validation (binary searches
        // of the country and currency tables).
        impl Ord for $name {
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                let key = |[a, b, c]: [u8; 3]| u32::from_be_bytes([0, a, b, c]);
                key(self.0).cmp(&key(other.0))
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl $name {
            /// Parse a code, checking only that it is three upper-case ASCII letters.
            pub fn new(code: &str) -> Option<Self> {
                match code.as_bytes() {
                    [a, b, c] if is_alpha3(code) => Some(Self([*a, *b, *c])),
                    _ => None,
                }
            }
            /// The code as a string slice.
            pub fn as_str(&self) -> &str {
                // Only ever built from three ASCII upper-case letters.
                std::str::from_utf8(&self.0).unwrap_or("???")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::new(s).ok_or_else(|| crate::Error::UnknownCode { codelist: $what, code: s.to_owned() })
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s: Cow<'de, str> = Cow::deserialize(d)?;
                Self::new(&s).ok_or_else(|| {
                    serde::de::Error::custom(format_args!(
                        "`{s}` is not a {} (three upper-case letters)",
                        $what
                    ))
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "title": $title,
                    "description": $desc,
                    "type": "string",
                    "pattern": "^[A-Z]{3}$"
                })
            }
        }
    };
}

alpha3!(
    /// An ISO 3166-1 alpha-3 country code (`KEN`).
    CountryCode,
    "Country code",
    "An ISO 3166-1 alpha-3 country code, such as `KEN` for Kenya.",
    "country code"
);

alpha3!(
    /// An ISO 4217 alphabetic currency code (`EUR`).
    CurrencyCode,
    "Currency code",
    "An ISO 4217 alphabetic currency code, such as `EUR`.",
    "currency code"
);

impl CountryCode {
    /// Build a code from three bytes known at compile time to be upper-case ASCII letters
    /// (the generated geography tables, whose build script checks the shape).
    pub(crate) const fn from_static(code: [u8; 3]) -> Self {
        CountryCode(code)
    }
}

impl CurrencyCode {
    /// A code from bytes fixed at compile time (the embedded tables, whose build script checks
    /// that each is three upper-case ASCII letters). Other bytes display as `???`.
    pub(crate) const fn from_static(bytes: [u8; 3]) -> Self {
        CurrencyCode(bytes)
    }
    /// The US dollar, the currency of P2C's published totals.
    pub const USD: CurrencyCode = CurrencyCode(*b"USD");
    /// The euro, the base of the ECB reference rates.
    pub const EUR: CurrencyCode = CurrencyCode(*b"EUR");
}

/// Where a pledging entity has its headquarters: a country, or `"international"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Headquarters {
    /// Headquartered in this country.
    Country(CountryCode),
    /// An international organization with no single home country (UN agencies, MDBs).
    International,
    /// The source does not say where the entity has its headquarters (format 1.1):
    /// "countries of pledge-makers" counts it as unknown, never as a guessed country.
    Unknown,
}

impl Headquarters {
    /// The wire spelling of [`Headquarters::International`].
    pub const INTERNATIONAL: &'static str = "international";

    /// The wire spelling of [`Headquarters::Unknown`].
    pub const UNKNOWN: &'static str = "unknown";

    /// The country, if the entity has one and it is known.
    pub fn country(self) -> Option<CountryCode> {
        match self {
            Headquarters::Country(c) => Some(c),
            Headquarters::International | Headquarters::Unknown => None,
        }
    }

    /// The value as written on the wire (`KEN`, `international`, `unknown`).
    pub fn as_str(&self) -> &str {
        match self {
            Headquarters::Country(c) => c.as_str(),
            Headquarters::International => Self::INTERNATIONAL,
            Headquarters::Unknown => Self::UNKNOWN,
        }
    }

    /// The first format version that has this value (`unknown` came with 1.1).
    pub fn since(self) -> crate::model::FormatVersion {
        match self {
            Headquarters::Unknown => crate::model::FormatVersion::V1_1,
            _ => crate::model::FormatVersion::V1_0,
        }
    }
}

impl Serialize for Headquarters {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Headquarters::Country(c) => c.serialize(s),
            Headquarters::International => s.serialize_str(Self::INTERNATIONAL),
            Headquarters::Unknown => s.serialize_str(Self::UNKNOWN),
        }
    }
}

impl<'de> Deserialize<'de> for Headquarters {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s: Cow<'de, str> = Cow::deserialize(d)?;
        if s == Self::INTERNATIONAL {
            return Ok(Headquarters::International);
        }
        if s == Self::UNKNOWN {
            return Ok(Headquarters::Unknown);
        }
        CountryCode::new(&s)
            .map(Headquarters::Country)
            .ok_or_else(|| {
                serde::de::Error::custom(format_args!(
                "`{s}` is neither a country code (three upper-case letters), `international` nor `unknown`"
            ))
            })
    }
}

impl schemars::JsonSchema for Headquarters {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Headquarters")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Headquarters",
            "description": "The ISO 3166-1 alpha-3 code of the country where the entity has its headquarters, `international` for an organization with no home country, or `unknown` when the source does not say (format 1.1).",
            "type": "string",
            "anyOf": [
                { "title": "Country", "description": "An ISO 3166-1 alpha-3 country code.", "pattern": "^[A-Z]{3}$" },
                { "title": "International", "description": "An international organization.", "const": "international" },
                { "title": "Unknown", "description": "The source does not say (format 1.1).", "const": "unknown" }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alpha3_shape() {
        assert_eq!(CountryCode::new("KEN").unwrap().as_str(), "KEN");
        assert!(CountryCode::new("ke").is_none());
        assert!(CountryCode::new("KENY").is_none());
        assert!(CountryCode::new("KÉN").is_none());
        assert_eq!(CurrencyCode::USD.as_str(), "USD");
    }

    /// Codes order as their text does (the tables are sorted by text and binary-searched).
    #[test]
    fn alpha3_order_is_text_order() {
        let codes = ["AAA", "AAB", "ABA", "BAA", "KEN", "KEO", "ZZZ", "ZZY"];
        for a in codes {
            for b in codes {
                let (ca, cb) = (CountryCode::new(a).unwrap(), CountryCode::new(b).unwrap());
                assert_eq!(ca.cmp(&cb), a.cmp(b), "{a} {b}");
                assert_eq!(ca.partial_cmp(&cb), Some(a.cmp(b)), "{a} {b}");
            }
        }
    }

    #[test]
    fn headquarters_wire() {
        let h: Headquarters = serde_json::from_str("\"international\"").unwrap();
        assert_eq!(h, Headquarters::International);
        let h: Headquarters = serde_json::from_str("\"FRA\"").unwrap();
        assert_eq!(h.country().unwrap().as_str(), "FRA");
        assert!(serde_json::from_str::<Headquarters>("\"France\"").is_err());
        let h: Headquarters = serde_json::from_str("\"unknown\"").unwrap();
        assert_eq!(h, Headquarters::Unknown);
        assert_eq!(h.country(), None);
        assert_eq!(serde_json::to_string(&h).unwrap(), "\"unknown\"");
    }
}
