//! The embedded Fluent catalogues and the [`Localizer`] that reads them.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;
use serde_json::{Map, Value};

use super::format::{self, Conventions};
use super::{Direction, Lang};
use crate::model::CountryCode;
use crate::validate::{issue_code, Issue};

include!(concat!(env!("OUT_DIR"), "/country_names.rs"));

/// One embedded catalogue file: its language, its name and its text.
pub(crate) struct Source {
    pub(crate) lang: Lang,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) file: &'static str,
    pub(crate) text: &'static str,
}

macro_rules! sources {
    ($($lang:ident $code:literal [$($file:literal),+]);+ $(;)?) => {
        /// Every catalogue file, embedded at build time.
        pub(crate) static SOURCES: &[Source] = &[
            $($(Source {
                lang: Lang::$lang,
                file: concat!($code, "/", $file),
                text: include_str!(concat!("../../i18n/", $code, "/", $file)),
            },)+)+
        ];
    };
}

sources! {
    Ar "ar" ["codelists.ftl", "html.ftl", "issues.ftl", "report.ftl", "template.ftl", "template-fields.ftl"];
    Zh "zh" ["codelists.ftl", "html.ftl", "issues.ftl", "report.ftl", "template.ftl", "template-fields.ftl"];
    En "en" ["issues.ftl", "report.ftl", "template-fields.ftl"];
    Fr "fr" ["codelists.ftl", "html.ftl", "issues.ftl", "report.ftl", "template.ftl", "template-fields.ftl"];
    Ru "ru" ["codelists.ftl", "html.ftl", "issues.ftl", "report.ftl", "template.ftl", "template-fields.ftl"];
    Es "es" ["codelists.ftl", "html.ftl", "issues.ftl", "report.ftl", "template.ftl", "template-fields.ftl"];
}

/// The text of catalogue file `file` (`template-fields.ftl`) of `lang`, as embedded.
#[cfg(test)]
pub(crate) fn catalogue_source(lang: Lang, file: &str) -> Option<&'static str> {
    SOURCES
        .iter()
        .find(|s| s.lang == lang && s.file.rsplit('/').next() == Some(file))
        .map(|s| s.text)
}

/// The params whose values come from the input: a message quotes them in backticks, and says
/// "the value" in its language when they were redacted ([`crate::validate::ValidateOptions::redact_values`]).
pub(crate) const USER_PARAMS: [&str; 8] = [
    "value",
    "old",
    "new",
    "minAmount",
    "maxAmount",
    "componentsSum",
    "amount",
    "valueDate",
];

/// Variables a message may use that are derived from the params rather than being one:
/// `suggested` is `yes` when the params have a `suggestion`, else `no`.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) const DERIVED_VARIABLES: [&str; 1] = ["suggested"];

struct Catalogue {
    bundles: Vec<FluentBundle<FluentResource>>,
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue {
        bundles: Lang::ALL.iter().map(|&lang| bundle(lang)).collect(),
    })
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = lang
        .code()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolating marks keep left-to-right codes and numbers in order inside Arabic text; in
    // left-to-right languages they would only be noise in terminals and logs.
    bundle.set_use_isolating(lang.dir() == Direction::Rtl);
    for source in SOURCES.iter().filter(|s| s.lang == lang) {
        // The build script has parsed every file, so the error branch keeps what parsed rather
        // than losing a whole file to a bug that a test would already have caught.
        let resource = match FluentResource::try_new(source.text.to_owned()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        // Duplicate ids are reported by the tests; the first definition wins.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// (label, description) of each codelist value, by (codelist, code).
type CodeTexts = HashMap<(&'static str, &'static str), (&'static str, &'static str)>;

/// English labels and descriptions of every codelist value, by (codelist, code).
fn english_codes() -> &'static CodeTexts {
    static CODES: OnceLock<CodeTexts> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut map = HashMap::new();
        for list in crate::taxonomy::codelists() {
            for e in list.entries {
                map.insert((list.name, e.code), (e.label, e.description));
            }
        }
        map
    })
}

fn english_codelist_titles() -> &'static HashMap<&'static str, &'static str> {
    static TITLES: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TITLES.get_or_init(|| {
        crate::taxonomy::codelists()
            .into_iter()
            .map(|l| (l.name, l.title))
            .collect()
    })
}

/// The Fluent message id of an issue code (`money.excess_precision` → `issue-money-excess_precision`).
pub(crate) fn issue_id(code: &str) -> String {
    format!("issue-{}", code.replacen('.', "-", 1))
}

