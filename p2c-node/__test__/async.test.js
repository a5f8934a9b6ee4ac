'use strict'

// The asynchronous variants (`validateAsync`, `summarizeAsync`, …): the same answers and the same
// errors as the synchronous calls, as promises, with the work on libuv's thread pool, so that
// the event loop keeps serving while a long summary runs. No assertion here is on a duration:
// the event-loop test counts the requests answered while a summary was pending.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const http = require('node:http')
const os = require('node:os')
const path = require('node:path')

const p2c = require('..')

const ROOT = path.join(__dirname, '..', '..')
const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'data', 'pledges.json'), 'utf8')
const PLEDGES = JSON.parse(SAMPLE)
const VALID = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'vectors', 'validation', 'valid.json'), 'utf8'))[0]
  .input
const AS_OF = '2026-01-01'

/** The code of what `fn` throws (sync) or rejects with (async), or null when it succeeds. */
async function codeOf(fn) {
  try {
    await fn()
    return null
  } catch (err) {
    assert.ok(err instanceof p2c.P2cError, `not a P2cError: ${err}`)
    return err.code
  }
}

test('validateAsync and validateBatchAsync answer as validate and validateBatch', async () => {
  const invalid = { ...VALID, id: 7, financialValue: { amount: '-1', currency: 'XXX' } }
  const cases = [
    [VALID, {}],
    [JSON.stringify(VALID), { asOf: AS_OF }],
    [Buffer.from(JSON.stringify(invalid)), { asOf: AS_OF }],
    ['{"id": 1, "id": 2}', undefined],
    [Buffer.from([0x7b, 0xff, 0x7d]), undefined],
    ['not json', { redactValues: true }],
  ]
  for (const [body, options] of cases) {
    const promise = p2c.validateAsync(body, options)
    assert.ok(promise instanceof Promise)
    assert.deepEqual(await promise, p2c.validate(body, options))
  }
  assert.equal((await p2c.validateAsync(invalid)).valid, false)
  assert.deepEqual(await p2c.validateBatchAsync(SAMPLE, { asOf: AS_OF }), p2c.validateBatch(SAMPLE, { asOf: AS_OF }))
  assert.deepEqual(await p2c.validateBatchAsync(PLEDGES.slice(0, 5)), p2c.validateBatch(PLEDGES.slice(0, 5)))
})

test('validateUpdateAsync answers as validateUpdate on every shared update vector', async () => {
  const { validationCases } = require('./vectors.js')
  const updates = validationCases().filter((c) => c.mode === 'update')
  assert.ok(updates.length >= 3, `only ${updates.length} update vectors`)
  let invalid = 0
  for (const c of updates) {
    const expected = p2c.validateUpdate(c.input.old, c.input.new, c.options)
    const promise = p2c.validateUpdateAsync(c.input.old, c.input.new, c.options)
    assert.ok(promise instanceof Promise)
    assert.deepEqual(await promise, expected, c.description)
    if (!expected.valid) invalid += 1
  }
  // Both outcomes are exercised, so the comparison cannot pass on a constant answer.
  assert.ok(invalid > 0 && invalid < updates.length, `${invalid} of ${updates.length} invalid`)
})

test('the async variants reject with the same error codes as the sync calls throw', async () => {
  const pairs = [
    [() => p2c.validate(VALID, { asof: AS_OF }), () => p2c.validateAsync(VALID, { asof: AS_OF })],
    [() => p2c.validate(42), () => p2c.validateAsync(42)],
    [() => p2c.validate(VALID, 'x'), () => p2c.validateAsync(VALID, 'x')],
    [() => p2c.summarize(PLEDGES, { currency: 'XXY' }), () => p2c.summarizeAsync(PLEDGES, { currency: 'XXY' })],
    [() => p2c.summarize('[', { asOf: AS_OF }), () => p2c.summarizeAsync('[', { asOf: AS_OF })],
    [() => p2c.summarize(PLEDGES, { asOf: 'soon' }), () => p2c.summarizeAsync(PLEDGES, { asOf: 'soon' })],
    [() => p2c.validateFile('/nonexistent/p2c.json'), () => p2c.validateFileAsync('/nonexistent/p2c.json')],
    [() => p2c.countryProfile(PLEDGES, 'Atlantis'), () => p2c.countryProfileAsync(PLEDGES, 'Atlantis')],
    [() => p2c.validateUpdate('{', VALID), () => p2c.validateUpdateAsync('{', VALID)],
    [() => p2c.validateUpdate(VALID, 42), () => p2c.validateUpdateAsync(VALID, 42)],
    [() => p2c.tables(PLEDGES, { bogus: 1 }), () => p2c.tablesAsync(PLEDGES, { bogus: 1 })],
    [() => p2c.tables('[', { asOf: AS_OF }), () => p2c.tablesAsync('[', { asOf: AS_OF })],
    [() => p2c.tables(42), () => p2c.tablesAsync(42)],
  ]
  for (const [sync, async] of pairs) {
    const expected = await codeOf(sync)
    assert.notEqual(expected, null, String(sync))
    // An argument mistake is a rejection, never a synchronous throw.
    let promise
    assert.doesNotThrow(() => {
      promise = async()
      promise.catch(() => {})
    })
    assert.equal(await codeOf(() => promise), expected, String(async))
  }
})

