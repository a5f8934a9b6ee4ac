'use strict'
// Request-body validation for Express and Fastify: the raw bytes of a JSON request body →
// p2c validate → 422 with every issue, or the pledge on the request. No framework is a
// dependency of p2c: each adapter only uses the request/response shapes of its framework.
//
// What the adapters guarantee (README "Express and Fastify"; __test__/middleware.test.js):
// - only POST, PUT and PATCH requests are validated, and only on the routes asked for;
// - p2c reads the raw bytes itself, so duplicate keys, invalid UTF-8 and inexact amounts
//   (`2.588e8`) are caught even behind a global JSON parser; where the raw bytes cannot be seen,
//   it fails loudly (at start-up with `checkExpressApp`, else on the request) and never
//   validates a re-serialized object instead;
// - 415 for a content type other than `application/json` (charset, if given, `utf-8`), 413
//   over `limits.maxBytes` (default 1 MiB), 422 with `{ valid: false, issues }` for an invalid
//   pledge; 413 and 415 bodies are `{ code, message }`;
// - options are checked when the middleware is created: a typo throws at start-up with a
//   suggestion;
// - the body is parsed once by p2c (validation, which also says how to build the object) and
//   once into the object the handler gets (`JSON.parse`);
// - a body of 64 KiB or more is validated off the event loop (libuv's thread pool).

const http = require('node:http')

const p2c = require('./index.js')
// Loaded (and its platform checked) by index.js; the middleware uses two internal exports.
const native = require('./native.js')
const { P2cError, fromNative, invalidArgument } = require('./errors.js')

/** Methods whose requests carry a body to validate; every other request passes untouched. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])
/** The body size limit when `limits.maxBytes` is not given: 1 MiB (a pledge is a few kB). */
const DEFAULT_MAX_BYTES = 1024 * 1024
/**
 * Bodies from this size on are validated off the event loop (`validateAsync`): below it, the
 * hop to a libuv worker thread costs more than validating a pledge of a few kB in place.
 */
const ASYNC_FROM_BYTES = 64 * 1024

/** Where `keepRawBody` and the Fastify parser keep a request's raw bytes. */
const kRawBody = Symbol.for('p2c.rawBody')
/** Marks the middleware functions p2cExpress makes (for checkExpressApp). */
const kExpress = Symbol.for('p2c.expressMiddleware')
/** On a Fastify request: a p2c registration wants its raw bytes. */
const kWanted = Symbol('p2c.fastifyWanted')
/** On a Fastify instance (and, by prototype, its children): p2c's JSON parser is installed. */
const kFastifyParser = Symbol('p2c.fastifyParser')

const VALIDATE_KEYS = ['asOf', 'redactValues', 'limits']
const LIMIT_KEYS = ['maxBytes', 'maxDepth', 'maxArrayLen', 'maxStringLen']

// ---------------------------------------------------------------------------------------------
// Options, checked once when an adapter is created

/** Edit distance of two short strings (for "did you mean"). */
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}

