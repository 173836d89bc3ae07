import { describe, expect, it } from 'vitest'
import { smartResize } from './smart-resize.js'

// Each row: width, height, patch, min_pixels, max_pixels, then the width and height that the Python
// reference (`smart_resize` as in Alibaba's docs, with Qwen's one-patch floor) returned for them.
const reference: Array<[number, number, number, number, number, number, number]> = [
  [4000, 3000, 32, 3072, 1048576, 1152, 864],
  [1305, 810, 32, 3072, 8388608, 1312, 800],
  [80, 48, 32, 3072, 8388608, 64, 64],
  [112, 48, 32, 3072, 8388608, 128, 64],
  [6000, 4000, 32, 3072, 8388608, 3520, 2336],
  [6000, 4000, 28, 3136, 6422528, 3080, 2044],
  [2480, 3508, 32, 3072, 8388608, 2432, 3424],
  [20000, 100, 32, 3072, 8388608, 20000, 96],
  [12, 1000, 32, 3072, 8388608, 32, 512],
  [30, 30, 28, 3136, 6422528, 56, 56],
  [4032, 3024, 28, 3136, 1003520, 1148, 840],
  [1654, 2339, 32, 3072, 2000000, 1184, 1664],
  [7, 2, 32, 3072, 3072, 128, 32],
  [3909, 8927, 28, 3072, 12416707, 2324, 5320],
  [7777, 1084, 28, 3072, 30497957, 7784, 1092],
  [7698, 4260, 28, 3072, 6436936, 3388, 1876],
  [7715, 8874, 32, 3072, 13328697, 3392, 3904],
  [2478, 3810, 28, 3072, 29129839, 2464, 3808],
  [8582, 6399, 28, 3072, 22531902, 5488, 4088],
  [1060, 2622, 28, 3072, 10111937, 1064, 2632],
  [519, 4425, 32, 3072, 19959554, 512, 4416],
]

describe('smartResize', () => {
  it.each(reference)(
    'reads %i×%i (patch %i, pixels %i–%i) at the reference size',
    (width, height, patchSize, minPixels, maxPixels, expectedWidth, expectedHeight) => {
      expect(smartResize(width, height, { patchSize, minPixels, maxPixels })).toEqual({
        width: expectedWidth,
        height: expectedHeight,
      })
    },
  )

  it('rounds halves to even as Python does, not up as Math.round would', () => {
    // 48 / 32 = 1.5 → 2 patches; 80 / 32 = 2.5 → 2 patches (Math.round would give 3).
    expect(smartResize(80, 48)).toEqual({ width: 64, height: 64 })
    expect(smartResize(42, 70, { patchSize: 28, minPixels: 3136 })).toEqual({ width: 56, height: 56 })
  })

  it('sends a 4000×3000 photo at about a megapixel when max_pixels is 1,048,576', () => {
    const size = smartResize(4000, 3000, { maxPixels: 1_048_576 })
    expect(size.width * size.height).toBeLessThanOrEqual(1_048_576)
    expect(size.width * size.height).toBeGreaterThan(0.9 * 1_048_576)
    expect(size.width % 32).toBe(0)
    expect(size.height % 32).toBe(0)
  })

  it("uses the newest model's defaults: 32-px patches, 3072 to 8,388,608 pixels", () => {
    expect(smartResize(6000, 4000)).toEqual({ width: 3520, height: 2336 })
  })
})
