//! The words of the template and exports, each behind a stable message id, so that a message
//! catalogue (a translation) can replace them without touching the writer.
//!
//! Ids: `sheet.*` for the fixed texts (listed in [`FIXED`]); `field.<path>.title` and
//! `field.<path>.description` for a column (`<path>` is its header path); `table.<name>.title`
//! for a sheet; `codelist.<list>` for a code list's title and `code.<list>.<code>` for a
//! code's label. [`InLanguage`] gives them in one of the six UN languages.
//!
//! Column titles and descriptions, table titles, and the titles and labels of the code lists
//! that are not taxonomy codelists (format versions, countries, currencies, headquarters)
//! come from the pledge JSON Schema through the layout. Their English catalogue,
//! `i18n/en/template-fields.ftl`, is generated from it ([`fields_catalogue`], written by
//! `cargo run -p xtask -- codegen`, checked fresh by a test); each other language translates
//! it in `i18n/<lang>/template-fields.ftl`, with the same ids (`field-<path>`, `table-<name>`,
//! `codes-<list>`, `codes-<list>-<code>`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

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
/// ([`FIXED`]) from `i18n/<lang>/template.ftl`; column titles and descriptions, table titles,
/// and the code lists that are not taxonomy codelists from `i18n/<lang>/template-fields.ftl`
/// (the translation of [`fields_catalogue`]); codelist titles and code labels from the
/// codelists in that language ([`crate::i18n::codelists_in`]); country names from UN M49;
/// currency names from CLDR ([`Localizer::currency_name`]). The P2C Targets' source texts
/// stay English. Codes, sheet names and
/// column paths never change with the language.
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
        } else if let Some(rest) = id.strip_prefix("field.") {
            if let Some(path) = rest.strip_suffix(".title") {
                Localizer::own_text(lang, &field_id(path), None)
            } else if let Some(path) = rest.strip_suffix(".description") {
                Localizer::own_text(lang, &field_id(path), Some("description"))
            } else {
                None
            }
        } else if let Some(name) = id
            .strip_prefix("table.")
            .and_then(|r| r.strip_suffix(".title"))
        {
            Localizer::own_text(lang, &table_id(name), None)
        } else if let Some(def) = id.strip_prefix("codelist.") {
            codelist_of(def)
                .and_then(|list| self.loc.codelist_title(&list))
                .or_else(|| Localizer::own_text(lang, &codes_id(def, None), None))
        } else if let Some((def, code)) = id.strip_prefix("code.").and_then(|r| r.split_once('.')) {
            let label = match def {
                "CountryCode" | "Headquarters" => crate::model::CountryCode::new(code)
                    .and_then(|c| self.loc.country_name(c))
                    .map(str::to_owned),
                "CurrencyCode" => crate::model::CurrencyCode::new(code)
                    .and_then(|c| self.loc.currency_name(c))
                    .map(str::to_owned),
                _ => codelist_of(def).and_then(|list| self.loc.code_label(&list, code)),
            };
            label.or_else(|| Localizer::own_text(lang, &codes_id(def, Some(code)), None))
        } else {
            None
        };
        localized.map_or(Cow::Borrowed(english), Cow::Owned)
    }
}

/// A path, table name or code as part of a Fluent message id: `/` becomes `-`, `[]` is
/// dropped, and any other character a Fluent id cannot hold becomes `_`
/// (`pledgers/partners[]/name` → `pledgers-partners-name`, `1.0` → `1_0`).
fn id_part(s: &str) -> String {
    s.replace("[]", "")
        .chars()
        .map(|c| match c {
            '/' => '-',
            c if c.is_ascii_alphanumeric() || c == '-' || c == '_' => c,
            _ => '_',
        })
        .collect()
}

/// The catalogue id of a column: `field-` and its path (`field-financialValue-amount`); its
/// description is the attribute `.description`.
pub(crate) fn field_id(path: &str) -> String {
    format!("field-{}", id_part(path))
}

/// The catalogue id of a table's title (`table-countries`).
pub(crate) fn table_id(name: &str) -> String {
    format!("table-{}", id_part(name))
}

/// The catalogue id of a code list that is not a taxonomy codelist (`codes-CurrencyCode`), or
/// of one of its codes' labels (`codes-FormatVersion-1_0`).
pub(crate) fn codes_id(list: &str, code: Option<&str>) -> String {
    match code {
        None => format!("codes-{}", id_part(list)),
        Some(code) => format!("codes-{}-{}", id_part(list), id_part(code)),
    }
}

