'use strict'

// Spreadsheets from Node: every case of the shared sheet vectors
// (tests/vectors/sheets/cases.json, the file p2c-core/tests/sheet_vectors.rs runs) read with
// readSheet / readCsvFiles, with the same expectations as in Rust: issue codes, JSON Pointers,
// sheets and cells, and the documents. Then the template, the issues workbook, async, errors.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const p2c = require('..')
const { P2cError } = p2c

const DIR = path.join(__dirname, '..', '..', 'tests', 'vectors', 'sheets')
const CASES = JSON.parse(fs.readFileSync(path.join(DIR, 'cases.json'), 'utf8'))

/** The case's core options as `SheetImportCall` options (the validation options flattened). */
function callOptions(c) {
  const o = c.options ?? {}
  const { validate = {}, ...rest } = o
  return { ...validate, ...rest }
}

function run(c, name) {
  const options = callOptions(c)
  if (c.format === 'xlsx') {
    return p2c.readSheet(fs.readFileSync(path.join(DIR, c.files[0])), { ...options, format: 'xlsx', name })
  }
  const files = {}
  for (const f of c.files) files[path.basename(f)] = fs.readFileSync(path.join(DIR, f))
  return p2c.readCsvFiles(files, { ...options, format: 'csv' })
}

function quads(issues) {
  return issues
    .map((i) => JSON.stringify([i.code, i.path, i.sheet ?? null, i.cell ?? null]))
    .sort()
}

function expectedDocuments(c) {
  if (c.documents) return c.documents
  if (!c.documentsFrom) return null
  const all = JSON.parse(fs.readFileSync(path.join(DIR, c.documentsFrom.file), 'utf8'))
  return all.slice(0, c.documentsFrom.first ?? all.length)
}

/** As typed pledges where both parse (defaults aside), as JSON otherwise. */
function assertSameDocuments(expected, actual, description) {
  const typed = (docs) => {
    try {
      return docs.map((d) => p2c.parsePledge(JSON.stringify(d)))
    } catch {
      return null
    }
  }
  const [a, b] = [typed(expected), typed(actual)]
  if (a && b) assert.deepEqual(b, a, description)
  else assert.deepEqual(actual, expected, description)
}

test('there are shared sheet vectors', () => {
  assert.ok(CASES.length >= 20, `only ${CASES.length}`)
})

for (const c of CASES) {
  test(`sheet vector: ${c.description}`, () => {
    const result = run(c)
    assert.deepEqual(quads(result.issues), quads(c.expected))
    assert.equal(result.valid, !result.issues.some((i) => i.severity === 'error'))
    assert.equal(result.rows.length, result.documents.length)
    const docs = expectedDocuments(c)
    if (docs) assertSameDocuments(docs, result.documents, c.description)
  })
}

test('every sheet.* code is expected by some case', () => {
  const listed = new Set(CASES.flatMap((c) => c.expected.map((e) => e.code)))
  const catalogue = p2c.issueCodes().map((c) => c.code).filter((c) => c.startsWith('sheet.'))
  assert.ok(catalogue.length > 0)
  for (const code of catalogue) assert.ok(listed.has(code), code)
})

test('an issue carries sheet, row, column and cell', () => {
  const result = p2c.readSheet(fs.readFileSync(path.join(DIR, 'missing.xlsx')), { asOf: '2026-01-01' })
  const issue = result.issues.find((i) => i.code === 'sheet.error_value')
  assert.deepEqual([issue.sheet, issue.row, issue.column, issue.cell], ['pledges', 3, 'D', 'D3'])
  assert.equal(issue.path, '/0/pledgers/lead/name')
  assert.equal(result.valid, false)
})

test('the format is detected from the bytes, then the name', () => {
  const csv = fs.readFileSync(path.join(DIR, 'csv-single', 'my pledges.csv'))
  const asCsv = p2c.readSheet(csv, { asOf: '2026-01-01', name: 'my pledges.csv' })
  assert.equal(asCsv.documents.length, 2)
  assert.equal(asCsv.valid, true)
  const asBook = p2c.readSheet(csv, { name: 'book.xlsx' })
  assert.deepEqual(asBook.issues.map((i) => i.code), ['sheet.unreadable'])
  const book = p2c.readSheet(fs.readFileSync(path.join(DIR, 'roundtrip.xlsx')).buffer.slice(0), { asOf: '2026-01-01' })
  assert.equal(book.documents.length, 3)
})

