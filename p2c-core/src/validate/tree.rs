//! JSON text to a borrowed tree that the walker reads, refusing objects that repeat a key.
//!
//! Validation used to parse into a [`serde_json::Value`], and building that value was more than
//! half of the time of `validate_bytes` (a `String` per key and per string, a `BTreeMap` per
//! object). [`Tree`] borrows every string without escapes from the input and keeps an object as
//! one boxed slice of entries; it is what serde_json's route builds (through a shared scratch
//! stack, so that each array and object costs one exact allocation) and what bindings build
//! from their own values. Ordinary text is read by the [fast reader](super::fast) into
//! [`FastTree`](super::fast::FastTree), the same shape in an arena.
//!
//! Both read exactly like the `Value` the walker used to get, through [`Json`]: entries in
//! the same (byte-wise sorted) order as `serde_json::Map`, numbers as [`serde_json::Number`]
//! made by the same rules, the same errors at the same positions. The one exception is an
//! object read for a single document, which may keep its keys as written
//! ([`Kind::Unsorted`]): its report is made again with every object sorted whenever order
//! could show in it (see [`Tree::object_unordered`]). A repeated key is refused
//! while parsing, as before: `serde_json::Value` keeps the last of two equal keys silently,
//! while `parse_pledge` refuses a repeated field, so without the check a document with `"id"`
//! twice was `valid` to the validator but did not parse (found by `p2c-core/tests/hostile.rs`).

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use bumpalo::Bump;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use super::fast::FastDoc;

