// The submission service (server.js) over HTTP against a real PostgreSQL: submission, the
// idempotent re-send, the review workflow with validateUpdate, two concurrent updates of one
// pledge, and the summary of the published pledges as of a date.
//
//   DATABASE_URL=postgres://… node --test examples/node/server.test.js
//
// scripts/server-test starts a throw-away PostgreSQL and runs this; without DATABASE_URL this
// file fails (it is not part of `npm test`).
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')

const p2c = require('../../p2c-node')
const { start } = require('./server.js')

const AS_OF = '2026-11-23'
const sample = JSON.parse(readFileSync(join(__dirname, '..', 'data', 'pledges.json'), 'utf8'))

assert.ok(process.env.DATABASE_URL, 'set DATABASE_URL (scripts/server-test does)')

let service
let base
// Test hook of server.js: awaited inside an update's transaction once the row is locked.
let onLocked = async () => {}

test.before(async () => {
  service = await start({ port: 0, asOf: AS_OF, onLocked: (id) => onLocked(id) })
  await service.pool.query('TRUNCATE pledges')
  base = `http://127.0.0.1:${service.server.address().port}`
})

test.after(async () => {
  if (service) await service.close()
})

async function call(method, path, body, headers = {}) {
  const init = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body)
    init.headers['content-type'] ??= 'application/json'
  }
  const res = await fetch(`${base}${path}`, init)
  return { status: res.status, etag: res.headers.get('etag'), body: await res.json() }
}

/** A sample pledge as its pledger submits it: `submitted`, not yet validated. */
function submitted(p) {
  const { validatedAt: _v, ...rest } = structuredClone(p)
  return { ...rest, reviewState: 'submitted' }
}

async function rowCount(id) {
  return (await service.pool.query('SELECT count(*)::int AS n FROM pledges WHERE id = $1', [id])).rows[0].n
}

/** Move a stored pledge through `states` with PUTs; returns the last answer. */
async function walk(pledge, states, extra = {}) {
  let answer
  for (const reviewState of states) {
    answer = await call('PUT', `/pledges/${pledge.id}`, { ...pledge, ...extra, reviewState })
    assert.equal(answer.status, 200, JSON.stringify(answer.body))
  }
  return answer
}

test('POST stores a pledge; the same POST again is answered without a second row; another pledge under its id is 409', async () => {
  const pledge = submitted(sample[0])
  const first = await call('POST', '/pledges', pledge)
  assert.deepEqual([first.status, first.body.id, first.body.version, first.etag], [201, pledge.id, 1, '"1"'])
  const again = await call('POST', '/pledges', pledge)
  assert.deepEqual([again.status, again.body.duplicate, again.body.version], [200, true, 1])
  assert.equal(await rowCount(pledge.id), 1)
  const other = await call('POST', '/pledges', { ...pledge, title: 'Another pledge' })
  assert.deepEqual([other.status, other.body.code], [409, 'id_exists'])
  // Stored as JSONB with the indexed columns.
  const row = (await service.pool.query('SELECT doc, review_state, focus_areas FROM pledges WHERE id = $1', [pledge.id])).rows[0]
  assert.deepEqual([row.review_state, row.focus_areas, row.doc.financialValue.amount], ['submitted', pledge.focusAreas, pledge.financialValue.amount])
  // Read back: the public view with its version.
  const read = await call('GET', `/pledges/${pledge.id}`)
  assert.deepEqual([read.status, read.etag, read.body.id, 'contact' in read.body], [200, '"1"', pledge.id, false])
})

test('POST answers 422 with every issue, 415 for other content types, 409 for a pledge that skips review', async () => {
  const bad = { ...submitted(sample[1]), titel: 'typo', focusAreas: ['acess'] }
  const r = await call('POST', '/pledges', bad)
  assert.equal(r.status, 422)
  const codes = r.body.issues.map((i) => `${i.code} ${i.path}`)
  assert.ok(codes.includes('structure.unknown_field /titel'), codes.join('\n'))
  assert.equal(await rowCount(bad.id), 0)
  const text = await call('POST', '/pledges', JSON.stringify(submitted(sample[1])), { 'content-type': 'text/plain' })
  assert.deepEqual([text.status, text.body.code], [415, 'unsupported_media_type'])
  const published = await call('POST', '/pledges', sample[1])
  assert.deepEqual([published.status, published.body.code], [409, 'review_state_not_allowed'])
  assert.equal((await call('GET', '/pledges/P2C-NOPE')).status, 404)
})

test('PUT applies validateUpdate: the review workflow, illegal transitions and a changed id refused', async () => {
  const pledge = submitted(sample[2])
  assert.equal((await call('POST', '/pledges', pledge)).status, 201)
  const skip = await call('PUT', `/pledges/${pledge.id}`, { ...pledge, reviewState: 'published' })
  assert.equal(skip.status, 422)
  assert.ok(skip.body.issues.some((i) => i.code === 'lifecycle.illegal_transition' && i.path === '/reviewState'))
  const mismatch = await call('PUT', '/pledges/P2C-OTHER', pledge)
  assert.deepEqual([mismatch.status, mismatch.body.code], [422, 'id_mismatch'])
  assert.equal((await call('PUT', '/pledges/P2C-NOPE', { ...pledge, id: 'P2C-NOPE' })).status, 404)
  const done = await walk(pledge, ['under_review', 'published'], { validatedAt: '2024-07-01T00:00:00Z' })
  assert.deepEqual([done.body.version, done.body.reviewState, done.etag], [3, 'published', '"3"'])
  // A stale If-Match is refused.
  const stale = await call('PUT', `/pledges/${pledge.id}`, { ...pledge, reviewState: 'under_review' }, { 'if-match': '"1"' })
  assert.deepEqual([stale.status, stale.body.code], [412, 'version_mismatch'])
})

