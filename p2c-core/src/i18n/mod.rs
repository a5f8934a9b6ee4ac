//! Six languages: the UN official languages (Arabic, Chinese, English, French, Russian,
//! Spanish) for codelist labels, issue messages and report text.
//!
//! ```
//! use p2c_core::i18n::{Lang, Localizer};
//! use p2c_core::validate::{validate_str, ValidateOptions};
//!
//! let report = validate_str(r#"{"formatVersion": "1.0", "id": "P1", "titel": "x"}"#,
//!                           &ValidateOptions::default());
//! let typo = report.issues.iter().find(|i| i.code == "structure.unknown_field").unwrap();
//! assert_eq!(typo.message, "unknown field `titel`; did you mean `title`?"); // English on the wire
//! let fr = Localizer::new(Lang::Fr);
//! assert_eq!(fr.issue_message(typo), "champ inconnu `titel` ; vouliez-vous dire `title` ?");
//! assert_eq!(Localizer::new(Lang::Ar).dir().as_str(), "rtl");
//! assert_eq!(fr.code_label("focusArea", "value_creation").as_deref(), Some("Création de valeur"));
//! ```
//!
//! # What is translated, and from where
//!
//! - **Catalogues as data**: one directory of [Project Fluent](https://projectfluent.org) files
//!   per language under `p2c-core/i18n/<lang>/`, embedded in the crate at build time (a file
//!   that does not parse fails the build). English *messages* (issue message templates, report
//!   text) are in `i18n/en/`; English codelist labels and issue titles and guidance stay where
//!   they were (`taxonomy.rs`, `validate/codes.rs`, exported as JSON), so they have one source.
//! - **Issue messages** are rendered from the issue's `code` and `params` ([`Localizer::issue_message`],
//!   [`crate::validate::Issue::message_in`]); rules still write the English `message` on the
//!   wire, and a test renders every issue of the shared vectors from the English catalogue and
//!   requires the very same text, so the params carry everything a message shows.
//! - **Country names** are the UN M49 names in the six languages (`data/un_m49_names.csv`), ITU-D
//!   region and country-group names the ITU and UN forms; the sources are in `data/SOURCES.md`.
//!   Currency names ([`Localizer::currency_name`]) are ISO 4217's in English and the Unicode
//!   CLDR display names in the other languages (`data/currency_names.csv`).
//!   A message without an official form is marked in its file as a p2c translation
//!   (`## origin: p2c` above its group). Proper names (pledgers, titles) are data and never
//!   translated.
//! - **Fallback is per message**: a message missing in a language falls back to English; a test
//!   fails unless the file says so with a `# p2c-fallback: <message-id>` comment.
//!
//! # Language tags
//!
//! [`Lang::parse`] reads BCP 47 tags and POSIX locales (`fr`, `fr-CH`, `zh-Hans-CN`,
//! `es_AR.UTF-8`); [`Lang::negotiate`] never fails: an unknown tag gives English and one
//! [`LangWarning`], so a validation path never errors on a language option.
//!
//! # Right-to-left
//!
//! [`Lang::dir`] is [`Direction::Rtl`] for Arabic: a renderer sets `dir="rtl"` (and `lang`) on
//! the document. Arabic messages isolate their placeables (codes, numbers, user values) with
//! U+2068/U+2069 so that left-to-right values display in the right order inside Arabic text.
//!
//! # How each consumer calls it
//!
//! - **HTML reports**: [`crate::html::HtmlOptions::lang`]; the pages' own words are the English
//!   table of `html/text.rs`, translated in `i18n/<lang>/html.ftl` (message id `html-` and the
//!   message's name in kebab case; the same `{ $name }` variables as the English `{name}`s, a
//!   test checks them); the page sets `lang` and `dir`, labels of codes come from
//!   [`Localizer::code_label`], countries from [`Localizer::country_name`], numbers and dates
//!   from [`Localizer::amount`], [`Localizer::integer`], [`Localizer::percent`] and
//!   [`Localizer::date`] (exact: amounts are formatted from the decimal's digits, never a
//!   float). Issue messages from [`Localizer::issue_message`] carry user values: escape them
//!   like any data. A test renders every page in every language and fails on an English text
//!   whose translation differs.
//! - **The text dashboard**: [`crate::aggregate::Summary::render_text_in`] and
//!   [`crate::aggregate::CountryProfile::render_text_in`].
//! - **The spreadsheet template**: `sheets::template_xlsx_in` (feature `xlsx`) with
//!   [`crate::sheets::InLanguage`]: README sheet, prompts and error texts from
//!   `i18n/<lang>/template.ftl`; column titles and descriptions, table titles and the code
//!   lists that are not taxonomy codelists from `i18n/<lang>/template-fields.ftl`, which
//!   translates the English catalogue generated from the schema
//!   ([`crate::sheets::fields_catalogue`], `cargo run -p xtask -- codegen`); code labels from
//!   the codelists in the language; codes, sheet names and paths unchanged. An import reads
//!   headers and sheet names by their titles in any of the six languages.
//! - **The CLI and the bindings**: a `lang` option (a [`LangTag`] in call types, so that it
//!   never fails to deserialize) resolved with [`Lang::negotiate`] (the CLI's
//!   default from [`Lang::from_env`]); print the [`LangWarning`] once on stderr or as a
//!   binding warning; validation reports through [`crate::validate::Report::localized`] (codes,
//!   paths and params unchanged, English stays the default wire `message`); `p2c codes` through
//!   [`issue_codes_in`]. [`coverage`] says how complete each language is.

