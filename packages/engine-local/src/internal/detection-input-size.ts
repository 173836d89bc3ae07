/**
 * The size of the copy of an image the DB detector sees, following PaddleOCR's `DetResizeForTest`
 * with `limit_type: 'max'`: scale so the longer side is at most `maxSideLength`, never enlarge,
 * then round each side to a multiple of 32 (the network downsamples five times), at least 32.
 */
export function detectionInputSize(
  width: number,
  height: number,
  maxSideLength: number,
): { width: number; height: number } {
  const limit = Math.max(32, Math.floor(maxSideLength / 32) * 32)
  const ratio = Math.max(width, height) > limit ? limit / Math.max(width, height) : 1
  const toMultiple = (side: number) => Math.max(32, Math.round(Math.trunc(side * ratio) / 32) * 32)
  return { width: Math.min(limit, toMultiple(width)), height: Math.min(limit, toMultiple(height)) }
}
