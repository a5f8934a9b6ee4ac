//! A look at a workbook's container before calamine reads it: what kind of file it is, how
//! large its parts are once decompressed (the zip-bomb bound), how many shared strings it
//! declares and holds (calamine reserves the declared count up front), and which cells hold
//! formulas or are merged (calamine's own formula reader allocates per cell of a shared
//! formula's range, which a hostile file can make huge; this scan only records cells).
//!
//! Every part is read through a limit, so nothing here allocates more than the limits allow.

use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::super::SheetLimits;

/// Why a file is not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// Not a workbook p2c reads, with the reason.
    Unreadable(String),
    /// Protected with a password.
    Encrypted,
    /// A limit: its name, the maximum and the size found (or a lower bound).
    Limit(&'static str, u64, u64),
}

/// Formula cells of one column of a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct FormulaColumn {
    /// How many cells hold a formula.
    pub(crate) count: u64,
    /// How many of them have no cached value.
    pub(crate) without_value: u64,
    /// The first such cell's 0-based row.
    pub(crate) first_row: u32,
}

/// What the scan of one worksheet found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SheetScan {
    /// Formula cells by 0-based column.
    pub(crate) formulas: HashMap<u32, FormulaColumn>,
    /// Merged ranges (0-based first row, first column, last row, last column), at most
    /// [`MAX_MERGES`].
    pub(crate) merges: Vec<(u32, u32, u32, u32)>,
    /// How many merged ranges there are in all.
    pub(crate) merge_count: u64,
}

/// Merged ranges recorded per sheet, each an issue of its own; the rest are counted in one
/// issue (a sheet of thousands of merges would otherwise flood the report).
pub(crate) const MAX_MERGES: usize = 50;

/// The result of an inspection: each worksheet's scan by sheet name.
#[derive(Debug, Clone, Default)]
pub(crate) struct Inspection {
    pub(crate) sheets: HashMap<String, SheetScan>,
}

const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Inspect `bytes` as an XLSX workbook within `limits`.
pub(crate) fn inspect(bytes: &[u8], limits: &SheetLimits) -> Result<Inspection, Refusal> {
    if bytes.starts_with(CFB_MAGIC) {
        // An OLE compound file: an encrypted OOXML package, or a legacy binary workbook.
        let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        let encrypted = [utf16("EncryptionInfo"), utf16("EncryptedPackage")]
            .iter()
            .any(|needle| contains(bytes, needle));
        return Err(if encrypted {
            Refusal::Encrypted
        } else {
            Refusal::Unreadable(
                "an Excel 97-2003 workbook (.xls) or another OLE file; save it as .xlsx".to_owned(),
            )
        });
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(Refusal::Unreadable(
            "not an XLSX workbook (no zip container)".to_owned(),
        ));
    }
    check_directory_counts(bytes, limits.max_parts)?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| Refusal::Unreadable(format!("damaged zip container: {e}")))?;
    let parts = zip.len() as u64;
    if parts > limits.max_parts {
        return Err(Refusal::Limit("maxParts", limits.max_parts, parts));
    }
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    let has = |n: &str| names.iter().any(|x| x.eq_ignore_ascii_case(n));
    if has("mimetype") && !has("xl/workbook.xml") {
        return Err(Refusal::Unreadable(
            "an OpenDocument spreadsheet (.ods); save it as .xlsx".to_owned(),
        ));
    }
    if !has("xl/workbook.xml") {
        return Err(Refusal::Unreadable(
            "not an Excel workbook (no xl/workbook.xml)".to_owned(),
        ));
    }
    let mut total = 0u64;
    let mut scans: HashMap<String, SheetScan> = HashMap::new();
    let mut workbook_xml = Vec::new();
    let mut rels_xml = Vec::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(m) if m.contains("assword") => {
                Refusal::Encrypted
            }
            e => Refusal::Unreadable(format!("damaged zip container: {e}")),
        })?;
        if file.encrypted() {
            return Err(Refusal::Encrypted);
        }
        let name = file.name().to_owned();
        let lower = name.to_ascii_lowercase();
        let budget = limits.max_uncompressed_bytes.saturating_sub(total);
        let mut counted = Counting {
            inner: (&mut file).take(budget.saturating_add(1)),
            count: 0,
        };
        let result = if lower.starts_with("xl/worksheets/") && lower.ends_with(".xml") {
            scan_sheet(&mut counted, limits).map(|s| {
                scans.insert(lower.clone(), s);
            })
        } else if lower.ends_with("sharedstrings.xml") {
            scan_shared_strings(&mut counted, limits)
        } else if lower == "xl/workbook.xml" {
            read_small(&mut counted, &mut workbook_xml)
        } else if lower == "xl/_rels/workbook.xml.rels" {
            read_small(&mut counted, &mut rels_xml)
        } else {
            Ok(())
        };
        // Whatever the scan left unread still counts.
        let drained = std::io::copy(&mut counted, &mut std::io::sink());
        total = total.saturating_add(counted.count);
        if total > limits.max_uncompressed_bytes {
            return Err(Refusal::Limit(
                "maxUncompressedBytes",
                limits.max_uncompressed_bytes,
                total,
            ));
        }
        result?;
        drained.map_err(|e| Refusal::Unreadable(format!("damaged part `{name}`: {e}")))?;
    }
    let paths = sheet_paths(&workbook_xml, &rels_xml);
    let mut sheets = HashMap::new();
    for (sheet, path) in paths {
        if let Some(scan) = scans.remove(&path.to_ascii_lowercase()) {
            sheets.insert(sheet, scan);
        }
    }
    Ok(Inspection { sheets })
}

