'use strict'

// Validation from Node: every shared conformance vector (tests/vectors/validation/), run the
// way tests/vectors/README.md says (expected {code, path} sets are written in the vector files
// by hand), plus the Node-specific entry points (Buffer, object, options, throwing variant).

const test = require('node:test')
const assert = require('node:assert/strict')

const p2c = require('..')
const { P2cError } = p2c
const { validationCases, pairs } = require('./vectors.js')

const cases = validationCases()

function run(c, { asObject = false } = {}) {
  const options = c.options
  if (c.mode === 'update') return p2c.validateUpdate(c.input.old, c.input.new, options)
  const fn = c.mode === 'batch' ? p2c.validateBatch : p2c.validate
  if (c.inputText !== undefined) return fn(c.inputText, options)
  if (c.inputBytesHex !== undefined) return fn(Buffer.from(c.inputBytesHex, 'hex'), options)
  return fn(asObject ? c.input : c.inputJson, options)
}

function checkReport(report) {
  assert.equal(Object.getPrototypeOf(report), Object.prototype)
  assert.equal(report.valid, !report.issues.some((i) => i.severity === 'error'))
  for (const issue of report.issues) {
    assert.deepEqual(Object.keys(issue).sort(), ['code', 'message', 'params', 'path', 'severity'])
    assert.ok(['error', 'warning', 'info'].includes(issue.severity))
  }
}

test('there are at least 80 validation vectors', () => {
  assert.ok(cases.length >= 80, `only ${cases.length}`)
})

for (const c of cases) {
  test(`vector ${c.file}: ${c.description}`, () => {
    const report = run(c)
    checkReport(report)
    const expected = c.expected.map((e) => `${e.code} ${e.path}`).sort()
    assert.deepEqual(pairs(report.issues), expected)
    // The object entry point gives the same answer (README: except byte-limit cases), for
    // inputs that are objects and that a JS value holds exactly (`100.0` becomes `100`).
    const byValue =
      typeof c.input === 'object' &&
      c.input !== null &&
      JSON.stringify(c.input) === c.inputJson &&
      c.options?.limits?.maxBytes === undefined
    if (byValue && c.mode !== 'update') {
      assert.deepEqual(pairs(run(c, { asObject: true }).issues), expected)
    }
  })
}

test('every catalogue code is produced by some vector in Node too', () => {
  const produced = new Set(cases.flatMap((c) => run(c).issues.map((i) => i.code)))
  // The spreadsheet codes come from the workbook vectors (tests/vectors/sheets), which the
  // Rust suite runs; this binding reads workbooks in phase 2 of the spreadsheet work.
  const sheetCases = JSON.parse(
    require('node:fs').readFileSync(
      require('node:path').join(__dirname, '../../tests/vectors/sheets/cases.json'),
      'utf8',
    ),
  )
  for (const c of sheetCases) for (const e of c.expected) produced.add(e.code)
  const missing = p2c.issueCodes().map((i) => i.code).filter((code) => !produced.has(code))
  assert.deepEqual(missing, [])
})

test('string, Buffer and object bodies give the same report', () => {
  const doc = { title: '', id: 'x' }
  const text = JSON.stringify(doc)
  const a = p2c.validate(text)
  assert.deepEqual(p2c.validate(Buffer.from(text)), a)
  assert.deepEqual(p2c.validate(new TextEncoder().encode(text)), a)
  assert.deepEqual(p2c.validate(doc), a)
  assert.equal(a.valid, false)
})

test('invalid UTF-8 in a Buffer is an issue, not a crash', () => {
  const report = p2c.validate(Buffer.from([0x7b, 0xff, 0x7d]))
  assert.equal(report.valid, false)
  assert.deepEqual(pairs(report.issues), ['input.invalid_utf8 '])
})

test('a JS string with a lone surrogate is replaced on the way in, never a crash', () => {
  // napi converts JS strings to UTF-8 with U+FFFD for unpaired surrogates.
  const report = p2c.validate(`{"title": "a\ud800b"}`)
  assert.equal(report.valid, false)
  assert.ok(!report.issues.some((i) => i.code === 'input.invalid_utf8'))
})

test('validateOrThrow returns the report when valid and throws validation_failed otherwise', () => {
  const valid = cases.find((c) => c.file === 'valid.json' && c.input && c.options?.asOf)
  const report = p2c.validateOrThrow(valid.input, valid.options)
  assert.equal(report.valid, true)
  const invalid = cases.find((c) => c.expected.length > 1 && c.input && !c.mode && c.options?.asOf)
  assert.throws(
    () => p2c.validateOrThrow(invalid.input, invalid.options),
    (err) => {
      assert.ok(err instanceof P2cError)
      assert.equal(err.code, 'validation_failed')
      // Every issue of the report is on the error, at once.
      assert.deepEqual(pairs(err.issues), pairs(p2c.validate(invalid.input, invalid.options).issues))
      assert.ok(err.issues.some((i) => i.severity === 'error'))
      return true
    },
  )
})