/// Whether a layout code list is a taxonomy codelist, whose words are in `codelists.ftl`.
fn in_taxonomy(def: &str) -> bool {
    codelist_of(def).is_some_and(|list| {
        crate::taxonomy::codelists()
            .iter()
            .any(|l| l.name == list.as_str())
    })
}

/// Text as a Fluent pattern on one line: whitespace runs as one space, braces as literals.
fn fluent_text(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.chars()
        .map(|c| match c {
            '{' => "{\"{\"}".to_owned(),
            '}' => "{\"}\"}".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// The English catalogue of the words the layout takes from the schema, generated from the
/// layout with the private columns (`i18n/en/template-fields.ftl`): table titles, column
/// titles and descriptions, and the titles and labels of the code lists that are not taxonomy
/// codelists (country names are UN M49 data and currency names are not included).
pub fn fields_catalogue() -> String {
    use std::fmt::Write as _;
    let layout = super::layout::cached(true);
    let mut out = String::from(
        "### Generated by `cargo run -p xtask -- codegen` from the pledge JSON Schema (the spreadsheet\n\
         ### layout, src/sheets/layout.rs); do not edit: change the schema's titles and descriptions.\n\
         ### The template's table titles, column titles (row 1 of each sheet) with their\n\
         ### descriptions (README sheet, input messages), and the code lists that are not taxonomy\n\
         ### codelists. Other languages translate it in <lang>/template-fields.ftl, same ids.\n\n\
         ## Tables\n\n",
    );
    for t in &layout.tables {
        let _ = writeln!(out, "{} = {}", table_id(&t.name), fluent_text(&t.title));
    }
    let mut seen: Vec<&str> = Vec::new();
    for t in &layout.tables {
        let _ = write!(out, "\n## Columns of sheet {}\n\n", t.name);
        for c in &t.columns {
            if seen.contains(&c.path.as_str()) {
                continue;
            }
            seen.push(&c.path);
            let _ = writeln!(out, "{} = {}", field_id(&c.path), fluent_text(&c.title));
            if !c.description.trim().is_empty() {
                let _ = writeln!(out, "    .description = {}", fluent_text(&c.description));
            }
        }
    }
    out.push_str("\n## Code lists that are not taxonomy codelists\n\n");
    for list in &layout.codelists {
        if in_taxonomy(&list.name) {
            continue;
        }
        let _ = writeln!(
            out,
            "{} = {}",
            codes_id(&list.name, None),
            fluent_text(&list.title)
        );
        if matches!(list.name.as_str(), "CountryCode" | "CurrencyCode") {
            continue;
        }
        for (code, label) in &list.entries {
            let country = crate::model::CountryCode::new(code).is_some();
            if country || label.trim().is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "{} = {}",
                codes_id(&list.name, Some(code)),
                fluent_text(label)
            );
        }
    }
    out
}

/// The titles of a column (by path) or a table (by name) in the languages other than English
/// that translate them, normalized for header matching ([`super::read::normalize`]); built
/// once per process.
struct LocalizedTitles {
    columns: HashMap<String, Vec<String>>,
    tables: HashMap<String, Vec<String>>,
}

fn localized_titles() -> &'static LocalizedTitles {
    static TITLES: OnceLock<LocalizedTitles> = OnceLock::new();
    TITLES.get_or_init(|| {
        let layout = super::layout::cached(true);
        let mut columns: HashMap<String, Vec<String>> = HashMap::new();
        let mut tables: HashMap<String, Vec<String>> = HashMap::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            for t in &layout.tables {
                if let Some(title) = Localizer::own_text(lang, &table_id(&t.name), None) {
                    tables
                        .entry(t.name.clone())
                        .or_default()
                        .push(super::read::normalize(&title));
                }
                for c in &t.columns {
                    if let Some(title) = Localizer::own_text(lang, &field_id(&c.path), None) {
                        let list = columns.entry(c.path.clone()).or_default();
                        let norm = super::read::normalize(&title);
                        if !list.contains(&norm) {
                            list.push(norm);
                        }
                    }
                }
            }
        }
        LocalizedTitles { columns, tables }
    })
}

