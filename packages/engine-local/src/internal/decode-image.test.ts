import { crc32 } from 'node:zlib'
import { ImageTooLargeError, UnsupportedImageError } from '@tiqu/core'
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

  it('refuses a truncated file as damaged', async () => {
    const png = await (await halfBlack()).toBuffer()
    await expect(decodeImage(sharp, png.subarray(0, png.length - 40), 'cut.png')).rejects.toThrow(
      /truncated or damaged/,
    )
  })

  it('refuses an image beyond the pixel limit as too large', async () => {
    // A small PNG whose header claims 20000 × 20000 pixels: refused before any pixel is decoded.
    const png = Buffer.from(await (await halfBlack()).toBuffer())
    png.writeUInt32BE(20000, 16)
    png.writeUInt32BE(20000, 20)
    png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
    await expect(decodeImage(sharp, png, 'huge.png')).rejects.toThrow(ImageTooLargeError)
  })
})