/// What one JSON value is, borrowing its strings from the input where it can; its children
/// are [`Tree`]s (so that a caller's `Vec<Tree>` becomes an array without a pass over it).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as `serde_json::Value` holds it.
    Number(Number),
    /// A string (borrowed unless it had escapes).
    Str(Cow<'a, str>),
    /// An array.
    Array(Box<[Tree<'a>]>),
    /// An object: entries sorted by key, keys unique.
    Object(Box<[Entry<'a>]>),
    /// An object built by a caller with its entries in the caller's order (see
    /// [`Tree::object_unordered`]).
    Unsorted(Box<[Entry<'a>]>),
}

impl<'a> Tree<'a> {
    /// Whether any object in this value is [`Kind::Unsorted`].
    pub(crate) fn has_unsorted(&self) -> bool {
        if let Kind::Unsorted(_) = self.0 {
            // The usual answer for a binding's tree, without allocating the stack.
            return true;
        }
        let mut stack = vec![self];
        while let Some(node) = stack.pop() {
            match &node.0 {
                Kind::Unsorted(_) => return true,
                Kind::Array(items) => stack.extend(items.iter()),
                Kind::Object(entries) => stack.extend(entries.iter().map(|(_, v)| v)),
                _ => {}
            }
        }
        false
    }

    /// A copy with every object's entries sorted by key and, of entries with equal keys, the
    /// last one kept (as [`Tree::object`]); strings stay borrowed.
    pub(crate) fn sorted(&self) -> Tree<'a> {
        Tree(match &self.0 {
            Kind::Array(items) => Kind::Array(items.iter().map(Tree::sorted).collect()),
            Kind::Object(entries) | Kind::Unsorted(entries) => Kind::Object(
                sort_entries(
                    entries
                        .iter()
                        .map(|(k, v)| (k.clone(), v.sorted()))
                        .collect(),
                )
                .into_boxed_slice(),
            ),
            other => other.clone(),
        })
    }
}

/// Entries in the byte-wise order of their keys; of entries with equal keys the last one is
/// kept, as inserting them into a `serde_json::Map` would.
fn sort_entries<'a>(mut entries: Vec<Entry<'a>>) -> Vec<Entry<'a>> {
    // Stable, so equal keys stay in input order for the dedup below.
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.dedup_by(|later, earlier| {
        let same = later.0 == earlier.0;
        if same {
            std::mem::swap(&mut later.1, &mut earlier.1);
        }
        same
    });
    entries
}

/// One entry of an object.
pub(crate) type Entry<'a> = (Cow<'a, str>, Tree<'a>);

/// What a JSON value is, as the walker sees it; `J` is the value type (for arrays and objects).
pub(crate) enum View<'a, J: Json> {
    Null,
    Bool(bool),
    Number(&'a Number),
    String(&'a str),
    Array(&'a [J]),
    Object(&'a J::Obj),
}

/// A JSON value the walker can read: [`serde_json::Value`] (for `validate_value`) and the
/// borrowed [`Tree`] (for text and bytes).
pub(crate) trait Json: Sized {
    /// An object's representation.
    type Obj: ?Sized;
    /// What the value is.
    fn view(&self) -> View<'_, Self>;
    /// An object's entries, in the byte-wise order of their keys (as `serde_json::Map`).
    fn entries<'v>(obj: &'v Self::Obj) -> impl Iterator<Item = (&'v str, &'v Self)>
    where
        Self: 'v;
    /// Whether an object has a key.
    fn contains_key(obj: &Self::Obj, key: &str) -> bool;
    /// Whether the value is `null`.
    fn is_null(&self) -> bool {
        matches!(self.view(), View::Null)
    }
}

impl Json for Value {
    type Obj = Map<String, Value>;

    fn view(&self) -> View<'_, Self> {
        match self {
            Value::Null => View::Null,
            Value::Bool(b) => View::Bool(*b),
            Value::Number(n) => View::Number(n),
            Value::String(s) => View::String(s),
            Value::Array(a) => View::Array(a),
            Value::Object(m) => View::Object(m),
        }
    }

    fn entries<'v>(obj: &'v Self::Obj) -> impl Iterator<Item = (&'v str, &'v Self)>
    where
        Self: 'v,
    {
        obj.iter().map(|(k, v)| (k.as_str(), v))
    }

    fn contains_key(obj: &Self::Obj, key: &str) -> bool {
        obj.contains_key(key)
    }
}

impl<'a> Json for Tree<'a> {
    type Obj = [Entry<'a>];

    fn view(&self) -> View<'_, Self> {
        match &self.0 {
            Kind::Null => View::Null,
            Kind::Bool(b) => View::Bool(*b),
            Kind::Number(n) => View::Number(n),
            Kind::Str(s) => View::String(s),
            Kind::Array(a) => View::Array(a),
            Kind::Object(m) | Kind::Unsorted(m) => View::Object(&**m),
        }
    }

    fn entries<'v>(obj: &'v Self::Obj) -> impl Iterator<Item = (&'v str, &'v Self)>
    where
        Self: 'v,
    {
        obj.iter().map(|(k, v)| (k.as_ref(), v))
    }

    fn contains_key(obj: &Self::Obj, key: &str) -> bool {
        obj.binary_search_by(|(k, _)| k.as_ref().cmp(key)).is_ok()
    }
}

/// A JSON document assembled in memory by a caller, for [`validate_tree`](super::validate_tree)
/// and [`validate_batch_tree`](super::validate_batch_tree).
///
/// This is for bindings that hold the document as their own values (a Python `dict`): building
/// a `Tree` borrows their strings instead of copying them into a [`serde_json::Value`].
/// Validating a `Tree` gives the same report as validating the equal `Value` with
/// [`validate_value`](super::validate_value). Nesting depth is the builder's to bound (the
/// validator's own `maxDepth` limit applies as for a `Value`, but a tree nested thousands of
/// levels deep is expensive to drop).
#[derive(Debug, Clone, PartialEq)]
pub struct Tree<'a>(pub(crate) Kind<'a>);

impl<'a> Tree<'a> {
    /// `null`.
    pub fn null() -> Tree<'a> {
        Tree(Kind::Null)
    }

    /// `true` or `false`.
    pub fn bool(b: bool) -> Tree<'a> {
        Tree(Kind::Bool(b))
    }

    /// A signed integer.
    pub fn int(i: i64) -> Tree<'a> {
        Tree(Kind::Number(Number::from(i)))
    }

    /// An unsigned integer.
    pub fn uint(u: u64) -> Tree<'a> {
        Tree(Kind::Number(Number::from(u)))
    }

    /// A floating-point number; `None` when it is not finite (JSON has no such number).
    pub fn float(f: f64) -> Option<Tree<'a>> {
        Number::from_f64(f).map(|n| Tree(Kind::Number(n)))
    }

    /// A string borrowed from the caller.
    pub fn str(s: &'a str) -> Tree<'a> {
        Tree(Kind::Str(Cow::Borrowed(s)))
    }

    /// A string the tree owns.
    pub fn string(s: String) -> Tree<'a> {
        Tree(Kind::Str(Cow::Owned(s)))
    }

    /// An array.
    pub fn array(items: Vec<Tree<'a>>) -> Tree<'a> {
        Tree(Kind::Array(items.into_boxed_slice()))
    }

    /// An object, from its entries in any order. Of entries with equal keys the last one is
    /// kept, as inserting them into a `serde_json::Map` would.
    pub fn object(entries: Vec<(Cow<'a, str>, Tree<'a>)>) -> Tree<'a> {
        Tree(Kind::Object(sort_entries(entries).into_boxed_slice()))
    }

    /// An object whose keys the caller knows to be distinct (those of a Python `dict` whose
    /// keys are all exact `str`, of a JavaScript object), in any order, kept as given.
    ///
    /// Cheaper than [`Tree::object`], which sorts: the report depends on the order of entries
    /// only through the order of the structural issues, so [`validate_tree`](super::validate_tree)
    /// first validates the tree as it is and, only when that finds a structural issue (a
    /// semantic rule's issues do not depend on the order), validates a copy with every object
    /// sorted ([`validate_batch_tree`](super::validate_batch_tree) sorts such a batch first).
    /// Reports are therefore the same as for [`Tree::object`]. If keys do repeat despite the
    /// promise, a report with structural issues is still that of the last entry for each key;
    /// any other report may mix the repeated entries' values.
    pub fn object_unordered(entries: Vec<(Cow<'a, str>, Tree<'a>)>) -> Tree<'a> {
        Tree(Kind::Unsorted(entries.into_boxed_slice()))
    }
}

