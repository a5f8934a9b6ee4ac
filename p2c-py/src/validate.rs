//! Validation entry points: input and options in, the core's report out as a `p2c.Report`.
//!
//! `Report` and `Issue` are frozen dataclasses (`p2c/_report.py`). They are made here the way
//! `pickle` makes them: `object.__new__(cls)`, then each field put in the instance's
//! `__dict__`, in the order of the dataclass fields. The dataclass `__init__` (one
//! `object.__setattr__` per field, for frozen instances) and the Python-level step that used to
//! turn tuples into instances were most of a valid call's cost outside the core; the instances
//! are the same (`tests/test_dict_reader.py` compares them with constructor-built ones).

use std::cell::RefCell;
use std::rc::Rc;

use chrono::NaiveDate;
use p2c_core::call::{self, LangTag, PreparedValidate, ValidateCall};
use p2c_core::i18n::Lang;
use p2c_core::json::{with_arena, Tree};
use p2c_core::taxonomy::ReviewState;
use p2c_core::validate as validation;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyInt, PyList, PyString, PyTuple};

use crate::borrowed;
use crate::convert;
use crate::errors::{guard, to_pyerr, warn};
use crate::pledge::Pledge;

/// The keyword options of a call, read into plain values: what the prepared call depends on,
/// and the key of [`LAST`].
#[derive(Debug, Clone, PartialEq, Default)]
struct Key {
    as_of: Option<NaiveDate>,
    redact_values: bool,
    lang: Option<LangTag>,
    limits: Option<Mapping>,
    severity: Option<Mapping>,
}

/// A mapping option (`limits`, `severity`) as given.
#[derive(Debug, Clone, PartialEq)]
enum Mapping {
    /// An exact `dict` of `str` keys and `int` or `str` values (the common case), its items in
    /// the dict's order: read without building JSON, compared item by item.
    Plain(Vec<(String, Plain)>),
    /// Any other mapping, as JSON (keys of `limits` already in the facade's spelling).
    Json(serde_json::Map<String, serde_json::Value>),
}

/// A value of a [`Mapping::Plain`]: exact types only (`True` is not the `int` 1 here).
#[derive(Debug, Clone, PartialEq)]
enum Plain {
    Int(i64),
    Str(String),
}

impl Mapping {
    /// The mapping `value` given as the option `what`; `rename` turns a `limits` name into the
    /// facade's spelling (for the JSON form).
    fn read(
        py: Python<'_>,
        what: &'static str,
        value: &Bound<'_, PyAny>,
        rename: bool,
    ) -> PyResult<Mapping> {
        if let Some(plain) = Mapping::plain(value)? {
            return Ok(Mapping::Plain(plain));
        }
        let map = mapping(py, what, value)?;
        Ok(Mapping::Json(if rename {
            map.into_iter().map(|(k, v)| (camel(&k), v)).collect()
        } else {
            map
        }))
    }

    /// The items of an exact `dict` of exact `str` keys and exact `int` (fitting an `i64`) or
    /// `str` values; `None` for anything else.
    fn plain(value: &Bound<'_, PyAny>) -> PyResult<Option<Vec<(String, Plain)>>> {
        let Ok(dict) = value.cast_exact::<PyDict>() else {
            return Ok(None);
        };
        let mut items = Vec::with_capacity(dict.len());
        for (k, v) in dict.iter() {
            let Ok(k) = k.cast_exact::<PyString>() else {
                return Ok(None);
            };
            let v = if v.is_exact_instance_of::<PyInt>() {
                match v.extract::<i64>() {
                    Ok(n) => Plain::Int(n),
                    Err(_) => return Ok(None),
                }
            } else if let Ok(s) = v.cast_exact::<PyString>() {
                Plain::Str(s.to_str()?.to_owned())
            } else {
                return Ok(None);
            };
            items.push((k.to_str()?.to_owned(), v));
        }
        Ok(Some(items))
    }

    /// The mapping as the call's JSON.
    fn json(&self, rename: bool) -> serde_json::Map<String, serde_json::Value> {
        match self {
            Mapping::Json(map) => map.clone(),
            Mapping::Plain(items) => items
                .iter()
                .map(|(k, v)| {
                    let k = if rename { camel(k) } else { k.clone() };
                    let v = match v {
                        Plain::Int(n) => serde_json::Value::from(*n),
                        Plain::Str(s) => serde_json::Value::from(s.as_str()),
                    };
                    (k, v)
                })
                .collect(),
        }
    }
}

