import { open, readFile, stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { ResolvedImage } from '../engine/types.js'
import { InputEmptyError } from '../errors/input-empty-error.js'
import { InputNotFoundError } from '../errors/input-not-found-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import { UnsupportedImageError } from '../errors/unsupported-image-error.js'
import { defaultMaxInputPixels } from './assert-pixel-limit.js'
import { convertToAccepted } from './convert-to-accepted.js'
import { describeContent, supportedImageFormats } from './describe-content.js'
import { sniffImageType } from './sniff-image-type.js'
import { assertDataUrlFits, maxDataUrlBytes } from './to-data-url.js'

/** Options of {@link resolveImage}. */
export interface ResolveImageOptions {
  /**
   * What the result's `source` says, e.g. the name the user typed.
   * @default the path or URL as given; `'bytes'` for bytes
   */
  source?: string
  /**
   * The largest base64 data URL the image may become; larger images fail here, before any network call.
   * An engine that never sends data URLs may pass `Infinity`.
   * @default 10_485_760 (the API's per data-URL limit)
   */
  maxDataUrlBytes?: number
  /**
   * A GIF or AVIF (converted on reading) whose header claims more pixels is refused before decoding.
   * @default 100_000_000
   */
  maxInputPixels?: number
}

interface Limits {
  maxDataUrlBytes: number
  maxInputPixels: number
}

// Larger files are sniffed from their head before being read, so a video named .jpg fails at once.
const readWholeBelowBytes = 16 * 1024 * 1024

// Enough for every magic number sniffed, HEIF's brand list included.
const headBytes = 4096

/**
 * Turns an input into an image an engine can use. An http(s) URL passes through untouched (the
 * service fetches it); a path, `file:` URL, `data:` URL or bytes is read and its format sniffed from
 * its magic bytes, never from its name. A GIF (first frame) or AVIF, which the API does not take, is
 * converted to PNG or JPEG (loading sharp). Fails with a message saying what to do when the file is
 * missing, is not a supported image, or is too large to send.
 */
export async function resolveImage(
  input: string | Uint8Array | URL,
  options: ResolveImageOptions = {},
): Promise<ResolvedImage> {
  const limit: Limits = {
    maxDataUrlBytes: options.maxDataUrlBytes ?? maxDataUrlBytes,
    maxInputPixels: options.maxInputPixels ?? defaultMaxInputPixels,
  }
  if (input instanceof Uint8Array) return fromBytes(input, options.source ?? 'bytes', limit)
  const text = input instanceof URL ? input.href : input
  const isDataUrl = /^data:/i.test(text)
  // A data URL is its own content; as a source in messages and records it would be megabytes long.
  const source = options.source ?? (isDataUrl ? 'data URL' : text)
  if (/^https?:\/\//i.test(text)) return { kind: 'url', url: text, source }
  if (isDataUrl) return fromBytes(decodeDataUrl(text, source), source, limit)
  if (/^file:/i.test(text)) return fromPath(fileURLToPath(text), source, limit)
  if (input instanceof URL) {
    throw new UnsupportedImageError(
      `Cannot read '${text}': ${input.protocol} URLs are not supported. Pass an http(s) URL, a local file path, or the bytes.`,
    )
  }
  return fromPath(text, source, limit)
}

async function fromBytes(bytes: Uint8Array, source: string, limit: Limits): Promise<ResolvedImage> {
  const mimeType = sniffImageType(bytes)
  if (mimeType === undefined) {
    const converted = await convertToAccepted(bytes, { source, maxInputPixels: limit.maxInputPixels })
    if (converted === undefined) throw notAnImage(source, bytes)
    assertDataUrlFits(converted.bytes.byteLength, converted.mimeType, source, limit.maxDataUrlBytes)
    return { kind: 'bytes', ...converted, source }
  }
  assertDataUrlFits(bytes.byteLength, mimeType, source, limit.maxDataUrlBytes)
  return { kind: 'bytes', bytes, mimeType, source }
}

/**
 * A local file's bytes, read whole when it is small enough (most images are); only its size when it
 * is larger, for the caller to sniff its first bytes before reading it all. Fails with a message saying
 * what to do when the file is missing, unreadable or a directory.
 */
export async function readLocalFile(
  path: string,
  source: string,
): Promise<{ bytes: Uint8Array } | { size: number }> {
  let size: number
  try {
    const stats = await stat(path)
    if (stats.isDirectory()) {
      throw new InputNotFoundError(
        `'${source}' is a directory, not an image file. Pass the image files in it (the CLI takes folders and globs).`,
      )
    }
    size = stats.size
  } catch (error) {
    throw fileError(error, source)
  }
  // Most images are read whole at once: fewer file-system round trips per document of a batch.
  if (size > readWholeBelowBytes) return { size }
  const buffer = await readFile(path).catch((error: unknown) => {
    throw fileError(error, source)
  })
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) }
}

