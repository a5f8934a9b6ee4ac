### Report and dashboard text (ru): filled by the renderers' commits; see src/i18n/mod.rs.
