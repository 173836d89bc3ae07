import { ImageDimensionsError } from '../errors/image-dimensions-error.js'

/** The longest side over the shortest that Qwen-OCR reads. */
export const maxAspectRatio = 200

/** Qwen-OCR needs both sides longer than this many pixels. */
export const minSidePixels = 10

/**
 * Refuses, before any upload, an image Qwen-OCR would answer with "The image length and width do not
 * meet the model restrictions": a side of 10 pixels or fewer, or an aspect ratio beyond 200:1.
 */
export function assertModelGeometry(size: { width: number; height: number }, source: string): void {
  const { width, height } = size
  if (width <= minSidePixels || height <= minSidePixels) {
    throw new ImageDimensionsError(
      `Image '${source}' is ${width}×${height} pixels; Qwen-OCR needs both sides longer than ${minSidePixels} pixels. ` +
        'Pass a larger scan or photo of the document.',
    )
  }
  const ratio = Math.max(width, height) / Math.min(width, height)
  if (ratio > maxAspectRatio) {
    throw new ImageDimensionsError(
      `Image '${source}' is ${width}×${height} pixels, an aspect ratio of ${Math.round(ratio)}:1; Qwen-OCR reads at ` +
        `most ${maxAspectRatio}:1. Cut it into parts (a long receipt into sections) or pad the short side, then pass the parts.`,
    )
  }
}
