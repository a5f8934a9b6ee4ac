'use strict'

// The request bodies of the load test, each with the status every example server must answer:
// valid pledges (201), invalid ones (422 with every issue), hostile bodies (422, or 413 for a
// body over the servers' 2 MiB limit). The same list drives the Node, Python and Rust servers.

const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.join(__dirname, '..', '..')
const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'data', 'pledges.json'), 'utf8'))

/** The servers' body limit (2 MiB), as `express.raw({ limit: '2mb' })` counts it. */
const LIMIT = 2 * 1024 * 1024

function variant(i, change) {
  const p = structuredClone(sample[i])
  change(p)
  return JSON.stringify(p)
}

const base = JSON.stringify(sample[2])

function bodies() {
  const valid = sample.map((p, i) => ({ kind: 'valid', name: `sample-${i}`, body: JSON.stringify(p), status: 201 }))
  const invalid = [
    ['missing-title', (p) => delete p.title],
    ['unknown-field', (p) => { p.titel = p.title }],
    ['unknown-currency', (p) => { p.financialValue.currency = 'XYZ' }],
    ['zero-amount', (p) => { p.financialValue.amount = '0' }],
    ['id-is-a-number', (p) => { p.id = 7 }],
  ].map(([name, change]) => ({ kind: 'invalid', name, body: variant(2, change), status: 422 }))
  const hostile = [
    // 1,000,000 zeros: under the size limit, far over the array-length limit (10,000).
    { name: 'array-2mb-zeros', body: `[0${',0'.repeat(999_999)}]`, status: 422 },
    { name: 'nesting-100k', body: '['.repeat(100_000), status: 422 },
    { name: 'string-1.5mb-title', body: base.replace('"title":"', `"title":"${'a'.repeat(1_500_000)}`), status: 422 },
    { name: 'invalid-utf8', body: Buffer.concat([Buffer.from(base.slice(0, 40)), Buffer.from([0xff, 0xfe]), Buffer.from(base.slice(40))]), status: 422 },
    { name: 'duplicate-key', body: base.replace('{', '{"id":"DUP",'), status: 422 },
    { name: 'number-1e400', body: base.replace(/"amount":"[^"]*"/, '"amount":1e400'), status: 422 },
    { name: 'byte-order-mark', body: `\ufeff${base}`, status: 422 },
    { name: 'not-json', body: '<html><script>alert(1)</script>', status: 422 },
    // Text a browser or a spreadsheet would run: valid pledge text, to be escaped on output.
    { name: 'formula-and-html-title', body: variant(2, (p) => { p.title = '=HYPERLINK("http://evil.example","<script>x</script>")' }), status: 201 },
    // Over the servers' 2 MiB body limit: refused before it is read whole.
    { name: 'body-over-limit', body: `"${'x'.repeat(LIMIT + 1024)}"`, status: 413 },
  ].map((b) => ({ kind: 'hostile', ...b }))
  // Each valid pledge twice per cycle: 30 valid, 5 invalid, 10 hostile requests.
  return [...valid, ...invalid, ...valid, ...hostile]
}

module.exports = { bodies, LIMIT }
