'use strict'

// The HTML reports in a real browser: Debian's chromium, headless, driven by playwright-core.
// Each page written by `cargo run -p p2c-core --example html_reports` (listed in
// target/html/pages.json) is loaded from a file:// URL and checked: no console error, no
// request but the page itself, no script from the data ran, the figures on screen are the
// summary's (read from the JSON the page was made from), charts have text alternatives,
// headings are in order, text and bars keep their contrast in light and dark mode, tables sort
// and the page works without its script. Screenshots (desktop, 375 px, print, dark) go to
// target/screenshots/. Run it all with scripts/browser-test.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { pathToFileURL } = require('node:url')
const { chromium } = require('playwright-core')

const ROOT = path.resolve(__dirname, '..', '..')
const HTML = process.env.P2C_HTML_DIR || path.join(ROOT, 'target', 'html')
const SHOTS = process.env.P2C_SCREENSHOT_DIR || path.join(ROOT, 'target', 'screenshots')
const CHROMIUM = process.env.P2C_CHROMIUM || '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const manifest = JSON.parse(fs.readFileSync(path.join(HTML, 'pages.json'), 'utf8')).pages
const readJson = (name) => JSON.parse(fs.readFileSync(path.join(HTML, name), 'utf8'))

// --- exact figures, computed here from the JSON's decimal strings (never through floats) ---

const group = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** A decimal string rounded half-even to `dp` places (digits only, no separators). */
function round(text, dp) {
  const neg = text.startsWith('-')
  const [int, frac = ''] = (neg ? text.slice(1) : text).split('.')
  let units = BigInt(int + frac.padEnd(dp, '0').slice(0, dp))
  const rest = frac.slice(dp)
  if (rest.length > 0) {
    const half = '5'.padEnd(rest.length, '0')
    if (rest > half || (rest === half && units % 2n === 1n)) units += 1n
  }
  const s = units.toString().padStart(dp + 1, '0')
  return { neg, int: s.slice(0, s.length - dp), frac: s.slice(s.length - dp) }
}

/** An amount as the core writes it: half-even to 2 places, thousands separators. */
function amount(text) {
  const r = round(text, 2)
  return (r.neg ? '-' : '') + group(r.int) + '.' + r.frac
}

/** A share (fraction) as the core writes it: a percentage, half-even to 1 place. */
function percent(text) {
  const [int, frac = ''] = text.split('.')
  const shifted = String(BigInt(int + frac.padEnd(2, '0').slice(0, 2))) + '.' + (frac.slice(2) || '0')
  const r = round(shifted, 1)
  return `${r.int}.${r.frac} %`
}

const count = (n) => group(String(n))

// The number conventions of the other languages (p2c-core/src/i18n/format.rs): decimal and
// grouping separators, minimum grouping, and what goes before the percent sign.
const CONVENTIONS = {
  ar: { decimal: '.', group: ',', minGrouping: 1, pct: '' },
  zh: { decimal: '.', group: ',', minGrouping: 1, pct: '' },
  fr: { decimal: ',', group: '\u202f', minGrouping: 1, pct: '\u202f' },
  ru: { decimal: ',', group: '\u00a0', minGrouping: 1, pct: '\u00a0' },
  es: { decimal: ',', group: '.', minGrouping: 2, pct: '\u00a0' },
}

/** Figures as the core writes them in `lang`, exactly (from the decimal strings). */
function formats(lang) {
  const c = CONVENTIONS[lang]
  const groupIn = (digits) => (digits.length < 3 + c.minGrouping ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, c.group))
  return {
    count: (n) => groupIn(String(n)),
    amount: (text) => {
      const r = round(text, 2)
      return (r.neg ? '-' : '') + groupIn(r.int) + c.decimal + r.frac
    },
    percent: (text) => percent(text).replace(' %', '').replace('.', c.decimal) + c.pct + '%',
  }
}

// --- the browser ---------------------------------------------------------------------------

let context
let profileDir

