//! Validation entry points: input and options in, the core's report out as a `p2c.Report`.
//!
//! `Report` and `Issue` are frozen dataclasses (`p2c/_report.py`). They are made here the way
//! `pickle` makes them: `object.__new__(cls)`, then each field put in the instance's
//! `__dict__`, in the order of the dataclass fields. The dataclass `__init__` (one
//! `object.__setattr__` per field, for frozen instances) and the Python-level step that used to
//! turn tuples into instances were most of a valid call's cost outside the core; the instances
//! are the same (`tests/test_dict_reader.py` compares them with constructor-built ones).

use chrono::NaiveDate;
use p2c_core::json::{with_arena, Tree};
use p2c_core::taxonomy::ReviewState;
use p2c_core::validate::{self as validation, Limits, ValidateOptions};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyList, PyString, PyTuple};

use p2c_core::i18n::Lang;

use crate::borrowed;
use crate::convert;
use crate::errors::{guard, to_pyerr};
use crate::html;
use crate::pledge::Pledge;

/// The keyword options of `validate`, `validate_batch` and `validate_update`, as the core's
/// options. `redact_values` is taken by truth value, as Python's `if` would.
fn options(
    py: Python<'_>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
) -> PyResult<ValidateOptions> {
    let mut opts = ValidateOptions::default();
    if let Some(as_of) = as_of.filter(|d| !d.is_none()) {
        opts.as_of = Some(date(py, as_of)?);
    }
    if let Some(redact) = redact_values {
        opts.redact_values = redact.is_truthy()?;
    }
    if let Some(limits) = limits.filter(|l| !l.is_none()) {
        set_limits(&mut opts.limits, limits)?;
    }
    Ok(opts)
}

/// A `datetime.date` (not a `datetime`, whose time would be silently dropped) as a date.
fn date(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    let module = py.import("datetime")?;
    if value.is_instance(&module.getattr("datetime")?)? {
        return Err(PyTypeError::new_err(
            "as_of must be a datetime.date, not a datetime",
        ));
    }
    if !value.is_instance(&module.getattr("date")?)? {
        return Err(PyTypeError::new_err(format!(
            "as_of must be a datetime.date, not {}",
            value.get_type().name()?
        )));
    }
    let part = |name: &str| -> PyResult<u32> { value.getattr(name)?.extract() };
    let year: i32 = value.getattr("year")?.extract()?;
    NaiveDate::from_ymd_opt(year, part("month")?, part("day")?).ok_or_else(|| {
        PyValueError::new_err(format!("as_of is not a date the core can hold: {value}"))
    })
}

/// The `limits` mapping's keys, the core's `Limits` field each one sets.
const LIMIT_KEYS: [&str; 4] = ["max_array_len", "max_bytes", "max_depth", "max_string_len"];

/// Set the limits a mapping names (`max_bytes`, …: non-negative integers); any other key is
/// refused, all of them named at once.
fn set_limits(into: &mut Limits, limits: &Bound<'_, PyAny>) -> PyResult<()> {
    let Ok(items) = limits.call_method0("items") else {
        return Err(PyTypeError::new_err(format!(
            "limits must be a mapping, not {}",
            limits.get_type().name()?
        )));
    };
    let mut unknown = Vec::new();
    for item in items.try_iter()? {
        let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
        let slot = match key.extract::<&str>() {
            Ok("max_bytes") => &mut into.max_bytes,
            Ok("max_depth") => &mut into.max_depth,
            Ok("max_array_len") => &mut into.max_array_len,
            Ok("max_string_len") => &mut into.max_string_len,
            _ => {
                unknown.push(key.repr()?.to_string());
                continue;
            }
        };
        // `True` is an `int` to Python, not a size.
        let size = if value.is_instance_of::<PyBool>() {
            None
        } else {
            value.extract::<usize>().ok()
        };
        *slot = size.ok_or_else(|| {
            PyValueError::new_err(format!(
                "bad options: limit `{key}` must be a non-negative integer, not {value}"
            ))
        })?;
    }
    if unknown.is_empty() {
        return Ok(());
    }
    unknown.sort();
    Err(PyValueError::new_err(format!(
        "unknown limits [{}]; known: ['{}']",
        unknown.join(", "),
        LIMIT_KEYS.join("', '")
    )))
}

