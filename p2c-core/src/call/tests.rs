use serde_json::json;

use super::*;
use crate::aggregate::InvalidPolicy;
use crate::money::RoundingStrategy;

fn err<T: DeserializeOwned + std::fmt::Debug>(value: serde_json::Value) -> serde_json::Value {
    from_value::<T>(value).unwrap_err().to_json()
}

#[test]
fn unknown_options_are_named_with_a_suggestion() {
    let e = err::<ValidateCall>(json!({"asof": "2026-01-01"}));
    assert_eq!(e["code"], "invalid_argument");
    assert_eq!(e["pointer"], "/asof");
    assert_eq!(e["suggestion"], "asOf");
    let e = err::<ValidateCall>(json!({"limits": {"max_bytes": 10}}));
    assert_eq!(
        (&e["pointer"], &e["suggestion"]),
        (&json!("/limits/max_bytes"), &json!("maxBytes"))
    );
    let e = err::<SummaryCall>(json!({"filters": {"country": ["GHA"]}}));
    assert_eq!(e["suggestion"], "countries");
    let e = err::<AssessCall>(json!({"x": 1}));
    assert_eq!(e["code"], "invalid_argument");
}

#[test]
fn unknown_values_are_unknown_codes_with_a_suggestion() {
    let e = err::<SummaryCall>(json!({"attribution": "equal_splt"}));
    assert_eq!(e["code"], "unknown_code");
    assert_eq!(e["codelist"], "attribution");
    assert_eq!(e["suggestion"], "equal_split");
    let e = err::<SummaryCall>(json!({"policy": "exact_dat"}));
    assert_eq!(
        (&e["code"], &e["suggestion"]),
        (&json!("unknown_code"), &json!("exact_date"))
    );
    let e = err::<ValidateCall>(
        json!({"severity": {"lifecycle.published_without_validation": "silent"}}),
    );
    assert_eq!(e["code"], "unknown_code");
    assert_eq!(
        e["pointer"],
        "/severity/lifecycle.published_without_validation"
    );
}

#[test]
fn one_code_per_kind_of_mistake_in_amounts() {
    for amount in [json!("abc"), json!(5.6e9), json!(true), json!("1e9")] {
        let e =
            err::<ConvertCall>(json!({"amount": amount, "currency": "EUR", "date": "2022-06-07"}));
        assert_eq!(e["code"], "invalid_argument", "{amount}");
        assert_eq!(e["pointer"], "/amount", "{amount}");
    }
    let (call, _) = from_value::<ConvertCall>(
        json!({"amount": 5_600_000_000u64, "currency": "eur", "date": "2022-06-07"}),
    )
    .unwrap();
    let c = call.run(&Rates::embedded()).unwrap();
    assert_eq!(c.converted.amount.to_string(), "5970720000.00");
}

#[test]
fn old_spellings_work_with_a_warning() {
    let (call, warnings) = from_value::<ConvertCall>(json!({
        "amount": "100", "currency": "EUR", "valueDate": "2022-06-04",
        "rounding": "halfUp", "policy": "onOrBefore:3"
    }))
    .unwrap();
    assert_eq!(call.rounding, Some(RoundingStrategy::HalfUp));
    let codes: Vec<_> = warnings
        .iter()
        .map(|w| (w.code.as_str(), w.pointer.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            ("deprecated_spelling", "/policy"),
            ("deprecated_spelling", "/rounding")
        ]
    );
    assert_eq!(warnings[0].replacement.as_deref(), Some("on_or_before:3"));
    let (_, warnings) = from_value::<SummaryCall>(json!({
        "policy": {"kind": "chain", "policies": [{"kind": "exactDate"}, {"kind": "annual_average"}]}
    }))
    .unwrap();
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].pointer, "/policy/policies/0/kind");
    // New spellings: no warning.
    let (_, warnings) =
        from_value::<SummaryCall>(json!({"rounding": "half_up", "policy": "on_or_before:7"}))
            .unwrap();
    assert!(warnings.is_empty());
}

