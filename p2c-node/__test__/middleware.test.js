// The Express middleware and the Fastify plugin of `p2c/middleware`, with real Express 5 and
// Fastify 5 over HTTP on 127.0.0.1: only the routes asked for are validated (never GETs), the
// raw bytes are checked even behind a global JSON parser (duplicate keys, inexact amounts),
// 415 / 413 / 422 answers, options checked at start-up, amounts as decimal strings.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const http = require('node:http')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')

const express = require('express')
const Fastify = require('fastify')

const { p2cExpress, p2cFastify, keepRawBody, checkExpressApp, DEFAULT_MAX_BYTES, ASYNC_FROM_BYTES } = require('../middleware')

const root = join(__dirname, '..', '..')
const sample = JSON.parse(readFileSync(join(root, 'examples', 'data', 'pledges.json'), 'utf8'))
const pledge = sample[2] // a financial pledge: USD 258,800,000
const AS_OF = '2026-11-23'
const good = JSON.stringify(pledge)
const amountText = JSON.stringify(pledge.financialValue.amount)
// The same key twice: JSON.parse keeps the last, p2c refuses the document.
const duplicateKey = good.replace('{', '{"title":"an earlier title",')
// An amount that is not exact as a JSON number: JSON.parse makes it 258800000, p2c refuses it.
const inexact = good.replace(amountText, '2.588e8')
assert.notEqual(inexact, good)

async function request(base, method, path, body, headers = { 'content-type': 'application/json' }) {
  const res = await fetch(`${base}${path}`, { method, headers, body })
  const text = await res.text()
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON (a GET answer in text, an empty body)
  }
  return { status: res.status, body: json, text }
}

const codes = (body) => body.issues.map((i) => i.code)

async function listen(app) {
  const server = http.createServer(app)
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }
}

/** A raw HTTP POST without content-length (chunked), to test the streaming size limit. */
function postChunked(base, path, chunks) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base)
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json' } })
    req.on('response', (res) => {
      let text = ''
      res.on('data', (c) => { text += c })
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }))
    })
    req.on('error', (err) => (err.code === 'ECONNRESET' || err.code === 'EPIPE' ? undefined : reject(err)))
    for (const c of chunks) req.write(c)
    req.end()
  })
}

function handler(req, res) {
  res.status(201).json({ id: req.body.id, amount: req.body.financialValue?.amount, warnings: req.p2cReport.issues.length })
}

// ---------------------------------------------------------------------------------------------
// Express

test('express: p2c reads the body itself; 201, 422, 415, 413; GET routes untouched', async () => {
  const app = express()
  app.get('/pledges/summary', (_req, res) => res.json({ ok: true }))
  app.post('/pledges', p2cExpress({ asOf: AS_OF }), handler)
  app.post('/small', p2cExpress({ asOf: AS_OF, limits: { maxBytes: 1000 } }), handler)
  assert.deepEqual(await checkExpressApp(app), [{ method: 'POST', path: '/pledges' }, { method: 'POST', path: '/small' }])
  const { base, close } = await listen(app)
  try {
    const ok = await request(base, 'POST', '/pledges', good)
    assert.equal(ok.status, 201)
    assert.deepEqual([ok.body.id, ok.body.amount], [pledge.id, '258800000'])

    assert.deepEqual(await request(base, 'GET', '/pledges/summary'), { status: 200, body: { ok: true }, text: '{"ok":true}' })

    const dup = await request(base, 'POST', '/pledges', duplicateKey)
    assert.equal(dup.status, 422)
    assert.deepEqual(codes(dup.body), ['input.malformed_json'])
    const bad = await request(base, 'POST', '/pledges', inexact)
    assert.equal(bad.status, 422)
    assert.ok(codes(bad.body).includes('structure.inexact_number'))
    const notJson = await request(base, 'POST', '/pledges', '{"formatVersion": "1.0",')
    assert.deepEqual([notJson.status, codes(notJson.body)], [422, ['input.malformed_json']])

    for (const headers of [{ 'content-type': 'text/plain' }, {}, { 'content-type': 'application/json; charset=latin1' }]) {
      const r = await request(base, 'POST', '/pledges', good, headers)
      assert.equal(r.status, 415, JSON.stringify(headers))
      assert.equal(r.body.code, 'unsupported_media_type')
    }
    const charset = await request(base, 'POST', '/pledges', good, { 'content-type': 'Application/JSON; charset=UTF-8' })
    assert.equal(charset.status, 201)

    const big = await request(base, 'POST', '/small', good)
    assert.deepEqual([big.status, big.body.code], [413, 'payload_too_large'])
    const chunked = await postChunked(base, '/small', [good.slice(0, 600), good.slice(600)])
    assert.deepEqual([chunked.status, chunked.body.code], [413, 'payload_too_large'])
  } finally {
    await close()
  }
})

