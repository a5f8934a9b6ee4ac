'use strict'

// Money from Node: rate tables and conversion with provenance. Expected rates are read from the
// CSV files in p2c-core/data/ by this test (a different route than the embedded blob the Rust
// code reads), and expected amounts are computed with BigInt (decimal.js), never floats.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const p2c = require('..')
const { RateTable, convert, P2cError } = p2c
const { parse, mul, roundHalfEven, same } = require('./decimal.js')

const DATA = path.join(__dirname, '..', '..', 'p2c-core', 'data')

/** The ECB reference rate (units per EUR) of `currency` on `date`, from the CSV; undefined if none. */
function ecbRate(date, currency) {
  const lines = fs.readFileSync(path.join(DATA, 'ecb_eurofxref_hist.csv'), 'utf8').split('\n')
  const header = lines[0].split(',')
  const col = header.indexOf(currency)
  const row = lines.find((l) => l.startsWith(`${date},`))
  const value = row?.split(',')[col]
  return value ? value : undefined
}

/** HMRC's calendar-year average of `code` in units per GBP, from the CSV. */
function hmrcPerGbp(year, code) {
  const lines = fs.readFileSync(path.join(DATA, 'hmrc_annual_avg_calendar_year.csv'), 'utf8').split('\n')
  const row = lines.find((l) => l.startsWith(`${year},${code},`))
  return row.split(',')[2]
}

test('EUR 5.6 bn on 7 June 2022 at the ECB rate of that day, with full provenance', () => {
  const rate = ecbRate('2022-06-07', 'USD')
  const c = convert({ amount: '5600000000', currency: 'EUR', date: '2022-06-07' }, { to: 'USD' })
  assert.equal(c.rate, rate)
  assert.equal(c.amount, roundHalfEven(mul('5600000000', rate), 2))
  assert.equal(c.currency, 'USD')
  assert.deepEqual(c.converted, { amount: c.amount, currency: 'USD' })
  assert.deepEqual(c.original, { amount: '5600000000', currency: 'EUR' })
  assert.equal(c.rateDate, '2022-06-07')
  assert.equal(c.rateKind, 'daily')
  assert.match(c.source, /ECB/)
  assert.deepEqual(c.policy, { kind: 'on_or_before', maxDays: 7 })
  assert.equal(c.warnings, undefined)
  assert.equal(c.beyondRates, undefined)
  assert.equal(c.tableId, RateTable.embedded().id)
  assert.match(c.tableId, /^sha256:[0-9a-f]{64}$/)
  assert.equal(c.rounding, 'bankers')
  for (const key of ['amount', 'rate']) assert.equal(typeof c[key], 'string')
})

test('a Saturday value date takes the previous publication day; exact_date finds nothing', () => {
  // 2022-06-11 was a Saturday; the ECB published on Friday 2022-06-10.
  assert.equal(ecbRate('2022-06-11', 'USD'), undefined)
  const friday = ecbRate('2022-06-10', 'USD')
  const c = convert({ amount: '1000', currency: 'EUR', valueDate: '2022-06-11' })
  assert.equal(c.rateDate, '2022-06-10')
  assert.equal(c.rate, friday)
  assert.equal(c.amount, roundHalfEven(mul('1000', friday), 2))
  assert.throws(
    () => convert({ amount: '1000', currency: 'EUR', date: '2022-06-11' }, { policy: { kind: 'exact_date' } }),
    (err) => {
      assert.ok(err instanceof P2cError)
      assert.equal(err.code, 'rate_not_found')
      assert.equal(err.currency, 'EUR')
      assert.equal(err.to, 'USD')
      assert.equal(err.date, '2022-06-11')
      assert.deepEqual(err.policiesTried, ['exact_date'])
      return true
    },
  )
})

