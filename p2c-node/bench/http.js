'use strict'

// HTTP load benchmark of the framework adapters (issue 23, "Performance"): on loopback, each
// server in its own process (bench/http-server.js), autocannon for --duration seconds (default
// 20) after a --warmup (default 3), the same run for every server:
//
//   valid bodies:   express-p2c, express-json-p2c, express-json-ajv, fastify-p2c, fastify-none
//   invalid bodies: express-p2c, express-json-p2c, express-json-ajv
//
// Targets: Express + p2c >= 1.1x the requests/s of express.json() + ajv, on valid and on invalid
// bodies; Fastify + p2c >= 0.5x the no-validation ceiling; p99 reported for each. The bodies are
// those of the load test (examples/load/bodies.js): the 40 sample pledges, and 5 invalid ones.
// Before each run every body is sent once and its status checked (p2c: 201 / 422; ajv's verdicts
// are counted, not required). This measures; it asserts nothing about speed.
//
//   node bench/http.js [--duration S] [--warmup S] [--connections N] [--out FILE] [--smoke]
//   node bench/http.js --pairs N [...]   only Express + p2c and express.json() + ajv, alternated:
//                                        N pairs on valid bodies, then N on invalid ones; the
//                                        ratio of each pair (runs side by side see about the same
//                                        machine load) and their median
//
// Needs the addon built (`npm run build`: a release build, for figures worth recording) and
// autocannon from examples/load (`npm ci` there; scripts/bench --http does both).

const { spawn } = require('node:child_process')
const { createRequire } = require('node:module')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const ROOT = path.join(__dirname, '..', '..')
const autocannon = createRequire(path.join(ROOT, 'examples', 'load', 'package.json'))('autocannon')
const { bodies } = require(path.join(ROOT, 'examples', 'load', 'bodies.js'))

function args(argv) {
  const o = { duration: 20, warmup: 3, connections: 8, out: null, pairs: 0 }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--smoke') Object.assign(o, { duration: 1, warmup: 0, smoke: true })
    else if (['--duration', '--warmup', '--connections', '--pairs'].includes(a)) o[a.slice(2)] = Number(argv[++i])
    else if (a === '--out') o.out = argv[++i]
    else {
      console.error('usage: node bench/http.js [--duration S] [--warmup S] [--connections N] [--pairs N] [--out FILE] [--smoke]')
      process.exit(2)
    }
  }
  return o
}

function start(kind) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'http-server.js'), kind], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (c) => {
      out += c
      const m = /listening (\d+)/.exec(out)
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}` })
    })
    child.on('exit', (code) => reject(new Error(`${kind} exited with ${code}`)))
  })
}

async function stop(child) {
  child.removeAllListeners('exit')
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
}

/** Send each body once; the statuses seen, checked where p2c answers. */
async function probe(kind, url, list) {
  const seen = { 201: 0, 422: 0, other: 0 }
  for (const b of list) {
    const res = await fetch(`${url}/pledges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b.body })
    await res.arrayBuffer()
    seen[res.status in seen ? res.status : 'other']++
    const expected = b.kind === 'valid' ? 201 : 422
    if (kind.includes('p2c') && res.status !== expected) {
      throw new Error(`${kind}: ${b.name} answered ${res.status}, expected ${expected}`)
    }
    if (kind === 'fastify-none' && res.status !== 201) throw new Error(`${kind}: ${b.name} answered ${res.status}`)
  }
  return seen
}

async function load(url, list, seconds, connections) {
  const requests = list.map((b) => ({
    method: 'POST',
    path: '/pledges',
    headers: { 'content-type': 'application/json' },
    body: b.body,
  }))
  return autocannon({ url, connections, duration: seconds, requests, timeout: 10 })
}

