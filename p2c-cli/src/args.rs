//! The command line's grammar (clap derive). These structures only parse: every value is
//! checked, and every error worded, by the core's call types (see `options.rs`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::fail::{Fail, EXIT_OK};
use crate::output::Ctx;

/// p2c: validate, summarize, convert and export ITU Partner2Connect pledge data.
///
/// Exit status: 0 done and every input valid, 1 invalid data or an unreadable input, 2 a wrong
/// command line.
#[derive(Debug, Parser)]
#[command(name = "p2c", version, propagate_version = true, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Options of every command.
#[derive(Debug, Args)]
pub(crate) struct Global {
    /// When to colour the output: `auto` (only on a terminal), `always` or `never`.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub(crate) color: Color,
    /// The language of labels, titles and guidance (a BCP 47 tag such as `fr`; default: the
    /// environment's `LANG`).
    #[arg(long, global = true, value_name = "TAG")]
    pub(crate) lang: Option<String>,
}

/// When to colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Color {
    /// Only on a terminal (and not when `NO_COLOR` is set).
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl Color {
    /// Whether to colour a stream that is (or is not) a terminal.
    pub(crate) fn enabled(self, is_terminal: bool) -> bool {
        match self {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none(),
        }
    }
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Validate pledge files: one pledge, a JSON array or JSON Lines (`-`: standard input).
    Validate(ValidateArgs),
    /// Convert an amount into another currency, with the rate's provenance.
    Convert(ConvertArgs),
    /// The Partner2Connect dashboard of a file of pledges (default: the bundled sample).
    #[command(visible_alias = "summarize")]
    Dashboard(DashboardArgs),
    /// The profile of one country.
    Profile(ProfileArgs),
    /// The flat tables of a file of pledges, as CSV or JSON.
    Export(ExportArgs),
    /// Migrate a pledge document (or a JSON array of them) to the current format version.
    Migrate(MigrateArgs),
    /// Write the empty spreadsheet template (XLSX with dropdowns and a README sheet, or CSV).
    Template(TemplateArgs),
    /// Read a workbook or CSV files in the template's layout into pledge documents, with
    /// every issue at its cell.
    Import(ImportArgs),
    /// What changed between two summaries (`p2c dashboard --json` files): each figure and
    /// breakdown row in both, the change and the percent change.
    Compare(CompareArgs),
    /// The figures of an annual progress report as of a date, each with its definition (JSON,
    /// `schema/annual-report.schema.json`).
    Report(ReportArgs),
    /// Print a JSON Schema: `pledge` (default), `summary`, `country-profile` or `calls`.
    Schema(SchemaArgs),
    /// Explain an issue code with its guidance, or list every code.
    Codes(CodesArgs),
    /// Exchange-rate tables: what the embedded one holds, or import the ECB's own file.
    #[command(subcommand)]
    Rates(RatesCommand),
    /// Print a shell completion script.
    Completions(CompletionsArgs),
}

/// How a file of several pledges is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputFormat {
    /// A JSON array when the file starts with `[`, otherwise one pledge or JSON Lines.
    Auto,
    /// One JSON array.
    JsonArray,
    /// One pledge per line.
    JsonLines,
}

impl InputFormat {
    /// The core's name of the format.
    pub(crate) fn name(self) -> &'static str {
        match self {
            InputFormat::Auto => "auto",
            InputFormat::JsonArray => "json_array",
            InputFormat::JsonLines => "json_lines",
        }
    }
}

