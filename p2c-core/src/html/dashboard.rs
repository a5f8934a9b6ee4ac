//! The dashboard page of a [`Summary`].

use rust_decimal::Decimal;

use super::chart::{
    count_ratio, counter, data_table, footnote, more_rows, panel, progress, ratio, table, BarRow,
    Cell, Col, Provenance, Tone, MAX_ROWS,
};
use super::num;
use super::page::{bounded, close, open, Head, Out};
use super::text::{code_label, fill, lang, row_label, t, LangScope, Msg};
use super::HtmlOptions;
use crate::aggregate::{
    Additivity, Attribution, Breakdown, BreakdownRow, CountRow, Dimension, RateProvenance,
    RegionMode, ReportingStatus, Summary, UNKNOWN_YEAR, UNSPECIFIED,
};
use crate::i18n::Lang;

/// How many countries the "top countries" charts show.
const TOP_COUNTRIES: usize = 10;

/// The order breakdowns appear in (the dashboards' usual order); [`Dimension::Country`] is
/// drawn as "top countries".
const ORDER: [Dimension; 16] = [
    Dimension::FocusArea,
    Dimension::Pillar,
    Dimension::PledgeType,
    Dimension::StakeholderType,
    Dimension::ItuRegion,
    Dimension::CountryGroup,
    Dimension::ImplementationStatus,
    Dimension::EndDate,
    Dimension::Country,
    Dimension::BeneficiaryGroup,
    Dimension::Target,
    Dimension::Sdg,
    Dimension::SdgTarget,
    Dimension::Event,
    Dimension::PledgerRegion,
    Dimension::PledgerCountry,
];

/// The wire name of a dimension (`focusArea`), for `data-dimension`.
fn dimension_key(d: Dimension) -> &'static str {
    match d {
        Dimension::FocusArea => "focusArea",
        Dimension::Pillar => "pillar",
        Dimension::PledgeType => "pledgeType",
        Dimension::StakeholderType => "stakeholderType",
        Dimension::ItuRegion => "ituRegion",
        Dimension::Country => "country",
        Dimension::CountryGroup => "countryGroup",
        Dimension::BeneficiaryGroup => "beneficiaryGroup",
        Dimension::ImplementationStatus => "implementationStatus",
        Dimension::EndDate => "endDate",
        Dimension::Target => "target",
        Dimension::Sdg => "sdg",
        Dimension::SdgTarget => "sdgTarget",
        Dimension::Event => "event",
        Dimension::PledgerRegion => "pledgerRegion",
        Dimension::PledgerCountry => "pledgerCountry",
    }
}

fn dimension_title(d: Dimension, mode: RegionMode) -> Msg {
    match d {
        Dimension::FocusArea => Msg::ByFocusArea,
        Dimension::Pillar => Msg::ByPillar,
        Dimension::PledgeType => Msg::ByPledgeType,
        Dimension::StakeholderType => Msg::ByStakeholderType,
        Dimension::ItuRegion => match mode {
            RegionMode::PrimaryOrAny => Msg::ByRegionAny,
            RegionMode::PrimaryOnly => Msg::ByRegionPrimary,
        },
        Dimension::Country => Msg::TopCountries,
        Dimension::CountryGroup => Msg::ByCountryGroup,
        Dimension::BeneficiaryGroup => Msg::ByBeneficiaryGroup,
        Dimension::ImplementationStatus => Msg::ByStatus,
        Dimension::EndDate => Msg::ByEndDate,
        Dimension::Target => Msg::ByTarget,
        Dimension::Sdg => Msg::BySdg,
        Dimension::SdgTarget => Msg::BySdgTarget,
        Dimension::Event => Msg::ByEvent,
        Dimension::PledgerRegion => Msg::ByPledgerRegion,
        Dimension::PledgerCountry => Msg::ByPledgerCountry,
    }
}

pub(crate) fn attribution_text(a: Attribution) -> Msg {
    match a {
        Attribution::Full => Msg::AttrFull,
        Attribution::EqualSplit => Msg::AttrEqualSplit,
        Attribution::DeclaredShares => Msg::AttrDeclaredShares,
    }
}

fn region_mode_text(m: RegionMode) -> Msg {
    match m {
        RegionMode::PrimaryOrAny => Msg::RegionPrimaryOrAny,
        RegionMode::PrimaryOnly => Msg::RegionPrimaryOnly,
    }
}

/// A row of a figure whose rows split the pledges and the total value.
struct SplitRow {
    key: String,
    label: String,
    pledges: u64,
    value: Decimal,
    muted: bool,
}

