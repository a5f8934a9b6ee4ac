//! What each format version adds, in one place: the validator's walker, the typed reader and
//! the 1.0 schema (pruned from the 1.1 one) all read these tables, so a field cannot be new
//! in one and old in another.
//!
//! A document says which version it follows in `formatVersion`. A 1.0 document that uses a
//! 1.1 field, a 1.1 code (`unknown`, `same_announcement`) or a value date known only to the
//! month or year is refused, naming the version it needs: validation reports
//! `structure.requires_version` at the place, parsing fails there. The remedy is to declare
//! `"formatVersion": "1.1"` (every 1.0 document is a 1.1 document once it says so; see
//! [`crate::migrate`]).

use super::period::Precision;
use super::pledge::{FormatVersion, Pledge};

use crate::taxonomy::Codelist;

/// The fields format 1.1 adds, by record (the names of the schema's `$defs`; `""` is the
/// pledge itself).
pub const V1_1_FIELDS: &[(&str, &[&str])] = &[
    ("", &["announcedOn", "events", "sdgs"]),
    (
        "FinancialValue",
        &[
            "maxAmount",
            "isCeiling",
            "approximate",
            "basis",
            "years",
            "inKind",
            "statedEquivalent",
            "components",
        ],
    ),
    ("Entity", &["roles"]),
    (
        "Implementation",
        &["countryGroups", "unspecifiedCountriesIn"],
    ),
    ("Beneficiaries", &["peopleReachedIsFloor", "counts"]),
];

/// Whether `field` of `record` (a `$defs` name, `""` for the pledge) is new in format 1.1.
pub fn is_v1_1_field(record: &str, field: &str) -> bool {
    V1_1_FIELDS
        .iter()
        .any(|(r, fields)| *r == record && fields.contains(&field))
}

/// One use of a feature newer than a document's declared version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewerFeature {
    /// RFC 6901 pointer to the place.
    pub pointer: String,
    /// What is used: a field name, `` `code` `` value, or `a value date known to the year`.
    pub what: String,
    /// The version the feature needs.
    pub since: FormatVersion,
}

fn push(out: &mut Vec<NewerFeature>, pointer: String, what: String) {
    out.push(NewerFeature {
        pointer,
        what,
        since: FormatVersion::V1_1,
    });
}

fn codes<C: Codelist>(out: &mut Vec<NewerFeature>, base: &str, list: &[C]) {
    for (i, c) in list.iter().enumerate() {
        if c.since() > FormatVersion::V1_0 {
            push(
                out,
                format!("{base}/{i}"),
                format!("the code `{}`", c.code()),
            );
        }
    }
}

