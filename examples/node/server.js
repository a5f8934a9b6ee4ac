// A pledge submission service: Express, p2c and PostgreSQL. A starting point for a web team.
//
//   DATABASE_URL=postgres://user@127.0.0.1:5432/p2c node examples/node/server.js [PORT]
//   (from the repository root, after `npm ci && npm run build` in p2c-node; the pg client also
//   reads the usual PGHOST, PGPORT, PGUSER, PGDATABASE variables)
//
//   POST /pledges                 submit a pledge (reviewState `draft` or `submitted`)
//                                 201 { id, version, warnings }; re-sending the same pledge: 200
//                                 { id, version, duplicate: true } and no second row; another
//                                 pledge under an existing id: 409
//   GET  /pledges/:id             the pledge's public view (no contact), ETag "<version>"
//   PUT  /pledges/:id             a new version: the whole document, validated with
//                                 `validateUpdate` against the stored one (review-state
//                                 transition, unchanged id) inside a transaction that holds the
//                                 row lock, so two concurrent updates cannot both win;
//                                 `If-Match: "<version>"` (optional) answers 412 when the pledge
//                                 changed since it was read
//   GET  /summary?asOf=YYYY-MM-DD[&currency=EUR][&focusArea=access][&pledgeType=financial]
//                                 the dashboard summary of the published pledges as of a date
//
// Bodies are validated by p2c from their raw bytes (p2c/middleware): 415 for a non-JSON
// content type, 413 over 1 MiB, 422 with every issue. A pledge is stored as JSONB (amounts stay
// decimal strings) beside the few columns the dashboard filters on, each indexed. scripts/
// server-test starts a throw-away PostgreSQL and runs examples/node/server.test.js against it.
'use strict'

const { createRequire } = require('node:module')

// In this repository express and pg are dev dependencies of p2c-node, so they are resolved from
// there; in your project these lines are `require('express')`, `require('pg')`, `require('p2c')`
// and `require('p2c/middleware')`.
const fromP2cNode = createRequire(require.resolve('../../p2c-node/package.json'))
const express = fromP2cNode('express')
const { Pool } = fromP2cNode('pg')
const p2c = require('../../p2c-node')
const { p2cExpress, checkExpressApp } = require('../../p2c-node/middleware')