/// The label of a reporting status.
fn status_text(s: ReportingStatus) -> Msg {
    match s {
        ReportingStatus::OnTime => Msg::StatusOnTime,
        ReportingStatus::Due => Msg::StatusDue,
        ReportingStatus::Overdue => Msg::StatusOverdue,
        ReportingStatus::Inactive => Msg::StatusInactive,
        ReportingStatus::EndedWithoutFinalReport => Msg::StatusEnded,
        ReportingStatus::NotDue => Msg::StatusNotDue,
        ReportingStatus::Undetermined => Msg::StatusUndetermined,
    }
}

/// `USD 17.87 bn`.
fn money(currency: &str, d: Decimal) -> String {
    format!("{currency} {}", num::compact_amount(d))
}

impl Summary {
    /// The summary as a self-contained HTML dashboard (see [`crate::html`]): headline
    /// counters, progress toward the goal, a chart and a table per breakdown, reporting,
    /// delivery, everything left out, and the method and sources.
    pub fn render_html(&self, options: &HtmlOptions) -> String {
        let _lang = LangScope::enter(options.lang);
        let mut o = Out::new();
        let cur = self.currency.as_str();
        let prov = Provenance {
            as_of: self.as_of,
            currency: cur,
            rates: Some(&self.rates),
        };
        let title = format!("{} · {}", t(Msg::DashboardTitle), num::date(self.as_of));
        open(
            &mut o,
            &Head {
                title: &title,
                lang: options.lang,
            },
        );
        header(
            &mut o,
            Msg::DashboardTitle,
            None,
            &fill(
                Msg::Subtitle,
                &[("date", &num::date(self.as_of)), ("currency", cur)],
            ),
            Msg::SkipToMethod,
            options,
        );
        o.raw("<main>\n");
        self.headline(&mut o, &prov);
        self.breakdowns_section(&mut o, &prov);
        self.entities_section(&mut o, &prov);
        self.reporting_section(&mut o, &prov);
        self.delivery_section(&mut o, &prov);
        self.left_out_section(&mut o);
        method(
            &mut o,
            &prov,
            &self.rates,
            &[
                (
                    Msg::Attribution,
                    t(attribution_text(self.attribution)).to_owned(),
                ),
                (
                    Msg::RegionMode,
                    t(region_mode_text(self.region_mode)).to_owned(),
                ),
            ],
            &self.notes,
        );
        o.raw("</main>\n");
        close(&mut o);
        o.finish()
    }

    fn headline(&self, o: &mut Out, prov: &Provenance<'_>) {
        let cur = prov.currency;
        o.raw("<section aria-labelledby=\"headline\"><h2 id=\"headline\">")
            .msg(Msg::Headline)
            .raw("</h2>\n<ul class=\"counters\">\n");
        counter(
            o,
            "pledges",
            Msg::Pledges,
            &num::count(self.pledge_count),
            &[],
        );
        let v = &self.value;
        let mut small = vec![
            fill(
                Msg::ExactAmount,
                &[("currency", cur), ("amount", &num::amount(v.total))],
            ),
            fill(
                Msg::ValueCounted,
                &[("count", &num::count(v.pledges_counted))],
            ),
        ];
        if v.floors > 0 {
            small.push(fill(Msg::Floors, &[("count", &num::count(v.floors))]));
        }
        if v.converted > 0 {
            small.push(fill(Msg::Converted, &[("count", &num::count(v.converted))]));
        }
        counter(
            o,
            "totalValue wide",
            Msg::TotalValue,
            &money(cur, v.total),
            &small,
        );
        let active = self.reporting.status.active_value;
        counter(
            o,
            "activeValue",
            Msg::ActiveValue,
            &money(cur, active),
            &[fill(
                Msg::ExactAmount,
                &[("currency", cur), ("amount", &num::amount(active))],
            )],
        );
        counter(
            o,
            "entities",
            Msg::Entities,
            &num::count(self.entities.count),
            &[],
        );
        counter(
            o,
            "pledgerCountries",
            Msg::PledgerCountries,
            &num::count(self.pledger_countries.count),
            &[],
        );
        counter(
            o,
            "reportedPledges",
            Msg::ReportedPledges,
            &num::count(self.reporting.reported_pledges),
            &[num::percent(self.reporting.reported_share)],
        );
        if let Some(g) = &self.goal {
            counter(
                o,
                "goalShare",
                Msg::GoalReached,
                &num::percent(g.share),
                &[money(cur, g.goal)],
            );
        }
        o.raw("</ul>\n");
        footnote(o, prov);
        o.raw("<div class=\"grid\">\n");
        self.goal_figure(o, prov);
        o.raw("</div>\n</section>\n");
    }

