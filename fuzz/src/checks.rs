//! What each fuzz target checks, in one place: the fuzz targets call these on libFuzzer's
//! inputs, and `p2c-core/tests/fuzz_corpus.rs` replays the committed corpus through them in the
//! normal test build (no fuzzer toolchain needed). Each function panics when a property fails;
//! any other outcome (including an `Err` from the library) is a pass.
//!
//! Depends only on `p2c_core`, `serde_json` and (for the workbook targets) `zip`.

use p2c_core::model::decimal::{is_decimal_text, parse_decimal};
use p2c_core::model::{PartialDate, Precision};

/// Arbitrary bytes into the pledge parsers. A pledge that parses serializes and parses back to
/// the same value, and its public view has no contact.
pub fn parse_pledge(data: &[u8]) {
    if let Ok(p) = p2c_core::parse_pledge_bytes(data) {
        let json = serde_json::to_string(&p).expect("a parsed pledge serializes");
        let back = p2c_core::parse_pledge(&json).expect("a serialized pledge parses");
        assert_eq!(back, p);
        let public = serde_json::to_value(p.public_view()).expect("public view serializes");
        assert!(public.get("contact").is_none());
    }
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(list) = p2c_core::parse_pledges(text) {
            let json = serde_json::to_string(&list).expect("a parsed list serializes");
            assert_eq!(p2c_core::parse_pledges(&json).expect("round trip"), list);
        }
    }
}

/// `PartialDate::parse` on arbitrary text: what parses prints back to the same text, and its
/// first day is not after its last day.
pub fn partial_date(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = PartialDate::parse(s) {
        assert_eq!(d.to_string(), s);
        assert!(d.first_day() <= d.last_day());
        assert_eq!(d.cmp(&d), std::cmp::Ordering::Equal);
    }
}

/// `parse_decimal` on arbitrary text: what parses is exactly the number the text names (same
/// digits, same scale, same sign), never a rounded neighbour.
pub fn decimal(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let Some(d) = parse_decimal(s) else {
        return;
    };
    assert!(is_decimal_text(s));
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let fraction = body.split_once('.').map_or("", |(_, f)| f);
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let mantissa = d.mantissa().unsigned_abs().to_string();
    assert_eq!(
        if digits.is_empty() { "0" } else { digits },
        mantissa,
        "{s}"
    );
    assert_eq!(d.scale() as usize, fraction.len(), "{s}");
    if d.mantissa() != 0 {
        assert_eq!(d.is_sign_negative(), negative, "{s}");
    }
    assert_eq!(parse_decimal(&d.to_string()), Some(d));
}

/// `validate_bytes` on arbitrary bytes: a report, never a panic. What validation calls valid
/// parses; what parses has no input or structure issue; redaction changes no code or path.
pub fn validate(data: &[u8]) {
    use p2c_core::validate::{validate_bytes, ValidateOptions};
    let opts = ValidateOptions {
        // A fixed as-of date, so a finding does not depend on the day it is replayed.
        as_of: PartialDate::parse("2026-06-30").map(PartialDate::first_day),
        ..ValidateOptions::default()
    };
    // The validator's fast JSON reader builds the serde route's tree, or leaves it to it (with
    // no array limit, and with arrays over three elements kept as their length only).
    if let Ok(text) = std::str::from_utf8(data) {
        assert_ne!(
            p2c_core::validate::fast_reader_check(text, 3),
            Some(false),
            "fast reader disagrees with serde_json"
        );
    }
    let report = validate_bytes(data, &opts);
    let parsed = p2c_core::parse_pledge_bytes(data);
    if report.valid {
        assert!(parsed.is_ok(), "valid but does not parse: {parsed:?}");
    }
    if parsed.is_ok() {
        let structural: Vec<_> = report
            .issues
            .iter()
            .filter(|i| i.code.starts_with("input.") || i.code.starts_with("structure."))
            .collect();
        assert!(structural.is_empty(), "parses but {structural:?}");
    }
    let redacted = validate_bytes(
        data,
        &ValidateOptions {
            redact_values: true,
            ..opts
        },
    );
    let key = |r: &p2c_core::validate::Report| -> Vec<(&'static str, String)> {
        r.issues.iter().map(|i| (i.code, i.path.clone())).collect()
    };
    assert_eq!(key(&report), key(&redacted));
    let _ = report.to_json();
}

