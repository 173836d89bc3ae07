import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ImageMimeType } from '../engine/types.js'
import { ImageDamagedError } from '../errors/image-damaged-error.js'
import { ImageDimensionsError } from '../errors/image-dimensions-error.js'
import { ImageTooLargeError } from '../errors/image-too-large-error.js'
import { UnsupportedImageError } from '../errors/unsupported-image-error.js'
import { bmp, heicContainer, hugePng, marked, photo, pngHeaderOnly } from './__fixtures__/make-images.js'
import { prepareImageForModel } from './prepare-image-for-model.js'

const samplePath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../examples/train-ticket.jpg',
)
const input = (bytes: Uint8Array, mimeType: ImageMimeType, source = 'page') => ({ bytes, mimeType, source })

let photoJpeg: Uint8Array

beforeAll(async () => {
  photoJpeg = await (await photo(4000, 3000)).jpeg({ quality: 92 }).toBuffer()
})

/** The colour of one pixel of an encoded image, as [r, g, b]. */
async function pixel(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true })
  const offset = (y * info.width + x) * info.channels
  return Array.from(data.subarray(offset, offset + 3))
}

describe('prepareImageForModel', () => {
  it('sends an upright image within max_pixels byte for byte, untouched', async () => {
    const sample = new Uint8Array(await readFile(samplePath))
    const prepared = await prepareImageForModel(input(sample, 'image/jpeg', 'ticket.jpg'))
    expect(prepared).toEqual({
      kind: 'bytes',
      bytes: sample,
      mimeType: 'image/jpeg',
      source: 'ticket.jpg',
      width: 1305,
      height: 810,
      changes: [],
    })
    expect(prepared.bytes).toBe(sample)
  })

  it('scales a 4000×3000 photo to the size the model reads at max_pixels 1,048,576: about a megapixel', async () => {
    const prepared = await prepareImageForModel(input(photoJpeg, 'image/jpeg'), { maxPixels: 1_048_576 })
    expect(prepared).toMatchObject({
      mimeType: 'image/jpeg',
      width: 1152,
      height: 864,
      changes: ['downscaled'],
    })
    expect(await sharp(prepared.bytes).metadata()).toMatchObject({ format: 'jpeg', width: 1152, height: 864 })
    expect(prepared.bytes.byteLength).toBeLessThan(photoJpeg.byteLength / 4)
  })

  it("uses the model's patch size: multiples of 28 for the 28-px snapshots", async () => {
    const prepared = await prepareImageForModel(input(photoJpeg, 'image/jpeg'), {
      patchSize: 28,
      maxPixels: 1_003_520,
    })
    expect([prepared.width, prepared.height]).toEqual([1148, 840])
  })

  it('sends the full image when client-side downscaling is off', async () => {
    const prepared = await prepareImageForModel(input(photoJpeg, 'image/jpeg'), {
      maxPixels: 1_048_576,
      downscale: false,
    })
    expect(prepared.bytes).toBe(photoJpeg)
    expect(prepared.changes).toEqual([])
  })

  it('labels the bytes by what they are, and converts a GIF handed over as another type', async () => {
    const png = await marked(64, 48).png().toBuffer()
    expect(await prepareImageForModel(input(png, 'image/jpeg'))).toMatchObject({
      bytes: png,
      mimeType: 'image/png',
      changes: [],
    })
    const gif = await marked(64, 48).gif().toBuffer()
    const prepared = await prepareImageForModel(input(gif, 'image/png'))
    expect(prepared).toMatchObject({
      mimeType: 'image/png',
      width: 64,
      height: 48,
      changes: ['converted'],
    })
    expect((await sharp(prepared.bytes).metadata()).format).toBe('png')
  })

  it('applies EXIF orientation: the pixels sent are upright and carry no orientation tag', async () => {
    // Stored 300×200 with the mark top-left; orientation 6 means "turn 90° clockwise to view".
    const stored = await marked(300, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer()
    const prepared = await prepareImageForModel(input(stored, 'image/jpeg'))
    expect(prepared).toMatchObject({ mimeType: 'image/jpeg', width: 200, height: 300, changes: ['oriented'] })
    const metadata = await sharp(prepared.bytes).metadata()
    expect(metadata.orientation).toBeUndefined()
    expect([metadata.width, metadata.height]).toEqual([200, 300])
    // Turned clockwise, the stored top-left corner is now top-right.
    expect(Math.max(...(await pixel(prepared.bytes, 195, 5)))).toBeLessThan(60)
    expect(Math.min(...(await pixel(prepared.bytes, 5, 5)))).toBeGreaterThan(200)
  })

  it('orients, then scales to the upright size', async () => {
    const stored = await marked(4000, 3000).jpeg().withMetadata({ orientation: 8 }).toBuffer()
    const prepared = await prepareImageForModel(input(stored, 'image/jpeg'), { maxPixels: 1_048_576 })
    expect(prepared).toMatchObject({ width: 864, height: 1152, changes: ['oriented', 'downscaled'] })
    // Orientation 8 turns 90° anticlockwise to view: the stored top-left corner is now bottom-left.
    expect(Math.max(...(await pixel(prepared.bytes, 5, 1146)))).toBeLessThan(60)
  })

  it('keeps a downscaled PNG lossless, and flattens transparency onto white', async () => {
    const transparent = await sharp({
      create: { width: 3000, height: 3000, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer()
    const prepared = await prepareImageForModel(input(transparent, 'image/png'), { maxPixels: 1_048_576 })
    expect(prepared).toMatchObject({
      mimeType: 'image/png',
      width: 1024,
      height: 1024,
      changes: ['downscaled'],
    })
    expect(await pixel(prepared.bytes, 10, 10)).toEqual([255, 255, 255])
  })

  it('converts WebP, TIFF and BMP beyond 4K, where the API takes only JPEG and PNG, and sends them as they are within 4K', async () => {
    const big = { maxPixels: 30_720_000 }
    const webp = await marked(4000, 2400).webp().toBuffer()
    expect(await prepareImageForModel(input(webp, 'image/webp'), big)).toMatchObject({
      mimeType: 'image/jpeg',
      width: 4000,
      height: 2400,
      changes: ['converted'],
    })
    const tiff = await marked(2200, 3900).tiff().toBuffer()
    expect(await prepareImageForModel(input(tiff, 'image/tiff'), big)).toMatchObject({
      mimeType: 'image/png',
      width: 2200,
      height: 3900,
      changes: ['converted'],
    })
    const smallWebp = await marked(2160, 3840).webp().toBuffer()
    expect((await prepareImageForModel(input(smallWebp, 'image/webp'), big)).bytes).toBe(smallWebp)
  })

  it('decodes BMP itself (libvips cannot) to convert or scale it, keeping its colours', async () => {
    const red = bmp(4000, 2400, (x) => (x < 2000 ? [200, 30, 30] : [30, 30, 200]))
    const prepared = await prepareImageForModel(input(red, 'image/bmp'), { maxPixels: 1_048_576 })
    expect(prepared).toMatchObject({ mimeType: 'image/png', changes: ['downscaled', 'converted'] })
    expect(await pixel(prepared.bytes, 10, 10)).toEqual([200, 30, 30])
    expect(await pixel(prepared.bytes, prepared.width - 10, 10)).toEqual([30, 30, 200])
    const small = bmp(64, 48, () => [0, 0, 0])
    expect((await prepareImageForModel(input(small, 'image/bmp'))).bytes).toBe(small)
  })

  it('sends HEIC within 4K as it is, and says what to do with one beyond 4K, which it cannot convert', async () => {
    const within = heicContainer(3000, 2000)
    expect(await prepareImageForModel(input(within, 'image/heic'))).toMatchObject({
      bytes: within,
      width: 3000,
      height: 2000,
      changes: [],
    })
    const beyond = heicContainer(4032, 3024)
    const error = await prepareImageForModel(input(beyond, 'image/heic', 'IMG_0001.HEIC')).catch(
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(UnsupportedImageError)
    expect(error.message).toMatch(
      /^'IMG_0001\.HEIC': at 4032×3024 \(beyond 4K\) the API takes only JPEG or PNG/,
    )
    expect(error.message).toContain('Convert it to JPEG or PNG first')
  })

  it('refuses a 30000×30000 PNG from its header, before decoding, naming its size and the limit', async () => {
    const bomb = hugePng(30_000)
    expect(bomb.byteLength).toBeLessThan(1_000_000)
    const before = process.memoryUsage().rss
    const error = await prepareImageForModel(input(bomb, 'image/png', 'bomb.png')).catch((caught) => caught)
    expect(error).toBeInstanceOf(ImageTooLargeError)
    expect(error.message).toBe(
      "Image 'bomb.png' is 30000×30000 pixels (900.0 MP), over the limit of 100.0 MP (maxInputPixels). It was refused " +
        'before decoding, which would take about 3.6 GB of memory. Scale it down first, or raise maxInputPixels if the image is genuine.',
    )
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024)
    // The limit is the caller's to set; a header alone is enough to be refused.
    await expect(
      prepareImageForModel(input(pngHeaderOnly(3000, 3000), 'image/png'), { maxInputPixels: 4_000_000 }),
    ).rejects.toThrow(/is 3000×3000 pixels \(9\.0 MP\), over the limit of 4\.0 MP/)
  })

  it('refuses sides of 10 pixels or fewer and aspect ratios beyond 200:1 before upload', async () => {
    const thin = await sharp({ create: { width: 300, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    await expect(prepareImageForModel(input(thin, 'image/png', 'strip.png'))).rejects.toThrow(
      "Image 'strip.png' is 300×10 pixels; Qwen-OCR needs both sides longer than 10 pixels.",
    )
    const long = await sharp({ create: { width: 40, height: 8100, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const error = await prepareImageForModel(input(long, 'image/png', 'receipt.png')).catch(
      (caught) => caught,
    )
    expect(error).toBeInstanceOf(ImageDimensionsError)
    expect(error.code).toBe('TIQU_IMAGE_DIMENSIONS')
    expect(error.message).toMatch(
      /^Image 'receipt\.png' is 40×8100 pixels, an aspect ratio of 203:1; Qwen-OCR reads at most 200:1/,
    )
  })

  it('refuses a damaged header and a file cut short, saying so', async () => {
    const garbage = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(64).fill(7)])
    await expect(prepareImageForModel(input(garbage, 'image/jpeg', 'scan.jpg'))).rejects.toThrow(
      /^'scan\.jpg' is a damaged or truncated JPEG file \(.+\)\. Copy or download it again/,
    )
    const cut = photoJpeg.subarray(0, Math.floor(photoJpeg.byteLength / 2))
    const error = await prepareImageForModel(input(cut, 'image/jpeg', 'half.jpg')).catch((caught) => caught)
    expect(error).toBeInstanceOf(ImageDamagedError)
    expect(error.code).toBe('TIQU_IMAGE_DAMAGED')
    expect(error.message).toMatch(/^'half\.jpg' is a damaged or truncated JPEG file/)
    const png = await marked(200, 200).png().toBuffer()
    await expect(
      prepareImageForModel(input(png.subarray(0, png.length - 40), 'image/png', 'cut.png')),
    ).rejects.toThrow(/^'cut\.png' is a damaged or truncated PNG file/)
  })

  it('still sends a complete file that merely has bytes after its end marker', async () => {
    const sample = new Uint8Array(await readFile(samplePath))
    const padded = Buffer.concat([sample, Buffer.alloc(200, 0x20)])
    expect((await prepareImageForModel(input(padded, 'image/jpeg'))).bytes).toBe(padded)
  })

  it('recompresses an image too large for a data URL at its size, and refuses one that stays too large', async () => {
    const heavy = await (await photo(1200, 900)).jpeg({ quality: 100 }).toBuffer()
    const limit = Math.round(heavy.byteLength * 0.9)
    const prepared = await prepareImageForModel(input(heavy, 'image/jpeg'), { maxDataUrlBytes: limit })
    expect(prepared).toMatchObject({
      mimeType: 'image/jpeg',
      width: 1200,
      height: 900,
      changes: ['recompressed'],
    })
    await expect(
      prepareImageForModel(input(heavy, 'image/jpeg', 'heavy.jpg'), { maxDataUrlBytes: 10_000 }),
    ).rejects.toThrow(/^Image 'heavy\.jpg' is .+ MB as a data URL even as a 1200×900 JPEG at quality 90/)
  })
})
