import { classifyTextAngle } from './classify-text-angle.js'
import type { RgbImage } from './decode-image.js'
import { distance, orderCorners, type Quad } from './geometry.js'
import { lineCrop } from './line-crop.js'
import type { Runtime } from './load-runtime.js'

/** Clockwise turn, in degrees, that brings a page upright. */
export type PageRotation = 0 | 90 | 180 | 270

/** PaddleOCR's classifier confidence threshold (`cls_thresh`). */
const confident = 0.9
/** Enough lines to outvote a few misread ones, few enough to cost a few milliseconds. */
const sampledLines = 12

/**
 * How a page lies, from the lines found on it. Most lines taller than wide means the page is on its
 * side; PaddleOCR's text-direction classifier then says, for its longest lines, whether they read
 * upright or upside down once laid flat, and the majority decides. A page with no elongated lines is
 * taken as upright.
 */
export async function findPageRotation(
  runtime: Runtime,
  image: RgbImage,
  boxes: Quad[],
): Promise<PageRotation> {
  const shapes = boxes.map((quad) => {
    const across = distance(quad[0], quad[1])
    const down = distance(quad[0], quad[3])
    return { quad, tall: down >= 1.5 * across, wide: across >= 1.5 * down, length: Math.max(across, down) }
  })
  const tall = shapes.filter((shape) => shape.tall)
  const wide = shapes.filter((shape) => shape.wide)
  const sideways = tall.length > wide.length
  const sample = (sideways ? tall : wide).sort((a, b) => b.length - a.length).slice(0, sampledLines)
  if (sample.length === 0) return 0

  // lineCrop lays a tall box flat by turning it a quarter counter-clockwise.
  const probabilities = await classifyTextAngle(
    runtime,
    image,
    sample.map((shape) => lineCrop(shape.quad)),
  )
  const upright = probabilities.filter((probability) => 1 - probability >= confident).length
  const upsideDown = probabilities.filter((probability) => probability >= confident).length
  const flipped = upsideDown > upright && upsideDown >= sample.length / 2
  if (sideways) return flipped ? 90 : 270
  return flipped ? 180 : 0
}

/** Turns the page's pixels clockwise by `rotation`. */
export async function rotateImage(
  runtime: Runtime,
  image: RgbImage,
  rotation: PageRotation,
): Promise<RgbImage> {
  if (rotation === 0) return image
  const { data, info } = await runtime
    .sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .rotate(rotation)
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

/**
 * A box on a `width` × `height` page, where it lies once the page is turned clockwise by `rotation`,
 * its corners in reading order again (top-left first).
 */
export function turnQuad(quad: Quad, rotation: PageRotation, width: number, height: number): Quad {
  if (rotation === 0) return quad
  const turn = ([x, y]: Quad[number]): Quad[number] => {
    if (rotation === 90) return [height - y, x]
    if (rotation === 180) return [width - x, height - y]
    return [y, width - x]
  }
  return orderCorners(quad.map(turn))
}
