'use strict'

/**
 * The error class thrown by p2c, and the mapping from the native addon's errors.
 *
 * The addon throws a plain `Error` whose message is `P2C_ERROR:` followed by the JSON of the
 * core error (`{ code, message, ...fields }`, see `Error::to_json` in p2c-core). `fromNative`
 * turns it into a `P2cError` carrying the same fields; anything else (which would be a bug in
 * the addon) becomes a `P2cError` with code `internal_error` that keeps the original error as
 * its `cause`.
 */

const PREFIX = 'P2C_ERROR:'

class P2cError extends Error {
  /**
   * @param {string} message
   * @param {{ code?: string, cause?: unknown, [field: string]: unknown }} [details]
   *   `code` (default `internal_error`), an optional `cause`, and the code's own fields
   *   (`pointer`, `line`, `column`, `issues`, `currency`, …), copied onto the error.
   */
  constructor(message, details = {}) {
    const { code, cause, ...fields } = details
    super(message, cause === undefined ? undefined : { cause })
    this.name = 'P2cError'
    /** Stable machine code (`parse_error`, `limit_exceeded`, …). */
    this.code = code ?? 'internal_error'
    Object.assign(this, fields)
    if (this.pointer !== undefined) {
      // Parse errors always say where; line and column are null when unknown.
      if (this.line === undefined) this.line = null
      if (this.column === undefined) this.column = null
    }
  }
}

/** A `P2cError` with code `invalid_argument`: the caller passed something p2c cannot take. */
function invalidArgument(message, fields = {}) {
  return new P2cError(message, { code: 'invalid_argument', ...fields })
}

/** Convert an error thrown by the native addon into a `P2cError`. */
function fromNative(err) {
  const message = err instanceof Error ? err.message : String(err)
  if (message.startsWith(PREFIX)) {
    try {
      const payload = JSON.parse(message.slice(PREFIX.length))
      if (payload && typeof payload.code === 'string') {
        const { code, message: text, ...fields } = payload
        return new P2cError(String(text ?? code), { code, ...fields })
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

module.exports = { P2cError, fromNative, wrap, invalidArgument }
