//! Sums and conversions near `Decimal::MAX` (2^96 - 1 ≈ 7.92e28) give `Error::Overflow`,
//! never a panic or a wrapped figure.
//!
//! Expected outcomes by hand: 5e28 + 5e28 = 1e29 > 7.92e28; MAX × 1.0662 (the ECB EUR→USD rate
//! of 7 June 2022, quoted in the money module's docs) > MAX.

use p2c_core::model::{CurrencyCode, MoneyAmount};
use p2c_core::money::{convert, ConvertOptions};
use p2c_core::{parse_pledges, Decimal, Error};

fn pledge(id: &str, amount: &str, currency: &str) -> String {
    format!(
        r#"{{"formatVersion":"1.0","id":"{id}","title":"t","pledgers":{{"lead":{{"name":"A",
        "stakeholderType":"government","headquarters":"KEN"}}}},"pledgeTypes":["financial"],
        "focusAreas":["access"],"financialValue":{{"amount":"{amount}","currency":"{currency}",
        "valueDate":"2022-06-07"}},"reviewState":"published"}}"#
    )
}

#[test]
fn two_pledges_of_5e28_usd_overflow_their_sum() {
    let five_e28 = "50000000000000000000000000000";
    let text = format!(
        "[{},{}]",
        pledge("A", five_e28, "USD"),
        pledge("B", five_e28, "USD")
    );
    let pledges = parse_pledges(&text).unwrap();
    let amounts: Vec<MoneyAmount> = pledges
        .iter()
        .map(|p| p.financial_value.as_ref().unwrap().money())
        .collect();
    // Each one alone is fine: 5e28 < 7.92e28.
    assert_eq!(
        MoneyAmount::checked_sum(CurrencyCode::USD, &amounts[..1])
            .unwrap()
            .amount,
        Decimal::from_i128_with_scale(5 * 10i128.pow(28), 0)
    );
    let err = MoneyAmount::checked_sum(CurrencyCode::USD, &amounts).unwrap_err();
    assert!(matches!(err, Error::Overflow { .. }), "{err:?}");
    assert_eq!(err.code(), "overflow");
    let err = amounts[0].checked_add(&amounts[1]).unwrap_err();
    assert_eq!(err.code(), "overflow");
}

#[test]
fn converting_decimal_max_eur_to_usd_overflows() {
    let m = MoneyAmount::new(Decimal::MAX, CurrencyCode::EUR);
    let date = "2022-06-07".parse().unwrap();
    let err = convert(&m, date, &ConvertOptions::to(CurrencyCode::USD)).unwrap_err();
    assert_eq!(err.code(), "overflow", "{err:?}");
    // The same amount in the same currency is no conversion and no overflow.
    let same = convert(&m, date, &ConvertOptions::to(CurrencyCode::EUR)).unwrap();
    assert_eq!(same.converted.amount.trunc(), Decimal::MAX.trunc());
}

#[test]
fn subtracting_past_decimal_min_overflows() {
    let low = MoneyAmount::new(Decimal::MIN, CurrencyCode::USD);
    let one = MoneyAmount::new(Decimal::ONE, CurrencyCode::USD);
    assert_eq!(low.checked_sub(&one).unwrap_err().code(), "overflow");
}