    fn goal_figure(&self, o: &mut Out, prov: &Provenance<'_>) {
        let cur = prov.currency;
        o.raw("<figure class=\"wide\" data-figure=\"goal\"><figcaption><h3>");
        match &self.goal {
            Some(g) => {
                let goal = num::compact_amount(g.goal);
                o.text(&fill(Msg::GoalTitle, &[("currency", cur), ("goal", &goal)]))
                    .raw("</h3></figcaption>\n");
                let share = num::percent(g.share);
                let total = num::compact_amount(self.value.total);
                let args = [
                    ("share", share.as_str()),
                    ("currency", cur),
                    ("total", total.as_str()),
                    ("goal", goal.as_str()),
                ];
                progress(
                    o,
                    ratio(self.value.total, g.goal),
                    &fill(Msg::GoalChart, &args),
                );
                o.raw("<div class=\"goalnums\"><span><strong>")
                    .text(&share)
                    .raw("</strong> ")
                    .text(&fill(Msg::GoalReachedOf, &args))
                    .raw("</span><span>")
                    .text(&fill(
                        Msg::GoalRemaining,
                        &[
                            ("currency", cur),
                            ("remaining", &num::compact_amount(g.remaining)),
                        ],
                    ))
                    .raw("</span></div>\n");
            }
            None => {
                o.msg(Msg::GoalTitle)
                    .raw("</h3></figcaption>\n<p>")
                    .text(&fill(Msg::GoalAbsent, &[("currency", cur)]))
                    .raw("</p>\n");
            }
        }
        footnote(o, prov);
        o.raw("</figure>\n");
    }

    fn breakdowns_section(&self, o: &mut Out, prov: &Provenance<'_>) {
        o.raw("<section aria-labelledby=\"breakdowns\"><h2 id=\"breakdowns\">")
            .msg(Msg::Breakdowns)
            .raw("</h2>\n<div class=\"grid\">\n");
        let mut ordered: Vec<&Breakdown> = self.breakdowns.iter().collect();
        ordered.sort_by_key(|b| ORDER.iter().position(|d| *d == b.dimension));
        for b in ordered {
            if b.dimension == Dimension::Target && b.rows.is_empty() {
                continue;
            }
            let title = t(dimension_title(b.dimension, self.region_mode));
            if b.dimension == Dimension::Country {
                let mut top: Vec<&BreakdownRow> = b
                    .rows
                    .iter()
                    .filter(|r| r.key != UNSPECIFIED && r.key != "global")
                    .collect();
                let named = top.len();
                top.sort_by(|x, y| {
                    y.value
                        .cmp(&x.value)
                        .then(y.pledges.cmp(&x.pledges))
                        .then(x.key.cmp(&y.key))
                });
                top.truncate(TOP_COUNTRIES);
                let note = fill(
                    Msg::TopCountriesNote,
                    &[
                        ("shown", &num::count(top.len() as u64)),
                        ("all", &num::count(named as u64)),
                    ],
                );
                self.breakdown_figure(o, prov, title, b, &top, Some(&note));
            } else {
                let rows: Vec<&BreakdownRow> = b.rows.iter().collect();
                let note = (b.dimension == Dimension::EndDate
                    && self.reporting.ended_with_reports > 0)
                    .then(|| {
                        format!(
                            "{}: {}",
                            t(Msg::EndedWithReports),
                            num::count(self.reporting.ended_with_reports)
                        )
                    });
                self.breakdown_figure(o, prov, title, b, &rows, note.as_deref());
            }
        }
        let years: Vec<SplitRow> = self
            .series
            .rows
            .iter()
            .map(|r| SplitRow {
                key: r.year.clone(),
                label: if r.year == UNKNOWN_YEAR {
                    t(Msg::YearUnknown).to_owned()
                } else {
                    r.year.clone()
                },
                pledges: r.pledges,
                value: r.value,
                muted: r.year == UNKNOWN_YEAR,
            })
            .collect();
        self.split_figure(
            o,
            prov,
            "yearSeries",
            t(Msg::YearSeries),
            t(Msg::YearSeriesNote),
            Msg::ColYear,
            &years,
        );
        o.raw("</div>\n</section>\n");
    }