test('KES, which the ECB lacks, converts at the annual average crossed through GBP', () => {
  const c = convert({ amount: '1000000', currency: 'KES', date: '2023-03-15' })
  assert.equal(c.rateKind, 'annual_average')
  assert.equal(c.rateDate, '2023-01-01')
  // rate = (USD per GBP) / (KES per GBP), so rate × KES-per-GBP = USD-per-GBP up to the
  // 28-digit precision of the division.
  const usd = parse(hmrcPerGbp(2023, 'USD'))
  const product = mul(c.rate, hmrcPerGbp(2023, 'KES'))
  const scaleTo = Math.max(product.scale, usd.scale)
  const a = product.units * 10n ** BigInt(scaleTo - product.scale)
  const b = usd.units * 10n ** BigInt(scaleTo - usd.scale)
  const diff = a > b ? a - b : b - a
  assert.ok(diff * 10n ** 20n < b, `rate ${c.rate} is not USD/KES per GBP`)
})

test('same currency is the identity; withdrawn and unknown currencies are typed errors', () => {
  const c = convert({ amount: '258800000', currency: 'USD', date: '2022-06-07' })
  assert.ok(same(c.amount, '258800000'))
  assert.equal(c.rate, '1')
  assert.equal(c.rateKind, 'identity')
  assert.throws(() => convert({ amount: '1', currency: 'HRK', date: '2024-01-10' }), {
    code: 'currency_withdrawn',
  })
  assert.throws(() => convert({ amount: '1', currency: 'EUR', date: '1990-01-02' }), {
    code: 'rate_not_found',
  })
  assert.throws(() => convert({ amount: '1', currency: 'XYZ', date: '2022-06-07' }), {
    code: 'unknown_code',
    pointer: '/currency',
    value: 'XYZ',
  })
  // Codes in any case, or by name; a near miss gets a suggestion.
  assert.equal(convert({ amount: '1', currency: 'eur', date: '2022-06-07' }, { to: 'usd' }).original.currency, 'EUR')
  assert.equal(convert({ amount: '1', currency: 'Euro', date: '2022-06-07' }).original.currency, 'EUR')
  assert.throws(() => convert({ amount: '1', currency: 'EUR', date: '2022-06-07' }, { to: 'USDD' }), {
    code: 'unknown_code',
    pointer: '/to',
    suggestion: 'USD',
  })
})

test('a JS number amount is refused with a clear P2cError; a bigint is an exact integer', () => {
  for (const amount of [5600000000, 5.6e9]) {
    assert.throws(() => convert({ amount, currency: 'EUR', date: '2022-06-07' }), {
      name: 'P2cError',
      code: 'invalid_argument',
      pointer: '/amount',
    })
  }
  const big = convert({ amount: 5600000000n, currency: 'EUR', date: '2022-06-07' })
  assert.deepEqual(big, convert({ amount: '5600000000', currency: 'EUR', date: '2022-06-07' }))
  assert.equal(big.original.amount, '5600000000')
  assert.throws(() => convert({ amount: '1', currency: 'EUR', date: '2022-06-07', ammount: '1' }), {
    code: 'invalid_argument',
  })
  assert.throws(() => convert({ amount: '1', currency: 'EUR', date: '2022-06-07' }, { table: {} }), {
    code: 'invalid_argument',
  })
  // One code per kind of mistake: a malformed amount is invalid_argument, whatever its type.
  for (const amount of ['abc', '1e9', true, null]) {
    assert.throws(() => convert({ amount, currency: 'EUR', date: '2022-06-07' }), {
      code: 'invalid_argument',
      pointer: '/amount',
    })
  }
  assert.throws(() => convert({ amount: '1', currency: 'EUR', date: '2022-06-07' }, { currency: 'USD' }), {
    code: 'invalid_argument',
    pointer: '/currency',
  })
  assert.throws(() => convert({ amount: '1', currency: 'EUR', date: '2022-06-07' }, { rounding: 'half_upp' }), {
    code: 'unknown_code',
    suggestion: 'half_up',
  })
})

