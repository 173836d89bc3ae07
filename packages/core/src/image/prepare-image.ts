import type { Engine, ResolvedImage } from '../engine/types.js'
import { InputNotFoundError } from '../errors/input-not-found-error.js'
import { UnsupportedImageError } from '../errors/unsupported-image-error.js'
import { isPdf } from './is-pdf.js'
import { localPathOf, readPdfInput } from './read-pdf-input.js'
import { renderPdfPages } from './render-pdf-pages.js'
import { readLocalFile, resolveImage } from './resolve-image.js'

/** The most bytes core downloads for an engine that cannot fetch URLs itself. */
const maxDownloadBytes = 50 * 1024 * 1024

/**
 * Resolves an input for an engine: URLs go through to engines that fetch them (the `qwen` service
 * does), and are downloaded for the others, so every engine reads every kind of input. A one-page PDF
 * is rendered and read as its page; a longer one is refused, pointing to `extractMany`.
 */
export async function prepareImage(
  input: string | URL | Uint8Array | ResolvedImage,
  context: { source: string; engine: Engine; signal?: AbortSignal | undefined; timeoutMs?: number },
): Promise<ResolvedImage> {
  // The 10 MB data-URL limit is the qwen service's, and its engine checks it before sending;
  // the embedded engine reads larger images.
  const limits = { source: context.source, maxDataUrlBytes: Number.POSITIVE_INFINITY }
  if (!isResolved(input)) {
    // A file is read once, then judged: a PDF or an image.
    const path = localPathOf(input)
    const file = path === undefined ? undefined : await readLocalFile(path, context.source)
    if (file && 'bytes' in file) {
      return isPdf(file.bytes) ? onlyPage(file.bytes, context) : resolveImage(file.bytes, limits)
    }
    const pdf = await readPdfInput(input)
    if (pdf) return onlyPage(pdf, context)
  }
  const image = isResolved(input) ? input : await resolveImage(input, limits)
  if (image.kind === 'bytes' || context.engine.acceptsImageUrls) return image
  const bytes = await download(image.url, context.signal, context.timeoutMs ?? 30_000)
  return resolveImage(bytes, { ...limits, source: image.source })
}

async function download(
  url: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(timeoutMs)
  let response: Response
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      redirect: 'follow',
    })
  } catch (error) {
    throw new InputNotFoundError(
      `Could not download ${url}: ${error instanceof Error ? error.message : String(error)}. Check the URL and the network, or download the image and pass the file.`,
      { cause: error },
    )
  }
  if (!response.ok) {
    throw new InputNotFoundError(
      `Could not download ${url}: the server answered ${response.status} ${response.statusText}. Check the URL.`,
    )
  }
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > maxDownloadBytes) {
    throw new InputNotFoundError(
      `Refused to download ${url}: it is ${(declared / 1048576).toFixed(1)} MB, over the ${maxDownloadBytes / 1048576} MB limit.`,
    )
  }
  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes.byteLength > maxDownloadBytes) {
    throw new InputNotFoundError(
      `Refused ${url}: it is over the ${maxDownloadBytes / 1048576} MB download limit.`,
    )
  }
  return bytes
}

function isResolved(input: unknown): input is ResolvedImage {
  return typeof input === 'object' && input !== null && 'kind' in input && 'source' in input
}

/** The page of a one-page PDF; one record cannot hold several pages, so a longer PDF is refused. */
async function onlyPage(
  pdf: Uint8Array,
  context: { source: string; signal?: AbortSignal | undefined },
): Promise<ResolvedImage> {
  for await (const page of renderPdfPages(pdf, {
    source: context.source,
    ...(context.signal ? { signal: context.signal } : {}),
  })) {
    if (page.pageCount > 1) {
      throw new UnsupportedImageError(
        `'${context.source}' is a PDF of ${page.pageCount} pages, and one extraction reads one page. ` +
          'Use extractMany (or `tiqu extract`), which reads every page as a document of its own, ' +
          'or render the page you want with renderPdfPages and pass its image.',
      )
    }
    return { ...page.image, source: context.source }
  }
  throw new UnsupportedImageError(`'${context.source}' is a PDF without pages: there is nothing to read.`)
}
