import type { OcrLine } from '@tiqu/core'
import { decodeImage } from './decode-image.js'
import { detectText } from './detect-text.js'
import { sortReadingOrder } from './group-rows.js'
import { lineCrop } from './line-crop.js'
import type { Runtime } from './load-runtime.js'
import { findPageRotation, type PageRotation, rotateImage, turnQuad } from './page-rotation.js'
import { recognizeCrops } from './recognize-crops.js'
import { rereadUpsideDown } from './reread-upside-down.js'
import type { ResolvedOptions } from './resolve-options.js'

/** What the pipeline found on one page. */
export interface PageReading {
  /** Recognised lines in reading order, in the upright page's pixels. */
  lines: OcrLine[]
  /** Size of the page as read: EXIF orientation applied, then turned upright. */
  width: number
  height: number
  /** Clockwise turn applied to the decoded image to bring its text upright. */
  rotation: PageRotation
  /** Size of the reduced copy the detector last ran on (as the page lay, when it was upside down). */
  detectorWidth: number
  detectorHeight: number
}

/**
 * Decode → detect on a reduced copy → turn the page upright if it lies on its side (and look again)
 * or upside down (its boxes turned with it) → read each line from the full-resolution page in
 * batches → read again, turned, the doubtful lines that are upside down on the upright page → drop
 * empty and doubtful lines → sort in reading order, rows following the page's own slant.
 */
export async function readPage(
  runtime: Runtime,
  bytes: Uint8Array,
  source: string,
  options: ResolvedOptions,
  signal?: AbortSignal,
): Promise<PageReading> {
  const decoded = await decodeImage(runtime.sharp, bytes, source)
  signal?.throwIfAborted()
  const firstLook = await detectText(runtime, decoded, options)
  signal?.throwIfAborted()
  const rotation = options.detectOrientation ? await findPageRotation(runtime, decoded, firstLook.boxes) : 0
  const image = await rotateImage(runtime, decoded, rotation)
  // A page upside down keeps its boxes, turned with it; the detector misses more lines on a page lying
  // on its side (a ticket's name and ID number, turned 90°), so that page is looked at again.
  const sideways = rotation === 90 || rotation === 270
  const detection = sideways ? await detectText(runtime, image, options) : firstLook
  signal?.throwIfAborted()
  const boxes = sideways
    ? detection.boxes
    : detection.boxes.map((quad) => turnQuad(quad, rotation, decoded.width, decoded.height))
  const crops = boxes.map(lineCrop)
  const firstReadings = await recognizeCrops(runtime, image, crops, options.recognitionBatchSize, signal)
  const readings = options.detectOrientation
    ? await rereadUpsideDown(runtime, image, crops, firstReadings, options.recognitionBatchSize, signal)
    : firstReadings
  const lines: OcrLine[] = []
  boxes.forEach((quad, index) => {
    const reading = readings[index]
    if (reading === undefined) return
    const text = reading.text.trim()
    if (text === '' || reading.score < options.minLineScore) return
    const xs = quad.map((point) => point[0])
    const ys = quad.map((point) => point[1])
    const left = Math.min(...xs)
    const top = Math.min(...ys)
    lines.push({
      text,
      score: reading.score,
      box: { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top },
      polygon: quad.map(([x, y]): [number, number] => [x, y]),
    })
  })
  return {
    lines: sortReadingOrder(lines),
    width: image.width,
    height: image.height,
    rotation,
    detectorWidth: detection.inputWidth,
    detectorHeight: detection.inputHeight,
  }
}
