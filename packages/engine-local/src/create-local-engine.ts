import {
  AbortedError,
  type Engine,
  type EnginePart,
  type EngineRequest,
  EngineUnsupportedError,
  TiquError,
} from '@tiqu/core'
import { loadRuntime, type Runtime } from './internal/load-runtime.js'
import { readPage } from './internal/read-page.js'
import { resolveOptions } from './internal/resolve-options.js'
import type { LocalEngineOptions } from './local-engine-options.js'
import { fillFromRules, readFields } from './rules/fill-from-rules.js'
import { linesToText } from './text/lines-to-text.js'

const model = 'pp-ocrv4'
const useQwen = 'use --engine qwen with DASHSCOPE_API_KEY set'

/**
 * The embedded engine: PaddleOCR PP-OCRv4 detection and recognition run in-process with onnxruntime,
 * no key and no network. onnxruntime and sharp load on the first `doRecognize`, and the model
 * sessions are then kept for the engine's life; `close()` releases them (a later call loads them again).
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

  const getRuntime = (): Promise<Runtime> => {
    runtime ??= loadRuntime(resolved).catch((error: unknown) => {
      runtime = undefined
      throw new EngineUnsupportedError(
        `The embedded OCR engine could not start: ${error instanceof Error ? error.message : String(error)}. ` +
          `Reinstall @tiqu/engine-local (onnxruntime-node and sharp ship native binaries), or ${useQwen}.`,
        { cause: error },
      )
    })
    return runtime
  }

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
    const work = (async () => {
      signal?.throwIfAborted()
      const loaded = await getRuntime()
      signal?.throwIfAborted()
      return readPage(loaded, bytes, source, resolved, signal)
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
      runtime = undefined
      // Releasing a session while a page is being read would pull the model from under it.
      await Promise.allSettled(running)
      const loaded = await current?.catch(() => undefined)
      await loaded?.release()
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
  if (template && !template.local) {
    throw new EngineUnsupportedError(
      `Template '${template.id}' has no rules for the embedded engine (no \`local\` section), ` +
        `so only Qwen-OCR can fill it: ${useQwen}.`,
    )
  }
  // Matching no lines compiles every pattern: a broken rule fails now, not after the page is read.
  if (template?.local) fillFromRules([], template.local, template.schema)
  if (!template && prompt !== undefined) {
    throw new EngineUnsupportedError(
      `The embedded engine cannot follow free-form prompts; ${useQwen}. Without a prompt it returns the page's text.`,
    )
  }
  return { image, template }
}
