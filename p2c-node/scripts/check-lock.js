#!/usr/bin/env node
// Checks, without the network, that package-lock.json is complete and fits the machines:
//
// - every dependency and optional dependency that a locked package declares, for every platform
//   and not only this one, has an entry in the lock. `npm ci` refuses a lock that lacks an
//   optional platform package (`@napi-rs/lzma-darwin-x64`, …), and whether `npm install`
//   records one depends on what the registry serves that day; a complete lock is accepted by
//   `npm ci` whatever the registry serves, because npm ci installs from the lock alone;
// - every locked package's `engines.node` admits the running Node (the machines run Node 20):
//   a package that does not is pinned to an older version in package.json's "overrides".
//
// Usage: node scripts/check-lock.js [path/to/package-lock.json]   (exit 1 when a check fails)
'use strict'

const fs = require('node:fs')
const path = require('node:path')

// Enough of semver's range grammar for `engines.node`: `||` alternatives of space-separated
// comparators (`>=`, `>`, `<=`, `<`, `=`, `^`, `~`, x-ranges) and hyphen ranges. A comparator it
// cannot read counts as satisfied.
function parse(v) {
  const parts = String(v).replace(/^[=v\s]+/, '').split('.')
  return [0, 1, 2].map((i) => (parts[i] === undefined || /^[x*]$/i.test(parts[i]) ? NaN : parseInt(parts[i], 10)))
}
function cmp(a, b) {
  for (let i = 0; i < 3; i++) {
    const x = Number.isNaN(b[i]) ? 0 : b[i]
    if (a[i] !== x) return a[i] < x ? -1 : 1
  }
  return 0
}
function comparator(version, text) {
  const m = /^(>=|<=|>|<|=|\^|~)?\s*(.+)$/.exec(text)
  if (!m) return true
  const op = m[1] || '='
  const b = parse(m[2])
  if (Number.isNaN(b[0])) return true
  const c = cmp(version, b)
  switch (op) {
    case '>=': return c >= 0
    case '>': return c > 0
    case '<=': return c <= 0
    case '<': return c < 0
    case '^':
      if (c < 0) return false
      if (b[0] > 0 || Number.isNaN(b[1])) return version[0] === b[0]
      if (b[1] > 0 || Number.isNaN(b[2])) return version[0] === 0 && version[1] === b[1]
      return version[0] === 0 && version[1] === 0 && version[2] === b[2]
    case '~': return c >= 0 && version[0] === b[0] && (Number.isNaN(b[1]) || version[1] === b[1])
    default: return b.every((x, i) => Number.isNaN(x) || version[i] === x)
  }
}
/** Whether `current` (e.g. "20.20.2") satisfies the semver `range`. */
function satisfies(current, range) {
  const version = parse(current)
  return range.split('||').some((alt) => {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(alt)
    if (hyphen) return cmp(version, parse(hyphen[1])) >= 0 && comparator(version, '<=' + hyphen[2])
    const comps = alt.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean)
    return comps.every((c) => comparator(version, c))
  })
}

/** Problems of a parsed lock: `{ missing: string[], engines: string[] }`. */
function check(lock, nodeVersion) {
  const packages = lock.packages || {}
  // Node's resolution: from `node_modules/a/node_modules/b`, look in
  // `node_modules/a/node_modules/b/node_modules`, then `node_modules/a/node_modules`, then the root.
  const resolves = (from, name) => {
    let dir = from
    for (;;) {
      if (Object.prototype.hasOwnProperty.call(packages, (dir ? dir + '/' : '') + 'node_modules/' + name)) return true
      if (!dir) return false
      const cut = dir.lastIndexOf('/node_modules/')
      dir = cut < 0 ? '' : dir.slice(0, cut)
    }
  }
  const missing = []
  const engines = []
  for (const [where, entry] of Object.entries(packages)) {
    if (entry.link) continue
    const kinds = where === '' ? ['dependencies', 'devDependencies', 'optionalDependencies'] : ['dependencies', 'optionalDependencies']
    for (const kind of kinds) {
      for (const name of Object.keys(entry[kind] || {})) {
        if (!resolves(where, name)) missing.push(`${where || '(root)'} → ${name} (${kind})`)
      }
    }
    const node = entry.engines && entry.engines.node
    if (where && typeof node === 'string' && !satisfies(nodeVersion, node)) engines.push(`${where} requires node ${node}`)
  }
  return { missing, engines }
}

function main() {
  const lockPath = path.resolve(process.argv[2] || path.join(__dirname, '..', 'package-lock.json'))
  const shown = path.relative(process.cwd(), lockPath)
  const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'))
  if (!(lock.lockfileVersion >= 2) || !lock.packages) {
    console.error(`${shown}: lockfileVersion ${lock.lockfileVersion} has no "packages" map; regenerate it with npm >= 7`)
    process.exit(1)
  }
  const { missing, engines } = check(lock, process.versions.node)
  if (missing.length > 0) {
    console.error(`${shown} is incomplete: ${missing.length} declared dependencies have no entry, so \`npm ci\` can refuse it:`)
    for (const m of missing.slice(0, 20)) console.error('  ' + m)
    if (missing.length > 20) console.error(`  … and ${missing.length - 20} more`)
    console.error('fix: in p2c-node, delete node_modules and package-lock.json, run `npm install`, check again, commit the lock')
  }
  if (engines.length > 0) {
    console.error(`locked packages whose engines exclude this Node (${process.versions.node}); pin older versions in package.json "overrides":`)
    for (const e of engines) console.error('  ' + e)
  }
  if (missing.length > 0 || engines.length > 0) process.exit(1)
  console.log(`${shown}: complete (${Object.keys(lock.packages).length - 1} packages), every engine admits Node ${process.versions.node}`)
}

module.exports = { satisfies, check }
if (require.main === module) main()
