// @ts-check
// `pnpm bench`: what tiqu's core costs over calling the API by hand, how close a batch comes to the
// throughput its concurrency allows, and how fast the embedded engine reads.
// Both sides of each comparison run in this process, interleaved, against the same loopback server.
import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Worker } from 'node:worker_threads'
import { createQwenEngine, extract, extractMany } from '@tiqu/core'
import { createLocalEngine } from '@tiqu/engine-local'
import { startFakeQwenServer } from '@tiqu/qwen-fake-server'
import trainTicket from '@tiqu/template-train-ticket'
import OpenAI from 'openai'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const samplePath = path.join(root, 'examples/train-ticket.jpg')
const requests = Number(process.env.BENCH_REQUESTS ?? 200)
const localRuns = Number(process.env.BENCH_LOCAL_RUNS ?? 10)
const overheadTrials = Number(process.env.BENCH_TRIALS ?? 5)
const batchDocuments = Number(process.env.BENCH_BATCH_DOCUMENTS ?? 320)
const batchTrials = Number(process.env.BENCH_BATCH_TRIALS ?? 3)
const localBatchDocuments = Number(process.env.BENCH_LOCAL_BATCH_DOCUMENTS ?? 50)
const localBatchTrials = Number(process.env.BENCH_LOCAL_BATCH_TRIALS ?? 2)
const batchConcurrency = 16
const batchLatencyMs = 200

const expected = JSON.parse(await readFile(path.join(root, 'examples/train-ticket.expected.json'), 'utf8'))
const answer = `\`\`\`json\n${JSON.stringify(expected)}\n\`\`\``

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

async function benchCoreOverhead() {
  const server = await startFakeQwenServer({ apiKey: 'sk-bench', reply: { content: answer } })
  const model = 'qwen-vl-ocr-2025-11-20'
  const client = new OpenAI({ apiKey: 'sk-bench', baseURL: server.baseURL, maxRetries: 0 })
  const engine = createQwenEngine({ apiKey: 'sk-bench', baseURL: server.baseURL, maxRetries: 0 })

  // By hand: what a user of the bare SDK writes — read, encode, call, strip the fence, parse.
  const bare = async () => {
    const bytes = await readFile(samplePath)
    const completion = await client.chat.completions.create({
      model,
      messages: [
        {
          role: 'user',
          content: [
            /** @type {any} */ ({
              type: 'image_url',
              image_url: { url: `data:image/jpeg;base64,${bytes.toString('base64')}` },
              min_pixels: 32 * 32 * 3,
              max_pixels: 32 * 32 * 8192,
            }),
            { type: 'text', text: /** @type {string} */ (trainTicket.prompt) },
          ],
        },
      ],
    })
    const text = completion.choices[0]?.message.content ?? ''
    return JSON.parse(text.replace(/^```json\n|\n```$/g, ''))
  }
  const withTiqu = async () => {
    const result = await extract({ input: samplePath, engine, template: trainTicket })
    if (!result.valid) throw new Error(`benchmark extraction invalid: ${JSON.stringify(result.issues)}`)
    return result.data
  }

  for (let index = 0; index < 20; index++) {
    await bare()
    await withTiqu()
  }
  /** @type {Array<{ bare_total_ms: number, tiqu_total_ms: number, ratio: number }>} */
  const trials = []
  for (let trial = 0; trial < overheadTrials; trial++) {
    let bareTotal = 0
    let tiquTotal = 0
    // Alternated request by request, so that drift (GC, CPU frequency, the other core) falls on both sides alike.
    for (let index = 0; index < requests; index++) {
      let started = performance.now()
      await bare()
      bareTotal += performance.now() - started
      started = performance.now()
      await withTiqu()
      tiquTotal += performance.now() - started
      // The fake server records every request; a benchmark needs none of them kept.
      server.requests.length = 0
    }
    trials.push({ bare_total_ms: bareTotal, tiqu_total_ms: tiquTotal, ratio: tiquTotal / bareTotal })
  }
  await server.close()
  return { requests, trials, ratio: median(trials.map((trial) => trial.ratio)) }
}

