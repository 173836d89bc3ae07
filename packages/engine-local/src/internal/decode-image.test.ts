import { crc32 } from 'node:zlib'
import { ImageDamagedError, ImageTooLargeError, UnsupportedImageError } from '@tiqu/core'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { decodeImage } from './decode-image.js'

/** A 40 × 20 image, black in its left half and white in its right: easy to tell which way it is turned. */
async function halfBlack(format: 'png' | 'jpeg' = 'png') {
  const pixels = Buffer.alloc(40 * 20 * 3, 255)
  for (let y = 0; y < 20; y++)
    for (let x = 0; x < 20; x++) pixels.fill(0, (y * 40 + x) * 3, (y * 40 + x) * 3 + 3)
  return sharp(pixels, { raw: { width: 40, height: 20, channels: 3 } }).toFormat(format)
}

const pixelAt = (image: { data: Uint8Array; width: number }, x: number, y: number) =>
  image.data[(y * image.width + x) * 3]

describe('decodeImage', () => {
  it('applies the EXIF orientation, so a phone photo is read upright', async () => {
    // Stored turned a quarter anticlockwise, tagged "rotate 90° clockwise to display" (orientation 6).
    const stored = await (await halfBlack('jpeg')).rotate(-90).withMetadata({ orientation: 6 }).toBuffer()
    const image = await decodeImage(sharp, stored, 'photo.jpg')
    expect({ width: image.width, height: image.height }).toEqual({ width: 40, height: 20 })
    expect(pixelAt(image, 5, 10)).toBeLessThan(60)
    expect(pixelAt(image, 35, 10)).toBeGreaterThan(200)
  })

  it('puts transparent areas on white, so dark text on a transparent background stays visible', async () => {
    const transparent = await sharp({
      create: { width: 4, height: 4, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer()
    const image = await decodeImage(sharp, transparent, 'logo.png')
    expect([...image.data.subarray(0, 3)]).toEqual([255, 255, 255])
  })

  it('gives three channels for a grey image', async () => {
    const grey = await (await halfBlack()).grayscale().toBuffer()
    const image = await decodeImage(sharp, grey, 'grey.png')
    expect(image.data.length).toBe(40 * 20 * 3)
  })

  it('refuses bytes that are no image, naming the input', async () => {
    const attempt = decodeImage(sharp, new TextEncoder().encode('hello'), 'notes.txt')
    await expect(attempt).rejects.toThrow(UnsupportedImageError)
    await expect(attempt).rejects.toThrow(/notes\.txt/)
  })

  it('refuses SVG, which could reach other files while rendering', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')
    await expect(decodeImage(sharp, svg, 'a.svg')).rejects.toThrow(
      /svg image, which the embedded engine does not read/,
    )
  })

  it('refuses a file whose header is broken as damaged, not as the wrong kind of file', async () => {
    const png = await (await halfBlack()).toBuffer()
    const broken = Uint8Array.from(png)
    broken.fill(0xff, 8, 33)
    const attempt = decodeImage(sharp, broken, 'broken.png')
    await expect(attempt).rejects.toThrow(ImageDamagedError)
    await expect(attempt).rejects.toThrow(/broken\.png is a damaged PNG file: its header cannot be read/)
  })

  it('refuses a truncated file as damaged', async () => {
    const png = await (await halfBlack()).toBuffer()
    await expect(decodeImage(sharp, png.subarray(0, png.length - 40), 'cut.png')).rejects.toThrow(
      /damaged or truncated PNG/,
    )
  })

  it('refuses an image beyond the pixel limit as too large', async () => {
    // A small PNG whose header claims 20000 × 20000 pixels: refused before any pixel is decoded.
    const png = Buffer.from(await (await halfBlack()).toBuffer())
    png.writeUInt32BE(20000, 16)
    png.writeUInt32BE(20000, 20)
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
    const attempt = decodeImage(sharp, png, 'huge.png')
    await expect(attempt).rejects.toThrow(ImageTooLargeError)
    await expect(attempt).rejects.toThrow(
      'huge.png is 20000×20000 pixels (400 million), more than the embedded engine accepts (268 million).',
    )
  })

  it("decodes a BMP, which libvips cannot, with core's decoder, and refuses a huge one from its header", async () => {
    // A 2×1 24-bit bitmap, bottom-up: red, then blue; rows padded to four bytes.
    const bmp = bitmap(2, 1, [0, 0, 255, 255, 0, 0, 0, 0])
    const image = await decodeImage(sharp, bmp, 'scan.bmp')
    expect({ width: image.width, height: image.height, data: [...image.data] }).toEqual({
      width: 2,
      height: 1,
      data: [255, 0, 0, 0, 0, 255],
    })
    await expect(decodeImage(sharp, bitmap(30_000, 30_000, []), 'huge.bmp')).rejects.toThrow(
      'huge.bmp is 30000×30000 pixels (900 million)',
    )
  })
})

/** A 24-bit Windows bitmap of `width` × `height` pixels whose stored rows are `pixels`. */
function bitmap(width: number, height: number, pixels: number[]): Uint8Array {
  const bytes = new Uint8Array(54 + pixels.length)
  const view = new DataView(bytes.buffer)
  bytes.set([0x42, 0x4d])
  view.setUint32(2, bytes.length, true)
  view.setUint32(10, 54, true)
  view.setUint32(14, 40, true)
  view.setInt32(18, width, true)
  view.setInt32(22, height, true)
  view.setUint16(26, 1, true)
  view.setUint16(28, 24, true)
  bytes.set(pixels, 54)
  return bytes
}
