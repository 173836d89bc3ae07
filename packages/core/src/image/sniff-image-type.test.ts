import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { describeContent } from './describe-content.js'
import { sniffImageType } from './sniff-image-type.js'

const pixel = () => sharp({ create: { width: 2, height: 2, channels: 3, background: '#c33' } })

function ftyp(major: string, compatible: string[]): Uint8Array {
  const brands = [major, '\0\0\0\0', ...compatible].join('')
  const size = 8 + brands.length
  return new Uint8Array([0, 0, 0, size, ...Buffer.from(`ftyp${brands}`, 'latin1'), 0, 0, 0, 8])
}

function bmpHeader(infoSize: number): Uint8Array {
  const bytes = new Uint8Array(54)
  bytes.set([0x42, 0x4d])
  new DataView(bytes.buffer).setUint32(14, infoSize, true)
  return bytes
}

describe('sniffImageType', () => {
  it('recognises real JPEG, PNG, WEBP and TIFF files by their bytes', async () => {
    expect(sniffImageType(await pixel().jpeg().toBuffer())).toBe('image/jpeg')
    expect(sniffImageType(await pixel().png().toBuffer())).toBe('image/png')
    expect(sniffImageType(await pixel().webp().toBuffer())).toBe('image/webp')
    expect(sniffImageType(await pixel().tiff().toBuffer())).toBe('image/tiff')
    expect(sniffImageType(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('image/tiff')
  })

  it('recognises a BMP by its info-header size, not by "BM" alone', () => {
    expect(sniffImageType(bmpHeader(40))).toBe('image/bmp')
    expect(sniffImageType(bmpHeader(124))).toBe('image/bmp')
    expect(
      sniffImageType(new TextEncoder().encode('BMW drivers love this long enough line of text')),
    ).toBeUndefined()
  })

  it('recognises HEIC and HEIF by their ftyp brands, and refuses AVIF and MP4', () => {
    expect(sniffImageType(ftyp('heic', ['mif1', 'heic']))).toBe('image/heic')
    expect(sniffImageType(ftyp('mif1', ['heic']))).toBe('image/heic')
    expect(sniffImageType(ftyp('avif', ['mif1', 'miaf']))).toBeUndefined()
    expect(sniffImageType(ftyp('mif1', ['avif', 'miaf']))).toBeUndefined()
    expect(sniffImageType(ftyp('isom', ['mp41']))).toBeUndefined()
  })

  it('refuses text, PDF, GIF and empty input', async () => {
    expect(sniffImageType(new Uint8Array())).toBeUndefined()
    expect(sniffImageType(new TextEncoder().encode('hello'))).toBeUndefined()
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7\n'))).toBeUndefined()
    expect(sniffImageType(await pixel().gif().toBuffer())).toBeUndefined()
  })
})

describe('describeContent', () => {
  it('says what non-images look like', async () => {
    expect(describeContent(new Uint8Array())).toBe('an empty file')
    expect(describeContent(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ'))).toBe('a PDF document')
    expect(describeContent(await pixel().gif().toBuffer())).toBe('a GIF image')
    expect(describeContent(ftyp('avif', ['mif1']))).toBe('an AVIF image')
    expect(describeContent(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="x"/>'))).toBe(
      'an SVG image',
    )
    expect(describeContent(new TextEncoder().encode('<!DOCTYPE html><html></html>'))).toBe('an HTML page')
    expect(describeContent(new TextEncoder().encode('车次 G1234\n二等座'))).toBe('text')
    expect(describeContent(new Uint8Array([0, 1, 2, 3, 250, 251]))).toMatch(
      /^unrecognised binary data \(starting 00 01 02 03/,
    )
  })
})
