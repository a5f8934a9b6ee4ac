### Report and dashboard text (en): filled by the renderers' commits; see src/i18n/mod.rs.
