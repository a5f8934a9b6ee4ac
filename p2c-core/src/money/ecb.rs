//! The ECB's own published files, as downloaded: `eurofxref-hist.csv` and its zip
//! `eurofxref-hist.zip` (and the one-day `eurofxref.csv` / `eurofxref.zip`, which have the
//! same layout), read into a [`RateTable`] so that a user can bring rates newer than the
//! embedded ones without waiting for a release.
//!
//! # The format
//!
//! ```text
//! Date,USD,JPY,BGN,CYP,…,ZAR,
//! 2026-10-30,1.1172,175.68,N/A,N/A,…,18.6455,
//! ```
//!
//! A header `Date` then one ISO 4217 code per column; one row per publication day, newest
//! first, each cell the units of the column's currency for one euro, `N/A` (or empty) where
//! the ECB published no rate that day. The ECB's files end every line with a comma (an
//! unnamed empty last column) and the one-day file puts a space after each comma; both are
//! read as they are. Every rate becomes a daily rate with base EUR, as the embedded ECB
//! rates are.
//!
//! # Provenance
//!
//! Every rate's source names the ECB with the citation its reuse policy asks for, the file
//! as it was given (its name, and for a zip the CSV file inside) and the SHA-256 of its bytes:
//! `ECB euro foreign exchange reference rates (Source: ECB statistics); file
//! `eurofxref-hist.zip` (`eurofxref-hist.csv`), sha256:…`. Every conversion with such a rate
//! names it, and the table's [`RateTable::id`] changes with any rate.
//!
//! # Bounds
//!
//! A file (or the CSV inside a zip) larger than [`MAX_ECB_BYTES`] is refused with
//! [`Error::LimitExceeded`] before it is read whole (the full history is about 2 MB); a zip
//! is read with deflate or no compression only, and the size its directory claims is never
//! trusted (at most one byte more than the limit is inflated). Anything else wrong is an
//! [`Error::InvalidRateFile`] naming the line and the value, or [`RateFileProblem::Archive`]
//! for a zip that cannot be read.

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

use super::currency::currency;
use super::table::Builder;
use super::{RateFileProblem, RateTable};
use crate::model::CurrencyCode;
use crate::{Error, Result};

/// The largest ECB file (or CSV inside a zip) read, in bytes: 64 MiB, thirty times the full
/// history of 2026.
pub const MAX_ECB_BYTES: usize = 64 * 1024 * 1024;

/// How many bytes are read at most: one more than the limit, to tell "at the limit" from "over".
const READ_BOUND: u64 = MAX_ECB_BYTES as u64 + 1;

/// The citation the ECB's reuse policy asks for, as the embedded table words it.
const ECB_SOURCE: &str = "ECB euro foreign exchange reference rates (Source: ECB statistics)";

fn invalid(line: Option<usize>, problem: RateFileProblem, detail: String) -> Error {
    Error::InvalidRateFile {
        line,
        pointer: None,
        problem,
        detail,
    }
}

fn too_big(actual: u64) -> Error {
    Error::LimitExceeded {
        limit: "maxEcbBytes",
        max: MAX_ECB_BYTES as u64,
        actual,
    }
}

