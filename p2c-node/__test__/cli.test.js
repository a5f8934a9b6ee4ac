// `npx p2c`: the package's `bin` runs the `p2c` command line (p2c-cli) through the addon, the
// same program as the Rust binary and `python -m p2c`. The shared cases of
// tests/vectors/cli/cases.json run here as they run against the binary
// (p2c-cli/tests/cli_vectors.rs) and `python -m p2c` (p2c-py/tests/test_cli.py): the same
// standard output, byte for byte (the snapshots under tests/vectors/cli/snapshots/), and the
// same exit status. The tests after them check what only Node can.
const test = require('node:test')
const assert = require('node:assert/strict')
const { spawnSync } = require('node:child_process')
const path = require('node:path')
const fs = require('node:fs')
const os = require('node:os')
const p2c = require('..')

const ROOT = path.join(__dirname, '..', '..')
const BIN = path.join(__dirname, '..', 'bin', 'p2c.js')
const SAMPLE = path.join(ROOT, 'examples', 'data', 'pledges.json')
const CLI = path.join(ROOT, 'tests', 'vectors', 'cli')
const { cases } = JSON.parse(fs.readFileSync(path.join(CLI, 'cases.json'), 'utf8'))

function env() {
  const e = { ...process.env, NO_COLOR: '1' }
  delete e.LANG
  delete e.LC_ALL
  delete e.LC_MESSAGES
  return e
}

function run(...args) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: env() })
}

for (const c of cases) {
  test(`shared CLI case ${c.name}: ${c.description}`, () => {
    let input = Buffer.alloc(0)
    if (c.stdin !== undefined) input = Buffer.from(c.stdin, 'utf8')
    else if (c.stdinFile !== undefined) input = fs.readFileSync(path.join(ROOT, c.stdinFile))
    const r = spawnSync(process.execPath, [BIN, ...c.args], {
      cwd: ROOT,
      input,
      env: env(),
      maxBuffer: 64 << 20,
    })
    const stderr = r.stderr.toString('utf8')
    assert.equal(r.status, c.status, stderr)
    if (c.stdout === 'empty') {
      assert.equal(r.stdout.length, 0, r.stdout.toString('utf8'))
    } else if (c.stdout === 'version') {
      assert.equal(r.stdout.toString('utf8'), `p2c ${require('../package.json').version}\n`)
    } else {
      assert.equal(c.stdout, 'snapshot')
      const snapshot = fs.readFileSync(path.join(CLI, 'snapshots', `${c.name}.out`))
      assert.ok(r.stdout.equals(snapshot), 'the output differs from the snapshot of the p2c binary')
    }
    assert.ok(!stderr.includes('panicked') && !stderr.includes('internal_error'), stderr)
    if (c.stderr === 'empty') assert.equal(stderr, '')
    if (c.stderr === 'error') {
      assert.match(stderr, /^p2c: error: /)
      assert.equal(stderr.trimEnd().split('\n').length, 1, stderr)
    }
    for (const part of c.stderrContains ?? []) assert.ok(stderr.includes(part), `${part} not in ${stderr}`)
  })
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

test('a large output through a pipe arrives whole', () => {
  const r = run('schema', 'calls')
  assert.equal(r.status, 0, r.stderr)
  assert.ok(JSON.parse(r.stdout).$schema)
})
