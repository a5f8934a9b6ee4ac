//! `p2c`, the command line of the p2c library, as a library: [`run`] takes the arguments and
//! the three standard streams and returns the exit status, so that the `p2c` binary, `python
//! -m p2c` (through the Python extension) and `npx p2c` (through the Node addon) run the very
//! same program and print the very same bytes.
//!
//! ```
//! let mut out = Vec::new();
//! let mut err = Vec::new();
//! let status = p2c_cli::run(["p2c", "codes", "batch.duplicate_id", "--lang", "en"], &mut &b""[..], &mut out, &mut err);
//! assert_eq!(status, p2c_cli::EXIT_OK);
//! assert!(String::from_utf8(out).unwrap().starts_with("batch.duplicate_id (error)"));
//! ```
//!
//! # Exit status
//!
//! [`EXIT_OK`] (0): done, and every input valid; [`EXIT_INVALID`] (1): invalid data, or an
//! input that cannot be read; [`EXIT_USAGE`] (2): the command line itself is wrong (an unknown
//! option, a malformed date, an unknown currency or code in an option). A closed output pipe
//! (`p2c … | head`) ends the program quietly with 0.
//!
//! # Errors
//!
//! Every error is one line on standard error, `p2c: error: ` then where (the file, the line of
//! a JSON Lines file, the JSON Pointer, the option), what is wrong, and after `; ` what to do.
//! Nothing panics: a panic would be a bug, and is caught and reported as one line
//! (`internal_error`) with exit status 1.
//!
//! # Options are the core's
//!
//! The clap structures of `args.rs` only parse: each command turns its arguments into the
//! core's call type (`p2c_core::call::SummaryCall`, `ValidateCall`, `ConvertCall`,
//! `ProfileCall`, `TablesCall`, `IssueCodesCall`) through its JSON form, so that every value is
//! checked, and every error worded, by the core, as for the Python and Node bindings. `--call
//! JSON` gives any option of the call that has no flag of its own.

mod args;
mod codes;
mod compare;
mod convert;
mod export;
mod fail;
mod input;
mod migrate;
mod options;
mod output;
mod rates;
mod sheets;
mod summary;
mod validate;

use std::ffi::OsString;
use std::io::{BufRead, IsTerminal, Write};

use clap::Parser as _;

pub use fail::{EXIT_INVALID, EXIT_OK, EXIT_USAGE};

use args::{Cli, Command};
use fail::Fail;

/// The standard streams of a run, and whether the output streams are terminals (colours and
/// the progress bar appear only on a terminal).
pub struct Io<'a> {
    /// Standard input (`-` as a FILE).
    pub stdin: &'a mut dyn BufRead,
    /// Standard output.
    pub stdout: &'a mut dyn Write,
    /// Standard error.
    pub stderr: &'a mut dyn Write,
    /// Whether standard output is a terminal.
    pub stdout_is_terminal: bool,
    /// Whether standard error is a terminal.
    pub stderr_is_terminal: bool,
}

/// Run the command line `args` (the program's name first, as `std::env::args` gives it) with
/// these streams, none of them a terminal; the exit status.
pub fn run<I, T>(
    args: I,
    stdin: &mut dyn BufRead,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_with(
        args,
        Io {
            stdin,
            stdout,
            stderr,
            stdout_is_terminal: false,
            stderr_is_terminal: false,
        },
    )
}

/// Run the command line with the process's own standard streams (what the `p2c` binary, the
/// Python extension and the Node addon call): the exit status.
pub fn run_process<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let stdin = std::io::stdin();
    let mut stdin = stdin.lock();
    let stdout = std::io::stdout();
    let stdout_is_terminal = stdout.is_terminal();
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, output::Retry(stdout.lock()));
    let stderr = std::io::stderr();
    let stderr_is_terminal = stderr.is_terminal();
    let mut stderr = output::Retry(stderr.lock());
    run_with(
        args,
        Io {
            stdin: &mut stdin,
            stdout: &mut stdout,
            stderr: &mut stderr,
            stdout_is_terminal,
            stderr_is_terminal,
        },
    )
}

/// Run the command line with the streams of `io`: the exit status.
pub fn run_with<I, T>(args: I, io: Io<'_>) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let Io {
        stdin,
        stdout,
        stderr,
        stdout_is_terminal,
        stderr_is_terminal,
    } = io;
    // The core's panic guard, the one the bindings use too.
    let result = p2c_core::call::guard(|| {
        let mut ctx = output::Ctx {
            stdin: &mut *stdin,
            out: &mut *stdout,
            err: &mut *stderr,
            stdout_is_terminal,
            stderr_is_terminal,
            color_out: false,
            color_err: false,
            lang: String::new(),
        };
        let status = main(&args, &mut ctx);
        let flushed = ctx.out.flush();
        match (status, flushed) {
            (Err(Fail::Pipe), _) => EXIT_OK,
            (Ok(status), Ok(())) => status,
            (Ok(_), Err(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
            (Ok(_), Err(e)) => {
                let line = format!("p2c: error: cannot write the output: {e}\n");
                let _ = ctx.err.write_all(line.as_bytes());
                EXIT_INVALID
            }
            (Err(fail), _) => fail.report(&mut ctx),
        }
    });
    result.unwrap_or_else(|e| {
        let _ = writeln!(
            stderr,
            "p2c: error: {e} ({}); this is a bug in p2c, please report it",
            e.code()
        );
        EXIT_INVALID
    })
}

/// Parse and dispatch.
fn main(args: &[OsString], ctx: &mut output::Ctx<'_>) -> Result<u8, Fail> {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => return args::clap_error(e, ctx),
    };
    ctx.color_out = cli.global.color.enabled(ctx.stdout_is_terminal);
    ctx.color_err = cli.global.color.enabled(ctx.stderr_is_terminal);
    ctx.lang = cli
        .global
        .lang
        .clone()
        .unwrap_or_else(|| p2c_core::i18n::Lang::from_env().code().to_owned());
    match &cli.command {
        Command::Validate(a) => validate::run(a, ctx),
        Command::Convert(a) => convert::run(a, ctx),
        Command::Dashboard(a) => summary::dashboard(a, ctx),
        Command::Profile(a) => summary::profile(a, ctx),
        Command::Export(a) => export::run(a, ctx),
        Command::Migrate(a) => migrate::run(a, ctx),
        Command::Template(a) => sheets::template(a, ctx),
        Command::Import(a) => sheets::import(a, ctx),
        Command::Compare(a) => compare::run(a, ctx),
        Command::Report(a) => summary::report(a, ctx),
        Command::Schema(a) => codes::schema(a, ctx),
        Command::Codes(a) => codes::codes(a, ctx),
        Command::Rates(a) => rates::run(a, ctx),
        Command::Completions(a) => args::completions(a, ctx),
    }
}