// A batch can do no better than `concurrency` documents every server latency; what it loses below that
// is tiqu's own time between documents (reading files, building requests, parsing, scheduling).
async function benchBatchThroughput() {
  // The server runs in a thread of its own, as a real one runs elsewhere: its work of parsing requests
  // and writing answers must not be charged to the client being measured.
  const server = await startServerThread({
    apiKey: 'sk-bench',
    reply: { content: answer },
    latencyMs: batchLatencyMs,
  })
  const engine = createQwenEngine({ apiKey: 'sk-bench', baseURL: server.baseURL, maxRetries: 0 })
  const idealRate = batchConcurrency / (batchLatencyMs / 1000)
  /** @param {number} count */
  const runBatch = async (count) => {
    const inputs = Array.from({ length: count }, (_, index) => ({
      input: samplePath,
      source: `doc-${index}`,
    }))
    const batch = extractMany({ inputs, engine, template: trainTicket, concurrency: batchConcurrency })
    const started = performance.now()
    const summary = await batch.done
    const seconds = (performance.now() - started) / 1000
    if (summary.valid !== count) throw new Error(`benchmark batch: ${summary.valid} of ${count} valid`)
    return count / seconds
  }
  await runBatch(batchConcurrency * 2)
  /** @type {number[]} */
  const rates = []
  for (let trial = 0; trial < batchTrials; trial++) rates.push(await runBatch(batchDocuments))
  await server.close()
  const rate = median(rates)
  return { rates, rate, idealRate, fraction: rate / idealRate }
}

/**
 * Starts the fake server in a worker thread; it keeps no record of requests (a benchmark needs none).
 * @param {import('@tiqu/qwen-fake-server').FakeQwenServerOptions} options
 */
