import type { ImageMimeType } from '../engine/types.js'
import { ImageDamagedError } from '../errors/image-damaged-error.js'
import { assertModelGeometry } from './assert-model-geometry.js'
import { assertPixelLimit } from './assert-pixel-limit.js'
import { loadSharp } from './load-sharp.js'
import { looksTruncated } from './looks-truncated.js'
import { type ImageFormat, type ImageHeader, readImageHeader } from './read-image-header.js'

/**
 * Everything checked about an image before the `qwen` engine decodes or sends it, each failure with
 * its own message: a header that cannot be read, or a file cut short (`ImageDamagedError`, "damaged
 * or truncated"); more pixels than `maxInputPixels` (`ImageTooLargeError`, from the header alone); a
 * side of 10 pixels or fewer or an aspect ratio beyond 200:1 (`ImageDimensionsError`). Returns the
 * header. sharp is loaded only when the header parser cannot read the file or its end looks cut off.
 */
export async function inspectImage(
  image: { bytes: Uint8Array; mimeType: ImageMimeType; source: string },
  maxInputPixels: number,
): Promise<ImageHeader> {
  const header = readImageHeader(image.bytes) ?? (await headerFromSharp(image))
  assertPixelLimit(header, image.source, maxInputPixels)
  assertModelGeometry(header, image.source)
  if (looksTruncated(image.bytes, header.format)) await assertDecodes(image, header, maxInputPixels)
  return header
}

// The header parser knows the common layouts; for anything else, ask libvips before calling the file damaged.
async function headerFromSharp(image: {
  bytes: Uint8Array
  mimeType: ImageMimeType
  source: string
}): Promise<ImageHeader> {
  // Every accepted MIME type is `image/` and the format's name.
  const format = image.mimeType.slice('image/'.length) as ImageFormat
  const sharp = await loadSharp()
  try {
    // Reading metadata decodes no pixels, so no pixel limit is needed here; the caller checks the size.
    const metadata = await sharp(image.bytes, { limitInputPixels: false }).metadata()
    const size = metadata.autoOrient ?? { width: metadata.width, height: metadata.height }
    if (size.width > 0 && size.height > 0) return { format, ...size, orientation: metadata.orientation ?? 1 }
  } catch (error) {
    throw damaged(image.source, format, error)
  }
  throw damaged(image.source, format, new Error('it has no size'))
}

// A file whose end is missing is decoded in full, failing on truncation, before it is refused: some
// complete files carry bytes after their end marker, and those must still go through.
async function assertDecodes(
  image: { bytes: Uint8Array; source: string },
  header: ImageHeader,
  maxInputPixels: number,
): Promise<void> {
  const sharp = await loadSharp()
  try {
    await sharp(image.bytes, {
      failOn: 'truncated',
      limitInputPixels: Math.floor(maxInputPixels),
      sequentialRead: true,
    }).stats()
  } catch (error) {
    throw damaged(image.source, header.format, error)
  }
}

function damaged(source: string, format: ImageFormat, error: unknown): ImageDamagedError {
  return new ImageDamagedError(
    `'${source}' is a damaged or truncated ${format.toUpperCase()} file (${error instanceof Error ? error.message : String(error)}). ` +
      'Copy or download it again, or re-export it from the program that made it.',
    { cause: error },
  )
}
