// Types of the public API of the `p2c` package (CommonJS entry `index.js`; the ESM entry
// re-exports the same names). Data-model types (Pledge, Summary, CountryProfile and what they
// use) are generated from schema/*.json into `types.d.ts`; the API and the plain-object
// results that have no JSON Schema of their own are declared here. Money amounts are always
// decimal strings, dates `YYYY-MM-DD` strings.

import type {
  Pledge,
  Summary,
  CountryProfile,
  Comparison,
  AnnualReport,
  Attribution,
  RegionMode,
  CurrencyCode,
  CountryCode,
  CountryGroup,
  FocusArea,
  Pillar,
  PledgeType,
  StakeholderType,
  ItuRegion,
  MoneyAmount,
  MoneyAmountInput,
  DecimalString,
  DecimalInput,
  ExplicitRateInput,
  ReviewState,
  FormatVersion,
} from './types'

export * from './types'
export { P2cError } from './errors'

/** A JSON document as p2c takes it: JSON text, UTF-8 bytes (a `Buffer`), or a parsed value. */
export type JsonInput = string | Uint8Array | ArrayBuffer | object

/** A date as `YYYY-MM-DD`. */
export type IsoDate = string

// ---------------------------------------------------------------------------------------------
// Validation

/** How bad an issue is: `error` makes a document invalid, the others do not. */
export type Severity = 'error' | 'warning' | 'info'

/** One finding about a document. */
export interface Issue {
  /** Stable machine code (`text.empty`, `money.unknown_currency`, …); see `issueCodes()`. */
  code: string
  severity: Severity
  /** RFC 6901 JSON Pointer to the offending value (`''` for the whole document). */
  path: string
  /** Human explanation; may improve between versions, so never match on it. */
  message: string
  /** Structured details of the finding (the code's documented parameters). */
  params: Record<string, unknown>
}

/** The result of validation: every problem at once; `valid` is false iff some issue is an error. */
export interface Report {
  valid: boolean
  issues: Issue[]
}

/** Size limits applied before and while reading input (each has a default). */
export interface Limits {
  /** Largest accepted input, in bytes. */
  maxBytes?: number
  /** Deepest accepted nesting of arrays and objects. */
  maxDepth?: number
  /** Longest accepted array. */
  maxArrayLen?: number
  /** Longest accepted string, in bytes. */
  maxStringLen?: number
}

/** Options of `validate`, `validateBatch`, `validateOrThrow` and `validateUpdate`. */
export interface ValidateOptions {
  /** The date that date rules are checked against (default: today, UTC). */
  asOf?: IsoDate | null
  /** Keep input values out of issue messages and params (for logs). */
  redactValues?: boolean
  limits?: Limits
  /** Language of issue messages (BCP 47 tag, default English; an unknown one warns). */
  lang?: string
  /** Per issue code: a new severity, or `off` to silence it. */
  severity?: Record<string, Severity | 'off'>
  /** Treat the input as a list of pledges. */
  batch?: boolean
  /** How a list is written (`validateFile`, `parsePledges`): `auto`, `json_array` or `json_lines`. */
  format?: 'auto' | 'json_array' | 'json_lines'
}

/** One entry of the issue-code catalogue. */
export interface IssueCodeInfo {
  code: string
  severity: Severity
  /** One-line explanation. */
  title: string
  /** How to fix a document that has this issue. */
  guidance: string
}

/** One of the coalition's five criteria for a strong pledge, met or not, with the reason. */
export interface CriterionResult {
  criterion:
    | 'addresses_focus_areas'
    | 'transformational_change'
    | 'mobilizes_resources'
    | 'multiple_entities'
    | 'measurable'
  met: boolean
  /** Stable code of the reason (`pillars_declared`, `single_entity`, …). */
  reason: string
  /** The figures the reason rests on. */
  params: Record<string, unknown>
}

/** The result of `assess`. */
export interface Assessment {
  /** How many of the five criteria are met. */
  metCount: number
  criteria: CriterionResult[]
}