#[test]
fn unknown_codes_in_options_are_errors() {
    let rates = Rates::embedded();
    let prepare = |v: serde_json::Value| {
        from_value::<SummaryCall>(v)
            .and_then(|(c, _)| c.prepare(&rates))
            .map(|_| ())
            .map_err(|e| e.to_json())
    };
    let e = prepare(json!({"currency": "XYZ"})).unwrap_err();
    assert_eq!(
        (&e["code"], &e["pointer"]),
        (&json!("unknown_code"), &json!("/currency"))
    );
    let e = prepare(json!({"filters": {"countries": ["GHA", "XXX"]}})).unwrap_err();
    assert_eq!(e["pointer"], "/filters/countries/1");
    assert!(prepare(json!({"filters": {"regions": ["Africa"], "countries": ["gha"]}})).is_ok());
    let e = prepare(json!({"goal": {"amount": "1", "currency": "usdd"}})).unwrap_err();
    assert_eq!(e["suggestion"], "USD");
    let e = prepare(json!({"invalidPledges": {"P1": ["no.such_code"]}})).unwrap_err();
    assert_eq!(e["pointer"], "/invalidPledges/P1/0");
}

#[test]
fn severities_can_be_overridden_or_silenced() {
    let doc = r#"{"formatVersion": "1.0", "id": "P1", "title": "t",
        "pledgers": {"lead": {"name": "M", "stakeholderType": "government", "headquarters": "KEN"}},
        "pledgeTypes": ["programmatic"], "focusAreas": ["access"], "reviewState": "published"}"#;
    let plain = ValidateCall::default().prepare().unwrap().validate_str(doc);
    let code = "lifecycle.published_without_validation";
    assert!(plain.report.issues.iter().any(|i| i.code == code));
    assert!(plain.report.valid);
    let (call, _) = from_value::<ValidateCall>(json!({"severity": {code: "off"}})).unwrap();
    let off = call.prepare().unwrap().validate_str(doc);
    assert!(off.report.issues.iter().all(|i| i.code != code));
    let (call, _) =
        from_value::<ValidateCall>(json!({"severity": {code.to_uppercase(): "error"}})).unwrap();
    let strict = call.prepare().unwrap().validate_str(doc);
    assert!(!strict.report.valid);
    let (call, _) = from_value::<ValidateCall>(
        json!({"severity": {"lifecycle.published_without_validatoin": "off"}}),
    )
    .unwrap();
    let e = call.prepare().unwrap_err().to_json();
    assert_eq!(
        (&e["code"], &e["suggestion"]),
        (&json!("unknown_code"), &json!(code))
    );
}

#[test]
fn an_unknown_language_warns_and_gives_english() {
    let (call, _) = from_value::<ValidateCall>(json!({"lang": "tlh"})).unwrap();
    let prepared = call.prepare().unwrap();
    let answer = prepared.validate_str("{}");
    assert_eq!(answer.warnings[0].code, "unknown_language");
    assert_eq!(
        serde_json::to_value(&answer).unwrap()["warnings"][0]["pointer"],
        "/lang"
    );
    let plain = serde_json::to_value(
        ValidateCall::default()
            .prepare()
            .unwrap()
            .validate_str("{}"),
    )
    .unwrap();
    assert!(plain.get("warnings").is_none());
}

#[test]
fn summaries_default_to_today_and_say_so() {
    let (call, _) = from_value::<SummaryCall>(json!({"invalid": "include"})).unwrap();
    let prepared = call.prepare(&Rates::embedded()).unwrap();
    assert_eq!(prepared.options.as_of, today());
    assert_eq!(prepared.options.invalid, InvalidPolicy::Include);
    let summary = prepared.summarize(&[]).unwrap();
    assert_eq!(summary.as_of, today());
}

#[test]
fn a_conversion_past_the_rates_says_how_far() {
    let (call, _) = from_value::<ConvertCall>(
        json!({"amount": "100", "currency": "EUR", "date": "2026-11-20"}),
    )
    .unwrap();
    let c = call.run(&Rates::embedded()).unwrap();
    let beyond = c.beyond_rates.unwrap();
    assert_eq!(beyond.last_daily_rate.to_string(), "2026-10-30");
    assert_eq!(beyond.days_after, 21);
    let (call, _) = from_value::<ConvertCall>(
        json!({"amount": "100", "currency": "EUR", "date": "2022-06-07"}),
    )
    .unwrap();
    assert!(call.run(&Rates::embedded()).unwrap().beyond_rates.is_none());
}

