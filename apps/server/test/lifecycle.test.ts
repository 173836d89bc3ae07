import { type FakeQwenServer, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type ServerOptions } from '../src/index.js'
import { readExpected, readTicket, serverKey, startTcpProxy } from './helpers.js'

const auth = { authorization: `Bearer ${serverKey}` }
let answer: string
let ticket: Buffer
let upstream: FakeQwenServer
const apps: FastifyInstance[] = []

beforeAll(async () => {
  ticket = await readTicket()
  // The sample ticket's values, all ten: a valid answer, so the model is never asked again.
  answer = JSON.stringify(await readExpected())
  upstream = await startFakeQwenServer({ reply: { content: answer } })
})
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()))
  upstream.setReply({ content: answer })
})
afterAll(() => upstream.close())

async function start(options: ServerOptions = {}) {
  const app = await createServer({
    engine: 'qwen',
    dashscopeApiKey: 'sk-upstream',
    baseURL: upstream.baseURL,
    keys: [serverKey],
    env: {},
    ...options,
  })
  apps.push(app)
  const address = await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, address }
}

function extractRequest(address: string, init: { accept?: string; signal?: AbortSignal } = {}) {
  return fetch(`${address}/v1/extract`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json', ...(init.accept ? { accept: init.accept } : {}) },
    body: JSON.stringify({ template: 'train-ticket', image: { base64: ticket.toString('base64') } }),
    ...(init.signal ? { signal: init.signal } : {}),
  })
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('condition not met in time')
}

