//! JSON text to a borrowed tree in an arena that the walker reads, refusing objects that
//! repeat a key.
//!
//! Validation used to parse into a [`serde_json::Value`], and building that value was more than
//! half of the time of `validate_bytes` (a `String` per key and per string, a `BTreeMap` per
//! object). A [`Tree`] borrows every string without escapes from the input, and keeps every
//! array, object and copied string in an [`Arena`], so that a document costs no allocation
//! per container and nothing to drop (a pledge has about twenty arrays and objects; allocating
//! and freeing them was a tenth of `validate_bytes`). Ordinary text is read by the
//! [fast reader](super::fast); serde_json reads the rest and reports every error; bindings
//! build trees from their own values (a Python `dict`).
//!
//! A tree reads exactly like the `Value` the walker used to get, through [`Json`]: entries in
//! the same (byte-wise sorted) order as `serde_json::Map`, numbers as [`serde_json::Number`]
//! made by the same rules, the same errors at the same positions. The one exception is an
//! object that keeps its keys as written or given ([`Tree::object_unordered`]): the walker's
//! issues are then found again in a copy with every object sorted ([`Tree::sorted`]) whenever
//! the order could show in the report. A repeated key is refused
//! while parsing, as before: `serde_json::Value` keeps the last of two equal keys silently,
//! while `parse_pledge` refuses a repeated field, so without the check a document with `"id"`
//! twice was `valid` to the validator but did not parse (found by `p2c-core/tests/hostile.rs`).

use std::collections::HashSet;
use std::fmt;

use bumpalo::Bump;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Memory for [`Tree`]s: their arrays, objects and copied strings, freed all at once when the
/// arena is dropped (nothing in a tree is dropped on its own).
///
/// [`with_arena`] lends this thread's arena, emptied after each use, so that validating one
/// document after another allocates nothing for their trees.
#[derive(Default)]
pub struct Arena(pub(crate) Bump);

impl Arena {
    /// An empty arena.
    pub fn new() -> Arena {
        Arena(Bump::new())
    }
}

impl fmt::Debug for Arena {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Arena")
            .field("allocated_bytes", &self.0.allocated_bytes())
            .finish()
    }
}

/// Arenas that grew larger than this (bytes; a large batch) are not kept between calls.
const KEEP_ARENA: usize = 1 << 20;

thread_local! {
    static ARENA: std::cell::RefCell<Arena> = std::cell::RefCell::new(Arena::new());
}

/// Run `f` with an empty arena: this thread's, kept between calls (so that a document costs
/// no allocation for its tree once the arena has grown to its size), or a new one if this
/// thread's is in use (a nested call).
pub fn with_arena<R>(f: impl FnOnce(&Arena) -> R) -> R {
    ARENA.with(|cell| match cell.try_borrow_mut() {
        Ok(mut arena) => {
            let r = f(&arena);
            if arena.0.allocated_bytes() > KEEP_ARENA {
                // That memory is given back.
                *arena = Arena::new();
            } else {
                arena.0.reset();
            }
            r
        }
        Err(_) => f(&Arena::new()),
    })
}

/// What one JSON value is, its strings borrowed from the input or the arena, its arrays and
/// objects in the arena. `Copy`, so that children move into the arena as one `memcpy`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Kind<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as `serde_json::Value` holds it.
    Number(Num),
    /// A string.
    Str(&'a str),
    /// An array.
    Array(&'a [Tree<'a>]),
    /// An object: entries sorted by key, keys unique.
    Object(&'a [Entry<'a>]),
    /// An object with its entries as written or given, keys unique (see
    /// [`Tree::object_unordered`]).
    Unsorted(&'a [Entry<'a>]),
    /// An array read from text that had more elements than the reader's [`ArrayLimit`]: only
    /// its length is kept, so an over-long array costs no memory per element (the walker
    /// reports `input.array_too_long` for it without reading its elements).
    LongArray(usize),
}