#[test]
fn tables_take_the_filters() {
    let pledges = crate::parse::parse_pledges(
        r#"[
      {"formatVersion": "1.0", "id": "P1", "title": "a",
       "pledgers": {"lead": {"name": "M", "stakeholderType": "government", "headquarters": "KEN"}},
       "pledgeTypes": ["programmatic"], "focusAreas": ["access"], "reviewState": "draft",
       "implementation": {"countries": ["GHA"]}},
      {"formatVersion": "1.0", "id": "P2", "title": "b",
       "pledgers": {"lead": {"name": "M", "stakeholderType": "government", "headquarters": "KEN"}},
       "pledgeTypes": ["programmatic"], "focusAreas": ["access"], "reviewState": "draft",
       "implementation": {"countries": ["KEN"]}}]"#,
    )
    .unwrap();
    let (call, _) = from_value::<TablesCall>(json!({"filters": {"countries": ["Ghana"]}})).unwrap();
    let tables = call
        .prepare(&Rates::embedded())
        .unwrap()
        .build(&pledges)
        .unwrap();
    assert_eq!(tables.pledges.len(), 1);
    let all = TablesCall::default()
        .prepare(&Rates::embedded())
        .unwrap()
        .build(&pledges)
        .unwrap();
    assert_eq!(all.pledges.len(), 2);
    // No as-of date: no reporting_status column (the tables do not depend on today).
    assert!(all.pledges.column("reporting_status").is_none());
}

#[test]
fn tables_with_an_as_of_date_give_the_reporting_status() {
    let pledges = crate::parse::parse_pledges(
        r#"[
      {"formatVersion": "1.0", "id": "P1", "title": "a",
       "pledgers": {"lead": {"name": "M", "stakeholderType": "government", "headquarters": "KEN"}},
       "pledgeTypes": ["programmatic"], "focusAreas": ["access"], "reviewState": "published",
       "validatedAt": "2022-03-01T00:00:00Z", "implementation": {"countries": ["KEN"]},
       "progressReports": [{"date": "2022-05-01", "status": "in_progress"}]}]"#,
    )
    .unwrap();
    let status = |call: serde_json::Value| {
        let (call, _) = from_value::<TablesCall>(call).unwrap();
        let t = call
            .prepare(&Rates::embedded())
            .unwrap()
            .build(&pledges)
            .unwrap();
        match &t.pledges.column("reporting_status").unwrap().data {
            crate::tables::ColumnData::Text(v) => v.first().cloned().flatten().unwrap(),
            _ => panic!("not text"),
        }
    };
    // Last report 2022-05-01: on time 2022-12-01, overdue (past 365 + 90 days) 2023-09-01,
    // inactive after two years, or after one year when the limit is 1.
    assert_eq!(status(json!({"asOf": "2022-12-01"})), "on_time");
    assert_eq!(status(json!({"asOf": "2023-06-01"})), "due");
    assert_eq!(
        status(json!({"asOf": "2023-06-01", "reportGraceDays": 10})),
        "overdue"
    );
    assert_eq!(status(json!({"asOf": "2023-09-01"})), "overdue");
    assert_eq!(
        status(json!({"asOf": "2023-09-01", "inactiveAfterYears": 1})),
        "inactive"
    );
    assert_eq!(status(json!({"asOf": "2024-06-01"})), "inactive");
}

#[test]
fn the_guard_turns_a_panic_into_an_internal_error() {
    let e = guard(|| -> u8 { std::panic::panic_any("boom") }).unwrap_err();
    assert_eq!(e.code(), "internal_error");
    assert!(e.to_string().contains("boom"));
}

#[test]
fn merge_precedence_names_are_checked() {
    let r = Rates::embedded();
    assert!(r.merge(&Rates::embedded(), "incoming").is_ok());
    let e = r
        .merge(&Rates::embedded(), "incomming")
        .unwrap_err()
        .to_json();
    assert_eq!(
        (&e["code"], &e["suggestion"]),
        (&json!("unknown_code"), &json!("incoming"))
    );
}

/// The sample data set as a JSON array and as JSON Lines.
fn sample_texts() -> (String, String) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data/pledges.json");
    let array = std::fs::read_to_string(path).unwrap();
    let values: Vec<serde_json::Value> = serde_json::from_str(&array).unwrap();
    let lines = values.iter().map(|v| format!("{v}\n")).collect();
    (array, lines)
}