thread_local! {
    /// The last options prepared on this thread and their prepared call. A program validates
    /// many documents with the same options (a date, a language); reading the options into a
    /// [`Key`] costs a fraction of checking and preparing them again (issue 22: options must
    /// cost no more than 5 % over the defaults).
    static LAST: RefCell<Option<(Key, Rc<PreparedValidate>)>> = const { RefCell::new(None) };
}

/// The keyword options of `validate`, `validate_batch` and `validate_update` as the facade's
/// `ValidateCall`, prepared (severity overrides and the language checked there, the call's
/// warnings raised at the caller's line). `redact_values` is taken by truth value, as Python's
/// `if` would; `limits` and `severity` are mappings, read as the call's JSON (limit names in
/// snake_case or as the facade spells them, `max_bytes` or `maxBytes`), so an unknown name or
/// a bad value is the facade's error with its pointer and suggestion. The same options as the
/// previous call on this thread give the same prepared call without checking them again.
fn prepare(
    py: Python<'_>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
    severity: Option<&Bound<'_, PyAny>>,
) -> PyResult<Rc<PreparedValidate>> {
    let key = Key {
        as_of: given(as_of).map(|d| date(py, d)).transpose()?,
        redact_values: match redact_values {
            Some(r) => r.is_truthy()?,
            None => false,
        },
        lang: crate::html::tag(lang)?,
        limits: given(limits)
            .map(|l| Mapping::read(py, "limits", l, true))
            .transpose()?,
        severity: given(severity)
            .map(|s| Mapping::read(py, "severity", s, false))
            .transpose()?,
    };
    let hit = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, p)| Rc::clone(p))
    });
    let prepared = match hit {
        Some(p) => p,
        None => {
            let p = Rc::new(prepare_key(py, &key)?);
            LAST.set(Some((key, Rc::clone(&p))));
            p
        }
    };
    if !prepared.warnings.is_empty() {
        warn(py, &prepared.warnings, 1)?;
    }
    Ok(prepared)
}

/// An option that was given (`None` and Python's `None` are both "not given").
fn given<'a, 'py>(o: Option<&'a Bound<'py, PyAny>>) -> Option<&'a Bound<'py, PyAny>> {
    o.filter(|v| !v.is_none())
}

/// The prepared call of options read into a [`Key`].
fn prepare_key(py: Python<'_>, key: &Key) -> PyResult<PreparedValidate> {
    if *key == Key::default() {
        return Ok(PreparedValidate::default());
    }
    let mut json = serde_json::Map::new();
    if let Some(limits) = &key.limits {
        json.insert("limits".into(), limits.json(true).into());
    }
    if let Some(severity) = &key.severity {
        json.insert("severity".into(), severity.json(false).into());
    }
    let (mut c, _) = call::from_value::<ValidateCall>(json.into()).map_err(|e| to_pyerr(py, &e))?;
    c.as_of = key.as_of;
    c.redact_values = key.redact_values;
    c.lang.clone_from(&key.lang);
    c.prepare().map_err(|e| to_pyerr(py, &e))
}

/// A mapping option (`limits`, `severity`) as a JSON object; anything else is a `TypeError`.
fn mapping(
    py: Python<'_>,
    what: &'static str,
    value: &Bound<'_, PyAny>,
) -> PyResult<serde_json::Map<String, serde_json::Value>> {
    if value.cast_exact::<PyDict>().is_err() && value.getattr(intern!(py, "items")).is_err() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a mapping, not {}",
            value.get_type().name()?
        )));
    }
    // An exact dict is read as it is; another mapping through a `dict` copy.
    let copy;
    let dict = if value.cast_exact::<PyDict>().is_ok() {
        value
    } else {
        copy = py.import("builtins")?.getattr("dict")?.call1((value,))?;
        &copy
    };
    match convert::to_json(what, dict).map_err(|e| to_pyerr(py, &e))? {
        serde_json::Value::Object(map) => Ok(map),
        _ => Err(PyTypeError::new_err(format!("{what} must be a mapping"))),
    }
}

