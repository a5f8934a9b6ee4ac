// `npx p2c`: the package's `bin` runs the `p2c` command line (p2c-cli) through the addon, the
// same program as the Rust binary and `python -m p2c`: same output, same exit statuses.
const test = require('node:test')
const assert = require('node:assert/strict')
const { spawnSync } = require('node:child_process')
const path = require('node:path')
const fs = require('node:fs')
const os = require('node:os')
const p2c = require('..')

const BIN = path.join(__dirname, '..', 'bin', 'p2c.js')
const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'data', 'pledges.json')

function run(...args) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
}

test('package.json declares the bin', () => {
  const pkg = require('../package.json')
  assert.equal(pkg.bin.p2c, 'bin/p2c.js')
  assert.ok(pkg.files.includes('bin/p2c.js'))
})

test('validate: the report of the library, exit 0 for a valid file', () => {
  const r = run('validate', SAMPLE, '--as-of', '2026-01-01', '--format', 'json')
  assert.equal(r.status, 0, r.stderr)
  const report = JSON.parse(r.stdout)
  assert.equal(report.valid, true)
  assert.equal(report.pledges, 40)
  const docs = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'))
  const expected = p2c.validateBatch(docs, { asOf: '2026-01-01' })
  assert.deepEqual(report.issues, expected.issues)
})

test('validate: exit 1 for an invalid pledge, with its code and pointer', () => {
  const doc = JSON.parse(fs.readFileSync(SAMPLE, 'utf8'))[0]
  delete doc.title
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-cli-'))
  const file = path.join(dir, 'one.json')
  fs.writeFileSync(file, JSON.stringify(doc))
  const r = run('validate', file, '--as-of', '2026-01-01', '--format', 'json')
  assert.equal(r.status, 1)
  const codes = JSON.parse(r.stdout).issues.map((i) => `${i.code} ${i.path}`)
  assert.ok(codes.includes('structure.missing_field /title'), codes.join('; '))
})

test('summarize --format json equals summarize() of the library', () => {
  const r = run('summarize', SAMPLE, '--as-of', '2026-01-01', '--format', 'json')
  assert.equal(r.status, 0, r.stderr)
  const expected = p2c.summarize(fs.readFileSync(SAMPLE, 'utf8'), { asOf: '2026-01-01' })
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(JSON.stringify(expected)))
})

test('usage errors exit 2 with one error line; --version', () => {
  let r = run('frobnicate')
  assert.equal(r.status, 2)
  assert.match(r.stderr, /^p2c: error: /)
  r = run('export', SAMPLE, '--currency', 'QQQ')
  assert.equal(r.status, 2)
  r = run('--version')
  assert.equal(r.status, 0)
  assert.equal(r.stdout.trim(), `p2c ${require('../package.json').version}`)
})

test('a large output through a pipe arrives whole', () => {
  const r = run('schema', 'calls')
  assert.equal(r.status, 0, r.stderr)
  assert.ok(JSON.parse(r.stdout).$schema)
})
