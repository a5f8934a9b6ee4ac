//! Geography: `data/un_m49_*.csv`, `data/itu_d_regions*.csv`, `data/un_{ldc,lldc,sids}.csv` →
//! `$OUT_DIR/geo.rs`.
//!
//! Cross-checks that would otherwise be run-time surprises fail the build instead: every ITU
//! region row and every group member must be an M49 country, every M49 country must have an ITU
//! region or be listed as unassigned, and every date must be a real calendar date.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// A CSV file as header-keyed rows.
struct Table {
    name: &'static str,
    headers: Vec<String>,
    rows: Vec<csv::StringRecord>,
}

impl Table {
    fn read(name: &'static str) -> Table {
        let path = crate::data_file(name);
        let mut reader = csv::Reader::from_path(&path)
            .unwrap_or_else(|e| panic!("cannot open {}: {e}", path.display()));
        let headers = reader
            .headers()
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .iter()
            .map(str::to_owned)
            .collect();
        Table {
            name,
            headers,
            rows: crate::read_csv(name),
        }
    }

    /// Iterate rows as (line number, accessor).
    fn each(&self) -> impl Iterator<Item = (usize, Row<'_>)> {
        self.rows.iter().enumerate().map(move |(i, r)| {
            (
                i + 2,
                Row {
                    table: self,
                    record: r,
                    line: i + 2,
                },
            )
        })
    }
}

struct Row<'a> {
    table: &'a Table,
    record: &'a csv::StringRecord,
    line: usize,
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        let i = self
            .table
            .headers
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("{}: no column `{column}`", self.table.name));
        self.record
            .get(i)
            .unwrap_or_else(|| panic!("{}:{}: missing `{column}`", self.table.name, self.line))
    }

    fn fail(&self, what: &str) -> ! {
        panic!("{}:{}: {what}", self.table.name, self.line)
    }

    /// A three-letter upper-case code, as `CountryCode` requires.
    fn iso3(&self) -> String {
        let code = self.get("iso3");
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            self.fail(&format!("`{code}` is not an ISO 3166-1 alpha-3 code"));
        }
        code.to_owned()
    }

    fn opt(&self, column: &str) -> Option<String> {
        match self.get(column) {
            "" => None,
            v => Some(v.to_owned()),
        }
    }
}

fn region_variant(code: &str) -> Option<&'static str> {
    Some(match code {
        "AFR" => "Afr",
        "AMS" => "Ams",
        "ARB" => "Arb",
        "ASP" => "Asp",
        "CIS" => "Cis",
        "EUR" => "Eur",
        _ => return None,
    })
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// `YYYY-MM-DD` or `YYYY-MM` → (y, m, d, precision variant). Month precision counts from day 1.
fn parse_date(row: &Row<'_>, s: &str) -> (i32, u32, u32, &'static str) {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| -> u32 {
        p.parse()
            .unwrap_or_else(|_| row.fail(&format!("`{s}` is not a date")))
    };
    let (y, m, d, precision) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            (num(y) as i32, num(m), num(d), "Day")
        }
        [y, m] if y.len() == 4 && m.len() == 2 => (num(y) as i32, num(m), 1, "Month"),
        _ => row.fail(&format!("`{s}` is not YYYY-MM-DD or YYYY-MM")),
    };
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => row.fail(&format!("`{s}` has no month {m}")),
    };
    if d == 0 || d > days {
        row.fail(&format!("`{s}` has no day {d}"));
    }
    (y, m, d, precision)
}

fn code_lit(iso3: &str) -> String {
    format!("CountryCode::from_static(*b\"{iso3}\")")
}

fn opt_lit(v: Option<&str>) -> String {
    match v {
        Some(s) => format!("Some({s:?})"),
        None => "None".to_owned(),
    }
}

fn date_lit(d: Option<(i32, u32, u32, &str)>) -> String {
    match d {
        Some((y, m, d, _)) => format!("Some(date({y}, {m}, {d}))"),
        None => "None".to_owned(),
    }
}

