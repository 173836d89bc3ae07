import { isPdf, type ResolvedImage, readImageHeader, resolveImage } from '@tiqu/core'
import { HttpError } from './http-error.js'

/**
 * Checks a caller's image before any engine sees it, so that a wrong file is a clear 4xx rather than a
 * failed record: its format is sniffed (never taken from its name), GIF and AVIF are converted, and a
 * header that claims more than `maxImagePixels` is refused before anything decodes it. A PDF goes to
 * core as bytes, which reads a one-page PDF as its page.
 */
export async function prepareUpload(
  bytes: Uint8Array,
  source: string,
  limits: { maxImageBytes: number; maxImagePixels: number },
): Promise<ResolvedImage | Uint8Array> {
  if (bytes.byteLength > limits.maxImageBytes) {
    throw new HttpError(
      413,
      'TIQU_IMAGE_TOO_LARGE',
      `The image is ${(bytes.byteLength / 1048576).toFixed(1)} MiB, over the server's limit of ${(limits.maxImageBytes / 1048576).toFixed(0)} MiB. Scale it down or compress it.`,
    )
  }
  if (isPdf(bytes)) return bytes
  const header = readImageHeader(bytes)
  if (header && header.width * header.height > limits.maxImagePixels) {
    throw new HttpError(
      413,
      'TIQU_IMAGE_TOO_LARGE',
      `The image is ${header.width}×${header.height} pixels (${((header.width * header.height) / 1e6).toFixed(1)} MP), ` +
        `over the server's limit of ${(limits.maxImagePixels / 1e6).toFixed(1)} MP. Scale it down first.`,
    )
  }
  // The qwen engine checks the 10 MB data-URL limit itself, after it has scaled the image down.
  return resolveImage(bytes, {
    source,
    maxDataUrlBytes: Number.POSITIVE_INFINITY,
    maxInputPixels: limits.maxImagePixels,
  })
}
