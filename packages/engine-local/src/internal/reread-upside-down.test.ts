import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DrawnText, loadFixture } from '../__fixtures__/load-fixture.js'
import { loadRuntime, type Runtime } from './load-runtime.js'
import { readPage } from './read-page.js'
import { halfTurn } from './reread-upside-down.js'
import { resolveOptions } from './resolve-options.js'
import { toHalfwidth } from './to-halfwidth.js'

let runtime: Runtime
beforeAll(async () => {
  runtime = await loadRuntime(resolveOptions())
})
afterAll(() => runtime.release())

/** The upright ticket page with the drawn lines turned half a turn where they stand, as a pasted-in slip. */
async function withLinesTurned(bytes: Uint8Array, lines: DrawnText[]): Promise<Buffer> {
  const patches = await Promise.all(
    lines.map(async (line) => {
      const margin = Math.round(line.height / 2)
      const region = {
        left: Math.round(line.x) - margin,
        top: Math.round(line.y) - margin,
        width: Math.round(line.width) + 2 * margin,
        height: Math.round(line.height) + 2 * margin,
      }
      const input = await sharp(bytes).extract(region).rotate(180).png().toBuffer()
      return { input, left: region.left, top: region.top }
    }),
  )
  return sharp(bytes).composite(patches).png().toBuffer()
}

describe('rereadUpsideDown', () => {
  it('reads lines printed upside down on an upright page, and leaves the upright ones alone', async () => {
    const page = await loadFixture('ticket-page.png')
    const turned = page.drawn.filter((drawn) =>
      ['限乘当日当次车', '中国铁路祝您旅途愉快'].includes(drawn.text),
    )
    const bytes = await withLinesTurned(page.bytes, turned)
    const texts = async (detectOrientation: boolean) => {
      const reading = await readPage(runtime, bytes, 'slip.png', resolveOptions({ detectOrientation }))
      return reading.lines.map((line) => toHalfwidth(line.text).replace(/\s+/g, ''))
    }
    const read = await texts(true)
    expect(read).toEqual(page.drawn.map((drawn) => toHalfwidth(drawn.text).replace(/\s+/g, '')))
    // Without the classifier the turned lines are garbled, or dropped as doubtful.
    const unturned = await texts(false)
    expect(unturned).not.toContain('限乘当日当次车')
    expect(unturned).not.toContain('中国铁路祝您旅途愉快')
  })

  it('turns a crop half a turn about its centre', () => {
    const crop = {
      originX: 10,
      originY: 20,
      acrossX: 1,
      acrossY: 0,
      downX: 0,
      downY: 1,
      length: 100,
      thickness: 30,
    }
    expect(halfTurn(crop)).toEqual({
      ...crop,
      originX: 110,
      originY: 50,
      acrossX: -1,
      acrossY: -0,
      downX: -0,
      downY: -1,
    })
    expect(halfTurn(halfTurn(crop))).toEqual({ ...crop, acrossY: 0, downX: 0 })
  })
})
