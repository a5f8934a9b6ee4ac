//! A direct JSON reader into a [`Tree`], for the common case; anything unusual is left to the
//! serde_json route in [`tree`](super::tree).
//!
//! The serde route pays for the visitor machinery on every value (`deserialize_any`, a seed per
//! key and value, keys through a second visitor). This reader goes straight from bytes to
//! nodes through scratch stacks, and moves each container's children into the arena. It
//! accepts a strict *subset* of what serde_json accepts and builds the very tree the serde
//! route builds for it; whenever it meets anything it does
//! not handle (malformed text, a repeated key, a lone surrogate escape, a number that is not a
//! plain integer it can read exactly, nesting deeper than [`MAX_DEPTH`], an object with more
//! than [`MAX_KEYS`] keys) it gives up with `None`, and the caller reads the text again through
//! serde_json, so every error, its position, and every non-trivial number come from serde_json
//! as before. Numbers that are not plain integers are handed to serde_json's own number parser
//! (the same `float_roundtrip` rules), one token at a time.
//!
//! Arrays are counted while they are read: one longer than the [`ArrayLimit`] keeps only its
//! length ([`Kind::LongArray`]), and its elements past the limit are read without being kept,
//! as the serde route does, so a long array costs no memory per element.

use std::cmp::Ordering;

use bumpalo::Bump;
use serde_json::Number;

use super::tree::{key_cmp, Arena, ArrayLimit, Entry, Kind, Num, Read, Tree};

/// Deeper nesting is left to serde_json (a pledge nests 5 levels; serde_json's limit is 128).
/// Also bounds this reader's recursion, so a small thread stack is safe.
const MAX_DEPTH: usize = 48;

/// Objects with more keys are left to serde_json's route, which switches to a hash set: the
/// repeated-key check here is quadratic at worst.
const MAX_KEYS: usize = 32;

/// Read `text` as one JSON value into `arena`, or `None` when the serde route must decide.
/// With `any_order`, an object whose keys are not in order keeps them as written
/// ([`Kind::Unsorted`]); otherwise its entries are sorted. Arrays longer than `limit` keep
/// their length only.
pub(crate) fn from_str<'a>(
    text: &'a str,
    any_order: bool,
    limit: ArrayLimit,
    arena: &'a Arena,
) -> Option<Read<'a>> {
    let (items, entries) = SCRATCH.with(|s| s.take());
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        any_order,
        unsorted: false,
        limit,
        discard: false,
        dropped: false,
        arena: &arena.0,
        items: reuse(items, |_| Tree(Kind::Null)),
        entries: reuse(entries, |_| ("", Tree(Kind::Null))),
    };
    let node = r.value(0).and_then(|tree| {
        r.skip_ws();
        (r.pos == r.bytes.len()).then_some(Read {
            tree,
            // Elements of an over-long array that were read and dropped may have had the
            // object out of order: then the tree says.
            unsorted: r.unsorted && (!r.dropped || tree.has_unsorted()),
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
            reuse(items, |_| Tree(Kind::Null)),
            reuse(entries, |_| ("", Tree(Kind::Null))),
        ))
    });
    node
}

/// Scratch stacks longer than this are not kept between calls.
const KEEP: usize = 1024;

/// The scratch stacks' allocations, kept between calls on a thread (empty, so `'static`):
/// two allocations per document fewer, one of them too large for malloc's fast path.
type Stacks = (Vec<Tree<'static>>, Vec<Entry<'static>>);