/// Every place where `p` uses a feature of a version newer than the one it declares, in
/// document order; empty for a 1.1 document.
pub fn newer_features(p: &Pledge) -> Vec<NewerFeature> {
    let mut out = Vec::new();
    if p.format_version >= FormatVersion::V1_1 {
        return out;
    }
    let mut field = |present: bool, pointer: &str| {
        if present {
            let name = pointer.rsplit('/').next().unwrap_or_default().to_owned();
            push(&mut out, pointer.to_owned(), format!("the field `{name}`"));
        }
    };
    field(p.announced_on.is_some(), "/announcedOn");
    field(!p.events.is_empty(), "/events");
    field(!p.sdgs.is_empty(), "/sdgs");
    if let Some(v) = &p.financial_value {
        field(v.max_amount.is_some(), "/financialValue/maxAmount");
        field(v.is_ceiling, "/financialValue/isCeiling");
        field(v.approximate, "/financialValue/approximate");
        field(v.basis.is_some(), "/financialValue/basis");
        field(v.years.is_some(), "/financialValue/years");
        field(v.in_kind, "/financialValue/inKind");
        field(
            v.stated_equivalent.is_some(),
            "/financialValue/statedEquivalent",
        );
        field(!v.components.is_empty(), "/financialValue/components");
    }
    let imp = &p.implementation;
    field(
        !imp.country_groups.is_empty(),
        "/implementation/countryGroups",
    );
    field(
        !imp.unspecified_countries_in.is_empty(),
        "/implementation/unspecifiedCountriesIn",
    );
    if let Some(b) = &p.beneficiaries {
        field(
            b.people_reached_is_floor,
            "/beneficiaries/peopleReachedIsFloor",
        );
        field(!b.counts.is_empty(), "/beneficiaries/counts");
    }
    let entities = std::iter::once(("/pledgers/lead".to_owned(), &p.pledgers.lead)).chain(
        p.pledgers
            .partners
            .iter()
            .enumerate()
            .map(|(i, e)| (format!("/pledgers/partners/{i}"), e)),
    );
    for (base, e) in entities {
        if !e.roles.is_empty() {
            push(
                &mut out,
                format!("{base}/roles"),
                "the field `roles`".into(),
            );
        }
        if e.headquarters.since() > FormatVersion::V1_0 {
            push(
                &mut out,
                format!("{base}/headquarters"),
                "the headquarters `unknown`".into(),
            );
        }
        if e.stakeholder_type.since() > FormatVersion::V1_0 {
            push(
                &mut out,
                format!("{base}/stakeholderType"),
                format!("the code `{}`", e.stakeholder_type.code()),
            );
        }
    }
    codes(&mut out, "/focusAreas", &p.focus_areas);
    if let Some(v) = &p.financial_value {
        if v.value_date_precision != Precision::Day {
            push(
                &mut out,
                "/financialValue/valueDate".into(),
                format!(
                    "a value date known only to the {}",
                    precision_word(v.value_date_precision)
                ),
            );
        }
    }
    for (i, r) in p.relations.iter().enumerate() {
        if r.kind.since() > FormatVersion::V1_0 {
            push(
                &mut out,
                format!("/relations/{i}/type"),
                format!("the code `{}`", r.kind.code()),
            );
        }
    }
    // Keep document order for the pointers (the walker reports in key order too).
    out.sort_by(|a, b| a.pointer.cmp(&b.pointer));
    out
}

/// `year` or `month`.
pub(crate) fn precision_word(p: Precision) -> &'static str {
    match p {
        Precision::Year => "year",
        Precision::Month => "month",
        Precision::Day => "day",
    }
}

/// The message for a newer feature in a document of `declared` version.
pub(crate) fn message(what: &str, since: FormatVersion, declared: FormatVersion) -> String {
    format!(
        "{what} needs formatVersion `{since}`; this document declares `{declared}` (declare `{since}`: every {declared} document is a valid {since} document)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_1_0_document_with_1_1_features_lists_them() {
        let doc = serde_json::json!({
            "formatVersion": "1.1", "id": "X", "title": "t",
            "pledgers": {"lead": {"name": "A", "stakeholderType": "unknown", "headquarters": "KEN", "roles": ["funder"]}},
            "pledgeTypes": ["financial"], "focusAreas": ["unknown"], "reviewState": "draft",
            "announcedOn": "2024",
            "financialValue": {"amount": "1", "currency": "USD", "valueDate": "2024", "inKind": true},
            "relations": [{"type": "same_announcement", "pledge": "Y"}]
        });
        let mut p: Pledge = serde_json::from_value(doc).unwrap();
        assert!(newer_features(&p).is_empty());
        p.format_version = FormatVersion::V1_0;
        let pointers: Vec<String> = newer_features(&p).into_iter().map(|f| f.pointer).collect();
        assert_eq!(
            pointers,
            [
                "/announcedOn",
                "/financialValue/inKind",
                "/financialValue/valueDate",
                "/focusAreas/0",
                "/pledgers/lead/roles",
                "/pledgers/lead/stakeholderType",
                "/relations/0/type"
            ]
        );
        assert!(is_v1_1_field("Entity", "roles") && !is_v1_1_field("Entity", "name"));
    }
}
