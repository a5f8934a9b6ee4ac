//! `cargo run -p xtask -- codegen [--check]`: write (or check) every generated artifact that
//! comes from the Rust types: the JSON Schema files and catalogues under `schema/`.
//!
//! `cargo run -p xtask -- corpus --seed 42 --count 1000000 --format jsonl
//! [--invalid-rate 0.0] [--mistakes 1] [--contacts] --out FILE`: write a synthetic pledge corpus
//! (see the `p2c-corpus` crate), streaming, with a summary on stderr.
//!
//! The binding-specific artifacts (`p2c-node/index.d.ts`, `p2c-py/python/p2c/_p2c.pyi`) are
//! produced by their own build tools and checked by the bindings' tests.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The workspace's maintenance tasks.
#[derive(Parser)]
#[command(name = "xtask")]
struct Args {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Write every generated artifact under `schema/` (or check that it is fresh).
    Codegen {
        /// Write nothing; fail when a committed artifact is stale.
        #[arg(long)]
        check: bool,
    },
    /// Write a synthetic pledge corpus, streaming, with a summary on stderr.
    Corpus(CorpusArgs),
}

#[derive(clap::Args)]
struct CorpusArgs {
    /// The seed: the same seed, count and options give byte-identical output.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// How many records.
    #[arg(long, default_value_t = 1000)]
    count: u64,
    /// `json` (one array) or `jsonl` (JSON Lines).
    #[arg(long, default_value = "jsonl", value_parser = ["json", "jsonl"])]
    format: String,
    /// The share of records that carry mistakes, in [0, 1].
    #[arg(long, default_value_t = 0.0)]
    invalid_rate: f64,
    /// How many mistakes an invalid record carries.
    #[arg(long, default_value_t = 1)]
    mistakes: usize,
    /// Give each record a (fictitious) contact; public data has none.
    #[arg(long)]
    contacts: bool,
    /// The file to write.
    #[arg(long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    match Args::parse().task {
        Task::Codegen { check } => codegen(check),
        Task::Corpus(args) => match corpus(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("corpus: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

fn codegen(check: bool) -> ExitCode {
    let mut stale = Vec::new();
    for (path, contents) in p2c_core::schema::artifacts() {
        let full = root().join(path);
        let current = std::fs::read_to_string(&full).unwrap_or_default();
        if current == contents {
            continue;
        }
        if check {
            stale.push(path);
        } else if let Err(e) = std::fs::create_dir_all(full.parent().unwrap_or(&root()))
            .and_then(|()| std::fs::write(&full, contents))
        {
            eprintln!("cannot write {path}: {e}");
            return ExitCode::FAILURE;
        } else {
            println!("wrote {path}");
        }
    }
    if stale.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "stale: {} (run `cargo run -p xtask -- codegen`)",
            stale.join(", ")
        );
        ExitCode::FAILURE
    }
}

fn corpus(args: &CorpusArgs) -> Result<(), String> {
    use p2c_corpus::{Corpus, CorpusConfig, Format};

    if !(0.0..=1.0).contains(&args.invalid_rate) {
        return Err(format!(
            "bad value `{}` for `--invalid-rate`: not in [0, 1]",
            args.invalid_rate
        ));
    }
    let config = CorpusConfig {
        seed: args.seed,
        count: args.count,
        mistakes_per_invalid: args.mistakes,
        include_contacts: args.contacts,
        ..CorpusConfig::default()
    }
    .with_invalid_rate(args.invalid_rate);
    let format: Format = args.format.parse().map_err(|e| format!("{e}"))?;
    let out = &args.out;
    let corpus = Corpus::new(config).map_err(|e| e.to_string())?;
    let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let start = std::time::Instant::now();
    let summary = corpus
        .write(format, std::io::BufWriter::with_capacity(1 << 20, file))
        .map_err(|e| e.to_string())?;
    eprintln!(
        "wrote {} records ({} invalid), {} bytes to {} in {:.2?}",
        summary.records,
        summary.invalid_records,
        summary.bytes,
        out.display(),
        start.elapsed()
    );
    Ok(())
}
