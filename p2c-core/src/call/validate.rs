//! Validation calls: `validate`, `validate_batch`, `validate_update`, and files of any size.

use std::collections::BTreeMap;
use std::io::BufRead;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::misc::InputFormat;
use super::options::SeverityOverride;
use super::{resolve, LangTag, Warning};
use crate::html::{HtmlOptions, PledgeLabel};
use crate::i18n::Lang;
use crate::json::Tree;
use crate::model::Pledge;
use crate::validate::{self, Issue, Limits, Report, Severity, ValidateOptions};
use crate::{Error, Result};

/// The options of every validation call (`validate`, `validate_batch`, `validate_update`, a
/// file): all optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ValidateCall {
    /// The date date rules take as today (default: today's UTC date, see [`super::today`]).
    pub as_of: Option<NaiveDate>,
    /// Keep values from the input out of messages and params (for logs).
    pub redact_values: bool,
    /// Size limits (`maxBytes`, `maxDepth`, `maxArrayLen`, `maxStringLen`); for a file or a
    /// stream, they apply to each pledge.
    pub limits: Limits,
    /// The language of the issue messages (codes, paths and params never change).
    pub lang: Option<LangTag>,
    /// Another severity for the issues of a code, or `off` to leave them out:
    /// `{"lifecycle.published_without_validation": "off"}`. `valid` follows the severities
    /// as overridden. An unknown code is `unknown_code`.
    pub severity: BTreeMap<String, SeverityOverride>,
    /// The input is a list of pledges (a JSON array; for files and streams, see `format`).
    pub batch: bool,
    /// How a file or stream is read (`auto`: a JSON array when it starts with `[`, else one
    /// pledge or JSON Lines).
    pub format: InputFormat,
    /// Where the data came from (a file name), shown under the title of an HTML report.
    pub source: Option<String>,
}

/// The answer of a validation call: the report (`valid`, `issues`) and the call's warnings.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ValidateAnswer {
    /// The report.
    #[serde(flatten)]
    pub report: Report,
    /// Warnings about the call itself (an unknown language).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

/// A checked [`ValidateCall`], ready to run any number of times.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedValidate {
    /// The core's options.
    pub options: ValidateOptions,
    /// The language of messages.
    pub lang: Lang,
    /// Severity overrides by code (sorted by code); `None` leaves the code's issues out.
    overrides: Vec<(&'static str, Option<Severity>)>,
    /// The input is a list of pledges.
    pub batch: bool,
    /// How files and streams are read.
    pub format: InputFormat,
    /// Warnings about the call.
    pub warnings: Vec<Warning>,
    /// The options of an HTML report.
    pub html: HtmlOptions,
}

impl ValidateCall {
    /// Check the call (issue codes of `severity`, the language) and build the core's options.
    pub fn prepare(&self) -> Result<PreparedValidate> {
        let (lang, warnings) = super::misc::lang_of(self.lang.as_ref());
        let mut overrides = Vec::with_capacity(self.severity.len());
        for (code, level) in &self.severity {
            let pointer = format!("/severity/{}", crate::parse::escape_pointer_token(code));
            overrides.push((resolve::issue_code(code, &pointer)?, level.severity()));
        }
        overrides.sort_by_key(|(code, _)| *code);
        overrides.dedup_by_key(|(code, _)| *code);
        let options = ValidateOptions {
            as_of: self.as_of,
            redact_values: self.redact_values,
            limits: self.limits,
            threads: crate::parallel::Threads::AUTO,
        };
        let mut html = HtmlOptions::default()
            .with_validated_as_of(options.as_of_date())
            .with_lang(lang);
        if let Some(source) = &self.source {
            html = html.with_source(source.clone());
        }
        Ok(PreparedValidate {
            options,
            lang,
            overrides,
            batch: self.batch,
            format: self.format,
            warnings,
            html,
        })
    }
}

