'use strict'

// Run by scripts/check-packages in a new, empty npm project that installed the packed p2c
// tarball (with express and fastify): the README's Express and Fastify examples, taken from
// the README inside the installed package and run as written, and what a web team relies on:
// GET routes untouched, express.json() apps keep duplicate-key and inexact-amount detection,
// and the server answers other requests during a long dashboard. Not part of the package.
//
//   P2C_SAMPLE=/path/to/examples/data/pledges.json node --test check-installed.test.js

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const http = require('node:http')
const path = require('node:path')

const express = require('express')
const p2c = require('p2c')
const { p2cExpress, checkExpressApp } = require('p2c/middleware')

const installed = path.dirname(require.resolve('p2c/package.json'))
assert.ok(installed.includes(`${path.sep}node_modules${path.sep}p2c`), `p2c resolved to ${installed}`)

const sample = JSON.parse(fs.readFileSync(process.env.P2C_SAMPLE, 'utf8'))
const pledge = { ...sample[2], reviewState: 'submitted' }
const good = JSON.stringify(pledge)
const duplicateKey = good.replace('{', '{"title":"an earlier title",')
const inexact = good.replace(JSON.stringify(pledge.financialValue.amount), '2.588e8')
assert.notEqual(inexact, good)

/** The first ```js block after `heading` in the installed package's README, as a module here. */
function readmeExample(heading) {
  const readme = fs.readFileSync(path.join(installed, 'README.md'), 'utf8')
  const at = readme.indexOf(`\n${heading}\n`)
  assert.ok(at >= 0, `the installed README has no ${heading}`)
  const code = /```js\n([\s\S]*?)```/.exec(readme.slice(at))[1]
  const file = path.join(__dirname, `readme-${heading.replace(/\W+/g, '').toLowerCase()}.js`)
  fs.writeFileSync(file, `${code}\nmodule.exports = main\n`)
  return require(file)
}

async function request(base, method, route, body) {
  const res = await fetch(`${base}${route}`, { method, headers: { 'content-type': 'application/json' }, body })
  const text = await res.text()
  let json = null
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON: Express's own error page
  }
  return { status: res.status, body: json }
}

const codes = (r) => r.body.issues.map((i) => i.code)

async function withPort0(fn) {
  process.env.PORT = '0'
  try {
    return await fn()
  } finally {
    delete process.env.PORT
  }
}

test("the README's Express example: GET untouched; behind express.json duplicate keys and inexact amounts caught", async () => {
  const server = await withPort0(() => readmeExample('### Express')())
  await new Promise((resolve) => (server.listening ? resolve() : server.once('listening', resolve)))
  const base = `http://127.0.0.1:${server.address().port}`
  try {
    assert.deepEqual(await request(base, 'GET', '/pledges/summary'), { status: 200, body: { pledges: 0 } })
    const ok = await request(base, 'POST', '/pledges', good)
    assert.deepEqual([ok.status, ok.body.id], [201, pledge.id])
    const dup = await request(base, 'POST', '/pledges', duplicateKey)
    assert.deepEqual([dup.status, codes(dup)], [422, ['input.malformed_json']])
    const inexactAnswer = await request(base, 'POST', '/pledges', inexact)
    assert.equal(inexactAnswer.status, 422)
    assert.ok(codes(inexactAnswer).length > 0)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
})

test("the README's Fastify example: GET and unmarked routes untouched, marked routes validated", async () => {
  const fastify = await withPort0(() => readmeExample('### Fastify')())
  const base = `http://127.0.0.1:${fastify.server.address().port}`
  try {
    assert.deepEqual(await request(base, 'GET', '/pledges/summary'), { status: 200, body: { pledges: 0 } })
    assert.deepEqual((await request(base, 'POST', '/login', '{"user":"ana"}')).body, { user: 'ana' })
    const ok = await request(base, 'POST', '/pledges', good)
    assert.deepEqual([ok.status, ok.body.id], [201, pledge.id])
    assert.equal((await request(base, 'POST', '/pledges', duplicateKey)).status, 422)
    assert.equal((await request(base, 'PUT', '/reviews/1', inexact)).status, 422)
  } finally {
    await fastify.close()
  }
})

test('a plain express.json() app: refused at start-up, and never a 201 for bytes p2c did not see', async () => {
  const app = express()
  app.use(express.json())
  app.post('/pledges', p2cExpress(), (req, res) => res.status(201).json({ id: req.body.id }))
  await assert.rejects(checkExpressApp(app), { code: 'raw_body_unavailable' })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const base = `http://127.0.0.1:${server.address().port}`
  const warned = new Promise((resolve) => process.once('warning', resolve))
  try {
    for (const body of [duplicateKey, inexact]) {
      assert.notEqual((await request(base, 'POST', '/pledges', body)).status, 201)
    }
    assert.equal((await warned).code, 'P2C_RAW_BODY_UNAVAILABLE')
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
})

test('the server answers other requests during a long dashboard (renderDashboardHtmlAsync)', async () => {
  let store = '[]'
  const app = express()
  app.get('/ping', (_req, res) => res.send('pong'))
  app.get('/dashboard', async (req, res, next) => {
    try {
      res.type('html').send(await p2c.renderDashboardHtmlAsync(store, { asOf: '2026-01-01' }))
    } catch (err) {
      next(err)
    }
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address()
  const get = (route) =>
    new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: route }, (res) => {
          let body = ''
          res.on('data', (c) => (body += c))
          res.on('end', () => resolve({ status: res.statusCode, body }))
        })
        .on('error', reject)
    })
  try {
    // Grow the store until a dashboard outlasts a ping; count the pings answered meanwhile
    // (an assertion on what the server did, never on a duration).
    let served = 0
    for (let copies = 50; copies <= 50 * 2 ** 5 && served === 0; copies *= 2) {
      const list = []
      for (let c = 0; c < copies; c++) for (const p of sample) list.push({ ...p, id: `${p.id}-${c}` })
      store = JSON.stringify(list)
      let pending = true
      const dashboard = get('/dashboard').finally(() => (pending = false))
      while (pending) {
        assert.equal((await get('/ping')).body, 'pong')
        if (pending) served++
      }
      const page = await dashboard
      assert.equal(page.status, 200)
      assert.match(page.body, /^<!DOCTYPE html>/i)
    }
    assert.ok(served > 0, 'no request was answered while a dashboard was made')
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
})
