/** A point in pixels: x to the right, y down. */
export type Point = [x: number, y: number]

/** Four corners: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point]

/** A rectangle at any angle: its centre, unit axis `u` (its "width" direction) and half extents. */
export interface RotatedRect {
  centerX: number
  centerY: number
  /** Unit vector along the first side; the second side runs along (-uy, ux). */
  ux: number
  uy: number
  halfWidth: number
  halfHeight: number
}

/** Convex hull by Andrew's monotone chain; returns the hull counter-clockwise in y-up terms, without repeats. */
export function convexHull(points: Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  if (sorted.length < 3) return sorted
  const cross = (o: Point, a: Point, b: Point) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
  const lower: Point[] = []
  for (const point of sorted) {
    while (lower.length >= 2 && cross(lower.at(-2) as Point, lower.at(-1) as Point, point) <= 0) lower.pop()
    lower.push(point)
  }
  const upper: Point[] = []
  for (let index = sorted.length - 1; index >= 0; index--) {
    const point = sorted[index] as Point
    while (upper.length >= 2 && cross(upper.at(-2) as Point, upper.at(-1) as Point, point) <= 0) upper.pop()
    upper.push(point)
  }
  lower.pop()
  upper.pop()
  return lower.concat(upper)
}

/**
 * The smallest-area rectangle around a convex hull (rotating calipers: one side of the best rectangle
 * lies on a hull edge), as OpenCV's `minAreaRect` gives PaddleOCR.
 */
export function minAreaRect(hull: Point[]): RotatedRect {
  const first = hull[0]
  if (first === undefined) return { centerX: 0, centerY: 0, ux: 1, uy: 0, halfWidth: 0, halfHeight: 0 }
  let best: RotatedRect | undefined
  let bestArea = Number.POSITIVE_INFINITY
  const edges = hull.length === 1 ? 1 : hull.length
  for (let index = 0; index < edges; index++) {
    const from = hull[index] as Point
    const to = hull[(index + 1) % hull.length] as Point
    const length = Math.hypot(to[0] - from[0], to[1] - from[1])
    const ux = length === 0 ? 1 : (to[0] - from[0]) / length
    const uy = length === 0 ? 0 : (to[1] - from[1]) / length
    let minU = Number.POSITIVE_INFINITY
    let maxU = Number.NEGATIVE_INFINITY
    let minV = Number.POSITIVE_INFINITY
    let maxV = Number.NEGATIVE_INFINITY
    for (const [x, y] of hull) {
      const u = x * ux + y * uy
      const v = -x * uy + y * ux
      if (u < minU) minU = u
      if (u > maxU) maxU = u
      if (v < minV) minV = v
      if (v > maxV) maxV = v
    }
    const area = (maxU - minU) * (maxV - minV)
    if (area < bestArea) {
      bestArea = area
      const middleU = (minU + maxU) / 2
      const middleV = (minV + maxV) / 2
      best = {
        centerX: middleU * ux - middleV * uy,
        centerY: middleU * uy + middleV * ux,
        ux,
        uy,
        halfWidth: (maxU - minU) / 2,
        halfHeight: (maxV - minV) / 2,
      }
    }
  }
  return best as RotatedRect
}

/** The rectangle's corners, ordered as {@link orderCorners} orders them. */
export function rectCorners(rect: RotatedRect): Quad {
  const { centerX, centerY, ux, uy, halfWidth, halfHeight } = rect
  const vx = -uy
  const vy = ux
  const corner = (signU: number, signV: number): Point => [
    centerX + signU * halfWidth * ux + signV * halfHeight * vx,
    centerY + signU * halfWidth * uy + signV * halfHeight * vy,
  ]
  return orderCorners([corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)])
}

/**
 * Orders four corners top-left, top-right, bottom-right, bottom-left: the two leftmost points are the
 * left side (the higher one first), the two rightmost the right side, as PaddleOCR orders its boxes.
 */
export function orderCorners(corners: Point[]): Quad {
  const byX = [...corners].sort((a, b) => a[0] - b[0] || a[1] - b[1]) as Quad
  const [leftA, leftB, rightA, rightB] = byX
  const [topLeft, bottomLeft] = leftA[1] <= leftB[1] ? [leftA, leftB] : [leftB, leftA]
  const [topRight, bottomRight] = rightA[1] <= rightB[1] ? [rightA, rightB] : [rightB, rightA]
  return [topLeft, topRight, bottomRight, bottomLeft]
}

/** Distance between two points. */
export function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1])
}
