/** How a page is photographed. */
export interface PhotographOptions {
  /** Degrees, clockwise: how far the camera was turned against the page. */
  angle: number
  /** 0–1: how much narrower the top edge comes out, as from a camera held in front of a desk. */
  tilt: number
  /** Pixels of desk around the page, before turning. */
  margin: number
  /** The desk's colour, RGB. */
  desk: [number, number, number]
}

/**
 * Photographs a page: turns it, narrows its top edge for the camera's tilt, lays it on a desk and
 * lights it unevenly from the top left. Returns raw RGB pixels. A projective map, not an affine one,
 * because a tilted camera makes parallel edges converge, which is what the engine must cope with.
 */
export function photograph(
  rgba: Uint8Array,
  width: number,
  height: number,
  options: PhotographOptions,
): { data: Buffer; width: number; height: number } {
  const { angle, tilt, margin, desk } = options
  const radians = (angle * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  const inset = (tilt * width) / 2
  const flat: Array<[number, number]> = [
    [inset, 0],
    [width - inset, 0],
    [width, height],
    [0, height],
  ]
  const turned = flat.map(([x, y]): [number, number] => {
    const dx = x - width / 2
    const dy = y - height / 2
    return [dx * cos - dy * sin, dx * sin + dy * cos]
  })
  const left = Math.min(...turned.map((point) => point[0])) - margin
  const top = Math.min(...turned.map((point) => point[1])) - margin
  const outWidth = Math.ceil(Math.max(...turned.map((point) => point[0])) + margin - left)
  const outHeight = Math.ceil(Math.max(...turned.map((point) => point[1])) + margin - top)
  const corners = turned.map(([x, y]): [number, number] => [x - left, y - top])
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
      // The far corner about a fifth darker than the near one.
      const light = 1 - 0.2 * ((x / outWidth + y / outHeight) / 2)
      const offset = (y * outWidth + x) * 3
      const inside = pageX >= 0 && pageY >= 0 && pageX < width && pageY < height
      for (let channel = 0; channel < 3; channel++) {
        const value = inside
          ? bilinear(rgba, width, height, pageX - 0.5, pageY - 0.5, channel)
          : (desk[channel] ?? 0)
        data[offset + channel] = Math.min(255, Math.max(0, Math.round(value * light)))
      }
    }
  }
  return { data, width: outWidth, height: outHeight }
}

/** The 3 × 3 projective map (row-major, last entry 1) taking each `from` point to its `to` point. */
function homography(from: Array<[number, number]>, to: Array<[number, number]>): number[] {
  const rows: number[][] = []
  from.forEach(([x, y], index) => {
    const [u, v] = to[index] as [number, number]
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u])
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v])
  })
  // Gauss–Jordan elimination with partial pivoting on the 8 × 9 augmented system.
  for (let column = 0; column < 8; column++) {
    let pivot = column
    for (let row = column + 1; row < 8; row++) {
      if (Math.abs(rows[row]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = row
    }
    ;[rows[column], rows[pivot]] = [rows[pivot] as number[], rows[column] as number[]]
    const lead = rows[column] as number[]
    const divisor = lead[column] as number
    for (let index = 0; index < 9; index++) lead[index] = (lead[index] as number) / divisor
    for (let row = 0; row < 8; row++) {
      const current = rows[row] as number[]
      const factor = current[column] as number
      if (row === column || factor === 0) continue
      for (let index = 0; index < 9; index++) {
        current[index] = (current[index] as number) - factor * (lead[index] as number)
      }
    }
  }
  return [...rows.map((row) => row[8] as number), 1]
}

function apply(matrix: number[], x: number, y: number): [number, number] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 1] = matrix
  const w = g * x + h * y + i
  return [(a * x + b * y + c) / w, (d * x + e * y + f) / w]
}

function bilinear(
  rgba: Uint8Array,
  width: number,
  height: number,
  x: number,
  y: number,
  channel: number,
): number {
  const clampedX = Math.min(Math.max(x, 0), width - 1)
  const clampedY = Math.min(Math.max(y, 0), height - 1)
  const x0 = Math.floor(clampedX)
  const y0 = Math.floor(clampedY)
  const x1 = Math.min(x0 + 1, width - 1)
  const y1 = Math.min(y0 + 1, height - 1)
  const fx = clampedX - x0
  const fy = clampedY - y0
  const at = (px: number, py: number) => rgba[(py * width + px) * 4 + channel] ?? 0
  return (at(x0, y0) * (1 - fx) + at(x1, y0) * fx) * (1 - fy) + (at(x0, y1) * (1 - fx) + at(x1, y1) * fx) * fy
}
