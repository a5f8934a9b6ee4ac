'use strict'

// The request bodies of the load test, each with the status every example server must answer:
// valid pledges (201; `again`: 200, what a server that stores pledges answers when the same
// pledge is sent again), invalid ones (422 with every issue), hostile bodies (422, or 413 for a
// body over the servers' 1 MiB limit). The same list drives the Node, Python and Rust servers.
// The valid pledges are the sample's, as submissions (`reviewState: submitted`): the Node
// service takes new pledges as `draft` or `submitted` only (publication goes through review).

const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.join(__dirname, '..', '..')
const sample = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'data', 'pledges.json'), 'utf8'))

/** The servers' body limit: 1 MiB, the default `limits.maxBytes` of p2c/middleware. */
const LIMIT = 1024 * 1024

/** Sample pledge `i` as a submission, changed by `change`. */
function variant(i, change) {
  const p = structuredClone(sample[i])
  p.reviewState = 'submitted'
  change(p)
  return JSON.stringify(p)
}

const base = variant(2, () => {})

function bodies() {
  const valid = sample.map((_, i) => ({ kind: 'valid', name: `sample-${i}`, body: variant(i, () => {}), status: 201, again: 200 }))
  const invalid = [
    ['missing-title', (p) => delete p.title],
    ['unknown-field', (p) => { p.titel = p.title }],
    ['unknown-currency', (p) => { p.financialValue.currency = 'XYZ' }],
    ['zero-amount', (p) => { p.financialValue.amount = '0' }],
    ['id-is-a-number', (p) => { p.id = 7 }],
  ].map(([name, change]) => ({ kind: 'invalid', name, body: variant(2, change), status: 422 }))
  const hostile = [
    // 500,000 zeros (1,000,001 bytes): under the size limit, far over the array-length limit
    // (10,000).
    { name: 'array-1mb-zeros', body: `[0${',0'.repeat(499_999)}]`, status: 422 },
    { name: 'nesting-100k', body: '['.repeat(100_000), status: 422 },
    { name: 'string-900kb-title', body: base.replace('"title":"', `"title":"${'a'.repeat(900_000)}`), status: 422 },
    { name: 'invalid-utf8', body: Buffer.concat([Buffer.from(base.slice(0, 40)), Buffer.from([0xff, 0xfe]), Buffer.from(base.slice(40))]), status: 422 },
    { name: 'duplicate-key', body: base.replace('{', '{"id":"DUP",'), status: 422 },
    { name: 'number-1e400', body: base.replace(/"amount":"[^"]*"/, '"amount":1e400'), status: 422 },
    { name: 'byte-order-mark', body: `\ufeff${base}`, status: 422 },
    { name: 'not-json', body: '<html><script>alert(1)</script>', status: 422 },
    // Text a browser or a spreadsheet would run: valid pledge text, to be escaped on output
    // (an id of its own: the Node service answers another pledge under a stored id 409).
    { name: 'formula-and-html-title', body: variant(2, (p) => { p.id = 'P2C-SAMPLE-900'; p.title = '=HYPERLINK("http://evil.example","<script>x</script>")' }), status: 201, again: 200 },
    // Over the servers' 1 MiB body limit: refused before it is read whole. A server may then
    // close the connection (p2c/middleware does, with `Connection: close`), so this body goes
    // on connections of its own (`ownConnection`), beside autocannon's: on a closed pipelined
    // connection autocannon pairs the responses that follow with the wrong requests.
    { name: 'body-over-limit', body: `"${'x'.repeat(LIMIT + 1024)}"`, status: 413, ownConnection: true },
  ].map((b) => ({ kind: 'hostile', ...b }))
  // Per cycle: the 40 sample pledges, 5 invalid and 10 hostile requests.
  return [...valid, ...invalid, ...hostile]
}

module.exports = { bodies, LIMIT }
