//! Exact money arithmetic for sums and shares: checked sums that are exact or an `overflow`
//! error, the one rounded ratio, and largest-remainder splitting of a value into shares.
#![deny(clippy::arithmetic_side_effects)]

use rust_decimal::{Decimal, RoundingStrategy};

use crate::{Error, Result};

/// `a + b`, exactly, or `Error::Overflow` naming `what`. Every money sum of a summary goes
/// through here. `Decimal::checked_add` fails only when the integer part overflows; when the
/// sum needs more than 28 significant digits it silently rounds away fraction digits
/// (`18446744073709551615 + 1e-28`). A rounded sum is refused as an overflow too, so a total or
/// a breakdown row is either exact or an error.
pub(crate) fn add(a: Decimal, b: Decimal, what: &str) -> Result<Decimal> {
    let overflow = || Error::Overflow {
        operation: what.to_owned(),
    };
    let sum = a.checked_add(b).ok_or_else(overflow)?;
    if sum.scale() >= a.scale().max(b.scale()) {
        // Both operands were rescaled to the larger scale and added without rounding.
        return Ok(sum);
    }
    // `Decimal` reduced the scale to make the sum fit. The sum is exact when the true sum has
    // no digit below the kept scale: the integer parts add no fraction digits, and the
    // fraction parts (each below 1 in magnitude) add exactly.
    let fractions = a.fract().checked_add(b.fract()).ok_or_else(overflow)?;
    if fractions.normalize().scale() <= sum.scale() {
        Ok(sum)
    } else {
        Err(overflow())
    }
}

/// A running money sum that gives exactly what a chain of [`add`] calls gives, faster.
///
/// While every addend is non-negative and every partial sum fits a decimal's 96-bit mantissa
/// at the larger scale of its operands, each [`add`] of the chain is exact and keeps that
/// scale (a zero operand leaves the other as it is, scale included),
/// so the sum is kept as a 128-bit integer of units of that scale (integer adds instead of
/// decimal ones). At the first addend for which that does not hold (a negative one, a partial
/// sum beyond 96 bits), the sum so far becomes a `Decimal` and the rest of the chain goes
/// through [`add`] itself, so the result, its scale and any `overflow` error are those of the
/// chain.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Sum {
    /// `units` × 10^-`scale`, with 0 ≤ `units` < 2^96.
    Exact { units: i128, scale: u32 },
    /// The chain's value, continued with [`add`].
    Chain(Decimal),
}

impl Default for Sum {
    fn default() -> Self {
        Sum::Exact { units: 0, scale: 0 }
    }
}

/// 2^96: decimal mantissas are below it.
pub(crate) const MANTISSA_LIMIT: i128 = 1 << 96;

impl Sum {
    /// Add `b` (as `add(self, b, what)` would).
    pub(crate) fn add(&mut self, b: Decimal, what: &str) -> Result<()> {
        *self = match *self {
            Sum::Exact { units, scale } => match Self::exact_add(units, scale, b) {
                Some((units, scale)) => Sum::Exact { units, scale },
                None => Sum::Chain(add(Self::decimal(units, scale)?, b, what)?),
            },
            Sum::Chain(a) => Sum::Chain(add(a, b, what)?),
        };
        Ok(())
    }

    /// `units` × 10^-`scale` + `b` as units of the larger scale, when `b` is not negative and
    /// the sum fits below 2^96.
    pub(crate) fn exact_add(units: i128, scale: u32, b: Decimal) -> Option<(i128, u32)> {
        if b.is_sign_negative() {
            return None;
        }
        let (bu, bs) = (b.mantissa(), b.scale());
        // `Decimal` adds a zero by returning the other operand as it is, scale included (the
        // right one when both are zero).
        if units == 0 {
            return Some((bu, bs));
        }
        if bu == 0 {
            return Some((units, scale));
        }
        let (sum, s) = if bs == scale {
            (units.checked_add(bu)?, scale)
        } else if bs > scale {
            let up = 10i128.checked_pow(bs.checked_sub(scale)?)?;
            (units.checked_mul(up)?.checked_add(bu)?, bs)
        } else {
            let up = 10i128.checked_pow(scale.checked_sub(bs)?)?;
            (units.checked_add(bu.checked_mul(up)?)?, scale)
        };
        (sum < MANTISSA_LIMIT).then_some((sum, s))
    }

    pub(crate) fn decimal(units: i128, scale: u32) -> Result<Decimal> {
        Decimal::try_from_i128_with_scale(units, scale).map_err(|_| Error::Overflow {
            operation: "sum".into(),
        })
    }

    /// The sum as a decimal.
    pub(crate) fn value(self) -> Result<Decimal> {
        match self {
            Sum::Exact { units, scale } => Self::decimal(units, scale),
            Sum::Chain(d) => Ok(d),
        }
    }
}

