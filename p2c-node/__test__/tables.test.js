'use strict'

// `tables` / `tablesAsync`: the six flat tables of the core's `TablesCall` as JSON rows. The
// rows are the core's `Table::record`, the same that `p2c export --format json` writes, so each
// case here runs the command line through the addon (`bin/p2c.js`, the same program as the Rust
// binary) with the same options and compares the parsed output with what `tables` returns.

const test = require('node:test')
const assert = require('node:assert/strict')
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const p2c = require('..')

const ROOT = path.join(__dirname, '..', '..')
const BIN = path.join(__dirname, '..', 'bin', 'p2c.js')
const SAMPLE = path.join(ROOT, 'examples', 'data', 'pledges.json')
const SAMPLE_BYTES = fs.readFileSync(SAMPLE)
const AS_OF = '2026-01-01'
const NAMES = ['pledge_countries', 'pledge_partners', 'pledge_pillars', 'pledge_reports', 'pledgers', 'pledges']

/** The parsed standard output of `p2c export SAMPLE --format json --as-of AS_OF …args`. */
function exportJson(...args) {
  const r = spawnSync(process.execPath, [BIN, 'export', SAMPLE, '--format', 'json', '--as-of', AS_OF, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '1' },
  })
  assert.equal(r.status, 0, r.stderr)
  return JSON.parse(r.stdout)
}

/** The same tables: equal values, and equal JSON text (the same keys in the same order). */
function assertSameTables(got, want) {
  assert.deepStrictEqual(got, want)
  assert.equal(JSON.stringify(got), JSON.stringify(want))
}

/** A P2cError's code (and pointer) from a call that must throw. */
function thrown(fn) {
  try {
    fn()
  } catch (err) {
    assert.ok(err instanceof p2c.P2cError, String(err))
    return { code: err.code, pointer: err.pointer }
  }
  assert.fail('no error')
}

test('the sample gives the rows of `p2c export --format json`, for bytes, text and objects', () => {
  const want = exportJson()
  assert.deepEqual(Object.keys(want).sort(), NAMES)
  assert.ok(want.pledges.length > 5 && want.pledgers.length > 0)
  assertSameTables(p2c.tables(SAMPLE_BYTES, { asOf: AS_OF }), want)
  assertSameTables(p2c.tables(SAMPLE_BYTES.toString('utf8'), { asOf: AS_OF }), want)
  assertSameTables(p2c.tables(JSON.parse(SAMPLE_BYTES.toString('utf8')), { asOf: AS_OF }), want)
})

test('every cell is text or null: amounts are decimal strings, never numbers', () => {
  const t = p2c.tables(SAMPLE_BYTES, { asOf: AS_OF })
  let amounts = 0
  for (const name of NAMES) {
    for (const row of t[name]) {
      for (const [col, cell] of Object.entries(row)) {
        assert.ok(cell === null || typeof cell === 'string', `${name}.${col}: ${typeof cell}`)
        assert.notEqual(cell, '', `${name}.${col}: an empty cell is null`)
      }
    }
  }
  for (const row of t.pledges) {
    if (row.amount !== null) {
      assert.match(row.amount, /^-?\d+(\.\d+)?$/)
      amounts += 1
    }
  }
  assert.ok(amounts > 0)
})

test('a filter selects the rows as `--filter` does', () => {
  const want = exportJson('--filter', 'regions=Africa', '--filter', 'focus-areas=access')
  const got = p2c.tables(SAMPLE_BYTES, { asOf: AS_OF, filters: { regions: ['Africa'], focusAreas: ['access'] } })
  assertSameTables(got, want)
  const all = p2c.tables(SAMPLE_BYTES, { asOf: AS_OF })
  assert.ok(got.pledges.length > 0 && got.pledges.length < all.pledges.length, `${got.pledges.length}`)
})

test('a currency and policy convert the amounts as `--currency --policy` do', () => {
  const want = exportJson('--currency', 'EUR', '--policy', 'annual_average')
  const got = p2c.tables(SAMPLE_BYTES, { asOf: AS_OF, currency: 'EUR', policy: 'annual_average' })
  assertSameTables(got, want)
  const converted = got.pledges.filter((r) => r.converted_amount !== null && r.converted_amount !== undefined)
  assert.ok(converted.length > 0)
  for (const r of converted) assert.match(r.converted_amount, /^-?\d+(\.\d+)?$/)
  // Without a currency the tables have no conversion column.
  assert.ok(!('converted_amount' in p2c.tables(SAMPLE_BYTES, { asOf: AS_OF }).pledges[0]))
})

test('the reporting_status column is there only with asOf', () => {
  assert.ok('reporting_status' in p2c.tables(SAMPLE_BYTES, { asOf: AS_OF }).pledges[0])
  assert.ok(!('reporting_status' in p2c.tables(SAMPLE_BYTES).pledges[0]))
})

test('no pledge: six empty tables', () => {
  const t = p2c.tables([])
  assert.deepEqual(Object.keys(t).sort(), NAMES)
  for (const name of NAMES) assert.deepEqual(t[name], [])
})

test('tablesAsync gives the same tables', async () => {
  const options = { asOf: AS_OF, currency: 'USD', filters: { regions: ['Africa'] } }
  assertSameTables(await p2c.tablesAsync(SAMPLE_BYTES, options), p2c.tables(SAMPLE_BYTES, options))
})

test('an unknown option key is the facade\'s invalid_argument, sync and async', async () => {
  assert.deepEqual(thrown(() => p2c.tables(SAMPLE_BYTES, { asOf: AS_OF, bogus: 1 })), {
    code: 'invalid_argument',
    pointer: '/bogus',
  })
  await assert.rejects(p2c.tablesAsync(SAMPLE_BYTES, { bogus: 1 }), (err) => {
    assert.ok(err instanceof p2c.P2cError)
    assert.equal(err.code, 'invalid_argument')
    assert.equal(err.pointer, '/bogus')
    return true
  })
})

test('bad options and documents are P2cErrors with their codes', () => {
  assert.equal(thrown(() => p2c.tables(SAMPLE_BYTES, { currency: 'QQQ' })).code, 'unknown_code')
  assert.equal(thrown(() => p2c.tables(SAMPLE_BYTES, { filters: { regions: ['Atlantis'] } })).code, 'unknown_code')
  assert.equal(thrown(() => p2c.tables(SAMPLE_BYTES, { asOf: 'yesterday' })).code, 'invalid_argument')
  assert.equal(thrown(() => p2c.tables(SAMPLE_BYTES, { table: {} })).code, 'invalid_argument')
  assert.equal(thrown(() => p2c.tables(SAMPLE_BYTES, 'EUR')).code, 'invalid_argument')
  assert.equal(thrown(() => p2c.tables(42)).code, 'invalid_argument')
  assert.equal(thrown(() => p2c.tables('[{')).code, 'parse_error')
})
