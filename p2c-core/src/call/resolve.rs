//! Codes in options, matched leniently and never silently: exact code, then the code in any
//! case, then the English label or name (case-insensitively) when exactly one entry has it;
//! anything else is [`Error::UnknownOption`] with the closest code or name as a suggestion.

use crate::geo;
use crate::model::{CountryCode, CurrencyCode};
use crate::taxonomy::{Codelist, ItuRegion};
use crate::validate::suggest;
use crate::Error;

/// One candidate: its code and the other names it may be given by.
struct Entry<'a, T> {
    value: T,
    code: &'a str,
    names: [&'a str; 2],
}

/// Find `given` among `entries` by the rule of the module docs; `what` names the list.
fn find<'a, T: Copy>(
    what: &str,
    given: &str,
    pointer: &str,
    entries: impl Iterator<Item = Entry<'a, T>> + Clone,
) -> Result<T, Error> {
    let trimmed = given.trim();
    if let Some(e) = entries.clone().find(|e| e.code == trimmed) {
        return Ok(e.value);
    }
    if let Some(e) = entries
        .clone()
        .find(|e| e.code.eq_ignore_ascii_case(trimmed))
    {
        return Ok(e.value);
    }
    let lower = trimmed.to_lowercase();
    let mut by_name = entries.clone().filter(|e| {
        e.names
            .iter()
            .any(|n| !n.is_empty() && n.to_lowercase() == lower)
    });
    if let (Some(e), None) = (by_name.next(), by_name.next()) {
        return Ok(e.value);
    }
    // A code without separators or case (`value-creation`, `VALUE CREATION`).
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-' | ' '))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let squashed = squash(trimmed);
    let mut by_squash = entries.clone().filter(|e| squash(e.code) == squashed);
    if let (Some(e), None) = (by_squash.next(), by_squash.next()) {
        return Ok(e.value);
    }
    let suggestion = suggest(
        trimmed,
        entries
            .clone()
            .flat_map(|e| std::iter::once(e.code).chain(e.names)),
    )
    .map(|s| {
        // Suggest the code of the entry a close name belongs to.
        entries
            .clone()
            .find(|e| e.code == s || e.names.contains(&s))
            .map_or(s, |e| e.code)
            .to_owned()
    });
    Err(Error::UnknownOption {
        codelist: what.to_owned(),
        code: given.to_owned(),
        pointer: pointer.to_owned(),
        suggestion,
    })
}

/// A value of a closed codelist, by code or English label.
pub(crate) fn code<C: Codelist>(given: &str, pointer: &str) -> Result<C, Error> {
    find(
        C::NAME,
        given,
        pointer,
        C::all().iter().map(|v| Entry {
            value: *v,
            code: v.code(),
            names: [v.label(), ""],
        }),
    )
}

/// A currency of ISO 4217 (active, or withdrawn since 2018, or historic in the ECB's rates)
/// by code in any case or by its ISO name (`euro`).
pub fn currency(given: &str, pointer: &str) -> Result<CurrencyCode, Error> {
    find(
        "currency",
        given,
        pointer,
        crate::money::currencies().iter().map(|c| Entry {
            value: c.code,
            code: c.code.as_str(),
            names: [c.name, ""],
        }),
    )
}

/// A country or area by ISO 3166-1 alpha-3 code in any case, alpha-2 code, or English short
/// name (`gha`, `GH`, `Ghana`).
pub fn country(given: &str, pointer: &str) -> Result<CountryCode, Error> {
    find(
        "country",
        given,
        pointer,
        geo::countries().iter().map(|c| Entry {
            value: c.iso3,
            code: c.iso3.as_str(),
            names: [c.name, c.iso2],
        }),
    )
}

/// An ITU-D region by code or English name (`AFR`, `afr`, `Africa`).
pub fn region(given: &str, pointer: &str) -> Result<ItuRegion, Error> {
    code::<ItuRegion>(given, pointer)
}

/// Every code of `given` (a list option at `pointer`), resolved with `one`.
pub(crate) fn all<T>(
    given: &[String],
    pointer: &str,
    one: impl Fn(&str, &str) -> Result<T, Error>,
) -> Result<Vec<T>, Error> {
    given
        .iter()
        .enumerate()
        .map(|(i, g)| one(g, &format!("{pointer}/{i}")))
        .collect()
}

/// An issue code of the catalogue, exactly or in any case (`money.implausible_amount`).
pub(crate) fn issue_code(given: &str, pointer: &str) -> Result<&'static str, Error> {
    let codes = crate::validate::issue_codes();
    find(
        "issue code",
        given,
        pointer,
        codes.iter().map(|c| Entry {
            value: c.code,
            code: c.code,
            names: ["", ""],
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::FocusArea;

    #[test]
    fn codes_match_case_and_labels() {
        assert_eq!(country("gha", "").unwrap().as_str(), "GHA");
        assert_eq!(country("Ghana", "").unwrap().as_str(), "GHA");
        assert_eq!(country("GH", "").unwrap().as_str(), "GHA");
        assert_eq!(region("Africa", "").unwrap(), ItuRegion::Afr);
        assert_eq!(region("afr", "").unwrap(), ItuRegion::Afr);
        assert_eq!(currency("eur", "").unwrap(), CurrencyCode::EUR);
        assert_eq!(currency("Euro", "").unwrap(), CurrencyCode::EUR);
        assert_eq!(
            code::<FocusArea>("Value creation", "").unwrap(),
            FocusArea::ValueCreation
        );
        assert_eq!(
            code::<FocusArea>("value-creation", "").unwrap(),
            FocusArea::ValueCreation
        );
    }

    #[test]
    fn unknown_codes_say_so_with_a_suggestion() {
        let e = currency("XYZ", "/currency").unwrap_err();
        assert_eq!(e.code(), "unknown_code");
        let j = e.to_json();
        assert_eq!(j["pointer"], "/currency");
        assert_eq!(j["value"], "XYZ");
        let e = country("Ghanaa", "/filters/countries/0").unwrap_err();
        assert_eq!(e.to_json()["suggestion"], "GHA");
        assert!(country("XXX", "").is_err());
        let e = region("Afrika", "/filters/regions/0").unwrap_err();
        assert_eq!(e.to_json()["suggestion"], "AFR");
        assert_eq!(
            issue_code("MONEY.IMPLAUSIBLE_AMOUNT", "").ok(),
            issue_code("money.implausible_amount", "").ok()
        );
    }
}
