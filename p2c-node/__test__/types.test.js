'use strict'

// The TypeScript side of the package: the generated data-model types are fresh, index.d.ts
// declares exactly what index.js exports, and the TypeScript example runs. (`npm test` also
// type-checks the example with `tsc --strict`; see tsconfig.json.)

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const Module = require('node:module')

const ts = require('typescript')
const p2c = require('..')
const { generate, OUT } = require('../scripts/gen-types.js')

const PACKAGE = path.join(__dirname, '..')
const EXAMPLE = path.join(PACKAGE, '..', 'examples', 'node', 'example.ts')

test('types.d.ts is what scripts/gen-types.js makes of schema/*.json (run `npm run types`)', () => {
  assert.equal(fs.readFileSync(OUT, 'utf8'), generate())
})

/** Names a declaration file exports as values (functions, classes, consts), via the TS parser. */
function declaredValues(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022)
  const names = new Set()
  for (const stmt of source.statements) {
    const exported = stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (exported && (ts.isFunctionDeclaration(stmt) || ts.isClassDeclaration(stmt))) {
      names.add(stmt.name.text)
    }
    if (ts.isExportDeclaration(stmt) && stmt.exportClause && ts.isNamedExports(stmt.exportClause)) {
      for (const el of stmt.exportClause.elements) names.add(el.name.text)
    }
  }
  return names
}

test('index.d.ts declares every export of index.js and nothing more', () => {
  const declared = declaredValues(path.join(PACKAGE, 'index.d.ts'))
  assert.deepEqual([...declared].sort(), Object.keys(p2c).sort())
})

test('the ESM entry point exports the same names as the CommonJS one', async () => {
  const esm = await import('../index.mjs')
  const names = Object.keys(esm).filter((k) => k !== 'default')
  // The `_panic…ForTests` test hooks are deliberately not re-exported to ESM users.
  assert.deepEqual(names.sort(), Object.keys(p2c).filter((k) => !/^_panic.*ForTests$/.test(k)).sort())
  assert.equal(esm.default, p2c)
})

test('the TypeScript example runs and prints what the data says', () => {
  const { outputText, diagnostics } = ts.transpileModule(fs.readFileSync(EXAMPLE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: EXAMPLE,
    reportDiagnostics: true,
  })
  assert.deepEqual(diagnostics, [])
  const lines = []
  const log = console.log
  console.log = (...args) => lines.push(args.join(' '))
  try {
    // Compile it as a module at the example's own path, so its relative requires resolve.
    const m = new Module(EXAMPLE, module)
    m.filename = EXAMPLE
    m.paths = Module._nodeModulePaths(path.dirname(EXAMPLE))
    m._compile(outputText, EXAMPLE)
  } finally {
    console.log = log
  }
  const out = lines.join('\n')
  // The sample data has forty pledges (examples/data/README.md); the first line is its first.
  assert.match(lines[0], /^P2C-SAMPLE-001: valid=true/)
  assert.match(out, /^rejected with \d+ issue\(s\)$/m)
  assert.match(out, /^EUR 5\.6 bn = USD \d+\.\d{2} at /m)
  // The four focus areas, and format 1.1's `unknown` for a source that names none.
  assert.match(out, /^access, adoption, value_creation, accelerate, unknown$/m)
  assert.match(out, /^public view has contact: false$/m)
})

