'use strict'

// One server of the HTTP load benchmark (bench/http.js), in its own process so that the load
// generator does not share its event loop:
//
//   node bench/http-server.js KIND     prints `listening PORT` once it listens on 127.0.0.1
//
// KIND is one of
//   express-p2c        Express 5, `p2cExpress()` on the route (p2c reads the raw body itself)
//   express-json-p2c   Express 5, the README's form: a global `express.json({ verify: keepRawBody })`
//                      and `p2cExpress()` on the route
//   express-json-ajv   Express 5, a global `express.json()` and the README's ajv recipe (2020-12,
//                      allErrors, formats) compiled from p2c's JSON Schema
//   fastify-p2c        Fastify 5, `p2cFastify` with `config: { p2c: true }` on the route
//   fastify-none       Fastify 5, its own JSON parser and no validation: the ceiling
// Every server answers POST /pledges with 201 `{ id }`, or 422 with the validator's findings.

const AS_OF = '2026-11-23'
const kind = process.argv[2]

function express() {
  const express = require('express')
  const { p2cExpress, keepRawBody } = require('../middleware')
  const app = express()
  const created = (req, res) => res.status(201).json({ id: req.body.id })
  if (kind === 'express-p2c') {
    app.post('/pledges', p2cExpress({ asOf: AS_OF }), created)
  } else if (kind === 'express-json-p2c') {
    app.use(express.json({ verify: keepRawBody, limit: '1mb' }))
    app.post('/pledges', p2cExpress({ asOf: AS_OF }), created)
  } else {
    const Ajv2020 = require('ajv/dist/2020').default
    const addFormats = require('ajv-formats')
    const { jsonSchema } = require('..')
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    addFormats(ajv)
    ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 })
    ajv.addFormat('uint64', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 2 ** 64 - 1 })
    const validatePledge = ajv.compile(jsonSchema())
    app.use(express.json({ limit: '1mb' }))
    app.post('/pledges', (req, res) => {
      if (validatePledge(req.body)) created(req, res)
      else res.status(422).json({ valid: false, errors: validatePledge.errors })
    })
  }
  const server = app.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`))
}

async function fastify() {
  const Fastify = require('fastify')
  const app = Fastify()
  if (kind === 'fastify-p2c') {
    const { p2cFastify } = require('../middleware')
    await app.register(p2cFastify, { asOf: AS_OF })
    app.post('/pledges', { config: { p2c: true } }, async (request, reply) => {
      reply.code(201)
      return { id: request.body.id }
    })
  } else {
    app.post('/pledges', async (request, reply) => {
      reply.code(201)
      return { id: request.body.id }
    })
  }
  await app.listen({ port: 0, host: '127.0.0.1' })
  console.log(`listening ${app.server.address().port}`)
}

if (kind.startsWith('express-')) express()
else if (kind === 'fastify-p2c' || kind === 'fastify-none') fastify()
else {
  console.error(`unknown server kind \`${kind}\``)
  process.exit(2)
}