test('options: asOf changes date rules; bad options are invalid_argument with a pointer', () => {
  assert.throws(() => p2c.validate('{}', { asOf: 'yesterday' }), {
    name: 'P2cError',
    code: 'invalid_argument',
    pointer: '/asOf',
  })
  assert.throws(() => p2c.validate('{}', { nope: true }), { code: 'invalid_argument' })
  assert.throws(() => p2c.validate('{}', 'asOf'), { code: 'invalid_argument' })
  // Redaction keeps a distinctive input value out of messages and params.
  const secret = 'Zyxwvut Secret Org'
  const doc = { pledgers: { lead: { name: secret, stakeholderType: 'nope' } } }
  const redacted = p2c.validate(doc, { redactValues: true })
  assert.ok(redacted.issues.length > 0)
  assert.ok(!JSON.stringify(redacted).includes('nope'))
})

test('wrong body types are P2cError invalid_argument; the process survives', () => {
  for (const bad of [undefined, null, 42, true, () => 1, Symbol('x'), 10n]) {
    assert.throws(() => p2c.validate(bad), { name: 'P2cError', code: 'invalid_argument' })
  }
})

test('a cyclic object is invalid_argument; a 100,000-deep object is limit_exceeded', () => {
  const cyclic = { title: 'x' }
  cyclic.self = cyclic
  assert.throws(() => p2c.validate(cyclic), { code: 'invalid_argument' })
  let deep = {}
  for (let i = 0; i < 100_000; i++) deep = { a: deep }
  let result
  try {
    result = p2c.validate(deep)
  } catch (err) {
    result = err
  }
  // Either the JS engine refuses to serialize it or the depth limit reports it; never a crash.
  if (result instanceof Error) {
    assert.equal(result.code, 'limit_exceeded')
  } else {
    assert.ok(result.issues.some((i) => i.code === 'input.too_deep'))
  }
})

test('canTransition follows the review workflow; unknown states throw unknown_code', () => {
  // From the lifecycle rules: a draft is submitted; a published pledge is never a draft again.
  assert.equal(p2c.canTransition('draft', 'submitted'), true)
  assert.equal(p2c.canTransition('published', 'draft'), false)
  assert.throws(() => p2c.canTransition('draft', 'nope'), { code: 'unknown_code' })
  assert.throws(() => p2c.canTransition('draft'), { code: 'invalid_argument' })
})

test('assess returns the five criteria with reasons', () => {
  const valid = cases.find((c) => c.file === 'valid.json' && c.input)
  const a = p2c.assess(valid.input)
  assert.equal(a.criteria.length, 5)
  assert.equal(a.metCount, a.criteria.filter((c) => c.met).length)
  for (const c of a.criteria) {
    assert.equal(typeof c.criterion, 'string')
    assert.equal(typeof c.reason, 'string')
  }
  assert.throws(() => p2c.assess('{'), { code: 'parse_error' })
})


const VALID = cases.find((c) => c.mode !== 'batch' && c.mode !== 'update' && c.input && run(c).valid && run(c).issues.length > 0)

test('the caller can override the severity of an issue code, or silence it', () => {
  const doc = VALID.input
  const base = p2c.validate(doc, VALID.options)
  const code = base.issues[0].code
  const off = p2c.validate(doc, { ...VALID.options, severity: { [code]: 'off' } })
  assert.ok(off.issues.every((i) => i.code !== code))
  const strict = p2c.validate(doc, { ...VALID.options, severity: { [code.toUpperCase()]: 'error' } })
  assert.equal(strict.valid, false)
  assert.throws(() => p2c.validate(doc, { severity: { [`${code}x`]: 'off' } }), {
    code: 'unknown_code',
    suggestion: code,
  })
  assert.throws(() => p2c.validate(doc, { severity: { [code]: 'silent' } }), { code: 'unknown_code' })
})

