// Node benchmarks: p2c validate(string | object) against JSON.parse + ajv (allErrors) on the
// exported schema.
//
//   node p2c-node/bench/run.mjs [--records N] [--repeat K] [--out FILE]
//   node p2c-node/bench/run.mjs --smoke     a few records, once: checks the benchmark runs
//
// Every validator gets the same records (the seeded corpus of `xtask corpus`); ajv must accept
// every record p2c accepts before any time counts. Medians of K runs over all records are
// written as JSON for scripts/bench_report.py.
//
// The cases run round-robin: one untimed pass of every case, then repetition k of every case
// before repetition k + 1 of any. Timing each case's K runs back to back made the ratios swing
// between runs of the same build (0.50× to 0.79× for validate(string) ÷ JSON.parse + ajv): a
// busy spell of the shared 2-core machine, or the background GC of the setup's ~100 MB of
// garbage, fell on whichever case was running (the first case's runs fell from 20 to 9 µs
// per record while the later cases were steady). Interleaved, such a spell hits every case
// alike and each ratio compares times taken side by side.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const p2c = require(join(here, '..'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    repeat: { type: 'string', default: '9' },
    out: { type: 'string' },
    smoke: { type: 'boolean', default: false },
  },
});
const records = args.smoke ? 20 : Number(args.records);
const repeat = args.smoke ? 1 : Number(args.repeat);

function corpus(count, invalid) {
  const kind = invalid ? 'invalid3' : 'valid';
  const path = join(root, 'target', 'bench', `corpus-${kind}-${count}.jsonl`);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const extra = invalid ? ['--invalid-rate', '1.0', '--mistakes', '3'] : [];
    execFileSync('cargo', ['run', '--quiet', ...(args.smoke ? [] : ['--release']), '-p', 'xtask',
      '--', 'corpus', '--seed', '42', '--count', String(count),
      '--format', 'jsonl', '--out', path, ...extra], { cwd: root, stdio: 'inherit' });
  }
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

function ajvValidator() {
  const schema = JSON.parse(readFileSync(join(root, 'schema', 'pledge.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // The integer widths schemars writes as formats (as in __test__/ajv.test.js).
  ajv.addFormat('int32', { type: 'number', validate: (n) => n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('uint64', { type: 'number', validate: (n) => n >= 0 && n <= 2 ** 64 - 1 });
  return ajv.compile(schema);
}

/** Wall time in ns of one pass of `fn` over `items`. */
function passNs(fn, items) {
  const t0 = process.hrtime.bigint();
  for (const x of items) fn(x);
  return Number(process.hrtime.bigint() - t0);
}

/** The median pass time of each case, the cases interleaved (see the top of this file). */
function mediansNs(cases) {
  const entries = Object.entries(cases);
  for (const [, [fn, items]] of entries) passNs(fn, items);
  const times = new Map(entries.map(([name]) => [name, []]));
  for (let k = 0; k < repeat; k++) {
    for (const [name, [fn, items]] of entries) times.get(name).push(passNs(fn, items));
  }
  return new Map(
    [...times].map(([name, t]) => [name, t.sort((a, b) => a - b)[Math.floor(t.length / 2)]]),
  );
}

const texts = corpus(records, false);
const objects = texts.map((t) => JSON.parse(t));
const invalidTexts = corpus(records, true);
const ajv = ajvValidator();

for (const [i, t] of texts.entries()) {
  if (!p2c.validate(t).valid) throw new Error(`p2c rejects valid record ${i}`);
  if (!ajv(objects[i])) throw new Error(`ajv rejects record ${i}: ${JSON.stringify(ajv.errors)}`);
}
for (const [i, t] of invalidTexts.entries()) {
  if (p2c.validate(t).valid) throw new Error(`p2c accepts invalid record ${i}`);
}

const cases = {
  p2c_validate_string: [(t) => p2c.validate(t), texts],
  json_parse_ajv_all_errors: [(t) => ajv(JSON.parse(t)), texts],
  p2c_validate_object: [(o) => p2c.validate(o), objects],
  ajv_all_errors: [(o) => ajv(o), objects],
  p2c_validate_buffer: [(b) => p2c.validate(b), texts.map((t) => Buffer.from(t))],
  p2c_validate_string_invalid3: [(t) => p2c.validate(t), invalidTexts],
};
const rows = [];
for (const [name, ns] of mediansNs(cases)) {
  const items = cases[name][1];
  rows.push({ group: 'node_validate', name, median_ns: ns, elements: items.length });
  console.log(`node_validate/${name}: ${(ns / items.length / 1000).toFixed(2)} µs per record`);
}

// Options (issue 22: any option set costs at most 5 % over the defaults), the option sets of
// p2c-py/bench/run.py: each through `validate(text, options)` and through a validator made
// once (`validator(options)`, as ajv's `compile`), against `validate(text)`, all interleaved.
const optionSets = {
  as_of: { asOf: '2026-11-23' },
  as_of_redact: { asOf: '2026-11-23', redactValues: true },
  lang: { lang: 'fr' },
  limits: { limits: { maxBytes: 1 << 20, maxDepth: 64 } },
  severity: { severity: { 'lifecycle.no_announcement_date': 'off' } },
};
const optionCases = { defaults: [(t) => p2c.validate(t), texts] };
for (const [name, options] of Object.entries(optionSets)) {
  const check = p2c.validator(options);
  optionCases[`validate_${name}`] = [(t) => p2c.validate(t, options), texts];
  optionCases[`validator_${name}`] = [(t) => check(t), texts];
}
for (const [name, ns] of mediansNs(optionCases)) {
  const items = optionCases[name][1];
  rows.push({ group: 'node_options', name, median_ns: ns, elements: items.length });
  console.log(`node_options/${name}: ${(ns / items.length / 1000).toFixed(2)} µs per record`);
}
if (args.out && !args.smoke) {
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(rows, null, 1) + '\n');
}
