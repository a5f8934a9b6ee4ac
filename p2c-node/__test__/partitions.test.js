'use strict'

// The file route and summaries made of partitions: `summarizeFile` equals `summarize` over the
// same pledges at any thread count; partitions summarized apart (`relatedIds`,
// `partialSummary`) merge (`mergePartials`) into the one-pass summary; partials that cannot
// merge are errors with stable codes, never a wrong total.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const p2c = require('..')

const AS_OF = '2026-11-23'
const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'data', 'pledges.json')

/** The sample pledges, with relations that change the figures, across partitions. */
function docs() {
  const all = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'))
  for (const [at, type, to] of [
    [7, 'supersedes', 'P2C-SAMPLE-006'],
    [8, 'part_of', 'P2C-SAMPLE-001'],
    [30, 'same_funds_as', 'P2C-SAMPLE-022'],
    [39, 'same_funds_as', 'P2C-SAMPLE-013'],
  ]) {
    all[at].relations = [{ pledge: to, type }]
  }
  return all
}

const lines = (list) => Buffer.from(list.map((d) => JSON.stringify(d) + '\n').join(''))

function partitions(list, cuts) {
  const edges = [0, ...cuts, list.length]
  return edges.slice(1).map((end, i) => lines(list.slice(edges[i], end)))
}

test('summarizeFile equals summarize at any thread count', async () => {
  const list = docs()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-partitions-'))
  try {
    const file = path.join(dir, 'pledges.jsonl')
    fs.writeFileSync(file, lines(list))
    for (const options of [{ asOf: AS_OF }, { asOf: AS_OF, attribution: 'equal_split', currency: 'EUR' }]) {
      const expected = p2c.summarize(list, options)
      for (const threads of [undefined, 1, 2]) {
        assert.deepEqual(p2c.summarizeFile(file, { ...options, threads }), expected)
      }
      assert.deepEqual(await p2c.summarizeFileAsync(file, options), expected)
    }
    assert.throws(() => p2c.summarizeFile(path.join(dir, 'missing.jsonl'), { asOf: AS_OF }), { code: 'io_error' })
    fs.writeFileSync(file, '{"id": "P-1"}\n')
    assert.throws(() => p2c.summarizeFile(file, { asOf: AS_OF }), { code: 'parse_error' })
    assert.throws(() => p2c.summarizeFile(file, { asOf: AS_OF, threads: -1 }), { code: 'invalid_argument' })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('partitions summarized apart merge into the one-pass summary', () => {
  const list = docs()
  const expected = p2c.summarize(list, { asOf: AS_OF })
  for (const cuts of [[20], [1, 8, 31], [7, 8, 9, 30, 39]]) {
    const parts = partitions(list, cuts)
    const related = [...new Set(parts.flatMap((p) => p2c.relatedIds(p)))].sort()
    assert.ok(['P2C-SAMPLE-001', 'P2C-SAMPLE-006', 'P2C-SAMPLE-022'].every((id) => related.includes(id)))
    const partials = parts.map((p) => p2c.partialSummary(p, related, { asOf: AS_OF }))
    assert.ok(partials.every((p) => Buffer.isBuffer(p)))
    assert.deepEqual(p2c.mergePartials(partials, { asOf: AS_OF }), expected, `cuts ${cuts}`)
  }
})

test('partials that cannot merge are errors', () => {
  const [first, second] = partitions(docs(), [20])
  const related = [...new Set([...p2c.relatedIds(first), ...p2c.relatedIds(second)])]
  const a = p2c.partialSummary(first, related, { asOf: AS_OF })
  const b = p2c.partialSummary(second, related, { asOf: AS_OF })
  assert.throws(() => p2c.mergePartials([], { asOf: AS_OF }), { code: 'invalid_argument' })
  assert.throws(() => p2c.mergePartials([a, b], { asOf: '2026-11-24' }), { code: 'partial_mismatch' })
  assert.throws(() => p2c.mergePartials([a, b], { asOf: AS_OF, currency: 'EUR' }), { code: 'partial_mismatch' })
  const own = p2c.partialSummary(second, p2c.relatedIds(second), { asOf: AS_OF })
  assert.throws(() => p2c.mergePartials([a, own], { asOf: AS_OF }), { code: 'partial_mismatch' })
  assert.throws(() => p2c.mergePartials([a, b.subarray(0, b.length - 1)], { asOf: AS_OF }), { code: 'invalid_partial' })
  const tampered = Buffer.from(b)
  tampered[tampered.length >> 1] ^= 1
  assert.throws(() => p2c.mergePartials([a, tampered], { asOf: AS_OF }), { code: 'invalid_partial' })
  assert.throws(() => p2c.mergePartials([Buffer.from('not a partial')], { asOf: AS_OF }), { code: 'invalid_partial' })
})

test('data and paths take separate calls', () => {
  // A string is never read as data by the partition calls, nor bytes as a path.
  assert.throws(() => p2c.relatedIds('/etc/passwd'), { code: 'invalid_argument' })
  assert.throws(() => p2c.partialSummary('[]', [], { asOf: AS_OF }), { code: 'invalid_argument' })
  assert.throws(() => p2c.mergePartials(['x'], { asOf: AS_OF }), { code: 'invalid_argument' })
  assert.throws(() => p2c.summarizeFile(Buffer.from('[]'), { asOf: AS_OF }), { code: 'invalid_argument' })
  assert.throws(() => p2c.partialSummary(lines(docs()), 'P2C-SAMPLE-001', { asOf: AS_OF }), {
    code: 'invalid_argument',
  })
})