    /// A figure of rows that split the pledges and the total value (years, reporting
    /// statuses): a value panel, a count panel, the data table, the footnote.
    #[allow(clippy::too_many_arguments)]
    fn split_figure(
        &self,
        o: &mut Out,
        prov: &Provenance<'_>,
        key: &'static str,
        title: &str,
        note: &str,
        first: Msg,
        rows: &[SplitRow],
    ) {
        let cur = prov.currency;
        o.raw("<figure class=\"wide\" data-figure=\"")
            .raw(key)
            .raw("\"><figcaption><h3>")
            .text(title)
            .raw("</h3><p class=\"muted\">")
            .text(note)
            .raw("</p></figcaption>\n<div class=\"panels\">\n");
        let bars = |value: bool| -> Vec<BarRow> {
            rows.iter()
                .map(|r| BarRow {
                    key: r.key.clone(),
                    label: r.label.clone(),
                    ratio: if value {
                        ratio(r.value, self.value.total)
                    } else {
                        count_ratio(r.pledges, self.pledge_count)
                    },
                    text: if value {
                        money(cur, r.value)
                    } else {
                        num::count(r.pledges)
                    },
                    exact: if value {
                        r.value.to_string()
                    } else {
                        r.pledges.to_string()
                    },
                    muted: r.muted,
                })
                .collect()
        };
        panel(
            o,
            title,
            &fill(Msg::ValuePanel, &[("currency", cur)]),
            Tone::Value,
            &bars(true),
        );
        panel(o, title, t(Msg::CountPanel), Tone::Count, &bars(false));
        o.raw("</div>\n");
        let cols = [
            Col::text(first),
            Col::num(Msg::ColPledges),
            Col {
                head: fill(Msg::ColValue, &[("currency", cur)]),
                numeric: true,
            },
        ];
        let body = rows
            .iter()
            .take(MAX_ROWS)
            .map(|r| {
                (
                    Some(r.key.clone()),
                    vec![
                        Cell::text(r.label.clone()),
                        Cell::count(r.pledges),
                        Cell::num(num::amount(r.value), r.value.to_string()),
                    ],
                )
            })
            .collect();
        data_table(o, &cols, body, rows.len());
        footnote(o, prov);
        o.raw("</figure>\n");
    }

    /// One breakdown: its additivity, a value panel and a count panel, the data table (every
    /// row of the breakdown), the footnote.
    fn breakdown_figure(
        &self,
        o: &mut Out,
        prov: &Provenance<'_>,
        title: &str,
        b: &Breakdown,
        chart_rows: &[&BreakdownRow],
        note: Option<&str>,
    ) {
        let cur = prov.currency;
        let additive = b.additivity == Additivity::Additive;
        // Both panels side by side need the full width.
        o.raw("<figure class=\"wide\"")
            .attr("data-dimension", dimension_key(b.dimension))
            .attr(
                "data-additivity",
                if additive { "additive" } else { "overlapping" },
            )
            .raw("><figcaption><h3>")
            .text(title)
            .raw("</h3>");
        if additive {
            o.raw("<p class=\"badge add\">")
                .msg(Msg::Additive)
                .raw("</p>");
        } else {
            o.raw("<p class=\"badge overlap\">")
                .text(&fill(
                    Msg::Overlapping,
                    &[
                        ("pledges", &num::count(b.count_overlap)),
                        ("currency", cur),
                        ("overlap", &num::compact_amount(b.value_overlap)),
                    ],
                ))
                .raw("</p>");
        }
        if b.share_fallbacks > 0 {
            o.raw("<p class=\"muted\">")
                .text(&fill(
                    Msg::SharesFallback,
                    &[("count", &num::count(b.share_fallbacks))],
                ))
                .raw("</p>");
        }
        if let Some(n) = note {
            o.raw("<p class=\"muted\">").text(n).raw("</p>");
        }
        o.raw("</figcaption>\n<div class=\"panels\">\n");
        let value_rows: Vec<BarRow> = chart_rows
            .iter()
            .map(|r| BarRow {
                key: r.key.clone(),
                label: row_label(b.dimension, &r.key, &r.label),
                ratio: ratio(r.value, self.value.total),
                text: money(cur, r.value),
                exact: r.value.to_string(),
                muted: r.key == UNSPECIFIED,
            })
            .collect();
        let count_rows: Vec<BarRow> = chart_rows
            .iter()
            .map(|r| BarRow {
                key: r.key.clone(),
                label: row_label(b.dimension, &r.key, &r.label),
                ratio: count_ratio(r.pledges, self.pledge_count),
                text: num::count(r.pledges),
                exact: r.pledges.to_string(),
                muted: r.key == UNSPECIFIED,
            })
            .collect();
        panel(
            o,
            title,
            &fill(Msg::ValuePanel, &[("currency", cur)]),
            Tone::Value,
            &value_rows,
        );
        panel(o, title, t(Msg::CountPanel), Tone::Count, &count_rows);
        o.raw("</div>\n");
        breakdown_table(o, cur, b.dimension, &b.rows);
        footnote(o, prov);
        o.raw("</figure>\n");
    }

