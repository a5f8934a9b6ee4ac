'use strict'

// Loaders for the shared vectors under tests/vectors/ (formats in tests/vectors/README.md and
// tests/vectors/hostile/README.md), used by the validation and hostile suites.

const fs = require('node:fs')
const path = require('node:path')

const ROOT = path.join(__dirname, '..', '..', 'tests', 'vectors')

function jsonFiles(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))])
}

/**
 * The source text of each element's `input` member in a JSON array of objects, with the
 * whitespace outside strings removed. `JSON.parse` turns `100.0` into `100`, which would hide
 * a case about fractional numbers; the Rust runner re-serializes the input with the number's
 * own form, and so does this.
 */
function rawInputs(text) {
  let i = 0
  const ws = () => {
    while (/\s/.test(text[i])) i++
  }
  const string = () => {
    const start = i++
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    return JSON.parse(text.slice(start, i))
  }
  const value = () => {
    ws()
    const start = i
    if (text[i] === '{' || text[i] === '[') {
      const close = text[i] === '{' ? '}' : ']'
      i++
      ws()
      while (text[i] !== close) {
        if (close === '}') {
          string()
          ws()
          i++ // the colon
        }
        value()
        ws()
        if (text[i] === ',') i++
        ws()
      }
      i++
    } else if (text[i] === '"') {
      string()
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++
    }
    return [start, i]
  }
  const compact = (src) => src.replace(/("(?:[^"\\]|\\.)*")|\s+/g, (m, str) => str ?? '')
  const out = []
  ws()
  i++ // the array's [
  for (ws(); text[i] !== ']'; ws()) {
    ws()
    i++ // the object's {
    let raw
    for (ws(); text[i] !== '}'; ws()) {
      const key = string()
      ws()
      i++
      const [start, end] = value()
      if (key === 'input') raw = compact(text.slice(start, end))
      ws()
      if (text[i] === ',') i++
    }
    i++
    out.push(raw)
    ws()
    if (text[i] === ',') i++
  }
  return out
}

/** Every validation case, `{ file, inputJson, ...case }` (`inputJson`: the input's own text). */
function validationCases() {
  const dir = path.join(ROOT, 'validation')
  return jsonFiles(dir).flatMap(([file, list]) => {
    const raws = rawInputs(fs.readFileSync(path.join(dir, file), 'utf8'))
    return list.map((c, k) => ({ file, inputJson: raws[k], ...c }))
  })
}

/** The input bytes of a hostile case: `input` (text), `inputHex` or `generate`. */
function hostileInput(c) {
  if (c.input !== undefined) return Buffer.from(c.input, 'utf8')
  if (c.inputHex !== undefined) return Buffer.from(c.inputHex, 'hex')
  return Buffer.concat(
    c.generate.map((part) => {
      if (part.text !== undefined) return Buffer.from(part.text, 'utf8')
      if (part.hex !== undefined) return Buffer.from(part.hex, 'hex')
      if (part.repeat !== undefined) return Buffer.from(part.repeat.repeat(part.times), 'utf8')
      throw new Error(`${c.name}: unknown generator part ${JSON.stringify(part)}`)
    }),
  )
}

/** Every hostile case, `{ file, name, entry, bytes, expect }`. */
function hostileCases() {
  return jsonFiles(path.join(ROOT, 'hostile')).flatMap(([file, doc]) =>
    doc.cases.map((c) => ({
      file,
      name: c.name,
      entry: c.entry ?? 'pledge',
      bytes: hostileInput(c),
      expect: c.expect,
    })),
  )
}

/** A report's issues as sorted `code path` strings. */
function pairs(issues) {
  return issues.map((i) => `${i.code} ${i.path}`).sort()
}

module.exports = { validationCases, hostileCases, pairs }