/** Validate one pledge. Never throws for a bad document: every problem is an issue. */
export declare function validate(body: JsonInput, options?: ValidateOptions): Report
/** Validate a JSON array of pledges: each one's issues under `/<index>`, then the batch rules. */
export declare function validateBatch(body: JsonInput, options?: ValidateOptions): Report
/** A validation function with its options checked and prepared once (see `validator`). */
export interface Validator {
  /** `validate(body, options)` with the validator's options. */
  (body: JsonInput): Report
  /** `validateBatch(body, options)` with the validator's options. */
  batch(body: JsonInput): Report
}
/**
 * A validator whose options are read, checked and prepared once, as ajv's `compile` gives:
 * each call then costs what `validate(body)` without options does, and a mistake in the
 * options throws here (`invalid_argument`, `unknown_code`...) rather than on the first request.
 * The options are copied: changing the object afterwards does not change the validator.
 */
export declare function validator(options?: ValidateOptions): Validator
/**
 * `validate` off the event loop: the work runs on libuv's thread pool; the promise resolves to
 * the same report, or rejects with the same `P2cError` (argument mistakes included). The body is
 * copied first. For a request body of a few kB the synchronous call is cheaper.
 */
export declare function validateAsync(body: JsonInput, options?: ValidateOptions): Promise<Report>
/** `validateBatch` off the event loop (see `validateAsync`). */
export declare function validateBatchAsync(body: JsonInput, options?: ValidateOptions): Promise<Report>
/** `validate`, throwing `P2cError` (code `validation_failed`, with `.issues`) when invalid. */
export declare function validateOrThrow(body: JsonInput, options?: ValidateOptions): Report
/** Validate a change of a pledge (both versions must parse, else `parse_error` is thrown). */
export declare function validateUpdate(
  oldPledge: JsonInput,
  newPledge: JsonInput,
  options?: ValidateOptions,
): Report
/** `validateUpdate` off the event loop (both versions copied, then checked on libuv's thread pool). */
export declare function validateUpdateAsync(
  oldPledge: JsonInput,
  newPledge: JsonInput,
  options?: ValidateOptions,
): Promise<Report>
/**
 * Validate a file of pledges of any size without reading it into memory (a JSON array, JSON
 * Lines or one pledge); throws `io_error` only when it cannot be read.
 */
export declare function validateFile(path: string, options?: ValidateOptions): Report
/** `validateFile` off the event loop (reading and validating on libuv's thread pool). */
export declare function validateFileAsync(path: string, options?: ValidateOptions): Promise<Report>
/** The validation report of a pledge (or, with `options.batch`, a list) as an HTML page. */
export declare function renderReportHtml(body: JsonInput, options?: ValidateOptions): string
/** `renderReportHtml` off the event loop. */
export declare function renderReportHtmlAsync(body: JsonInput, options?: ValidateOptions): Promise<string>
/** Whether a pledge may move from review state `from` to `to`; unknown codes throw `unknown_code`. */
export declare function canTransition(from: ReviewState | string, to: ReviewState | string): boolean
/** The five strong-pledge criteria for a pledge, each met or not, with the reason. */
export declare function assess(pledge: JsonInput, options?: Record<string, never>): Assessment
/** The issue-code catalogue (or `options.code`'s entry), in `options.lang`. */
export declare function issueCodes(options?: { lang?: string; code?: string }): IssueCodeInfo[]

// ---------------------------------------------------------------------------------------------
// Documents and codelists

/** One value of a codelist. */
export interface CodeEntry {
  code: string
  label: string
  description: string
  /** The code of the parent value in `parentCodelist` (a pillar's focus area). */
  parent?: string
  /** The format version that introduced the value, when later than 1.0 (`"1.1"`). */
  since?: string
}

/** A closed codelist of the pledge format, as data. */
export interface Codelist {
  /** Machine name (`focusArea`, `pillar`, …). */
  name: string
  title: string
  /** The codelist that the entries' `parent` codes belong to. */
  parentCodelist?: string
  entries: CodeEntry[]
}

/** One change a migration made, or one place format 1.1 could say more (`review`). */
export interface MigrationChange {
  /** RFC 6901 pointer to the place (prefixed with the pledge's index in a list). */
  path: string
  /** The field changed, or the 1.1 field that could be filled. */
  what: string
  /** In words. */
  detail: string
}

/** What a migration did to one pledge. */
export interface MigrationReport {
  /** The version the pledge declared. */
  from: FormatVersion
  /** The version it declares now. */
  to: FormatVersion
  /** The changes made; empty when the pledge was already current. */
  changes: MigrationChange[]
  /** Places where format 1.1 can say more than the pledge does; nothing was changed there. */
  review: MigrationChange[]
}

