'use strict'

// The shared conversion and summary vectors (tests/vectors/conversion/*.json and
// tests/vectors/summary/*.json, format in tests/vectors/README.md) through the Node API, with
// the semantics of the Rust runners (p2c-core/tests/conversion_vectors.rs, summary_vectors.rs).
// Expected values are the vector files' own, worked out by hand from the rules and the embedded
// rates (each case's description shows how). Decimals are compared exactly, as BigInt units.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const p2c = require('..')
const { same } = require('./decimal.js')

const ROOT = path.join(__dirname, '..', '..', 'tests', 'vectors')

function cases(family) {
  const dir = path.join(ROOT, family)
  const out = []
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).forEach((c, i) => out.push([`${f}#${i}`, c]))
  }
  return out
}

const conversions = cases('conversion')
const summaries = cases('summary')

test('the vectors are there', () => {
  assert.ok(conversions.length >= 30 && summaries.length >= 30)
})

/** The error code a call throws, or its result. */
function attempt(fn) {
  try {
    return { ok: fn() }
  } catch (err) {
    assert.ok(err instanceof p2c.P2cError, String(err))
    return { code: err.code }
  }
}

for (const [name, c] of conversions) {
  test(`conversion ${name}`, () => {
    const r = c.request
    const money = { amount: r.money.amount, currency: r.money.currency, date: r.valueDate }
    if (r.explicitRate) money.explicitRate = r.explicitRate
    const got = attempt(() => p2c.convert(money, r.options))
    const want = c.expected
    if (want.error !== undefined) {
      assert.equal(got.code, want.error, JSON.stringify(got.ok))
      return
    }
    assert.equal(got.code, undefined)
    const conv = got.ok
    assert.ok(same(conv.amount, want.amount), `${conv.amount} vs ${want.amount}`)
    assert.equal(conv.currency, want.currency)
    if (want.rate !== undefined) assert.ok(same(conv.rate, want.rate), conv.rate)
    else assert.ok(conv.rate.startsWith(want.ratePrefix), conv.rate)
    for (const key of ['rateDate', 'rateKind', 'source']) assert.equal(conv[key], want[key], key)
    assert.deepEqual(conv.policy ?? null, want.policy)
  })
}

function breakdown(got, dim) {
  const found = got.breakdowns.filter((b) => b.dimension === dim)
  assert.equal(found.length, 1, dim)
  return found[0]
}

const pick = (items, keys) => items.map((x) => keys.map((k) => x[k]))

for (const [name, c] of summaries) {
  test(`summary ${name}`, () => {
    const got = attempt(() => p2c.summarize(c.pledges, c.options))
    const want = c.expected
    if (want.error !== undefined) {
      assert.equal(got.code, want.error)
      return
    }
    assert.equal(got.code, undefined)
    const s = got.ok
    for (const [key, v] of Object.entries(want)) {
      switch (key) {
        case 'pledgeCount':
        case 'filteredOut':
          assert.equal(s[key], v, key)
          break
        case 'total':
          assert.ok(same(s.value.total, v), `total ${s.value.total}`)
          break
        case 'pledgesCounted':
        case 'converted':
          assert.equal(s.value[key], v, key)
          break
        case 'excluded':
          assert.deepEqual(pick(s.excluded, ['id', 'reason']), pick(v, ['id', 'reason']))
          break
        case 'undated':
        case 'includedInvalid':
          assert.deepEqual(s[key], v)
          break
        case 'notCounted': {
          const keys = ['id', 'other', 'reason']
          assert.deepEqual(pick(s.value.notCounted, keys), pick(v, keys))
          s.value.notCounted.forEach((x, i) => assert.ok(same(x.amount, v[i].amount)))
          break
        }
        case 'unconverted': {
          const keys = ['id', 'code', 'kind']
          assert.deepEqual(pick(s.value.unconverted, keys), pick(v, keys))
          break
        }
        case 'derived':
        case 'qualified':
          for (const [row, [pledges, value]] of Object.entries(v)) {
            const r = s.value.derivations[key].find((x) => x.key === row)
            assert.ok(r, `${key}/${row}`)
            assert.equal(r.pledges, pledges, `${key}/${row}`)
            assert.ok(same(r.value, value), `${key}/${row}: ${r.value}`)
          }
          break
        case 'notDerived':
          assert.deepEqual(pick(s.value.derivations.notDerived, ['id', 'reason']), pick(v, ['id', 'reason']))
          break
        case 'pledgerCountries':
          for (const [field, n] of Object.entries(v)) assert.equal(s.pledgerCountries[field], n, field)
          break
        case 'entities':
          assert.equal(s.entities.count, v)
          break
        case 'entitiesByStakeholderType':
          for (const [t, n] of Object.entries(v)) {
            const row = s.entities.byStakeholderType.find((r) => r.key === t)
            assert.equal(row ? row.count : 0, n, t)
          }
          break
        case 'entitiesByPledgerRegion':
          for (const [region, n] of Object.entries(v)) {
            const row = s.pledgerCountries.regions.find((r) => r.key === region)
            assert.equal(row ? row.count : undefined, n, region)
          }
          break
        case 'breakdownAttribution':
          for (const [dim, a] of Object.entries(v)) assert.equal(breakdown(s, dim).attribution, a, dim)
          break
        case 'breakdowns':
          for (const [dim, rows] of Object.entries(v)) {
            const b = breakdown(s, dim)
            for (const [row, [pledges, value]] of Object.entries(rows)) {
              const r = b.rows.find((x) => x.key === row) ?? { pledges: 0, value: '0' }
              assert.equal(r.pledges, pledges, `${dim}/${row}`)
              assert.ok(same(r.value, value), `${dim}/${row}: ${r.value}`)
            }
          }
          break
        case 'valueOverlap':
          for (const [dim, value] of Object.entries(v)) assert.ok(same(breakdown(s, dim).valueOverlap, value))
          break
        case 'shareFallbacks':
          for (const [dim, n] of Object.entries(v)) assert.equal(breakdown(s, dim).shareFallbacks, n)
          break
        case 'reportingStatus':
          for (const [status, [pledges, value]] of Object.entries(v)) {
            const r = s.reporting.status.rows.find((x) => x.key === status)
            assert.ok(r, status)
            assert.equal(r.pledges, pledges, status)
            assert.ok(same(r.value, value), `${status}: ${r.value}`)
          }
          break
        case 'activeValue':
          assert.ok(same(s.reporting.status.activeValue, v), `activeValue ${s.reporting.status.activeValue}`)
          break
        case 'series': {
          // Exactly these rows, the unknown row last.
          const rows = s.series.rows
          assert.deepEqual(rows.map((r) => r.year).sort(), Object.keys(v).sort())
          for (const [year, [pledges, value]] of Object.entries(v)) {
            const r = rows.find((x) => x.year === year)
            assert.equal(r.pledges, pledges, `series/${year}`)
            assert.ok(same(r.value, value), `series/${year}: ${r.value}`)
          }
          assert.equal(rows[rows.length - 1].year, 'unknown')
          break
        }
        case 'relationCycles': {
          const keys = ['relation', 'cycle', 'pledges']
          assert.deepEqual(pick(s.relationCycles, keys), pick(v, keys))
          break
        }
        default:
          assert.fail(`unknown expectation ${key}`)
      }
    }
    if (c.compare !== undefined) checkCompare(c, s)
    if (c.annualReport !== undefined) checkAnnual(c)
    if (c.pledgersTable !== undefined) checkPledgers(c)
  })
}

