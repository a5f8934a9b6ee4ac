//! Shared by the benchmarks: the data size, shrunk in smoke mode.

/// `n`, or `n / 1000` (at least 10) when `P2C_BENCH_SMOKE` is set: `scripts/bench --smoke`
/// (run by the test command) only checks that every benchmark still runs.
pub(crate) fn size(n: u64) -> u64 {
    if std::env::var_os("P2C_BENCH_SMOKE").is_some() {
        (n / 1000).max(10)
    } else {
        n
    }
}