test('express: behind a global express.json({ verify: keepRawBody }) duplicate keys and inexact amounts are still caught', async () => {
  const app = express()
  app.use(express.json({ verify: keepRawBody }))
  app.post('/login', (req, res) => res.json({ user: req.body.user })) // other routes: express.json as before
  app.post('/pledges', p2cExpress({ asOf: AS_OF }), handler)
  await checkExpressApp(app)
  const { base, close } = await listen(app)
  try {
    assert.deepEqual((await request(base, 'POST', '/login', '{"user":"ana"}')).body, { user: 'ana' })
    assert.equal((await request(base, 'POST', '/pledges', good)).status, 201)
    const dup = await request(base, 'POST', '/pledges', duplicateKey)
    assert.deepEqual([dup.status, codes(dup.body)], [422, ['input.malformed_json']])
    const bad = await request(base, 'POST', '/pledges', inexact)
    assert.equal(bad.status, 422)
    assert.ok(codes(bad.body).includes('structure.inexact_number'))
  } finally {
    await close()
  }
})

test('express: behind a plain express.json() it fails at start-up (checkExpressApp) and never accepts', async () => {
  // The first time, a process warning says it too (once per process).
  const warned = new Promise((resolve) => process.once('warning', resolve))
  for (const mount of [(app) => app.use(express.json()), (app) => app.use('/api', express.json())]) {
    const app = express()
    mount(app)
    const api = express.Router()
    api.post('/pledges', p2cExpress({ asOf: AS_OF }), handler)
    app.use('/api', api)
    app.use((err, _req, res, _next) => res.status(err.status).json({ code: err.code }))
    await assert.rejects(checkExpressApp(app), (err) => err.code === 'raw_body_unavailable' && /\/api\/pledges/.test(err.message))
    const { base, close } = await listen(app)
    try {
      const r = await request(base, 'POST', '/api/pledges', duplicateKey)
      // Never 201 for a body p2c could not see.
      assert.deepEqual([r.status, r.body], [500, { code: 'raw_body_unavailable' }])
    } finally {
      await close()
    }
  }
  assert.equal((await warned).code, 'P2C_RAW_BODY_UNAVAILABLE')
  // A parser mounted on another path does not concern the p2c route.
  const app = express()
  app.use('/admin', express.json())
  app.post('/pledges', p2cExpress(), handler)
  await checkExpressApp(app)
})

test('express: express.raw() before it, a global app.use(p2cExpress()), exact big integers', async () => {
  const app = express()
  app.use(p2cExpress({ asOf: AS_OF })) // applies to POST/PUT/PATCH only
  app.get('/pledges', (_req, res) => res.send('list'))
  app.post('/pledges', handler)
  app.put('/raw', express.raw({ type: 'application/json' }), p2cExpress({ asOf: AS_OF }), handler)
  const { base, close } = await listen(app)
  try {
    assert.equal((await request(base, 'GET', '/pledges')).text, 'list')
    assert.equal((await request(base, 'POST', '/pledges', good)).status, 201)
    // An integer JSON number is exact and accepted; the handler gets it as a decimal string,
    // all digits kept even beyond 2^53.
    const integer = await request(base, 'POST', '/pledges', good.replace(amountText, '258800000'))
    assert.deepEqual([integer.status, integer.body.amount], [201, '258800000'])
    const huge = await request(base, 'POST', '/pledges', good.replace(amountText, '9007199254740993'))
    assert.deepEqual([huge.status, huge.body.amount], [201, '9007199254740993'])
    assert.equal((await request(base, 'PUT', '/raw', duplicateKey)).status, 422)
  } finally {
    await close()
  }
})

