// What TypeScript users of `p2c` may and may not write. __test__/types.test.js compiles this
// file with `tsc --strict` and requires exactly the errors marked `// @expect TSxxxx` on the line
// above each: so a line that must not compile is proven not to, and everything else compiles.
import express from 'express'
import Fastify from 'fastify'

import * as p2c from 'p2c'
import type { Conversion, Summary, Pledge } from 'p2c'
import { p2cExpress, p2cFastify, keepRawBody, checkExpressApp } from 'p2c/middleware'

// Money in: decimal strings, or bigints (exact integers).
const eur: Conversion = p2c.convert({ amount: '5600000000', currency: 'EUR', date: '2022-06-07' })
p2c.convert({ amount: 5_600_000_000n, currency: 'EUR', date: '2022-06-07' })
// @expect TS2322
p2c.convert({ amount: 5.6e9, currency: 'EUR', date: '2022-06-07' })
p2c.summarize('[]', { goal: { amount: '100000000000', currency: 'USD' } })
// @expect TS2322
p2c.summarize('[]', { goal: { amount: 1e11, currency: 'USD' } })

// Money out: always strings.
const summary: Summary = p2c.summarize('[]', { asOf: '2025-07-07' })
const total: string = summary.value.total
const amount: string = eur.amount
const rate: string = eur.rate
const pledge: Pledge = p2c.parsePledge('{}')
const pledged: string | undefined = pledge.financialValue?.amount
// @expect TS2322
const asNumber: number = summary.value.total

// The async variants: promises of the same types.
const later: Summary = await p2c.summarizeAsync('[]', { asOf: '2025-07-07' })
const laterTotal: string = later.value.total
const page: string = await p2c.renderDashboardHtmlAsync('[]')
const checked: boolean = (await p2c.validateAsync('{}')).valid
// @expect TS2740
const notAwaited: Summary = p2c.summarizeAsync('[]')

// A validator made once: options checked by type, reports out.
const check: p2c.Validator = p2c.validator({ asOf: '2025-07-07', lang: 'fr' })
const oneValid: boolean = check('{}').valid
const listValid: boolean = check.batch(Buffer.from('[]')).valid
// @expect TS2561
p2c.validator({ asof: '2025-07-07' })

// Express: options checked by type too; req.p2cReport declared by the augmentation.
const app = express()
app.use(express.json({ verify: keepRawBody }))
app.post('/pledges', p2cExpress({ asOf: '2026-11-23', limits: { maxBytes: 65536 } }), (req, res) => {
  const warnings: number = req.p2cReport?.issues.length ?? 0
  res.status(201).json({ id: (req.body as Pledge).id, warnings })
})
// @expect TS2561
p2cExpress({ asof: '2026-11-23' })
await checkExpressApp(app)

// Fastify: the route option and request.p2cReport are declared.
const fastify = Fastify()
await fastify.register(p2cFastify, { asOf: '2026-11-23' })
fastify.post('/pledges', { config: { p2c: true } }, async (request) => {
  const report = request.p2cReport
  return { valid: report?.valid, id: (request.body as Pledge).id }
})
// @expect TS2322
fastify.post('/other', { config: { p2c: 'yes' } }, async () => 'x')

export { total, amount, rate, pledged, asNumber, laterTotal, page, checked, notAwaited, oneValid, listValid }

// Migration: the document comes back in the kind it was given.
const migratedText: string = p2c.migrate('{"formatVersion": "1.0"}').document
const migratedObject: { formatVersion: string } = p2c.migrate({ formatVersion: '1.0' }).document
const changedPaths: string[] = p2c.migrate(migratedText).reports.flatMap((r) => r.changes.map((c) => c.path))
// @expect TS2322
const notANumber: number = p2c.migrate(migratedObject).document

// Flat tables: rows of text or null, amounts never numbers; the options are checked by name.
const flat: p2c.Tables = p2c.tables('[]', { asOf: '2026-01-01', currency: 'EUR', filters: { regions: ['AFR'] } })
const cell: string | null | undefined = flat.pledgers[0]?.value_led
const flatLater: p2c.TableRow[] = (await p2c.tablesAsync(Buffer.from('[]'))).pledge_countries
// @expect TS2322
const cellNumber: number | null | undefined = flat.pledges[0]?.amount
// @expect TS2353
p2c.tables('[]', { bogus: 1 })
export { cell, flatLater, cellNumber }
