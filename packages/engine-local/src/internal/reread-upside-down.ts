import { classifyTextAngle } from './classify-text-angle.js'
import type { DecodedLine } from './decode-ctc.js'
import type { RgbImage } from './decode-image.js'
import type { LineCrop } from './line-crop.js'
import type { Runtime } from './load-runtime.js'
import { recognizeCrops } from './recognize-crops.js'

/** PaddleOCR's classifier confidence threshold (`cls_thresh`). */
const confident = 0.9
/**
 * A first reading at least this sure is not asked about: a line read upside down comes out as
 * unlikely characters (0 and 0.56 on the turned ticket lines of the tests), while upright print reads
 * above 0.95 (all but 1 in 17 lines on the OCR benchmark's documents). Skipping the classifier for
 * those saves a pass over nearly every line of every page.
 */
const sureReading = 0.95

/**
 * Reads again, turned half a turn, the lines that PaddleOCR's text-direction classifier finds upside
 * down on a page that is upright as a whole: a stamp, a slip pasted the other way, the top half of a
 * folded form. The classifier alone misjudges some short lines (`1001`, `SOS`), so the turned
 * reading replaces the first only when the recognizer is surer of it. Returns the readings, in the
 * order of `crops`. Only lines the recognizer was unsure of are asked about.
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
  const doubtful = crops.flatMap((_, index) => ((readings[index]?.score ?? 0) < sureReading ? [index] : []))
  if (doubtful.length === 0) return result
  const upsideDown = await classifyTextAngle(
    runtime,
    image,
    doubtful.map((index) => crops[index] as LineCrop),
  )
  const suspects = doubtful.filter((_, position) => (upsideDown[position] as number) >= confident)
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