/// `p2c validate`.
#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// Files of pledges (`-`: standard input).
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<String>,
    /// The output: `human`, `json` (one report per file) or `github` (GitHub Actions
    /// annotations).
    #[arg(long, value_enum, default_value_t = ValidateFormat::Human)]
    pub(crate) format: ValidateFormat,
    /// How each file is written.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub(crate) input: InputFormat,
    /// Check date rules against this date (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// Change the severity of an issue code, or silence it: `CODE=error|warning|info|off`
    /// (repeatable).
    #[arg(long, value_name = "CODE=LEVEL")]
    pub(crate) severity: Vec<String>,
    /// Keep input values out of messages (for logs).
    #[arg(long)]
    pub(crate) redact_values: bool,
    /// Also fail (exit 1) on warnings.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Any other option of the core's `ValidateCall` (or, for a spreadsheet,
    /// `SheetImportCall`), as JSON (`{"limits": {"maxDepth": 64}}`).
    #[arg(long, value_name = "JSON")]
    pub(crate) call: Option<String>,
    /// For a spreadsheet (one file): write its rows that have errors and an `issues` sheet
    /// (cell, code, message, guidance) to this XLSX file, to send back to the pledger.
    #[arg(long, value_name = "FILE.xlsx")]
    pub(crate) issues_out: Option<PathBuf>,
}

/// `p2c template`.
#[derive(Debug, Args)]
pub(crate) struct TemplateArgs {
    /// `xlsx` (dropdowns, README sheet, in `--lang`) or `csv` (the pledges table's header).
    #[arg(long, value_enum, default_value_t = SheetFormatArg::Xlsx)]
    pub(crate) format: SheetFormatArg,
    /// Include the private contact columns.
    #[arg(long)]
    pub(crate) private: bool,
    /// Write to this file (`-`: standard output, which must not be a terminal).
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
}

/// A spreadsheet format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum SheetFormatArg {
    /// An Excel workbook.
    Xlsx,
    /// CSV.
    Csv,
}

/// `p2c import`.
#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// One workbook (`.xlsx`), or CSV files, one per table (`pledges.csv`, `countries.csv`…).
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Write the pledge documents to this file: a JSON array when it ends in `.json`, else
    /// JSON Lines (default: JSON Lines on standard output).
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// The issues: `text` for people, `json` for programs (on standard output when the
    /// documents go to a file, else on standard error).
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub(crate) format: TextOrJson,
    /// Read the files as this format (default: by their bytes and names).
    #[arg(long, value_enum)]
    pub(crate) input: Option<SheetFormatArg>,
    /// Check date rules against this date (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// Change the severity of an issue code, or silence it: `CODE=error|warning|info|off`
    /// (repeatable).
    #[arg(long, value_name = "CODE=LEVEL")]
    pub(crate) severity: Vec<String>,
    /// Keep cell values out of messages (for logs).
    #[arg(long)]
    pub(crate) redact_values: bool,
    /// Also fail (exit 1) on warnings.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Any other option of the core's `SheetImportCall`, as JSON (`{"sheetLimits": {"maxRows": 1000}}`).
    #[arg(long, value_name = "JSON")]
    pub(crate) call: Option<String>,
    /// Write the rows that have errors and an `issues` sheet to this XLSX file.
    #[arg(long, value_name = "FILE.xlsx")]
    pub(crate) issues_out: Option<PathBuf>,
}

/// The output of `p2c validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ValidateFormat {
    /// One line per issue, then a line per file.
    Human,
    /// One JSON report per file, one per line.
    Json,
    /// GitHub Actions workflow commands (`::error file=…::…`).
    Github,
    /// A self-contained HTML report to send back to the pledger, in `--lang` (one file only).
    Html,
}

/// `p2c convert`.
#[derive(Debug, Args)]
pub(crate) struct ConvertArgs {
    /// The amount, a decimal number (`5600000000`, `258.8`).
    pub(crate) amount: String,
    /// Its currency (ISO 4217 in any case, or the currency's name).
    pub(crate) currency: String,
    /// Its value date.
    #[arg(value_name = "YYYY-MM-DD")]
    pub(crate) date: String,
    /// The target currency.
    #[arg(long, default_value = "USD")]
    pub(crate) to: String,
    /// Which rate: `default`, `exact_date`, `annual_average` or `on_or_before:N`.
    #[arg(long)]
    pub(crate) policy: Option<String>,
    /// How the result is rounded (`bankers`, `half_up`, …).
    #[arg(long)]
    pub(crate) rounding: Option<String>,
    /// A rate table file to use instead of the embedded one (p2c CSV/JSON, or the ECB's file).
    #[arg(long, value_name = "FILE")]
    pub(crate) rates: Option<PathBuf>,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub(crate) format: TextOrJson,
}

