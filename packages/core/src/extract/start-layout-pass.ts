import type { OcrLine, ResolvedImage } from '../engine/types.js'
import { AbortedError } from '../errors/aborted-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import { locateValues } from '../grounding/locate-values.js'
import { readLayout } from '../grounding/read-layout.js'
import type { Issue } from '../template/types.js'
import type { ExtractOptions } from './types.js'

/** A layout read running beside the model's answer. */
export interface LayoutPass {
  /** Waits for the page's lines and places the values of `data` on them, or says why it could not. */
  place(data: {
    [field: string]: unknown
  }): Promise<{ boxes: { [pointer: string]: OcrLine['box'] } } | { error: unknown }>
  /** Stops the read when its result is no longer wanted. */
  cancel(): void
}

/**
 * Starts reading the page with `options.layoutEngine`, when there is one, a template to place values
 * of, and it is not the extraction's own engine (which then places its values itself). It runs beside
 * the model so that the lines are ready when the answer is; the caller's signal stops it too.
 */
export function startLayoutPass(options: ExtractOptions, image: ResolvedImage): LayoutPass | undefined {
  const { layoutEngine, engine, template, signal } = options
  if (!layoutEngine || layoutEngine === engine || !template) return undefined
  const controller = new AbortController()
  const onAbort = () => controller.abort(signal?.reason)
  if (signal?.aborted) onAbort()
  else signal?.addEventListener('abort', onAbort, { once: true })
  const reading = readLayout(layoutEngine, image, controller.signal).then(
    (lines) => ({ lines: lines ?? [] }),
    (error: unknown) => ({
      error:
        signal?.aborted && !TiquError.isInstance(error)
          ? new AbortedError('Reading the page layout was aborted by the caller.', { cause: error })
          : error,
    }),
  )
  void reading.finally(() => signal?.removeEventListener('abort', onAbort))
  return {
    async place(data) {
      const read = await reading
      return 'error' in read ? read : { boxes: locateValues(data, read.lines) }
    },
    cancel() {
      controller.abort()
    },
  }
}

/** The warning a record carries when its layout pass failed. */
export function layoutFailed(engineId: string, error: unknown): Issue {
  const reason = TiquError.isInstance(error)
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error)
  return {
    path: '',
    message: `No boxes: reading the page's layout with the ${engineId} engine failed (${reason}). The values are unaffected.`,
    severity: 'warning',
  }
}