/// A Python keyword name as the facade spells it (`max_bytes` → `maxBytes`); a name already
/// spelt so is unchanged.
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for ch in name.chars() {
        if ch == '_' {
            upper = true;
        } else if upper {
            out.extend(ch.to_uppercase());
            upper = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// A `datetime.date` (not a `datetime`, whose time would be silently dropped) as a date.
fn date(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    thread_local! {
        /// The last `as_of` object read on this thread (held, so that its address cannot be
        /// reused by another object) and its date: a `datetime.date` cannot change.
        static LAST_DATE: RefCell<Option<(Py<PyAny>, NaiveDate)>> = const { RefCell::new(None) };
    }
    let hit = LAST_DATE.with_borrow(|last| {
        last.as_ref()
            .filter(|(obj, _)| value.is(obj.bind(py)))
            .map(|(_, d)| *d)
    });
    if let Some(d) = hit {
        return Ok(d);
    }
    let d = read_date(py, value)?;
    // Only an exact `datetime.date` is remembered: a subclass could compute its fields.
    if value.get_type().is(date_types(py)?.0.bind(py)) {
        LAST_DATE.set(Some((value.clone().unbind(), d)));
    }
    Ok(d)
}

/// `datetime.date` and `datetime.datetime`, looked up once.
fn date_types(py: Python<'_>) -> PyResult<&(Py<PyAny>, Py<PyAny>)> {
    static TYPES: PyOnceLock<(Py<PyAny>, Py<PyAny>)> = PyOnceLock::new();
    TYPES.get_or_try_init(py, || {
        let module = py.import("datetime")?;
        Ok::<_, PyErr>((
            module.getattr("date")?.unbind(),
            module.getattr("datetime")?.unbind(),
        ))
    })
}

/// [`date`], read from the object.
fn read_date(py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<NaiveDate> {
    let (date_type, datetime_type) = date_types(py)?;
    // An exact `datetime.date`, the common case, is one pointer comparison.
    if !value.get_type().is(date_type.bind(py)) {
        if value.is_instance(datetime_type.bind(py))? {
            return Err(PyTypeError::new_err(
                "as_of must be a datetime.date, not a datetime",
            ));
        }
        if !value.is_instance(date_type.bind(py))? {
            return Err(PyTypeError::new_err(format!(
                "as_of must be a datetime.date, not {}",
                value.get_type().name()?
            )));
        }
    }
    let year: i32 = value.getattr(intern!(py, "year"))?.extract()?;
    let month: u32 = value.getattr(intern!(py, "month"))?.extract()?;
    let day: u32 = value.getattr(intern!(py, "day"))?.extract()?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        PyValueError::new_err(format!("as_of is not a date the core can hold: {value}"))
    })
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

/// The core's report as the call's answer (severities overridden, messages in the call's
/// language: [`PreparedValidate::answer`]) and then as a `p2c.Report` (see the module docs).
fn report(
    py: Python<'_>,
    prepared: &PreparedValidate,
    report: validation::Report,
    cx: &Context<'_, '_>,
) -> PyResult<Py<PyAny>> {
    let report = &prepared.answer(report).report;
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
/// limits (``max_bytes``, ``max_depth``, ``max_array_len``, ``max_string_len``, or as the
/// guidance spells them, ``maxBytes`` …); ``lang`` (``"fr"``, ``"ar"``, …: ar, zh, en, fr, ru,
/// es) gives the messages in that language, with codes, severities, paths and params unchanged
/// (an unknown tag gives English and one ``p2c.UnknownLanguageWarning``, never an error);
/// ``severity`` maps an issue code to another severity (``"error"``, ``"warning"``,
/// ``"info"``) or to ``"off"`` to leave its issues out, and ``valid`` follows the severities as
/// overridden. The options are p2c-core's ``ValidateCall``: an unknown limit or issue code
/// raises :class:`p2c.OptionError` naming it, with a suggestion.
///
/// With ``batch=True`` the input is a list of pledges (a ``list`` or a JSON array), validated
/// as :func:`validate_batch` does.
///
/// Raises ``TypeError`` for an input of another type and :class:`p2c.ParseError` for a dict
/// holding Python values with no JSON equivalent.
#[pyfunction]
#[pyo3(
    signature = (document, *, as_of=None, redact_values=None, batch=None, limits=None, lang=None, severity=None),
    text_signature = "(document, *, as_of=None, redact_values=False, batch=False, limits=None, lang=None, severity=None)"
)]
#[allow(clippy::too_many_arguments)]
pub(crate) fn validate(
    py: Python<'_>,
    document: &Bound<'_, PyAny>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    batch: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
    severity: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    if let Some(batch) = batch {
        if batch.is_truthy()? {
            return validate_batch(py, document, as_of, redact_values, limits, lang, severity);
        }
    }
    guard(py, || {
        let prepared = prepare(py, as_of, redact_values, limits, lang, severity)?;
        let opts = &prepared.options;
        let cx = Context {
            lang: prepared.lang,
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
            py.detach(|| validation::validate_str(text, opts))
        } else if !is_dict && document.is_instance_of::<PyBytes>() {
            let bytes = document.cast::<PyBytes>()?.as_bytes();
            py.detach(|| validation::validate_bytes(bytes, opts))
        } else if is_dict || document.is_instance_of::<PyDict>() {
            with_tree("pledge", document, true, |tree| {
                validation::validate_tree(tree, opts)
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
        report(py, &prepared, result, &cx)
    })
}

/// Validate a list of pledges: each pledge's issues (paths prefixed by its index, such as
/// ``/3/title``), then the batch rules (duplicate ids, likely duplicate submissions).
///
/// ``documents`` is a ``list`` (or ``tuple``) of dicts, or a JSON array as ``str`` or ``bytes``.
/// Options (``lang`` too) are those of :func:`validate`.
#[pyfunction]
#[pyo3(
    signature = (documents, *, as_of=None, redact_values=None, limits=None, lang=None, severity=None),
    text_signature = "(documents, *, as_of=None, redact_values=False, limits=None, lang=None, severity=None)"
)]
pub(crate) fn validate_batch(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    limits: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
    severity: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let prepared = prepare(py, as_of, redact_values, limits, lang, severity)?;
        let opts = &prepared.options;
        let cx = Context {
            lang: prepared.lang,
            batch: true,
            as_of,
        };
        let result = if let Ok(text) = documents.cast::<PyString>() {
            let text = text.to_str()?;
            py.detach(|| validation::validate_batch_str(text, opts))
        } else if let Ok(bytes) = documents.cast::<PyBytes>() {
            let bytes = bytes.as_bytes();
            py.detach(|| validation::validate_batch_bytes(bytes, opts))
        } else if documents.is_instance_of::<PyList>() || documents.is_instance_of::<PyTuple>() {
            with_tree("pledges", documents, false, |tree| {
                validation::validate_batch_tree(tree, opts)
            })
            .map_err(|e| to_pyerr(py, &e))?
        } else {
            return Err(PyTypeError::new_err(format!(
                "validate_batch() takes a list, str or bytes, not {}",
                documents.get_type().name()?
            )));
        };
        report(py, &prepared, result, &cx)
    })
}