/** The result of `migrate`. */
export interface Migrated<D> {
  /** The migrated document, in the kind it was given. */
  document: D
  /** One report per pledge, in document order. */
  reports: MigrationReport[]
}

/**
 * Migrate a pledge document (or an array of them) to the current format version: only
 * `formatVersion` changes, and migrating again changes nothing. Text or bytes give JSON text
 * back, an object gives an object. Throws `parse_error` or `unsupported_version`.
 */
export declare function migrate(document: string | Uint8Array | ArrayBuffer, options?: Record<string, never>): Migrated<string>
export declare function migrate<T extends object>(document: T, options?: Record<string, never>): Migrated<T>

/** Parse one pledge into a plain object (amounts as decimal strings); throws `parse_error`. */
export declare function parsePledge(text: JsonInput): Pledge
/** Parse pledges (a JSON array, or JSON Lines: `options.format`); throws `parse_error`. */
export declare function parsePledges(
  text: JsonInput,
  options?: { format?: 'auto' | 'json_array' | 'json_lines' },
): Pledge[]
/** The pledge without its private contact details, for public pages and exports. */
export declare function publicView(pledge: JsonInput): Pledge
/** The JSON Schema (draft 2020-12) of a pledge document. */
export declare function jsonSchema(): Record<string, unknown>
/** Every closed codelist with its codes, and labels in `options.lang` (default English). */
export declare function codelists(options?: { lang?: string }): Codelist[]

// ---------------------------------------------------------------------------------------------
// Money

// Option values are snake_case everywhere in the API (`'half_up'`, `'on_or_before'`,
// `'equal_split'`, `'primary_only'`, `'json_lines'`), as the codes of every codelist are; keys
// are camelCase. The camelCase values of version 0.1 are still accepted for this release (typed
// below as `Deprecated…`), each answered with one `DeprecationWarning` (code
// `P2C_DEPRECATED_SPELLING`) per process and a `deprecated_spelling` entry in `warnings`.

/** Which rate a conversion uses (what p2c writes back, in `Conversion.policy`). */
export type ConversionPolicy =
  | { kind: 'exact_date' }
  | { kind: 'on_or_before'; maxDays: number }
  | { kind: 'annual_average' }
  | { kind: 'explicit' }
  | { kind: 'stated_equivalent' }
  | { kind: 'chain'; policies: ConversionPolicy[] }

/**
 * @deprecated The camelCase policy kinds of version 0.1 (`exactDate`, `onOrBefore`,
 * `annualAverage`): write `exact_date`, `on_or_before`, `annual_average`. Accepted with a
 * warning in this release, refused in the next.
 */
export type DeprecatedConversionPolicy =
  | { kind: 'exactDate' }
  | { kind: 'onOrBefore'; maxDays: number }
  | { kind: 'annualAverage' }
  | { kind: 'chain'; policies: ConversionPolicyInput[] }

/**
 * A policy as an option takes it: the object, or its name (`'default'`, `'exact_date'`,
 * `'annual_average'`, `'explicit'`, `'stated_equivalent'`, `'on_or_before:7'`).
 */
export type ConversionPolicyInput =
  | ConversionPolicy
  | { kind: 'chain'; policies: ConversionPolicyInput[] }
  | 'default'
  | 'exact_date'
  | 'annual_average'
  | 'explicit'
  | 'stated_equivalent'
  | `on_or_before:${number}`
  | DeprecatedConversionPolicy
  | DeprecatedConversionPolicyName

/** @deprecated The policy names of version 0.1 (`'onOrBefore:7'`, …): write them in snake_case. */
export type DeprecatedConversionPolicyName = 'exactDate' | 'annualAverage' | `onOrBefore:${number}`

/** How a converted amount is rounded to the target's minor units (default `bankers`). */
export type RoundingStrategy =
  | 'bankers'
  | 'half_up'
  | 'half_down'
  | 'toward_zero'
  | 'away_from_zero'
  | 'floor'
  | 'ceiling'

/**
 * @deprecated The camelCase rounding names of version 0.1: write `half_up`, `half_down`,
 * `toward_zero`, `away_from_zero`. Accepted with a warning in this release, refused in the next.
 */
export type DeprecatedRoundingStrategy = 'halfUp' | 'halfDown' | 'towardZero' | 'awayFromZero'

/** A rounding strategy as an option takes it. */
export type RoundingStrategyInput = RoundingStrategy | DeprecatedRoundingStrategy

