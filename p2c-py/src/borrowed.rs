//! A plain dict read into the core's tree without touching a reference count.
//!
//! [`convert`](crate::convert) reads any Python value through pyo3's safe API, which takes a
//! new reference to every key and value it visits and keeps every string alive in an arena
//! until the tree is dropped: two reference-count calls per object (functions, under the
//! stable ABI) and a slot per string, about a tenth of `validate(dict)`.
//!
//! This reader borrows instead. It accepts only the exact built-in types JSON maps to (`dict`,
//! `list`, `tuple`, `str`, `int`, `float`, `bool`, `None`), whose reading runs no Python code,
//! and gives up (`None`) on anything else, before touching it; the caller then reads the
//! document again with `convert`, which handles or refuses every other value. While the GIL is
//! held and no Python code runs, nothing can change or free the objects reachable from the
//! document the caller holds, so borrowed references to them, and the UTF-8 text CPython
//! caches in each `str`, stay valid for as long as the document is borrowed (`'a`).

#![allow(unsafe_code)]

use p2c_core::json::{Arena, Tree};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

/// Deeper nesting is left to `convert` (which refuses it past its own limit).
const MAX_DEPTH: usize = 64;

/// Read `obj` into `arena`, or `None` when `convert` must read it. `any_order` as for
/// [`convert::to_tree`](crate::convert::to_tree).
pub(crate) fn to_tree<'a>(
    obj: &'a Bound<'_, PyAny>,
    arena: &'a Arena,
    any_order: bool,
) -> Option<Tree<'a>> {
    let mut reader = Reader {
        arena,
        any_order,
        items: Vec::with_capacity(16),
        entries: Vec::with_capacity(32),
    };
    reader.value(obj.as_borrowed(), 0)
}

/// The arena, and the children of the arrays and objects being read (shared by all levels).
struct Reader<'a> {
    arena: &'a Arena,
    any_order: bool,
    items: Vec<Tree<'a>>,
    entries: Vec<(&'a str, Tree<'a>)>,
}

impl<'a> Reader<'a> {
    fn value<'py>(&mut self, obj: Borrowed<'a, 'py, PyAny>, depth: usize) -> Option<Tree<'a>>
    where
        'py: 'a,
    {
        if depth > MAX_DEPTH {
            return None;
        }
        if let Ok(s) = obj.cast_exact::<PyString>() {
            return text(s).map(Tree::str);
        }
        if let Ok(d) = obj.cast_exact::<PyDict>() {
            return self.dict(d, depth);
        }
        if let Ok(list) = obj.cast_exact::<PyList>() {
            return self.items_of(obj, list.len(), ffi::PyList_GetItem, depth);
        }
        if let Ok(tuple) = obj.cast_exact::<PyTuple>() {
            return self.items_of(obj, tuple.len(), ffi::PyTuple_GetItem, depth);
        }
        if obj.is_none() {
            return Some(Tree::null());
        }
        if let Ok(b) = obj.cast_exact::<PyBool>() {
            return Some(Tree::bool(b.is_true()));
        }
        if obj.cast_exact::<PyInt>().is_ok() {
            // Larger integers are `convert`'s (it reads them as JSON text would be read).
            if let Ok(i) = obj.extract::<i64>() {
                return Some(Tree::int(i));
            }
            return obj.extract::<u64>().ok().map(Tree::uint);
        }
        if let Ok(f) = obj.cast_exact::<PyFloat>() {
            return Tree::float(f.value());
        }
        None
    }

    fn dict<'py>(&mut self, d: Borrowed<'a, 'py, PyDict>, depth: usize) -> Option<Tree<'a>>
    where
        'py: 'a,
    {
        let start = self.entries.len();
        let mut pos: ffi::Py_ssize_t = 0;
        let mut key: *mut ffi::PyObject = std::ptr::null_mut();
        let mut value: *mut ffi::PyObject = std::ptr::null_mut();
        let py = d.py();
        // SAFETY: `d` is a live dict (borrowed for 'a, see the module docs), and nothing
        // changes it while it is read: no Python code runs here.
        while unsafe { ffi::PyDict_Next(d.as_ptr(), &mut pos, &mut key, &mut value) } != 0 {
            // SAFETY: PyDict_Next returned borrowed, non-null references to the entry's key
            // and value, which the dict keeps alive for 'a.
            let (k, v) = unsafe { (Borrowed::from_ptr(py, key), Borrowed::from_ptr(py, value)) };
            // Exact `str` keys of one dict are distinct in text; anything else is `convert`'s.
            let k = text(k.cast_exact::<PyString>().ok()?)?;
            let v = self.value(v, depth.saturating_add(1))?;
            self.entries.push((k, v));
        }
        let entries = self.entries.get(start..)?;
        let tree = if self.any_order {
            Tree::object_unordered(self.arena, entries)
        } else {
            Tree::object(self.arena, entries)
        };
        self.entries.truncate(start);
        Some(tree)
    }

    /// The `len` items of an exact list or tuple, through `get_item` (`PyList_GetItem` or
    /// `PyTuple_GetItem`, which return borrowed references).
    fn items_of<'py>(
        &mut self,
        seq: Borrowed<'a, 'py, PyAny>,
        len: usize,
        get_item: unsafe extern "C" fn(*mut ffi::PyObject, ffi::Py_ssize_t) -> *mut ffi::PyObject,
        depth: usize,
    ) -> Option<Tree<'a>>
    where
        'py: 'a,
    {
        let start = self.items.len();
        let py = seq.py();
        for i in 0..len {
            let i = ffi::Py_ssize_t::try_from(i).ok()?;
            // SAFETY: `seq` is a live list or tuple (the one `get_item` is for) that nothing
            // changes while it is read (see the module docs); `get_item` returns a borrowed
            // reference, or null (with an `IndexError` set) past the end, which cannot happen
            // below its length.
            let item = unsafe { Borrowed::from_ptr_or_opt(py, get_item(seq.as_ptr(), i)) };
            let Some(item) = item else {
                // Take the error back off the interpreter before `convert` runs.
                drop(PyErr::take(py));
                return None;
            };
            let v = self.value(item, depth.saturating_add(1))?;
            self.items.push(v);
        }
        let tree = Tree::array(self.arena, self.items.get(start..)?);
        self.items.truncate(start);
        Some(tree)
    }
}

/// The text of an exact `str`, borrowed for as long as the string is (`None`: it cannot be
/// encoded, a lone surrogate; `convert` reports it).
fn text<'a>(s: Borrowed<'a, '_, PyString>) -> Option<&'a str> {
    let mut size: ffi::Py_ssize_t = 0;
    // SAFETY: `s` is a live `str`. CPython returns its UTF-8 text, cached in the object and
    // valid while the object lives (for 'a, see the module docs), or null with an exception
    // set, which is taken back below.
    let data = unsafe { ffi::PyUnicode_AsUTF8AndSize(s.as_ptr(), &mut size) };
    if data.is_null() {
        drop(PyErr::take(s.py()));
        return None;
    }
    let len = usize::try_from(size).ok()?;
    // SAFETY: `data` points to `len` bytes of valid UTF-8 (what PyUnicode_AsUTF8AndSize
    // guarantees on success), alive for 'a.
    Some(unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(data.cast(), len)) })
}
