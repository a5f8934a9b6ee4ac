//! Spreadsheets: round trips of the sample data and of arbitrary pledges through XLSX and CSV,
//! formula neutralization, the issues workbook, exports that refuse what does not fit, the
//! template's structure, and the default size limits on large generated inputs.
//!
//! The shared vectors (`tests/vectors/sheets/`) are run by `sheet_vectors.rs`; the corpus
//! round trip is in `sheets_corpus.rs`.
#![cfg(feature = "xlsx")]
// Test code: a failing unwrap, expect, panic or index is a failing test. clippy.toml allows
// them in test functions; this covers the helpers as well.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]

mod common;

use std::io::{Read, Write};

use calamine::{Data, Reader, Xlsx};
use p2c_core::sheets::{self, ExportOptions, ImportOptions};
use p2c_core::{Error, Pledge};
use proptest::prelude::*;
use serde_json::{json, Value};

fn sample() -> Vec<Value> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/pledges.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn opts() -> ImportOptions {
    let mut o = ImportOptions::default();
    o.validate.as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
    o
}

fn private() -> ExportOptions {
    ExportOptions {
        private: true,
        ..ExportOptions::default()
    }
}

fn typed(docs: &[Value]) -> Vec<Pledge> {
    docs.iter()
        .map(|d| p2c_core::parse_pledge_value(d).unwrap())
        .collect()
}

fn csv_round_trip(
    docs: &[Value],
    export: &ExportOptions,
    import: &ImportOptions,
) -> sheets::Import {
    let files = sheets::export_csv(docs, export).unwrap();
    let inputs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.name.as_str(), f.bytes.as_slice()))
        .collect();
    sheets::import_csv(&inputs, import)
}

/// The text of one part of a workbook.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_sample_round_trips_through_xlsx_and_csv() {
    // The forty real pledges of examples/ (format 1.1: partial dates, ranges, bases, stated
    // equivalents, components, events, SDGs, roles, country groups, counts). The file is in
    // canonical form, so what comes back must be the same JSON, key for key: nothing lost,
    // nothing added, no year or month turned into a day.
    let docs = sample();
    assert_eq!(docs.len(), 40);
    for export in [ExportOptions::default(), private()] {
        let bytes = sheets::export_xlsx(&docs, &export).unwrap();
        let back = sheets::import_xlsx(&bytes, &opts());
        assert_eq!(differences(&back.documents, &docs), Vec::<String>::new());
        assert_eq!(typed(&back.documents), typed(&docs));
        assert!(back.valid, "{:?}", back.issues);
        let back = csv_round_trip(&docs, &export, &opts());
        assert_eq!(differences(&back.documents, &docs), Vec::<String>::new());
        assert!(back.valid, "{:?}", back.issues);
        // Rows on the pledges sheet are 3, 4, … (two header rows).
        assert_eq!(back.rows.first(), Some(&3));
    }
}

