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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("codegen") => {
            let check = args.iter().any(|a| a == "--check");
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
        Some("corpus") => corpus(args.get(1..).unwrap_or_default()),
        _ => {
            eprintln!("usage: cargo run -p xtask -- codegen [--check]");
            eprintln!("       cargo run -p xtask -- corpus --seed N --count N --format json|jsonl [--invalid-rate R] [--mistakes N] [--contacts] --out FILE");
            ExitCode::from(2)
        }
    }
}

fn corpus(args: &[String]) -> ExitCode {
    match corpus_run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpus: {e}");
            ExitCode::FAILURE
        }
    }
}

fn corpus_run(args: &[String]) -> Result<(), String> {
    use p2c_corpus::{Corpus, CorpusConfig, Format};

    let mut config = CorpusConfig::default();
    let mut format = Format::Jsonl;
    let mut out: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if flag == "--contacts" {
            config.include_contacts = true;
            continue;
        }
        let value = it.next().ok_or_else(|| format!("`{flag}` needs a value"))?;
        let bad = |e: &dyn std::fmt::Display| format!("bad value `{value}` for `{flag}`: {e}");
        match flag.as_str() {
            "--seed" => config.seed = value.parse().map_err(|e| bad(&e))?,
            "--count" => config.count = value.parse().map_err(|e| bad(&e))?,
            "--format" => format = value.parse().map_err(|e| bad(&e))?,
            "--invalid-rate" => {
                let rate: f64 = value.parse().map_err(|e| bad(&e))?;
                if !(0.0..=1.0).contains(&rate) {
                    return Err(bad(&"not in [0, 1]"));
                }
                config = config.with_invalid_rate(rate);
            }
            "--mistakes" => config.mistakes_per_invalid = value.parse().map_err(|e| bad(&e))?,
            "--out" => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown option `{flag}`")),
        }
    }
    let out = out.ok_or("`--out FILE` is required")?;
    let corpus = Corpus::new(config).map_err(|e| e.to_string())?;
    let file = std::fs::File::create(&out).map_err(|e| format!("{}: {e}", out.display()))?;
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