/// The longest array the readers keep: an array deeper than `from_depth - 1` levels with more
/// than `max` elements is read to its end (its text must still be valid JSON) but kept as
/// [`Kind::LongArray`] with its length only. The validator passes its `maxArrayLen`, and
/// `from_depth` 2 for a batch, whose own array is not subject to the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ArrayLimit {
    /// Most elements kept.
    pub(crate) max: usize,
    /// Nesting depth from which the limit applies (the document itself is depth 1).
    pub(crate) from_depth: usize,
}

impl ArrayLimit {
    /// No limit: every array is kept whole.
    pub(crate) const NONE: ArrayLimit = ArrayLimit {
        max: usize::MAX,
        from_depth: 1,
    };

    /// The limit for arrays at `depth`: `usize::MAX` above `from_depth`.
    #[inline]
    pub(crate) fn at(self, depth: usize) -> usize {
        if depth >= self.from_depth {
            self.max
        } else {
            usize::MAX
        }
    }
}

/// One entry of an object.
pub(crate) type Entry<'a> = (&'a str, Tree<'a>);

/// A number as [`serde_json::Number`] holds it (without `arbitrary_precision`): `u64` when
/// non-negative, `i64` when negative, else a finite `f64`. Unlike `Number`, it is `Copy`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Num {
    Pos(u64),
    Neg(i64),
    Float(f64),
}

impl Num {
    /// The number `n` holds.
    pub(crate) fn of(n: &Number) -> Num {
        if let Some(u) = n.as_u64() {
            Num::Pos(u)
        } else if let Some(i) = n.as_i64() {
            Num::Neg(i)
        } else {
            // Neither integer: a float, always finite in a `Number`.
            Num::Float(n.as_f64().unwrap_or_default())
        }
    }

    /// The same number as a `serde_json::Number`.
    fn number(self) -> Number {
        match self {
            Num::Pos(u) => Number::from(u),
            Num::Neg(i) => Number::from(i),
            // Only finite floats are ever made (see `of`), for which `from_f64` never fails.
            Num::Float(f) => Number::from_f64(f).unwrap_or_else(|| Number::from(0u8)),
        }
    }
}