/// A document read from text: by the [fast reader](super::fast) into an arena when it could,
/// else by serde_json.
pub(crate) enum Read<'a> {
    Fast(FastDoc<'a>),
    Serde(Tree<'a>),
}

/// Parse JSON text; a repeated key in any object is an error (at its position). serde_json's
/// own nesting limit (128) applies, so deep text is refused before it can exhaust the stack.
/// The [fast reader](super::fast) reads ordinary text into `arena`; whatever it gives up on is
/// read by [`from_str_serde`], which builds the same tree and reports every error.
///
/// With `any_order`, objects the fast reader reads may keep their keys as written (see
/// [`Tree::object_unordered`] for what that means for validation, and [`FastTree::sort`](super::fast::FastTree::sort)).
pub(crate) fn from_str<'a>(
    text: &'a str,
    any_order: bool,
    arena: &'a Bump,
) -> serde_json::Result<Read<'a>> {
    match super::fast::from_str(text, any_order, arena) {
        Some(doc) => Ok(Read::Fast(doc)),
        None => from_str_serde(text).map(Read::Serde),
    }
}

/// [`from_str`] through serde_json only: the reference route, and the one that reports every
/// error (the fast reader gives up on anything unusual and leaves it to this one).
pub(crate) fn from_str_serde(text: &str) -> serde_json::Result<Tree<'_>> {
    let mut scratch = Scratch {
        items: Vec::with_capacity(16),
        entries: Vec::with_capacity(32),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let node = Seed(&mut scratch).deserialize(&mut de)?;
    de.end()?;
    Ok(node)
}

/// Objects with fewer entries than this keep them sorted while reading (binary search for a
/// repeated key, insertion in place); larger ones check keys with a hash set and sort once at
/// the end, so a hostile object with a million keys costs O(n log n), not O(n²).
const SORTED_INSERT_MAX: usize = 32;

/// Children of the arrays and objects being read, shared by all levels: a container's
/// children are on top of the stack while it is read, then moved into its own boxed slice.
struct Scratch<'de> {
    items: Vec<Tree<'de>>,
    entries: Vec<Entry<'de>>,
}

struct Seed<'s, 'de>(&'s mut Scratch<'de>);

