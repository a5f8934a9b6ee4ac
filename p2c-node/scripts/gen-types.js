#!/usr/bin/env node
'use strict'

// Generate `types.d.ts` (the data-model types of the package: Pledge, Summary, CountryProfile and
// everything they use) from the JSON Schema files in `../schema/`, which p2c-core generates from
// its Rust types. So the TypeScript types follow the Rust types through one committed chain:
// Rust → `xtask codegen` → schema/*.json → this script → types.d.ts.
//
//   node scripts/gen-types.js          rewrite types.d.ts
//   node scripts/gen-types.js --check  exit 1 if types.d.ts is stale (the test suite does this)
//
// It handles the JSON Schema subset that schemars emits for our types ($ref into $defs,
// const / enum, oneOf / anyOf, type arrays, objects with properties, arrays) and fails loudly
// on anything else, so a new construct cannot silently become `unknown`.

const fs = require('node:fs')
const path = require('node:path')

const PACKAGE = path.join(__dirname, '..')
const SCHEMA_DIR = path.join(PACKAGE, '..', 'schema')
const OUT = path.join(PACKAGE, 'types.d.ts')

/** Root schema file → the exported name of its root type. */
const ROOTS = [
  ['pledge.schema.json', 'Pledge'],
  ['summary.schema.json', 'Summary'],
  ['country-profile.schema.json', 'CountryProfile'],
  ['comparison.schema.json', 'Comparison'],
  ['annual-report.schema.json', 'AnnualReport'],
]

/**
 * The schema describes what p2c *accepts*; these types describe what it *returns* (`parsePledge`,
 * `summarize`, …), and p2c always writes decimals as strings. So `DecimalString`, whose schema
 * also admits integer JSON numbers on input, is `string` here: `const total: string =
 * summary.value.total` compiles. Checked against the schema so a change there cannot slip by.
 */
const OUTPUT_TYPES = new Map([
  [
    'DecimalString',
    (def) =>
      Array.isArray(def.anyOf) &&
      def.anyOf.length === 2 &&
      def.anyOf[0].type === 'string' &&
      def.anyOf[1].type === 'integer',
  ],
])

/**
 * Types that callers also pass *in* (a summary's `goal`, a conversion's `explicitRate`): each gets
 * an `…Input` twin whose decimals are `DecimalInput` (a decimal string, or a `bigint`, which is
 * an exact integer). A JS `number` is not accepted for money: `5.6e9` may already have lost
 * digits, and TypeScript cannot tell an integer number from a fraction.
 */
const INPUT_TYPES = ['MoneyAmount', 'ExplicitRate']
const INPUT_DECIMAL = [
  '/**',
  ' * A decimal amount as p2c takes it: a decimal string ("5600000000", "258.8"), or a `bigint`',
  ' * (an exact integer, written as its decimal string). Not a JS `number`: it may already have',
  ' * lost digits (`5.6e9` compiles nowhere money is expected).',
  ' */',
  'export type DecimalInput = string | bigint',
  '',
].join('\n')

/** While an `…Input` twin is written: `$ref` names to write instead (see INPUT_TYPES). */
let refRenames = new Map()

/** Keywords that only annotate or constrain values and do not change the TypeScript type. */
const ANNOTATIONS = new Set([
  '$id', '$schema', 'title', 'description', 'examples', 'default', 'format', 'pattern',
  'minimum', 'maximum', 'minItems', 'maxItems', 'minLength', 'maxLength', 'uniqueItems',
  'exclusiveMinimum', 'exclusiveMaximum', 'readOnly', 'writeOnly', 'deprecated',
])

function fail(where, message) {
  throw new Error(`gen-types: ${where}: ${message}`)
}

function refName(where, ref) {
  const m = /^#\/\$defs\/([A-Za-z_][A-Za-z0-9_]*)$/.exec(ref)
  if (!m) fail(where, `unsupported $ref \`${ref}\``)
  return m[1]
}

function docComment(schema, indent) {
  const text = schema.description ?? schema.title
  if (!text) return ''
  const lines = String(text).replace(/\*\//g, '*\\/').split('\n')
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`
}

function literal(value) {
  return typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value)
}

function union(parts) {
  const unique = [...new Set(parts)]
  return unique.length === 1 ? unique[0] : unique.map((p) => (p.includes('=>') ? `(${p})` : p)).join(' | ')
}

function checkKeys(where, schema, allowed) {
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !allowed.includes(key)) fail(where, `unsupported keyword \`${key}\``)
  }
}

/** The TypeScript type of `schema`, written at `indent`. */
function typeOf(where, schema, indent) {
  if (schema === true) return 'unknown'
  if (typeof schema !== 'object' || schema === null) fail(where, 'schema is not an object')
  if ('$ref' in schema) {
    checkKeys(where, schema, ['$ref'])
    const name = refName(where, schema.$ref)
    return refRenames.get(name) ?? name
  }
  if ('const' in schema) {
    checkKeys(where, schema, ['const', 'type'])
    return literal(schema.const)
  }
  if ('enum' in schema) {
    checkKeys(where, schema, ['enum', 'type'])
    return union(schema.enum.map(literal))
  }
  for (const key of ['oneOf', 'anyOf']) {
    if (key in schema) {
      // schemars adds the branches' common `type` beside them: the branches decide.
      checkKeys(where, schema, [key, 'type'])
      // A branch with no type of its own (`{ "pattern": … }`) has the parent's.
      const inherit = (s) => (s.type === undefined && schema.type !== undefined ? { type: schema.type, ...s } : s)
      return union(schema[key].map((s, i) => typeOf(`${where}/${key}/${i}`, inherit(s), indent)))
    }
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]
  if (types.length === 0) fail(where, 'no type, $ref, const, enum, oneOf or anyOf')
  checkKeys(where, schema, ['type', 'properties', 'required', 'additionalProperties', 'items'])
  return union(types.map((t) => primitive(where, t, schema, indent)))
}