async function startServerThread(options) {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads')
    import(workerData.module).then(async ({ startFakeQwenServer }) => {
      const server = await startFakeQwenServer(workerData.options)
      const reply = workerData.options.reply
      server.setReply(() => {
        server.requests.length = 0
        return reply
      })
      parentPort.postMessage(server.baseURL)
      parentPort.once('message', () => server.close().then(() => parentPort.close()))
    })`,
    { eval: true, workerData: { module: import.meta.resolve('@tiqu/qwen-fake-server'), options } },
  )
  const baseURL = /** @type {string} */ (await once(worker, 'message').then(([message]) => message))
  return {
    baseURL,
    close: async () => {
      worker.postMessage('close')
      await once(worker, 'exit')
    },
  }
}

async function benchLocalEngine() {
  const engine = createLocalEngine()
  const started = performance.now()
  await extract({ input: samplePath, engine, template: trainTicket })
  const firstMs = performance.now() - started
  /** @type {number[]} */
  const seconds = []
  let fieldsRight = 0
  for (let index = 0; index < localRuns; index++) {
    const runStarted = performance.now()
    const result = await extract({ input: samplePath, engine, template: trainTicket })
    seconds.push((performance.now() - runStarted) / 1000)
    fieldsRight = Object.keys(expected).filter((field) => result.data?.[field] === expected[field]).length
  }
  await engine.close?.()
  return {
    runs: localRuns,
    first_run_s: firstMs / 1000,
    median_s: median(seconds),
    fields_right: `${fieldsRight}/${Object.keys(expected).length}`,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }
}

const core = await benchCoreOverhead()
console.log(
  `\ncore overhead: ${core.trials.length} trials of ${core.requests} sequential requests each, bare openai SDK vs tiqu extract(), alternated, same loopback server`,
)
console.table(
  core.trials.map((trial) => ({
    'bare ms / request': (trial.bare_total_ms / core.requests).toFixed(2),
    'tiqu ms / request': (trial.tiqu_total_ms / core.requests).toFixed(2),
    'tiqu / bare': trial.ratio.toFixed(3),
  })),
)
console.log(`ratio tiqu / bare (median of trials): ${core.ratio.toFixed(3)}; target ≤ 1.05`)

const batch = await benchBatchThroughput()
console.log(
  `\nbatch throughput: extractMany over ${batchDocuments} documents, concurrency ${batchConcurrency}, loopback server with ${batchLatencyMs} ms latency, ${batchTrials} trials`,
)
console.log(
  `${batch.rates.map((rate) => rate.toFixed(1)).join(', ')} docs/s; median ${batch.rate.toFixed(1)} of the ideal ${batch.idealRate.toFixed(0)} docs/s (concurrency ÷ latency): fraction ${batch.fraction.toFixed(3)}; target ≥ 0.9`,
)

const local = await benchLocalEngine()
console.log(
  `\nlocal engine: ${local.runs} runs on examples/train-ticket.jpg after one warm-up (model load ${local.first_run_s.toFixed(2)} s)`,
)
console.log(
  `median ${local.median_s.toFixed(3)} s per image; fields right ${local.fields_right}; peak RSS ${local.peak_rss_mb} MB`,
)

// The CLI as a user runs it on a folder of tickets, a fresh process each run: `--concurrency 1` against
// `--concurrency 2` (which reads two pages side by side in worker threads), alternating which goes first.
async function benchLocalBatch() {
  const folder = await mkdtemp(path.join(tmpdir(), 'tiqu-bench-'))
  try {
    await renderTickets(folder, localBatchDocuments)
    const cli = path.join(root, 'apps/cli/bin/tiqu.js')
    // The child reports its own peak resident memory, worker threads included, as it exits.
    const reportPeak = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak_rss_kb='+process.resourceUsage().maxRSS+'\\n'))`
    /** @param {number} concurrency */
    const run = async (concurrency) => {
      const out = path.join(folder, `out-${concurrency}.jsonl`)
      const started = performance.now()
      const { stderr } = await promisify(execFile)(
        process.execPath,
        [
          `--import=${reportPeak}`,
          cli,
          'extract',
          folder,
          '-t',
          'train-ticket',
          '--engine',
          'local',
          '--concurrency',
          String(concurrency),
          '-o',
          out,
        ],
        { maxBuffer: 1 << 24 },
      )
      const seconds = (performance.now() - started) / 1000
      const records = (await readFile(out, 'utf8'))
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      await rm(out)
      const valid = records.filter((record) => record.valid).length
      if (valid !== localBatchDocuments)
        throw new Error(`local batch: ${valid} of ${localBatchDocuments} valid`)
      const peak = Number(/peak_rss_kb=(\d+)/.exec(stderr)?.[1] ?? 0)
      return { concurrency, seconds, peak_rss_mb: Math.round(peak / 1024) }
    }
    /** @type {Array<{ one: Awaited<ReturnType<typeof run>>, two: Awaited<ReturnType<typeof run>> }>} */
    const trials = []
    for (let trial = 0; trial < localBatchTrials; trial++) {
      if (trial % 2 === 0) {
        const one = await run(1)
        trials.push({ one, two: await run(2) })
      } else {
        const two = await run(2)
        trials.push({ one: await run(1), two })
      }
    }
    return trials
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/**
 * Draws `count` copies of the sample ticket, each with its own train number, seat and fare, as JPEG.
 * @param {string} folder
 * @param {number} count
 */
async function renderTickets(folder, count) {
  const [{ drawTrainTicket }, { registerFonts }, { trainTicketSample }, { default: sharp }] =
    await Promise.all([
      import('./lib/draw-train-ticket.js'),
      import('./lib/register-fonts.js'),
      import('./lib/train-ticket-sample.js'),
      import('sharp'),
    ])
  registerFonts()
  for (let index = 0; index < count; index++) {
    const canvas = drawTrainTicket({
      ...trainTicketSample,
      trainNumber: `G${1000 + index * 37}`,
      seat: `${String(1 + (index % 16)).padStart(2, '0')}车${String(1 + (index % 99)).padStart(2, '0')}F号`,
      price: `${300 + index * 7}.0`,
    })
    const jpeg = await sharp(canvas.data(), {
      raw: { width: canvas.width, height: canvas.height, channels: 4 },
    })
      .removeAlpha()
      .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
      .toBuffer()
    await writeFile(path.join(folder, `ticket-${String(index).padStart(3, '0')}.jpg`), jpeg)
  }
}

const localBatch = await benchLocalBatch()
console.log(
  `\nlocal engine batch: the CLI on ${localBatchDocuments} rendered tickets, --concurrency 1 vs 2, ${localBatch.length} trials in alternating order, a fresh process each run`,
)
console.table(
  localBatch.map(({ one, two }) => ({
    'concurrency 1 s': one.seconds.toFixed(1),
    'concurrency 2 s': two.seconds.toFixed(1),
    'speed-up (1 ÷ 2)': (one.seconds / two.seconds).toFixed(2),
    'peak RSS 1 MB': one.peak_rss_mb,
    'peak RSS 2 MB': two.peak_rss_mb,
  })),
)
console.log(
  `speed-up of --concurrency 2 over 1 (median of trials): ${median(localBatch.map(({ one, two }) => one.seconds / two.seconds)).toFixed(2)}×; target > 1`,
)

// Images: bytes sent for a camera photo with and without client-side downscaling (scripts/bench-images.js).
async function benchImages() {
  const { benchImageDownscaling, reportImageDownscaling } = await import('./bench-images.js')
  reportImageDownscaling(await benchImageDownscaling())
}
await benchImages()