/** ` (did you mean `x`?)` for the closest of `known`, or a list of them when none is close. */
function suggestion(key, known) {
  const lower = key.toLowerCase()
  let best = null
  let bestDistance = Infinity
  for (const k of known) {
    const d = k.toLowerCase() === lower ? 0 : distance(lower, k.toLowerCase())
    if (d < bestDistance) {
      best = k
      bestDistance = d
    }
  }
  if (best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3))) return `: did you mean \`${best}\`?`
  return ` (known: ${known.map((k) => `\`${k}\``).join(', ')})`
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The settings of an adapter from its options, or a thrown `P2cError` (`invalid_argument`,
 * with `pointer`) naming the first mistake: unknown keys with a suggestion, then whatever the
 * core refuses in the values (a dry run of `validate` with them).
 */
function settings(name, options, extraKeys) {
  if (options === undefined || options === null) options = {}
  if (!isPlainObject(options)) throw invalidArgument(`${name}: options must be an object, not ${typeof options}`)
  const known = [...VALIDATE_KEYS, ...extraKeys]
  for (const key of Object.keys(options)) {
    if (key === 'validateOptions') {
      throw invalidArgument(
        `${name}: \`validateOptions\` is no longer a key: pass its keys (\`asOf\`, \`redactValues\`, \`limits\`) directly`,
        { pointer: '/validateOptions' },
      )
    }
    if (!known.includes(key)) {
      throw invalidArgument(`${name}: unknown option \`${key}\`${suggestion(key, known)}`, { pointer: `/${key}` })
    }
  }
  const limits = options.limits ?? {}
  if (!isPlainObject(limits)) throw invalidArgument(`${name}: \`limits\` must be an object`, { pointer: '/limits' })
  for (const key of Object.keys(limits)) {
    if (!LIMIT_KEYS.includes(key)) {
      throw invalidArgument(`${name}: unknown option \`limits.${key}\`${suggestion(key, LIMIT_KEYS)}`, {
        pointer: `/limits/${key}`,
      })
    }
  }
  const validateOptions = { limits: { maxBytes: DEFAULT_MAX_BYTES, ...limits } }
  if (options.asOf !== undefined) validateOptions.asOf = options.asOf
  if (options.redactValues !== undefined) validateOptions.redactValues = options.redactValues
  try {
    p2c.validate('{}', validateOptions)
  } catch (err) {
    throw new P2cError(`${name}: ${err.message}`, { code: err.code, pointer: err.pointer, cause: err })
  }
  for (const key of extraKeys) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') {
      throw invalidArgument(`${name}: \`${key}\` must be true or false`, { pointer: `/${key}` })
    }
  }
  // The options as JSON once, not on every request (the addon keeps the last options it read).
  const optionsText = JSON.stringify(validateOptions, (_key, v) => (typeof v === 'bigint' ? v.toString() : v))
  return { validateOptions, optionsText, maxBytes: validateOptions.limits.maxBytes, options }
}

// ---------------------------------------------------------------------------------------------
// The parts both adapters share

/** Why a request's content type or encoding is refused (a 415), or null when it is JSON. */
function mediaTypeProblem(contentType, contentEncoding) {
  // The common case, without splitting the header.
  if (contentType === 'application/json' && contentEncoding === undefined) return null
  if (contentType === undefined || contentType === '') {
    return 'a pledge must be sent as `application/json`; the request has no content type'
  }
  const [type, ...params] = String(contentType).split(';')
  if (type.trim().toLowerCase() !== 'application/json') {
    return `a pledge must be sent as \`application/json\`, not \`${type.trim()}\``
  }
  for (const param of params) {
    const [key, value = ''] = param.split('=')
    const charset = value.trim().replace(/^"(.*)"$/, '$1').toLowerCase()
    if (key.trim().toLowerCase() === 'charset' && charset !== 'utf-8' && charset !== 'utf8') {
      return `a pledge must be UTF-8 JSON, not charset \`${value.trim()}\``
    }
  }
  if (contentEncoding !== undefined && String(contentEncoding).toLowerCase() !== 'identity') {
    return `content encoding \`${contentEncoding}\` is not supported: send the JSON uncompressed`
  }
  return null
}

function tooLargeMessage(maxBytes) {
  return `the body is larger than ${maxBytes} bytes (limits.maxBytes)`
}

/** The JSON body of a 422 response: `{ valid: false, issues }` as `validate` returns it. */
function unprocessable(report) {
  return { valid: false, issues: report.issues }
}

/** The keys whose values are decimal strings in a pledge (the addon derives them from the schema). */
let decimalKeys = null
function pledgeDecimalKeys() {
  if (decimalKeys === null) decimalKeys = new Set(JSON.parse(native._bodyDecimalKeys()).keys)
  return decimalKeys
}

/** Turn the integer JSON numbers at decimal keys into decimal strings, as p2c writes them. */
function decimalsToStrings(value, keys) {
  if (Array.isArray(value)) {
    for (const v of value) decimalsToStrings(v, keys)
  } else if (isPlainObject(value)) {
    for (const key in value) {
      const v = value[key]
      if (typeof v === 'number' && keys.has(key)) value[key] = String(v)
      else if (typeof v === 'object' && v !== null) decimalsToStrings(v, keys)
    }
  }
}

