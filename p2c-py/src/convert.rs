//! Python objects ↔ `serde_json::Value`.
//!
//! Dicts are read directly, so that analysts do not pay for a `json.dumps` round trip. The
//! mapping is JSON's: a Python `float` becomes a JSON floating-point number, which the core's
//! decimal fields refuse (it may already have lost digits), exactly as for a fractional number
//! in JSON text. Exact Python values with no JSON equivalent are written as the strings the
//! wire format expects: `decimal.Decimal` as plain decimal text, `datetime.date` in ISO 8601.

use p2c_core::parse::escape_pointer_token;
use p2c_core::Error;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused (the same limit serde_json applies to JSON text), which
/// also stops a dict that contains itself.
const MAX_DEPTH: usize = 128;

/// Convert a Python object to a JSON value; `what` names the document for error messages.
pub(crate) fn to_json(what: &'static str, obj: &Bound<'_, PyAny>) -> Result<Value, Error> {
    let mut path = Vec::new();
    convert(what, obj, &mut path)
}

fn parse_error(what: &'static str, path: &[String], message: String) -> Error {
    let pointer = path
        .iter()
        .map(|t| format!("/{}", escape_pointer_token(t)))
        .collect();
    Error::Parse {
        what,
        pointer,
        line: None,
        column: None,
        message,
    }
}

fn py_error(what: &'static str, path: &[String], err: &PyErr) -> Error {
    parse_error(what, path, err.to_string())
}

fn convert(
    what: &'static str,
    obj: &Bound<'_, PyAny>,
    path: &mut Vec<String>,
) -> Result<Value, Error> {
    if path.len() > MAX_DEPTH {
        return Err(Error::LimitExceeded {
            limit: "maxDepth",
            max: MAX_DEPTH as u64,
            actual: path.len() as u64,
        });
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(parse_error(
            what,
            path,
            format!("the integer `{obj}` is too large; write it as a decimal string"),
        ));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        let v = f.value();
        return Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| parse_error(what, path, format!("`{v}` is not a finite number")));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(
            s.to_str().map_err(|e| py_error(what, path, &e))?.to_owned(),
        ));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::with_capacity(d.len());
        for (k, v) in d.iter() {
            let key = match k.cast::<PyString>() {
                Ok(s) => s.to_str().map_err(|e| py_error(what, path, &e))?.to_owned(),
                Err(_) => {
                    return Err(parse_error(
                        what,
                        path,
                        format!("dictionary keys must be strings, not `{k}`"),
                    ))
                }
            };
            path.push(key);
            let value = convert(what, &v, path)?;
            if let Some(key) = path.pop() {
                map.insert(key, value);
            }
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, item) in obj
            .try_iter()
            .map_err(|e| py_error(what, path, &e))?
            .enumerate()
        {
            let item = item.map_err(|e| py_error(what, path, &e))?;
            path.push(i.to_string());
            let value = convert(what, &item, path)?;
            path.pop();
            items.push(value);
        }
        return Ok(Value::Array(items));
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
            .map_err(|e| py_error(what, path, &e))?;
        return Ok(Value::String(text));
    }
    if is("datetime", "date") {
        let text: String = obj
            .call_method0("isoformat")
            .and_then(|s| s.extract())
            .map_err(|e| py_error(what, path, &e))?;
        return Ok(Value::String(text));
    }
    let type_name = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_owned());
    Err(parse_error(
        what,
        path,
        format!("a `{type_name}` has no JSON equivalent"),
    ))
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
