//! Opening inputs: files (streamed, never read whole to learn their size), `-` for standard
//! input, and the errors that name the file and what to do.

use std::fs::File;
use std::io::{BufRead, BufReader, Seek};
use std::path::{Path, PathBuf};

use p2c_core::call::Input;

use crate::fail::Fail;
use crate::output::{Ctx, Progress};

/// A reader that can go back to its start (a file, or standard input held in memory).
pub(crate) trait SeekRead: BufRead + Seek {}

impl<T: BufRead + Seek> SeekRead for T {}

/// Why `path` cannot be read, in one line with a fix.
pub(crate) fn unreadable(path: &Path, e: &std::io::Error) -> Fail {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    };
    Fail::Input(format!(
        "cannot read `{}`: {why}; check the path, and that it is a readable file",
        path.display()
    ))
}

/// Open a data file, refusing a directory; the file and its size.
pub(crate) fn open(path: &Path) -> Result<(File, u64), Fail> {
    let file = File::open(path).map_err(|e| unreadable(path, &e))?;
    let meta = file.metadata().map_err(|e| unreadable(path, &e))?;
    if meta.is_dir() {
        return Err(Fail::Input(format!(
            "`{}` is a directory; give a file of pledges (one JSON document, a JSON array or JSON Lines)",
            path.display()
        )));
    }
    Ok((file, meta.len()))
}

/// A data file, buffered, with a progress bar when it is worth one.
pub(crate) fn reader(
    ctx: &Ctx<'_>,
    path: &Path,
    what: &str,
) -> Result<Progress<BufReader<File>>, Fail> {
    let (file, size) = open(path)?;
    Ok(Progress {
        inner: BufReader::with_capacity(1 << 16, file),
        bar: ctx.progress(Some(size), what),
    })
}

/// The input named `name` (`-`: standard input, read whole, for the commands that read their
/// input twice or need it at once), as a reader that can be rewound.
pub(crate) fn seekable(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: &str,
) -> Result<Box<dyn SeekRead>, Fail> {
    if name == "-" {
        return Ok(Box::new(std::io::Cursor::new(stdin_bytes(
            &mut *ctx.stdin,
        )?)));
    }
    Ok(Box::new(reader(ctx, Path::new(name), what)?))
}

/// Standard input, read to its end.
fn stdin_bytes(stdin: &mut dyn BufRead) -> Result<Vec<u8>, Fail> {
    let mut bytes = Vec::new();
    stdin.read_to_end(&mut bytes).map_err(|e| {
        Fail::Input(format!(
            "cannot read standard input: {e}; pipe a file of pledges into `-`"
        ))
    })?;
    Ok(bytes)
}

/// An input for the core's file route (read in chunks on the threads): a file, by its path,
/// or the bytes of standard input.
pub(crate) enum Whole {
    Path(PathBuf),
    Bytes(Vec<u8>),
}

impl Whole {
    /// The input named `name`; `-` reads `stdin` (standard input, or what holds it) to its end.
    pub(crate) fn of(stdin: &mut dyn BufRead, name: &str) -> Result<Whole, Fail> {
        if name == "-" {
            return Ok(Whole::Bytes(stdin_bytes(stdin)?));
        }
        Ok(Whole::Path(PathBuf::from(name)))
    }

    /// The core's view of it.
    pub(crate) fn input(&self) -> Input<'_> {
        match self {
            Whole::Path(p) => Input::Path(p),
            Whole::Bytes(b) => Input::Bytes(b),
        }
    }
}

/// Create `dir` and its parents, or say why not.
pub(crate) fn create_dir(dir: &Path) -> Result<(), Fail> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Fail::Input(format!(
            "cannot create the directory `{}`: {e}; check the path and permissions",
            dir.display()
        ))
    })
}

/// The sample data set: `examples/data/pledges.json` under the current directory when run
/// from the repository, else where it was when this program was built; `None` when neither
/// exists (an installed package without the repository).
pub(crate) fn sample() -> Option<PathBuf> {
    let relative = PathBuf::from("examples/data/pledges.json");
    if relative.is_file() {
        return Some(relative);
    }
    let built = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/pledges.json"
    ));
    built.is_file().then_some(built)
}