/// The Fluent message id of a codelist value (`code-focusArea-value_creation`).
pub(crate) fn code_id(codelist: &str, code: &str) -> String {
    format!("code-{codelist}-{code}")
}

/// Localized text for one language. Cheap to create and to copy; the catalogues are parsed
/// once per process, on first use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Localizer {
    lang: Lang,
}

impl Localizer {
    /// A localizer for `lang`.
    pub fn new(lang: Lang) -> Localizer {
        Localizer { lang }
    }

    /// A localizer for a language tag; an unknown tag gives English and the warning to show
    /// once (see [`Lang::negotiate`]).
    pub fn for_tag(tag: &str) -> (Localizer, Option<super::LangWarning>) {
        let (lang, warning) = Lang::negotiate(tag);
        (Localizer { lang }, warning)
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The writing direction, for the `dir` attribute of a document.
    pub fn dir(&self) -> Direction {
        self.lang.dir()
    }

    /// The number and date conventions.
    pub fn conventions(&self) -> Conventions {
        Conventions::of(self.lang)
    }

    fn bundle(lang: Lang) -> Option<&'static FluentBundle<FluentResource>> {
        catalogue().bundles.get(lang.index())
    }

    /// Format message `id` (or its attribute `attr`) in `lang` alone, if it is there.
    fn format_in(
        lang: Lang,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let bundle = Self::bundle(lang)?;
        let message = bundle.get_message(id)?;
        let pattern = match attr {
            None => message.value()?,
            Some(a) => message.get_attribute(a)?.value(),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// Format message `id` (or its attribute) in this language, falling back to English.
    fn format(
        &self,
        id: &str,
        attr: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        Self::format_in(self.lang, id, attr, args)
            .or_else(|| Self::format_in(Lang::En, id, attr, args))
    }

    /// The text of message `id` from the report catalogue (`i18n/<lang>/report.ftl`) with its
    /// arguments, falling back to English, and to the id itself when no language has it (a
    /// test keeps every id a renderer uses in the English catalogue).
    ///
    /// Arguments are strings or integers; pass integers as `Value::from(n)` so that plural
    /// rules can pick the right form (`{ $count -> [one] … *[other] … }`).
    pub fn text(&self, id: &str, args: &[(&str, Value)]) -> String {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            fluent.set(k.to_string(), fluent_value(v));
        }
        self.format(id, None, Some(&fluent))
            .unwrap_or_else(|| id.to_owned())
    }

    /// Message `id` of `lang`'s own catalogue (no fallback) as a template for the HTML reports:
    /// each variable in `names` written back as `{name}`, without isolating marks (the page
    /// escapes them, and sets `dir` itself); `None` when `lang` has no such message.
    pub(crate) fn template(lang: Lang, id: &str, names: &[&str]) -> Option<String> {
        let mut args = FluentArgs::new();
        for name in names {
            args.set(name.to_string(), FluentValue::from(format!("{{{name}}}")));
        }
        let text = Self::format_in(lang, id, None, Some(&args))?;
        Some(text.replace(['\u{2068}', '\u{2069}'], ""))
    }

    /// Message `id` (or its attribute `attr`) of `lang`'s own catalogue (no fallback), a text
    /// without variables (spreadsheet titles and labels), without isolating marks; `None`
    /// when `lang` has no such text.
    pub(crate) fn own_text(lang: Lang, id: &str, attr: Option<&str>) -> Option<String> {
        let text = Self::format_in(lang, id, attr, None)?;
        Some(text.replace(['\u{2068}', '\u{2069}'], ""))
    }

    /// Whether message `id` exists in this language itself (no fallback).
    pub fn has(&self, id: &str) -> bool {
        Self::bundle(self.lang).is_some_and(|b| b.has_message(id))
    }

    /// An issue's message in this language, from its code and params (English: the same text
    /// the validator wrote in `message`). An issue whose code has no template in any language
    /// keeps its own message.
    pub fn issue_message(&self, issue: &Issue) -> String {
        let args = self.issue_args(&issue.params);
        self.format(&issue_id(issue.code), None, Some(&args))
            .unwrap_or_else(|| issue.message.clone())
    }

    /// An issue code's one-line title in this language (the catalogue's English otherwise).
    pub fn issue_title(&self, code: &str) -> Option<String> {
        self.code_text(code, "title")
    }

    /// What to do about an issue with this code, in this language (English otherwise).
    pub fn issue_guidance(&self, code: &str) -> Option<String> {
        self.code_text(code, "guidance")
    }

    fn code_text(&self, code: &str, attr: &str) -> Option<String> {
        let info = issue_code(code)?;
        if self.lang != Lang::En {
            if let Some(t) = Self::format_in(self.lang, &issue_id(code), Some(attr), None) {
                return Some(t);
            }
        }
        Some(match attr {
            "title" => info.title.to_owned(),
            _ => info.guidance.to_owned(),
        })
    }

    /// The label of `code` in `codelist` (`focusArea`, `pillar`, `ituRegion`, `p2cTarget`, …)
    /// in this language, English otherwise; `None` when the code is not in the list.
    pub fn code_label(&self, codelist: &str, code: &str) -> Option<String> {
        let (label, _) = english_codes().get(&(codelist, code))?;
        if self.lang != Lang::En {
            if let Some(t) = Self::format_in(self.lang, &code_id(codelist, code), None, None) {
                return Some(t);
            }
        }
        Some((*label).to_owned())
    }

    /// The description of `code` in `codelist` in this language, English otherwise. P2C Targets
    /// and P2C events have their source citation as description, which is not translated.
    pub fn code_description(&self, codelist: &str, code: &str) -> Option<String> {
        let (_, description) = english_codes().get(&(codelist, code))?;
        if self.lang != Lang::En && !CITED.contains(&codelist) {
            let id = code_id(codelist, code);
            if let Some(t) = Self::format_in(self.lang, &id, Some("description"), None) {
                return Some(t);
            }
        }
        Some((*description).to_owned())
    }

    /// A codelist's title (`focusArea` → "Focus area") in this language, English otherwise.
    pub fn codelist_title(&self, codelist: &str) -> Option<String> {
        let title = english_codelist_titles().get(codelist)?;
        if self.lang != Lang::En {
            let id = format!("codelist-{codelist}");
            if let Some(t) = Self::format_in(self.lang, &id, None, None) {
                return Some(t);
            }
        }
        Some((*title).to_owned())
    }

    /// A focus area's tagline ("Connecting people everywhere") in this language.
    pub fn focus_area_tagline(&self, area: crate::taxonomy::FocusArea) -> String {
        use crate::taxonomy::Codelist;
        let id = code_id("focusArea", area.code());
        Self::format_in(self.lang, &id, Some("tagline"), None)
            .unwrap_or_else(|| area.tagline().to_owned())
    }

    /// The UN M49 name of a country in this language (`data/un_m49_names.csv`); `None` for a
    /// code p2c does not know.
    pub fn country_name(&self, code: CountryCode) -> Option<&'static str> {
        let i = COUNTRY_NAMES
            .binary_search_by(|(iso3, _)| (*iso3).cmp(code.as_str()))
            .ok()?;
        COUNTRY_NAMES
            .get(i)
            .and_then(|(_, names)| names.get(self.lang.index()).copied())
    }

