import type { OcrLine } from '@tiqu/core'

/** A box measured in the page's reading frame: `x` along its rows, `y` down across them. */
export interface FrameBox {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The page's rows as they run on the paper: `angle` (radians, clockwise as y points down) of the text
 * against the image's x axis, and each line's box measured along and across that direction.
 */
export interface ReadingFrame {
  angle: number
  /** One box a line, in the order of the lines given. */
  boxes: FrameBox[]
}

/**
 * Lines shorter than this many heights say little about their direction: the minimum-area rectangle
 * of a word of two or three characters may tilt by a few degrees either way.
 */
const elongated = 2.5
/** Beyond this the page lies more on its side than skewed, which page rotation handles. */
const largestSkew = (30 * Math.PI) / 180

/**
 * Measures the lines of a photographed or skewed page along its text direction, so that rows,
 * "right of" and "below" mean what they mean on the paper and not on the tilted image. The direction
 * is the length-weighted median of the elongated lines' directions (from their polygons), which a few
 * stray boxes (a stamp, a barcode) cannot pull away; lines without a polygon count as level.
 */
export function readingFrame(lines: readonly OcrLine[]): ReadingFrame {
  const angle = textAngle(lines)
  const cos = Math.cos(angle)
  const sin = Math.sin(angle)
  const boxes = lines.map((line): FrameBox => {
    const corners = line.polygon ?? boxCorners(line.box)
    let minU = Number.POSITIVE_INFINITY
    let maxU = Number.NEGATIVE_INFINITY
    let minV = Number.POSITIVE_INFINITY
    let maxV = Number.NEGATIVE_INFINITY
    for (const [x, y] of corners) {
      // Turning the page back by `angle` levels its rows.
      const u = x * cos + y * sin
      const v = -x * sin + y * cos
      minU = Math.min(minU, u)
      maxU = Math.max(maxU, u)
      minV = Math.min(minV, v)
      maxV = Math.max(maxV, v)
    }
    return { x: minU, y: minV, width: maxU - minU, height: maxV - minV }
  })
  return { angle, boxes }
}

/** The page's text direction in radians; 0 when no line is long enough to tell. */
export function textAngle(lines: readonly OcrLine[]): number {
  const samples: Array<{ angle: number; weight: number }> = []
  for (const line of lines) {
    const polygon = line.polygon
    if (polygon === undefined || polygon.length !== 4) continue
    const [topLeft, topRight, bottomRight, bottomLeft] = polygon as [
      [number, number],
      [number, number],
      [number, number],
      [number, number],
    ]
    const length = Math.hypot(topRight[0] - topLeft[0], topRight[1] - topLeft[1])
    const thickness = Math.hypot(bottomLeft[0] - topLeft[0], bottomLeft[1] - topLeft[1])
    if (length < elongated * thickness) continue
    // Both long sides, so that a quad that is not quite a rectangle gives its mean direction.
    const angle = Math.atan2(
      topRight[1] - topLeft[1] + bottomRight[1] - bottomLeft[1],
      topRight[0] - topLeft[0] + bottomRight[0] - bottomLeft[0],
    )
    if (Math.abs(angle) <= largestSkew) samples.push({ angle, weight: length })
  }
  if (samples.length === 0) return 0
  samples.sort((a, b) => a.angle - b.angle)
  const half = samples.reduce((sum, sample) => sum + sample.weight, 0) / 2
  let seen = 0
  for (const sample of samples) {
    seen += sample.weight
    if (seen >= half) return sample.angle
  }
  return 0
}

function boxCorners(box: OcrLine['box']): Array<[number, number]> {
  const right = box.x + box.width
  const bottom = box.y + box.height
  return [
    [box.x, box.y],
    [right, box.y],
    [right, bottom],
    [box.x, bottom],
  ]
}
