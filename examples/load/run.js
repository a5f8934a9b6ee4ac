#!/usr/bin/env node
'use strict'

// A bounded load test of one example server, on loopback only, for a fixed time.
//
//   node examples/load/run.js --name node --duration 60 --warmup 10 [--warmup-max 40]
//        [--connections 8] [--stores] [--out result.json] -- COMMAND [ARGS...]
//
// Starts COMMAND (a server that listens on 127.0.0.1, port 0, and prints its URL
// `http://127.0.0.1:PORT` on a line of standard output), sends every body of bodies.js once
// and checks its status (with --stores, for a server that stores what it accepts: a body sent
// again may also get its `again` status, 200 for a duplicate submission), then runs autocannon with the bodies mixed (valid,
// invalid, hostile) for --warmup seconds (and on in 2-second slices while the server's peak
// RSS still rises by more than 5 % a slice, up to --warmup-max, default max(30, 4 x warmup)),
// then for --duration seconds, and stops the server. Reports requests/s, p50/p99 latency, the error rate (a socket error, a timeout or an
// unexpected status is an error) and the server's RSS before the load, after the warm-up and
// after the run (from /proc/PID/status). Fails (exit 1) on any error, or when RSS after the
// run exceeds 1.2 x the RSS the warm-up reached (the larger of RSS after the warm-up and its
// peak during the warm-up: with up to eight 1 MiB bodies in flight, a snapshot of RSS varies
// by tens of MB with what the allocator happens to hold; a leak grows past everything the
// warm-up reached, that noise does not).

const { spawn } = require('node:child_process')
const fs = require('node:fs')
const autocannon = require('autocannon')
const { bodies } = require('./bodies.js')

const GROWTH_LIMIT = 1.2

function args(argv) {
  const sep = argv.indexOf('--')
  if (sep < 0) throw new Error('usage: run.js --name NAME [--duration S] [--warmup S] -- COMMAND...')
  const o = { duration: 10, warmup: 5, connections: 8, stores: false, command: argv.slice(sep + 1) }
  for (let i = 0; i < sep; i += 2) {
    const key = argv[i].replace(/^--/, '')
    if (key === 'stores') {
      o.stores = true
      i -= 1
      continue
    }
    o[key] = ['duration', 'warmup', 'warmup-max', 'connections'].includes(key) ? Number(argv[i + 1]) : argv[i + 1]
  }
  if (!o.name || !o.command.length || !(o.duration > 0) || !(o.warmup > 0)) {
    throw new Error(`bad arguments: ${JSON.stringify(o)}`)
  }
  return o
}

/** The process's resident set size in MiB, from /proc (Linux). */
function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)[1])
  return kb / 1024
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Start the server; resolves to { child, url } once it printed its URL (30 s at most). */
function startServer(command) {
  const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not print its URL in 30 s: ${out}`)), 30_000)
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)))
    child.stdout.on('data', (chunk) => {
      out += chunk
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        child.stdout.resume()
        resolve({ child, url: `http://127.0.0.1:${m[1]}` })
      }
    })
  })
}

/** Whether `status` is what body `b` may get: its status, or (`stores`: from a server that
 * stores what it accepts, and may have this body already) its `again` status. */
function expected(b, status, stores) {
  return status === b.status || (stores && b.again !== undefined && status === b.again)
}

/** Each body once, sequentially: its status must be the expected one (a broken mix is caught
 * before it is measured). */
async function probe(url, list, stores) {
  const wrong = []
  for (const b of list) {
    const res = await fetch(`${url}/pledges`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: b.body,
    }).catch((err) => ({ status: `error ${err.cause?.code ?? err.message}` }))
    if (res.body) await res.arrayBuffer().catch(() => {})
    if (!expected(b, res.status, stores)) wrong.push(`${b.kind}/${b.name}: ${res.status}, expected ${b.status}`)
  }
  return wrong
}

/** One autocannon run of the mix; unexpected statuses are counted per body. */
/** One POST of body `b` on a connection of its own: its status, or `error CODE`. */
async function postAlone(url, b) {
  const res = await fetch(`${url}/pledges`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: b.body,
  }).catch((err) => ({ status: `error ${err.cause?.code ?? err.message}` }))
  if (res.body) await res.arrayBuffer().catch(() => {})
  return res.status
}

/** One autocannon run of the mix; unexpected statuses are counted per body. Bodies marked
 * `ownConnection` are sent by a loop beside autocannon, one connection per request, for the
 * same time, and counted with it (their latency is not in the percentiles). */
