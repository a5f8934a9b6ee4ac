//! Compact sorted sets of byte-string keys with a small value each, for the state of a
//! streaming summary that grows with the input: pledge ids, distinct entities, the ids the
//! summary lists.
//!
//! Keys arrive in any order into a buffer (one byte arena and a vector of offsets); a full
//! buffer is sorted and written out as a *run*: its records in key order, each key
//! front-coded against the one before (the length of the prefix they share, then the rest),
//! so ids such as `P2C-SYN-0001234` cost a few bytes each. Runs are merged pairwise while the
//! newer is at least half the size of the older (a binary counter: at most log₂ of the number
//! of flushes remain, and each record is rewritten about that many times). Equal keys meet when
//! runs are merged and are combined by the value's [`Payload::combine`], the earlier (in input
//! order) first; a set can also remember the smallest key it met twice (duplicate pledge ids).
//!
//! Runs are plain bytes: they are what a partial summary serializes, and decoding one checks
//! every length, so a damaged run is an error, never a panic.
#![deny(clippy::arithmetic_side_effects)]

use std::cmp::Ordering;

use crate::{Error, Result};

/// A buffer is written out as a run when it holds this many records or this many key bytes.
const BUFFER_RECORDS: usize = 1 << 15;
const BUFFER_BYTES: usize = 1 << 20;

/// The value kept with a key.
pub(super) trait Payload: Sized + Clone {
    /// Append the value's encoding to `out`.
    fn encode(&self, out: &mut Vec<u8>);
    /// Read a value from the front of `input`, advancing it; `None` when it is not a valid
    /// encoding.
    fn decode(input: &mut &[u8]) -> Option<Self>;
    /// Fold `later` (the value of the same key, later in input order) into `self`.
    fn combine(&mut self, later: Self);
}

impl Payload for () {
    fn encode(&self, _: &mut Vec<u8>) {}
    fn decode(_: &mut &[u8]) -> Option<()> {
        Some(())
    }
    fn combine(&mut self, _: ()) {}
}

/// Append `n` as a LEB128 varint.
pub(super) fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = u8::try_from(n & 0x7f).unwrap_or(0);
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Read a LEB128 varint (at most 10 bytes) from the front of `input`.
pub(super) fn get_varint(input: &mut &[u8]) -> Option<u64> {
    let mut n: u64 = 0;
    for shift in (0..64).step_by(7) {
        let (&b, rest) = input.split_first()?;
        *input = rest;
        n |= u64::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

/// Append a length-prefixed byte string.
pub(super) fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_varint(out, u64::try_from(b.len()).unwrap_or(u64::MAX));
    out.extend_from_slice(b);
}

/// Read a length-prefixed byte string.
pub(super) fn get_bytes<'a>(input: &mut &'a [u8]) -> Option<&'a [u8]> {
    let n = usize::try_from(get_varint(input)?).ok()?;
    if n > input.len() {
        return None;
    }
    let (head, rest) = input.split_at(n);
    *input = rest;
    Some(head)
}

fn damaged() -> Error {
    Error::InvalidPartial {
        reason: "a sorted run is damaged".into(),
    }
}

/// One run: records in key order (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Run {
    pub(super) bytes: Vec<u8>,
    pub(super) count: usize,
}

/// Reads a run's records in order.
pub(super) struct Cursor<'a, P> {
    data: &'a [u8],
    left: usize,
    pub(super) key: Vec<u8>,
    pub(super) value: Option<P>,
}

impl<'a, P: Payload> Cursor<'a, P> {
    pub(super) fn new(run: &'a Run) -> Cursor<'a, P> {
        Cursor {
            data: &run.bytes,
            left: run.count,
            key: Vec::new(),
            value: None,
        }
    }

    /// Move to the next record; `Ok(false)` at the end.
    pub(super) fn advance(&mut self) -> Result<bool> {
        if self.left == 0 {
            self.value = None;
            return if self.data.is_empty() {
                Ok(false)
            } else {
                Err(damaged())
            };
        }
        self.left = self.left.saturating_sub(1);
        let shared = get_varint(&mut self.data)
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(damaged)?;
        let suffix = get_bytes(&mut self.data).ok_or_else(damaged)?;
        if shared > self.key.len() {
            return Err(damaged());
        }
        self.key.truncate(shared);
        self.key.extend_from_slice(suffix);
        self.value = Some(P::decode(&mut self.data).ok_or_else(damaged)?);
        Ok(true)
    }
}

/// Writes records in key order as a run.
struct Writer {
    run: Run,
    last: Vec<u8>,
}

impl Writer {
    fn new() -> Writer {
        Writer {
            run: Run::default(),
            last: Vec::new(),
        }
    }