/// Where two lists of documents differ, as JSON Pointers with both values.
fn differences(got: &[Value], want: &[Value]) -> Vec<String> {
    fn walk(got: Option<&Value>, want: Option<&Value>, at: String, out: &mut Vec<String>) {
        match (got, want) {
            (Some(Value::Object(g)), Some(Value::Object(w))) => {
                let keys: std::collections::BTreeSet<&String> = g.keys().chain(w.keys()).collect();
                for k in keys {
                    walk(g.get(k), w.get(k), format!("{at}/{k}"), out);
                }
            }
            (Some(Value::Array(g)), Some(Value::Array(w))) => {
                for i in 0..g.len().max(w.len()) {
                    walk(g.get(i), w.get(i), format!("{at}/{i}"), out);
                }
            }
            (g, w) if g != w => out.push(format!("{at}: got {g:?}, want {w:?}")),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(
        Some(&Value::Array(got.to_vec())),
        Some(&Value::Array(want.to_vec())),
        String::new(),
        &mut out,
    );
    out
}

#[test]
fn partial_dates_are_text_cells_as_written() {
    let docs = sample();
    let bytes = sheets::export_xlsx(&docs, &ExportOptions::default()).unwrap();
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = wb.worksheet_range("pledges").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    let column = |path: &str| {
        rows[1]
            .iter()
            .position(|c| matches!(c, Data::String(s) if s == path))
            .unwrap_or_else(|| panic!("no column {path}"))
    };
    let mut seen = 0;
    for path in [
        "announcedOn",
        "financialValue/valueDate",
        "period/start",
        "period/end",
    ] {
        let col = column(path);
        let pointer = format!("/{path}");
        for (doc, row) in docs.iter().zip(&rows[2..]) {
            match doc.pointer(&pointer).and_then(Value::as_str) {
                // A year, a month or a day: the same text, in a text cell.
                Some(date) => {
                    assert_eq!(row[col], Data::String(date.to_owned()), "{path}");
                    seen += 1;
                }
                None => assert_eq!(row[col], Data::Empty, "{path}"),
            }
        }
    }
    assert!(seen > 40, "{seen}");
    // In CSV a partial date is read as written.
    let csv = "id,title,announcedOn,financialValue/valueDate\r\nP2C-1,T,2022,2022-06\r\n";
    let import = sheets::import_csv(&[("pledges.csv", csv.as_bytes())], &opts());
    assert_eq!(import.documents[0]["announcedOn"], "2022");
    assert_eq!(
        import.documents[0]["financialValue"]["valueDate"],
        "2022-06"
    );
    // In a workbook, a year typed as a number (Excel makes 2022 a number) is that year, not
    // a day of 1905; a date cell is its day.
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("pledges").unwrap();
    for (c, h) in ["id", "title", "announcedOn", "period/end"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "P2C-1").unwrap();
    ws.write_string(1, 1, "T").unwrap();
    ws.write_number(1, 2, 2022.0).unwrap();
    let day = rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 6, 30).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    ws.write_datetime_with_format(1, 3, &day, &format).unwrap();
    let import = sheets::import_xlsx(&wb.save_to_buffer().unwrap(), &opts());
    assert_eq!(import.documents[0]["announcedOn"], "2022");
    assert_eq!(import.documents[0]["period"]["end"], "2025-06-30");
}

#[test]
fn a_public_export_has_no_contact_and_a_private_one_keeps_it() {
    let mut doc = sample().remove(0);
    doc["contact"] = json!({ "name": "A. Person", "email": "a.person@example.org" });
    let public =
        sheets::export_xlsx(std::slice::from_ref(&doc), &ExportOptions::default()).unwrap();
    assert!(!part(&public, "xl/sharedStrings.xml").contains("a.person@example.org"));
    let back = sheets::import_xlsx(&public, &opts());
    assert!(back.documents[0].get("contact").is_none());
    let private = sheets::export_xlsx(std::slice::from_ref(&doc), &private()).unwrap();
    let back = sheets::import_xlsx(&private, &opts());
    assert_eq!(back.documents[0]["contact"], doc["contact"]);
    for f in sheets::export_csv(&[doc], &ExportOptions::default()).unwrap() {
        assert!(
            !String::from_utf8(f.bytes).unwrap().contains("a.person"),
            "{}",
            f.name
        );
    }
}

/// A pledge as a spreadsheet keeps it. Empty texts and objects without fields are empty
/// cells, which read back as absent fields (documented in `p2c_core::sheets`), so the
/// generated pledge has none.
fn spreadsheet_pledge() -> impl Strategy<Value = Pledge> {
    common::pledge().prop_map(|p| {
        let mut v = serde_json::to_value(&p).unwrap();
        fill_empty(&mut v);
        p2c_core::parse_pledge_value(&v).unwrap()
    })
}

fn fill_empty(v: &mut Value) {
    match v {
        Value::String(s) if s.is_empty() => *s = "x".to_owned(),
        Value::Array(a) => a.iter_mut().for_each(fill_empty),
        Value::Object(m) => {
            m.values_mut().for_each(fill_empty);
            m.retain(|_, v| !matches!(v, Value::Object(o) if o.is_empty()));
        }
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// Any pledge (every field, any Unicode text, any amount and date) reads back from an XLSX
    /// and a CSV export as the same pledge.
    #[test]
    fn arbitrary_pledges_round_trip(pledges in prop::collection::vec(spreadsheet_pledge(), 1..4)) {
        // Ids must tell the pledges apart for their list rows to find them.
        let docs: Vec<Value> = pledges
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut v = serde_json::to_value(p).unwrap();
                v["id"] = Value::String(format!("P{i}-{}", p.id));
                v
            })
            .collect();
        let bytes = sheets::export_xlsx(&docs, &private()).unwrap();
        let back = sheets::import_xlsx(&bytes, &opts());
        prop_assert_eq!(typed(&back.documents), typed(&docs));
        let back = csv_round_trip(&docs, &private(), &opts());
        prop_assert_eq!(typed(&back.documents), typed(&docs));
    }
}