test.before(async () => {
  assert.ok(fs.existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium (scripts/browser-test does)`)
  fs.mkdirSync(SHOTS, { recursive: true })
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'p2c-chromium-'))
  // A persistent context is how playwright takes a fresh --user-data-dir of our own.
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  })
})

test.after(async () => {
  if (context) await context.close()
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true })
})

/** Open a page and record what happens while it loads. */
async function open(file, { script = true, viewport } = {}) {
  const page = await context.newPage()
  if (viewport) await page.setViewportSize(viewport)
  const url = pathToFileURL(path.join(HTML, file)).href
  const events = { console: [], errors: [], requests: [] }
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') events.console.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => events.errors.push(String(e)))
  page.on('request', (r) => events.requests.push(r.url()))
  if (!script) {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
  }
  await page.goto(url, { waitUntil: 'load' })
  return { page, url, events }
}

/** What every page must be, whatever it shows. */
async function checkCommon(page, url, events, entry = {}) {
  assert.deepEqual(events.console, [], 'console messages')
  assert.deepEqual(events.errors, [], 'page errors')
  assert.deepEqual(events.requests, [url], 'the page may request nothing but itself')
  const dom = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')]
    const active = []
    for (const el of all) {
      for (const a of el.getAttributeNames()) {
        if (a.startsWith('on') || a === 'src' || a === 'style' || a === 'srcdoc' || a === 'formaction') active.push(`${el.tagName} ${a}`)
      }
    }
    return {
      pwned: window.__p2cPwned,
      scripts: document.querySelectorAll('script').length,
      styles: document.querySelectorAll('style').length,
      foreign: document.querySelectorAll('img,iframe,object,embed,link,form,input,textarea,video,audio,base,frame,use,image,foreignObject').length,
      outLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !h.startsWith('#')),
      active,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      headings: [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1])),
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      direction: getComputedStyle(document.body).direction,
      title: document.title,
    }
  })
  assert.equal(dom.pwned, undefined, 'a script from the data ran')
  assert.equal(dom.scripts, 1, 'one script: the page’s own')
  assert.equal(dom.styles, 1, 'one style sheet: the page’s own')
  assert.equal(dom.foreign, 0, 'elements that load or run things')
  assert.deepEqual(dom.outLinks, [], 'links out of the page')
  assert.deepEqual(dom.active, [], 'event handler, src or style attributes')
  assert.match(dom.csp, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+';/)
  assert.doesNotMatch(dom.csp, /unsafe/)
  assert.equal(dom.lang, entry.lang ?? 'en')
  assert.equal(dom.dir, entry.dir ?? 'ltr')
  assert.equal(dom.direction, entry.dir ?? 'ltr', 'the browser lays the page out in its direction')
  assert.ok(dom.title.length > 0 && dom.title.length < 3000, 'a bounded title')
  // headings: one h1, no level skipped
  assert.equal(dom.headings.filter((h) => h === 1).length, 1, 'one h1')
  dom.headings.reduce((prev, h) => {
    assert.ok(h <= prev + 1, `h${h} after h${prev}`)
    return h
  }, 0)
  await checkChartsHaveText(page)
}

/** Every chart (role=img) has a text alternative, and every figure with bars has its data table. */
async function checkChartsHaveText(page) {
  const charts = await page.evaluate(() => {
    const name = (el) => {
      const label = el.getAttribute('aria-label')
      if (label) return label
      const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean)
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim()
    }
    const svgs = [...document.querySelectorAll('svg')].filter((s) => s.getAttribute('aria-hidden') !== 'true' && s.getAttribute('role') !== 'img' && !s.closest('[role=img]'))
    return {
      unnamed: [...document.querySelectorAll('[role=img]')].filter((el) => name(el).length < 10).length,
      named: document.querySelectorAll('[role=img]').length,
      bareSvgs: svgs.length,
      panelsWithoutTable: [...document.querySelectorAll('figure')].filter((f) => f.querySelector('.panel') && !f.querySelector('table')).length,
      barsOutsideCharts: [...document.querySelectorAll('svg.bar')].filter((s) => !s.closest('[role=img]')).length,
      // every bar of a chart panel is drawn on a track of the same length
      unevenTracks: [...document.querySelectorAll('.panel')].filter((p) => {
        const widths = [...p.querySelectorAll('rect.track')].map((r) => Math.round(r.getBoundingClientRect().width))
        return widths.length > 0 && Math.max(...widths) - Math.min(...widths) > 1
      }).length,
    }
  })
  assert.equal(charts.unnamed, 0, 'charts without a text alternative')
  assert.equal(charts.bareSvgs, 0, 'SVG neither hidden nor an image with a name')
  assert.equal(charts.panelsWithoutTable, 0, 'charts without their data table')
  assert.equal(charts.barsOutsideCharts, 0)
  assert.equal(charts.unevenTracks, 0, 'chart panels whose bars have tracks of different lengths')
}

/** WCAG contrast: text 4.5:1 (3:1 when large), bars 3:1 against what is behind them. */
async function checkContrast(page, scheme) {
  const bad = await page.evaluate(() => {
    const rgb = (c) => {
      const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:[,/]\s*([\d.]+))?/.exec(c)
      return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null
    }
    const lum = ({ r, g, b }) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 }
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)
    }
    const ratio = (x, y) => { const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p); return (a + 0.05) / (b + 0.05) }
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor)
        if (c && c.a > 0.5) return c
      }
      return { r: 255, g: 255, b: 255, a: 1 }
    }
    const out = []
    for (const el of document.querySelectorAll('body *')) {
      if (!el.getClientRects().length) continue
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())
      if (own) {
        const st = getComputedStyle(el)
        if (st.visibility === 'hidden') continue
        const size = parseFloat(st.fontSize)
        const large = size >= 24 || (size >= 18.66 && Number(st.fontWeight) >= 700)
        const r = ratio(rgb(st.color), background(el))
        if (r < (large ? 3 : 4.5)) out.push(`text "${el.textContent.trim().slice(0, 40)}" ${r.toFixed(2)}`)
      }
      if (el.matches('rect.fill')) {
        const fill = rgb(getComputedStyle(el).fill)
        const r = ratio(fill, background(el.closest('svg').parentElement))
        if (r < 3) out.push(`bar ${el.getAttribute('class')} ${r.toFixed(2)}`)
      }
    }
    return [...new Set(out)]
  })
  assert.deepEqual(bad, [], `contrast in ${scheme} mode`)
}

async function screenshots(page, name) {
  // the first screen, small, for the README (docs/img/)
  await page.setViewportSize({ width: 1024, height: 720 })
  await page.screenshot({ path: path.join(SHOTS, `${name}-readme.png`) })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}-top.png`) })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: path.join(SHOTS, `${name}-dark.png`) })
  await page.emulateMedia({ colorScheme: 'light' })
  // A4 at 96 dpi is 794 px wide; print emulation applies the print style sheet.
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: path.join(SHOTS, `${name}-print.png`), fullPage: true })
  await page.pdf({ path: path.join(SHOTS, `${name}.pdf`), format: 'A4', printBackground: true })
  await page.emulateMedia({ media: 'screen' })
}