/// `n / d` as a fraction rounded to 4 decimal places (banker's rounding); 0 when `d` is 0.
/// This is the one place where summary shares are rounded.
pub(crate) fn ratio(n: Decimal, d: Decimal) -> Decimal {
    if d.is_zero() {
        return Decimal::ZERO;
    }
    n.checked_div(d)
        .map(|r| r.round_dp_with_strategy(4, RoundingStrategy::MidpointNearestEven))
        .unwrap_or_default()
}

pub(crate) fn count_ratio(n: u64, d: u64) -> Decimal {
    ratio(Decimal::from(n), Decimal::from(d))
}

/// Split `value` in proportion to `weights` (non-negative, not necessarily normalized; all
/// zero counts as equal) in the value's own smallest unit, by the largest-remainder method.
///
/// The unit is one in the last place of `value` as written (its scale: 0.01 for `"100.00"`,
/// 1 for `"100"`). Each share first gets the whole units of its exact proportion (rounded
/// toward zero); the units left over (fewer than the number of shares) go one each to the
/// shares with the largest remainders, ties to the earlier share. So every share has the
/// value's scale, the shares sum exactly to `value`, a share of weight 0 is 0, and the result
/// depends on this value and its weights only, never on other pledges: sums of shares are as
/// exact as sums of values (see [`add`]), which the streaming accumulator needs. A negative
/// value splits like its magnitude, negated.
///
/// Errors: `overflow` only when the weights, as integers at their common scale, do not fit in
/// 128 bits (weights with 39 or more significant digits between them).
pub(crate) fn split(value: Decimal, weights: &[Decimal]) -> Result<Vec<Decimal>> {
    let overflow = || Error::Overflow {
        operation: "value split".into(),
    };
    // Weights as integers at a common scale.
    let scale = weights
        .iter()
        .map(|w| w.normalize().scale())
        .max()
        .unwrap_or(0);
    let mut ints = Vec::with_capacity(weights.len());
    let mut sum_w: u128 = 0;
    for w in weights {
        let w = w.normalize();
        let up = scale
            .checked_sub(w.scale())
            .and_then(|e| 10u128.checked_pow(e))
            .ok_or_else(overflow)?;
        let m = w
            .mantissa()
            .unsigned_abs()
            .checked_mul(up)
            .ok_or_else(overflow)?;
        sum_w = sum_w.checked_add(m).ok_or_else(overflow)?;
        ints.push(m);
    }
    if sum_w == 0 {
        ints.iter_mut().for_each(|m| *m = 1);
        sum_w = u128::try_from(ints.len()).map_err(|_| overflow())?;
    }
    if sum_w == 0 {
        return Ok(Vec::new());
    }
    // The value in units: `units` × 10^-`value.scale()`, below 2^96.
    let units = value.mantissa().unsigned_abs();
    let mut parts: Vec<(u128, u128)> = Vec::with_capacity(ints.len());
    let mut given: u128 = 0;
    for m in &ints {
        let (q, r) = mul_div_rem(units, *m, sum_w).ok_or_else(overflow)?;
        given = given.checked_add(q).ok_or_else(overflow)?;
        parts.push((q, r));
    }
    // Fewer units are left than there are shares: one each to the largest remainders.
    let left = units.checked_sub(given).ok_or_else(overflow)?;
    if left > 0 {
        let mut order: Vec<usize> = (0..parts.len()).collect();
        order.sort_by(|a, b| {
            let ra = parts.get(*a).map_or(0, |p| p.1);
            let rb = parts.get(*b).map_or(0, |p| p.1);
            rb.cmp(&ra).then_with(|| a.cmp(b))
        });
        let left = usize::try_from(left).map_err(|_| overflow())?;
        for i in order.into_iter().take(left) {
            if let Some(p) = parts.get_mut(i) {
                p.0 = p.0.checked_add(1).ok_or_else(overflow)?;
            }
        }
    }
    parts
        .into_iter()
        .map(|(q, _)| {
            let q = i128::try_from(q).map_err(|_| overflow())?;
            let q = if value.is_sign_negative() {
                q.checked_neg().ok_or_else(overflow)?
            } else {
                q
            };
            Decimal::try_from_i128_with_scale(q, value.scale()).map_err(|_| overflow())
        })
        .collect()
}

