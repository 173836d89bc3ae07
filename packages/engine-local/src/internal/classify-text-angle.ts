import type { RgbImage } from './decode-image.js'
import { firstOutput } from './detect-text.js'
import { type LineCrop, sampleLine } from './line-crop.js'
import type { Runtime } from './load-runtime.js'

/** PaddleOCR's classifier input (`cls_image_shape` 3,48,192). */
const classifierHeight = 48
const classifierWidth = 192
/** Lines a run classifies: a page's worth, while the input stays a few megabytes. */
const batchSize = 32

/**
 * PaddleOCR's text-direction classifier on each crop: the probability, 0–1, that the line reads
 * upside down as cropped. Lines longer than four heights are judged by their first 192 × 48 pixels,
 * as PaddleOCR does.
 */
export async function classifyTextAngle(
  runtime: Runtime,
  image: RgbImage,
  crops: readonly LineCrop[],
): Promise<number[]> {
  const upsideDown: number[] = []
  const itemSize = 3 * classifierHeight * classifierWidth
  for (let start = 0; start < crops.length; start += batchSize) {
    const batch = crops.slice(start, start + batchSize)
    const input = new Float32Array(batch.length * itemSize)
    batch.forEach((crop, position) => {
      const width = Math.min(classifierWidth, Math.ceil(classifierHeight * (crop.length / crop.thickness)))
      sampleLine(image, crop, input, position * itemSize, width, classifierHeight, classifierWidth)
    })
    const outputs = await runtime.infer(runtime.orientation, {
      [runtime.orientation.inputNames[0] as string]: new runtime.ort.Tensor('float32', input, [
        batch.length,
        3,
        classifierHeight,
        classifierWidth,
      ]),
    })
    const output = firstOutput(runtime.orientation, outputs)
    const probabilities = output.data as Float32Array
    for (let position = 0; position < batch.length; position++) {
      upsideDown.push(probabilities[position * 2 + 1] as number)
    }
    output.dispose()
  }
  return upsideDown
}