thread_local! {
    static SCRATCH: std::cell::Cell<Stacks> = const { std::cell::Cell::new((Vec::new(), Vec::new())) };
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
    limit: ArrayLimit,
    /// Inside an over-long array's elements past the limit: values are read to check the text,
    /// and nothing is kept (arrays in there have no limit, so one such array at a time).
    discard: bool,
    /// Some over-long array's elements were dropped.
    dropped: bool,
    arena: &'t Bump,
    items: Vec<Tree<'t>>,
    entries: Vec<Entry<'t>>,
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

    fn literal(&mut self, rest: &[u8], node: Tree<'t>) -> Option<Tree<'t>> {
        let end = self.pos.checked_add(rest.len())?;
        if self.bytes.get(self.pos..end)? == rest {
            self.pos = end;
            Some(node)
        } else {
            None
        }
    }

    fn value(&mut self, depth: usize) -> Option<Tree<'t>> {
        match self.next_token()? {
            b'"' => self.string().map(|s| Tree(Kind::Str(s))),
            b'{' => self.object(depth.checked_add(1)?),
            b'[' => self.array(depth.checked_add(1)?),
            b't' => self.literal(b"rue", Tree(Kind::Bool(true))),
            b'f' => self.literal(b"alse", Tree(Kind::Bool(false))),
            b'n' => self.literal(b"ull", Tree(Kind::Null)),
            b'-' | b'0'..=b'9' => {
                self.pos = self.pos.wrapping_sub(1);
                self.number().map(|n| Tree(Kind::Number(Num::of(&n))))
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
        if self.discard {
            // Nothing is kept here, and a key's repeats need its unescaped text: serde decides.
            return None;
        }
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

    fn array(&mut self, depth: usize) -> Option<Tree<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.items.len();
        self.skip_ws();
        if self.peek()? == b']' {
            self.pos = self.pos.wrapping_add(1);
            return Some(Tree(Kind::Array(&[])));
        }
        let max = if self.discard {
            usize::MAX
        } else {
            self.limit.at(depth)
        };
        let mut len = 0usize;
        loop {
            let v = self.value(depth)?;
            len = len.saturating_add(1);
            if !self.discard {
                if len > max {
                    // Over the limit: what was kept goes, and the rest is counted, not kept.
                    self.items.truncate(start);
                    self.discard = true;
                    self.dropped = true;
                } else {
                    self.items.push(v);
                }
            }
            match self.next_token()? {
                b',' => {}
                b']' => break,
                _ => return None,
            }
        }
        if len > max {
            self.discard = false;
            return Some(Tree(Kind::LongArray(len)));
        }
        if self.discard {
            return Some(Tree(Kind::Null));
        }
        let items = self.arena.alloc_slice_copy(self.items.get(start..)?);
        self.items.truncate(start);
        Some(Tree(Kind::Array(items)))
    }

    fn object(&mut self, depth: usize) -> Option<Tree<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.entries.len();
        if self.next_token()? == b'}' {
            return Some(Tree(Kind::Object(&[])));
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
        if self.discard {
            // Inside an over-long array: the keys were checked, nothing is kept.
            self.entries.truncate(start);
            return Some(Tree(Kind::Null));
        }
        let ours = self.entries.get_mut(start..)?;
        let kind = if in_order {
            Kind::Object
        } else if self.any_order {
            self.unsorted = true;
            Kind::Unsorted
        } else {
            // Keys are distinct (checked above), so any sort gives the one order.
            ours.sort_unstable_by(|a, b| key_cmp(a.0, b.0));
            Kind::Object
        };
        let entries = self.arena.alloc_slice_copy(ours);
        self.entries.truncate(start);
        Some(Tree(kind(entries)))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// [`from_str`] with an arena of its own (leaked: tests only).
    fn read(text: &str, any_order: bool) -> Option<Tree<'_>> {
        let arena = Box::leak(Box::new(Arena::new()));
        let doc = from_str(text, any_order, ArrayLimit::NONE, arena)?;
        // The flag says whether the tree has an object out of order, and the sorted copy is
        // the sorted read.
        let sorted = read_sorted(text);
        assert_eq!(doc.unsorted, doc.tree != sorted);
        assert_eq!(doc.unsorted, doc.tree.has_unsorted());
        assert_eq!(doc.tree.sorted(arena), sorted);
        Some(doc.tree)
    }

    fn read_sorted(text: &str) -> Tree<'_> {
        from_str(
            text,
            false,
            ArrayLimit::NONE,
            Box::leak(Box::new(Arena::new())),
        )
        .unwrap()
        .tree
    }

    fn kind(text: &str, any_order: bool) -> Option<&'static str> {
        read(text, any_order).map(|t| match t.0 {
            Kind::Object(_) => "object",
            Kind::Unsorted(_) => "unsorted",
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
    fn a_sorted_copy_is_the_sorted_read() {
        let text = r#"{"z":[{"y":1,"b":{"d":null,"c":"\u00e9"}}],"a":{"n":true,"m":false}}"#;
        let arena = Arena::new();
        let any = read(text, true).unwrap();
        assert_eq!(kind(text, true), Some("unsorted"));
        let sorted = any.sorted(&arena);
        assert!(any.has_unsorted() && !sorted.has_unsorted());
        assert_eq!(sorted, read(text, false).unwrap());
        assert_eq!(
            sorted,
            super::super::tree::from_str_serde(text, ArrayLimit::NONE, &arena).unwrap()
        );
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

    /// Arrays over the limit keep their length only; past the limit, a repeated key, an
    /// escape (a key's repeats need its text) or malformed text still makes the reader give
    /// up, so serde_json reports the error (or reads the escape) as before.
    #[test]
    fn over_long_arrays_keep_their_length_only() {
        let two = ArrayLimit {
            max: 2,
            from_depth: 1,
        };
        let read = |text: &'static str, limit| {
            let arena = Box::leak(Box::new(Arena::new()));
            from_str(text, false, limit, arena).map(|r| r.tree)
        };
        assert_eq!(read("[1,2,[3]]", two), Some(Tree(Kind::LongArray(3))));
        let nested = read(r#"{"a":[1,[1,2,{"b":[4,5,6]}]]}"#, two).unwrap();
        let Kind::Object([("a", Tree(Kind::Array([_, Tree(Kind::LongArray(3))])))]) = nested.0
        else {
            panic!("{nested:?}");
        };
        // A batch's own array is not limited (from depth 2), its elements' arrays are.
        let batch = ArrayLimit {
            max: 2,
            from_depth: 2,
        };
        let Some(Tree(Kind::Array([_, _, Tree(Kind::LongArray(4))]))) =
            read("[1,2,[1,2,3,4]]", batch)
        else {
            panic!()
        };
        for text in [
            r#"[1,2,3,{"a":1,"a":2}]"#,
            r#"[1,2,3,"\n"]"#,
            r#"[1,2,3,{"\u0061":1}]"#,
            "[1,2,3,]",
            "[1,2,[3,}]",
        ] {
            assert_eq!(read(text, two), None, "{text}");
        }
        // The order flag is the tree's: an object out of order in dropped elements is gone.
        let arena = Arena::new();
        let doc = from_str(r#"[{"b":1,"a":2},2,3]"#, true, two, &arena).unwrap();
        assert_eq!((doc.tree, doc.unsorted), (Tree(Kind::LongArray(3)), false));
        let doc = from_str(r#"[{"b":1,"a":2},[1,2,3]]"#, true, two, &arena).unwrap();
        assert!(doc.unsorted && doc.tree.has_unsorted());
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
}
