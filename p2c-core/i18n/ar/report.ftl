### Report and dashboard text (ar): filled by the renderers' commits; see src/i18n/mod.rs.
