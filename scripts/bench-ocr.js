// @ts-check
// `pnpm bench:ocr`: the embedded engine against the tool a user would otherwise pick, Debian's
// Tesseract with Chinese, on the same rendered documents in the same run, image by image, the order
// alternating. Reports character error rate, train-ticket field accuracy and median seconds per image.
// Flags: --psm N (Tesseract's page segmentation mode, default 1), --threads N (Tesseract's OpenMP
// threads, OMP_THREAD_LIMIT, default 1: its fastest for one image at a time here; 0 leaves Tesseract's own
// default, one thread per core), --report FILE (also
// write a JSON report), --keep (keep the rendered images), e.g. `pnpm bench:ocr --report /tmp/ocr.json`.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { extract } from '@tiqu/core'
import { createLocalEngine } from '@tiqu/engine-local'
import trainTicket from '@tiqu/template-train-ticket'
import { characterErrorRate, characterErrors, normalisation } from './lib/character-error-rate.js'
import { variants } from './lib/degrade-image.js'
import { measurePeakMemory } from './lib/measure-peak-memory.js'
import { renderBenchDocuments } from './lib/ocr-bench-documents.js'
import { createTesseractEngine, tesseractVersion } from './lib/tesseract-engine.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const warmUpImage = path.join(root, 'examples/train-ticket.jpg')
const { values: flags } = parseArgs({
  options: {
    psm: { type: 'string', default: '1' },
    threads: { type: 'string', default: '1' },
    report: { type: 'string' },
    keep: { type: 'boolean' },
  },
})
const pageSegmentationMode = Number(flags.psm)
const threads = Number(flags.threads)
const languages = 'chi_sim+eng'

