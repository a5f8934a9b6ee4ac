//! Conversion policies: which rate of a table a conversion uses.
#![deny(clippy::arithmetic_side_effects)]

use serde::{Deserialize, Serialize};

/// Which rate a conversion uses, by name. Serialized in camelCase with a `kind` tag:
///
/// | policy | JSON |
/// |---|---|
/// | [`ExactDate`](Self::ExactDate) | `{"kind":"exactDate"}` |
/// | [`OnOrBefore`](Self::OnOrBefore) | `{"kind":"onOrBefore","maxDays":7}` |
/// | [`AnnualAverage`](Self::AnnualAverage) | `{"kind":"annualAverage"}` |
/// | [`Explicit`](Self::Explicit) | `{"kind":"explicit"}` |
/// | [`StatedEquivalent`](Self::StatedEquivalent) | `{"kind":"statedEquivalent"}` |
/// | [`Chain`](Self::Chain) | `{"kind":"chain","policies":[…]}` |
///
/// The default is `chain([onOrBefore(maxDays=7), annualAverage])`: the ECB daily rate of the
/// value date or of the latest publication day up to 7 days before (weekends, TARGET holidays),
/// else the calendar-year average of the value date's year.
///
/// **Value dates known only to the month or the year** (format 1.1): the day-based policies
/// (`exactDate`, `onOrBefore`) do not apply to them, since any day would be invented; a chain
/// skips them, so the default chain converts such a date at the calendar-year average of its
/// year (`annualAverage`). The conversion's provenance names the policy that found the rate
/// and the value date's precision. A chain with no other policy finds no rate
/// ([`crate::Error::RateNotFound`]), and says which policies it tried.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum ConversionPolicy {
    /// The daily rate of the value date itself; nothing on days without a publication.
    ExactDate,
    /// The daily rate of the value date or, failing that, of the latest day up to `max_days`
    /// before it on which both currencies have a rate (so a Saturday takes Friday's rate, and a
    /// TARGET holiday the previous publication day). `max_days: 0` is [`Self::ExactDate`].
    OnOrBefore {
        /// How many days before the value date may be used.
        max_days: u32,
    },
    /// The calendar-year average of the value date's year.
    AnnualAverage,
    /// The rate stated with the amount itself (`FinancialValue::explicit_rate`), when it
    /// converts into the requested target currency and is positive; otherwise not applicable.
    Explicit,
    /// The announcer's own figure in the target currency (`FinancialValue::stated_equivalent`,
    /// format 1.1), when it is in the requested target currency and both amounts are
    /// positive: the converted amount is the stated figure, and the rate reported is the
    /// ratio of the two. Otherwise not applicable.
    StatedEquivalent,
    /// Each policy in turn; the first that finds a rate is used (and reported).
    Chain {
        /// The policies, in order.
        policies: Vec<ConversionPolicy>,
    },
}

impl Default for ConversionPolicy {
    fn default() -> Self {
        ConversionPolicy::Chain {
            policies: vec![
                ConversionPolicy::OnOrBefore { max_days: 7 },
                ConversionPolicy::AnnualAverage,
            ],
        }
    }
}

impl ConversionPolicy {
    /// A short human label: `exactDate`, `onOrBefore(maxDays=7)`, `annualAverage`, `explicit`,
    /// `chain(onOrBefore(maxDays=7), annualAverage)`.
    pub fn label(&self) -> String {
        match self {
            ConversionPolicy::ExactDate => "exactDate".into(),
            ConversionPolicy::OnOrBefore { max_days } => format!("onOrBefore(maxDays={max_days})"),
            ConversionPolicy::AnnualAverage => "annualAverage".into(),
            ConversionPolicy::Explicit => "explicit".into(),
            ConversionPolicy::StatedEquivalent => "statedEquivalent".into(),
            ConversionPolicy::Chain { policies } => format!(
                "chain({})",
                policies
                    .iter()
                    .map(ConversionPolicy::label)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    /// Whether the policy needs the value date's day (`exactDate`, `onOrBefore`), and so does
    /// not apply to a value date known only to the month or year.
    pub fn needs_day(&self) -> bool {
        matches!(
            self,
            ConversionPolicy::ExactDate | ConversionPolicy::OnOrBefore { .. }
        )
    }

    /// The single (non-chain) policies to try, in order, with chains flattened.
    pub fn leaves(&self) -> Vec<&ConversionPolicy> {
        let mut out = Vec::new();
        self.collect_leaves(&mut out);
        out
    }

    fn collect_leaves<'a>(&'a self, out: &mut Vec<&'a ConversionPolicy>) {
        match self {
            ConversionPolicy::Chain { policies } => {
                for p in policies {
                    p.collect_leaves(out);
                }
            }
            leaf => out.push(leaf),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_format() {
        let p: ConversionPolicy =
            serde_json::from_str(r#"{"kind":"onOrBefore","maxDays":7}"#).unwrap();
        assert_eq!(p, ConversionPolicy::OnOrBefore { max_days: 7 });
        let json = serde_json::to_value(ConversionPolicy::default()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind":"chain","policies":[{"kind":"onOrBefore","maxDays":7},{"kind":"annualAverage"}]})
        );
        assert_eq!(
            serde_json::from_value::<ConversionPolicy>(json).unwrap(),
            ConversionPolicy::default()
        );
        assert!(
            serde_json::from_str::<ConversionPolicy>(r#"{"kind":"onOrBefore","max_days":7}"#)
                .is_err()
        );
        assert!(serde_json::from_str::<ConversionPolicy>(r#"{"kind":"nearest"}"#).is_err());
    }

    #[test]
    fn chains_flatten() {
        let p = ConversionPolicy::Chain {
            policies: vec![ConversionPolicy::Explicit, ConversionPolicy::default()],
        };
        let labels: Vec<String> = p.leaves().iter().map(|l| l.label()).collect();
        assert_eq!(
            labels,
            ["explicit", "onOrBefore(maxDays=7)", "annualAverage"]
        );
        assert_eq!(
            p.label(),
            "chain(explicit, chain(onOrBefore(maxDays=7), annualAverage))"
        );
    }
}
