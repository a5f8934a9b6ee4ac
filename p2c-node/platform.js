'use strict'

/**
 * Which platforms this copy of the package can run on, and what to tell a user on any other.
 *
 * The package carries one prebuilt addon per platform it was packed with, named
 * `p2c.<platform>.node` as `napi build --platform` names them (`p2c.linux-x64-gnu.node`, …), so
 * the supported list is read from the files present rather than written down twice: a copy
 * built from source on another platform supports that platform. `scripts/check-platform.js`
 * (the package's `preinstall`) and `index.js` (when the addon cannot be loaded) both use it.
 */

const fs = require('node:fs')
const path = require('node:path')

const PACKAGE = __dirname
const ADDON = /^p2c\.(.+)\.node$/

/** Whether the C library of this Linux is musl (Alpine) rather than glibc. */
function isMusl() {
  if (process.platform !== 'linux') return false
  const report = typeof process.report?.getReport === 'function' ? process.report.getReport() : null
  if (report?.header?.glibcVersionRuntime) return false
  if (Array.isArray(report?.sharedObjects) && report.sharedObjects.some((f) => /libc\.musl-|ld-musl-/.test(f))) {
    return true
  }
  try {
    return fs.readFileSync('/usr/bin/ldd', 'utf8').includes('musl')
  } catch {
    return false
  }
}

/** This machine's platform in napi-rs's naming (`linux-x64-gnu`, `darwin-arm64`, `win32-x64-msvc`). */
function currentPlatform() {
  const { platform, arch } = process
  if (platform === 'linux') {
    const libc = isMusl() ? 'musl' : 'gnu'
    return arch === 'arm' ? `linux-arm-${libc}eabihf` : `linux-${arch}-${libc}`
  }
  if (platform === 'win32') return `win32-${arch}-msvc`
  return `${platform}-${arch}`
}

/** The platforms this copy of the package has an addon for, sorted. */
function supportedPlatforms() {
  let names
  try {
    names = fs.readdirSync(PACKAGE)
  } catch {
    return []
  }
  return names.map((n) => ADDON.exec(n)?.[1]).filter(Boolean).sort()
}

/** Whether this copy is a source checkout (it has the Rust crate), not an installed package. */
function isSourceCheckout() {
  return fs.existsSync(path.join(PACKAGE, 'Cargo.toml'))
}

/** The message for a machine this copy has no addon for: what is supported, how to build. */
function unsupportedMessage(platform = currentPlatform(), supported = supportedPlatforms()) {
  const list = supported.length > 0 ? supported.join(', ') : 'none (no addon has been built)'
  const build = isSourceCheckout()
    ? ['build it here: `npm run build` (needs Rust 1.85 or newer: https://rustup.rs)']
    : [
        'build it from source (needs Rust 1.85 or newer, https://rustup.rs, and Node 20 or newer):',
        '  git clone <the p2c repository> && cd p2c/p2c-node',
        '  npm ci && npm run build && npm pack',
        '  then, in your project: npm install /path/to/p2c/p2c-node/p2c-<version>.tgz',
      ]
  return [
    `p2c has no prebuilt addon for this platform (${platform}); this copy supports: ${list}.`,
    ...build,
  ].join('\n')
}

module.exports = { currentPlatform, supportedPlatforms, isSourceCheckout, unsupportedMessage }