const version = await tesseractVersion()
const installed = version ? (await promisify(execFile)('tesseract', ['--list-langs'])).stdout : ''
const needed = ['chi_sim', 'eng', ...(pageSegmentationMode <= 1 ? ['osd'] : [])]
const missing = needed.filter((language) => !installed.split(/\s+/).includes(language))
if (version === undefined || missing.length > 0) {
  console.error(
    `${version === undefined ? 'Tesseract is not installed' : `Tesseract lacks ${missing.join(', ')}`}; ` +
      "pnpm bench:ocr compares the local engine against it. Install Debian's packages:\n" +
      '  apt-get install -y tesseract-ocr tesseract-ocr-chi-sim\n' +
      '(tesseract-ocr brings eng and osd; chi_sim is in tesseract-ocr-chi-sim.)',
  )
  process.exit(1)
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const directory = await mkdtemp(path.join(os.tmpdir(), 'tiqu-bench-ocr-'))
const documents = await renderBenchDocuments(directory)
const local = createLocalEngine()
const tesseract = createTesseractEngine({ languages, pageSegmentationMode, threads })
const tools = /** @type {const} */ ([
  { key: 'local', engine: local },
  { key: 'tesseract', engine: tesseract },
])

// The local engine loads its models on first use, once per process: timed apart from the images.
let started = performance.now()
await extract({ input: warmUpImage, engine: local, template: trainTicket })
const firstCallSeconds = (performance.now() - started) / 1000
started = performance.now()
await extract({ input: warmUpImage, engine: local, template: trainTicket })
const loadSeconds = Math.max(0, firstCallSeconds - (performance.now() - started) / 1000)
// Tesseract's first run reads its trained data from disk; later runs find it in the page cache.
await extract({ input: warmUpImage, engine: tesseract, template: trainTicket })

/**
 * @typedef {object} ToolRun
 * @property {number} seconds
 * @property {number} [errors] character errors (pages and receipts)
 * @property {number} [length] reference length in characters
 * @property {number} [fieldsRight] (tickets)
 * @property {number} [fields]
 * @property {Record<string, unknown>} [wrongFields] what was read for each field not read right
 * @property {string} [error]
 */
/** @type {Array<import('./lib/ocr-bench-documents.js').BenchDocument & { runs: Record<string, ToolRun> }>} */
const results = []
for (const [index, document] of documents.entries()) {
  /** @type {Record<string, ToolRun>} */
  const runs = {}
  // Alternated image by image, so that drift (the other core's load, caches) falls on both alike.
  for (const { key, engine } of index % 2 === 0 ? tools : [...tools].reverse()) {
    const template = document.kind === 'ticket' ? trainTicket : undefined
    const runStarted = performance.now()
    const result = await extract({ input: document.file, engine, template })
    const run = /** @type {ToolRun} */ ({ seconds: (performance.now() - runStarted) / 1000 })
    if (result.error) run.error = result.error.message
    if (document.reference !== undefined) Object.assign(run, characterErrors(document.reference, result.text))
    if (document.expected !== undefined) {
      const expected = document.expected
      run.fields = Object.keys(expected).length
      const wrong = Object.keys(expected).filter((field) => result.data?.[field] !== expected[field])
      run.fieldsRight = run.fields - wrong.length
      run.wrongFields = Object.fromEntries(wrong.map((field) => [field, result.data?.[field] ?? null]))
    }
    runs[key] = run
  }
  results.push({ ...document, runs })
  const line = tools.map(({ key }) => {
    const run = /** @type {ToolRun} */ (runs[key])
    const score =
      run.length !== undefined
        ? `CER ${(((run.errors ?? 0) / run.length) * 100).toFixed(1)}%`
        : `${run.fieldsRight}/${run.fields} fields`
    return `${key} ${score} ${run.seconds.toFixed(2)} s${run.error ? ` (${run.error})` : ''}`
  })
  console.error(`${document.name.padEnd(20)} ${line.join(' | ')}   [${document.detail}]`)
}
await local.close?.()

const peak = await measurePeakMemory(
  ['apps/cli/bin/tiqu.js', 'extract', 'examples/train-ticket.jpg', '-t', 'train-ticket', '--engine', 'local'],
  { cwd: root },
)
if (peak.exitCode !== 0)
  throw new Error(`tiqu extract exited with ${peak.exitCode} while its memory was measured`)
if (flags.keep) console.error(`\nimages kept in ${directory}`)
else await rm(directory, { recursive: true, force: true })

const texts = results.filter((result) => result.reference !== undefined)
const tickets = results.filter((result) => result.expected !== undefined)
/** @param {typeof results} set @param {string} key */
const cer = (set, key) => characterErrorRate(set.map((result) => /** @type {any} */ (result.runs[key])))
/** @param {typeof results} set @param {string} key */
const fieldsOf = (set, key) => {
  const right = set.reduce((sum, result) => sum + (result.runs[key]?.fieldsRight ?? 0), 0)
  const all = set.reduce((sum, result) => sum + (result.runs[key]?.fields ?? 0), 0)
  return { right, all, fraction: all === 0 ? 0 : right / all }
}
/** @param {typeof results} set @param {string} key */
const medianSeconds = (set, key) => median(set.map((result) => result.runs[key]?.seconds ?? 0))
const percent = (/** @type {number} */ value) => `${(value * 100).toFixed(1)}%`
const ratio = (/** @type {number} */ mine, /** @type {number} */ theirs) =>
  theirs === 0 ? '—' : (mine / theirs).toFixed(2)

/** @type {Array<[string, string, string, string]>} */
const rows = []
const addRow = (
  /** @type {string} */ label,
  /** @type {(key: string) => number} */ measure,
  /** @type {(value: number) => string} */ show,
) => {
  const [mine, theirs] = [measure('local'), measure('tesseract')]
  rows.push([label, show(mine), show(theirs), ratio(mine, theirs)])
}
addRow(`character error rate, all ${texts.length} pages and receipts`, (key) => cer(texts, key), percent)
for (const variant of variants) {
  const set = texts.filter((result) => result.variant === variant)
  if (set.length > 0) addRow(`  ${variant} (${set.length})`, (key) => cer(set, key), percent)
}
const showFields = (/** @type {typeof results} */ set) => (/** @type {string} */ key) =>
  fieldsOf(set, key).fraction
addRow(`train-ticket fields exactly right, ${tickets.length} tickets × 10`, showFields(tickets), percent)
for (const variant of variants) {
  const set = tickets.filter((result) => result.variant === variant)
  if (set.length > 0) addRow(`  ${variant} (${set.length})`, showFields(set), percent)
}
const seconds = (/** @type {number} */ value) => `${value.toFixed(2)} s`
addRow(`median seconds per image, all ${results.length}`, (key) => medianSeconds(results, key), seconds)
for (const kind of /** @type {const} */ (['page', 'receipt', 'ticket'])) {
  const set = results.filter((result) => result.kind === kind)
  addRow(`  ${kind}s (${set.length})`, (key) => medianSeconds(set, key), seconds)
}

const tesseractLabel = `${version.replace(/^tesseract/, 'Tesseract')} (${languages}, --psm ${pageSegmentationMode}, ${threads > 0 ? `OMP_THREAD_LIMIT=${threads}` : 'OpenMP default'})`
console.log(
  `\nOCR benchmark: ${results.length} rendered images (${texts.length} pages and receipts with known text, ${tickets.length} train tickets), ` +
    `both engines on each image in turn, order alternating; ${os.availableParallelism()} cores, Node ${process.versions.node}`,
)
console.log(
  `text compared after: ${normalisation}; CER = edit distance summed ÷ reference characters summed\n`,
)
console.log(`| | local (PP-OCRv4) | ${tesseractLabel} | local ÷ Tesseract |`)
console.log('|---|---:|---:|---:|')
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
console.log(
  `\nlocal engine model load, once per process (not in the times above): ${loadSeconds.toFixed(2)} s; ` +
    'Tesseract times include starting its process, as a user runs it.',
)
const peakMiB = peak.peakBytes / 1024 ** 2
console.log(
  `peak memory of one local extraction (tiqu extract examples/train-ticket.jpg -t train-ticket --engine local, ${peak.how}): ` +
    `${peakMiB.toFixed(0)} MiB; target < 1024 MiB: ${peakMiB < 1024 ? 'met' : 'NOT met'}`,
)
const cerRatio = cer(texts, 'local') / cer(texts, 'tesseract')
const timeRatio = medianSeconds(results, 'local') / medianSeconds(results, 'tesseract')
console.log(
  `character error rate local ÷ Tesseract: ${cerRatio.toFixed(2)}; target ≤ 0.5: ${cerRatio <= 0.5 ? 'met' : 'NOT met'}`,
)
console.log(
  `median seconds local ÷ Tesseract: ${timeRatio.toFixed(2)}; target ≤ 0.5: ${timeRatio <= 0.5 ? 'met' : 'NOT met'}`,
)

if (flags.report) {
  const report = {
    machine: {
      cores: os.availableParallelism(),
      node: process.versions.node,
      platform: `${os.type()} ${os.release()}`,
    },
    tesseract: { version, languages, pageSegmentationMode, threads },
    normalisation,
    local_model_load_s: loadSeconds,
    peak_memory_one_local_extraction_bytes: peak.peakBytes,
    summary: rows.map(([measure, localValue, tesseractValue, localOverTesseract]) => ({
      measure: measure.trim(),
      local: localValue,
      tesseract: tesseractValue,
      local_over_tesseract: localOverTesseract,
    })),
    documents: results.map(({ file, reference, ...result }) => result),
  }
  await writeFile(flags.report, `${JSON.stringify(report, null, 2)}\n`)
  console.error(`\nreport written to ${flags.report}`)
}
