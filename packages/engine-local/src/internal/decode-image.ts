import { ImageTooLargeError, UnsupportedImageError } from '@tiqu/core'
import type SharpModule from 'sharp'
import { decodeBmp, isBmp } from './decode-bmp.js'

/** A decoded image: 8-bit RGB, row by row, upright. */
export interface RgbImage {
  data: Uint8Array
  width: number
  height: number
}

/** Formats libvips decodes for us; SVG is refused because rendering it can reach other files. */
const decodableFormats = new Set(['jpeg', 'png', 'webp', 'tiff', 'gif', 'heif'])

/**
 * Decodes image bytes to upright RGB: EXIF orientation applied, transparency flattened onto white
 * (dark text on a transparent background would otherwise vanish into black), grey and CMYK converted.
 */
export async function decodeImage(
  sharp: typeof SharpModule,
  bytes: Uint8Array,
  source: string,
): Promise<RgbImage> {
  if (isBmp(bytes)) return decodeBmp(bytes, source)
  let format: string | undefined
  try {
    format = (await sharp(bytes).metadata()).format
  } catch (error) {
    throw (
      tooLarge(error, source) ??
      new UnsupportedImageError(
        `${source} is not an image the embedded engine can decode (${describe(error)}). ` +
          'Use a JPEG, PNG, WebP, TIFF or BMP file.',
        { cause: error },
      )
    )
  }
  if (format === undefined || !decodableFormats.has(format)) {
    throw new UnsupportedImageError(
      `${source} is ${format ?? 'an unknown'} image, which the embedded engine does not read. ` +
        'Convert it to PNG or JPEG, or use --engine qwen.',
    )
  }
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
    return { data, width: info.width, height: info.height }
  } catch (error) {
    throw (
      tooLarge(error, source) ??
      new UnsupportedImageError(
        `${source} could not be decoded as ${format} (${describe(error)}). The file may be truncated or damaged.`,
        { cause: error },
      )
    )
  }
}

/** sharp refuses images above libvips' default pixel limit (16383 × 16383) before decoding them. */
function tooLarge(error: unknown, source: string): ImageTooLargeError | undefined {
  if (!/pixel limit/i.test(describe(error))) return undefined
  return new ImageTooLargeError(
    `${source} has more pixels than the embedded engine accepts (about 268 million). Scale it down first.`,
    { cause: error },
  )
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
