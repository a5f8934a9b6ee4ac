//! The tests that keep the catalogues complete and consistent with the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde_json::Value;

use super::catalogue::{
    english_texts, index, issue_id, Origin, DERIVED_VARIABLES, SOURCES, USER_PARAMS,
};
use super::{Direction, Lang, Localizer};
use crate::taxonomy::Codelist;
use crate::validate::{self, Report, ValidateOptions};

// --- the shared validation vectors ---------------------------------------------------------

fn vector_cases() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/validation");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let list: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        for case in list {
            let name = format!(
                "{}: {}",
                f.file_name().unwrap().to_string_lossy(),
                case["description"].as_str().unwrap_or_default()
            );
            out.push((name, case));
        }
    }
    assert!(out.len() > 100, "{} vector cases", out.len());
    out
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// The report of a case, run as `tests/vectors/README.md` says.
fn run(case: &Value) -> Report {
    let opts: ValidateOptions = match case.get("options") {
        Some(o) => serde_json::from_value(o.clone()).unwrap(),
        None => ValidateOptions::default(),
    };
    let mode = case.get("mode").and_then(Value::as_str).unwrap_or("pledge");
    let batch = mode == "batch";
    if mode == "update" {
        let old = crate::parse_pledge_value(&case["input"]["old"]).unwrap();
        let new = crate::parse_pledge_value(&case["input"]["new"]).unwrap();
        return validate::validate_update(&old, &new, &opts);
    }
    if let Some(h) = case.get("inputBytesHex").and_then(Value::as_str) {
        let bytes = hex(h);
        return if batch {
            validate::validate_batch_bytes(&bytes, &opts)
        } else {
            validate::validate_bytes(&bytes, &opts)
        };
    }
    let text = match case.get("inputText").and_then(Value::as_str) {
        Some(t) => t.to_owned(),
        None => serde_json::to_string(&case["input"]).unwrap(),
    };
    if batch {
        validate::validate_batch_str(&text, &opts)
    } else {
        validate::validate_str(&text, &opts)
    }
}

fn vector_reports() -> Vec<(String, Report)> {
    vector_cases()
        .into_iter()
        .map(|(name, case)| (name, run(&case)))
        .collect()
}

/// The param names each code is seen with in the vectors (the validation vectors, and the
/// spreadsheet vectors for the `sheet.*` codes).
fn params_seen() -> BTreeMap<&'static str, BTreeSet<String>> {
    let mut seen: BTreeMap<&'static str, BTreeSet<String>> = BTreeMap::new();
    let sheet_issues = sheet_vector_imports()
        .into_iter()
        .flat_map(|i| i.issues.into_iter().map(|s| s.issue));
    for issue in vector_reports()
        .into_iter()
        .flat_map(|(_, r)| r.issues)
        .chain(sheet_issues)
    {
        seen.entry(issue.code)
            .or_default()
            .extend(issue.params.keys().cloned());
    }
    seen
}

