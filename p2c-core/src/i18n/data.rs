//! The codelists and the issue-code catalogue as data, in a language: what the spreadsheet
//! template's dropdowns and README sheet, `p2c codes` and the bindings' code listings show.
//! Codes never change with the language; only labels, descriptions, titles and guidance do.

use serde::Serialize;

use super::{Lang, Localizer};
use crate::validate::Severity;

/// One codelist value with its text in a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalizedCode {
    /// The stable machine code (never translated).
    pub code: &'static str,
    /// The label in the language.
    pub label: String,
    /// The one-sentence description in the language (P2C Targets and P2C events: the source
    /// citation, as the source gives it).
    pub description: String,
    /// The code of the parent value in another codelist, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<&'static str>,
    /// The format version that introduced the value, when later than 1.0 (`"1.1"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<&'static str>,
}

/// A whole codelist in a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalizedCodelist {
    /// The codelist's machine name (never translated).
    pub name: &'static str,
    /// The title in the language.
    pub title: String,
    /// The machine name of the codelist that `parent` codes refer to, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_codelist: Option<&'static str>,
    /// Every value, in the codelist's order.
    pub entries: Vec<LocalizedCode>,
}

/// One entry of the issue-code catalogue in a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct LocalizedIssueCode {
    /// The stable dotted code (never translated).
    pub code: &'static str,
    /// The severity of every issue with this code.
    pub severity: Severity,
    /// The one-line explanation in the language.
    pub title: String,
    /// What to do about it, in the language.
    pub guidance: String,
}

/// Every codelist of [`crate::taxonomy::codelists`], with its text in `lang` (English where a
/// text has no translation).
pub fn codelists_in(lang: Lang) -> Vec<LocalizedCodelist> {
    let loc = Localizer::new(lang);
    crate::taxonomy::codelists()
        .into_iter()
        .map(|list| LocalizedCodelist {
            name: list.name,
            title: loc
                .codelist_title(list.name)
                .unwrap_or_else(|| list.title.to_owned()),
            parent_codelist: list.parent_codelist,
            entries: list
                .entries
                .iter()
                .map(|e| LocalizedCode {
                    code: e.code,
                    label: loc
                        .code_label(list.name, e.code)
                        .unwrap_or_else(|| e.label.to_owned()),
                    description: loc
                        .code_description(list.name, e.code)
                        .unwrap_or_else(|| e.description.to_owned()),
                    parent: e.parent,
                    since: e.since,
                })
                .collect(),
        })
        .collect()
}

/// The issue-code catalogue ([`crate::validate::issue_codes`]) with titles and guidance in
/// `lang` (English where a text has no translation).
pub fn issue_codes_in(lang: Lang) -> Vec<LocalizedIssueCode> {
    let loc = Localizer::new(lang);
    crate::validate::issue_codes()
        .iter()
        .map(|info| LocalizedIssueCode {
            code: info.code,
            severity: info.severity,
            title: loc
                .issue_title(info.code)
                .unwrap_or_else(|| info.title.to_owned()),
            guidance: loc
                .issue_guidance(info.code)
                .unwrap_or_else(|| info.guidance.to_owned()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_same_in_every_language_and_english_is_the_source() {
        let english = crate::taxonomy::codelists();
        for lang in Lang::ALL {
            let lists = codelists_in(lang);
            assert_eq!(lists.len(), english.len());
            for (l, e) in lists.iter().zip(&english) {
                assert_eq!((l.name, l.parent_codelist), (e.name, e.parent_codelist));
                let codes: Vec<_> = l.entries.iter().map(|x| (x.code, x.parent)).collect();
                let want: Vec<_> = e.entries.iter().map(|x| (x.code, x.parent)).collect();
                assert_eq!(codes, want, "{lang} {}", l.name);
                if lang == Lang::En {
                    assert_eq!(l.title, e.title);
                    for (x, y) in l.entries.iter().zip(&e.entries) {
                        assert_eq!(
                            (x.label.as_str(), x.description.as_str()),
                            (y.label, y.description)
                        );
                    }
                }
            }
            let issues = issue_codes_in(lang);
            let codes: Vec<_> = issues.iter().map(|i| (i.code, i.severity)).collect();
            let want: Vec<_> = crate::validate::issue_codes()
                .iter()
                .map(|i| (i.code, i.severity))
                .collect();
            assert_eq!(codes, want);
        }
        let fr = codelists_in(Lang::Fr);
        let regions = fr.iter().find(|l| l.name == "ituRegion").unwrap();
        assert_eq!(regions.entries[2].label, "États arabes");
        // Russian titles are Cyrillic, but for codes the catalogue declares as falling back to
        // English; the 1.0 codes are all translated.
        let ru_fallbacks = super::super::coverage()
            .into_iter()
            .find(|c| c.lang == Lang::Ru)
            .unwrap()
            .fallbacks;
        let ru = issue_codes_in(Lang::Ru);
        let mut translated = 0;
        for i in &ru {
            if ru_fallbacks.contains(&super::super::catalogue::issue_id(i.code)) {
                assert!(i.title.is_ascii(), "{}", i.code);
            } else {
                assert!(!i.title.is_ascii(), "{}", i.code);
                translated += 1;
            }
        }
        assert!(translated >= 69, "{translated}");
    }
}
