import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImageTooLargeError } from '../errors/image-too-large-error.js'
import { InputEmptyError } from '../errors/input-empty-error.js'
import { InputNotFoundError } from '../errors/input-not-found-error.js'
import { UnsupportedImageError } from '../errors/unsupported-image-error.js'
import { resolveImage } from './resolve-image.js'
import { maxDataUrlBytes, toDataUrl } from './to-data-url.js'

// The smallest valid PNG: one transparent pixel, byte for byte.
const tinyPng = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
)

let directory: string

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'tiqu-resolve-image-'))
})

afterAll(async () => {
  await rm(directory, { recursive: true, force: true })
})

async function file(name: string, content: Uint8Array | string): Promise<string> {
  const path = join(directory, name)
  await writeFile(path, content)
  return path
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: Error) => error,
  )
}

describe('resolveImage', () => {
  it('passes http(s) URLs through untouched, as strings or URL objects', async () => {
    const url = 'https://img.alicdn.com/imgextra/i2/O1CN01ktT8451iQutqReELT_!!6000000004408-0-tps-689-487.jpg'
    expect(await resolveImage(url)).toEqual({ kind: 'url', url, source: url })
    expect(await resolveImage(new URL('http://example.com/a b.png'))).toEqual({
      kind: 'url',
      url: 'http://example.com/a%20b.png',
      source: 'http://example.com/a%20b.png',
    })
    expect(await resolveImage(url, { source: 'ticket' })).toMatchObject({ source: 'ticket' })
  })

  it('reads a real PNG and JPEG from disk with their sniffed types', async () => {
    const png = await file('tiny.png', tinyPng)
    expect(await resolveImage(png)).toEqual({
      kind: 'bytes',
      bytes: tinyPng,
      mimeType: 'image/png',
      source: png,
    })

    const jpegBytes = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer()
    // A JPEG named .png: the bytes decide, not the name.
    const jpeg = await file('actually-a-jpeg.png', jpegBytes)
    const resolved = await resolveImage(jpeg)
    expect(resolved).toMatchObject({ kind: 'bytes', mimeType: 'image/jpeg', source: jpeg })
    expect(resolved.kind === 'bytes' && Buffer.from(resolved.bytes).equals(jpegBytes)).toBe(true)
  })

  it('sniffs bytes, reads file: URLs and decodes base64 data URLs', async () => {
    expect(await resolveImage(tinyPng)).toMatchObject({
      kind: 'bytes',
      mimeType: 'image/png',
      source: 'bytes',
    })
    const png = await file('via-url.png', tinyPng)
    expect(await resolveImage(pathToFileURL(png))).toMatchObject({ kind: 'bytes', mimeType: 'image/png' })
    const dataUrl = `data:image/jpeg;base64,${Buffer.from(tinyPng).toString('base64')}`
    expect(await resolveImage(dataUrl)).toMatchObject({
      kind: 'bytes',
      mimeType: 'image/png',
      source: 'data URL',
    })
  })

  it('says a missing file does not exist and what to do', async () => {
    const missing = join(directory, 'nope.jpg')
    const error = await rejection(resolveImage(missing))
    expect(error).toBeInstanceOf(InputNotFoundError)
    expect(error.message).toBe(`File '${missing}' does not exist. Check the path, or pass an http(s) URL.`)
  })

  it('says a directory is not an image file', async () => {
    const error = await rejection(resolveImage(directory))
    expect(error).toBeInstanceOf(InputNotFoundError)
    expect(error.message).toContain('is a directory, not an image file')
  })

  it('refuses a text file named .jpg, saying it looks like text and listing the formats', async () => {
    const fake = await file('ticket.jpg', 'train G1234, seat 05A\n')
    const error = await rejection(resolveImage(fake))
    expect(error).toBeInstanceOf(UnsupportedImageError)
    expect(error.message).toBe(
      `'${fake}' is not an image tiqu can read: it looks like text. Supported formats: JPEG, PNG, WEBP, BMP, TIFF, HEIC, and GIF and AVIF (converted).`,
    )
  })

  it('refuses an empty file and a PDF, with advice for the PDF', async () => {
    const empty = await file('empty.png', new Uint8Array())
    const emptyError = await rejection(resolveImage(empty))
    expect(emptyError).toBeInstanceOf(InputEmptyError)
    expect((emptyError as InputEmptyError).code).toBe('TIQU_INPUT_EMPTY')
    expect(emptyError.message).toBe(
      `'${empty}' is empty (0 bytes): there is no image to read. Check that it was copied or downloaded completely.`,
    )

    const pdf = await file('scan.jpg', '%PDF-1.4\n1 0 obj\n')
    const pdfError = await rejection(resolveImage(pdf))
    expect(pdfError.message).toContain('it looks like a PDF document')
    expect(pdfError.message).toContain('`tiqu extract` and `extractMany` read a PDF file page by page')
  })

  it('converts a GIF (first frame) to PNG and an AVIF to JPEG, which the API does not take, keeping their size', async () => {
    const gif = await sharp({ create: { width: 120, height: 80, channels: 3, background: '#c00' } })
      .gif()
      .toBuffer()
    const fromGif = await resolveImage(await file('drawing.gif', gif))
    expect(fromGif).toMatchObject({ kind: 'bytes', mimeType: 'image/png' })
    expect(fromGif.kind === 'bytes' && (await sharp(fromGif.bytes).metadata())).toMatchObject({
      format: 'png',
      width: 120,
      height: 80,
    })
    const avif = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#08c' } })
      .avif()
      .toBuffer()
    const fromAvif = await resolveImage(avif, { source: 'photo.avif' })
    expect(fromAvif).toMatchObject({ kind: 'bytes', mimeType: 'image/jpeg', source: 'photo.avif' })
  })

  it('refuses a GIF claiming more pixels than maxInputPixels before decoding it', async () => {
    // A GIF's logical screen is 16-bit a side: 65535×65535 claimed by a 13-byte header and a trailer.
    const bomb = Uint8Array.from([...Buffer.from('GIF89a', 'latin1'), 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0x3b])
    const error = await rejection(resolveImage(bomb, { source: 'bomb.gif' }))
    expect(error).toBeInstanceOf(ImageTooLargeError)
    expect(error.message).toMatch(
      /^Image 'bomb\.gif' is 65535×65535 pixels \(4294\.8 MP\), over the limit of 100\.0 MP/,
    )
  })

  it('refuses a file whose data URL would exceed 10 MB, before any upload, saying the size and what to do', async () => {
    // A valid JPEG start followed by padding: 8 MB raw is about 10.7 MB as base64.
    const big = new Uint8Array(8 * 1024 * 1024)
    big.set([0xff, 0xd8, 0xff, 0xe0])
    const path = await file('big.jpg', big)
    const error = await rejection(resolveImage(path))
    expect(error).toBeInstanceOf(ImageTooLargeError)
    expect(error.message).toMatch(/is 8\.0 MB, 10\.7 MB as a base64 data URL; the API takes at most 10\.0 MB/)
    expect(error.message).toContain('pass a public http(s) URL')
    // The same bytes given directly fail the same way; an engine that sends no data URL may lift the limit.
    await expect(resolveImage(big)).rejects.toBeInstanceOf(ImageTooLargeError)
    await expect(resolveImage(big, { maxDataUrlBytes: Number.POSITIVE_INFINITY })).resolves.toMatchObject({
      mimeType: 'image/jpeg',
    })
  })

  it('accepts an image whose data URL is just under the limit', async () => {
    const prefix = 'data:image/jpeg;base64,'.length
    const fits = new Uint8Array(Math.floor((maxDataUrlBytes - prefix) / 4) * 3)
    fits.set([0xff, 0xd8, 0xff, 0xe0])
    const resolved = await resolveImage(fits)
    expect(resolved.kind === 'bytes' && toDataUrl(resolved).length).toBeLessThanOrEqual(maxDataUrlBytes)
    const tooBig = new Uint8Array(fits.length + 1)
    tooBig.set([0xff, 0xd8, 0xff, 0xe0])
    await expect(resolveImage(tooBig)).rejects.toBeInstanceOf(ImageTooLargeError)
  })
})

describe('toDataUrl', () => {
  it('makes a data URL with the MIME type and base64 bytes', () => {
    expect(toDataUrl({ bytes: tinyPng, mimeType: 'image/png' })).toBe(
      `data:image/png;base64,${Buffer.from(tinyPng).toString('base64')}`,
    )
  })
})