#[test]
fn formula_text_is_neutralized_and_restored() {
    let doc = json!({
        "formatVersion": "1.0", "id": "P2C-1", "title": "=HYPERLINK(\"http://evil.example\",\"click\")",
        "pledgers": { "lead": { "name": "@SUM(1+1)", "stakeholderType": "other", "headquarters": "KEN" } },
        "pledgeTypes": ["financial"], "focusAreas": ["access"],
        "financialValue": { "amount": "-5", "currency": "USD", "valueDate": "2022-06-07" },
        "implementation": { "global": true }, "reviewState": "draft"
    });
    let files = sheets::export_csv(std::slice::from_ref(&doc), &ExportOptions::default()).unwrap();
    let pledges = String::from_utf8(files[0].bytes.clone()).unwrap();
    assert!(
        pledges.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
        "{pledges}"
    );
    assert!(pledges.contains(",'@SUM(1+1),"), "{pledges}");
    // A number is not changed: a spreadsheet reads it as the same number.
    assert!(pledges.contains(",-5,"), "{pledges}");
    let back = csv_round_trip(
        std::slice::from_ref(&doc),
        &ExportOptions::default(),
        &opts(),
    );
    assert_eq!(back.documents, std::slice::from_ref(&doc));

    // Machine to machine: no escaping, and the reader is told not to restore.
    let raw = ExportOptions {
        escape_formulas: false,
        ..ExportOptions::default()
    };
    let files = sheets::export_csv(std::slice::from_ref(&doc), &raw).unwrap();
    assert!(String::from_utf8(files[0].bytes.clone())
        .unwrap()
        .contains(",@SUM(1+1),"));
    let plain = ImportOptions {
        restore_formulas: false,
        ..opts()
    };
    assert_eq!(
        csv_round_trip(std::slice::from_ref(&doc), &raw, &plain).documents,
        std::slice::from_ref(&doc)
    );

    // XLSX: the value is stored unchanged, as text, with Excel's quote prefix.
    let bytes = sheets::export_xlsx(std::slice::from_ref(&doc), &ExportOptions::default()).unwrap();
    assert!(part(&bytes, "xl/styles.xml").contains("quotePrefix=\"1\""));
    assert!(!part(&bytes, "xl/worksheets/sheet2.xml").contains("<f>"));
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let range = book.worksheet_range("pledges").unwrap();
    assert_eq!(
        range.get_value((2, 2)),
        Some(&Data::String(doc["title"].as_str().unwrap().to_owned()))
    );
    assert_eq!(sheets::import_xlsx(&bytes, &opts()).documents, [doc]);
}

