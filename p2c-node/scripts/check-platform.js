#!/usr/bin/env node
// The package's `preinstall`: stop `npm install p2c` on a platform the package has no prebuilt
// addon for, with a message saying which platforms it supports and how to build it from source,
// instead of an install that succeeds and a `require` that fails later.
//
// Why this and not `os`/`cpu` fields: those would be written by hand (the supported list here is
// read from the addons actually packed, see platform.js), npm's refusal cannot say how to build
// from source, and a package built from source on another platform would be refused by its own
// fields. Package managers that skip install scripts (`--ignore-scripts`, pnpm 10 and bun by
// default) get the same message from `require('p2c')`.
//
// Usage: node scripts/check-platform.js   (exit 1 on an unsupported platform)
'use strict'

const { currentPlatform, supportedPlatforms, isSourceCheckout, unsupportedMessage } = require('../platform.js')

function main() {
  // In the repository, `npm ci` runs this before anything is built: the build makes the addon.
  if (isSourceCheckout()) return 0
  const platform = currentPlatform()
  const supported = supportedPlatforms()
  if (supported.includes(platform)) return 0
  process.stderr.write(`${unsupportedMessage(platform, supported)}\n`)
  return 1
}

process.exitCode = main()