test('messages in another language: same codes, paths and params', () => {
  const c = cases.find((x) => x.mode !== 'batch' && x.mode !== 'update' && !run(x).valid)
  const en = run(c)
  const fr = p2c.validate(c.inputText ?? c.inputJson ?? c.input, { ...c.options, lang: 'fr' })
  assert.deepEqual(
    fr.issues.map((i) => [i.code, i.path, i.params]),
    en.issues.map((i) => [i.code, i.path, i.params]),
  )
  const unknown = p2c.validate('{}', { lang: 'tlh' })
  assert.deepEqual(unknown.warnings.map((w) => w.code), ['unknown_language'])
  assert.ok(p2c.codelists({ lang: 'fr' }).length > 0)
  assert.notDeepEqual(p2c.codelists({ lang: 'fr' }), p2c.codelists())
  assert.deepEqual(p2c.issueCodes({ code: 'TEXT.EMPTY' }).map((i) => i.code), ['text.empty'])
})

test('validator(options) answers what validate(body, options) does, for every vector', () => {
  let n = 0
  for (const c of cases) {
    if (c.mode === 'update') continue
    const check = p2c.validator(c.options)
    const fn = c.mode === 'batch' ? check.batch : check
    const body =
      c.inputText ?? (c.inputBytesHex !== undefined ? Buffer.from(c.inputBytesHex, 'hex') : c.inputJson)
    assert.deepEqual(fn(body), run(c), `${c.file}: ${c.description}`)
    n += 1
  }
  assert.ok(n >= 80, `only ${n}`)
})

test('validator: a bad option throws when it is made; its options are its own', () => {
  assert.throws(() => p2c.validator({ asof: '2026-01-01' }), {
    name: 'P2cError',
    code: 'invalid_argument',
    pointer: '/asof',
    suggestion: 'asOf',
  })
  assert.throws(() => p2c.validator({ severity: { 'no.such.code': 'off' } }), { code: 'unknown_code' })
  assert.throws(() => p2c.validator('asOf'), { code: 'invalid_argument' })
  const c = cases.find((x) => x.mode !== 'batch' && x.mode !== 'update' && !run(x).valid)
  const body = c.inputText ?? c.inputJson
  const options = { ...c.options, lang: 'fr' }
  const fr = p2c.validator(options)
  const en = p2c.validator(c.options)
  options.lang = 'en' // copied when the validator was made: no effect
  // Interleaved with each other and with validate's own cache of the last options.
  for (let i = 0; i < 3; i++) {
    assert.deepEqual(fr(body), p2c.validate(body, { ...c.options, lang: 'fr' }))
    assert.deepEqual(en(body), run(c))
    assert.notDeepEqual(fr(body), en(body))
  }
  assert.throws(() => fr(42), { name: 'P2cError', code: 'invalid_argument' })
  assert.deepEqual(p2c.validator()(VALID.input), p2c.validate(VALID.input))
})

test('a misspelled option is invalid_argument naming what was meant', () => {
  assert.throws(() => p2c.validate('{}', { asof: '2026-01-01' }), {
    code: 'invalid_argument',
    pointer: '/asof',
    suggestion: 'asOf',
  })
  assert.throws(() => p2c.validate('{}', { limits: { max_bytes: 10 } }), {
    code: 'invalid_argument',
    pointer: '/limits/max_bytes',
    suggestion: 'maxBytes',
  })
})

test('validateFile streams a file of any size; renderReportHtml is the HTML report', () => {
  const fs = require('node:fs')
  const os = require('node:os')
  const path = require('node:path')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-'))
  const docs = cases.filter((c) => c.mode !== 'batch' && c.mode !== 'update' && c.input).slice(0, 20).map((c) => c.input)
  const batch = p2c.validateBatch(docs, { asOf: '2026-01-01' })
  const lines = path.join(dir, 'pledges.jsonl')
  fs.writeFileSync(lines, docs.map((d) => JSON.stringify(d)).join('\n'))
  assert.deepEqual(p2c.validateFile(lines, { asOf: '2026-01-01' }), batch)
  const array = path.join(dir, 'pledges.json')
  fs.writeFileSync(array, JSON.stringify(docs, null, 2))
  assert.deepEqual(p2c.validateFile(array, { asOf: '2026-01-01' }), batch)
  // Limits apply to each pledge of a file, not to the whole file.
  assert.ok(fs.statSync(array).size > 1000)
  assert.deepEqual(p2c.validateFile(array, { asOf: '2026-01-01', limits: { maxBytes: 100000 } }), batch)
  assert.throws(() => p2c.validateFile(path.join(dir, 'missing.json')), { code: 'io_error' })
  assert.throws(() => p2c.validateFile(dir), { code: 'io_error' })
  const html = p2c.renderReportHtml(docs, { batch: true, asOf: '2026-01-01', source: 'pledges.json' })
  assert.ok(html.startsWith('<!DOCTYPE html>') && html.includes('pledges.json'))
  fs.rmSync(dir, { recursive: true })
})
