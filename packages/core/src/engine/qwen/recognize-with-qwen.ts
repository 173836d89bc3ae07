import type { OpenAI } from 'openai'
import { prepareImageForModel } from '../../image/prepare-image-for-model.js'
import { toDataUrl } from '../../image/to-data-url.js'
import { modelLimits } from '../../options/model-limits.js'
import { parseModelOptions, pixelDefaults } from '../../options/model-options.js'
import type { EnginePart, EngineRequest } from '../types.js'
import { aborted } from './attempt-outcome.js'
import { buildRequest } from './build-request.js'
import { completeOnce } from './complete-once.js'
import type { ApiErrorContext } from './map-api-error.js'
import { streamOnce } from './stream-once.js'

/** How the engine was configured, and how to get its lazily created client. */
export interface QwenCallSettings {
  model: string
  maxRetries: number
  timeoutMs: number
  /** Scale images above the request's max_pixels down before upload (see `prepareImageForModel`). */
  downscaleImages: boolean
  /** Images whose header claims more pixels are refused before decoding. */
  maxInputPixels: number
  /** The client and the base URL it uses; throws when no API key is set. */
  connect: () => { client: OpenAI; baseURL: string }
}

/**
 * One recognition: checks the options, sends the seed's request, and yields text as it arrives, then
 * usage and finish. The SDK retries failures of the initial request (connection, 429, 5xx, honouring
 * Retry-After); this adds the one retry the SDK cannot do: of a response that broke after it began but
 * before any text reached the caller. Once text has been yielded a break is a `StreamInterruptedError`
 * carrying that text, never a quiet partial result.
 */
export async function* recognizeWithQwen(
  request: EngineRequest,
  settings: QwenCallSettings,
): AsyncGenerator<EnginePart, void, undefined> {
  const options = parseModelOptions(request.options, settings.model)
  const model = options.model ?? settings.model
  // A URL is the service's to fetch and scale; bytes are made upright, no larger than the model reads, and
  // in a format it takes, or sent untouched when they already are.
  const imageUrl =
    request.image.kind === 'url'
      ? request.image.url
      : toDataUrl(
          await prepareImageForModel(request.image, {
            patchSize: modelLimits(model)?.patchSize ?? 32,
            maxPixels: options.max_pixels ?? pixelDefaults(model).max_pixels,
            downscale: settings.downscaleImages,
            maxInputPixels: settings.maxInputPixels,
          }),
        )
  const body = buildRequest({
    model,
    imageUrl,
    prompt: request.prompt,
    options,
    stream: request.stream === true,
  })
  const { client, baseURL } = settings.connect()
  const context: ApiErrorContext = {
    baseURL,
    model,
    maxRetries: settings.maxRetries,
    timeoutMs: settings.timeoutMs,
  }

  for (let attempt = 0; ; attempt += 1) {
    if (request.signal?.aborted) throw aborted(request.signal.reason)
    const outcome = request.stream
      ? yield* streamOnce(client, body, request.signal, context)
      : yield* completeOnce(client, body, request.signal, context)
    if (outcome === undefined) return
    if (attempt >= settings.maxRetries) throw outcome.error
    await pause(retryDelayMs(attempt), request.signal)
  }
}

// The SDK's own backoff: 0.5 s doubling to 8 s, less up to a quarter of jitter.
function retryDelayMs(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 8000) * (1 - Math.random() * 0.25)
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted(signal.reason))
    const onAbort = () => {
      clearTimeout(timer)
      reject(aborted(signal?.reason))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
