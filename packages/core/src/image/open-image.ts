import type { Sharp } from 'sharp'
import { decodeBmp } from './decode-bmp.js'
import { loadSharp } from './load-sharp.js'
import type { ImageFormat } from './read-image-header.js'

/**
 * A sharp pipeline over an image, turned upright by its EXIF orientation. Decoding waits for the
 * pipeline's output; libvips refuses then any image above `maxInputPixels`, a second guard behind the
 * header check. BMP, which libvips cannot read, is decoded here.
 */
export async function openImage(
  bytes: Uint8Array,
  format: ImageFormat,
  options: { source: string; maxInputPixels: number },
): Promise<Sharp> {
  const sharp = await loadSharp()
  if (format === 'bmp') {
    const { data, width, height } = decodeBmp(bytes, options.source)
    return sharp(data, { raw: { width, height, channels: 3 } })
  }
  return sharp(bytes, {
    limitInputPixels: Number.isFinite(options.maxInputPixels) ? Math.floor(options.maxInputPixels) : false,
    // Warnings (a few bad bytes in a JPEG's data) do not stop a decoder the service uses either.
    failOn: 'error',
    sequentialRead: true,
  }).autoOrient()
}
