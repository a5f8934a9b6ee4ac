//! Private data: a pledge's contact never appears in public output.
//!
//! The contact's name and e-mail are set to markers longer than any generated text field
//! (the strategies in `common` make text of at most 24 characters), so a marker found in the
//! output can only have come from the contact.

mod common;

use common::pledge;
use p2c_core::model::Contact;
use proptest::prelude::*;

const NAME: &str = "contact-name-marker-7f3a9c1e5b2d4f6a8c0e";
const EMAIL: &str = "contact-email-marker-2b4d6f8a0c1e3a5c7e9b@example.invalid";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn public_view_never_carries_the_contact(mut p in pledge()) {
        p.contact = Some(Contact { name: NAME.into(), email: EMAIL.into() });
        let public = p.public_view();
        let json = serde_json::to_string(&public).unwrap();
        prop_assert!(!json.contains(NAME), "{}", json);
        prop_assert!(!json.contains(EMAIL), "{}", json);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        prop_assert!(value.get("contact").is_none());
        // Nothing else is lost: the public view is the pledge less its contact.
        let mut expected = p.clone();
        expected.contact = None;
        prop_assert_eq!(public, expected);
    }

    #[test]
    fn the_full_document_does_carry_the_contact(mut p in pledge()) {
        // The markers are findable where they belong, so the test above can fail.
        p.contact = Some(Contact { name: NAME.into(), email: EMAIL.into() });
        let json = serde_json::to_string(&p).unwrap();
        prop_assert!(json.contains(NAME) && json.contains(EMAIL));
    }
}
