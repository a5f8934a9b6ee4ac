//! Conversion policies: which rate of a table a conversion uses.
#![deny(clippy::arithmetic_side_effects)]

use serde::{Deserialize, Serialize};

/// Which rate a conversion uses, by name. Serialized with a `kind` tag whose values are
/// snake_case, as every option value of p2c (keys stay camelCase, as in every document):
///
/// | policy | JSON |
/// |---|---|
/// | [`ExactDate`](Self::ExactDate) | `{"kind":"exact_date"}` |
/// | [`OnOrBefore`](Self::OnOrBefore) | `{"kind":"on_or_before","maxDays":7}` |
/// | [`AnnualAverage`](Self::AnnualAverage) | `{"kind":"annual_average"}` |
/// | [`Explicit`](Self::Explicit) | `{"kind":"explicit"}` |
/// | [`StatedEquivalent`](Self::StatedEquivalent) | `{"kind":"stated_equivalent"}` |
/// | [`Chain`](Self::Chain) | `{"kind":"chain","policies":[…]}` |
///
/// The default is `chain([on_or_before(maxDays=7), annual_average])`: the ECB daily rate of the
/// value date or of the latest publication day up to 7 days before (weekends, TARGET holidays),
/// else the calendar-year average of the value date's year.
///
/// The camelCase kinds of version 0.1 (`"exactDate"`, `"onOrBefore"`, `"annualAverage"`) are
/// still read, for one release; the call layer ([`crate::call`]) answers them with a
/// `deprecated_spelling` warning.
///
/// **Value dates known only to the month or the year** (format 1.1): the day-based policies
/// (`exact_date`, `on_or_before`) do not apply to them, since any day would be invented; a chain
/// skips them, so the default chain converts such a date at the calendar-year average of its
/// year (`annual_average`). The conversion's provenance names the policy that found the rate
/// and the value date's precision. A chain with no other policy finds no rate
/// ([`crate::Error::RateNotFound`]), and says which policies it tried.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(
    tag = "kind",
    rename_all = "snake_case",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum ConversionPolicy {
    /// The daily rate of the value date itself; nothing on days without a publication.
    #[serde(alias = "exactDate")]
    ExactDate,
    /// The daily rate of the value date or, failing that, of the latest day up to `max_days`
    /// before it on which both currencies have a rate (so a Saturday takes Friday's rate, and a
    /// TARGET holiday the previous publication day). `max_days: 0` is [`Self::ExactDate`].
    #[serde(alias = "onOrBefore")]
    OnOrBefore {
        /// How many days before the value date may be used.
        max_days: u32,
    },
    /// The calendar-year average of the value date's year.
    #[serde(alias = "annualAverage")]
    AnnualAverage,
    /// The rate stated with the amount itself (`FinancialValue::explicit_rate`), when it
    /// converts into the requested target currency and is positive; otherwise not applicable.
    Explicit,
    /// The announcer's own figure in the target currency (`FinancialValue::stated_equivalent`,
    /// format 1.1), when it is in the requested target currency and both amounts are
    /// positive: the converted amount is the stated figure, and the rate reported is the
    /// ratio of the two. Otherwise not applicable.
    #[serde(alias = "statedEquivalent")]
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
    /// A short human label: `exact_date`, `on_or_before(maxDays=7)`, `annual_average`,
    /// `explicit`, `chain(on_or_before(maxDays=7), annual_average)`.
    pub fn label(&self) -> String {
        match self {
            ConversionPolicy::ExactDate => "exact_date".into(),
            ConversionPolicy::OnOrBefore { max_days } => {
                format!("on_or_before(maxDays={max_days})")
            }
            ConversionPolicy::AnnualAverage => "annual_average".into(),
            ConversionPolicy::Explicit => "explicit".into(),
            ConversionPolicy::StatedEquivalent => "stated_equivalent".into(),
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
            serde_json::from_str(r#"{"kind":"on_or_before","maxDays":7}"#).unwrap();
        assert_eq!(p, ConversionPolicy::OnOrBefore { max_days: 7 });
        // The spelling of version 0.1, read for one release.
        let old: ConversionPolicy =
            serde_json::from_str(r#"{"kind":"onOrBefore","maxDays":7}"#).unwrap();
        assert_eq!(old, p);
        let json = serde_json::to_value(ConversionPolicy::default()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"kind":"chain","policies":[{"kind":"on_or_before","maxDays":7},{"kind":"annual_average"}]})
        );
        assert_eq!(
            serde_json::from_value::<ConversionPolicy>(json).unwrap(),
            ConversionPolicy::default()
        );
        assert!(serde_json::from_str::<ConversionPolicy>(
            r#"{"kind":"on_or_before","max_days":7}"#
        )
        .is_err());
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
            ["explicit", "on_or_before(maxDays=7)", "annual_average"]
        );
        assert_eq!(
            p.label(),
            "chain(explicit, chain(on_or_before(maxDays=7), annual_average))"
        );
    }
}