/// Text or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TextOrJson {
    /// For people.
    Text,
    /// For programs.
    Json,
}

/// The options shared by `dashboard` and `profile`.
#[derive(Debug, Args)]
pub(crate) struct SummaryArgs {
    /// Only what was known on this date counts (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// The currency of every amount (default USD).
    #[arg(long)]
    pub(crate) currency: Option<String>,
    /// Which rate converts each amount: `default`, `exact_date`, `annual_average`,
    /// `on_or_before:N`.
    #[arg(long)]
    pub(crate) policy: Option<String>,
    /// How a pledge's value is attributed: `full`, `equal_split` or `declared_shares`.
    #[arg(long)]
    pub(crate) attribution: Option<String>,
    /// What happens to invalid pledges: `exclude` (listed), `reject` or `include`.
    #[arg(long)]
    pub(crate) invalid: Option<String>,
    /// Keep only matching pledges: `KIND=CODE[,CODE…]`, KIND one of `countries`, `regions`,
    /// `country-groups`, `focus-areas`, `pillars`, `pledge-types`, `stakeholder-types`, or
    /// `period=FROM..TO` or `new-between=FROM..TO` (repeatable).
    #[arg(long, value_name = "KIND=CODES")]
    pub(crate) filter: Vec<String>,
    /// Only pledges new between two days, both included (validated, else submitted, else
    /// announced in the window); pledges whose date cannot tell are listed as
    /// `newness_undetermined`. Short for `--filter new-between=FROM..TO`.
    #[arg(long, value_name = "FROM..TO")]
    pub(crate) new_between: Option<String>,
    /// A rate table file to use instead of the embedded one (p2c CSV/JSON, or the ECB's file).
    #[arg(long, value_name = "FILE")]
    pub(crate) rates: Option<PathBuf>,
    /// How the file is written.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub(crate) input: InputFormat,
    /// `text`, `json` or `html`.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub(crate) format: ReportFormat,
    /// Short for `--format json`.
    #[arg(long, conflicts_with = "format")]
    pub(crate) json: bool,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Any other option of the core's `SummaryCall`, as JSON (`{"goal": …}`).
    #[arg(long, value_name = "JSON")]
    pub(crate) call: Option<String>,
    /// How many threads read and summarize the file (default `0`: every core; `1`: one
    /// thread). The figures are the same whatever the number.
    #[arg(long, value_name = "N")]
    pub(crate) threads: Option<usize>,
}

/// Text, JSON or HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// For a terminal.
    Text,
    /// The JSON of `schema/summary.schema.json` (or `country-profile`).
    Json,
    /// A self-contained HTML page.
    Html,
}

/// `p2c dashboard`.
#[derive(Debug, Args)]
pub(crate) struct DashboardArgs {
    /// A file of pledges (`-`: standard input; default: the bundled sample data set).
    pub(crate) file: Option<String>,
    #[command(flatten)]
    pub(crate) summary: SummaryArgs,
}

/// `p2c profile`.
#[derive(Debug, Args)]
pub(crate) struct ProfileArgs {
    /// The country (ISO 3166-1 alpha-3 or alpha-2 in any case, or its English name).
    pub(crate) country: String,
    /// A file of pledges (`-`: standard input; default: the bundled sample data set).
    pub(crate) file: Option<String>,
    #[command(flatten)]
    pub(crate) summary: SummaryArgs,
}

