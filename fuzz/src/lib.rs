//! Fuzz checks for p2c-core; the targets are in `fuzz_targets/`.
pub mod checks;