// Nothing in an arena is ever dropped: a tree must not own anything that needs dropping.
const _: () = assert!(!std::mem::needs_drop::<Tree<'static>>());

/// A JSON document in an [`Arena`], for [`validate_tree`](crate::validate::validate_tree) and
/// [`validate_batch_tree`](crate::validate::validate_batch_tree); also what the validator reads text
/// into.
///
/// This is for hosts that hold the document as their own values (a Python `dict`): building
/// a `Tree` borrows their strings instead of copying them into a [`serde_json::Value`].
/// Validating a `Tree` gives the same report as validating the equal `Value` with
/// [`validate_value`](crate::validate::validate_value). Nesting depth is the builder's to bound (the
/// validator's own `maxDepth` limit applies as for a `Value`).
#[derive(Debug, Clone, Copy, PartialEq)]
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
        Tree(Kind::Number(Num::of(&Number::from(i))))
    }

    /// An unsigned integer.
    pub fn uint(u: u64) -> Tree<'a> {
        Tree(Kind::Number(Num::Pos(u)))
    }

    /// A floating-point number; `None` when it is not finite (JSON has no such number).
    pub fn float(f: f64) -> Option<Tree<'a>> {
        Number::from_f64(f).map(|n| Tree(Kind::Number(Num::of(&n))))
    }

    /// A string borrowed from the caller.
    pub fn str(s: &'a str) -> Tree<'a> {
        Tree(Kind::Str(s))
    }

    /// A string copied into the arena.
    pub fn string(arena: &'a Arena, s: &str) -> Tree<'a> {
        Tree(Kind::Str(arena.0.alloc_str(s)))
    }

    /// An array, its items copied into the arena.
    pub fn array(arena: &'a Arena, items: &[Tree<'a>]) -> Tree<'a> {
        Tree(Kind::Array(arena.0.alloc_slice_copy(items)))
    }

    /// An object, from its entries in any order. Of entries with equal keys the last one is
    /// kept, as inserting them into a `serde_json::Map` would.
    pub fn object(arena: &'a Arena, entries: &[(&'a str, Tree<'a>)]) -> Tree<'a> {
        let mut entries = entries.to_vec();
        // Stable, so equal keys stay in input order for the dedup below.
        entries.sort_by(|a, b| a.0.cmp(b.0));
        entries.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                std::mem::swap(&mut later.1, &mut earlier.1);
            }
            same
        });
        Tree(Kind::Object(arena.0.alloc_slice_copy(&entries)))
    }

    /// An object whose keys the caller knows to be distinct (those of a Python `dict` whose
    /// keys are all exact `str`, of a JavaScript object), in any order, kept as given.
    ///
    /// Cheaper than [`Tree::object`], which sorts: the report depends on the order of entries
    /// only through the order of the structural issues, so [`validate_tree`](crate::validate::validate_tree)
    /// first validates the tree as it is and, only when that finds a structural issue (a
    /// semantic rule's issues do not depend on the order), validates a copy with every object
    /// sorted ([`validate_batch_tree`](crate::validate::validate_batch_tree) sorts a batch first).
    /// Reports are therefore the same as for [`Tree::object`]. If keys do repeat despite the
    /// promise, a report may mix the repeated entries' values.
    pub fn object_unordered(arena: &'a Arena, entries: &[(&'a str, Tree<'a>)]) -> Tree<'a> {
        Tree(Kind::Unsorted(arena.0.alloc_slice_copy(entries)))
    }

    /// A copy with every object's entries sorted by key, its arrays and objects in `arena`
    /// (keys are unique, so any sort gives the one order). Parts with no object out of order
    /// are shared, not copied: a long array of numbers costs nothing here.
    pub(crate) fn sorted<'s>(&self, arena: &'s Arena) -> Tree<'s>
    where
        'a: 's,
    {
        self.resorted(arena).unwrap_or(*self)
    }

    /// [`Tree::sorted`], or `None` when this value has no object out of order (it is then its
    /// own sorted copy).
    fn resorted<'s>(&self, arena: &'s Arena) -> Option<Tree<'s>>
    where
        'a: 's,
    {
        match self.0 {
            Kind::Array(items) => {
                let (at, first) = items
                    .iter()
                    .enumerate()
                    .find_map(|(i, x)| x.resorted(arena).map(|t| (i, t)))?;
                let out = arena
                    .0
                    .alloc_slice_fill_iter(items.iter().enumerate().map(
                        |(i, x)| match i.cmp(&at) {
                            std::cmp::Ordering::Less => *x,
                            std::cmp::Ordering::Equal => first,
                            std::cmp::Ordering::Greater => x.sorted(arena),
                        },
                    ));
                Some(Tree(Kind::Array(out)))
            }
            Kind::Object(entries) => {
                let (at, first) = entries
                    .iter()
                    .enumerate()
                    .find_map(|(i, (_, v))| v.resorted(arena).map(|t| (i, t)))?;
                let out = arena
                    .0
                    .alloc_slice_fill_iter(entries.iter().enumerate().map(|(i, (k, v))| {
                        match i.cmp(&at) {
                            std::cmp::Ordering::Less => (*k, *v),
                            std::cmp::Ordering::Equal => (*k, first),
                            std::cmp::Ordering::Greater => (*k, v.sorted(arena)),
                        }
                    }));
                Some(Tree(Kind::Object(out)))
            }
            Kind::Unsorted(entries) => {
                let out = arena
                    .0
                    .alloc_slice_fill_iter(entries.iter().map(|(k, v)| (*k, v.sorted(arena))));
                out.sort_unstable_by(|a, b| key_cmp(a.0, b.0));
                Some(Tree(Kind::Object(out)))
            }
            _ => None,
        }
    }

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
}

/// Byte-wise order of two keys (as `str`'s), deciding on the first byte when it can: most keys
/// of an object differ there, and that saves a `memcmp` call.
#[inline]
pub(crate) fn key_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

