import zlib from 'node:zlib'
import sharp from 'sharp'

// Test images, made in memory: sharp for real encodings, and by hand where a test needs a file sharp
// will not write (BMP, HEIC, a PNG of 900 million pixels). Nothing here needs a font.

/**
 * A photo-like image: smooth colour fields under a fine grain, which is what makes camera JPEGs
 * large. The grain is a small noise tile repeated, so a 12-megapixel photo takes about a second.
 */
export async function photo(width: number, height: number): Promise<sharp.Sharp> {
  const base = await sharp({
    create: {
      width: 48,
      height: 36,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer()
  const grain = await sharp({
    create: {
      width: 251,
      height: 241,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 14 },
    },
  })
    .png()
    .toBuffer()
  return sharp(base, { raw: { width, height, channels: 3 } }).composite([
    { input: grain, blend: 'overlay', tile: true },
  ])
}

/** A solid image with a dark square in its top-left quarter, so orientation can be checked from pixels. */
export function marked(width: number, height: number): sharp.Sharp {
  const square = Math.max(2, Math.floor(Math.min(width, height) / 4))
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } }).composite([
    {
      input: { create: { width: square, height: square, channels: 3, background: '#000000' } },
      left: 0,
      top: 0,
    },
  ])
}

/** A real PNG of `side`×`side` one-bit pixels, all black: about 100 KB for 30000×30000. */
export function hugePng(side: number): Uint8Array {
  const row = Math.ceil(side / 8) + 1
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(side, 0)
  ihdr.writeUInt32BE(side, 4)
  ihdr.set([1, 0, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(row * side), { level: 1 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** Just the signature and header of a PNG of the given size: enough for a header check. */
export function pngHeaderOnly(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
  ])
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A 24-bit bottom-up BMP, each pixel given by `colour(x, y)` as [r, g, b]. */
export function bmp(
  width: number,
  height: number,
  colour: (x: number, y: number) => [number, number, number],
): Uint8Array {
  const stride = Math.ceil((24 * width) / 32) * 4
  const bytes = Buffer.alloc(54 + stride * height)
  bytes.write('BM', 0, 'latin1')
  bytes.writeUInt32LE(bytes.length, 2)
  bytes.writeUInt32LE(54, 10)
  bytes.writeUInt32LE(40, 14)
  bytes.writeInt32LE(width, 18)
  bytes.writeInt32LE(height, 22)
  bytes.writeUInt16LE(1, 26)
  bytes.writeUInt16LE(24, 28)
  for (let y = 0; y < height; y++) {
    const row = 54 + stride * (height - 1 - y)
    for (let x = 0; x < width; x++) {
      const [red, green, blue] = colour(x, y)
      bytes.set([blue, green, red], row + x * 3)
    }
  }
  return bytes
}

/**
 * The container of a HEIC image without coded data: `ftyp`, then `meta` holding the properties a
 * reader needs for the size (a tile's and the full image's `ispe`, and an `irot` when turned).
 */
export function heicContainer(width: number, height: number, quarterTurns = 0): Uint8Array {
  const box = (type: string, ...children: Buffer[]) => {
    const body = Buffer.concat(children)
    const size = Buffer.alloc(4)
    size.writeUInt32BE(8 + body.length)
    return Buffer.concat([size, Buffer.from(type, 'latin1'), body])
  }
  const ispe = (w: number, h: number) => {
    const body = Buffer.alloc(12)
    body.writeUInt32BE(w, 4)
    body.writeUInt32BE(h, 8)
    return box('ispe', body)
  }
  const properties = [ispe(512, 512), ispe(width, height)]
  if (quarterTurns) properties.push(box('irot', Buffer.from([quarterTurns])))
  return Buffer.concat([
    box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')),
    box('meta', Buffer.alloc(4), box('hdlr', Buffer.alloc(24)), box('iprp', box('ipco', ...properties))),
    box('mdat', Buffer.alloc(16)),
  ])
}