async function load(url, list, seconds, connections, stores) {
  const unexpected = new Map()
  const count = (b, status) => {
    if (!expected(b, status, stores)) {
      const key = `${b.name}: ${status}`
      unexpected.set(key, (unexpected.get(key) ?? 0) + 1)
    }
  }
  const requests = list.filter((b) => !b.ownConnection).map((b) => ({
    method: 'POST',
    path: '/pledges',
    headers: { 'content-type': 'application/json' },
    body: b.body,
    onResponse: (status) => count(b, status),
  }))
  const alone = list.filter((b) => b.ownConnection)
  let aloneSent = 0
  let running = true
  const side = (async () => {
    while (running && alone.length) {
      for (const b of alone) {
        count(b, await postAlone(url, b))
        aloneSent += 1
      }
      // About one such request per cycle of the mix on one connection: no more than its share.
      await sleep(50)
    }
  })()
  const result = await autocannon({ url, connections, duration: seconds, requests, timeout: 10 })
  running = false
  await side
  const wrong = [...unexpected.values()].reduce((a, b) => a + b, 0)
  const failures = result.errors + result.timeouts + wrong
  const total = result.requests.total + aloneSent
  return {
    requests: total,
    rps: result.requests.average + aloneSent / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    unexpected: Object.fromEntries(unexpected),
    errorRate: failures / Math.max(1, total + result.errors),
  }
}

async function main() {
  const o = args(process.argv.slice(2))
  const list = bodies()
  const { child, url } = await startServer(o.command)
  const stop = () => child.kill('SIGTERM')
  process.on('exit', stop)
  try {
    await sleep(500)
    const rssBefore = rssMb(child.pid)
    const wrong = await probe(url, list, o.stores)
    if (wrong.length) throw new Error(`bodies answered wrongly:\n  ${wrong.join('\n  ')}`)
    // Warm up for --warmup seconds, then on in 2-second slices while a slice still raises the
    // peak RSS by more than 5 % (a runtime still sizing its heaps), for at most --warmup-max.
    let warmPeak = rssBefore
    const warmPoll = setInterval(() => {
      warmPeak = Math.max(warmPeak, rssMb(child.pid))
    }, 250)
    await load(url, list, o.warmup, o.connections, o.stores)
    let warmed = o.warmup
    const warmMax = o['warmup-max'] ?? Math.max(30, 4 * o.warmup)
    while (warmed < warmMax) {
      const before = warmPeak
      await load(url, list, 2, o.connections, o.stores)
      warmed += 2
      if (warmPeak <= before * 1.05) break
    }
    clearInterval(warmPoll)
    await sleep(500)
    const rssWarm = rssMb(child.pid)
    warmPeak = Math.max(warmPeak, rssWarm)
    let rssPeak = rssWarm
    const poll = setInterval(() => {
      rssPeak = Math.max(rssPeak, rssMb(child.pid))
    }, 250)
    const r = await load(url, list, o.duration, o.connections, o.stores)
    clearInterval(poll)
    await sleep(500)
    const rssAfter = rssMb(child.pid)
    rssPeak = Math.max(rssPeak, rssAfter)
    const growth = rssAfter / rssWarm
    const growthOverWarmPeak = rssAfter / warmPeak
    const result = {
      server: o.name,
      durationS: o.duration,
      warmupS: warmed,
      connections: o.connections,
      mix: { valid: list.filter((b) => b.kind === 'valid').length, invalid: list.filter((b) => b.kind === 'invalid').length, hostile: list.filter((b) => b.kind === 'hostile').length },
      requests: r.requests,
      rps: Math.round(r.rps * 10) / 10,
      p50Ms: r.p50,
      p99Ms: r.p99,
      errorRate: r.errorRate,
      errors: r.errors,
      timeouts: r.timeouts,
      unexpected: r.unexpected,
      rssBeforeMb: Math.round(rssBefore * 10) / 10,
      rssWarmMb: Math.round(rssWarm * 10) / 10,
      rssWarmPeakMb: Math.round(warmPeak * 10) / 10,
      rssAfterMb: Math.round(rssAfter * 10) / 10,
      rssPeakMb: Math.round(rssPeak * 10) / 10,
      growth: Math.round(growth * 1000) / 1000,
      growthOverWarmPeak: Math.round(growthOverWarmPeak * 1000) / 1000,
      ok: r.errorRate === 0 && growthOverWarmPeak <= GROWTH_LIMIT,
    }
    console.log(
      `${o.name}: ${result.requests} requests in ${o.duration} s (${result.rps}/s), p50 ${result.p50Ms} ms, ` +
        `p99 ${result.p99Ms} ms, error rate ${result.errorRate}; RSS ${result.rssBeforeMb} MB before, ` +
        `${result.rssWarmMb} MB after ${warmed} s warm-up (peak ${result.rssWarmPeakMb}), ${result.rssAfterMb} MB ` +
        `after (x${result.growth}; x${result.growthOverWarmPeak} of the warm-up's peak, limit x${GROWTH_LIMIT}), ` +
        `peak ${result.rssPeakMb} MB`,
    )
    if (Object.keys(r.unexpected).length) console.log(`  unexpected statuses: ${JSON.stringify(r.unexpected)}`)
    if (o.out) fs.writeFileSync(o.out, `${JSON.stringify(result)}\n`)
    if (!result.ok) process.exitCode = 1
  } finally {
    stop()
  }
}

main().catch((err) => {
  console.error(`load test failed: ${err.message}`)
  process.exitCode = 1
})