/// The normalized titles of a column in the other five languages (header row 1 of a template
/// made in one of them), so that an import reads a sheet headed by titles in any language.
pub(crate) fn column_titles(path: &str) -> &'static [String] {
    localized_titles()
        .columns
        .get(path)
        .map_or(&[][..], Vec::as_slice)
}

/// The normalized titles of a table in the other five languages (a sheet named after its
/// title in one of them).
pub(crate) fn table_titles(name: &str) -> &'static [String] {
    localized_titles()
        .tables
        .get(name)
        .map_or(&[][..], Vec::as_slice)
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
    ("sheet.type.text", "text"),
    ("sheet.type.code", "code"),
    ("sheet.type.decimal", "decimal"),
    ("sheet.type.date", "date"),
    ("sheet.type.partialDate", "partialDate"),
    ("sheet.type.timestamp", "timestamp"),
    ("sheet.type.integer", "integer"),
    ("sheet.type.boolean", "boolean"),
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

/// The template in each language: the catalogue, its ids, and what a workbook shows and
/// reads back.
#[cfg(test)]
#[cfg(feature = "xlsx")]
mod language_tests {
    use std::collections::{BTreeSet, HashMap};
    use std::io::Read as _;

    use calamine::{Data, Reader, Xlsx};
    use serde_json::Value;

    use super::*;
    use crate::sheets::read::normalize;
    use crate::sheets::{layout, ExportOptions, ImportOptions};

