import { describe, expect, it } from 'vitest'
import { ImageDamagedError } from '../errors/image-damaged-error.js'
import { UnsupportedImageError } from '../errors/unsupported-image-error.js'
import { decodeBmp } from './decode-bmp.js'

/** Red, green / blue, white: a 2 × 2 image, top row first. */
const expected = [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]

/** Writes a bitmap file: `rows` are the stored rows (bottom-up unless `topDown`), each already padded. */
function bmp(options: {
  bitsPerPixel: number
  rows: number[][]
  topDown?: boolean
  compression?: number
  extra?: number[]
}): Uint8Array {
  const { bitsPerPixel, rows, topDown = false, compression = 0, extra = [] } = options
  const header = 14 + 40
  const pixels = rows.flat()
  const bytes = new Uint8Array(header + extra.length + pixels.length)
  const view = new DataView(bytes.buffer)
  bytes.set([0x42, 0x4d])
  view.setUint32(2, bytes.length, true)
  view.setUint32(10, header + extra.length, true)
  view.setUint32(14, 40, true)
  view.setInt32(18, 2, true)
  view.setInt32(22, topDown ? -rows.length : rows.length, true)
  view.setUint16(26, 1, true)
  view.setUint16(28, bitsPerPixel, true)
  view.setUint32(30, compression, true)
  bytes.set(extra, header)
  bytes.set(pixels, header + extra.length)
  return bytes
}

describe('decodeBmp', () => {
  it('reads 24-bit bottom-up rows, blue-green-red, padded to four bytes', () => {
    const file = bmp({
      bitsPerPixel: 24,
      rows: [
        [255, 0, 0, 255, 255, 255, 0, 0],
        [0, 0, 255, 0, 255, 0, 0, 0],
      ],
    })
    expect(decodeBmp(file, 'a.bmp')).toEqual({ data: Uint8Array.from(expected), width: 2, height: 2 })
  })

  it('reads an 8-bit palette image stored top-down', () => {
    const palette = [0, 0, 255, 0, 0, 255, 0, 0, 255, 0, 0, 0, 255, 255, 255, 0]
    const file = bmp({
      bitsPerPixel: 8,
      topDown: true,
      extra: palette,
      rows: [
        [0, 1, 0, 0],
        [2, 3, 0, 0],
      ],
    })
    expect(decodeBmp(file, 'a.bmp').data).toEqual(Uint8Array.from(expected))
  })

  it('reads 32-bit pixels through their bit-field masks', () => {
    // Masks after the header: red 0x000000ff, green 0x0000ff00, blue 0x00ff0000 (an RGBX layout).
    const file = bmp({
      bitsPerPixel: 32,
      compression: 3,
      extra: [0xff, 0, 0, 0, 0, 0xff, 0, 0, 0, 0, 0xff, 0],
      rows: [
        [0, 0, 255, 0, 255, 255, 255, 0],
        [255, 0, 0, 0, 0, 255, 0, 0],
      ],
    })
    expect(decodeBmp(file, 'a.bmp').data).toEqual(Uint8Array.from(expected))
  })

  it('refuses run-length-encoded bitmaps as unsupported, and truncated ones as damaged', () => {
    const rle = bmp({ bitsPerPixel: 8, compression: 1, extra: new Array(1024).fill(0), rows: [[0, 0, 0, 0]] })
    expect(() => decodeBmp(rle, 'rle.bmp')).toThrow(UnsupportedImageError)
    expect(() => decodeBmp(rle, 'rle.bmp')).toThrow(/compressed/)
    const whole = bmp({ bitsPerPixel: 24, rows: [[0, 0, 0, 0, 0, 0, 0, 0]] })
    expect(() => decodeBmp(whole.subarray(0, whole.length - 2), 'cut.bmp')).toThrow(ImageDamagedError)
    expect(() => decodeBmp(whole.subarray(0, whole.length - 2), 'cut.bmp')).toThrow(/cut short/)
  })
})
