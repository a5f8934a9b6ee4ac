### Report and dashboard text (zh): filled by the renderers' commits; see src/i18n/mod.rs.
