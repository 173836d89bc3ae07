import type { Registry } from '@tiqu/core'

/** Options of {@link createServer}. Every limit has a default that suits one machine serving a team. */
export interface ServerOptions {
  /**
   * Which engine reads the images: `qwen` (Qwen-OCR over the OpenAI-compatible API, with the server's
   * own DashScope key) or `local` (the embedded PaddleOCR engine, created once, at its first request).
   * @default 'qwen' when `DASHSCOPE_API_KEY` is set in `env`, else 'local'
   */
  engine?: 'qwen' | 'local'
  /**
   * The DashScope key the `qwen` engine sends upstream. Callers never see it and never send it.
   * @default env.DASHSCOPE_API_KEY
   */
  dashscopeApiKey?: string
  /**
   * The OpenAI-compatible endpoint the `qwen` engine calls.
   * @default env.TIQU_BASE_URL ?? 'https://dashscope.aliyuncs.com/compatible-mode/v1'
   */
  baseURL?: string
  /**
   * The model the `qwen` engine asks for when a request names none.
   * @default 'qwen-vl-ocr-2025-11-20'
   */
  model?: string
  /**
   * Bearer keys callers must send (`Authorization: Bearer <key>`). Without keys every caller is
   * served, and the server refuses to listen on any address but loopback.
   * @default env.TIQU_SERVER_KEYS split on commas and whitespace; [] when unset
   */
  keys?: string[]
  /**
   * Where defaults come from; tests pass `{}` to ignore the machine's environment.
   * @default process.env
   */
  env?: NodeJS.ProcessEnv
  /**
   * The templates (and engines) to serve. A registry passed in keeps its own engines named `qwen` and
   * `local` if it has them; the server closes it when it closes.
   * @default every installed template package, found as `tiqu templates` finds them
   */
  registry?: Registry
  /**
   * Largest request body, in bytes, for JSON requests (a base64 image is a third larger than its file).
   * @default 16_777_216 (16 MiB)
   */
  bodyLimitBytes?: number
  /**
   * Largest image, in bytes: an uploaded file, decoded base64, or a downloaded URL.
   * @default 10_485_760 (10 MiB, Qwen-OCR's own limit)
   */
  maxImageBytes?: number
  /**
   * Images whose header claims more pixels are refused before anything decodes them.
   * @default 50_000_000
   */
  maxImagePixels?: number
  /**
   * Requests each key (or, without keys, each client address) may make per `rateLimitWindowMs` to the
   * `/v1/*`, `/compatible-mode/*` and `/metrics` routes; then `429` with `Retry-After`.
   * @default 120
   */
  rateLimitMax?: number
  /**
   * The window `rateLimitMax` counts over, in milliseconds.
   * @default 60_000
   */
  rateLimitWindowMs?: number
  /**
   * Extractions (and chat completions) each key may have running at once; one more gets `429` with
   * `Retry-After: 1`. Keeps one caller from taking the whole engine.
   * @default 4
   */
  maxConcurrentPerKey?: number
  /**
   * How long one extraction may take, from the request to the result; then it is stopped and the
   * caller gets `504` (or an `error` event in a stream).
   * @default 120_000
   */
  requestTimeoutMs?: number
  /**
   * How long downloading an image URL may take, redirects included.
   * @default 10_000
   */
  imageFetchTimeoutMs?: number
  /**
   * Redirects followed when downloading an image URL; each hop is checked again.
   * @default 3
   */
  imageFetchMaxRedirects?: number
  /**
   * Address ranges (CIDR, e.g. `10.1.2.0/24`) image URLs may reach although they are not public, such
   * as an internal image store. Everything else that is not a public unicast address is refused:
   * loopback, private, link-local (cloud metadata at 169.254.169.254), unique-local, multicast, reserved.
   * @default []
   */
  imageFetchAllow?: string[]
  /**
   * Fastify's logger: `true` logs every request as JSON lines on stdout.
   * @default false
   */
  logger?: boolean
}