/// `p2c export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// A file of pledges (`-`: standard input).
    pub(crate) file: String,
    /// `csv` (one table), `json` (every table), `xlsx` (every table, one sheet each) or
    /// `parquet` (every table, or the one `--table` names, as `DIR/NAME.parquet`; needs `--dir`).
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub(crate) format: ExportFormat,
    /// The table of a CSV export (default `pledges`; `p2c export FILE --table x` lists them).
    /// With `--dir` and no `--table`, every table.
    #[arg(long)]
    pub(crate) table: Option<String>,
    /// Convert every amount into this currency (columns `converted_amount`, `rate`, …).
    #[arg(long)]
    pub(crate) currency: Option<String>,
    /// Which rate converts each amount: `default`, `exact_date`, `annual_average`,
    /// `on_or_before:N`.
    #[arg(long)]
    pub(crate) policy: Option<String>,
    /// Keep only the rows of matching pledges, as `p2c dashboard --filter`: `KIND=CODE[,CODE…]`,
    /// KIND one of `countries`, `regions`, `country-groups`, `focus-areas`, `pillars`,
    /// `pledge-types`, `stakeholder-types`, or `period=FROM..TO` (repeatable).
    #[arg(long, value_name = "KIND=CODES")]
    pub(crate) filter: Vec<String>,
    /// The date the filters are evaluated on, as for `p2c dashboard` (country-group
    /// membership; default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// A rate table file to use instead of the embedded one (p2c CSV/JSON, or the ECB's file).
    #[arg(long, value_name = "FILE")]
    pub(crate) rates: Option<PathBuf>,
    /// How the file is written.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub(crate) input: InputFormat,
    /// Any other option of the core's `TablesCall`, as JSON (`{"regionMode": "primary_only"}`).
    #[arg(long, value_name = "JSON")]
    pub(crate) call: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Write CSV or Parquet tables into this directory (created if missing), as
    /// `DIR/NAME.csv` or `DIR/NAME.parquet`: every table, or the one `--table` names.
    #[arg(long, value_name = "DIR", conflicts_with = "out")]
    pub(crate) dir: Option<PathBuf>,
    /// Write text cells as they are, formula-like ones included (`=…`, `+…`, `@…`): only for
    /// machine-to-machine exports that no spreadsheet program opens.
    #[arg(long)]
    pub(crate) no_neutralize_formulas: bool,
    /// How many threads build the tables of an XLSX or Parquet export (default `0`: every
    /// core; `1`: one thread). The tables are the same whatever the number; CSV and JSON are
    /// written piece by piece as the file is read.
    #[arg(long, value_name = "N")]
    pub(crate) threads: Option<usize>,
}

/// The format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ExportFormat {
    /// One table as CSV.
    Csv,
    /// Every table as JSON columns.
    Json,
    /// Every table as a sheet of one workbook (amounts as text, nothing rounded).
    Xlsx,
    /// Every table as a Parquet file in `--dir` (amounts as exact decimals, dates as dates).
    Parquet,
}

/// `p2c report`.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// A file of pledges (`-`: standard input).
    pub(crate) file: String,
    /// The report's date: the figures as of it, growth on a year earlier, new in the year to
    /// it (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub(crate) as_of: Option<String>,
    /// The currency of every amount (default USD).
    #[arg(long)]
    pub(crate) currency: Option<String>,
    /// Which rate converts each amount: `default`, `exact_date`, `annual_average`,
    /// `on_or_before:N`.
    #[arg(long)]
    pub(crate) policy: Option<String>,
    /// How a pledge's value is attributed: `full`, `equal_split` or `declared_shares`.
    #[arg(long)]
    pub(crate) attribution: Option<String>,
    /// What happens to invalid pledges: `exclude` (listed), `reject` or `include`.
    #[arg(long)]
    pub(crate) invalid: Option<String>,
    /// Narrow every figure to matching pledges (as `p2c dashboard --filter`; not
    /// `new-between`, which the report sets).
    #[arg(long, value_name = "KIND=CODES")]
    pub(crate) filter: Vec<String>,
    /// A rate table file to use instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub(crate) rates: Option<PathBuf>,
    /// How the file is written.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub(crate) input: InputFormat,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Any other option of the core's `SummaryCall`, as JSON.
    #[arg(long, value_name = "JSON")]
    pub(crate) call: Option<String>,
}

/// `p2c compare`.
#[derive(Debug, Args)]
pub(crate) struct CompareArgs {
    /// The base summary, a `p2c dashboard --json` file (`-`: standard input).
    pub(crate) a: String,
    /// The summary compared with it (`-`: standard input).
    pub(crate) b: String,
    /// `text` for people, `json` (`schema/comparison.schema.json`) for programs.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub(crate) format: TextOrJson,
    /// Write to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
}