test('two concurrent PUTs of one pledge cannot both win', async () => {
  const pledge = submitted(sample[3])
  assert.equal((await call('POST', '/pledges', pledge)).status, 201)
  await walk(pledge, ['under_review'])

  // Each transaction waits 300 ms holding the row lock, so the two requests overlap: the second
  // blocks on the lock, then checks its transition against what the first wrote.
  let locked = 0
  onLocked = async () => {
    locked += 1
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  try {
    const validatedAt = '2024-07-02T00:00:00Z'
    const [a, b] = await Promise.all([
      call('PUT', `/pledges/${pledge.id}`, { ...pledge, reviewState: 'published', validatedAt }),
      call('PUT', `/pledges/${pledge.id}`, { ...pledge, reviewState: 'rejected' }),
    ])
    assert.equal(locked, 2)
    const statuses = [a.status, b.status].sort()
    assert.deepEqual(statuses, [200, 422], JSON.stringify([a.body, b.body]))
    const winner = a.status === 200 ? 'published' : 'rejected'
    const loser = a.status === 200 ? b : a
    assert.ok(loser.body.issues.some((i) => i.code === 'lifecycle.illegal_transition'))
    const row = (await service.pool.query('SELECT review_state, version, doc FROM pledges WHERE id = $1', [pledge.id])).rows[0]
    assert.deepEqual([row.review_state, row.doc.reviewState, row.version], [winner, winner, 3])

    // The same edit made twice from one read (same If-Match): the second is refused, not
    // applied over the first.
    if (winner === 'rejected') await walk(pledge, ['draft', 'submitted', 'under_review'])
    else await walk(pledge, ['under_review'])
    const { etag } = await call('GET', `/pledges/${pledge.id}`)
    locked = 0
    const [c, d] = await Promise.all([
      call('PUT', `/pledges/${pledge.id}`, { ...pledge, reviewState: 'published', validatedAt }, { 'if-match': etag }),
      call('PUT', `/pledges/${pledge.id}`, { ...pledge, reviewState: 'published', validatedAt, notes: 'edited' }, { 'if-match': etag }),
    ])
    assert.equal(locked, 2)
    assert.deepEqual([c.status, d.status].sort(), [200, 412])
  } finally {
    onLocked = async () => {}
  }
})

test('GET /summary summarizes the published pledges as of a date', async () => {
  // Publish five more sample pledges, validated on different dates; leave one submitted.
  const dates = ['2022-06-01', '2023-01-15', '2024-03-01', '2025-05-05', '2026-01-10']
  for (const [i, day] of dates.entries()) {
    const pledge = submitted(sample[5 + i])
    assert.equal((await call('POST', '/pledges', pledge)).status, 201)
    await walk(pledge, ['under_review', 'published'], { validatedAt: `${day}T12:00:00Z` })
  }
  assert.equal((await call('POST', '/pledges', submitted(sample[11]))).status, 201)

  const published = (await service.pool.query("SELECT doc FROM pledges WHERE review_state = 'published' ORDER BY id")).rows.map((r) => r.doc)
  assert.equal(published.length, 7) // sample[2], sample[3] and the five above

  for (const asOf of ['2025-07-07', '2026-11-23']) {
    const r = await call('GET', `/summary?asOf=${asOf}`)
    assert.equal(r.status, 200)
    // The same figures as p2c.summarize on the published documents.
    const expected = p2c.summarize(published, { asOf, filters: {} })
    assert.deepEqual(r.body, expected)
    assert.equal(r.body.asOf, asOf)
  }
  // As of mid-2025 the pledge validated in 2026 is not counted yet, and it is listed as such.
  const mid = await call('GET', '/summary?asOf=2025-07-07')
  const late = await call('GET', '/summary?asOf=2026-11-23')
  assert.equal(late.body.pledgeCount - mid.body.pledgeCount, 1)
  assert.ok(mid.body.excluded.some((e) => e.id === sample[9].id))
  // The submitted pledge is in neither.
  assert.ok(![...mid.body.excluded.map((e) => e.id)].includes(sample[11].id))

  const access = await call('GET', '/summary?asOf=2026-11-23&focusArea=access&currency=EUR')
  assert.equal(access.status, 200)
  assert.equal(access.body.currency, 'EUR')
  assert.equal(access.body.pledgeCount, published.filter((p) => p.focusAreas.includes('access')).length)
  assert.deepEqual(access.body, p2c.summarize(published.filter((p) => p.focusAreas.includes('access')), {
    asOf: '2026-11-23', currency: 'EUR', filters: { focusAreas: ['access'] },
  }))

  assert.deepEqual([(await call('GET', '/summary')).status], [400])
  const badDate = await call('GET', '/summary?asOf=2026-13-01')
  assert.deepEqual([badDate.status, badDate.body.code], [400, 'invalid_argument'])
})
