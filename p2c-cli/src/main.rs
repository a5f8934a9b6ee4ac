//! `p2c`: the command line of the p2c library.
//!
//! `p2c dashboard [FILE] [--as-of YYYY-MM-DD]` loads a JSON array of pledge documents (the
//! sample data set by default) and prints the dashboard. Exit status: 0 success, 1 unreadable or
//! invalid input, 2 usage error.

mod args;
mod dashboard;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use args::{Command, DashboardArgs};
use p2c_core::{Error, Pledge};

/// The sample data set, relative to the workspace root.
const SAMPLE_RELATIVE: &str = "examples/data/pledges.json";

/// The sample data set where it was at build time, for runs from outside the workspace root.
const SAMPLE_AT_BUILD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/data/pledges.json");

const EXIT_INPUT: u8 = 1;
const EXIT_USAGE: u8 = 2;

fn main() -> ExitCode {
    match args::parse(std::env::args().skip(1)) {
        Ok(Command::Help) => print(args::USAGE),
        Ok(Command::Version) => print(&format!("p2c {}\n", env!("CARGO_PKG_VERSION"))),
        Ok(Command::Dashboard(a)) => dashboard(&a),
        Err(e) => {
            eprintln!("p2c: {e}\n\n{}", args::USAGE);
            ExitCode::from(EXIT_USAGE)
        }
    }
}

fn dashboard(a: &DashboardArgs) -> ExitCode {
    let path = a.file.clone().unwrap_or_else(default_file);
    let pledges = match load(&path) {
        Ok(p) => p,
        Err(e) => return input_error(&e),
    };
    let source = path.display().to_string();
    let input = dashboard::Input {
        pledges: &pledges,
        source: &source,
        as_of: a.as_of,
        currency: a.currency,
    };
    match dashboard::compute(&input) {
        Ok(d) if a.json => print(&dashboard::render_json(&d)),
        Ok(d) => print(&dashboard::render_text(&input, &d)),
        Err(e) => input_error(&e),
    }
}

/// The sample data set: relative to the current directory when run from the workspace root,
/// otherwise where it was when the binary was built.
fn default_file() -> PathBuf {
    let relative = PathBuf::from(SAMPLE_RELATIVE);
    if relative.is_file() {
        relative
    } else {
        PathBuf::from(SAMPLE_AT_BUILD)
    }
}

/// Read and parse a pledge file (`-` reads standard input).
fn load(path: &Path) -> Result<Vec<Pledge>, Error> {
    let io_error = |e: std::io::Error| Error::Io {
        path: path.display().to_string(),
        message: e.to_string(),
    };
    let text = if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(io_error)?;
        s
    } else {
        std::fs::read_to_string(path).map_err(io_error)?
    };
    p2c_core::parse_pledges(&text)
}

/// Report an input error on standard error: the message, then its code and, for parse errors,
/// the JSON Pointer and position on lines of their own so scripts can pick them out.
fn input_error(e: &Error) -> ExitCode {
    let mut msg = format!("p2c: {e}\n  code: {}\n", e.code());
    if let Error::Parse {
        pointer,
        line,
        column,
        ..
    } = e
    {
        msg.push_str(&format!("  pointer: {pointer}\n"));
        if let (Some(l), Some(c)) = (line, column) {
            msg.push_str(&format!("  line: {l}, column: {c}\n"));
        }
    }
    eprint!("{msg}");
    ExitCode::from(EXIT_INPUT)
}

/// Print to standard output; a closed pipe (`p2c dashboard | head`) is not an error.
fn print(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("p2c: cannot write output: {e}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}
