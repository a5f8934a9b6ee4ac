//! Hand-written argument parsing for `p2c`.
//!
//! The grammar is small enough that a parser library would cost more than it saves:
//!
//! ```text
//! p2c dashboard [FILE] [--as-of YYYY-MM-DD] [--currency CODE] [--json]
//! p2c --help | p2c --version
//! ```

use std::path::PathBuf;

use chrono::NaiveDate;
use p2c_core::model::CurrencyCode;

/// The usage text, printed by `--help` and after a usage error.
pub(crate) const USAGE: &str = "\
p2c: Partner2Connect pledge data

Usage:
  p2c dashboard [FILE] [--as-of YYYY-MM-DD] [--currency CODE] [--json]
  p2c --help
  p2c --version

Commands:
  dashboard   Load a JSON array of pledge documents (\"-\" reads standard input), validate
              them, convert their amounts with the embedded ECB / HMRC rate tables and
              print the Partner2Connect dashboard. FILE defaults to the sample data set
              examples/data/pledges.json.

Options:
  --as-of YYYY-MM-DD   Count only what was known on this date (also --as-of=YYYY-MM-DD);
                       default: the last day of the embedded daily exchange rates
  --currency CODE      The ISO 4217 currency of every amount (default USD)
  --json               Print the validation report and the summary as JSON
  -h, --help           Print this help
  -V, --version        Print the version

Exit status: 0 success, 1 unreadable or invalid input, 2 usage error.
";

/// What the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Command {
    /// Print the usage text.
    Help,
    /// Print the version.
    Version,
    /// Print the dashboard of a pledge file.
    Dashboard(DashboardArgs),
}

/// The arguments of `p2c dashboard`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DashboardArgs {
    /// The pledge file given on the command line; `None` means the sample data set.
    pub file: Option<PathBuf>,
    /// The date the dashboard is computed as of, when given.
    pub as_of: Option<NaiveDate>,
    /// The currency of every amount, when given (USD otherwise).
    pub currency: Option<CurrencyCode>,
    /// Print JSON instead of text.
    pub json: bool,
}

/// A command line that does not follow the grammar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parse the arguments after the program name.
pub(crate) fn parse<I>(args: I) -> Result<Command, UsageError>
where
    I: IntoIterator<Item = String>,
{
    let mut args = args.into_iter();
    let Some(first) = args.next() else {
        return Err(UsageError("no command given".into()));
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "dashboard" => parse_dashboard(args),
        other if other.starts_with('-') => Err(UsageError(format!("unknown option `{other}`"))),
        other => Err(UsageError(format!("unknown command `{other}`"))),
    }
}

fn parse_dashboard(mut args: impl Iterator<Item = String>) -> Result<Command, UsageError> {
    let mut file: Option<PathBuf> = None;
    let mut as_of: Option<NaiveDate> = None;
    let mut currency: Option<CurrencyCode> = None;
    let mut json = false;
    let mut only_positional = false;
    while let Some(arg) = args.next() {
        if !only_positional && arg.starts_with('-') && arg != "-" {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) => (f, Some(v.to_owned())),
                None => (arg.as_str(), None),
            };
            match flag {
                "--" if inline.is_none() => only_positional = true,
                "-h" | "--help" if inline.is_none() => return Ok(Command::Help),
                "--as-of" => {
                    let value = match inline {
                        Some(v) => v,
                        None => args.next().ok_or_else(|| {
                            UsageError("`--as-of` needs a date (YYYY-MM-DD)".into())
                        })?,
                    };
                    if as_of.is_some() {
                        return Err(UsageError("`--as-of` given more than once".into()));
                    }
                    as_of = Some(parse_date(&value)?);
                }
                "--currency" => {
                    let value = match inline {
                        Some(v) => v,
                        None => args.next().ok_or_else(|| {
                            UsageError("`--currency` needs an ISO 4217 code such as EUR".into())
                        })?,
                    };
                    if currency.is_some() {
                        return Err(UsageError("`--currency` given more than once".into()));
                    }
                    currency = Some(parse_currency(&value)?);
                }
                "--json" if inline.is_none() => json = true,
                _ => return Err(UsageError(format!("unknown option `{arg}`"))),
            }
        } else if file.is_none() {
            file = Some(PathBuf::from(arg));
        } else {
            return Err(UsageError(format!("unexpected argument `{arg}`")));
        }
    }
    Ok(Command::Dashboard(DashboardArgs {
        file,
        as_of,
        currency,
        json,
    }))
}

