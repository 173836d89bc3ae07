import {
  dataInspectionFailedReply,
  type FakeQwenServer,
  internalErrorReply,
  invalidParameterReply,
  rateLimitedReply,
  sequenceReplies,
  startFakeQwenServer,
} from '@tiqu/qwen-fake-server'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { AbortedError } from '../../errors/aborted-error.js'
import { AuthenticationError } from '../../errors/authentication-error.js'
import { BadRequestError } from '../../errors/bad-request-error.js'
import { ConnectionError } from '../../errors/connection-error.js'
import { ContentInspectionError } from '../../errors/content-inspection-error.js'
import { ImageTooLargeError } from '../../errors/image-too-large-error.js'
import { InvalidOptionError } from '../../errors/invalid-option-error.js'
import { RateLimitedError } from '../../errors/rate-limited-error.js'
import { ServerError } from '../../errors/server-error.js'
import { StreamInterruptedError } from '../../errors/stream-interrupted-error.js'
import { TimeoutError } from '../../errors/timeout-error.js'
import type { TiquError } from '../../errors/tiqu-error.js'
import { hugePng, marked } from '../../image/__fixtures__/make-images.js'
import type { EnginePart, EngineRequest, ResolvedImage } from '../types.js'
import { createQwenEngine, type QwenEngineOptions } from './create-qwen-engine.js'

const imageUrl =
  'https://img.alicdn.com/imgextra/i2/O1CN01ktT8451iQutqReELT_!!6000000004408-0-tps-689-487.jpg'
const urlImage: ResolvedImage = { kind: 'url', url: imageUrl, source: imageUrl }
// A 16×12 PNG: the smallest kind of image Qwen-OCR reads (both sides over 10 pixels).
const smallPng = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAABAAAAAMCAIAAADkharWAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAGElEQVR4nGM4Y2xMEmIY1WA8GkpnsCUNABWE5YGyPFJZAAAAAElFTkSuQmCC',
    'base64',
  ),
)
const answer = '{"train_number": "G1234", "seat_number": "05车12A号", "ticket_price": "￥553.5"}'

let server: FakeQwenServer

beforeAll(async () => {
  server = await startFakeQwenServer({ apiKey: 'sk-test', reply: { content: answer } })
})

afterAll(async () => {
  await server.close()
})

afterEach(() => {
  server.requests.length = 0
  server.setReply({ content: answer })
  vi.unstubAllEnvs()
})

function engine(options: QwenEngineOptions = {}) {
  return createQwenEngine({
    apiKey: 'sk-test',
    baseURL: server.baseURL,
    maxRetries: 1,
    timeoutMs: 5_000,
    ...options,
  })
}

async function collect(
  request: Partial<EngineRequest> = {},
  options: QwenEngineOptions = {},
): Promise<EnginePart[]> {
  const parts: EnginePart[] = []
  for await (const part of engine(options).doRecognize({ image: urlImage, options: {}, ...request }))
    parts.push(part)
  return parts
}

async function failure(
  request: Partial<EngineRequest> = {},
  options: QwenEngineOptions = {},
): Promise<Error> {
  const parts: EnginePart[] = []
  try {
    for await (const part of engine(options).doRecognize({ image: urlImage, options: {}, ...request }))
      parts.push(part)
  } catch (error) {
    return error as Error
  }
  throw new Error(`expected a failure, got ${JSON.stringify(parts)}`)
}

function textOf(parts: EnginePart[]): string {
  return parts.map((part) => (part.type === 'text-delta' ? part.textDelta : '')).join('')
}

