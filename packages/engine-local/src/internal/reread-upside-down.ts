import { classifyTextAngle } from './classify-text-angle.js'
import type { DecodedLine } from './decode-ctc.js'
import type { RgbImage } from './decode-image.js'
import type { LineCrop } from './line-crop.js'
import type { Runtime } from './load-runtime.js'
import { recognizeCrops } from './recognize-crops.js'

/** PaddleOCR's classifier confidence threshold (`cls_thresh`). */
const confident = 0.9

/**
 * Reads again, turned half a turn, the lines that PaddleOCR's text-direction classifier finds upside
 * down on a page that is upright as a whole: a stamp, a slip pasted the other way, the top half of a
 * folded form. The classifier alone misjudges some short lines (`1001`, `SOS`), so the turned
 * reading replaces the first only when the recognizer is surer of it. Returns the readings, in the
 * order of `crops`.
 */
export async function rereadUpsideDown(
  runtime: Runtime,
  image: RgbImage,
  crops: readonly LineCrop[],
  readings: readonly DecodedLine[],
  batchSize: number,
  signal?: AbortSignal,
): Promise<DecodedLine[]> {
  const result = [...readings]
  if (crops.length === 0) return result
  const upsideDown = await classifyTextAngle(runtime, image, crops)
  const suspects = crops.flatMap((_, index) => ((upsideDown[index] as number) >= confident ? [index] : []))
  if (suspects.length === 0) return result
  signal?.throwIfAborted()
  const turned = await recognizeCrops(
    runtime,
    image,
    suspects.map((index) => halfTurn(crops[index] as LineCrop)),
    batchSize,
    signal,
  )
  suspects.forEach((cropIndex, position) => {
    const again = turned[position]
    const first = result[cropIndex]
    if (again !== undefined && (first === undefined || again.score > first.score)) result[cropIndex] = again
  })
  return result
}

/** The same crop read from its far corner backwards: the line turned half a turn. */
export function halfTurn(crop: LineCrop): LineCrop {
  return {
    originX: crop.originX + crop.length * crop.acrossX + crop.thickness * crop.downX,
    originY: crop.originY + crop.length * crop.acrossY + crop.thickness * crop.downY,
    acrossX: -crop.acrossX,
    acrossY: -crop.acrossY,
    downX: -crop.downX,
    downY: -crop.downY,
    length: crop.length,
    thickness: crop.thickness,
  }
}
