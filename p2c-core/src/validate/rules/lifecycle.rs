//! Dates and lifecycle rules: the period, the value date, timestamps, the review state and its
//! transitions.
//!
//! Heuristics: a period is implausible when it runs more than 20 years, starts before 2000 or
//! ends after 2100; a value date is "far outside" the period when it is more than two years
//! (731 days) before its first possible day or after its last possible day. "Completed" is
//! flagged only when the end date's *first* possible day is after the as-of date (so `2026`
//! is not "ahead" on 2026-06-01).
//!
//! **Value and announcement dates** (`financialValue.valueDate`, `announcedOn`, either
//! precision): after the as-of date when their *first* possible day is after it; before the
//! coalition existed when their *last* possible day is before [`COALITION_LAUNCH`], 1 March
//! 2021: ITU launched Partner2Connect in March 2021 (ITU press release of December 2023,
//! `shared/sources/002`; DOMAIN.md), and the month is the precision the sources give. Both
//! are warnings: a pledge may restate an older commitment at its older value date. A 1.1
//! pledge without `announcedOn` is reported at `info`. An event whose first day is after the
//! as-of date cannot be where the pledge was announced (warning).
//!
//! Transitions are documented in the table of the [`crate::validate`] module docs.

use chrono::{NaiveDate, TimeDelta};

use super::super::partial::{each, PPledge};
use super::super::pointer::{ptr, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Issue, Sink};
use crate::model::{FormatVersion, Pledge};
use crate::taxonomy::{Codelist, ImplementationStatus, ReviewState};

/// Longest plausible period, in days (20 years).
const MAX_PERIOD_DAYS: i64 = 20 * 366;
/// How far outside the period a value date may be before it is flagged, in days.
const VALUE_DATE_MARGIN_DAYS: i64 = 731;

