// @ts-check

/** @typedef {import('@tiqu/testing').DocumentElement} DocumentElement */
/** @typedef {import('../src/schema.js').AirItineraryFlight} AirItineraryFlight */
/**
 * What is drawn on an itinerary: the values the template reads, plus what it does not (fare basis,
 * the notice in 提示信息), so the engine meets a full form.
 * @typedef {Omit<import('../src/schema.js').AirItinerary, 'flights'> & {
 *   flights: Array<AirItineraryFlight & { fareBasis: string }>,
 *   information: string,
 * }} DrawnItinerary
 */

const width = 1800
const height = 880
const form = '#2f5d7c'
const ink = '#1f1f24'
const red = '#b3262b'
/** The form has one 自 FROM row and four 至 TO rows: up to four flights. */
const flightRows = 5

/** Left edge of each column of the flight table. */
const columns = {
  station: 30,
  carrier: 400,
  flight: 530,
  seatClass: 690,
  date: 820,
  time: 1020,
  fareBasis: 1150,
  notBefore: 1330,
  notAfter: 1500,
  allowance: 1670,
}

/**
 * The air e-ticket itinerary (航空运输电子客票行程单), about 240 × 117 mm at 7.5 px/mm: the
 * pre-printed bilingual labels and rules in blue, the title and the red serial number at the top, the
 * passenger row, the flight table (one 自 FROM row and four 至 TO rows, the flight's data on the row
 * of its departure station), the amounts row, the e-ticket row and the issuer row; the values printed
 * in black under their labels.
 * @param {DrawnItinerary} itinerary
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
export function itineraryLayout(itinerary) {
  /** @type {DocumentElement[]} */
  const elements = [
    {
      kind: 'text',
      text: '航空运输电子客票行程单',
      x: width / 2,
      y: 26,
      size: 44,
      weight: 'bold',
      align: 'center',
      color: form,
      letterSpacing: 6,
    },
    {
      kind: 'text',
      text: 'ITINERARY/RECEIPT OF E-TICKET FOR AIR TRANSPORTATION',
      x: width / 2,
      y: 82,
      size: 20,
      align: 'center',
      color: form,
    },
    label('印刷序号:', 1340, 34, 22),
    label('SERIAL NUMBER:', 1340, 64, 16),
    value(itinerary.serial_number, 1460, 28, 34, { color: red, letterSpacing: 2 }),
    { kind: 'rect', x: 30, y: 120, width: width - 60, height: 700, stroke: form, lineWidth: 2 },
    // Passenger row.
    ...cell('旅客姓名 NAME OF PASSENGER', 30, 120, itinerary.passenger_name, { font: 'sans' }),
    { kind: 'line', from: [470, 120], to: [470, 210], color: form, lineWidth: 1.5 },
    ...cell('有效身份证件号码 ID.NO.', 470, 120, itinerary.id_number),
    { kind: 'line', from: [960, 120], to: [960, 210], color: form, lineWidth: 1.5 },
    ...cell('签注 ENDORSEMENTS/RESTRICTIONS (CARBON)', 960, 120, itinerary.endorsements, {
      font: 'sans',
      size: 26,
    }),
    { kind: 'line', from: [30, 210], to: [width - 30, 210], color: form, lineWidth: 1.5 },
    ...flightTable(itinerary, 210),
    // Amounts row.
    { kind: 'line', from: [30, 550], to: [width - 30, 550], color: form, lineWidth: 1.5 },
    ...cell('票价 FARE', 30, 550, amount('CNY', itinerary.fare)),
    ...cell('民航发展基金 CAAC DEVELOPMENT FUND', 400, 550, amount('CN', itinerary.caac_development_fund)),
    ...cell('燃油附加费 FUEL SURCHARGE', 760, 550, amount('YQ', itinerary.fuel_surcharge)),
    ...cell('其他税费 OTHER TAXES', 1060, 550, itinerary.other_taxes),
    ...cell('合计 TOTAL', 1380, 550, amount('CNY', itinerary.total)),
    // E-ticket row.
    { kind: 'line', from: [30, 640], to: [width - 30, 640], color: form, lineWidth: 1.5 },
    ...cell('电子客票号码 E-TICKET NO.', 30, 640, itinerary.ticket_number, { letterSpacing: 1 }),
    ...cell('验证码 CK.', 470, 640, itinerary.validation_code),
    ...cell('提示信息 INFORMATION', 700, 640, itinerary.information, { font: 'sans', size: 22 }),
    ...cell('保险费 INSURANCE', 1380, 640, itinerary.insurance ?? 'XXX'),
    // Issuer row.
    { kind: 'line', from: [30, 730], to: [width - 30, 730], color: form, lineWidth: 1.5 },
    ...cell('销售单位代号 AGENT CODE', 30, 730, itinerary.agent_code),
    ...cell('填开单位 ISSUED BY', 470, 730, itinerary.issued_by, { font: 'sans' }),
    ...cell('填开日期 DATE OF ISSUE', 1380, 730, itinerary.issue_date),
    label('验真网址: www.travelsky.com', 40, 836, 18),
    label('(本行程单不作为乘机凭证)', width - 40, 836, 18, 'right'),
  ]
  return { width, height, background: '#f7f9f6', elements }
}

