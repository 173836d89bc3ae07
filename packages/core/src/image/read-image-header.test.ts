import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { bmp, heicContainer, hugePng, marked, pngHeaderOnly } from './__fixtures__/make-images.js'
import { readImageHeader } from './read-image-header.js'

const plain = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#8a5' } })

describe('readImageHeader', () => {
  it.each([
    ['jpeg', (image: sharp.Sharp) => image.jpeg()],
    ['progressive jpeg', (image: sharp.Sharp) => image.jpeg({ progressive: true })],
    ['png', (image: sharp.Sharp) => image.png()],
    ['lossy webp', (image: sharp.Sharp) => image.webp()],
    ['lossless webp', (image: sharp.Sharp) => image.webp({ lossless: true })],
    ['webp with alpha', (image: sharp.Sharp) => image.ensureAlpha().webp()],
    ['tiff', (image: sharp.Sharp) => image.tiff()],
    ['gif', (image: sharp.Sharp) => image.gif()],
    ['avif', (image: sharp.Sharp) => image.avif()],
  ])('reads the size of a real %s, as sharp does', async (_name, encode) => {
    for (const [width, height] of [
      [1305, 810],
      [37, 4001],
    ] as const) {
      const bytes = await encode(plain(width, height)).toBuffer()
      const metadata = await sharp(bytes).metadata()
      expect(readImageHeader(bytes)).toEqual({
        format: metadata.format === 'heif' ? 'avif' : metadata.format,
        width: metadata.width,
        height: metadata.height,
        orientation: 1,
      })
    }
  })

  it('reads the EXIF orientation of a JPEG, WebP and PNG and gives the size as seen upright', async () => {
    for (const encode of [
      (image: sharp.Sharp) => image.jpeg(),
      (image: sharp.Sharp) => image.webp(),
      (image: sharp.Sharp) => image.png(),
    ]) {
      const bytes = await encode(marked(300, 200)).withMetadata({ orientation: 6 }).toBuffer()
      expect((await sharp(bytes).metadata()).orientation).toBe(6)
      expect(readImageHeader(bytes)).toMatchObject({ width: 200, height: 300, orientation: 6 })
      const mirrored = await encode(marked(300, 200)).withMetadata({ orientation: 2 }).toBuffer()
      expect(readImageHeader(mirrored)).toMatchObject({ width: 300, height: 200, orientation: 2 })
    }
  })

  it('reads a BMP, top-down or bottom-up', () => {
    const bytes = bmp(40, 30, () => [255, 0, 0])
    expect(readImageHeader(bytes)).toEqual({ format: 'bmp', width: 40, height: 30, orientation: 1 })
    const topDown = Buffer.from(bytes)
    topDown.writeInt32LE(-30, 22)
    expect(readImageHeader(topDown)).toMatchObject({ width: 40, height: 30 })
  })

  it("reads a HEIC's full size from its largest ispe, turned by irot, without its coded data", () => {
    expect(readImageHeader(heicContainer(4032, 3024))).toEqual({
      format: 'heic',
      width: 4032,
      height: 3024,
      orientation: 1,
    })
    expect(readImageHeader(heicContainer(4032, 3024, 1))).toMatchObject({ width: 3024, height: 4032 })
  })

  it('reads the claimed size of a 30000×30000 PNG from its first 24 bytes', () => {
    expect(readImageHeader(pngHeaderOnly(30_000, 30_000))).toMatchObject({ width: 30_000, height: 30_000 })
    expect(readImageHeader(hugePng(30_000))).toMatchObject({ format: 'png', width: 30_000, height: 30_000 })
  })

  it('gives undefined for damaged headers and for what is not an image', async () => {
    const jpeg = await plain(64, 48).jpeg().toBuffer()
    // The start of the file, cut before the frame header.
    expect(readImageHeader(jpeg.subarray(0, 20))).toBeUndefined()
    // A JPEG start followed by noise, and one whose scan comes before any frame header.
    expect(
      readImageHeader(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...new Array(40).fill(7)])),
    ).toBeUndefined()
    expect(readImageHeader(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 4, 0, 0, 0, 0, 0, 0]))).toBeUndefined()
    // A PNG signature without its header chunk, and a header claiming no pixels.
    expect(readImageHeader(pngHeaderOnly(10, 10).subarray(0, 16))).toBeUndefined()
    expect(readImageHeader(pngHeaderOnly(0, 10))).toBeUndefined()
    expect(readImageHeader(new TextEncoder().encode('hello, this is text'))).toBeUndefined()
    expect(readImageHeader(new Uint8Array())).toBeUndefined()
  })
})