test('express: options are checked when the middleware is created', () => {
  const mistake = (options, pattern) =>
    assert.throws(() => p2cExpress(options), (err) => err.code === 'invalid_argument' && pattern.test(err.message))
  mistake({ asof: AS_OF }, /did you mean `asOf`/)
  mistake({ limits: { maxbytes: 10 } }, /did you mean `maxBytes`/)
  mistake({ validateOptions: { asOf: AS_OF } }, /pass its keys/)
  mistake({ asOf: '2026-13-01' }, /asOf/)
  mistake({ limits: { maxBytes: -1 } }, /maxBytes/)
  mistake('yes', /must be an object/)
  assert.equal(DEFAULT_MAX_BYTES, 1024 * 1024)
})

// ---------------------------------------------------------------------------------------------
// Fastify

async function fastifyListen(app) {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return `http://127.0.0.1:${app.server.address().port}`
}

function fastifyHandler(request, reply) {
  reply.code(201)
  return { id: request.body.id, amount: request.body.financialValue?.amount, warnings: request.p2cReport.issues.length }
}

test('fastify: only routes marked config.p2c are validated; GETs and other routes untouched', async () => {
  const app = Fastify()
  // Not awaited, and a route defined before the plugin loads: still covered.
  app.post('/early', { config: { p2c: true } }, fastifyHandler)
  app.register(p2cFastify, { asOf: AS_OF, limits: { maxBytes: 1000 } })
  app.get('/pledges/summary', async () => ({ ok: true }))
  app.post('/login', async (request) => ({ user: request.body.user }))
  app.post('/pledges', { config: { p2c: true }, bodyLimit: 100000 }, fastifyHandler)
  app.post('/big', { config: { p2c: true } }, fastifyHandler)
  const base = await fastifyListen(app)
  try {
    assert.deepEqual((await request(base, 'GET', '/pledges/summary')).body, { ok: true })
    assert.deepEqual((await request(base, 'POST', '/login', '{"user":"ana"}')).body, { user: 'ana' })
    // Fastify's own JSON errors stay on unmarked routes.
    assert.equal((await request(base, 'POST', '/login', '{"user":')).status, 400)

    const small = Fastify()
    small.register(p2cFastify, { asOf: AS_OF })
    small.post('/pledges', { config: { p2c: true } }, fastifyHandler)
    const smallBase = await fastifyListen(small)
    try {
      const ok = await request(smallBase, 'POST', '/pledges', good)
      assert.deepEqual([ok.status, ok.body.id, ok.body.amount], [201, pledge.id, '258800000'])
      const early = await request(base, 'POST', '/early', good)
      assert.equal(early.status, 413) // maxBytes 1000 of the first app
    } finally {
      await small.close()
    }
    // limits.maxBytes (1000) answers 413 even where the route's bodyLimit is larger.
    assert.deepEqual([(await request(base, 'POST', '/pledges', good)).status], [413])
    assert.equal((await request(base, 'POST', '/big', good)).status, 413)
    const dup = await request(base, 'POST', '/pledges', '{"id":"a","id":"b"}')
    assert.deepEqual([dup.status, codes(dup.body)], [422, ['input.malformed_json']])
    const text = await request(base, 'POST', '/pledges', '{}', { 'content-type': 'text/plain' })
    assert.deepEqual([text.status, text.body.code], [415, 'unsupported_media_type'])
  } finally {
    await app.close()
  }
})

