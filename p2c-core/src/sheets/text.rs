//! The words of the template and exports, each behind a stable message id, so that a message
//! catalogue (a translation) can replace them without touching the writer.
//!
//! Ids: `sheet.*` for the fixed texts (listed in [`FIXED`]); `field.<path>.title` and
//! `field.<path>.description` for a column (`<path>` is its header path); `table.<name>.title`
//! for a sheet; `codelist.<list>` for a code list's title and `code.<list>.<code>` for a
//! code's label. [`InLanguage`] gives them in one of the six UN languages.

use std::borrow::Cow;

use crate::i18n::{Lang, Localizer};

/// A source of the template's words. [`English`] returns the built-in English text.
pub trait Messages {
    /// The text of message `id`, whose English text is `english`.
    fn text<'a>(&'a self, id: &str, english: &'a str) -> Cow<'a, str>;
}

/// The built-in English words.
#[derive(Debug, Clone, Copy, Default)]
pub struct English;

impl Messages for English {
    fn text<'a>(&'a self, _id: &str, english: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(english)
    }
}

/// The template's words in one of the six UN languages ([`crate::i18n`]): the fixed texts
/// ([`FIXED`]) from `i18n/<lang>/template.ftl`, codelist titles and code labels from the
/// codelists in that language ([`crate::i18n::codelists_in`]), country names from UN M49.
/// Column titles and descriptions (from the JSON Schema), sheet titles, currency names and
/// the P2C Targets' source texts stay English: they are not in the catalogues yet. Codes,
/// sheet names and column paths never change with the language.
#[derive(Debug, Clone, Copy)]
pub struct InLanguage {
    loc: Localizer,
}

impl InLanguage {
    /// The words of `lang` (English where a text has no translation).
    pub fn new(lang: Lang) -> InLanguage {
        InLanguage {
            loc: Localizer::new(lang),
        }
    }
}

/// The catalogue id of a fixed message: `sheet.readme.title` → `template-sheet-readme-title`.
pub(crate) fn catalogue_id(id: &str) -> String {
    format!("template-{}", id.replace('.', "-"))
}

/// The taxonomy codelist of a layout code type (`FocusArea` → `focusArea`), as far as the
/// catalogues have one.
fn codelist_of(def: &str) -> Option<String> {
    match def {
        "TargetCode" => Some("p2cTarget".to_owned()),
        "EventCode" => Some("p2cEvent".to_owned()),
        "CurrencyCode" | "CountryCode" | "Headquarters" => None,
        _ => {
            let mut chars = def.chars();
            let first = chars.next()?;
            Some(first.to_lowercase().chain(chars).collect())
        }
    }
}

impl Messages for InLanguage {
    fn text<'a>(&'a self, id: &str, english: &'a str) -> Cow<'a, str> {
        let lang = self.loc.lang();
        if lang == Lang::En {
            return Cow::Borrowed(english);
        }
        let localized = if id.starts_with("sheet.") {
            Localizer::template(lang, &catalogue_id(id), &[])
        } else if let Some(def) = id.strip_prefix("codelist.") {
            codelist_of(def).and_then(|list| self.loc.codelist_title(&list))
        } else if let Some((def, code)) = id.strip_prefix("code.").and_then(|r| r.split_once('.')) {
            match def {
                "CountryCode" | "Headquarters" => crate::model::CountryCode::new(code)
                    .and_then(|c| self.loc.country_name(c))
                    .map(str::to_owned),
                _ => codelist_of(def).and_then(|list| self.loc.code_label(&list, code)),
            }
        } else {
            None
        };
        localized.map_or(Cow::Borrowed(english), Cow::Owned)
    }
}

/// Every fixed message of the template and exports: id and English text (re-exported as
/// `sheets::TEMPLATE_MESSAGES`, the list a translation provides).
pub const FIXED: &[(&str, &str)] = &[
    ("sheet.readme.title", "Partner2Connect pledges: how to fill in this workbook"),
    ("sheet.readme.intro1", "Each sheet is one table. The pledges sheet has one row per pledge; every other sheet has one row per element of a list of a pledge (a country, a partner, a progress report), and its first column is the id of the pledge the row belongs to. Rows keep their order."),
    ("sheet.readme.intro2", "Row 1 of each sheet holds the column titles and row 2 the machine paths; do not change them. Start your data in row 3. Columns may be reordered; a column a pledge does not need may be left empty."),
    ("sheet.readme.intro3", "Amounts are text cells, so that no digit is rounded: type them as plain numbers such as 5600000000 or 258.8, without thousands separators or currency signs. Dates are date cells; partial dates (2021, 2021-06) and timestamps are text."),
    ("sheet.readme.intro4", "Columns with a list of codes offer a dropdown; the codes and their labels are on the codes sheet. In a cell that holds several values, separate them with a semicolon (;)."),
    ("sheet.readme.intro5", "Validate the filled workbook with p2c: every problem is reported with its sheet, row and cell."),
    ("sheet.readme.sheet", "Sheet"),
    ("sheet.readme.column", "Column title"),
    ("sheet.readme.path", "Path"),
    ("sheet.readme.type", "Type"),
    ("sheet.readme.required", "Required"),
    ("sheet.readme.codes", "Codes"),
    ("sheet.readme.description", "Description"),
    ("sheet.readme.yes", "yes"),
    ("sheet.readme.key", "The id of the pledge this row belongs to (a pledge id from the pledges sheet)."),
    ("sheet.readme.list", "Several values separated by ;"),
    ("sheet.readme.json", "JSON text"),
    ("sheet.codes.code", "code"),
    ("sheet.codes.label", "label"),
    ("sheet.input.codes", "Choose a code from the list; labels are on the codes sheet."),
    ("sheet.input.open", "Other well-formed codes are accepted too."),
    ("sheet.error.title", "Not a code of this list"),
    ("sheet.error.message", "Choose a value from the dropdown; the codes sheet lists them with their labels."),
    ("sheet.pledges.title", "Pledges"),
    ("sheet.issues.cell", "Cell"),
    ("sheet.issues.sheet", "Sheet"),
    ("sheet.issues.row", "Row"),
    ("sheet.issues.column", "Column"),
    ("sheet.issues.path", "JSON Pointer"),
    ("sheet.issues.code", "Code"),
    ("sheet.issues.severity", "Severity"),
    ("sheet.issues.message", "Message"),
    ("sheet.issues.guidance", "Guidance"),
    ("sheet.issues.original", "Cell in the file received"),
];

/// The English text of a fixed message (`""` for an unknown id, which a test rules out).
pub(crate) fn english(id: &str) -> &'static str {
    FIXED
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, v)| *v)
        .unwrap_or("")
}

/// The text of a fixed message from `messages`.
pub(crate) fn fixed<'a>(messages: &'a dyn Messages, id: &str) -> Cow<'a, str> {
    messages.text(id, english(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_texts_present() {
        let mut seen = std::collections::HashSet::new();
        for (id, text) in FIXED {
            assert!(seen.insert(*id), "{id}");
            assert!(!text.is_empty(), "{id}");
            assert!(id.starts_with("sheet."), "{id}");
        }
        struct Upper;
        impl Messages for Upper {
            fn text<'a>(&'a self, _: &str, english: &'a str) -> Cow<'a, str> {
                Cow::Owned(english.to_uppercase())
            }
        }
        assert_eq!(fixed(&Upper, "sheet.readme.sheet"), "SHEET");
        assert_eq!(fixed(&English, "sheet.readme.sheet"), "Sheet");
    }
}