// --- the pages -----------------------------------------------------------------------------

for (const entry of manifest) {
  const name = entry.file.replace(/\.html$/, '')
  test(`${entry.file}: loads clean, shows its figures, nothing from the data runs`, async () => {
    const { page, url, events } = await open(entry.file)
    await checkCommon(page, url, events, entry)
    await checkContrast(page, 'light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await checkContrast(page, 'dark')
    await page.emulateMedia({ colorScheme: 'light' })
    if (entry.hostile) {
      // markup from the data is on the page as text, not as elements
      const source = fs.readFileSync(path.join(HTML, entry.file), 'utf8')
      const text = await page.evaluate(() => document.body.innerText)
      if (source.includes('&lt;')) assert.ok(text.includes('<'), 'escaped markup shows as text')
      assert.ok(!text.includes('\u202e'), 'no raw right-to-left override')
    }
    if (!entry.hostile || entry.kind === 'dashboard' || entry.kind === 'batch') await screenshots(page, name)
    if (entry.kind === 'dashboard' && !entry.hostile && !entry.lang) await checkDashboard(page, readJson(entry.json))
    if (entry.kind === 'dashboard' && entry.lang) await checkLocalizedDashboard(page, readJson(entry.json), entry)
    if (entry.kind === 'profile') await checkProfile(page, readJson(entry.json))
    if (entry.kind === 'batch' && entry.json) await checkBatch(page, readJson(entry.json))
    if (entry.kind === 'report' && entry.json) await checkReport(page, readJson(entry.json))
    await page.close()
  })
}

test('375 px wide: every page fits the width, one column', async () => {
  for (const entry of manifest) {
    const { page } = await open(entry.file, { viewport: { width: 375, height: 812 } })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 0, `${entry.file}: ${overflow} px wider than the screen`)
    if (!entry.hostile || entry.kind !== 'report') {
      const name = entry.file.replace(/\.html$/, '')
      await page.screenshot({ path: path.join(SHOTS, `${name}-mobile.png`), fullPage: true })
      await page.screenshot({ path: path.join(SHOTS, `${name}-mobile-top.png`) })
      await page.evaluate(() => document.querySelector('figure[data-dimension], figure[data-figure]')?.scrollIntoView())
      await page.screenshot({ path: path.join(SHOTS, `${name}-mobile-chart.png`) })
    }
    await page.close()
  }
})