mod catalogue;
mod data;
mod format;
#[cfg(test)]
mod tests;

use std::fmt;

#[cfg(test)]
pub(crate) use catalogue::catalogue_source;
pub use catalogue::{coverage, LangCoverage, Localizer};
pub use data::{
    codelists_in, issue_codes_in, LocalizedCode, LocalizedCodelist, LocalizedIssueCode,
};
pub use format::Conventions;

/// A UN official language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    /// Arabic (`ar`), written right to left.
    Ar,
    /// Chinese (`zh`), simplified script as the UN writes it.
    Zh,
    /// English (`en`), the default and the fallback.
    #[default]
    En,
    /// French (`fr`).
    Fr,
    /// Russian (`ru`).
    Ru,
    /// Spanish (`es`).
    Es,
}

/// The direction a language is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute (`"ltr"`, `"rtl"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language tag that named no UN language; English was used instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangWarning {
    /// The tag as given.
    pub tag: String,
}

impl fmt::Display for LangWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown language `{}`, using English (supported: ar, zh, en, fr, ru, es)",
            self.tag
        )
    }
}

impl Lang {
    /// The six languages, in the UN order (Arabic, Chinese, English, French, Russian, Spanish).
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The ISO 639-1 code (`"ar"`, `"zh"`, …), as used for the HTML `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself (`"Français"`), for a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
        }
    }

    /// The writing direction.
    pub fn dir(self) -> Direction {
        match self {
            Lang::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// The position of this language in [`Lang::ALL`].
    pub(crate) fn index(self) -> usize {
        match self {
            Lang::Ar => 0,
            Lang::Zh => 1,
            Lang::En => 2,
            Lang::Fr => 3,
            Lang::Ru => 4,
            Lang::Es => 5,
        }
    }

    /// The language of a BCP 47 tag or POSIX locale, by its primary subtag, case-insensitively
    /// (`"fr-CA"`, `"zh_Hans"`, `"es_ES.UTF-8"`, `"AR"`); `None` for any other language.
    /// `"C"` and `"POSIX"` (the environment's default locale) are English.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "ar" | "ara" => Some(Lang::Ar),
            "zh" | "zho" | "chi" => Some(Lang::Zh),
            "en" | "eng" | "c" | "posix" => Some(Lang::En),
            "fr" | "fra" | "fre" => Some(Lang::Fr),
            "ru" | "rus" => Some(Lang::Ru),
            "es" | "spa" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The language of `tag`, or English with a warning naming the tag. Never fails, so that a
    /// language option can never turn a validation into an error.
    pub fn negotiate(tag: &str) -> (Lang, Option<LangWarning>) {
        match Lang::parse(tag) {
            Some(lang) => (lang, None),
            None => (
                Lang::En,
                Some(LangWarning {
                    tag: tag.to_owned(),
                }),
            ),
        }
    }

    /// The first supported language of the process environment's locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`, in POSIX precedence), or English.
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(value) = std::env::var(var) {
                if !value.is_empty() {
                    return Lang::parse(&value).unwrap_or(Lang::En);
                }
            }
        }
        Lang::En
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = LangWarning;

    /// Strict parsing (for option values): an unsupported tag is an error carrying the tag.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or_else(|| LangWarning { tag: s.to_owned() })
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tag = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Lang::parse(&tag).ok_or_else(|| serde::de::Error::custom(LangWarning { tag: tag.into() }))
    }
}

/// A language option as a caller gave it: any string. Deserializing never fails, so a call
/// type with a `lang` field (validation, reports) cannot be refused for its language;
/// [`LangTag::negotiate`] gives the language and the warning to show once.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct LangTag(pub String);

impl LangTag {
    /// The language of the tag, or English with a warning naming it.
    pub fn negotiate(&self) -> (Lang, Option<LangWarning>) {
        Lang::negotiate(&self.0)
    }
}

impl schemars::JsonSchema for LangTag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("LangTag")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Language tag",
            "description": "A BCP 47 tag or POSIX locale. ar, zh, en, fr, ru and es (by primary subtag) are supported; any other tag gives English and a warning.",
            "type": "string",
            "examples": ["ar", "zh", "en", "fr", "ru", "es"],
        })
    }
}

impl schemars::JsonSchema for Lang {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("Lang")
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "title": "Language",
            "description": "A UN official language: a BCP 47 tag or POSIX locale whose primary subtag is ar, zh, en, fr, ru or es.",
            "type": "string",
            "examples": ["ar", "zh", "en", "fr", "ru", "es"],
        })
    }
}