test("the README's Node quickstart runs and prints what its comments say", () => {
  const readme = fs.readFileSync(path.join(PACKAGE, '..', 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('\n## Node\n'))
  const code = /```js\n([\s\S]*?)```/.exec(section)[1]
  const lines = []
  const log = console.log
  console.log = (...args) => lines.push(args.join(' '))
  const cwd = process.cwd()
  try {
    // As a module inside the package, so `require('p2c')` resolves by self-reference; the
    // snippet reads the sample data relative to p2c-node/, where its first command leaves you.
    process.chdir(PACKAGE)
    const file = path.join(PACKAGE, '__readme_quickstart__.js')
    const m = new Module(file, module)
    m.filename = file
    m.paths = Module._nodeModulePaths(PACKAGE)
    m._compile(code, file)
  } finally {
    console.log = log
    process.chdir(cwd)
  }
  const out = lines.join('\n')
  assert.match(out, /^error structure\.wrong_type \/id$/m)
  // EUR 5.6 bn × 1.0662 (the ECB rate of 2022-06-07) = 5,970,720,000 exactly.
  assert.match(out, /^5970720000\.00 1\.0662 2022-06-07 /m)
  assert.match(out, /^40 \d+\.\d{2} sha256:[0-9a-f]{64}$/m)
  // The flat tables: a row per pledge, a scorecard per pledging entity, amounts as strings.
  assert.match(out, /^40 39 5600000000$/m)
  assert.equal(lines.at(-1), 'invalid_argument')
})

/** `{ name → { prop → optional } }` for the interfaces of index.d.ts, via the TS parser. */
function interfaces(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022)
  const out = {}
  for (const stmt of source.statements) {
    if (!ts.isInterfaceDeclaration(stmt)) continue
    out[stmt.name.text] = Object.fromEntries(
      stmt.members.filter(ts.isPropertySignature).map((p) => [p.name.text, Boolean(p.questionToken)]),
    )
  }
  return out
}

test('the hand-written result types of index.d.ts match what the functions return', () => {
  const decl = interfaces(path.join(PACKAGE, 'index.d.ts'))
  // Every key of `value` is declared, and every required property is present.
  function conforms(name, value) {
    const props = decl[name]
    assert.ok(props, `no interface ${name}`)
    for (const key of Object.keys(value)) assert.ok(key in props, `${name} lacks \`${key}\``)
    for (const [key, optional] of Object.entries(props)) {
      if (!optional) assert.ok(key in value, `${name}.${key} is required but missing`)
    }
  }
  const sample = JSON.parse(fs.readFileSync(path.join(PACKAGE, '..', 'examples', 'data', 'pledges.json'), 'utf8'))
  const report = p2c.validate({ ...sample[0], title: '' })
  conforms('Report', report)
  assert.ok(report.issues.length > 0)
  for (const issue of report.issues) conforms('Issue', issue)
  const assessment = p2c.assess(sample[0])
  conforms('Assessment', assessment)
  for (const c of assessment.criteria) conforms('CriterionResult', c)
  for (const info of p2c.issueCodes()) conforms('IssueCodeInfo', info)
  for (const list of p2c.codelists()) {
    conforms('Codelist', list)
    for (const entry of list.entries) conforms('CodeEntry', entry)
  }
  conforms('Conversion', p2c.convert({ amount: '5600000000', currency: 'EUR', date: '2022-06-07' }))
  conforms('Conversion', p2c.convert({ amount: '1', currency: 'USD', date: '2022-06-07' }))
  conforms('Tables', p2c.tables(sample, { asOf: '2026-01-01' }))
})

test('types: money in is a decimal string or bigint, money out a string; the middleware augments Express and Fastify', () => {
  // __test__/types/usage.mts marks each line that must not compile with `// @expect TSxxxx` on
  // the line above; the compiler must report exactly those errors and no other.
  const file = path.join(__dirname, 'types', 'usage.mts')
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    // The frameworks' own declarations are theirs to check (and slow); p2c's are checked by
    // `npm run typecheck` (tsconfig.json).
    skipLibCheck: true,
  })
  const found = ts
    .getPreEmitDiagnostics(program)
    .map((d) => {
      const where = d.file ? `${path.relative(PACKAGE, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '?'
      return `${where} TS${d.code}`
    })
    .sort()
  const expected = []
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const m = /^\/\/ @expect (TS\d+)$/.exec(line.trim())
    if (m) expected.push(`${path.relative(PACKAGE, file)}:${i + 2} ${m[1]}`)
  })
  assert.ok(expected.length >= 5)
  assert.deepEqual(found, expected.sort())
})
