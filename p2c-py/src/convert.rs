//! Python objects ↔ `serde_json::Value`, and Python objects → the core's validation [`Tree`].
//!
//! Dicts are read directly, so that analysts do not pay for a `json.dumps` round trip. The
//! mapping is JSON's: a Python `float` becomes a JSON floating-point number, which the core's
//! decimal fields refuse (it may already have lost digits), exactly as for a fractional number
//! in JSON text. Exact Python values with no JSON equivalent are written as the strings the
//! wire format expects: `decimal.Decimal` as plain decimal text, `datetime.date` in ISO 8601.
//!
//! One reader walks the Python value once and builds either output through [`Build`]. For the
//! tree it borrows every string's UTF-8 (cached by Python in the `str` object) from a [`Strs`]
//! arena that keeps those objects alive: validating a dict reads it in one pass, with no
//! intermediate token list and no copy of any string. The path to the value being read is not
//! kept while reading; an error collects it on the way out (pydantic-core's reversed location).

use std::cell::{Cell, OnceCell};
use std::vec::Drain;

use p2c_core::json::{Arena, Tree};
use p2c_core::parse::escape_pointer_token;
use p2c_core::Error;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused (the same limit serde_json applies to JSON text), which
/// also stops a dict that contains itself.
const MAX_DEPTH: usize = 128;

/// Convert a Python object to a JSON value; `what` names the document for error messages.
pub(crate) fn to_json(what: &'static str, obj: &Bound<'_, PyAny>) -> Result<Value, Error> {
    let strs = Strs::new();
    read::<Value>(what, obj, &strs, (), false)
}

/// Read a Python object into the core's tree in `arena`, its strings borrowed from the Python
/// `str` objects that `strs` keeps alive; `what` names the document for error messages.
///
/// With `any_order`, a dict whose keys are all exact `str` (so distinct) keeps its entries in
/// the dict's order ([`Tree::object_unordered`]): the core then sorts them only if the order
/// could show in the report. That saves the sort for one document, the common valid case; the
/// core sorts a batch before validating it, so a batch is better read sorted.
pub(crate) fn to_tree<'a>(
    what: &'static str,
    obj: &Bound<'_, PyAny>,
    strs: &'a Strs,
    arena: &'a Arena,
    any_order: bool,
) -> Result<Tree<'a>, Error> {
    read::<Tree<'a>>(what, obj, strs, arena, any_order)
}

/// The Python strings a tree borrows from, kept alive (one reference each) until it is dropped.
///
/// Strings are added through a shared reference, so the `&str` handed out for one stays valid
/// while more are added: each chunk is a fixed slice of write-once cells, and a full chunk
/// links to a new one twice its size.
pub(crate) struct Strs {
    slots: Box<[OnceCell<PyBackedStr>]>,
    used: Cell<usize>,
    next: OnceCell<Box<Strs>>,
}

impl Strs {
    /// Slots in the first chunk: enough for the strings (keys included) of a typical pledge.
    const FIRST: usize = 128;

    /// An empty arena (its first chunk is the emptied one of the last arena dropped on this
    /// thread, if any: validating many dicts in a loop then allocates no chunk).
    pub(crate) fn new() -> Strs {
        let spare = SPARE.try_with(Cell::take).ok().flatten();
        Strs {
            slots: spare.unwrap_or_else(|| Strs::chunk(Strs::FIRST)),
            used: Cell::new(0),
            next: OnceCell::new(),
        }
    }

    fn with_capacity(n: usize) -> Strs {
        Strs {
            slots: Strs::chunk(n),
            used: Cell::new(0),
            next: OnceCell::new(),
        }
    }

    fn chunk(n: usize) -> Box<[OnceCell<PyBackedStr>]> {
        (0..n).map(|_| OnceCell::new()).collect()
    }

    /// Keep `s` alive as long as the arena, and borrow its text for as long (`None` only if
    /// a slot were used twice, which `used` rules out).
    fn keep(&self, mut s: PyBackedStr) -> Option<&str> {
        let mut chunk = self;
        loop {
            let i = chunk.used.get();
            if let Some(slot) = chunk.slots.get(i) {
                chunk.used.set(i.saturating_add(1));
                match slot.set(s) {
                    Ok(()) => return slot.get().map(|kept| &**kept),
                    Err(back) => s = back,
                }
            } else {
                let size = chunk.slots.len().saturating_mul(2);
                chunk = chunk
                    .next
                    .get_or_init(|| Box::new(Strs::with_capacity(size)));
            }
        }
    }
}

