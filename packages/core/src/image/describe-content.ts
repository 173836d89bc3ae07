import { isoBrands } from './sniff-image-type.js'

/** The formats tiqu reads, as the error messages list them: Qwen-OCR's own, and two it converts. */
export const supportedImageFormats = 'JPEG, PNG, WEBP, BMP, TIFF, HEIC, and GIF and AVIF (converted)'

/**
 * What some bytes that are not a supported image look like, in words for an error message
 * ("a PDF document", "text", "an empty file"), so the user learns what they passed, not only that it failed.
 */
export function describeContent(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'an empty file'
  const head = latin1(bytes.subarray(0, 512))
  if (head.startsWith('%PDF-')) return 'a PDF document'
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'a GIF image'
  if (head.startsWith('PK\u0003\u0004')) return 'a ZIP archive (or a .docx/.xlsx/.pptx document)'
  if (head.startsWith('\u0000\u0000\u0000\u000cjP  ') || head.startsWith('\u00ff\u004f\u00ff\u0051')) {
    return 'a JPEG 2000 image'
  }
  if (head.startsWith('\u0000\u0000\u0001\u0000')) return 'an ICO icon'
  const [major] = isoBrands(bytes)
  if (major === 'avif' || major === 'avis') return 'an AVIF image'
  if (major !== undefined) return `an ISO media file (brand '${major.trim()}'), likely a video`
  const text = decodeText(bytes.subarray(0, 4096))
  if (text !== undefined) {
    const start = text.trimStart().slice(0, 256).toLowerCase()
    if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg')))
      return 'an SVG image'
    if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'an HTML page'
    return 'text'
  }
  const hex = Array.from(bytes.subarray(0, 8), (value) => value.toString(16).padStart(2, '0')).join(' ')
  return `unrecognised binary data (starting ${hex})`
}

// Text is valid UTF-8 without control characters other than whitespace; the cut at 4096 bytes may
// split a character, so a trailing incomplete sequence is forgiven.
function decodeText(bytes: Uint8Array): string | undefined {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
  } catch {
    return undefined
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what tell binary from text
  return /[\u0000-\u0008\u000e-\u001f\u007f]/.test(text) ? undefined : text
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes)
}
