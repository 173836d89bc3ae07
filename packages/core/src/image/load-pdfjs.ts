import { createRequire } from 'node:module'
import path from 'node:path'
import { TiquError } from '../errors/tiqu-error.js'

/** pdf.js's Node build (pdfjs-dist's `legacy` build, the one that runs on Node 20). */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<Pdfjs> | undefined

/**
 * pdf.js, imported the first time a PDF is read: it is large, and importing it installs canvas
 * globals (DOMMatrix, Path2D) from @napi-rs/canvas, which a caller without PDFs should not get.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs').catch((error: unknown) => {
    loading = undefined
    throw new TiquError(
      'TIQU_INTERNAL',
      `Reading PDFs needs pdfjs-dist, which failed to load: ${error instanceof Error ? error.message : String(error)}. ` +
        'Reinstall @tiqu/core.',
      { cause: error },
    )
  })
  return loading
}

/**
 * Where pdf.js finds, in Node, the files it reads at run time: the standard fonts (text in fonts the
 * PDF does not embed), the CMaps (CJK text in such fonts), the image decoders (JPEG 2000, JBIG2, common
 * in scanned PDFs) and the colour profiles. Folders with a trailing separator, as pdf.js expects.
 */
export function pdfjsAssets() {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  const folder = (name: string) => `${path.join(root, name)}${path.sep}`
  return {
    standardFontDataUrl: folder('standard_fonts'),
    cMapUrl: folder('cmaps'),
    cMapPacked: true,
    wasmUrl: folder('wasm'),
    iccUrl: folder('iccs'),
  }
}
