import type { ResolvedImage } from '../engine/types.js'
import { AbortedError } from '../errors/aborted-error.js'
import { PdfUnreadableError } from '../errors/pdf-unreadable-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import { defaultMaxInputPixels } from './assert-pixel-limit.js'
import { encodeForUpload } from './encode-for-upload.js'
import { loadPdfjs, type Pdfjs, pdfjsAssets } from './load-pdfjs.js'
import { loadSharp } from './load-sharp.js'
import { maxDataUrlBytes as apiMaxDataUrlBytes } from './to-data-url.js'

/** Options of {@link renderPdfPages}. */
export interface RenderPdfPagesOptions {
  /**
   * What the pages' `source` starts with, e.g. the file name; page 2 is `<source>#page=2`.
   * @default 'bytes'
   */
  source?: string
  /**
   * Resolution pages are rendered at, in dots per inch: an A4 page at 200 dpi is 1654×2339 pixels.
   * @default 200
   */
  dpi?: number
  /**
   * The most pixels a page image may have; a page larger than this at `dpi` (a poster, a drawing) is
   * rendered at a lower resolution. Set it to the request's `max_pixels` so no page is larger than
   * the model reads it.
   * @default 8_388_608 (qwen-vl-ocr-2025-11-20's default max_pixels)
   */
  maxPixels?: number
  /**
   * The password of an encrypted PDF.
   * @default none: a PDF that needs one is refused, saying so
   */
  password?: string
  /**
   * The largest data URL a page may become; a page whose PNG is larger is sent as JPEG.
   * @default 10_485_760 (the API's limit)
   */
  maxDataUrlBytes?: number
  /**
   * Images inside the PDF with more pixels than this are not drawn (a decompression bomb in a PDF).
   * @default 100_000_000
   */
  maxInputPixels?: number
  /**
   * Stops rendering between pages, with an `AbortedError`.
   * @default none
   */
  signal?: AbortSignal
}

/** One rendered page of a PDF. */
export interface PdfPage {
  /** The page number, from 1. */
  page: number
  /** How many pages the document has. */
  pageCount: number
  /** The page as an image, `source` ending in `#page=<n>`. */
  image: ResolvedImage
}

// pdf.js's canvas factory in Node; typed here because pdf.js types it as `Object`.
interface CanvasFactory {
  create(width: number, height: number): { canvas: unknown; context: CanvasContext }
  destroy(canvasAndContext: { canvas: unknown; context: CanvasContext }): void
}
interface CanvasContext {
  getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray }
}

type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>
// pdf.js types its canvas parameter with the DOM's HTMLCanvasElement, which Node's types lack.
type RenderCanvas = Parameters<Awaited<ReturnType<PdfDocument['getPage']>>['render']>[0]['canvas']

/**
 * Renders a PDF page by page, each page a document of its own: PNG (JPEG when a page's PNG would not
 * fit a data URL), upright as the PDF says, at `dpi` but never above `maxPixels`, white where the page
 * is blank. Pages are rendered one at a time as they are asked for, so a long PDF never holds more
 * than one page image and stopping early renders nothing more.
 *
 * Uses pdf.js (pdfjs-dist's Node build, with @napi-rs/canvas), loaded on the first call; fonts that
 * are not embedded come from pdf.js's own standard fonts and CMaps, so no system font is needed.
 * An unreadable PDF, an encrypted one without (or with a wrong) password, or a page that fails to
 * render is a `PdfUnreadableError` saying which.
 */
