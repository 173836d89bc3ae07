import type { ImageMimeType } from '../engine/types.js'
import { ImageDamagedError } from '../errors/image-damaged-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import { assertPixelLimit } from './assert-pixel-limit.js'
import { encodeForUpload } from './encode-for-upload.js'
import { openImage } from './open-image.js'
import { readImageHeader } from './read-image-header.js'

/**
 * Converts an image in a format no engine is handed (GIF, AVIF) to one every engine takes: a GIF's
 * first frame to PNG (GIFs are drawings and screenshots), an AVIF to JPEG at quality 90 (AVIFs are
 * photos), upright. Undefined for anything else, which the caller then refuses. The pixel count is
 * checked from the header before decoding.
 */
export async function convertToAccepted(
  bytes: Uint8Array,
  options: { source: string; maxInputPixels: number },
): Promise<{ bytes: Uint8Array; mimeType: ImageMimeType } | undefined> {
  const header = readImageHeader(bytes)
  if (header?.format !== 'gif' && header?.format !== 'avif') return undefined
  assertPixelLimit(header, options.source, options.maxInputPixels)
  try {
    const pipeline = await openImage(bytes, header.format, options)
    const { bytes: converted, mimeType } = await encodeForUpload(pipeline, {
      lossless: header.format === 'gif',
      source: options.source,
      maxDataUrlBytes: Number.POSITIVE_INFINITY,
    })
    return { bytes: converted, mimeType }
  } catch (error) {
    if (TiquError.isInstance(error)) throw error
    throw new ImageDamagedError(
      `'${options.source}' is a ${header.format.toUpperCase()} image that could not be converted to an image Qwen-OCR reads ` +
        `(${error instanceof Error ? error.message : String(error)}). The file may be damaged; convert it to PNG or JPEG yourself.`,
      { cause: error },
    )
  }
}
