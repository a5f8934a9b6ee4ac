'use strict'

// Migration from Node: every 1.0 document of the shared validation vectors
// (tests/vectors/validation/, the set p2c-core/tests/version.rs migrates too) migrates to 1.1
// changing `formatVersion` only, migrating again changes nothing, and the migrated document
// validates as the original did (plus only the info issue 1.1 adds: no announcement date);
// then the Node entry points: text, bytes and objects, lists, errors.

const test = require('node:test')
const assert = require('node:assert/strict')

const p2c = require('..')
const { P2cError } = p2c
const { validationCases, pairs } = require('./vectors.js')

const oneZero = validationCases().filter(
  (c) => (c.mode ?? 'pledge') === 'pledge' && c.input?.formatVersion === '1.0',
)

test('there are more than 100 1.0 vectors to migrate', () => {
  assert.ok(oneZero.length > 100, `only ${oneZero.length}`)
})

for (const c of oneZero) {
  test(`migrate ${c.file}: ${c.description}`, () => {
    const { document, reports } = p2c.migrate(c.inputJson)
    assert.equal(typeof document, 'string')
    assert.deepEqual(JSON.parse(document), { ...JSON.parse(c.inputJson), formatVersion: '1.1' })
    assert.equal(reports.length, 1)
    assert.deepEqual(reports[0].changes.map((x) => x.path), ['/formatVersion'])
    assert.equal(reports[0].from, '1.0')
    assert.equal(reports[0].to, '1.1')

    const again = p2c.migrate(document)
    assert.equal(again.document, document)
    assert.deepEqual(again.reports[0].changes, [])
    assert.deepEqual(again.reports[0].review, [])

    const before = p2c.validate(c.inputJson, c.options)
    if (before.issues.some((i) => i.code === 'structure.requires_version')) return
    const after = p2c.validate(document, c.options)
    const b = new Set(pairs(before.issues))
    const a = new Set(pairs(after.issues))
    assert.deepEqual([...b].filter((x) => !a.has(x)), [], 'no issue disappears')
    const added = [...a].filter((x) => !b.has(x))
    assert.ok(added.every((x) => x.startsWith('lifecycle.no_announcement_date ')), added.join(', '))
    assert.equal(after.valid, before.valid)
  })
}

test('text, bytes and objects give back their own kind', () => {
  const doc = { formatVersion: '1.0', id: 'P1', title: 't' }
  const fromObject = p2c.migrate(doc)
  assert.deepEqual(fromObject.document, { ...doc, formatVersion: '1.1' })
  assert.equal(doc.formatVersion, '1.0', 'the caller’s object is not changed')
  const fromBuffer = p2c.migrate(Buffer.from(JSON.stringify(doc)))
  assert.equal(typeof fromBuffer.document, 'string')
  assert.deepEqual(JSON.parse(fromBuffer.document), fromObject.document)
  assert.deepEqual(fromBuffer.reports, fromObject.reports)
  // The review hints name what 1.1 could say: here, no announcement date.
  assert.ok(fromObject.reports[0].review.some((h) => h.path === '/announcedOn'))
})

test('a list migrates each pledge, report paths carry the index', () => {
  const { document, reports } = p2c.migrate([
    { formatVersion: '1.1', id: 'A' },
    { formatVersion: '1.0', id: 'B' },
  ])
  assert.deepEqual(document.map((d) => d.formatVersion), ['1.1', '1.1'])
  assert.deepEqual(reports.map((r) => r.changes.map((x) => x.path)), [[], ['/1/formatVersion']])
})

test('errors keep their codes', () => {
  for (const [input, code] of [
    ['{', 'parse_error'],
    ['7', 'parse_error'],
    [[7], 'parse_error'],
    [Buffer.from([0xff]), 'parse_error'],
    [{ formatVersion: '2.0' }, 'unsupported_version'],
    [{ id: 'x' }, 'unsupported_version'],
  ]) {
    assert.throws(() => p2c.migrate(input), (e) => e instanceof P2cError && e.code === code, String(input))
  }
  assert.throws(() => p2c.migrate(7), (e) => e instanceof P2cError && e.code === 'invalid_argument')
  assert.throws(
    () => p2c.migrate('{"formatVersion": "1.0"}', { to: '1.1' }),
    (e) => e instanceof P2cError && e.code === 'invalid_argument',
  )
})