/// `object.__new__`, and the classes `Report` and `Issue`, looked up once.
struct Classes {
    new: Py<PyAny>,
    report: Py<PyAny>,
    issue: Py<PyAny>,
}

static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();

fn classes(py: Python<'_>) -> PyResult<&Classes> {
    CLASSES.get_or_try_init(py, || {
        let module = py.import("p2c._report")?;
        Ok(Classes {
            new: py
                .import("builtins")?
                .getattr("object")?
                .getattr("__new__")?
                .unbind(),
            report: module.getattr("Report")?.unbind(),
            issue: module.getattr("Issue")?.unbind(),
        })
    })
}

/// A new instance of `cls` (a dataclass) with its fields set, bypassing `__init__`.
fn instance<'py, const N: usize>(
    py: Python<'py>,
    new: &Py<PyAny>,
    cls: &Py<PyAny>,
    fields: [(&Bound<'py, PyString>, Bound<'py, PyAny>); N],
) -> PyResult<Bound<'py, PyAny>> {
    let obj = new.bind(py).call1((cls.bind(py),))?;
    let dict = obj
        .getattr(intern!(py, "__dict__"))?
        .cast_into::<PyDict>()?;
    for (name, value) in fields {
        dict.set_item(name, value)?;
    }
    Ok(obj)
}

