//! A direct JSON reader into [`FastTree`] (a [`Tree`] in an arena), for the common case;
//! anything unusual is left to the serde_json route in [`tree`](super::tree).
//!
//! The serde route pays for the visitor machinery on every value (`deserialize_any`, a seed per
//! key and value, `Cow` keys through a second visitor) and for an allocation per array and
//! object. This reader goes straight from bytes to nodes through scratch stacks, and moves each
//! container's children into the arena. It accepts a strict *subset* of what serde_json
//! accepts and builds the very tree the serde route builds for it
//! ([`FastTree::to_tree`] is equal to it); whenever it meets anything it does
//! not handle (malformed text, a repeated key, a lone surrogate escape, a number that is not a
//! plain integer it can read exactly, nesting deeper than [`MAX_DEPTH`], an object with more
//! than [`MAX_KEYS`] keys) it gives up with `None`, and the caller reads the text again through
//! serde_json, so every error, its position, and every non-trivial number come from serde_json
//! as before. Numbers that are not plain integers are handed to serde_json's own number parser
//! (the same `float_roundtrip` rules), one token at a time.

use std::cmp::Ordering;

use bumpalo::Bump;
use serde_json::Number;

use super::tree::{Entry, Json, Kind, Tree, View};

/// Deeper nesting is left to serde_json (a pledge nests 5 levels; serde_json's limit is 128).
/// Also bounds this reader's recursion, so a small thread stack is safe.
const MAX_DEPTH: usize = 48;

/// Objects with more keys are left to serde_json's route, which switches to a hash set: the
/// repeated-key check here is quadratic at worst.
const MAX_KEYS: usize = 32;

/// A JSON value read by this reader: [`Tree`]'s shape, with every array, object and escaped
/// string in one [`Bump`] arena instead of an allocation each, and nothing to drop (a pledge
/// has about twenty arrays and objects; allocating and freeing them was a tenth of
/// `validate_bytes`).
#[derive(Debug, PartialEq)]
pub(crate) struct FastTree<'a>(FastKind<'a>);

/// What one [`FastTree`] is.
#[derive(Debug, PartialEq)]
enum FastKind<'a> {
    Null,
    Bool(bool),
    Number(Number),
    Str(&'a str),
    Array(&'a mut [FastTree<'a>]),
    /// Entries sorted by key, keys unique.
    Object(&'a mut [FastEntry<'a>]),
    /// Keys unique, in the text's order (see [`Kind::Unsorted`]).
    Unsorted(&'a mut [FastEntry<'a>]),
}

/// One entry of an object.
type FastEntry<'a> = (&'a str, FastTree<'a>);

// Nothing in the arena is ever dropped: the tree must not own anything that needs dropping.
const _: () = assert!(!std::mem::needs_drop::<FastTree<'static>>());

impl<'a> FastTree<'a> {
    /// Sort every object's entries by key, in place; whether any object was out of order.
    pub(crate) fn sort(&mut self) -> bool {
        match &mut self.0 {
            FastKind::Array(items) => items.iter_mut().fold(false, |any, x| x.sort() | any),
            FastKind::Object(entries) => {
                entries.iter_mut().fold(false, |any, (_, x)| x.sort() | any)
            }
            FastKind::Unsorted(entries) => {
                let entries = std::mem::take(entries);
                for (_, x) in entries.iter_mut() {
                    x.sort();
                }
                // Keys are distinct (checked while reading), so any sort gives the one order.
                entries.sort_unstable_by(|a, b| key_cmp(a.0, b.0));
                self.0 = FastKind::Object(entries);
                true
            }
            _ => false,
        }
    }

    /// The same value as a [`Tree`] (strings borrowed), to compare with the serde route's.
    pub(crate) fn to_tree(&self) -> Tree<'a> {
        let entries = |entries: &[FastEntry<'a>]| -> Box<[Entry<'a>]> {
            entries
                .iter()
                .map(|(k, v)| ((*k).into(), v.to_tree()))
                .collect()
        };
        Tree(match &self.0 {
            FastKind::Null => Kind::Null,
            FastKind::Bool(b) => Kind::Bool(*b),
            FastKind::Number(n) => Kind::Number(n.clone()),
            FastKind::Str(s) => Kind::Str((*s).into()),
            FastKind::Array(items) => Kind::Array(items.iter().map(FastTree::to_tree).collect()),
            FastKind::Object(m) => Kind::Object(entries(m)),
            FastKind::Unsorted(m) => Kind::Unsorted(entries(m)),
        })
    }
}

