'use strict'

// Per-request cost of the Express middleware without HTTP (issue 23, "Performance"): the work
// `p2cExpress()` does for one request whose raw bytes are already read, against what
// `express.json()` + ajv does for the same bytes (`JSON.parse` of the text, then the compiled
// schema). Both run round-robin over the load test's bodies (examples/load/bodies.js), in
// rounds, and the median µs per request of the rounds is printed. This measures; it asserts
// nothing about speed. To see where the time goes: `node --cpu-prof bench/middleware.js`.
//
//   node bench/middleware.js [--rounds N] [--per-round K] [--set valid|invalid] [--compare FILE]
//
// `--compare FILE` adds another copy of middleware.js (say, the previous commit's, from
// `git show HEAD~1:p2c-node/middleware.js > p2c-node/middleware-before.js`) as a third case. Each
// round times every case once; the ratios printed are medians of the per-round ratios, which a
// busy spell of a shared machine moves less than the times.
//
// Needs the addon built (`npm run build`) and examples/load's dependencies (`npm ci` there).

const path = require('node:path')
const { parseArgs } = require('node:util')

const ROOT = path.join(__dirname, '..', '..')
const { bodies } = require(path.join(ROOT, 'examples', 'load', 'bodies.js'))
const { p2cExpress } = require('../middleware')
const { jsonSchema } = require('..')

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    'per-round': { type: 'string', default: '20000' },
    set: { type: 'string', default: 'valid' },
    compare: { type: 'string' },
  },
})
const rounds = Number(args.rounds)
const perRound = Number(args['per-round'])

const list = bodies()
  .filter((b) => b.kind === args.set)
  .map((b) => Buffer.from(b.body))
if (list.length === 0) throw new Error(`no bodies of kind \`${args.set}\``)

const kRawBody = Symbol.for('p2c.rawBody')
const AS_OF = '2026-11-23'
const middleware = p2cExpress({ asOf: AS_OF })
const other = args.compare ? require(path.resolve(args.compare)).p2cExpress({ asOf: AS_OF }) : null

// A request as the middleware sees it behind `express.json({ verify: keepRawBody })`, minus the
// object body-parser made (p2c replaces it): the raw bytes kept, nothing else read.
let sink = 0
const res = {
  set() {},
  status() {
    return this
  },
  json(body) {
    sink += body.issues.length
  },
}
const next = (err) => {
  if (err) throw err
}
function request(mw, raw) {
  const req = { method: 'POST', headers: { 'content-type': 'application/json' }, [kRawBody]: raw }
  mw(req, res, next)
  if (req.body !== undefined) sink += req.body.id ? 1 : 0
}
const p2cRequest = (raw) => request(middleware, raw)

const Ajv2020 = require('ajv/dist/2020').default
const addFormats = require('ajv-formats')
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
ajv.addFormat('int32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 })
ajv.addFormat('uint64', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 2 ** 64 - 1 })
const validatePledge = ajv.compile(jsonSchema())
// What body-parser's json() does with the bytes (decode, JSON.parse), then the README's ajv.
function ajvRequest(raw) {
  const body = JSON.parse(raw.toString('utf8'))
  if (validatePledge(body)) sink += body.id ? 1 : 0
  else sink += validatePledge.errors.length
}

const cases = { p2cExpress: p2cRequest, 'JSON.parse + ajv': ajvRequest }
if (other) cases[`p2cExpress (${path.basename(args.compare)})`] = (raw) => request(other, raw)

function timeOne(fn) {
  const start = process.hrtime.bigint()
  for (let i = 0; i < perRound; i++) fn(list[i % list.length])
  return Number(process.hrtime.bigint() - start) / 1e3 / perRound
}

const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]))
for (const fn of Object.values(cases)) timeOne(fn) // warm-up
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(cases)) times[name].push(timeOne(fn))
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]))
for (const [name, t] of Object.entries(m)) console.log(`${args.set.padEnd(7)} ${name.padEnd(30)} ${t.toFixed(2)} µs/request (median of ${rounds})`)
const base = times['JSON.parse + ajv']
for (const name of Object.keys(times).filter((k) => k !== 'JSON.parse + ajv')) {
  const r = median(times[name].map((t, i) => t / base[i]))
  console.log(`${name} ÷ JSON.parse + ajv: ${r.toFixed(2)}× (median of per-round ratios)`)
}
console.log(`load ${require('node:os').loadavg()[0].toFixed(1)} (sink ${sink})`)
