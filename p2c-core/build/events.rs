//! `data/p2c_events.csv` → `$OUT_DIR/events.rs`, and `data/un_sdg_goals.csv` → `$OUT_DIR/sdg.rs`.
//!
//! Event codes must have the shape of the open codelist (upper-case letters and digits in
//! hyphen-separated parts), kinds must be `event` or `campaign`, dates must be `YYYY`,
//! `YYYY-MM` or `YYYY-MM-DD` with the start not after the end; SDG goals must be 1–17 in order.

use std::fmt::Write;

fn is_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or_default();
    first.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && first
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && parts.all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        })
}

/// The first and last day a partial date stands for, as `YYYY-MM-DD` text.
fn bounds(s: &str, at: &str) -> (chrono::NaiveDate, chrono::NaiveDate) {
    use chrono::NaiveDate;
    fn fail(at: &str, s: &str) -> ! {
        panic!("{at}: `{s}` is not YYYY, YYYY-MM or YYYY-MM-DD")
    }
    let bad = || -> NaiveDate { fail(at, s) };
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().unwrap_or_else(|_| fail(at, s));
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y) as i32;
            (
                NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_else(bad),
                NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or_else(bad),
            )
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y) as i32, num(m));
            let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or_else(bad);
            let next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)
            }
            .unwrap_or_else(bad);
            (first, next.pred_opt().unwrap_or_else(bad))
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            let day = NaiveDate::from_ymd_opt(num(y) as i32, num(m), num(d)).unwrap_or_else(bad);
            (day, day)
        }
        _ => fail(at, s),
    }
}

pub(crate) fn generate() {
    let mut out = String::from("pub(crate) static EVENTS: &[EventInfo] = &[\n");
    let mut seen = std::collections::BTreeSet::new();
    for (i, r) in crate::read_csv("p2c_events.csv").iter().enumerate() {
        let at = format!("p2c_events.csv:{}", i + 2);
        let field = |n: usize| {
            r.get(n)
                .unwrap_or_else(|| panic!("{at}: missing column {n}"))
        };
        let code = field(0);
        assert!(is_code(code), "{at}: `{code}` is not an event code");
        assert!(
            seen.insert(code.to_owned()),
            "{at}: duplicate code `{code}`"
        );
        let kind = match field(2) {
            "event" => "EventKind::Event",
            "campaign" => "EventKind::Campaign",
            other => panic!("{at}: kind `{other}` is neither `event` nor `campaign`"),
        };
        let (start, end) = (field(3), field(4));
        let (first, _) = bounds(start, &at);
        let (_, last) = bounds(end, &at);
        assert!(first <= last, "{at}: starts after it ends");
        assert!(!field(6).is_empty(), "{at}: every event names its source");
        writeln!(
            out,
            "    EventInfo {{ code: {code:?}, name: {:?}, kind: {kind}, start: {start:?}, end: {end:?}, place: {:?}, source: {:?}, note: {:?} }},",
            field(1), field(5), field(6), field(7)
        )
        .expect("write to String");
    }
    out.push_str("];\n");
    std::fs::write(crate::out_dir().join("events.rs"), out).expect("write events.rs");

    let mut out = String::from("pub(crate) static GOALS: &[GoalInfo] = &[\n");
    let mut total = 0;
    for (i, r) in crate::read_csv("un_sdg_goals.csv").iter().enumerate() {
        let at = format!("un_sdg_goals.csv:{}", i + 2);
        let field = |n: usize| {
            r.get(n)
                .unwrap_or_else(|| panic!("{at}: missing column {n}"))
        };
        let goal: u8 = field(0).parse().unwrap_or_else(|e| panic!("{at}: {e}"));
        assert_eq!(
            usize::from(goal),
            i + 1,
            "{at}: goals must be 1-17 in order"
        );
        let numbered: u8 = field(2).parse().unwrap_or_else(|e| panic!("{at}: {e}"));
        let lettered: u8 = field(3).parse().unwrap_or_else(|e| panic!("{at}: {e}"));
        assert!(lettered <= 26, "{at}: more lettered targets than letters");
        total += u32::from(numbered) + u32::from(lettered);
        writeln!(
            out,
            "    GoalInfo {{ goal: {goal}, title: {:?}, numbered_targets: {numbered}, lettered_targets: {lettered} }},",
            field(1)
        )
        .expect("write to String");
    }
    assert_eq!(
        total, 169,
        "un_sdg_goals.csv: the 2030 Agenda has 169 targets"
    );
    out.push_str("];\n");
    std::fs::write(crate::out_dir().join("sdg.rs"), out).expect("write sdg.rs");
}