fn parse_currency(s: &str) -> Result<CurrencyCode, UsageError> {
    CurrencyCode::new(s)
        .filter(|c| p2c_core::money::currency(*c).is_some())
        .ok_or_else(|| UsageError(format!("`{s}` is not an ISO 4217 currency code")))
}

fn parse_date(s: &str) -> Result<NaiveDate, UsageError> {
    // Exactly YYYY-MM-DD: chrono alone would also take `2024-7-7`.
    let shaped = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shaped
        .then(|| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| UsageError(format!("`{s}` is not a date written YYYY-MM-DD")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(|s| s.to_string()))
    }

    fn dash(file: Option<&str>, as_of: Option<(i32, u32, u32)>) -> Command {
        Command::Dashboard(DashboardArgs {
            file: file.map(PathBuf::from),
            as_of: as_of.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
            currency: None,
            json: false,
        })
    }

    #[test]
    fn dashboard_forms() {
        assert_eq!(p(&["dashboard"]), Ok(dash(None, None)));
        assert_eq!(p(&["dashboard", "x.json"]), Ok(dash(Some("x.json"), None)));
        assert_eq!(
            p(&["dashboard", "--as-of", "2024-07-07", "x.json"]),
            Ok(dash(Some("x.json"), Some((2024, 7, 7))))
        );
        assert_eq!(
            p(&["dashboard", "x.json", "--as-of=2024-07-07"]),
            Ok(dash(Some("x.json"), Some((2024, 7, 7))))
        );
        assert_eq!(
            p(&["dashboard", "--", "-odd.json"]),
            Ok(dash(Some("-odd.json"), None))
        );
        assert_eq!(p(&["dashboard", "-"]), Ok(dash(Some("-"), None)));
        assert_eq!(
            p(&["dashboard", "--currency", "EUR", "--json"]),
            Ok(Command::Dashboard(DashboardArgs {
                file: None,
                as_of: None,
                currency: CurrencyCode::new("EUR"),
                json: true,
            }))
        );
    }

    #[test]
    fn help_and_version() {
        assert_eq!(p(&["--help"]), Ok(Command::Help));
        assert_eq!(p(&["-h"]), Ok(Command::Help));
        assert_eq!(p(&["dashboard", "--help"]), Ok(Command::Help));
        assert_eq!(p(&["-V"]), Ok(Command::Version));
    }

    #[test]
    fn usage_errors() {
        for bad in [
            &[][..],
            &["dashbord"],
            &["--frobnicate"],
            &["dashboard", "--frobnicate"],
            &["dashboard", "--help=yes"],
            &["dashboard", "a.json", "b.json"],
            &["dashboard", "--as-of"],
            &["dashboard", "--as-of", "2024-7-7"],
            &["dashboard", "--as-of", "2024-02-30"],
            &["dashboard", "--as-of", "7 July 2024"],
            &["dashboard", "--as-of=2024-07-07", "--as-of=2024-07-08"],
            &["dashboard", "--currency"],
            &["dashboard", "--currency", "eur"],
            &["dashboard", "--currency", "XXY"],
            &["dashboard", "--currency=EUR", "--currency=USD"],
            &["dashboard", "--json=yes"],
        ] {
            assert!(p(bad).is_err(), "{bad:?}");
        }
    }
}
