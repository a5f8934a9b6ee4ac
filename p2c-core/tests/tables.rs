//! Flat tables and CSV export (`p2c_core::tables`).
//!
//! Expected values on the sample data were read off `examples/data/pledges.json` by hand
//! (the comments say which fields); the converted amount is the ECB rate of the value date in
//! `p2c-core/data/ecb_eurofxref_hist.csv` multiplied out by hand.
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

use std::path::PathBuf;

use common::pledge;
use p2c_core::aggregate::TableConverter;
use p2c_core::model::{Contact, CurrencyCode};
use p2c_core::tables::{
    fixed_point, pledge_tables, to_csv, ColumnData, ColumnType, Table, TableOptions,
};
use p2c_core::{parse_pledges, Decimal, Pledge};
use proptest::prelude::*;

fn sample() -> Vec<Pledge> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    parse_pledges(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn text(t: &Table, col: &str, row: usize) -> Option<String> {
    match &t.column(col).unwrap_or_else(|| panic!("no {col}")).data {
        ColumnData::Text(v) => v[row].clone(),
        other => panic!("{col} is {:?}", other.column_type()),
    }
}

fn dec(t: &Table, col: &str, row: usize) -> Option<Decimal> {
    match &t.column(col).unwrap().data {
        ColumnData::Decimal(v) => v[row],
        other => panic!("{col} is {:?}", other.column_type()),
    }
}

fn int(t: &Table, col: &str, row: usize) -> Option<i64> {
    match &t.column(col).unwrap().data {
        ColumnData::Integer(v) => v[row],
        other => panic!("{col} is {:?}", other.column_type()),
    }
}

fn boolean(t: &Table, col: &str, row: usize) -> Option<bool> {
    match &t.column(col).unwrap().data {
        ColumnData::Bool(v) => v[row],
        other => panic!("{col} is {:?}", other.column_type()),
    }
}

fn dec_str(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn row_of(t: &Table, id: &str) -> usize {
    let col = if t.column("id").is_some() {
        "id"
    } else {
        "pledge_id"
    };
    (0..t.len())
        .find(|r| text(t, col, *r).as_deref() == Some(id))
        .unwrap_or_else(|| panic!("{id} not in {}", t.name))
}

#[test]
fn sample_row_counts() {
    let t = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    // 40 pledges in the file.
    assert_eq!(t.pledges.len(), 40);
    // Countries: 003 KEN, 006 UGA, 010 ZAF, 016 and 017 GHA, 023 KEN NGA ZAF IDN BRA, 029 CHN,
    // 031 UKR, 032 USA, 033 and 034 CAN, 040 ZAF = 16 rows.
    assert_eq!(t.countries.len(), 16);
    // Pillars per pledge 001…040: 1,2,3,1,3,2,1,1,4,1, 2,2,2,2,0,1,2,1,0,1,
    // 1,1,2,1,1,0,1,2,1,1, 1,2,2,2,1,2,1,1,0,1 = 56.
    assert_eq!(t.pillars.len(), 56);
    // 40 leads, plus the partners of 004 (3), 022 (3), 027 (1) and 039 (1).
    assert_eq!(t.partners.len(), 48);
    // The sample has no progress reports.
    assert_eq!(t.reports.len(), 0);
    for table in t.all() {
        for c in &table.columns {
            assert_eq!(c.data.len(), table.len(), "{}.{}", table.name, c.name);
        }
    }
}

/// `Table::record`, the JSON form of a row (`p2c export --format json`, Node's `tables`): every
/// column by name with its CSV text, an empty cell as `null`, amounts as strings.
#[test]
fn records_are_the_cells_text_or_null() {
    let t = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    for table in t.all() {
        let records = table.records();
        assert_eq!(records.len(), table.len(), "{}", table.name);
        for (row, record) in records.iter().enumerate() {
            let m = record.as_object().unwrap();
            assert_eq!(m.len(), table.columns.len());
            for c in &table.columns {
                let text = c.data.text_at(row);
                match &m[&c.name] {
                    serde_json::Value::Null => assert!(text.is_empty()),
                    serde_json::Value::String(s) => assert_eq!(*s, text),
                    other => panic!("{}.{}: {other}", table.name, c.name),
                }
            }
        }
    }
    let r = t.pledges.record(row_of(&t.pledges, "P2C-SAMPLE-001"));
    assert_eq!(r["id"], serde_json::json!("P2C-SAMPLE-001"));
    let amounts = t.pledges.records();
    let amounts: Vec<&serde_json::Value> = amounts.iter().map(|r| &r["amount"]).collect();
    assert!(amounts.iter().any(|a| a.is_string()));
    assert!(amounts.iter().all(|a| a.is_string() || a.is_null()));
}

#[test]
fn sample_pledge_rows() {
    let t = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    let p = &t.pledges;
    // Orange (001): EUR 5.6 bn valued 2024-07 (the month: value_date is its first day),
    // regions AFR + ARB, period 2021–2025.
    let r = row_of(p, "P2C-SAMPLE-001");
    assert_eq!(text(p, "lead_name", r).as_deref(), Some("Orange"));
    assert_eq!(
        text(p, "lead_stakeholder_type", r).as_deref(),
        Some("private_sector")
    );
    assert_eq!(text(p, "lead_subtype", r).as_deref(), Some("company"));
    assert_eq!(text(p, "lead_headquarters", r).as_deref(), Some("FRA"));
    assert_eq!(text(p, "pledge_types", r).as_deref(), Some("financial"));
    assert_eq!(text(p, "focus_areas", r).as_deref(), Some("access"));
    assert_eq!(dec(p, "amount", r), Some(Decimal::from(5_600_000_000u64)));
    assert_eq!(text(p, "currency", r).as_deref(), Some("EUR"));
    assert_eq!(text(p, "value_date_precision", r).as_deref(), Some("month"));
    assert_eq!(boolean(p, "is_floor", r), Some(false));
    assert_eq!(text(p, "regions", r).as_deref(), Some("AFR;ARB"));
    assert_eq!(text(p, "period_start", r).as_deref(), Some("2021"));
    assert_eq!(text(p, "period_end", r).as_deref(), Some("2025"));
    assert_eq!(text(p, "review_state", r).as_deref(), Some("published"));
    assert_eq!(text(p, "implementation_status", r), None);
    // Convergence Partners (002): "more than USD 250 million" is a floor; two pillars.
    let r = row_of(p, "P2C-SAMPLE-002");
    assert_eq!(boolean(p, "is_floor", r), Some(true));
    assert_eq!(
        text(p, "pillars", r).as_deref(),
        Some("infrastructure;affordability")
    );
    // The joint pledge (004): no money, three partners, no countries.
    let r = row_of(p, "P2C-SAMPLE-004");
    assert_eq!(dec(p, "amount", r), None);
    assert_eq!(boolean(p, "is_floor", r), None);
    assert_eq!(int(p, "partner_count", r), Some(3));
    assert_eq!(int(p, "country_count", r), Some(0));
    assert_eq!(int(p, "report_count", r), Some(0));
    // Kenya (003): one country.
    let r = row_of(p, "P2C-SAMPLE-003");
    assert_eq!(int(p, "country_count", r), Some(1));
    assert_eq!(dec(p, "amount", r), Some(Decimal::from(258_800_000u64)));
    // No converter: no conversion columns.
    assert!(p.column("converted_amount").is_none());
    assert_eq!(
        p.column("value_date").unwrap().data.column_type(),
        ColumnType::Date
    );
}

#[test]
fn sample_exploded_rows() {
    let t = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    let c = &t.countries;
    let r = row_of(c, "P2C-SAMPLE-006");
    assert_eq!(text(c, "country", r).as_deref(), Some("UGA"));
    assert_eq!(dec(c, "share_percent", r), None);
    // Pillars of Kenya (003): infrastructure (access), skills (adoption),
    // innovation_entrepreneurship (value creation), in the pledge's order.
    let pl = &t.pillars;
    let r = row_of(pl, "P2C-SAMPLE-003");
    let got: Vec<(String, String)> = (r..r + 3)
        .map(|i| {
            (
                text(pl, "pillar", i).unwrap(),
                text(pl, "focus_area", i).unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("infrastructure".into(), "access".into()),
            ("skills".into(), "adoption".into()),
            (
                "innovation_entrepreneurship".into(),
                "value_creation".into()
            ),
        ]
    );
    // Partners of 004: Microsoft leads; Rohde & Schwarz is the third entity, in DEU.
    let pa = &t.partners;
    let r = row_of(pa, "P2C-SAMPLE-004");
    assert_eq!(text(pa, "role", r).as_deref(), Some("lead"));
    assert_eq!(text(pa, "name", r).as_deref(), Some("Microsoft"));
    assert_eq!(text(pa, "role", r + 2).as_deref(), Some("partner"));
    assert_eq!(int(pa, "position", r + 2), Some(2));
    assert_eq!(text(pa, "name", r + 2).as_deref(), Some("Rohde & Schwarz"));
    assert_eq!(text(pa, "headquarters", r + 2).as_deref(), Some("DEU"));
    // The pledger region of each entity, as the summary's pledgerRegion breakdown keys it.
    assert_eq!(
        text(pa, "headquarters_region", r + 2).as_deref(),
        Some("EUR")
    );
    let keys: std::collections::BTreeSet<String> = (0..pa.len())
        .filter_map(|i| text(pa, "headquarters_region", i))
        .collect();
    let s = p2c_core::aggregate::summarize(
        &sample(),
        &p2c_core::aggregate::SummaryOptions::embedded(p2c_core::aggregate::default_as_of()),
    )
    .unwrap();
    let rows = s
        .breakdown(p2c_core::aggregate::Dimension::PledgerRegion)
        .unwrap();
    for k in &keys {
        assert!(rows.rows.iter().any(|row| &row.key == k), "{k}");
    }
}

#[test]
fn conversion_columns_carry_rate_and_provenance() {
    let converter = TableConverter::embedded();
    let options = TableOptions {
        convert: Some((&converter, CurrencyCode::USD)),
        status: None,
        ..TableOptions::default()
    };
    let t = pledge_tables(&sample(), &options).unwrap();
    let p = &t.pledges;
    let r = row_of(p, "P2C-SAMPLE-033");
    // Canada, CAD 2,000,000,000 on 2024-05-27 (a business day): ECB 1.0843 USD and 1.4813
    // CAD per EUR, crossed through the euro once: 1.0843 / 1.4813 =
    // 0.7319921690407074866671167218 (28 significant digits), so 2,000,000,000 × that rate
    // = 1,463,984,338.0814… = USD 1,463,984,338.08.
    assert_eq!(
        dec(p, "rate", r),
        Some(dec_str("0.7319921690407074866671167218"))
    );
    assert_eq!(
        dec(p, "converted_amount", r),
        Some(dec_str("1463984338.08"))
    );
    assert_eq!(text(p, "converted_currency", r).as_deref(), Some("USD"));
    match &p.column("rate_date").unwrap().data {
        ColumnData::Date(v) => assert_eq!(v[r].unwrap().to_string(), "2024-05-27"),
        _ => panic!("rate_date is not a date column"),
    }
    assert!(text(p, "rate_source", r).unwrap().contains("ECB"));
    assert_eq!(text(p, "conversion_error", r), None);
    // A USD pledge converts to itself at rate 1.
    let r = row_of(p, "P2C-SAMPLE-003");
    assert_eq!(
        dec(p, "converted_amount", r),
        Some(Decimal::from(258_800_000u64))
    );
    assert_eq!(dec(p, "rate", r), Some(Decimal::ONE));
    // No money: nothing converted, no error.
    let r = row_of(p, "P2C-SAMPLE-004");
    assert_eq!(dec(p, "converted_amount", r), None);
    assert_eq!(text(p, "conversion_error", r), None);
}

#[test]
fn missing_rate_is_an_error_code_in_the_row() {
    let mut pledges = sample();
    // No rate table has a rate for 1990 (the ECB series starts in 1999).
    let fv = pledges[0].financial_value.as_mut().unwrap();
    fv.value_date = chrono::NaiveDate::from_ymd_opt(1990, 1, 2).unwrap();
    let converter = TableConverter::embedded();
    let t = pledge_tables(
        &pledges,
        &TableOptions {
            convert: Some((&converter, CurrencyCode::USD)),
            status: None,
            ..TableOptions::default()
        },
    )
    .unwrap();
    let r = row_of(&t.pledges, "P2C-SAMPLE-001");
    assert_eq!(dec(&t.pledges, "converted_amount", r), None);
    assert_eq!(
        text(&t.pledges, "conversion_error", r).as_deref(),
        Some("rate_not_found")
    );
}

#[test]
fn csv_is_rfc4180_and_exact() {
    let t = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    let mut out = Vec::new();
    to_csv(&t.pledges, &mut out).unwrap();
    let s = String::from_utf8(out).unwrap();
    // Header plus 40 records; fields with commas or quotes are quoted, so an RFC 4180 reader
    // gets the values back.
    let mut rd = csv::ReaderBuilder::new().from_reader(s.as_bytes());
    let headers = rd.headers().unwrap().clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), t.pledges.column_names());
    let records: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 40);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let orange = records
        .iter()
        .find(|r| &r[col("id")] == "P2C-SAMPLE-001")
        .unwrap();
    assert_eq!(&orange[col("amount")], "5600000000");
    assert_eq!(&orange[col("value_date")], "2024-07-01");
    assert_eq!(&orange[col("value_date_precision")], "month");
    assert_eq!(&orange[col("is_floor")], "false");
    assert_eq!(&orange[col("lead_subtype")], "company");
    let joint = records
        .iter()
        .find(|r| &r[col("id")] == "P2C-SAMPLE-004")
        .unwrap();
    // The title has a comma: quoting kept it in one field.
    assert!(joint[col("title")].starts_with("Microsoft, Cisco, Rohde & Schwarz"));
    assert_eq!(&joint[col("amount")], "");
    assert!(s.contains("\r\n"));
}