/** What kind of rate a conversion used. */
export type RateKind = 'daily' | 'annual_average' | 'explicit' | 'identity' | 'stated_equivalent'

/**
 * The amount `convert` takes. `amount` is a decimal string or a `bigint`; a JS number does not
 * compile (and is refused at run time): it may already have lost digits.
 */
export interface MoneyInput {
  amount: DecimalInput
  currency: CurrencyCode
  /** The value date (alias: `valueDate`). */
  date?: IsoDate
  valueDate?: IsoDate
  explicitRate?: ExplicitRateInput
  isFloor?: boolean
}

/** Options of `convert`. */
export interface ConvertOptions {
  /** Target currency (default `USD`). */
  to?: CurrencyCode
  policy?: ConversionPolicyInput
  rounding?: RoundingStrategyInput
  /** Rate table (default: `RateTable.embedded()`). */
  table?: RateTable
}

/** A converted amount with everything needed to reproduce it. */
export interface Conversion {
  /** The converted amount (same as `converted.amount`). */
  amount: DecimalString
  /** The target currency (same as `converted.currency`). */
  currency: CurrencyCode
  original: MoneyAmount
  converted: MoneyAmount
  /** Units of the target per unit of the original currency, unrounded. */
  rate: DecimalString
  valueDate: IsoDate
  rateDate: IsoDate
  rateKind: RateKind
  source: string
  /** The single policy that found the rate; absent when the currencies are the same. */
  policy?: ConversionPolicy
  /** The rate table's identifier (`sha256:…`). */
  tableId: string
  rounding: RoundingStrategy
  /** Decimal places of the converted amount; absent for targets without minor units. */
  decimalPlaces?: number
}

/** The conversion as the native addon returns it (before `convert` adds `amount`, `currency`). */
export type NativeConversion = Omit<Conversion, 'amount' | 'currency'>

/** A table of dated exchange rates. Immutable; `merge` makes a new one. */
export declare class RateTable {
  private constructor()
  /** The embedded ECB daily and ECB/HMRC annual-average rates. */
  static embedded(): RateTable
  /** CSV text (`date,base,currency,rate,source`), as a string or a Buffer: always the CSV itself, never a file name. */
  static fromCsv(text: string | Uint8Array): RateTable
  /** A CSV file (`date,base,currency,rate,source`), read from `path`. */
  static fromCsvFile(path: string): RateTable
  /**
   * The ECB's own `eurofxref-hist.csv` or `.zip` as downloaded: a path, or its bytes with the
   * file name to record (every rate's source names the file and its SHA-256).
   */
  static fromEcb(source: string | Uint8Array, name?: string): RateTable
  /** JSON (`{ "rates": [...] }`): text, a Buffer, or the parsed object. */
  static fromJson(source: JsonInput): RateTable
  /** This table merged with `other`; `precedence` says which wins where both have a rate. */
  merge(other: RateTable, precedence: 'existing' | 'incoming'): RateTable
  /** The table's identifier (`sha256:…`), recorded in every conversion. */
  readonly id: string
  /** The rates' sources, with the citations their licences require. */
  readonly sources: string[]
  /** How many rates the table holds. */
  readonly size: number
}

/** Convert an amount with provenance. */
export declare function convert(money: MoneyInput, options?: ConvertOptions): Conversion

// ---------------------------------------------------------------------------------------------
// Dashboards

/** Which pledges a summary covers: a pledge must match every non-empty filter. */
export interface Filters {
  focusAreas?: FocusArea[]
  pillars?: Pillar[]
  pledgeTypes?: PledgeType[]
  stakeholderTypes?: StakeholderType[]
  regions?: ItuRegion[]
  countries?: CountryCode[]
  countryGroups?: CountryGroup[]
  /** First and last day, inclusive: pledges whose period overlaps it. */
  period?: [IsoDate, IsoDate] | null
  /**
   * First and last day, inclusive: pledges new in this window, by their validation date, else
   * submission date, else announcement date. A pledge whose date cannot tell (none, or a month
   * or year across an end of the window) is listed in `excluded` with reason
   * `newness_undetermined`, never counted as new.
   */
  newBetween?: [IsoDate, IsoDate] | null
}

