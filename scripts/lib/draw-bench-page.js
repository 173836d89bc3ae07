// @ts-check
import { existsSync } from 'node:fs'
import { createCanvas, GlobalFonts } from '@napi-rs/canvas'
import { chineseLines, englishLines, mixedLines, receiptItems, shops } from './ocr-bench-corpus.js'
import { FONTS, registerFonts } from './register-fonts.js'

/** Faces the benchmark draws with besides `FONTS`: a CJK serif for body text and Latin faces. */
const BENCH_FONTS = {
  serif: 'TiquBenchSerif',
  latinSans: 'TiquBenchLatinSans',
  latinSerif: 'TiquBenchLatinSerif',
}
const BENCH_FONT_FILES = {
  [BENCH_FONTS.serif]: ['/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 'fonts-noto-cjk'],
  [BENCH_FONTS.latinSans]: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'fonts-dejavu-core'],
  [BENCH_FONTS.latinSerif]: ['/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf', 'fonts-dejavu-core'],
}

/**
 * Registers the examples' fonts and the benchmark's own, under fixed aliases (see `registerFonts`).
 * @throws {Error} when a font file is missing, saying which Debian package provides it.
 */
export function registerBenchFonts() {
  registerFonts()
  for (const [alias, [path, debianPackage]] of Object.entries(BENCH_FONT_FILES)) {
    if (!existsSync(path))
      throw new Error(`Font ${path} is missing. Install it: apt-get install ${debianPackage}`)
    if (!GlobalFonts.registerFromPath(path, alias)) throw new Error(`Font ${path} could not be loaded.`)
  }
}

/**
 * The typefaces of one document: body text in a CJK face, English-only lines in a Latin face (or
 * the CJK face's own Latin glyphs), as office documents mix them.
 * @typedef {object} Typefaces
 * @property {string} body
 * @property {string} latin
 * @property {string} heading
 */

/** The combinations documents are drawn in. */
export const typefaceSets = /** @type {Typefaces[]} */ ([
  { body: FONTS.sans, latin: BENCH_FONTS.latinSans, heading: FONTS.sansBold },
  { body: BENCH_FONTS.serif, latin: BENCH_FONTS.latinSerif, heading: FONTS.serifBold },
  { body: BENCH_FONTS.serif, latin: BENCH_FONTS.serif, heading: FONTS.sansBold },
  { body: FONTS.sans, latin: FONTS.sans, heading: FONTS.sansBold },
])

/**
 * A drawn document and the text it carries, row by row, top to bottom and left to right.
 * @typedef {object} DrawnDocument
 * @property {import('@napi-rs/canvas').Canvas} canvas
 * @property {string[]} rows
 */

/**
 * A printed page: a heading, then lines of Chinese, English and mixed text in one column.
 * @param {() => number} random
 * @param {{ width: number, height: number, size: number, typefaces: Typefaces }} layout
 * @returns {DrawnDocument}
 */
export function drawPrintedPage(random, { width, height, size, typefaces }) {
  const { canvas, context } = blankPage(width, height)
  const margin = Math.round(width * 0.09)
  const usable = width - 2 * margin
  // Chinese twice as often as either other kind, as in the documents this reads.
  const chinese = [...chineseLines]
  const pools = [
    { lines: chinese, font: typefaces.body },
    { lines: chinese, font: typefaces.body },
    { lines: [...englishLines], font: typefaces.latin },
    { lines: [...mixedLines], font: typefaces.body },
  ]
  const rows = []
  const heading = /** @type {string} */ (chinese.splice(Math.floor(random() * chinese.length), 1)[0])
  let y = margin
  draw(context, heading, margin, y, Math.round(size * 1.5), typefaces.heading)
  rows.push(heading)
  y += Math.round(size * 3)
  while (y + size * 2 < height - margin) {
    const { lines, font } = pick(random, pools)
    const line = takeFitting(random, lines, context, size, font, usable)
    if (line === undefined) break
    draw(context, line, margin, y, size, font)
    rows.push(line)
    y += Math.round(size * (1.7 + random() * 0.3))
  }
  return { canvas, rows }
}