/// The rate-table loaders (`RateTable::from_csv_str`, `from_json_str`) on arbitrary text: a
/// table or an error, never a panic; a loaded table then converts 1 and `Decimal::MAX` each way
/// between a few bases and every currency quoted against them, on the first and last date,
/// which gives a conversion or an error (overflow, missing rate), never a panic.
pub fn rate_table(data: &[u8]) {
    use p2c_core::model::{CurrencyCode, MoneyAmount};
    use p2c_core::money::{ConvertOptions, RateKind, RateTable};
    use p2c_core::Decimal;

    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tables = [
        RateTable::from_csv_str(text),
        RateTable::from_json_str(text),
    ];
    for table in tables.iter().flatten() {
        let _ = table.id();
        for base in ["EUR", "USD", "GBP", "KES"]
            .iter()
            .filter_map(|c| CurrencyCode::new(c))
        {
            for kind in [RateKind::Daily, RateKind::AnnualAverage] {
                for cur in table.currencies(kind, base).into_iter().take(4) {
                    let Some((first, last)) = table.date_range(kind, base, cur) else {
                        panic!("listed currency {cur:?} has no date range");
                    };
                    for date in [first, last] {
                        for amount in [Decimal::ONE, Decimal::MAX] {
                            for (from, to) in [(base, cur), (cur, base)] {
                                let m = MoneyAmount::new(amount, from);
                                let _ = table.convert(&m, date, &ConvertOptions::to(to));
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Reads fuzzer bytes as choices; an exhausted input reads as zeros.
struct Choices<'a>(&'a [u8]);

impl Choices<'_> {
    fn byte(&mut self) -> u8 {
        match self.0.split_first() {
            Some((b, rest)) => {
                self.0 = rest;
                *b
            }
            None => 0,
        }
    }
    fn below(&mut self, n: usize) -> usize {
        usize::from(self.byte()) % n.max(1)
    }
    fn pick<T: Clone>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())].clone()
    }
    fn u64(&mut self) -> u64 {
        (0..8).fold(0u64, |acc, _| (acc << 8) | u64::from(self.byte()))
    }
}

/// A marker that must never appear in a summary: the contact of every generated pledge.
const CONTACT_MARKER: &str = "fuzz-contact-marker-3c9e1a";

/// A pledge set and summary options chosen by `c` (see [`summarize`]); `small` is false once an
/// amount of 1e14 or more was chosen.
fn generated(
    c: &mut Choices,
) -> (
    Vec<p2c_core::Pledge>,
    p2c_core::aggregate::SummaryOptions,
    bool,
) {
    use p2c_core::aggregate::{Attribution, InvalidPolicy, RegionMode, SummaryOptions};
    use p2c_core::model::{
        Contact, CountryCode, CurrencyCode, MoneyAmount, PartialDate, Pledge, ProgressReport,
        Relation, Share,
    };
    use p2c_core::taxonomy::{
        Codelist, ImplementationStatus, RelationType, ReviewState, StakeholderType,
    };
    use p2c_core::Decimal;

    static BASE: std::sync::OnceLock<Vec<Pledge>> = std::sync::OnceLock::new();
    let base = BASE.get_or_init(|| {
        p2c_core::parse_pledges(include_str!("../../examples/data/pledges.json"))
            .expect("the sample pledges parse")
    });
    let dates = [
        "2019-12-31",
        "2022-06-07",
        "2022-06-11",
        "2023-12-13",
        "2024-07-07",
        "2025-07-07",
        "2026-11-24",
        "1999-01-04",
    ];
    let date = |c: &mut Choices| {
        PartialDate::parse(c.pick(&dates))
            .expect("date")
            .first_day()
    };
    let currencies = [
        "USD", "EUR", "GBP", "KES", "JPY", "XOF", "HRK", "VES", "XAU", "ZZZ",
    ];
    let countries = [
        "KEN", "UGA", "ZAF", "FRA", "BGD", "NPL", "BTN", "STP", "FJI", "QQQ",
    ];
    let mut small = true;

    let mut options = SummaryOptions::embedded(date(c));
    options.attribution = c.pick(&[
        Attribution::Full,
        Attribution::EqualSplit,
        Attribution::DeclaredShares,
    ]);
    options.region_mode = c.pick(&[RegionMode::PrimaryOrAny, RegionMode::PrimaryOnly]);
    options.invalid = c.pick(&[
        InvalidPolicy::Exclude,
        InvalidPolicy::Include,
        InvalidPolicy::Exclude,
        InvalidPolicy::Reject,
    ]);
    options.validate = c.byte() % 4 != 0;
    if c.byte() % 3 == 0 {
        options.currency = CurrencyCode::EUR;
    }

    let n = 1 + c.below(12);
    let mut pledges = Vec::with_capacity(n);
    for _ in 0..n {
        let mut p = c.pick(base);
        p.id = format!("F-{}", c.below(24));
        p.contact = Some(Contact {
            name: CONTACT_MARKER.into(),
            email: format!("{CONTACT_MARKER}@example.invalid"),
        });
        for _ in 0..c.below(6) {
            match c.below(11) {
                0 => {
                    let fv = p.financial_value.get_or_insert_with(|| {
                        base[0].financial_value.clone().expect("sample value")
                    });
                    let amount = if c.byte() % 8 == 0 {
                        small = false;
                        c.pick(&[
                            Decimal::MAX,
                            Decimal::MIN,
                            Decimal::new(1, 28),
                            Decimal::from(u64::MAX),
                        ])
                    } else {
                        Decimal::new(
                            i64::try_from(c.u64() % 100_000_000_000_000).unwrap_or(0),
                            u32::from(c.byte() % 5),
                        )
                    };
                    fv.amount = amount;
                }
                1 => {
                    if let Some(fv) = p.financial_value.as_mut() {
                        fv.currency = CurrencyCode::new(c.pick(&currencies)).expect("code");
                    }
                }
                2 => {
                    let d = date(c);
                    if let Some(fv) = p.financial_value.as_mut() {
                        // A full date: the model's invariant is that a month or year
                        // precision goes with the first day of that month or year.
                        fv.value_date = d;
                        fv.value_date_precision = Precision::Day;
                    }
                }
                3 => {
                    let kind = c.pick(&[
                        RelationType::Supersedes,
                        RelationType::PartOf,
                        RelationType::SameFundsAs,
                    ]);
                    p.relations.push(Relation {
                        kind,
                        pledge: format!("F-{}", c.below(24)),
                    });
                }
                4 => p
                    .implementation
                    .countries
                    .push(CountryCode::new(c.pick(&countries)).expect("code")),
                5 => {
                    let areas: Vec<String> = p
                        .implementation
                        .countries
                        .iter()
                        .map(|x| x.to_string())
                        .chain(p.implementation.regions.iter().map(|r| r.to_string()))
                        .collect();
                    p.implementation.shares = areas
                        .into_iter()
                        .map(|area| Share {
                            area,
                            percent: Decimal::from(c.below(101)),
                        })
                        .collect();
                }
                6 => {
                    p.review_state = c.pick(&[
                        ReviewState::Published,
                        ReviewState::Published,
                        ReviewState::Submitted,
                        ReviewState::Withdrawn,
                    ]);
                    p.implementation_status = c.pick(&[
                        None,
                        Some(ImplementationStatus::InProgress),
                        Some(ImplementationStatus::Completed),
                        Some(ImplementationStatus::PlanningPhase),
                    ]);
                }
                7 => {
                    let amount =
                        Decimal::new(i64::try_from(c.u64() % 1_000_000_000_000).unwrap_or(0), 2);
                    p.progress_reports.push(ProgressReport {
                        date: date(c),
                        status: c.pick(&[
                            ImplementationStatus::InProgress,
                            ImplementationStatus::Completed,
                        ]),
                        narrative: None,
                        amount_delivered: (c.byte() % 2 == 0).then(|| MoneyAmount {
                            amount,
                            currency: CurrencyCode::new(c.pick(&currencies)).expect("code"),
                        }),
                        people_reached: None,
                        challenges: Vec::new(),
                        solutions: Vec::new(),
                        targets: Vec::new(),
                    });
                }
                8 => {
                    let end = c.pick(&["2019", "2024", "2024-07", "2026", "2030-12-31"]);
                    p.period.get_or_insert_with(Default::default).end = PartialDate::parse(end);
                }
                9 => {
                    let mut partner = c.pick(base).pledgers.lead;
                    partner.stakeholder_type = c.pick(StakeholderType::all());
                    partner.subtype = None;
                    p.pledgers.partners.push(partner);
                }
                _ => p.financial_value = None,
            }
        }
        pledges.push(p);
    }

    (pledges, options, small)
}

/// Pledge sets built from fuzzer bytes: the sample pledges (`examples/data/pledges.json`)
/// picked, renamed (ids may repeat) and mutated (amounts up to `Decimal::MAX`, currencies,
/// dates, relations of every kind, countries, shares, states, reports, partners), summarized
/// under options the bytes choose.
///
/// Checks: `summarize` returns a summary or an `overflow` / `duplicate_pledge_id` /
/// `invalid_pledges` error, never panics; the same set in reverse order gives the same
/// result; the streaming accumulator gives the same summary, or (only with amounts of 1e14 and
/// more, where an intermediate sum can overflow in one order and not in another) an `overflow`
/// error; under split
/// attribution every breakdown but the country groups sums exactly to the total, whatever the
/// amounts (the finding `split-precision` of RELIABILITY.md); the contact never appears in the
/// summary.
pub fn summarize(data: &[u8]) {
    use p2c_core::aggregate::{summarize, Attribution, Dimension, SummaryAccumulator};
    use p2c_core::Decimal;

    let (pledges, options, small) = generated(&mut Choices(data));
    let result = summarize(&pledges, &options);
    let mut reversed = pledges.clone();
    reversed.reverse();
    assert_eq!(
        summarize(&reversed, &options),
        result,
        "order changed the result"
    );
    let s = match result {
        Ok(s) => s,
        Err(e) => {
            assert!(
                matches!(
                    e.code(),
                    "overflow" | "duplicate_pledge_id" | "invalid_pledges"
                ),
                "unexpected error {e:?}"
            );
            return;
        }
    };
    let json = serde_json::to_string(&s).expect("a summary serializes");
    assert!(!json.contains(CONTACT_MARKER), "contact in summary");
    if options.attribution != Attribution::Full {
        for b in &s.breakdowns {
            if b.dimension == Dimension::CountryGroup {
                continue;
            }
            let sum = b
                .rows
                .iter()
                .try_fold(Decimal::ZERO, |a, r| a.checked_add(r.value));
            assert_eq!(
                sum,
                Some(s.value.total),
                "{:?} does not add up",
                b.dimension
            );
        }
    }
    let mut acc = SummaryAccumulator::new(options.clone()).with_related(
        pledges
            .iter()
            .flat_map(|p| p.relations.iter().map(|r| r.pledge.clone()))
            .collect(),
    );
    let mut streamed = Ok(());
    for p in reversed {
        streamed = streamed.and_then(|()| acc.push(p));
    }
    let streamed = streamed.and_then(|()| acc.finish());
    match streamed {
        Ok(t) => assert_eq!(t, s, "stream differs"),
        // Sums are exact or an overflow in either route, but an intermediate sum of huge
        // amounts can overflow in the stream's order and not in the batch's.
        Err(e) => assert!(
            !small && e.code() == "overflow",
            "stream failed where summarize did not: {e:?}"
        ),
    }
}

/// Small limits, so that one input stays quick to run; a fixed as-of date.
fn sheet_options() -> p2c_core::sheets::ImportOptions {
    let mut opts = p2c_core::sheets::ImportOptions::default();
    opts.validate.as_of = PartialDate::parse("2026-06-30").map(PartialDate::first_day);
    opts.sheet_limits.max_bytes = 1 << 20;
    opts.sheet_limits.max_uncompressed_bytes = 16 << 20;
    opts.sheet_limits.max_rows = 2_000;
    opts.sheet_limits.max_cells = 50_000;
    opts.sheet_limits.max_shared_strings = 100_000;
    opts
}

/// The properties of any import: `valid` follows the severities; a pointer names a document
/// that exists; a cell is the location's column and row; the documents that parse as pledges
/// (with distinct ids) read back the same from an XLSX and a CSV export of them.
fn check_import(import: &p2c_core::sheets::Import) {
    use p2c_core::sheets::{self, ExportOptions};
    use p2c_core::validate::Severity;
    let errors = import
        .issues
        .iter()
        .any(|i| i.issue.severity == Severity::Error);
    assert_eq!(import.valid, !errors);
    assert_eq!(import.rows.len(), import.documents.len());
    for i in &import.issues {
        // The inspection keeps calamine from panicking; the backstop never fires.
        assert_ne!(
            i.issue.params.get("reason").and_then(|r| r.as_str()),
            Some(p2c_core::sheets::READER_FAILED),
            "calamine panicked"
        );
        if let Some(doc) = i.issue.path.split('/').nth(1) {
            let doc: usize = doc
                .parse()
                .expect("a document pointer starts with its index");
            assert!(doc < import.documents.len(), "{}", i.issue.path);
        }
        if let Some(l) = &i.location {
            if let (Some(cell), Some(row), Some(col)) = (&l.cell, l.row, &l.column) {
                assert_eq!(cell, &format!("{col}{row}"));
            }
        }
    }
    let _ = import.to_json();
    if import.documents.is_empty() || import.documents.len() > 5 {
        return;
    }
    let Ok(pledges) = import
        .documents
        .iter()
        .map(p2c_core::parse_pledge_value)
        .collect::<Result<Vec<_>, _>>()
    else {
        return;
    };
    let mut ids: Vec<&str> = pledges.iter().map(|p| p.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != pledges.len() {
        return; // rows of a list cannot tell pledges with one id apart
    }
    let private = ExportOptions {
        private: true,
        ..ExportOptions::default()
    };
    let back = |docs: &[serde_json::Value]| -> Vec<p2c_core::Pledge> {
        docs.iter()
            .map(|d| p2c_core::parse_pledge_value(d).expect("an exported pledge reads back"))
            .collect()
    };
    match sheets::export_xlsx(&import.documents, &private) {
        Ok(bytes) => {
            let again = sheets::import_xlsx(&bytes, &p2c_core::sheets::ImportOptions::default());
            assert_eq!(back(&again.documents), pledges, "xlsx round trip");
        }
        // Only a text longer than a cell holds is refused.
        Err(e) => assert_eq!(e.code(), "export_error"),
    }
    let files = sheets::export_csv(&import.documents, &private).expect("csv takes any pledge");
    let inputs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.name.as_str(), f.bytes.as_slice()))
        .collect();
    let again = sheets::import_csv(&inputs, &p2c_core::sheets::ImportOptions::default());
    assert_eq!(back(&again.documents), pledges, "csv round trip");
}

/// The spreadsheet readers on arbitrary bytes, as an XLSX workbook and as one CSV file of
/// pledges: an import, never a panic, with the properties of `check_import`.
pub fn sheet(data: &[u8]) {
    use p2c_core::sheets::{import_csv, import_xlsx};
    let opts = sheet_options();
    check_import(&import_xlsx(data, &opts));
    check_import(&import_csv(&[("pledges.csv", data)], &opts));
}

/// The parts of the empty template, made once.
fn template_parts() -> &'static [(String, Vec<u8>)] {
    use std::io::Read;
    static PARTS: std::sync::OnceLock<Vec<(String, Vec<u8>)>> = std::sync::OnceLock::new();
    PARTS.get_or_init(|| {
        let bytes = p2c_core::sheets::template_xlsx(&p2c_core::sheets::ExportOptions::default())
            .expect("the template is written");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        (0..zip.len())
            .map(|i| {
                let mut f = zip.by_index(i).expect("a part");
                let mut data = Vec::new();
                f.read_to_end(&mut data).expect("readable");
                (f.name().to_owned(), data)
            })
            .collect()
    })
}

/// Arbitrary XML as the pledges sheet (and, after the first `0xFF` byte, as the shared-string
/// table) of an otherwise valid workbook, so that the fuzzer reaches the XML readers past the
/// zip container's checksums: an import, never a panic, with the properties of `check_import`.
pub fn sheet_xml(data: &[u8]) {
    use std::io::Write;
    let (sheet, strings) = match data.iter().position(|b| *b == 0xFF) {
        Some(i) => (&data[..i], Some(&data[i + 1..])),
        None => (data, None),
    };
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in template_parts() {
        let body: &[u8] = match (name.as_str(), strings) {
            ("xl/worksheets/sheet2.xml", _) => sheet,
            ("xl/sharedStrings.xml", Some(s)) => s,
            _ => bytes,
        };
        out.start_file(name.as_str(), options).expect("a part");
        out.write_all(body).expect("written");
    }
    let book = out.finish().expect("a zip").into_inner();
    check_import(&p2c_core::sheets::import_xlsx(&book, &sheet_options()));
}

/// Format migration (`p2c_core::migrate`) on arbitrary text.
///
/// Checks: `migrate_str` returns a document or a `parse_error` / `unsupported_version` error,
/// never panics, and a document it refuses is not valid either; the migrated document declares
/// the current version and is the input with `formatVersion` rewritten, nothing else changed; a
/// second migration changes nothing and reports nothing (idempotent); the array route gives the
/// same document with paths under `/0`; a document valid before migration is valid after it
/// (1.1 only adds); the typed route (`migrate_pledge`) makes the same change and the same pledge
/// as parsing the migrated text.
pub fn migrate(data: &[u8]) {
    use p2c_core::migrate::{migrate_pledge, migrate_str, migrate_values};
    use p2c_core::model::FormatVersion;
    use p2c_core::validate::{validate_str, ValidateOptions};
    use serde_json::Value;

    let text = String::from_utf8_lossy(data);
    let opts = ValidateOptions {
        as_of: PartialDate::parse("2026-06-30").map(PartialDate::first_day),
        ..ValidateOptions::default()
    };
    let (out, report) = match migrate_str(&text) {
        Ok(migrated) => migrated,
        Err(e) => {
            assert!(
                matches!(e.code(), "parse_error" | "unsupported_version"),
                "unexpected error {e:?}"
            );
            assert!(
                !validate_str(&text, &opts).valid,
                "migration refused a valid document: {e:?}"
            );
            return;
        }
    };
    assert_eq!(report.to, FormatVersion::CURRENT);
    assert_eq!(report.changed(), report.from != FormatVersion::CURRENT);
    let before: Value =
        p2c_core::parse::from_str("pledge", &text).expect("what migrated parses as JSON");
    let after: Value = serde_json::from_str(&out).expect("the migrated text is JSON");
    let mut expected = before.clone();
    if let Some(map) = expected.as_object_mut() {
        map.insert(
            "formatVersion".into(),
            FormatVersion::CURRENT.as_str().into(),
        );
    }
    assert_eq!(after, expected, "migration changed more than the version");

    let (again, second) = migrate_str(&out).expect("a migrated document migrates");
    assert_eq!(again, out, "migration is not idempotent");
    assert!(second.changes.is_empty() && second.review.is_empty());
    assert_eq!(second.from, FormatVersion::CURRENT);

    let (array, reports) =
        migrate_values(&Value::Array(vec![before])).expect("the array route migrates it too");
    assert_eq!(array, Value::Array(vec![after]));
    assert_eq!(reports.len(), 1);
    for (one, batch) in report
        .changes
        .iter()
        .chain(&report.review)
        .zip(reports[0].changes.iter().chain(&reports[0].review))
    {
        assert_eq!(format!("/0{}", one.path), batch.path);
    }

    let valid_before = validate_str(&text, &opts);
    let valid_after = validate_str(&out, &opts);
    if valid_before.valid {
        let codes: Vec<&str> = valid_after.issues.iter().map(|i| i.code).collect();
        assert!(
            valid_after.valid,
            "a valid {} document is invalid after migration: {codes:?}",
            report.from
        );
    }

    if let Ok(pledge) = p2c_core::parse_pledge(&text) {
        let (typed, typed_report) = migrate_pledge(&pledge);
        assert_eq!(typed_report.changes, report.changes);
        let parsed = p2c_core::parse_pledge(&out).expect("a migrated pledge parses");
        assert_eq!(typed, parsed, "typed and text migration differ");
    }
}

/// Partial summaries (`SummaryAccumulator::to_bytes` / `from_bytes` / `merge`) of a split
/// pledge set: the pledges and options of [`summarize`], each pledge put in one of up to four
/// parts by the bytes, each part summarized into a partial, written to bytes and read back, and
/// the partials merged in an order the bytes choose.
///
/// Checks: no panic; a partial reads back from its own bytes; partials made with the same
/// options always merge; the merged summary equals `summarize` of the whole set, or both fail
/// with the same error code, or (only with amounts of 1e14 and more, where an intermediate sum
/// can overflow in one order and not in another) one of them is an `overflow` error.
pub fn partial_merge(data: &[u8]) {
    use p2c_core::aggregate::{summarize, SummaryAccumulator};
    use std::collections::HashSet;

    let mut c = Choices(data);
    let (pledges, options, small) = generated(&mut c);
    let whole = summarize(&pledges, &options);

    let k = 1 + c.below(4);
    let mut parts: Vec<Vec<p2c_core::Pledge>> = vec![Vec::new(); k];
    for p in &pledges {
        parts[c.below(k)].push(p.clone());
    }
    let related: HashSet<String> = pledges
        .iter()
        .flat_map(|p| p.relations.iter().map(|r| r.pledge.clone()))
        .collect();
    let mut partials = Vec::with_capacity(k);
    for part in parts {
        let mut acc = SummaryAccumulator::new(options.clone()).with_related(related.clone());
        for p in part {
            acc.push(p).expect("push fails only on an internal error");
        }
        let bytes = acc.to_bytes().expect("a partial is written");
        let read = SummaryAccumulator::from_bytes(&bytes, &options)
            .expect("a partial reads back from its own bytes")
            .with_related(related.clone());
        partials.push(read);
    }
    let mut order = Vec::with_capacity(k);
    while !partials.is_empty() {
        let i = c.below(partials.len());
        order.push(partials.remove(i));
    }
    let mut order = order.into_iter();
    let mut merged = order.next().expect("at least one part");
    for later in order {
        merged
            .merge(later)
            .expect("partials of the same options merge");
    }
    match (whole, merged.finish()) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "merged partials differ from the whole"),
        (Err(a), Err(b)) if a.code() == b.code() => {}
        (Ok(_), Err(e)) | (Err(e), Ok(_)) if !small && e.code() == "overflow" => {}
        (a, b) => panic!("whole {a:?}, merged {b:?}"),
    }
}

