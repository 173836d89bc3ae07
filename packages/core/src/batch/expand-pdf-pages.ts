import type { ModelOptions } from '../engine/types.js'
import { TiquError } from '../errors/tiqu-error.js'
import { readPdfInput } from '../image/read-pdf-input.js'
import { renderPdfPages } from '../image/render-pdf-pages.js'
import { defaultQwenModel, modelLimits } from '../options/model-limits.js'
import { type SplitBatchInput, splitBatchInput } from './split-batch-input.js'
import type { ExtractManyInput } from './types.js'

/** One document of a batch: an input to read, or a PDF (or one of its pages) that could not be opened. */
export type BatchDocument =
  | (SplitBatchInput & {
      /** For a page of a PDF: its number, from 1, and how many pages the PDF has. */
      page?: { number: number; count: number }
    })
  | { name: string; error: TiquError }

/** What {@link expandPdfPages} needs to render pages at the size the model reads them. */
export interface ExpandPdfPagesOptions {
  options?: ModelOptions | undefined
  signal?: AbortSignal | undefined
}

/**
 * Yields the batch's documents: every input as it is, except that a PDF (a file path, `file:` URL or
 * bytes) becomes one document per page, rendered as it is reached, with `#page=<n>` on its source. A
 * PDF that cannot be opened, or a page that cannot be rendered, is yielded as an error, so it still
 * gets its record and the batch goes on. Other inputs pass unread: `extract` reads them and says
 * what is wrong with them.
 */
export async function* expandPdfPages(
  inputs: Iterable<ExtractManyInput> | AsyncIterable<ExtractManyInput>,
  context: ExpandPdfPagesOptions,
): AsyncGenerator<BatchDocument, void, undefined> {
  for await (const item of inputs) {
    const document = splitBatchInput(item)
    const bytes = await readPdfInput(document.input)
    if (!bytes) {
      yield document
      continue
    }
    let next = 1
    try {
      for await (const page of renderPdfPages(bytes, {
        source: document.name,
        // Rendered no larger than the model reads: the qwen engine would scale a larger page down.
        maxPixels: context.options?.max_pixels ?? pagePixels(context.options?.model),
        ...(context.signal ? { signal: context.signal } : {}),
      })) {
        next = page.page + 1
        yield {
          input: page.image,
          source: page.image.source,
          name: page.image.source,
          page: { number: page.page, count: page.pageCount },
        }
      }
    } catch (error) {
      const failed = TiquError.isInstance(error) ? error : new TiquError('TIQU_INTERNAL', String(error))
      // Before page 1 the PDF itself failed to open; after, the page being rendered did.
      yield { name: next === 1 ? document.name : `${document.name}#page=${next}`, error: failed }
    }
  }
}

/** The model's default `max_pixels`; for a model tiqu has no limits of, that of its default model. */
function pagePixels(model: string | undefined): number {
  const limits = modelLimits(model ?? defaultQwenModel) ?? modelLimits(defaultQwenModel)
  return limits?.defaultMaxPixels ?? 8192 * 32 * 32
}