impl<'a> Json for FastTree<'a> {
    type Obj = [FastEntry<'a>];

    fn view(&self) -> View<'_, Self> {
        match &self.0 {
            FastKind::Null => View::Null,
            FastKind::Bool(b) => View::Bool(*b),
            FastKind::Number(n) => View::Number(n),
            FastKind::Str(s) => View::String(s),
            FastKind::Array(a) => View::Array(a),
            FastKind::Object(m) | FastKind::Unsorted(m) => View::Object(&**m),
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

/// A document read by [`from_str`].
#[derive(Debug, PartialEq)]
pub(crate) struct FastDoc<'a> {
    pub(crate) tree: FastTree<'a>,
    /// Whether some object kept its keys out of order ([`FastKind::Unsorted`]).
    pub(crate) unsorted: bool,
}

/// Read `text` as one JSON value into `arena`, or `None` when the serde route must decide.
/// With `any_order`, an object whose keys are not in order keeps them as written
/// ([`FastKind::Unsorted`]); otherwise its entries are sorted.
pub(crate) fn from_str<'a>(text: &'a str, any_order: bool, arena: &'a Bump) -> Option<FastDoc<'a>> {
    let (items, entries) = SCRATCH.with(|s| s.take());
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        any_order,
        unsorted: false,
        arena,
        items: reuse(items, |_| FastTree(FastKind::Null)),
        entries: reuse(entries, |_| ("", FastTree(FastKind::Null))),
    };
    let node = r.value(0).and_then(|tree| {
        r.skip_ws();
        (r.pos == r.bytes.len()).then_some(FastDoc {
            tree,
            unsorted: r.unsorted,
        })
    });
    let (mut items, mut entries) = (r.items, r.entries);
    // Emptied, the stacks borrow nothing and go back for the next call on this thread (unless
    // a large batch grew them: that memory is given back).
    items.clear();
    entries.clear();
    items.shrink_to(KEEP);
    entries.shrink_to(KEEP);
    SCRATCH.with(|s| {
        s.set((
            reuse(items, |_| FastTree(FastKind::Null)),
            reuse(entries, |_| ("", FastTree(FastKind::Null))),
        ))
    });
    node
}

/// Run `f` with an empty arena: this thread's, kept between calls (so that a document costs
/// no allocation once the arena has grown to its size), or a new one if it is in use.
pub(crate) fn with_arena<R>(f: impl FnOnce(&Bump) -> R) -> R {
    ARENA.with(|cell| match cell.try_borrow_mut() {
        Ok(mut arena) => {
            let r = f(&arena);
            if arena.allocated_bytes() > KEEP_ARENA {
                // A large batch grew it: that memory is given back.
                *arena = Bump::new();
            } else {
                arena.reset();
            }
            r
        }
        Err(_) => f(&Bump::new()),
    })
}

/// Scratch stacks longer than this are not kept between calls.
const KEEP: usize = 1024;

/// Arenas larger than this (bytes) are not kept between calls.
const KEEP_ARENA: usize = 1 << 20;

/// The scratch stacks' allocations, kept between calls on a thread (empty, so `'static`):
/// two allocations per document fewer, one of them too large for malloc's fast path.
type Stacks = (Vec<FastTree<'static>>, Vec<FastEntry<'static>>);

thread_local! {
    static SCRATCH: std::cell::Cell<Stacks> = const { std::cell::Cell::new((Vec::new(), Vec::new())) };
    static ARENA: std::cell::RefCell<Bump> = std::cell::RefCell::new(Bump::new());
}

/// An empty vector's allocation as a vector of another lifetime (the standard library collects
/// a mapped `into_iter` in place when the layouts match; `f` is never called on an empty one).
fn reuse<A, B>(v: Vec<A>, f: impl FnMut(A) -> B) -> Vec<B> {
    debug_assert!(v.is_empty());
    v.into_iter().map(f).collect()
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    pos: usize,
    any_order: bool,
    /// Some object was kept out of order.
    unsorted: bool,
    arena: &'t Bump,
    items: Vec<FastTree<'t>>,
    entries: Vec<FastEntry<'t>>,
}

impl<'t> Reader<'t> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    #[inline]
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos = self.pos.wrapping_add(1);
        }
    }

    /// Skip whitespace and return the next byte, consuming it.
    #[inline]
    fn next_token(&mut self) -> Option<u8> {
        self.skip_ws();
        let b = self.peek()?;
        self.pos = self.pos.wrapping_add(1);
        Some(b)
    }

    fn literal(&mut self, rest: &[u8], node: FastTree<'t>) -> Option<FastTree<'t>> {
        let end = self.pos.checked_add(rest.len())?;
        if self.bytes.get(self.pos..end)? == rest {
            self.pos = end;
            Some(node)
        } else {
            None
        }
    }

    fn value(&mut self, depth: usize) -> Option<FastTree<'t>> {
        match self.next_token()? {
            b'"' => self.string().map(|s| FastTree(FastKind::Str(s))),
            b'{' => self.object(depth.checked_add(1)?),
            b'[' => self.array(depth.checked_add(1)?),
            b't' => self.literal(b"rue", FastTree(FastKind::Bool(true))),
            b'f' => self.literal(b"alse", FastTree(FastKind::Bool(false))),
            b'n' => self.literal(b"ull", FastTree(FastKind::Null)),
            b'-' | b'0'..=b'9' => {
                self.pos = self.pos.wrapping_sub(1);
                self.number().map(|n| FastTree(FastKind::Number(n)))
            }
            _ => None,
        }
    }

    /// The string whose opening quote was just read.
    #[inline]
    fn string(&mut self) -> Option<&'t str> {
        let start = self.pos;
        self.skip_plain();
        loop {
            match *self.bytes.get(self.pos)? {
                b'"' => {
                    let s = self.text.get(start..self.pos)?;
                    self.pos = self.pos.wrapping_add(1);
                    return Some(s);
                }
                b'\\' => return self.escaped(start),
                0..=0x1f => return None,
                _ => self.pos = self.pos.wrapping_add(1),
            }
        }
    }

    /// Skip string bytes that need no attention (not `"`, `\\` or a control character), eight at
    /// a time; stops at or before the first byte that does.
    #[inline]
    fn skip_plain(&mut self) {
        const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
        const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
        /// High bit set in each byte of `x` that is below `n` (exact for the lowest such byte,
        /// which is all that is used), for `n` ≤ 128.
        #[inline]
        fn below(x: u64, n: u8) -> u64 {
            x.wrapping_sub(ONES.wrapping_mul(u64::from(n))) & !x & HIGHS
        }
        while let Some(chunk) = self
            .bytes
            .get(self.pos..self.pos.wrapping_add(8))
            .and_then(|c| <[u8; 8]>::try_from(c).ok())
        {
            let w = u64::from_le_bytes(chunk);
            let hits = below(w ^ ONES.wrapping_mul(u64::from(b'"')), 1)
                | below(w ^ ONES.wrapping_mul(u64::from(b'\\')), 1)
                | below(w, 0x20);
            if hits != 0 {
                // Little-endian: the lowest set bit is in the first such byte.
                self.pos = self.pos.wrapping_add((hits.trailing_zeros() / 8) as usize);
                return;
            }
            self.pos = self.pos.wrapping_add(8);
        }
    }

    /// The rest of a string with escapes, `start` being just after its opening quote; the
    /// string is written into the arena.
    #[cold]
    fn escaped(&mut self, start: usize) -> Option<&'t str> {
        let mut out = String::from(self.text.get(start..self.pos)?);
        loop {
            let run = self.pos;
            self.skip_plain();
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos = self.pos.wrapping_add(1);
            }
            out.push_str(self.text.get(run..self.pos)?);
            match self.peek()? {
                b'"' => {
                    self.pos = self.pos.wrapping_add(1);
                    return Some(self.arena.alloc_str(&out));
                }
                b'\\' => {
                    self.pos = self.pos.wrapping_add(1);
                    let c = match self.peek()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            self.pos = self.pos.wrapping_add(1);
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                // A pair, or serde_json's business (lone surrogates).
                                if self.peek()? != b'\\' {
                                    return None;
                                }
                                self.pos = self.pos.wrapping_add(1);
                                if self.peek()? != b'u' {
                                    return None;
                                }
                                self.pos = self.pos.wrapping_add(1);
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return None;
                                }
                                0x1_0000u32.checked_add(
                                    (hi.checked_sub(0xD800)? << 10) | lo.checked_sub(0xDC00)?,
                                )?
                            } else {
                                hi
                            };
                            out.push(char::from_u32(code)?);
                            continue;
                        }
                        _ => return None,
                    };
                    self.pos = self.pos.wrapping_add(1);
                    out.push(c);
                }
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.pos.checked_add(4)?;
        let digits = self.bytes.get(self.pos..end)?;
        let mut v = 0u32;
        for &d in digits {
            let h = char::from(d).to_digit(16)?;
            v = (v << 4) | h;
        }
        self.pos = end;
        Some(v)
    }

    /// A number token. Plain integers that fit are read here exactly as serde_json reads them
    /// (`u64` when non-negative, `i64` when negative and not zero); every other number (a
    /// fraction, an exponent, `-0`, one too large) is the exact token handed to serde_json.
    fn number(&mut self) -> Option<Number> {
        let start = self.pos;
        let negative = self.peek()? == b'-';
        if negative {
            self.pos = self.pos.wrapping_add(1);
        }
        let digits = self.pos;
        match self.peek()? {
            b'0' => self.pos = self.pos.wrapping_add(1),
            b'1'..=b'9' => {
                while let Some(b'0'..=b'9') = self.peek() {
                    self.pos = self.pos.wrapping_add(1);
                }
            }
            _ => return None,
        }
        let int_end = self.pos;
        let mut plain = true;
        if self.peek() == Some(b'.') {
            plain = false;
            self.pos = self.pos.wrapping_add(1);
            self.digits()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            plain = false;
            self.pos = self.pos.wrapping_add(1);
            if let Some(b'+' | b'-') = self.peek() {
                self.pos = self.pos.wrapping_add(1);
            }
            self.digits()?;
        }
        if plain {
            // At most 19 digits always fit a u64 (and, but for `-0`, a negative i64).
            let int = self.bytes.get(digits..int_end)?;
            if int.len() <= 19 {
                let mut n = 0u64;
                for &d in int {
                    n = n
                        .checked_mul(10)?
                        .checked_add(u64::from(d.wrapping_sub(b'0')))?;
                }
                if !negative {
                    return Some(Number::from(n));
                }
                if n != 0 {
                    let neg = 0i64.checked_sub_unsigned(n)?;
                    return Some(Number::from(neg));
                }
            }
        }
        serde_json::from_str(self.text.get(start..self.pos)?).ok()
    }

    /// One or more decimal digits.
    fn digits(&mut self) -> Option<()> {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos = self.pos.wrapping_add(1);
        }
        (self.pos > start).then_some(())
    }

    fn array(&mut self, depth: usize) -> Option<FastTree<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.items.len();
        self.skip_ws();
        if self.peek()? == b']' {
            self.pos = self.pos.wrapping_add(1);
            return Some(FastTree(FastKind::Array(&mut [])));
        }
        loop {
            let v = self.value(depth)?;
            self.items.push(v);
            match self.next_token()? {
                b',' => {}
                b']' => break,
                _ => return None,
            }
        }
        let items = self.arena.alloc_slice_fill_iter(self.items.drain(start..));
        Some(FastTree(FastKind::Array(items)))
    }

    fn object(&mut self, depth: usize) -> Option<FastTree<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.entries.len();
        if self.next_token()? == b'}' {
            return Some(FastTree(FastKind::Object(&mut [])));
        }
        self.pos = self.pos.wrapping_sub(1);
        // Keys seen so far, as a 256-bit filter of `key_hash`: a key whose bit is clear is new,
        // and only a key whose bit is set is compared with the others.
        let mut seen = [0u64; 4];
        let mut in_order = true;
        loop {
            if self.next_token()? != b'"' {
                return None;
            }
            let key = self.string()?;
            if self.next_token()? != b':' {
                return None;
            }
            let ours = self.entries.get(start..)?;
            if ours.len() >= MAX_KEYS {
                return None;
            }
            let h = key_hash(key);
            let (word, bit) = (seen.get_mut(usize::from(h >> 6))?, 1u64 << (h & 63));
            if *word & bit != 0 && ours.iter().any(|(k, _)| *k == key) {
                // A repeated key: the serde route reports it, at its position.
                return None;
            }
            *word |= bit;
            if let Some((last, _)) = ours.last() {
                in_order &= key_cmp(last, key) == Ordering::Less;
            }
            let v = self.value(depth)?;
            self.entries.push((key, v));
            match self.next_token()? {
                b',' => {}
                b'}' => break,
                _ => return None,
            }
        }
        let entries = self
            .arena
            .alloc_slice_fill_iter(self.entries.drain(start..));
        Some(FastTree(if in_order {
            FastKind::Object(entries)
        } else if self.any_order {
            self.unsorted = true;
            FastKind::Unsorted(entries)
        } else {
            // Keys are distinct (checked above), so any sort gives the one order.
            entries.sort_unstable_by(|a, b| key_cmp(a.0, b.0));
            FastKind::Object(entries)
        }))
    }
}