pub(crate) fn generate() {
    let m49 = Table::read("un_m49_countries.csv");
    let itu = Table::read("itu_d_regions.csv");
    let unassigned = Table::read("itu_d_regions_unassigned.csv");
    let hierarchy = Table::read("un_m49_hierarchy.csv");
    let ldc = Table::read("un_ldc.csv");
    let lldc = Table::read("un_lldc.csv");
    let sids = Table::read("un_sids.csv");

    // ITU-D regions, keyed by ISO3: (variant, confidence).
    let mut regions: BTreeMap<String, (&'static str, String)> = BTreeMap::new();
    for (_, row) in itu.each() {
        let iso3 = row.iso3();
        let region = row.get("itu_region_code");
        let variant = region_variant(region)
            .unwrap_or_else(|| row.fail(&format!("unknown ITU-D region `{region}`")));
        let confidence = row.get("confidence");
        if !matches!(confidence, "high" | "medium" | "low") {
            row.fail(&format!("unknown confidence `{confidence}`"));
        }
        if regions
            .insert(iso3.clone(), (variant, confidence.to_owned()))
            .is_some()
        {
            row.fail(&format!("`{iso3}` listed twice"));
        }
    }
    let mut no_region: BTreeSet<String> = BTreeSet::new();
    for (_, row) in unassigned.each() {
        let iso3 = row.iso3();
        if regions.contains_key(&iso3) {
            row.fail(&format!("`{iso3}` is both in a region and unassigned"));
        }
        no_region.insert(iso3);
    }

    // M49 hierarchy: every country's M49 code must be a known node.
    let mut m49_nodes: BTreeSet<String> = BTreeSet::new();
    for (_, row) in hierarchy.each() {
        m49_nodes.insert(row.get("m49").to_owned());
    }

    // Countries, sorted by ISO3 so that lookups can binary-search.
    let mut countries: BTreeMap<String, String> = BTreeMap::new();
    for (_, row) in m49.each() {
        let iso3 = row.iso3();
        let m49_code = row.get("m49");
        if m49_code.len() != 3 || !m49_code.bytes().all(|b| b.is_ascii_digit()) {
            row.fail(&format!("`{m49_code}` is not a three-digit M49 code"));
        }
        // The hierarchy file lacks a few country nodes (PRK, LAO, and TWN, which is not in
        // UNSD M49), so check the region and sub-region codes against it instead.
        for column in ["region_code", "subregion_code", "intermediate_code"] {
            if let Some(code) = row.opt(column) {
                if !m49_nodes.contains(&code) {
                    row.fail(&format!("{column} `{code}` is not in un_m49_hierarchy.csv"));
                }
            }
        }
        let iso2 = row.get("iso2");
        if iso2.len() != 2 || !iso2.bytes().all(|b| b.is_ascii_uppercase()) {
            row.fail(&format!("`{iso2}` is not an ISO 3166-1 alpha-2 code"));
        }
        let (region, confidence) = match regions.get(&iso3) {
            Some((v, c)) => (format!("Some(ItuRegion::{v})"), format!("Some({c:?})")),
            None if no_region.contains(&iso3) => ("None".to_owned(), "None".to_owned()),
            None => row.fail(&format!(
                "`{iso3}` is neither in itu_d_regions.csv nor in itu_d_regions_unassigned.csv"
            )),
        };
        let entry = format!(
            "    Country {{ iso3: {}, iso2: {iso2:?}, m49: {m49_code:?}, name: {:?}, itu_region: {region}, itu_region_confidence: {confidence}, m49_region: {}, m49_subregion: {} }},\n",
            code_lit(&iso3),
            row.get("name"),
            opt_lit(row.opt("region_name").as_deref()),
            opt_lit(row.opt("subregion_name").as_deref()),
        );
        if countries.insert(iso3.clone(), entry).is_some() {
            row.fail(&format!("`{iso3}` listed twice"));
        }
    }
    for iso3 in regions.keys() {
        if !countries.contains_key(iso3) {
            panic!("itu_d_regions.csv: `{iso3}` is not in un_m49_countries.csv");
        }
    }

    let mut out = String::from(
        "// Generated by build/geo.rs from data/*.csv. Do not edit.\n\
         pub(crate) static COUNTRIES: &[Country] = &[\n",
    );
    for entry in countries.values() {
        out.push_str(entry);
    }
    out.push_str("];\n\n");

    // Group membership entries.
    out.push_str("pub(crate) static GROUP_ENTRIES: &[GroupEntry] = &[\n");
    let mut push = |group: &str,
                    row: &Row<'_>,
                    status: &str,
                    left: Option<(i32, u32, u32, &'static str)>,
                    scheduled: Option<(i32, u32, u32, &'static str)>,
                    note: &str| {
        let iso3 = row.iso3();
        if !countries.contains_key(&iso3) {
            row.fail(&format!("`{iso3}` is not in un_m49_countries.csv"));
        }
        let precision = left.map_or("Day", |(_, _, _, p)| p);
        writeln!(
            out,
            "    GroupEntry {{ group: CountryGroup::{group}, country: {}, status: {status:?}, left_on: {}, left_on_precision: DatePrecision::{precision}, scheduled_exit: {}, note: {note:?} }},",
            code_lit(&iso3),
            date_lit(left),
            date_lit(scheduled),
        )
        .expect("write to String");
    };

    for (_, row) in ldc.each() {
        let status = row.get("graduation_status");
        let graduated = row.opt("graduated_on");
        let scheduled = row.opt("scheduled_graduation");
        let currently = row.get("is_ldc_as_of_2026-11-23");
        match (status, graduated.is_some(), scheduled.is_some(), currently) {
            ("graduated", true, false, "N") => {}
            ("scheduled", false, true, "Y") => {}
            (_, false, false, "Y") if status != "graduated" && status != "scheduled" => {}
            _ => row.fail("graduation_status, graduated_on, scheduled_graduation and the current flag disagree"),
        }
        let left = graduated.as_deref().map(|d| parse_date(&row, d));
        let sched = scheduled.as_deref().map(|d| parse_date(&row, d));
        if sched.is_some_and(|(_, _, _, p)| p != "Day") {
            row.fail("a scheduled graduation needs a day-precision date");
        }
        push("Ldc", &row, status, left, sched, row.get("note"));
    }
    for (_, row) in lldc.each() {
        if row.get("in_unsd_m49_lldc_2024_09") != "Y" {
            row.fail("expected every LLDC row to be in the M49 2024-09 list");
        }
        push(
            "Lldc",
            &row,
            "member",
            None,
            None,
            "UNSD M49 LLDC list, snapshot 2024-09-25; undated",
        );
    }
    for (_, row) in sids.each() {
        // The OHRLLS list is the membership; rows only flagged by M49 are not members.
        match row.get("in_ohrlls_list") {
            "Y" => {}
            "N" => continue,
            other => row.fail(&format!("in_ohrlls_list `{other}` is neither Y nor N")),
        }
        let note = match row.get("in_unsd_m49_sids_2024_09") {
            "Y" => "UN-OHRLLS SIDS list; also flagged SIDS in UNSD M49 2024-09; undated".to_owned(),
            _ => "UN-OHRLLS SIDS list (associate member, not verified line by line); not flagged SIDS in UNSD M49 2024-09; undated".to_owned(),
        };
        let status = if row.get("ohrlls_group").starts_with("UN member")
            || row
                .get("ohrlls_group")
                .starts_with("listed by OHRLLS among the 39")
        {
            "un_member"
        } else {
            "associate_member"
        };
        push("Sids", &row, status, None, None, &note);
    }
    out.push_str("];\n");
    std::fs::write(crate::out_dir().join("geo.rs"), out).expect("write geo.rs");
}