#[test]
fn the_issues_workbook_holds_the_invalid_pledges_and_their_issues() {
    let mut docs = sample();
    docs.truncate(3);
    docs[1]["financialValue"]["currency"] = json!("XYZ");
    docs[2]["title"] = json!("");
    let bytes = sheets::export_xlsx(&docs, &ExportOptions::default()).unwrap();
    let import = sheets::import_xlsx(&bytes, &opts());
    assert!(!import.valid);
    let book = sheets::export_issues_xlsx(&import, &ExportOptions::default()).unwrap();
    // The invalid pledges only, renumbered.
    let again = sheets::import_xlsx(&book, &opts());
    let ids: Vec<&str> = again
        .documents
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["P2C-SAMPLE-002", "P2C-SAMPLE-003"]);
    // The issues sheet: one row per issue of those pledges, each pointing at its cell here.
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(book)).unwrap();
    assert_eq!(wb.sheet_names()[..3], ["README", "issues", "pledges"]);
    let issues = wb.worksheet_range("issues").unwrap();
    let rows: Vec<Vec<String>> = issues
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let unknown = rows
        .iter()
        .find(|r| r[5] == "money.unknown_currency")
        .expect("the unknown currency is listed");
    assert_eq!(unknown[0], "pledges");
    assert_eq!(unknown[1], "P3"); // financialValue/currency of the first pledge of this book
    assert_eq!(unknown[4], "/0/financialValue/currency");
    assert_eq!(unknown[6], "error");
    assert!(!unknown[8].is_empty(), "guidance");
    assert_eq!(unknown[9], "pledges!P4"); // where it was in the file received
    assert!(rows
        .iter()
        .any(|r| r[5] == "structure.missing_field" && r[1] == "C4"));
}

#[test]
fn exports_refuse_what_does_not_fit() {
    let mut doc = sample().remove(0);
    doc["colour"] = json!("blue");
    match sheets::export_xlsx(std::slice::from_ref(&doc), &ExportOptions::default()) {
        Err(Error::Export { pointer, .. }) => assert_eq!(pointer, "/0/colour"),
        other => panic!("{other:?}"),
    }
    let mut doc = sample().remove(0);
    doc["pledgeTypes"] = json!("financial");
    assert!(matches!(
        sheets::export_csv(&[doc], &ExportOptions::default()),
        Err(Error::Export { pointer, .. }) if pointer == "/0/pledgeTypes"
    ));
    // A text longer than a cell holds: refused for XLSX, written whole to CSV.
    let mut doc = sample().remove(0);
    doc["description"] = json!("x".repeat(40_000));
    assert!(matches!(
        sheets::export_xlsx(std::slice::from_ref(&doc), &ExportOptions::default()),
        Err(Error::Export { .. })
    ));
    let back = csv_round_trip(
        std::slice::from_ref(&doc),
        &ExportOptions::default(),
        &opts(),
    );
    assert_eq!(back.documents[0]["description"], doc["description"]);
    // Not an object.
    assert!(sheets::export_csv(&[json!([1])], &ExportOptions::default()).is_err());
}

#[test]
fn the_template_has_dropdowns_formats_frozen_headers_and_a_readme() {
    let bytes = sheets::template_xlsx(&ExportOptions::default()).unwrap();
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let names = wb.sheet_names();
    assert_eq!(names.first().map(String::as_str), Some("README"));
    assert_eq!(names.last().map(String::as_str), Some("codes"));
    assert!(names.iter().any(|n| n == "countries"));
    let layout = sheets::layout(false);
    // The README explains every column of every table.
    let readme = wb.worksheet_range("README").unwrap();
    let described: Vec<(String, String)> = readme
        .rows()
        .map(|r| (r[0].to_string(), r[2].to_string()))
        .collect();
    for t in &layout.tables {
        for c in &t.columns {
            assert!(
                described.contains(&(t.name.clone(), c.path.clone())),
                "{} {}",
                t.name,
                c.path
            );
        }
    }
    // The pledges sheet (the second): headers frozen, a dropdown of the review states, amounts
    // and dates formatted.
    let sheet = part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(sheet.contains("ySplit=\"2\""), "frozen header rows");
    let review = layout.tables[0]
        .columns
        .iter()
        .position(|c| c.path == "reviewState")
        .unwrap();
    let letters = sheets::column_letters(review as u32);
    assert!(
        sheet.contains(&format!("sqref=\"{letters}3:{letters}1048576\"")),
        "a validation on the review-state column"
    );
    assert!(
        sheet.contains("<formula1>codes!$"),
        "dropdowns draw from the codes sheet"
    );
    let styles = part(&bytes, "xl/styles.xml");
    assert!(styles.contains("formatCode=\"@\"") && styles.contains("formatCode=\"yyyy-mm-dd\""));
    // The codes sheet has every review state with its label.
    let codes = wb.worksheet_range("codes").unwrap();
    let cells: Vec<String> = codes.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(
        cells.contains(&"under_review".to_owned()) && cells.contains(&"Under review".to_owned())
    );
    // And it is empty of pledges.
    let empty = sheets::import_xlsx(&bytes, &opts());
    assert!(empty.documents.is_empty() && empty.issues.is_empty());
}

