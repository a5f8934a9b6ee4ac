//! The page of a [`CountryProfile`], shaped like ITU's national roundtable slides: counters,
//! reports by stakeholder type, status, end dates with how many ended pledges have reports,
//! top targets, challenges and solutions.

use chrono::Datelike;

use super::chart::{
    count_ratio, counter, data_table, footnote, panel, BarRow, Cell, Col, Provenance, Tone,
};
use super::dashboard::{count_figure, header, method};
use super::num;
use super::page::{close, open, Head, Out};
use super::text::{code_label, fill, lang, loc, t, LangScope, Msg};
use super::HtmlOptions;
use crate::aggregate::{CountryProfile, RateProvenance};
use crate::taxonomy::Codelist;

impl CountryProfile {
    /// The profile as a self-contained HTML page (see [`crate::html`]). `rates` is the
    /// provenance of the converter the profile was computed with
    /// (`SummaryOptions::converter.provenance()`), for the footnotes of its value figure.
    pub fn render_html(&self, rates: &RateProvenance, options: &HtmlOptions) -> String {
        let _lang = LangScope::enter(options.lang);
        let mut o = Out::new();
        let cur = self.currency.as_str();
        let prov = Provenance {
            as_of: self.as_of,
            currency: cur,
            rates: Some(rates),
        };
        let localized = (lang() != crate::i18n::Lang::En)
            .then(|| loc().country_name(self.country))
            .flatten();
        let name = match localized.or(self.name.as_deref()) {
            Some(n) => format!("{n} ({})", self.country),
            None => self.country.to_string(),
        };
        let title = format!(
            "{}: {name} · {}",
            t(Msg::ProfileTitle),
            num::date(self.as_of)
        );
        open(
            &mut o,
            &Head {
                title: &title,
                lang: options.lang,
            },
        );
        header(
            &mut o,
            Msg::ProfileTitle,
            Some(&name),
            &fill(
                Msg::Subtitle,
                &[("date", &num::date(self.as_of)), ("currency", cur)],
            ),
            Msg::SkipToMethod,
            options,
        );
        o.raw("<main>\n<section aria-labelledby=\"headline\"><h2 id=\"headline\">")
            .msg(Msg::Headline)
            .raw("</h2>\n");
        self.where_(&mut o);
        o.raw("<ul class=\"counters\">\n");
        counter(
            &mut o,
            "pledges",
            Msg::Pledges,
            &num::count(self.pledges),
            &[],
        );
        counter(
            &mut o,
            "reportedPledges",
            Msg::ReportedPledges,
            &num::count(self.reported),
            &[num::percent(self.reported_share)],
        );
        counter(
            &mut o,
            "ended",
            Msg::Ended,
            &num::count(self.end_dates.ended),
            &[format!(
                "{} {}",
                t(Msg::EndedWithReportsPart),
                num::count(self.end_dates.ended_with_reports)
            )],
        );
        counter(
            &mut o,
            "totalValue wide",
            Msg::TotalValue,
            &format!("{cur} {}", num::compact_amount(self.total_value)),
            &[fill(
                Msg::ExactAmount,
                &[
                    ("currency", cur),
                    ("amount", &num::amount(self.total_value)),
                ],
            )],
        );
        o.raw("</ul>\n");
        footnote(&mut o, &prov);
        o.raw("</section>\n<section aria-labelledby=\"figures\"><h2 id=\"figures\">")
            .msg(Msg::Breakdowns)
            .raw("</h2>\n<div class=\"grid\">\n");
        count_figure(
            &mut o,
            &prov,
            "reportedByStakeholderType",
            t(Msg::ReportedByType),
            &self.reports_by_stakeholder_type,
            self.reported,
            None,
        );
        count_figure(
            &mut o,
            &prov,
            "status",
            t(Msg::Status),
            &self.status,
            self.pledges,
            None,
        );
        self.end_dates_figure(&mut o, &prov);
        for (key, m, rows) in [
            ("topTargets", Msg::TopTargets, &self.top_targets),
            ("topChallenges", Msg::TopChallenges, &self.top_challenges),
            ("topSolutions", Msg::TopSolutions, &self.top_solutions),
        ] {
            count_figure(&mut o, &prov, key, t(m), rows, self.pledges, None);
        }
        o.raw("</div>\n</section>\n");
        method(&mut o, &prov, rates, &[], &[]);
        o.raw("</main>\n");
        close(&mut o);
        o.finish()
    }

    /// Region and country groups, under the headline heading.
    fn where_(&self, o: &mut Out) {
        o.raw("<div class=\"card\"><dl class=\"kv\">");
        if let Some(r) = self.itu_region {
            o.raw("<dt>")
                .msg(Msg::Region)
                .raw("</dt><dd>")
                .text(&code_label("ituRegion", r.code(), r.label()))
                .raw("</dd>");
        }
        let groups: Vec<String> = self
            .groups
            .iter()
            .filter(|g| g.member || g.provisional)
            .map(|g| {
                let code = match lang() {
                    crate::i18n::Lang::En => g.group.code().to_uppercase(),
                    _ => code_label("countryGroup", g.group.code(), g.group.code()),
                };
                if g.provisional {
                    fill(Msg::Provisional, &[("group", &code)])
                } else {
                    code
                }
            })
            .collect();
        o.raw("<dt>").msg(Msg::Groups).raw("</dt><dd>");
        if groups.is_empty() {
            o.msg(Msg::NoneListed);
        } else {
            o.text(&groups.join(", "));
        }
        o.raw("</dd></dl></div>\n");
    }

    /// End-date buckets as on the roundtable slides, with the ended pledges that have a report.
    fn end_dates_figure(&self, o: &mut Out, prov: &Provenance<'_>) {
        let e = &self.end_dates;
        let year = self.as_of.year().to_string();
        let this_year = fill(Msg::EndsThisYear, &[("year", &year)]);
        let buckets: [(&str, String, u64); 5] = [
            ("ended", t(Msg::Ended).to_owned(), e.ended),
            (
                "endedWithReports",
                format!("{} {}", t(Msg::Ended), t(Msg::EndedWithReportsPart)),
                e.ended_with_reports,
            ),
            ("endsThisYear", this_year, e.ends_this_year),
            ("later", t(Msg::EndsLater).to_owned(), e.later),
            ("unknown", t(Msg::EndUnknown).to_owned(), e.unknown),
        ];
        let title = t(Msg::EndDates);
        o.raw("<figure data-figure=\"endDates\"><figcaption><h3>")
            .text(title)
            .raw("</h3></figcaption>\n");
        let bars: Vec<BarRow> = buckets
            .iter()
            .map(|(key, label, n)| BarRow {
                key: (*key).to_owned(),
                label: label.clone(),
                ratio: count_ratio(*n, self.pledges),
                text: num::count(*n),
                exact: n.to_string(),
                muted: *key == "unknown",
            })
            .collect();
        panel(o, title, t(Msg::CountPanel), Tone::Count, &bars);
        let body = buckets
            .iter()
            .map(|(key, label, n)| {
                (
                    Some((*key).to_owned()),
                    vec![Cell::text(label.clone()), Cell::count(*n)],
                )
            })
            .collect();
        data_table(
            o,
            &[Col::text(Msg::ColLabel), Col::num(Msg::ColPledges)],
            body,
            buckets.len(),
        );
        footnote(o, prov);
        o.raw("</figure>\n");
    }
}