#[test]
fn tables_in_pieces_are_the_tables_of_all_the_pledges() {
    let (array, lines) = sample_texts();
    let pledges = crate::parse::parse_pledges(&array).unwrap();
    for filters in [
        json!({}),
        json!({"filters": {"regions": ["Africa"]}, "asOf": "2026-01-01"}),
        json!({"currency": "USD", "asOf": "2026-01-01"}),
    ] {
        let (call, _) = from_value::<TablesCall>(filters).unwrap();
        let prepared = call.prepare(&Rates::embedded()).unwrap();
        let whole = prepared.build(&pledges).unwrap();
        for (text, chunk) in [(&array, 7), (&lines, 7), (&lines, 1), (&lines, 1000)] {
            let mut pieces: Option<crate::tables::Tables> = None;
            let mut calls = 0;
            prepared
                .build_chunks(text.as_bytes(), chunk, |t| {
                    calls += 1;
                    match &mut pieces {
                        Some(all) => all.append(t),
                        None => {
                            pieces = Some(t);
                            Ok(())
                        }
                    }
                })
                .unwrap();
            assert_eq!(pieces.unwrap(), whole, "chunk {chunk}");
            assert_eq!(calls, pledges.len() / chunk + 1, "chunk {chunk}");
        }
    }
    // No pledge: one call, with empty tables that still have their columns.
    let mut calls = 0;
    TablesCall::default()
        .prepare(&Rates::embedded())
        .unwrap()
        .build_chunks(&b"\n"[..], 10, |t| {
            calls += 1;
            assert!(t.pledges.is_empty() && !t.pledges.columns.is_empty());
            Ok(())
        })
        .unwrap();
    assert_eq!(calls, 1);
}

#[test]
fn a_streamed_profile_is_the_profile_of_all_the_pledges() {
    let (array, lines) = sample_texts();
    let pledges = crate::parse::parse_pledges(&array).unwrap();
    let (call, _) = from_value::<ProfileCall>(
        json!({"country": "Uganda", "options": {"asOf": "2026-01-01", "currency": "EUR"}}),
    )
    .unwrap();
    let (prepared, country) = call.prepare(&Rates::embedded()).unwrap();
    let whole = prepared.profile(&pledges, country).unwrap();
    assert!(whole.pledges > 0);
    for text in [&array, &lines] {
        let streamed = prepared
            .profile_reader(std::io::Cursor::new(text.as_bytes()), country)
            .unwrap();
        assert_eq!(streamed, whole);
    }
}

/// The sample pledges as JSON Lines, and cut into `n` partitions of whole lines.
fn sample_lines(n: usize) -> (Vec<u8>, Vec<Vec<u8>>) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/data/pledges.json");
    let mut docs: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // Relations that change the figures, across partitions.
    for (at, kind, to) in [
        (7, "supersedes", "P2C-SAMPLE-006"),
        (8, "part_of", "P2C-SAMPLE-001"),
        (30, "same_funds_as", "P2C-SAMPLE-022"),
        (39, "same_funds_as", "P2C-SAMPLE-013"),
    ] {
        docs[at]["relations"] = json!([{"pledge": to, "type": kind}]);
    }
    let lines: Vec<String> = docs.iter().map(|d| d.to_string()).collect();
    let whole = format!("{}\n", lines.join("\n")).into_bytes();
    let size = lines.len().div_ceil(n);
    let parts = lines
        .chunks(size)
        .map(|c| format!("{}\n", c.join("\n")).into_bytes())
        .collect();
    (whole, parts)
}

fn summary_call(value: serde_json::Value) -> PreparedSummary {
    let (call, _) = from_value::<SummaryCall>(value).unwrap();
    call.prepare(&Rates::default()).unwrap()
}

