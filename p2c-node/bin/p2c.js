#!/usr/bin/env node
'use strict'
// `npx p2c …`: the `p2c` command line (p2c-cli), the same program as the Rust binary and
// `python -m p2c`, run by the addon on this process's standard streams.
const native = require('../native.js')

process.exitCode = native._cli(process.argv.slice(2))