    fn push<P: Payload>(&mut self, key: &[u8], value: &P) {
        let shared = self
            .last
            .iter()
            .zip(key)
            .take_while(|(a, b)| a == b)
            .count();
        put_varint(&mut self.run.bytes, u64::try_from(shared).unwrap_or(0));
        put_bytes(&mut self.run.bytes, key.get(shared..).unwrap_or_default());
        value.encode(&mut self.run.bytes);
        self.run.count = self.run.count.saturating_add(1);
        self.last.clear();
        self.last.extend_from_slice(key);
    }
}

/// A sorted set of keys with values (see the module docs).
#[derive(Debug, Clone)]
pub(super) struct Runs<P> {
    /// Keys of the buffered records, one after another.
    arena: Vec<u8>,
    /// Buffered records: (start in `arena`, length, value), in input order.
    buffer: Vec<(u32, u32, P)>,
    /// Runs in input order (each covers input that comes after the one before).
    runs: Vec<Run>,
    /// Whether keys met twice are remembered (see [`Runs::smallest_repeat`]).
    track_repeats: bool,
    /// The smallest key met twice so far.
    repeat: Option<Vec<u8>>,
}

impl<P: Payload> Default for Runs<P> {
    fn default() -> Self {
        Runs {
            arena: Vec::new(),
            buffer: Vec::new(),
            runs: Vec::new(),
            track_repeats: false,
            repeat: None,
        }
    }
}

impl<P: Payload> Runs<P> {
    /// A set that remembers the smallest key it meets twice.
    pub(super) fn tracking_repeats() -> Runs<P> {
        Runs {
            track_repeats: true,
            ..Runs::default()
        }
    }

    /// The number of records, counting a key met twice twice until runs are merged.
    pub(super) fn len(&self) -> usize {
        self.runs
            .iter()
            .fold(self.buffer.len(), |n, r| n.saturating_add(r.count))
    }

    /// Bytes held (arena, buffer and runs), for the memory notes.
    pub(super) fn heap_bytes(&self) -> usize {
        let runs: usize = self.runs.iter().map(|r| r.bytes.capacity()).sum();
        self.arena
            .capacity()
            .saturating_add(
                self.buffer
                    .capacity()
                    .saturating_mul(std::mem::size_of::<(u32, u32, P)>()),
            )
            .saturating_add(runs)
    }

    /// Add a key and its value; `key` is built by `write` into the buffer's arena, so that no
    /// allocation is made per key.
    pub(super) fn push_with(&mut self, write: impl FnOnce(&mut Vec<u8>), value: P) {
        let start = self.arena.len();
        write(&mut self.arena);
        let len = self.arena.len().saturating_sub(start);
        match (u32::try_from(start), u32::try_from(len)) {
            (Ok(s), Ok(l)) => self.buffer.push((s, l, value)),
            // Never with the buffer limits; flush and store the key again.
            _ => {
                let key = self.arena.split_off(start);
                self.flush();
                self.arena.extend_from_slice(&key);
                let len = u32::try_from(key.len()).unwrap_or(u32::MAX);
                self.buffer.push((0, len, value));
            }
        }
        if self.buffer.len() >= BUFFER_RECORDS || self.arena.len() >= BUFFER_BYTES {
            self.flush();
        }
    }

    /// Add a key and its value.
    pub(super) fn push(&mut self, key: &[u8], value: P) {
        self.push_with(|arena| arena.extend_from_slice(key), value);
    }

    fn note_repeat(track: bool, repeat: &mut Option<Vec<u8>>, key: &[u8]) {
        if track && repeat.as_deref().is_none_or(|r| key < r) {
            *repeat = Some(key.to_vec());
        }
    }

