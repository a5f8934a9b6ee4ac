//! Taxonomy rules: pillars against declared focus areas, duplicate codes, subtypes against
//! stakeholder types, unknown P2C Targets.
//!
//! A pillar whose focus area is not declared is an **error**, not silently derived: see the
//! module docs of [`crate::validate`].

use super::super::partial::{all_valid, each, List, PEntity, PPledge};
use super::super::pointer::{ptr, Seg, Seg::Index as I, Seg::Key as K};
use super::super::{Code, Sink};
use super::duplicates;
use crate::taxonomy::{Codelist, FocusArea, StakeholderType};

fn code<C: Codelist>(c: C) -> String {
    c.code().to_owned()
}

fn subtype(e: &PEntity<'_>, base: &[Seg<'_>], sink: &mut Sink) {
    let (Some(sub), Some(ty)) = (e.subtype, e.stakeholder_type) else {
        return;
    };
    let expected = sub.stakeholder_type();
    if expected != ty {
        let mut path = base.to_vec();
        path.push(K("subtype"));
        let params = sink
            .params()
            .set("subtype", sub.code())
            .set("stakeholderType", ty.code())
            .set("expectedStakeholderType", expected.code());
        let msg = format!(
            "subtype `{}` belongs to stakeholder type `{}`, not `{}`",
            sub.code(),
            expected.code(),
            ty.code()
        );
        sink.emit(Code::TaxonomySubtypeMismatch, ptr(&path), msg, params);
    }
}

fn targets(list: &super::super::partial::List<&str>, base: &[Seg<'_>], sink: &mut Sink) {
    for (i, t) in each(list) {
        if crate::targets::target(t).is_none() {
            let mut path = base.to_vec();
            path.push(I(i));
            let params = sink.params().user("value", *t);
            let msg = format!("{} is not a known P2C Target", sink.quote(t));
            sink.emit(Code::TaxonomyUnknownTarget, ptr(&path), msg, params);
        }
    }
    duplicates(list, |t| t.to_owned(), base, sink);
}

/// `unknown` alone is reported (warning); beside real values it is an error.
fn unknown_in_list(list: &List<FocusArea>, field: &'static str, sink: &mut Sink) {
    let Some(items) = list.valid() else { return };
    let unknown: Vec<usize> = items
        .iter()
        .enumerate()
        .filter(|(_, x)| **x == Some(FocusArea::Unknown))
        .map(|(i, _)| i)
        .collect();
    if unknown.is_empty() {
        return;
    }
    let known = items
        .iter()
        .any(|x| x.is_some_and(|x| x != FocusArea::Unknown));
    for i in unknown {
        if known {
            let params = sink.params().set("field", field);
            sink.emit(
                Code::TaxonomyUnknownBesideKnown,
                ptr(&[K(field), I(i)]),
                "`unknown` is listed beside real values".into(),
                params,
            );
        } else {
            value_unknown(&[K(field), I(i)], field, sink);
        }
    }
}

fn value_unknown(path: &[Seg<'_>], field: &str, sink: &mut Sink) {
    let params = sink.params().set("field", field);
    sink.emit(
        Code::TaxonomyValueUnknown,
        ptr(path),
        format!("`{field}` is unknown: the source does not say"),
        params,
    );
}

fn events(p: &PPledge<'_>, sink: &mut Sink) {
    for (i, code) in each(&p.events) {
        if crate::events::event(code).is_none() {
            let params = sink.params().user("value", *code);
            let msg = format!("{} is not a known P2C event or campaign", sink.quote(code));
            sink.emit(
                Code::TaxonomyUnknownEvent,
                ptr(&[K("events"), I(i)]),
                msg,
                params,
            );
        }
    }
    duplicates(&p.events, |e| e.to_owned(), &[K("events")], sink);
}

pub(crate) fn run(p: &PPledge<'_>, sink: &mut Sink) {
    unknown_in_list(&p.focus_areas, "focusAreas", sink);
    let entities = p
        .lead
        .iter()
        .map(|e| (e, vec![K("pledgers"), K("lead")]))
        .chain(
            p.partners
                .valid()
                .into_iter()
                .flatten()
                .enumerate()
                .filter_map(|(i, e)| {
                    e.as_ref()
                        .map(|e| (e, vec![K("pledgers"), K("partners"), I(i)]))
                }),
        );
    for (e, mut path) in entities {
        if e.stakeholder_type == Some(StakeholderType::Unknown) {
            path.push(K("stakeholderType"));
            value_unknown(&path, "stakeholderType", sink);
            path.pop();
        }
        if e.headquarters == Some(crate::model::Headquarters::Unknown) {
            path.push(K("headquarters"));
            value_unknown(&path, "headquarters", sink);
            path.pop();
        }
        path.push(K("roles"));
        duplicates(&e.roles, code, &path, sink);
    }
    events(p, sink);
    duplicates(
        &p.implementation.country_groups,
        code,
        &[K("implementation"), K("countryGroups")],
        sink,
    );
    duplicates(
        &p.implementation.unspecified_countries_in,
        code,
        &[K("implementation"), K("unspecifiedCountriesIn")],
        sink,
    );
    // Only when every focus area was read and there is at least one (an empty list is
    // already a structural error).
    if let Some(areas) = all_valid(&p.focus_areas).filter(|a| !a.is_empty()) {
        for (i, pillar) in each(&p.pillars) {
            let fa = pillar.focus_area();
            if !areas.contains(&fa) {
                let params = sink
                    .params()
                    .set("pillar", pillar.code())
                    .set("focusArea", fa.code());
                let msg = format!(
                    "pillar `{}` belongs to focus area `{}`, which the pledge does not declare",
                    pillar.code(),
                    fa.code()
                );
                sink.emit(
                    Code::TaxonomyPillarOutsideFocusAreas,
                    ptr(&[K("pillars"), I(i)]),
                    msg,
                    params,
                );
            }
        }
    }
    duplicates(&p.pledge_types, code, &[K("pledgeTypes")], sink);
    duplicates(&p.focus_areas, code, &[K("focusAreas")], sink);
    duplicates(&p.pillars, code, &[K("pillars")], sink);
    duplicates(
        &p.implementation.regions,
        code,
        &[K("implementation"), K("regions")],
        sink,
    );
    if let Some(b) = &p.beneficiaries {
        duplicates(&b.groups, code, &[K("beneficiaries"), K("groups")], sink);
    }
    if let Some(lead) = &p.lead {
        subtype(lead, &[K("pledgers"), K("lead")], sink);
    }
    for (i, e) in p.partners.valid().into_iter().flatten().enumerate() {
        if let Some(e) = e {
            subtype(e, &[K("pledgers"), K("partners"), I(i)], sink);
        }
    }
    targets(&p.targets, &[K("targets")], sink);
    for (i, r) in p.progress_reports.valid().into_iter().flatten().enumerate() {
        let Some(r) = r else { continue };
        let base = [K("progressReports"), I(i)];
        duplicates(
            &r.challenges,
            code,
            &[base[0], base[1], K("challenges")],
            sink,
        );
        duplicates(
            &r.solutions,
            code,
            &[base[0], base[1], K("solutions")],
            sink,
        );
        targets(&r.targets, &[base[0], base[1], K("targets")], sink);
    }
}