async function run(kind, set, list, o) {
  const { child, url } = await start(kind)
  try {
    const statuses = await probe(kind, url, list)
    if (o.warmup > 0) await load(url, list, o.warmup, o.connections)
    const loadBefore = os.loadavg()[0]
    const r = await load(url, list, o.duration, o.connections)
    const row = {
      server: kind,
      bodies: set,
      rps: Math.round(r.requests.average),
      requests: r.requests.total,
      p50Ms: r.latency.p50,
      p99Ms: r.latency.p99,
      errors: r.errors + r.timeouts,
      non2xx: r.non2xx,
      probeStatuses: statuses,
      load1: [Number(loadBefore.toFixed(2)), Number(os.loadavg()[0].toFixed(2))],
    }
    console.log(
      `${set.padEnd(7)} ${kind.padEnd(17)} ${String(row.rps).padStart(6)} req/s  p50 ${row.p50Ms} ms  p99 ${row.p99Ms} ms` +
        `  errors ${row.errors}  (probe: ${JSON.stringify(statuses)}; load ${row.load1.join(' → ')})`,
    )
    return row
  } finally {
    await stop(child)
  }
}

function ratio(rows, set, a, b) {
  const x = rows.find((r) => r.server === a && r.bodies === set)
  const y = rows.find((r) => r.server === b && r.bodies === set)
  return x && y ? Number((x.rps / y.rps).toFixed(2)) : null
}

async function main() {
  const o = args(process.argv.slice(2))
  const all = bodies()
  const sets = {
    valid: all.filter((b) => b.kind === 'valid'),
    invalid: all.filter((b) => b.kind === 'invalid'),
  }
  if (o.pairs > 0) return pairs(o, sets)
  const plan = [
    ['valid', ['express-p2c', 'express-json-p2c', 'express-json-ajv', 'fastify-p2c', 'fastify-none']],
    ['invalid', ['express-p2c', 'express-json-p2c', 'express-json-ajv']],
  ]
  const rows = []
  for (const [set, kinds] of plan) {
    for (const kind of kinds) rows.push(await run(kind, set, sets[set], o))
  }
  const ratios = {
    expressP2cOverAjvValid: ratio(rows, 'valid', 'express-p2c', 'express-json-ajv'),
    expressJsonP2cOverAjvValid: ratio(rows, 'valid', 'express-json-p2c', 'express-json-ajv'),
    expressP2cOverAjvInvalid: ratio(rows, 'invalid', 'express-p2c', 'express-json-ajv'),
    expressJsonP2cOverAjvInvalid: ratio(rows, 'invalid', 'express-json-p2c', 'express-json-ajv'),
    fastifyP2cOverCeiling: ratio(rows, 'valid', 'fastify-p2c', 'fastify-none'),
  }
  console.log('ratios (targets: Express + p2c ÷ express.json() + ajv ≥ 1.1; Fastify + p2c ÷ ceiling ≥ 0.5):')
  for (const [k, v] of Object.entries(ratios)) console.log(`  ${k}: ${v}×`)
  const result = {
    date: new Date().toISOString(),
    machine: `${os.type()} ${os.arch()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'})`,
    node: process.version,
    duration: o.duration,
    warmup: o.warmup,
    connections: o.connections,
    rows,
    ratios,
  }
  if (o.out) {
    fs.mkdirSync(path.dirname(o.out), { recursive: true })
    fs.writeFileSync(o.out, JSON.stringify(result, null, 1) + '\n')
  }
}

/** `--pairs N`: Express + p2c and express.json() + ajv alternated, N pairs per body set. */
async function pairs(o, sets) {
  const rows = []
  const ratios = {}
  for (const set of ['valid', 'invalid']) {
    ratios[set] = []
    for (let i = 0; i < o.pairs; i++) {
      const p = await run('express-p2c', set, sets[set], o)
      const a = await run('express-json-ajv', set, sets[set], o)
      rows.push({ ...p, pair: i + 1 }, { ...a, pair: i + 1 })
      ratios[set].push(Number((p.rps / a.rps).toFixed(2)))
    }
    const sorted = [...ratios[set]].sort((x, y) => x - y)
    console.log(`${set}: Express + p2c ÷ express.json() + ajv per pair ${ratios[set].join(', ')}; median ${sorted[Math.floor(sorted.length / 2)]} (target ≥ 1.1)`)
  }
  if (o.out) {
    fs.mkdirSync(path.dirname(o.out), { recursive: true })
    const machine = `${os.type()} ${os.arch()}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'})`
    const result = { date: new Date().toISOString(), machine, node: process.version, duration: o.duration, warmup: o.warmup, connections: o.connections, rows, ratios }
    fs.writeFileSync(o.out, JSON.stringify(result, null, 1) + '\n')
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