    /// Write the buffer out as a run (combining equal keys), then merge runs as the binary
    /// counter says.
    pub(super) fn flush(&mut self) {
        if self.buffer.is_empty() {
            return;
        }
        self.buffer_to_run();
        self.settle();
    }

    /// Write the buffer out as a run of its own (combining equal keys), merging nothing.
    fn buffer_to_run(&mut self) {
        if self.buffer.is_empty() {
            return;
        }
        let arena = std::mem::take(&mut self.arena);
        let mut buffer = std::mem::take(&mut self.buffer);
        let key = |e: &(u32, u32, P)| -> &[u8] {
            let start = usize::try_from(e.0).unwrap_or(usize::MAX);
            let end = start.saturating_add(usize::try_from(e.1).unwrap_or(0));
            arena.get(start..end).unwrap_or_default()
        };
        // Stable: equal keys stay in input order, the earlier combined first.
        buffer.sort_by(|a, b| key(a).cmp(key(b)));
        let mut w = Writer::new();
        let mut pending: Option<(usize, P)> = None;
        for (i, e) in buffer.iter().enumerate() {
            match pending.take() {
                Some((j, mut v)) if buffer.get(j).map(&key) == Some(key(e)) => {
                    Self::note_repeat(self.track_repeats, &mut self.repeat, key(e));
                    v.combine(e.2.clone());
                    pending = Some((j, v));
                }
                Some((j, v)) => {
                    if let Some(k) = buffer.get(j).map(&key) {
                        w.push(k, &v);
                    }
                    pending = Some((i, e.2.clone()));
                }
                None => pending = Some((i, e.2.clone())),
            }
        }
        if let Some((j, v)) = pending {
            if let Some(k) = buffer.get(j).map(&key) {
                w.push(k, &v);
            }
        }
        // The allocations are kept for the next buffer.
        self.arena = arena;
        self.arena.clear();
        buffer.clear();
        self.buffer = buffer;
        self.runs.push(w.run);
    }

    /// Merge the newest runs while the newer is at least half the older's size.
    fn settle(&mut self) {
        while let [.., older, newer] = self.runs.as_slice() {
            if newer.count.saturating_mul(2) < older.count {
                break;
            }
            let (Some(newer), Some(older)) = (self.runs.pop(), self.runs.pop()) else {
                break;
            };
            // The runs were made by this set: a decoding error cannot happen; if it did,
            // both runs are kept as they were.
            match self.merge_runs(&[&older, &newer]) {
                Ok(run) => self.runs.push(run),
                Err(_) => {
                    self.runs.push(older);
                    self.runs.push(newer);
                    break;
                }
            }
        }
    }

    /// One run of `runs` (in input order), equal keys combined.
    fn merge_runs(&mut self, runs: &[&Run]) -> Result<Run> {
        let mut w = Writer::new();
        let track = self.track_repeats;
        let repeat = &mut self.repeat;
        merge_each::<P>(runs, |key, v, repeated| {
            if repeated {
                Self::note_repeat(track, repeat, key);
            }
            w.push(key, &v);
            Ok(())
        })?;
        Ok(w.run)
    }

    /// Add every record of `later` (input that comes after this set's).
    pub(super) fn append(&mut self, mut later: Runs<P>) {
        self.flush();
        later.flush();
        if let Some(r) = later.repeat.take() {
            Self::note_repeat(self.track_repeats, &mut self.repeat, &r);
        }
        for run in later.runs {
            self.runs.push(run);
            self.settle();
        }
    }

    /// The smallest key met twice, once every run is merged (call [`Runs::each`] or
    /// [`Runs::compact`] first).
    pub(super) fn smallest_repeat(&self) -> Option<&[u8]> {
        self.repeat.as_deref()
    }

    /// Merge everything into one run.
    pub(super) fn compact(&mut self) -> Result<()> {
        self.flush();
        if self.runs.len() > 1 {
            let runs = std::mem::take(&mut self.runs);
            let refs: Vec<&Run> = runs.iter().collect();
            let one = self.merge_runs(&refs)?;
            self.runs = vec![one];
        }
        Ok(())
    }

