/** The bounds {@link smartResize} fits an image into. */
export interface SmartResizeOptions {
  /**
   * Side in pixels of the square one image token covers; both output sides are multiples of it.
   * @default 32 (qwen-vl-ocr-2025-11-20 and -latest; the 2025-08-28, 2025-04-13 and 2024-10-28 snapshots use 28)
   */
  patchSize?: number
  /**
   * The fewest pixels the model reads; smaller images are scaled up.
   * @default 3072 (3 × 32 × 32)
   */
  minPixels?: number
  /**
   * The most pixels the model reads; larger images are scaled down.
   * @default 8_388_608 (8192 × 32 × 32)
   */
  maxPixels?: number
}

/**
 * The size at which a Qwen VL model reads an image of `width` × `height`: each side rounded to a
 * multiple of the patch size, then, when the area falls outside [minPixels, maxPixels], both sides
 * scaled by the same factor and floored (or ceiled) to multiples of the patch size. This is the
 * `smart_resize` of Alibaba's docs and of Qwen's own preprocessing, step for step, so an image tiqu
 * shrinks to this size is one the model reads without resizing it again.
 */
export function smartResize(
  width: number,
  height: number,
  options: SmartResizeOptions = {},
): { width: number; height: number } {
  const patch = options.patchSize ?? 32
  const minPixels = options.minPixels ?? 3 * 32 * 32
  const maxPixels = options.maxPixels ?? 8192 * 32 * 32
  let outWidth = roundHalfEven(width / patch) * patch
  let outHeight = roundHalfEven(height / patch) * patch
  if (outWidth * outHeight > maxPixels) {
    const beta = Math.sqrt((width * height) / maxPixels)
    // Qwen's preprocessing keeps at least one patch a side here, so a very long strip does not vanish.
    outWidth = Math.max(patch, Math.floor(width / beta / patch) * patch)
    outHeight = Math.max(patch, Math.floor(height / beta / patch) * patch)
  } else if (outWidth * outHeight < minPixels) {
    const beta = Math.sqrt(minPixels / (width * height))
    outWidth = Math.ceil((width * beta) / patch) * patch
    outHeight = Math.ceil((height * beta) / patch) * patch
  }
  return { width: outWidth, height: outHeight }
}

/** Python's `round`, which the reference uses: halves go to the even neighbour (2.5 → 2, 3.5 → 4). */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value)
  const fraction = value - floor
  if (fraction > 0.5) return floor + 1
  if (fraction < 0.5) return floor
  return floor % 2 === 0 ? floor : floor + 1
}
