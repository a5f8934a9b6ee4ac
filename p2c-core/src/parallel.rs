//! Every core for the batch and file routes, with results that never depend on the number of
//! threads.
//!
//! [`Threads`] says how many threads a call may use: by default the cores available to the
//! process, else the number given (1: everything on the calling thread, no pool at all). Work
//! is cut into pieces whose bounds depend on the input only (chunks of about
//! [`CHUNK_BYTES`] of text, or of [`CHUNK_ITEMS`] pledges), each piece is computed on its
//! own, and the pieces' results are put together in input order on the calling thread. So
//! the same input gives the same pieces and the same result, byte for byte, with 1, 2 or 64
//! threads; only the time changes.
//!
//! A small input (one piece) is computed on the calling thread without touching a pool: a
//! single request body never pays for threads. Pools are built once per size and kept (the
//! default size uses rayon's global pool); when no thread can be started, the work runs on
//! the calling thread, with the same result.

use std::num::NonZeroUsize;
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Text is cut into chunks of about this many bytes (whole records each): large enough that a
/// chunk costs far more than handing it to a thread, small enough for every core to get several.
pub const CHUNK_BYTES: usize = 1 << 20;

/// The most threads a call gets: a larger count (from a request, a typo) is taken as this
/// many rather than starting that many threads. Results do not depend on it.
pub const MAX_THREADS: usize = 256;

/// In-memory pledges are handled in pieces of this many.
pub const CHUNK_ITEMS: usize = 4096;

static CHUNK_BYTES_NOW: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(CHUNK_BYTES);
static CHUNK_ITEMS_NOW: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(CHUNK_ITEMS);

/// The chunk size in bytes in use ([`CHUNK_BYTES`] unless a test changed it).
pub(crate) fn chunk_bytes() -> usize {
    CHUNK_BYTES_NOW
        .load(std::sync::atomic::Ordering::Relaxed)
        .max(1)
}

/// The piece size in pledges in use ([`CHUNK_ITEMS`] unless a test changed it).
pub(crate) fn chunk_items() -> usize {
    CHUNK_ITEMS_NOW
        .load(std::sync::atomic::Ordering::Relaxed)
        .max(1)
}

/// For tests, not an API: set the chunk sizes (bytes of text, pledges in memory), so that
/// small inputs are cut into many pieces. Results never depend on them.
#[doc(hidden)]
pub fn set_chunk_sizes(bytes: usize, items: usize) {
    CHUNK_BYTES_NOW.store(bytes.max(1), std::sync::atomic::Ordering::Relaxed);
    CHUNK_ITEMS_NOW.store(items.max(1), std::sync::atomic::Ordering::Relaxed);
}

/// How many threads a call may use.
///
/// Serialized as a number, `0` (or absent) meaning the default: the cores available.
///
/// ```
/// use p2c_core::parallel::Threads;
///
/// assert_eq!(Threads::new(1).get(), 1);
/// assert!(Threads::default().get() >= 1);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(from = "usize", into = "usize")]
#[schemars(with = "usize")]
pub struct Threads(Option<NonZeroUsize>);

impl Threads {
    /// The cores available to the process (rayon's global pool).
    pub const AUTO: Threads = Threads(None);
    /// Everything on the calling thread.
    pub const ONE: Threads = Threads(Some(NonZeroUsize::MIN));

    /// `n` threads; 0 means [`Threads::AUTO`].
    pub fn new(n: usize) -> Threads {
        Threads(NonZeroUsize::new(n))
    }

    /// The number of threads this stands for.
    pub fn get(self) -> usize {
        match self.0 {
            Some(n) => n.get(),
            None => rayon::current_num_threads().max(1),
        }
    }
}

impl From<usize> for Threads {
    fn from(n: usize) -> Threads {
        Threads::new(n)
    }
}

impl From<Threads> for usize {
    fn from(t: Threads) -> usize {
        t.0.map_or(0, NonZeroUsize::get)
    }
}

/// Pools of explicit sizes, each with its size.
type Pools = Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>>;

/// The pools of explicit sizes built so far, by size.
fn pools() -> &'static Pools {
    static POOLS: OnceLock<Pools> = OnceLock::new();
    POOLS.get_or_init(|| Mutex::new(Vec::new()))
}