/// What a JSON value is, as the walker sees it; `J` is the value type (for arrays and objects).
pub(crate) enum View<'a, J: Json> {
    Null,
    Bool(bool),
    Number(Number),
    String(&'a str),
    Array(&'a [J]),
    Object(&'a J::Obj),
    /// An array longer than the reader's limit, of which only the length was kept
    /// ([`Kind::LongArray`]; never made from a `serde_json::Value`).
    LongArray(usize),
}

/// A JSON value the walker can read: [`serde_json::Value`] (for `validate_value`) and
/// [`Tree`] (for text, bytes and bindings' values).
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
            Value::Number(n) => View::Number(n.clone()),
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
            Kind::Number(n) => View::Number(n.number()),
            Kind::Str(s) => View::String(s),
            Kind::Array(a) => View::Array(a),
            Kind::Object(m) | Kind::Unsorted(m) => View::Object(&**m),
            Kind::LongArray(n) => View::LongArray(*n),
        }
    }

    fn entries<'v>(obj: &'v Self::Obj) -> impl Iterator<Item = (&'v str, &'v Self)>
    where
        Self: 'v,
    {
        obj.iter().map(|(k, v)| (*k, v))
    }

    fn contains_key(obj: &Self::Obj, key: &str) -> bool {
        obj.binary_search_by(|(k, _)| (*k).cmp(key)).is_ok()
    }
}

/// A document read from text.
#[derive(Debug, PartialEq)]
pub(crate) struct Read<'a> {
    pub(crate) tree: Tree<'a>,
    /// Whether some object kept its keys as written ([`Kind::Unsorted`]).
    pub(crate) unsorted: bool,
}

/// Parse JSON text into `arena`; a repeated key in any object is an error (at its position).
/// serde_json's own nesting limit (128) applies, so deep text is refused before it can
/// exhaust the stack. The [fast reader](super::fast) reads ordinary text; whatever it gives up
/// on is read by [`from_str_serde`], which builds the same tree and reports every error.
///
/// With `any_order`, objects the fast reader reads may keep their keys as written (see
/// [`Tree::object_unordered`] for what that means for validation). Arrays longer than `limit`
/// are counted while they are read and kept as their length only ([`Kind::LongArray`]), so
/// no array costs memory per element beyond the limit.
pub(crate) fn from_str<'a>(
    text: &'a str,
    any_order: bool,
    limit: ArrayLimit,
    arena: &'a Arena,
) -> serde_json::Result<Read<'a>> {
    match super::fast::from_str(text, any_order, limit, arena) {
        Some(read) => Ok(read),
        None => from_str_serde(text, limit, arena).map(|tree| Read {
            tree,
            unsorted: false,
        }),
    }
}

/// [`from_str`] through serde_json only: the reference route, and the one that reports every
/// error (the fast reader gives up on anything unusual and leaves it to this one).
pub(crate) fn from_str_serde<'a>(
    text: &'a str,
    limit: ArrayLimit,
    arena: &'a Arena,
) -> serde_json::Result<Tree<'a>> {
    let mut scratch = Scratch {
        arena: &arena.0,
        items: Vec::with_capacity(16),
        entries: Vec::with_capacity(32),
        limit,
        depth: 0,
        discard: false,
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
/// children are on top of the stack while it is read, then copied into the arena.
struct Scratch<'de> {
    arena: &'de Bump,
    items: Vec<Tree<'de>>,
    entries: Vec<Entry<'de>>,
    limit: ArrayLimit,
    /// Nesting depth of the array or object being read.
    depth: usize,
    /// Inside an over-long array's elements past the limit: values are read to check the text,
    /// and nothing is kept (arrays in there have no limit, so one such array at a time).
    discard: bool,
}

struct Seed<'s, 'de>(&'s mut Scratch<'de>);

