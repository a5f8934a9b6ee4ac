'use strict'

// Exact decimal arithmetic on strings with BigInt, so that tests compute expected amounts
// independently of the Rust code (no floating point anywhere).

/** `'12.345'` → `{ units: 12345n, scale: 3 }`. */
function parse(s) {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s)
  if (!m) throw new Error(`not a plain decimal: ${s}`)
  const frac = m[3] ?? ''
  const units = BigInt(m[2] + frac)
  return { units: m[1] ? -units : units, scale: frac.length }
}

/** The exact product of two decimal strings, as `{ units, scale }`. */
function mul(a, b) {
  const x = parse(a)
  const y = parse(b)
  return { units: x.units * y.units, scale: x.scale + y.scale }
}

/** Round `{ units, scale }` to `dp` places, half to even (banker's), as a string with `dp` places. */
function roundHalfEven({ units, scale }, dp) {
  let q = units
  if (scale > dp) {
    const d = 10n ** BigInt(scale - dp)
    const neg = units < 0n
    const abs = neg ? -units : units
    q = abs / d
    const r = abs % d
    if (2n * r > d || (2n * r === d && q % 2n === 1n)) q += 1n
    if (neg) q = -q
  } else {
    q = units * 10n ** BigInt(dp - scale)
  }
  const neg = q < 0n
  const digits = (neg ? -q : q).toString().padStart(dp + 1, '0')
  const int = digits.slice(0, digits.length - dp)
  const frac = digits.slice(digits.length - dp)
  return (neg ? '-' : '') + int + (dp > 0 ? `.${frac}` : '')
}

module.exports = { parse, mul, roundHalfEven }

/** Whether two decimal strings denote the same number (`'1.50'` equals `'1.5'`). */
function same(a, b) {
  const x = parse(a)
  const y = parse(b)
  const s = Math.max(x.scale, y.scale)
  return x.units * 10n ** BigInt(s - x.scale) === y.units * 10n ** BigInt(s - y.scale)
}

module.exports.same = same
