import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadFixture } from '../__fixtures__/load-fixture.js'
import { loadRuntime, type Runtime } from './load-runtime.js'
import { readPage } from './read-page.js'
import { resolveOptions } from './resolve-options.js'
import { toHalfwidth } from './to-halfwidth.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await loadRuntime(resolveOptions())
})
afterAll(() => runtime.release())

it('reads a 48-megapixel page through a detector input capped at 960 pixels, boxes in full-size pixels', async () => {
  // A 600-dpi-like grey scan, 6000 × 8000, mostly white, three lines of print at 160-200 px, rendered by
  // scripts/render-engine-fixtures.js.
  const page = await loadFixture('scan-page.jpg')
  const reading = await readPage(runtime, page.bytes, 'scan.jpg', resolveOptions())
  expect({ width: reading.width, height: reading.height }).toEqual({ width: 6000, height: 8000 })
  expect({ width: reading.detectorWidth, height: reading.detectorHeight }).toEqual({
    width: 736,
    height: 960,
  })
  const texts = reading.lines.map((line) => toHalfwidth(line.text).replace(/\s+/g, ''))
  expect(texts).toEqual(['发票号码12345678', '开票日期2025年06月18日', '合计¥12720.00'])
  for (const [index, line] of reading.lines.entries()) {
    const drawn = page.drawn[index]
    if (drawn === undefined) throw new Error('each line was drawn')
    // Located to within a few percent of the text's height, though found on a copy 8 times smaller.
    expect(Math.abs(line.box.x - drawn.x)).toBeLessThan(0.4 * drawn.height)
    expect(Math.abs(line.box.y + line.box.height / 2 - (drawn.y + drawn.height / 2))).toBeLessThan(
      0.15 * drawn.height,
    )
  }
})
