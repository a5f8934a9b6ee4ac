'use strict'

// The API's conventions, checked across every call: option values are snake_case (the camelCase
// values of 0.1 still work, with one DeprecationWarning per spelling per process), and each kind
// of mistake has exactly one error code (the table of the README's "Errors" section).

const test = require('node:test')
const assert = require('node:assert/strict')
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const ts = require('typescript')
const p2c = require('..')

const PACKAGE = path.join(__dirname, '..')
const ROOT = path.join(PACKAGE, '..')
const VALID = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'vectors', 'validation', 'valid.json'), 'utf8'))[0]
  .input
const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'data', 'pledges.json'), 'utf8')
const MONEY = { amount: '100', currency: 'EUR', date: '2022-06-07' }

/** The string literal types of a declaration file, by type alias, skipping `Deprecated…` ones. */
function literalTypes(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
  const found = []
  const visit = (node, owner) => {
    if (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) owner = node.name.text
    if (owner?.startsWith('Deprecated')) return
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) found.push([owner, node.literal.text])
    if (ts.isTemplateLiteralTypeNode(node)) found.push([owner, node.head.text])
    ts.forEachChild(node, (child) => visit(child, owner))
  }
  visit(source, undefined)
  return found
}

test('every option value the hand-written declarations name is snake_case', () => {
  for (const file of ['index.d.ts', 'middleware.d.ts']) {
    const literals = literalTypes(path.join(PACKAGE, file))
    assert.ok(literals.length > 0, file)
    const camel = literals.filter(([, text]) => /[a-z][A-Z]/.test(text))
    assert.deepEqual(camel, [], `${file}: camelCase values outside the Deprecated… types`)
  }
})

test('the 0.1 camelCase values give the same answers as the snake_case ones', () => {
  const pairs = [
    [{ rounding: 'halfUp' }, { rounding: 'half_up' }],
    [{ rounding: 'awayFromZero' }, { rounding: 'away_from_zero' }],
    [{ policy: 'onOrBefore:3' }, { policy: 'on_or_before:3' }],
    [{ policy: { kind: 'exactDate' } }, { policy: { kind: 'exact_date' } }],
    [{ policy: { kind: 'annualAverage' } }, { policy: { kind: 'annual_average' } }],
  ]
  for (const [old, modern] of pairs) {
    const { warnings, ...a } = p2c.convert(MONEY, old)
    assert.equal(warnings[0].code, 'deprecated_spelling')
    assert.deepEqual(a, p2c.convert(MONEY, modern))
  }
  const options = { asOf: '2026-01-01', rounding: 'halfUp', policy: 'annualAverage' }
  const { warnings, ...summary } = p2c.summarize(SAMPLE, options)
  assert.deepEqual(warnings.map((w) => w.replacement).sort(), ['annual_average', 'half_up'])
  const modern = p2c.summarize(SAMPLE, { asOf: '2026-01-01', rounding: 'half_up', policy: 'annual_average' })
  assert.deepEqual(summary, modern)
})

test('each deprecated spelling raises one DeprecationWarning per process, with a stable code', () => {
  const script = `
    const p2c = require(${JSON.stringify(PACKAGE)})
    const seen = []
    process.on('warning', (w) => seen.push({ name: w.name, code: w.code, halfUp: w.message.includes('halfUp') }))
    const money = ${JSON.stringify(MONEY)}
    p2c.convert(money, { rounding: 'halfUp' })
    p2c.convert(money, { rounding: 'halfUp' })
    p2c.summarize('[]', { asOf: '2026-01-01', rounding: 'halfUp' })
    p2c.convert(money, { rounding: 'half_up' })
    setImmediate(() => console.log(JSON.stringify(seen)))
  `
  const seen = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))
  assert.deepEqual(seen, [{ name: 'DeprecationWarning', code: 'P2C_DEPRECATED_SPELLING', halfUp: true }])
})

/** The code each call throws. */
function codes(calls) {
  return calls.map(([name, fn]) => {
    try {
      fn()
      return [name, null]
    } catch (err) {
      assert.ok(err instanceof p2c.P2cError, `${name}: ${err}`)
      return [name, err.code]
    }
  })
}