    /// The name of a currency in this language: in English the ISO 4217 name
    /// ([`crate::money::currency::currencies`]), in the other languages the CLDR display name
    /// (`data/currency_names.csv`, see `data/SOURCES.md`). `None` for a code p2c does not know,
    /// or where CLDR has no name in this language (a few fund codes and units of account; the
    /// caller then shows the English name).
    pub fn currency_name(&self, code: crate::model::CurrencyCode) -> Option<&'static str> {
        if self.lang == Lang::En {
            return crate::money::currency::currencies()
                .iter()
                .find(|c| c.code == code)
                .map(|c| c.name);
        }
        currency_names()
            .get(code.as_str())
            .and_then(|names| names.get(self.lang.index()))
            .map(String::as_str)
            .filter(|name| !name.is_empty())
    }

    /// An amount rounded half-even to `dp` places in this language's conventions (exact).
    pub fn amount(&self, value: Decimal, dp: u32) -> String {
        self.conventions().decimal(value, dp)
    }

    /// An integer with this language's grouping separator.
    pub fn integer(&self, value: u64) -> String {
        self.conventions().integer(value)
    }

    /// A fraction as a percentage with one decimal (`0.2345` → "23,5 %" in French).
    pub fn percent(&self, share: Decimal) -> String {
        self.conventions().percent(share)
    }

    /// A date in this language's long form (ISO 8601 in English).
    pub fn date(&self, d: NaiveDate) -> String {
        format::date(self.lang, d)
    }

    /// The Fluent arguments of an issue's params: user values quoted in backticks (or "the
    /// value" when redacted), integers as numbers for plural rules, lists of codes quoted and
    /// joined, and the derived variables.
    pub(crate) fn issue_args(&self, params: &Map<String, Value>) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (k, v) in params {
            if USER_PARAMS.contains(&k.as_str()) {
                args.set(k.clone(), FluentValue::from(format!("`{}`", plain(v))));
            } else {
                args.set(k.clone(), fluent_value(v));
            }
        }
        let mut redacted: Option<String> = None;
        for k in USER_PARAMS {
            if !params.contains_key(k) {
                let text = redacted.get_or_insert_with(|| {
                    self.format("redacted-value", None, None)
                        .unwrap_or_else(|| "the value".to_owned())
                });
                args.set(k, FluentValue::from(text.clone()));
            }
        }
        let suggested = if params.contains_key("suggestion") {
            "yes"
        } else {
            "no"
        };
        args.set("suggested", FluentValue::from(suggested));
        args
    }
}

