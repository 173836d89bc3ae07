import type { Engine, OcrLine, ResolvedImage } from '../engine/types.js'
import { prepareImage } from '../image/prepare-image.js'

/**
 * Reads a page's lines with a layout engine (one whose plain OCR gives a `lines` part, such as the
 * embedded engine), asking it for no template so that it only reads. Resolves to undefined when the
 * engine gives no lines.
 */
export async function readLayout(
  engine: Engine,
  image: ResolvedImage,
  signal: AbortSignal | undefined,
): Promise<OcrLine[] | undefined> {
  const page = await prepareImage(image, { source: image.source, engine, signal })
  let lines: OcrLine[] | undefined
  for await (const part of engine.doRecognize({
    image: page,
    options: {},
    ...(signal ? { signal } : {}),
  })) {
    if (part.type === 'lines') lines = part.lines
  }
  return lines
}