// Each kind of mistake, the one code it gets, and calls across the API that make it.
const KINDS = {
  // An argument of the wrong JS type, an unknown option key, an option value of the wrong type
  // or form (a date that is not a date, a negative limit, money as a JS number).
  invalid_argument: [
    ['validate(42)', () => p2c.validate(42)],
    ['parsePledge(42)', () => p2c.parsePledge(42)],
    ['validateFile(42)', () => p2c.validateFile(42)],
    ['canTransition(1, …)', () => p2c.canTransition(1, 'draft')],
    ['countryProfile(…, 42)', () => p2c.countryProfile('[]', 42)],
    ['validate(…, "x")', () => p2c.validate(VALID, 'x')],
    ['merge(1, …)', () => p2c.RateTable.embedded().merge(1, 'existing')],
    ['summarize table: {}', () => p2c.summarize('[]', { table: {} })],
    ['validate asof', () => p2c.validate(VALID, { asof: '2026-01-01' })],
    ['summarize limits', () => p2c.summarize('[]', { limits: {} })],
    ['codelists language', () => p2c.codelists({ language: 'fr' })],
    ['assess x', () => p2c.assess(VALID, { x: 1 })],
    ['convert rouding', () => p2c.convert(MONEY, { rouding: 'half_up' })],
    ['validate asOf soon', () => p2c.validate(VALID, { asOf: 'soon' })],
    ['summarize asOf 2020-13-01', () => p2c.summarize('[]', { asOf: '2020-13-01' })],
    ['validate maxBytes -1', () => p2c.validate(VALID, { limits: { maxBytes: -1 } })],
    ['convert rounding 5', () => p2c.convert(MONEY, { rounding: 5 })],
    ['convert amount 5', () => p2c.convert({ ...MONEY, amount: 5 })],
    ['convert amount abc', () => p2c.convert({ ...MONEY, amount: 'abc' })],
    ['summarize goal 1e11', () => p2c.summarize('[]', { goal: { amount: 1e11, currency: 'USD' } })],
  ],
  // A code in an option that p2c does not know (a currency, a country, a rounding, a format …).
  unknown_code: [
    ['summarize currency XXY', () => p2c.summarize('[]', { currency: 'XXY' })],
    ['convert to XXY', () => p2c.convert(MONEY, { to: 'XXY' })],
    ['summarize countries Atlantis', () => p2c.summarize('[]', { filters: { countries: ['Atlantis'] } })],
    ['countryProfile Atlantis', () => p2c.countryProfile('[]', 'Atlantis')],
    ['summarize rounding up', () => p2c.summarize('[]', { rounding: 'up' })],
    ['convert policy latest', () => p2c.convert(MONEY, { policy: 'latest' })],
    ['convert policy kind exactdate', () => p2c.convert(MONEY, { policy: { kind: 'exactdate' } })],
    ['summarize invalid drop', () => p2c.summarize('[]', { invalid: 'drop' })],
    ['parsePledges format jsonl', () => p2c.parsePledges('[]', { format: 'jsonl' })],
    ['validate severity nope.x', () => p2c.validate(VALID, { severity: { 'nope.x': 'off' } })],
    ['issueCodes code nope.x', () => p2c.issueCodes({ code: 'nope.x' })],
    ['canTransition drafty', () => p2c.canTransition('drafty', 'draft')],
    ['merge newer', () => p2c.RateTable.embedded().merge(p2c.RateTable.embedded(), 'newer')],
  ],
  // A JSON document (a pledge, a list of pledges, a rate table) that cannot be read: not JSON,
  // not UTF-8, or not of the document's shape. (`validate` reports these as issues instead.)
  parse_error: [
    ['parsePledge [', () => p2c.parsePledge('[')],
    ['parsePledges bad UTF-8', () => p2c.parsePledges(Buffer.from([0x5b, 0xff, 0x5d]))],
    ['summarize [', () => p2c.summarize('[')],
    ['summarize bad UTF-8', () => p2c.summarize(Buffer.from([0x5b, 0xff, 0x5d]))],
    ['summarize [{}]', () => p2c.summarize('[{}]')],
    ['validateUpdate {', () => p2c.validateUpdate('{', VALID)],
    ['publicView 7', () => p2c.publicView('7')],
    ['RateTable.fromJson {', () => p2c.RateTable.fromJson('{')],
    ['RateTable.fromJson bad UTF-8', () => p2c.RateTable.fromJson(Buffer.from([0x7b, 0xff, 0x7d]))],
  ],
  // A rate file (CSV, the ECB's file, or a rate in a JSON table) whose content is wrong.
  invalid_rate_file: [
    ['RateTable.fromCsv header', () => p2c.RateTable.fromCsv('x,y\n1')],
    ['RateTable.fromCsv bad UTF-8', () => p2c.RateTable.fromCsv(Buffer.from([0x7b, 0xff, 0x7d]))],
    ['RateTable.fromEcb bytes', () => p2c.RateTable.fromEcb(Buffer.from('x'), 'x')],
    ['RateTable.fromEcb bad UTF-8', () => p2c.RateTable.fromEcb(Buffer.from([0x7b, 0xff, 0x7d]), 'x')],
    [
      'RateTable.fromJson rate -1',
      () => p2c.RateTable.fromJson({ rates: [{ date: '2022-01-03', base: 'EUR', currency: 'USD', rate: '-1', source: 'x' }] }),
    ],
  ],
  // A file that cannot be opened or read.
  io_error: [
    ['validateFile missing', () => p2c.validateFile('/nonexistent/p2c.json')],
    ['RateTable.fromCsvFile missing', () => p2c.RateTable.fromCsvFile('/nonexistent/p2c.csv')],
    ['RateTable.fromEcb missing', () => p2c.RateTable.fromEcb('/nonexistent/eurofxref-hist.csv')],
  ],
  validation_failed: [['validateOrThrow {}', () => p2c.validateOrThrow('{}')]],
  rate_not_found: [['convert 1990 exact_date', () => p2c.convert({ ...MONEY, date: '1990-01-03' }, { policy: 'exact_date' })]],
  limit_exceeded: [
    [
      'validate a JS object nested too deep to serialize',
      () => {
        let o = {}
        for (let i = 0; i < 20000; i++) o = { a: o }
        return p2c.validate(o)
      },
    ],
  ],
  internal_error: [['a Rust panic', () => p2c._panicForTests()]],
}

test('one error code per kind of mistake, whichever call makes it', () => {
  for (const [code, calls] of Object.entries(KINDS)) {
    assert.deepEqual(
      codes(calls),
      calls.map(([name]) => [name, code]),
      code,
    )
  }
})

test('the README lists every code of that table', () => {
  const readme = fs.readFileSync(path.join(PACKAGE, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Errors'))
  for (const code of [...Object.keys(KINDS), 'unsupported_platform', 'addon_load_failed', 'raw_body_unavailable']) {
    assert.match(section, new RegExp(`\`${code}\``), code)
  }
})

test('validate never throws for a bad document: each of those mistakes is an issue', () => {
  for (const body of ['[', Buffer.from([0x7b, 0xff, 0x7d]), '{}', '7', '{"id": 1, "id": 2}']) {
    const report = p2c.validate(body)
    assert.equal(report.valid, false)
    assert.ok(report.issues.length > 0)
  }
})
