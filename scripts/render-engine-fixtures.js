// @ts-check
/**
 * Renders the pages the embedded engine's tests read, into packages/engine-local/src/__fixtures__/:
 * text pages, each with a `<name>.drawn.json` of what was drawn where, and photos of the sample train
 * ticket, whose values are examples/train-ticket.expected.json. Rendered once and committed, so that the
 * tests need no fonts: `pnpm test` must pass on a machine with only Node and npm. Deterministic: a
 * re-run writes the same bytes. Run with `pnpm render:examples`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { drawTextPage } from './lib/draw-text-page.js'
import { drawTrainTicket } from './lib/draw-train-ticket.js'
import { photographPage } from './lib/photograph-page.js'
import { registerFonts } from './lib/register-fonts.js'
import { trainTicketSample } from './lib/train-ticket-sample.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = join(root, 'packages/engine-local/src/__fixtures__')

/**
 * @typedef {object} FixturePage
 * @property {string} name file stem under __fixtures__/
 * @property {'png' | 'jpeg'} format
 * @property {number} width
 * @property {number} height
 * @property {import('./lib/draw-text-page.js').TextToDraw[]} texts
 */

/** @type {FixturePage[]} */
const pages = [
  {
    // The strings a train ticket carries, in its layout, plain black on white: the engine's tests
    // check every string is read and located, so nothing but the text is drawn.
    name: 'ticket-page',
    format: 'png',
    width: 1260,
    height: 820,
    texts: [
      { text: 'E12345678', x: 60, y: 40, size: 30 },
      { text: '检票:12A', x: 900, y: 40, size: 30 },
      { text: '北京南站', x: 80, y: 120, size: 56, bold: true },
      { text: 'G1234', x: 530, y: 130, size: 44 },
      { text: '上海虹桥站', x: 830, y: 120, size: 56, bold: true },
      { text: 'Beijingnan', x: 100, y: 190, size: 28 },
      { text: 'Shanghaihongqiao', x: 850, y: 190, size: 28 },
      { text: '2025年06月18日 08:05开', x: 80, y: 270, size: 36 },
      { text: '05车12F号', x: 700, y: 270, size: 36 },
      { text: '¥553.0元', x: 80, y: 340, size: 36 },
      { text: '二等座', x: 700, y: 340, size: 36 },
      { text: '限乘当日当次车', x: 80, y: 410, size: 28 },
      { text: '3101011990****1234 张三', x: 80, y: 470, size: 32 },
      { text: '买票请到12306 发货请到95306', x: 80, y: 540, size: 26 },
      { text: '中国铁路祝您旅途愉快', x: 380, y: 600, size: 26 },
      { text: '65412311210618E012345 北京南售', x: 80, y: 700, size: 26 },
    ],
  },
  {
    // A 600-dpi-like scan, 48 megapixels, a few lines of print at 160-200 px: the detector must find
    // them on a copy capped at 960 pixels. JPEG, as scanners write, and mostly white, so it stays small.
    name: 'scan-page',
    format: 'jpeg',
    width: 6000,
    height: 8000,
    texts: [
      { text: '发票号码 12345678', x: 600, y: 700, size: 200 },
      { text: '开票日期 2025年06月18日', x: 600, y: 4000, size: 160 },
      { text: '合计 ¥12720.00', x: 3200, y: 7200, size: 160 },
    ],
  },
]

registerFonts()
for (const page of pages) {
  const { canvas, drawn } = drawTextPage(page.width, page.height, page.texts)
  // Raw RGBA through sharp rather than canvas's own encoder: sharp's settings are fixed, so the bytes
  // do not change with the canvas version's defaults. The page is opaque, so alpha carries nothing.
  const image = sharp(canvas.data(), {
    raw: { width: page.width, height: page.height, channels: 4 },
  }).removeAlpha()
  // The scan is grey, as a document scanner's default mode writes it, which makes it a quarter smaller
  // than colour (the text is grey on white anyway); baseline rather than progressive, as scanners write.
  const bytes =
    page.format === 'png'
      ? await image.png({ compressionLevel: 9 }).toBuffer()
      : await image.toColourspace('b-w').jpeg({ quality: 80, trellisQuantisation: true }).toBuffer()
  const imagePath = join(fixtures, `${page.name}.${page.format === 'png' ? 'png' : 'jpg'}`)
  const drawnPath = join(fixtures, `${page.name}.drawn.json`)
  await writeFile(imagePath, bytes)
  await writeFile(
    drawnPath,
    `${JSON.stringify({ width: page.width, height: page.height, drawn }, null, 2)}\n`,
  )
  console.error(`wrote ${relative(root, imagePath)} (${bytes.length} bytes), ${relative(root, drawnPath)}`)
}

/**
 * Photos of the sample ticket of examples/ (so examples/train-ticket.expected.json holds their values):
 * turned by a few degrees either way, the top edge a little narrower as from a camera held in front,
 * on a grey desk, slightly out of focus, with sensor noise; JPEG as phones write.
 * @type {Array<{ name: string } & import('./lib/photograph-page.js').PhotographOptions>}
 */
const photos = [
  { name: 'ticket-photo-5', angle: 5, tilt: 0.04, seed: 5 },
  { name: 'ticket-photo-minus-12', angle: -12, tilt: 0.06, seed: 12 },
]

const ticket = drawTrainTicket(trainTicketSample)
for (const photo of photos) {
  const { data, width, height } = photographPage(ticket.data(), ticket.width, ticket.height, photo)
  const bytes = await sharp(data, { raw: { width, height, channels: 3 } })
    .blur(0.7)
    .jpeg({ quality: 85, chromaSubsampling: '4:2:0' })
    .toBuffer()
  const imagePath = join(fixtures, `${photo.name}.jpg`)
  await writeFile(imagePath, bytes)
  console.error(`wrote ${relative(root, imagePath)} (${bytes.length} bytes)`)
}
