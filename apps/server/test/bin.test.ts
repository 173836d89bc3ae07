import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { serverKey } from './helpers.js'

// The committed shim runs the built server, as `tiqu-server` does once installed.
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/tiqu-server.js')
const running: ChildProcess[] = []
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL')
})

function start(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return { child, stderr: () => stderr }
}

async function waitForLine(read: () => string, pattern: RegExp): Promise<RegExpMatchArray> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const match = read().match(pattern)
    if (match) return match
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`no line matching ${pattern} in: ${read()}`)
}

describe('tiqu-server', () => {
  it('says which engine serves and why, serves, and exits cleanly on SIGTERM', async () => {
    const server = start(['--port', '0'])
    const [, address] = await waitForLine(server.stderr, /listening on (http:\/\/127\.0\.0\.1:\d+)/)
    expect(server.stderr()).toContain(
      'engine local (PaddleOCR PP-OCRv4, in-process): DASHSCOPE_API_KEY is not set, so the embedded engine runs offline',
    )
    expect(server.stderr()).toContain('no API keys: loopback only')
    const health = await fetch(`${address}/healthz`)
    expect(await health.json()).toMatchObject({ status: 'ok', engine: 'local' })
    server.child.kill('SIGTERM')
    const [code] = await once(server.child, 'exit')
    expect(code).toBe(0)
    expect(server.stderr()).toContain('SIGTERM: finishing running requests')
  })

  it('refuses to listen beyond loopback without keys, and names the fix', async () => {
    const server = start(['--host', '0.0.0.0', '--port', '0'])
    const [code] = await once(server.child, 'exit')
    expect(code).toBe(2)
    expect(server.stderr()).toContain('Refusing to listen on 0.0.0.0 without API keys')
    expect(server.stderr()).toContain('TIQU_SERVER_KEYS')
  })

  it('chooses the qwen engine when DASHSCOPE_API_KEY is set, and listens beyond loopback with keys', async () => {
    const server = start(['--port', '0'], {
      HOST: '0.0.0.0',
      DASHSCOPE_API_KEY: 'sk-test',
      TIQU_BASE_URL: 'http://127.0.0.1:9/compatible-mode/v1',
      TIQU_SERVER_KEYS: `${serverKey},another-key-0123456789`,
    })
    await waitForLine(server.stderr, /listening on/)
    expect(server.stderr()).toContain(
      'engine qwen (qwen-vl-ocr-2025-11-20 at http://127.0.0.1:9/compatible-mode/v1): DASHSCOPE_API_KEY is set',
    )
    expect(server.stderr()).toContain('2 API keys')
  })
})
