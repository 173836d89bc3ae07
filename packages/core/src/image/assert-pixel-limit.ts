import { ImageTooLargeError } from '../errors/image-too-large-error.js'

/** The most pixels tiqu decodes unless told otherwise: a 300-dpi A1 scan fits, a decompression bomb does not. */
export const defaultMaxInputPixels = 100_000_000

/**
 * Refuses an image whose header claims more pixels than `maxInputPixels`, before anything decodes it:
 * a small file (a 30000×30000 PNG of one colour is a few hundred kilobytes) can claim gigabytes of pixels.
 */
export function assertPixelLimit(
  size: { width: number; height: number },
  source: string,
  maxInputPixels: number = defaultMaxInputPixels,
): void {
  const pixels = size.width * size.height
  if (pixels <= maxInputPixels) return
  throw new ImageTooLargeError(
    `Image '${source}' is ${size.width}×${size.height} pixels (${megapixels(pixels)} MP), over the limit of ` +
      `${megapixels(maxInputPixels)} MP (maxInputPixels). It was refused before decoding, which would take about ` +
      `${((pixels * 4) / 1e9).toFixed(1)} GB of memory. Scale it down first, or raise maxInputPixels if the image is genuine.`,
  )
}

function megapixels(pixels: number): string {
  return (pixels / 1e6).toFixed(1)
}
