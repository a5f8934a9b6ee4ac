'use strict'

// The hostile-input suite (tests/vectors/hostile/, format in its README) from Node: each case's
// expected parse result and validation report, written in the vector files by hand. The process
// must survive every case: a native stack overflow or abort would end this test run.

const test = require('node:test')
const assert = require('node:assert/strict')

const p2c = require('..')
const { hostileCases } = require('./vectors.js')

const cases = hostileCases()

test('the hostile suite is all there, including 100,000 brackets and a 10 MB string', () => {
  assert.ok(cases.length >= 40, `only ${cases.length}`)
  const brackets = cases.find((c) => c.name === 'nested-brackets-root')
  assert.ok(brackets.bytes.length >= 100_000)
  const big = cases.find((c) => c.name === 'string-10mb-title')
  assert.ok(big.bytes.length >= 10_000_000)
})

function parse(c, input) {
  try {
    if (c.entry === 'pledges') p2c.parsePledges(input)
    else p2c.parsePledge(input)
    return { ok: true }
  } catch (err) {
    assert.ok(err instanceof p2c.P2cError, `${c.name}: ${err}`)
    return { error: err.code, pointer: err.pointer }
  }
}

function utf8OrNull(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

for (const c of cases) {
  test(`hostile ${c.file}/${c.name}`, () => {
    // Parsing, from the bytes (and from the text when the bytes are UTF-8).
    const want = c.expect.parse
    const inputs = [c.bytes]
    // The same input as a JS string, when it is UTF-8: for the small cases and the big strings
    // (a 10 MB JS string must cross too); the million-element arrays run from bytes only, to
    // keep the debug-build suite short.
    const text = utf8OrNull(c.bytes)
    if (text !== null && (c.bytes.length < 1 << 20 || c.name.startsWith('string-'))) inputs.push(text)
    for (const input of inputs) {
      const got = parse(c, input)
      if (want.ok) {
        assert.deepEqual(got, { ok: true })
      } else {
        assert.equal(got.error, want.error)
        if (want.pointer !== undefined) assert.equal(got.pointer, want.pointer)
      }
    }
    if (c.entry !== 'pledge') return
    // Validation with default options, from the bytes and from the text.
    const v = c.expect.validate
    for (const input of inputs) {
      const report = p2c.validate(input)
      const codes = report.issues.map((i) => i.code)
      const met = report.valid === v.valid && v.includes.every((code) => codes.includes(code))
      if (v.pending !== undefined) {
        assert.ok(!met, `now passes; remove its pending (${v.pending})`)
      } else {
        assert.ok(met, `expected valid=${v.valid} with ${v.includes}, got valid=${report.valid} ${codes}`)
      }
    }
  })
}
