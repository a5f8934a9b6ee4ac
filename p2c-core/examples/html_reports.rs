//! Writes every kind of HTML report for the sample data and for the hostile vectors, with the
//! JSON each was made from, into a directory (default `target/html/`), and a `pages.json`
//! manifest that the browser tests (`tests/browser/`) read.
//!
//! ```text
//! cargo run -p p2c-core --example html_reports [-- OUT_DIR]
//! ```
//!
//! Pages:
//! - `dashboard.html`: the dashboard of `examples/data/pledges.json`, as `p2c dashboard`
//!   computes it (batch validation, then the summary as of the default date);
//! - `dashboard-ar.html`, `dashboard-fr.html`: the same dashboard in Arabic (right to left)
//!   and French;
//! - `profile-UGA.html`: Uganda's country profile from the same data;
//! - `validation-batch.html`: the batch validation report of the sample data;
//! - `validation-pledge.html`: the report of one pledge with typical mistakes (the Kenya
//!   sample with a misspelled field, a pillar outside its focus areas, a repeated country and
//!   a period that ends before it starts);
//! - `hostile-*.html`: the cases of `tests/vectors/hostile/html.json` as a dashboard, a batch
//!   report and one report per case, with a rate table whose source name is markup.

// The hostile-case reader is test code shared with tests/hostile.rs: a malformed vector file
// fails loudly there, as in the tests.
#[path = "../tests/common/hostile_input.rs"]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::unreachable
)]
mod hostile_input;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use p2c_core::aggregate::{
    country_profile, default_as_of, summarize, InvalidPolicy, SummaryOptions, TableConverter,
};
use p2c_core::html::{HtmlOptions, PledgeLabel};
use p2c_core::i18n::Lang;
use p2c_core::model::CountryCode;
use p2c_core::money::RateTable;
use p2c_core::validate::{
    validate_batch, validate_bytes, validate_value, Severity, ValidateOptions,
};
use p2c_core::{parse_pledge_bytes, parse_pledges, Pledge};
use serde_json::{json, Value};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn write(dir: &Path, name: &str, text: &str) -> Result<()> {
    std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}").into())
}

fn main() -> Result<()> {
    let dir = std::env::args()
        .nth(1)
        .map_or_else(|| root().join("target/html"), PathBuf::from);
    std::fs::create_dir_all(&dir)?;
    let mut manifest = Vec::new();
    sample(&dir, &mut manifest)?;
    hostile(&dir, &mut manifest)?;
    let text = serde_json::to_string_pretty(&json!({ "pages": manifest }))?;
    write(&dir, "pages.json", &text)?;
    println!("{} pages in {}", manifest.len(), dir.display());
    Ok(())
}

/// The summary options of `p2c dashboard`: batch-level errors make a pledge invalid too.
fn dashboard_options(pledges: &[Pledge], as_of: chrono::NaiveDate) -> SummaryOptions {
    let report = validate_batch(
        pledges,
        &ValidateOptions {
            as_of: Some(as_of),
            ..ValidateOptions::default()
        },
    );
    let mut options = SummaryOptions::new(as_of, Arc::new(TableConverter::embedded()));
    for issue in report
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
    {
        let index = issue
            .path
            .strip_prefix('/')
            .and_then(|p| p.split('/').next())
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(p) = index.and_then(|i| pledges.get(i)) {
            options
                .invalid_pledges
                .push((p.id.clone(), vec![issue.code.to_owned()]));
        }
    }
    options
}

