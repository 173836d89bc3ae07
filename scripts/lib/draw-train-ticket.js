// @ts-check
import { createCanvas } from '@napi-rs/canvas'
import { FONTS } from './register-fonts.js'
import { seededRandom } from './seeded-random.js'

/** @typedef {import('@napi-rs/canvas').SKRSContext2D} Context */
/** @typedef {import('./train-ticket-sample.js').trainTicketSample} Sample */

// 87 × 54 mm at 15 px/mm (381 dpi), the size of a clean office scan.
const MM = 15
const WIDTH = 87 * MM
const HEIGHT = 54 * MM
const INK = '#1d1d22'
const RED = '#d22a2f'

/**
 * Draws a China Railway blue paper ticket (the 2009–2020 magnetic-stripe kind) with the sample's values.
 * @param {Sample} sample
 * @returns {import('@napi-rs/canvas').Canvas}
 */
export function drawTrainTicket(sample) {
  const canvas = createCanvas(WIDTH, HEIGHT)
  const context = canvas.getContext('2d')
  const random = seededRandom(20250618)

  drawBackground(context, random)

  // Serial number, red, printed at the factory before the ticket is sold.
  text(context, sample.serial, 66, 30, { size: 42, font: FONTS.serifBold, color: RED, spacing: 2 })
  text(context, sample.saleStation, 1010, 34, { size: 34 })
  text(context, sample.checkGate, 1010, 84, { size: 30 })

  // Stations: 站 is printed a little apart from the name, as the ticket printer does.
  station(context, sample.departure, 92, 128)
  station(context, sample.arrival, 852, 128)
  text(context, sample.trainNumber, WIDTH / 2 - 10, 122, {
    size: 66,
    font: FONTS.sansBold,
    align: 'center',
    spacing: 3,
  })
  arrow(context, WIDTH / 2 - 125, WIDTH / 2 + 105, 214)

  text(context, `${sample.date} ${sample.time}`, 66, 296, { size: 44, spacing: 1 })
  text(context, sample.seat, 846, 296, { size: 44, spacing: 1 })
  text(context, `¥${sample.price}元`, 84, 368, { size: 44, spacing: 1 })
  text(context, sample.seatClass, 900, 368, { size: 44, spacing: 2 })
  text(context, sample.notice, 84, 444, { size: 32, spacing: 2 })
  text(context, `${sample.idNumber}${sample.passengerName}`, 66, 506, { size: 42, spacing: 1 })

  serviceBox(context, sample.service, 120, 578, 700, 112)
  qrBlock(context, random, 1000, 470, 232)
  text(context, `${sample.ticketCode}  ${sample.saleOffice}`, 66, 736, { size: 30, spacing: 1 })

  paperNoise(context, random)
  return canvas
}

/**
 * @param {Context} context
 * @param {() => number} random
 */
function drawBackground(context, random) {
  const gradient = context.createLinearGradient(0, 0, WIDTH, HEIGHT)
  gradient.addColorStop(0, '#cfe4f3')
  gradient.addColorStop(0.5, '#c4ddf0')
  gradient.addColorStop(1, '#cde2f2')
  context.fillStyle = gradient
  context.fillRect(0, 0, WIDTH, HEIGHT)

  // Guilloche: bands of fine sine waves, the anti-copy pattern of the paper; faint enough that a text
  // detector sees paper, not strokes.
  context.lineWidth = 1.2
  for (let band = 0; band < 26; band++) {
    const baseline = band * 34 - 20
    const phase = random() * Math.PI * 2
    context.strokeStyle = band % 2 === 0 ? 'rgba(70,130,190,0.16)' : 'rgba(110,160,210,0.14)'
    context.beginPath()
    for (let x = 0; x <= WIDTH; x += 6) {
      const y = baseline + Math.sin(x / 46 + phase) * 11 + Math.sin(x / 13 + phase * 2) * 3
      if (x === 0) context.moveTo(x, y)
      else context.lineTo(x, y)
    }
    context.stroke()
  }

  // The railway emblem watermark in the middle of the ticket.
  context.save()
  context.translate(WIDTH / 2 + 20, HEIGHT / 2 + 10)
  context.strokeStyle = 'rgba(60,120,185,0.13)'
  context.fillStyle = 'rgba(60,120,185,0.08)'
  context.lineWidth = 14
  context.beginPath()
  context.arc(0, 0, 150, 0, Math.PI * 2)
  context.stroke()
  context.beginPath()
  context.moveTo(-95, 110)
  context.lineTo(0, -125)
  context.lineTo(95, 110)
  context.lineTo(40, 110)
  context.lineTo(0, 10)
  context.lineTo(-40, 110)
  context.closePath()
  context.fill()
  context.fillRect(-120, 60, 240, 16)
  context.restore()
}

