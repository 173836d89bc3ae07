import { InvalidOptionError } from '@tiqu/core'
import type { ServerOptions } from '../server-options.js'
import { parseCidrs } from './is-public-address.js'

/** {@link ServerOptions} with every default applied and every limit checked. */
export interface ResolvedServerOptions {
  engine: 'qwen' | 'local'
  engineReason: string
  dashscopeApiKey: string | undefined
  baseURL: string | undefined
  model: string | undefined
  keys: string[]
  bodyLimitBytes: number
  maxImageBytes: number
  maxImagePixels: number
  rateLimitMax: number
  rateLimitWindowMs: number
  maxConcurrentPerKey: number
  requestTimeoutMs: number
  imageFetch: {
    timeoutMs: number
    maxRedirects: number
    allow: ReturnType<typeof parseCidrs>
  }
  logger: boolean
}

/** Splits `TIQU_SERVER_KEYS` (commas or whitespace between keys). */
export function parseKeys(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter((key) => key !== '')
}

/** Applies the defaults (from `env` where they come from the environment) and checks every limit. */
export function resolveServerOptions(options: ServerOptions): ResolvedServerOptions {
  const env = options.env ?? process.env
  const dashscopeApiKey = options.dashscopeApiKey ?? (env.DASHSCOPE_API_KEY || undefined)
  const engine = options.engine ?? (dashscopeApiKey ? 'qwen' : 'local')
  if (engine !== 'qwen' && engine !== 'local') {
    throw new InvalidOptionError(
      `Unknown engine '${String(engine)}'. Use 'qwen' (Qwen-OCR, needs DASHSCOPE_API_KEY) or 'local' (embedded, offline).`,
      { parameter: 'engine' },
    )
  }
  if (engine === 'qwen' && !dashscopeApiKey) {
    throw new InvalidOptionError(
      'The qwen engine needs a DashScope key: set DASHSCOPE_API_KEY (any value for a server of your own that checks none), or use the local engine.',
      { parameter: 'dashscopeApiKey' },
    )
  }
  const engineReason =
    options.engine !== undefined
      ? `engine: '${engine}' was asked for`
      : dashscopeApiKey
        ? 'DASHSCOPE_API_KEY is set'
        : 'DASHSCOPE_API_KEY is not set, so the embedded engine runs offline'
  const keys = options.keys ?? parseKeys(env.TIQU_SERVER_KEYS)
  if (keys.some((key) => key.length < 16)) {
    throw new InvalidOptionError(
      'A server key is shorter than 16 characters, which can be guessed. Use long random keys, e.g. `openssl rand -hex 32`.',
      { parameter: 'keys' },
    )
  }
  return {
    engine,
    engineReason,
    dashscopeApiKey,
    baseURL: options.baseURL ?? (env.TIQU_BASE_URL || undefined),
    model: options.model,
    keys,
    bodyLimitBytes: positive('bodyLimitBytes', options.bodyLimitBytes ?? 16 * 1024 * 1024),
    maxImageBytes: positive('maxImageBytes', options.maxImageBytes ?? 10 * 1024 * 1024),
    maxImagePixels: positive('maxImagePixels', options.maxImagePixels ?? 50_000_000),
    rateLimitMax: positive('rateLimitMax', options.rateLimitMax ?? 120),
    rateLimitWindowMs: positive('rateLimitWindowMs', options.rateLimitWindowMs ?? 60_000),
    maxConcurrentPerKey: positive('maxConcurrentPerKey', options.maxConcurrentPerKey ?? 4),
    requestTimeoutMs: positive('requestTimeoutMs', options.requestTimeoutMs ?? 120_000),
    imageFetch: {
      timeoutMs: positive('imageFetchTimeoutMs', options.imageFetchTimeoutMs ?? 10_000),
      maxRedirects: whole('imageFetchMaxRedirects', options.imageFetchMaxRedirects ?? 3),
      allow: parseCidrs(options.imageFetchAllow ?? []),
    },
    logger: options.logger ?? false,
  }
}

function positive(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidOptionError(`Invalid server option ${name}=${value}: pass a whole number ≥ 1.`, {
      parameter: name,
    })
  }
  return value
}

function whole(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidOptionError(`Invalid server option ${name}=${value}: pass a whole number ≥ 0.`, {
      parameter: name,
    })
  }
  return value
}
