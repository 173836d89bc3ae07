/**
 * True when bytes are a PDF document: `%PDF-` within the first kilobyte, where readers look for it
 * (some files carry a few bytes of junk before it). Lets a caller send PDFs to `renderPdfPages` and
 * everything else to `resolveImage`.
 */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024)
  for (let index = 0; index + 5 <= head.length; index++) {
    if (
      head[index] === 0x25 &&
      head[index + 1] === 0x50 &&
      head[index + 2] === 0x44 &&
      head[index + 3] === 0x46 &&
      head[index + 4] === 0x2d
    ) {
      return true
    }
  }
  return false
}