/// A one-byte summary of a key for the filter of keys seen in an object: its length and its
/// first, middle and last bytes.
#[inline]
fn key_hash(key: &str) -> u8 {
    let b = key.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let len = b.len();
    (len as u8).wrapping_mul(37)
        ^ at(0)
        ^ at(len / 2).rotate_left(3)
        ^ at(len.wrapping_sub(1)).rotate_left(5)
}

/// Byte-wise order of two keys (as `str`'s), deciding on the first byte when it can: most keys
/// of an object differ there, and that saves a `memcmp` call.
#[inline]
fn key_cmp(a: &str, b: &str) -> Ordering {
    match (a.as_bytes().first(), b.as_bytes().first()) {
        (Some(x), Some(y)) if x != y => x.cmp(y),
        _ => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`from_str`] with an arena of its own (leaked: tests only).
    fn read(text: &str, any_order: bool) -> Option<FastTree<'_>> {
        let doc = from_str(text, any_order, Box::leak(Box::new(Bump::new())))?;
        // The flag says whether the tree has an object out of order.
        let mut tree = doc.tree;
        let sorted = read_sorted(text);
        assert_eq!(doc.unsorted, tree != sorted);
        assert_eq!(doc.unsorted, tree.sort());
        assert_eq!(tree, sorted);
        Some(from_str(text, any_order, Box::leak(Box::new(Bump::new())))?.tree)
    }

    fn read_sorted(text: &str) -> FastTree<'_> {
        from_str(text, false, Box::leak(Box::new(Bump::new())))
            .unwrap()
            .tree
    }

    fn kind(text: &str, any_order: bool) -> Option<&'static str> {
        read(text, any_order).map(|t| match t.0 {
            FastKind::Object(_) => "object",
            FastKind::Unsorted(_) => "unsorted",
            _ => "other",
        })
    }

    #[test]
    fn objects_keep_the_texts_order_only_when_asked() {
        assert_eq!(kind(r#"{"a":1,"b":2}"#, true), Some("object"));
        assert_eq!(kind(r#"{"b":1,"a":2}"#, true), Some("unsorted"));
        assert_eq!(kind(r#"{"b":1,"a":2}"#, false), Some("object"));
        let sorted = read(r#"{"b":1,"a":2}"#, false).unwrap();
        assert_eq!(sorted, read(r#"{"a":2,"b":1}"#, true).unwrap());
    }

    #[test]
    fn sorting_in_place_gives_the_sorted_read() {
        let text = r#"{"z":[{"y":1,"b":{"d":null,"c":"\u00e9"}}],"a":{"n":true,"m":false}}"#;
        let mut any = read(text, true).unwrap();
        assert_eq!(kind(text, true), Some("unsorted"));
        assert!(any.sort());
        let sorted = read(text, false).unwrap();
        assert_eq!(any, sorted);
        assert_eq!(
            any.to_tree(),
            super::super::tree::from_str_serde(text).unwrap()
        );
        // Already in order: nothing to do.
        assert!(!any.sort());
    }

    /// Every repeat is found whatever the filter says, and distinct keys whose one-byte
    /// summaries collide are not mistaken for repeats: 32 keys (the most this reader takes)
    /// over a 256-bit filter, each object also with one key written twice, at every distance.
    #[test]
    fn repeated_keys_are_found_and_colliding_keys_are_not_repeats() {
        let keys: Vec<String> = (0..32).map(|i| format!("k{}x{}", i % 7, i * 13)).collect();
        let hashes: std::collections::HashSet<u8> = keys.iter().map(|k| key_hash(k)).collect();
        assert!(
            hashes.len() < keys.len(),
            "the test needs colliding summaries"
        );
        for any_order in [false, true] {
            let all = keys
                .iter()
                .map(|k| format!("\"{k}\":0"))
                .collect::<Vec<_>>();
            assert!(read(&format!("{{{}}}", all.join(",")), any_order).is_some());
            for (i, k) in keys.iter().enumerate().take(31) {
                let mut some = all.get(..31).unwrap().to_vec();
                some.insert(i, format!("\"{k}\":1"));
                let text = format!("{{{}}}", some.join(","));
                assert!(read(&text, any_order).is_none(), "{text}");
            }
        }
    }

    #[test]
    fn the_scratch_stacks_are_kept_between_calls() {
        assert!(read(r#"[{"b":1,"a":[2,3]},{"c":{}}]"#, false).is_some());
        let (items, entries) = SCRATCH.with(|s| s.take());
        // Reused in place (no new allocation per call), and empty.
        assert!(items.capacity() >= 2 && entries.capacity() >= 2);
        assert!(items.is_empty() && entries.is_empty());
        // A large batch's stacks are shrunk before they are kept.
        let big = format!("[{}1]", "1,".repeat(5000));
        assert!(read(&big, true).is_some());
        let (items, _) = SCRATCH.with(|s| s.take());
        assert!(items.capacity() <= KEEP);
    }

    #[test]
    fn the_arena_is_kept_between_calls_unless_it_grew_large() {
        let text = r#"{"a":[1,2,3],"b":"\n"}"#;
        let first = with_arena(|arena| {
            assert!(from_str(text, true, arena).is_some());
            arena.allocated_bytes()
        });
        assert!(first > 0);
        // The same chunk, emptied: reading again allocates nothing new.
        with_arena(|arena| {
            assert_eq!(arena.allocated_bytes(), first);
            assert!(from_str(text, true, arena).is_some());
            assert_eq!(arena.allocated_bytes(), first);
        });
        // In use (a nested call): a new arena, not a panic.
        with_arena(|outer| with_arena(|inner| assert!(!std::ptr::eq(outer, inner))));
        // A large document's arena is given back.
        let big = format!("[{}\"x\"]", "[1,2],".repeat(100_000));
        with_arena(|arena| assert!(from_str(&big, false, arena).is_some()));
        with_arena(|arena| assert!(arena.allocated_bytes() <= KEEP_ARENA));
    }
}