    fn entities_section(&self, o: &mut Out, prov: &Provenance<'_>) {
        o.raw("<section aria-labelledby=\"entities\"><h2 id=\"entities\">")
            .msg(Msg::EntitiesTitle)
            .raw("</h2>\n<div class=\"grid\">\n");
        count_figure(
            o,
            prov,
            "entitiesByStakeholderType",
            t(Msg::EntitiesByType),
            &self.entities.by_stakeholder_type,
            self.entities.count,
            None,
        );
        let countries = &self.pledger_countries;
        let international = (countries.international_entities > 0).then(|| {
            fill(
                Msg::InternationalEntities,
                &[("count", &num::count(countries.international_entities))],
            )
        });
        let unknown = (countries.unknown_entities > 0).then(|| {
            fill(
                Msg::UnknownHeadquarters,
                &[("count", &num::count(countries.unknown_entities))],
            )
        });
        let note = match (international, unknown) {
            (Some(a), Some(b)) => Some(format!("{a} {b}")),
            (a, b) => a.or(b),
        };
        let top: Vec<CountRow> = countries
            .countries
            .iter()
            .take(TOP_COUNTRIES)
            .cloned()
            .collect();
        count_figure_rows(
            o,
            prov,
            "pledgerCountries",
            t(Msg::PledgerCountriesTop),
            &top,
            &countries.countries,
            self.entities.count,
            note.as_deref(),
        );
        o.raw("</div>\n</section>\n");
    }

    fn reporting_section(&self, o: &mut Out, prov: &Provenance<'_>) {
        let r = &self.reporting;
        o.raw("<section aria-labelledby=\"reporting\"><h2 id=\"reporting\">")
            .msg(Msg::Reporting)
            .raw("</h2>\n<ul class=\"counters\">\n");
        counter(o, "reports", Msg::Reports, &num::count(r.reports), &[]);
        counter(
            o,
            "reportedPledgesR",
            Msg::ReportedPledges,
            &num::count(r.reported_pledges),
            &[num::percent(r.reported_share)],
        );
        counter(
            o,
            "entitiesReporting",
            Msg::EntitiesReporting,
            &num::count(r.entities_reporting),
            &[],
        );
        counter(
            o,
            "endedWithReports",
            Msg::EndedWithReports,
            &num::count(r.ended_with_reports),
            &[],
        );
        o.raw("<li class=\"counter\" data-figure=\"overdue\"><span class=\"k\">")
            .text(&fill(
                Msg::Overdue,
                &[("days", &r.interval_days.to_string())],
            ))
            .raw("</span><span class=\"v\">")
            .text(&num::count(r.overdue.len() as u64))
            .raw("</span></li>\n</ul>\n");
        if r.overdue_undetermined > 0 {
            o.raw("<p class=\"muted\">")
                .text(&fill(
                    Msg::OverdueUndetermined,
                    &[("count", &num::count(r.overdue_undetermined))],
                ))
                .raw("</p>\n");
        }
        footnote(o, prov);
        let st = &r.status;
        let statuses: Vec<SplitRow> = st
            .rows
            .iter()
            .map(|row| SplitRow {
                key: row.key.code().to_owned(),
                label: t(status_text(row.key)).to_owned(),
                pledges: row.pledges,
                value: row.value,
                muted: row.key == ReportingStatus::Undetermined,
            })
            .collect();
        o.raw("<div class=\"grid\">\n");
        self.split_figure(
            o,
            prov,
            "reportingStatus",
            t(Msg::ReportingStatus),
            &fill(
                Msg::ReportingStatusNote,
                &[
                    ("years", &st.inactive_after_years.to_string()),
                    ("days", &st.grace_days.to_string()),
                ],
            ),
            Msg::ReportingStatus,
            &statuses,
        );
        o.raw("</div>\n");
        if r.reports == 0 {
            o.raw("<p>").msg(Msg::NoReports).raw("</p>\n");
        } else {
            o.raw("<div class=\"grid\">\n");
            count_figure(
                o,
                prov,
                "reportedByStakeholderType",
                t(Msg::ReportedByType),
                &r.by_stakeholder_type,
                r.reported_pledges,
                None,
            );
            count_figure(
                o,
                prov,
                "challenges",
                t(Msg::Challenges),
                &r.challenges,
                r.reports,
                None,
            );
            count_figure(
                o,
                prov,
                "solutions",
                t(Msg::Solutions),
                &r.solutions,
                r.reports,
                None,
            );
            o.raw("</div>\n");
        }
        o.raw("</section>\n");
    }

