import {
  decodeBmp,
  ImageDamagedError,
  ImageTooLargeError,
  readImageHeader,
  sniffImageType,
  UnsupportedImageError,
} from '@tiqu/core'
import type SharpModule from 'sharp'

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
  // The header names the size before anything is decoded: refuse a bomb saying how large it is.
  const header = readImageHeader(bytes)
  if (header && header.width * header.height > maximumPixels) {
    throw new ImageTooLargeError(
      `${source} is ${header.width}×${header.height} pixels (${Math.round((header.width * header.height) / 1e6)} million), ` +
        `more than the embedded engine accepts (${Math.round(maximumPixels / 1e6)} million). Scale it down first.`,
    )
  }
  // libvips, under sharp, has no BMP reader; core has one.
  if (header?.format === 'bmp') return decodeBmp(bytes, source)
  let format: string | undefined
  try {
    format = (await sharp(bytes).metadata()).format
  } catch (error) {
    const claimed = sniffImageType(bytes)
    throw (
      tooLarge(error, source) ??
      // It starts like an image but its header cannot be read: damaged, not of the wrong kind.
      (claimed
        ? new ImageDamagedError(
            `${source} is a damaged ${claimed.slice('image/'.length).toUpperCase()} file: its header cannot be read (${describe(error)}). ` +
              'Copy or download it again, or re-export it from the program that made it.',
            { cause: error },
          )
        : new UnsupportedImageError(
            `${source} is not an image the embedded engine can decode (${describe(error)}). ` +
              'Use a JPEG, PNG, WebP, TIFF or BMP file.',
            { cause: error },
          ))
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
      new ImageDamagedError(
        `${source} is a damaged or truncated ${format.toUpperCase()} file (${describe(error)}). ` +
          'Copy or download it again, or re-export it from the program that made it.',
        { cause: error },
      )
    )
  }
}

/** libvips' default pixel limit, which sharp applies before decoding. */
const maximumPixels = 0x3fff * 0x3fff

/** sharp refuses images above libvips' default pixel limit (16383 × 16383) before decoding them. */
function tooLarge(error: unknown, source: string): ImageTooLargeError | undefined {
  if (!/pixel limit/i.test(describe(error))) return undefined
  return new ImageTooLargeError(
    `${source} has more pixels than the embedded engine accepts (${describe(error)}). Scale it down first.`,
    { cause: error },
  )
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
