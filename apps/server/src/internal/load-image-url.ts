import { fetchPublicImage } from './fetch-public-image.js'
import { HttpError } from './http-error.js'
import type { ResolvedServerOptions } from './resolve-server-options.js'

/**
 * The bytes of an image a caller named by URL: a `data:` URL is decoded, an http(s) URL downloaded by
 * {@link fetchPublicImage}; anything else (`file:`, a path) is refused. The server fetches URLs itself
 * and hands the engine bytes, never the URL, so every engine reads the same bytes and no model service
 * behind the server is sent somewhere the server would not go.
 */
export async function loadImageUrl(
  url: string,
  options: ResolvedServerOptions,
  signal: AbortSignal,
): Promise<{ bytes: Uint8Array; source: string }> {
  if (/^data:/i.test(url)) {
    const comma = url.indexOf(',')
    if (comma === -1 || !/;base64$/i.test(url.slice(0, comma))) {
      throw new HttpError(
        400,
        'TIQU_INVALID_REQUEST',
        'The data URL has no base64 data: send data:<mime>;base64,<data>.',
      )
    }
    if (((url.length - comma) * 3) / 4 > options.maxImageBytes + 3) {
      throw new HttpError(
        413,
        'TIQU_IMAGE_TOO_LARGE',
        `The image is over the server's limit of ${(options.maxImageBytes / 1048576).toFixed(0)} MiB. Scale it down or compress it.`,
      )
    }
    const buffer = Buffer.from(url.slice(comma + 1), 'base64')
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), source: 'data URL' }
  }
  const bytes = await fetchPublicImage(url, {
    maxBytes: options.maxImageBytes,
    timeoutMs: options.imageFetch.timeoutMs,
    maxRedirects: options.imageFetch.maxRedirects,
    allow: options.imageFetch.allow,
    signal,
  })
  return { bytes, source: url }
}
