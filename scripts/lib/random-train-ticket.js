// @ts-check
import { passengerNames, stations } from './ocr-bench-corpus.js'
import { trainTicketSample } from './train-ticket-sample.js'

/** @typedef {typeof trainTicketSample} TicketSample */

// What each kind of train sells: high-speed trains seats, older trains berths and hard seats.
const kinds = [
  { letters: 'GD', classes: ['二等座', '一等座', '商务座'], seats: 'ABCDF' },
  { letters: 'C', classes: ['二等座', '一等座'], seats: 'ABCDF' },
  { letters: 'KTZ', classes: ['硬卧', '软卧', '硬座'], seats: '' },
]
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const berths = ['上铺', '中铺', '下铺']
// Plausible region codes (the first six digits of a resident ID number).
const regions = ['110105', '310115', '440106', '330106', '320102', '420106', '510107', '610113']

/**
 * A train ticket with values drawn from `random`: stations, train, date, seat, class, fare, ID
 * number and name vary; the rest of the print is the sample's.
 * @param {() => number} random
 * @returns {TicketSample}
 */
export function randomTrainTicket(random) {
  const pick = /** @template T @param {readonly T[] | string} items @returns {T} */ (items) =>
    /** @type {T} */ (items[Math.floor(random() * items.length)])
  const digits = (/** @type {number} */ count) =>
    Array.from({ length: count }, () => String(Math.floor(random() * 10))).join('')
  const between = (/** @type {number} */ low, /** @type {number} */ high) =>
    low + Math.floor(random() * (high - low + 1))
  const two = (/** @type {number} */ value) => String(value).padStart(2, '0')

  const departure = pick(stations)
  let arrival = pick(stations)
  while (arrival === departure) arrival = pick(stations)
  const kind = pick(kinds)
  const seatClass = pick(kind.classes)
  const coach = two(between(1, 16))
  const seat =
    kind.seats === ''
      ? seatClass === '硬座'
        ? `${coach}车${String(between(1, 118)).padStart(3, '0')}号`
        : `${coach}车${String(between(1, 66)).padStart(3, '0')}号${pick(berths)}`
      : `${coach}车${two(between(1, 17))}${pick(kind.seats)}号`
  const serial = `${pick(upper)}${digits(2)}${pick(upper)}${digits(6)}`
  const check = `${digits(1)}${pick('ABCD')}`
  return {
    ...trainTicketSample,
    serial,
    saleStation: `${departure.name}站售`,
    checkGate: `检票:${check}`,
    trainNumber: `${pick(kind.letters)}${between(1, kind.letters === 'KTZ' ? 999 : 9999)}`,
    departure,
    arrival,
    date: `2025年${two(between(1, 12))}月${two(between(1, 28))}日`,
    time: `${two(between(6, 22))}:${two(between(0, 59))}开`,
    seat,
    seatClass,
    price: `${between(19, 1748)}.${pick('05')}`,
    idNumber: `${pick(regions)}${between(1960, 2004)}****${digits(3)}${pick('0123456789X')}`,
    passengerName: pick(passengerNames),
    ticketCode: `${digits(14)}${serial.slice(-7)}`,
    saleOffice: `${departure.name}售`,
  }
}
