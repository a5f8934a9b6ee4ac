//! A pledge as a small table of its identifying fields, for a notebook's display of one record.
//!
//! Not a page: a `<table>` element with no style or script, that a notebook places in its own
//! page. Every value goes through the same escaping and bounding as the reports ([`super::escape`]),
//! and the card shows no contact (the private contact is never part of it).

use super::escape::escape_into;
use super::page::bounded;
use crate::taxonomy::Codelist;
use crate::Pledge;

/// The card of one pledge: its id, title, pledge types, focus areas and review state, as
/// `<table class="p2c-pledge">` with one row each (field names in English, values as stated
/// and codes as codes), escaped and bounded like every report.
pub fn pledge_card(pledge: &Pledge) -> String {
    let joined = |codes: Vec<&'static str>| codes.join(", ");
    let rows: [(&str, String); 5] = [
        ("id", pledge.id.clone()),
        ("title", pledge.title.clone()),
        (
            "pledge types",
            joined(pledge.pledge_types.iter().map(|c| c.code()).collect()),
        ),
        (
            "focus areas",
            joined(pledge.focus_areas.iter().map(|c| c.code()).collect()),
        ),
        ("review state", pledge.review_state.code().to_owned()),
    ];
    let mut out = String::from("<table class=\"p2c-pledge\">");
    for (name, value) in rows {
        out.push_str("<tr><th>");
        out.push_str(name);
        out.push_str("</th><td>");
        escape_into(&mut out, &bounded(&value));
        out.push_str("</td></tr>");
    }
    out.push_str("</table>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_pledge_value;

    fn sample() -> serde_json::Value {
        let text = include_str!("../../../examples/data/pledges.json");
        let all: Vec<serde_json::Value> = serde_json::from_str(text).unwrap();
        all.into_iter().next().unwrap()
    }

    #[test]
    fn shows_the_identifying_fields_as_codes() {
        let doc = sample();
        let pledge = parse_pledge_value(&doc).unwrap();
        let card = pledge_card(&pledge);
        assert!(card.starts_with("<table class=\"p2c-pledge\"><tr><th>id</th><td>"));
        assert!(card.contains(doc["id"].as_str().unwrap()));
        let state = doc["reviewState"].as_str().unwrap();
        assert!(card.contains(&format!("<th>review state</th><td>{state}</td>")));
    }

    #[test]
    fn data_is_escaped_bounded_and_the_contact_left_out() {
        let mut doc = sample();
        let long = "x".repeat(MAX + 10);
        doc["title"] = serde_json::json!(format!("<script>alert('t')</script>\u{202E}{long}"));
        doc["contact"] =
            serde_json::json!({"name": "Private Person", "email": "private@example.org"});
        let pledge = parse_pledge_value(&doc).unwrap();
        let card = pledge_card(&pledge);
        assert!(!card.contains("<script"));
        assert!(card.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;[U+202E]"));
        assert!(!card.contains(&long), "a title over the bound is cut");
        assert!(!card.contains("private@example.org") && !card.contains("Private Person"));
    }

    const MAX: usize = super::super::MAX_CHARS;
}