describe('/v1/extract as server-sent events', () => {
  it("streams core's parts as named events and ends with the record", async () => {
    const { address } = await start()
    const response = await extractRequest(address, { accept: 'text/event-stream' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const body = await response.text()
    const events = [...body.matchAll(/^event: (.+)\ndata: (.+)$/gm)].map((match) => ({
      event: match[1],
      data: JSON.parse(match[2] as string),
    }))
    const names = events.map((entry) => entry.event)
    expect(names).toContain('text-delta')
    expect(names).not.toContain('repair-start')
    expect(names.at(-1)).toBe('result')
    const fields = events.filter((entry) => entry.event === 'object-delta').map((entry) => entry.data.field)
    expect(fields).toEqual(Object.keys(JSON.parse(answer)))
    const result = events.at(-1)?.data
    expect(result).toMatchObject({
      engine: 'qwen',
      valid: true,
      data: { train_number: 'G1234' },
      text: answer,
    })
  })

  it('stops the extraction and the upstream request when the client disconnects midway, and keeps serving', async () => {
    // Watches the server's connection to the model service, which must close when the caller goes.
    const proxy = await startTcpProxy(upstream.baseURL)
    try {
      const { address } = await start({ maxConcurrentPerKey: 1, baseURL: proxy.url })
      // A slow answer: 400 chunks 25 ms apart, ten seconds in all.
      upstream.setReply({ content: 'x'.repeat(1600), chunkSize: 4, chunkDelayMs: 25 })
      const requestsBefore = upstream.requests.length
      const controller = new AbortController()
      const response = await extractRequest(address, {
        accept: 'text/event-stream',
        signal: controller.signal,
      })
      const reader = (response.body as ReadableStream<Uint8Array>).getReader()
      let received = ''
      while (!received.includes('event: text-delta')) {
        const chunk = await reader.read()
        received += new TextDecoder().decode(chunk.value)
      }
      controller.abort()
      // Chunks come every 25 ms while the answer streams: a second of silence means it was stopped.
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(performance.now() - proxy.lastByteAt()).toBeGreaterThan(800)
      expect(upstream.requests).toHaveLength(requestsBefore + 1)
      const health = async () => (await (await fetch(`${address}/healthz`)).json()) as { running: number }
      await waitFor(async () => (await health()).running === 0, 3000)

      upstream.setReply({ content: answer })
      const next = await extractRequest(address)
      expect(next.status).toBe(200)
      expect(((await next.json()) as { data: { train_number: string } }).data.train_number).toBe('G1234')
    } finally {
      await proxy.close()
    }
  })
})

describe('limits', () => {
  it('rate-limits each key with 429 and Retry-After', async () => {
    const { app } = await start({ rateLimitMax: 2, rateLimitWindowMs: 60_000 })
    const codes = []
    for (let index = 0; index < 3; index += 1) {
      codes.push((await app.inject({ method: 'GET', url: '/v1/templates', headers: auth })).statusCode)
    }
    expect(codes).toEqual([200, 200, 429])
    const limited = await app.inject({ method: 'GET', url: '/v1/templates', headers: auth })
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(limited.json().error).toMatchObject({ code: 'TIQU_RATE_LIMITED' })
    // Health is not rate-limited, so a load balancer's checks never fail for a busy key.
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
  })

  it('refuses an extraction over the per-key concurrency with 429 and Retry-After: 1', async () => {
    const { address } = await start({ maxConcurrentPerKey: 1 })
    upstream.setReply({ content: answer, latencyMs: 500 })
    const first = extractRequest(address)
    await new Promise((resolve) => setTimeout(resolve, 150))
    const second = await extractRequest(address)
    expect(second.status).toBe(429)
    expect(second.headers.get('retry-after')).toBe('1')
    expect((await first).status).toBe(200)
    const third = await extractRequest(address)
    expect(third.status).toBe(200)
  })

  it('stops an extraction over the request timeout with 504', async () => {
    const { address } = await start({ requestTimeoutMs: 300 })
    upstream.setReply({ content: answer, latencyMs: 3000 })
    const response = await extractRequest(address)
    expect(response.status).toBe(504)
    const body = (await response.json()) as { error: { code: string; message: string }; data: null }
    expect(body.error.code).toBe('TIQU_TIMEOUT')
    expect(body.error.message).toContain('0.3 s')
    expect(body.data).toBeNull()
  })

  it('refuses to listen beyond loopback without keys, and listens there with keys', async () => {
    const open = await createServer({
      engine: 'qwen',
      dashscopeApiKey: 'x',
      baseURL: upstream.baseURL,
      keys: [],
      env: {},
    })
    apps.push(open)
    await expect(open.listen({ host: '0.0.0.0', port: 0 })).rejects.toThrow(
      /without API keys.*TIQU_SERVER_KEYS/,
    )
    const guarded = await createServer({
      engine: 'qwen',
      dashscopeApiKey: 'x',
      baseURL: upstream.baseURL,
      keys: [serverKey],
      env: {},
    })
    apps.push(guarded)
    await expect(guarded.listen({ host: '0.0.0.0', port: 0 })).resolves.toMatch(/^http:/)
  })
})

describe('shutdown', () => {
  it('finishes the requests in flight, then refuses new connections', async () => {
    const { app, address } = await start()
    upstream.setReply({ content: answer, latencyMs: 700 })
    const inFlight = extractRequest(address)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const closed = app.close()
    const response = await inFlight
    expect(response.status).toBe(200)
    expect(((await response.json()) as { valid: boolean }).valid).toBe(true)
    await closed
    await expect(fetch(`${address}/healthz`)).rejects.toThrow()
  })
})

describe('service routes', () => {
  it('serves health, metrics behind the key, the OpenAPI description and the template listing', async () => {
    const { app } = await start()
    await app.inject({ method: 'GET', url: '/v1/templates', headers: auth })
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({
      status: 'ok',
      engine: 'qwen',
    })
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401)
    const metrics = await app.inject({ method: 'GET', url: '/metrics', headers: auth })
    expect(metrics.body).toMatch(
      /tiqu_http_requests_total\{method="GET",route="\/v1\/templates",status="200"\} 1/,
    )
    const openapi = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
    expect(openapi.openapi).toBe('3.1.0')
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/v1/extract', '/v1/templates/{id}', '/compatible-mode/v1/chat/completions']),
    )
    const template = (
      await app.inject({ method: 'GET', url: '/v1/templates/train-ticket@^1', headers: auth })
    ).json()
    expect(template).toMatchObject({ id: 'train-ticket', local: true })
    expect(template.prompt).toContain('train ticket image')
    expect(Object.keys(template.schema.properties)).toContain('passenger_name')
  })
})
