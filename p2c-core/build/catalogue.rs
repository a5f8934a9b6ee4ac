//! Message catalogues: every `i18n/<lang>/*.ftl` file must parse as Project Fluent, so that a
//! syntax error fails the build, never a user's request. The files are embedded by
//! `src/i18n/catalogue.rs` with `include_str!`; the completeness and placeholder checks are
//! tests (`src/i18n/tests.rs`), which name the message at fault.

use std::path::Path;

pub(crate) fn check() {
    let root = Path::new("i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut dirs: Vec<_> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", root.display()))
        .map(|e| e.expect("read i18n/").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
            .map(|e| e.expect("read i18n/<lang>").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
            if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
                let lines: Vec<String> = errors
                    .iter()
                    .map(|e| {
                        let at = e.pos.start.min(text.len());
                        let line = text.get(..at).unwrap_or_default().matches('\n').count() + 1;
                        format!("{}:{line}: {:?}", file.display(), e.kind)
                    })
                    .collect();
                panic!("Fluent syntax error(s):\n{}", lines.join("\n"));
            }
        }
    }
}