    fn delivery_section(&self, o: &mut Out, prov: &Provenance<'_>) {
        let d = &self.delivery;
        let cur = prov.currency;
        o.raw("<section aria-labelledby=\"delivery\"><h2 id=\"delivery\">")
            .msg(Msg::Delivery)
            .raw("</h2>\n<figure data-figure=\"delivery\">");
        match d.ratio {
            Some(share) if d.pledges > 0 => {
                let caption = fill(
                    Msg::DeliveryRatio,
                    &[
                        ("share", &num::percent(share)),
                        ("count", &num::count(d.pledges)),
                    ],
                );
                o.raw("<figcaption><h3>")
                    .text(&caption)
                    .raw("</h3></figcaption>\n");
                let rows = [
                    BarRow {
                        key: "pledged".to_owned(),
                        label: t(Msg::Pledged).to_owned(),
                        ratio: ratio(d.pledged, d.pledged.max(d.delivered)),
                        text: money(cur, d.pledged),
                        exact: d.pledged.to_string(),
                        muted: false,
                    },
                    BarRow {
                        key: "delivered".to_owned(),
                        label: t(Msg::Delivered).to_owned(),
                        ratio: ratio(d.delivered, d.pledged.max(d.delivered)),
                        text: money(cur, d.delivered),
                        exact: d.delivered.to_string(),
                        muted: false,
                    },
                ];
                panel(
                    o,
                    t(Msg::Delivery),
                    &fill(Msg::ValuePanel, &[("currency", cur)]),
                    Tone::Value,
                    &rows,
                );
            }
            _ => {
                o.raw("<p>").msg(Msg::DeliveryNone).raw("</p>\n");
            }
        }
        footnote(o, prov);
        o.raw("</figure>\n</section>\n");
    }

    fn left_out_section(&self, o: &mut Out) {
        let cur = self.currency.as_str();
        o.raw("<section aria-labelledby=\"left-out\"><h2 id=\"left-out\">")
            .msg(Msg::LeftOut)
            .raw("</h2>\n<p>")
            .msg(Msg::LeftOutIntro)
            .raw("</p>\n");
        if self.filtered_out > 0 {
            o.raw("<p>")
                .text(&fill(
                    Msg::FilteredOut,
                    &[("count", &num::count(self.filtered_out))],
                ))
                .raw("</p>\n");
        }
        let v = &self.value;
        let nothing = self.excluded.is_empty()
            && v.unconverted.is_empty()
            && v.not_counted.is_empty()
            && self.included_invalid.is_empty()
            && self.undated.is_empty()
            && self.reporting.overdue.is_empty()
            && self.entities.conflicting_types.is_empty();
        if nothing {
            o.raw("<p>").msg(Msg::NothingLeftOut).raw("</p>\n");
        }
        if !self.excluded.is_empty() {
            sub_heading(o, Msg::Excluded, self.excluded.len());
            let rows = self
                .excluded
                .iter()
                .take(MAX_ROWS)
                .map(|e| {
                    (
                        Some(e.id.clone()),
                        vec![
                            Cell::code(e.id.clone()),
                            Cell::code(e.reason.to_string()),
                            Cell::text(e.detail.to_string()),
                        ],
                    )
                })
                .collect();
            table(
                o,
                None,
                &[
                    Col::text(Msg::ColPledge),
                    Col::text(Msg::ColReason),
                    Col::text(Msg::ColDetail),
                ],
                rows,
                self.excluded.len(),
            );
        }
        if !v.unconverted.is_empty() {
            sub_heading(o, Msg::Unconverted, v.unconverted.len());
            let rows = v
                .unconverted
                .iter()
                .take(MAX_ROWS)
                .map(|u| {
                    (
                        Some(u.id.clone()),
                        vec![
                            Cell::code(u.id.clone()),
                            Cell::text(u.kind.clone()),
                            Cell::num(
                                format!("{} {}", u.currency, num::amount(u.amount)),
                                u.amount.to_string(),
                            ),
                            Cell::text(u.date.to_string()),
                            Cell {
                                note: Some(u.reason.clone()),
                                ..Cell::code(u.code.clone())
                            },
                        ],
                    )
                })
                .collect();
            table(
                o,
                None,
                &[
                    Col::text(Msg::ColPledge),
                    Col::text(Msg::ColKind),
                    Col::num(Msg::ColAmount),
                    Col::text(Msg::ColDate),
                    Col::text(Msg::ColReason),
                ],
                rows,
                v.unconverted.len(),
            );
        }
        if !v.not_counted.is_empty() {
            sub_heading(o, Msg::NotCounted, v.not_counted.len());
            let rows = v
                .not_counted
                .iter()
                .take(MAX_ROWS)
                .map(|n| {
                    (
                        Some(n.id.clone()),
                        vec![
                            Cell::code(n.id.clone()),
                            Cell::code(n.reason.clone()),
                            Cell::code(n.other.clone()),
                            Cell::num(num::amount(n.amount), n.amount.to_string()),
                        ],
                    )
                })
                .collect();
            let value_col = Col {
                head: fill(Msg::ColValue, &[("currency", cur)]),
                numeric: true,
            };
            table(
                o,
                None,
                &[
                    Col::text(Msg::ColPledge),
                    Col::text(Msg::ColRelation),
                    Col::text(Msg::ColCountedIn),
                    value_col,
                ],
                rows,
                v.not_counted.len(),
            );
        }
        for (m, ids) in [
            (Msg::IncludedInvalid, &self.included_invalid),
            (Msg::Undated, &self.undated),
            (Msg::OverdueList, &self.reporting.overdue),
            (Msg::ConflictingTypes, &self.entities.conflicting_types),
        ] {
            if !ids.is_empty() {
                sub_heading(o, m, ids.len());
                id_list(o, ids);
            }
        }
        o.raw("</section>\n");
    }
}