test('without its script the dashboard shows everything, and tables keep their order', async () => {
  const { page, url, events } = await open('dashboard.html', { script: false })
  assert.deepEqual(events.console, [])
  assert.deepEqual(events.requests, [url])
  const state = await page.evaluate(() => ({
    buttons: document.querySelectorAll('button.sort').length,
    tables: document.querySelectorAll('table').length,
    bars: document.querySelectorAll('svg.bar').length,
    pledges: document.querySelector('[data-figure=pledges] .v')?.textContent,
  }))
  assert.equal(state.buttons, 0, 'the script did not run, so no sort buttons')
  assert.ok(state.tables > 10 && state.bars > 50)
  assert.equal(state.pledges, count(readJson('dashboard.json').pledgeCount))
  await page.close()
})

async function checkDashboard(page, s) {
  // headline counters
  const counters = await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('[data-figure]')].filter((el) => el.matches('.counter')).map((el) => [
      el.dataset.figure,
      { v: el.querySelector('.v').textContent, s: [...el.querySelectorAll('.s')].map((x) => x.textContent) },
    ]),
  ))
  assert.equal(counters.pledges.v, count(s.pledgeCount))
  assert.equal(counters.entities.v, count(s.entities.count))
  assert.equal(counters.pledgerCountries.v, count(s.pledgerCountries.count))
  assert.equal(counters.reportedPledges.v, count(s.reporting.reportedPledges))
  assert.ok(counters.totalValue.s.includes(`${s.currency} ${amount(s.value.total)} exactly`), JSON.stringify(counters.totalValue))
  assert.ok(counters.totalValue.v.startsWith(`${s.currency} `))
  if (s.goal) {
    assert.equal(counters.goalShare.v, percent(s.goal.share))
  }

  // every breakdown states its additivity as the summary does
  const additivity = await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('figure[data-dimension]')].map((f) => [f.dataset.dimension, f.dataset.additivity]),
  ))
  for (const b of s.breakdowns) {
    if (b.dimension === 'target' && b.rows.length === 0) continue
    assert.equal(additivity[b.dimension], b.additivity, b.dimension)
  }

  // one chart's bars: focus areas, value and count panels, against the summary
  const fa = s.breakdowns.find((b) => b.dimension === 'focusArea')
  const bars = await page.evaluate(() => [...document.querySelectorAll('figure[data-dimension=focusArea] .panel')].map((p) =>
    [...p.querySelectorAll('.row')].map((r) => {
      const track = r.querySelector('rect.track').getBoundingClientRect().width
      const fill = r.querySelector('rect.fill').getBoundingClientRect().width
      return { key: r.dataset.key, value: r.dataset.value, text: r.querySelector('.val').textContent, drawn: fill / track }
    })))
  assert.equal(bars.length, 2, 'a value panel and a count panel')
  const [values, counts] = bars
  assert.deepEqual(values.map((r) => r.key), fa.rows.map((r) => r.key))
  const total = Number(s.value.total)
  for (const [i, row] of fa.rows.entries()) {
    assert.equal(values[i].value, row.value, `${row.key}: exact value`)
    assert.ok(Math.abs(values[i].drawn - Number(row.value) / total) < 0.005, `${row.key}: bar ${values[i].drawn} for ${row.value} of ${s.value.total}`)
    assert.equal(counts[i].value, String(row.pledges))
    assert.equal(counts[i].text, count(row.pledges))
    assert.ok(Math.abs(counts[i].drawn - row.pledges / s.pledgeCount) < 0.005, `${row.key}: count bar`)
  }
  // its data table: exact amounts as the core formats them
  const cells = await page.evaluate(() => [...document.querySelectorAll('figure[data-dimension=focusArea] table tbody tr')].map((tr) => ({
    key: tr.dataset.key,
    cells: [...tr.cells].map((c) => c.textContent),
  })))
  for (const [i, row] of fa.rows.entries()) {
    assert.equal(cells[i].key, row.key)
    assert.equal(cells[i].cells[1], count(row.pledges))
    assert.equal(cells[i].cells[3], amount(row.value))
  }

  // every figure has a footnote with the as-of date, currency and rate table
  const feet = await page.evaluate(() => [...document.querySelectorAll('figure')].map((f) => f.querySelector('.foot')?.textContent ?? ''))
  const table = s.rates.tableId.slice(0, 19)
  for (const f of feet) {
    assert.ok(f.includes(s.asOf) && f.includes(s.currency) && f.includes(table), `footnote: ${f}`)
  }
  const method = await page.evaluate(() => document.getElementById('method').parentElement.textContent)
  for (const src of s.rates.sources) assert.ok(method.includes(src), src)

  // tables sort, exactly, by the clicked column
  await page.click('figure[data-dimension=pillar] details summary')
  const pillarTable = 'figure[data-dimension=pillar] table'
  const valueColumn = async () => page.evaluate((sel) => [...document.querySelectorAll(`${sel} tbody tr`)].map((tr) => tr.cells[3].dataset.sort), pillarTable)
  await page.click(`${pillarTable} thead th:nth-child(4) button`)
  const asc = await valueColumn()
  const scaled = (t, n) => { const [i, f = ''] = t.split('.'); return BigInt(i + f.padEnd(n, '0')) }
  const places = (t) => (t.split('.')[1] || '').length
  const cmp = (a, b) => { const n = Math.max(places(a), places(b)); const x = scaled(a, n), y = scaled(b, n); return x < y ? -1 : x > y ? 1 : 0 }
  assert.deepEqual(asc, [...asc].sort(cmp), 'ascending by exact value')
  assert.equal(await page.getAttribute(`${pillarTable} thead th:nth-child(4)`, 'aria-sort'), 'ascending')
  await page.click(`${pillarTable} thead th:nth-child(4) button`)
  const desc = await valueColumn()
  assert.deepEqual(desc, [...desc].sort(cmp).reverse(), 'descending by exact value')
}