/// Whether `needle` occurs in `hay`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// The zip crate sizes its table of entries from the count an end-of-directory record
/// declares; refuse any such record (zip32 or zip64, anywhere the crate may look) that
/// declares more entries than `max`.
fn check_directory_counts(bytes: &[u8], max: u64) -> Result<(), Refusal> {
    let u64_at = |at: usize| -> Option<u64> {
        let b: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
        Some(u64::from_le_bytes(b))
    };
    let u16_at = |at: usize| -> Option<u64> {
        let b: [u8; 2] = bytes.get(at..at.checked_add(2)?)?.try_into().ok()?;
        Some(u64::from(u16::from_le_bytes(b)))
    };
    for (at, w) in bytes.windows(4).enumerate() {
        let declared = match w {
            b"PK\x06\x06" => [u64_at(at + 24), u64_at(at + 32)],
            b"PK\x05\x06" => [u16_at(at + 8), u16_at(at + 10)],
            _ => continue,
        };
        if let Some(n) = declared.into_iter().flatten().find(|n| *n > max) {
            return Err(Refusal::Limit("maxParts", max, n));
        }
    }
    Ok(())
}

/// A reader that counts the bytes read through it.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count = self.count.saturating_add(n as u64);
        Ok(n)
    }
}

fn damaged(e: impl std::fmt::Display) -> Refusal {
    Refusal::Unreadable(format!("damaged XML: {e}"))
}

/// Read a small part (workbook, relationships) into `out`, at most 16 MiB.
fn read_small<R: Read>(r: &mut R, out: &mut Vec<u8>) -> Result<(), Refusal> {
    r.take(16 * 1024 * 1024)
        .read_to_end(out)
        .map(|_| ())
        .map_err(|e| Refusal::Unreadable(format!("damaged workbook part: {e}")))
}

fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<Vec<u8>> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// `f` of the value of attribute `name`, without copying it.
fn with_attr<T>(e: &BytesStart<'_>, name: &[u8], f: impl FnOnce(&[u8]) -> T) -> Option<T> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| f(&a.value))
}

fn parse_u64(v: &[u8]) -> Option<u64> {
    std::str::from_utf8(v).ok()?.trim().parse().ok()
}

