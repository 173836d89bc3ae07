import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  type FakeQwenServer,
  injectFaults,
  startFakeQwenServer,
  transientFaults,
} from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { makePng } from './make-png.js'
import { repositoryRoot, runCli } from './run-cli.js'

const documents = 1000
let server: FakeQwenServer
let folder: string
let expected: Record<string, string>

beforeAll(async () => {
  expected = JSON.parse(
    await readFile(path.join(repositoryRoot, 'examples/train-ticket.expected.json'), 'utf8'),
  )
  folder = await mkdtemp(path.join(tmpdir(), 'tiqu-faults-'))
  await mkdir(path.join(folder, 'scans'))
  await Promise.all(
    Array.from({ length: documents }, (_, index) =>
      writeFile(path.join(folder, 'scans', `${String(index).padStart(4, '0')}.png`), makePng(index)),
    ),
  )
})

afterAll(() => server?.close())

it('reads 1,000 documents with 10% of each transient fault into exactly 1,000 records, all recovered', async () => {
  // Each fault hits a tenth of the documents on their first attempt: 429 with `Retry-After: 0` and
  // without it, 500, 503, a reset connection, and no byte for 3 s against a 1 s --timeout. The SDK's own
  // backoff (0.5 s) applies where the server names no wait; a wide --concurrency hides it, as it would
  // for a user, so the test stays quick without bending the protocol.
  const injector = injectFaults({
    reply: { content: `\`\`\`json\n${JSON.stringify(expected)}\n\`\`\`` },
    fraction: 0.1,
    seed: 42,
    timeoutLatencyMs: 3_000,
  })
  server = await startFakeQwenServer({ apiKey: 'sk-test', reply: injector })
  const out = path.join(folder, 'results.jsonl')
  const run = await runCli(
    ['extract', 'scans', '-t', 'train-ticket', '--out', out, '--concurrency', '64', '--timeout', '1'],
    { cwd: folder, env: { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL } },
  )
  expect(run.stderr).not.toMatch(/failed:/)
  expect(run.code).toBe(0)

  expect(injector.documents).toBe(documents)
  expect(injector.injected).toEqual(Object.fromEntries(transientFaults.map((fault) => [fault, 100])))
  expect(server.requests).toHaveLength(documents + 600)

  const records = (await readFile(out, 'utf8'))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(records).toHaveLength(documents)
  expect(new Set(records.map((record) => record.source)).size).toBe(documents)
  expect(records.filter((record) => record.error || !record.valid)).toEqual([])
  expect(records.every((record) => record.data.train_number === expected.train_number)).toBe(true)

  const summary = run.stderr.split('\n').find((line) => line.includes('documents in')) ?? ''
  expect(summary).toMatch(
    /^tiqu: 1000 documents in [\d.]+ s: 1000 succeeded \(1000 valid\), 0 failed; 600 retries; /,
  )
  const tokens = records.reduce((sum, record) => sum + record.usage.total_tokens, 0)
  expect(summary).toContain(`${tokens.toLocaleString('en-US')} tokens`)
})
