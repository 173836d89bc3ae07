import OpenAI from 'openai'
import { afterEach, describe, expect, it } from 'vitest'
import { dataInspectionFailedReply, rateLimitedReply } from './error-replies.js'
import { sequenceReplies } from './sequence-replies.js'
import { type FakeQwenServer, startFakeQwenServer } from './start-fake-qwen-server.js'

const seedMessages = [
  {
    role: 'user' as const,
    content: [
      {
        type: 'image_url' as const,
        image_url: { url: 'https://img.alicdn.com/imgextra/i2/ticket.jpg' },
        min_pixels: 32 * 32 * 3,
        max_pixels: 32 * 32 * 8192,
      },
      { type: 'text' as const, text: 'Extract the ticket as JSON.' },
    ],
  },
]

let server: FakeQwenServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

function client(fake: FakeQwenServer, options: { apiKey?: string; maxRetries?: number } = {}) {
  return new OpenAI({
    apiKey: options.apiKey ?? 'sk-test',
    baseURL: fake.baseURL,
    maxRetries: options.maxRetries ?? 0,
    timeout: 5_000,
  })
}

describe('startFakeQwenServer', () => {
  it('answers a non-streaming request with a chat.completion the SDK parses, usage details included', async () => {
    server = await startFakeQwenServer({
      reply: { content: '{"train_number": "G1234"}', usage: { image_tokens: 500 } },
    })
    const completion = await client(server).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      // biome-ignore lint/suspicious/noExplicitAny: min_pixels sits beside image_url, which the SDK's types do not know
      messages: seedMessages as any,
    })
    expect(completion.id).toMatch(/^chatcmpl-/)
    expect(completion.object).toBe('chat.completion')
    expect(completion.model).toBe('qwen-vl-ocr-2025-11-20')
    expect(completion.choices[0]?.message).toEqual({
      role: 'assistant',
      content: '{"train_number": "G1234"}',
    })
    expect(completion.choices[0]?.finish_reason).toBe('stop')
    const usage = completion.usage as unknown as Record<string, Record<string, unknown> & number>
    expect(usage.prompt_tokens_details).toEqual({
      audio_tokens: null,
      cached_tokens: null,
      image_tokens: 500,
      text_tokens: expect.any(Number),
    })
    expect(completion.usage?.prompt_tokens).toBe(500 + (usage.prompt_tokens_details?.text_tokens as number))
    expect(completion.usage?.total_tokens).toBe(
      (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0),
    )
    expect(usage.completion_tokens_details?.text_tokens).toBe(completion.usage?.completion_tokens)
  })

  it('records every request with its parsed body, headers and path', async () => {
    server = await startFakeQwenServer()
    await client(server, { apiKey: 'sk-recorded' }).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      messages: seedMessages as any,
      // biome-ignore lint/suspicious/noExplicitAny: top_k is a DashScope extension
      ...({ top_k: 1 } as any),
    })
    expect(server.requests).toHaveLength(1)
    const [recorded] = server.requests
    expect(recorded?.path).toBe('/compatible-mode/v1/chat/completions')
    expect(recorded?.headers.authorization).toBe('Bearer sk-recorded')
    expect(recorded?.body).toEqual({ model: 'qwen-vl-ocr-2025-11-20', messages: seedMessages, top_k: 1 })
  })

  it('streams chunks whose deltas join into the content, a role chunk first and a finish chunk last', async () => {
    const content = '票价:￥553.5元 G1234 次'
    server = await startFakeQwenServer({ reply: { content, chunkSize: 3 } })
    const stream = await client(server).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      messages: seedMessages as any,
      stream: true,
    })
    const chunks = []
    for await (const chunk of stream) chunks.push(chunk)
    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '' })
    const last = chunks.at(-1)
    expect(last?.choices[0]?.finish_reason).toBe('stop')
    expect(last?.choices[0]?.delta.content).toBe('')
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe(content)
    expect(
      chunks.slice(1, -1).every((chunk) => Array.from(chunk.choices[0]?.delta.content ?? '').length <= 3),
    ).toBe(true)
    // Without include_usage, no chunk carries usage and none lacks choices.
    expect(chunks.every((chunk) => chunk.usage === null && chunk.choices.length === 1)).toBe(true)
  })

  it('adds one usage chunk with no choices only when stream_options.include_usage is true', async () => {
    server = await startFakeQwenServer({
      reply: { content: 'abc', usage: { image_tokens: 40, text_tokens: 2 } },
    })
    const stream = await client(server).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      messages: seedMessages as any,
      stream: true,
      stream_options: { include_usage: true },
    })
    const chunks = []
    for await (const chunk of stream) chunks.push(chunk)
    const withUsage = chunks.filter((chunk) => chunk.usage)
    expect(withUsage).toHaveLength(1)
    expect(chunks.at(-1)).toBe(withUsage[0])
    expect(withUsage[0]?.choices).toEqual([])
    expect(withUsage[0]?.usage?.prompt_tokens).toBe(42)
    expect(
      (withUsage[0]?.usage?.prompt_tokens_details as { image_tokens?: number } | undefined)?.image_tokens,
    ).toBe(40)
  })

  it('sends text/event-stream and a [DONE] line to streaming requests', async () => {
    server = await startFakeQwenServer({ reply: { content: 'hi' } })
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'qwen-vl-ocr', messages: seedMessages, stream: true }),
    })
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const text = await response.text()
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true)
    expect(
      text
        .split('\n\n')
        .filter(Boolean)
        .every((event) => event.startsWith('data: ')),
    ).toBe(true)
  })

  it("refuses a wrong key with DashScope's 401 body", async () => {
    server = await startFakeQwenServer({ apiKey: 'sk-right' })
    const error = await client(server, { apiKey: 'sk-wrong', maxRetries: 2 })
      .chat.completions.create({
        model: 'qwen-vl-ocr-2025-11-20',
        // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
        messages: seedMessages as any,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError)
    const apiError = error as InstanceType<typeof OpenAI.AuthenticationError>
    expect(apiError.status).toBe(401)
    expect(apiError.error).toEqual({
      message: 'Incorrect API key provided. ',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    })
    expect(apiError.requestID).toMatch(/^[0-9a-f-]{36}$/)
    expect(server.requests).toHaveLength(1)
  })

  it('cuts a stream mid-way so the SDK raises instead of ending quietly', async () => {
    server = await startFakeQwenServer({
      reply: { fault: 'cut-stream', afterChunks: 2, content: 'abcdefghijkl' },
    })
    const stream = await client(server).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      messages: seedMessages as any,
      stream: true,
    })
    const received: string[] = []
    const failure = await (async () => {
      for await (const chunk of stream) received.push(chunk.choices[0]?.delta.content ?? '')
    })().catch((caught: unknown) => caught)
    expect(failure).toBeInstanceOf(Error)
    expect(received.join('')).toBe('abcdefgh')
  })

  it("ends a cut stream cleanly with ending: 'end', so only the missing finish chunk tells", async () => {
    server = await startFakeQwenServer({
      reply: { fault: 'cut-stream', afterChunks: 1, content: 'abcdefgh', ending: 'end' },
    })
    const stream = await client(server).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      messages: seedMessages as any,
      stream: true,
    })
    const chunks = []
    for await (const chunk of stream) chunks.push(chunk)
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content).join('')).toBe('abcd')
    expect(chunks.every((chunk) => chunk.choices[0]?.finish_reason === null)).toBe(true)
  })

  it('resets the connection before any byte, which the SDK sees as a connection error', async () => {
    server = await startFakeQwenServer({ reply: { fault: 'reset' } })
    const error = await client(server)
      .chat.completions.create({
        model: 'qwen-vl-ocr-2025-11-20',
        // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
        messages: seedMessages as any,
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError)
  })

  it('scripts "first 429 with Retry-After: 0, then success", which the SDK retries through', async () => {
    server = await startFakeQwenServer({
      reply: sequenceReplies(rateLimitedReply({ retryAfterSeconds: 0 }), { content: 'second time lucky' }),
    })
    const completion = await client(server, { maxRetries: 1 }).chat.completions.create({
      model: 'qwen-vl-ocr-2025-11-20',
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      messages: seedMessages as any,
    })
    expect(completion.choices[0]?.message.content).toBe('second time lucky')
    expect(server.requests).toHaveLength(2)
  })

  it('gives a reply function the request and its index', async () => {
    const seen: number[] = []
    server = await startFakeQwenServer({
      reply: (request, index) => {
        seen.push(index)
        return { content: `${request.body?.model} #${index}` }
      },
    })
    const openai = client(server)
    for (const _ of [1, 2]) {
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      await openai.chat.completions.create({ model: 'qwen-vl-ocr', messages: seedMessages as any })
    }
    expect(seen).toEqual([0, 1])
  })

  it('answers data_inspection_failed with its code and type', async () => {
    server = await startFakeQwenServer({ reply: dataInspectionFailedReply() })
    const error = await client(server)
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      .chat.completions.create({ model: 'qwen-vl-ocr', messages: seedMessages as any })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.BadRequestError)
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('data_inspection_failed')
  })

  it('refuses a request without a user message, a malformed body and an unknown route like DashScope', async () => {
    server = await startFakeQwenServer()
    const post = (path: string, body: string) =>
      fetch(`${server?.baseURL}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      })

    const noUser = await post(
      '/chat/completions',
      JSON.stringify({ model: 'qwen-vl-ocr', messages: [{ role: 'system', content: 'x' }] }),
    )
    expect(noUser.status).toBe(400)
    const noUserBody = (await noUser.json()) as {
      error: { code: string; message: string }
      request_id: string
    }
    expect(noUserBody.error.code).toBe('invalid_parameter_error')
    expect(noUserBody.error.message).toBe(
      '<400> InternalError.Algo.InvalidParameter: The input messages do not contain elements with the role of user',
    )
    expect(noUserBody.request_id).toBe(noUser.headers.get('x-request-id'))

    const malformed = await post('/chat/completions', '{"model": ')
    expect(malformed.status).toBe(400)
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe(
      'invalid_parameter_error',
    )

    const unknown = await post('/embeddings', '{}')
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error')

    const plainV1 = await fetch(`${server.baseURL.replace('/compatible-mode/v1', '/v1')}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'qwen-vl-ocr', messages: seedMessages }),
    })
    expect(plainV1.status).toBe(200)
    expect(server.requests.map((request) => request.path)).toEqual([
      '/compatible-mode/v1/chat/completions',
      '/compatible-mode/v1/chat/completions',
      '/compatible-mode/v1/embeddings',
      '/v1/chat/completions',
    ])
  })

  it('refuses a data URL over 10 MiB with the service message', async () => {
    server = await startFakeQwenServer()
    const url = `data:image/png;base64,${'A'.repeat(10_485_760)}`
    const error = await client(server)
      .chat.completions.create({
        model: 'qwen-vl-ocr',
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }] }],
      })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(OpenAI.BadRequestError)
    expect(String((error as Error).message)).toContain(
      'Exceeded limit on max bytes per data-uri item : 10485760',
    )
  })

  it('closes promptly while a reply is still waiting out its latency', async () => {
    server = await startFakeQwenServer({ latencyMs: 30_000 })
    const pending = client(server)
      // biome-ignore lint/suspicious/noExplicitAny: the seed's extra keys
      .chat.completions.create({ model: 'qwen-vl-ocr', messages: seedMessages as any })
      .catch((caught: unknown) => caught)
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    const started = Date.now()
    await server.close()
    server = undefined
    expect(await pending).toBeInstanceOf(OpenAI.APIConnectionError)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