test('fastify: allRoutes in an encapsulated context validates that context only', async () => {
  const app = Fastify()
  app.register(async function pledgeApi(api) {
    await api.register(p2cFastify, { asOf: AS_OF, allRoutes: true })
    api.post('/pledges', fastifyHandler)
    api.put('/pledges/:id', fastifyHandler)
    api.get('/pledges/:id', async (request) => ({ id: request.params.id }))
  })
  app.post('/login', async (request) => ({ user: request.body.user }))
  const base = await fastifyListen(app)
  try {
    assert.equal((await request(base, 'POST', '/pledges', good)).status, 201)
    assert.equal((await request(base, 'PUT', '/pledges/x', inexact)).status, 422)
    const dup = await request(base, 'POST', '/pledges', duplicateKey)
    assert.deepEqual([dup.status, codes(dup.body)], [422, ['input.malformed_json']])
    assert.deepEqual((await request(base, 'GET', '/pledges/x')).body, { id: 'x' })
    assert.deepEqual((await request(base, 'POST', '/login', '{"user":"ana"}')).body, { user: 'ana' })
    const huge = await request(base, 'POST', '/pledges', good.replace(amountText, '9007199254740993'))
    assert.deepEqual([huge.status, huge.body.amount], [201, '9007199254740993'])
  } finally {
    await app.close()
  }
})

test('fastify: mistakes stop start-up', async () => {
  for (const [setup, pattern] of [
    [(app) => app.register(p2cFastify, { asof: AS_OF }), /did you mean `asOf`/],
    [(app) => app.register(p2cFastify, { allRoutes: 'yes' }), /allRoutes/],
    [(app) => { app.register(p2cFastify); app.register(async (a) => a.get('/x', { config: { p2c: true } }, async () => 1)) }, /validates request bodies/],
  ]) {
    const app = Fastify()
    setup(app)
    await assert.rejects(app.ready(), pattern)
    await app.close()
  }
})

// ---------------------------------------------------------------------------------------------
// The README's examples, run as written

const Module = require('node:module')
const PACKAGE = join(__dirname, '..')

/** The first ```js block after `heading` in p2c-node/README.md, loaded as a module in the package. */
function readmeExample(heading) {
  const readme = readFileSync(join(PACKAGE, 'README.md'), 'utf8')
  const at = readme.indexOf(`\n${heading}\n`)
  assert.ok(at >= 0, `README has no ${heading}`)
  const code = /```js\n([\s\S]*?)```/.exec(readme.slice(at))[1]
  // A module inside the package, so `require('p2c/middleware')` resolves by self-reference.
  const file = join(PACKAGE, '__readme_example__.js')
  const m = new Module(file, module)
  m.filename = file
  m.paths = Module._nodeModulePaths(PACKAGE)
  m._compile(`${code}\nmodule.exports = typeof main === 'function' ? main : undefined`, file)
  return m.exports
}

async function withPort0(fn) {
  const saved = process.env.PORT
  process.env.PORT = '0'
  try {
    return await fn()
  } finally {
    if (saved === undefined) delete process.env.PORT
    else process.env.PORT = saved
  }
}

