'use strict'

// Dashboards from Node: summarize, countryProfile, renderDashboard. Pledges are built here from
// the complete valid pledge of tests/vectors/validation/valid.json; expected totals are computed
// in the test from the amounts and from the ECB rate read out of p2c-core/data/.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const p2c = require('..')
const { mul, parse, roundHalfEven, same } = require('./decimal.js')

const BASE = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', 'tests', 'vectors', 'validation', 'valid.json'), 'utf8'),
)[0].input
const AS_OF = '2024-07-07'

function pledge(id, amount, currency, country = 'KEN') {
  const p = structuredClone(BASE)
  p.id = id
  p.title = `Pledge ${id}`
  p.financialValue = { amount, currency, valueDate: '2022-06-07' }
  p.implementation = { countries: [country] }
  p.progressReports = []
  return p
}

function ecbUsd(date) {
  const lines = fs
    .readFileSync(path.join(__dirname, '..', '..', 'p2c-core', 'data', 'ecb_eurofxref_hist.csv'), 'utf8')
    .split('\n')
  return lines.find((l) => l.startsWith(`${date},`)).split(',')[1]
}

const PLEDGES = [
  pledge('P2C-A', '258800000', 'USD'),
  pledge('P2C-B', '10000000', 'USD', 'UGA'),
  pledge('P2C-C', '5600000000', 'EUR', 'SEN'),
]

test('summarize totals USD and converted EUR exactly, and takes every input form', () => {
  const s = p2c.summarize(PLEDGES, { asOf: AS_OF })
  assert.equal(Object.getPrototypeOf(s), Object.prototype)
  assert.equal(s.asOf, AS_OF)
  assert.equal(s.currency, 'USD')
  assert.equal(s.pledgeCount, 3)
  // 258,800,000 + 10,000,000 + 5.6 bn × the ECB rate of 2022-06-07 (rounded to cents).
  const eur = roundHalfEven(mul('5600000000', ecbUsd('2022-06-07')), 2)
  const cents = parse(eur).units + 26880000000n // (258.8 m + 10 m) in cents
  const expected = roundHalfEven({ units: cents, scale: 2 }, 2)
  assert.ok(same(s.value.total, expected), `${s.value.total} != ${expected}`)
  assert.equal(typeof s.value.total, 'string')
  assert.equal(s.rates.tableId, p2c.RateTable.embedded().id)
  const text = JSON.stringify(PLEDGES)
  assert.deepEqual(p2c.summarize(text, { asOf: AS_OF }), s)
  assert.deepEqual(p2c.summarize(Buffer.from(text), { asOf: AS_OF }), s)
  // Order does not matter.
  assert.deepEqual(p2c.summarize([...PLEDGES].reverse(), { asOf: AS_OF }), s)
})

test('summary options: currency, table, filters; unknown options are invalid_argument', () => {
  const mine = p2c.RateTable.fromCsv('date,base,currency,rate,source\n2022-06-07,EUR,USD,2,mine\n')
  const s = p2c.summarize([PLEDGES[2]], { asOf: AS_OF, table: mine, policy: { kind: 'exact_date' } })
  assert.ok(same(s.value.total, '11200000000'), s.value.total)
  assert.equal(s.rates.tableId, mine.id)
  const eurOnly = p2c.summarize(PLEDGES, { asOf: AS_OF, filters: { countries: ['SEN'] } })
  assert.equal(eurOnly.pledgeCount, 1)
  assert.equal(eurOnly.filteredOut, 2)
  assert.throws(() => p2c.summarize(PLEDGES, { asOf: AS_OF, colour: 'red' }), {
    code: 'invalid_argument',
  })
  assert.throws(() => p2c.summarize(PLEDGES, { asOf: AS_OF, table: 'embedded' }), {
    code: 'invalid_argument',
  })
  assert.throws(() => p2c.summarize('[{}]', { asOf: AS_OF }), { code: 'parse_error' })
  assert.throws(() => p2c.summarize([PLEDGES[0], PLEDGES[0]], { asOf: AS_OF }), {
    code: 'duplicate_pledge_id',
  })
})

test('a total beyond Decimal::MAX is P2cError overflow, and the process survives', () => {
  // Two USD amounts of 5e28 each: each fits in a decimal (max ≈ 7.9e28), their sum does not.
  const big = [pledge('P2C-X', '50000000000000000000000000000', 'USD'), pledge('P2C-Y', '50000000000000000000000000000', 'USD')]
  assert.throws(() => p2c.summarize(big, { asOf: AS_OF }), { name: 'P2cError', code: 'overflow' })
  assert.equal(p2c.summarize([big[0]], { asOf: AS_OF }).pledgeCount, 1)
})

test('contact details never appear in summaries, profiles or dashboards', () => {
  const email = BASE.contact.email
  const name = BASE.contact.name
  assert.ok(email && name)
  const outputs = [
    JSON.stringify(p2c.summarize(PLEDGES, { asOf: AS_OF })),
    JSON.stringify(p2c.countryProfile(PLEDGES, 'KEN', { asOf: AS_OF })),
    p2c.renderDashboard(PLEDGES, { asOf: AS_OF }),
  ]
  for (const out of outputs) {
    assert.ok(!out.includes(email))
    assert.ok(!out.includes(name))
  }
})