/** Options of `summarize`, `renderDashboard` and `countryProfile`. */
export interface SummaryOptions {
  /** Only what was known on this date counts (default: today's UTC date, as in every p2c call). */
  asOf?: IsoDate
  /** Currency of every amount (default `USD`). */
  currency?: CurrencyCode
  /** Rate table (default: `RateTable.embedded()`). */
  table?: RateTable
  policy?: ConversionPolicyInput
  rounding?: RoundingStrategyInput
  attribution?: Attribution
  regionMode?: RegionMode
  filters?: Filters
  /** What happens to pledges that fail validation (default `exclude`). */
  invalid?: 'exclude' | 'reject' | 'include'
  /** Validate every pledge first (default true). */
  validate?: boolean
  /** Further pledge ids known to be invalid, with the issue codes that failed them. */
  invalidPledges?: Record<string, string[]>
  /** A pledge with no report for longer than this many days is overdue. */
  reportIntervalDays?: number
  /** Days after the report interval during which a report is `due`, not `overdue` (90). */
  reportGraceDays?: number
  /** Calendar years without a report after which a pledge is `inactive` and left out of `reporting.status.activeValue` (2). */
  inactiveAfterYears?: number
  /** The coalition's goal, for progress. */
  goal?: MoneyAmountInput
  /** How many entries the "top" lists of a country profile keep. */
  top?: number
  /** How a file or the bytes of one are read (`summarizeFile`, the partition calls; default `auto`). */
  format?: 'auto' | 'json_array' | 'json_lines'
  /** Threads a file or partition may be summarized on (0 or absent: every core). The summary is the same whatever the number. */
  threads?: number
}

/** Summarize pledges (a JSON array): the JSON of `schema/summary.schema.json`. */
export declare function summarize(pledges: JsonInput, options?: SummaryOptions): Summary
/**
 * `summarize` off the event loop: the work runs on libuv's thread pool, so a server keeps
 * answering other requests during a long dashboard. Same summary, same errors (as rejections).
 */
export declare function summarizeAsync(pledges: JsonInput, options?: SummaryOptions): Promise<Summary>
/**
 * Summarize a file of pledges (a JSON array or JSON Lines) without a pledge object per record,
 * on up to `options.threads` threads: the summary `summarize` gives for the same pledges.
 */
export declare function summarizeFile(path: string, options?: SummaryOptions): Summary
/** `summarizeFile` off the event loop. */
export declare function summarizeFileAsync(path: string, options?: SummaryOptions): Promise<Summary>
/**
 * The ids relations name in one partition (the bytes of a JSON array or of whole JSON Lines),
 * sorted: unite those of every partition and give the union to `partialSummary`.
 */
export declare function relatedIds(
  data: Uint8Array | ArrayBuffer,
  options?: Pick<SummaryOptions, 'format' | 'threads'>,
): string[]
/**
 * The partial summary of one partition, as bytes to carry to another process or machine and
 * merge with `mergePartials`; `related` is the union of `relatedIds` over every partition.
 */
export declare function partialSummary(
  data: Uint8Array | ArrayBuffer,
  related: readonly string[],
  options?: SummaryOptions,
): Buffer
/**
 * Merge the partial summaries of one input's partitions (in order) into its summary; partials
 * made with other options, rates, related ids or another p2c version are refused
 * (`partial_mismatch`), damaged ones too (`invalid_partial`).
 */
export declare function mergePartials(
  partials: readonly (Uint8Array | ArrayBuffer)[],
  options?: SummaryOptions,
): Summary
/** The plain-text dashboard of `summarize(pledges, options)`. */
export declare function renderDashboard(pledges: JsonInput, options?: SummaryOptions): string
/** `renderDashboard` off the event loop. */
export declare function renderDashboardAsync(pledges: JsonInput, options?: SummaryOptions): Promise<string>
/** The dashboard of `summarize(pledges, options)` as a self-contained HTML page. */
export declare function renderDashboardHtml(pledges: JsonInput, options?: SummaryOptions): string
/** `renderDashboardHtml` off the event loop. */
export declare function renderDashboardHtmlAsync(pledges: JsonInput, options?: SummaryOptions): Promise<string>
/** The profile of one country (ISO 3166-1 alpha-3 in any case, alpha-2 or name) as of `options.asOf`. */
export declare function countryProfile(
  pledges: JsonInput,
  country: CountryCode | string,
  options?: SummaryOptions,
): CountryProfile
/** `countryProfile` off the event loop. */
export declare function countryProfileAsync(
  pledges: JsonInput,
  country: CountryCode | string,
  options?: SummaryOptions,
): Promise<CountryProfile>
/** The text of `countryProfile(pledges, country, options)`, in `options.lang`. */
export declare function renderProfile(
  pledges: JsonInput,
  country: CountryCode | string,
  options?: SummaryOptions,
): string
/** The profile of one country as a self-contained HTML page. */
export declare function renderProfileHtml(
  pledges: JsonInput,
  country: CountryCode | string,
  options?: SummaryOptions,
): string