/// Text for a text field: a prefix a spreadsheet or a CSV reader treats specially, then up to
/// 24 bytes of the input (lossy UTF-8). Never empty: a cell cannot tell an empty text from none.
fn hostile_text(c: &mut Choices) -> String {
    let prefixes = [
        "",
        "=",
        "+",
        "-",
        "@",
        "\t",
        "\r",
        "＝",
        "＋",
        "－",
        "＠",
        "'",
        "'=",
        "''+",
        "\"",
        ",",
        ";",
        "\n",
        "-5",
        "+1",
        "1e3",
        "0012",
        "TRUE",
        "2024-01-01",
        "=HYPERLINK(\"x\")",
        " ",
    ];
    let mut text = c.pick(&prefixes).to_owned();
    let n = c.below(25);
    let bytes: Vec<u8> = (0..n).map(|_| c.byte()).collect();
    text.push_str(&String::from_utf8_lossy(&bytes));
    if text.is_empty() {
        text.push('x');
    }
    text
}

/// A round trip through the spreadsheet writers and readers: the pledges of [`summarize`]
/// (distinct ids kept), with hostile text in their titles, descriptions, notes, entity names
/// and report narratives, exported to XLSX and to CSV (private or public, formulas escaped or
/// not) and imported again with the matching `restore_formulas`.
///
/// Checks: no panic; the XLSX writer refuses only with `export_error`; the CSV writer takes any
/// pledge; each import reads back exactly the pledges written (without the contact in a public
/// export): every field, text and amount the format keeps.
pub fn sheet_roundtrip(data: &[u8]) {
    use p2c_core::sheets::{self, ExportOptions, ImportOptions};

    let mut c = Choices(data);
    let (generated_pledges, _, _) = generated(&mut c);
    let mut seen = std::collections::HashSet::new();
    let mut pledges: Vec<p2c_core::Pledge> = generated_pledges
        .into_iter()
        .filter(|p| seen.insert(p.id.clone()))
        .collect();
    for p in &mut pledges {
        for _ in 0..c.below(5) {
            let t = hostile_text(&mut c);
            match c.below(6) {
                0 => p.title = t,
                1 => p.description = Some(t),
                2 => p.notes = Some(t),
                3 => p.pledgers.lead.name = t,
                4 => {
                    if let Some(r) = p.progress_reports.first_mut() {
                        r.narrative = Some(t);
                    }
                }
                _ => {
                    if let Some(partner) = p.pledgers.partners.first_mut() {
                        partner.name = t;
                    }
                }
            }
        }
    }
    let escape = c.byte() % 4 != 0;
    let private = c.byte() % 2 == 0;
    let export = ExportOptions {
        private,
        escape_formulas: escape,
        ..ExportOptions::default()
    };
    let import = ImportOptions {
        restore_formulas: escape,
        ..ImportOptions::default()
    };
    let expected: Vec<p2c_core::Pledge> = pledges
        .iter()
        .cloned()
        .map(|mut p| {
            if !private {
                p.contact = None;
            }
            p
        })
        .collect();
    let docs = sheets::pledge_documents(&pledges);
    let back = |docs: &[serde_json::Value], route: &str| -> Vec<p2c_core::Pledge> {
        docs.iter()
            .map(|d| {
                p2c_core::parse_pledge_value(d)
                    .unwrap_or_else(|e| panic!("{route}: an exported pledge reads back: {e:?}"))
            })
            .collect()
    };
    match sheets::export_xlsx(&docs, &export) {
        Ok(bytes) => {
            let again = sheets::import_xlsx(&bytes, &import);
            assert_eq!(back(&again.documents, "xlsx"), expected, "xlsx round trip");
        }
        Err(e) => assert_eq!(e.code(), "export_error"),
    }
    let files = sheets::export_csv(&docs, &export).expect("csv takes any pledge");
    let inputs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|f| (f.name.as_str(), f.bytes.as_slice()))
        .collect();
    let again = sheets::import_csv(&inputs, &import);
    assert_eq!(back(&again.documents, "csv"), expected, "csv round trip");
}
