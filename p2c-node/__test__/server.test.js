// The example server (examples/node/server.js, Express) and the Fastify plugin, over real
// HTTP on 127.0.0.1: valid pledges are accepted, invalid ones get 422 with every issue.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')

const { start } = require('../../examples/node/server.js')
const { p2cFastify } = require('../middleware')

const root = join(__dirname, '..', '..')
const sample = JSON.parse(readFileSync(join(root, 'examples', 'data', 'pledges.json'), 'utf8'))
const options = { asOf: '2026-11-23' }

async function post(url, body) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  return { status: res.status, body: await res.json() }
}

function invalidPledge() {
  // Two mistakes: an unknown field (a typo of `title`) and a zero amount on a financial pledge.
  const p = structuredClone(sample[2])
  p.titel = p.title
  p.financialValue.amount = '0'
  return p
}

function codes(body) {
  return body.issues.map((i) => `${i.code} ${i.path}`).sort()
}

async function exercise(url) {
  const ok = await post(url, JSON.stringify(sample[2]))
  assert.equal(ok.status, 201)
  assert.equal(ok.body.id, sample[2].id)

  const bad = await post(url, JSON.stringify(invalidPledge()))
  assert.equal(bad.status, 422)
  assert.equal(bad.body.valid, false)
  const found = codes(bad.body)
  assert.ok(found.includes('structure.unknown_field /titel'), found.join('\n'))
  assert.ok(found.includes('money.non_positive_value /financialValue/amount'), found.join('\n'))

  const notJson = await post(url, '{"formatVersion": "1.0",')
  assert.equal(notJson.status, 422)
  assert.deepEqual(codes(notJson.body).map((c) => c.split(' ')[0]), ['input.malformed_json'])
}

test('the Express example server accepts valid pledges and answers 422 with every issue', async () => {
  const server = await start(0, options)
  try {
    const { port } = server.address()
    await exercise(`http://127.0.0.1:${port}/pledges`)
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
})

test('the Fastify plugin does the same', async () => {
  const fastify = require('fastify')()
  await fastify.register(p2cFastify, options)
  fastify.post('/pledges', { config: { p2c: true } }, async (request, reply) => {
    const warnings = request.p2cReport.issues.filter((i) => i.severity !== 'error')
    reply.code(201)
    return { id: request.body.id, warnings }
  })
  await fastify.listen({ port: 0, host: '127.0.0.1' })
  try {
    const { port } = fastify.server.address()
    await exercise(`http://127.0.0.1:${port}/pledges`)
  } finally {
    await fastify.close()
  }
})