/** A plain decimal string (what `same` compares by value), not an id or a code. */
const DECIMAL = /^-?\d+(?:\.\d+)?$/

/** A case's `pledgersTable`: the `pledgers` table of `tables(pledges, options)`, exactly its
 * rows in order; each named column as its text (`null` for an empty cell), decimals by value. */
function checkPledgers(c) {
  const spec = c.pledgersTable
  const got = p2c.tables(c.pledges, spec.options).pledgers
  assert.equal(got.length, spec.rows.length, 'pledgers rows')
  spec.rows.forEach((want, i) => {
    for (const [col, w] of Object.entries(want)) {
      assert.ok(col in got[i], `row ${i}: no column ${col}`)
      const cell = got[i][col]
      if (w === null) assert.equal(cell, null, `row ${i} ${col}`)
      else if (DECIMAL.test(w) && cell !== null && DECIMAL.test(cell)) assert.ok(same(cell, w), `row ${i} ${col}: ${cell} vs ${w}`)
      else assert.equal(cell, w, `row ${i} ${col}`)
    }
  })
}

/** A case's `annualReport`: `annualReport(pledges, options)` against its figures by id
 * (decimals exactly, `null` as `null`), row keys and undetermined ids, or its error code. */
function checkAnnual(c) {
  const spec = c.annualReport
  const got = attempt(() => p2c.annualReport(c.pledges, c.options))
  if (spec.expected.error !== undefined) {
    assert.equal(got.code, spec.expected.error)
    return
  }
  assert.equal(got.code, undefined)
  const figures = new Map(got.ok.figures.map((f) => [f.id, f]))
  assert.equal(figures.size, got.ok.figures.length, 'figure ids are unique')
  for (const [id, want] of Object.entries(spec.expected)) {
    const f = figures.get(id)
    assert.ok(f, `no figure ${id}`)
    if (want === null) assert.equal(f.value, null, id)
    else assert.ok(f.value !== null && same(f.value, want), `${id}: ${f.value}`)
    assert.ok(f.definition.length > 20, id)
  }
  for (const [id, key] of Object.entries(spec.keys ?? {})) assert.equal(figures.get(id).key, key, id)
  if (spec.undetermined !== undefined) assert.deepEqual(got.ok.undetermined, spec.undetermined)
}

/** One figure's change against its expectation: decimals exactly, absent sides as null. */
function checkChange(what, got, want) {
  for (const field of ['a', 'b', 'change', 'percent']) {
    if (want[field] === null) assert.equal(got[field], null, `${what}.${field}`)
    else assert.ok(got[field] !== null && same(got[field], want[field]), `${what}.${field}: ${got[field]}`)
  }
  assert.equal(got.percentAbsent, want.percentAbsent, `${what}.percentAbsent`)
}

/** A case's `compare`: `compare(summary a, summary b)`, b with `compare.options`. */
function checkCompare(c, a) {
  const b = p2c.summarize(c.pledges, c.compare.options)
  const got = attempt(() => p2c.compare(a, b))
  const want = c.compare.expected
  if (want.error !== undefined) {
    assert.equal(got.code, want.error)
    return
  }
  assert.equal(got.code, undefined)
  for (const [key, v] of Object.entries(want)) {
    switch (key) {
      case 'headline':
        for (const [fig, w] of Object.entries(v)) checkChange(`headline.${fig}`, got.ok.headline[fig], w)
        break
      case 'rows':
        for (const [dim, rows] of Object.entries(v)) {
          const bd = got.ok.breakdowns.find((x) => x.dimension === dim)
          assert.ok(bd, dim)
          for (const [row, w] of Object.entries(rows)) {
            const r = bd.rows.find((x) => x.key === row)
            assert.ok(r, `${dim}/${row}`)
            for (const part of ['pledges', 'value']) checkChange(`${dim}/${row}.${part}`, r[part], w[part])
          }
        }
        break
      default:
        assert.fail(`unknown compare expectation ${key}`)
    }
  }
}