/**
 * The plain object of a body that validated, the shape `Pledge` declares (amounts as decimal
 * strings), built the way the addon said when it validated the bytes (src/body.rs): `j`
 * `JSON.parse` of the text; `w` the same, then the JSON numbers at decimal keys as decimal
 * strings; `x` p2c's own reader, which keeps every digit of an integer beyond 2^53.
 */
function pledgeObject(raw, mode) {
  if (mode === 'x') return p2c.parsePledge(raw)
  const obj = JSON.parse(raw.toString('utf8'))
  if (mode === 'w') decimalsToStrings(obj, pledgeDecimalKeys())
  return obj
}

/** The report of the addon's answer for a body (its text after the mode character). */
function reportOf(answer) {
  // '' after the mode: the plain report with no issue (see `validate` in index.js).
  return answer.length === 1 ? { valid: true, issues: [] } : JSON.parse(answer.slice(1))
}

/**
 * Validate the raw bytes of a body, then `done(err, report, pledge)`: in place for a small body,
 * on libuv's thread pool for a large one, so a big body does not hold up the other requests.
 * `pledge` is the body as a plain object when it is valid. One call into the addon validates
 * the bytes and says how to build the object (no scan of the text in JavaScript); `optionsText`
 * is the adapter's options as JSON, made once when the adapter was created.
 */
function validateRaw(raw, optionsText, done) {
  const then = (answer) => {
    let report
    let pledge
    try {
      report = reportOf(answer)
      const mode = answer[0]
      if (mode !== '-') pledge = pledgeObject(raw, mode)
    } catch (err) {
      done(err)
      return
    }
    done(null, report, pledge)
  }
  if (raw.length >= ASYNC_FROM_BYTES) {
    native._validateBodyAsync(raw, optionsText).then(then, (err) => done(fromNative(err)))
    return
  }
  let answer
  try {
    answer = native._validateBody(raw, optionsText)
  } catch (err) {
    done(fromNative(err))
    return
  }
  then(answer)
}

/** The error for a request whose body something else consumed without keeping its bytes. */
function rawBodyUnavailable(where) {
  const err = new P2cError(
    `${where}: the request body was already read by another body parser (express.json()?) without ` +
      'keeping its raw bytes, so p2c cannot check them (duplicate keys, inexact amounts). Add ' +
      "p2c's hook to that parser: `express.json({ verify: keepRawBody })`, or mount p2c before it",
    { code: 'raw_body_unavailable' },
  )
  err.status = 500
  err.expose = false
  if (!rawBodyUnavailable.warned) {
    rawBodyUnavailable.warned = true
    process.emitWarning(err.message, { code: 'P2C_RAW_BODY_UNAVAILABLE' })
  }
  return err
}

// ---------------------------------------------------------------------------------------------
// Express

/**
 * The `verify` hook of `express.json()` (and of body-parser's `json`, `raw` and `text`): keeps
 * the raw bytes of every body the parser reads, so p2cExpress can validate them behind a
 * global `app.use(express.json({ verify: keepRawBody }))`.
 */
function keepRawBody(req, _res, buf) {
  req[kRawBody] = buf
}

/** Whether a request's body stream has already been read to its end by someone else. */
function bodyConsumed(req) {
  return req.readableEnded === true || (req.complete === true && req.readable === false)
}

/** Read a request body up to `maxBytes`; `done(err, buf)`, with `err.status` 413 when over. */
function readBody(req, maxBytes, done) {
  const declared = Number(req.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) {
    done(Object.assign(new Error(tooLargeMessage(maxBytes)), { status: 413 }))
    return
  }
  const chunks = []
  let size = 0
  let settled = false
  const settle = (err, buf) => {
    if (settled) return
    settled = true
    req.removeListener('data', onData)
    req.removeListener('end', onEnd)
    req.removeListener('error', onError)
    req.removeListener('close', onClose)
    done(err, buf)
  }
  const onData = (chunk) => {
    size += chunk.length
    if (size > maxBytes) {
      req.pause()
      settle(Object.assign(new Error(tooLargeMessage(maxBytes)), { status: 413 }))
    } else {
      chunks.push(chunk)
    }
  }
  // A body that came in one chunk is that chunk (no copy).
  const onEnd = () => settle(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size))
  const onError = (err) => settle(Object.assign(err, { status: 400 }))
  const onClose = () => settle(Object.assign(new Error('the client closed the request before its end'), { status: 400 }))
  req.on('data', onData)
  req.on('end', onEnd)
  req.on('error', onError)
  req.on('close', onClose)
}

