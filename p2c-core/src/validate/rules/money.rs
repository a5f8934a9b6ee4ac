//! Money rules: financial pledges need a positive value; values on non-financial pledges;
//! implausible amounts; stated exchange rates; negative amounts delivered.
//!
//! **Implausible amount** (warning): more than 10^12 units of any currency. p2c has no exchange
//! rates at validation time, so the threshold is in units: one trillion is ten times the
//! coalition's whole USD 100 bn goal in any currency worth USD 0.10 or more, and still worth a
//! second look (digits added, or minor units) in the weakest currencies.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::Decimal;

use super::super::partial::{each, PPledge};
use super::super::pointer::{ptr, Seg, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};
use crate::taxonomy::PledgeType;

/// Amounts above this many units of a currency are reported as implausible.
pub const IMPLAUSIBLE_UNITS: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

fn implausible(amount: Decimal, path: &[Seg<'_>], sink: &mut Sink) {
    if amount > IMPLAUSIBLE_UNITS {
        let params = sink
            .params()
            .user("value", amount.to_string())
            .set("max", IMPLAUSIBLE_UNITS.to_string());
        let msg = format!(
            "the amount {} is implausibly large for one pledge",
            sink.quote(&amount.to_string())
        );
        sink.emit(Code::MoneyImplausibleAmount, ptr(path), msg, params);
    }
}

pub(crate) fn run(p: &PPledge<'_>, sink: &mut Sink) {
    let types_known = p.pledge_types.valid().is_some();
    let financial = each(&p.pledge_types).any(|(_, t)| *t == PledgeType::Financial);
    // An empty or partly unreadable list is already a structural error: say nothing more.
    let all_types_read =
        super::super::partial::all_valid(&p.pledge_types).is_some_and(|t| !t.is_empty());
    if financial && p.financial_value.is_absent() {
        let params = sink.params();
        sink.emit(
            Code::MoneyMissingValue,
            ptr(&[K("financialValue")]),
            "a financial pledge needs a financial value".into(),
            params,
        );
    }
    if let Some(v) = p.financial_value.valid() {
        if types_known && all_types_read && !financial {
            let params = sink.params();
            sink.emit(
                Code::MoneyValueOnNonFinancial,
                ptr(&[K("financialValue")]),
                "the pledge has a financial value but is not of type `financial`".into(),
                params,
            );
        }
        if let Some(amount) = v.amount {
            let path = [K("financialValue"), K("amount")];
            if amount <= Decimal::ZERO {
                let params = sink.params().user("value", amount.to_string());
                let msg = format!(
                    "the amount {} is not positive",
                    sink.quote(&amount.to_string())
                );
                sink.emit(Code::MoneyNonPositiveValue, ptr(&path), msg, params);
            }
            implausible(amount, &path, sink);
        }
        if let Some(rate) = &v.explicit_rate {
            if let Some(r) = rate.rate {
                if r <= Decimal::ZERO {
                    let params = sink.params().set("reason", "non_positive");
                    sink.emit(
                        Code::MoneyInvalidExplicitRate,
                        ptr(&[K("financialValue"), K("explicitRate"), K("rate")]),
                        "the exchange rate is not positive".into(),
                        params,
                    );
                }
            }
            if let (Some(to), Some(from)) = (rate.to, v.currency) {
                if to == from {
                    let params = sink.params().set("reason", "same_currency");
                    sink.emit(
                        Code::MoneyInvalidExplicitRate,
                        ptr(&[K("financialValue"), K("explicitRate"), K("to")]),
                        format!("the exchange rate converts `{from}` into itself"),
                        params,
                    );
                }
            }
        }
    }
    for (i, r) in p.progress_reports.valid().into_iter().flatten().enumerate() {
        let Some(amount) = r
            .as_ref()
            .and_then(|r| r.amount_delivered.as_ref())
            .and_then(|m| m.amount)
        else {
            continue;
        };
        let path = [
            K("progressReports"),
            I(i),
            K("amountDelivered"),
            K("amount"),
        ];
        if amount < Decimal::ZERO {
            let params = sink.params().user("value", amount.to_string());
            let msg = format!(
                "the amount delivered {} is negative",
                sink.quote(&amount.to_string())
            );
            sink.emit(Code::MoneyNegativeAmount, ptr(&path), msg, params);
        }
        implausible(amount, &path, sink);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn threshold_is_one_trillion() {
        // 10^12 = 232 * 2^32 + 3_567_587_328 (computed by hand: 232 * 4294967296 = 996432412672).
        assert_eq!(IMPLAUSIBLE_UNITS, Decimal::from(1_000_000_000_000u64));
    }
}
