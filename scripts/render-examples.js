// @ts-check
/**
 * Renders the sample documents in examples/ (and the copies template packages ship as fixtures),
 * with their expected results. Deterministic: a re-run writes the same bytes, so a diff in git means
 * the drawing changed. Run with `pnpm render:examples`.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { drawTrainTicket } from './lib/draw-train-ticket.js'
import { registerFonts } from './lib/register-fonts.js'
import { expectedTrainTicket, trainTicketSample } from './lib/train-ticket-sample.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @typedef {object} Example
 * @property {string} name file stem under examples/
 * @property {() => import('@napi-rs/canvas').Canvas} draw
 * @property {{ [field: string]: unknown }} expected the template's expected `data`
 * @property {string[]} copies other paths (relative to the repository) that get the same image
 */

/** @type {Example[]} */
const examples = [
  {
    name: 'train-ticket',
    draw: () => drawTrainTicket(trainTicketSample),
    expected: expectedTrainTicket(trainTicketSample),
    copies: ['templates/train-ticket/fixtures/train-ticket.jpg'],
  },
]

registerFonts()
for (const example of examples) {
  const canvas = example.draw()
  // Raw RGBA through sharp rather than canvas's own encoder: sharp's mozjpeg settings are fixed, so
  // the bytes do not change with the canvas version's defaults.
  const jpeg = await sharp(canvas.data(), {
    raw: { width: canvas.width, height: canvas.height, channels: 4 },
  })
    .removeAlpha()
    .jpeg({ quality: 90, chromaSubsampling: '4:4:4' })
    .toBuffer()
  const targets = [`examples/${example.name}.jpg`, ...example.copies]
  for (const target of targets) {
    await mkdir(dirname(join(root, target)), { recursive: true })
    await writeFile(join(root, target), jpeg)
  }
  const expectedPath = join(root, 'examples', `${example.name}.expected.json`)
  await writeFile(expectedPath, `${JSON.stringify(example.expected, null, 2)}\n`)
  console.error(`wrote ${targets.join(', ')}, ${relative(root, expectedPath)} (${jpeg.length} bytes)`)
}
