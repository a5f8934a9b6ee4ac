'use strict'

// The thin slice of the Node binding. Expected values are read off the inline documents by hand.

const test = require('node:test')
const assert = require('node:assert/strict')

const p2c = require('..')
const { P2cError, parsePledge, jsonSchema } = p2c

// A small pledge modelled on the Government of Kenya's (DOMAIN.md): USD 258.8 million.
const KENYA = {
  formatVersion: '1.0',
  id: 'P2C-KEN-0001',
  title: 'A Digitally Transformed Nation',
  pledgers: {
    lead: { name: 'Government of Kenya', stakeholderType: 'government', headquarters: 'KEN' },
    partners: [{ name: 'Example Telecom', stakeholderType: 'private_sector', headquarters: 'KEN' }],
  },
  pledgeTypes: ['financial', 'programmatic'],
  focusAreas: ['access', 'adoption'],
  pillars: ['infrastructure', 'skills'],
  financialValue: { amount: '258800000', currency: 'USD', valueDate: '2022-06-07' },
  implementation: { countries: ['KEN'] },
  reviewState: 'published',
}

test('parsePledge returns a plain object with amounts as strings', () => {
  const pledge = parsePledge(JSON.stringify(KENYA))
  assert.equal(Object.getPrototypeOf(pledge), Object.prototype)
  assert.equal(pledge.id, 'P2C-KEN-0001')
  assert.deepEqual(pledge.pledgeTypes, ['financial', 'programmatic'])
  assert.deepEqual(pledge.focusAreas, ['access', 'adoption'])
  assert.equal(pledge.financialValue.amount, '258800000')
  assert.equal(pledge.pledgers.partners[0].name, 'Example Telecom')
  // Parsing the output again gives the same document.
  assert.deepEqual(parsePledge(JSON.stringify(pledge)), pledge)
})

test('a wrong type deep inside is a P2cError with code and pointer', () => {
  const doc = structuredClone(KENYA)
  doc.pledgers.partners[0].stakeholderType = 7
  const text = JSON.stringify(doc, null, 2)
  assert.throws(
    () => parsePledge(text),
    (err) => {
      assert.ok(err instanceof P2cError)
      assert.ok(err instanceof Error)
      assert.equal(err.name, 'P2cError')
      assert.equal(err.code, 'parse_error')
      assert.equal(err.pointer, '/pledgers/partners/0/stakeholderType')
      // In the pretty-printed text, the partner's stakeholderType is on line 14 (counted by hand: `{`, formatVersion, id, title, pledgers, lead, its 3 fields, `}`, partners, `{`, name, stakeholderType).
      assert.equal(err.line, 14)
      return true
    },
  )
})

test('a fractional amount is refused', () => {
  const text = JSON.stringify(KENYA).replace('"258800000"', '258.8')
  assert.throws(() => parsePledge(text), { code: 'parse_error', pointer: '/financialValue/amount' })
})

for (const bad of ['', '{', 'not json', '[1, 2]', '{} trailing', 'null']) {
  test(`non-JSON or non-pledge input ${JSON.stringify(bad)} is a parse_error`, () => {
    assert.throws(() => parsePledge(bad), (err) => err instanceof P2cError && err.code === 'parse_error')
  })
}

test('a Buffer or an object parses like its text; other types are invalid_argument', () => {
  const text = JSON.stringify(KENYA)
  assert.deepEqual(parsePledge(Buffer.from(text)), parsePledge(text))
  assert.deepEqual(parsePledge(KENYA), parsePledge(text))
  for (const bad of [undefined, null, 42]) {
    assert.throws(() => parsePledge(bad), { name: 'P2cError', code: 'invalid_argument' })
  }
})

test('parsePledges reads an array; publicView drops the contact', () => {
  const withContact = { ...KENYA, contact: { name: 'Jane Officer', email: 'jane@example.org' } }
  const [parsed] = p2c.parsePledges([withContact])
  assert.equal(parsed.contact.email, 'jane@example.org')
  const pub = p2c.publicView(withContact)
  assert.equal('contact' in pub, false)
  assert.ok(!JSON.stringify(pub).includes('jane@example.org'))
  assert.ok(!JSON.stringify(pub).includes('Jane Officer'))
  assert.equal(pub.id, KENYA.id)
  assert.throws(() => p2c.parsePledges('{}'), { code: 'parse_error' })
})

test('codelists and issueCodes are data', () => {
  const lists = p2c.codelists()
  const focus = lists.find((l) => l.name === 'focusArea')
  // DOMAIN.md: four focus areas, each with three pillars; format 1.1 adds `unknown` for a
  // source that names none, marked with the version that introduced it.
  assert.deepEqual(focus.entries.filter((c) => !c.since).map((c) => c.code).sort(), ['accelerate', 'access', 'adoption', 'value_creation'])
  assert.deepEqual(focus.entries.filter((c) => c.since).map((c) => [c.code, c.since]), [['unknown', '1.1']])
  const pillars = lists.find((l) => l.name === 'pillar')
  assert.equal(pillars.entries.length, 12)
  const codes = p2c.issueCodes()
  assert.ok(codes.length > 20)
  for (const c of codes) {
    assert.deepEqual(Object.keys(c).sort(), ['code', 'guidance', 'severity', 'title'])
  }
})

test('jsonSchema describes the pledge', () => {
  const schema = jsonSchema()
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema')
  assert.equal(schema.title, 'Partner2Connect pledge')
  for (const key of ['id', 'title', 'pledgeTypes', 'focusAreas', 'reviewState']) {
    assert.ok(key in schema.properties, key)
    assert.ok(schema.required.includes(key), key)
  }
})

test('a Rust panic becomes P2cError internal_error and the process survives', () => {
  assert.throws(() => p2c._panicForTests(), { name: 'P2cError', code: 'internal_error' })
  // Still alive and working.
  assert.equal(parsePledge(JSON.stringify(KENYA)).id, 'P2C-KEN-0001')
})

test('an unexpected native error maps to internal_error with its cause', () => {
  const { fromNative } = require('../errors.js')
  const original = new Error('something else')
  const err = fromNative(original)
  assert.equal(err.code, 'internal_error')
  assert.equal(err.cause, original)
  assert.equal(fromNative(new Error('P2C_ERROR:{not json')).code, 'internal_error')
})