impl<'de> DeserializeSeed<'de> for Seed<'_, 'de> {
    type Value = Tree<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Tree<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

fn repeated_key<E: de::Error>() -> E {
    // The key is not quoted: messages must not carry input when redacting, and the line and
    // column in the params locate it.
    E::custom("an object repeats a key")
}

impl<'de> Visitor<'de> for Seed<'_, 'de> {
    type Value = Tree<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Tree<'de>, E> {
        Ok(Tree(Kind::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Tree<'de>, E> {
        Ok(Tree::int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Tree<'de>, E> {
        Ok(Tree::uint(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Tree<'de>, E> {
        // As serde_json's own `Value`: JSON text cannot hold a non-finite number.
        Ok(Tree::float(v).unwrap_or(Tree(Kind::Null)))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Tree<'de>, E> {
        Ok(Tree::str(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Tree<'de>, E> {
        Ok(Tree::string(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Tree<'de>, E> {
        Ok(Tree::string(v))
    }

    fn visit_unit<E>(self) -> Result<Tree<'de>, E> {
        Ok(Tree(Kind::Null))
    }

    fn visit_none<E>(self) -> Result<Tree<'de>, E> {
        Ok(Tree(Kind::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Tree<'de>, D::Error> {
        self.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree<'de>, A::Error> {
        let scratch = self.0;
        let start = scratch.items.len();
        while let Some(v) = seq.next_element_seed(Seed(&mut *scratch))? {
            scratch.items.push(v);
        }
        Ok(take_items(&mut scratch.items, start))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree<'de>, A::Error> {
        // This frame is on the stack once per nesting level (up to serde_json's 128): the
        // bookkeeping lives in `Keys`' methods, outside it.
        let scratch = self.0;
        let mut keys = Keys::new(scratch.entries.len());
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let at = keys
                .place(&scratch.entries, &key)
                .ok_or_else(repeated_key)?;
            let v = map.next_value_seed(Seed(&mut *scratch))?;
            keys.put(&mut scratch.entries, at, (key, v));
        }
        Ok(keys.finish(&mut scratch.entries))
    }
}

/// The keys of the object being read: its entries are `entries[start..]` of the scratch
/// stack, kept sorted while there are fewer than [`SORTED_INSERT_MAX`]; after that, unsorted
/// with their keys in a hash set, and sorted once at the end.
struct Keys<'de> {
    start: usize,
    seen: Option<HashSet<Cow<'de, str>>>,
}

impl<'de> Keys<'de> {
    fn new(start: usize) -> Self {
        Keys { start, seen: None }
    }

    /// Where the entry for `key` goes (`None`: it repeats a key). `Some(None)` means "at the
    /// end", `Some(Some(i))` "at `i`".
    // `&Cow`, not `&str`: the set keeps a clone of the key, free when it is borrowed.
    #[allow(clippy::ptr_arg)]
    #[inline(never)]
    fn place(&mut self, entries: &[Entry<'de>], key: &Cow<'de, str>) -> Option<Option<usize>> {
        let ours = entries.get(self.start..).unwrap_or_default();
        if self.seen.is_none() && ours.len() < SORTED_INSERT_MAX {
            return match ours.binary_search_by(|(k, _)| k.as_ref().cmp(key.as_ref())) {
                Ok(_) => None,
                Err(pos) => Some(Some(self.start.saturating_add(pos))),
            };
        }
        let set = self.seen.get_or_insert_with(|| {
            let mut set = HashSet::with_capacity(ours.len().saturating_mul(2));
            set.extend(ours.iter().map(|(k, _)| k.clone()));
            set
        });
        set.insert(key.clone()).then_some(None)
    }

    #[inline(never)]
    fn put(&self, entries: &mut Vec<Entry<'de>>, at: Option<usize>, entry: Entry<'de>) {
        match at {
            Some(at) => entries.insert(at, entry),
            None => entries.push(entry),
        }
    }

    #[inline(never)]
    fn finish(self, entries: &mut Vec<Entry<'de>>) -> Tree<'de> {
        let mut out: Box<[Entry<'de>]> = entries.drain(self.start..).collect();
        if self.seen.is_some() {
            out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        }
        Tree(Kind::Object(out))
    }
}

/// The array whose items are `items[start..]`, moved off the scratch stack (outside the
/// recursive frame of `visit_seq`).
#[inline(never)]
fn take_items<'de>(items: &mut Vec<Tree<'de>>, start: usize) -> Tree<'de> {
    Tree(Kind::Array(items.drain(start..).collect()))
}

/// Reads an object key, borrowing it when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::from_str`] as a [`Tree`] (the arena is leaked: tests only).
    fn from_str(text: &str, any_order: bool) -> serde_json::Result<Tree<'_>> {
        Ok(
            match super::from_str(text, any_order, Box::leak(Box::new(Bump::new())))? {
                Read::Fast(doc) => doc.tree.to_tree(),
                Read::Serde(tree) => tree,
            },
        )
    }

    /// The tree as a `serde_json::Value`, to compare with serde_json's own parse.
    fn to_value(n: &Tree<'_>) -> Value {
        match &n.0 {
            Kind::Null => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Number(n) => Value::Number(n.clone()),
            Kind::Str(s) => Value::String(s.to_string()),
            Kind::Array(a) => Value::Array(a.iter().map(to_value).collect()),
            Kind::Object(m) | Kind::Unsorted(m) => Value::Object(
                m.iter()
                    .map(|(k, v)| (k.to_string(), to_value(v)))
                    .collect(),
            ),
        }
    }

    fn same_as_serde_json(text: &str) {
        // Read in the text's order, the same tree once sorted.
        assert_eq!(
            from_str(text, true).unwrap().sorted(),
            from_str(text, false).unwrap()
        );
        let ours = from_str(text, false).unwrap();
        assert_eq!(
            to_value(&ours),
            serde_json::from_str::<Value>(text).unwrap()
        );
        // Every object's entries are sorted and unique, as `contains_key` expects.
        fn check(n: &Tree<'_>) {
            match &n.0 {
                Kind::Array(a) => a.iter().for_each(check),
                Kind::Object(m) => {
                    assert!(m.windows(2).all(|w| w[0].0 < w[1].0), "{m:?}");
                    m.iter().for_each(|(_, v)| check(v));
                }
                _ => {}
            }
        }
        check(&ours);
    }

    #[test]
    fn a_built_tree_is_the_parsed_tree() {
        // Entries given out of order, one key twice (the last value wins, as in a
        // `serde_json::Map`), and every kind of value; the text below is the same document
        // written by hand in the form serde_json would keep.
        let built = Tree::object(
            [
                ("z", Tree::array(vec![Tree::int(-1), Tree::uint(u64::MAX)])),
                ("a", Tree::bool(false)),
                ("m", Tree::null()),
                ("a", Tree::str("kept")),
                ("f", Tree::float(1.5).unwrap()),
                ("s", Tree::string("owned".into())),
            ]
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .into(),
        );
        let text = r#"{"a":"kept","f":1.5,"m":null,"s":"owned","z":[-1,18446744073709551615]}"#;
        assert_eq!(built, from_str(text, false).unwrap());
        assert!(Tree::float(f64::NAN).is_none());
        assert!(Tree::float(f64::INFINITY).is_none());
    }

    #[test]
    fn an_unordered_object_sorts_as_tree_object_does() {
        // Nested, out of order, one key repeated (the last value wins in both).
        let entries = || -> Vec<(Cow<'static, str>, Tree<'static>)> {
            vec![
                ("z".into(), Tree::int(1)),
                ("a".into(), Tree::str("first")),
                (
                    "m".into(),
                    Tree::array(vec![Tree::object_unordered(vec![
                        ("y".into(), Tree::null()),
                        ("b".into(), Tree::bool(true)),
                    ])]),
                ),
                ("a".into(), Tree::str("last")),
            ]
        };
        let unordered = Tree::object_unordered(entries());
        assert!(unordered.has_unsorted());
        let sorted = unordered.sorted();
        assert!(!sorted.has_unsorted());
        let text = r#"{"a":"last","m":[{"b":true,"y":null}],"z":1}"#;
        assert_eq!(sorted, from_str(text, false).unwrap());
        assert_eq!(Tree::object(entries()).sorted(), sorted);
        assert!(!Tree::object(vec![("k".into(), Tree::null())]).has_unsorted());
    }

    #[test]
    fn repeated_keys_are_refused_at_any_depth() {
        assert!(from_str(r#"{"a":1,"a":1}"#, false).is_err());
        assert!(from_str(r#"{"x":[{"b":{"c":1,"c":2}}]}"#, false).is_err());
        // An escaped key equals its unescaped spelling.
        assert!(from_str(r#"{"a":1,"\u0061":2}"#, false).is_err());
        // Same key in sibling objects is fine.
        same_as_serde_json(r#"[{"a":1},{"a":2.5,"b":[null,true,"s",-3,18446744073709551615]}]"#);
    }

    #[test]
    fn the_error_is_at_the_repeated_key() {
        // Line 3, column 4 is just after the second `"a"` (serde_json reports where it is).
        let text = "{\"a\": 1,\n \"b\": 2,\n \"a\": 3}";
        let ours = from_str(text, false).unwrap_err();
        assert_eq!((ours.line(), ours.column()), (3, 4));
    }

    #[test]
    fn large_objects_are_sorted_and_checked() {
        // Past `SORTED_INSERT_MAX` keys the hash set takes over; keys written in reverse so the
        // final sort has work to do, and one with an escape (owned, not borrowed).
        let mut keys: Vec<String> = (0..100).rev().map(|i| format!("\"k{i:03}\":{i}")).collect();
        keys.push(r#""\u006bz":true"#.into());
        let text = format!("{{{}}}", keys.join(","));
        same_as_serde_json(&text);
        let tree = from_str(&text, false).unwrap();
        let Kind::Object(m) = &tree.0 else {
            panic!("not an object")
        };
        assert!(Tree::contains_key(m, "k050"));
        assert!(Tree::contains_key(m, "kz"));
        assert!(!Tree::contains_key(m, "k100"));
        // A repeat after the switch, of a key read before it and of one read after it.
        for repeat in ["\"k099\":0", "\"k000\":0"] {
            let text = format!("{{{},{repeat}}}", keys.join(","));
            assert!(from_str(&text, false).is_err(), "{repeat}");
        }
    }

    #[test]
    fn values_match_serde_json() {
        same_as_serde_json(
            r#"{"z":{"y":[1,-1,1.5,1e300,-0.0,"\n\"é",""],"x":null},"a":false,"\u00e9":"é","":{}}"#,
        );
        same_as_serde_json("[]");
        same_as_serde_json("\"just a string\"");
    }

    #[test]
    fn malformed_text_is_refused_as_serde_json_refuses_it() {
        for bad in ["{", "[1,]", "{\"a\" 1}", "[1] x", "", "nul", "[1e999]"] {
            let ours = from_str(bad, false).unwrap_err();
            let theirs = serde_json::from_str::<Value>(bad).unwrap_err();
            assert_eq!(ours.to_string(), theirs.to_string(), "{bad}");
        }
    }

    /// The deepest text serde_json accepts (127 levels below the root) is read and dropped on
    /// a thread with a small stack (256 KiB, as `tests/hostile.rs`), in arrays and in objects.
    #[test]
    fn the_deepest_accepted_text_fits_in_a_small_stack() {
        let depth = 127;
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let objects = format!("{}null{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
        let mixed = format!(
            "{}null{}",
            r#"{"a":[{"b":1},"#.repeat(depth / 2),
            "]}".repeat(depth / 2)
        );
        let handle = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                [arrays, objects, mixed]
                    .iter()
                    .map(|t| from_str(t, false).is_ok())
                    .collect::<Vec<_>>()
            })
            .unwrap();
        assert_eq!(handle.join().unwrap(), [true, true, true]);
    }

    #[test]
    fn deep_nesting_still_hits_the_recursion_limit() {
        assert!(from_str(&"[".repeat(100_000), false).is_err());
        assert!(from_str(&"{\"a\":".repeat(100_000), false).is_err());
    }
}