test('option values are snake_case; the 0.1 camelCase spellings still work, with a warning', () => {
  const money = { amount: '100', currency: 'EUR', date: '2022-06-04' }
  const modern = convert(money, { rounding: 'half_up', policy: 'on_or_before:3' })
  assert.equal(modern.warnings, undefined)
  const old = convert(money, { rounding: 'halfUp', policy: 'onOrBefore:3' })
  assert.equal(old.amount, modern.amount)
  assert.deepEqual(
    old.warnings.map((w) => [w.code, w.pointer, w.replacement]),
    [
      ['deprecated_spelling', '/policy', 'on_or_before:3'],
      ['deprecated_spelling', '/rounding', 'half_up'],
    ],
  )
  assert.deepEqual(old.policy, { kind: 'on_or_before', maxDays: 3 })
  const chain = convert(money, { policy: { kind: 'chain', policies: [{ kind: 'exactDate' }, { kind: 'annual_average' }] } })
  assert.equal(chain.warnings[0].pointer, '/policy/policies/0/kind')
})

test('a conversion past the last daily rate says how old its rate is', () => {
  const c = convert({ amount: '100', currency: 'EUR', date: '2026-11-20' })
  assert.deepEqual(c.beyondRates, { lastDailyRate: '2026-10-30', daysAfter: 21, rateAgeDays: c.beyondRates.rateAgeDays })
  assert.ok(c.beyondRates.rateAgeDays >= 21)
})

test("a pledge's financialValue converts directly, its explicit rate under the explicit policy", () => {
  const value = {
    amount: '100',
    currency: 'EUR',
    valueDate: '2022-06-07',
    explicitRate: { to: 'USD', rate: '1.5', date: '2022-06-01', source: 'the pledge' },
  }
  const c = convert(value, { policy: { kind: 'explicit' } })
  assert.equal(c.rate, '1.5')
  assert.ok(same(c.amount, '150'))
  assert.equal(c.rateKind, 'explicit')
  assert.equal(c.source, 'the pledge')
})

const MINE_CSV = 'date,base,currency,rate,source\n2022-06-07,EUR,USD,2,My ministry\n'

test('user tables from CSV text, CSV file, Buffer and JSON; merge with a stated precedence', () => {
  const fromText = RateTable.fromCsv(MINE_CSV)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-'))
  const file = path.join(dir, 'rates.csv')
  fs.writeFileSync(file, MINE_CSV)
  const fromFile = RateTable.fromCsvFile(file)
  const fromBuffer = RateTable.fromCsv(Buffer.from(MINE_CSV))
  const fromJson = RateTable.fromJson({
    rates: [{ date: '2022-06-07', base: 'EUR', currency: 'USD', rate: '2', source: 'My ministry' }],
  })
  // Same rates, same content hash, however the file was written.
  for (const t of [fromFile, fromBuffer, fromJson]) assert.equal(t.id, fromText.id)
  assert.equal(fromText.size, 1)
  assert.deepEqual(fromText.sources, ['My ministry'])
  assert.ok(fromText instanceof RateTable)

  const money = { amount: '10', currency: 'EUR', date: '2022-06-07' }
  assert.ok(same(convert(money, { table: fromText }).amount, '20'))
  // The common case: prefer one's own rates over the embedded ones; the embedded ones fill gaps.
  // (Merging the whole embedded table takes seconds in a debug build: done once.)
  const embedded = RateTable.embedded()
  const mineFirst = embedded.merge(fromText, 'incoming')
  assert.equal(convert(money, { table: mineFirst }).rate, '2')
  assert.equal(convert(money, { table: mineFirst }).tableId, mineFirst.id)
  assert.equal(convert({ ...money, date: '2022-06-08' }, { table: mineFirst }).rate, ecbRate('2022-06-08', 'USD'))
  assert.notEqual(mineFirst.id, embedded.id)
  assert.equal(mineFirst.size, embedded.size) // the same key: replaced, not added
  // Precedence both ways, on two small tables.
  const theirs = RateTable.fromCsv('date,base,currency,rate,source\n2022-06-07,EUR,USD,3,Theirs\n')
  assert.equal(convert(money, { table: fromText.merge(theirs, 'existing') }).rate, '2')
  assert.equal(convert(money, { table: fromText.merge(theirs, 'incoming') }).rate, '3')
  assert.throws(() => embedded.merge(fromText, 'mine'), { code: 'unknown_code' })
  assert.throws(() => embedded.merge(fromText, 'incomming'), { code: 'unknown_code', suggestion: 'incoming' })
  assert.throws(() => embedded.merge({}, 'incoming'), { code: 'invalid_argument' })
  assert.throws(() => new RateTable(), { code: 'invalid_argument' })
})

