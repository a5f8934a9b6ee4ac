//! Python objects ↔ `serde_json::Value`.
//!
//! Dicts are read directly, so that analysts do not pay for a `json.dumps` round trip. The
//! mapping is JSON's: a Python `float` becomes a JSON floating-point number, which the core's
//! decimal fields refuse (it may already have lost digits), exactly as for a fractional number
//! in JSON text. Exact Python values with no JSON equivalent are written as the strings the
//! wire format expects: `decimal.Decimal` as plain decimal text, `datetime.date` in ISO 8601.

use std::borrow::Cow;

use p2c_core::parse::escape_pointer_token;
use p2c_core::validate::Tree;
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
    read(what, obj)?.value()
}

/// A Python value read in one pass into a flat token list, which the second pass turns into
/// the core's [`Tree`] (borrowing every string from the Python `str` objects held here) or into
/// a `serde_json::Value`. Two passes because the tree cannot borrow from objects that Python
/// iteration hands out one at a time; holding them here keeps them alive and their UTF-8 put.
pub(crate) struct Read {
    toks: Vec<Tok>,
    strs: Vec<PyBackedStr>,
}

/// One value, or the start of an array or object followed by its items (an object's: key,
/// then value), in document order.
enum Tok {
    Null,
    Bool(bool),
    Int(i64),
    UInt(u64),
    Float(f64),
    /// A Python `str` (key or value): its index in [`Read::strs`].
    Str(usize),
    /// Text made from an exact Python value (`Decimal`, `date`).
    Text(String),
    Array(usize),
    Object(usize),
}

/// A step of the path to the value being read (for error pointers only).
enum Seg {
    Key(usize),
    Index(usize),
}

/// Read a Python object; `what` names the document for error messages.
pub(crate) fn read(what: &'static str, obj: &Bound<'_, PyAny>) -> Result<Read, Error> {
    let mut r = Reader {
        what,
        out: Read {
            toks: Vec::with_capacity(128),
            strs: Vec::with_capacity(64),
        },
        path: Vec::with_capacity(8),
    };
    r.convert(obj)?;
    Ok(r.out)
}

impl Read {
    /// The value as the core's tree, its strings borrowed from the Python objects.
    pub(crate) fn tree(&self) -> Result<Tree<'_>, Error> {
        let mut toks = self.toks.iter();
        self.tree_at(&mut toks).ok_or_else(broken)
    }

    fn tree_at<'s>(&'s self, toks: &mut std::slice::Iter<'s, Tok>) -> Option<Tree<'s>> {
        Some(match toks.next()? {
            Tok::Null => Tree::null(),
            Tok::Bool(b) => Tree::bool(*b),
            Tok::Int(i) => Tree::int(*i),
            Tok::UInt(u) => Tree::uint(*u),
            Tok::Float(f) => Tree::float(*f)?,
            Tok::Str(i) => Tree::str(self.strs.get(*i)?),
            Tok::Text(t) => Tree::str(t),
            Tok::Array(n) => {
                let mut items = Vec::with_capacity(*n);
                for _ in 0..*n {
                    items.push(self.tree_at(toks)?);
                }
                Tree::array(items)
            }
            Tok::Object(n) => {
                let mut entries = Vec::with_capacity(*n);
                for _ in 0..*n {
                    let Tok::Str(k) = toks.next()? else {
                        return None;
                    };
                    let key: &str = self.strs.get(*k)?;
                    entries.push((Cow::Borrowed(key), self.tree_at(toks)?));
                }
                Tree::object(entries)
            }
        })
    }

    /// The value as a `serde_json::Value` (entries of equal keys: the last one wins).
    pub(crate) fn value(&self) -> Result<Value, Error> {
        let mut toks = self.toks.iter();
        self.value_at(&mut toks).ok_or_else(broken)
    }

    fn value_at(&self, toks: &mut std::slice::Iter<'_, Tok>) -> Option<Value> {
        Some(match toks.next()? {
            Tok::Null => Value::Null,
            Tok::Bool(b) => Value::Bool(*b),
            Tok::Int(i) => Value::from(*i),
            Tok::UInt(u) => Value::from(*u),
            Tok::Float(f) => Value::Number(Number::from_f64(*f)?),
            Tok::Str(i) => Value::String(self.strs.get(*i)?.to_string()),
            Tok::Text(t) => Value::String(t.clone()),
            Tok::Array(n) => {
                let mut items = Vec::with_capacity(*n);
                for _ in 0..*n {
                    items.push(self.value_at(toks)?);
                }
                Value::Array(items)
            }
            Tok::Object(n) => {
                let mut map = Map::with_capacity(*n);
                for _ in 0..*n {
                    let Tok::Str(k) = toks.next()? else {
                        return None;
                    };
                    let key = self.strs.get(*k)?.to_string();
                    map.insert(key, self.value_at(toks)?);
                }
                Value::Object(map)
            }
        })
    }
}