/// `p2c migrate`.
#[derive(Debug, Args)]
pub(crate) struct MigrateArgs {
    /// A pledge document or a JSON array of them (`-`: standard input).
    pub(crate) file: String,
    /// Write the migrated document to this file (the report then goes to standard output);
    /// without it, the document goes to standard output and the report to standard error.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// The report: `text` for people, `json` for programs.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub(crate) format: TextOrJson,
}

/// `p2c schema`.
#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// `pledge`, `summary`, `country-profile` or `calls`.
    #[arg(default_value = "pledge")]
    pub(crate) name: String,
}

/// `p2c codes`.
#[derive(Debug, Args)]
pub(crate) struct CodesArgs {
    /// An issue code (any case); without it, every code.
    pub(crate) code: Option<String>,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub(crate) format: TextOrJson,
}

/// `p2c rates`.
#[derive(Debug, Subcommand)]
pub(crate) enum RatesCommand {
    /// What a rate table holds: its id, size, sources and the dates it covers.
    Info(RatesInfoArgs),
    /// Read the ECB's `eurofxref-hist.csv` or `eurofxref-hist.zip` as downloaded and write
    /// p2c's rate table (JSON), to pass as `--rates`.
    Import(RatesImportArgs),
}

/// `p2c rates info`.
#[derive(Debug, Args)]
pub(crate) struct RatesInfoArgs {
    /// A rate file (default: the embedded table).
    pub(crate) file: Option<PathBuf>,
    /// `text` or `json`.
    #[arg(long, value_enum, default_value_t = TextOrJson::Text)]
    pub(crate) format: TextOrJson,
}

/// `p2c rates import`.
#[derive(Debug, Args)]
pub(crate) struct RatesImportArgs {
    /// The ECB file as downloaded (`eurofxref-hist.csv` or `.zip`).
    pub(crate) file: PathBuf,
    /// Where to write the table (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
}

/// `p2c completions`.
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell.
    pub(crate) shell: clap_complete::Shell,
}

/// A clap error: help and version on standard output with 0; a usage error as one line on
/// standard error with 2.
pub(crate) fn clap_error(e: clap::Error, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
                let _ = ctx.err.write_all(e.render().to_string().as_bytes());
                return Ok(crate::fail::EXIT_USAGE);
            }
            ctx.print(&e.render().to_string())?;
            Ok(EXIT_OK)
        }
        _ => {
            // clap's own first line, without its `error: ` prefix, and the fix.
            let text = e.render().to_string();
            let first = text
                .lines()
                .take_while(|l| !l.trim().is_empty() && !l.starts_with("Usage:"))
                .map(|l| l.trim().trim_start_matches("error: ").trim_end_matches(':'))
                .collect::<Vec<_>>()
                .join(" ");
            let suggestion = match e.get(ContextKind::SuggestedArg) {
                Some(ContextValue::String(s)) => format!("did you mean `{s}`? "),
                _ => String::new(),
            };
            let sub = e
                .get(ContextKind::SuggestedSubcommand)
                .and_then(|v| match v {
                    ContextValue::String(s) => Some(format!("did you mean `{s}`? ")),
                    ContextValue::Strings(s) => s.first().map(|s| format!("did you mean `{s}`? ")),
                    _ => None,
                })
                .unwrap_or_default();
            Err(Fail::Usage(format!(
                "{first}; {suggestion}{sub}see `p2c --help`"
            )))
        }
    }
}

/// `p2c completions SHELL`.
pub(crate) fn completions(a: &CompletionsArgs, ctx: &mut Ctx<'_>) -> Result<u8, Fail> {
    use clap::CommandFactory as _;
    let mut bytes = Vec::new();
    clap_complete::generate(a.shell, &mut Cli::command(), "p2c", &mut bytes);
    crate::output::write_all(&mut *ctx.out, &bytes, "standard output")?;
    Ok(EXIT_OK)
}