impl<'de> DeserializeSeed<'de> for Seed<'_, 'de> {
    type Value = Tree<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Tree<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

/// The parser's message for a repeated key (`input.malformed_json`, reason `repeated_key`).
pub(crate) const REPEATED_KEY: &str = "an object repeats a key";

fn repeated_key<E: de::Error>() -> E {
    // The key is not quoted: messages must not carry input when redacting, and the line and
    // column in the params locate it.
    E::custom(REPEATED_KEY)
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
        if self.0.discard {
            return Ok(Tree(Kind::Null));
        }
        Ok(Tree(Kind::Str(self.0.arena.alloc_str(v))))
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
        let max = scratch.enter();
        let mut len = 0usize;
        while let Some(v) = seq.next_element_seed(Seed(&mut *scratch))? {
            len = len.saturating_add(1);
            if len > max {
                // Over the limit: what was kept goes, and the rest is counted, not kept.
                scratch.items.truncate(start);
                scratch.discard = true;
                while seq.next_element_seed(Seed(&mut *scratch))?.is_some() {
                    len = len.saturating_add(1);
                }
                scratch.discard = false;
                scratch.depth = scratch.depth.saturating_sub(1);
                return Ok(Tree(Kind::LongArray(len)));
            }
            if !scratch.discard {
                scratch.items.push(v);
            }
        }
        scratch.depth = scratch.depth.saturating_sub(1);
        Ok(take_items(scratch, start))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree<'de>, A::Error> {
        // This frame is on the stack once per nesting level (up to serde_json's 128): the
        // bookkeeping lives in `Keys`' methods, outside it.
        let scratch = self.0;
        scratch.enter();
        let mut keys = Keys::new(scratch.entries.len());
        while let Some(key) = map.next_key_seed(KeySeed(scratch.arena))? {
            let at = keys.place(&scratch.entries, key).ok_or_else(repeated_key)?;
            let v = map.next_value_seed(Seed(&mut *scratch))?;
            keys.put(&mut scratch.entries, at, (key, v));
        }
        scratch.depth = scratch.depth.saturating_sub(1);
        Ok(keys.finish(scratch))
    }
}

/// The keys of the object being read: its entries are `entries[start..]` of the scratch
/// stack, kept sorted while there are fewer than [`SORTED_INSERT_MAX`]; after that, unsorted
/// with their keys in a hash set, and sorted once at the end.
struct Keys<'de> {
    start: usize,
    seen: Option<HashSet<&'de str>>,
}

impl<'de> Keys<'de> {
    fn new(start: usize) -> Self {
        Keys { start, seen: None }
    }

    /// Where the entry for `key` goes (`None`: it repeats a key). `Some(None)` means "at the
    /// end", `Some(Some(i))` "at `i`".
    #[inline(never)]
    fn place(&mut self, entries: &[Entry<'de>], key: &'de str) -> Option<Option<usize>> {
        let ours = entries.get(self.start..).unwrap_or_default();
        if self.seen.is_none() && ours.len() < SORTED_INSERT_MAX {
            return match ours.binary_search_by(|(k, _)| (*k).cmp(key)) {
                Ok(_) => None,
                Err(pos) => Some(Some(self.start.saturating_add(pos))),
            };
        }
        let set = self.seen.get_or_insert_with(|| {
            let mut set = HashSet::with_capacity(ours.len().saturating_mul(2));
            set.extend(ours.iter().map(|(k, _)| *k));
            set
        });
        set.insert(key).then_some(None)
    }

    #[inline(never)]
    fn put(&self, entries: &mut Vec<Entry<'de>>, at: Option<usize>, entry: Entry<'de>) {
        match at {
            Some(at) => entries.insert(at, entry),
            None => entries.push(entry),
        }
    }

    #[inline(never)]
    fn finish(self, scratch: &mut Scratch<'de>) -> Tree<'de> {
        if scratch.discard {
            // Inside an over-long array: the keys were checked, nothing is kept.
            scratch.entries.truncate(self.start);
            return Tree(Kind::Null);
        }
        let entries = &mut scratch.entries;
        let ours = entries.get_mut(self.start..).unwrap_or_default();
        if self.seen.is_some() {
            ours.sort_unstable_by(|a, b| a.0.cmp(b.0));
        }
        let out = scratch.arena.alloc_slice_copy(ours);
        entries.truncate(self.start);
        Tree(Kind::Object(out))
    }
}

impl Scratch<'_> {
    /// Enter an array or object (one level deeper); the most elements an array here keeps.
    #[inline(never)]
    fn enter(&mut self) -> usize {
        self.depth = self.depth.saturating_add(1);
        if self.discard {
            usize::MAX
        } else {
            self.limit.at(self.depth)
        }
    }
}

/// The array whose items are `items[start..]`, moved off the scratch stack (outside the
/// recursive frame of `visit_seq`); nothing inside an over-long array's discarded elements.
#[inline(never)]
fn take_items<'de>(scratch: &mut Scratch<'de>, start: usize) -> Tree<'de> {
    if scratch.discard {
        return Tree(Kind::Null);
    }
    let out = scratch
        .arena
        .alloc_slice_copy(scratch.items.get(start..).unwrap_or_default());
    scratch.items.truncate(start);
    Tree(Kind::Array(out))
}