/**
 * A till receipt: shop header centred, items with amounts right-aligned on the same row, totals.
 * @param {() => number} random
 * @param {{ size: number, typefaces: Typefaces }} layout
 * @returns {DrawnDocument}
 */
export function drawReceipt(random, { size, typefaces }) {
  const width = 640
  const shop = pick(random, shops)
  const items = [...receiptItems].sort(() => random() - 0.5).slice(0, 3 + Math.floor(random() * 4))
  const height = Math.round(size * (17 + items.length * 3.2))
  const { canvas, context } = blankPage(width, height)
  const margin = 40
  const step = Math.round(size * 1.6)
  const rows = []
  let y = margin
  const row = (/** @type {string} */ left, /** @type {string} */ right = '', options = {}) => {
    const { center = false, font = typefaces.body, scale = 1 } = /** @type {any} */ (options)
    const fontSize = Math.round(size * scale)
    const leftWidth = measure(context, left, fontSize, font)
    draw(context, left, center ? (width - leftWidth) / 2 : margin, y, fontSize, font)
    if (right !== '')
      draw(context, right, width - margin - measure(context, right, size, font), y, size, font)
    rows.push(`${left}${right}`)
    y += Math.round(step * scale)
  }
  const rule = () => {
    context.fillRect(margin, y + size * 0.2, width - 2 * margin, 2)
    y += step
  }
  row(shop.name, '', { center: true, font: typefaces.heading, scale: 1.2 })
  row(shop.address, '', { center: true, scale: 0.85 })
  row(`电话 Tel: ${shop.phone}`, '', { center: true, scale: 0.85 })
  const minute = String(Math.floor(random() * 60)).padStart(2, '0')
  row(`单号 No. 2025${String(Math.floor(random() * 1e8)).padStart(8, '0')}`)
  row(
    `时间 Time: 2025-06-${String(1 + Math.floor(random() * 28)).padStart(2, '0')} 1${Math.floor(random() * 10)}:${minute}`,
  )
  rule()
  let total = 0
  for (const item of items) {
    const quantity = 1 + Math.floor(random() * 3)
    total += quantity * item.price
    row(item.name, `¥${(quantity * item.price).toFixed(2)}`)
    row(`  ${quantity} x ${item.price.toFixed(2)}`, '', { scale: 0.85 })
  }
  rule()
  row('合计 Total', `¥${total.toFixed(2)}`, { font: typefaces.heading })
  row(pick(random, ['微信支付 WeChat Pay', '支付宝 Alipay', '现金 Cash']), `¥${total.toFixed(2)}`)
  y += step / 2
  row('谢谢惠顾 Thank you!', '', { center: true })
  return { canvas, rows }
}

/**
 * @template T
 * @param {() => number} random
 * @param {readonly T[]} items
 * @returns {T}
 */
export function pick(random, items) {
  return /** @type {T} */ (items[Math.floor(random() * items.length)])
}

/**
 * Takes (removes) a line from the pool that fits the width; undefined when none does.
 * @param {() => number} random
 * @param {string[]} pool
 * @param {import('@napi-rs/canvas').SKRSContext2D} context
 * @param {number} size
 * @param {string} font
 * @param {number} usable
 */
function takeFitting(random, pool, context, size, font, usable) {
  for (let attempt = 0; attempt < 12 && pool.length > 0; attempt++) {
    const index = Math.floor(random() * pool.length)
    const line = /** @type {string} */ (pool[index])
    if (measure(context, line, size, font) > usable) continue
    pool.splice(index, 1)
    return line
  }
  return undefined
}

/** @param {number} width @param {number} height */
function blankPage(width, height) {
  const canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#151515'
  context.textBaseline = 'top'
  return { canvas, context }
}

/**
 * @param {import('@napi-rs/canvas').SKRSContext2D} context
 * @param {string} text @param {number} x @param {number} y @param {number} size @param {string} font
 */
function draw(context, text, x, y, size, font) {
  context.font = `${size}px ${font}`
  context.fillText(text, x, y)
}

/**
 * @param {import('@napi-rs/canvas').SKRSContext2D} context
 * @param {string} text @param {number} size @param {string} font
 */
function measure(context, text, size, font) {
  context.font = `${size}px ${font}`
  return context.measureText(text).width
}