/**
 * The flight table: its header, then the 自 FROM row and four 至 TO rows. Row n holds station n and,
 * when a flight leaves from it, that flight's carrier, number, class, date, time, fare basis and
 * allowance; the row after the last flight holds only the final arrival station.
 * @param {DrawnItinerary} itinerary
 * @param {number} top
 * @returns {DocumentElement[]}
 */
function flightTable(itinerary, top) {
  const flights = itinerary.flights
  /** @type {Array<[number, string, string]>} */
  const headers = [
    [columns.carrier, '承运人', 'CARRIER'],
    [columns.flight, '航班号', 'FLIGHT'],
    [columns.seatClass, '座位等级', 'CLASS'],
    [columns.date, '日期', 'DATE'],
    [columns.time, '时间', 'TIME'],
    [columns.fareBasis, '客票级别/客票类别', 'FARE BASIS'],
    [columns.notBefore, '客票生效日期', 'NOT VALID BEFORE'],
    [columns.notAfter, '有效截止日期', 'NOT VALID AFTER'],
    [columns.allowance, '免费行李', 'ALLOW'],
  ]
  /** @type {DocumentElement[]} */
  const elements = headers.flatMap(([x, chinese, english]) => [
    label(chinese, x + 10, top + 10, 18),
    label(english, x + 10, top + 36, 14),
    { kind: 'line', from: [x, top], to: [x, top + 340], color: form, lineWidth: 1 },
  ])
  elements.push({ kind: 'line', from: [30, top + 60], to: [width - 30, top + 60], color: form, lineWidth: 1 })
  const stations =
    flights.length === 0
      ? []
      : [flights[0]?.departure_station, ...flights.map((flight) => flight.arrival_station)]
  for (let index = 0; index < flightRows; index++) {
    const y = top + 72 + index * 54
    elements.push(label(index === 0 ? '自 FROM' : '至 TO', columns.station + 14, y + 3, 20))
    const station = stations[index]
    if (station) elements.push(value(station, columns.station + 110, y, 26, { font: 'sans' }))
    const flight = flights[index]
    if (!flight) continue
    elements.push(
      value(flight.carrier, columns.carrier + 14, y, 26, { font: 'sans' }),
      value(flight.flight_number, columns.flight + 14, y, 26),
      value(flight.seat_class, columns.seatClass + 30, y, 26),
      value(flight.date, columns.date + 14, y, 26),
      value(flight.time, columns.time + 14, y, 26),
      value(flight.fareBasis, columns.fareBasis + 30, y, 26),
      value(flight.baggage_allowance, columns.allowance + 14, y, 26),
    )
  }
  return elements
}

/**
 * A cell of the form: its bilingual label at the top left, its value under it.
 * @param {string} caption
 * @param {number} x the cell's left edge
 * @param {number} y the cell's top
 * @param {string | null} text
 * @param {{ font?: 'sans' | 'serif' | 'mono', size?: number, letterSpacing?: number }} [style]
 * @returns {DocumentElement[]}
 */
function cell(caption, x, y, text, style = {}) {
  return [label(caption, x + 14, y + 10, 18), value(text, x + 24, y + 44, style.size ?? 28, style)]
}

/**
 * @param {string} text
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {'left' | 'right'} [align]
 * @returns {DocumentElement}
 */
function label(text, x, y, size, align = 'left') {
  return { kind: 'text', text, x, y, size, color: form, align }
}

/**
 * A printed value, in the printer's monospace unless told otherwise; nothing for a blank value.
 * @param {string | null} text
 * @param {number} x
 * @param {number} y
 * @param {number} size
 * @param {{ font?: 'sans' | 'serif' | 'mono', color?: string, letterSpacing?: number }} [style]
 * @returns {DocumentElement}
 */
function value(text, x, y, size, style = {}) {
  return {
    kind: 'text',
    text: text ?? '',
    x,
    y,
    size,
    font: style.font ?? 'mono',
    color: style.color ?? ink,
    letterSpacing: style.letterSpacing ?? 0,
  }
}

/**
 * An amount as the form prints it, after its currency or tax code: 'CNY 1130.00', 'CN 50.00'.
 * @param {string} code
 * @param {string | null} figure
 * @returns {string | null}
 */
function amount(code, figure) {
  return figure === null ? null : `${code} ${figure}`
}