describe('createQwenEngine', () => {
  it('is the qwen engine of contract v1, defaulting to the pinned snapshot and taking URLs itself', () => {
    const qwen = createQwenEngine()
    expect(qwen).toMatchObject({
      specificationVersion: 'v1',
      id: 'qwen',
      model: 'qwen-vl-ocr-2025-11-20',
      acceptsImageUrls: true,
    })
  })

  it("sends the seed's request field by field: a data URL with the sniffed MIME, the prompt as the text part", async () => {
    server.setReply({ content: answer })
    const bytesImage: ResolvedImage = {
      kind: 'bytes',
      bytes: smallPng,
      mimeType: 'image/png',
      source: 'ticket.png',
    }
    await collect({ image: bytesImage, prompt: 'Extract the ticket as JSON.' })
    expect(server.requests).toHaveLength(1)
    const [recorded] = server.requests
    expect(recorded?.path).toBe('/compatible-mode/v1/chat/completions')
    expect(recorded?.headers.authorization).toBe('Bearer sk-test')
    expect(recorded?.body).toEqual({
      model: 'qwen-vl-ocr-2025-11-20',
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'image_url',
              image_url: { url: `data:image/png;base64,${Buffer.from(smallPng).toString('base64')}` },
              min_pixels: 3072,
              max_pixels: 8_388_608,
            },
            { type: 'text', text: 'Extract the ticket as JSON.' },
          ],
        },
      ],
    })
  })

  it('passes an http URL through and sends no text part for plain OCR', async () => {
    await collect({ options: { model: 'qwen-vl-ocr-2025-04-13' } })
    expect(server.requests[0]?.body?.model).toBe('qwen-vl-ocr-2025-04-13')
    expect(server.requests[0]?.body?.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: imageUrl }, min_pixels: 3136, max_pixels: 6_422_528 },
        ],
      },
    ])
  })

  it('places sampling parameters top-level, top_k and repetition_penalty included, and pixels on the image part', async () => {
    await collect({
      prompt: 'p',
      stream: true,
      options: {
        min_pixels: 4096,
        max_pixels: 1_000_000,
        max_tokens: 1024,
        top_p: 0.5,
        top_k: 3,
        repetition_penalty: 1.1,
        presence_penalty: 1,
        seed: 7,
        stop: 'END',
        logprobs: true,
        top_logprobs: 2,
      },
    })
    const { messages, ...topLevel } = server.requests[0]?.body ?? {}
    expect(topLevel).toEqual({
      model: 'qwen-vl-ocr-2025-11-20',
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 1024,
      top_p: 0.5,
      top_k: 3,
      repetition_penalty: 1.1,
      presence_penalty: 1,
      seed: 7,
      stop: 'END',
      logprobs: true,
      top_logprobs: 2,
    })
    expect(messages?.[0]?.content[0]).toEqual({
      type: 'image_url',
      image_url: { url: imageUrl },
      min_pixels: 4096,
      max_pixels: 1_000_000,
    })
  })

  it('gives the same text and usage, image tokens included, streaming or not', async () => {
    server.setReply({
      content: answer,
      chunkSize: 5,
      usage: { image_tokens: 777, text_tokens: 23, completion_tokens: 40 },
    })
    const whole = await collect({ prompt: 'p' })
    const streamed = await collect({ prompt: 'p', stream: true })

    expect(whole.filter((part) => part.type === 'text-delta')).toHaveLength(1)
    expect(streamed.filter((part) => part.type === 'text-delta').length).toBeGreaterThan(5)
    expect(textOf(streamed)).toBe(answer)
    expect(textOf(whole)).toBe(answer)
    const usage = {
      type: 'usage',
      usage: { prompt_tokens: 800, completion_tokens: 40, total_tokens: 840, image_tokens: 777 },
    }
    const finish = { type: 'finish', finishReason: 'stop', model: 'qwen-vl-ocr-2025-11-20' }
    expect(whole.slice(-2)).toEqual([usage, finish])
    expect(streamed.slice(-2)).toEqual([usage, finish])
  })

  it('maps finish_reason length through', async () => {
    server.setReply({ content: '{"a": ', finishReason: 'length' })
    expect((await collect({ stream: true })).at(-1)).toEqual({
      type: 'finish',
      finishReason: 'length',
      model: 'qwen-vl-ocr-2025-11-20',
    })
  })

  it('throws StreamInterruptedError with the partial text when a stream breaks after text arrived, without retrying', async () => {
    server.setReply({ fault: 'cut-stream', afterChunks: 3, content: answer, chunkSize: 4 })
    const seen: string[] = []
    let caught: unknown
    try {
      for await (const part of engine().doRecognize({ image: urlImage, options: {}, stream: true })) {
        if (part.type === 'text-delta') seen.push(part.textDelta)
        expect(part.type).toBe('text-delta')
      }
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(StreamInterruptedError)
    expect((caught as StreamInterruptedError).partialText).toBe(answer.slice(0, 12))
    expect(seen.join('')).toBe(answer.slice(0, 12))
    expect((caught as Error).message).toContain('broke off after 12 characters')
    expect(server.requests).toHaveLength(1)
  })

  it('throws StreamInterruptedError when a stream ends without a finish reason or [DONE]', async () => {
    server.setReply({ fault: 'cut-stream', afterChunks: 2, content: answer, ending: 'end' })
    const error = await failure({ stream: true })
    expect(error).toBeInstanceOf(StreamInterruptedError)
    expect((error as StreamInterruptedError).partialText).toBe(answer.slice(0, 8))
    expect(error.message).toContain('it ended without a finish reason')
  })

  it('retries a stream that breaks before any text, and succeeds', async () => {
    server.setReply(
      sequenceReplies({ fault: 'cut-stream', afterChunks: 0, content: answer }, { content: answer }),
    )
    const parts = await collect({ stream: true })
    expect(textOf(parts)).toBe(answer)
    expect(server.requests).toHaveLength(2)
  })

  it('gives up on a stream that keeps breaking before any text after maxRetries, as a ConnectionError', async () => {
    server.setReply({ fault: 'cut-stream', afterChunks: 0, content: answer })
    const error = await failure({ stream: true }, { maxRetries: 0 })
    expect(error).toBeInstanceOf(ConnectionError)
    expect(server.requests).toHaveLength(1)
  })

  it('retries a non-streaming answer whose body broke off, and succeeds', async () => {
    server.setReply(
      sequenceReplies({ fault: 'cut-stream', afterChunks: 0, content: answer }, { content: answer }),
    )
    expect(textOf(await collect())).toBe(answer)
    expect(server.requests).toHaveLength(2)
  })

  it('retries a connection reset before any byte, and succeeds', async () => {
    server.setReply(sequenceReplies({ fault: 'reset' }, { content: answer }))
    expect(textOf(await collect({ stream: true }))).toBe(answer)
    expect(server.requests).toHaveLength(2)
  })

  it('retries 429 honouring Retry-After, then succeeds with 2 requests', async () => {
    server.setReply(sequenceReplies(rateLimitedReply({ retryAfterSeconds: 1 }), { content: answer }))
    const started = Date.now()
    expect(textOf(await collect())).toBe(answer)
    expect(server.requests).toHaveLength(2)
    // The SDK's own first backoff is at most 0.5 s; waiting a whole second means Retry-After was honoured.
    // A lower bound only: a slow machine can make the wait longer, never shorter.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('retries a 500, then succeeds', async () => {
    server.setReply(sequenceReplies(internalErrorReply(), { content: answer }))
    expect(textOf(await collect({ stream: true }))).toBe(answer)
    expect(server.requests).toHaveLength(2)
  })

  it('gives RateLimitedError when the limit holds through every retry', async () => {
    server.setReply(rateLimitedReply({ retryAfterSeconds: 0 }))
    const error = await failure({}, { maxRetries: 2 })
    expect(error).toBeInstanceOf(RateLimitedError)
    expect(error.message).toContain('after 2 retries')
    expect(error.message).toContain('limit_requests')
    expect(server.requests).toHaveLength(3)
  })

  it('gives ServerError when 5xx holds through every retry', async () => {
    server.setReply({ status: 503, headers: { 'retry-after': '0' } })
    const error = await failure({}, { maxRetries: 1 })
    expect(error).toBeInstanceOf(ServerError)
    expect(server.requests).toHaveLength(2)
  })

  it('gives AuthenticationError for a wrong key after exactly 1 request, naming the key, region and request id', async () => {
    const error = await failure({ stream: true }, { apiKey: 'sk-wrong', maxRetries: 2 })
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(error.message).toContain('DASHSCOPE_API_KEY')
    expect(error.message).toContain('region')
    expect(error.message).toContain(server.baseURL)
    expect(error.message).toContain('Incorrect API key provided.')
    const requestId = (error as AuthenticationError).requestId
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(error.message).toContain(`request id ${requestId}`)
    expect(server.requests).toHaveLength(1)
  })

  it("gives BadRequestError for a 400 after exactly 1 request, carrying the service's message", async () => {
    server.setReply(invalidParameterReply('The image length and width do not meet the model restrictions.'))
    const error = await failure({}, { maxRetries: 2 })
    expect(error).toBeInstanceOf(BadRequestError)
    expect(error.message).toContain(
      'invalid_parameter_error: <400> InternalError.Algo.InvalidParameter: The image length and width do not meet the model restrictions.',
    )
    expect(error.message).toContain('over 10 px')
    expect(server.requests).toHaveLength(1)
  })

  it('gives ContentInspectionError for data_inspection_failed, without retrying', async () => {
    server.setReply(dataInspectionFailedReply())
    const error = await failure({ stream: true }, { maxRetries: 2 })
    expect(error).toBeInstanceOf(ContentInspectionError)
    expect(error.message).toContain('Input data may contain inappropriate content.')
    expect(server.requests).toHaveLength(1)
  })

  it.each([
    [{ temperature: 3 }, 'temperature'],
    [{ temperature: 0.5, top_p: 0.5 }, 'temperature'],
    [{ logprobs: true, top_logprobs: 6 }, 'top_logprobs'],
    [{ max_tokens: 9000 }, 'max_tokens'],
    [{ seed: -1 }, 'seed'],
  ])('refuses options %j naming %s, with zero requests sent', async (options, parameter) => {
    const error = await failure({ options, stream: true })
    expect(error).toBeInstanceOf(InvalidOptionError)
    expect((error as InvalidOptionError).parameter).toBe(parameter)
    expect(error.message).toContain(parameter)
    expect(server.requests).toHaveLength(0)
  })

  it('sends an image above max_pixels at the size the model reads, the image part otherwise as before', async () => {
    const photo = await marked(4000, 3000).jpeg({ quality: 95 }).toBuffer()
    const image: ResolvedImage = { kind: 'bytes', bytes: photo, mimeType: 'image/jpeg', source: 'photo.jpg' }
    await collect({ image, options: { max_pixels: 1_048_576 } })
    await collect({ image, options: { max_pixels: 1_048_576 } }, { downscaleImages: false })
    type ImagePart = { type: string; image_url: { url: string } }
    const [downscaled, whole] = server.requests.map(
      (request) => (request.body?.messages?.[0]?.content as unknown as ImagePart[] | undefined)?.[0],
    )
    expect(downscaled).toMatchObject({ type: 'image_url', min_pixels: 3072, max_pixels: 1_048_576 })
    expect(Object.keys(downscaled ?? {})).toEqual(['type', 'image_url', 'min_pixels', 'max_pixels'])
    const sent = Buffer.from(
      String(downscaled?.image_url.url).replace('data:image/jpeg;base64,', ''),
      'base64',
    )
    expect(await sharp(sent).metadata()).toMatchObject({ format: 'jpeg', width: 1152, height: 864 })
    expect(whole?.image_url.url).toBe(`data:image/jpeg;base64,${photo.toString('base64')}`)
  })

  it('refuses a damaged image, a decompression bomb and a 5-pixel image, each with its own error and zero requests sent', async () => {
    const garbage = new Uint8Array(8 * 1024 * 1024)
    garbage.set([0xff, 0xd8, 0xff])
    const damaged = await failure({
      image: { kind: 'bytes', bytes: garbage, mimeType: 'image/jpeg', source: 'big.jpg' },
    })
    expect((damaged as TiquError).code).toBe('TIQU_IMAGE_DAMAGED')
    expect(damaged.message).toMatch(/^'big\.jpg' is a damaged or truncated JPEG file/)
    const bomb = await failure({
      image: { kind: 'bytes', bytes: hugePng(30_000), mimeType: 'image/png', source: 'bomb.png' },
    })
    expect(bomb).toBeInstanceOf(ImageTooLargeError)
    expect(bomb.message).toContain('30000×30000 pixels')
    const tiny = await sharp({ create: { width: 5, height: 5, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const small = await failure({
      image: { kind: 'bytes', bytes: tiny, mimeType: 'image/png', source: 'dot.png' },
    })
    expect((small as TiquError).code).toBe('TIQU_IMAGE_DIMENSIONS')
    expect(small.message).toContain('needs both sides longer than 10 pixels')
    expect(server.requests).toHaveLength(0)
  })

  it('takes maxInputPixels as the decompression-bomb limit, and refuses a bad one', async () => {
    const image: ResolvedImage = {
      kind: 'bytes',
      bytes: smallPng,
      mimeType: 'image/png',
      source: 'small.png',
    }
    const error = await failure({ image }, { maxInputPixels: 100 })
    expect(error).toBeInstanceOf(ImageTooLargeError)
    expect(error.message).toContain('over the limit of 0.0 MP')
    expect(() => engine({ maxInputPixels: 0 })).toThrow(InvalidOptionError)
  })

  it('needs a key: without one, AuthenticationError says to set DASHSCOPE_API_KEY or use the local engine', async () => {
    vi.stubEnv('DASHSCOPE_API_KEY', '')
    const error = await failure({}, { apiKey: undefined })
    expect(error).toBeInstanceOf(AuthenticationError)
    expect(error.message).toContain('Set DASHSCOPE_API_KEY')
    expect(error.message).toContain('--engine local')
    expect(server.requests).toHaveLength(0)
  })

  it('reads DASHSCOPE_API_KEY and TIQU_BASE_URL from the environment at the first request', async () => {
    const qwen = createQwenEngine({ maxRetries: 0 })
    vi.stubEnv('DASHSCOPE_API_KEY', 'sk-test')
    vi.stubEnv('TIQU_BASE_URL', server.baseURL)
    const parts: EnginePart[] = []
    for await (const part of qwen.doRecognize({ image: urlImage, options: {} })) parts.push(part)
    expect(textOf(parts)).toBe(answer)
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-test')
  })

  it('gives TimeoutError when the service does not answer within timeoutMs', async () => {
    server.setReply({ content: answer, latencyMs: 3_000 })
    const error = await failure({}, { timeoutMs: 150, maxRetries: 0 })
    expect(error).toBeInstanceOf(TimeoutError)
    expect(error.message).toContain('within 150 ms')
  })

  it('gives TimeoutError when a stream stalls before any text, once retries are spent', async () => {
    server.setReply({ content: answer, chunkDelayMs: 3_000 })
    const error = await failure({ stream: true }, { timeoutMs: 150, maxRetries: 0 })
    expect(error).toBeInstanceOf(TimeoutError)
    expect(server.requests).toHaveLength(1)
  })

  it('honours an abort signal mid-stream with AbortedError, not a quiet partial result', async () => {
    server.setReply({ content: answer, chunkSize: 2, chunkDelayMs: 30 })
    const controller = new AbortController()
    let caught: unknown
    const seen: string[] = []
    try {
      for await (const part of engine().doRecognize({
        image: urlImage,
        options: {},
        stream: true,
        signal: controller.signal,
      })) {
        if (part.type === 'text-delta') seen.push(part.textDelta)
        if (seen.length === 2) controller.abort()
      }
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(AbortedError)
    expect(seen).toHaveLength(2)
  })

  it('honours an abort signal before the answer begins', async () => {
    server.setReply({ content: answer, latencyMs: 2_000 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const error = await failure({ signal: controller.signal })
    expect(error).toBeInstanceOf(AbortedError)
    expect(await failure({ signal: AbortSignal.abort() })).toBeInstanceOf(AbortedError)
  })
})
