// @ts-check
// `pnpm bench`: what tiqu's core costs over calling the API by hand, and how fast the embedded engine reads.
// Both sides of each comparison run in this process, interleaved, against the same loopback server.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createQwenEngine, extract } from '@tiqu/core'
import { createLocalEngine } from '@tiqu/engine-local'
import { startFakeQwenServer } from '@tiqu/qwen-fake-server'
import trainTicket from '@tiqu/template-train-ticket'
import OpenAI from 'openai'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const samplePath = path.join(root, 'examples/train-ticket.jpg')
const requests = Number(process.env.BENCH_REQUESTS ?? 200)
const localRuns = Number(process.env.BENCH_LOCAL_RUNS ?? 10)

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
  /** @type {{ bare: number[], tiqu: number[] }} */
  const times = { bare: [], tiqu: [] }
  // Interleaved in blocks so that drift (GC, CPU frequency, the other core) falls on both sides alike.
  const block = 10
  for (let done = 0; done < requests; done += block) {
    for (const [name, run] of /** @type {const} */ ([
      ['bare', bare],
      ['tiqu', withTiqu],
    ])) {
      for (let index = 0; index < block; index++) {
        const started = performance.now()
        await run()
        times[name].push(performance.now() - started)
      }
    }
  }
  await server.close()
  const total = (/** @type {number[]} */ values) => values.reduce((sum, value) => sum + value, 0)
  return {
    requests,
    bare_total_ms: total(times.bare),
    tiqu_total_ms: total(times.tiqu),
    bare_median_ms: median(times.bare),
    tiqu_median_ms: median(times.tiqu),
    ratio_total: total(times.tiqu) / total(times.bare),
    ratio_median: median(times.tiqu) / median(times.bare),
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
  `\ncore overhead: ${core.requests} sequential requests each, bare openai SDK vs tiqu extract(), same loopback server`,
)
console.table({
  'bare SDK call': { 'total ms': core.bare_total_ms.toFixed(0), 'median ms': core.bare_median_ms.toFixed(2) },
  'tiqu extract()': {
    'total ms': core.tiqu_total_ms.toFixed(0),
    'median ms': core.tiqu_median_ms.toFixed(2),
  },
})
console.log(
  `ratio tiqu / bare: ${core.ratio_total.toFixed(3)} (total), ${core.ratio_median.toFixed(3)} (median); target ≤ 1.05`,
)

const local = await benchLocalEngine()
console.log(
  `\nlocal engine: ${local.runs} runs on examples/train-ticket.jpg after one warm-up (model load ${local.first_run_s.toFixed(2)} s)`,
)
console.log(
  `median ${local.median_s.toFixed(3)} s per image; fields right ${local.fields_right}; peak RSS ${local.peak_rss_mb} MB`,
)
