import type { ImageMimeType } from '../engine/types.js'
import { ImageDamagedError } from '../errors/image-damaged-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import { UnsupportedImageError } from '../errors/unsupported-image-error.js'
import { defaultMaxInputPixels } from './assert-pixel-limit.js'
import { encodeForUpload } from './encode-for-upload.js'
import { inspectImage } from './inspect-image.js'
import { openImage } from './open-image.js'
import type { ImageFormat, ImageHeader } from './read-image-header.js'
import { smartResize } from './smart-resize.js'
import { maxDataUrlBytes as apiMaxDataUrlBytes, dataUrlLength } from './to-data-url.js'

/** Options of {@link prepareImageForModel}. */
export interface PrepareImageForModelOptions {
  /**
   * The model's patch size: a downscaled image's sides are multiples of it.
   * @default 32 (qwen-vl-ocr-2025-11-20, -latest; 28 for the 2025-08-28, 2025-04-13 and 2024-10-28 snapshots)
   */
  patchSize?: number
  /**
   * The request's effective `max_pixels`: larger images are scaled down to the size the model reads.
   * @default 8_388_608 (qwen-vl-ocr-2025-11-20's default)
   */
  maxPixels?: number
  /**
   * Scale images above `maxPixels` down on the client. When false they are sent at full size and the
   * model scales them, at the cost of the upload.
   * @default true
   */
  downscale?: boolean
  /**
   * Images whose header claims more pixels are refused before decoding (decompression bombs).
   * @default 100_000_000
   */
  maxInputPixels?: number
  /**
   * The largest data URL the image may become.
   * @default 10_485_760 (the API's limit)
   */
  maxDataUrlBytes?: number
}

/** What was done to an image before upload. */
export type ImageChange = 'oriented' | 'downscaled' | 'converted' | 'recompressed'

/** An image ready to send: bytes, their type, the size the model receives, and what was changed. */
export interface PreparedImage {
  kind: 'bytes'
  bytes: Uint8Array
  mimeType: ImageMimeType
  source: string
  /** Width of the image sent. */
  width: number
  /** Height of the image sent. */
  height: number
  /** Empty when the bytes are the input's, untouched. */
  changes: ImageChange[]
}

/** Qwen-OCR's "4K": images outside 3840×2160 (either way up) must be JPEG or PNG. */
const fourK = { long: 3840, short: 2160 }

/**
 * Makes an image what the `qwen` engine sends: upright (EXIF orientation applied), no larger than the
 * model reads it (an image above `maxPixels` is scaled, with sharp, to exactly the size the model's
 * own resize would give, so the model does not resize again), in a format the API takes at its size
 * (WebP, BMP, TIFF beyond 4K become PNG or JPEG), and within the data-URL limit. An image that needs
 * none of this is returned byte for byte, after reading only its header, without loading sharp.
 *
 * Before anything is decoded it refuses, each with its own message (see `inspectImage`): a damaged or
 * truncated file, more pixels than `maxInputPixels`, a side of 10 pixels or fewer, an aspect ratio
 * beyond 200:1.
 *
 * Re-encoded images are PNG when the source was lossless (PNG, BMP, TIFF) and JPEG at quality 90
 * otherwise or when the PNG would exceed the data-URL limit. HEIC is sent as it is when the API takes
 * it (within 4K), since sharp's prebuilt libvips has no HEVC decoder; beyond 4K it is refused.
 */
export async function prepareImageForModel(
  image: { bytes: Uint8Array; mimeType: ImageMimeType; source: string },
  options: PrepareImageForModelOptions = {},
): Promise<PreparedImage> {
  const { source } = image
  const maxPixels = options.maxPixels ?? 8192 * 32 * 32
  const maxInputPixels = options.maxInputPixels ?? defaultMaxInputPixels
  const maxDataUrlBytes = options.maxDataUrlBytes ?? apiMaxDataUrlBytes
  const header = await inspectImage(image, maxInputPixels)

  const downscale = options.downscale !== false && header.width * header.height > maxPixels
  const orient = header.orientation !== 1
  // The bytes decide the type sent, not the label they came with (a server's caller may mislabel them).
  const accepted = header.format !== 'gif' && header.format !== 'avif'
  const mimeType = accepted ? (`image/${header.format}` as ImageMimeType) : image.mimeType
  const convert = !accepted || (!isJpegOrPng(header.format) && !within4K(header))
  const fits = dataUrlLength(image.bytes.byteLength, mimeType) <= maxDataUrlBytes
  if (!downscale && !orient && !convert && fits) {
    return { kind: 'bytes', ...image, mimeType, width: header.width, height: header.height, changes: [] }
  }

  const target = downscale
    ? smartResize(header.width, header.height, { patchSize: options.patchSize ?? 32, maxPixels })
    : undefined
  let encoded: Awaited<ReturnType<typeof encodeForUpload>>
  try {
    const pipeline = await openImage(image.bytes, header.format, { source, maxInputPixels })
    if (target) pipeline.resize(target.width, target.height, { fit: 'fill' })
    encoded = await encodeForUpload(pipeline, {
      lossless: ['png', 'bmp', 'tiff', 'gif'].includes(header.format),
      source,
      maxDataUrlBytes,
    })
  } catch (error) {
    if (TiquError.isInstance(error)) throw error
    // HEIC decodes only where libvips was built with an HEVC decoder; elsewhere the API reads it as it is.
    if (header.format === 'heic' && !convert && fits) {
      return { kind: 'bytes', ...image, mimeType, width: header.width, height: header.height, changes: [] }
    }
    throw cannotConvert(source, header, convert, error)
  }
  const changes: ImageChange[] = []
  if (orient) changes.push('oriented')
  if (downscale) changes.push('downscaled')
  if (!accepted || encoded.mimeType !== mimeType) changes.push('converted')
  else if (!downscale && !orient) changes.push('recompressed')
  return { kind: 'bytes', source, ...encoded, changes }
}

function isJpegOrPng(format: ImageFormat): boolean {
  return format === 'jpeg' || format === 'png'
}

function within4K(size: { width: number; height: number }): boolean {
  return Math.max(size.width, size.height) <= fourK.long && Math.min(size.width, size.height) <= fourK.short
}

function cannotConvert(
  source: string,
  header: ImageHeader,
  convert: boolean,
  error: unknown,
): ImageDamagedError | UnsupportedImageError {
  const name = header.format.toUpperCase()
  const beyond4K =
    convert &&
    (header.format === 'webp' ||
      header.format === 'bmp' ||
      header.format === 'tiff' ||
      header.format === 'heic')
  const reason = !convert
    ? `tiqu could not decode this ${name} to rotate or scale it`
    : beyond4K
      ? `at ${header.width}×${header.height} (beyond 4K) the API takes only JPEG or PNG, and tiqu could not convert this ${name}`
      : `the API does not take ${name}, and tiqu could not convert it`
  // sharp's prebuilt libvips has no HEVC decoder, so a HEIC it cannot open is not necessarily damaged.
  const Failure = header.format === 'heic' ? UnsupportedImageError : ImageDamagedError
  return new Failure(
    `'${source}': ${reason} (${describe(error)}). Convert it to JPEG or PNG first` +
      (beyond4K ? ', or scale it within 3840×2160.' : '.'),
    { cause: error },
  )
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
