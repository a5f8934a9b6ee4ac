//! Beneficiary rules: absurd counts and implausible target years. Negative counts are found by
//! the walker (the schema's `minimum: 0`) and reported as `beneficiaries.negative_count`.

use super::super::partial::PPledge;
use super::super::pointer::{ptr, Seg, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};

/// The world's population, rounded up: UN World Population Prospects 2024 estimates about
/// 8.16 billion people in mid-2025. No pledge can reach more people than this.
pub const WORLD_POPULATION: u64 = 8_200_000_000;

/// Report a count of people above the world's population.
pub(crate) fn check_count(n: u64, path: &[Seg<'_>], sink: &mut Sink) {
    if n > WORLD_POPULATION {
        let params = sink.params().user("value", n).set("max", WORLD_POPULATION);
        let msg = format!(
            "{} people is more than the world's population ({WORLD_POPULATION})",
            sink.quote(&n.to_string())
        );
        sink.emit(
            Code::BeneficiariesExceedsWorldPopulation,
            ptr(path),
            msg,
            params,
        );
    }
}

pub(crate) fn run(p: &PPledge<'_>, sink: &mut Sink) {
    if let Some(b) = &p.beneficiaries {
        if let Some(n) = b.people_reached {
            check_count(n, &[K("beneficiaries"), K("peopleReached")], sink);
        }
        if let Some(year) = b.target_year {
            let period = p.period.as_ref();
            let start = period.and_then(|x| x.start).map(|d| d.year());
            let end = period.and_then(|x| x.end).map(|d| d.year());
            let outside = !(2000..=2100).contains(&year)
                || start.is_some_and(|s| year < s)
                || end.is_some_and(|e| year > e);
            if outside {
                let mut params = sink.params().user("value", year);
                if let Some(s) = start {
                    params = params.set("periodStartYear", s);
                }
                if let Some(e) = end {
                    params = params.set("periodEndYear", e);
                }
                let msg = format!(
                    "the target year {} is before 2000, after 2100 or outside the pledge's period",
                    sink.quote(&year.to_string())
                );
                sink.emit(
                    Code::BeneficiariesImplausibleTargetYear,
                    ptr(&[K("beneficiaries"), K("targetYear")]),
                    msg,
                    params,
                );
            }
        }
    }
    for (i, r) in p.progress_reports.valid().into_iter().flatten().enumerate() {
        if let Some(n) = r.as_ref().and_then(|r| r.people_reached) {
            check_count(n, &[K("progressReports"), I(i), K("peopleReached")], sink);
        }
    }
}