/// A report from its JSON (`{ valid, issues: [{ code, severity, path, message, params }] }`),
/// as a binding hands back one it holds as its own objects: every code must be in the
/// catalogue (`unknown_code` otherwise); `valid` is recomputed from the severities.
pub fn report_from_json(value: &serde_json::Value) -> Result<Report> {
    #[derive(Deserialize)]
    struct IssueJson {
        code: String,
        severity: Severity,
        path: String,
        message: String,
        #[serde(default)]
        params: serde_json::Map<String, serde_json::Value>,
    }
    #[derive(Deserialize)]
    struct ReportJson {
        #[allow(dead_code)]
        valid: Option<bool>,
        issues: Vec<IssueJson>,
    }
    let (report, _) = super::from_value::<ReportJson>(value.clone())?;
    let issues = report
        .issues
        .into_iter()
        .enumerate()
        .map(|(n, i)| {
            Ok(Issue {
                code: resolve::issue_code(&i.code, &format!("/issues/{n}/code"))?,
                severity: i.severity,
                path: i.path,
                message: i.message,
                params: i.params,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Report::from_issues(issues))
}

impl Default for PreparedValidate {
    fn default() -> Self {
        PreparedValidate {
            options: ValidateOptions::default(),
            lang: Lang::En,
            overrides: Vec::new(),
            batch: false,
            format: InputFormat::Auto,
            warnings: Vec::new(),
            html: HtmlOptions::default(),
        }
    }
}

impl PreparedValidate {
    /// Whether answers are the core's reports as they are (English, no override, no
    /// warning): the common case, which the bindings may serve without building an answer.
    pub fn is_plain(&self) -> bool {
        self.lang == Lang::En && self.overrides.is_empty() && self.warnings.is_empty()
    }

    /// The override the call gives an issue code: `None` for none, `Some(None)` when its
    /// issues are left out.
    pub(crate) fn override_of(&self, code: &str) -> Option<Option<Severity>> {
        self.overrides
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .ok()
            .and_then(|i| self.overrides.get(i))
            .map(|(_, level)| *level)
    }

    /// The answer for a report of the core: severities overridden, messages in the language,
    /// the call's warnings attached.
    pub fn answer(&self, mut report: Report) -> ValidateAnswer {
        if !self.overrides.is_empty() {
            report = Report::from_issues(
                report
                    .issues
                    .into_iter()
                    .filter_map(|mut issue| {
                        let found = self
                            .overrides
                            .binary_search_by_key(&issue.code, |(code, _)| *code)
                            .ok()
                            .and_then(|i| self.overrides.get(i));
                        match found {
                            Some((_, None)) => None,
                            Some((_, Some(severity))) => {
                                issue.severity = *severity;
                                Some(issue)
                            }
                            None => Some(issue),
                        }
                    })
                    .collect::<Vec<Issue>>(),
            );
        }
        if self.lang != Lang::En {
            report = report.localized(self.lang);
        }
        ValidateAnswer {
            report,
            warnings: self.warnings.clone(),
        }
    }

    /// Validate JSON text: one pledge, or a list when the call says `batch`.
    pub fn validate_str(&self, text: &str) -> ValidateAnswer {
        self.answer(if self.batch {
            validate::validate_batch_str(text, &self.options)
        } else {
            validate::validate_str(text, &self.options)
        })
    }

    /// Validate UTF-8 JSON bytes: one pledge, or a list when the call says `batch`.
    pub fn validate_bytes(&self, bytes: &[u8]) -> ValidateAnswer {
        self.answer(if self.batch {
            validate::validate_batch_bytes(bytes, &self.options)
        } else {
            validate::validate_bytes(bytes, &self.options)
        })
    }

    /// Validate a parsed JSON value: one pledge, or a list when the call says `batch`.
    pub fn validate_value(&self, value: &serde_json::Value) -> ValidateAnswer {
        self.answer(if self.batch {
            validate::validate_batch_value(value, &self.options)
        } else {
            validate::validate_value(value, &self.options)
        })
    }

    /// Validate a tree a binding built from its own objects: one pledge, or a list when the
    /// call says `batch`.
    pub fn validate_tree(&self, tree: &Tree<'_>) -> ValidateAnswer {
        self.answer(if self.batch {
            validate::validate_batch_tree(tree, &self.options)
        } else {
            validate::validate_tree(tree, &self.options)
        })
    }

    /// Validate typed pledges as a batch (their semantic and batch rules).
    pub fn validate_pledges(&self, pledges: &[Pledge]) -> ValidateAnswer {
        self.answer(validate::validate_batch(pledges, &self.options))
    }

    /// Validate a change of a pledge: the new version's rules, the review-state transition
    /// and an unchanged id.
    pub fn validate_update(&self, old: &Pledge, new: &Pledge) -> ValidateAnswer {
        self.answer(validate::validate_update(old, new, &self.options))
    }

    /// Validate a stream of pledges of any size without holding it (see
    /// [`validate::validate_reader`]), read as the call's `format` says; `io_error` when
    /// reading fails.
    pub fn validate_reader<R: BufRead>(&self, reader: R) -> Result<ValidateAnswer> {
        let report =
            validate::validate_reader(reader, self.format.into(), &self.options).map_err(|e| {
                Error::Io {
                    path: String::new(),
                    message: e.to_string(),
                }
            })?;
        Ok(self.answer(report))
    }

    /// [`PreparedValidate::validate_reader`], telling `seen` about each pledge as it is read
    /// (see [`validate::validate_reader_with`]): where it is in the input, its id and title.
    pub fn validate_reader_with<R: BufRead>(
        &self,
        reader: R,
        seen: &mut dyn FnMut(validate::SeenPledge<'_>),
    ) -> Result<ValidateAnswer> {
        let report =
            validate::validate_reader_with(reader, self.format.into(), &self.options, seen)
                .map_err(|e| Error::Io {
                    path: String::new(),
                    message: e.to_string(),
                })?;
        Ok(self.answer(report))
    }

    /// Validate a file of pledges of any size (see [`PreparedValidate::validate_reader`]);
    /// `io_error` when it cannot be opened or read.
    pub fn validate_path(&self, path: impl AsRef<std::path::Path>) -> Result<ValidateAnswer> {
        let path = path.as_ref();
        let io = |e: std::io::Error| Error::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let file = std::fs::File::open(path).map_err(io)?;
        if file.metadata().map_err(io)?.is_dir() {
            return Err(Error::Io {
                path: path.display().to_string(),
                message: "is a directory".into(),
            });
        }
        let reader = std::io::BufReader::with_capacity(1 << 16, file);
        let report =
            validate::validate_reader(reader, self.format.into(), &self.options).map_err(io)?;
        Ok(self.answer(report))
    }

    /// Validate JSON text (one pledge, or a list with `batch`) and render the answer as an HTML
    /// report, naming each pledge by the id and title its document gives.
    pub fn html_str(&self, text: &str, batch: bool) -> String {
        let value: Option<serde_json::Value> = serde_json::from_str(text).ok();
        let answer = self.answer(if batch {
            validate::validate_batch_str(text, &self.options)
        } else {
            validate::validate_str(text, &self.options)
        });
        self.html_of(&answer, value.as_ref(), batch)
    }

    /// [`PreparedValidate::html_str`] of UTF-8 bytes.
    pub fn html_bytes(&self, bytes: &[u8], batch: bool) -> String {
        match std::str::from_utf8(bytes) {
            Ok(text) => self.html_str(text, batch),
            Err(_) => {
                let answer = self.answer(validate::validate_bytes(bytes, &self.options));
                self.html_of(&answer, None, batch)
            }
        }
    }

    /// The HTML report of an answer, the pledges named from `document` (the JSON validated, a
    /// pledge or a list with `batch`) when given.
    pub fn html_of(
        &self,
        answer: &ValidateAnswer,
        document: Option<&serde_json::Value>,
        batch: bool,
    ) -> String {
        if batch {
            let labels = document.map(PledgeLabel::all_from_json).unwrap_or_default();
            self.render_batch_html(answer, &labels)
        } else {
            let label = document.map(PledgeLabel::from_json).unwrap_or_default();
            self.render_html(answer, &label)
        }
    }

    /// The HTML report of one pledge's answer (`pledge` names it in the title).
    pub fn render_html(&self, answer: &ValidateAnswer, pledge: &PledgeLabel) -> String {
        answer.report.render_html(pledge, &self.html)
    }

    /// The HTML report of a batch's answer, issues grouped by pledge (`pledges` in order).
    pub fn render_batch_html(&self, answer: &ValidateAnswer, pledges: &[PledgeLabel]) -> String {
        answer.report.render_batch_html(pledges, &self.html)
    }
}