/// Every case of `tests/vectors/sheets/cases.json`, imported (as `tests/sheet_vectors.rs`
/// runs them).
fn sheet_vector_imports() -> Vec<crate::sheets::Import> {
    use crate::sheets::{import_csv, import_xlsx, ImportOptions};
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/sheets");
    let text = std::fs::read_to_string(dir.join("cases.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    cases
        .iter()
        .map(|case| {
            let options: ImportOptions = case
                .get("options")
                .map(|o| serde_json::from_value(o.clone()).unwrap())
                .unwrap_or_default();
            let files: Vec<(String, Vec<u8>)> = case["files"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    let f = f.as_str().unwrap();
                    let name = f.rsplit('/').next().unwrap().to_owned();
                    (name, std::fs::read(dir.join(f)).unwrap())
                })
                .collect();
            if case["format"] == "xlsx" {
                import_xlsx(&files[0].1, &options)
            } else {
                let inputs: Vec<(&str, &[u8])> = files
                    .iter()
                    .map(|(n, b)| (n.as_str(), b.as_slice()))
                    .collect();
                import_csv(&inputs, &options)
            }
        })
        .collect()
}

/// Text a Fluent formatting error leaves in its output.
fn has_fluent_error(text: &str) -> bool {
    text.contains("{$") || text.contains("{???}") || text.contains("{-")
}

#[test]
fn every_vector_issue_renders_in_english_exactly_as_the_validator_wrote_it() {
    let en = Localizer::new(Lang::En);
    let mut checked = 0;
    for (name, report) in vector_reports() {
        for issue in &report.issues {
            assert!(
                en.has(&issue_id(issue.code)),
                "{name}: no English template for {}",
                issue.code
            );
            assert_eq!(
                en.issue_message(issue),
                issue.message,
                "{name}: {} {} {:?}",
                issue.code,
                issue.path,
                issue.params
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn every_issue_code_has_an_english_template() {
    let en = Localizer::new(Lang::En);
    for info in validate::issue_codes() {
        assert!(en.has(&issue_id(info.code)), "{}", info.code);
    }
}

#[test]
fn the_vectors_in_every_language_keep_codes_paths_and_params() {
    let reports = vector_reports();
    for lang in Lang::ALL {
        for (name, report) in &reports {
            let localized = report.localized(lang);
            assert_eq!(localized.valid, report.valid, "{name}");
            assert_eq!(localized.issues.len(), report.issues.len(), "{name}");
            for (a, b) in report.issues.iter().zip(&localized.issues) {
                assert_eq!(
                    (a.code, a.severity, &a.path, &a.params),
                    (b.code, b.severity, &b.path, &b.params),
                    "{lang} {name}"
                );
                assert!(
                    !b.message.trim().is_empty() && !has_fluent_error(&b.message),
                    "{lang} {name}: {} gave {:?}",
                    b.code,
                    b.message
                );
                assert_eq!(b.message, a.message_in(lang), "{lang} {name}");
                if lang != Lang::En && Localizer::new(lang).has(&issue_id(a.code)) {
                    assert_ne!(
                        b.message, a.message,
                        "{lang} {name}: {} untranslated",
                        a.code
                    );
                }
            }
        }
    }
}

#[test]
fn redacted_values_are_said_in_the_language() {
    let opts = ValidateOptions {
        redact_values: true,
        ..ValidateOptions::default()
    };
    let report = validate::validate_str(
        r#"{"formatVersion": "1.0", "id": "P1", "title": "t", "focusAreas": ["acess"]}"#,
        &opts,
    );
    let issue = report
        .issues
        .iter()
        .find(|i| i.code == "structure.unknown_code")
        .unwrap();
    assert!(!issue.params.contains_key("value"));
    assert!(
        issue.message.starts_with("the value is not"),
        "{}",
        issue.message
    );
    for lang in Lang::ALL {
        let text = issue.message_in(lang);
        assert!(
            !text.contains("acess") && !has_fluent_error(&text),
            "{lang}: {text}"
        );
        let redacted = Localizer::new(lang).text("redacted-value", &[]);
        assert!(text.contains(&redacted), "{lang}: {text} lacks {redacted}");
    }
}

// --- completeness ------------------------------------------------------------------------

fn lang_index(lang: Lang) -> (BTreeMap<String, Origin>, Vec<String>) {
    let mut texts = BTreeMap::new();
    let mut fallbacks = Vec::new();
    for s in SOURCES.iter().filter(|s| s.lang == lang) {
        let i = index(s.text);
        assert!(
            i.duplicates.is_empty(),
            "{}: defined twice: {:?}",
            s.file,
            i.duplicates
        );
        for k in i.texts.keys() {
            assert!(
                !texts.contains_key(k),
                "{}: {k} also defined in another file",
                s.file
            );
        }
        texts.extend(i.texts);
        fallbacks.extend(i.fallbacks);
    }
    (texts, fallbacks)
}

#[test]
fn every_english_text_is_in_every_language_or_marked_as_falling_back() {
    let english: BTreeSet<String> = english_texts().into_iter().collect();
    let mut missing_report = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (texts, fallbacks) = lang_index(lang);
        let fallbacks: BTreeSet<String> = fallbacks.into_iter().collect();
        for id in &english {
            // A fallback marker names a message: it covers the message and its attributes.
            let message = id.split('.').next().unwrap_or(id);
            if !texts.contains_key(id) && !fallbacks.contains(id) && !fallbacks.contains(message) {
                missing_report.push(format!("{lang}: {id}"));
            }
        }
        for id in texts.keys() {
            assert!(
                english.contains(id),
                "{lang}: {id} is not an English text (typo or stale)"
            );
        }
        for id in &fallbacks {
            let covers = english
                .iter()
                .any(|e| e == id || e.starts_with(&format!("{id}.")));
            assert!(covers, "{lang}: fallback marker for unknown text {id}");
            assert!(
                !texts.contains_key(id),
                "{lang}: {id} is translated and marked as falling back"
            );
        }
    }
    assert!(
        missing_report.is_empty(),
        "missing without a `# p2c-fallback: <id>` marker:\n{}",
        missing_report.join("\n")
    );
}

#[test]
fn every_translation_says_where_it_comes_from() {
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let (texts, _) = lang_index(lang);
        for (id, origin) in texts {
            assert!(
                origin != Origin::None,
                "{lang}: {id} is under no `## origin: official …` or `## origin: p2c` group"
            );
        }
    }
}

#[test]
fn english_files_define_no_attributes_that_rust_tables_own() {
    let (texts, fallbacks) = lang_index(Lang::En);
    assert!(fallbacks.is_empty());
    for id in texts.keys() {
        assert!(
            !id.starts_with("code-") && !id.starts_with("codelist-"),
            "{id}"
        );
        assert!(
            !id.ends_with(".title") && !id.ends_with(".guidance"),
            "{id}"
        );
    }
}

// --- placeholders --------------------------------------------------------------------------

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// The variables of every text (`id`, `id.attr`) of a language.
fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for s in SOURCES.iter().filter(|s| s.lang == lang) {
        let resource = fluent_syntax::parser::parse(s.text).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            if let Some(v) = &m.value {
                let mut vars = BTreeSet::new();
                pattern_vars(v, &mut vars);
                out.insert(m.id.name.to_owned(), vars);
            }
            for a in &m.attributes {
                let mut vars = BTreeSet::new();
                pattern_vars(&a.value, &mut vars);
                out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
            }
        }
    }
    out
}

#[test]
fn placeholders_match_english_and_the_params_each_code_emits() {
    let english = variables(Lang::En);
    let seen = params_seen();
    let allowed_extra: BTreeSet<String> = DERIVED_VARIABLES
        .iter()
        .chain(USER_PARAMS.iter())
        .map(|s| (*s).to_owned())
        .collect();
    // English issue templates use only params their code emits (or derived variables).
    for info in validate::issue_codes() {
        let id = issue_id(info.code);
        let vars = english.get(&id).cloned().unwrap_or_default();
        let params = seen.get(info.code).cloned().unwrap_or_default();
        for v in &vars {
            assert!(
                params.contains(v) || allowed_extra.contains(v),
                "en {id}: `${v}` is not a param of {} (seen: {params:?})",
                info.code
            );
        }
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        for (id, vars) in variables(lang) {
            if id.ends_with(".title")
                || id.ends_with(".guidance")
                || id.ends_with(".description")
                || id.ends_with(".tagline")
                || id.starts_with("code-")
                || id.starts_with("codelist-")
            {
                assert!(vars.is_empty(), "{lang} {id}: static text uses {vars:?}");
                continue;
            }
            let Some(en_vars) = english.get(&id) else {
                continue; // reported by the completeness test
            };
            for v in en_vars {
                assert!(
                    vars.contains(v),
                    "{lang} {id}: does not show `${v}`, which English shows"
                );
            }
            let code_params: BTreeSet<String> = validate::issue_codes()
                .iter()
                .find(|c| issue_id(c.code) == id)
                .and_then(|c| seen.get(c.code).cloned())
                .unwrap_or_default();
            for v in &vars {
                assert!(
                    en_vars.contains(v) || code_params.contains(v) || allowed_extra.contains(v),
                    "{lang} {id}: `${v}` is neither in English nor a param of the code"
                );
            }
        }
    }
}

// --- tags, direction, names ----------------------------------------------------------------

#[test]
fn tags_parse_and_unknown_ones_fall_back_to_english_with_one_warning() {
    for (tag, lang) in [
        ("fr", Lang::Fr),
        ("FR-ca", Lang::Fr),
        ("zh-Hans-CN", Lang::Zh),
        ("zh_TW.UTF-8", Lang::Zh),
        ("es_AR.UTF-8", Lang::Es),
        ("ar-EG", Lang::Ar),
        ("ru", Lang::Ru),
        ("C", Lang::En),
        ("en-GB", Lang::En),
    ] {
        assert_eq!(Lang::negotiate(tag), (lang, None), "{tag}");
        assert_eq!(tag.parse::<Lang>(), Ok(lang));
    }
    for tag in ["de", "", "klingon", "pt-BR", "x"] {
        let (lang, warning) = Lang::negotiate(tag);
        assert_eq!(lang, Lang::En);
        let warning = warning.unwrap();
        assert_eq!(warning.tag, tag);
        assert!(warning.to_string().contains("using English"));
        assert!(tag.parse::<Lang>().is_err());
    }
    let (loc, warning) = Localizer::for_tag("de-CH");
    assert_eq!((loc.lang(), warning.is_some()), (Lang::En, true));
    // As an option value: an unknown language is a serde error naming it (strict parsing for
    // options that are not on a validation path).
    assert!(serde_json::from_str::<Lang>("\"de\"")
        .unwrap_err()
        .to_string()
        .contains("`de`"));
    assert_eq!(serde_json::from_str::<Lang>("\"es-MX\"").unwrap(), Lang::Es);
}

#[test]
fn arabic_is_right_to_left_and_isolates_its_placeables() {
    assert_eq!(Lang::Ar.dir(), Direction::Rtl);
    assert_eq!(Localizer::new(Lang::Ar).dir().as_str(), "rtl");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Ar) {
        assert_eq!(lang.dir(), Direction::Ltr);
    }
    let report = validate::validate_str(
        r#"{"formatVersion": "1.0", "id": "P1", "titel": "x"}"#,
        &ValidateOptions::default(),
    );
    let typo = report
        .issues
        .iter()
        .find(|i| i.code == "structure.unknown_field")
        .unwrap();
    let ar = typo.message_in(Lang::Ar);
    assert!(ar.contains("\u{2068}titel\u{2069}"), "{ar:?}");
    assert!(!typo.message_in(Lang::Fr).contains('\u{2068}'));
}