#[test]
fn issue_locations_follow_lists() {
    let doc = json!({
        "formatVersion": "1.0", "id": "P2C-1", "title": "Shares",
        "pledgers": { "lead": { "name": "Org", "stakeholderType": "government", "headquarters": "KEN" },
                      "partners": [ { "name": "A", "stakeholderType": "other", "headquarters": "FRA" },
                                    { "name": "B", "stakeholderType": "bogus", "headquarters": "FRA" } ] },
        "pledgeTypes": ["financial"], "focusAreas": ["access"],
        "financialValue": { "amount": "100", "currency": "USD", "valueDate": "2022-06-07" },
        "implementation": { "countries": ["KEN", "UGA"],
                            "shares": [ { "area": "KEN", "percent": "60" }, { "area": "UGA", "percent": "30" } ] },
        "progressReports": [ { "date": "2023-01-10", "status": "in_progress", "challenges": ["financial", "nope"] } ],
        "reviewState": "draft"
    });
    let bytes = sheets::export_xlsx(&[doc], &ExportOptions::default()).unwrap();
    let import = sheets::import_xlsx(&bytes, &opts());
    let at = |code: &str, path: &str| {
        import
            .issues
            .iter()
            .find(|i| i.issue.code == code && i.issue.path == path)
            .and_then(|i| i.location.as_ref())
            .map(|l| (l.sheet.clone(), l.cell.clone().unwrap_or_default()))
            .unwrap_or_else(|| panic!("no {code} at {path}: {:?}", import.issues))
    };
    // An unknown code in a partner's row: its cell on the partners sheet.
    assert_eq!(
        at(
            "structure.unknown_code",
            "/0/pledgers/partners/1/stakeholderType"
        ),
        ("partners".to_owned(), "D4".to_owned())
    );
    // Shares that do not sum to 100: the list as a whole, at its first row.
    assert_eq!(
        at("geography.shares_not_hundred", "/0/implementation/shares"),
        ("shares".to_owned(), "A3".to_owned())
    );
    // A value inside a list cell: the cell.
    let challenges = at(
        "structure.unknown_code",
        "/0/progressReports/0/challenges/1",
    );
    assert_eq!(challenges.0, "progressReports");
}

/// A zip of `parts` (name, bytes), stored without compression.
fn stored_zip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(false);
    for (name, data) in parts {
        out.start_file(name.as_str(), options).unwrap();
        out.write_all(data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The parts of a small workbook, with its first sheet's XML replaced by `sheet`.
fn workbook_with_sheet(sheet: Vec<u8>) -> Vec<(String, Vec<u8>)> {
    let base = sheets::template_xlsx(&ExportOptions::default()).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(base)).unwrap();
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().to_owned();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        if name == "xl/worksheets/sheet2.xml" {
            data = sheet.clone();
        }
        parts.push((name, data));
    }
    parts
}

#[test]
fn a_sheet_of_a_million_rows_stops_at_the_row_limit() {
    // Excel's last row, one cell each; the first row is the header.
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row><c t=\"inlineStr\"><is><t>id</t></is></c></row>",
    );
    for r in 2..=1_048_576u32 {
        xml.push_str(&format!("<row><c><v>{r}</v></c></row>"));
    }
    xml.push_str("</sheetData></worksheet>");
    let bytes = stored_zip(&workbook_with_sheet(xml.into_bytes()));
    assert!(bytes.len() < ImportOptions::default().sheet_limits.max_bytes);
    // A low limit keeps the test quick; the rows past it are never collected.
    let mut options = opts();
    options.sheet_limits.max_rows = 1_000;
    let import = sheets::import_xlsx(&bytes, &options);
    let limit = import
        .issues
        .iter()
        .find(|i| i.issue.code == "sheet.limit_exceeded")
        .expect("the row limit is reported");
    assert_eq!(limit.issue.params["limit"], "maxRows");
    assert_eq!(
        import.documents.len(),
        999,
        "rows up to the limit, the first one a header"
    );
    assert_eq!(import.documents[998]["id"], "1000");
}

