//! Progress-report rules: report dates against submission and the as-of date, report order,
//! cumulative people reached, amounts delivered against the announced value.
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;

use super::super::partial::PPledge;
use super::super::pointer::{ptr, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};

pub(crate) fn run(p: &PPledge<'_>, as_of: NaiveDate, sink: &mut Sink) {
    let Some(reports) = p.progress_reports.valid() else {
        return;
    };
    let submitted = p.submitted_at.valid().map(|t| t.date_naive());
    let value = p.financial_value.valid();
    let mut last_date: Option<NaiveDate> = None;
    let mut max_people: Option<(u64, usize)> = None;
    for (i, r) in reports.iter().enumerate() {
        let Some(r) = r else { continue };
        if let Some(d) = r.date {
            let path = ptr(&[K("progressReports"), I(i), K("date")]);
            if let Some(s) = submitted.filter(|s| d < *s) {
                let params = sink.params().set("submittedAt", s.to_string());
                sink.emit(
                    Code::ReportsBeforeSubmission,
                    path.clone(),
                    format!("the report is dated before the pledge was submitted ({s})"),
                    params,
                );
            }
            if d > as_of {
                let params = sink.params().set("asOf", as_of.to_string());
                sink.emit(
                    Code::ReportsAfterAsOf,
                    path.clone(),
                    format!("the report is dated after the as-of date {as_of}"),
                    params,
                );
            }
            if let Some(prev) = last_date.filter(|prev| d < *prev) {
                let params = sink.params().set("previousDate", prev.to_string());
                sink.emit(
                    Code::ReportsOutOfOrder,
                    path,
                    format!("the report is dated before the previous report ({prev})"),
                    params,
                );
            }
            last_date = Some(last_date.map_or(d, |prev| prev.max(d)));
        }
        if let Some(n) = r.people_reached {
            if let Some((max, at)) = max_people.filter(|(max, _)| n < *max) {
                let params = sink.params().set("previous", max).set("previousIndex", at);
                sink.emit(
                    Code::ReportsPeopleDecreased,
                    ptr(&[K("progressReports"), I(i), K("peopleReached")]),
                    format!("people reached fell below the {max} of report {at}"),
                    params,
                );
            }
            if max_people.is_none_or(|(max, _)| n > max) {
                max_people = Some((n, i));
            }
        }
        let delivered = r.amount_delivered.as_ref();
        if let (Some(v), Some(m)) = (value, delivered) {
            let same = v.currency.is_some() && v.currency == m.currency;
            if let (true, false, Some(announced), Some(got)) =
                (same, v.is_floor, v.amount, m.amount)
            {
                // A non-positive announced value is already an error; comparing with it says nothing.
                if announced > rust_decimal::Decimal::ZERO && got > announced {
                    let params = sink.params().set("announced", announced.to_string());
                    sink.emit(
                        Code::ReportsDeliveredExceedsValue,
                        ptr(&[
                            K("progressReports"),
                            I(i),
                            K("amountDelivered"),
                            K("amount"),
                        ]),
                        format!("the amount delivered exceeds the announced {announced}"),
                        params,
                    );
                }
            }
        }
    }
}