/// Validate a change from ``old`` to ``new`` (parsed with :func:`p2c.parse_pledge`): the new
/// version's rules, the review-state transition and an unchanged id.
#[pyfunction]
#[pyo3(
    signature = (old, new, *, as_of=None, redact_values=None, lang=None, severity=None),
    text_signature = "(old, new, *, as_of=None, redact_values=False, lang=None, severity=None)"
)]
#[allow(clippy::too_many_arguments)]
pub(crate) fn validate_update(
    py: Python<'_>,
    old: PyRef<'_, Pledge>,
    new: PyRef<'_, Pledge>,
    as_of: Option<&Bound<'_, PyAny>>,
    redact_values: Option<&Bound<'_, PyAny>>,
    lang: Option<&Bound<'_, PyAny>>,
    severity: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let prepared = prepare(py, as_of, redact_values, None, lang, severity)?;
        let opts = &prepared.options;
        let cx = Context {
            lang: prepared.lang,
            batch: false,
            as_of,
        };
        let (old, new) = (old.inner(), new.inner());
        let result = py.detach(|| validation::validate_update(old, new, opts));
        report(py, &prepared, result, &cx)
    })
}

/// The issue-code catalogue (the facade's `IssueCodesCall`): one dict per code (`code`,
/// `severity`, `title`, `guidance`), or only `code`'s entry (matched in any case; an unknown
/// code raises `p2c.OptionError`). With ``lang``, titles and guidance are in that language
/// (codes and severities never change); an unknown tag gives English and a
/// ``p2c.UnknownLanguageWarning``.
#[pyfunction]
#[pyo3(signature = (*, lang=None, code=None))]
pub(crate) fn issue_codes(
    py: Python<'_>,
    lang: Option<&Bound<'_, PyAny>>,
    code: Option<String>,
) -> PyResult<Py<PyAny>> {
    guard(py, || {
        let c = call::IssueCodesCall {
            lang: crate::html::tag(lang)?,
            code,
        };
        let (codes, warnings) = c.run().map_err(|e| to_pyerr(py, &e))?;
        warn(py, &warnings, 1)?;
        let value = serde_json::to_value(codes)
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
