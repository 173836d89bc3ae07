import type { ImageFormat } from './read-image-header.js'

// How far back from the end the closing marker is looked for: writers pad files with zeros or
// newlines, and cameras append a few bytes of their own.
const tailBytes = 64

/**
 * True when an image's bytes stop before its format's end: a JPEG without its end-of-image marker, a
 * PNG without its IEND chunk, a WebP shorter than its RIFF header says. Such a file is usually a
 * download or copy cut short; a decoder then reads only the top of the page, or refuses it. Checked
 * from the last bytes only, so it costs nothing; a positive is confirmed by decoding before the
 * image is refused. Other formats are not checked (false).
 */
export function looksTruncated(bytes: Uint8Array, format: ImageFormat): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - tailBytes))
  if (format === 'jpeg') return !includes(tail, [0xff, 0xd9])
  // The IEND chunk's type and its fixed CRC.
  if (format === 'png') return !includes(tail, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82])
  if (format === 'webp' && bytes.length >= 8) {
    const declared = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true)
    return bytes.length < declared + 8
  }
  return false
}

function includes(haystack: Uint8Array, needle: number[]): boolean {
  outer: for (let start = haystack.length - needle.length; start >= 0; start--) {
    for (let index = 0; index < needle.length; index++)
      if (haystack[start + index] !== needle[index]) continue outer
    return true
  }
  return false
}