/// An h3 with a count.
fn sub_heading(o: &mut Out, m: Msg, n: usize) {
    o.raw("<h3>")
        .msg(m)
        .raw(" (")
        .text(&num::count(u64::try_from(n).unwrap_or(u64::MAX)))
        .raw(")</h3>\n");
}

/// Pledge or entity ids, inline, at most [`MAX_ROWS`].
pub(crate) fn id_list(o: &mut Out, ids: &[String]) {
    o.raw("<ul class=\"ids\">");
    for id in ids.iter().take(MAX_ROWS) {
        o.raw("<li><code>").data(id).raw("</code></li>");
    }
    o.raw("</ul>\n");
    more_rows(o, ids.len().saturating_sub(MAX_ROWS));
}

/// The data table of a breakdown: every row, exact amounts.
fn breakdown_table(o: &mut Out, cur: &str, dimension: Dimension, rows: &[BreakdownRow]) {
    let cols = [
        Col::text(Msg::ColLabel),
        Col::num(Msg::ColPledges),
        Col::num(Msg::ColPledgeShare),
        Col {
            head: fill(Msg::ColValue, &[("currency", cur)]),
            numeric: true,
        },
        Col::num(Msg::ColValueShare),
    ];
    let body = rows
        .iter()
        .take(MAX_ROWS)
        .map(|r| {
            (
                Some(r.key.clone()),
                vec![
                    Cell::text(row_label(dimension, &r.key, &r.label)),
                    Cell::count(r.pledges),
                    Cell::num(num::percent(r.pledge_share), r.pledge_share.to_string()),
                    Cell::num(num::amount(r.value), r.value.to_string()),
                    Cell::num(num::percent(r.value_share), r.value_share.to_string()),
                ],
            )
        })
        .collect();
    data_table(o, &cols, body, rows.len());
}

/// The label of a row of count figure `figure` in the page's language.
fn count_label(figure: &str, r: &CountRow) -> String {
    let codelist = match figure {
        "entitiesByStakeholderType" | "reportedByStakeholderType" => "stakeholderType",
        "pledgerCountries" => return row_label(Dimension::Country, &r.key, &r.label),
        "challenges" | "topChallenges" => "challenge",
        "solutions" | "topSolutions" => "solution",
        "status" => "implementationStatus",
        "topTargets" => "p2cTarget",
        _ => return r.label.clone(),
    };
    code_label(codelist, &r.key, &r.label)
}

/// A figure of counts only (entities, reports): one panel, its table, the footnote.
pub(crate) fn count_figure(
    o: &mut Out,
    prov: &Provenance<'_>,
    key: &'static str,
    title: &str,
    rows: &[CountRow],
    whole: u64,
    note: Option<&str>,
) {
    count_figure_rows(o, prov, key, title, rows, rows, whole, note);
}

/// A count figure whose chart shows `chart_rows` and whose table lists `all_rows`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn count_figure_rows(
    o: &mut Out,
    prov: &Provenance<'_>,
    key: &'static str,
    title: &str,
    chart_rows: &[CountRow],
    all_rows: &[CountRow],
    whole: u64,
    note: Option<&str>,
) {
    o.raw("<figure data-figure=\"")
        .raw(key)
        .raw("\"><figcaption><h3>")
        .text(title)
        .raw("</h3>");
    if let Some(n) = note {
        o.raw("<p class=\"muted\">").text(n).raw("</p>");
    }
    o.raw("</figcaption>\n");
    if chart_rows.is_empty() {
        o.raw("<p class=\"muted\">")
            .msg(Msg::NoneListed)
            .raw("</p>\n");
    } else {
        let bars: Vec<BarRow> = chart_rows
            .iter()
            .map(|r| BarRow {
                key: r.key.clone(),
                label: count_label(key, r),
                ratio: count_ratio(r.count, whole),
                text: format!("{} ({})", num::count(r.count), num::percent(r.share)),
                exact: r.count.to_string(),
                muted: r.key == UNSPECIFIED,
            })
            .collect();
        panel(o, title, t(Msg::ColCount), Tone::Count, &bars);
        let body = all_rows
            .iter()
            .take(MAX_ROWS)
            .map(|r| {
                (
                    Some(r.key.clone()),
                    vec![
                        Cell::text(count_label(key, r)),
                        Cell::count(r.count),
                        Cell::num(num::percent(r.share), r.share.to_string()),
                    ],
                )
            })
            .collect();
        data_table(
            o,
            &[
                Col::text(Msg::ColLabel),
                Col::num(Msg::ColCount),
                Col::num(Msg::ColShare),
            ],
            body,
            all_rows.len(),
        );
    }
    footnote(o, prov);
    o.raw("</figure>\n");
}

