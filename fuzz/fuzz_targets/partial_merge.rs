//! Fuzz target: see `p2c_fuzz::checks::partial_merge` for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| p2c_fuzz::checks::partial_merge(data));