/// `f` of the Python document read into the core's tree: through borrowed references when it
/// holds only plain JSON types ([`borrowed`]), else through [`convert`] (`what` names the
/// document in its errors; `any_order` as for [`convert::to_tree`]).
fn with_tree<R>(
    what: &'static str,
    doc: &Bound<'_, PyAny>,
    any_order: bool,
    f: impl FnOnce(&Tree<'_>) -> R,
) -> Result<R, p2c_core::Error> {
    with_arena(|arena| match borrowed::to_tree(doc, arena, any_order) {
        Some(tree) => Ok(f(&tree)),
        None => {
            let strs = convert::Strs::new();
            convert::to_tree(what, doc, &strs, arena, any_order).map(|tree| f(&tree))
        }
    })
}

/// What a report remembers of its call, for `Report.to_html()`: the language of its messages,
/// whether it is of a list, and the `as_of` given (the Python object, or `None`).
struct Context<'a, 'py> {
    lang: Lang,
    batch: bool,
    as_of: Option<&'a Bound<'py, PyAny>>,
}

/// The report as a `p2c.Report` (see the module docs), its messages in the context's language.
fn report(
    py: Python<'_>,
    report: &validation::Report,
    cx: &Context<'_, '_>,
) -> PyResult<Py<PyAny>> {
    let localized;
    let report = if cx.lang == Lang::En {
        report
    } else {
        localized = report.localized(cx.lang);
        &localized
    };
    let c = classes(py)?;
    let issues = PyList::empty(py);
    for i in &report.issues {
        let params = PyDict::new(py);
        for (k, v) in &i.params {
            params.set_item(k, convert::to_py(py, v)?)?;
        }
        let issue = instance(
            py,
            &c.new,
            &c.issue,
            [
                (intern!(py, "code"), PyString::new(py, i.code).into_any()),
                (
                    intern!(py, "severity"),
                    PyString::new(py, i.severity.as_str()).into_any(),
                ),
                (intern!(py, "path"), PyString::new(py, &i.path).into_any()),
                (
                    intern!(py, "message"),
                    PyString::new(py, &i.message).into_any(),
                ),
                (intern!(py, "params"), params.into_any()),
            ],
        )?;
        issues.append(issue)?;
    }
    let valid = PyBool::new(py, report.valid).to_owned().into_any();
    Ok(instance(
        py,
        &c.new,
        &c.report,
        [
            (intern!(py, "valid"), valid),
            (intern!(py, "issues"), issues.into_any()),
            (
                intern!(py, "lang"),
                PyString::new(py, cx.lang.code()).into_any(),
            ),
            (
                intern!(py, "batch"),
                PyBool::new(py, cx.batch).to_owned().into_any(),
            ),
            (
                intern!(py, "as_of"),
                cx.as_of
                    .filter(|d| !d.is_none())
                    .map_or_else(|| py.None().into_bound(py), |d| d.clone()),
            ),
        ],
    )?
    .unbind())
}

/// Validate one pledge and return a :class:`Report` with every issue found.
///
/// ``document`` is a ``dict`` (read directly, no JSON round trip), JSON ``str`` or UTF-8 JSON
/// ``bytes``. Problems with the document never raise: malformed JSON, wrong types and broken
/// rules all become issues. ``as_of`` is "today" for date rules (default: today's UTC date);
/// ``redact_values`` keeps input values out of messages and params; ``limits`` overrides size
/// limits (``max_bytes``, ``max_depth``, ``max_array_len``, ``max_string_len``); ``lang``
/// (``"fr"``, ``"ar"``, …: ar, zh, en, fr, ru, es) gives the messages in that language, with
/// codes, severities, paths and params unchanged (an unknown tag gives English and one
/// ``p2c.UnknownLanguageWarning``, never an error).
///
/// With ``batch=True`` the input is a list of pledges (a ``list`` or a JSON array), validated
/// as :func:`validate_batch` does.
///
/// Raises ``TypeError`` for an input of another type and :class:`p2c.ParseError` for a dict
/// holding Python values with no JSON equivalent.
#[pyfunction]
#[pyo3(
    signature = (document, *, as_of=None, redact_values=None, batch=None, limits=None, lang=None),
    text_signature = "(document, *, as_of=None, redact_values=False, batch=False, limits=None, lang=None)"
)]
pub(crate) fn validate(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    batch: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    if let Some(batch) = batch {
        if batch.is_truthy()? {
            return validate_batch(py, document, as_of, redact_values, limits, lang);
        }
    }
    guard(py, || {
        let opts = self::options(py, as_of, redact_values, limits)?;
        let cx = Context {
            lang: html::lang(py, lang, 1)?,
            batch: false,
            as_of,
        };
        // An exact dict, the common case, is recognised by a pointer comparison before the
        // subclass checks (each a call into Python under the stable ABI).
        let is_dict = document.cast_exact::<PyDict>().is_ok();
        let result = if !is_dict && document.is_instance_of::<PyString>() {
            // A str or bytes is immutable and held by the caller: its text stays valid while
            // the GIL is released. A dict is read in place (`borrowed`), so it keeps the GIL.
            let text = document.cast::<PyString>()?.to_str()?;
            py.detach(|| validation::validate_str(text, &opts))
        } else if !is_dict && document.is_instance_of::<PyBytes>() {
            let bytes = document.cast::<PyBytes>()?.as_bytes();
            py.detach(|| validation::validate_bytes(bytes, &opts))
        } else if is_dict || document.is_instance_of::<PyDict>() {
            with_tree("pledge", document, true, |tree| {
                validation::validate_tree(tree, &opts)
            })
            .map_err(|e| to_pyerr(py, &e))?
        } else if document.is_instance_of::<PyList>() {
            return Err(PyTypeError::new_err(
                "validate() takes one pledge; pass batch=True to validate a list",
            ));
        } else {
            return Err(PyTypeError::new_err(format!(
                "validate() takes a dict, str or bytes, not {}",
                document.get_type().name()?
            )));
        };
        report(py, &result, &cx)
    })
}