/// The token list does not have the shape the reader writes (a bug, never the input's fault).
fn broken() -> Error {
    Error::Internal("the converted Python value is inconsistent".to_owned())
}

struct Reader {
    what: &'static str,
    out: Read,
    path: Vec<Seg>,
}

impl Reader {
    fn parse_error(&self, message: String) -> Error {
        let mut pointer = String::new();
        for seg in &self.path {
            pointer.push('/');
            match seg {
                Seg::Key(i) => pointer.push_str(&escape_pointer_token(
                    self.out.strs.get(*i).map_or("", |s| &**s),
                )),
                Seg::Index(i) => pointer.push_str(&i.to_string()),
            }
        }
        Error::Parse {
            what: self.what,
            pointer,
            line: None,
            column: None,
            message,
        }
    }

    fn py_error(&self, err: &PyErr) -> Error {
        self.parse_error(err.to_string())
    }

    fn string(&mut self, s: Bound<'_, PyString>) -> Result<usize, Error> {
        let s = PyBackedStr::try_from(s).map_err(|e| self.py_error(&e))?;
        self.out.strs.push(s);
        Ok(self.out.strs.len().saturating_sub(1))
    }

    fn convert(&mut self, obj: &Bound<'_, PyAny>) -> Result<(), Error> {
        if self.path.len() > MAX_DEPTH {
            return Err(Error::LimitExceeded {
                limit: "maxDepth",
                max: MAX_DEPTH as u64,
                actual: self.path.len() as u64,
            });
        }
        // The checks are disjoint (no type can be two of str, dict, list, bool, int, float),
        // so the common ones come first.
        if let Ok(s) = obj.cast::<PyString>() {
            let i = self.string(s.clone())?;
            self.out.toks.push(Tok::Str(i));
            return Ok(());
        }
        if let Ok(d) = obj.cast::<PyDict>() {
            self.out.toks.push(Tok::Object(d.len()));
            for (k, v) in d.iter() {
                let key = match k.cast_into::<PyString>() {
                    Ok(s) => self.string(s)?,
                    Err(e) => {
                        let k = e.into_inner();
                        return Err(
                            self.parse_error(format!("dictionary keys must be strings, not `{k}`"))
                        );
                    }
                };
                self.out.toks.push(Tok::Str(key));
                self.path.push(Seg::Key(key));
                self.convert(&v)?;
                self.path.pop();
            }
            return Ok(());
        }
        if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
            let at = self.out.toks.len();
            self.out.toks.push(Tok::Array(0));
            let mut n = 0;
            for item in obj.try_iter().map_err(|e| self.py_error(&e))? {
                let item = item.map_err(|e| self.py_error(&e))?;
                self.path.push(Seg::Index(n));
                self.convert(&item)?;
                self.path.pop();
                n += 1;
            }
            if let Some(tok) = self.out.toks.get_mut(at) {
                *tok = Tok::Array(n);
            }
            return Ok(());
        }
        if let Ok(b) = obj.cast::<PyBool>() {
            self.out.toks.push(Tok::Bool(b.is_true()));
            return Ok(());
        }
        if obj.is_instance_of::<PyInt>() {
            let tok = if let Ok(i) = obj.extract::<i64>() {
                Tok::Int(i)
            } else if let Ok(u) = obj.extract::<u64>() {
                Tok::UInt(u)
            } else {
                // Beyond 64 bits, JSON text is read as the nearest f64 (serde_json does so), so
                // the dict gives the same report as `json.dumps` of it. Past f64's range JSON
                // text is malformed; here, as for `inf`, it cannot be read at all.
                match obj.extract::<f64>() {
                    Ok(v) if v.is_finite() => Tok::Float(v),
                    _ => {
                        return Err(self.parse_error(format!(
                            "the integer `{obj}` is too large; write it as a decimal string"
                        )))
                    }
                }
            };
            self.out.toks.push(tok);
            return Ok(());
        }
        if obj.is_none() {
            self.out.toks.push(Tok::Null);
            return Ok(());
        }
        if let Ok(f) = obj.cast::<PyFloat>() {
            let v = f.value();
            if Number::from_f64(v).is_none() {
                return Err(self.parse_error(format!("`{v}` is not a finite number")));
            }
            self.out.toks.push(Tok::Float(v));
            return Ok(());
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
                .map_err(|e| self.py_error(&e))?;
            self.out.toks.push(Tok::Text(text));
            return Ok(());
        }
        if is("datetime", "date") {
            let text: String = obj
                .call_method0("isoformat")
                .and_then(|s| s.extract())
                .map_err(|e| self.py_error(&e))?;
            self.out.toks.push(Tok::Text(text));
            return Ok(());
        }
        let type_name = obj
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "object".to_owned());
        Err(self.parse_error(format!("a `{type_name}` has no JSON equivalent")))
    }
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