test('summarizeAsync and the async dashboards give what the sync calls give', async () => {
  const options = { asOf: AS_OF }
  assert.deepEqual(await p2c.summarizeAsync(PLEDGES, options), p2c.summarize(PLEDGES, options))
  assert.deepEqual(await p2c.summarizeAsync(Buffer.from(SAMPLE), options), p2c.summarize(SAMPLE, options))
  const table = p2c.RateTable.embedded()
  assert.deepEqual(
    await p2c.summarizeAsync(SAMPLE, { ...options, table, currency: 'EUR' }),
    p2c.summarize(SAMPLE, { ...options, table, currency: 'EUR' }),
  )
  assert.equal(await p2c.renderDashboardAsync(SAMPLE, options), p2c.renderDashboard(SAMPLE, options))
  assert.equal(await p2c.renderDashboardHtmlAsync(SAMPLE, options), p2c.renderDashboardHtml(SAMPLE, options))
  const country = PLEDGES[0].implementation.countries?.[0] ?? 'KEN'
  assert.deepEqual(await p2c.countryProfileAsync(SAMPLE, country, options), p2c.countryProfile(SAMPLE, country, options))
  assert.equal(
    await p2c.renderProfileHtmlAsync(SAMPLE, country, options),
    p2c.renderProfileHtml(SAMPLE, country, options),
  )
  assert.equal(await p2c.renderReportHtmlAsync(VALID, options), p2c.renderReportHtml(VALID, options))
})

test('the deprecated spellings warn from the async calls too', async () => {
  const sync = p2c.summarize(PLEDGES, { asOf: AS_OF, rounding: 'halfUp' })
  const async = await p2c.summarizeAsync(PLEDGES, { asOf: AS_OF, rounding: 'halfUp' })
  assert.deepEqual(async, sync)
  assert.ok(async.warnings.some((w) => w.code === 'deprecated_spelling' && w.replacement === 'half_up'))
})

test('validateFileAsync streams a file as validateFile does', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-async-'))
  try {
    const file = path.join(dir, 'pledges.jsonl')
    fs.writeFileSync(file, PLEDGES.map((p) => JSON.stringify(p)).join('\n') + '\n{"id": 1, "id": 2}\n')
    const sync = p2c.validateFile(file, { asOf: AS_OF })
    assert.equal(sync.valid, false)
    assert.deepEqual(await p2c.validateFileAsync(file, { asOf: AS_OF }), sync)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('a panic on a worker thread rejects with internal_error and the process lives on', async () => {
  assert.equal(await codeOf(() => p2c._panicAsyncForTests()), 'internal_error')
  assert.equal((await p2c.validateAsync(VALID)).valid, p2c.validate(VALID).valid)
})

test('the caller may change a Buffer while validateAsync runs (it was copied)', async () => {
  const bytes = Buffer.from(JSON.stringify(VALID))
  const expected = p2c.validate(bytes)
  const promise = p2c.validateAsync(bytes)
  bytes.fill(0x20)
  assert.deepEqual(await promise, expected)
})

/** `copies` copies of the sample pledges, each with its own id, as JSON text. */
function bigList(copies) {
  const out = []
  for (let c = 0; c < copies; c++) {
    for (const p of PLEDGES) out.push({ ...p, id: `${p.id}-${c}` })
  }
  return JSON.stringify(out)
}

function get(port) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/ping' }, (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve(body))
      })
      .on('error', reject)
  })
}

test('the event loop keeps serving HTTP requests while summarizeAsync runs', async () => {
  const server = http.createServer((_req, res) => res.end('pong'))
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  try {
    // Grow the input until a summary outlasts one request, then count the requests answered
    // (and the timer ticks seen) while it was pending: the assertion is on what the loop did,
    // never on how long anything took.
    let served = 0
    let ticks = 0
    for (let copies = 25; copies <= 25 * 2 ** 6 && served === 0; copies *= 2) {
      const text = bigList(copies)
      let pending = true
      const interval = setInterval(() => ticks++, 0)
      const summary = p2c.renderDashboardHtmlAsync(text, { asOf: AS_OF }).finally(() => {
        pending = false
        clearInterval(interval)
      })
      while (pending) {
        assert.equal(await get(port), 'pong')
        if (pending) served++
      }
      const html = await summary
      assert.match(html, /^<!DOCTYPE html>/i)
    }
    assert.ok(served > 0, 'no request was answered while a summary ran')
    assert.ok(ticks > 0, 'no timer fired while a summary ran')
  } finally {
    server.close()
  }
})

test('the synchronous summarize blocks the loop: no timer fires during it (the contrast)', () => {
  let ticks = 0
  const interval = setInterval(() => ticks++, 0)
  p2c.summarize(bigList(10), { asOf: AS_OF })
  clearInterval(interval)
  assert.equal(ticks, 0)
})
