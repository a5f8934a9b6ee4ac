// A pledge submission endpoint: Express, with p2c validating the raw request body.
//
//   node examples/node/server.js [PORT]      (from the repository root, after building p2c-node)
//
//   curl -s -X POST -H 'content-type: application/json' \
//        --data-binary @pledge.json http://127.0.0.1:3000/pledges
//
// A valid pledge gets 201 with its id and any warnings; an invalid one gets 422 with every
// issue ({ code, severity, path, message, params }); a body that is not JSON gets 422 too
// (code input.malformed_json); a body over 2 MiB gets 413. PORT 0 picks a free port; the URL
// is printed. scripts/load-test runs it under load (examples/load/). p2c-node/__test__/server.test.js starts this server and posts
// to it.
'use strict'

const { createRequire } = require('node:module')

// In this repository express is a dev dependency of p2c-node, so it is resolved from there; in
// your project these two lines are `require('express')` and `require('p2c/middleware')`.
const express = createRequire(require.resolve('../../p2c-node/package.json'))('express')
const { p2cExpress } = require('../../p2c-node/middleware')

/** The Express app: POST /pledges validates the body and answers 201 or 422. */
function app(options = {}) {
  const a = express()
  a.post(
    '/pledges',
    // The raw bytes go to p2c as they are (the fast path): no JSON.parse before validation.
    express.raw({ type: 'application/json', limit: '2mb' }),
    p2cExpress(options),
    (req, res) => {
      const warnings = req.p2cReport.issues.filter((i) => i.severity !== 'error')
      res.status(201).json({ id: req.body.id, warnings })
    },
  )
  // A body over the limit is refused with 413 before it is read whole (express.raw stops at
  // the limit), answered as JSON like every other refusal, and not logged as a server error.
  a.use((err, req, res, next) => {
    if (err.type === 'entity.too.large') {
      res.status(413).json({ valid: false, error: 'payload_too_large', limit: err.limit })
    } else {
      next(err)
    }
  })
  return a
}

/** Start the server on 127.0.0.1; resolves to the `http.Server` once it listens. */
function start(port = 3000, options = {}) {
  return new Promise((resolve, reject) => {
    const server = app(options).listen(port, '127.0.0.1', () => resolve(server))
    server.on('error', reject)
  })
}

module.exports = { app, start }

if (require.main === module) {
  const port = Number(process.argv[2] || process.env.PORT || 3000)
  start(port).then((server) => {
    const { address, port: p } = server.address()
    console.log(`p2c example server on http://${address}:${p}/pledges`)
  })
}