impl RateTable {
    /// A table from an ECB reference-rate file as downloaded: `eurofxref-hist.csv`, or the
    /// zip `eurofxref-hist.zip` holding it (recognized by its bytes, not its name). `name` is
    /// the file's name as the user knows it (`eurofxref-hist.zip`), recorded in every rate's
    /// source with the file's SHA-256 (see the [module documentation](self)).
    ///
    /// ```
    /// use p2c_core::money::{RateKind, RateTable};
    /// use p2c_core::model::CurrencyCode;
    ///
    /// let csv = "Date,USD,JPY,BGN,\n2026-11-02,1.1190,176.01,N/A,\n2026-10-30,1.1172,175.68,N/A,\n";
    /// let table = RateTable::from_ecb(csv.as_bytes(), "eurofxref-hist.csv")?;
    /// assert_eq!(table.len(), 4);
    /// let last = table.date_range(RateKind::Daily, CurrencyCode::EUR, CurrencyCode::USD);
    /// assert_eq!(last.unwrap().1.to_string(), "2026-11-02");
    /// assert!(table.sources()[0].contains("`eurofxref-hist.csv`, sha256:"));
    /// # Ok::<(), p2c_core::Error>(())
    /// ```
    ///
    /// Errors: [`Error::LimitExceeded`] over [`MAX_ECB_BYTES`]; [`Error::InvalidRateFile`]
    /// with the line of a bad row or value, or [`RateFileProblem::Archive`] for a zip that
    /// cannot be read or holds no single CSV file.
    pub fn from_ecb(bytes: &[u8], name: &str) -> Result<RateTable> {
        if bytes.len() > MAX_ECB_BYTES {
            return Err(too_big(bytes.len() as u64));
        }
        let hash = sha256_hex(bytes);
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            let (inner, text) = unzip_csv(bytes)?;
            let source = format!("{ECB_SOURCE}; file `{name}` (`{inner}`), sha256:{hash}");
            read_csv(&text, &source)
        } else {
            let source = format!("{ECB_SOURCE}; file `{name}`, sha256:{hash}");
            read_csv(bytes, &source)
        }
    }

    /// [`RateTable::from_ecb`] on a file, named in the provenance by its file name (not the
    /// directories above it). Errors: [`Error::Io`] when it cannot be read, those of
    /// `from_ecb` otherwise; a file over [`MAX_ECB_BYTES`] is refused before it is read.
    pub fn from_ecb_path(path: impl AsRef<Path>) -> Result<RateTable> {
        let path = path.as_ref();
        let io = |e: std::io::Error| Error::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let mut bytes = Vec::new();
        file.take(READ_BOUND).read_to_end(&mut bytes).map_err(io)?;
        if bytes.len() > MAX_ECB_BYTES {
            return Err(too_big(bytes.len() as u64));
        }
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        RateTable::from_ecb(&bytes, &name)
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(64);
    for b in Sha256::digest(bytes) {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The one CSV file of a zip archive, by name and contents.
fn unzip_csv(bytes: &[u8]) -> Result<(String, Vec<u8>)> {
    let archive_err = |e: zip::result::ZipError| {
        invalid(
            None,
            RateFileProblem::Archive,
            format!("the zip archive cannot be read: {e}"),
        )
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(archive_err)?;
    let csv: Vec<usize> = (0..archive.len())
        .filter(|i| {
            archive
                .name_for_index(*i)
                .is_some_and(|n| !n.ends_with('/') && n.to_ascii_lowercase().ends_with(".csv"))
        })
        .collect();
    let [index] = csv.as_slice() else {
        let names: Vec<&str> = (0..archive.len())
            .filter_map(|i| archive.name_for_index(i))
            .collect();
        return Err(invalid(
            None,
            RateFileProblem::Archive,
            format!(
                "the zip archive holds {} CSV files ({}); expected exactly one, such as `eurofxref-hist.csv`",
                csv.len(),
                names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
            ),
        ));
    };
    let mut entry = archive.by_index(*index).map_err(archive_err)?;
    let name = entry.name().to_owned();
    if entry.size() > MAX_ECB_BYTES as u64 {
        return Err(too_big(entry.size()));
    }
    let mut out = Vec::new();
    // The directory's size is not trusted: read at most one byte past the limit.
    (&mut entry)
        .take(READ_BOUND)
        .read_to_end(&mut out)
        .map_err(|e| {
            invalid(
                None,
                RateFileProblem::Archive,
                format!("`{name}` in the zip archive cannot be read: {e}"),
            )
        })?;
    if out.len() > MAX_ECB_BYTES {
        return Err(too_big(out.len() as u64));
    }
    Ok((name, out))
}

/// A column of the header: a currency, or the unnamed column after the ECB's trailing comma.
#[derive(Clone, Copy)]
enum Column {
    Currency(CurrencyCode),
    Unnamed,
}

fn read_csv(bytes: &[u8], source: &str) -> Result<RateTable> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .has_headers(true)
        .from_reader(bytes);
    let syntax = |e: csv::Error| {
        let line = e
            .position()
            .and_then(|p| usize::try_from(p.line()).ok())
            .or(Some(1));
        let detail = match e.kind() {
            csv::ErrorKind::Utf8 { .. } => {
                "the file is not UTF-8 text (is it the ECB's CSV or zip file?)".to_owned()
            }
            _ => e.to_string(),
        };
        invalid(line, RateFileProblem::Syntax, detail)
    };
    let header = reader.headers().map_err(syntax)?.clone();
    let mut fields = header.iter();
    if !fields
        .next()
        .is_some_and(|f| f.eq_ignore_ascii_case("date"))
    {
        return Err(invalid(
            Some(1),
            RateFileProblem::MissingField,
            "the header does not start with `Date`: not an ECB reference-rate file (eurofxref-hist.csv)".into(),
        ));
    }
    let mut columns = Vec::with_capacity(header.len());
    for field in fields {
        if field.is_empty() {
            columns.push(Column::Unnamed);
            continue;
        }
        let code = CurrencyCode::new(field)
            .filter(|c| currency(*c).is_some())
            .ok_or_else(|| {
                invalid(
                    Some(1),
                    RateFileProblem::UnknownCurrency,
                    format!("column `{field}` is not a known ISO 4217 currency code"),
                )
            })?;
        if code == CurrencyCode::EUR {
            return Err(invalid(
                Some(1),
                RateFileProblem::SameCurrency,
                "column `EUR`: the ECB quotes every currency against the euro".into(),
            ));
        }
        columns.push(Column::Currency(code));
    }
    let mut b = Builder::default();
    let source = b.source(source)?;
    let mut rows = 0usize;
    for record in reader.records() {
        let record = record.map_err(syntax)?;
        let line = record
            .position()
            .and_then(|p| usize::try_from(p.line()).ok())
            .unwrap_or(0);
        let mut cells = record.iter();
        let date_text = cells.next().unwrap_or_default();
        if date_text.is_empty() && record.iter().all(str::is_empty) {
            continue;
        }
        let date = (date_text.len() == 10)
            .then(|| NaiveDate::parse_from_str(date_text, "%Y-%m-%d").ok())
            .flatten()
            .ok_or_else(|| {
                invalid(
                    Some(line),
                    RateFileProblem::BadDate,
                    format!("`{date_text}` is not a date `YYYY-MM-DD`"),
                )
            })?;
        rows = rows.saturating_add(1);
        for (column, cell) in columns.iter().zip(cells) {
            if cell.is_empty() || cell.eq_ignore_ascii_case("N/A") {
                continue;
            }
            let Column::Currency(code) = *column else {
                return Err(invalid(
                    Some(line),
                    RateFileProblem::Syntax,
                    format!("`{cell}` is in a column without a currency code"),
                ));
            };
            let rate = crate::model::decimal::parse_decimal(cell).ok_or_else(|| {
                invalid(
                    Some(line),
                    RateFileProblem::BadNumber,
                    format!("`{code}` rate `{cell}` is not a decimal number such as \"1.0662\""),
                )
            })?;
            if rate <= Decimal::ZERO {
                return Err(invalid(
                    Some(line),
                    RateFileProblem::NonPositiveRate,
                    format!("`{code}` rate `{cell}` is not positive"),
                ));
            }
            b.add_ecb(line, date, code, rate, source)?;
        }
    }
    let table = b.finish();
    if table.is_empty() {
        return Err(invalid(
            None,
            RateFileProblem::MissingField,
            format!("the file has {rows} dated row(s) and no rate"),
        ));
    }
    Ok(table)
}

#[cfg(test)]
#[allow(clippy::arithmetic_side_effects)]
mod tests {
    use std::io::Write;

    use super::*;
    use crate::money::{RateKind, RateTable};

    /// The first `rows` data rows of the embedded ECB file, put back the way the ECB publishes
    /// it: `N/A` in empty cells and a comma at the end of every line.
    fn ecb_slice(rows: usize) -> String {
        let text = include_str!("../../data/ecb_eurofxref_hist.csv");
        let mut out = String::new();
        for line in text.lines().take(rows + 1) {
            let cells: Vec<&str> = line
                .split(',')
                .enumerate()
                .map(|(i, c)| if i > 0 && c.is_empty() { "N/A" } else { c })
                .collect();
            out.push_str(&cells.join(","));
            out.push_str(",\n");
        }
        out
    }

    fn zip_of(name: &str, text: &str) -> Vec<u8> {
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut w = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        w.start_file(name, opts).unwrap();
        w.write_all(text.as_bytes()).unwrap();
        w.finish().unwrap();
        buf.into_inner()
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A slice of the real file converts exactly as the embedded table does on those days.
    #[test]
    fn csv_slice_agrees_with_the_embedded_table() {
        let text = ecb_slice(30);
        let t = RateTable::from_ecb(text.as_bytes(), "eurofxref-hist.csv").unwrap();
        let embedded = RateTable::embedded();
        let mut n = 0;
        for r in t.rates() {
            assert_eq!(r.kind, RateKind::Daily);
            assert_eq!(r.base, CurrencyCode::EUR);
            let e = embedded
                .find_daily(CurrencyCode::EUR, r.currency, r.date, 0)
                .unwrap()
                .unwrap();
            assert_eq!(
                (e.rate, e.date),
                (r.rate, r.date),
                "{} {}",
                r.currency,
                r.date
            );
            n += 1;
        }
        // Independent count: the cells of the slice that are not N/A.
        let cells: usize = text
            .lines()
            .skip(1)
            .map(|l| {
                l.split(',')
                    .skip(1)
                    .filter(|c| !c.is_empty() && *c != "N/A")
                    .count()
            })
            .sum();
        assert_eq!(n, cells);
        let oldest = text.lines().last().unwrap().split(',').next().unwrap();
        assert_eq!(
            t.date_range(RateKind::Daily, CurrencyCode::EUR, CurrencyCode::USD),
            Some((d(oldest), d("2026-10-30")))
        );
        let hash = sha256_hex(text.as_bytes());
        assert_eq!(
            t.sources(),
            [format!(
                "{ECB_SOURCE}; file `eurofxref-hist.csv`, sha256:{hash}"
            )]
        );
    }

    #[test]
    fn zip_of_the_csv_gives_the_same_rates_and_names_both_files() {
        let text = ecb_slice(10);
        let zipped = zip_of("eurofxref-hist.csv", &text);
        let from_zip = RateTable::from_ecb(&zipped, "eurofxref-hist.zip").unwrap();
        let from_csv = RateTable::from_ecb(text.as_bytes(), "eurofxref-hist.csv").unwrap();
        let rows =
            |t: &RateTable| -> Vec<_> { t.rates().map(|r| (r.date, r.currency, r.rate)).collect() };
        assert_eq!(rows(&from_zip), rows(&from_csv));
        let source = &from_zip.sources()[0];
        assert!(
            source.ends_with(&format!(
                "file `eurofxref-hist.zip` (`eurofxref-hist.csv`), sha256:{}",
                sha256_hex(&zipped)
            )),
            "{source}"
        );
        // The provenance of a conversion names the file.
        let c = from_zip
            .convert(
                &crate::model::MoneyAmount {
                    amount: Decimal::from(100),
                    currency: CurrencyCode::EUR,
                },
                d("2026-10-30"),
                &crate::money::ConvertOptions::default(),
            )
            .unwrap();
        assert_eq!(c.converted.amount.to_string(), "111.72");
        assert!(c.source.contains("eurofxref-hist.zip"), "{}", c.source);
    }

    #[test]
    fn one_day_file_with_spaces_reads() {
        let text = "Date, USD, JPY, BGN, \n30 October 2026, 1.1172, 175.68, N/A, \n";
        // The one-day file writes its date in words: that is refused with the line.
        match RateTable::from_ecb(text.as_bytes(), "eurofxref.csv").unwrap_err() {
            Error::InvalidRateFile { line, problem, .. } => {
                assert_eq!((line, problem), (Some(2), RateFileProblem::BadDate))
            }
            e => panic!("{e:?}"),
        }
        let text = "Date, USD, JPY, BGN, \n2026-10-30, 1.1172, 175.68, N/A, \n";
        let t = RateTable::from_ecb(text.as_bytes(), "eurofxref.csv").unwrap();
        assert_eq!(t.len(), 2);
    }

    fn problem(bytes: &[u8]) -> (Option<usize>, RateFileProblem) {
        match RateTable::from_ecb(bytes, "f").unwrap_err() {
            Error::InvalidRateFile { line, problem, .. } => (line, problem),
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn bad_files_name_the_line_and_problem() {
        use RateFileProblem::*;
        let h = "Date,USD,JPY,\n";
        assert_eq!(
            problem(b"date,base,currency,rate,source\n"),
            (Some(1), UnknownCurrency)
        );
        assert_eq!(problem(b"Day,USD\n2026-01-02,1\n"), (Some(1), MissingField));
        assert_eq!(problem(b"Date,XYZ,\n"), (Some(1), UnknownCurrency));
        assert_eq!(problem(b"Date,EUR,\n"), (Some(1), SameCurrency));
        assert_eq!(
            problem(format!("{h}2026-01-02,1.1,x,\n").as_bytes()),
            (Some(2), BadNumber)
        );
        assert_eq!(
            problem(format!("{h}2026-01-02,1.1,2,\n2026-01-03,0,2,\n").as_bytes()),
            (Some(3), NonPositiveRate)
        );
        assert_eq!(
            problem(format!("{h}2026-02-30,1.1,2,\n").as_bytes()),
            (Some(2), BadDate)
        );
        assert_eq!(
            problem(format!("{h}2026-01-02,1.1,2,\n2026-01-02,1.1,2,\n").as_bytes()),
            (Some(3), Duplicate)
        );
        assert_eq!(
            problem(format!("{h}2026-01-02,1.1,2,5\n").as_bytes()),
            (Some(2), Syntax)
        );
        assert_eq!(
            problem(format!("{h}2026-01-02,1.1\n").as_bytes()),
            (Some(2), Syntax)
        );
        assert_eq!(problem(h.as_bytes()), (None, MissingField));
        assert_eq!(
            problem(b"Date,USD,\n2026-01-02,\xff\xfe,\n"),
            (Some(2), Syntax)
        );
        // Not a zip after all, a zip without a CSV, two CSV files, a truncated zip.
        assert_eq!(problem(b"PK\x03\x04garbage").1, Archive);
        assert_eq!(problem(&zip_of("readme.txt", "hello")).1, Archive);
        let mut buf = std::io::Cursor::new(Vec::new());
        let mut w = zip::ZipWriter::new(&mut buf);
        for name in ["a.csv", "b.csv"] {
            w.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(b"Date,USD,\n").unwrap();
        }
        w.finish().unwrap();
        assert_eq!(problem(&buf.into_inner()).1, Archive);
        let whole = zip_of("eurofxref-hist.csv", &ecb_slice(5));
        assert_eq!(problem(&whole[..whole.len() / 2]).1, Archive);
    }

    /// A zip whose directory says its CSV inflates past the limit is refused before anything
    /// is inflated (the sizes of a small archive, patched; building a real 64 MiB one takes
    /// too long in a debug test).
    #[test]
    fn zip_bomb_is_refused() {
        let mut zipped = zip_of("eurofxref-hist.csv", &ecb_slice(2));
        let huge = (MAX_ECB_BYTES as u32 + 1).to_le_bytes();
        let mut patched = 0;
        for (signature, offset) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let at = zipped.windows(4).position(|w| w == signature).unwrap();
            zipped[at + offset..at + offset + 4].copy_from_slice(&huge);
            patched += 1;
        }
        assert_eq!(patched, 2);
        match RateTable::from_ecb(&zipped, "bomb.zip").unwrap_err() {
            Error::LimitExceeded { limit, actual, .. } => {
                assert_eq!((limit, actual), ("maxEcbBytes", READ_BOUND))
            }
            e => panic!("{e:?}"),
        }
    }

    #[test]
    fn the_table_round_trips_through_p2c_json() {
        let t = RateTable::from_ecb(ecb_slice(3).as_bytes(), "eurofxref-hist.csv").unwrap();
        let mut json = Vec::new();
        t.write_json(&mut json).unwrap();
        let back = RateTable::from_json_str(std::str::from_utf8(&json).unwrap()).unwrap();
        assert_eq!(back.id(), t.id());
        assert_eq!(back.len(), t.len());
        let info = t.info();
        assert_eq!(info.rates, t.len());
        assert_eq!(info.series.len(), 1);
        assert_eq!(info.series[0].last, Some(d("2026-10-30")));
    }
}
