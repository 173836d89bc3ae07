// @ts-check
import { seededRandom } from '../../../scripts/lib/seeded-random.js'

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */
/** @typedef {typeof import('../../../scripts/lib/train-ticket-sample.js').trainTicketSample} Ticket */

// 87 × 54 mm at 15 px/mm, the positions of scripts/lib/draw-train-ticket.js (the examples/ sample),
// so the embedded engine meets the same layout in every fixture.
const width = 1305
const height = 810
const ink = '#1d1d22'
const red = '#d22a2f'

/**
 * The blue paper ticket as a `renderDocument` layout: every printed value at its place, the
 * guilloche and emblem left out (the engine must read the values, not the paper).
 * @param {Ticket} ticket
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function ticketLayout(ticket) {
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'rect',
      x: 8,
      y: 8,
      width: width - 16,
      height: height - 16,
      stroke: '#9cc3e0',
      lineWidth: 3,
      radius: 18,
    },
    {
      kind: 'text',
      text: ticket.serial,
      x: 66,
      y: 30,
      size: 42,
      font: 'serif',
      weight: 'bold',
      color: red,
      letterSpacing: 2,
    },
    { kind: 'text', text: ticket.saleStation, x: 1010, y: 34, size: 34 },
    { kind: 'text', text: ticket.checkGate, x: 1010, y: 84, size: 30 },
    ...station(ticket.departure, 92, 128),
    ...station(ticket.arrival, 852, 128),
    {
      kind: 'text',
      text: ticket.trainNumber,
      x: width / 2 - 10,
      y: 122,
      size: 66,
      weight: 'bold',
      align: 'center',
      letterSpacing: 3,
    },
    ...arrow(width / 2 - 125, width / 2 + 105, 214),
    { kind: 'text', text: `${ticket.date} ${ticket.time}`, x: 66, y: 296, size: 44, letterSpacing: 1 },
    { kind: 'text', text: ticket.seat, x: 846, y: 296, size: 44, letterSpacing: 1 },
    { kind: 'text', text: `¥${ticket.price}元`, x: 84, y: 368, size: 44, letterSpacing: 1 },
    { kind: 'text', text: ticket.seatClass, x: 900, y: 368, size: 44, letterSpacing: 2 },
    { kind: 'text', text: ticket.notice, x: 84, y: 444, size: 32, letterSpacing: 2 },
    {
      kind: 'text',
      text: `${ticket.idNumber}${ticket.passengerName}`,
      x: 66,
      y: 506,
      size: 42,
      letterSpacing: 1,
    },
    { kind: 'rect', x: 120, y: 578, width: 700, height: 112, stroke: ink },
    ...ticket.service.map(
      (line, index) =>
        /** @type {DocumentElement} */ ({
          kind: 'text',
          text: line,
          x: 470,
          y: 592 + index * 46,
          size: 30,
          align: 'center',
          letterSpacing: 1,
        }),
    ),
    ...qrBlock(ticket.serial, 1000, 470, 232),
    {
      kind: 'text',
      text: `${ticket.ticketCode}  ${ticket.saleOffice}`,
      x: 66,
      y: 736,
      size: 30,
      letterSpacing: 1,
    },
  ]
  return { width, height, background: '#cde2f2', elements }
}

/**
 * A station name in bold, then 站 a little apart and smaller, as the ticket printer does, and the
 * pinyin under it. Noto CJK's Chinese characters are exactly 1 em wide, so the name's width is known.
 * @param {{ name: string, pinyin: string }} station
 * @param {number} x
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function station(station, x, y) {
  const nameWidth = [...station.name].length * (64 + 2)
  return [
    { kind: 'text', text: station.name, x, y, size: 64, weight: 'bold', letterSpacing: 2 },
    { kind: 'text', text: '站', x: x + nameWidth + 10, y: y + 8, size: 54 },
    { kind: 'text', text: station.pinyin, x: x + 8, y: y + 90, size: 32, letterSpacing: 1 },
  ]
}

/**
 * @param {number} from
 * @param {number} to
 * @param {number} y
 * @returns {DocumentElement[]}
 */
function arrow(from, to, y) {
  return [
    { kind: 'line', from: [from, y], to: [to - 4, y], color: ink, lineWidth: 4 },
    { kind: 'line', from: [to, y], to: [to - 24, y - 11], color: ink, lineWidth: 4 },
    { kind: 'line', from: [to, y], to: [to - 24, y + 11], color: ink, lineWidth: 4 },
  ]
}

/**
 * Looks like the ticket's 2D barcode to a person and to a text detector; not a readable code. Seeded
 * by the serial, so each ticket's block differs and a re-render is identical.
 * @param {string} serial
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @returns {DocumentElement[]}
 */
function qrBlock(serial, x, y, size) {
  const modules = 29
  const cell = size / modules
  const random = seededRandom([...serial].reduce((hash, character) => hash * 31 + character.charCodeAt(0), 7))
  const inFinder = (/** @type {number} */ column, /** @type {number} */ row) =>
    (column < 8 && row < 8) || (column >= modules - 8 && row < 8) || (column < 8 && row >= modules - 8)
  /** @type {DocumentElement[]} */
  const elements = []
  for (let row = 0; row < modules; row++) {
    for (let column = 0; column < modules; column++) {
      if (random() < 0.5 || inFinder(column, row)) continue
      elements.push({
        kind: 'rect',
        x: x + column * cell,
        y: y + row * cell,
        width: cell + 0.5,
        height: cell + 0.5,
        fill: ink,
      })
    }
  }
  for (const [column, row] of [
    [0, 0],
    [modules - 7, 0],
    [0, modules - 7],
  ]) {
    const left = x + /** @type {number} */ (column) * cell
    const top = y + /** @type {number} */ (row) * cell
    elements.push(
      { kind: 'rect', x: left, y: top, width: 7 * cell, height: 7 * cell, fill: ink },
      { kind: 'rect', x: left + cell, y: top + cell, width: 5 * cell, height: 5 * cell, fill: '#cde2f2' },
      { kind: 'rect', x: left + 2 * cell, y: top + 2 * cell, width: 3 * cell, height: 3 * cell, fill: ink },
    )
  }
  return elements
}