function sendExpress(res, status, body, close) {
  if (close) res.set('Connection', 'close')
  res.status(status).json(body)
}

/**
 * Express middleware for the routes that take a pledge:
 * `app.post('/pledges', p2cExpress({ asOf, limits }), handler)`.
 *
 * It reads the request body itself; behind a global `express.json()`, give that parser
 * `verify: keepRawBody` (and call `checkExpressApp(app)` at start-up to prove it). Requests
 * other than POST, PUT and PATCH pass untouched. On success `req.body` is the pledge as a
 * plain object (amounts as decimal strings) and `req.p2cReport` the report (with any
 * warnings); otherwise the answer is 415, 413 or 422 (see the top of this file).
 *
 * @param {{ asOf?: string, redactValues?: boolean, limits?: object }} [options]
 *   `validate`'s options; `limits.maxBytes` (default 1 MiB) is also the body size limit
 */
function p2cExpress(options) {
  const s = settings('p2cExpress', options, [])
  function p2cValidate(req, res, next) {
    if (!BODY_METHODS.has(req.method)) {
      next()
      return
    }
    const problem = mediaTypeProblem(req.headers['content-type'], req.headers['content-encoding'])
    if (problem !== null) {
      sendExpress(res, 415, { code: 'unsupported_media_type', message: problem })
      return
    }
    const finish = (raw) => {
      if (raw.length > s.maxBytes) {
        sendExpress(res, 413, { code: 'payload_too_large', message: tooLargeMessage(s.maxBytes) })
        return
      }
      validateRaw(raw, s.optionsText, (err, report, pledge) => {
        if (err) {
          next(err)
        } else if (!report.valid) {
          sendExpress(res, 422, unprocessable(report))
        } else {
          req.body = pledge
          req.p2cReport = report
          next()
        }
      })
    }
    const kept = req[kRawBody]
    if (kept instanceof Uint8Array) {
      finish(Buffer.isBuffer(kept) ? kept : Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength))
    } else if (Buffer.isBuffer(req.body)) {
      finish(req.body) // express.raw() before p2c
    } else if (bodyConsumed(req) || req.body !== undefined) {
      next(rawBodyUnavailable(`p2cExpress on ${req.method} ${req.originalUrl ?? req.url}`))
    } else {
      readBody(req, s.maxBytes, (err, raw) => {
        if (err && err.status === 413) {
          sendExpress(res, 413, { code: 'payload_too_large', message: err.message }, true)
        } else if (err) {
          next(err)
        } else {
          finish(raw)
        }
      })
    }
  }
  p2cValidate[kExpress] = true
  return p2cValidate
}

/** The router of an Express 4 or 5 app (Express 4's `app.router` getter throws). */
function routerOf(app) {
  if (app && app._router) return app._router
  try {
    return app.router
  } catch {
    return undefined
  }
}

/** Whether a layer's path covers `path` (true when it cannot be told: the probe decides). */
function layerCovers(layer, path) {
  if (layer.slash === true || layer.regexp?.fast_slash === true) return true
  if (typeof path !== 'string' || typeof layer.match !== 'function') return true
  try {
    // Router 2 (Express 5) keeps `rawPath`; matching a route path such as `/pledges/:id`
    // against a mount path works because the literal `:id` matches a parameter.
    return Boolean(layer.match(path))
  } catch {
    return true
  }
}

