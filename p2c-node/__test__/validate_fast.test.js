'use strict'

// `validate` / `validateBatch` build the report without issues in `index.js` (the native side
// returns '' for it instead of JSON text). This suite checks, on many inputs, that the report
// they return is the one the JSON route gives: the native test hook `_validateJsonForTests`
// runs the same validation and always returns the report's JSON text, which is parsed here.
// Equal means deep-equal, the same key order (compared through `JSON.stringify`) and a plain
// prototype. Inputs: the shared validation and hostile vectors, the fuzz seeds, the sample
// data, and the benchmark corpora when `target/bench/` holds them.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const p2c = require('..')
const native = require('../native.js')
const { validationCases, hostileCases } = require('./vectors.js')

const ROOT = path.join(__dirname, '..', '..')

/** How many reports of each kind were compared (both kinds must occur for the suite to count). */
const seen = { empty: 0, withIssues: 0 }

function slow(doc, batch, options) {
  // An object crosses as JSON text, as `index.js` passes it.
  const arg = typeof doc === 'string' || doc instanceof Uint8Array ? doc : JSON.stringify(doc)
  const opts = options === undefined ? undefined : JSON.stringify(options)
  return JSON.parse(native._validateJsonForTests(arg, batch, opts))
}

function same(doc, { batch = false, options } = {}) {
  const fast = batch ? p2c.validateBatch(doc, options) : p2c.validate(doc, options)
  const expected = slow(doc, batch, options)
  assert.equal(Object.getPrototypeOf(fast), Object.prototype)
  assert.deepStrictEqual(fast, expected)
  assert.equal(JSON.stringify(fast), JSON.stringify(expected))
  if (expected.issues.length === 0) seen.empty++
  else seen.withIssues++
  return fast
}

/** The input as a string and as bytes (a string from bytes that are not UTF-8 gets U+FFFD). */
function both(bytes, opts) {
  same(bytes, opts)
  same(bytes.toString('utf8'), opts)
}

test('the shared validation vectors', () => {
  for (const c of validationCases()) {
    if (c.mode === 'update') continue
    const opts = { batch: c.mode === 'batch', options: c.options }
    if (c.inputBytesHex !== undefined) both(Buffer.from(c.inputBytesHex, 'hex'), opts)
    else both(Buffer.from(c.inputText ?? c.inputJson, 'utf8'), opts)
  }
})

test('the hostile vectors', () => {
  for (const c of hostileCases()) both(c.bytes, { batch: c.entry === 'pledges' })
})

test('the fuzz seeds of the validate and parse_pledge targets', () => {
  for (const target of ['validate', 'parse_pledge']) {
    const dir = path.join(ROOT, 'fuzz', 'seeds', target)
    for (const f of fs.readdirSync(dir).sort()) {
      const bytes = fs.readFileSync(path.join(dir, f))
      both(bytes)
      both(bytes, { batch: true })
    }
  }
})

test('the sample pledges, one by one, as a batch, and with options', () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'data', 'pledges.json'), 'utf8')
  both(Buffer.from(text), { batch: true })
  for (const pledge of JSON.parse(text)) {
    both(Buffer.from(JSON.stringify(pledge)))
    same(pledge)
    same(pledge, { options: { asOf: '2021-01-01', redactValues: true } })
    same(pledge, { options: { limits: { maxBytes: 100 } } })
  }
})

const corpora = ['corpus-valid-1000.jsonl', 'corpus-invalid3-10000.jsonl']
  .map((f) => path.join(ROOT, 'target', 'bench', f))
  .filter((f) => fs.existsSync(f))

const noCorpus = corpora.length === 0 && 'no corpus in target/bench/'
test('the benchmark corpora (valid and invalid records)', { skip: noCorpus }, () => {
  for (const file of corpora) {
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
    for (const line of lines.slice(0, 2000)) both(Buffer.from(line))
  }
})

test('both kinds of report were compared', () => {
  // The sample data alone gives reports with and without issues; the counts prove that the
  // comparisons above exercised the shortcut and the JSON route.
  assert.ok(seen.empty > 0, `no report without issues among ${seen.withIssues}`)
  assert.ok(seen.withIssues > 0, `no report with issues among ${seen.empty}`)
})
