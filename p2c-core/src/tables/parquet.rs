//! The tables as Parquet files (feature `parquet`): the format DuckDB, Spark, Dask and
//! polars read partitions from.
//!
//! Each table is written with the schema of [`to_record_batches`](super::arrow::to_record_batches)
//! (amounts as exact `decimal128`, dates as `date32`), snappy-compressed, one row group per
//! [`BATCH_ROWS`](super::arrow::BATCH_ROWS) rows. [`write_dir`] writes the six tables of a
//! [`Tables`] as `<name>.parquet` files, one table per thread.

use std::io::Write;
use std::path::{Path, PathBuf};

use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use super::arrow::{to_record_batches, BATCH_ROWS};
use super::{Table, Tables};
use crate::parallel::Threads;
use crate::{Error, Result};

fn parquet_error(e: parquet::errors::ParquetError) -> Error {
    Error::Internal(format!("parquet: {e}"))
}

/// Write `table` as one Parquet file to `out`.
///
/// Errors: `overflow` (a decimal column needing more than 38 digits), `io_error`-like
/// failures of the writer as `internal_error` with the writer's message.
pub fn write<W: Write + Send>(table: &Table, out: W) -> Result<()> {
    let (schema, batches) = to_record_batches(table)?;
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(BATCH_ROWS))
        .set_created_by(format!("p2c {}", env!("CARGO_PKG_VERSION")))
        .build();
    let mut writer = ArrowWriter::try_new(out, schema, Some(props)).map_err(parquet_error)?;
    for b in &batches {
        writer.write(b).map_err(parquet_error)?;
    }
    writer.close().map_err(parquet_error)?;
    Ok(())
}

/// Write each table of `files` to its path (created or truncated), on up to `threads`
/// threads.
///
/// Errors: `io_error` when a file cannot be created or written, and those of [`write`]; the
/// first in the order of `files`.
pub fn write_files(files: &[(&Table, &Path)], threads: Threads) -> Result<()> {
    let done = crate::parallel::map(threads, files, |(t, path)| {
        let io = |e: std::io::Error| Error::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let file = std::fs::File::create(path).map_err(io)?;
        let mut out = std::io::BufWriter::new(file);
        write(t, &mut out)?;
        out.flush().map_err(io)
    });
    done.into_iter().collect()
}

/// Write the six tables of `tables` into `dir` (created if missing) as
/// `pledges.parquet`, `pledge_countries.parquet`, …, on up to `threads` threads; returns the
/// paths written, the pledge table first.
///
/// Errors: `io_error` when a file cannot be created or written, and those of [`write`].
pub fn write_dir(tables: &Tables, dir: impl AsRef<Path>, threads: Threads) -> Result<Vec<PathBuf>> {
    let dir = dir.as_ref();
    std::fs::create_dir_all(dir).map_err(|e| Error::Io {
        path: dir.display().to_string(),
        message: e.to_string(),
    })?;
    let all = tables.all();
    let paths: Vec<PathBuf> = all
        .iter()
        .map(|t| dir.join(format!("{}.parquet", t.name)))
        .collect();
    let files: Vec<(&Table, &Path)> = all
        .iter()
        .copied()
        .zip(paths.iter().map(PathBuf::as_path))
        .collect();
    write_files(&files, threads)?;
    Ok(paths)
}
