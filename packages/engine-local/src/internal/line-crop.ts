import type { RgbImage } from './decode-image.js'
import { distance, type Quad } from './geometry.js'

/**
 * How to read one text line out of the page: start at `origin`, step along `across` for the line's
 * length and along `down` for its height (both unit vectors in page pixels).
 */
export interface LineCrop {
  originX: number
  originY: number
  acrossX: number
  acrossY: number
  downX: number
  downY: number
  /** Length of the line in page pixels. */
  length: number
  /** Height of the line in page pixels. */
  thickness: number
}

/**
 * The crop of a detected box, as PaddleOCR's `get_rotate_crop_image` takes it: sides measured from
 * the box, and a box at least 1.5 times taller than wide read as vertical text, turned a quarter
 * counter-clockwise so that its top comes first.
 */
export function lineCrop(quad: Quad): LineCrop {
  const [topLeft, topRight, bottomRight, bottomLeft] = quad
  const width = Math.max(
    1,
    Math.trunc(Math.max(distance(topLeft, topRight), distance(bottomLeft, bottomRight))),
  )
  const height = Math.max(
    1,
    Math.trunc(Math.max(distance(topLeft, bottomLeft), distance(topRight, bottomRight))),
  )
  const unit = (from: [number, number], to: [number, number]) => {
    const length = distance(from, to) || 1
    return [(to[0] - from[0]) / length, (to[1] - from[1]) / length] as const
  }
  if (height / width >= 1.5) {
    const [acrossX, acrossY] = unit(topRight, bottomRight)
    const [downX, downY] = unit(topRight, topLeft)
    return {
      originX: topRight[0],
      originY: topRight[1],
      acrossX,
      acrossY,
      downX,
      downY,
      length: height,
      thickness: width,
    }
  }
  const [acrossX, acrossY] = unit(topLeft, topRight)
  const [downX, downY] = unit(topLeft, bottomLeft)
  return {
    originX: topLeft[0],
    originY: topLeft[1],
    acrossX,
    acrossY,
    downX,
    downY,
    length: width,
    thickness: height,
  }
}

/**
 * Samples a line straight from the full-resolution page into the recognizer's input: planar B, G, R,
 * `outputHeight` rows of `outputWidth` pixels at `offset`, values scaled to −1…1, inside a tensor
 * `tensorWidth` wide. When the line is larger than the output, several samples are averaged per
 * output pixel so that thin strokes survive the reduction.
 */
export function sampleLine(
  image: RgbImage,
  crop: LineCrop,
  target: Float32Array,
  offset: number,
  outputWidth: number,
  outputHeight: number,
  tensorWidth: number,
): void {
  const stepAcross = crop.length / outputWidth
  const stepDown = crop.thickness / outputHeight
  const samplesAcross = Math.min(4, Math.max(1, Math.ceil(stepAcross)))
  const samplesDown = Math.min(4, Math.max(1, Math.ceil(stepDown)))
  // Averaged, then scaled from 0–255 to −1…1, in one multiplication.
  const scale = 1 / (samplesAcross * samplesDown * 127.5)
  const plane = outputHeight * tensorWidth
  const { data, width, height } = image
  const { originX, originY, acrossX, acrossY, downX, downY } = crop
  // Written out rather than calling a sampler per pixel: this loop runs for every pixel of every line.
  for (let row = 0; row < outputHeight; row++) {
    for (let column = 0; column < outputWidth; column++) {
      let red = 0
      let green = 0
      let blue = 0
      for (let subRow = 0; subRow < samplesDown; subRow++) {
        const down = (row + (subRow + 0.5) / samplesDown) * stepDown - 0.5
        for (let subColumn = 0; subColumn < samplesAcross; subColumn++) {
          const across = (column + (subColumn + 0.5) / samplesAcross) * stepAcross - 0.5
          // Bilinear, pixel centres on whole coordinates, edges repeated (OpenCV's BORDER_REPLICATE).
          const x = Math.min(Math.max(originX + across * acrossX + down * downX, 0), width - 1)
          const y = Math.min(Math.max(originY + across * acrossY + down * downY, 0), height - 1)
          const left = Math.floor(x)
          const top = Math.floor(y)
          const fractionX = x - left
          const fractionY = y - top
          const right = left + 1 < width ? 1 : 0
          const below = top + 1 < height ? width : 0
          const topLeft = (top * width + left) * 3
          const topRight = topLeft + right * 3
          const bottomLeft = topLeft + below * 3
          const bottomRight = bottomLeft + right * 3
          const weightTopLeft = (1 - fractionX) * (1 - fractionY)
          const weightTopRight = fractionX * (1 - fractionY)
          const weightBottomLeft = (1 - fractionX) * fractionY
          const weightBottomRight = fractionX * fractionY
          red +=
            (data[topLeft] as number) * weightTopLeft +
            (data[topRight] as number) * weightTopRight +
            (data[bottomLeft] as number) * weightBottomLeft +
            (data[bottomRight] as number) * weightBottomRight
          green +=
            (data[topLeft + 1] as number) * weightTopLeft +
            (data[topRight + 1] as number) * weightTopRight +
            (data[bottomLeft + 1] as number) * weightBottomLeft +
            (data[bottomRight + 1] as number) * weightBottomRight
          blue +=
            (data[topLeft + 2] as number) * weightTopLeft +
            (data[topRight + 2] as number) * weightTopRight +
            (data[bottomLeft + 2] as number) * weightBottomLeft +
            (data[bottomRight + 2] as number) * weightBottomRight
        }
      }
      const index = offset + row * tensorWidth + column
      target[index] = blue * scale - 1
      target[index + plane] = green * scale - 1
      target[index + 2 * plane] = red * scale - 1
    }
  }
}
