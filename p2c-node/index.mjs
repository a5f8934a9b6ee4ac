// ESM entry point: the CommonJS module's exports, by name.
import p2c from './index.js'

export const {
  P2cError,
  validate,
  validateBatch,
  validateOrThrow,
  validateUpdate,
  validateFile,
  renderReportHtml,
  canTransition,
  assess,
  issueCodes,
  parsePledge,
  parsePledges,
  publicView,
  jsonSchema,
  codelists,
  RateTable,
  convert,
  summarize,
  renderDashboard,
  renderDashboardHtml,
  countryProfile,
  renderProfile,
  renderProfileHtml,
} = p2c
export default p2c
