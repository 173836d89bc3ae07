import type { ImageMimeType } from '../engine/types.js'

// HEIF brands Qwen-OCR's "HEIC" covers: HEVC-coded images and sequences, and the generic
// `mif1`/`msf1` structural brands when an HEVC brand is among the compatible ones.
const hevcBrands = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs'])
const structuralBrands = new Set(['mif1', 'msf1'])
// Header sizes a real BMP carries at offset 14 (BITMAPCOREHEADER … BITMAPV5HEADER); "BM" alone
// also starts plenty of text files.
const bmpInfoHeaderSizes = new Set([12, 16, 40, 52, 56, 64, 108, 124])

/**
 * The image format of some bytes, read from their magic numbers; never from a file name, so a text
 * file named `.jpg` is not mistaken for a JPEG. Undefined when the bytes are none of the formats
 * Qwen-OCR accepts (JPEG, PNG, WEBP, BMP, TIFF, HEIC/HEIF).
 */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp'
  if (isBmp(bytes)) return 'image/bmp'
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'image/tiff'
  if (isHeif(bytes)) return 'image/heic'
  return undefined
}

function isBmp(bytes: Uint8Array): boolean {
  if (bytes.length < 18 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) return false
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return bmpInfoHeaderSizes.has(view.getUint32(14, true))
}

/** The brands of an ISO-BMFF `ftyp` box (HEIF, AVIF, MP4…), major brand first; empty when there is none. */
export function isoBrands(bytes: Uint8Array): string[] {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return []
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const boxSize = Math.min(view.getUint32(0), bytes.length)
  const brands = [ascii(bytes, 8, 4)]
  // Offset 12 holds the minor version; compatible brands follow, four bytes each.
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(bytes, offset, 4))
  return brands
}

function isHeif(bytes: Uint8Array): boolean {
  const [major, ...compatible] = isoBrands(bytes)
  if (major === undefined) return false
  if (hevcBrands.has(major)) return true
  return structuralBrands.has(major) && compatible.some((brand) => hevcBrands.has(brand))
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, index) => bytes[index] === value)
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  if (bytes.length < start + length) return ''
  return String.fromCharCode(...bytes.subarray(start, start + length))
}
