//! The shared spreadsheet vectors in `tests/vectors/sheets/` (format in
//! `tests/vectors/sheets/README.md`): runs every case of `cases.json`, checks that every
//! `sheet.*` code is produced by some case, and that the committed files this test generates
//! are fresh.
//!
//! Regenerate the files after a change of the generator below or of the exporter:
//! `P2C_WRITE_SHEET_VECTORS=1 cargo test -p p2c-core --test sheet_vectors`. Two files come
//! from other programs and are not regenerated here (`scripts/make-sheet-vectors`): a workbook
//! filled in by openpyxl and a password-protected one.
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

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::PathBuf;

use p2c_core::sheets::{self, ExportOptions, ImportOptions};
use p2c_core::validate::issue_codes;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Formula, Workbook};
use serde_json::{json, Value};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/sheets")
}

// --- the generator ------------------------------------------------------------------------------

/// A cell of a crafted sheet.
#[derive(Clone)]
enum C {
    /// Text.
    S(&'static str),
    /// A number (General format).
    N(f64),
    /// A boolean.
    B(bool),
    /// A date serial with a date format.
    D(f64),
    /// A formula and its cached result.
    F(&'static str, &'static str),
    /// Nothing.
    E,
}

struct Sheet {
    name: &'static str,
    hidden: bool,
    rows: Vec<Vec<C>>,
    merges: Vec<(u32, u16, u32, u16, &'static str)>,
}

fn sheet(name: &'static str, rows: Vec<Vec<C>>) -> Sheet {
    Sheet {
        name,
        hidden: false,
        rows,
        merges: Vec::new(),
    }
}

fn book(sheets: Vec<Sheet>) -> Vec<u8> {
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new().set_creation_datetime(&ExcelDateTime::from_ymd(2000, 1, 1).unwrap()),
    );
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for s in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(s.name).unwrap();
        for (r, row) in s.rows.iter().enumerate() {
            let r = r as u32;
            for (c, cell) in row.iter().enumerate() {
                let c = c as u16;
                match cell {
                    C::S(t) => {
                        ws.write_string(r, c, *t).unwrap();
                    }
                    C::N(n) => {
                        ws.write_number(r, c, *n).unwrap();
                    }
                    C::B(b) => {
                        ws.write_boolean(r, c, *b).unwrap();
                    }
                    C::D(n) => {
                        ws.write_number_with_format(r, c, *n, &date).unwrap();
                    }
                    C::F(f, result) => {
                        ws.write_formula(r, c, Formula::new(*f).set_result(*result))
                            .unwrap();
                    }
                    C::E => {}
                }
            }
        }
        for (r0, c0, r1, c1, text) in &s.merges {
            ws.merge_range(*r0, *c0, *r1, *c1, text, &Format::new())
                .unwrap();
        }
        if s.hidden {
            ws.set_hidden(true);
        }
    }
    wb.save_to_buffer().unwrap()
}

