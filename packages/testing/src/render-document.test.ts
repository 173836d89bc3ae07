import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { createLocalEngine } from '@tiqu/engine-local'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { parcelLabelLayout, parcelLabels } from './__fixtures__/parcel-label.js'
import type { DocumentLayout } from './document-layout.js'
import { findCjkFonts } from './find-cjk-fonts.js'
import { renderDocument } from './render-document.js'

const fonts = (() => {
  try {
    findCjkFonts()
    return true
  } catch {
    return false
  }
})()
if (!fonts)
  console.warn('Skipping the rendering tests: Noto CJK fonts are missing (apt-get install fonts-noto-cjk).')

const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url))
const label = parcelLabelLayout({ tracking_number: 'SF1234567890', recipient: '王小明' })
const size = async (bytes: Buffer) => {
  const { width, height, format } = await sharp(bytes).metadata()
  return { width, height, format }
}

describe.runIf(fonts)('renderDocument', () => {
  const engine = createLocalEngine()
  afterAll(() => engine.close?.())

  it('writes a JPEG of the layout size, the same bytes on every run', async () => {
    const first = await renderDocument(label)
    expect(await size(first)).toEqual({ width: 800, height: 420, format: 'jpeg' })
    expect((await renderDocument(label)).equals(first)).toBe(true)
    const degraded = { rotation: 7, blur: 1, noise: 0.3, photo: true, seed: 9 }
    expect((await renderDocument(label, degraded)).equals(await renderDocument(label, degraded))).toBe(true)
  })

  it('takes a different seed for different grain, and a lower quality for fewer bytes', async () => {
    const noisy = await renderDocument(label, { noise: 0.3, seed: 1 })
    expect(noisy.equals(await renderDocument(label, { noise: 0.3, seed: 2 }))).toBe(false)
    expect((await renderDocument(label, { jpegQuality: 30 })).length).toBeLessThan(
      (await renderDocument(label, { jpegQuality: 95 })).length,
    )
  })

  it('turns the page on a larger canvas, so nothing is cut off; right angles swap the sides', async () => {
    expect(await size(await renderDocument(label, { rotation: 90 }))).toMatchObject({
      width: 420,
      height: 800,
    })
    const turned = await size(await renderDocument(label, { rotation: 10 }))
    // The bounding box of an 800 × 420 page turned 10°.
    const radians = (10 * Math.PI) / 180
    expect(turned.width).toBeCloseTo(800 * Math.cos(radians) + 420 * Math.sin(radians), -1)
    expect(turned.height).toBeCloseTo(800 * Math.sin(radians) + 420 * Math.cos(radians), -1)
    const photo = await size(await renderDocument(label, { photo: true }))
    expect(photo.width).toBeGreaterThan(800)
  })

  it('draws Chinese text with the CJK font: the embedded engine reads it back', async () => {
    for (const options of [{}, { rotation: -6, photo: true, blur: 0.6, noise: 0.15, seed: 3 }]) {
      const bytes = await renderDocument(label, options)
      let text = ''
      for await (const part of engine.doRecognize({
        image: { kind: 'bytes', bytes, mimeType: 'image/jpeg', source: 'label' },
        options: {},
      })) {
        if (part.type === 'text-delta') text += part.textDelta
      }
      expect(text).toContain('快递面单')
      expect(text).toContain('王小明')
      expect(text.replaceAll(' ', '')).toContain('SF1234567890')
    }
  })

  it('draws text where it is told: left, centred and right-aligned ink at the given places', async () => {
    const page = (align: 'left' | 'center' | 'right'): DocumentLayout => ({
      width: 400,
      height: 100,
      elements: [{ kind: 'text', text: '中文', x: 200, y: 30, size: 40, align }],
    })
    const inkColumns = async (bytes: Buffer) => {
      const { data, info } = await sharp(bytes).greyscale().raw().toBuffer({ resolveWithObject: true })
      const columns: number[] = []
      for (let x = 0; x < info.width; x++) {
        for (let y = 0; y < info.height; y++) {
          if ((data[y * info.width + x] as number) < 128) {
            columns.push(x)
            break
          }
        }
      }
      return [Math.min(...columns), Math.max(...columns)]
    }
    // Two CJK characters at 40 px are 80 px wide.
    const [leftStart] = await inkColumns(await renderDocument(page('left')))
    const [centreStart, centreEnd] = await inkColumns(await renderDocument(page('center')))
    const [, rightEnd] = await inkColumns(await renderDocument(page('right')))
    expect(leftStart).toBeGreaterThanOrEqual(199)
    expect(leftStart).toBeLessThan(206)
    expect(((centreStart as number) + (centreEnd as number)) / 2).toBeCloseTo(200, -1)
    expect(rightEnd).toBeLessThanOrEqual(201)
    expect(rightEnd).toBeGreaterThan(194)
  })

  it('refuses a layout or an option it cannot draw, saying what to give', async () => {
    await expect(renderDocument({ ...label, width: 0 })).rejects.toThrow(
      /width and height must be whole numbers/,
    )
    await expect(renderDocument({ ...label, elements: [{ kind: 'circle' } as never] })).rejects.toThrow(
      /elements\[0\] has kind "circle"; use 'text', 'rect' or 'line'/,
    )
    await expect(renderDocument(label, { jpegQuality: 0 })).rejects.toThrow(
      /jpegQuality must be a whole number from 1 to 100/,
    )
    await expect(renderDocument(label, { noise: 2 })).rejects.toThrow(/noise must be from 0 to 1/)
  })

  // Re-renders the committed fixtures of the kit's own conformance test (test-template.test.ts):
  // TIQU_RENDER_FIXTURES=1 pnpm vitest run packages/testing/src/render-document.test.ts
  it.runIf(process.env.TIQU_RENDER_FIXTURES)('renders the parcel-label fixtures', async () => {
    for (const fixture of parcelLabels) {
      await writeFile(
        `${fixtures}${fixture.image}`,
        await renderDocument(parcelLabelLayout(fixture.expected), fixture.render),
      )
    }
  })
})

describe('findCjkFonts', () => {
  it('names the package to install when the fonts are not there', () => {
    expect(() => findCjkFonts({ directories: ['/nonexistent'] })).toThrow(/apt-get install fonts-noto-cjk/)
  })

  it.runIf(fonts)('finds Noto Sans CJK, and its bold and serif faces where installed', () => {
    const found = findCjkFonts()
    expect(found.sans).toMatch(/NotoSans.*CJK.*Regular/)
    if (found.serif) expect(found.serif).toMatch(/NotoSerif/)
  })
})