/// CLDR currency names by ISO 4217 code, one slot per language in [`Lang::ALL`] order (empty
/// where CLDR has none, and for English, whose names are ISO's), parsed once from the embedded
/// `data/currency_names.csv` (columns `alpha3`, then one per language code).
fn currency_names() -> &'static HashMap<String, [String; 6]> {
    static NAMES: OnceLock<HashMap<String, [String; 6]>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut reader =
            csv::Reader::from_reader(include_str!("../../data/currency_names.csv").as_bytes());
        let langs: Vec<Option<Lang>> = reader
            .headers()
            .map(|h| h.iter().map(Lang::parse).collect())
            .unwrap_or_default();
        let mut map = HashMap::new();
        for record in reader.records().flatten() {
            let Some(code) = record.get(0) else { continue };
            let mut names: [String; 6] = Default::default();
            for (field, lang) in record.iter().zip(&langs).skip(1) {
                if let Some(slot) = lang.and_then(|l| names.get_mut(l.index())) {
                    *slot = field.to_owned();
                }
            }
            map.insert(code.to_owned(), names);
        }
        map
    })
}

/// A param as plain text: strings as they are, numbers as written, lists joined.
fn plain(v: &Value) -> Cow<'_, str> {
    match v {
        Value::String(s) => Cow::Borrowed(s),
        Value::Array(items) => Cow::Owned(
            items
                .iter()
                .map(|x| format!("`{}`", plain(x)))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        other => Cow::Owned(other.to_string()),
    }
}

/// Largest integer a Fluent number (an `f64`) holds exactly: larger ones are passed as text.
const EXACT_INTEGER: u64 = 1 << 53;

fn fluent_value(v: &Value) -> FluentValue<'static> {
    match v {
        Value::Number(n) => {
            let small = n
                .as_u64()
                .map(|u| u <= EXACT_INTEGER)
                .or_else(|| n.as_i64().map(|i| i.unsigned_abs() <= EXACT_INTEGER))
                .unwrap_or(false);
            match (small, n.as_i64(), n.as_u64()) {
                (true, Some(i), _) => FluentValue::from(i),
                (true, None, Some(u)) => FluentValue::from(u),
                _ => FluentValue::from(n.to_string()),
            }
        }
        other => FluentValue::from(plain(other).into_owned()),
    }
}

/// How complete one language's catalogue is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LangCoverage {
    /// The language.
    pub lang: Lang,
    /// Texts the language has (messages and attributes), in all.
    pub translated: usize,
    /// Of those, texts under an `## origin: official …` group (a UN or ITU form).
    pub official: usize,
    /// Of those, texts under an `## origin: p2c` group (written for p2c).
    pub p2c: usize,
    /// Texts English has that this language leaves to English, each marked
    /// `# p2c-fallback: <id>`.
    pub fallbacks: Vec<String>,
    /// Country names (all from UN M49 but `TWN`, see `data/SOURCES.md`).
    pub country_names: usize,
}

/// The texts (message values and attributes, as `id` or `id.attr`) of one catalogue file, with
/// the origin of the group each is in, and the ids it marks as falling back to English.
pub(crate) struct FileIndex {
    pub(crate) texts: BTreeMap<String, Origin>,
    pub(crate) fallbacks: Vec<String>,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) duplicates: Vec<String>,
}

/// Where a translation comes from, by the `## origin:` group comment above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// No origin declared (English source files need none).
    None,
    /// An official UN or ITU form.
    Official,
    /// Written for p2c.
    P2c,
}