test('countryProfile counts the pledges implemented in the country', () => {
  const profile = p2c.countryProfile(PLEDGES, 'KEN', { asOf: AS_OF })
  assert.equal(profile.country, 'KEN')
  assert.equal(profile.asOf, AS_OF)
  assert.equal(profile.pledges, 1)
  // The one Kenyan pledge is USD 258,800,000: no conversion, so the same digits.
  assert.ok(same(profile.totalValue, '258800000'), profile.totalValue)
  assert.equal(profile.currency, 'USD')
  // DOMAIN.md: Bhutan left the LDCs in December 2023, so membership follows `asOf`.
  const ldc = (asOf) => p2c.countryProfile([], 'BTN', { asOf }).groups.find((g) => g.group === 'ldc').member
  assert.equal(ldc('2023-06-01'), true)
  assert.equal(ldc('2024-07-07'), false)
  // Countries by code in any case or by name; an unknown one says what was meant.
  assert.deepEqual(p2c.countryProfile(PLEDGES, 'Kenya', { asOf: AS_OF }), profile)
  assert.deepEqual(p2c.countryProfile(PLEDGES, 'ken', { asOf: AS_OF }), profile)
  assert.throws(() => p2c.countryProfile(PLEDGES, 'Kenyaa', { asOf: AS_OF }), {
    code: 'unknown_code',
    pointer: '/country',
    suggestion: 'KEN',
  })
})

test('renderDashboard prints the text dashboard of the same summary', () => {
  const text = p2c.renderDashboard(PLEDGES, { asOf: AS_OF })
  assert.equal(typeof text, 'string')
  assert.ok(text.startsWith(`Partner2Connect dashboard as of ${AS_OF} (USD)`))
})

test('without asOf, summaries are as of today (UTC), as validation is, and say so', () => {
  const before = new Date().toISOString().slice(0, 10)
  const asOf = p2c.summarize(JSON.stringify(PLEDGES)).asOf
  const after = new Date().toISOString().slice(0, 10)
  assert.ok(asOf === before || asOf === after, asOf)
})

test('unknown codes in options are errors that name them; labels and any case match', () => {
  assert.throws(() => p2c.summarize(PLEDGES, { asOf: AS_OF, currency: 'XYZ' }), {
    code: 'unknown_code',
    pointer: '/currency',
  })
  assert.throws(() => p2c.summarize(PLEDGES, { asOf: AS_OF, filters: { countries: ['XXX'] } }), {
    code: 'unknown_code',
    pointer: '/filters/countries/0',
  })
  assert.throws(() => p2c.summarize(PLEDGES, { asOf: AS_OF, filters: { regions: ['Afrika'] } }), {
    code: 'unknown_code',
    suggestion: 'AFR',
  })
  assert.throws(() => p2c.summarize(PLEDGES, { asOf: AS_OF, attribution: 'equalSplit' }), {
    code: 'unknown_code',
    suggestion: 'equal_split',
  })
  assert.throws(() => p2c.summarize(PLEDGES, { asOf: AS_OF, filter: {} }), {
    code: 'invalid_argument',
    pointer: '/filter',
    suggestion: 'filters',
  })
  const byName = p2c.summarize(PLEDGES, { asOf: AS_OF, currency: 'eur', filters: { regions: ['Africa'], countries: ['senegal'] } })
  assert.equal(byName.currency, 'EUR')
  assert.equal(byName.pledgeCount, 1)
})

test('goal and invalidPledges are options of every binding', () => {
  const s = p2c.summarize(PLEDGES, { asOf: AS_OF, goal: { amount: '1000000000', currency: 'usd' }, invalidPledges: { 'P2C-A': ['batch.duplicate_id'] } })
  assert.equal(s.goal.goal, '1000000000')
  assert.equal(s.pledgeCount, 2)
  assert.deepEqual(s.excluded.map((e) => e.id), ['P2C-A'])
})

test('dashboards and profiles render as HTML and in other languages', () => {
  const html = p2c.renderDashboardHtml(PLEDGES, { asOf: AS_OF, source: 'pledges.json' })
  assert.ok(html.startsWith('<!DOCTYPE html>'))
  assert.ok(html.includes('Content-Security-Policy'))
  assert.ok(html.includes('pledges.json'))
  const profile = p2c.renderProfileHtml(PLEDGES, 'KEN', { asOf: AS_OF })
  assert.ok(profile.startsWith('<!DOCTYPE html>') && profile.includes('Kenya'))
  const fr = p2c.renderDashboard(PLEDGES, { asOf: AS_OF, lang: 'fr' })
  assert.notEqual(fr, p2c.renderDashboard(PLEDGES, { asOf: AS_OF }))
  assert.equal(typeof p2c.renderProfile(PLEDGES, 'KEN', { asOf: AS_OF, lang: 'es' }), 'string')
  const unknown = p2c.summarize(PLEDGES, { asOf: AS_OF, lang: 'tlh' })
  assert.deepEqual(unknown.warnings.map((w) => w.code), ['unknown_language'])
})