/** `renderProfileHtml` off the event loop. */
export declare function renderProfileHtmlAsync(
  pledges: JsonInput,
  country: CountryCode | string,
  options?: SummaryOptions,
): Promise<string>

/**
 * What changed from summary `a` (the base) to summary `b`, both as `summarize` returns them:
 * each headline figure and breakdown row in both, the exact change `b - a` and the percent
 * change (rounded once to 2 places, half away from zero; `null` with `percentAbsent` when there
 * is no base). A row only one summary has is `null` on the other side, never `"0"`. Throws
 * `P2cError` `summary_mismatch` for summaries in different currencies, attributions, region
 * modes or rate tables.
 */
export declare function compare(a: Summary, b: Summary): Comparison

/**
 * The figures of an annual progress report as of `options.asOf` (headline counters, growth on
 * a year earlier, new in the year, top SDGs, pledger origin, LDC/LLDC/SIDS, women, reporting,
 * events), each with a stable `id`, value and the definition it was computed by. The options
 * are those of `summarize`; `filters.newBetween` is refused (`invalid_argument`): the report
 * sets its own window. Throws `P2cError` as `summarize` does.
 */
export declare function annualReport(pledges: JsonInput, options?: SummaryOptions): AnnualReport

/** Options of `tables`: the core's `TablesCall` and a rate table. */
export interface TablesOptions {
  /**
   * The date the filters are evaluated on (default: today's UTC date). When given, the
   * `pledges` table also gets the column `reporting_status` as of this date.
   */
  asOf?: IsoDate
  /** Convert every amount into this currency (columns `converted_amount`, `rate`, …; default: none). */
  currency?: CurrencyCode
  /** Rate table (default: `RateTable.embedded()`). */
  table?: RateTable
  policy?: ConversionPolicyInput
  rounding?: RoundingStrategyInput
  regionMode?: RegionMode
  /** Which pledges the rows are of (as for a summary). */
  filters?: Filters
  /** Days between progress reports for the `reporting_status` column (365). */
  reportIntervalDays?: number
  /** Grace days after the interval before a report is `overdue` (90). */
  reportGraceDays?: number
  /** Years without a report after which a pledge is `inactive` (2). */
  inactiveAfterYears?: number
  /** How a text or bytes document is read (default `auto`). */
  format?: 'auto' | 'json_array' | 'json_lines'
  /** How many threads build the tables (`0` or absent: every core); the rows are the same whatever the number. */
  threads?: number
}

/** One row of a flat table: column name → the cell's text (amounts as decimal strings), `null` when empty. */
export type TableRow = Record<string, string | null>

/** The six flat tables of `tables`, by name: the rows of `p2c export --format json`. */
export interface Tables {
  /** One row per pledge. */
  pledges: TableRow[]
  /** One row per pledge and implementation country, with the declared share. */
  pledge_countries: TableRow[]
  /** One row per pledge and pillar, with the pillar's focus area. */
  pledge_pillars: TableRow[]
  /** One row per pledge and pledging entity, the lead first. */
  pledge_partners: TableRow[]
  /** One row per pledge and progress report. */
  pledge_reports: TableRow[]
  /** One scorecard row per pledging entity, in the order of its identity key. */
  pledgers: TableRow[]
}

/**
 * The six flat tables of the pledges the options select (the rows `p2c export --format json`
 * writes). Throws `P2cError` (an unknown option key: `invalid_argument`, as for every call).
 */
export declare function tables(pledges: JsonInput, options?: TablesOptions): Tables
/** `tables` off the event loop: the tables are built on libuv's thread pool. */
export declare function tablesAsync(pledges: JsonInput, options?: TablesOptions): Promise<Tables>

/** @internal Panics inside Rust on purpose, to test that no panic reaches Node. */
export declare function _panicForTests(): void
/** @internal Panics on a libuv worker thread on purpose: the promise rejects with `internal_error`. */
export declare function _panicAsyncForTests(): Promise<string>

