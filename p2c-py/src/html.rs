//! The `lang` option and the HTML reports: p2c-core's renderer (`p2c_core::html`), the one
//! implementation behind `to_html()` and the notebooks' `_repr_html_`.

use std::ffi::CString;

use p2c_core::html::{HtmlOptions, PledgeLabel};
use p2c_core::i18n::{Lang, LangTag, Localizer};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::convert;
use crate::errors::{guard, to_pyerr};

/// The language of a `lang` option: `None` is English; a tag naming no supported language is
/// English and one `p2c.UnknownLanguageWarning` (never an error, so a validation always runs).
/// `stacklevel` as for `warnings.warn` (1: the Python frame calling the extension).
pub(crate) fn lang(
    py: Python<'_>,
    tag: Option<&Bound<'_, PyAny>>,
    stacklevel: i32,
) -> PyResult<Lang> {
    let Some(tag) = tag.filter(|t| !t.is_none()) else {
        return Ok(Lang::En);
    };
    let Ok(text) = tag.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "lang must be a str such as \"fr\", not {}",
            tag.get_type().name()?
        )));
    };
    let (lang, warning) = Lang::negotiate(&text.to_string_lossy());
    if let Some(w) = warning {
        let category = py
            .import("p2c._errors")?
            .getattr("UnknownLanguageWarning")?;
        let message = CString::new(w.to_string().replace('\0', "\u{fffd}"))
            .unwrap_or_else(|_| CString::from(c"unknown language, using English"));
        PyErr::warn(py, &category, &message, stacklevel)?;
    }
    Ok(lang)
}

/// A `lang` option as the facade's [`LangTag`] (`None` for `None`); the facade negotiates it
/// and reports an unknown tag as a call warning.
pub(crate) fn tag(tag: Option<&Bound<'_, PyAny>>) -> PyResult<Option<LangTag>> {
    let Some(tag) = tag.filter(|t| !t.is_none()) else {
        return Ok(None);
    };
    let Ok(text) = tag.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "lang must be a str such as \"fr\", not {}",
            tag.get_type().name()?
        )));
    };
    Ok(Some(LangTag(text.to_string_lossy().into_owned())))
}

/// The language code of a `lang` option (`"fr"`, or `"en"` with a warning for an unknown tag),
/// for the Python layer; `stacklevel` counts from the Python function calling this one.
#[pyfunction]
#[pyo3(signature = (tag, stacklevel=2))]
pub(crate) fn _lang(
    py: Python<'_>,
    tag: Option<&Bound<'_, PyAny>>,
    stacklevel: i32,
) -> PyResult<&'static str> {
    Ok(lang(py, tag, stacklevel)?.code())
}

/// A language code the Python layer already negotiated (English for anything else).
pub(crate) fn known(code: &str) -> Lang {
    Lang::parse(code).unwrap_or_default()
}

/// The options of a page.
pub(crate) fn options(lang: Lang, source: Option<String>) -> HtmlOptions {
    let options = HtmlOptions::default().with_lang(lang);
    match source {
        Some(s) => options.with_source(s),
        None => options,
    }
}

/// The page, or its fragment for embedding (a notebook's output) when `fragment`.
pub(crate) fn finish(py: Python<'_>, page: String, fragment: bool) -> PyResult<String> {
    if !fragment {
        return Ok(page);
    }
    p2c_core::html::fragment(&page).ok_or_else(|| {
        to_pyerr(
            py,
            &p2c_core::Error::Internal("the renderer's page has no body".into()),
        )
    })
}

/// The validation report `report` (its `to_dict()`) as HTML. `document` is what was validated
/// (a dict, a list of dicts, or JSON text or bytes), read only to name each pledge by its id
/// and title; `messages` is the language the issue messages are in, re-rendered from their
/// codes and params when the page's `lang` differs; `as_of` (ISO date) is shown as the
/// validation's date.
#[pyfunction]
#[pyo3(signature = (report, document, batch, messages, lang, as_of, source, fragment))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _report_html(
    py: Python<'_>,
    report: &Bound<'_, PyAny>,
    document: Option<&Bound<'_, PyAny>>,
    batch: bool,
    messages: &str,
    lang: &str,
    as_of: Option<&str>,
    source: Option<String>,
    fragment: bool,
) -> PyResult<String> {
    guard(py, || {
        let value = convert::to_json("report", report).map_err(|e| to_pyerr(py, &e))?;
        let mut core = p2c_core::call::report_from_json(&value).map_err(|e| to_pyerr(py, &e))?;
        let lang = known(lang);
        if known(messages) != lang {
            let loc = Localizer::new(lang);
            for issue in &mut core.issues {
                issue.message = loc.issue_message(issue);
            }
        }
        let doc = document.filter(|d| !d.is_none()).and_then(|d| {
            if let Ok(text) = d.cast::<PyString>() {
                serde_json::from_str(&text.to_string_lossy()).ok()
            } else if let Ok(bytes) = d.cast::<PyBytes>() {
                serde_json::from_slice(bytes.as_bytes()).ok()
            } else {
                convert::to_json("document", d).ok()
            }
        });
        let mut options = options(lang, source);
        if let Some(date) = as_of {
            let date = date.parse().map_err(|_| {
                PyTypeError::new_err(format!("as_of must be a datetime.date, not `{date}`"))
            })?;
            options = options.with_validated_as_of(date);
        }
        let page = if batch {
            let labels = doc
                .as_ref()
                .map(PledgeLabel::all_from_json)
                .unwrap_or_default();
            core.render_batch_html(&labels, &options)
        } else {
            let label = doc.as_ref().map(PledgeLabel::from_json).unwrap_or_default();
            core.render_html(&label, &options)
        };
        finish(py, page, fragment)
    })
}
