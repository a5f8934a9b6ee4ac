//! Delivered against pledged amounts, from the latest report that states a delivered amount.

use rust_decimal::Decimal;

use super::select::Counted;
use super::{inc, DeliveryStats, SummaryOptions, Unconverted};
use crate::money::exact::{add, ratio};
use crate::Result;

/// Running sums of delivered and pledged amounts.
#[derive(Debug, Clone, Default)]
pub(super) struct DeliveryAcc {
    pub(super) pledges: u64,
    pub(super) delivered: Decimal,
    pub(super) pledged: Decimal,
}

impl DeliveryAcc {
    /// Add a counted pledge whose value is final.
    pub(super) fn add(
        &mut self,
        c: &Counted<'_>,
        options: &SummaryOptions,
        unconverted: &mut Vec<Unconverted>,
    ) -> Result<()> {
        let Some(pledged) = c.value else {
            return Ok(());
        };
        let Some((date, money)) = c
            .reports
            .iter()
            .rev()
            .find_map(|r| r.amount_delivered.map(|m| (r.date, m)))
        else {
            return Ok(());
        };
        let amount = if money.currency == options.currency {
            Ok(money.amount)
        } else {
            options
                .converter
                .convert(money, date, None, options.currency)
                .map(|conv| conv.amount)
        };
        match amount {
            Ok(a) => {
                self.delivered = add(self.delivered, a, "delivered value")?;
                self.pledged = add(self.pledged, pledged, "pledged value")?;
                inc(&mut self.pledges);
            }
            Err(e) => unconverted.push(Unconverted {
                id: c.p.id.clone(),
                kind: "delivered".into(),
                amount: money.amount,
                currency: money.currency,
                date,
                code: e.code().into(),
                reason: e.to_string(),
            }),
        }
        Ok(())
    }

    /// Add the sums of `later` (pledges that came after this accumulator's): exact, or an
    /// `overflow` error.
    pub(super) fn append(&mut self, later: &DeliveryAcc) -> Result<()> {
        self.delivered = add(self.delivered, later.delivered, "delivered value")?;
        self.pledged = add(self.pledged, later.pledged, "pledged value")?;
        self.pledges = self.pledges.saturating_add(later.pledges);
        Ok(())
    }

    pub(super) fn finish(self) -> DeliveryStats {
        DeliveryStats {
            pledges: self.pledges,
            delivered: self.delivered,
            pledged: self.pledged,
            ratio: (!self.pledged.is_zero()).then(|| ratio(self.delivered, self.pledged)),
        }
    }
}
