### Report and dashboard text (fr): filled by the renderers' commits; see src/i18n/mod.rs.
