/** The error thrown by every p2c function. `code` is stable; the message may improve. */
export declare class P2cError extends Error {
  constructor(
    message: string,
    details?: { code?: string; pointer?: string; line?: number | null; column?: number | null; cause?: unknown },
  )
  readonly name: 'P2cError'
  /** Stable machine code (`parse_error`, `limit_exceeded`, `internal_error`, …). */
  readonly code: string
  /** For `parse_error`: RFC 6901 JSON Pointer of the place where parsing failed (`''` for the root). */
  readonly pointer?: string
  /** For `parse_error`: 1-based line in the input text, or null when unknown. */
  readonly line?: number | null
  /** For `parse_error`: 1-based column in the input text, or null when unknown. */
  readonly column?: number | null
}