#[test]
fn every_country_has_a_name_in_every_language() {
    for c in crate::geo::countries() {
        for lang in Lang::ALL {
            let name = Localizer::new(lang).country_name(c.iso3);
            assert!(name.is_some_and(|n| !n.is_empty()), "{} {lang}", c.iso3);
        }
        assert_ne!(
            Localizer::new(Lang::Fr).country_name(c.iso3),
            Localizer::new(Lang::Zh).country_name(c.iso3)
        );
    }
    let civ = crate::model::CountryCode::new("CIV").unwrap();
    assert_eq!(
        Localizer::new(Lang::Es).country_name(civ),
        Some("Côte d’Ivoire")
    );
    assert_eq!(
        Localizer::new(Lang::Ru).country_name(civ),
        Some("Кот-д'Ивуар")
    );
    let xxx = crate::model::CountryCode::new("XXX").unwrap();
    assert_eq!(Localizer::new(Lang::Fr).country_name(xxx), None);
}

#[test]
fn every_codelist_value_has_a_label_and_description_in_every_language() {
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        for list in crate::taxonomy::codelists() {
            assert!(loc.codelist_title(list.name).is_some_and(|t| !t.is_empty()));
            for e in &list.entries {
                let label = loc.code_label(list.name, e.code).unwrap();
                let description = loc.code_description(list.name, e.code).unwrap();
                assert!(
                    !label.is_empty() && !description.is_empty(),
                    "{lang} {} {}",
                    list.name,
                    e.code
                );
                assert!(!has_fluent_error(&label) && !has_fluent_error(&description));
                if lang == Lang::En {
                    assert_eq!(
                        (label.as_str(), description.as_str()),
                        (e.label, e.description)
                    );
                }
            }
        }
        for area in crate::taxonomy::FocusArea::all() {
            assert!(!loc.focus_area_tagline(*area).is_empty());
        }
        for info in validate::issue_codes() {
            let title = loc.issue_title(info.code).unwrap();
            let guidance = loc.issue_guidance(info.code).unwrap();
            assert!(
                !title.is_empty() && !guidance.is_empty(),
                "{lang} {}",
                info.code
            );
            if lang == Lang::En {
                assert_eq!(
                    (title.as_str(), guidance.as_str()),
                    (info.title, info.guidance)
                );
            }
        }
        assert_eq!(loc.code_label("focusArea", "nope"), None);
        assert_eq!(loc.issue_title("nope.nope"), None);
    }
}

