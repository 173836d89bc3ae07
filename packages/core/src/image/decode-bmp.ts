import { ImageDamagedError } from '../errors/image-damaged-error.js'
import { UnsupportedImageError } from '../errors/unsupported-image-error.js'

/** A decoded image: 8-bit RGB, row by row from the top, as sharp's `raw` input takes it. */
export interface RawRgbImage {
  data: Uint8Array
  width: number
  height: number
}

/**
 * Decodes an uncompressed Windows bitmap (1, 4, 8, 16, 24 or 32 bits a pixel, with or without
 * bit-field masks, bottom-up or top-down), the kind scanners and screenshot tools write; libvips,
 * under sharp, has no BMP reader. Compressed bitmaps (RLE, or JPEG/PNG inside) are refused
 * (`UnsupportedImageError`), and a file cut short is an `ImageDamagedError`. The caller checks the
 * pixel count first: the decoded image takes three bytes a pixel.
 */
export function decodeBmp(bytes: Uint8Array, source: string): RawRgbImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const refuse = (reason: string) =>
    new UnsupportedImageError(
      `'${source}' is a BMP image tiqu cannot read: ${reason}. Convert it to PNG first.`,
    )
  const truncated = () =>
    new ImageDamagedError(
      `'${source}' is a BMP image cut short: the file ends before its pixels do. Copy or export it again.`,
    )
  if (bytes.length < 54) throw truncated()
  const headerSize = view.getUint32(14, true)
  if (headerSize < 40 || bytes.length < 14 + headerSize)
    throw refuse('its header is of an old or unknown kind')
  const width = view.getInt32(18, true)
  const storedHeight = view.getInt32(22, true)
  const height = Math.abs(storedHeight)
  const bitsPerPixel = view.getUint16(28, true)
  const compression = view.getUint32(30, true)
  if (width <= 0 || height === 0) throw refuse('it has no pixels')
  if (![1, 4, 8, 16, 24, 32].includes(bitsPerPixel))
    throw refuse(`${bitsPerPixel} bits a pixel are not supported`)
  const bitFields = compression === 3 || compression === 6
  if (compression !== 0 && !bitFields) throw refuse('it is compressed (RLE, or JPEG or PNG inside a BMP)')

  const masks = bitFields
    ? [view.getUint32(54, true), view.getUint32(58, true), view.getUint32(62, true)]
    : bitsPerPixel === 16
      ? [0x7c00, 0x03e0, 0x001f]
      : [0xff0000, 0x00ff00, 0x0000ff]
  // With the 40-byte header the three masks follow it, before the palette.
  const paletteStart = 14 + headerSize + (bitFields && headerSize === 40 ? 12 : 0)
  const paletteSize = view.getUint32(46, true) || 2 ** Math.min(bitsPerPixel, 8)
  const pixelStart = view.getUint32(10, true)
  const stride = Math.ceil((bitsPerPixel * width) / 32) * 4
  if (pixelStart + stride * height > bytes.length) throw truncated()

  const data = new Uint8Array(width * height * 3)
  const channels = masks.map(maskToChannel)
  for (let row = 0; row < height; row++) {
    // Positive heights are stored bottom-up.
    const rowStart = pixelStart + stride * (storedHeight > 0 ? height - 1 - row : row)
    for (let column = 0; column < width; column++) {
      const target = (row * width + column) * 3
      if (bitsPerPixel <= 8) {
        const bitOffset = column * bitsPerPixel
        const byte = bytes[rowStart + (bitOffset >> 3)] as number
        const index = (byte >> (8 - bitsPerPixel - (bitOffset & 7))) & ((1 << bitsPerPixel) - 1)
        const entry = paletteStart + 4 * Math.min(index, paletteSize - 1)
        // Palette entries are blue, green, red, reserved.
        data[target] = bytes[entry + 2] ?? 0
        data[target + 1] = bytes[entry + 1] ?? 0
        data[target + 2] = bytes[entry] ?? 0
        continue
      }
      const offset = rowStart + column * (bitsPerPixel / 8)
      const value =
        bitsPerPixel === 16
          ? view.getUint16(offset, true)
          : bitsPerPixel === 24
            ? (bytes[offset] as number) |
              ((bytes[offset + 1] as number) << 8) |
              ((bytes[offset + 2] as number) << 16)
            : view.getUint32(offset, true)
      for (let channel = 0; channel < 3; channel++)
        data[target + channel] = (channels[channel] as (value: number) => number)(value)
    }
  }
  return { data, width, height }
}

/** A function reading one 8-bit channel out of a pixel value through its bit mask. */
function maskToChannel(mask: number): (value: number) => number {
  if (mask === 0) return () => 0
  let shift = 0
  while (((mask >>> shift) & 1) === 0) shift++
  const maximum = mask >>> shift
  return (value) => Math.round((((value & mask) >>> shift) * 255) / maximum)
}