/** A dashboard in another language: the same figures in the language's conventions, the
 *  codes unchanged, and a right-to-left page laid out from the right. */
async function checkLocalizedDashboard(page, s, entry) {
  const f = formats(entry.lang)
  const v = await page.evaluate(() => ({
    counters: Object.fromEntries([...document.querySelectorAll('.counter[data-figure]')].map((el) => [
      el.dataset.figure,
      { v: el.querySelector('.v').textContent, s: [...el.querySelectorAll('.s')].map((x) => x.textContent).join(' ') },
    ])),
    firstTwo: [...document.querySelectorAll('.counters .counter')].slice(0, 2).map((el) => el.getBoundingClientRect().left),
    dimensions: [...document.querySelectorAll('figure[data-dimension]')].map((fig) => fig.dataset.dimension),
    faValues: [...document.querySelectorAll('figure[data-dimension=focusArea] .panel')][0]
      ? [...[...document.querySelectorAll('figure[data-dimension=focusArea] .panel')][0].querySelectorAll('.row')].map((r) => [r.dataset.key, r.dataset.value])
      : [],
    faCells: [...document.querySelectorAll('figure[data-dimension=focusArea] table tbody tr')].map((tr) => [tr.dataset.key, tr.cells[1].textContent, tr.cells[3].textContent]),
    feet: [...document.querySelectorAll('figure')].map((fig) => fig.querySelector('.foot')?.textContent ?? ''),
    method: document.getElementById('method').parentElement.textContent,
  }))
  assert.equal(v.counters.pledges.v, f.count(s.pledgeCount))
  assert.equal(v.counters.entities.v, f.count(s.entities.count))
  assert.equal(v.counters.pledgerCountries.v, f.count(s.pledgerCountries.count))
  assert.ok(v.counters.totalValue.s.includes(f.amount(s.value.total)), `${f.amount(s.value.total)} in ${v.counters.totalValue.s}`)
  if (s.goal) assert.equal(v.counters.goalShare.v, f.percent(s.goal.share))
  const fa = s.breakdowns.find((b) => b.dimension === 'focusArea')
  assert.deepEqual(v.faValues, fa.rows.map((r) => [r.key, r.value]), 'codes and exact values unchanged')
  assert.deepEqual(v.faCells, fa.rows.map((r) => [r.key, f.count(r.pledges), f.amount(r.value)]))
  const table = s.rates.tableId.slice(0, 19)
  for (const foot of v.feet) assert.ok(foot.includes(s.currency) && foot.includes(table), `footnote: ${foot}`)
  for (const src of s.rates.sources) assert.ok(v.method.includes(src), src)
  // right to left: the first counter is the rightmost one
  const [first, second] = v.firstTwo
  if (entry.dir === 'rtl') assert.ok(first > second, `first counter at ${first}, second at ${second}`)
  else assert.ok(first < second)
}