async function fromPath(path: string, source: string, limit: Limits): Promise<ResolvedImage> {
  const file = await readLocalFile(path, source)
  if ('bytes' in file) return fromBytes(file.bytes, source, limit)
  const { size } = file
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw fileError(error, source)
  })
  try {
    // Sniff and check the size from the first bytes and the file's length before reading it all:
    // a 2 GB video named .jpg should fail at once, not after filling memory.
    const head = new Uint8Array(Math.min(headBytes, size))
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const mimeType = sniffImageType(head.subarray(0, bytesRead))
    if (mimeType === undefined) {
      // A large GIF or AVIF is read whole and converted; anything else fails from its first bytes.
      if (!/^an? (GIF|AVIF) image$/.test(describeContent(head.subarray(0, bytesRead)))) {
        throw notAnImage(source, head.subarray(0, bytesRead))
      }
      const buffer = await handle.readFile()
      return fromBytes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), source, limit)
    }
    assertDataUrlFits(size, mimeType, source, limit.maxDataUrlBytes)
    const buffer = await handle.readFile()
    return {
      kind: 'bytes',
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
      mimeType,
      source,
    }
  } finally {
    await handle.close()
  }
}

function fileError(error: unknown, path: string): Error {
  if (TiquError.isInstance(error)) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new InputNotFoundError(`File '${path}' does not exist. Check the path, or pass an http(s) URL.`, {
      cause: error,
    })
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputNotFoundError(
      `File '${path}' cannot be read: permission denied. Check its permissions.`,
      {
        cause: error,
      },
    )
  }
  return new InputNotFoundError(
    `File '${path}' cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
    { cause: error },
  )
}

function notAnImage(source: string, bytes: Uint8Array): TiquError {
  if (bytes.byteLength === 0) {
    return new InputEmptyError(
      `'${source}' is empty (0 bytes): there is no image to read. Check that it was copied or downloaded completely.`,
    )
  }
  const looksLike = describeContent(bytes)
  const advice =
    looksLike === 'a PDF document'
      ? ' `tiqu extract` and `extractMany` read a PDF file page by page; `extract` reads one image, so render the page first (renderPdfPages in @tiqu/core, or `pdftoppm -png`).'
      : looksLike.endsWith('image')
        ? ' Convert it to PNG or JPEG first.'
        : ''
  return new UnsupportedImageError(
    `'${source}' is not an image tiqu can read: it looks like ${looksLike}. Supported formats: ${supportedImageFormats}.${advice}`,
  )
}

function decodeDataUrl(url: string, source: string): Uint8Array {
  const comma = url.indexOf(',')
  if (comma === -1 || !/;base64$/i.test(url.slice(0, comma))) {
    throw new UnsupportedImageError(
      `'${source}' is a data URL without base64 data. Pass a \`data:<mime>;base64,\` URL, a file, or the bytes.`,
    )
  }
  const buffer = Buffer.from(url.slice(comma + 1), 'base64')
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
