import type { Sharp } from 'sharp'
import { ImageTooLargeError } from '../errors/image-too-large-error.js'
import { maxDataUrlBytes as apiMaxDataUrlBytes, dataUrlLength } from './to-data-url.js'

/** The quality of every JPEG tiqu writes: well above what OCR needs, a third the bytes of quality 100. */
export const uploadJpegQuality = 90

/** An image encoded for upload. */
export interface EncodedImage {
  bytes: Uint8Array
  mimeType: 'image/jpeg' | 'image/png'
  width: number
  height: number
}

/**
 * Encodes an image that tiqu changed: PNG when `lossless` (the source was lossless: scans of text,
 * screenshots, rendered pages, where JPEG would blur edges), JPEG at quality {@link uploadJpegQuality}
 * otherwise, and JPEG too when the PNG's data URL would not fit `maxDataUrlBytes`. Transparency is
 * flattened onto white (the model would otherwise see dark text on a black background) and colours
 * are converted to 8-bit sRGB; metadata, EXIF orientation included, is dropped.
 */
export async function encodeForUpload(
  pipeline: Sharp,
  options: { lossless: boolean; source: string; maxDataUrlBytes?: number },
): Promise<EncodedImage> {
  const limit = options.maxDataUrlBytes ?? apiMaxDataUrlBytes
  const prepared = pipeline.flatten({ background: '#ffffff' }).toColourspace('srgb')
  if (options.lossless) {
    const png = await prepared.clone().png().toBuffer({ resolveWithObject: true })
    if (dataUrlLength(png.data.byteLength, 'image/png') <= limit) return encoded(png, 'image/png')
  }
  const jpeg = await prepared.jpeg({ quality: uploadJpegQuality }).toBuffer({ resolveWithObject: true })
  const length = dataUrlLength(jpeg.data.byteLength, 'image/jpeg')
  if (length > limit) {
    throw new ImageTooLargeError(
      `Image '${options.source}' is ${(length / 1_048_576).toFixed(1)} MB as a data URL even as a ${jpeg.info.width}×${jpeg.info.height} ` +
        `JPEG at quality ${uploadJpegQuality}; the API takes at most ${(limit / 1_048_576).toFixed(1)} MB per data URL. ` +
        'Lower max_pixels, or pass a public http(s) URL to the image instead.',
    )
  }
  return encoded(jpeg, 'image/jpeg')
}

function encoded(
  output: { data: Buffer; info: { width: number; height: number } },
  mimeType: EncodedImage['mimeType'],
): EncodedImage {
  return {
    bytes: new Uint8Array(output.data.buffer, output.data.byteOffset, output.data.byteLength),
    mimeType,
    width: output.info.width,
    height: output.info.height,
  }
}
