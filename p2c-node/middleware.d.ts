// Types of `p2c/middleware`. No framework's types are needed to use it: the request and response
// shapes are structural here. Where Express's or Fastify's own types are installed, the module
// augmentation at the end declares `req.p2cReport` / `request.p2cReport` and Fastify's
// `config: { p2c: true }` route option.

import type { Issue, IsoDate, Limits, Report } from './index'

/** Options of `p2cExpress` (checked when it is called: a typo throws with a suggestion). */
export interface MiddlewareOptions {
  /** The date that date rules are checked against (default: today, UTC). */
  asOf?: IsoDate | null
  /** Keep input values out of issue messages and params (for logs). */
  redactValues?: boolean
  /** `validate`'s limits; `maxBytes` (default `DEFAULT_MAX_BYTES`, 1 MiB) is also the body size limit (413). */
  limits?: Limits
}

/** Options of the Fastify plugin. */
export interface FastifyPluginOptions extends MiddlewareOptions {
  /**
   * Validate every POST, PUT and PATCH route of the context the plugin is registered in (register
   * it inside your own plugin to scope it), instead of only the routes with `config: { p2c: true }`.
   */
  allRoutes?: boolean
}

/** The body of a 422 answer: every issue of the report. */
export interface UnprocessableBody {
  valid: false
  issues: Issue[]
}

/** The body of a 415 or 413 answer. */
export interface HttpErrorBody {
  code: 'unsupported_media_type' | 'payload_too_large'
  message: string
}

/** The body size limit when `limits.maxBytes` is not given: 1 MiB. */
export declare const DEFAULT_MAX_BYTES: number
/** Bodies from this size on (64 KiB) are validated off the event loop (`validateAsync`). */
export declare const ASYNC_FROM_BYTES: number

/**
 * Express middleware for the routes that take a pledge:
 * `app.post('/pledges', p2cExpress({ asOf }), handler)`. Reads the raw body itself (or the bytes
 * `keepRawBody` kept); passes requests other than POST, PUT and PATCH untouched. On success
 * `req.body` is the pledge (amounts as decimal strings) and `req.p2cReport` its report;
 * otherwise it answers 415, 413 or 422.
 */
export declare function p2cExpress(
  options?: MiddlewareOptions,
): (req: any, res: any, next: (err?: unknown) => void) => void

/**
 * The `verify` hook for `express.json()` (body-parser) that keeps the raw bytes for p2c:
 * `app.use(express.json({ verify: keepRawBody }))`.
 */
export declare function keepRawBody(req: object, res: unknown, buf: Uint8Array, encoding?: string | null): void

/**
 * Start-up check: every body parser mounted before a p2cExpress route keeps the raw bytes.
 * Resolves to the routes checked; rejects with `P2cError` code `raw_body_unavailable`.
 */
export declare function checkExpressApp(app: unknown): Promise<Array<{ method: string; path: string }>>

/**
 * Fastify plugin: `fastify.register(p2cFastify, options)`, then `config: { p2c: true }` on each
 * pledge route (or `allRoutes: true` in an encapsulated context). GETs, other methods and other
 * routes are untouched.
 */
export declare function p2cFastify(
  fastify: any,
  options: FastifyPluginOptions | undefined,
  done: (err?: Error) => void,
): void

// Module augmentation: with @types/express installed, `req.p2cReport` is declared on every
// Express request (set on the routes p2cExpress validated); with fastify, `request.p2cReport`
// (null elsewhere) and the `config: { p2c: true }` route option. Without those packages these
// declarations have no effect.
declare global {
  namespace Express {
    interface Request {
      /** The p2c report of the body (valid; any warnings), set by `p2cExpress`. */
      p2cReport?: Report
    }
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The p2c report of the body (valid; any warnings) on the routes p2c validates, else null. */
    p2cReport: Report | null
  }
  interface FastifyContextConfig {
    /** Validate this route's body with p2c (`p2cFastify` must be registered in its context). */
    p2c?: boolean
  }
}