fn sample(dir: &Path, manifest: &mut Vec<Value>) -> Result<()> {
    let source = "examples/data/pledges.json";
    let text = std::fs::read_to_string(root().join(source))?;
    let pledges = parse_pledges(&text)?;
    let as_of = default_as_of();
    let html = HtmlOptions::default().with_source(source);

    let options = dashboard_options(&pledges, as_of);
    let summary = summarize(&pledges, &options)?;
    write(dir, "dashboard.html", &summary.render_html(&html))?;
    write(
        dir,
        "dashboard.json",
        &serde_json::to_string_pretty(&summary.to_json())?,
    )?;
    manifest.push(json!({"file": "dashboard.html", "kind": "dashboard", "json": "dashboard.json"}));
    // The same dashboard in Arabic, written right to left, and in French.
    for lang in [Lang::Ar, Lang::Fr] {
        let file = format!("dashboard-{lang}.html");
        let page = summary.render_html(&html.clone().with_lang(lang));
        write(dir, &file, &page)?;
        manifest.push(json!({
            "file": file, "kind": "dashboard", "json": "dashboard.json",
            "lang": lang.code(), "dir": lang.dir().as_str(),
        }));
    }

    let uga = CountryCode::new("UGA").ok_or("UGA")?;
    let profile = country_profile(&pledges, uga, as_of, &options)?;
    let rates = options.converter.provenance();
    write(dir, "profile-UGA.html", &profile.render_html(&rates, &html))?;
    write(
        dir,
        "profile-UGA.json",
        &serde_json::to_string_pretty(&profile)?,
    )?;
    manifest
        .push(json!({"file": "profile-UGA.html", "kind": "profile", "json": "profile-UGA.json"}));

    let validate = ValidateOptions {
        as_of: Some(as_of),
        ..ValidateOptions::default()
    };
    let html = html.with_validated_as_of(as_of);
    let report = validate_batch(&pledges, &validate);
    write(
        dir,
        "validation-batch.html",
        &report.render_batch_html(&PledgeLabel::all_of(&pledges), &html),
    )?;
    write(
        dir,
        "validation-batch.json",
        &serde_json::to_string_pretty(&report.to_json())?,
    )?;
    manifest.push(
        json!({"file": "validation-batch.html", "kind": "batch", "json": "validation-batch.json"}),
    );

    // The Kenya sample with four typical mistakes.
    let documents: Value = serde_json::from_str(&text)?;
    let mut kenya = documents
        .as_array()
        .and_then(|a| a.iter().find(|p| p["id"] == "P2C-SAMPLE-003"))
        .cloned()
        .ok_or("no P2C-SAMPLE-003 in the sample data")?;
    if let Some(doc) = kenya.as_object_mut() {
        if let Some(title) = doc.remove("title") {
            doc.insert("titel".into(), title);
        }
        doc.insert("pillars".into(), json!(["infrastructure", "skills"]));
        doc.insert(
            "implementation".into(),
            json!({"countries": ["KEN", "KEN"]}),
        );
        doc.insert("period".into(), json!({"start": "2025", "end": "2023"}));
    }
    let report = validate_value(&kenya, &validate);
    let mut label = PledgeLabel::from_json(&kenya);
    label.title = kenya
        .get("titel")
        .and_then(Value::as_str)
        .map(str::to_owned);
    write(
        dir,
        "validation-pledge.html",
        &report.render_html(
            &label,
            &HtmlOptions::default()
                .with_source("P2C-SAMPLE-003 with mistakes")
                .with_validated_as_of(as_of),
        ),
    )?;
    write(
        dir,
        "validation-pledge.json",
        &serde_json::to_string_pretty(&report.to_json())?,
    )?;
    manifest.push(json!({"file": "validation-pledge.html", "kind": "report", "json": "validation-pledge.json"}));
    Ok(())
}

fn hostile(dir: &Path, manifest: &mut Vec<Value>) -> Result<()> {
    let path = root().join("tests/vectors/hostile/html.json");
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
    let cases = doc
        .get("cases")
        .and_then(Value::as_array)
        .ok_or("html.json: no cases")?;
    let mut pledges = Vec::new();
    for case in cases {
        let name = case["name"].as_str().ok_or("a case without a name")?;
        let bytes = hostile_input::input_bytes(case, name);
        let document: Option<Value> = serde_json::from_slice(&bytes).ok();
        let report = validate_bytes(&bytes, &ValidateOptions::default());
        let label = document
            .as_ref()
            .map(PledgeLabel::from_json)
            .unwrap_or_default();
        let file = format!("hostile-report-{name}.html");
        let html = HtmlOptions::default().with_source(format!("html.json/{name}"));
        write(dir, &file, &report.render_html(&label, &html))?;
        manifest.push(json!({"file": file, "kind": "report", "hostile": true}));
        match case["entry"].as_str() {
            Some("pledges") => {
                if let Ok(p) = parse_pledges(std::str::from_utf8(&bytes)?) {
                    pledges.extend(p);
                }
            }
            _ => {
                if let Ok(p) = parse_pledge_bytes(&bytes) {
                    pledges.push(p);
                }
            }
        }
    }
    let as_of = chrono::NaiveDate::from_ymd_opt(2024, 7, 7).ok_or("date")?;
    let rates = RateTable::from_csv_str(
        "date,base,currency,rate,source\n\
         2022-06-07,EUR,USD,1.0662,\"<script>window.__p2cPwned=20</script>\"\"><img src=x onerror=window.__p2cPwned=21> \u{202E}BCE\"\n",
    )?;
    let mut options = SummaryOptions::new(as_of, Arc::new(TableConverter::new(Arc::new(rates))));
    options.invalid = InvalidPolicy::Include;
    let summary = summarize(&pledges, &options)?;
    let html = HtmlOptions::default().with_source("<script>window.__p2cPwned=22</script>.json");
    write(dir, "hostile-dashboard.html", &summary.render_html(&html))?;
    write(
        dir,
        "hostile-dashboard.json",
        &serde_json::to_string_pretty(&summary.to_json())?,
    )?;
    manifest.push(json!({"file": "hostile-dashboard.html", "kind": "dashboard", "json": "hostile-dashboard.json", "hostile": true}));
    let report = validate_batch(
        &pledges,
        &ValidateOptions {
            as_of: Some(as_of),
            ..ValidateOptions::default()
        },
    );
    write(
        dir,
        "hostile-batch.html",
        &report.render_batch_html(&PledgeLabel::all_of(&pledges), &html),
    )?;
    manifest.push(json!({"file": "hostile-batch.html", "kind": "batch", "hostile": true}));
    Ok(())
}