thread_local! {
    /// An emptied first chunk of an arena, kept for the next arena made on this thread.
    static SPARE: Cell<Option<Box<[OnceCell<PyBackedStr>]>>> = const { Cell::new(None) };
}

impl Drop for Strs {
    fn drop(&mut self) {
        let used = self.used.get();
        for slot in self.slots.iter_mut().take(used) {
            drop(slot.take());
        }
        if self.slots.len() == Strs::FIRST {
            let slots = std::mem::take(&mut self.slots);
            // Nothing to keep it for once the thread is ending; it is freed then.
            let _ = SPARE.try_with(|spare| spare.set(Some(slots)));
        }
    }
}

/// How the reader assembles its output (a `serde_json::Value` or a [`Tree`]), with `Cx` (the
/// tree's arena) for arrays, objects and made text. An array's items and an object's entries
/// come off the reader's scratch stacks ([`Scratch`]).
trait Build<'a>: Sized {
    /// What arrays and objects are made in.
    type Cx: Copy;
    /// An object's key.
    type Key;
    fn null() -> Self;
    fn bool(b: bool) -> Self;
    fn int(i: i64) -> Self;
    fn uint(u: u64) -> Self;
    /// `None` when `f` is not finite.
    fn float(f: f64) -> Option<Self>;
    /// A Python `str`, borrowed from the arena.
    fn str(s: &'a str) -> Self;
    /// Text made from an exact Python value (`Decimal`, `date`).
    fn text(cx: Self::Cx, s: String) -> Self;
    fn key(s: &'a str) -> Self::Key;
    fn array(cx: Self::Cx, items: Drain<'_, Self>) -> Self;
    /// `distinct`: the keys are known to be distinct (all of them exact `str`), and the
    /// caller accepts the entries in any order.
    fn object(cx: Self::Cx, entries: Drain<'_, (Self::Key, Self)>, distinct: bool) -> Self;
}

/// The children of the arrays and objects being read, shared by all levels: a container's
/// children are on top of a stack while it is read, then moved into it (for a tree, into the
/// arena, so that reading a dict allocates nothing per container).
struct Scratch<'a, B: Build<'a>> {
    cx: B::Cx,
    items: Vec<B>,
    entries: Vec<(B::Key, B)>,
}

impl<'a> Build<'a> for Value {
    type Cx = ();
    type Key = String;
    fn null() -> Self {
        Value::Null
    }
    fn bool(b: bool) -> Self {
        Value::Bool(b)
    }
    fn int(i: i64) -> Self {
        Value::from(i)
    }
    fn uint(u: u64) -> Self {
        Value::from(u)
    }
    fn float(f: f64) -> Option<Self> {
        Number::from_f64(f).map(Value::Number)
    }
    fn str(s: &'a str) -> Self {
        Value::String(s.to_owned())
    }
    fn text((): (), s: String) -> Self {
        Value::String(s)
    }
    fn key(s: &'a str) -> String {
        s.to_owned()
    }
    fn array((): (), items: Drain<'_, Self>) -> Self {
        Value::Array(items.collect())
    }
    /// Of entries with equal keys the last one wins (as `Tree::object` does).
    fn object((): (), entries: Drain<'_, (String, Self)>, _distinct: bool) -> Self {
        let mut map = Map::with_capacity(entries.len());
        for (k, v) in entries {
            map.insert(k, v);
        }
        Value::Object(map)
    }
}

impl<'a> Build<'a> for Tree<'a> {
    type Cx = &'a Arena;
    type Key = &'a str;
    fn null() -> Self {
        Tree::null()
    }
    fn bool(b: bool) -> Self {
        Tree::bool(b)
    }
    fn int(i: i64) -> Self {
        Tree::int(i)
    }
    fn uint(u: u64) -> Self {
        Tree::uint(u)
    }
    fn float(f: f64) -> Option<Self> {
        Tree::float(f)
    }
    fn str(s: &'a str) -> Self {
        Tree::str(s)
    }
    fn text(arena: &'a Arena, s: String) -> Self {
        Tree::string(arena, &s)
    }
    fn key(s: &'a str) -> &'a str {
        s
    }
    fn array(arena: &'a Arena, items: Drain<'_, Self>) -> Self {
        Tree::array(arena, items.as_slice())
    }
    fn object(arena: &'a Arena, entries: Drain<'_, (&'a str, Self)>, distinct: bool) -> Self {
        if distinct {
            Tree::object_unordered(arena, entries.as_slice())
        } else {
            Tree::object(arena, entries.as_slice())
        }
    }
}

/// Why reading stopped: a core error as is, or a parse error whose pointer is collected, one
/// escaped token per level, while the reader returns (innermost first). Boxed where returned,
/// so that the success path's `Result` is no larger than the value.
enum Fail {
    Core(Error),
    At { rev: Vec<String>, message: String },
}

impl Fail {
    fn msg(message: String) -> Box<Fail> {
        Box::new(Fail::At {
            rev: Vec::new(),
            message,
        })
    }

    /// The same failure, one level further out (under `token`, already escaped).
    fn under(mut self: Box<Fail>, token: impl FnOnce() -> String) -> Box<Fail> {
        if let Fail::At { rev, .. } = &mut *self {
            rev.push(token());
        }
        self
    }
}

fn read<'a, B: Build<'a>>(
    what: &'static str,
    obj: &Bound<'_, PyAny>,
    strs: &'a Strs,
    cx: B::Cx,
    any_order: bool,
) -> Result<B, Error> {
    let mut scratch = Scratch {
        cx,
        items: Vec::with_capacity(16),
        entries: Vec::with_capacity(32),
    };
    convert::<B>(obj.clone(), strs, &mut scratch, 0, any_order).map_err(|fail| match *fail {
        Fail::Core(e) => e,
        Fail::At { rev, message } => {
            let mut pointer = String::new();
            for token in rev.iter().rev() {
                pointer.push('/');
                pointer.push_str(token);
            }
            Error::Parse {
                what,
                pointer,
                line: None,
                column: None,
                message,
            }
        }
    })
}

fn py_fail(err: &PyErr) -> Box<Fail> {
    Fail::msg(err.to_string())
}

/// A Python `str`, kept in the arena.
fn string<'a>(s: Bound<'_, PyString>, strs: &'a Strs) -> Result<&'a str, Box<Fail>> {
    let s = PyBackedStr::try_from(s).map_err(|e| py_fail(&e))?;
    strs.keep(s).ok_or_else(|| {
        Box::new(Fail::Core(Error::Internal(
            "a Python string was not kept".to_owned(),
        )))
    })
}

/// An array's items, read from an iterator of Python objects.
fn items<'a, 'py, B: Build<'a>>(
    iter: impl Iterator<Item = PyResult<Bound<'py, PyAny>>>,
    strs: &'a Strs,
    sc: &mut Scratch<'a, B>,
    depth: usize,
    any_order: bool,
) -> Result<B, Box<Fail>> {
    let start = sc.items.len();
    for (n, item) in iter.enumerate() {
        let item = item.map_err(|e| py_fail(&e))?;
        let value = convert::<B>(item, strs, sc, depth.saturating_add(1), any_order)
            .map_err(|f| f.under(|| n.to_string()))?;
        sc.items.push(value);
    }
    Ok(B::array(sc.cx, sc.items.drain(start..)))
}

/// A dict's entries, whose keys must be strings.
fn object<'a, B: Build<'a>>(
    d: &Bound<'_, PyDict>,
    strs: &'a Strs,
    sc: &mut Scratch<'a, B>,
    depth: usize,
    any_order: bool,
) -> Result<B, Box<Fail>> {
    let start = sc.entries.len();
    // Exact `str` keys of one dict differ in text; a subclass may define equality otherwise.
    let mut distinct = any_order;
    for (k, v) in d.iter() {
        let key = match k.cast_into_exact::<PyString>() {
            Ok(s) => string(s, strs)?,
            Err(e) => match e.into_inner().cast_into::<PyString>() {
                Ok(s) => {
                    distinct = false;
                    string(s, strs)?
                }
                Err(e) => {
                    let k = e.into_inner();
                    return Err(Fail::msg(format!(
                        "dictionary keys must be strings, not `{k}`"
                    )));
                }
            },
        };
        let value = convert::<B>(v, strs, sc, depth.saturating_add(1), any_order)
            .map_err(|f| f.under(|| escape_pointer_token(key)))?;
        sc.entries.push((B::key(key), value));
    }
    Ok(B::object(sc.cx, sc.entries.drain(start..), distinct))
}

/// Read one value at `depth` (the number of steps from the document's root). The value is
/// taken by reference count, so that a string moves into the arena without another one.
fn convert<'a, B: Build<'a>>(
    obj: Bound<'_, PyAny>,
    strs: &'a Strs,
    sc: &mut Scratch<'a, B>,
    depth: usize,
    any_order: bool,
) -> Result<B, Box<Fail>> {
    if depth > MAX_DEPTH {
        return Err(Box::new(Fail::Core(Error::LimitExceeded {
            limit: "maxDepth",
            max: MAX_DEPTH as u64,
            actual: depth as u64,
        })));
    }
    // The checks are disjoint (no type can be two of str, dict, list, bool, int, float),
    // so the common ones come first, and exact types (a pointer comparison; a subclass check
    // is a call into Python under the stable ABI) before subclasses.
    let obj = match obj.cast_into_exact::<PyString>() {
        Ok(s) => return Ok(B::str(string(s, strs)?)),
        Err(e) => e.into_inner(),
    };
    if let Ok(d) = obj.cast_exact::<PyDict>() {
        return object::<B>(d, strs, sc, depth, any_order);
    }
    // Exact lists and tuples are read by index; their subclasses through their own iterator.
    if let Ok(list) = obj.cast_exact::<PyList>() {
        return items::<B>(list.iter().map(Ok), strs, sc, depth, any_order);
    }
    let obj = match obj.cast_into::<PyString>() {
        Ok(s) => return Ok(B::str(string(s, strs)?)),
        Err(e) => e.into_inner(),
    };
    if let Ok(d) = obj.cast::<PyDict>() {
        return object::<B>(d, strs, sc, depth, any_order);
    }
    if let Ok(tuple) = obj.cast_exact::<PyTuple>() {
        return items::<B>(tuple.iter().map(Ok), strs, sc, depth, any_order);
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let iter = obj.try_iter().map_err(|e| py_fail(&e))?;
        return items::<B>(iter, strs, sc, depth, any_order);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(B::bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(B::int(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(B::uint(u));
        }
        // Beyond 64 bits, JSON text is read as the nearest f64 (serde_json does so), so the
        // dict gives the same report as `json.dumps` of it. Past f64's range JSON text is
        // malformed; here, as for `inf`, it cannot be read at all.
        return match obj.extract::<f64>().ok().and_then(B::float) {
            Some(v) => Ok(v),
            None => Err(Fail::msg(format!(
                "the integer `{obj}` is too large; write it as a decimal string"
            ))),
        };
    }
    if obj.is_none() {
        return Ok(B::null());
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        return B::float(v).ok_or_else(|| Fail::msg(format!("`{v}` is not a finite number")));
    }
    let py = obj.py();
    let is = |module: &str, name: &str| -> bool {
        py.import(module)
            .and_then(|m| m.getattr(name))
            .and_then(|t| obj.is_instance(&t))
            .unwrap_or(false)
    };
    if is("decimal", "Decimal") {
        // Plain notation (`format(d, "f")`): the wire format has no exponents.
        let text: String = obj
            .call_method1("__format__", ("f",))
            .and_then(|s| s.extract())
            .map_err(|e| py_fail(&e))?;
        return Ok(B::text(sc.cx, text));
    }
    if is("datetime", "date") {
        let text: String = obj
            .call_method0("isoformat")
            .and_then(|s| s.extract())
            .map_err(|e| py_fail(&e))?;
        return Ok(B::text(sc.cx, text));
    }
    let type_name = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_owned());
    Err(Fail::msg(format!("a `{type_name}` has no JSON equivalent")))
}

/// Convert a JSON value to plain Python objects (`dict`, `list`, `str`, `int`, `float`, …).
pub(crate) fn to_py(py: Python<'_>, value: &Value) -> PyResult<Py<PyAny>> {
    Ok(match value {
        Value::Null => py.None(),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any().unbind(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any().unbind()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any().unbind()
            } else {
                n.as_f64()
                    .unwrap_or(f64::NAN)
                    .into_pyobject(py)?
                    .into_any()
                    .unbind()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any().unbind(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_py(py, item)?)?;
            }
            list.into_any().unbind()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, to_py(py, v)?)?;
            }
            dict.into_any().unbind()
        }
    })
}
