import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AbortedError } from '../errors/aborted-error.js'
import { PdfUnreadableError } from '../errors/pdf-unreadable-error.js'
import { brokenPdf, makePdf } from './__fixtures__/make-pdf.js'
import { isPdf } from './is-pdf.js'
import { type PdfPage, type RenderPdfPagesOptions, renderPdfPages } from './render-pdf-pages.js'

// Page 1: 200×100 pt, a red rectangle from (20, 20) to (100, 60) pt, PDF's origin bottom-left.
// Page 2: 100×300 pt, a blue square from (10, 10) to (60, 60) pt.
const twoPages = makePdf([
  { width: 200, height: 100, content: '1 0 0 rg 20 20 80 40 re f' },
  { width: 100, height: 300, content: '0 0 1 rg 10 10 50 50 re f' },
])

async function render(bytes: Uint8Array, options: RenderPdfPagesOptions = {}): Promise<PdfPage[]> {
  const pages: PdfPage[] = []
  for await (const page of renderPdfPages(bytes, options)) pages.push(page)
  return pages
}

async function decoded(page: PdfPage | undefined) {
  if (page?.image.kind !== 'bytes') throw new Error('expected a rendered page')
  const { data, info } = await sharp(page.image.bytes).raw().toBuffer({ resolveWithObject: true })
  const at = (x: number, y: number) =>
    Array.from(data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3))
  return { info, at, data }
}

async function failure(bytes: Uint8Array, options: RenderPdfPagesOptions = {}): Promise<Error> {
  return render(bytes, options).then(
    () => {
      throw new Error('expected a failure')
    },
    (error: Error) => error,
  )
}

describe('renderPdfPages', () => {
  it('renders each page as a PNG of its own, with its page number in source', async () => {
    // 144 dpi is 2 pixels a point.
    const pages = await render(twoPages, { source: 'scan.pdf', dpi: 144 })
    expect(pages.map(({ page, pageCount, image }) => ({ page, pageCount, source: image.source }))).toEqual([
      { page: 1, pageCount: 2, source: 'scan.pdf#page=1' },
      { page: 2, pageCount: 2, source: 'scan.pdf#page=2' },
    ])
    const first = await decoded(pages[0])
    expect(pages[0]?.image).toMatchObject({ kind: 'bytes', mimeType: 'image/png' })
    expect([first.info.width, first.info.height]).toEqual([400, 200])
    // Inside the rectangle (x 40–200, y 80–160 from the top in pixels) red, outside white.
    expect(first.at(100, 120)).toEqual([255, 0, 0])
    expect(first.at(300, 40)).toEqual([255, 255, 255])
    const second = await decoded(pages[1])
    expect([second.info.width, second.info.height]).toEqual([200, 600])
    expect(second.at(60, 540)).toEqual([0, 0, 255])
  })

  it('renders at 200 dpi by default, and never above maxPixels', async () => {
    const a4 = makePdf([{ width: 595, height: 842, content: '0 g 50 50 100 100 re f' }])
    const [page] = await render(a4)
    expect((await decoded(page)).info).toMatchObject({ width: 1652, height: 2338 })
    const poster = makePdf([{ width: 2384, height: 3370, content: '0 g 50 50 100 100 re f' }])
    const [capped] = await render(poster, { maxPixels: 1_000_000 })
    const { info } = await decoded(capped)
    expect(info.width * info.height).toBeLessThanOrEqual(1_000_000)
    expect(info.width * info.height).toBeGreaterThan(990_000)
  })

  it('turns a page by its /Rotate, as a viewer shows it', async () => {
    const turned = makePdf([{ width: 200, height: 100, rotate: 90, content: '1 0 0 rg 0 0 20 20 re f' }])
    const [page] = await render(turned, { dpi: 72 })
    const { info, at } = await decoded(page)
    expect([info.width, info.height]).toEqual([100, 200])
    // The square at the bottom-left corner ends up top-left after a quarter turn clockwise.
    expect(at(5, 5)).toEqual([255, 0, 0])
  })

  it("draws text in a font the PDF does not embed from pdf.js's own font files, no system font needed", async () => {
    const text = makePdf([{ width: 300, height: 100, content: 'BT /F1 36 Tf 10 40 Td (Invoice 42) Tj ET' }])
    const [page] = await render(text, { dpi: 72 })
    const { data } = await decoded(page)
    let dark = 0
    for (let index = 0; index < data.length; index += 3) if ((data[index] as number) < 128) dark++
    expect(dark).toBeGreaterThan(500)
  })

  it('refuses an unreadable PDF and an empty file, saying what is wrong', async () => {
    const broken = await failure(brokenPdf, { source: 'cut.pdf' })
    expect(broken).toBeInstanceOf(PdfUnreadableError)
    expect((broken as PdfUnreadableError).code).toBe('TIQU_PDF_UNREADABLE')
    expect(broken.message).toMatch(
      /^'cut\.pdf' is not a readable PDF \(.+\): it is damaged, cut short, or not a PDF at all\./,
    )
    const empty = await failure(new Uint8Array(), { source: 'empty.pdf' })
    expect(empty.message).toMatch(/^'empty\.pdf' is not a readable PDF \(The PDF file is empty/)
  })

  it('refuses an encrypted PDF without its password, or with a wrong one, and opens it with the right one', async () => {
    const locked = makePdf([{ width: 200, height: 100, content: '1 0 0 rg 20 20 80 40 re f' }], {
      userPassword: 'secret',
    })
    const needed = await failure(locked, { source: 'payslip.pdf' })
    expect(needed).toBeInstanceOf(PdfUnreadableError)
    expect(needed.message).toMatch(
      /^'payslip\.pdf' is an encrypted PDF that needs a password to open\. Pass its password/,
    )
    const wrong = await failure(locked, { source: 'payslip.pdf', password: 'guess' })
    expect(wrong.message).toBe(
      "The password given for 'payslip.pdf' is wrong. Check it, or decrypt the PDF first.",
    )
    const [page] = await render(locked, { password: 'secret', dpi: 144 })
    expect((await decoded(page)).at(100, 120)).toEqual([255, 0, 0])
  })

  it('renders only the pages asked for: stopping early, or aborting between pages', async () => {
    let seen = 0
    for await (const page of renderPdfPages(twoPages)) {
      seen = page.page
      break
    }
    expect(seen).toBe(1)
    const controller = new AbortController()
    const pages: number[] = []
    const error = await (async () => {
      for await (const page of renderPdfPages(twoPages, { source: 'scan.pdf', signal: controller.signal })) {
        pages.push(page.page)
        controller.abort()
      }
    })().catch((caught: Error) => caught)
    expect(pages).toEqual([1])
    expect(error).toBeInstanceOf(AbortedError)
    expect((error as Error).message).toBe("Rendering 'scan.pdf' was aborted before page 2.")
  })
})

describe('isPdf', () => {
  it('tells a PDF from images and text by its header', async () => {
    expect(isPdf(twoPages)).toBe(true)
    expect(isPdf(brokenPdf)).toBe(true)
    expect(isPdf(Uint8Array.from([0, 0, ...Buffer.from('%PDF-1.4', 'latin1')]))).toBe(true)
    expect(
      isPdf(
        await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
      ),
    ).toBe(false)
    expect(isPdf(new TextEncoder().encode('PDF is a format'))).toBe(false)
    expect(isPdf(new Uint8Array())).toBe(false)
  })
})
