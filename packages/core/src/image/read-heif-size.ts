/**
 * The size of a HEIF image (HEIC or AVIF) as it is seen: the largest `ispe` (image spatial extent)
 * property, which is the primary image's (tiles and thumbnails are smaller), with sides swapped when
 * an `irot` property turns it by a quarter. Only the `meta` box is walked; the coded data is never read.
 */
export function readHeifSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const meta = findBox(view, 0, view.byteLength, 'meta')
  // `meta` is a full box: four bytes of version and flags come before its children.
  const properties = meta && findBox(view, meta.start + 4, meta.end, 'iprp')
  const container = properties && findBox(view, properties.start, properties.end, 'ipco')
  if (!container) return undefined
  let size: { width: number; height: number } | undefined
  let quarterTurns = 0
  for (const box of boxes(view, container.start, container.end)) {
    if (box.type === 'ispe' && box.end - box.start >= 12) {
      const width = view.getUint32(box.start + 4)
      const height = view.getUint32(box.start + 8)
      if (!size || width * height > size.width * size.height) size = { width, height }
    } else if (box.type === 'irot' && box.end > box.start) {
      quarterTurns = view.getUint8(box.start) & 3
    }
  }
  if (!size) return undefined
  return quarterTurns % 2 === 1 ? { width: size.height, height: size.width } : size
}

interface Box {
  type: string
  start: number
  end: number
}

function findBox(view: DataView, start: number, end: number, type: string): Box | undefined {
  for (const box of boxes(view, start, end)) if (box.type === type) return box
  return undefined
}

function* boxes(view: DataView, start: number, end: number): Generator<Box> {
  let offset = start
  while (offset + 8 <= end) {
    let size = view.getUint32(offset)
    let header = 8
    if (size === 1) {
      if (offset + 16 > end) return
      // A 64-bit size; the boxes read here are small, so the high word is zero when the file is sane.
      if (view.getUint32(offset + 8) !== 0) return
      size = view.getUint32(offset + 12)
      header = 16
    } else if (size === 0) {
      size = end - offset
    }
    if (size < header || offset + size > end) return
    const type = String.fromCharCode(
      view.getUint8(offset + 4),
      view.getUint8(offset + 5),
      view.getUint8(offset + 6),
      view.getUint8(offset + 7),
    )
    yield { type, start: offset + header, end: offset + size }
    offset += size
  }
}
