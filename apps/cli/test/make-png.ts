import { crc32, deflateSync } from 'node:zlib'

// Qwen-OCR wants both sides over 10 pixels; tiqu refuses smaller images before sending them.
const side = 32

/**
 * A 32×32 PNG filled with the colour numbered `index`: real image bytes, distinct per index, so a batch
 * of them is a batch of distinct documents (the fake server tells documents apart by their bytes).
 */
export function makePng(index: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(2, 9) // truecolour
  const row = Buffer.alloc(1 + side * 3)
  for (let x = 0; x < side; x++) row.set([(index >> 16) & 0xff, (index >> 8) & 0xff, index & 0xff], 1 + x * 3)
  const pixels = Buffer.concat(Array.from({ length: side }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * A PNG whose header claims `side` × `side` pixels, with a few bytes of data: what a decompression
 * bomb looks like to a reader that checks the header before decoding.
 */
export function makeHugePng(side: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.writeUInt8(8, 8)
  header.writeUInt8(0, 9) // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const checksum = Buffer.alloc(4)
  checksum.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, checksum])
}
