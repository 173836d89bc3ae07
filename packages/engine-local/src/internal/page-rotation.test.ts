import { expect, it } from 'vitest'
import type { Quad } from './geometry.js'
import { turnQuad } from './page-rotation.js'

// A box 20 wide and 10 high near the top-left of a 100 × 50 page, corners top-left first.
const box: Quad = [
  [10, 5],
  [30, 5],
  [30, 15],
  [10, 15],
]

it('turns a box with its page, clockwise, its corners top-left first again', () => {
  expect(turnQuad(box, 0, 100, 50)).toBe(box)
  // A quarter turn: the 50 × 100 page's top-right corner region, the box now 10 wide and 20 high.
  expect(turnQuad(box, 90, 100, 50)).toEqual([
    [35, 10],
    [45, 10],
    [45, 30],
    [35, 30],
  ])
  expect(turnQuad(box, 180, 100, 50)).toEqual([
    [70, 35],
    [90, 35],
    [90, 45],
    [70, 45],
  ])
  expect(turnQuad(box, 270, 100, 50)).toEqual([
    [5, 70],
    [15, 70],
    [15, 90],
    [5, 90],
  ])
})