fn with_contact(mut p: Pledge) -> Pledge {
    p.contact = Some(Contact {
        name: NAME.into(),
        email: EMAIL.into(),
    });
    p
}

// Longer than any generated text (the `common` strategies make at most 24 characters), so a
// marker found in a table can only have come from the contact.
const NAME: &str = "contact-name-marker-7f3a9c1e5b2d4f6a8c0e";
const EMAIL: &str = "contact-email-marker-2b4d6f8a0c1e3a5c7e9b@example.invalid";

fn all_csv(pledges: &[Pledge]) -> String {
    let converter = TableConverter::embedded();
    let t = pledge_tables(
        pledges,
        &TableOptions {
            convert: Some((&converter, CurrencyCode::USD)),
            status: None,
            ..TableOptions::default()
        },
    )
    .unwrap();
    let mut out = Vec::new();
    for table in t.all() {
        to_csv(table, &mut out).unwrap();
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn contact_never_appears_in_sample_tables() {
    let pledges: Vec<Pledge> = sample().into_iter().map(with_contact).collect();
    let s = all_csv(&pledges);
    assert!(!s.contains(NAME) && !s.contains(EMAIL));
    // The search can fail: the markers are found in the documents themselves.
    assert!(serde_json::to_string(&pledges).unwrap().contains(EMAIL));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn contact_never_appears_in_tables(ps in prop::collection::vec(pledge(), 1..5)) {
        let ps: Vec<Pledge> = ps.into_iter().map(with_contact).collect();
        let s = all_csv(&ps);
        prop_assert!(!s.contains(NAME), "{}", s);
        prop_assert!(!s.contains(EMAIL), "{}", s);
    }

    #[test]
    fn one_row_per_pledge_and_per_exploded_item(ps in prop::collection::vec(pledge(), 0..6)) {
        let t = pledge_tables(&ps, &TableOptions::default()).unwrap();
        prop_assert_eq!(t.pledges.len(), ps.len());
        prop_assert_eq!(t.countries.len(), ps.iter().map(|p| p.implementation.countries.len()).sum::<usize>());
        prop_assert_eq!(t.pillars.len(), ps.iter().map(|p| p.pillars.len()).sum::<usize>());
        prop_assert_eq!(t.partners.len(), ps.iter().map(|p| 1 + p.pledgers.partners.len()).sum::<usize>());
        prop_assert_eq!(t.reports.len(), ps.iter().map(|p| p.progress_reports.len()).sum::<usize>());
        // Amounts survive exactly.
        for (i, p) in ps.iter().enumerate() {
            prop_assert_eq!(dec(&t.pledges, "amount", i), p.financial_value.as_ref().map(|v| v.amount));
        }
    }
}

#[test]
fn borrowed_pledges_give_the_same_tables() {
    let owned = sample();
    let refs: Vec<&Pledge> = owned.iter().collect();
    assert_eq!(
        pledge_tables(&refs, &TableOptions::default()).unwrap(),
        pledge_tables(&owned, &TableOptions::default()).unwrap()
    );
}

#[test]
fn fixed_point_takes_the_smallest_exact_common_scale() {
    let d = |s: &str| Some(s.parse::<Decimal>().unwrap());
    // By hand: 5.60 is 5.6 (scale 1), -0.125 has scale 3, so the column's scale is 3 and each
    // value is multiplied by 1000; trailing zeros never raise the scale.
    let f = fixed_point(&[d("5.60"), None, d("-0.125"), d("258800000"), d("7.000000")]).unwrap();
    assert_eq!(f.scale, 3);
    assert_eq!(
        f.values,
        vec![
            Some(5_600),
            None,
            Some(-125),
            Some(258_800_000_000),
            Some(7_000)
        ]
    );
    let empty = fixed_point(&[None, None]).unwrap();
    assert_eq!((empty.scale, empty.values), (0, vec![None, None]));
}

#[test]
fn fixed_point_refuses_more_than_38_digits() {
    // Decimal::MAX has 29 digits; at scale 10 (set by 1e-10) it would need 39.
    let e = fixed_point(&[Some(Decimal::MAX), Some(Decimal::new(1, 10))]).unwrap_err();
    assert_eq!(e.code(), "overflow");
    // At scale 9 it needs exactly 38 digits, which fits.
    let f = fixed_point(&[Some(Decimal::MAX), Some(Decimal::new(1, 9))]).unwrap();
    assert_eq!(f.scale, 9);
    assert_eq!(
        f.values[0],
        Some(79_228_162_514_264_337_593_543_950_335_i128 * 1_000_000_000)
    );
}

proptest! {
    #[test]
    fn fixed_point_is_exact(values in prop::collection::vec(
        prop::option::of((any::<i64>(), 0u32..=12)), 0..8)
    ) {
        let decimals: Vec<Option<Decimal>> =
            values.iter().map(|v| v.map(|(m, s)| Decimal::new(m, s))).collect();
        let f = fixed_point(&decimals).unwrap();
        for (d, fixed) in decimals.iter().zip(&f.values) {
            match (d, fixed) {
                (None, None) => {}
                // Back through i128 arithmetic, not rust_decimal's rescaling: the fixed value
                // divided by 10^scale equals the decimal.
                (Some(d), Some(m)) => {
                    let back = Decimal::try_from_i128_with_scale(*m, f.scale);
                    if let Ok(back) = back {
                        prop_assert_eq!(back, *d);
                    } else {
                        let k = 10_i128.pow(f.scale - d.normalize().scale());
                        prop_assert_eq!(*m, d.normalize().mantissa() * k);
                    }
                }
                other => prop_assert!(false, "null mismatch {:?}", other),
            }
        }
    }
}

/// The Parquet files read back (with the parquet crate's own Arrow reader) are the tables'
/// Arrow batches exactly: amounts as exact decimal128, dates, nulls.
#[cfg(feature = "parquet")]
#[test]
fn parquet_files_read_back_as_the_arrow_batches() {
    use p2c_core::tables::arrow::to_record_batches;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let tables = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    let dir = std::env::temp_dir().join(format!("p2c-parquet-{}", std::process::id()));
    for threads in [1, 3] {
        let paths = p2c_core::tables::parquet::write_dir(
            &tables,
            &dir,
            p2c_core::parallel::Threads::new(threads),
        )
        .unwrap();
        assert_eq!(paths.len(), 6);
        for (table, path) in tables.all().into_iter().zip(&paths) {
            assert_eq!(
                path.file_name().unwrap().to_str().unwrap(),
                format!("{}.parquet", table.name)
            );
            let (schema, want) = to_record_batches(table).unwrap();
            let file = std::fs::File::open(path).unwrap();
            let reader = ParquetRecordBatchReaderBuilder::try_new(file)
                .unwrap()
                .build()
                .unwrap();
            let got: Vec<_> = reader.map(|b| b.unwrap()).collect();
            let rows: usize = got.iter().map(|b| b.num_rows()).sum();
            assert_eq!(rows, table.len());
            if rows > 0 {
                assert_eq!(got[0].schema().fields(), schema.fields());
                let got = arrow_select_concat(&got);
                let want = arrow_select_concat(&want);
                assert_eq!(got, want, "{}", table.name);
            }
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every column of `batches` as one vector of debug strings (batches concatenated).
#[cfg(feature = "parquet")]
fn arrow_select_concat(batches: &[arrow_array::RecordBatch]) -> Vec<Vec<String>> {
    use arrow_array::Array;
    let Some(first) = batches.first() else {
        return Vec::new();
    };
    (0..first.num_columns())
        .map(|c| {
            batches
                .iter()
                .flat_map(|b| {
                    let col = b.column(c).clone();
                    (0..col.len())
                        .map(move |i| {
                            if col.is_null(i) {
                                "null".to_owned()
                            } else {
                                format!("{:?}", col.slice(i, 1))
                            }
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        })
        .collect()
}

/// The format 1.1 and free-text columns, on sample pledges read by hand.
#[test]
fn pledge_table_has_the_format_1_1_columns() {
    let t = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    let p = &t.pledges;
    // 024 (ZTE): USD 400 million a year over its period 2023–2025, for LDCs, LLDCs and SIDS,
    // announced at SDG Digital on 2023-09-17: 400 m × 3 calendar years = 1.2 bn.
    let r = row_of(p, "P2C-SAMPLE-024");
    assert_eq!(text(p, "amount_basis", r).as_deref(), Some("per_year"));
    assert_eq!(int(p, "years", r), None);
    assert_eq!(dec(p, "counted_amount", r), Some(dec_str("1200000000")));
    assert_eq!(
        text(p, "count_method", r).as_deref(),
        Some("per_year_times_period_years")
    );
    assert_eq!(text(p, "announced_on", r).as_deref(), Some("2023-09-17"));
    assert_eq!(text(p, "events", r).as_deref(), Some("SDG-DIGITAL-2023"));
    assert_eq!(
        text(p, "country_groups", r).as_deref(),
        Some("ldc;lldc;sids")
    );
    assert_eq!(
        text(p, "links", r).unwrap().split(' ').count(),
        sample()
            .iter()
            .find(|x| x.id == "P2C-SAMPLE-024")
            .unwrap()
            .links
            .len()
    );
    assert!(text(p, "notes", r).is_some());
    // 037 (MTN): approximately USD 2 billion a year over five stated years, announced in
    // March 2025: 10 bn.
    let r = row_of(p, "P2C-SAMPLE-037");
    assert_eq!(int(p, "years", r), Some(5));
    assert_eq!(boolean(p, "approximate", r), Some(true));
    assert_eq!(boolean(p, "is_ceiling", r), Some(false));
    assert_eq!(boolean(p, "in_kind", r), Some(false));
    assert_eq!(dec(p, "max_amount", r), None);
    assert_eq!(dec(p, "counted_amount", r), Some(dec_str("10000000000")));
    assert_eq!(
        text(p, "count_method", r).as_deref(),
        Some("per_year_times_stated_years")
    );
    assert_eq!(text(p, "announced_on", r).as_deref(), Some("2025-03"));
    // 010 (South Africa): over 5.8 million households, no money.
    let r = row_of(p, "P2C-SAMPLE-010");
    assert_eq!(
        text(p, "beneficiary_counts", r).as_deref(),
        Some("households>=5800000")
    );
    assert_eq!(
        text(p, "beneficiary_groups", r).as_deref(),
        Some("households;public_institutions")
    );
    assert_eq!(int(p, "people_reached", r), None);
    assert_eq!(boolean(p, "people_reached_is_floor", r), None);
    assert_eq!(dec(p, "counted_amount", r), None);
    assert_eq!(text(p, "count_method", r), None);
    // 017: 3 million people and at least 6,000 communities.
    let r = row_of(p, "P2C-SAMPLE-017");
    assert_eq!(int(p, "people_reached", r), Some(3_000_000));
    assert_eq!(boolean(p, "people_reached_is_floor", r), Some(false));
    assert_eq!(
        text(p, "beneficiary_counts", r).as_deref(),
        Some("communities>=6000")
    );
    // 036: SDG 17, no targets.
    let r = row_of(p, "P2C-SAMPLE-036");
    assert_eq!(text(p, "sdgs", r).as_deref(), Some("17"));
    assert_eq!(text(p, "sdg_targets", r), None);
    // 003 (Kenya, 1.0-style): the amount as stated.
    let r = row_of(p, "P2C-SAMPLE-003");
    assert_eq!(text(p, "count_method", r).as_deref(), Some("stated"));
    assert_eq!(dec(p, "counted_amount", r), dec(p, "amount", r));
    assert!(text(p, "description", r).is_some());
}

/// The `reporting_status` column gives each pledge the status the summary counts it under:
/// over the status vectors' pledges and the sample, at several dates and limits, the column's
/// values over the counted pledges tally to the summary's `reporting.status` rows.
#[test]
fn the_reporting_status_column_is_the_summarys_status() {
    use p2c_core::aggregate::{summarize, ReportingStatus, SummaryOptions};
    let vectors =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/summary/status.json");
    let cases: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(vectors).unwrap()).unwrap();
    let mut sets: Vec<Vec<Pledge>> = vec![sample()];
    for case in cases.as_array().unwrap() {
        sets.push(serde_json::from_value(case["pledges"].clone()).unwrap());
    }
    let mut seen = std::collections::BTreeSet::new();
    for pledges in &sets {
        for as_of in ["2022-06-09", "2024-01-31", "2025-03-01", "2026-12-31"] {
            for years in [1, 2] {
                let mut o = SummaryOptions::embedded(as_of.parse().unwrap());
                o.inactive_after_years = years;
                let options = TableOptions {
                    convert: None,
                    status: Some(&o),
                    ..TableOptions::default()
                };
                let t = pledge_tables(pledges, &options).unwrap();
                let s = summarize(pledges, &o).unwrap();
                let left_out: std::collections::HashSet<&str> =
                    s.excluded.iter().map(|e| e.id.as_str()).collect();
                let mut tally = std::collections::BTreeMap::<String, u64>::new();
                for r in 0..t.pledges.len() {
                    let id = text(&t.pledges, "id", r).unwrap();
                    let status = text(&t.pledges, "reporting_status", r).unwrap();
                    assert!(
                        ReportingStatus::ALL.iter().any(|x| x.code() == status),
                        "{status}"
                    );
                    if !left_out.contains(id.as_str()) {
                        seen.insert(status.clone());
                        *tally.entry(status).or_default() += 1;
                    }
                }
                for row in &s.reporting.status.rows {
                    let n = tally.get(row.key.code()).copied().unwrap_or(0);
                    assert_eq!(n, row.pledges, "{as_of} {years} {:?}", row.key);
                }
            }
        }
    }
    // The cases reach most statuses, so the tally is not trivially zero.
    assert!(seen.len() >= 5, "{seen:?}");
    // Without status options the column is absent.
    let t = pledge_tables(&sample(), &TableOptions::default()).unwrap();
    assert!(t.pledges.column("reporting_status").is_none());
}

/// The pledgers table (`p2c_core::tables::pledgers`).
mod pledgers {
    use super::*;
    use p2c_core::aggregate::{summarize, SummaryOptions};
    use p2c_core::tables::{pledger_table, PledgerScores};
    use serde_json::json;

    fn row_of_key(t: &Table, key: &str) -> usize {
        (0..t.len())
            .find(|r| text(t, "entity_key", *r).as_deref() == Some(key))
            .unwrap_or_else(|| panic!("no row {key}"))
    }

    fn doc(id: &str, lead: serde_json::Value, partners: serde_json::Value) -> serde_json::Value {
        json!({
            "formatVersion": "1.1", "id": id, "title": format!("Pledge {id}"),
            "pledgers": { "lead": lead, "partners": partners },
            "pledgeTypes": ["financial"], "focusAreas": ["access"], "pillars": ["infrastructure"],
            "implementation": { "countries": ["KEN"] }, "reviewState": "published"
        })
    }

    fn parse(docs: &[serde_json::Value]) -> Vec<Pledge> {
        docs.iter()
            .map(|d| p2c_core::parse_pledge_value(d).unwrap())
            .collect()
    }

    #[test]
    fn one_row_per_entity_the_summary_counts() {
        let pledges = sample();
        let t = pledge_tables(&pledges, &TableOptions::default()).unwrap();
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let s = summarize(&pledges, &SummaryOptions::embedded(as_of)).unwrap();
        // Every sample pledge is published and counted, so the summary's distinct entities
        // are the table's rows.
        assert_eq!(s.pledge_count, 40);
        assert_eq!(t.pledgers.len() as u64, s.entities.count);
        // Sorted by key, and the pledges of every row add up to the partner table's rows.
        let keys: Vec<_> = (0..t.pledgers.len())
            .map(|r| text(&t.pledgers, "entity_key", r).unwrap())
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(keys, sorted);
        let total: i64 = (0..t.pledgers.len())
            .map(|r| int(&t.pledgers, "pledges_total", r).unwrap())
            .sum();
        assert_eq!(total, t.partners.len() as i64);
        for c in &t.pledgers.columns {
            assert_eq!(c.data.len(), t.pledgers.len(), "{}", c.name);
        }
        // Orange (001) leads one pledge of EUR 5.6 bn, without reports.
        let r = row_of_key(&t.pledgers, "name:orange|FRA");
        assert_eq!(text(&t.pledgers, "name", r).as_deref(), Some("Orange"));
        assert_eq!(int(&t.pledgers, "pledges_as_lead", r), Some(1));
        assert_eq!(int(&t.pledgers, "pledges_as_partner", r), Some(0));
        assert_eq!(
            dec(&t.pledgers, "value_led", r),
            Some("5600000000".parse().unwrap())
        );
        assert_eq!(
            text(&t.pledgers, "value_currency", r).as_deref(),
            Some("EUR")
        );
        assert_eq!(int(&t.pledgers, "pledges_reported", r), Some(0));
        assert_eq!(dec(&t.pledgers, "reporting_rate", r), Some(Decimal::ZERO));
        assert_eq!(
            text(&t.pledgers, "headquarters_region", r).as_deref(),
            Some("EUR")
        );
    }

    #[test]
    fn joint_pledges_currencies_and_reports() {
        let a =
            json!({"name": "Alpha", "stakeholderType": "private_sector", "headquarters": "KEN"});
        let b = json!({"id": "ORG-B", "name": "Beta", "stakeholderType": "government", "headquarters": "GHA"});
        let b_later = json!({"id": "ORG-B", "name": "Beta (renamed)", "stakeholderType": "civil_society", "headquarters": "FRA"});
        let mut p1 = doc("P-1", a.clone(), json!([b.clone(), a.clone()]));
        p1["financialValue"] =
            json!({"amount": "100", "currency": "USD", "valueDate": "2024-01-15"});
        let mut p2 = doc("P-2", a.clone(), json!([]));
        p2["financialValue"] =
            json!({"amount": "50", "currency": "EUR", "valueDate": "2024-01-15"});
        p2["progressReports"] = json!([{"date": "2024-06-01", "status": "in_progress"}]);
        let mut p0 = doc("P-0", b_later, json!([]));
        p0["financialValue"] =
            json!({"amount": "7.5", "currency": "USD", "valueDate": "2024-01-15"});
        let mut p3 = doc("P-3", b.clone(), json!([]));
        p3["financialValue"] =
            json!({"amount": "2.5", "currency": "USD", "valueDate": "2024-01-15"});
        // Input order is not id order: P-0 is the smallest id naming ORG-B.
        let pledges = parse(&[p1, p2, p3, p0]);
        let t = pledger_table(&pledges, &TableOptions::default()).unwrap();
        assert_eq!(t.len(), 2);
        let alpha = row_of_key(&t, "name:alpha|KEN");
        // Named twice in P-1 (lead and partner): one pledge, as lead.
        assert_eq!(int(&t, "pledges_as_lead", alpha), Some(2));
        assert_eq!(int(&t, "pledges_as_partner", alpha), Some(0));
        assert_eq!(int(&t, "pledges_total", alpha), Some(2));
        // USD 100 and EUR 50 are never added.
        assert_eq!(int(&t, "pledges_led_with_value", alpha), Some(2));
        assert_eq!(dec(&t, "value_led", alpha), None);
        assert_eq!(text(&t, "value_currency", alpha), None);
        assert_eq!(int(&t, "pledges_reported", alpha), Some(1));
        assert_eq!(
            dec(&t, "reporting_rate", alpha),
            Some("0.5".parse().unwrap())
        );
        assert_eq!(int(&t, "meets_multiple_entities", alpha), Some(1));
        assert_eq!(int(&t, "meets_mobilizes_resources", alpha), Some(2));
        let beta = row_of_key(&t, "id:ORG-B");
        assert_eq!(text(&t, "name", beta).as_deref(), Some("Beta (renamed)"));
        assert_eq!(text(&t, "headquarters", beta).as_deref(), Some("FRA"));
        assert_eq!(text(&t, "first_pledge_id", beta).as_deref(), Some("P-0"));
        // Given as a government in P-1 and P-3, as civil society in P-0: both, in codelist order.
        assert_eq!(
            text(&t, "stakeholder_type", beta),
            Some(joined_types(&["government", "civil_society"]))
        );
        assert_eq!(int(&t, "pledges_as_lead", beta), Some(2));
        assert_eq!(int(&t, "pledges_as_partner", beta), Some(1));
        assert_eq!(dec(&t, "value_led", beta), Some("10.0".parse().unwrap()));
        assert_eq!(text(&t, "value_currency", beta).as_deref(), Some("USD"));
        assert_eq!(dec(&t, "reporting_rate", beta), Some(Decimal::ZERO));

        // Converted into USD: EUR 50 at the ECB rate of 2024-01-15 (1.0945) is 54.725, kept
        // exactly as the pledge table's converted_amount.
        let converter = TableConverter::embedded();
        let usd = CurrencyCode::new("USD").unwrap();
        let options = TableOptions {
            convert: Some((&converter, usd)),
            ..TableOptions::default()
        };
        let all = pledge_tables(&pledges, &options).unwrap();
        let t = &all.pledgers;
        let alpha = row_of_key(t, "name:alpha|KEN");
        let converted = dec(
            &all.pledges,
            "converted_amount",
            row_of(&all.pledges, "P-2"),
        )
        .unwrap();
        assert_eq!(
            dec(t, "value_led", alpha),
            Some(Decimal::from(100) + converted)
        );
        assert_eq!(text(t, "value_currency", alpha).as_deref(), Some("USD"));

        // Built in pieces and merged, whatever the cut: the same table.
        for cut in 0..=pledges.len() {
            let (x, y) = pledges.split_at(cut);
            let mut scores = PledgerScores::new();
            scores
                .add_table(&pledger_table(x, &options).unwrap())
                .unwrap();
            scores
                .add_table(&pledger_table(y, &options).unwrap())
                .unwrap();
            assert_eq!(&scores.table(), t, "cut {cut}");
            let mut tables = pledge_tables(x, &options).unwrap();
            tables.append(pledge_tables(y, &options).unwrap()).unwrap();
            assert_eq!(tables, all, "cut {cut}");
        }
    }

    #[test]
    fn skipping_the_pledgers_leaves_the_other_tables() {
        let pledges = sample();
        let all = pledge_tables(&pledges, &TableOptions::default()).unwrap();
        let options = TableOptions {
            skip_pledgers: true,
            ..TableOptions::default()
        };
        let mut some = pledge_tables(&pledges, &options).unwrap();
        assert!(some.pledgers.is_empty());
        assert_eq!(some.pledgers.column_names(), all.pledgers.column_names());
        some.pledgers = all.pledgers.clone();
        assert_eq!(some, all);
    }

    /// Stakeholder type codes in codelist order, joined with `;`.
    fn joined_types(codes: &[&str]) -> String {
        use p2c_core::taxonomy::{Codelist, StakeholderType};
        StakeholderType::all()
            .iter()
            .map(|t| t.code())
            .filter(|c| codes.contains(c))
            .collect::<Vec<_>>()
            .join(";")
    }

    #[test]
    fn a_failed_conversion_leaves_the_value_unknown() {
        let a =
            json!({"name": "Alpha", "stakeholderType": "private_sector", "headquarters": "KEN"});
        let mut p1 = doc("P-1", a.clone(), json!([]));
        p1["financialValue"] =
            json!({"amount": "100", "currency": "USD", "valueDate": "2024-01-15"});
        let mut p2 = doc("P-2", a, json!([]));
        // No embedded rate this far back.
        p2["financialValue"] = json!({"amount": "5", "currency": "EUR", "valueDate": "1960-01-15"});
        let pledges = parse(&[p1, p2]);
        let converter = TableConverter::embedded();
        let options = TableOptions {
            convert: Some((&converter, CurrencyCode::new("USD").unwrap())),
            ..TableOptions::default()
        };
        let all = pledge_tables(&pledges, &options).unwrap();
        assert!(text(&all.pledges, "conversion_error", 1).is_some());
        assert_eq!(int(&all.pledgers, "pledges_led_with_value", 0), Some(2));
        assert_eq!(dec(&all.pledgers, "value_led", 0), None);
        assert_eq!(
            text(&all.pledgers, "value_currency", 0).as_deref(),
            Some("USD")
        );
    }

    #[test]
    fn warnings_are_those_of_validate() {
        let pledges = sample();
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let status = SummaryOptions::embedded(as_of);
        let options = TableOptions {
            status: Some(&status),
            ..TableOptions::default()
        };
        let t = pledger_table(&pledges, &options).unwrap();
        let validate = p2c_core::validate::ValidateOptions {
            as_of: Some(as_of),
            ..Default::default()
        };
        let mut want = 0;
        for p in &pledges {
            let warnings = p2c_core::validate::validate_pledge(p, &validate)
                .issues
                .iter()
                .filter(|i| i.severity == p2c_core::validate::Severity::Warning)
                .count() as i64;
            let entities = {
                let mut k: Vec<_> = p.pledgers.all().map(|e| e.identity_key()).collect();
                k.sort();
                k.dedup();
                k.len() as i64
            };
            want += warnings * entities;
        }
        let got: i64 = (0..t.len())
            .map(|r| int(&t, "validation_warnings", r).unwrap())
            .sum();
        assert!(want > 0, "the sample has warnings");
        assert_eq!(got, want);
    }
}
