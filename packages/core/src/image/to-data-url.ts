import type { ImageMimeType } from '../engine/types.js'
import { ImageTooLargeError } from '../errors/image-too-large-error.js'

/**
 * The most bytes the API takes in one data URL ("Exceeded limit on max bytes per data-uri item : 10485760").
 * Base64 adds a third, so an image file over about 7.5 MB no longer fits.
 */
export const maxDataUrlBytes = 10_485_760

/** The length in bytes of the `data:<mime>;base64,…` URL of `byteLength` bytes. */
export function dataUrlLength(byteLength: number, mimeType: ImageMimeType): number {
  return `data:${mimeType};base64,`.length + 4 * Math.ceil(byteLength / 3)
}

/** Throws when an image's data URL would exceed `limit`; the message says by how much and what to do. */
export function assertDataUrlFits(
  byteLength: number,
  mimeType: ImageMimeType,
  source: string,
  limit: number = maxDataUrlBytes,
): void {
  const length = dataUrlLength(byteLength, mimeType)
  if (length <= limit) return
  throw new ImageTooLargeError(
    `Image '${source}' is ${megabytes(byteLength)} MB, ${megabytes(length)} MB as a base64 data URL; the API takes at most ` +
      `${megabytes(limit)} MB (${limit.toLocaleString('en-US')} bytes) per data URL. Downscale or recompress it ` +
      `(a JPEG under about ${megabytes(Math.floor((limit * 3) / 4))} MB fits), or pass a public http(s) URL to it instead.`,
  )
}

/**
 * The `data:<mime>;base64,` URL the API takes for a local image, after checking it fits the API's
 * per-data-URL limit, so an oversized image fails here rather than after a slow upload.
 */
export function toDataUrl(image: { bytes: Uint8Array; mimeType: ImageMimeType; source?: string }): string {
  assertDataUrlFits(image.bytes.byteLength, image.mimeType, image.source ?? 'bytes')
  const base64 = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength).toString(
    'base64',
  )
  return `data:${image.mimeType};base64,${base64}`
}

function megabytes(bytes: number): string {
  return (bytes / 1_048_576).toFixed(1)
}