    /// Call `f` with every key and its combined value, in key order (merging everything first).
    pub(super) fn each(&mut self, mut f: impl FnMut(&[u8], P) -> Result<()>) -> Result<()> {
        self.compact()?;
        match self.runs.first() {
            Some(run) => merge_each::<P>(&[run], |k, v, _| f(k, v)),
            None => Ok(()),
        }
    }

    /// Consume the set, calling `f` with every key and its combined value in key order. The
    /// runs are merged as they are read, never into a merged copy first (as [`Runs::each`]
    /// does to keep the set): at the end of a summary such a copy of the largest set (the
    /// distinct entities) cost 12 MB of peak memory at 1e6 pledges.
    pub(super) fn drain(mut self, mut f: impl FnMut(&[u8], P) -> Result<()>) -> Result<()> {
        // The last buffer becomes a run of its own: merging it into the others now (as `flush`
        // would) would copy them.
        self.buffer_to_run();
        let runs = std::mem::take(&mut self.runs);
        let refs: Vec<&Run> = runs.iter().collect();
        merge_each::<P>(&refs, |k, v, _| f(k, v))
    }

    /// Which of `queries` (sorted, distinct) are in the set: the first one found, if any.
    pub(super) fn first_present(&mut self, queries: &[&[u8]]) -> Result<Option<Vec<u8>>> {
        if queries.is_empty() {
            return Ok(None);
        }
        let mut q = queries.iter().peekable();
        let mut found = None;
        self.each(|key, _| {
            while q.peek().is_some_and(|x| **x < key) {
                q.next();
            }
            if found.is_none() && q.peek().is_some_and(|x| **x == key) {
                found = Some(key.to_vec());
            }
            Ok(())
        })?;
        Ok(found)
    }

    /// The runs, for serialization (the buffer is flushed first).
    pub(super) fn runs(&mut self) -> &[Run] {
        self.flush();
        &self.runs
    }