test('bad rate files are invalid_rate_file with the line and problem', () => {
  const bad = 'date,base,currency,rate,source\n2022-06-07,EUR,USD,1.1,a\n2022-06-08,EUR,USD,-1,a\n'
  assert.throws(() => RateTable.fromCsv(bad), {
    name: 'P2cError',
    code: 'invalid_rate_file',
    line: 3,
    problem: 'nonPositiveRate',
  })
  const dup = 'date,base,currency,rate,source\n2022-06-07,EUR,USD,1.1,a\n2022-06-07,EUR,USD,1.2,b\n'
  assert.throws(() => RateTable.fromCsv(dup), { code: 'invalid_rate_file', problem: 'duplicate' })
  assert.throws(() => RateTable.fromJson('{"rates": [{"date": "2022-06-07"}]}'), (err) =>
    ['invalid_rate_file', 'parse_error'].includes(err.code),
  )
  assert.throws(() => RateTable.fromCsvFile('/no/such/file.csv'), { code: 'io_error' })
  // CSV bytes that are not UTF-8: a rate file that cannot be read, as RateTable.fromEcb says.
  assert.throws(() => RateTable.fromCsv(Buffer.from([0xff, 0x0a])), { code: 'invalid_rate_file', problem: 'syntax' })
})

test('fromCsv takes text only: a file name is CSV text that does not parse, never a file read', () => {
  // A file that holds a valid rate table: the old guessing form loaded it from its name.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-'))
  const file = path.join(dir, 'rates.csv')
  fs.writeFileSync(file, MINE_CSV)
  assert.equal(RateTable.fromCsvFile(file).size, 1)
  for (const name of [file, '/etc/passwd', '/no/such/file.csv', 'rates.csv', Buffer.from(file)]) {
    // The same error whether the file exists or not: nothing about the file system is revealed.
    assert.throws(() => RateTable.fromCsv(name), (err) => {
      assert.equal(err.code, 'invalid_rate_file')
      assert.match(err.message, /fromCsvFile/)
      assert.doesNotMatch(err.message, /root:/)
      return true
    })
  }
  // Paths must be strings; text must be a string or bytes.
  assert.throws(() => RateTable.fromCsvFile(Buffer.from(file)), { code: 'invalid_argument' })
  assert.throws(() => RateTable.fromCsv({ path: file }), { code: 'invalid_argument' })
})

test('RateTable.fromEcb reads the ECB file as downloaded, naming it and its hash', () => {
  const embedded = fs.readFileSync(path.join(__dirname, '..', '..', 'p2c-core', 'data', 'ecb_eurofxref_hist.csv'), 'utf8')
  const [header, last] = embedded.split('\n')
  const newer = '2026-12-04' + last.slice(last.indexOf(','))
  const text = `${header}\n${newer}\n${last}\n`
  const fromBytes = p2c.RateTable.fromEcb(Buffer.from(text), 'eurofxref-hist.csv')
  assert.ok(fromBytes.sources[0].includes('eurofxref-hist.csv'))
  assert.ok(fromBytes.sources[0].includes('sha256:'))
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-ecb-')), 'eurofxref-hist.csv')
  fs.writeFileSync(file, text)
  const fromFile = p2c.RateTable.fromEcb(file)
  assert.equal(fromFile.id, fromBytes.id)
  const c = p2c.convert({ amount: '100', currency: 'EUR', date: '2026-12-04' }, { policy: 'exact_date', table: fromFile })
  assert.equal(c.rateDate, '2026-12-04')
  assert.throws(() => p2c.RateTable.fromEcb(Buffer.from('not a rate file')), (e) => e instanceof p2c.P2cError)
})
