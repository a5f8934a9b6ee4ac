'use strict'
// The committed lock is complete for every platform and fits Node 20 (scripts/check-lock.js):
// the property that lets `npm ci` accept it on any machine, whatever the registry serves.
const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const { satisfies, check } = require('../scripts/check-lock.js')

test('the committed package-lock.json is complete and every engine admits this Node', () => {
  const lock = require(path.join(__dirname, '..', 'package-lock.json'))
  const { missing, engines } = check(lock, process.versions.node)
  assert.deepEqual(missing, [])
  assert.deepEqual(engines, [])
})

test('a lock without an optional platform package is reported', () => {
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': { devDependencies: { a: '1' } },
      'node_modules/a': { version: '1.0.0', optionalDependencies: { 'a-darwin-x64': '1.0.0', 'a-linux-x64-gnu': '1.0.0' } },
      'node_modules/a-linux-x64-gnu': { version: '1.0.0', os: ['linux'], cpu: ['x64'] },
      'node_modules/a/node_modules/b': { version: '1.0.0', dependencies: { c: '1' }, engines: { node: '>=22' } },
      'node_modules/c': { version: '1.0.0' },
    },
  }
  const { missing, engines } = check(lock, '20.20.2')
  assert.deepEqual(missing, ['node_modules/a → a-darwin-x64 (optionalDependencies)'])
  assert.deepEqual(engines, ['node_modules/a/node_modules/b requires node >=22'])
})

test('engine ranges are read as npm reads them', () => {
  const cases = [
    ['>= 20', true], ['>=22', false], ['^22.20 || ^24.12 || >=25', false],
    ['>=23.5.0 || ^22.13.0 || ^20.17.0', true], ['^20.21', false], ['18 - 22', true], ['20.x', true],
    ['~20.20.0', true], ['<20', false], ['>=14.0.0 <21', true], ['*', true], ['^18.17.0 || >=20.5.0', true],
  ]
  for (const [range, expected] of cases) assert.equal(satisfies('20.20.2', range), expected, range)
})
