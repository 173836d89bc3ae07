// @ts-check
// `pnpm bench:server`: tiqu-server under load on loopback. autocannon drives GET /v1/templates and
// POST /v1/extract (the sample ticket as base64 JSON, the qwen engine against a loopback fake upstream),
// the same extraction is run by calling @tiqu/core directly at the same concurrency to show what the
// HTTP layer adds, and the server's memory is read from its own /metrics after 10,000 extractions.
// The server and the direct-core loop each run in a child process of their own; this process holds
// the fake upstream and the load generator, shared by both sides.
import { fork } from 'node:child_process'
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const serverPackage = path.join(root, 'apps/server')
// autocannon and the server are dependencies of apps/server, not of the workspace root.
const requireFromServer = createRequire(path.join(serverPackage, 'package.json'))
const samplePath = path.join(root, 'examples/train-ticket.jpg')
// `pnpm bench:server -- --seconds 3 --connections 20 --memory-requests 1000` for a shorter or heavier run.
const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'memory-requests': { type: 'string', default: '10000' },
    // The roles of the child processes, with the fake upstream's base URL.
    serve: { type: 'string' },
    core: { type: 'string' },
  },
})
const durationSeconds = Number(flags.seconds)
const connections = Number(flags.connections)
const memoryRequests = Number(flags['memory-requests'])
const key = 'bench-key-0123456789abcdef'

if (flags.serve) await serve(flags.serve)
else if (flags.core) await runCore(flags.core)
else await main()

/** The child that runs tiqu-server, with limits raised so that only capacity is measured. */
async function serve(/** @type {string} */ baseURL) {
  const { createServer } = await import(path.join(serverPackage, 'dist/index.js'))
  const app = await createServer({
    engine: 'qwen',
    dashscopeApiKey: 'sk-bench',
    baseURL,
    keys: [key],
    env: {},
    rateLimitMax: 1_000_000_000,
    maxConcurrentPerKey: 10_000,
  })
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  process.send?.({ address })
}

/** The child that calls core's extract() directly, `connections` at a time, for the same duration. */
async function runCore(/** @type {string} */ baseURL) {
  const { createQwenEngine, extract } = await import('@tiqu/core')
  const { default: trainTicket } = await import('@tiqu/template-train-ticket')
  const engine = createQwenEngine({ apiKey: 'sk-bench', baseURL })
  const bytes = new Uint8Array(await readFile(samplePath))
  const once = async () => {
    const result = await extract({ input: bytes, source: 'bench', engine, template: trainTicket })
    if (!result.valid) throw new Error(`direct extraction invalid: ${JSON.stringify(result.issues)}`)
  }
  for (let index = 0; index < 50; index += 1) await once()
  /** @type {number[]} */
  const latencies = []
  const until = performance.now() + durationSeconds * 1000
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const started = performance.now()
        await once()
        latencies.push(performance.now() - started)
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  const at = (/** @type {number} */ share) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0
  process.send?.({
    rate: latencies.length / durationSeconds,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
  })
}

function child(/** @type {string[]} */ args) {
  const shared = ['--seconds', String(durationSeconds), '--connections', String(connections)]
  return fork(fileURLToPath(import.meta.url), [...args, ...shared], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
}

async function main() {
  const autocannon = requireFromServer('autocannon')
  const { startFakeQwenServer } = await import('@tiqu/qwen-fake-server')
  const expected = JSON.parse(await readFile(path.join(root, 'examples/train-ticket.expected.json'), 'utf8'))
  const upstream = await startFakeQwenServer({
    apiKey: 'sk-bench',
    reply: { content: `\`\`\`json\n${JSON.stringify(expected)}\n\`\`\`` },
  })
  // The fake keeps every request it gets; a benchmark needs none of them.
  const forget = setInterval(() => {
    upstream.requests.length = 0
  }, 100)

  const server = child(['--serve', upstream.baseURL])
  const [{ address }] = /** @type {[{ address: string }]} */ (await once(server, 'message'))
  const ticket = await readFile(samplePath)
  const extractBody = JSON.stringify({
    template: 'train-ticket',
    image: { base64: ticket.toString('base64') },
  })
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }

  /** @param {object} options */
  const load = async (options) => {
    const result = await autocannon({ connections, headers, ...options })
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`benchmark: ${result.non2xx} non-2xx answers, ${result.errors} errors`)
    }
    return result
  }
  /** @param {any} result */
  const row = (result) => ({
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p90 ms': result.latency.p90,
    'p99 ms': result.latency.p99,
    requests: result.requests.total,
  })
  const memory = async () => {
    const text = await (await fetch(`${address}/metrics`, { headers })).text()
    const read = (/** @type {string} */ name) =>
      Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN)
    return {
      rss: read('process_resident_memory_bytes') / 1048576,
      heap: read('nodejs_heap_size_used_bytes') / 1048576,
    }
  }

  // Warm-up: JIT, connection pools, the qwen engine's client.
  await load({ url: `${address}/v1/extract`, method: 'POST', body: extractBody, amount: 500 })
  await load({ url: `${address}/v1/templates`, amount: 2000 })
  const before = await memory()

  const templates = await load({ url: `${address}/v1/templates`, duration: durationSeconds })
  const extracting = await load({
    url: `${address}/v1/extract`,
    method: 'POST',
    body: extractBody,
    duration: durationSeconds,
  })

  const coreChild = child(['--core', upstream.baseURL])
  const [direct] = /** @type {[{ rate: number, p50: number, p90: number, p99: number }]} */ (
    await once(coreChild, 'message')
  )
  coreChild.kill()

  const sustained = await load({
    url: `${address}/v1/extract`,
    method: 'POST',
    body: extractBody,
    amount: memoryRequests,
  })
  const after = await memory()

  server.kill()
  clearInterval(forget)
  await upstream.close()

  console.log(
    `tiqu-server on loopback: ${connections} connections, ${durationSeconds} s per run, qwen engine against a loopback fake upstream (Node ${process.versions.node})`,
  )
  console.table({
    'GET /v1/templates': row(templates),
    'POST /v1/extract': row(extracting),
    'core extract() direct': {
      'requests/s': Math.round(direct.rate),
      'p50 ms': Number(direct.p50.toFixed(1)),
      'p90 ms': Number(direct.p90.toFixed(1)),
      'p99 ms': Number(direct.p99.toFixed(1)),
      requests: Math.round(direct.rate * durationSeconds),
    },
  })
  console.log(
    `server overhead over core: p50 +${(extracting.latency.p50 - direct.p50).toFixed(1)} ms, ` +
      `throughput ${((extracting.requests.average / direct.rate) * 100).toFixed(0)}% of core's`,
  )
  console.log(
    `memory: RSS ${before.rss.toFixed(0)} MiB, heap ${before.heap.toFixed(0)} MiB after warm-up; ` +
      `RSS ${after.rss.toFixed(0)} MiB, heap ${after.heap.toFixed(0)} MiB after ${sustained.requests.total} more extractions ` +
      `(${Math.round(sustained.requests.average)} requests/s, all 2xx)`,
  )
}