/// The shared-string table: its declared count and the strings it holds, within the limit.
fn scan_shared_strings<R: Read>(r: &mut R, limits: &SheetLimits) -> Result<(), Refusal> {
    let max = limits.max_shared_strings;
    let mut xml = Reader::from_reader(BufReader::new(r));
    let mut buf = Vec::new();
    let mut count = 0u64;
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(damaged)? {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"sst" => {
                    for key in [b"uniqueCount".as_slice(), b"count".as_slice()] {
                        if let Some(n) = attr(&e, key).as_deref().and_then(parse_u64) {
                            if n > max && key == b"uniqueCount" {
                                return Err(Refusal::Limit("maxSharedStrings", max, n));
                            }
                        }
                    }
                }
                b"si" => {
                    count += 1;
                    if count > max {
                        return Err(Refusal::Limit("maxSharedStrings", max, count));
                    }
                }
                _ => {}
            },
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// Excel's last row and column, 0-based.
const MAX_ROW: u32 = 1_048_575;
const MAX_COL: u32 = super::super::MAX_COLUMNS - 1;

fn bad_reference(r: &[u8]) -> Refusal {
    Refusal::Unreadable(format!(
        "a cell reference `{}` is not within a sheet's rows and columns",
        String::from_utf8_lossy(r)
            .chars()
            .take(40)
            .collect::<String>()
    ))
}

/// A cell reference (`B12`) as 0-based (row, column), within Excel's last row and column.
pub(crate) fn parse_ref(r: &[u8]) -> Option<(u32, u32)> {
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let (col_part, row_part) = r.split_at(letters);
    if col_part.is_empty() || col_part.len() > 3 || row_part.is_empty() {
        return None;
    }
    let col = col_part.iter().try_fold(0u32, |n, b| {
        n.checked_mul(26)?
            .checked_add(u32::from(b.to_ascii_uppercase().checked_sub(b'A')?) + 1)
    })?;
    if row_part.len() > 7 || !row_part.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let row: u32 = std::str::from_utf8(row_part).ok()?.parse().ok()?;
    let (row, col) = (row.checked_sub(1)?, col.checked_sub(1)?);
    (row <= MAX_ROW && col <= MAX_COL).then_some((row, col))
}

/// Formula cells and merged ranges of a worksheet.
fn scan_sheet<R: Read>(r: &mut R, _limits: &SheetLimits) -> Result<SheetScan, Refusal> {
    let mut xml = Reader::from_reader(BufReader::with_capacity(1 << 16, r));
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut scan = SheetScan::default();
    let (mut row, mut col) = (0u32, 0u32);
    // Inside a cell: its position, whether it has a formula and a value.
    let mut cell: Option<(u32, u32, bool, bool)> = None;
    loop {
        buf.clear();
        let event = xml.read_event_into(&mut buf).map_err(damaged)?;
        let (e, empty) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                match e.local_name().as_ref() {
                    b"c" => finish_cell(&mut scan, cell.take(), &mut col),
                    b"row" => {
                        row = row.saturating_add(1);
                        col = 0;
                    }
                    _ => {}
                }
                continue;
            }
            Event::Eof => return Ok(scan),
            _ => continue,
        };
        match e.local_name().as_ref() {
            b"dimension" => {
                // calamine subtracts the corners of this range without checking their order.
                if let Some(range) = attr(&e, b"ref") {
                    let mut ends = range.split(|b| *b == b':');
                    let first = ends.next().and_then(parse_ref);
                    let last = match ends.next() {
                        Some(l) => parse_ref(l),
                        None => first,
                    };
                    match (first, last, ends.next()) {
                        (Some(a), Some(b), None) if a.0 <= b.0 && a.1 <= b.1 => {}
                        _ => return Err(bad_reference(&range)),
                    }
                }
            }
            b"row" => {
                // A row number past Excel's last row overflows calamine's arithmetic.
                let number = with_attr(&e, b"r", |r| {
                    parse_u64(r)
                        .filter(|n| (1..=u64::from(MAX_ROW) + 1).contains(n))
                        .ok_or_else(|| bad_reference(r))
                });
                if let Some(n) = number {
                    row = u32::try_from(n? - 1).unwrap_or(u32::MAX);
                }
                col = 0;
                if empty {
                    row = row.saturating_add(1);
                }
            }
            b"c" => {
                let pos =
                    match with_attr(&e, b"r", |r| parse_ref(r).ok_or_else(|| bad_reference(r))) {
                        Some(p) => p?,
                        None => (row, col),
                    };
                col = pos.1;
                let c = Some((pos.0, pos.1, false, false));
                if empty {
                    finish_cell(&mut scan, c, &mut col);
                } else {
                    cell = c;
                }
            }
            b"f" => {
                if let Some(c) = cell.as_mut() {
                    c.2 = true;
                }
            }
            b"v" | b"is" => {
                if let Some(c) = cell.as_mut() {
                    c.3 = !empty;
                }
            }
            b"mergeCell" => {
                scan.merge_count += 1;
                if scan.merges.len() < MAX_MERGES {
                    if let Some(range) = attr(&e, b"ref") {
                        let mut ends = range.split(|b| *b == b':');
                        let first = ends.next().and_then(parse_ref);
                        let last = ends.next().and_then(parse_ref).or(first);
                        if let (Some(a), Some(b)) = (first, last) {
                            scan.merges.push((a.0, a.1, b.0, b.1));
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn finish_cell(scan: &mut SheetScan, cell: Option<(u32, u32, bool, bool)>, col: &mut u32) {
    if let Some((r, c, formula, value)) = cell {
        if formula {
            let entry = scan.formulas.entry(c).or_insert(FormulaColumn {
                count: 0,
                without_value: 0,
                first_row: r,
            });
            entry.count += 1;
            entry.first_row = entry.first_row.min(r);
            if !value {
                entry.without_value += 1;
            }
        }
        *col = c.saturating_add(1);
    }
}

/// Sheet names to their part paths, from the workbook and its relationships.
fn sheet_paths(workbook: &[u8], rels: &[u8]) -> Vec<(String, String)> {
    let mut targets: HashMap<Vec<u8>, String> = HashMap::new();
    let mut xml = Reader::from_reader(rels);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"Relationship" => {
                if let (Some(id), Some(target)) = (attr(&e, b"Id"), attr(&e, b"Target")) {
                    let t = String::from_utf8_lossy(&target).into_owned();
                    let path = if let Some(abs) = t.strip_prefix('/') {
                        abs.to_owned()
                    } else if t.starts_with("xl/") {
                        t
                    } else {
                        format!("xl/{t}")
                    };
                    targets.insert(id, path);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut xml = Reader::from_reader(workbook);
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == b"sheet" => {
                let name = e
                    .attributes()
                    .with_checks(false)
                    .flatten()
                    .find(|a| a.key.as_ref() == b"name")
                    .and_then(|a| a.decode_and_unescape_value(xml.decoder()).ok())
                    .map(|n| n.into_owned());
                let id = attr(&e, b"id");
                if let (Some(name), Some(path)) = (name, id.and_then(|i| targets.get(&i))) {
                    out.push((name, path.clone()));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(parse_ref(b"A1"), Some((0, 0)));
        assert_eq!(parse_ref(b"b12"), Some((11, 1)));
        assert_eq!(parse_ref(b"XFD1048576"), Some((1_048_575, 16_383)));
        assert_eq!(parse_ref(b"A0"), None);
        assert_eq!(parse_ref(b"1A"), None);
        assert_eq!(parse_ref(b"ABCD1"), None);
        assert_eq!(parse_ref(b"XFE1"), None);
        assert_eq!(parse_ref(b"A1048577"), None);
        assert_eq!(parse_ref(b"A+1"), None);
    }

    #[test]
    fn not_workbooks() {
        let limits = SheetLimits::default();
        assert!(matches!(inspect(b"", &limits), Err(Refusal::Unreadable(_))));
        assert!(matches!(
            inspect(b"hello", &limits),
            Err(Refusal::Unreadable(_))
        ));
        let mut cfb = CFB_MAGIC.to_vec();
        cfb.extend("EncryptionInfo".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(inspect(&cfb, &limits).unwrap_err(), Refusal::Encrypted);
        assert!(matches!(
            inspect(CFB_MAGIC, &limits),
            Err(Refusal::Unreadable(r)) if r.contains(".xls")
        ));
        assert!(matches!(
            inspect(b"PK\x03\x04garbage", &limits),
            Err(Refusal::Unreadable(_))
        ));
    }

    #[test]
    fn declared_directory_counts_are_bounded() {
        let mut b = b"PK\x03\x04".to_vec();
        b.extend_from_slice(b"PK\x06\x06");
        b.extend_from_slice(&[0; 20]);
        b.extend_from_slice(&u64::MAX.to_le_bytes());
        b.extend_from_slice(&u64::MAX.to_le_bytes());
        assert_eq!(
            check_directory_counts(&b, 10),
            Err(Refusal::Limit("maxParts", 10, u64::MAX))
        );
    }
}
