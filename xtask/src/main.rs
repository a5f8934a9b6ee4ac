//! `cargo run -p xtask -- codegen [--check]`: write (or check) every generated artifact that
//! comes from the Rust types: the JSON Schema files and catalogues under `schema/`.
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
        _ => {
            eprintln!("usage: cargo run -p xtask -- codegen [--check]");
            ExitCode::from(2)
        }
    }
}
