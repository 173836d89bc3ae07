import { describe, expect, it } from 'vitest'
import { findTextBoxes, type ProbabilityMap } from './find-text-boxes.js'
import type { Quad } from './geometry.js'

/** A map with the given rectangles (corners as x, y) at probability 0.9, the rest at 0.05. */
function mapWith(
  width: number,
  height: number,
  regions: Array<(x: number, y: number) => boolean>,
): ProbabilityMap {
  const data = new Float32Array(width * height).fill(0.05)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (regions.some((inside) => inside(x, y))) data[y * width + x] = 0.9
  }
  return { data, width, height }
}

const options = { pixelThreshold: 0.3, boxThreshold: 0.6, unclipRatio: 1.5 }
const rectangle = (left: number, top: number, right: number, bottom: number) => (x: number, y: number) =>
  x >= left && x <= right && y >= top && y <= bottom

describe('findTextBoxes', () => {
  it('finds each region and grows it by area × ratio / perimeter on every side', () => {
    const map = mapWith(200, 100, [rectangle(20, 10, 119, 19), rectangle(20, 50, 59, 69)])
    const boxes = findTextBoxes(map, { ...options, targetWidth: 200, targetHeight: 100 })
    expect(boxes).toHaveLength(2)
    // 99 × 9 between pixel centres: offset = 99·9·1.5 / (2·108) ≈ 6.19.
    const first = boxes.find((box) => box[0][1] < 30) as Quad
    expect(first).toEqual([
      [14, 4],
      [125, 4],
      [125, 25],
      [14, 25],
    ])
  })

  it('scales boxes to the original image', () => {
    const map = mapWith(200, 100, [rectangle(20, 10, 119, 19)])
    const [box] = findTextBoxes(map, { ...options, targetWidth: 2000, targetHeight: 1000 })
    expect(box).toEqual([
      [138, 38],
      [1252, 38],
      [1252, 252],
      [138, 252],
    ])
  })

  it('follows a tilted line with a tilted box', () => {
    const angle = (10 * Math.PI) / 180
    const tilted = (x: number, y: number) => {
      const along = (x - 100) * Math.cos(angle) + (y - 60) * Math.sin(angle)
      const across = -(x - 100) * Math.sin(angle) + (y - 60) * Math.cos(angle)
      return Math.abs(along) <= 60 && Math.abs(across) <= 6
    }
    const [box] = findTextBoxes(mapWith(200, 120, [tilted]), {
      ...options,
      targetWidth: 200,
      targetHeight: 120,
    })
    const [topLeft, topRight] = box as Quad
    const slope = (topRight[1] - topLeft[1]) / (topRight[0] - topLeft[0])
    expect(Math.atan(slope) * (180 / Math.PI)).toBeCloseTo(10, 0)
  })

  it('drops specks, thin streaks and faint regions', () => {
    const faint = mapWith(100, 100, [])
    for (let y = 40; y < 60; y++) for (let x = 10; x < 90; x++) faint.data[y * 100 + x] = 0.4
    const noisy = mapWith(100, 100, [rectangle(10, 10, 11, 11), rectangle(10, 50, 90, 50)])
    const target = { targetWidth: 100, targetHeight: 100 }
    expect(findTextBoxes(faint, { ...options, ...target })).toEqual([])
    expect(findTextBoxes(noisy, { ...options, ...target })).toEqual([])
  })
})
