// @ts-check
import { seededRandom } from './seeded-random.js'

/**
 * @typedef {object} PhotographOptions
 * @property {number} angle degrees, clockwise: how far the camera was turned against the page
 * @property {number} [tilt] 0–1: how much nearer the camera was to the page's bottom edge than its top
 *   (the top edge comes out this fraction narrower), as in a photo taken from in front of a desk
 * @property {number} [margin] pixels of desk around the page, before turning
 * @property {number} [noise] standard-deviation-like amplitude of the sensor noise, in grey levels
 * @property {number} [seed]
 */

/**
 * Photographs a rendered page: turns it by `angle`, narrows its top edge for the camera's tilt, lays
 * it on a grey desk lit unevenly, and adds sensor noise. Returns raw RGB pixels for sharp to blur and
 * encode. Deterministic for a given seed, so a re-render writes the same bytes.
 * @param {Uint8Array | Buffer} rgba the page, 4 channels
 * @param {number} width
 * @param {number} height
 * @param {PhotographOptions} options
 * @returns {{ data: Buffer, width: number, height: number }}
 */
export function photographPage(rgba, width, height, options) {
  const { angle, tilt = 0, margin = 80, noise = 6, seed = 5 } = options
  const random = seededRandom(seed)
  const radians = (angle * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  // The page's corners after the tilt (top edge narrower), then turned about the page's centre.
  const inset = (tilt * width) / 2
  /** @type {Array<[number, number]>} */
  const flat = [
    [inset, 0],
    [width - inset, 0],
    [width, height],
    [0, height],
  ]
  const turned = flat.map(([x, y]) => {
    const dx = x - width / 2
    const dy = y - height / 2
    return /** @type {[number, number]} */ ([dx * cos - dy * sin, dx * sin + dy * cos])
  })
  const left = Math.min(...turned.map((point) => point[0])) - margin
  const top = Math.min(...turned.map((point) => point[1])) - margin
  const outWidth = Math.ceil(Math.max(...turned.map((point) => point[0])) + margin - left)
  const outHeight = Math.ceil(Math.max(...turned.map((point) => point[1])) + margin - top)
  const corners = turned.map(([x, y]) => /** @type {[number, number]} */ ([x - left, y - top]))
  // Maps photo pixels back to page pixels.
  const toPage = homography(corners, [
    [0, 0],
    [width, 0],
    [width, height],
    [0, height],
  ])

  const data = Buffer.alloc(outWidth * outHeight * 3)
  for (let y = 0; y < outHeight; y++) {
    for (let x = 0; x < outWidth; x++) {
      const [pageX, pageY] = apply(toPage, x + 0.5, y + 0.5)
      // Light falls from the top left: the far corner is about a fifth darker.
      const light = 1 - 0.2 * ((x / outWidth + y / outHeight) / 2)
      const grain = (random() + random() + random() - 1.5) * noise
      const offset = (y * outWidth + x) * 3
      const inside = pageX >= 0 && pageY >= 0 && pageX < width && pageY < height
      for (let channel = 0; channel < 3; channel++) {
        const value = inside
          ? bilinear(rgba, width, height, pageX - 0.5, pageY - 0.5, channel)
          : [196, 192, 184][channel]
        data[offset + channel] = clamp(Math.round((value ?? 0) * light + grain))
      }
    }
  }
  return { data, width: outWidth, height: outHeight }
}

/**
 * The 3 × 3 projective map (row-major, last entry 1) that takes each `from` point to its `to` point.
 * @param {Array<[number, number]>} from
 * @param {Array<[number, number]>} to
 */
function homography(from, to) {
  /** @type {number[][]} */
  const rows = []
  from.forEach(([x, y], index) => {
    const [u, v] = /** @type {[number, number]} */ (to[index])
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v])
  })
  // Gauss–Jordan elimination with partial pivoting on the 8 × 9 augmented system.
  for (let column = 0; column < 8; column++) {
    let pivot = column
    for (let row = column + 1; row < 8; row++) {
      if (Math.abs(rows[row]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = row
    }
    ;[rows[column], rows[pivot]] = [
      /** @type {number[]} */ (rows[pivot]),
      /** @type {number[]} */ (rows[column]),
    ]
    const lead = /** @type {number[]} */ (rows[column])
    const divisor = /** @type {number} */ (lead[column])
    for (let index = 0; index < 9; index++) lead[index] = /** @type {number} */ (lead[index]) / divisor
    for (let row = 0; row < 8; row++) {
      const current = /** @type {number[]} */ (rows[row])
      const factor = /** @type {number} */ (current[column])
      if (row === column || factor === 0) continue
      for (let index = 0; index < 9; index++) {
        current[index] = /** @type {number} */ (current[index]) - factor * /** @type {number} */ (lead[index])
      }
    }
  }
  return [...rows.map((row) => /** @type {number} */ (row[8])), 1]
}

/**
 * @param {number[]} matrix
 * @param {number} x
 * @param {number} y
 * @returns {[number, number]}
 */
function apply(matrix, x, y) {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 1] = matrix
  const w = g * x + h * y + i
  return [(a * x + b * y + c) / w, (d * x + e * y + f) / w]
}

/**
 * @param {Uint8Array | Buffer} rgba
 * @param {number} width
 * @param {number} height
 * @param {number} x
 * @param {number} y
 * @param {number} channel
 */
function bilinear(rgba, width, height, x, y, channel) {
  const clampedX = Math.min(Math.max(x, 0), width - 1)
  const clampedY = Math.min(Math.max(y, 0), height - 1)
  const x0 = Math.floor(clampedX)
  const y0 = Math.floor(clampedY)
  const x1 = Math.min(x0 + 1, width - 1)
  const y1 = Math.min(y0 + 1, height - 1)
  const fx = clampedX - x0
  const fy = clampedY - y0
  const at = (/** @type {number} */ px, /** @type {number} */ py) =>
    rgba[(py * width + px) * 4 + channel] ?? 0
  return (at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) + (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy
}

/** @param {number} value */
function clamp(value) {
  return Math.min(255, Math.max(0, value))
}
