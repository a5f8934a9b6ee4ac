'use strict'

/**
 * The error class thrown by p2c, and the mapping from the native addon's errors.
 *
 * The addon throws a plain `Error` whose message is `P2C_ERROR:` followed by the JSON of the
 * core error (`{ code, message, pointer?, line?, column? }`). `fromNative` turns it into a
 * `P2cError`; anything else (which would be a bug in the addon) becomes a `P2cError` with code
 * `internal_error` that keeps the original error as its `cause`.
 */

const PREFIX = 'P2C_ERROR:'

class P2cError extends Error {
  /**
   * @param {string} message
   * @param {{ code?: string, pointer?: string, line?: number | null, column?: number | null, cause?: unknown }} [details]
   */
  constructor(message, details = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'P2cError'
    /** Stable machine code (`parse_error`, `limit_exceeded`, …). */
    this.code = details.code ?? 'internal_error'
    if (details.pointer !== undefined) {
      /** RFC 6901 JSON Pointer of the place where parsing failed (`''` for the root). */
      this.pointer = details.pointer
      /** 1-based line in the input text, or null when unknown. */
      this.line = details.line ?? null
      /** 1-based column in the input text, or null when unknown. */
      this.column = details.column ?? null
    }
  }
}

/** Convert an error thrown by the native addon into a `P2cError`. */
function fromNative(err) {
  const message = err instanceof Error ? err.message : String(err)
  if (message.startsWith(PREFIX)) {
    try {
      const payload = JSON.parse(message.slice(PREFIX.length))
      if (payload && typeof payload.code === 'string') {
        return new P2cError(String(payload.message ?? payload.code), {
          code: payload.code,
          pointer: typeof payload.pointer === 'string' ? payload.pointer : undefined,
          line: payload.line,
          column: payload.column,
        })
      }
    } catch {
      // Not a payload after all: fall through to internal_error below.
    }
  }
  return new P2cError(message, { code: 'internal_error', cause: err })
}

/** Wrap a native function so that everything it throws is a `P2cError`. */
function wrap(fn) {
  const wrapped = function (...args) {
    try {
      return fn.apply(this, args)
    } catch (err) {
      throw fromNative(err)
    }
  }
  Object.defineProperty(wrapped, 'name', { value: fn.name })
  return wrapped
}

module.exports = { P2cError, fromNative, wrap }
