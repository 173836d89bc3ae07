/** The few TIFF tags tiqu needs: the image size, and the EXIF orientation (1–8). */
export interface TiffTags {
  width?: number
  height?: number
  orientation?: number
}

const imageWidthTag = 0x0100
const imageLengthTag = 0x0101
const orientationTag = 0x0112
const shortType = 3
const longType = 4

/**
 * Reads the first image directory of a TIFF structure starting at `start`: a TIFF file, or the EXIF
 * block of a JPEG, PNG or WebP (EXIF is a TIFF structure). Only the first directory is read, so the
 * cost does not grow with the file. Undefined when the bytes are not a TIFF structure (BigTIFF included).
 */
export function readTiffTags(bytes: Uint8Array, start = 0, end = bytes.length): TiffTags | undefined {
  if (end - start < 8) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, end - start)
  const order = view.getUint16(0)
  if (order !== 0x4949 && order !== 0x4d4d) return undefined
  const little = order === 0x4949
  if (view.getUint16(2, little) !== 42) return undefined
  const directory = view.getUint32(4, little)
  if (directory + 2 > view.byteLength) return undefined
  const count = view.getUint16(directory, little)
  const tags: TiffTags = {}
  for (let index = 0; index < count; index++) {
    const entry = directory + 2 + index * 12
    if (entry + 12 > view.byteLength) break
    const tag = view.getUint16(entry, little)
    const type = view.getUint16(entry + 2, little)
    // A SHORT value sits in the first two bytes of the value field, a LONG fills all four.
    const value =
      type === shortType
        ? view.getUint16(entry + 8, little)
        : type === longType
          ? view.getUint32(entry + 8, little)
          : undefined
    if (value === undefined) continue
    if (tag === imageWidthTag) tags.width = value
    else if (tag === imageLengthTag) tags.height = value
    else if (tag === orientationTag) tags.orientation = value
  }
  return tags
}
