import { bestClassOutputs } from './add-best-class-outputs.js'
import { type DecodedLine, decodeCtc } from './decode-ctc.js'
import type { RgbImage } from './decode-image.js'
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
    const pixels = new Float32Array(batch.length * itemSize)
    batch.forEach((cropIndex, position) => {
      const outputWidth = Math.min(tensorWidth, Math.ceil(lineHeight * (ratios[cropIndex] as number)))
      sampleLine(
        image,
        crops[cropIndex] as LineCrop,
        pixels,
        position * itemSize,
        outputWidth,
        lineHeight,
        tensorWidth,
      )
    })
    const input = new runtime.ort.Tensor('float32', pixels, [batch.length, 3, lineHeight, tensorWidth])
    const outputs = await runtime.infer(
      runtime.recognition,
      { [runtime.recognition.inputNames[0] as string]: input },
      [bestClassOutputs.classes, bestClassOutputs.probabilities, bestClassOutputs.spaceProbabilities],
    )
    const classes = outputs[bestClassOutputs.classes]
    const probabilities = outputs[bestClassOutputs.probabilities]
    const spaceProbabilities = outputs[bestClassOutputs.spaceProbabilities]
    if (!(classes && probabilities && spaceProbabilities))
      throw new Error('The recognition model returned no predictions.')
    const steps = classes.dims[1] as number
    const predictions = {
      classes: classes.data as BigInt64Array,
      probabilities: probabilities.data as Float32Array,
      spaceProbabilities: spaceProbabilities.data as Float32Array,
    }
    batch.forEach((cropIndex, position) => {
      results[cropIndex] = decodeCtc(predictions, position * steps, steps, runtime.characters)
    })
    for (const output of [classes, probabilities, spaceProbabilities]) output.dispose()
  }
  return results
}
