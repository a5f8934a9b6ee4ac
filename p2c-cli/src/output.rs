//! Where output goes: standard output or a file (`--out`), colours only on a terminal, a
//! closed pipe as a quiet end, and the progress bar on standard error.

use std::io::{BufRead, Read, Write};
use std::path::Path;

use anstyle::{AnsiColor, Style};

use crate::fail::Fail;

/// The streams of a run and what the command line chose about them.
pub(crate) struct Ctx<'a> {
    /// Standard input.
    pub(crate) stdin: &'a mut dyn BufRead,
    /// Standard output.
    pub(crate) out: &'a mut dyn Write,
    /// Standard error.
    pub(crate) err: &'a mut dyn Write,
    /// Whether standard output is a terminal.
    pub(crate) stdout_is_terminal: bool,
    /// Whether standard error is a terminal (the progress bar is drawn only then).
    pub(crate) stderr_is_terminal: bool,
    /// Colours on standard output.
    pub(crate) color_out: bool,
    /// Colours on standard error.
    pub(crate) color_err: bool,
    /// The language tag of labels and messages (`--lang`, or the environment's).
    pub(crate) lang: String,
}

/// The colours of the text output.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Paint {
    /// Errors.
    Error,
    /// Warnings.
    Warning,
    /// Infos.
    Info,
    /// A valid input.
    Good,
    /// Headings and codes.
    Strong,
}

impl Paint {
    fn style(self) -> Style {
        match self {
            Paint::Error => AnsiColor::Red.on_default().bold(),
            Paint::Warning => AnsiColor::Yellow.on_default().bold(),
            Paint::Info => AnsiColor::Cyan.on_default(),
            Paint::Good => AnsiColor::Green.on_default().bold(),
            Paint::Strong => Style::new().bold(),
        }
    }
}

pub(crate) fn paint(on: bool, p: Paint, text: &str) -> String {
    if on {
        let style = p.style();
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_owned()
    }
}

impl Ctx<'_> {
    /// `text` in colour `p` when standard output is a terminal (and `--color` allows it).
    pub(crate) fn paint(&self, p: Paint, text: &str) -> String {
        paint(self.color_out, p, text)
    }

    /// `text` in colour `p` when standard error is a terminal (and `--color` allows it).
    pub(crate) fn paint_err(&self, p: Paint, text: &str) -> String {
        paint(self.color_err, p, text)
    }

    /// Write to standard output.
    pub(crate) fn print(&mut self, text: &str) -> Result<(), Fail> {
        write_all(&mut *self.out, text.as_bytes(), "standard output")
    }

    /// One line on standard error (a warning, a note).
    pub(crate) fn note(&mut self, line: &str) {
        let _ = self.err.write_all(format!("{line}\n").as_bytes());
    }

    /// `p2c: warning: …` on standard error.
    pub(crate) fn warn(&mut self, message: &str) {
        let label = self.paint_err(Paint::Warning, "warning");
        self.note(&format!("p2c: {label}: {message}"));
    }

    /// The warnings of a call (a deprecated spelling, an unknown language), once each.
    pub(crate) fn warnings(&mut self, warnings: &[p2c_core::call::Warning]) {
        for w in warnings {
            self.warn(&w.message);
        }
    }

    /// Write `bytes` to `--out FILE` when given (`-` is standard output), else to standard
    /// output.
    pub(crate) fn emit(&mut self, out: Option<&Path>, bytes: &[u8]) -> Result<(), Fail> {
        match out {
            Some(path) if path != Path::new("-") => {
                let mut file = create(path)?;
                write_all(&mut file, bytes, &path.display().to_string())?;
                file.flush()
                    .map_err(|e| write_error(&path.display().to_string(), &e))
            }
            _ => write_all(&mut *self.out, bytes, "standard output"),
        }
    }

    /// A progress bar on standard error for reading `size` bytes, when standard error is a
    /// terminal and the input is large enough to wait for; `None` otherwise.
    pub(crate) fn progress(&self, size: Option<u64>, what: &str) -> Option<indicatif::ProgressBar> {
        const WORTH_A_BAR: u64 = 32 * 1024 * 1024;
        let size = size?;
        if !self.stderr_is_terminal || size < WORTH_A_BAR {
            return None;
        }
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(size),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{msg} {bar:30} {bytes}/{total_bytes} ({eta} left)",
        ) {
            bar.set_style(style);
        }
        bar.set_message(what.to_owned());
        Some(bar)
    }
}

/// Create `--out FILE`.
pub(crate) fn create(path: &Path) -> Result<std::io::BufWriter<std::fs::File>, Fail> {
    std::fs::File::create(path)
        .map(|f| std::io::BufWriter::with_capacity(1 << 16, f))
        .map_err(|e| {
            Fail::Input(format!(
                "cannot write `{}`: {e}; check that its directory exists and is writable",
                path.display()
            ))
        })
}

pub(crate) fn write_error(what: &str, e: &std::io::Error) -> Fail {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Fail::Pipe
    } else {
        Fail::Input(format!(
            "cannot write {what}: {e}; check the disk space and permissions"
        ))
    }
}

/// Write everything; a closed pipe is [`Fail::Pipe`].
pub(crate) fn write_all(w: &mut dyn Write, bytes: &[u8], what: &str) -> Result<(), Fail> {
    w.write_all(bytes).map_err(|e| write_error(what, &e))
}

/// A writer that waits instead of failing when its descriptor is non-blocking and full (a
/// pipe that Node set to non-blocking mode, when the CLI runs inside `npx p2c`).
pub(crate) struct Retry<W>(pub(crate) W);

impl<W: Write> Write for Retry<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        loop {
            match self.0.write(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                other => return other,
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        loop {
            match self.0.flush() {
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                other => return other,
            }
        }
    }
}

/// A reader that moves a progress bar as it is read.
pub(crate) struct Progress<R> {
    pub(crate) inner: R,
    pub(crate) bar: Option<indicatif::ProgressBar>,
}

impl<R: Read> Read for Progress<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(bar) = &self.bar {
            bar.inc(n as u64);
        }
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Progress<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        if let Some(bar) = &self.bar {
            bar.inc(amt as u64);
        }
        self.inner.consume(amt);
    }
}

impl<R: std::io::Seek> std::io::Seek for Progress<R> {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        let at = self.inner.seek(pos)?;
        if let Some(bar) = &self.bar {
            bar.set_position(at);
        }
        Ok(at)
    }
}

impl<R> Drop for Progress<R> {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
