// @ts-check
import { createCanvas } from '@napi-rs/canvas'
import { FONTS } from './register-fonts.js'

/**
 * A piece of text to draw.
 * @typedef {object} TextToDraw
 * @property {string} text
 * @property {number} x left edge of the text
 * @property {number} y top of the text (the canvas's 'top' baseline)
 * @property {number} size font size in pixels
 * @property {boolean} [bold] @default false
 */

/**
 * Where a piece of text landed: its advance across, its ink's extent down. Tests compare the boxes
 * the engine finds against these.
 * @typedef {object} DrawnText
 * @property {string} text
 * @property {number} x
 * @property {number} y top of the ink
 * @property {number} width
 * @property {number} height
 */

/**
 * Draws near-black text on a white page, with the fonts `registerFonts` registered.
 * @param {number} width
 * @param {number} height
 * @param {TextToDraw[]} texts
 * @returns {{ canvas: import('@napi-rs/canvas').Canvas, drawn: DrawnText[] }}
 */
export function drawTextPage(width, height, texts) {
  const canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#111111'
  context.textBaseline = 'top'
  /** @type {DrawnText[]} */
  const drawn = []
  for (const item of texts) {
    context.font = `${item.size}px ${item.bold ? FONTS.sansBold : FONTS.sans}`
    context.fillText(item.text, item.x, item.y)
    const metrics = context.measureText(item.text)
    // With a 'top' baseline the ascent is measured up from y. Across, the advance width is used: the
    // canvas under-reports the ink's extent when glyphs come from several fonts.
    drawn.push({
      text: item.text,
      x: item.x,
      y: item.y - metrics.actualBoundingBoxAscent,
      width: metrics.width,
      height: metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent,
    })
  }
  return { canvas, drawn }
}
