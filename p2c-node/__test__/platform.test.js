// An installed copy of the package on a platform it has no addon for: `npm install` stops in
// `preinstall` (scripts/check-platform.js) and `require('p2c')` throws, both with a message that
// lists the supported platforms and says how to build from source. Simulated with a copy of the
// package's files in a temporary directory whose addon is renamed for another platform.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const PACKAGE = path.join(__dirname, '..')
const { currentPlatform } = require('../platform.js')

/** A copy of what `npm pack` would ship (no Cargo.toml: not a source checkout), addons renamed. */
function installedCopy(addonPlatforms) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-platform-'))
  for (const f of ['package.json', 'index.js', 'errors.js', 'native.js', 'platform.js']) {
    fs.copyFileSync(path.join(PACKAGE, f), path.join(dir, f))
  }
  fs.mkdirSync(path.join(dir, 'scripts'))
  fs.copyFileSync(path.join(PACKAGE, 'scripts', 'check-platform.js'), path.join(dir, 'scripts', 'check-platform.js'))
  for (const p of addonPlatforms) fs.writeFileSync(path.join(dir, `p2c.${p}.node`), 'not a real addon')
  return dir
}

function run(dir, code) {
  return spawnSync(process.execPath, ['-e', code], { cwd: dir, encoding: 'utf8', env: { ...process.env, NAPI_RS_NATIVE_LIBRARY_PATH: '' } })
}

test('preinstall stops on a platform without an addon, naming the supported ones and the build', () => {
  const here = currentPlatform()
  const other = here === 'darwin-arm64' ? 'linux-x64-gnu' : 'darwin-arm64'
  const dir = installedCopy([other])
  try {
    const r = spawnSync(process.execPath, [path.join(dir, 'scripts', 'check-platform.js')], { encoding: 'utf8' })
    assert.equal(r.status, 1)
    assert.match(r.stderr, new RegExp(`no prebuilt addon for this platform \\(${here}\\)`))
    assert.match(r.stderr, new RegExp(`supports: ${other}\\.`))
    assert.match(r.stderr, /npm ci && npm run build && npm pack/)

    const req = run(dir, "try { require('./index.js') } catch (e) { console.log(e.name, e.code); console.log(e.message) }")
    assert.match(req.stdout, /^P2cError unsupported_platform$/m)
    assert.match(req.stdout, /npm run build/)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('preinstall passes where the package has an addon, and in a source checkout', () => {
  const dir = installedCopy([currentPlatform()])
  try {
    const r = spawnSync(process.execPath, [path.join(dir, 'scripts', 'check-platform.js')], { encoding: 'utf8' })
    assert.equal(r.status, 0, r.stderr)
    // An addon file that is there but broken is named as such, not as an unsupported platform.
    const req = run(dir, "try { require('./index.js') } catch (e) { console.log(e.code, e.message.split('\\n')[0]) }")
    assert.match(req.stdout, /^addon_load_failed the p2c addon for \S+ failed to load/m)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
  // This checkout (it has Cargo.toml): always passes, the build makes the addon.
  const here = spawnSync(process.execPath, [path.join(PACKAGE, 'scripts', 'check-platform.js')], { encoding: 'utf8' })
  assert.equal(here.status, 0)
})
