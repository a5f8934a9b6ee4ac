// The ESM entry point exposes the same functions as the CommonJS one.
import test from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'

import p2cDefault, { P2cError, parsePledge, jsonSchema } from '../index.mjs'

const cjs = createRequire(import.meta.url)('../index.js')

test('ESM exports are the CommonJS ones', () => {
  assert.equal(parsePledge, cjs.parsePledge)
  assert.equal(jsonSchema, cjs.jsonSchema)
  assert.equal(P2cError, cjs.P2cError)
  assert.equal(p2cDefault, cjs)
  assert.throws(() => parsePledge('{'), P2cError)
})
