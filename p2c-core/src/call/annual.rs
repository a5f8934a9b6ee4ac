//! The annual-report figure set (`p2c report`, Python `p2c.annual_report`, Node
//! `annualReport`): the rules are those of [`crate::aggregate::annual_report`].

use serde::{Deserialize, Serialize};

use super::{InputFormat, ParseCall, PreparedSummary, Rates, SummaryCall};
use crate::aggregate::{self, AnnualReport};
use crate::model::Pledge;
use crate::{Error, Result};

/// The options of an annual report: those of a summary (its `asOf` is the report's date; its
/// filters narrow every figure), without a new-between window, which the report sets.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AnnualReportCall {
    /// The summary's options.
    pub options: SummaryCall,
}

/// A checked [`AnnualReportCall`].
#[derive(Debug, Clone)]
pub struct PreparedAnnualReport {
    /// The summary options every figure is computed with.
    pub summary: PreparedSummary,
}

impl AnnualReportCall {
    /// Check the call and build the core's options over `rates`; `invalid_argument` at
    /// `/options/filters/newBetween` when the call sets a window.
    pub fn prepare(&self, rates: &Rates) -> Result<PreparedAnnualReport> {
        if self.options.filters.new_between.is_some() {
            return Err(Error::InvalidArgument {
                pointer: "/options/filters/newBetween".into(),
                message: "an annual report sets its own new-between window (the year to its as-of date); leave `newBetween` out".into(),
                suggestion: None,
            });
        }
        Ok(PreparedAnnualReport {
            summary: self.options.prepare(rates)?,
        })
    }
}

impl PreparedAnnualReport {
    /// The report of parsed pledges.
    pub fn report<'a>(
        &self,
        pledges: impl IntoIterator<Item = &'a Pledge>,
    ) -> Result<AnnualReport> {
        aggregate::annual_report(pledges, &self.summary.options)
    }

    /// The report of the pledges in a text (a JSON array or JSON Lines, per the call's
    /// `format`).
    pub fn report_str(&self, text: &str) -> Result<AnnualReport> {
        let pledges = ParseCall {
            format: self.summary.format,
            threads: None,
        }
        .pledges_str(text)?;
        self.report(&pledges)
    }

    /// How the call reads files.
    pub fn format(&self) -> InputFormat {
        self.summary.format
    }
}