export async function* renderPdfPages(
  bytes: Uint8Array,
  options: RenderPdfPagesOptions = {},
): AsyncGenerator<PdfPage, void, undefined> {
  const source = options.source ?? 'bytes'
  const dpi = options.dpi ?? 200
  const maxPixels = options.maxPixels ?? 8192 * 32 * 32
  const [pdfjs, sharp] = await Promise.all([loadPdfjs(), loadSharp()])
  const assets = pdfjsAssets()
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the buffer it is given; the caller keeps theirs.
    data: new Uint8Array(bytes),
    ...(options.password !== undefined ? { password: options.password } : {}),
    // Errors only: pdf.js logs warnings with console.log, which would mix with results on stdout.
    verbosity: 0,
    enableXfa: false,
    useSystemFonts: false,
    maxImageSize: options.maxInputPixels ?? defaultMaxInputPixels,
    ...assets,
  })
  let document: Awaited<typeof task.promise>
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy()
    throw unreadable(error, source)
  }
  try {
    const factory = document.canvasFactory as CanvasFactory
    for (let number = 1; number <= document.numPages; number++) {
      if (options.signal?.aborted) {
        throw new AbortedError(`Rendering '${source}' was aborted before page ${number}.`, {
          cause: options.signal.reason,
        })
      }
      const pageSource = `${source}#page=${number}`
      let encoded: Awaited<ReturnType<typeof encodeForUpload>>
      const page = await document.getPage(number)
      try {
        const natural = page.getViewport({ scale: 1 })
        const scale = Math.min(dpi / 72, Math.sqrt(maxPixels / (natural.width * natural.height)))
        const viewport = page.getViewport({ scale })
        const width = Math.max(1, Math.floor(viewport.width))
        const height = Math.max(1, Math.floor(viewport.height))
        const canvasAndContext = factory.create(width, height)
        try {
          await page.render({
            canvas: canvasAndContext.canvas as RenderCanvas,
            viewport,
            intent: 'print',
          }).promise
          const { data } = canvasAndContext.context.getImageData(0, 0, width, height)
          const pixels = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
            raw: { width, height, channels: 4 },
          })
          encoded = await encodeForUpload(pixels, {
            lossless: true,
            source: pageSource,
            maxDataUrlBytes: options.maxDataUrlBytes ?? apiMaxDataUrlBytes,
          })
        } finally {
          factory.destroy(canvasAndContext)
        }
      } catch (error) {
        throw renderFailure(error, number, source)
      } finally {
        page.cleanup()
      }
      yield {
        page: number,
        pageCount: document.numPages,
        image: { kind: 'bytes', bytes: encoded.bytes, mimeType: encoded.mimeType, source: pageSource },
      }
    }
  } finally {
    await document.destroy()
  }
}

function unreadable(error: unknown, source: string): Error {
  if (TiquError.isInstance(error)) return error
  const name = (error as { name?: string } | undefined)?.name
  const code = (error as { code?: number } | undefined)?.code
  if (name === 'PasswordException') {
    // pdf.js's PasswordResponses: 1 needs a password, 2 the password given is wrong.
    return new PdfUnreadableError(
      code === 2
        ? `The password given for '${source}' is wrong. Check it, or decrypt the PDF first.`
        : `'${source}' is an encrypted PDF that needs a password to open. Pass its password, or decrypt it first ` +
            '(for example `qpdf --decrypt --password=... in.pdf out.pdf`).',
      { cause: error },
    )
  }
  return new PdfUnreadableError(
    `'${source}' is not a readable PDF (${describe(error)}): it is damaged, cut short, or not a PDF at all. ` +
      'Open it in a PDF viewer to check, or export it again.',
    { cause: error },
  )
}

function renderFailure(error: unknown, page: number, source: string): Error {
  if (TiquError.isInstance(error)) return error
  // pdf.js draws on @napi-rs/canvas, its optional dependency; npm skips it where no binary exists.
  if (/@napi-rs\/canvas/.test(describe(error))) {
    return new TiquError(
      'TIQU_INTERNAL',
      `Rendering '${source}' needs @napi-rs/canvas, pdfjs-dist's optional dependency, which is not installed ` +
        `(${describe(error)}). Install it (npm install @napi-rs/canvas), or render the pages to images yourself.`,
      { cause: error },
    )
  }
  return new PdfUnreadableError(
    `Page ${page} of '${source}' could not be rendered (${describe(error)}). ` +
      'The PDF may be damaged; open it in a PDF viewer to check, or print it to a new PDF.',
    { cause: error },
  )
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
