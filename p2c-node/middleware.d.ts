// Types of `p2c/middleware`. No framework's types are needed: the request and response shapes
// used are declared structurally here.

import type { Report, ValidateOptions } from './index'
import type { Pledge } from './types'

/** Options of both middlewares. */
export interface MiddlewareOptions {
  /** Options passed to `validate` (as-of date, redaction, limits). */
  validateOptions?: ValidateOptions
}

/** The body of a 422 response. */
export interface UnprocessableBody {
  valid: false
  issues: Report['issues']
}

/** What the Express middleware sets on a request whose body is a valid pledge. */
export interface ValidatedRequest {
  body: Pledge
  p2cReport: Report
}

/**
 * Express middleware: validates `req.body` (a Buffer from `express.raw`, a string, or an
 * object), then either sets `req.body` to the pledge and `req.p2cReport`, or answers 422.
 */
export function p2cExpress(
  options?: MiddlewareOptions,
): (
  req: { body?: unknown },
  res: { status(code: number): { json(body: UnprocessableBody): unknown } },
  next: (err?: unknown) => void,
) => void

/**
 * Fastify plugin: a Buffer body parser for `application/json` and a `preHandler` hook that
 * validates, then either sets `request.body` to the pledge and `request.p2cReport`, or answers
 * 422. Registered without encapsulation, so it applies to the routes of the instance it is
 * registered on.
 */
export function p2cFastify(
  fastify: {
    addContentTypeParser(...args: any[]): unknown
    addHook(...args: any[]): unknown
  },
  options: MiddlewareOptions | undefined,
  done: (err?: Error) => void,
): void