test('the template is a Buffer that reads back empty, in any language', () => {
  const book = p2c.templateXlsx()
  assert.ok(Buffer.isBuffer(book))
  assert.deepEqual([...book.subarray(0, 4)], [0x50, 0x4b, 3, 4])
  const back = p2c.readSheet(book)
  assert.deepEqual(back.documents, [])
  assert.deepEqual(back.issues, [])
  assert.notDeepEqual(p2c.templateXlsx({ lang: 'fr' }), book)
})

test('writeXlsx round-trips the sample pledges', () => {
  const sample = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'data', 'pledges.json'), 'utf8'),
  ).slice(0, 5)
  const back = p2c.readSheet(p2c.writeXlsx(sample), { asOf: '2026-01-01' })
  assertSameDocuments(sample, back.documents, 'round trip')
})

test('the issues workbook holds the invalid rows', () => {
  const data = fs.readFileSync(path.join(DIR, 'missing.xlsx'))
  const book = p2c.issuesWorkbook(data, { asOf: '2026-01-01' })
  assert.ok(Buffer.isBuffer(book))
  const again = p2c.readSheet(book, { asOf: '2026-01-01' })
  assert.deepEqual(again.documents.map((d) => d.id), ['P2C-1'])
  assert.equal(again.valid, false)
})

test('lang and severity apply to sheet issues', () => {
  const data = fs.readFileSync(path.join(DIR, 'missing.xlsx'))
  const en = p2c.readSheet(data)
  const fr = p2c.readSheet(data, { lang: 'fr' })
  assert.deepEqual(quads(fr.issues), quads(en.issues))
  assert.notDeepEqual(fr.issues.map((i) => i.message), en.issues.map((i) => i.message))
  const off = p2c.readSheet(data, { severity: { 'sheet.formula': 'off' } })
  assert.ok(en.issues.some((i) => i.code === 'sheet.formula'))
  assert.ok(!off.issues.some((i) => i.code === 'sheet.formula'))
})

test('readSheetAsync gives the same answer', async () => {
  const data = fs.readFileSync(path.join(DIR, 'missing.xlsx'))
  assert.deepEqual(await p2c.readSheetAsync(data, { asOf: '2026-01-01' }), p2c.readSheet(data, { asOf: '2026-01-01' }))
  await assert.rejects(p2c.readSheetAsync(data, { sheetLimits: { maxRow: 3 } }), (e) => e instanceof P2cError && e.code === 'invalid_argument')
})

test('the workbook writers have async twins with the same bytes', async () => {
  const data = fs.readFileSync(path.join(DIR, 'missing.xlsx'))
  const sync = p2c.issuesWorkbook(data, { asOf: '2026-01-01' })
  const later = await p2c.issuesWorkbookAsync(data, { asOf: '2026-01-01' })
  assert.ok(Buffer.isBuffer(later))
  assert.deepEqual(later, sync)
  const sample = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'data', 'pledges.json'), 'utf8'),
  ).slice(0, 2)
  assert.deepEqual(await p2c.writeXlsxAsync(sample), p2c.writeXlsx(sample))
  await assert.rejects(p2c.writeXlsxAsync('[7]'), (e) => e instanceof P2cError)
})

test('bad arguments throw P2cError with a code', () => {
  const data = fs.readFileSync(path.join(DIR, 'missing.xlsx'))
  const code = (f) => {
    try {
      f()
    } catch (e) {
      assert.ok(e instanceof P2cError, String(e))
      return e.code
    }
    return null
  }
  assert.equal(code(() => p2c.readSheet('not bytes')), 'invalid_argument')
  assert.equal(code(() => p2c.readSheet(data, { sheetLimits: { maxRow: 3 } })), 'invalid_argument')
  assert.equal(code(() => p2c.readSheet(data, { severity: { 'sheet.nope': 'off' } })), 'unknown_code')
  assert.equal(code(() => p2c.readSheet(data, { name: 7 })), 'invalid_argument')
  assert.equal(code(() => p2c.readCsvFiles([data])), 'invalid_argument')
})