#[test]
fn limits_hold_on_large_inputs() {
    // More parts than a workbook has.
    let parts: Vec<(String, Vec<u8>)> = (0..10_001)
        .map(|i| (format!("xl/media/p{i}.bin"), Vec::new()))
        .collect();
    let import = sheets::import_xlsx(&stored_zip(&parts), &opts());
    assert_eq!(import.issues.len(), 1);
    assert_eq!(import.issues[0].issue.params["limit"], "maxParts");
    // A CSV of more rows than the limit: the rows before it are read.
    let mut text = String::from("id,title\r\n");
    for i in 0..2_000 {
        text.push_str(&format!("P{i},T\r\n"));
    }
    let mut options = opts();
    options.sheet_limits.max_rows = 1_000;
    let import = sheets::import_csv(&[("pledges.csv", text.as_bytes())], &options);
    assert!(import
        .issues
        .iter()
        .any(|i| i.issue.code == "sheet.limit_exceeded" && i.issue.params["limit"] == "maxRows"));
    assert_eq!(import.documents.len(), 999);
    english_renders_exactly(&import);
    // A file larger than maxBytes is not read at all.
    let big = vec![b'x'; ImportOptions::default().sheet_limits.max_bytes + 1];
    let import = sheets::import_xlsx(&big, &opts());
    assert_eq!(import.issues[0].issue.params["limit"], "maxBytes");
    english_renders_exactly(&import);
    // CSV files larger than maxBytes together are not read either.
    options.sheet_limits.max_bytes = 10;
    let import = sheets::import_csv(&[("pledges.csv", text.as_bytes())], &options);
    assert_eq!(import.issues.len(), 1);
    assert_eq!(import.issues[0].issue.params["limit"], "maxBytes");
    english_renders_exactly(&import);
}

/// The English catalogue renders every issue of an import exactly as the importer wrote it
/// (the shared vectors check the same for theirs).
fn english_renders_exactly(import: &sheets::Import) {
    let en = p2c_core::i18n::Localizer::new(p2c_core::i18n::Lang::En);
    for i in &import.issues {
        assert_eq!(
            en.issue_message(&i.issue),
            i.issue.message,
            "{:?}",
            i.issue.params
        );
    }
}

#[test]
fn the_layout_is_data() {
    let layout = serde_json::to_value(sheets::layout(false)).unwrap();
    assert_eq!(layout["tables"][0]["name"], "pledges");
    assert_eq!(layout["tables"][0]["columns"][1]["path"], "id");
    assert_eq!(
        layout["tables"][0]["columns"][1]["kind"],
        json!({ "type": "scalar", "of": "text" })
    );
    assert!(layout["codelists"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["name"] == "ReviewState"));
}

#[test]
fn cells_of_ten_megabytes_are_an_issue_on_their_cell() {
    let big = "x".repeat(10 * 1024 * 1024);
    // XLSX: an inline string no spreadsheet program writes, but a hostile file can.
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\
         <row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>title</t></is></c></row>\
         <row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>P2C-1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>{big}</t></is></c></row>\
         </sheetData></worksheet>"
    );
    let bytes = stored_zip(&workbook_with_sheet(xml.into_bytes()));
    let import = sheets::import_xlsx(&bytes, &opts());
    let long = import
        .issues
        .iter()
        .find(|i| i.issue.code == "input.string_too_long")
        .expect("the long cell is reported");
    assert_eq!(long.issue.path, "/0/title");
    assert_eq!(long.location.as_ref().unwrap().cell.as_deref(), Some("B2"));
    assert!(import.documents[0].get("title").is_none());
    // CSV.
    let text = format!("id,title\r\nP2C-1,{big}\r\n");
    let import = sheets::import_csv(&[("pledges.csv", text.as_bytes())], &opts());
    let long = import
        .issues
        .iter()
        .find(|i| i.issue.code == "input.string_too_long")
        .expect("the long cell is reported");
    assert_eq!(long.location.as_ref().unwrap().cell.as_deref(), Some("B2"));
}