// ---------------------------------------------------------------------------------------------
// Spreadsheets: Buffer in, Buffer out

/** Limits on spreadsheet input (each has a default). */
export interface SheetLimits {
  /** Largest accepted file, in bytes. */
  maxBytes?: number
  /** Largest total size of a workbook's parts once decompressed (the bound on zip bombs). */
  maxUncompressedBytes?: number
  /** Most parts in a workbook's zip container. */
  maxParts?: number
  /** Most entries in a workbook's shared-string table. */
  maxSharedStrings?: number
  /** Most non-empty rows read from one sheet. */
  maxRows?: number
  /** Most non-empty cells read from the whole workbook. */
  maxCells?: number
}

/** Options of `readSheet`, `readSheetAsync`, `readCsvFiles` and `issuesWorkbook` (the core's `SheetImportCall`). */
export interface SheetImportOptions {
  /** `auto` (by the bytes, then `name`), `xlsx` or `csv`. */
  format?: 'auto' | 'xlsx' | 'csv'
  /** The file's name: detects the format, names a CSV file's sheet (`countries.csv` is that table). */
  name?: string
  asOf?: IsoDate | null
  redactValues?: boolean
  limits?: Limits
  /** Language of issue messages (codes, paths and cells never change). */
  lang?: string
  severity?: Record<string, Severity | 'off'>
  sheetLimits?: SheetLimits
  /** CSV: remove the apostrophe an export put before formula-like text (default true). */
  restoreFormulas?: boolean
  /** CSV: the field delimiter (default: the most frequent of `,`, `;` and tab in the first line). */
  delimiter?: string
}

/** An issue of a spreadsheet import: a validation issue with its place in the spreadsheet. */
export interface SheetIssue extends Issue {
  /** The sheet's name (for CSV, the file's name); absent for an issue about the whole file. */
  sheet?: string
  /** The 1-based row. */
  row?: number
  /** The column letters (`H`). */
  column?: string
  /** The A1 reference (`H3`). */
  cell?: string
}

/** The result of a spreadsheet import. */
export interface SheetImport {
  /** True when no issue is an error. */
  valid: boolean
  /** One pledge document per row of the pledges sheet (amounts as decimal strings). */
  documents: Record<string, unknown>[]
  /** Every issue, each with its cell. */
  issues: SheetIssue[]
  /** For each document, its 1-based row on the pledges sheet. */
  rows: number[]
  warnings?: { code: string; message: string; pointer: string; replacement?: string }[]
}

/** Options of a spreadsheet export. */
export interface SheetExportOptions {
  /** The language of the template's README sheet, prompts and labels. */
  lang?: string
  /** Include the private contact columns (default false). */
  private?: boolean
  /** Neutralize formula-like text (default true). */
  escapeFormulas?: boolean
}

/** Read a workbook or CSV file in the template's layout; a damaged or oversized file is an issue, never a throw. */
export declare function readSheet(data: Uint8Array | ArrayBuffer, options?: SheetImportOptions): SheetImport
/** `readSheet` off the event loop. */
export declare function readSheetAsync(data: Uint8Array | ArrayBuffer, options?: SheetImportOptions): Promise<SheetImport>
/** Read CSV files together, each the table its name says (`{ 'pledges.csv': bytes, … }`). */
export declare function readCsvFiles(files: Record<string, Uint8Array | ArrayBuffer>, options?: Omit<SheetImportOptions, 'name'>): SheetImport
/** The empty template workbook. */
export declare function templateXlsx(options?: SheetExportOptions): Buffer
/** Pledge documents as a workbook in the template's layout. */
export declare function writeXlsx(documents: object[] | string, options?: SheetExportOptions): Buffer
/** The rows of a spreadsheet that have errors, with an `issues` sheet, as a workbook. */
export declare function issuesWorkbook(
  data: Uint8Array | ArrayBuffer,
  options?: SheetImportOptions,
  exportOptions?: SheetExportOptions,
): Buffer
/** `writeXlsx` off the event loop. */
export declare function writeXlsxAsync(documents: object[] | string, options?: SheetExportOptions): Promise<Buffer>
/** `issuesWorkbook` off the event loop. */
export declare function issuesWorkbookAsync(
  data: Uint8Array | ArrayBuffer,
  options?: SheetImportOptions,
  exportOptions?: SheetExportOptions,
): Promise<Buffer>