/** The tables and indexes, created when missing (idempotent). */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS pledges (
  id            text PRIMARY KEY,
  doc           jsonb NOT NULL,              -- the pledge as submitted and validated
  version       integer NOT NULL DEFAULT 1,  -- the ETag; +1 on every update
  review_state  text NOT NULL,               -- the columns below are copies of fields of doc,
  focus_areas   text[] NOT NULL,             -- kept for the dashboard's filters and their
  pledge_types  text[] NOT NULL,             -- indexes
  validated_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS pledges_review_state ON pledges (review_state);
CREATE INDEX IF NOT EXISTS pledges_focus_areas ON pledges USING gin (focus_areas);
CREATE INDEX IF NOT EXISTS pledges_pledge_types ON pledges USING gin (pledge_types);
CREATE INDEX IF NOT EXISTS pledges_validated_at ON pledges (validated_at);
`

/** Review states a new pledge may be submitted in; publication goes through review (PUT). */
const NEW_STATES = new Set(['draft', 'submitted'])

/** The indexed columns of a pledge, in the order of the INSERT and UPDATE statements. */
function columns(pledge) {
  return [pledge.reviewState, pledge.focusAreas, pledge.pledgeTypes, pledge.validatedAt ?? null]
}

/** Create the tables and indexes if they are missing. */
async function migrate(pool) {
  await pool.query(SCHEMA)
}

/** An error answered with `status` and `{ code, message }` by the error handler below. */
function httpError(status, code, message) {
  return Object.assign(new Error(message), { status, code, expose: true })
}

const wrap = (fn) => (req, res, next) => fn(req, res, next).catch(next)

/**
 * The Express app on `pool`. Options: `asOf` (the date validation checks dates against; default
 * today), `onLocked(id)` (test hook: awaited inside an update's transaction once the row is
 * locked).
 */
function createApp(pool, options = {}) {
  const { asOf, onLocked } = options
  const validation = asOf === undefined ? {} : { asOf }
  const app = express()
  const validated = p2cExpress(validation)

  app.post('/pledges', validated, wrap(async (req, res) => {
    const pledge = req.body
    if (!NEW_STATES.has(pledge.reviewState)) {
      throw httpError(409, 'review_state_not_allowed',
        `a new pledge is \`draft\` or \`submitted\`, not \`${pledge.reviewState}\`: publication goes through review (PUT)`)
    }
    const inserted = await pool.query(
      `INSERT INTO pledges (id, doc, review_state, focus_areas, pledge_types, validated_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING RETURNING version`,
      [pledge.id, pledge, ...columns(pledge)],
    )
    const warnings = req.p2cReport.issues.filter((i) => i.severity !== 'error')
    if (inserted.rowCount === 1) {
      res.status(201).set('ETag', `"${inserted.rows[0].version}"`).json({ id: pledge.id, version: inserted.rows[0].version, warnings })
      return
    }
    // The id exists: the same pledge sent again (a retry) is answered as before, without a
    // second row; another pledge under that id is a conflict.
    const existing = await pool.query('SELECT version, doc = $2::jsonb AS same FROM pledges WHERE id = $1', [pledge.id, pledge])
    const row = existing.rows[0]
    if (row && row.same) {
      res.status(200).set('ETag', `"${row.version}"`).json({ id: pledge.id, version: row.version, duplicate: true, warnings })
      return
    }
    throw httpError(409, 'id_exists', `a different pledge with id \`${pledge.id}\` exists: update it with PUT /pledges/${pledge.id}`)
  }))

  app.get('/pledges/:id', wrap(async (req, res) => {
    const found = await pool.query('SELECT doc, version FROM pledges WHERE id = $1', [req.params.id])
    if (found.rowCount === 0) throw httpError(404, 'not_found', `no pledge \`${req.params.id}\``)
    const { doc, version } = found.rows[0]
    res.set('ETag', `"${version}"`).json(p2c.publicView(doc))
  }))

  app.put('/pledges/:id', validated, wrap(async (req, res) => {
    const { id } = req.params
    const pledge = req.body
    if (pledge.id !== id) {
      throw httpError(422, 'id_mismatch', `the body is pledge \`${pledge.id}\`, the path says \`${id}\``)
    }
    const ifMatch = req.get('If-Match')
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      // The row lock: a concurrent update of this pledge waits here until this transaction
      // ends, then reads the version this one wrote, so its transition is checked against it.
      const found = await client.query('SELECT doc, version FROM pledges WHERE id = $1 FOR UPDATE', [id])
      if (found.rowCount === 0) throw httpError(404, 'not_found', `no pledge \`${id}\``)
      const { doc: old, version } = found.rows[0]
      if (onLocked) await onLocked(id)
      if (ifMatch !== undefined && ifMatch !== `"${version}"` && ifMatch !== '*') {
        throw httpError(412, 'version_mismatch', `pledge \`${id}\` is at version ${version}, not ${ifMatch}: read it again`)
      }
      const report = p2c.validateUpdate(old, pledge, validation)
      if (!report.valid) {
        await client.query('ROLLBACK')
        res.status(422).json({ valid: false, issues: report.issues })
        return
      }
      const updated = await client.query(
        `UPDATE pledges SET doc = $2, review_state = $3, focus_areas = $4, pledge_types = $5,
                validated_at = $6, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING version`,
        [id, pledge, ...columns(pledge)],
      )
      await client.query('COMMIT')
      const next = updated.rows[0].version
      res.set('ETag', `"${next}"`).json({ id, version: next, reviewState: pledge.reviewState, warnings: report.issues })
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {})
      throw err
    } finally {
      client.release()
    }
  }))

  app.get('/summary', wrap(async (req, res) => {
    const { asOf, currency, focusArea, pledgeType } = req.query
    if (typeof asOf !== 'string') throw httpError(400, 'invalid_argument', 'give the date: /summary?asOf=YYYY-MM-DD')
    // The filters select rows through the indexed columns, and go to summarize as well, so the
    // summary states them.
    const where = ["review_state = 'published'"]
    const params = []
    const filters = {}
    if (typeof focusArea === 'string') {
      params.push(focusArea)
      where.push(`focus_areas @> ARRAY[$${params.length}]`)
      filters.focusAreas = [focusArea]
    }
    if (typeof pledgeType === 'string') {
      params.push(pledgeType)
      where.push(`pledge_types @> ARRAY[$${params.length}]`)
      filters.pledgeTypes = [pledgeType]
    }
    // One JSON array text straight from PostgreSQL: p2c reads text without a JS object between.
    const rows = await pool.query(
      `SELECT coalesce(json_agg(doc ORDER BY id), '[]')::text AS pledges FROM pledges WHERE ${where.join(' AND ')}`,
      params,
    )
    const options = { asOf, filters }
    if (typeof currency === 'string') options.currency = currency
    // summarizeAsync: the summary is computed on libuv's thread pool, so the server keeps
    // answering other requests while a dashboard over a large store is made.
    res.json(await p2c.summarizeAsync(rows.rows[0].pledges, options))
  }))

  // Errors: ours and p2c's argument errors (a bad date, an unknown code) with their status;
  // anything else is logged and answered 500 without details.
  app.use((err, req, res, _next) => {
    let status = err.status ?? err.statusCode
    if (err instanceof p2c.P2cError && err.code === 'invalid_argument') status = 400
    if (status >= 400 && status < 500 && err.code) {
      res.status(status).json({ code: err.code, message: err.message })
      return
    }
    if (status >= 400 && status < 500) {
      res.status(status).json({ code: 'bad_request', message: err.message })
      return
    }
    console.error(`${req.method} ${req.originalUrl}:`, err)
    res.status(500).json({ code: 'internal_error', message: 'internal error' })
  })
  return app
}

/**
 * Connect, create the tables if missing, check the app (p2c sees every raw body), listen on
 * 127.0.0.1. Resolves to `{ server, pool, close }`.
 */
async function start({ port = 3000, connectionString = process.env.DATABASE_URL, ...options } = {}) {
  const pool = new Pool(connectionString ? { connectionString } : {})
  try {
    await migrate(pool)
    const app = createApp(pool, options)
    await checkExpressApp(app)
    const server = await new Promise((resolve, reject) => {
      const s = app.listen(port, '127.0.0.1', () => resolve(s))
      s.on('error', reject)
    })
    const close = async () => {
      await new Promise((resolve) => server.close(resolve))
      await pool.end()
    }
    return { server, pool, close }
  } catch (err) {
    await pool.end()
    throw err
  }
}

module.exports = { createApp, start, migrate, SCHEMA }

if (require.main === module) {
  const port = Number(process.argv[2] || process.env.PORT || 3000)
  start({ port }).then(
    ({ server }) => {
      const { address, port: p } = server.address()
      console.log(`p2c submission service on http://${address}:${p}`)
    },
    (err) => {
      console.error(`could not start: ${err.message}`)
      process.exitCode = 1
    },
  )
}