#[test]
fn the_validation_vectors_pledges_round_trip() {
    // Every input of the shared validation vectors that is a pledge (valid or not, as long as
    // it parses) comes back from XLSX and CSV as the same pledge.
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/validation");
    let mut docs = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
        for case in cases {
            let inputs: Vec<Value> =
                match (&case["input"], case.get("mode").and_then(Value::as_str)) {
                    (Value::Array(items), Some("batch")) => items.clone(),
                    (Value::Object(o), Some("update")) => o.values().cloned().collect(),
                    (v @ Value::Object(_), _) => vec![v.clone()],
                    _ => continue,
                };
            for doc in inputs {
                let Ok(pledge) = p2c_core::parse_pledge_value(&doc) else {
                    continue;
                };
                let mut v = serde_json::to_value(&pledge).unwrap();
                fill_empty(&mut v);
                // One workbook for all: ids must tell the pledges apart.
                v["id"] = Value::String(format!("V{}-{}", docs.len(), pledge.id));
                docs.push(v);
            }
        }
    }
    let pledges = typed(&docs);
    let bytes = sheets::export_xlsx(&docs, &private()).unwrap();
    assert_eq!(
        typed(&sheets::import_xlsx(&bytes, &opts()).documents),
        pledges
    );
    assert_eq!(
        typed(&csv_round_trip(&docs, &private(), &opts()).documents),
        pledges
    );
    let n = docs.len();
    assert!(n >= 50, "only {n} pledges");
}

#[test]
fn the_flat_tables_as_a_workbook() {
    let mut docs = sample();
    docs[0]["title"] = json!("=HYPERLINK(\"http://evil.example\",\"click\")");
    let pledges = typed(&docs);
    let tables = p2c_core::tables::pledge_tables(&pledges, &Default::default()).unwrap();
    let bytes = sheets::tables_xlsx(&tables, &ExportOptions::default()).unwrap();
    let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let names: Vec<String> = tables.all().iter().map(|t| t.name.clone()).collect();
    assert_eq!(wb.sheet_names(), names);
    let range = wb.worksheet_range("pledges").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let amount = header.iter().position(|h| h == "amount").unwrap();
    let title = header.iter().position(|h| h == "title").unwrap();
    // Amounts are exact text; the hostile title is stored as it is, as text.
    assert_eq!(
        range.get_value((1, amount as u32)),
        Some(&Data::String(
            docs[0]["financialValue"]["amount"]
                .as_str()
                .unwrap()
                .to_owned()
        ))
    );
    assert_eq!(
        range.get_value((1, title as u32)),
        Some(&Data::String(docs[0]["title"].as_str().unwrap().to_owned()))
    );
    assert!(part(&bytes, "xl/styles.xml").contains("quotePrefix=\"1\""));
}

