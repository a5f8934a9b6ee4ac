//! The UN Sustainable Development Goals and their targets (format 1.1 `sdgs`).
//!
//! The 17 goals with their official short titles, and how many targets each has: numbered
//! outcome targets (`9.1` … `9.5`) and lettered means-of-implementation targets (`9.a` …
//! `9.c`), 169 in all, as adopted in the 2030 Agenda (UN General Assembly resolution
//! A/RES/70/1, 2015). Compiled from `data/un_sdg_goals.csv`; see `data/SOURCES.md`.

use crate::taxonomy::{CodeEntry, CodelistInfo};

/// One Sustainable Development Goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoalInfo {
    /// The goal's number, 1–17.
    pub goal: u8,
    /// The UN's short title ("Industry, innovation and infrastructure").
    pub title: &'static str,
    /// How many numbered targets the goal has (`9.1` … `9.5`: 5).
    pub numbered_targets: u8,
    /// How many lettered targets the goal has (`9.a` … `9.c`: 3).
    pub lettered_targets: u8,
}

include!(concat!(env!("OUT_DIR"), "/sdg.rs"));

/// The 17 goals, in order.
pub fn goals() -> &'static [GoalInfo] {
    GOALS
}

/// The goal with this number, if it is 1–17.
pub fn goal(number: u64) -> Option<&'static GoalInfo> {
    GOALS.iter().find(|g| u64::from(g.goal) == number)
}

/// A target code split into its goal and its part after the dot: `"9.c"` → `(9, "c")`.
/// `None` unless the text is a goal number, a dot, and one or two digits or one lower-case
/// letter.
pub fn split_target(code: &str) -> Option<(u8, &str)> {
    let (g, t) = code.split_once('.')?;
    let goal: u8 = (!g.is_empty() && g.len() <= 2 && g.bytes().all(|b| b.is_ascii_digit()))
        .then(|| g.parse().ok())
        .flatten()?;
    let digits = !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
    let letter = t.len() == 1 && t.bytes().all(|b| b.is_ascii_lowercase());
    (digits && !t.starts_with('0') || letter).then_some((goal, t))
}

/// Whether `code` is one of the 169 targets (`"9.c"` yes, `"9.9"` no).
pub fn is_target(code: &str) -> bool {
    let Some((g, t)) = split_target(code) else {
        return false;
    };
    let Some(info) = goal(u64::from(g)) else {
        return false;
    };
    match t.parse::<u8>() {
        Ok(n) => (1..=info.numbered_targets).contains(&n),
        Err(_) => t
            .bytes()
            .next()
            .and_then(|b| b.checked_sub(b'a'))
            .is_some_and(|i| i < info.lettered_targets),
    }
}

/// The codelist view of the goals (code: the goal's number as text).
pub(crate) fn codelist_info() -> CodelistInfo {
    const NUMBERS: [&str; 17] = [
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17",
    ];
    CodelistInfo {
        name: "sdgGoal",
        title: "Sustainable Development Goal",
        parent_codelist: None,
        entries: GOALS
            .iter()
            .zip(NUMBERS)
            .map(|(g, n)| CodeEntry {
                code: n,
                label: g.title,
                description: "UN Sustainable Development Goal (2030 Agenda, A/RES/70/1)",
                parent: None,
                since: Some("1.1"),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seventeen_goals_169_targets() {
        assert_eq!(goals().len(), 17);
        let mut n = 0;
        for g in goals() {
            for i in 1..=30u8 {
                n += usize::from(is_target(&format!("{}.{i}", g.goal)));
            }
            for c in b'a'..=b'z' {
                n += usize::from(is_target(&format!("{}.{}", g.goal, c as char)));
            }
        }
        assert_eq!(n, 169);
        assert_eq!(
            goal(9).unwrap().title,
            "Industry, innovation and infrastructure"
        );
        assert!(is_target("9.c") && is_target("4.4") && is_target("17.19") && is_target("8.10"));
        for bad in [
            "9.d", "9.6", "17.a", "18.1", "9.01", "9.", ".1", "9.C", "9.1.1", "0.1",
        ] {
            assert!(!is_target(bad), "{bad}");
        }
        assert_eq!(split_target("9.c"), Some((9, "c")));
        assert_eq!(split_target("9.01"), None);
    }
}