/// The first day of the month in which ITU launched Partner2Connect (March 2021): value and
/// announcement dates wholly before it are reported.
pub(crate) const COALITION_LAUNCH: NaiveDate = match NaiveDate::from_ymd_opt(2021, 3, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

fn dates(p: &PPledge<'_>, as_of: NaiveDate, sink: &mut Sink) {
    let value_date = p.financial_value.valid().and_then(|v| v.value_date);
    let places = [
        (value_date, [K("financialValue"), K("valueDate")].as_slice()),
        (p.announced_on, [K("announcedOn")].as_slice()),
    ];
    for (date, path) in places {
        let Some(d) = date else { continue };
        if d.first_day() > as_of {
            let params = sink
                .params()
                .user("value", d.to_string())
                .set("asOf", as_of.to_string());
            let msg = format!(
                "the date {} is after the as-of date {as_of}",
                sink.quote(&d.to_string())
            );
            sink.emit(Code::LifecycleDateAfterAsOf, ptr(path), msg, params);
        }
        if d.last_day() < COALITION_LAUNCH {
            let params = sink
                .params()
                .user("value", d.to_string())
                .set("bound", COALITION_LAUNCH.to_string());
            let msg = format!(
                "the date {} is before Partner2Connect was launched (March 2021)",
                sink.quote(&d.to_string())
            );
            sink.emit(Code::LifecycleDateBeforeCoalition, ptr(path), msg, params);
        }
    }
    if p.format_version >= Some(FormatVersion::V1_1) && p.announced_on.is_none() {
        let params = sink.params();
        sink.emit(
            Code::LifecycleNoAnnouncementDate,
            ptr(&[K("announcedOn")]),
            "no announcement date: as-of summaries date the pledge by its validation, submission or value date, and count it under every as-of date when it has none".into(),
            params,
        );
    }
    for (i, code) in each(&p.events) {
        let Some(e) = crate::events::event(code) else {
            continue;
        };
        let Some(start) = e.start_date() else {
            continue;
        };
        if start.first_day() > as_of {
            let params = sink
                .params()
                .set("event", e.code)
                .set("start", e.start)
                .set("asOf", as_of.to_string());
            let msg = format!(
                "the event `{}` starts on {}, after the as-of date {as_of}",
                e.code, e.start
            );
            sink.emit(
                Code::LifecycleEventAfterAsOf,
                ptr(&[K("events"), I(i)]),
                msg,
                params,
            );
        }
    }
}

/// Whether a pledge's review state may change from `from` to `to` (see the table in the
/// [`crate::validate`] docs). Staying in the same state is always allowed.
///
/// ```
/// use p2c_core::taxonomy::ReviewState::*;
/// use p2c_core::validate::can_transition;
/// assert!(can_transition(UnderReview, Published));
/// assert!(!can_transition(Draft, Published));
/// ```
pub fn can_transition(from: ReviewState, to: ReviewState) -> bool {
    use ReviewState::*;
    from == to
        || matches!(
            (from, to),
            (Draft, Submitted | Withdrawn)
                | (Submitted, Draft | UnderReview | Withdrawn)
                | (UnderReview, Draft | Published | Rejected | Withdrawn)
                | (Published, UnderReview | Withdrawn)
                | (Rejected, Draft)
        )
}

/// The issue for a review-state change, if it is illegal: code `lifecycle.illegal_transition`,
/// path `/reviewState`, params `from`, `to`, `allowed` (the states `from` may move to).
pub fn check_transition(from: ReviewState, to: ReviewState) -> Option<Issue> {
    super::super::transition_issue(from, to, false)
}

pub(crate) fn transition_rule(from: ReviewState, to: ReviewState, sink: &mut Sink) {
    if can_transition(from, to) {
        return;
    }
    let allowed: Vec<&str> = ReviewState::all()
        .iter()
        .filter(|s| can_transition(from, **s))
        .map(|s| s.code())
        .collect();
    let params = sink
        .params()
        .set("from", from.code())
        .set("to", to.code())
        .set("allowed", allowed);
    sink.emit(
        Code::LifecycleIllegalTransition,
        ptr(&[K("reviewState")]),
        format!(
            "the review state cannot change from `{}` to `{}`",
            from.code(),
            to.code()
        ),
        params,
    );
}

pub(crate) fn update_rules(old: &Pledge, new: &Pledge, sink: &mut Sink) {
    if old.id != new.id {
        let params = sink
            .params()
            .user("old", old.id.as_str())
            .user("new", new.id.as_str());
        let msg = format!(
            "the id changed from {} to {}",
            sink.quote(&old.id),
            sink.quote(&new.id)
        );
        sink.emit(Code::LifecycleIdChanged, ptr(&[K("id")]), msg, params);
    }
    transition_rule(old.review_state, new.review_state, sink);
}

fn days(a: NaiveDate, b: NaiveDate) -> i64 {
    b.signed_duration_since(a).num_days()
}

pub(crate) fn run(p: &PPledge<'_>, as_of: NaiveDate, sink: &mut Sink) {
    let period = p.period.as_ref();
    let start = period.and_then(|x| x.start);
    let end = period.and_then(|x| x.end);
    let mut too_long = false;
    if let (Some(s), Some(e)) = (start, end) {
        if e.last_day() < s.first_day() {
            let params = sink
                .params()
                .user("start", s.to_string())
                .user("end", e.to_string());
            sink.emit(
                Code::LifecycleEndBeforeStart,
                ptr(&[K("period"), K("end")]),
                "the period ends before it starts".into(),
                params,
            );
        } else if days(s.first_day(), e.last_day()) > MAX_PERIOD_DAYS {
            too_long = true;
            let params = sink.params().set("reason", "too_long").set("maxYears", 20);
            sink.emit(
                Code::LifecycleImplausiblePeriod,
                ptr(&[K("period")]),
                "the period runs for more than 20 years".into(),
                params,
            );
        }
    }
    let out_of_range =
        start.is_some_and(|s| s.year() < 2000) || end.is_some_and(|e| e.year() > 2100);
    if out_of_range && !too_long {
        let params = sink.params().set("reason", "out_of_range");
        sink.emit(
            Code::LifecycleImplausiblePeriod,
            ptr(&[K("period")]),
            "the period starts before 2000 or ends after 2100".into(),
            params,
        );
    }
    if let Some(vd) = p.financial_value.valid().and_then(|v| v.value_date) {
        let margin = TimeDelta::days(VALUE_DATE_MARGIN_DAYS);
        let early = start
            .and_then(|s| s.first_day().checked_sub_signed(margin))
            .is_some_and(|limit| vd.last_day() < limit);
        let late = end
            .and_then(|e| e.last_day().checked_add_signed(margin))
            .is_some_and(|limit| vd.first_day() > limit);
        if early || late {
            let mut params = sink.params().user("value", vd.to_string());
            if let Some(s) = start {
                params = params.set("periodStart", s.to_string());
            }
            if let Some(e) = end {
                params = params.set("periodEnd", e.to_string());
            }
            sink.emit(
                Code::LifecycleValueDateOutsidePeriod,
                ptr(&[K("financialValue"), K("valueDate")]),
                "the value date is more than two years outside the pledge's period".into(),
                params,
            );
        }
    }
    dates(p, as_of, sink);
    if p.review_state == Some(ReviewState::Published) && p.validated_at.is_absent() {
        let params = sink.params();
        sink.emit(
            Code::LifecyclePublishedWithoutValidation,
            ptr(&[K("validatedAt")]),
            "the pledge is published but has no validation timestamp".into(),
            params,
        );
    }
    let submitted = p.submitted_at.valid();
    let validated = p.validated_at.valid();
    if let (Some(s), Some(v)) = (submitted, validated) {
        if v < s {
            let params = sink.params();
            sink.emit(
                Code::LifecycleValidatedBeforeSubmitted,
                ptr(&[K("validatedAt")]),
                "the pledge was validated before it was submitted".into(),
                params,
            );
        }
    }
    for (field, t) in [("submittedAt", submitted), ("validatedAt", validated)] {
        if let Some(t) = t {
            if t.date_naive() > as_of {
                let params = sink.params().set("asOf", as_of.to_string());
                sink.emit(
                    Code::LifecycleTimestampInFuture,
                    ptr(&[K(field)]),
                    format!("the timestamp is after the as-of date {as_of}"),
                    params,
                );
            }
        }
    }
    if p.implementation_status == Some(ImplementationStatus::Completed) {
        if let Some(e) = end {
            if e.first_day() > as_of {
                let params = sink
                    .params()
                    .set("end", e.to_string())
                    .set("asOf", as_of.to_string());
                sink.emit(
                    Code::LifecycleCompletedBeforeEnd,
                    ptr(&[K("implementationStatus")]),
                    format!("the pledge is marked completed but ends in {e}, after {as_of}"),
                    params,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReviewState::*;

    #[test]
    fn transition_table() {
        // The documented table, row by row (hand-written, independent of the match above).
        let allowed: &[(ReviewState, &[ReviewState])] = &[
            (Draft, &[Draft, Submitted, Withdrawn]),
            (Submitted, &[Draft, Submitted, UnderReview, Withdrawn]),
            (
                UnderReview,
                &[Draft, UnderReview, Published, Rejected, Withdrawn],
            ),
            (Published, &[UnderReview, Published, Withdrawn]),
            (Rejected, &[Draft, Rejected]),
            (Withdrawn, &[Withdrawn]),
        ];
        for (from, tos) in allowed {
            for to in ReviewState::all() {
                assert_eq!(
                    can_transition(*from, *to),
                    tos.contains(to),
                    "{from} -> {to}"
                );
            }
        }
        let issue = check_transition(Draft, Published).unwrap();
        assert_eq!(issue.code, "lifecycle.illegal_transition");
        assert_eq!(issue.path, "/reviewState");
        assert!(check_transition(Published, Withdrawn).is_none());
    }
}
