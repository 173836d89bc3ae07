import {
  convexHull,
  distance,
  minAreaRect,
  orderCorners,
  type Point,
  type Quad,
  rectCorners,
} from './geometry.js'

/** The detector's text-probability map: one value a pixel, row by row. */
export interface ProbabilityMap {
  data: Float32Array
  width: number
  height: number
}

/** Thresholds of PaddleOCR's DB post-processing. */
export interface FindTextBoxesOptions {
  pixelThreshold: number
  boxThreshold: number
  unclipRatio: number
  /** Size of the image the boxes are wanted in; the map is scaled up to it. */
  targetWidth: number
  targetHeight: number
}

/** PaddleOCR's limits: regions thinner than this are noise, and a page has at most so many candidates. */
const minimumSide = 3
const maximumCandidates = 1000

/**
 * Turns the DB detector's probability map into text boxes in the target image's pixels, following
 * PaddleOCR's `DBPostProcess` (quad boxes, "fast" score): binarise, take each connected region's
 * minimum-area rectangle, keep it if its mean probability reaches `boxThreshold`, grow it by
 * `area × unclipRatio / perimeter` on every side, scale it to the target and drop slivers.
 * Regions are found by 8-connected labelling rather than contour tracing; the minimum-area
 * rectangle of a region and of its outer contour are the same.
 */
export function findTextBoxes(map: ProbabilityMap, options: FindTextBoxesOptions): Quad[] {
  const { width, height, data } = map
  const visited = new Uint8Array(width * height)
  const queue = new Int32Array(width * height)
  const boxes: Quad[] = []
  let candidates = 0
  for (let start = 0; start < data.length && candidates < maximumCandidates; start++) {
    if (visited[start] === 1 || (data[start] as number) <= options.pixelThreshold) continue
    const size = collectRegion(map, options.pixelThreshold, start, visited, queue)
    candidates++
    const box = regionToBox(map, queue, size, options)
    if (box) boxes.push(box)
  }
  return boxes
}

/** Breadth-first fill of one region; its pixel indices end up in `queue[0..size)`. */
function collectRegion(
  map: ProbabilityMap,
  threshold: number,
  start: number,
  visited: Uint8Array,
  queue: Int32Array,
): number {
  const { width, height, data } = map
  let head = 0
  let tail = 0
  queue[tail++] = start
  visited[start] = 1
  while (head < tail) {
    const index = queue[head++] as number
    const x = index % width
    const y = (index - x) / width
    for (let dy = -1; dy <= 1; dy++) {
      const ny = y + dy
      if (ny < 0 || ny >= height) continue
      for (let dx = -1; dx <= 1; dx++) {
        const nx = x + dx
        if (nx < 0 || nx >= width) continue
        const neighbour = ny * width + nx
        if (visited[neighbour] === 1 || (data[neighbour] as number) <= threshold) continue
        visited[neighbour] = 1
        queue[tail++] = neighbour
      }
    }
  }
  return tail
}

function regionToBox(map: ProbabilityMap, queue: Int32Array, size: number, options: FindTextBoxesOptions) {
  const { width } = map
  // The hull only needs each row's leftmost and rightmost pixel.
  const rowExtremes = new Map<number, [number, number]>()
  for (let position = 0; position < size; position++) {
    const index = queue[position] as number
    const x = index % width
    const y = (index - x) / width
    const extremes = rowExtremes.get(y)
    if (extremes === undefined) rowExtremes.set(y, [x, x])
    else {
      if (x < extremes[0]) extremes[0] = x
      if (x > extremes[1]) extremes[1] = x
    }
  }
  const points: Point[] = []
  for (const [y, [left, right]] of rowExtremes) {
    points.push([left, y])
    if (right !== left) points.push([right, y])
  }
  const rect = minAreaRect(convexHull(points))
  if (2 * Math.min(rect.halfWidth, rect.halfHeight) < minimumSide) return undefined
  if (meanInside(map, rectCorners(rect)) < options.boxThreshold) return undefined

  // Offsetting a rectangle outward with round joins and taking the minimum-area rectangle again
  // (PaddleOCR's pyclipper step) grows each side by the offset distance.
  const rectWidth = 2 * rect.halfWidth
  const rectHeight = 2 * rect.halfHeight
  const offset = (rectWidth * rectHeight * options.unclipRatio) / (2 * (rectWidth + rectHeight))
  const grown = { ...rect, halfWidth: rect.halfWidth + offset, halfHeight: rect.halfHeight + offset }
  if (2 * Math.min(grown.halfWidth, grown.halfHeight) < minimumSide + 2) return undefined

  const scaleX = options.targetWidth / map.width
  const scaleY = options.targetHeight / map.height
  const corners = rectCorners(grown).map(
    ([x, y]): Point => [
      Math.trunc(clamp(Math.round(x * scaleX), 0, options.targetWidth - 1)),
      Math.trunc(clamp(Math.round(y * scaleY), 0, options.targetHeight - 1)),
    ],
  )
  const quad = orderCorners(corners)
  if (Math.trunc(distance(quad[0], quad[1])) <= minimumSide) return undefined
  if (Math.trunc(distance(quad[0], quad[3])) <= minimumSide) return undefined
  return quad
}

/** Mean probability of the map's pixels inside a convex quad (PaddleOCR's "fast" box score). */
function meanInside(map: ProbabilityMap, quad: Quad): number {
  const xs = quad.map((point) => point[0])
  const ys = quad.map((point) => point[1])
  const left = clamp(Math.floor(Math.min(...xs)), 0, map.width - 1)
  const right = clamp(Math.ceil(Math.max(...xs)), 0, map.width - 1)
  const top = clamp(Math.floor(Math.min(...ys)), 0, map.height - 1)
  const bottom = clamp(Math.ceil(Math.max(...ys)), 0, map.height - 1)
  const edges = quadEdges(quad)
  let sum = 0
  let count = 0
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      if (!insideConvex(edges, x, y)) continue
      sum += map.data[y * map.width + x] as number
      count++
    }
  }
  return count === 0 ? 0 : sum / count
}

/** Each edge of the quad as its start point and unit direction: x, y, dx, dy, four numbers an edge. */
function quadEdges(quad: Quad): Float64Array {
  const edges = new Float64Array(16)
  for (let index = 0; index < 4; index++) {
    const [ax, ay] = quad[index] as Point
    const [bx, by] = quad[(index + 1) % 4] as Point
    const length = Math.hypot(bx - ax, by - ay) || 1
    edges.set([ax, ay, (bx - ax) / length, (by - ay) / length], index * 4)
  }
  return edges
}

/** Half a pixel of slack, so that pixels on the edge count, as a filled polygon's edge pixels do. */
function insideConvex(edges: Float64Array, x: number, y: number): boolean {
  let sign = 0
  for (let offset = 0; offset < 16; offset += 4) {
    const side =
      (edges[offset + 2] as number) * (y - (edges[offset + 1] as number)) -
      (edges[offset + 3] as number) * (x - (edges[offset] as number))
    if (Math.abs(side) <= 0.5) continue
    const current = side > 0 ? 1 : -1
    if (sign === 0) sign = current
    else if (current !== sign) return false
  }
  return true
}

function clamp(value: number, minimum: number, maximum: number): number {
  return Math.min(Math.max(value, minimum), maximum)
}