/// Validate a list of pledges: each pledge's issues (paths prefixed by its index, such as
/// ``/3/title``), then the batch rules (duplicate ids, likely duplicate submissions).
///
/// ``documents`` is a ``list`` (or ``tuple``) of dicts, or a JSON array as ``str`` or ``bytes``.
/// Options (``lang`` too) are those of :func:`validate`.
#[pyfunction]
#[pyo3(
    signature = (documents, *, as_of=None, redact_values=None, limits=None, lang=None),
    text_signature = "(documents, *, as_of=None, redact_values=False, limits=None, lang=None)"
)]
pub(crate) fn validate_batch(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let opts = self::options(py, as_of, redact_values, limits)?;
        let cx = Context {
            lang: html::lang(py, lang, 1)?,
            batch: true,
            as_of,
        };
        let result = if let Ok(text) = documents.cast::<PyString>() {
            let text = text.to_str()?;
            py.detach(|| validation::validate_batch_str(text, &opts))
        } else if let Ok(bytes) = documents.cast::<PyBytes>() {
            let bytes = bytes.as_bytes();
            py.detach(|| validation::validate_batch_bytes(bytes, &opts))
        } else if documents.is_instance_of::<PyList>() || documents.is_instance_of::<PyTuple>() {
            with_tree("pledges", documents, false, |tree| {
                validation::validate_batch_tree(tree, &opts)
            })
            .map_err(|e| to_pyerr(py, &e))?
        } else {
            return Err(PyTypeError::new_err(format!(
                "validate_batch() takes a list, str or bytes, not {}",
                documents.get_type().name()?
            )));
        };
        report(py, &result, &cx)
    })
}

/// Validate a change from ``old`` to ``new`` (parsed with :func:`p2c.parse_pledge`): the new
/// version's rules, the review-state transition and an unchanged id.
#[pyfunction]
#[pyo3(
    signature = (old, new, *, as_of=None, redact_values=None, lang=None),
    text_signature = "(old, new, *, as_of=None, redact_values=False, lang=None)"
)]
pub(crate) fn validate_update(
    py: Python<'_>,
    old: PyRef<'_, Pledge>,
    new: PyRef<'_, Pledge>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let opts = self::options(py, as_of, redact_values, None)?;
        let cx = Context {
            lang: html::lang(py, lang, 1)?,
            batch: false,
            as_of,
        };
        let (old, new) = (old.inner(), new.inner());
        let result = py.detach(|| validation::validate_update(old, new, &opts));
        report(py, &result, &cx)
    })
}

/// The issue-code catalogue: one dict per code (`code`, `severity`, `title`, `guidance`). With
/// ``lang``, titles and guidance are in that language (codes and severities never change); an
/// unknown tag gives English and a ``p2c.UnknownLanguageWarning``.
#[pyfunction]
#[pyo3(signature = (*, lang=None))]
pub(crate) fn issue_codes(py: Python<'_>, lang: Option<&Bound<'_, PyAny>>) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let value =
            match lang.filter(|l| !l.is_none()) {
                None => serde_json::to_value(validation::issue_codes()),
                Some(tag) => serde_json::to_value(p2c_core::i18n::issue_codes_in(
                    crate::html::lang(py, Some(tag), 1)?,
                )),
            }
            .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
        convert::to_py(py, &value)
    })
}

/// Whether a pledge may move from review state `old` to `new` (codes such as `"draft"`).
#[pyfunction]
pub(crate) fn can_transition(py: Python<'_>, old: &str, new: &str) -> PyResult<bool> {
    guard(py, || {
        let parse = |code: &str| {
            code.parse::<ReviewState>()
                .map_err(|e: p2c_core::Error| to_pyerr(py, &e))
        };
        Ok(validation::can_transition(parse(old)?, parse(new)?))
    })
}

/// Assess a pledge against the five strong-pledge criteria; returns the assessment as a dict.
#[pyfunction]
pub(crate) fn _assess(py: Python<'_>, pledge: PyRef<'_, Pledge>) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let value = serde_json::to_value(validation::assess(pledge.inner()))
            .map_err(|e| to_pyerr(py, &p2c_core::Error::Internal(e.to_string())))?;
        convert::to_py(py, &value)
    })
}