async function checkProfile(page, p) {
  const v = await page.evaluate(() => ({
    pledges: document.querySelector('[data-figure=pledges] .v').textContent,
    reported: document.querySelector('[data-figure=reportedPledges] .v').textContent,
    ended: document.querySelector('[data-figure=ended] .v').textContent,
    status: [...document.querySelectorAll('figure[data-figure=status] .row')].map((r) => [r.dataset.key, r.dataset.value]),
    endDates: Object.fromEntries([...document.querySelectorAll('figure[data-figure=endDates] .row')].map((r) => [r.dataset.key, r.dataset.value])),
    h1: document.querySelector('h1').textContent,
  }))
  assert.equal(v.pledges, count(p.pledges))
  assert.equal(v.reported, count(p.reported))
  assert.equal(v.ended, count(p.endDates.ended))
  assert.deepEqual(v.status, p.status.map((r) => [r.key, String(r.count)]))
  assert.equal(v.endDates.later, String(p.endDates.later))
  assert.equal(v.endDates.endsThisYear, String(p.endDates.endsThisYear))
  assert.ok(v.h1.includes(p.name) && v.h1.includes(p.country))
}

const tally = (issues) => ({
  error: issues.filter((i) => i.severity === 'error').length,
  warning: issues.filter((i) => i.severity === 'warning').length,
  info: issues.filter((i) => i.severity === 'info').length,
})

async function checkBatch(page, r) {
  const t = tally(r.issues)
  const v = await page.evaluate(() => ({
    errors: document.querySelector('[data-figure=errors] .v').textContent,
    warnings: document.querySelector('[data-figure=warnings] .v').textContent,
    valid: document.querySelector('.status').dataset.valid,
    groups: Object.fromEntries([...document.querySelectorAll('[data-pledge-index]')].map((g) => [g.dataset.pledgeIndex, g.querySelectorAll('tbody tr').length])),
  }))
  assert.equal(v.errors, count(t.error))
  assert.equal(v.warnings, count(t.warning))
  assert.equal(v.valid, String(r.valid))
  const perPledge = {}
  for (const i of r.issues) {
    const m = /^\/(0|[1-9]\d*)(\/|$)/.exec(i.path)
    if (m) perPledge[m[1]] = (perPledge[m[1]] || 0) + 1
  }
  assert.deepEqual(v.groups, perPledge)
}

async function checkReport(page, r) {
  const v = await page.evaluate(() => ({
    valid: document.querySelector('.status').dataset.valid,
    rows: [...document.querySelectorAll('#issues ~ .tablewrap tbody tr')].map((tr) => tr.dataset.key),
    guidance: [...document.querySelectorAll('#issues ~ .tablewrap .guide')].length,
  }))
  assert.equal(v.valid, String(r.valid))
  assert.deepEqual([...v.rows].sort(), r.issues.map((i) => i.code).sort())
  assert.equal(v.guidance, r.issues.length, 'every issue has the catalogue’s guidance')
}