test("README: the Express example runs: pledges validated behind express.json, GET untouched", async () => {
  const server = await withPort0(() => readmeExample('### Express')())
  await new Promise((resolve) => (server.listening ? resolve() : server.once('listening', resolve)))
  const base = `http://127.0.0.1:${server.address().port}`
  try {
    assert.deepEqual((await request(base, 'GET', '/pledges/summary')).body, { pledges: 0 })
    const ok = await request(base, 'POST', '/pledges', good.replace('"reviewState":"published"', '"reviewState":"submitted"'))
    assert.deepEqual([ok.status, ok.body.id], [201, pledge.id])
    const dup = await request(base, 'POST', '/pledges', duplicateKey)
    assert.deepEqual([dup.status, codes(dup.body)], [422, ['input.malformed_json']])
    assert.equal((await request(base, 'POST', '/pledges', inexact)).status, 422)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
})

test('README: the Fastify example runs: marked routes and the encapsulated context only', async () => {
  const fastify = await withPort0(() => readmeExample('### Fastify')())
  const base = `http://127.0.0.1:${fastify.server.address().port}`
  try {
    assert.deepEqual((await request(base, 'GET', '/pledges/summary')).body, { pledges: 0 })
    assert.deepEqual((await request(base, 'POST', '/login', '{"user":"ana"}')).body, { user: 'ana' })
    const ok = await request(base, 'POST', '/pledges', good)
    assert.deepEqual([ok.status, ok.body.id], [201, pledge.id])
    assert.equal((await request(base, 'POST', '/pledges', duplicateKey)).status, 422)
    assert.equal((await request(base, 'PUT', '/reviews/1', inexact)).status, 422)
    assert.deepEqual((await request(base, 'PUT', '/reviews/1', good)).body, { id: pledge.id })
  } finally {
    await fastify.close()
  }
})

// ---------------------------------------------------------------------------------------------
// Large bodies: validated off the event loop, with the same answers

test('bodies of ASYNC_FROM_BYTES or more (validated with validateAsync) get the same answers', async () => {
  const pad = ' '.repeat(ASYNC_FROM_BYTES)
  const bigGood = good + pad
  const bigDuplicate = duplicateKey + pad
  assert.ok(Buffer.byteLength(bigGood) >= ASYNC_FROM_BYTES)
  const app = express()
  app.use(express.json({ verify: keepRawBody }))
  app.post('/pledges', p2cExpress({ asOf: AS_OF }), handler)
  const fastify = Fastify()
  await fastify.register(p2cFastify, { asOf: AS_OF })
  fastify.post('/pledges', { config: { p2c: true } }, async (request, reply) => {
    reply.code(201)
    return { id: request.body.id, amount: request.body.financialValue?.amount, warnings: request.p2cReport.issues.length }
  })
  await fastify.listen({ port: 0, host: '127.0.0.1' })
  const e = await listen(app)
  try {
    for (const base of [e.base, `http://127.0.0.1:${fastify.server.address().port}`]) {
      const small = await request(base, 'POST', '/pledges', good)
      const big = await request(base, 'POST', '/pledges', bigGood)
      assert.equal(big.status, 201, base)
      assert.deepEqual(big.body, small.body)
      const smallBad = await request(base, 'POST', '/pledges', duplicateKey)
      const bigBad = await request(base, 'POST', '/pledges', bigDuplicate)
      assert.equal(bigBad.status, 422, base)
      assert.deepEqual(codes(bigBad.body), codes(smallBad.body))
    }
  } finally {
    await e.close()
    await fastify.close()
  }
})

// The middleware builds the handler's object and report from one addon call (src/body.rs says
// how to build the object): they must be what `validate` and `parsePledge` give for the bytes.
test('express: req.body and req.p2cReport equal parsePledge and validate for every sample', async () => {
  const p2c = require('..')
  const mw = p2cExpress({ asOf: AS_OF })
  const bodies = [
    ...sample.map((p) => JSON.stringify(p)),
    good.replace(amountText, '258800000'), // a JSON number at a decimal key
    good.replace(amountText, ' -0'), // a sign and space before it (refused, or not: as validate says)
    good.replace(amountText, '9007199254740993'), // beyond 2^53
    good.replace('"title":"', `"title":"${'x'.repeat(ASYNC_FROM_BYTES)}`), // validated off the event loop
    duplicateKey,
    inexact,
  ]
  for (const text of bodies) {
    const raw = Buffer.from(text)
    const req = { method: 'POST', headers: { 'content-type': 'application/json' }, [Symbol.for('p2c.rawBody')]: raw }
    const sent = {}
    const res = {
      status(code) {
        sent.status = code
        return this
      },
      json(body) {
        sent.body = body
      },
      set() {},
    }
    await new Promise((resolve, reject) => {
      res.json = (body) => {
        sent.body = body
        resolve()
      }
      mw(req, res, (err) => (err ? reject(err) : resolve()))
    })
    const report = p2c.validate(raw, { asOf: AS_OF })
    if (report.valid) {
      assert.equal(sent.status, undefined)
      assert.deepEqual(req.p2cReport, report)
      assert.deepEqual(req.body, p2c.parsePledge(raw))
    } else {
      assert.deepEqual([sent.status, sent.body], [422, { valid: false, issues: report.issues }])
      assert.equal(req.p2cReport, undefined)
    }
  }
})