#[test]
fn coverage_is_reported_for_every_language() {
    let coverage = super::coverage();
    assert_eq!(coverage.len(), 6);
    let english = coverage.iter().find(|c| c.lang == Lang::En).unwrap();
    assert!(english.fallbacks.is_empty() && english.translated > 300);
    for c in &coverage {
        assert_eq!(c.country_names, crate::geo::countries().len());
    }
}

// --- reports -------------------------------------------------------------------------------

fn sample_summary(
    attribution: crate::aggregate::Attribution,
    region_mode: crate::aggregate::RegionMode,
) -> crate::aggregate::Summary {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let pledges = crate::parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut opts = crate::aggregate::SummaryOptions::embedded("2025-07-07".parse().unwrap());
    opts.attribution = attribution;
    opts.region_mode = region_mode;
    crate::aggregate::summarize(&pledges, &opts).unwrap()
}

/// English report texts that need no argument, by id.
fn english_static_report_texts() -> Vec<(String, String)> {
    let vars = variables(Lang::En);
    let en = Localizer::new(Lang::En);
    let (texts, _) = lang_index(Lang::En);
    texts
        .keys()
        .filter(|id| !id.starts_with("issue-") && !id.contains('.'))
        .filter(|id| vars.get(*id).is_some_and(BTreeSet::is_empty))
        .map(|id| (id.clone(), en.text(id, &[])))
        .collect()
}