/// `bytes` with one part's XML changed by `f` (the other parts copied as they are).
fn rewrite(bytes: &[u8], part: &str, f: impl Fn(String) -> String) -> Vec<u8> {
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .last_modified_time(zip::DateTime::default())
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zin.len() {
        let mut file = zin.by_index(i).unwrap();
        let name = file.name().to_owned();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name == part {
            data = f(String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, options).unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// `bytes` with one more part.
fn add_part(bytes: &[u8], part: &str, data: &[u8]) -> Vec<u8> {
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .last_modified_time(zip::DateTime::default())
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zin.len() {
        let mut file = zin.by_index(i).unwrap();
        let name = file.name().to_owned();
        let mut buf = Vec::new();
        file.read_to_end(&mut buf).unwrap();
        out.start_file(name, options).unwrap();
        out.write_all(&buf).unwrap();
    }
    out.start_file(part, options).unwrap();
    out.write_all(data).unwrap();
    out.finish().unwrap().into_inner()
}

use C::{B, D, E, F, N, S};

/// The pledges sheet's two header rows for the minimal columns (plus `extra`).
fn pledge_header(extra: &[(&'static str, &'static str)]) -> Vec<Vec<C>> {
    let mut titles = vec![
        S("Format version"),
        S("Pledge id"),
        S("Title"),
        S("Pledgers: Lead pledger: Name"),
        S("Pledgers: Lead pledger: Stakeholder type"),
        S("Pledgers: Lead pledger: Headquarters"),
        S("Implementation: Global"),
        S("Review state"),
    ];
    let mut paths = vec![
        S("formatVersion"),
        S("id"),
        S("title"),
        S("pledgers/lead/name"),
        S("pledgers/lead/stakeholderType"),
        S("pledgers/lead/headquarters"),
        S("implementation/global"),
        S("reviewState"),
    ];
    for (t, p) in extra {
        titles.push(S(t));
        paths.push(S(p));
    }
    vec![titles, paths]
}

/// A minimal valid pledge row for [`pledge_header`] (then `extra` cells).
fn pledge_row(id: &'static str, title: &'static str, extra: Vec<C>) -> Vec<C> {
    let mut row = vec![
        S("1.0"),
        S(id),
        S(title),
        S("Ministry of ICT"),
        S("government"),
        S("KEN"),
        B(true),
        S("draft"),
    ];
    row.extend(extra);
    row
}

/// A list sheet: its two header rows and `(pledge id, value)` rows.
fn list(
    name: &'static str,
    title: &'static str,
    path: &'static str,
    rows: &[(&'static str, &'static str)],
) -> Sheet {
    let mut all = vec![vec![S("Pledge id"), S(title)], vec![S("id"), S(path)]];
    for (id, v) in rows {
        all.push(vec![S(id), S(v)]);
    }
    sheet(name, all)
}

fn types_and_areas(ids: &[&'static str], kind: &'static str) -> Vec<Sheet> {
    let types: Vec<(&str, &str)> = ids.iter().map(|i| (*i, kind)).collect();
    let areas: Vec<(&str, &str)> = ids.iter().map(|i| (*i, "access")).collect();
    vec![
        list("pledgeTypes", "Pledge type", "pledgeTypes[]", &types),
        list("focusAreas", "Focus area", "focusAreas[]", &areas),
    ]
}

fn sample(n: usize) -> Vec<Value> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json"),
    )
    .unwrap();
    let all: Vec<Value> = serde_json::from_str(&text).unwrap();
    all.into_iter().take(n).collect()
}

/// Documents with text a spreadsheet would read as formulas.
fn hostile() -> Vec<Value> {
    vec![json!({
        "formatVersion": "1.0", "id": "P2C-HOSTILE-1",
        "title": "=HYPERLINK(\"http://evil.example\",\"click\")",
        "description": "-2+3", "notes": "+41 22 730 5111\tand a tab",
        "pledgers": { "lead": { "name": "@SUM(1+1)", "stakeholderType": "other",
                                "headquarters": "international" },
                      "partners": [ { "name": "＝1+1", "stakeholderType": "private_sector",
                                      "headquarters": "FRA" },
                                    { "name": "'=already quoted", "stakeholderType": "other",
                                      "headquarters": "CHE" } ] },
        "pledgeTypes": ["advocacy"], "focusAreas": ["adoption"],
        "implementation": { "global": true },
        "links": [ { "url": "https://example.org/=x", "title": "\rcarriage return" } ],
        "reviewState": "draft"
    })]
}

/// Every generated vector file: its path under `tests/vectors/sheets` and its bytes.
fn generate() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    let public = ExportOptions::default();
    out.push((
        "template.xlsx".into(),
        sheets::template_xlsx(&public).unwrap(),
    ));
    out.push((
        "roundtrip.xlsx".into(),
        sheets::export_xlsx(&sample(3), &public).unwrap(),
    ));
    out.push((
        "private.xlsx".into(),
        sheets::export_xlsx(
            &[json!({
                "formatVersion": "1.0", "id": "P2C-PRIV-1", "title": "With a contact",
                "pledgers": { "lead": { "name": "Org", "stakeholderType": "civil_society",
                                        "headquarters": "GHA" } },
                "pledgeTypes": ["programmatic"], "focusAreas": ["adoption"],
                "implementation": { "countries": ["GHA"] },
                "contact": { "name": "A. Person", "email": "a.person@example.org" },
                "reviewState": "submitted"
            })],
            &ExportOptions {
                private: true,
                ..ExportOptions::default()
            },
        )
        .unwrap(),
    ));
    out.push((
        "hostile.xlsx".into(),
        sheets::export_xlsx(&hostile(), &public).unwrap(),
    ));

    // Headers by title only, in another order; a misspelled header and an extra column; the
    // pledge types in one column of the pledges sheet.
    out.push((
        "headers.xlsx".into(),
        book(vec![
            sheet(
                "pledges",
                vec![
                    vec![
                        S("Pledge id"),
                        S("Titel"),
                        S("review state"),
                        S("Format version"),
                        S("Name"),
                        S("Stakeholder type"),
                        S("Headquarters"),
                        S("Global"),
                        S("Pledge types"),
                        S("Internal note"),
                    ],
                    vec![
                        S("P2C-1"),
                        S("Connect schools"),
                        S("draft"),
                        S("1.0"),
                        S("Ministry of ICT"),
                        S("government"),
                        S("KEN"),
                        B(true),
                        S("policy; advocacy"),
                        S("call back"),
                    ],
                    vec![
                        S("P2C-2"),
                        S("Train teachers"),
                        S("draft"),
                        S("1.0"),
                        S("Ministry of Education"),
                        S("government"),
                        S("UGA"),
                        B(true),
                        S("programmatic"),
                        E,
                    ],
                ],
            ),
            list(
                "focusAreas",
                "Focus area",
                "focusAreas[]",
                &[("P2C-1", "access"), ("P2C-2", "adoption")],
            ),
        ]),
    ));

    // Rows of a list sheet: an unknown pledge, a row without its pledge, a bad country, a
    // value in a column without a header.
    let mut countries = list(
        "countries",
        "Country code",
        "implementation/countries[]",
        &[
            ("P2C-1", "KEN"),
            ("P2C-404", "UGA"),
            ("", "TZA"),
            ("P2C-1", "XXX"),
        ],
    );
    if let Some(row) = countries.rows.get_mut(2) {
        row.push(S("stray"));
    }
    let mut child = vec![sheet(
        "pledges",
        [
            pledge_header(&[]),
            vec![pledge_row("P2C-1", "Connect schools", vec![])],
        ]
        .concat(),
    )];
    child.extend(types_and_areas(&["P2C-1"], "policy"));
    child.push(countries);
    out.push(("child-rows.xlsx".into(), book(child)));

    // Numbers: an exact decimal, a binary fraction, an amount typed as text; people as a
    // number.
    let money = [
        ("Financial value: Amount", "financialValue/amount"),
        ("Financial value: Currency", "financialValue/currency"),
        ("Financial value: Value date", "financialValue/valueDate"),
        (
            "Beneficiaries: People reached",
            "beneficiaries/peopleReached",
        ),
    ];
    let mut numbers = vec![sheet(
        "pledges",
        [
            pledge_header(&money),
            vec![
                pledge_row(
                    "P2C-1",
                    "Exact",
                    vec![N(258.8), S("USD"), D(44_719.0), N(5_000_000.0)],
                ),
                pledge_row(
                    "P2C-2",
                    "Binary fraction",
                    vec![N(0.1 + 0.2), S("USD"), D(44_719.0), E],
                ),
                pledge_row(
                    "P2C-3",
                    "Text",
                    vec![S("5600000000"), S("EUR"), S("2022-06-07"), E],
                ),
            ],
        ]
        .concat(),
    )];
    numbers.extend(types_and_areas(&["P2C-1", "P2C-2", "P2C-3"], "financial"));
    out.push(("numbers.xlsx".into(), book(numbers)));

    // Dates in the 1904 date system: 2022-06-07 is serial 43257 there; a year typed as a
    // number in a partial-date column; a negative serial.
    let dates = [
        ("Financial value: Amount", "financialValue/amount"),
        ("Financial value: Currency", "financialValue/currency"),
        ("Financial value: Value date", "financialValue/valueDate"),
        ("Period: Start", "period/start"),
        ("Period: End", "period/end"),
    ];
    let mut d1904 = vec![sheet(
        "pledges",
        [
            pledge_header(&dates),
            vec![
                pledge_row(
                    "P2C-1",
                    "Dated",
                    vec![S("1000"), S("USD"), D(43_257.0), N(2021.0), D(44_196.0)],
                ),
                pledge_row(
                    "P2C-2",
                    "Bad serial",
                    vec![S("1000"), S("USD"), N(-5.0), E, E],
                ),
            ],
        ]
        .concat(),
    )];
    d1904.extend(types_and_areas(&["P2C-1", "P2C-2"], "financial"));
    let d1904 = rewrite(&book(d1904), "xl/workbook.xml", |x| {
        x.replacen("<workbookPr ", "<workbookPr date1904=\"1\" ", 1)
    });
    out.push(("dates-1904.xlsx".into(), d1904));

    // The 1900 system: serial 60 (Excel's 29 February 1900) is no date; a text date; a date
    // written the other way round.
    let mut d1900 = vec![sheet(
        "pledges",
        [
            pledge_header(&dates),
            vec![
                pledge_row(
                    "P2C-1",
                    "Lotus day",
                    vec![S("1000"), S("USD"), D(60.0), E, E],
                ),
                pledge_row(
                    "P2C-2",
                    "Text date",
                    vec![S("1000"), S("USD"), S("2022-06-07"), S("2022-06"), E],
                ),
                pledge_row(
                    "P2C-3",
                    "Other order",
                    vec![S("1000"), S("USD"), S("07/06/2022"), E, E],
                ),
            ],
        ]
        .concat(),
    )];
    d1900.extend(types_and_areas(&["P2C-1", "P2C-2", "P2C-3"], "financial"));
    out.push(("dates-1900.xlsx".into(), book(d1900)));

    // Formulas: one with a cached value, one without (as openpyxl writes them).
    let mut formulas = vec![sheet(
        "pledges",
        [
            pledge_header(&[]),
            vec![
                pledge_row("P2C-1", "", vec![]),
                pledge_row("P2C-2", "", vec![]),
            ],
        ]
        .concat(),
    )];
    if let Some(rows) = formulas.first_mut().map(|s| &mut s.rows) {
        rows[2][2] = F("=\"Connect \"&\"schools\"", "Connect schools");
        rows[3][2] = F("=\"Train \"&\"teachers\"", "Train teachers");
    }
    formulas.extend(types_and_areas(&["P2C-1", "P2C-2"], "policy"));
    let formulas = rewrite(&book(formulas), "xl/worksheets/sheet1.xml", |x| {
        x.replacen("<v>Train teachers</v>", "", 1)
    });
    out.push(("formulas.xlsx".into(), formulas));

    // Merged cells over two pledges' titles.
    let mut merged = vec![sheet(
        "pledges",
        [
            pledge_header(&[]),
            vec![
                pledge_row("P2C-1", "Shared title", vec![]),
                pledge_row("P2C-2", "", vec![]),
            ],
        ]
        .concat(),
    )];
    if let Some(s) = merged.first_mut() {
        s.merges.push((2, 2, 3, 2, "Shared title"));
        // Fifty more empty ranges below the data: the first 49 are listed one by one, the
        // last is counted in one issue.
        for r in 10..60 {
            s.merges.push((r, 40, r, 41, ""));
        }
    }
    merged.extend(types_and_areas(&["P2C-1", "P2C-2"], "policy"));
    out.push(("merged.xlsx".into(), book(merged)));

    // Sheets: a hidden list sheet, an unknown sheet, a misspelled one, the same table twice.
    let mut sheets_case = vec![sheet(
        "pledges",
        [
            pledge_header(&[]),
            vec![pledge_row("P2C-1", "Connect schools", vec![])],
        ]
        .concat(),
    )];
    let mut lists = types_and_areas(&["P2C-1"], "policy");
    if let Some(areas) = lists.get_mut(1) {
        areas.hidden = true;
    }
    sheets_case.extend(lists);
    sheets_case.push(list(
        "Pledge types",
        "Pledge type",
        "pledgeTypes[]",
        &[("P2C-1", "advocacy")],
    ));
    sheets_case.push(sheet("Notes", vec![vec![S("anything")]]));
    sheets_case.push(list(
        "countrys",
        "Country code",
        "implementation/countries[]",
        &[("P2C-1", "KEN")],
    ));
    out.push(("sheets.xlsx".into(), book(sheets_case)));

    // Missing things: no focus areas sheet, no review state column; a column twice; an error
    // value.
    let mut header = pledge_header(&[("Title", "title")]);
    for row in &mut header {
        row.remove(7); // review state
    }
    let mut missing_rows = header;
    let mut row = pledge_row("P2C-1", "Connect schools", vec![S("Connect schools")]);
    row.remove(7);
    row[3] = F("=NA()", "#N/A");
    missing_rows.push(row);
    let missing = vec![
        sheet("pledges", missing_rows),
        list(
            "pledgeTypes",
            "Pledge type",
            "pledgeTypes[]",
            &[("P2C-1", "policy")],
        ),
    ];
    let missing = rewrite(&book(missing), "xl/worksheets/sheet1.xml", |x| {
        x.replacen("<c r=\"D3\" t=\"str\">", "<c r=\"D3\" t=\"e\">", 1)
    });
    out.push(("missing.xlsx".into(), missing));

    // Limits: five pledges (read with maxRows 3); a long description (read with
    // maxStringLen 50).
    let mut rows = pledge_header(&[("Description", "description")]);
    for (id, title) in [
        ("P2C-1", "One"),
        ("P2C-2", "Two"),
        ("P2C-3", "Three"),
        ("P2C-4", "Four"),
        ("P2C-5", "Five"),
    ] {
        rows.push(pledge_row(
            id,
            title,
            vec![S(
                "A description that is much longer than fifty characters in all.",
            )],
        ));
    }
    let mut limits = vec![sheet("pledges", rows)];
    limits.extend(types_and_areas(
        &["P2C-1", "P2C-2", "P2C-3", "P2C-4", "P2C-5"],
        "policy",
    ));
    out.push(("limits.xlsx".into(), book(limits)));

    // A part that decompresses to 4 MiB of zeros (read with maxUncompressedBytes 1 MiB).
    let bomb = add_part(
        &book(vec![sheet("pledges", pledge_header(&[]))]),
        "xl/media/zeros.bin",
        &vec![0u8; 4 * 1024 * 1024],
    );
    out.push(("zip-bomb.xlsx".into(), bomb));

    // A shared-string table that declares four billion strings.
    let sst = rewrite(
        &book(vec![sheet("pledges", pledge_header(&[]))]),
        "xl/sharedStrings.xml",
        |x| {
            let start = x.find("uniqueCount=\"").unwrap() + "uniqueCount=\"".len();
            let end = start + x[start..].find('"').unwrap();
            format!("{}4000000000{}", &x[..start], &x[end..])
        },
    );
    out.push(("shared-strings.xlsx".into(), sst));

    // Not workbooks.
    out.push((
        "not-a-workbook.xlsx".into(),
        b"id,title\nP2C-1,Connect schools\n".to_vec(),
    ));
    let whole = sheets::export_xlsx(&sample(1), &public).unwrap();
    out.push((
        "truncated.xlsx".into(),
        whole[..whole.len() * 3 / 5].to_vec(),
    ));
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.resize(512, 0);
    out.push(("ole.xls".into(), ole));

    // CSV: an export (hostile strings included, escaped), one pledges file with short forms.
    let mut docs = sample(2);
    docs.extend(hostile());
    for f in sheets::export_csv(&docs, &public).unwrap() {
        out.push((format!("csv-export/{}", f.name), f.bytes));
    }
    out.push((
        "csv-single/my pledges.csv".into(),
        "Pledge id;Title;Format version;Name;Stakeholder type;Headquarters;Global;Review state;Pledge types;Focus areas;Countries\r\n\
         P2C-1;Connect schools;1.0;Ministry of ICT;government;KEN;true;draft;\"policy;advocacy\";access;\"KEN;UGA\"\r\n\
         P2C-2;'=1+1;1.0;Ministry of Education;government;UGA;TRUE;draft;programmatic;adoption;\r\n"
            .as_bytes()
            .to_vec(),
    ));
    out.push((
        "csv-latin1/pledges.csv".into(),
        b"id,title\r\nP2C-1,Caf\xe9 connectivity\r\n".to_vec(),
    ));
    out
}

#[test]
fn committed_vectors_are_fresh() {
    let write = std::env::var_os("P2C_WRITE_SHEET_VECTORS").is_some();
    let mut stale = Vec::new();
    for (path, bytes) in generate() {
        let full = dir().join(&path);
        let current = std::fs::read(&full).unwrap_or_default();
        if current == bytes {
            continue;
        }
        if write {
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(&full, &bytes).unwrap();
            println!("wrote {path}");
        } else {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "stale: {stale:?} (run `P2C_WRITE_SHEET_VECTORS=1 cargo test -p p2c-core --test sheet_vectors`)"
    );
}

// --- the runner -----------------------------------------------------------------------------------

fn cases() -> Vec<Value> {
    let text = std::fs::read_to_string(dir().join("cases.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Run one case: its import (issues and documents).
fn run(case: &Value) -> sheets::Import {
    let options: ImportOptions = match case.get("options") {
        Some(o) => serde_json::from_value(o.clone()).unwrap(),
        None => ImportOptions::default(),
    };
    let files: Vec<(String, Vec<u8>)> = case["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let f = f.as_str().unwrap();
            let name = f.rsplit('/').next().unwrap().to_owned();
            (name, std::fs::read(dir().join(f)).unwrap())
        })
        .collect();
    match case["format"].as_str().unwrap() {
        "xlsx" => sheets::import_xlsx(&files[0].1, &options),
        "csv" => {
            let inputs: Vec<(&str, &[u8])> = files
                .iter()
                .map(|(n, b)| (n.as_str(), b.as_slice()))
                .collect();
            sheets::import_csv(&inputs, &options)
        }
        other => panic!("unknown format {other}"),
    }
}

/// The issues as `(code, path, sheet, cell)`, sorted.
fn quads(import: &sheets::Import) -> Vec<(String, String, Option<String>, Option<String>)> {
    let mut v: Vec<_> = import
        .issues
        .iter()
        .map(|i| {
            (
                i.issue.code.to_owned(),
                i.issue.path.clone(),
                i.location.as_ref().map(|l| l.sheet.clone()),
                i.location.as_ref().and_then(|l| l.cell.clone()),
            )
        })
        .collect();
    v.sort();
    v
}

fn expected(case: &Value) -> Vec<(String, String, Option<String>, Option<String>)> {
    let mut v: Vec<_> = case["expected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_owned(),
                e["path"].as_str().unwrap().to_owned(),
                e["sheet"].as_str().map(str::to_owned),
                e["cell"].as_str().map(str::to_owned),
            )
        })
        .collect();
    v.sort();
    v
}

/// The documents a case expects: inline, or `"documentsFrom"` a JSON file of the repository.
fn expected_documents(case: &Value) -> Option<Vec<Value>> {
    if let Some(docs) = case.get("documents") {
        return Some(docs.as_array().unwrap().clone());
    }
    let from = case.get("documentsFrom")?;
    let file = from["file"].as_str().unwrap();
    let text = std::fs::read_to_string(dir().join(file)).unwrap();
    let all: Vec<Value> = serde_json::from_str(&text).unwrap();
    let take = from
        .get("first")
        .and_then(Value::as_u64)
        .map_or(all.len(), |n| n as usize);
    Some(all.into_iter().take(take).collect())
}

#[test]
fn all_sheet_vectors_pass() {
    let cases = cases();
    assert!(cases.len() >= 20, "only {} cases", cases.len());
    let mut failures = Vec::new();
    let english = p2c_core::i18n::Localizer::new(p2c_core::i18n::Lang::En);
    for case in &cases {
        let import = run(case);
        let description = case["description"].as_str().unwrap();
        // The English catalogue (i18n/en/issues.ftl) renders every issue from its params
        // exactly as the importer wrote it.
        for i in &import.issues {
            let rendered = english.issue_message(&i.issue);
            if rendered != i.issue.message {
                failures.push(format!(
                    "{description}: {} renders as\n  {rendered}\n  not\n  {}\n  params {:?}",
                    i.issue.code, i.issue.message, i.issue.params
                ));
            }
        }
        let has_error = import
            .issues
            .iter()
            .any(|i| i.issue.severity == p2c_core::validate::Severity::Error);
        assert_eq!(import.valid, !has_error, "{description}");
        let (actual, want) = (quads(&import), expected(case));
        if actual != want {
            failures.push(format!(
                "{description}\n  expected {want:?}\n  actual   {actual:?}"
            ));
        }
        if let Some(docs) = expected_documents(case) {
            // Compared as typed pledges where both parse (key order and defaults aside),
            // as JSON otherwise.
            let typed = |v: &[Value]| -> Option<Vec<p2c_core::Pledge>> {
                v.iter()
                    .map(|d| p2c_core::parse_pledge_value(d).ok())
                    .collect()
            };
            let same = match (typed(&docs), typed(&import.documents)) {
                (Some(a), Some(b)) => a == b,
                _ => docs == import.documents,
            };
            if !same {
                failures.push(format!(
                    "{description}: documents differ\n  expected {}\n  actual   {}",
                    serde_json::to_string(&docs).unwrap(),
                    serde_json::to_string(&import.documents).unwrap()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_sheet_code_is_produced_by_some_case() {
    let produced: BTreeSet<String> = cases()
        .iter()
        .flat_map(|c| quads(&run(c)))
        .map(|(code, ..)| code)
        .collect();
    let missing: Vec<&str> = issue_codes()
        .iter()
        .map(|c| c.code)
        .filter(|c| c.starts_with("sheet.") && !produced.contains(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "codes no sheet vector produces: {missing:?}"
    );
    // The expectations name them too, so the binding suites can count them without a reader.
    let listed: BTreeSet<String> = cases()
        .iter()
        .flat_map(expected)
        .map(|(code, ..)| code)
        .collect();
    let unlisted: Vec<&String> = produced
        .iter()
        .filter(|c| c.starts_with("sheet.") && !listed.contains(*c))
        .collect();
    assert!(unlisted.is_empty(), "{unlisted:?}");
}