    /// A set from serialized runs, each checked to decode and to be in strictly increasing
    /// key order.
    pub(super) fn from_runs(
        runs: Vec<Run>,
        track_repeats: bool,
        repeat: Option<Vec<u8>>,
    ) -> Result<Runs<P>> {
        for run in &runs {
            let mut c: Cursor<'_, P> = Cursor::new(run);
            let mut prev: Option<Vec<u8>> = None;
            while c.advance()? {
                if prev.as_deref().is_some_and(|p| p >= c.key.as_slice()) {
                    return Err(damaged());
                }
                prev = Some(c.key.clone());
            }
        }
        Ok(Runs {
            runs,
            track_repeats,
            repeat,
            ..Runs::default()
        })
    }
}

/// Call `f` with the records of `runs` (each sorted, in input order) in key order, equal keys
/// combined, the earlier run's value first; `repeated` says a key was in more than one run.
fn merge_each<P: Payload>(
    runs: &[&Run],
    mut f: impl FnMut(&[u8], P, bool) -> Result<()>,
) -> Result<()> {
    let mut cursors: Vec<Cursor<'_, P>> = runs.iter().map(|r| Cursor::new(r)).collect();
    let mut live: Vec<usize> = Vec::new();
    for (i, c) in cursors.iter_mut().enumerate() {
        if c.advance()? {
            live.push(i);
        }
    }
    let mut key: Vec<u8> = Vec::new();
    while !live.is_empty() {
        // The smallest key among the live cursors (few: a linear scan).
        let mut min: Option<usize> = None;
        for &i in &live {
            let Some(c) = cursors.get(i) else { continue };
            let smaller = match min.and_then(|m| cursors.get(m)) {
                None => true,
                Some(m) => c.key.cmp(&m.key) == Ordering::Less,
            };
            if smaller {
                min = Some(i);
            }
        }
        let Some(min) = min else { break };
        key.clear();
        if let Some(c) = cursors.get(min) {
            key.extend_from_slice(&c.key);
        }
        let mut value: Option<P> = None;
        let mut repeated = false;
        // Every cursor at this key, in run order (input order).
        let mut still = Vec::with_capacity(live.len());
        for &i in &live {
            let Some(c) = cursors.get_mut(i) else {
                continue;
            };
            if c.key == key {
                let v = c.value.take().ok_or_else(damaged)?;
                match value.as_mut() {
                    Some(acc) => {
                        acc.combine(v);
                        repeated = true;
                    }
                    None => value = Some(v),
                }
                if c.advance()? {
                    if c.key <= key {
                        // Not in increasing order: a damaged run.
                        return Err(damaged());
                    }
                    still.push(i);
                }
            } else {
                still.push(i);
            }
        }
        live = still;
        if let Some(v) = value {
            f(&key, v, repeated)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[derive(Debug, Clone, PartialEq)]
    struct Min(u64);
    impl Payload for Min {
        fn encode(&self, out: &mut Vec<u8>) {
            put_varint(out, self.0);
        }
        fn decode(input: &mut &[u8]) -> Option<Self> {
            get_varint(input).map(Min)
        }
        fn combine(&mut self, later: Self) {
            self.0 = self.0.min(later.0);
        }
    }

    #[test]
    fn varints_round_trip() {
        for n in [0, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            put_varint(&mut out, n);
            let mut s = out.as_slice();
            assert_eq!(get_varint(&mut s), Some(n));
            assert!(s.is_empty());
        }
        assert_eq!(get_varint(&mut &[0x80u8; 11][..]), None);
        assert_eq!(get_varint(&mut &[0x80u8][..]), None);
    }

    /// Against a BTreeMap, over many flushes and merges, two sets appended, and a repeat.
    #[test]
    #[allow(clippy::arithmetic_side_effects)]
    fn runs_agree_with_a_map() {
        let mut reference: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
        let mut a: Runs<Min> = Runs::tracking_repeats();
        let mut b: Runs<Min> = Runs::tracking_repeats();
        let mut state: u64 = 3;
        let mut repeats = Vec::new();
        for n in 0..200_000u64 {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let id = format!("P2C-SYN-{:07}", (state >> 40) % 150_000);
            let key = id.into_bytes();
            if let Some(old) = reference.get_mut(&key) {
                *old = (*old).min(n);
                repeats.push(key.clone());
            } else {
                reference.insert(key.clone(), n);
            }
            if n < 120_000 {
                a.push(&key, Min(n));
            } else {
                b.push(&key, Min(n));
            }
        }
        a.append(b);
        let mut got = Vec::new();
        a.each(|k, v| {
            got.push((k.to_vec(), v.0));
            Ok(())
        })
        .unwrap();
        let want: Vec<(Vec<u8>, u64)> = reference.into_iter().collect();
        assert_eq!(got, want);
        assert_eq!(a.smallest_repeat(), repeats.iter().min().map(Vec::as_slice));
        // Serialized and read back.
        let runs = a.runs().to_vec();
        let mut c: Runs<Min> = Runs::from_runs(runs.clone(), true, None).unwrap();
        let mut again = Vec::new();
        c.each(|k, v| {
            again.push((k.to_vec(), v.0));
            Ok(())
        })
        .unwrap();
        assert_eq!(again, want);
        // Damage anywhere is an error, never a panic.
        for cut in [1, runs[0].bytes.len() / 2, runs[0].bytes.len() - 1] {
            let mut bad = runs.clone();
            bad[0].bytes.truncate(cut);
            assert!(Runs::<Min>::from_runs(bad, true, None).is_err());
        }
        let probe: Vec<&[u8]> = vec![b"A", b"P2C-SYN-0000001", b"Z"];
        let found = c.first_present(&probe).unwrap();
        assert_eq!(
            found.as_deref(),
            want.iter()
                .find(|(k, _)| k == b"P2C-SYN-0000001")
                .map(|(k, _)| k.as_slice())
        );
    }

    #[test]
    fn sequential_ids_cost_a_few_bytes_each() {
        let mut r: Runs<()> = Runs::default();
        for i in 0..100_000 {
            r.push(format!("P2C-SYN-{i:07}").as_bytes(), ());
        }
        r.compact().unwrap();
        let bytes: usize = r.runs().iter().map(|r| r.bytes.len()).sum();
        assert!(bytes < 100_000 * 5, "{bytes}");
    }
}
