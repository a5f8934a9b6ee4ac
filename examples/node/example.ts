// The p2c Node API from TypeScript: validate a submission, convert an amount with provenance,
// and summarize the sample pledges. `npm test` in p2c-node type-checks this file with
// `tsc --strict --noEmit`, so it shows the types as they are.
//
// Run it (from p2c-node, after `npm run build`):
//   npx tsc -p tsconfig.json --noEmit false --outDir /tmp/p2c-example && node /tmp/p2c-example/example.js

import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import * as p2c from '../../p2c-node'
import type { Conversion, Issue, Pledge, Report, Summary } from '../../p2c-node'

const data: Buffer = readFileSync(join(__dirname, '..', 'data', 'pledges.json'))

// Request bodies take the fast path: a Buffer or string goes straight to Rust.
const pledges: Pledge[] = p2c.parsePledges(data)
const first: Pledge = pledges[0]
const report: Report = p2c.validate(JSON.stringify(first), { asOf: '2025-07-07' })
console.log(`${first.id}: valid=${report.valid}, ${report.issues.length} issue(s)`)

// A broken submission: every problem at once, each with a code and a JSON Pointer.
const broken = { ...first, title: '', focusAreas: ['acess'] }
const issues: Issue[] = p2c.validate(broken).issues
for (const issue of issues) {
  console.log(`  ${issue.severity} ${issue.code} at ${issue.path}`)
}

// The raising variant carries the issues on a P2cError.
try {
  p2c.validateOrThrow(broken)
} catch (err) {
  if (err instanceof p2c.P2cError && err.code === 'validation_failed') {
    console.log(`rejected with ${err.issues?.length ?? 0} issue(s)`)
  } else {
    throw err
  }
}

// Money is decimal strings end to end; the result says which rate, date, source and table.
const eur: Conversion = p2c.convert(
  { amount: '5600000000', currency: 'EUR', date: '2022-06-07' },
  { to: 'USD', policy: { kind: 'on_or_before', maxDays: 7 } },
)
console.log(`EUR 5.6 bn = USD ${eur.amount} at ${eur.rate} of ${eur.rateDate} (${eur.source})`)

// The dashboard: totals in USD as of a date, with the rate provenance.
const table = p2c.RateTable.embedded()
const summary: Summary = p2c.summarize(data, { asOf: '2025-07-07', table, attribution: 'equal_split' })
console.log(`${summary.pledgeCount} pledges, USD ${summary.value.total}; rates: ${summary.rates.tableId}`)
const kenya = p2c.countryProfile(data, 'KEN', { asOf: '2025-07-07' })
console.log(`Kenya: ${kenya.pledges} pledge(s)`)
console.log(p2c.renderDashboard(data, { asOf: '2025-07-07' }).split('\n')[0])

// Codelists and the issue-code catalogue are data.
const focusAreas = p2c.codelists().find((list) => list.name === 'focusArea')
console.log(focusAreas?.entries.map((entry) => entry.code).join(', '))
console.log(`${p2c.issueCodes().length} issue codes; strong-pledge criteria met: ${p2c.assess(first).metCount}/5`)

// Public pages never show the contact.
const shown: Pledge = p2c.publicView(first)
console.log(`public view has contact: ${shown.contact !== undefined}`)