#[test]
fn the_english_notes_in_the_catalogue_are_the_summarys() {
    use crate::aggregate::{Attribution, RegionMode};
    let en = Localizer::new(Lang::En);
    let mut catalogue: BTreeSet<String> = [
        "note-double-counting",
        "note-attribution-full",
        "note-attribution-equal-split",
        "note-attribution-declared-shares",
        "note-regions-primary-or-any",
        "note-regions-primary-only",
        "note-country-groups",
        "note-amounts",
    ]
    .iter()
    .map(|id| en.text(id, &[]))
    .collect();
    catalogue.insert(en.text("note-as-of", &[("asOf", Value::from("2025-07-07"))]));
    for attribution in [
        Attribution::Full,
        Attribution::EqualSplit,
        Attribution::DeclaredShares,
    ] {
        for mode in [RegionMode::PrimaryOrAny, RegionMode::PrimaryOnly] {
            let summary = sample_summary(attribution, mode);
            for note in &summary.notes {
                assert!(catalogue.contains(note), "not in en/report.ftl: {note}");
                for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                    let text = summary.render_text_in(&Localizer::new(lang));
                    assert!(
                        !text.contains(note.as_str()),
                        "{lang}: English note left: {note}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_new_between_note_is_the_catalogues_and_translated() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let pledges = crate::parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut opts = crate::aggregate::SummaryOptions::embedded("2025-07-07".parse().unwrap());
    opts.filters.new_between = Some(("2023-01-01".parse().unwrap(), "2023-12-31".parse().unwrap()));
    let summary = crate::aggregate::summarize(&pledges, &opts).unwrap();
    let note = summary.notes.last().unwrap();
    let en = Localizer::new(Lang::En);
    let from = Value::from("2023-01-01");
    let to = Value::from("2023-12-31");
    assert_eq!(
        *note,
        en.text("note-new-between", &[("from", from), ("to", to)])
    );
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let text = summary.render_text_in(&Localizer::new(lang));
        assert!(!text.contains(note.as_str()), "{lang}: English note left");
        assert!(!text.contains("new between"), "{lang}: English note left");
    }
}

#[test]
fn dashboards_and_profiles_in_every_language_leave_no_english_heading() {
    use crate::aggregate::{Attribution, RegionMode};
    let summary = sample_summary(Attribution::Full, RegionMode::PrimaryOrAny);
    let english = summary.render_text();
    assert_eq!(english, summary.render_text_in(&Localizer::new(Lang::En)));
    let ken = crate::model::CountryCode::new("KEN").unwrap();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let pledges = crate::parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap();
    let opts = crate::aggregate::SummaryOptions::embedded("2025-07-07".parse().unwrap());
    let profile =
        crate::aggregate::country_profile(&pledges, ken, "2025-07-07".parse().unwrap(), &opts)
            .unwrap();
    let statics = english_static_report_texts();
    assert!(statics.len() > 60, "{}", statics.len());
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let loc = Localizer::new(lang);
        for text in [summary.render_text_in(&loc), profile.render_text_in(&loc)] {
            assert!(!has_fluent_error(&text), "{lang}:\n{text}");
            for (id, en) in &statics {
                let translated = loc.text(id, &[]);
                if translated != *en && en.chars().count() > 4 {
                    for line in text.lines() {
                        assert!(
                            !line.trim_start().starts_with(en.as_str()),
                            "{lang}: English `{en}` ({id}) left in:\n{line}"
                        );
                    }
                }
            }
        }
    }
    // Amounts keep their digits, in the language's separators.
    let fr = summary.render_text_in(&Localizer::new(Lang::Fr));
    let total = Localizer::new(Lang::Fr).amount(summary.value.total, 2);
    assert!(fr.contains(&total), "{total}");
    assert!(total.contains(','), "{total}");
}

#[test]
fn every_catalogue_file_is_embedded() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut on_disk = BTreeSet::new();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            Lang::parse(&lang).is_some(),
            "i18n/{lang} is not a UN language"
        );
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            if f.extension().is_some_and(|x| x == "ftl") {
                on_disk.insert(format!(
                    "{lang}/{}",
                    f.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    let embedded: BTreeSet<String> = SOURCES.iter().map(|s| s.file.to_owned()).collect();
    assert_eq!(
        on_disk, embedded,
        "add new files to `sources!` in catalogue.rs"
    );
}

#[test]
fn a_language_option_never_fails_to_parse() {
    #[derive(serde::Deserialize)]
    struct Call {
        lang: Option<super::LangTag>,
    }
    for (json, lang, warned) in [
        (r#"{"lang": "fr-CA"}"#, Lang::Fr, false),
        (r#"{"lang": "tlh"}"#, Lang::En, true),
        (r#"{}"#, Lang::En, false),
    ] {
        let call: Call = serde_json::from_str(json).unwrap();
        let (got, warning) = call.lang.map_or((Lang::En, None), |t| t.negotiate());
        assert_eq!((got, warning.is_some()), (lang, warned), "{json}");
    }
}

#[test]
fn hostile_inputs_render_in_every_language() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/hostile");
    let mut rendered = 0;
    for f in std::fs::read_dir(dir).unwrap() {
        let f = f.unwrap().path();
        if f.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        for case in file["cases"].as_array().unwrap() {
            let bytes = match (case.get("input"), case.get("inputHex")) {
                (Some(Value::String(s)), _) => s.as_bytes().to_vec(),
                (_, Some(Value::String(h))) => hex(h),
                _ => continue, // generated inputs: the hostile runner's
            };
            let opts = ValidateOptions::default();
            let report = if case["entry"] == "pledges" {
                validate::validate_batch_bytes(&bytes, &opts)
            } else {
                validate::validate_bytes(&bytes, &opts)
            };
            for lang in Lang::ALL {
                for issue in &report.issues {
                    let text = issue.message_in(lang);
                    assert!(
                        !text.is_empty() && !has_fluent_error(&text),
                        "{lang} {}: {text}",
                        case["name"]
                    );
                    rendered += 1;
                }
            }
        }
    }
    assert!(rendered > 50, "{rendered}");
}

// --- HTML reports ----------------------------------------------------------------------------

/// The `{name}` placeholders of each HTML message's English text are exactly the variables of
/// its translation in every language.
#[test]
fn html_translations_show_the_placeholders_english_shows() {
    let messages = crate::html::messages();
    assert!(messages.len() > 150, "{}", messages.len());
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let vars = variables(lang);
        for (id, en, names) in &messages {
            let Some(translated) = vars.get(id) else {
                continue; // missing: the completeness test says so, unless marked
            };
            let want: BTreeSet<String> = names.iter().map(|n| (*n).to_owned()).collect();
            assert_eq!(translated, &want, "{lang} {id} (English: {en})");
        }
    }
}

/// The visible text of a page: text nodes and the `aria-label`s of charts, unescaped (style
/// sheet and script left out).
fn page_texts(page: &str) -> Vec<String> {
    fn unescape(s: &str) -> String {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }
    let mut out = Vec::new();
    let mut rest = page;
    let mut body = String::new();
    while let Some(i) = rest.find('<') {
        body.push_str(&rest[..i]);
        body.push('\n');
        let tag_end = rest[i..].find('>').map_or(rest.len(), |j| i + j + 1);
        let tag = &rest[i..tag_end];
        if let Some(a) = tag.find("aria-label=\"") {
            let v = &tag[a + 12..];
            out.push(unescape(&v[..v.find('"').unwrap_or(v.len())]));
        }
        rest = &rest[tag_end..];
        for (open, close) in [("<style", "</style>"), ("<script", "</script>")] {
            if tag.starts_with(open) {
                let end = rest.find(close).unwrap();
                rest = &rest[end..];
            }
        }
    }
    body.push_str(rest);
    out.extend(
        body.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(unescape),
    );
    out
}

/// Every HTML report in every language but English uses only texts of its own language, but
/// for declared fallbacks, proper names and codes: no English text of the HTML table, of the
/// report catalogue's notes, of a codelist label or of an issue message whose translation
/// differs is left on the page.
#[test]
fn html_reports_in_every_language_leave_no_english_text() {
    use crate::aggregate::{Attribution, RegionMode};
    use crate::html::{HtmlOptions, PledgeLabel};
    let summary = sample_summary(Attribution::Full, RegionMode::PrimaryOrAny);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let text = std::fs::read_to_string(path).unwrap();
    let pledges = crate::parse_pledges(&text).unwrap();
    let opts = crate::aggregate::SummaryOptions::embedded("2025-07-07".parse().unwrap());
    let ken = crate::model::CountryCode::new("KEN").unwrap();
    let profile =
        crate::aggregate::country_profile(&pledges, ken, "2025-07-07".parse().unwrap(), &opts)
            .unwrap();
    let batch = validate::validate_batch_str(&text, &ValidateOptions::default());
    let labels = PledgeLabel::all_of(&pledges);
    // A report with issues: the shared vectors' first cases with issues.
    let with_issues: Vec<Report> = vector_reports()
        .into_iter()
        .map(|(_, r)| r)
        .filter(|r| !r.issues.is_empty())
        .take(60)
        .collect();
    let en = Localizer::new(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let loc = Localizer::new(lang);
        let (_, fallbacks) = lang_index(lang);
        let fallen = |id: &str| fallbacks.iter().any(|f| f == id);
        // English texts that this language translates differently: whole texts (no
        // placeholders) and the long literal parts of texts with placeholders.
        let mut whole: BTreeSet<String> = BTreeSet::new();
        let mut parts: BTreeSet<String> = BTreeSet::new();
        for (id, english, names) in crate::html::messages() {
            let translated = Localizer::template(lang, &id, &names);
            if translated.as_deref() == Some(english) || fallen(&id) {
                continue;
            }
            if names.is_empty() {
                whole.insert(english.to_owned());
            } else {
                let mut s = english.to_owned();
                for n in &names {
                    s = s.replace(&format!("{{{n}}}"), "\u{0}");
                }
                parts.extend(
                    s.split('\u{0}')
                        .map(str::trim)
                        .filter(|p| p.chars().count() >= 12)
                        .map(str::to_owned),
                );
            }
        }
        for list in crate::taxonomy::codelists() {
            for e in &list.entries {
                let label = loc.code_label(list.name, e.code).unwrap();
                if label != e.label && !fallen(&super::catalogue::code_id(list.name, e.code)) {
                    whole.insert(e.label.to_owned());
                }
            }
        }
        for note in &summary.notes {
            if crate::aggregate::note_in(&loc, note) != *note {
                whole.insert(note.clone());
            }
        }
        // The check can fail: the English dashboard shows many of these texts.
        let english_page = page_texts(&summary.render_html(&HtmlOptions::default()));
        let seen = english_page.iter().filter(|t| whole.contains(*t)).count()
            + parts
                .iter()
                .filter(|p| english_page.iter().any(|t| t.contains(p.as_str())))
                .count();
        assert!(
            seen > 60,
            "{lang}: only {seen} English texts on the English page"
        );
        let options = HtmlOptions::default().with_lang(lang);
        let mut pages = vec![
            ("dashboard", summary.render_html(&options)),
            (
                "profile",
                profile.render_html(&opts.converter.provenance(), &options),
            ),
            ("batch", batch.render_batch_html(&labels, &options)),
        ];
        for r in &with_issues {
            pages.push(("report", r.render_html(&PledgeLabel::default(), &options)));
        }
        for r in with_issues.iter().chain([&batch]) {
            // The issue messages of the report, where the language has their template.
            for i in &r.issues {
                if loc.has(&issue_id(i.code)) && i.message_in(lang) != i.message {
                    whole.insert(i.message.clone());
                }
                if let Some(g) = en.issue_guidance(i.code) {
                    if loc.issue_guidance(i.code) != Some(g.clone()) {
                        whole.insert(g);
                    }
                }
            }
        }
        for (name, page) in &pages {
            let dir = if lang == Lang::Ar { "rtl" } else { "ltr" };
            assert!(
                page.contains(&format!("<html lang=\"{}\" dir=\"{dir}\">", lang.code())),
                "{lang} {name}"
            );
            for t in page_texts(page) {
                assert!(!whole.contains(&t), "{lang} {name}: English text left: {t}");
                for p in &parts {
                    assert!(
                        !t.contains(p.as_str()),
                        "{lang} {name}: English `{p}` left in: {t}"
                    );
                }
            }
        }
    }
}

#[test]
fn sheet_vector_issues_render_in_every_language() {
    let mut rendered = 0;
    for import in sheet_vector_imports() {
        for s in &import.issues {
            let issue = &s.issue;
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                let text = issue.message_in(lang);
                assert!(
                    !text.is_empty() && !has_fluent_error(&text),
                    "{lang} {}: {text}",
                    issue.code
                );
                assert_ne!(text, issue.message, "{lang} {}: untranslated", issue.code);
                rendered += 1;
            }
        }
    }
    assert!(rendered > 50, "{rendered}");
}

/// The codes CLDR names in no, or not every, language other than English: fund codes and
/// units of account (see `data/SOURCES.md`). The template shows their ISO English name there.
const CURRENCIES_WITHOUT_CLDR_NAMES: [(&str, &[Lang]); 11] = [
    ("CHE", &[Lang::Ar]),
    ("CHW", &[Lang::Ar]),
    ("CLF", &[Lang::Ar]),
    ("COU", &[Lang::Ar]),
    ("MXV", &[Lang::Ar]),
    ("UYI", &[Lang::Ar]),
    ("UYW", &[Lang::Ar, Lang::Ru]),
    ("VED", &[Lang::Ar, Lang::Fr, Lang::Ru, Lang::Es]),
    ("XAD", &[Lang::Ar, Lang::Zh, Lang::Fr, Lang::Ru, Lang::Es]),
    ("XSU", &[Lang::Ar, Lang::Ru, Lang::Es]),
    ("XUA", &[Lang::Ar, Lang::Ru, Lang::Es]),
];

#[test]
fn every_currency_has_a_name_in_every_language_but_the_documented_few() {
    let text = include_str!("../../data/currency_names.csv");
    let codes: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let known: Vec<&str> = crate::money::currency::currencies()
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(
        codes, known,
        "currency_names.csv lists the embedded currencies"
    );
    let mut missing: BTreeMap<&str, Vec<Lang>> = BTreeMap::new();
    for c in crate::money::currency::currencies() {
        for lang in Lang::ALL {
            match Localizer::new(lang).currency_name(c.code) {
                Some(name) => {
                    assert!(!name.trim().is_empty(), "{lang} {}", c.code);
                    if lang == Lang::En {
                        assert_eq!(name, c.name);
                    } else {
                        assert_ne!(name, c.code.as_str(), "{lang}: a name, not the code");
                    }
                }
                None => missing.entry(c.code.as_str()).or_default().push(lang),
            }
        }
    }
    let documented: BTreeMap<&str, Vec<Lang>> = CURRENCIES_WITHOUT_CLDR_NAMES
        .iter()
        .map(|(c, l)| (*c, l.to_vec()))
        .collect();
    assert_eq!(missing, documented);
    let fr = Localizer::new(Lang::Fr);
    let eur = crate::model::CurrencyCode::EUR;
    assert_eq!(fr.currency_name(eur), Some("euro"));
    assert_eq!(Localizer::new(Lang::Zh).currency_name(eur), Some("欧元"));
    assert_eq!(Localizer::new(Lang::En).currency_name(eur), Some("Euro"));
}
