import {
  AbortedError,
  type Engine,
  type EnginePart,
  type EngineRequest,
  EngineUnsupportedError,
  TiquError,
} from '@tiqu/core'
import { engineStartError } from './internal/engine-start-error.js'
import { loadRuntime, type Runtime } from './internal/load-runtime.js'
import { type PageReading, readPage } from './internal/read-page.js'
import { resolveOptions } from './internal/resolve-options.js'
import { createWorkerPool, type WorkerPool } from './internal/worker-pool.js'
import type { LocalEngineOptions } from './local-engine-options.js'
import { localSupport } from './local-support.js'
import { fillFromRules, readFields } from './rules/fill-from-rules.js'
import { linesToText } from './text/lines-to-text.js'

const model = 'pp-ocrv4'
const useQwen = 'use --engine qwen with DASHSCOPE_API_KEY set'

/**
 * The embedded engine: PaddleOCR PP-OCRv4 detection and recognition run in-process with onnxruntime,
 * no key and no network. onnxruntime and sharp load on the first `doRecognize`, and the model
 * sessions are then kept for the engine's life; `close()` releases them (a later call loads them again).
 * With `workers` above 1, pages are read in worker threads instead, each started on first need and
 * stopped by `close()`.
 * Pages turned on their side or upside down are read upright, and lines are reported in the upright
 * page's pixels, EXIF orientation applied.
 *
 * It reads text with boxes (plain OCR), and fills a template from the template's `local` rules.
 * It cannot follow a free-form prompt, and says so rather than guess.
 *
 * @throws InvalidOptionError when an option is out of range.
 */
export function createLocalEngine(options: LocalEngineOptions = {}): Engine {
  const resolved = resolveOptions(options)
  let runtime: Promise<Runtime> | undefined
  const running = new Set<Promise<unknown>>()

  let pool: WorkerPool | undefined

  const getRuntime = (): Promise<Runtime> => {
    runtime ??= loadRuntime(resolved).catch((error: unknown) => {
      runtime = undefined
      throw engineStartError(error)
    })
    return runtime
  }

  const readHere = async (bytes: Uint8Array, source: string, signal: AbortSignal | undefined) => {
    const loaded = await getRuntime()
    signal?.throwIfAborted()
    return readPage(loaded, bytes, source, resolved, signal)
  }
  // The worker's entry is built beside this module (tsup's `page-worker` entry), in dist/.
  const readInWorker = (bytes: Uint8Array, source: string, signal: AbortSignal | undefined) => {
    pool ??= createWorkerPool(new URL('./page-worker.js', import.meta.url), resolved)
    return pool.read(bytes, source, signal)
  }
  const readOnePage = resolved.workers > 1 ? readInWorker : readHere

  async function* recognize(request: EngineRequest): AsyncGenerator<EnginePart> {
    const { image, template } = checkRequest(request)
    const page = await read(image.bytes, image.source, request.signal)
    yield {
      type: 'lines',
      lines: page.lines,
      width: page.width,
      height: page.height,
      rotation: page.rotation,
    }
    yield { type: 'text-delta', textDelta: linesToText(page.lines) }
    if (template?.local) {
      const { values, evidence } = readFields(page.lines, template.local, template.schema)
      yield {
        type: 'object',
        object: values,
        evidence: Object.fromEntries(
          Object.entries(evidence).map(([field, { box, score }]) => [field, { box, confidence: score }]),
        ),
      }
    }
    yield {
      type: 'usage',
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, image_tokens: 0 },
    }
    yield { type: 'finish', finishReason: 'stop', model }
  }

  async function read(bytes: Uint8Array, source: string, signal: AbortSignal | undefined) {
    const work: Promise<PageReading> = (async () => {
      signal?.throwIfAborted()
      return readOnePage(bytes, source, signal)
    })()
    running.add(work)
    try {
      return await work
    } catch (error) {
      if (signal?.aborted && !TiquError.isInstance(error)) {
        throw new AbortedError(`Reading ${source} was aborted.`, { cause: error })
      }
      throw error
    } finally {
      running.delete(work)
    }
  }

  return {
    specificationVersion: 'v1',
    id: 'local',
    model,
    doRecognize: recognize,
    async close() {
      const current = runtime
      const workers = pool
      runtime = undefined
      pool = undefined
      // Releasing a session while a page is being read would pull the model from under it.
      await Promise.allSettled(running)
      const loaded = await current?.catch(() => undefined)
      await Promise.all([loaded?.release(), workers?.close()])
    },
  }
}

/** Refuses, before any model loads, what this engine cannot do honestly. */
function checkRequest(request: EngineRequest) {
  const { image, template, prompt } = request
  if (image.kind !== 'bytes') {
    throw new EngineUnsupportedError(
      `The embedded engine reads image bytes, not URLs (${image.url}); @tiqu/core downloads the image first. ` +
        'Pass it through `extract`, or resolve it to bytes before calling doRecognize.',
    )
  }
  const support = template && localSupport(template)
  if (support && !support.supported) throw new EngineUnsupportedError(`${support.reason}; ${useQwen}.`)
  // Matching no lines compiles every pattern: a broken rule fails now, not after the page is read.
  if (template?.local) fillFromRules([], template.local, template.schema)
  if (!template && prompt !== undefined) {
    throw new EngineUnsupportedError(
      `The embedded engine cannot follow free-form prompts; ${useQwen}. Without a prompt it returns the page's text.`,
    )
  }
  return { image, template }
}
