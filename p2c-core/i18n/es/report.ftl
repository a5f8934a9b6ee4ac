### Report and dashboard text (es): filled by the renderers' commits; see src/i18n/mod.rs.
