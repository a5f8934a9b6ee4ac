//! `npx p2c`: the `p2c` command line of `p2c-cli`, run inside the addon, so that the npm package
//! ships the very same program as the `p2c` binary and `python -m p2c` (same commands, options,
//! output bytes and exit statuses). `bin/p2c.js` calls it with `process.argv.slice(2)`.

use napi_derive::napi;

/// Run the `p2c` command line with `argv` (the arguments after the program name) on the
/// process's own standard streams: the exit status. It blocks the event loop until the command
/// is done, as a command line should. A panic cannot escape: `p2c_cli` catches it and reports
/// it as one `internal_error` line with status 1.
#[napi(js_name = "_cli")]
pub fn cli(argv: Vec<String>) -> u8 {
    p2c_cli::run_process(std::iter::once("p2c".to_owned()).chain(argv))
}
