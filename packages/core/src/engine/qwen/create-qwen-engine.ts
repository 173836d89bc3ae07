import OpenAI from 'openai'
import { AuthenticationError } from '../../errors/authentication-error.js'
import { InvalidOptionError } from '../../errors/invalid-option-error.js'
import { defaultMaxInputPixels } from '../../image/assert-pixel-limit.js'
import { defaultQwenModel } from '../../options/model-limits.js'
import type { Engine } from '../types.js'
import { recognizeWithQwen } from './recognize-with-qwen.js'

/** DashScope's OpenAI-compatible endpoint in Beijing; Singapore is `dashscope-intl`, the US `dashscope-us`. */
const defaultBaseURL = 'https://dashscope.aliyuncs.com/compatible-mode/v1'

/** Options of {@link createQwenEngine}. */
export interface QwenEngineOptions {
  /**
   * The DashScope API key. Keys belong to one region, which must match `baseURL`'s.
   * @default process.env.DASHSCOPE_API_KEY, read at the first request
   */
  apiKey?: string
  /**
   * Any OpenAI-compatible endpoint serving a Qwen VL model.
   * @default process.env.TIQU_BASE_URL ?? 'https://dashscope.aliyuncs.com/compatible-mode/v1', read at the first request
   */
  baseURL?: string
  /**
   * The model, unless a request's options name another.
   * @default 'qwen-vl-ocr-2025-11-20'
   */
  model?: string
  /**
   * Retries of transient failures (connection resets, 429, 5xx; `Retry-After` honoured), done by the
   * `openai` SDK; a stream that breaks before any text arrives is retried up to as many times again.
   * @default 2
   */
  maxRetries?: number
  /**
   * How long to wait for the response to begin, and, in a stream, for each next chunk.
   * @default 120_000
   */
  timeoutMs?: number
  /**
   * The fetch the SDK uses, e.g. one with a proxy agent.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch
  /**
   * Scale an image larger than the request's `max_pixels` down before upload, to the size the model
   * reads it at, so the upload carries no pixels the model would discard. Off, such images are sent
   * at full size (still upright and in a format the API takes) and the model scales them.
   * @default true
   */
  downscaleImages?: boolean
  /**
   * Refuse, before decoding, an image whose header claims more pixels than this (a decompression bomb).
   * @default 100_000_000
   */
  maxInputPixels?: number
}

/**
 * The `qwen` engine: Qwen-OCR over DashScope's OpenAI-compatible API through the official `openai`
 * SDK, sending the seed's request exactly. The client is created at the first request, so creating
 * the engine needs no key and costs nothing.
 */
export function createQwenEngine(options: QwenEngineOptions = {}): Engine {
  const model = options.model ?? defaultQwenModel
  const maxRetries = checkInteger('maxRetries', options.maxRetries ?? 2, 0, 'default 2')
  const timeoutMs = checkInteger('timeoutMs', options.timeoutMs ?? 120_000, 1, 'default 120000')
  const maxInputPixels = checkInteger(
    'maxInputPixels',
    options.maxInputPixels ?? defaultMaxInputPixels,
    1,
    `default ${defaultMaxInputPixels}`,
  )
  const downscaleImages = options.downscaleImages ?? true
  if (model === '') {
    throw new InvalidOptionError(
      'Invalid option model="": pass a model name such as qwen-vl-ocr-2025-11-20.',
      {
        parameter: 'model',
      },
    )
  }
  let connection: { client: OpenAI; baseURL: string } | undefined

  function connect(): { client: OpenAI; baseURL: string } {
    if (connection) return connection
    const apiKey = options.apiKey || process.env.DASHSCOPE_API_KEY
    if (!apiKey) {
      throw new AuthenticationError(
        'No DashScope API key. Set DASHSCOPE_API_KEY (create a key in Alibaba Cloud Model Studio, in the region of ' +
          'your base URL), pass apiKey to createQwenEngine, or use the local engine (--engine local), which needs no key. ' +
          'A server of your own that checks no key takes any value.',
      )
    }
    const baseURL = resolveBaseURL()
    const client = new OpenAI({
      apiKey,
      baseURL,
      maxRetries,
      timeout: timeoutMs,
      // OPENAI_ORG_ID / OPENAI_PROJECT_ID in the environment belong to OpenAI, not to DashScope.
      organization: null,
      project: null,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    })
    connection = { client, baseURL }
    return connection
  }

  function resolveBaseURL(): string {
    const baseURL = options.baseURL || process.env.TIQU_BASE_URL || defaultBaseURL
    if (!URL.canParse(baseURL) || !/^https?:$/.test(new URL(baseURL).protocol)) {
      throw new InvalidOptionError(
        `Invalid base URL '${baseURL}': pass an http(s) URL such as ${defaultBaseURL} (TIQU_BASE_URL or --base-url).`,
        { parameter: 'baseURL' },
      )
    }
    return baseURL
  }

  return {
    specificationVersion: 'v1',
    id: 'qwen',
    model,
    acceptsImageUrls: true,
    doRecognize(request) {
      return recognizeWithQwen(request, {
        model,
        maxRetries,
        timeoutMs,
        downscaleImages,
        maxInputPixels,
        connect,
      })
    },
  }
}

function checkInteger(name: string, value: number, minimum: number, fallback: string): number {
  if (!Number.isInteger(value) || value < minimum) {
    throw new InvalidOptionError(
      `Invalid option ${name}=${value}: the qwen engine takes an integer ${name} ≥ ${minimum} (${fallback}).`,
      { parameter: name },
    )
  }
  return value
}