    fn ftl(lang: Lang, file: &str) -> &'static str {
        crate::i18n::catalogue_source(lang, file).unwrap_or_else(|| panic!("{lang}/{file}"))
    }

    /// The ids a language marks as falling back to English (`# p2c-fallback: <id>`).
    fn fallbacks(lang: Lang) -> BTreeSet<String> {
        crate::i18n::coverage()
            .into_iter()
            .find(|c| c.lang == lang)
            .map(|c| c.fallbacks.into_iter().collect())
            .unwrap_or_default()
    }

    /// Every sheet of a workbook as (row, column) → text, with sheet names in order.
    /// A sheet's name and its cells by (row, column).
    type Sheet = (String, HashMap<(u32, u32), Data>);

    fn read_book(bytes: &[u8]) -> Vec<Sheet> {
        let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let names = wb.sheet_names();
        names
            .into_iter()
            .map(|name| {
                let range = wb.worksheet_range(&name).unwrap();
                let (r0, c0) = range.start().unwrap_or((0, 0));
                let cells = range
                    .used_cells()
                    .map(|(r, c, d)| ((r as u32 + r0, c as u32 + c0), d.clone()))
                    .collect();
                (name, cells)
            })
            .collect()
    }

    fn text_at(cells: &HashMap<(u32, u32), Data>, row: u32, col: u32) -> String {
        cells
            .get(&(row, col))
            .map(|d| d.to_string())
            .unwrap_or_default()
    }

    fn formulas(bytes: &[u8]) -> Vec<String> {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut out = Vec::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            if !f.name().starts_with("xl/worksheets/") {
                continue;
            }
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            for part in s.split("<formula1>").skip(1) {
                out.push(part.split("</formula1>").next().unwrap().to_owned());
            }
        }
        out
    }

    #[test]
    fn the_english_catalogue_is_the_layouts_words() {
        assert_eq!(
            ftl(Lang::En, "template-fields.ftl"),
            fields_catalogue(),
            "run `cargo run -p xtask -- codegen`"
        );
    }

    #[test]
    fn each_catalogue_id_names_one_thing() {
        let l = layout(true);
        let mut ids: HashMap<String, String> = HashMap::new();
        let mut claim = |id: String, what: String| {
            if let Some(other) = ids.insert(id.clone(), what.clone()) {
                assert_eq!(other, what, "{id} names two things");
            }
        };
        for t in &l.tables {
            claim(table_id(&t.name), format!("table {}", t.name));
            for c in &t.columns {
                claim(field_id(&c.path), format!("column {}", c.path));
            }
        }
        for list in &l.codelists {
            claim(codes_id(&list.name, None), format!("list {}", list.name));
            for (code, _) in &list.entries {
                claim(
                    codes_id(&list.name, Some(code)),
                    format!("{} {code}", list.name),
                );
            }
        }
    }

    /// Every title of a table is its own column's in every language: unique among the
    /// language's titles and never another column's English title or path.
    #[test]
    fn translated_titles_name_their_own_column() {
        let l = layout(true);
        for t in &l.tables {
            let english: HashMap<String, &str> = t
                .columns
                .iter()
                .flat_map(|c| {
                    [
                        (normalize(&c.title), c.path.as_str()),
                        (normalize(&c.path), c.path.as_str()),
                    ]
                })
                .collect();
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                let words = InLanguage::new(lang);
                let mut seen = HashMap::new();
                for c in &t.columns {
                    let title = words.text(&format!("field.{}.title", c.path), &c.title);
                    let norm = normalize(&title);
                    if let Some(other) = seen.insert(norm.clone(), c.path.as_str()) {
                        panic!("{lang} {}: `{title}` is {other} and {}", t.name, c.path);
                    }
                    if let Some(path) = english.get(&norm) {
                        assert_eq!(*path, c.path, "{lang} {}: `{title}`", t.name);
                    }
                }
            }
        }
    }

    /// The template in each language: same sheets, paths, codes and dropdowns as the English
    /// one; every title, description, codelist title and non-taxonomy label in the language
    /// (English only where the catalogue says so with a fallback marker, or where the
    /// translation is the English word).
    #[test]
    fn the_template_in_every_language_changes_words_only() {
        let opts = ExportOptions {
            private: true,
            ..ExportOptions::default()
        };
        let english_bytes = crate::sheets::template_xlsx(&opts).unwrap();
        let english = read_book(&english_bytes);
        let l = layout(true);
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let fallen = fallbacks(lang);
            let bytes = crate::sheets::template_xlsx_in(&opts, lang).unwrap();
            let book = read_book(&bytes);
            let names = |b: &[Sheet]| -> Vec<String> { b.iter().map(|(n, _)| n.clone()).collect() };
            assert_eq!(names(&book), names(&english), "{lang}: sheet names");
            assert_eq!(
                formulas(&bytes),
                formulas(&english_bytes),
                "{lang}: dropdowns"
            );
            let sheet = |name: &str| &book.iter().find(|(n, _)| n == name).unwrap().1;
            let english_sheet = |name: &str| &english.iter().find(|(n, _)| n == name).unwrap().1;
            // Is a text English that the language should have translated?
            let untranslated = |id: &str, attr: Option<&str>, shown: &str, english: &str| {
                let own = Localizer::own_text(lang, id, attr);
                let declared = fallen.contains(id)
                    || attr.is_some_and(|a| fallen.contains(&format!("{id}.{a}")));
                match own {
                    Some(t) => t != shown,
                    None => !declared || shown != english,
                }
            };
            for t in &l.tables {
                let cells = sheet(&t.name);
                for (i, c) in t.columns.iter().enumerate() {
                    let col = i as u32;
                    assert_eq!(text_at(cells, 1, col), c.path, "{lang} {}: paths", t.name);
                    let title = text_at(cells, 0, col);
                    assert!(
                        !untranslated(&field_id(&c.path), None, &title, &c.title),
                        "{lang} {}: column {} titled `{title}`",
                        t.name,
                        c.path
                    );
                }
            }
            // README: the same rows (sheet, path), titles and descriptions in the language.
            let readme = sheet("README");
            let english_readme = english_sheet("README");
            let mut described = 0;
            for (&(row, col), value) in english_readme {
                if col != 2 || row < 9 {
                    continue;
                }
                let path = value.to_string();
                assert_eq!(text_at(readme, row, 2), path, "{lang}");
                assert_eq!(text_at(readme, row, 0), text_at(english_readme, row, 0));
                let table = l.table(&text_at(readme, row, 0)).unwrap();
                let c = table.columns.iter().find(|c| c.path == path).unwrap();
                let (title, description) = (text_at(readme, row, 1), text_at(readme, row, 6));
                assert!(!untranslated(&field_id(&path), None, &title, &c.title));
                if let crate::sheets::ValueKind::Scalar(k) | crate::sheets::ValueKind::List(k) =
                    c.kind
                {
                    let id = catalogue_id(&format!("sheet.type.{}", k.as_str()));
                    let own = Localizer::own_text(lang, &id, None).unwrap();
                    assert!(text_at(readme, row, 3).starts_with(&own), "{lang} {path}");
                }
                if c.key && table.kind != crate::sheets::TableKind::Pledges {
                    continue;
                }
                described += 1;
                assert!(
                    !untranslated(
                        &field_id(&path),
                        Some("description"),
                        &description,
                        &c.description
                    ),
                    "{lang}: README description of {path}: `{description}`"
                );
                if let Some(list) = c.codelist.as_deref() {
                    let own = list_title(lang, list);
                    assert_eq!(Some(text_at(readme, row, 5)), own, "{lang} {path}");
                }
            }
            assert!(described > 70, "{lang}: {described}");
            // Codes sheet: the same lists and codes; titles and labels in the language.
            let codes = sheet("codes");
            let english_codes = english_sheet("codes");
            for (i, list) in l.codelists.iter().enumerate() {
                let col = (i * 2) as u32;
                assert_eq!(text_at(codes, 0, col + 1), list.name);
                let own = list_title(lang, &list.name);
                assert_eq!(Some(text_at(codes, 0, col)), own, "{lang}: {}", list.name);
                for (r, (code, label)) in list.entries.iter().enumerate() {
                    let row = r as u32 + 2;
                    assert_eq!(&text_at(codes, row, col), code, "{lang}");
                    assert_eq!(text_at(english_codes, row, col), *code);
                    if list.name == "CurrencyCode" {
                        let c = crate::model::CurrencyCode::new(code).unwrap();
                        let want = Localizer::new(lang).currency_name(c).unwrap_or(label);
                        assert_eq!(text_at(codes, row, col + 1), want, "{lang} {code}");
                    }
                    let id = codes_id(&list.name, Some(code));
                    let shown = text_at(codes, row, col + 1);
                    if ftl(Lang::En, "template-fields.ftl").contains(&format!("\n{id} = ")) {
                        assert!(!untranslated(&id, None, &shown, label), "{lang}: {id}");
                    }
                }
            }
        }
    }

    /// A code list's title in the language's own catalogue (no English fallback).
    fn list_title(lang: Lang, name: &str) -> Option<String> {
        if in_taxonomy(name) {
            let list = codelist_of(name)?;
            Localizer::own_text(lang, &format!("codelist-{list}"), None)
        } else {
            Localizer::own_text(lang, &codes_id(name, None), None)
        }
    }

    fn sample() -> Vec<Value> {
        serde_json::from_str(include_str!("../../../examples/data/pledges.json")).unwrap()
    }

    fn import_options() -> ImportOptions {
        let mut o = ImportOptions::default();
        o.validate.as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
        o
    }

    /// The English export of `docs` with the header rows of the template in `lang`: both rows,
    /// or (`by_title`) the titles alone, on sheets named by the tables' titles in `lang`.
    fn filled_in(docs: &[Value], lang: Lang, by_title: bool) -> Vec<u8> {
        use rust_xlsxwriter::{Format, Workbook};
        let data = read_book(&crate::sheets::export_xlsx(docs, &ExportOptions::default()).unwrap());
        let template =
            read_book(&crate::sheets::template_xlsx_in(&ExportOptions::default(), lang).unwrap());
        let words = InLanguage::new(lang);
        let l = layout(false);
        let date = Format::new().set_num_format("yyyy-mm-dd");
        let mut book = Workbook::new();
        for (name, cells) in &data {
            let Some(table) = l.table(name) else { continue };
            let sheet = book.add_worksheet();
            let sheet_name = if by_title {
                words
                    .text(&format!("table.{name}.title"), &table.title)
                    .into_owned()
            } else {
                name.clone()
            };
            sheet.set_name(&sheet_name).unwrap();
            let head = &template.iter().find(|(n, _)| n == name).unwrap().1;
            let skip = u32::from(by_title);
            let header = head.iter().filter(|((r, _), _)| *r < 2);
            let rows = cells.iter().filter(|((r, _), _)| *r >= 2);
            for (&(row, col), value) in header.chain(rows) {
                if by_title && row == 1 {
                    continue;
                }
                let at = if row >= 2 { row - skip } else { row };
                let c = col as u16;
                match value {
                    Data::String(s) => sheet.write_string(at, c, s).map(|_| ()),
                    Data::Float(f) => sheet.write_number(at, c, *f).map(|_| ()),
                    Data::Int(i) => sheet.write_number(at, c, *i as f64).map(|_| ()),
                    Data::Bool(b) => sheet.write_boolean(at, c, *b).map(|_| ()),
                    Data::DateTime(d) => sheet
                        .write_number_with_format(at, c, d.as_f64(), &date)
                        .map(|_| ()),
                    other => panic!("{other:?}"),
                }
                .unwrap();
            }
        }
        book.save_to_buffer().unwrap()
    }

    /// A template filled in in any language reads back as the same documents, whether the
    /// headers are both rows of the template or the titles in the language alone (and the
    /// sheets are named by their titles in the language).
    #[test]
    fn a_template_filled_in_in_any_language_reads_back() {
        let docs = sample();
        for lang in Lang::ALL {
            for by_title in [false, true] {
                let bytes = filled_in(&docs, lang, by_title);
                let back = crate::sheets::import_xlsx(&bytes, &import_options());
                let codes: Vec<&str> = back.issues.iter().map(|i| i.issue.code).collect();
                assert!(
                    !codes.iter().any(|c| c.starts_with("sheet.")),
                    "{lang} by_title={by_title}: {codes:?}"
                );
                assert_eq!(back.documents.len(), docs.len(), "{lang} {by_title}");
                for (got, want) in back.documents.iter().zip(&docs) {
                    assert_eq!(got, want, "{lang} by_title={by_title}");
                }
            }
        }
    }

    /// Exports in each language (XLSX, and CSV with the titles alone as header) read back as
    /// the same documents.
    #[test]
    fn exports_in_every_language_read_back() {
        let docs = sample();
        for lang in Lang::ALL {
            let bytes =
                crate::sheets::export_xlsx_in(&docs, &ExportOptions::default(), lang).unwrap();
            let back = crate::sheets::import_xlsx(&bytes, &import_options());
            assert_eq!(back.documents, docs, "{lang} xlsx");
            let opts = ExportOptions {
                header_rows: crate::sheets::HeaderRows::Titles,
                ..ExportOptions::default()
            };
            let files = crate::sheets::export_csv_in(&docs, &opts, lang).unwrap();
            let pledges = String::from_utf8(files[0].bytes.clone()).unwrap();
            let amount = InLanguage::new(lang)
                .text("field.financialValue/amount.title", "")
                .into_owned();
            let header = pledges.lines().next().unwrap();
            assert!(header.contains(&amount), "{lang}: {header}");
            assert!(!header.contains("financialValue/amount"), "{lang}");
            let inputs: Vec<(&str, &[u8])> = files
                .iter()
                .map(|f| (f.name.as_str(), f.bytes.as_slice()))
                .collect();
            let back = crate::sheets::import_csv(&inputs, &import_options());
            assert_eq!(back.documents, docs, "{lang} csv");
            let codes: Vec<&str> = back.issues.iter().map(|i| i.issue.code).collect();
            assert!(
                !codes.iter().any(|c| c.starts_with("sheet.")),
                "{lang}: {codes:?}"
            );
        }
    }

    /// Each text of a `template-fields.ftl` by id (`field-x`, `field-x.description`).
    fn texts(lang: Lang) -> HashMap<String, String> {
        let mut out = HashMap::new();
        let mut current = String::new();
        for line in ftl(lang, "template-fields.ftl").lines() {
            if let Some(text) = line.strip_prefix("    .description = ") {
                out.insert(format!("{current}.description"), text.to_owned());
            } else if let Some((id, text)) = line.split_once(" = ") {
                if !line.starts_with('#') {
                    current = id.to_owned();
                    out.insert(current.clone(), text.to_owned());
                }
            }
        }
        out
    }

    /// Codes and paths in backticks are never translated: each translation quotes the same
    /// ones as the English text, and translates every text English has but the declared
    /// fallbacks.
    #[test]
    fn translations_keep_the_codes_in_backticks() {
        let quoted = |s: &str| -> BTreeSet<String> {
            s.split('`').skip(1).step_by(2).map(str::to_owned).collect()
        };
        let english = texts(Lang::En);
        assert!(english.len() > 150, "{}", english.len());
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let own = texts(lang);
            let fallen = fallbacks(lang);
            for id in own.keys() {
                assert!(
                    english.contains_key(id),
                    "{lang}: {id} is not an English text"
                );
            }
            for (id, text) in &english {
                let message = id.split('.').next().unwrap_or(id);
                match own.get(id) {
                    Some(t) => assert_eq!(quoted(t), quoted(text), "{lang} {id}"),
                    None => assert!(
                        fallen.contains(id) || fallen.contains(message),
                        "{lang}: {id} missing"
                    ),
                }
            }
        }
    }
}
