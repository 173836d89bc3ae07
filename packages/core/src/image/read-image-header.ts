import { readHeifSize } from './read-heif-size.js'
import { readTiffTags } from './read-tiff-tags.js'
import { isoBrands } from './sniff-image-type.js'

/** What an image's header says, read without decoding a pixel. */
export interface ImageHeader {
  /** `jpeg`, `png`, `webp`, `bmp`, `tiff`, `gif`, `heic` or `avif`. */
  format: ImageFormat
  /** Width as the image is seen: after its EXIF orientation is applied. */
  width: number
  /** Height as the image is seen: after its EXIF orientation is applied. */
  height: number
  /** The EXIF orientation, 1 (upright, also when absent) to 8; 5–8 swap width and height. */
  orientation: number
}

/** Image formats whose headers tiqu reads. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'bmp' | 'tiff' | 'gif' | 'heic' | 'avif'

/**
 * Reads an image's size and EXIF orientation from its first bytes, without sharp and without decoding:
 * microseconds, so the images that need no change cost nothing to check, and a decompression bomb is
 * seen for what it is before anything allocates its pixels. Undefined when the header is missing or
 * damaged (or the format is none of {@link ImageFormat}).
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const found = readStored(bytes)
  if (!found || !(found.width > 0) || !(found.height > 0)) return undefined
  const orientation =
    found.orientation !== undefined && found.orientation >= 1 && found.orientation <= 8
      ? found.orientation
      : 1
  const turned = orientation >= 5
  return {
    format: found.format,
    width: turned ? found.height : found.width,
    height: turned ? found.width : found.height,
    orientation,
  }
}

interface Stored {
  format: ImageFormat
  width: number
  height: number
  orientation?: number | undefined
}

function readStored(bytes: Uint8Array): Stored | undefined {
  if (bytes.length < 12) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes, view)
  if (view.getUint32(0) === 0x89504e47 && view.getUint32(4) === 0x0d0a1a0a) return readPng(bytes, view)
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return readWebp(bytes, view)
  if (ascii(bytes, 0, 3) === 'GIF')
    return { format: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) }
  if (bytes[0] === 0x42 && bytes[1] === 0x4d) return readBmp(view)
  const tiff = readTiffTags(bytes)
  if (tiff?.width !== undefined && tiff.height !== undefined) {
    return { format: 'tiff', width: tiff.width, height: tiff.height, orientation: tiff.orientation }
  }
  const [major, ...compatible] = isoBrands(bytes)
  if (major !== undefined) {
    const avif = major === 'avif' || major === 'avis' || (major === 'mif1' && compatible.includes('avif'))
    const size = readHeifSize(bytes)
    if (size) return { format: avif ? 'avif' : 'heic', ...size }
  }
  return undefined
}

// Start-of-frame markers carry the size: C0–CF except C4 (Huffman tables), C8 (reserved), CC (arithmetic coding).
const startOfFrame = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

function readJpeg(bytes: Uint8Array, view: DataView): Stored | undefined {
  let orientation: number | undefined
  let offset = 2
  while (offset + 4 <= bytes.length) {
    // Decoders skip stray bytes and fill bytes before a marker; so does this.
    if (bytes[offset] !== 0xff) {
      offset++
      continue
    }
    const marker = bytes[offset + 1] as number
    if (marker === 0xff) {
      offset++
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      offset += 2
      continue
    }
    // The scan (or the end) came before any frame header: the file is damaged.
    if (marker === 0xda || marker === 0xd9) return undefined
    const length = view.getUint16(offset + 2)
    if (startOfFrame.has(marker)) {
      if (offset + 9 > bytes.length) return undefined
      return {
        format: 'jpeg',
        height: view.getUint16(offset + 5),
        width: view.getUint16(offset + 7),
        orientation,
      }
    }
    if (marker === 0xe1 && orientation === undefined && ascii(bytes, offset + 4, 6) === 'Exif\0\0') {
      orientation = readTiffTags(bytes, offset + 10, Math.min(offset + 2 + length, bytes.length))?.orientation
    }
    offset += 2 + length
  }
  return undefined
}

function readPng(bytes: Uint8Array, view: DataView): Stored | undefined {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return undefined
  const width = view.getUint32(16)
  const height = view.getUint32(20)
  let orientation: number | undefined
  // An eXIf chunk, when there is one, comes before the image data; stop at the first IDAT.
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = view.getUint32(offset)
    const type = ascii(bytes, offset + 4, 4)
    if (type === 'IDAT' || type === 'IEND') break
    if (type === 'eXIf')
      orientation = readTiffTags(bytes, offset + 8, Math.min(offset + 8 + length, bytes.length))?.orientation
    offset += 12 + length
  }
  return { format: 'png', width, height, orientation }
}

function readWebp(bytes: Uint8Array, view: DataView): Stored | undefined {
  if (bytes.length < 30) return undefined
  const chunk = ascii(bytes, 12, 4)
  if (chunk === 'VP8 ') {
    // A key frame: a 3-byte tag, the start code 9d 01 2a, then 14-bit width and height.
    if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return undefined
    return {
      format: 'webp',
      width: view.getUint16(26, true) & 0x3fff,
      height: view.getUint16(28, true) & 0x3fff,
    }
  }
  if (chunk === 'VP8L') {
    if (bytes[20] !== 0x2f) return undefined
    const bits = view.getUint32(21, true)
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk !== 'VP8X') return undefined
  const width = (view.getUint32(24, true) & 0xffffff) + 1
  const height = (view.getUint32(27, true) & 0xffffff) + 1
  let orientation: number | undefined
  // Flag 0x08: an EXIF chunk follows the image data.
  if ((bytes[20] as number) & 0x08) {
    for (let offset = 12; offset + 8 <= bytes.length; ) {
      const length = view.getUint32(offset + 4, true)
      if (ascii(bytes, offset, 4) === 'EXIF') {
        // Some writers keep JPEG's "Exif\0\0" prefix inside the chunk; the TIFF structure follows either way.
        const start = offset + 8 + (ascii(bytes, offset + 8, 6) === 'Exif\0\0' ? 6 : 0)
        orientation = readTiffTags(bytes, start, Math.min(offset + 8 + length, bytes.length))?.orientation
        break
      }
      // Chunks are padded to an even length.
      offset += 8 + length + (length & 1)
    }
  }
  return { format: 'webp', width, height, orientation }
}

function readBmp(view: DataView): Stored | undefined {
  if (view.byteLength < 26) return undefined
  const headerSize = view.getUint32(14, true)
  // The old OS/2 header stores 16-bit sides; every later one, signed 32-bit (a negative height is top-down).
  if (headerSize === 12)
    return { format: 'bmp', width: view.getUint16(18, true), height: view.getUint16(20, true) }
  return { format: 'bmp', width: view.getInt32(18, true), height: Math.abs(view.getInt32(22, true)) }
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  if (bytes.length < start + length) return ''
  return String.fromCharCode(...bytes.subarray(start, start + length))
}