/** Every p2cExpress route of a router stack, with the body parsers mounted before it. */
function p2cRoutes(stack, base, before, out) {
  const parsers = [...before]
  for (const layer of stack ?? []) {
    if (layer.route) {
      // A parser mounted on a path covers the route if the route's path, taken relative to
      // the parser's router, falls under it.
      const full = typeof layer.route.path === 'string' ? `${base}${layer.route.path}` : undefined
      const routeParsers = parsers.filter((l) =>
        layerCovers(l.layer, full !== undefined && full.startsWith(l.base) ? full.slice(l.base.length) || '/' : undefined),
      )
      for (const inner of layer.route.stack ?? []) {
        if (inner.handle?.[kExpress]) {
          out.push({
            path: full ?? `${base}${String(layer.route.path)}`,
            methods: Object.keys(layer.route.methods ?? {}),
            parsers: routeParsers.map((l) => l.layer),
          })
          break
        }
        if (isBodyParser(inner.handle)) routeParsers.push({ layer: inner, base })
      }
    } else if (Array.isArray(layer.handle?.stack)) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : ''
      p2cRoutes(layer.handle.stack, `${base}${mount}`, parsers, out)
    } else if (isBodyParser(layer.handle)) {
      parsers.push({ layer, base })
    }
  }
  return out
}

/** body-parser's JSON and text parsers (what `express.json()` and `express.text()` return). */
function isBodyParser(fn) {
  return typeof fn === 'function' && (fn.name === 'jsonParser' || fn.name === 'textParser')
}

/**
 * Send one JSON POST through a body parser alone, on a loopback server, and say whether the
 * parser kept the raw bytes for p2c (`keepRawBody`) or left the body unread.
 */
function probeParser(handle) {
  return new Promise((resolve, reject) => {
    const server = http.createServer((req, res) => {
      handle(req, res, (err) => {
        const kept = req[kRawBody] instanceof Uint8Array
        const unread = !bodyConsumed(req) && req.body === undefined
        res.end()
        server.close()
        if (err) reject(err)
        else resolve(kept || unread)
      })
    })
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const body = '{"probe":1}'
      const req = http.request({
        host: '127.0.0.1',
        port: server.address().port,
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      })
      req.on('response', (r) => r.resume())
      req.on('error', reject)
      req.end(body)
    })
  })
}

/**
 * Start-up check of an Express app: for every route using p2cExpress, every JSON or text body
 * parser mounted before it must keep the raw bytes (`verify: keepRawBody`). Each such parser is
 * tried once with a probe request on a loopback port. Resolves to the routes checked
 * (`[{ method, path }]`); rejects with a `P2cError` (`raw_body_unavailable`) naming the route
 * and the fix. Call it after defining the routes, before `app.listen`.
 */
async function checkExpressApp(app) {
  const router = routerOf(app)
  if (!router || !Array.isArray(router.stack)) {
    throw invalidArgument('checkExpressApp: `app` is not an Express application')
  }
  const routes = p2cRoutes(router.stack, '', [], [])
  const verdicts = new Map()
  for (const route of routes) {
    for (const layer of route.parsers) {
      if (!verdicts.has(layer.handle)) verdicts.set(layer.handle, await probeParser(layer.handle))
      if (!verdicts.get(layer.handle)) {
        throw new P2cError(
          `checkExpressApp: ${route.methods.map((m) => m.toUpperCase()).join('/')} ${route.path}: a body parser ` +
            `(${layer.name}, e.g. express.json()) runs before p2cExpress and does not keep the raw bytes, so p2c ` +
            'could not check duplicate keys or inexact amounts: give it `verify: keepRawBody` ' +
            "(`express.json({ verify: keepRawBody })`, keepRawBody from 'p2c/middleware'), or mount it after p2c",
          { code: 'raw_body_unavailable' },
        )
      }
    }
  }
  return routes.flatMap((r) => r.methods.map((m) => ({ method: m.toUpperCase(), path: r.path })))
}

// ---------------------------------------------------------------------------------------------
// Fastify

