import type { Issue } from './index'

/** The error thrown by every p2c function. `code` is stable; the message may improve. */
export declare class P2cError extends Error {
  constructor(message: string, details?: { code?: string; cause?: unknown; [field: string]: unknown })
  readonly name: 'P2cError'
  /**
   * Stable machine code, one per kind of mistake (README "Errors"): `invalid_argument`,
   * `unknown_code`, `parse_error`, `invalid_rate_file`, `io_error`, `validation_failed`,
   * `rate_not_found`, `limit_exceeded`, `overflow`, `raw_body_unavailable`,
   * `unsupported_platform` (no addon for this machine), `addon_load_failed`, `internal_error`, …
   */
  readonly code: string
  /** For `invalid_argument` and `unknown_code`: the closest known name or code, when one is close. */
  readonly suggestion?: string
  /** For `validation_failed`: every issue of the report (errors and the rest). */
  readonly issues?: Issue[]
  /** For `parse_error` and `invalid_argument`: RFC 6901 JSON Pointer of the place at fault (`''` for the root). */
  readonly pointer?: string
  /** For `parse_error` and `invalid_rate_file`: 1-based line in the input text, or null when unknown. */
  readonly line?: number | null
  /** For `parse_error`: 1-based column in the input text, or null when unknown. */
  readonly column?: number | null
  /** For `rate_not_found`: the currency that had no rate. */
  readonly currency?: string
  /** For `rate_not_found`: the target currency. */
  readonly to?: string
  /** For `rate_not_found`: the value date. */
  readonly date?: string
  /** For `rate_not_found`: the policies tried, in order. */
  readonly policiesTried?: string[]
  /** For `invalid_rate_file`: what is wrong with the rate (a stable code). */
  readonly problem?: string
}