function primitive(where, type, schema, indent) {
  switch (type) {
    case 'string':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'null':
      return 'null'
    case 'array': {
      if (schema.items === undefined) return 'unknown[]'
      const item = typeOf(`${where}/items`, schema.items, indent)
      return /[ |&]/.test(item) ? `Array<${item}>` : `${item}[]`
    }
    case 'object':
      return objectType(where, schema, indent)
    default:
      return fail(where, `unsupported type \`${type}\``)
  }
}

function objectType(where, schema, indent) {
  const props = schema.properties
  if (props === undefined) {
    const extra = schema.additionalProperties
    if (extra === undefined || extra === true) return 'Record<string, unknown>'
    if (extra === false) return 'Record<string, never>'
    return `Record<string, ${typeOf(`${where}/additionalProperties`, extra, indent)}>`
  }
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean') {
    fail(where, 'properties together with a schema for additionalProperties')
  }
  const required = new Set(schema.required ?? [])
  const inner = `${indent}  `
  const lines = Object.keys(props)
    .sort()
    .map((name) => {
      const key = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name)
      const opt = required.has(name) ? '' : '?'
      const type = typeOf(`${where}/properties/${name}`, props[name], inner)
      return `${docComment(props[name], inner)}${inner}${key}${opt}: ${type}\n`
    })
  return `{\n${lines.join('')}${indent}}`
}

/** One exported declaration: an interface for an object with properties, else a type alias. */
function declaration(name, schema) {
  const where = `#/$defs/${name}`
  const doc = docComment(schema, '')
  if (OUTPUT_TYPES.has(name)) {
    if (!OUTPUT_TYPES.get(name)(schema)) fail(where, `the schema of \`${name}\` changed: review OUTPUT_TYPES`)
    const note = 'In these types, what p2c returns, always a string; `DecimalInput` is what it takes.'
    return `${docComment({ description: `${schema.description}\n${note}` }, '')}export type ${name} = string\n`
  }
  const isInterface =
    schema.properties !== undefined && (schema.type === 'object' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'object'))
  if (isInterface) return `${doc}export interface ${name} ${typeOf(where, schema, '')}\n`
  return `${doc}export type ${name} = ${typeOf(where, schema, '')}\n`
}

/** A def's identity for the collision check: its JSON without annotations. */
function shape(schema) {
  return JSON.stringify(schema, (key, value) => (ANNOTATIONS.has(key) ? undefined : value))
}

function generate() {
  const defs = new Map()
  const roots = []
  for (const [file, rootName] of ROOTS) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    for (const [name, def] of Object.entries(schema.$defs ?? {})) {
      const seen = defs.get(name)
      if (seen && shape(seen.def) !== shape(def)) {
        fail(file, `\`${name}\` differs from the one in ${seen.file}: rename one of the Rust types`)
      }
      if (!seen) defs.set(name, { def, file })
    }
    const { $defs, ...root } = schema
    if (defs.has(rootName)) fail(file, `a $def is named like the root type \`${rootName}\``)
    roots.push(declaration(rootName, root))
  }
  const names = [...defs.keys()].sort()
  for (const name of [...OUTPUT_TYPES.keys(), ...INPUT_TYPES]) {
    if (!defs.has(name)) fail('schema/*.json', `no $def \`${name}\` (see OUTPUT_TYPES and INPUT_TYPES)`)
  }
  refRenames = new Map([['DecimalString', 'DecimalInput'], ...INPUT_TYPES.map((n) => [n, `${n}Input`])])
  const inputs = INPUT_TYPES.map((name) => declaration(`${name}Input`, defs.get(name).def))
  refRenames = new Map()
  return [
    '// Generated by `node scripts/gen-types.js` from schema/*.json (themselves generated from the',
    '// Rust types by `cargo run -p xtask -- codegen`): do not edit by hand. `npm test` fails when',
    '// this file is stale. Money amounts are decimal strings (`DecimalString`), never numbers;',
    '// the `…Input` types are what p2c takes (decimal strings or bigints, see `DecimalInput`).',
    '',
    ...roots,
    ...names.map((name) => declaration(name, defs.get(name).def)),
    INPUT_DECIMAL,
    ...inputs,
  ].join('\n')
}

function main() {
  const text = generate()
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : ''
    if (current !== text) {
      console.error('p2c-node/types.d.ts is stale: run `npm run types` and commit it')
      process.exit(1)
    }
    return
  }
  fs.writeFileSync(OUT, text)
}

module.exports = { generate, OUT }

if (require.main === module) main()