/**
 * Fastify plugin. Register it where the pledge routes are, then mark each such route with
 * `config: { p2c: true }`, or pass `allRoutes: true` to validate every POST, PUT and PATCH route
 * of the context it is registered in (an encapsulated context: register it inside your own
 * plugin, see the README). GET and other requests, and unmarked routes, are untouched:
 * their JSON bodies are parsed by Fastify's own JSON parser as before.
 *
 * On success `request.body` is the pledge as a plain object and `request.p2cReport` the
 * report; otherwise the reply is 415, 413 (also Fastify's own `bodyLimit`) or 422.
 *
 * @param {{ asOf?: string, redactValues?: boolean, limits?: object, allRoutes?: boolean }} [options]
 */
function p2cFastify(fastify, options, done) {
  let s
  try {
    s = settings('p2cFastify', options, ['allRoutes'])
  } catch (err) {
    done(err)
    return
  }
  const all = s.options.allRoutes === true
  const wanted = (config) => (config?.p2c === true || (all && config?.p2c !== false))

  // Mark the requests of this registration's routes before their bodies are parsed.
  fastify.addHook('preParsing', (request, _reply, payload, next) => {
    if (BODY_METHODS.has(request.method) && wanted(request.routeOptions?.config)) request[kWanted] = true
    next(null, payload)
  })
  // One JSON parser for the context and its children (a child registration shares it): the raw
  // bytes for p2c's requests, Fastify's own JSON parsing for every other one. A JSON parser of
  // your own in the same context makes this throw at start-up rather than be silently replaced.
  if (!fastify[kFastifyParser]) {
    const initial = fastify.initialConfig ?? {}
    const jsonParse = fastify.getDefaultJsonParser(initial.onProtoPoisoning ?? 'error', initial.onConstructorPoisoning ?? 'error')
    fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, cb) => {
      if (request[kWanted] === true) {
        request[kRawBody] = body
        cb(null, body)
      } else {
        jsonParse(request, body.toString('utf8'), cb)
      }
    })
    fastify[kFastifyParser] = true
  }
  if (!fastify.hasRequestDecorator('p2cReport')) fastify.decorateRequest('p2cReport', null)

  // Mistakes visible when a route is defined (after the plugin loaded) stop start-up.
  fastify.addHook('onRoute', (route) => {
    const flag = route.config?.p2c
    if (flag !== undefined && typeof flag !== 'boolean') {
      throw invalidArgument(`p2cFastify: ${route.url}: \`config.p2c\` must be true or false; options go to the plugin`)
    }
    const methods = [].concat(route.method)
    if (flag === true && !methods.some((m) => BODY_METHODS.has(m))) {
      throw invalidArgument(`p2cFastify: ${methods.join('/')} ${route.url} has \`config.p2c\` but p2c validates request bodies (POST, PUT, PATCH)`)
    }
    if (wanted(route.config) && route.bodyLimit === undefined) route.bodyLimit = s.maxBytes
  })

  fastify.addHook('preHandler', (request, reply, next) => {
    if (!BODY_METHODS.has(request.method) || !wanted(request.routeOptions?.config)) {
      next()
      return
    }
    const problem = mediaTypeProblem(request.headers['content-type'], request.headers['content-encoding'])
    if (problem !== null) {
      reply.code(415).send({ code: 'unsupported_media_type', message: problem })
      return
    }
    const raw = request[kRawBody]
    if (!Buffer.isBuffer(raw)) {
      next(rawBodyUnavailable(`p2cFastify on ${request.method} ${request.url}`))
      return
    }
    if (raw.length > s.maxBytes) {
      reply.code(413).send({ code: 'payload_too_large', message: tooLargeMessage(s.maxBytes) })
      return
    }
    validateRaw(raw, s.optionsText, (err, report, pledge) => {
      if (err) {
        next(err)
      } else if (!report.valid) {
        reply.code(422).send(unprocessable(report))
      } else {
        request.body = pledge
        request.p2cReport = report
        next()
      }
    })
  })
  done()
}
// Fastify runs a plugin in its caller's context (so the parser and hook apply to the caller's
// routes) when it carries this symbol, as fastify-plugin sets it.
p2cFastify[Symbol.for('skip-override')] = true
p2cFastify[Symbol.for('fastify.display-name')] = 'p2c'

module.exports = { p2cExpress, p2cFastify, keepRawBody, checkExpressApp, DEFAULT_MAX_BYTES, ASYNC_FROM_BYTES }
