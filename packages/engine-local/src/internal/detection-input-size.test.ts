import { expect, it } from 'vitest'
import { detectionInputSize } from './detection-input-size.js'

it('caps the longer side and keeps both sides multiples of 32', () => {
  expect(detectionInputSize(4961, 7016, 960)).toEqual({ width: 672, height: 960 })
  expect(detectionInputSize(6000, 8000, 960)).toEqual({ width: 736, height: 960 })
  expect(detectionInputSize(1260, 820, 960)).toEqual({ width: 960, height: 640 })
})

it('never enlarges a small image beyond rounding, and never goes below 32', () => {
  expect(detectionInputSize(500, 300, 960)).toEqual({ width: 512, height: 288 })
  expect(detectionInputSize(10, 20000, 960)).toEqual({ width: 32, height: 960 })
})

it('rounds an odd limit down to a multiple of 32', () => {
  expect(detectionInputSize(2000, 1000, 1000)).toEqual({ width: 992, height: 512 })
})