/// Reads an object key, borrowing it when it has no escapes (else copying it into the arena).
struct KeySeed<'de>(&'de Bump);

impl<'de> DeserializeSeed<'de> for KeySeed<'de> {
    type Value = &'de str;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<&'de str, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'de> {
    type Value = &'de str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<&'de str, E> {
        Ok(v)
    }

    fn visit_str<E>(self, v: &str) -> Result<&'de str, E> {
        Ok(self.0.alloc_str(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A leaked arena (tests only), so that a helper can return the tree.
    fn arena() -> &'static Arena {
        Box::leak(Box::new(Arena::new()))
    }

    /// [`super::from_str`]'s tree.
    fn from_str(text: &str, any_order: bool) -> serde_json::Result<Tree<'_>> {
        Ok(super::from_str(text, any_order, ArrayLimit::NONE, arena())?.tree)
    }

    /// The tree with every object sorted.
    fn sorted(tree: Tree<'_>) -> Tree<'_> {
        tree.sorted(arena())
    }

    /// The tree as a `serde_json::Value`, to compare with serde_json's own parse.
    fn to_value(n: &Tree<'_>) -> Value {
        match &n.0 {
            Kind::Null => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Number(n) => Value::Number(n.number()),
            Kind::Str(s) => Value::String(s.to_string()),
            Kind::Array(a) => Value::Array(a.iter().map(to_value).collect()),
            Kind::Object(m) | Kind::Unsorted(m) => Value::Object(
                m.iter()
                    .map(|(k, v)| (k.to_string(), to_value(v)))
                    .collect(),
            ),
            Kind::LongArray(n) => panic!("an over-long array of {n} without a limit"),
        }
    }

    fn same_as_serde_json(text: &str) {
        // Read in the text's order, the same tree once sorted.
        assert_eq!(
            sorted(from_str(text, true).unwrap()),
            from_str(text, false).unwrap()
        );
        // The serde route builds the same tree.
        assert_eq!(
            from_str_serde(text, ArrayLimit::NONE, arena()).unwrap(),
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
        let a = arena();
        let built = Tree::object(
            a,
            &[
                ("z", Tree::array(a, &[Tree::int(-1), Tree::uint(u64::MAX)])),
                ("a", Tree::bool(false)),
                ("m", Tree::null()),
                ("a", Tree::str("kept")),
                ("f", Tree::float(1.5).unwrap()),
                ("s", Tree::string(a, &String::from("owned"))),
            ],
        );
        let text = r#"{"a":"kept","f":1.5,"m":null,"s":"owned","z":[-1,18446744073709551615]}"#;
        assert_eq!(built, from_str(text, false).unwrap());
        assert!(Tree::float(f64::NAN).is_none());
        assert!(Tree::float(f64::INFINITY).is_none());
    }

    #[test]
    fn an_unordered_object_sorts_as_tree_object_does() {
        // Nested, out of order.
        let a = arena();
        let entries = || -> [Entry<'static>; 3] {
            [
                ("z", Tree::int(1)),
                ("a", Tree::str("first")),
                (
                    "m",
                    Tree::array(
                        a,
                        &[Tree::object_unordered(
                            a,
                            &[("y", Tree::null()), ("b", Tree::bool(true))],
                        )],
                    ),
                ),
            ]
        };
        let unordered = Tree::object_unordered(a, &entries());
        assert!(unordered.has_unsorted());
        let copy = sorted(unordered);
        assert!(!copy.has_unsorted());
        let text = r#"{"a":"first","m":[{"b":true,"y":null}],"z":1}"#;
        assert_eq!(copy, from_str(text, false).unwrap());
        // `Tree::object` sorts its own entries, not those of the unordered object inside.
        let object = Tree::object(a, &entries());
        assert!(object.has_unsorted());
        assert_eq!(sorted(object), copy);
        assert!(!Tree::object(a, &[("k", Tree::null())]).has_unsorted());
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

    /// A million-element array over the limit costs no memory per element on either route:
    /// the arena holds a few bytes, and the result is its length. (Before the readers counted,
    /// the tree of this 2 MB text took 24 MB in the arena plus as much in the scratch stack.)
    #[test]
    fn over_long_arrays_cost_no_memory_per_element() {
        let limit = ArrayLimit {
            max: 10_000,
            from_depth: 1,
        };
        let zeros = format!("[0{}]", ",0".repeat(999_999));
        // 40 keys: the fast reader leaves the object to the serde route.
        let keys: Vec<String> = (0..40)
            .map(|i| format!("\"k{i}\":{{\"s\":\"\\n\"}}"))
            .collect();
        let serde = format!("{{{},\"z\":{zeros}}}", keys.join(","));
        for (text, fast) in [(&zeros, true), (&serde, false)] {
            assert_eq!(
                super::super::fast::from_str(text, false, limit, &Arena::new()).is_some(),
                fast
            );
            let arena = Arena::new();
            let tree = super::from_str(text, false, limit, &arena).unwrap().tree;
            let len = match tree.0 {
                Kind::LongArray(n) => n,
                Kind::Object(m) => match m.last() {
                    Some(("z", Tree(Kind::LongArray(n)))) => *n,
                    _ => panic!("{m:?}"),
                },
                other => panic!("{other:?}"),
            };
            assert_eq!(len, 1_000_000);
            // The kept elements (up to the limit) were freed from the scratch stack; what the
            // arena holds is the 40 small objects and the escaped strings.
            assert!(arena.0.allocated_bytes() < 64 * 1024, "{arena:?}");
        }
        // Without a limit, the same text is read whole.
        let arena = Arena::new();
        let whole = super::from_str(&zeros, false, ArrayLimit::NONE, &arena).unwrap();
        assert!(matches!(whole.tree.0, Kind::Array(a) if a.len() == 1_000_000));
        assert!(arena.0.allocated_bytes() >= 24_000_000);
    }

    #[test]
    fn deep_nesting_still_hits_the_recursion_limit() {
        assert!(from_str(&"[".repeat(100_000), false).is_err());
        assert!(from_str(&"{\"a\":".repeat(100_000), false).is_err());
    }

    #[test]
    fn the_arena_is_kept_between_calls_unless_it_grew_large() {
        let text = r#"{"a":[1,2,3],"b":"\n"}"#;
        let first = with_arena(|arena| {
            assert!(super::from_str(text, true, ArrayLimit::NONE, arena).is_ok());
            arena.0.allocated_bytes()
        });
        assert!(first > 0);
        // The same chunk, emptied: reading again allocates nothing new.
        with_arena(|arena| {
            assert_eq!(arena.0.allocated_bytes(), first);
            assert!(super::from_str(text, true, ArrayLimit::NONE, arena).is_ok());
            assert_eq!(arena.0.allocated_bytes(), first);
        });
        // In use (a nested call): a new arena, not a panic.
        with_arena(|outer| with_arena(|inner| assert!(!std::ptr::eq(outer, inner))));
        // A large document's arena is given back.
        let big = format!("[{}\"x\"]", "[1,2],".repeat(100_000));
        with_arena(|arena| assert!(super::from_str(&big, false, ArrayLimit::NONE, arena).is_ok()));
        with_arena(|arena| assert!(arena.0.allocated_bytes() <= KEEP_ARENA));
    }
}