/// The template in another language: README sheet, codes sheet labels, dropdown prompts in the
/// language; sheet names, paths and codes unchanged; the English template unchanged; and a
/// filled-in template in any language imports the same.
#[test]
fn the_template_speaks_the_chosen_language_and_keeps_its_codes() {
    use p2c_core::i18n::Lang;
    let english = sheets::template_xlsx(&ExportOptions::default()).unwrap();
    assert_eq!(
        sheets::template_xlsx_in(&ExportOptions::default(), Lang::En).unwrap(),
        english
    );
    let cells = |bytes: &[u8], sheet: &str| -> Vec<String> {
        let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        let range = wb.worksheet_range(sheet).unwrap();
        range.cells().map(|(_, _, c)| c.to_string()).collect()
    };
    let names = |bytes: &[u8]| {
        let wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
        wb.sheet_names()
    };
    for (lang, title, label, prompt) in [
        (
            Lang::Fr,
            "Engagements Partner2Connect : comment remplir ce classeur",
            "Création de valeur",
            "Choisissez un code dans la liste",
        ),
        (
            Lang::Ar,
            "تعهدات Partner2Connect: كيف يُملأ هذا المصنف",
            "خلق القيمة",
            "اختر رمزاً من القائمة",
        ),
    ] {
        let bytes = sheets::template_xlsx_in(&ExportOptions::default(), lang).unwrap();
        assert_eq!(
            names(&bytes),
            names(&english),
            "{lang}: sheet names are codes"
        );
        let readme = cells(&bytes, "README");
        assert_eq!(readme.first().map(String::as_str), Some(title), "{lang}");
        let codes = cells(&bytes, "codes");
        let english_codes = cells(&english, "codes");
        assert!(
            codes.contains(&"value_creation".to_owned()),
            "{lang}: codes unchanged"
        );
        assert!(
            codes.iter().any(|c| c == label),
            "{lang}: {label} not on the codes sheet"
        );
        assert!(
            !codes.contains(&"Value creation".to_owned()),
            "{lang}: English label left"
        );
        assert_eq!(codes.len(), english_codes.len(), "{lang}");
        // The pledges sheet: the same paths in row 2, prompts in the language.
        let paths = |bytes: &[u8]| -> Vec<String> {
            let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
            let range = wb.worksheet_range("pledges").unwrap();
            range
                .rows()
                .nth(1)
                .unwrap()
                .iter()
                .map(|c| c.to_string())
                .collect()
        };
        assert_eq!(paths(&bytes), paths(&english), "{lang}: column paths");
        let sheet = part(&bytes, "xl/worksheets/sheet2.xml");
        assert!(sheet.contains(prompt), "{lang}: dropdown prompt");
        // An empty template imports as no pledges, as the English one does.
        let empty = sheets::import_xlsx(&bytes, &opts());
        assert!(
            empty.documents.is_empty() && empty.issues.is_empty(),
            "{lang}"
        );
    }
}

#[test]
fn the_issues_workbook_speaks_the_language_asked_for() {
    use p2c_core::i18n::{Lang, Localizer};
    let mut docs = sample();
    docs.truncate(2);
    docs[1]["financialValue"]["currency"] = json!("XYZ");
    let bytes = sheets::export_xlsx(&docs, &ExportOptions::default()).unwrap();
    let import = sheets::import_xlsx(&bytes, &opts());
    let rows_of = |book: Vec<u8>| -> (Vec<String>, Vec<Vec<String>>) {
        let mut wb: Xlsx<_> = Xlsx::new(std::io::Cursor::new(book)).unwrap();
        let issues = wb.worksheet_range("issues").unwrap();
        let mut rows = issues
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>());
        (wb.sheet_names(), rows.by_ref().collect())
    };
    let (_, en) = rows_of(sheets::export_issues_xlsx(&import, &ExportOptions::default()).unwrap());
    let fr_book =
        sheets::export_issues_xlsx_in(&import, &ExportOptions::default(), Lang::Fr).unwrap();
    let (_, fr) = rows_of(fr_book.clone());
    // The headers and the guidance are French; cells, paths, codes and severities are not
    // translated.
    assert_ne!(fr[0], en[0]);
    let fr_loc = Localizer::new(Lang::Fr);
    assert_eq!(fr[0][8], "Que faire");
    for (f, e) in fr.iter().zip(&en).skip(1) {
        assert_eq!(f[..8], e[..8]);
        assert_eq!(f[9], e[9]);
        assert_eq!(Some(f[8].clone()), fr_loc.issue_guidance(&f[5]));
        assert_ne!(f[8], e[8], "{} has a French guidance", f[5]);
    }
    // And it reads back: the invalid pledge only.
    let again = sheets::import_xlsx(&fr_book, &opts());
    assert_eq!(again.documents.len(), 1);
    assert_eq!(again.documents[0]["id"], docs[1]["id"]);
}
