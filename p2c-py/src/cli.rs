//! `python -m p2c`: the `p2c` command line of `p2c-cli`, run inside the extension so that the
//! Python package ships the very same program as the `p2c` binary (same commands, options,
//! output bytes and exit statuses), not a second command line of its own.

use pyo3::prelude::*;

/// Run the `p2c` command line with `argv` (the arguments after the program name) on the
/// process's own standard streams, without the GIL: the exit status.
///
/// The caller flushes Python's `sys.stdout`/`sys.stderr` first, since the command writes to the
/// file descriptors directly. A panic cannot escape: `p2c_cli` catches it and reports it as one
/// `internal_error` line with status 1.
#[pyfunction]
pub(crate) fn _cli(py: Python<'_>, argv: Vec<String>) -> u8 {
    py.detach(move || p2c_cli::run_process(std::iter::once("p2c".to_owned()).chain(argv)))
}
