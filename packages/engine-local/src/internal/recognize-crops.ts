import { type DecodedLine, decodeCtc } from './decode-ctc.js'
import type { RgbImage } from './decode-image.js'
import { firstOutput } from './detect-text.js'
import { type LineCrop, sampleLine } from './line-crop.js'
import type { Runtime } from './load-runtime.js'

/** PP-OCRv3/v4 recognizers read lines 48 pixels high (PaddleOCR's `rec_image_shape` 3,48,320). */
const lineHeight = 48
/**
 * The narrowest batch tensor. PaddleOCR pads every batch to at least 320 columns; a batch of short
 * lines (a ticket's fields, a form's labels) then pays for padding. At 160 the bench documents read
 * the same characters and tickets the same fields, and a ticket's recognition took a quarter less time.
 */
const minimumWidth = 160

/**
 * Reads every crop, `batchSize` at a time. Crops are sorted by aspect ratio first, so each batch pads
 * its lines to a similar width and little of the model's work goes to padding. Results come back in
 * the order of `crops`.
 */
export async function recognizeCrops(
  runtime: Runtime,
  image: RgbImage,
  crops: LineCrop[],
  batchSize: number,
  signal?: AbortSignal,
): Promise<DecodedLine[]> {
  const ratios = crops.map((crop) => crop.length / crop.thickness)
  const order = crops.map((_, index) => index).sort((a, b) => (ratios[a] as number) - (ratios[b] as number))
  const results: DecodedLine[] = new Array(crops.length)
  for (let start = 0; start < order.length; start += batchSize) {
    signal?.throwIfAborted()
    const batch = order.slice(start, start + batchSize)
    const widestRatio = Math.max(...batch.map((index) => ratios[index] as number))
    const tensorWidth = Math.max(minimumWidth, Math.trunc(lineHeight * widestRatio))
    const itemSize = 3 * lineHeight * tensorWidth
    // Zeros are mid-grey after normalisation: the padding PaddleOCR uses right of each line.
    const input = new Float32Array(batch.length * itemSize)
    batch.forEach((cropIndex, position) => {
      const outputWidth = Math.min(tensorWidth, Math.ceil(lineHeight * (ratios[cropIndex] as number)))
      sampleLine(
        image,
        crops[cropIndex] as LineCrop,
        input,
        position * itemSize,
        outputWidth,
        lineHeight,
        tensorWidth,
      )
    })
    const outputs = await runtime.infer(runtime.recognition, {
      [runtime.recognition.inputNames[0] as string]: new runtime.ort.Tensor('float32', input, [
        batch.length,
        3,
        lineHeight,
        tensorWidth,
      ]),
    })
    const output = firstOutput(runtime.recognition, outputs)
    const [, steps, classes] = output.dims as [number, number, number]
    if (classes !== runtime.characters.length) {
      throw new Error(
        `The recognition model predicts ${classes} classes but its dictionary gives ${runtime.characters.length}; ` +
          'the model and dictionary files do not belong together.',
      )
    }
    const probabilities = output.data as Float32Array
    batch.forEach((cropIndex, position) => {
      results[cropIndex] = decodeCtc(probabilities, position * steps * classes, steps, runtime.characters)
    })
    output.dispose()
  }
  return results
}
