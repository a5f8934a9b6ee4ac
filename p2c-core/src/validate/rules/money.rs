//! Money rules: financial pledges need a positive value; values on non-financial pledges;
//! implausible amounts; stated exchange rates; negative amounts delivered.
//!
//! Currencies are checked against ISO 4217 as embedded in [`crate::money::currency`]: an
//! unknown code is an error; a code withdrawn before the date it is used on is an error (the
//! value date for `financialValue`, the rate date for `explicitRate.to`, the report date for
//! `amountDelivered`); more decimals than the currency's minor unit (after dropping trailing
//! zeros: `"10.50"` USD is fine) is a warning.
//!
//! **Implausible amount** (warning): more than 10^12 units of any currency. p2c has no exchange
//! rates at validation time, so the threshold is in units: one trillion is ten times the
//! coalition's whole USD 100 bn goal in any currency worth USD 0.10 or more, and still worth a
//! second look (digits added, or minor units) in the weakest currencies.
#![deny(clippy::arithmetic_side_effects)]

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::super::partial::{each, PPledge};
use super::super::pointer::{ptr, Seg, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};
use crate::model::CurrencyCode;
use crate::money::currency::currency;
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

/// Check a currency code (known, in use on `date`) and an amount's precision in it.
fn currency_rules(
    code: Option<CurrencyCode>,
    date: Option<NaiveDate>,
    amount: Option<Decimal>,
    code_path: &[Seg<'_>],
    amount_path: &[Seg<'_>],
    sink: &mut Sink,
) {
    let Some(code) = code else { return };
    let Some(info) = currency(code) else {
        let params = sink.params().user("value", code.as_str());
        let msg = format!(
            "{} is not an ISO 4217 currency code",
            sink.quote(code.as_str())
        );
        sink.emit(Code::MoneyUnknownCurrency, ptr(code_path), msg, params);
        return;
    };
    if let (Some(d), Some(w)) = (date, info.withdrawn_on) {
        if !info.in_use_on(d) {
            let params = sink
                .params()
                .set("currency", code.as_str())
                .set("withdrawnOn", w.to_string())
                .set("date", d.to_string());
            let msg = format!("`{code}` was withdrawn on {w}, before {d}");
            sink.emit(Code::MoneyCurrencyNotInUse, ptr(code_path), msg, params);
        }
    }
    if let (Some(a), Some(minor)) = (amount, info.minor_units) {
        let scale = a.normalize().scale();
        if scale > minor {
            let params = sink
                .params()
                .set("currency", code.as_str())
                .set("minorUnits", minor)
                .set("decimals", scale);
            let msg = format!("the amount has {scale} decimal places; `{code}` has {minor}");
            sink.emit(Code::MoneyExcessPrecision, ptr(amount_path), msg, params);
        }
    }
}

pub(crate) fn run(p: &PPledge<'_>, sink: &mut Sink) {
    if let Some(v) = p.financial_value.valid() {
        currency_rules(
            v.currency,
            v.value_date,
            v.amount,
            &[K("financialValue"), K("currency")],
            &[K("financialValue"), K("amount")],
            sink,
        );
        if let Some(r) = &v.explicit_rate {
            currency_rules(
                r.to,
                r.date,
                None,
                &[K("financialValue"), K("explicitRate"), K("to")],
                &[],
                sink,
            );
        }
    }
    for (i, r) in p.progress_reports.valid().into_iter().flatten().enumerate() {
        let Some(r) = r else { continue };
        if let Some(m) = &r.amount_delivered {
            currency_rules(
                m.currency,
                r.date,
                m.amount,
                &[
                    K("progressReports"),
                    I(i),
                    K("amountDelivered"),
                    K("currency"),
                ],
                &[
                    K("progressReports"),
                    I(i),
                    K("amountDelivered"),
                    K("amount"),
                ],
                sink,
            );
        }
    }
    others(p, sink);
}

fn others(p: &PPledge<'_>, sink: &mut Sink) {
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
                    let params = sink
                        .params()
                        .set("reason", "same_currency")
                        .set("currency", from.as_str());
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
