import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { LocalRules } from '@tiqu/core'
import trainTicket from '@tiqu/template-train-ticket'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadFixture } from '../__fixtures__/load-fixture.js'
import { readFields } from '../rules/fill-from-rules.js'
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

describe('a train ticket turned or photographed at a slant', () => {
  // The sample ticket of examples/, its values, and the rules of the train-ticket template. The photos
  // are that ticket rendered by scripts/render-engine-fixtures.js: turned 5° clockwise and 12° back,
  // seen a little from below, on a grey desk, out of focus, with sensor noise.
  const examples = new URL('../../../../examples/', import.meta.url)
  const expected = JSON.parse(
    readFileSync(new URL('train-ticket.expected.json', examples), 'utf8'),
  ) as Record<string, unknown>
  const ticket = readFileSync(new URL('train-ticket.jpg', examples))

  async function fieldsRight(bytes: Uint8Array) {
    const reading = await readPage(runtime, bytes, 'ticket.jpg', resolveOptions())
    const { values } = readFields(reading.lines, trainTicket.local as LocalRules, trainTicket.schema)
    const wrong = Object.keys(expected).filter((field) => values[field] !== expected[field])
    return {
      reading,
      right: Object.keys(expected).length - wrong.length,
      wrong: wrong.map((field) => `${field}: ${JSON.stringify(values[field])}`),
    }
  }

  it.each([
    [90, 270],
    [180, 180],
    [270, 90],
  ] as const)(
    'reads at least 9 of 10 fields of the ticket turned %i°, turning it back %i°',
    async (turn, back) => {
      const turned = await sharp(ticket).rotate(turn).jpeg({ quality: 90 }).toBuffer()
      const { reading, right, wrong } = await fieldsRight(turned)
      expect(reading.rotation).toBe(back)
      expect({ width: reading.width, height: reading.height }).toEqual({ width: 1305, height: 810 })
      expect(right, wrong.join('; ')).toBeGreaterThanOrEqual(9)
    },
  )

  it.each(['ticket-photo-5.jpg', 'ticket-photo-minus-12.jpg'])(
    'reads at least 9 of 10 fields of %s, rows kept along the slant',
    async (name) => {
      const photo = await readFile(new URL(`../__fixtures__/${name}`, import.meta.url))
      const { reading, right, wrong } = await fieldsRight(photo)
      expect(reading.rotation).toBe(0)
      expect(right, wrong.join('; ')).toBeGreaterThanOrEqual(9)
      // Read in the paper's order, not the tilted image's: the stations' row, then the pinyin row.
      const texts = reading.lines.map((line) => toHalfwidth(line.text))
      const order = ['北京南站', 'G1234', '上海虹桥站', 'Beijingnan', 'Shanghaihongqiao'].map((text) =>
        texts.indexOf(text),
      )
      expect(
        order.every(
          (index, position) => index >= 0 && (position === 0 || index > (order[position - 1] as number)),
        ),
      ).toBe(true)
    },
  )
})
