//! Why a run stops: every error is one line naming where (file, line, pointer, option), what
//! is wrong and what to do, and an exit status.

use std::fmt::Write as _;

use p2c_core::Error;

use crate::output::Ctx;

/// Done, and every input valid.
pub const EXIT_OK: u8 = 0;
/// Invalid data, or an input that cannot be read.
pub const EXIT_INVALID: u8 = 1;
/// The command line is wrong.
pub const EXIT_USAGE: u8 = 2;

/// Why a run stops before its end.
#[derive(Debug)]
pub(crate) enum Fail {
    /// The command line is wrong (exit 2): the line to print.
    Usage(String),
    /// An input cannot be read or used, or the output cannot be written (exit 1).
    Input(String),
    /// The output was closed by its reader (`p2c … | head`): stop quietly.
    Pipe,
}

impl Fail {
    /// Print the error line; the exit status.
    pub(crate) fn report(self, ctx: &mut Ctx<'_>) -> u8 {
        let (line, status) = match self {
            Fail::Usage(line) => (line, EXIT_USAGE),
            Fail::Input(line) => (line, EXIT_INVALID),
            Fail::Pipe => return EXIT_OK,
        };
        let label = ctx.paint_err(crate::output::Paint::Error, "error");
        let _ = ctx
            .err
            .write_all(format!("p2c: {label}: {line}\n").as_bytes());
        let _ = ctx.err.flush();
        status
    }
}

/// Where an option of a call is on the command line: the call's JSON Pointer (a prefix) and
/// the flag that sets it.
pub(crate) type Flags<'a> = &'a [(&'a str, &'a str)];

/// The flag of a call's pointer, or `--call` (the JSON that sets every other option).
fn flag_of(pointer: &str, flags: Flags<'_>) -> String {
    flags
        .iter()
        .filter(|(prefix, _)| {
            pointer == *prefix
                || pointer
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
        .max_by_key(|(prefix, _)| prefix.len())
        .map_or_else(
            || {
                if pointer.is_empty() {
                    "--call".to_owned()
                } else {
                    format!("--call {pointer}")
                }
            },
            |(_, flag)| (*flag).to_owned(),
        )
}

/// An error of the core about a call's options, as a usage error naming the flag; any other
/// error as [`data`] would word it for `file`.
pub(crate) fn option(e: &Error, flags: Flags<'_>, command: &str) -> Fail {
    let help = format!("see `p2c {command} --help`");
    match e {
        Error::UnknownOption {
            codelist,
            code,
            pointer,
            suggestion,
        } => {
            let fix = match suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => help,
            };
            Fail::Usage(format!(
                "`{}`: unknown {codelist} `{code}`; {fix}",
                flag_of(pointer, flags)
            ))
        }
        Error::InvalidArgument {
            pointer,
            message,
            suggestion,
        } => {
            let fix = match suggestion {
                Some(s) => format!("did you mean `{s}`?"),
                None => help,
            };
            Fail::Usage(format!("`{}`: {message}; {fix}", flag_of(pointer, flags)))
        }
        other => data(other, ""),
    }
}

/// An error of the core while reading or using the data of `file`, in one line with a fix.
pub(crate) fn data(e: &Error, file: &str) -> Fail {
    let at = if file.is_empty() {
        String::new()
    } else {
        format!("`{file}`")
    };
    let validate_hint = if file.is_empty() {
        "`p2c validate FILE` lists every issue".to_owned()
    } else {
        format!("`p2c validate {file}` lists every issue")
    };
    let line = match e {
        Error::Parse {
            what,
            pointer,
            line,
            column,
            message,
        } => {
            let mut place = at.clone();
            if let Some(l) = line {
                let _ = write!(place, " line {l}");
                if let Some(c) = column {
                    let _ = write!(place, ", column {c}");
                }
            }
            if !pointer.is_empty() {
                let _ = write!(place, ", at `{pointer}`");
            }
            format!(
                "{}: cannot read the {what}: {message}; correct it there ({validate_hint})",
                place.trim_start_matches(", ")
            )
        }
        // The operating system refused a read (the core names no path for a stream): the file,
        // not its content, is the problem.
        Error::Io { path, message }
            if (path.is_empty() || path.starts_with('<')) && message.contains("(os error") =>
        {
            format!("cannot read {at}: {message}; check that it is a readable file")
        }
        Error::Io { path, message } if path.is_empty() || path.starts_with('<') => {
            // The core read the data but could not decode it (not UTF-8, a broken line).
            format!("{at}: cannot read the pledges: {message}; {validate_hint}")
        }
        Error::Io { path, message } => format!(
            "cannot read `{path}`: {message}; check the path, and that it is a readable file"
        ),
        Error::LimitExceeded { limit, max, actual } => format!(
            "{at}: the input exceeds the {limit} limit of {max} (found {actual}); split it, or raise the limit with `--call`"
        ),
        Error::DuplicatePledgeId { id } => format!(
            "{at}: two pledges have the id `{id}`; give every pledge its own id ({validate_hint})"
        ),
        Error::InvalidPledges { ids } => format!(
            "{at}: {} pledge(s) failed validation, first `{}`; correct them ({validate_hint}), or leave them out with `--invalid exclude`",
            ids.len(),
            ids.first().map(String::as_str).unwrap_or_default()
        ),
        Error::RateNotFound { .. } | Error::CurrencyWithdrawn { .. } => format!(
            "{e}; choose another `--policy`, or bring newer rates with `--rates` (see `p2c rates import --help`)"
        ),
        Error::Overflow { .. } => format!("{e}; check the amounts for a misplaced digit"),
        Error::InvalidRateFile {
            line,
            pointer,
            detail,
            ..
        } => {
            let mut place = at.clone();
            if let Some(l) = line {
                let _ = write!(place, " line {l}");
            }
            if let Some(p) = pointer {
                let _ = write!(place, " at `{p}`");
            }
            format!(
                "{}: {detail}; correct the rate file there (formats: `p2c rates --help`)",
                place.trim_start()
            )
        }
        Error::Internal(detail) => {
            format!("internal error: {detail}; this is a bug in p2c, please report it")
        }
        other => {
            if at.is_empty() {
                format!("{other}; see `p2c --help`")
            } else {
                format!("{at}: {other}; see `p2c --help`")
            }
        }
    };
    match e {
        Error::UnknownOption { .. } | Error::InvalidArgument { .. } => Fail::Usage(line),
        _ => Fail::Input(line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_map_to_their_flags() {
        let flags: Flags<'_> = &[("/filters", "--filter"), ("/currency", "--currency")];
        assert_eq!(flag_of("/filters/countries/0", flags), "--filter");
        assert_eq!(flag_of("/currency", flags), "--currency");
        assert_eq!(flag_of("/currencyX", flags), "--call /currencyX");
        assert_eq!(flag_of("", flags), "--call");
    }
}
