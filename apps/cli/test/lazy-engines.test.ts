import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { repositoryRoot } from './run-cli.js'

let server: FakeQwenServer

beforeAll(async () => {
  server = await startFakeQwenServer({ apiKey: 'sk-test', reply: { content: "{'train_number': 'G1234'}" } })
})
afterAll(() => server.close())

// Runs the CLI in a fresh process, then lists the native libraries that process mapped.
const probe = `
import { readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { run } from ${JSON.stringify(path.join(repositoryRoot, 'apps/cli/dist/index.js'))}
const sink = new Writable({ write(_chunk, _encoding, done) { done() } })
const code = await run(process.argv.slice(1), { stdout: sink, stderr: sink })
const maps = readFileSync('/proc/self/maps', 'utf8')
console.log(JSON.stringify({ code, onnxruntime: maps.includes('onnxruntime'), sharp: maps.includes('sharp') }))
`

async function runProbe(args: string[], env: Record<string, string>) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', probe, '--', ...args],
    {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH ?? '', ...env },
    },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')
}

it('never loads onnxruntime or sharp when only the qwen engine is used', async () => {
  const env = { DASHSCOPE_API_KEY: 'sk-test', TIQU_BASE_URL: server.baseURL }
  expect(await runProbe(['extract', 'examples/train-ticket.jpg', '-t', 'train-ticket'], env)).toEqual({
    code: 0,
    onnxruntime: false,
    sharp: false,
  })
})

it('loads them once the embedded engine reads a page (so the probe can tell)', async () => {
  expect(await runProbe(['ocr', 'examples/train-ticket.jpg'], {})).toEqual({
    code: 0,
    onnxruntime: true,
    sharp: true,
  })
})
