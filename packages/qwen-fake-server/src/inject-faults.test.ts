import OpenAI from 'openai'
import { afterEach, describe, expect, it } from 'vitest'
import { injectFaults, transientFaults } from './inject-faults.js'
import { type FakeQwenServer, startFakeQwenServer } from './start-fake-qwen-server.js'

let server: FakeQwenServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

// Twenty distinct documents: the fault injector knows a document across its retries by its content.
const ask = (client: OpenAI, document: number) =>
  client.chat.completions.create({
    model: 'qwen-vl-ocr-2025-11-20',
    messages: [{ role: 'user', content: [{ type: 'text', text: `document ${document}` }] }],
  })

describe('injectFaults', () => {
  it('fails exactly a tenth of the documents with each fault once, all recovered by one retry', async () => {
    const injector = injectFaults({ reply: { content: 'ok' }, timeoutLatencyMs: 2_000 })
    server = await startFakeQwenServer({ reply: injector })
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 1, timeout: 300 })
    const answers = await Promise.all(Array.from({ length: 20 }, (_, document) => ask(client, document)))
    expect(answers.map((answer) => answer.choices[0]?.message.content)).toEqual(Array(20).fill('ok'))
    expect(injector.documents).toBe(20)
    expect(injector.injected).toEqual(Object.fromEntries(transientFaults.map((fault) => [fault, 2])))
    // Each faulty document took two requests, the others one.
    expect(server.requests).toHaveLength(20 + 12)
  })

  it('picks the same documents for the same seed, and others for another seed', async () => {
    const faultyDocuments = async (seed: number) => {
      const injector = injectFaults({ reply: { content: 'ok' }, faults: ['internal-error'], seed })
      const fake = await startFakeQwenServer({ reply: injector })
      const client = new OpenAI({ apiKey: 'sk-test', baseURL: fake.baseURL, maxRetries: 0 })
      const failed: number[] = []
      for (let document = 0; document < 30; document++)
        await ask(client, document).catch(() => failed.push(document))
      await fake.close()
      return failed
    }
    const first = await faultyDocuments(7)
    expect(first).toHaveLength(3)
    expect(await faultyDocuments(7)).toEqual(first)
    expect(await faultyDocuments(8)).not.toEqual(first)
  })

  it('keeps failing a document for `failures` attempts, so too few retries surface the fault', async () => {
    const injector = injectFaults({
      reply: { content: 'ok' },
      faults: ['service-unavailable'],
      fraction: 1,
      failures: 2,
    })
    server = await startFakeQwenServer({ reply: injector })
    const retryAfterZero = (async (url, init) => {
      const response = await fetch(url, init)
      // Skip the SDK's backoff: this test is about the count of attempts, not the wait.
      const headers = new Headers(response.headers)
      headers.set('retry-after-ms', '1')
      return new Response(response.body, { status: response.status, headers })
    }) as typeof fetch
    const once = new OpenAI({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      maxRetries: 1,
      fetch: retryAfterZero,
    })
    await expect(ask(once, 0)).rejects.toMatchObject({ status: 503 })
    const twice = new OpenAI({
      apiKey: 'sk-test',
      baseURL: server.baseURL,
      maxRetries: 2,
      fetch: retryAfterZero,
    })
    expect((await ask(twice, 1)).choices[0]?.message.content).toBe('ok')
  })
})
