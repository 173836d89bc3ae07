import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePng } from './make-png.js'
import { runCli } from './run-cli.js'

let folder: string
let server: FakeQwenServer
let env: Record<string, string>

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'tiqu-cost-'))
  await writeFile(path.join(folder, 'a.png'), makePng(1))
  await writeFile(path.join(folder, 'b.png'), makePng(2))
  server = await startFakeQwenServer({ apiKey: 'sk-test', reply: { content: 'G1234' } })
  env = { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL }
})

afterAll(() => server.close())

describe('tiqu ocr --prices', () => {
  it("prices each record from the user's table and sums the batch's cost in the summary", async () => {
    const prices = { 'qwen-vl-ocr-2025-11-20': { input: 1000, output: 2000, currency: 'USD' } }
    await writeFile(path.join(folder, 'prices.json'), JSON.stringify(prices))
    const run = await runCli(['ocr', 'a.png', 'b.png', '--prices', 'prices.json', '--format', 'jsonl'], {
      cwd: folder,
      env,
    })
    expect(run.code).toBe(0)
    const records = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    const expectedCost = (usage: { prompt_tokens: number; completion_tokens: number }) =>
      (usage.prompt_tokens * 1000 + usage.completion_tokens * 2000) / 1_000_000
    for (const record of records) {
      expect(record.cost).toMatchObject({ currency: 'USD' })
      expect(record.cost.total).toBeCloseTo(expectedCost(record.usage), 6)
    }
    const total = records.reduce((sum, record) => sum + record.cost.total, 0)
    const said = /; about ([\d.,]+) USD \(estimated\)/.exec(run.stderr)
    expect(said).not.toBeNull()
    expect(Number(said?.[1]?.replaceAll(',', ''))).toBeCloseTo(total, 2)
  })

  it('refuses a price table with a mistake before sending anything, naming the entry', async () => {
    await writeFile(path.join(folder, 'bad.json'), JSON.stringify({ 'qwen-vl-ocr': { input: 1, output: 2 } }))
    const before = server.requests.length
    const run = await runCli(['ocr', 'a.png', '--prices', 'bad.json'], { cwd: folder, env })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Invalid price table in bad\.json: qwen-vl-ocr\.currency: /)
    expect(server.requests.length).toBe(before)
  })
})