/// [`split`] with `n` equal weights, without its general arithmetic: the same shares (each
/// share's exact part is the same, so the units left over go one each to the first shares),
/// for the equal splits of summaries, which take one per pledge and dimension. `n` = 0 gives
/// no share.
pub(crate) fn split_equal(value: Decimal, n: usize) -> Result<Vec<Decimal>> {
    let overflow = || Error::Overflow {
        operation: "value split".into(),
    };
    if n == 0 {
        return Ok(Vec::new());
    }
    let count = u128::try_from(n).map_err(|_| overflow())?;
    // The value in units: `units` × 10^-`value.scale()`, below 2^96.
    let units = value.mantissa().unsigned_abs();
    let each = units.checked_div(count).ok_or_else(overflow)?;
    let left = units.checked_rem(count).ok_or_else(overflow)?;
    let share = |extra: u128| -> Result<Decimal> {
        let q = i128::try_from(each.checked_add(extra).ok_or_else(overflow)?)
            .map_err(|_| overflow())?;
        let q = if value.is_sign_negative() {
            q.checked_neg().ok_or_else(overflow)?
        } else {
            q
        };
        Decimal::try_from_i128_with_scale(q, value.scale()).map_err(|_| overflow())
    };
    let (more, base) = (share(1)?, share(0)?);
    // `left` < `n`, so it fits in usize.
    let left = usize::try_from(left).map_err(|_| overflow())?;
    let mut out = Vec::with_capacity(n);
    out.extend(std::iter::repeat_n(more, left));
    out.extend(std::iter::repeat_n(base, n.saturating_sub(left)));
    Ok(out)
}

/// `n × m / d` as (quotient, remainder), exactly, for `m <= d` (so the quotient is at most
/// `n`); `None` when `d` is 0. The product may need up to 256 bits: it is formed from 64-bit
/// halves and divided bit by bit, a path taken only for weights with many digits.
pub(crate) fn mul_div_rem(n: u128, m: u128, d: u128) -> Option<(u128, u128)> {
    if d == 0 {
        return None;
    }
    if let Some(p) = n.checked_mul(m) {
        return Some((p.checked_div(d)?, p.checked_rem(d)?));
    }
    const LOW: u128 = u64::MAX as u128;
    let (n1, n0) = (n.checked_shr(64)?, n & LOW);
    let (m1, m0) = (m.checked_shr(64)?, m & LOW);
    // Each partial product of two 64-bit halves fits in 128 bits.
    let p00 = n0.checked_mul(m0)?;
    let p01 = n0.checked_mul(m1)?;
    let p10 = n1.checked_mul(m0)?;
    let p11 = n1.checked_mul(m1)?;
    let mid = p00
        .checked_shr(64)?
        .checked_add(p01 & LOW)?
        .checked_add(p10 & LOW)?;
    let lo = (p00 & LOW) | (mid & LOW).checked_shl(64)?;
    let hi = p11
        .checked_add(p01.checked_shr(64)?)?
        .checked_add(p10.checked_shr(64)?)?
        .checked_add(mid.checked_shr(64)?)?;
    // Restoring division, one bit of the 256-bit product at a time. `rem < d` throughout;
    // when its top bit is set, the shifted value exceeds 2^128 > d, and the wrapping
    // subtraction gives the true difference (which is below d).
    let mut q: u128 = 0;
    let mut rem: u128 = 0;
    for i in (0..256u32).rev() {
        let word = if i >= 128 { hi } else { lo };
        let bit = word.checked_shr(i & 127)? & 1;
        let carry = rem.checked_shr(127)? & 1;
        rem = rem.wrapping_shl(1) | bit;
        q = q.wrapping_shl(1);
        if carry == 1 || rem >= d {
            rem = rem.wrapping_sub(d);
            q |= 1;
        }
    }
    Some((q, rem))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::{split, split_equal};

    proptest! {
        /// The fast path gives exactly the general split's shares, scale and sign included.
        #[test]
        fn split_equal_is_split_with_equal_weights(
            mantissa in any::<i64>(),
            wide in any::<bool>(),
            scale in 0u32..=12,
            n in 0usize..=40,
        ) {
            let m = if wide { i128::from(mantissa) << 30 } else { i128::from(mantissa) };
            let value = Decimal::from_i128_with_scale(m, scale);
            let general = split(value, &vec![Decimal::ONE; n]).unwrap();
            let fast = split_equal(value, n).unwrap();
            prop_assert_eq!(fast.len(), general.len());
            for (f, g) in fast.iter().zip(&general) {
                prop_assert_eq!(f, g);
                prop_assert_eq!(f.scale(), g.scale());
                prop_assert_eq!(f.is_sign_negative(), g.is_sign_negative());
            }
        }
    }

    #[test]
    fn split_equal_gives_the_left_units_to_the_first_shares() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(
            split_equal(d("100.00"), 3).unwrap(),
            [d("33.34"), d("33.33"), d("33.33")]
        );
        assert_eq!(
            split_equal(d("-7"), 4).unwrap(),
            [d("-2"), d("-2"), d("-2"), d("-1")]
        );
        assert!(split_equal(d("5"), 0).unwrap().is_empty());
    }
}