#[test]
fn partitions_summarized_apart_merge_into_the_one_pass_summary() {
    let (whole, parts) = sample_lines(3);
    for options in [
        json!({"asOf": "2026-11-23"}),
        json!({"asOf": "2026-11-23", "attribution": "equal_split", "threads": 1}),
        json!({"asOf": "2025-01-01", "currency": "EUR", "threads": 2}),
    ] {
        let call = summary_call(options.clone());
        let pledges = ParseCall::default().pledges_bytes(&whole).unwrap();
        let one_pass = call.summarize(&pledges).unwrap().to_json();
        let file_route = call.summarize_input(Input::Bytes(&whole)).unwrap();
        assert_eq!(file_route.to_json(), one_pass, "{options}");
        let mut related: Vec<String> = Vec::new();
        for p in &parts {
            related.extend(call.related_ids(Input::Bytes(p)).unwrap());
        }
        related.sort();
        related.dedup();
        assert!(!related.is_empty(), "the sample has relations");
        let partials: Vec<Vec<u8>> = parts
            .iter()
            .map(|p| call.partial(Input::Bytes(p), &related).unwrap())
            .collect();
        let merged = call.merge_partials(&partials).unwrap();
        assert_eq!(merged.to_json(), one_pass, "{options}");
    }
}

#[test]
fn partials_that_cannot_merge_are_errors() {
    let (_, parts) = sample_lines(2);
    let call = summary_call(json!({"asOf": "2026-11-23"}));
    let related = call.related_ids(Input::Bytes(&parts[1])).unwrap();
    let a = call.partial(Input::Bytes(&parts[0]), &related).unwrap();
    let b = call.partial(Input::Bytes(&parts[1]), &related).unwrap();
    // No partial at all.
    let e = call.merge_partials::<Vec<u8>>(&[]).unwrap_err();
    assert_eq!(e.code(), "invalid_argument");
    // Told other related ids: refused by name.
    let fewer = call
        .partial(Input::Bytes(&parts[1]), &[] as &[String])
        .unwrap();
    let e = call.merge_partials(&[&a, &fewer]).unwrap_err();
    assert_eq!(e.to_json()["field"], "relatedIds");
    // Made with other options.
    let other = summary_call(json!({"asOf": "2026-11-24"}));
    let e = other.merge_partials(&[&a, &b]).unwrap_err();
    assert_eq!(
        (e.code(), &e.to_json()["field"]),
        ("partial_mismatch", &json!("asOf"))
    );
    // Truncated.
    let e = call
        .merge_partials(&[&a[..a.len() - 1], &b[..]])
        .unwrap_err();
    assert_eq!(e.code(), "invalid_partial");
    // A record that does not parse names its line.
    let e = call
        .partial(Input::Bytes(b"{\"id\": \"P-1\"}\n"), &related)
        .unwrap_err();
    assert_eq!(e.code(), "parse_error");
}

#[test]
fn tables_and_profiles_by_the_file_route_equal_the_in_memory_ones() {
    let (whole, _) = sample_lines(1);
    let path = std::env::temp_dir().join(format!("p2c-file-route-{}.jsonl", std::process::id()));
    std::fs::write(&path, &whole).unwrap();
    let pledges = ParseCall::default().pledges_bytes(&whole).unwrap();
    for options in [
        json!({}),
        json!({"currency": "USD", "threads": 1}),
        json!({"asOf": "2026-01-01", "filters": {"countries": ["KEN", "IND"]}, "threads": 2}),
    ] {
        let (call, _) = from_value::<TablesCall>(options.clone()).unwrap();
        let prepared = call.prepare(&Rates::default()).unwrap();
        let want = prepared.build(&pledges).unwrap();
        for input in [Input::Bytes(&whole), Input::Path(&path)] {
            let got = prepared.build_input(input).unwrap();
            for (g, w) in got.all().iter().zip(want.all()) {
                assert!(*g == w, "{options} {}", g.name);
            }
        }
    }
    let call = summary_call(json!({"asOf": "2026-01-01", "threads": 2}));
    let country = super::country("KEN", "/country").unwrap();
    let want = call
        .profile_reader(std::io::Cursor::new(&whole), country)
        .unwrap();
    for input in [Input::Bytes(&whole), Input::Path(&path)] {
        let got = call.profile_input(input, country).unwrap();
        assert_eq!(
            serde_json::to_value(&got).unwrap(),
            serde_json::to_value(&want).unwrap()
        );
    }
    let (parse, _) = from_value::<ParseCall>(json!({"threads": 2})).unwrap();
    assert_eq!(parse.pledges_path(&path).unwrap(), pledges);
    std::fs::remove_file(&path).unwrap();
}
