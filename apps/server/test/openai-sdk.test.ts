import { type FakeQwenServer, rateLimitedReply, startFakeQwenServer } from '@tiqu/qwen-fake-server'
import type { FastifyInstance } from 'fastify'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from '../src/index.js'
import { readExpected, readTicket, seedMessages, seedPrompt, serverKey, startLoopback } from './helpers.js'

// The seed's client code, in Node: the real `openai` SDK, pointed at tiqu-server by its base URL.
function seedClient(address: string, apiKey = serverKey) {
  return new OpenAI({ apiKey, baseURL: `${address}/compatible-mode/v1`, maxRetries: 0 })
}

let ticket: Buffer
let expected: Record<string, string>
let imageHost: Awaited<ReturnType<typeof startLoopback>>

beforeAll(async () => {
  ticket = await readTicket()
  expected = await readExpected()
  // Stands in for the seed's public image host (alicdn.com), which tests cannot reach.
  imageHost = await startLoopback((_request, response) => {
    response.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': ticket.byteLength })
    response.end(ticket)
  })
})
afterAll(() => imageHost.close())

describe('the seed client against tiqu-server with the embedded engine', () => {
  let app: FastifyInstance
  let address: string

  beforeAll(async () => {
    app = await createServer({
      engine: 'local',
      keys: [serverKey],
      env: {},
      // Only the stand-in image host; everything else that is not public stays refused.
      imageFetchAllow: ['127.0.0.1/32'],
    })
    address = await app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => app.close())

  it("gets the train ticket's JSON back for the seed's prompt and image URL", async () => {
    const completion = await seedClient(address).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: seedMessages(`${imageHost.url}/O1CN01ktT8451iQutqReELT.jpg`),
    })
    expect(completion.object).toBe('chat.completion')
    expect(completion.choices[0]?.finish_reason).toBe('stop')
    const data = JSON.parse(completion.choices[0]?.message.content ?? '')
    expect(data).toEqual(expected)
    expect(completion.usage).toMatchObject({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 })
  })

  it('streams the same JSON in chunks ending with the usage chunk and [DONE]', async () => {
    const stream = await seedClient(address).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: seedMessages(`data:image/jpeg;base64,${ticket.toString('base64')}`),
      stream: true,
      stream_options: { include_usage: true },
    })
    const chunks = []
    for await (const chunk of stream) chunks.push(chunk)
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant')
    const content = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')
    expect(JSON.parse(content)).toEqual(expected)
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop')
    expect(chunks.at(-1)?.choices).toEqual([])
    expect(chunks.at(-1)?.usage).toMatchObject({ total_tokens: 0 })
  })

  it("answers the page's text when there is no prompt", async () => {
    const completion = await seedClient(address).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: seedMessages(`data:image/jpeg;base64,${ticket.toString('base64')}`, null),
    })
    const text = completion.choices[0]?.message.content ?? ''
    expect(text).toContain('G1234')
    expect(text).toContain('上海虹桥站')
    expect(() => JSON.parse(text)).toThrow()
  })

  it('fills the template the request names, whatever its prompt', async () => {
    const completion = await seedClient(address).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: seedMessages(`data:image/jpeg;base64,${ticket.toString('base64')}`, 'Read the ticket.'),
      // tiqu's extension of the request body; the SDK sends unknown keys as they are.
      template: 'train-ticket',
    } as never)
    expect(JSON.parse((completion as OpenAI.ChatCompletion).choices[0]?.message.content ?? '')).toEqual(
      expected,
    )
  })

  it('refuses a free-form prompt with a 400 that says why, before reading anything', async () => {
    const requestsBefore = imageHost.requests()
    const error = await seedClient(address)
      .chat.completions.create({
        model: 'qwen-vl-ocr-2025-11-20',
        messages: seedMessages(`${imageHost.url}/ticket.jpg`, 'Translate the ticket into French.'),
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.BadRequestError)
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).message).toContain(
      'cannot follow a free-form prompt',
    )
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('invalid_parameter_error')
    expect(imageHost.requests()).toBe(requestsBefore)
  })

  it('refuses a wrong key with 401 in the compatible-mode error format', async () => {
    const error = await seedClient(address, 'wrong-key-0123456789abcdef')
      .chat.completions.create({
        model: 'qwen-vl-ocr-2025-11-20',
        messages: seedMessages(`${imageHost.url}/x.jpg`),
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError)
    expect((error as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe('invalid_api_key')
  })
})

describe('the seed client against tiqu-server with the qwen engine', () => {
  const answer = `\`\`\`json\n${JSON.stringify({ train_number: 'G1234', passenger_name: '张三' })}\n\`\`\``
  let upstream: FakeQwenServer
  let app: FastifyInstance
  let address: string

  beforeAll(async () => {
    upstream = await startFakeQwenServer({ apiKey: 'sk-server-own-key', reply: { content: answer } })
    app = await createServer({
      engine: 'qwen',
      dashscopeApiKey: 'sk-server-own-key',
      baseURL: upstream.baseURL,
      keys: [serverKey],
      env: {},
    })
    address = await app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await app.close()
    await upstream.close()
  })

  it("forwards the seed's request upstream with the server's own key and answers the model's text", async () => {
    upstream.requests.length = 0
    const completion = await seedClient(address).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: seedMessages(`data:image/jpeg;base64,${ticket.toString('base64')}`),
    })
    expect(completion.choices[0]?.message.content).toBe(answer)
    expect(completion.model).toBe('qwen-vl-ocr-2025-11-20')
    expect(completion.usage?.prompt_tokens_details?.image_tokens).toBe(332)
    const sent = upstream.requests[0]
    expect(sent?.headers.authorization).toBe('Bearer sk-server-own-key')
    const parts = sent?.body?.messages?.[0]?.content as Array<Record<string, unknown>>
    expect(parts[0]).toMatchObject({ type: 'image_url', min_pixels: 3072, max_pixels: 8388608 })
    expect((parts[0]?.image_url as { url: string } | undefined)?.url).toMatch(/^data:image\/jpeg;base64,/)
    expect(parts[1]).toEqual({ type: 'text', text: seedPrompt.trim() })
  })

  it("sends the named template's prompt upstream instead of the request's", async () => {
    upstream.requests.length = 0
    await seedClient(address).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: seedMessages(`data:image/jpeg;base64,${ticket.toString('base64')}`, 'Read the ticket.'),
      template: 'train-ticket',
    } as never)
    const parts = upstream.requests[0]?.body?.messages?.[0]?.content as Array<Record<string, unknown>>
    expect(parts[1]?.text).toContain('Please extract the invoice number, train number')
    expect(parts[1]?.text).toContain("'seat_class': 'xxx'")
  })

  it('streams the upstream answer as chunks with [DONE] and the usage chunk', async () => {
    const stream = await seedClient(address).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: seedMessages(`data:image/jpeg;base64,${ticket.toString('base64')}`),
      stream: true,
      stream_options: { include_usage: true },
    })
    const chunks = []
    for await (const chunk of stream) chunks.push(chunk)
    expect(chunks.length).toBeGreaterThan(4)
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe(answer)
    expect(chunks.at(-1)?.usage?.total_tokens).toBeGreaterThan(0)
    expect(upstream.requests.at(-1)?.body?.stream).toBe(true)
  })

  it('passes an upstream rate limit on as 429 with the compatible-mode error body', async () => {
    upstream.setReply(rateLimitedReply({ retryAfterSeconds: 0 }))
    try {
      const error = await seedClient(address)
        .chat.completions.create({
          model: 'qwen-vl-ocr-2025-11-20',
          messages: seedMessages(`data:image/jpeg;base64,${ticket.toString('base64')}`),
        })
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(OpenAI.RateLimitError)
      expect((error as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('limit_requests')
      expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('10')
    } finally {
      upstream.setReply({ content: answer })
    }
  })
})