/// For tests, not an API: the sizes of the pools built so far (the default size uses rayon's
/// global pool, not listed).
#[doc(hidden)]
pub fn pool_sizes() -> Vec<usize> {
    let pools = pools()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    pools.iter().map(|(n, _)| *n).collect()
}

/// The pool of `n` threads, built on first use; `None` when it cannot be built.
fn pool(n: usize) -> Option<Arc<rayon::ThreadPool>> {
    let mut pools = pools()
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, p)) = pools.iter().find(|(size, _)| *size == n) {
        return Some(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("p2c-{i}"))
        .build()
        .ok()?;
    let p = Arc::new(p);
    pools.push((n, p.clone()));
    Some(p)
}

/// Where a call's parallel work runs.
enum Place {
    /// On the calling thread only.
    Here,
    /// On rayon's global pool (the default size).
    Global,
    /// On a pool of an explicit size.
    Pool(Arc<rayon::ThreadPool>),
}

/// Where work of `pieces` pieces runs under `threads`: here for one thread or one piece, or
/// when no pool can be had (the result is the same, only slower).
fn place(threads: Threads, pieces: usize) -> Place {
    if pieces <= 1 {
        return Place::Here;
    }
    match threads.0 {
        None if rayon::current_num_threads() > 1 => Place::Global,
        None => Place::Here,
        Some(n) if n.get() == 1 => Place::Here,
        Some(n) => pool(n.get().min(MAX_THREADS)).map_or(Place::Here, Place::Pool),
    }
}

/// `f` over `items`, results in input order: on the calling thread when `threads` is one or
/// there is at most one item, else on the pool.
pub(crate) fn map<T, R, F>(threads: Threads, items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    let run = || items.par_iter().map(&f).collect();
    match place(threads, items.len()) {
        Place::Here => items.iter().map(&f).collect(),
        Place::Global => run(),
        Place::Pool(p) => p.install(run),
    }
}

/// `a` and `b`, on two threads when `threads` allows more than one.
pub(crate) fn join<A, B, RA, RB>(threads: Threads, a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    match place(threads, 2) {
        Place::Here => (a(), b()),
        Place::Global => rayon::join(a, b),
        Place::Pool(p) => p.install(|| rayon::join(a, b)),
    }
}

/// The pieces of `0..len` of at most `size` each, for [`map`]: bounds that depend on `len`
/// only, never on the number of threads.
pub(crate) fn ranges(len: usize, size: usize) -> Vec<std::ops::Range<usize>> {
    let size = size.max(1);
    let mut out = Vec::with_capacity(len.div_ceil(size));
    let mut start = 0;
    while start < len {
        let end = len.min(start.saturating_add(size));
        out.push(start..end);
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_input_order_whatever_the_threads() {
        let items: Vec<u64> = (0..10_000).collect();
        let one = map(Threads::ONE, &items, |x| x * 3);
        for n in [2, 3, 4] {
            assert_eq!(map(Threads::new(n), &items, |x| x * 3), one);
        }
        assert_eq!(map(Threads::AUTO, &items, |x| x * 3), one);
        assert_eq!(join(Threads::new(2), || 1, || 2), (1, 2));
        assert_eq!(join(Threads::ONE, || 1, || 2), (1, 2));
    }

    #[test]
    fn one_thread_never_leaves_the_calling_thread() {
        let me = std::thread::current().id();
        let items = vec![1, 2, 3, 4];
        let ids = map(Threads::ONE, &items, |_| std::thread::current().id());
        assert!(ids.iter().all(|id| *id == me));
        // A single item stays on the calling thread too, whatever the count.
        let ids = map(Threads::new(4), &[1], |_| std::thread::current().id());
        assert_eq!(ids, vec![me]);
    }

    #[test]
    fn threads_serialize_as_a_number() {
        assert_eq!(serde_json::to_string(&Threads::new(3)).unwrap(), "3");
        assert_eq!(serde_json::to_string(&Threads::AUTO).unwrap(), "0");
        let t: Threads = serde_json::from_str("0").unwrap();
        assert_eq!(t, Threads::AUTO);
    }

    #[test]
    fn ranges_cover_everything_once() {
        assert_eq!(ranges(10, 4), vec![0..4, 4..8, 8..10]);
        assert!(ranges(0, 4).is_empty());
        assert_eq!(ranges(3, 0), vec![0..1, 1..2, 2..3]);
    }
}
