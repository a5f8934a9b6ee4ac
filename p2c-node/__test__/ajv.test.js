// Interop: the exported JSON Schema, compiled by ajv in strict mode, agrees with p2c on the
// structural vectors. For every single-pledge vector given as a JSON value:
// - p2c finds a structural problem (a `structure.*` code) ⇒ ajv rejects the input;
// - ajv rejects the input ⇒ p2c finds at least one error (p2c checks everything the schema
//   says, sometimes under a more precise code such as `beneficiaries.negative_count`).
// Semantic rules (money, geography, dates, …) are beyond what a JSON Schema says, so a
// semantically invalid pledge that ajv accepts is no disagreement.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const { readFileSync, readdirSync } = require('node:fs')
const { join } = require('node:path')

const Module = require('node:module')
const Ajv2020 = require('ajv/dist/2020').default
const addFormats = require('ajv-formats')

const root = join(__dirname, '..', '..')
const PACKAGE = join(__dirname, '..')
const dir = join(root, 'tests', 'vectors', 'validation')

/**
 * The ajv recipe of p2c-node/README.md ("Comparing with ajv"), run as written: a module inside
 * the package (so `require('p2c')` resolves by self-reference) that ends with `validatePledge`.
 */
function compile() {
  const readme = readFileSync(join(PACKAGE, 'README.md'), 'utf8')
  const at = readme.indexOf('\n## Comparing with ajv\n')
  assert.ok(at >= 0, 'p2c-node/README.md has no "Comparing with ajv" section')
  const code = /```js\n([\s\S]*?)```/.exec(readme.slice(at))[1]
  const file = join(PACKAGE, '__readme_ajv__.js')
  const m = new Module(file, module)
  m.filename = file
  m.paths = Module._nodeModulePaths(PACKAGE)
  m._compile(`${code}\nmodule.exports = validatePledge`, file)
  return m.exports
}

// A 1.0 document must also follow the 1.0 schema: the 1.1 schema lists the fields of both
// versions, and p2c reports a 1.1 feature in a 1.0 document (`structure.requires_version`).
// Compiled with the same settings as the README's recipe.
function compile10() {
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 })
  ajv.addFormat('uint64', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 2 ** 64 - 1 })
  return ajv.compile(JSON.parse(readFileSync(join(root, 'schema', 'pledge-1.0.schema.json'), 'utf8')))
}

// Where a JSON Schema cannot say what p2c checks, by vector description. Each entry says why;
// the test fails if an entry no longer disagrees, so the list cannot go stale.
const KNOWN_DIFFERENCES = new Map([
  [
    'a share percent as a JSON number with a fraction',
    // The text says `100.0`; JSON.parse gives the JS number 100, which ajv sees as an
    // integer. p2c reads the text and refuses the fraction (structure.inexact_number).
    'JSON.parse loses the fraction of 100.0 before ajv sees it',
  ],
])

const p2c = require('..')
const severity = new Map(p2c.issueCodes().map((c) => [c.code, c.severity]))

test("the README's ajv recipe compiles the exported schema in strict mode (2020-12, formats)", () => {
  const validatePledge = compile()
  assert.equal(typeof validatePledge, 'function')
  const sample = JSON.parse(readFileSync(join(root, 'examples', 'data', 'pledges.json'), 'utf8'))
  for (const pledge of sample) assert.equal(validatePledge(pledge), true, JSON.stringify(validatePledge.errors))
  // The formats are checked, not just declared: a bad date fails.
  assert.equal(validatePledge({ ...sample[0], submittedAt: 'yesterday' }), false)
  assert.ok(validatePledge.errors.some((e) => e.keyword === 'format'))
  // The schema the recipe compiles is the committed one.
  assert.deepEqual(p2c.jsonSchema(), JSON.parse(readFileSync(join(root, 'schema', 'pledge.schema.json'), 'utf8')))
  assert.equal(typeof compile10(), 'function')
})

test('ajv and p2c agree on which single-pledge vectors are structurally valid', () => {
  const validate11 = compile()
  const validate10 = compile10()
  // Each document is checked against the schema of the version it declares.
  const validate = (input) => {
    const ok = input && input.formatVersion === '1.0' ? validate10(input) && validate11(input) : validate11(input)
    validate.errors = validate10.errors || validate11.errors
    return ok
  }
  const disagreements = []
  let compared = 0
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const c of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
      if ((c.mode || 'pledge') !== 'pledge' || !('input' in c)) continue
      if (c.options && c.options.limits) continue
      compared += 1
      const p2cStructural = c.expected.some((e) => e.code.startsWith('structure.'))
      const p2cInvalid = c.expected.some((e) => severity.get(e.code) === 'error')
      const ajvValid = validate(c.input)
      if ((p2cStructural && ajvValid) || (!ajvValid && !p2cInvalid)) {
        disagreements.push(`${file}: ${c.description} (ajv ${ajvValid ? 'accepts' : 'rejects'}: ${JSON.stringify(validate.errors)})`)
      }
    }
  }
  assert.ok(compared >= 80, `only ${compared} vectors compared`)
  const unexplained = disagreements.filter((d) => ![...KNOWN_DIFFERENCES.keys()].some((k) => d.includes(k)))
  assert.deepEqual(unexplained, [])
  for (const k of KNOWN_DIFFERENCES.keys()) {
    assert.ok(disagreements.some((d) => d.includes(k)), `known difference no longer differs: ${k}`)
  }
})