/**
 * @param {Context} context
 * @param {string} value
 * @param {number} x
 * @param {number} y top of the text
 * @param {{ size: number, font?: string, color?: string, align?: 'left' | 'center', spacing?: number }} style
 */
function text(context, value, x, y, style) {
  context.font = `${style.size}px ${style.font ?? FONTS.sans}`
  context.fillStyle = style.color ?? INK
  context.textBaseline = 'top'
  context.letterSpacing = `${style.spacing ?? 0}px`
  const width = context.measureText(value).width
  context.fillText(value, style.align === 'center' ? x - width / 2 : x, y)
  context.letterSpacing = '0px'
  return width
}

/**
 * @param {Context} context
 * @param {{ name: string, pinyin: string }} station
 * @param {number} x
 * @param {number} y
 */
function station(context, station, x, y) {
  const width = text(context, station.name, x, y, { size: 64, font: FONTS.sansBold, spacing: 2 })
  text(context, '站', x + width + 10, y + 8, { size: 54 })
  text(context, station.pinyin, x + 8, y + 90, { size: 32, spacing: 1 })
}

/**
 * @param {Context} context
 * @param {number} from
 * @param {number} to
 * @param {number} y
 */
function arrow(context, from, to, y) {
  context.strokeStyle = INK
  context.fillStyle = INK
  context.lineWidth = 4
  context.beginPath()
  context.moveTo(from, y)
  context.lineTo(to - 14, y)
  context.stroke()
  context.beginPath()
  context.moveTo(to, y)
  context.lineTo(to - 26, y - 11)
  context.lineTo(to - 26, y + 11)
  context.closePath()
  context.fill()
}

/**
 * @param {Context} context
 * @param {string[]} lines
 * @param {number} x
 * @param {number} y
 * @param {number} width
 * @param {number} height
 */
function serviceBox(context, lines, x, y, width, height) {
  context.strokeStyle = INK
  context.lineWidth = 2
  context.setLineDash([10, 7])
  context.strokeRect(x, y, width, height)
  context.setLineDash([])
  lines.forEach((line, index) => {
    text(context, line, x + width / 2, y + 14 + index * 46, { size: 30, align: 'center', spacing: 1 })
  })
}

/**
 * A QR-code-like block: three finder squares and seeded modules. Not a readable code; it only has
 * to look like the ticket's 2D barcode to a person and to a text detector.
 * @param {Context} context
 * @param {() => number} random
 * @param {number} x
 * @param {number} y
 * @param {number} size
 */
function qrBlock(context, random, x, y, size) {
  const modules = 29
  const cell = size / modules
  const finder = (/** @type {number} */ column, /** @type {number} */ row) => {
    context.fillStyle = INK
    context.fillRect(x + column * cell, y + row * cell, 7 * cell, 7 * cell)
    context.fillStyle = '#cde2f2'
    context.fillRect(x + (column + 1) * cell, y + (row + 1) * cell, 5 * cell, 5 * cell)
    context.fillStyle = INK
    context.fillRect(x + (column + 2) * cell, y + (row + 2) * cell, 3 * cell, 3 * cell)
  }
  const inFinder = (/** @type {number} */ column, /** @type {number} */ row) =>
    (column < 8 && row < 8) || (column >= modules - 8 && row < 8) || (column < 8 && row >= modules - 8)
  context.fillStyle = INK
  for (let row = 0; row < modules; row++) {
    for (let column = 0; column < modules; column++) {
      const dark = random() < 0.5
      if (!dark || inFinder(column, row)) continue
      // Round outward so neighbouring modules touch without hairline gaps.
      context.fillRect(
        Math.floor(x + column * cell),
        Math.floor(y + row * cell),
        Math.ceil(cell) + 1,
        Math.ceil(cell) + 1,
      )
    }
  }
  finder(0, 0)
  finder(modules - 7, 0)
  finder(0, modules - 7)
}

/**
 * Faint specks, so the sample looks scanned rather than generated.
 * @param {Context} context
 * @param {() => number} random
 */
function paperNoise(context, random) {
  for (let index = 0; index < 1600; index++) {
    const x = random() * WIDTH
    const y = random() * HEIGHT
    context.fillStyle = random() < 0.5 ? 'rgba(255,255,255,0.35)' : 'rgba(40,80,130,0.12)'
    context.fillRect(x, y, 1 + random() * 1.5, 1 + random() * 1.5)
  }
}