pub(crate) fn index(text: &str) -> FileIndex {
    use fluent_syntax::ast::{Entry, Pattern};
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut origin = Origin::None;
    let mut texts = BTreeMap::new();
    let mut fallbacks = Vec::new();
    let mut duplicates = Vec::new();
    let comment_lines =
        |content: &[&str]| -> Vec<String> { content.iter().map(|l| l.trim().to_owned()).collect() };
    let scan_fallbacks = |lines: &[String], fallbacks: &mut Vec<String>| {
        for l in lines {
            if let Some(rest) = l.strip_prefix("p2c-fallback:") {
                fallbacks.extend(rest.split_whitespace().map(str::to_owned));
            }
        }
    };
    let mut put = |key: String, origin: Origin, texts: &mut BTreeMap<String, Origin>| {
        if texts.insert(key.clone(), origin).is_some() {
            duplicates.push(key);
        }
    };
    for entry in &resource.body {
        match entry {
            Entry::GroupComment(c) => {
                for l in comment_lines(&c.content) {
                    if let Some(rest) = l.strip_prefix("origin:") {
                        let rest = rest.trim();
                        origin = if rest.starts_with("official") {
                            Origin::Official
                        } else if rest.starts_with("p2c") {
                            Origin::P2c
                        } else {
                            Origin::None
                        };
                    }
                }
            }
            Entry::Comment(c) | Entry::ResourceComment(c) => {
                scan_fallbacks(&comment_lines(&c.content), &mut fallbacks);
            }
            Entry::Message(m) => {
                if let Some(c) = &m.comment {
                    scan_fallbacks(&comment_lines(&c.content), &mut fallbacks);
                }
                let id = m.id.name.to_owned();
                if m.value
                    .as_ref()
                    .is_some_and(|p: &Pattern<&str>| !p.elements.is_empty())
                {
                    put(id.clone(), origin, &mut texts);
                }
                for a in &m.attributes {
                    put(format!("{id}.{}", a.id.name), origin, &mut texts);
                }
            }
            _ => {}
        }
    }
    FileIndex {
        texts,
        fallbacks,
        duplicates,
    }
}

/// Every text English has: the English catalogue's messages, and for each issue code and
/// codelist value the title, guidance, label and description that live in Rust tables.
pub(crate) fn english_texts() -> Vec<String> {
    let mut all: Vec<String> = SOURCES
        .iter()
        .filter(|s| s.lang == Lang::En)
        .flat_map(|s| index(s.text).texts.into_keys())
        .collect();
    for info in crate::validate::issue_codes() {
        let id = issue_id(info.code);
        all.push(format!("{id}.title"));
        all.push(format!("{id}.guidance"));
    }
    for list in crate::taxonomy::codelists() {
        all.push(format!("codelist-{}", list.name));
        for e in &list.entries {
            let id = code_id(list.name, e.code);
            all.push(id.clone());
            // P2C Targets' and P2C events' descriptions are source citations, not translated.
            if !CITED.contains(&list.name) {
                all.push(format!("{id}.description"));
            }
        }
    }
    // The HTML reports' words: English in `html/text.rs`.
    all.extend(crate::html::message_ids());
    // The spreadsheet template's fixed words: English in `sheets/text.rs`.
    all.extend(
        crate::sheets::TEMPLATE_MESSAGES
            .iter()
            .map(|(id, _)| crate::sheets::text::catalogue_id(id)),
    );
    for area in <crate::taxonomy::FocusArea as crate::taxonomy::Codelist>::all() {
        use crate::taxonomy::Codelist;
        all.push(format!("{}.tagline", code_id("focusArea", area.code())));
    }
    all.sort();
    all.dedup();
    all
}

/// The codelists whose descriptions are source citations: quoted as the sources give them, in
/// every language.
pub(crate) const CITED: [&str; 2] = ["p2cTarget", "p2cEvent"];

/// How complete each language is (English included: it is complete by definition).
pub fn coverage() -> Vec<LangCoverage> {
    let english = english_texts();
    Lang::ALL
        .iter()
        .map(|&lang| {
            let mut texts = BTreeMap::new();
            let mut fallbacks = Vec::new();
            for s in SOURCES.iter().filter(|s| s.lang == lang) {
                let i = index(s.text);
                texts.extend(i.texts);
                fallbacks.extend(i.fallbacks);
            }
            let (official, p2c) = texts.values().fold((0, 0), |(o, p), origin| match origin {
                Origin::Official => (o + 1, p),
                Origin::P2c => (o, p + 1),
                Origin::None => (o, p),
            });
            let translated = if lang == Lang::En {
                english.len()
            } else {
                texts.len()
            };
            fallbacks.sort();
            LangCoverage {
                lang,
                translated,
                official,
                p2c,
                fallbacks,
                country_names: COUNTRY_NAMES.len(),
            }
        })
        .collect()
}
