import type { InferenceSession } from 'onnxruntime-node'
import type { RgbImage } from './decode-image.js'
import { detectionInputSize } from './detection-input-size.js'
import { findTextBoxes } from './find-text-boxes.js'
import type { Quad } from './geometry.js'
import type { Runtime } from './load-runtime.js'
import type { ResolvedOptions } from './resolve-options.js'

/** PaddleOCR's detector normalisation (ImageNet statistics), listed in the order it feeds channels: B, G, R. */
const mean = [0.485, 0.456, 0.406] as const
const deviation = [0.229, 0.224, 0.225] as const

/** Boxes found on a page, in its own pixels, and the size the detector actually ran at. */
export interface Detection {
  boxes: Quad[]
  inputWidth: number
  inputHeight: number
}

/**
 * Finds text boxes on a page. The detector runs on a reduced copy whose longer side is at most
 * `maxSideLength`; its memory and time stay bounded whatever the scan's resolution.
 */
export async function detectText(
  runtime: Runtime,
  image: RgbImage,
  options: ResolvedOptions,
): Promise<Detection> {
  const size = detectionInputSize(image.width, image.height, options.maxSideLength)
  const resized = await runtime
    .sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(size.width, size.height, { fit: 'fill', kernel: 'linear' })
    .raw()
    .toBuffer()
  const input = toDetectorTensor(resized, size.width, size.height)
  const outputs = await runtime.infer(runtime.detection, {
    [runtime.detection.inputNames[0] as string]: new runtime.ort.Tensor('float32', input, [
      1,
      3,
      size.height,
      size.width,
    ]),
  })
  const map = firstOutput(runtime.detection, outputs)
  const boxes = findTextBoxes(
    { data: map.data as Float32Array, width: size.width, height: size.height },
    {
      pixelThreshold: options.pixelThreshold,
      boxThreshold: options.boxThreshold,
      unclipRatio: options.unclipRatio,
      targetWidth: image.width,
      targetHeight: image.height,
    },
  )
  map.dispose()
  return { boxes, inputWidth: size.width, inputHeight: size.height }
}

/** Each channel's byte values scaled to 0–1 then standardised: B, G, R, 256 values each. */
const standardised = [0, 1, 2].map((channel) =>
  Float32Array.from(
    { length: 256 },
    (_, value) => (value / 255 - (mean[channel] as number)) / (deviation[channel] as number),
  ),
) as [Float32Array, Float32Array, Float32Array]

/** Planar BGR floats, each channel scaled to 0–1 then standardised, as PaddleOCR's models were trained. */
function toDetectorTensor(rgb: Uint8Array, width: number, height: number): Float32Array {
  const plane = width * height
  const tensor = new Float32Array(3 * plane)
  const [blue, green, red] = standardised
  for (let pixel = 0; pixel < plane; pixel++) {
    tensor[pixel] = blue[rgb[pixel * 3 + 2] as number] as number
    tensor[plane + pixel] = green[rgb[pixel * 3 + 1] as number] as number
    tensor[2 * plane + pixel] = red[rgb[pixel * 3] as number] as number
  }
  return tensor
}

/** The session's single output tensor. */
export function firstOutput(session: InferenceSession, outputs: InferenceSession.OnnxValueMapType) {
  const output = outputs[session.outputNames[0] as string]
  if (output === undefined) throw new Error(`The ONNX model returned no '${session.outputNames[0]}' output.`)
  return output
}