/// The page header: title, optional subject line (data), subtitle, source.
pub(crate) fn header(
    o: &mut Out,
    title: Msg,
    subject: Option<&str>,
    subtitle: &str,
    method: Msg,
    options: &HtmlOptions,
) {
    o.raw("<header class=\"top\"><div class=\"wrap\"><h1>")
        .msg(title);
    if let Some(s) = subject {
        o.raw(": ").data(s);
    }
    o.raw("</h1>\n<p>").text(subtitle).raw("</p>\n");
    if let Some(src) = &options.source {
        o.raw("<p>")
            .text(&fill(Msg::Source, &[("source", &bounded(src))]))
            .raw("</p>\n");
    }
    o.raw("<p><a href=\"#method\">")
        .msg(method)
        .raw("</a></p></div></header>\n");
}

/// A rate provenance's policy in the page's language: the converter writes the policy
/// expression (a code, kept as it is, isolated for right-to-left text) and how amounts are
/// rounded, in English.
fn policy_text(o: &mut Out, policy: &str) {
    const ROUNDED: &str = "; each converted amount rounded to the target's minor units (";
    // The notes the converter's provenance puts between the policy and the rounding
    // (`money::converter`), each translated as a whole with its message.
    const NOTES: [(&str, Msg); 2] = [
        ("; a value date known only to the month or the year is valued at its calendar year's average (annual_average), never at an invented day", Msg::PolicyAveragedRounded),
        ("; a value date known only to the month or the year skips the day-based policies", Msg::PolicySkipRounded),
    ];
    if lang() != Lang::En {
        if let Some((expression, rest)) = policy.split_once(ROUNDED) {
            if let Some(rounding) = rest.strip_suffix(')').filter(|r| !r.contains(')')) {
                let (expression, msg) = NOTES
                    .iter()
                    .find_map(|(note, msg)| expression.strip_suffix(note).map(|e| (e, *msg)))
                    .unwrap_or((expression, Msg::PolicyRounded));
                o.msg_isolated(
                    msg,
                    &[("policy", &bounded(expression)), ("rounding", rounding)],
                    &["policy", "rounding"],
                );
                return;
            }
        }
    }
    o.data(policy);
}

/// The method and sources section (`id="method"`, the target of every footnote).
pub(crate) fn method(
    o: &mut Out,
    prov: &Provenance<'_>,
    rates: &RateProvenance,
    extra: &[(Msg, String)],
    notes: &[String],
) {
    o.raw("<section aria-labelledby=\"method\"><h2 id=\"method\">")
        .msg(Msg::Method)
        .raw("</h2>\n<div class=\"card\"><dl class=\"kv\">\n");
    let item = |o: &mut Out, k: Msg, v: &str| {
        o.raw("<dt>").msg(k).raw("</dt><dd>").data(v).raw("</dd>\n");
    };
    item(o, Msg::AsOf, &num::date(prov.as_of));
    item(o, Msg::Currency, prov.currency);
    for (k, v) in extra {
        item(o, *k, v);
    }
    item(o, Msg::RateTable, &rates.table_id);
    o.raw("<dt>").msg(Msg::RatePolicy).raw("</dt><dd>");
    policy_text(o, &rates.policy);
    o.raw("</dd>\n");
    o.raw("<dt>")
        .msg(Msg::RateSources)
        .raw("</dt><dd><ul class=\"plain\">");
    for s in rates.sources.iter().take(MAX_ROWS) {
        o.raw("<li>").data(s).raw("</li>");
    }
    o.raw("</ul>");
    if lang() != Lang::En && !rates.sources.is_empty() {
        // The citations stay in their own words (their licences ask for them as given).
        o.raw("<p class=\"muted\">")
            .msg(Msg::RateSourcesCited)
            .raw("</p>");
    }
    o.raw("</dd>\n");
    if !notes.is_empty() {
        o.raw("<dt>")
            .msg(Msg::Notes)
            .raw("</dt><dd><ul class=\"plain\">");
        let loc = super::text::loc();
        for n in notes.iter().take(MAX_ROWS) {
            o.raw("<li>")
                .data(&crate::aggregate::note_in(&loc, n))
                .raw("</li>");
        }
        o.raw("</ul></dd>\n");
    }
    o.raw("</dl></div>\n</section>\n");
}
