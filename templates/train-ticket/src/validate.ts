import { hasWildcard, type Issue, isCalendarDate, wildcardPattern } from '@tiqu/core'
import { type CalendarDay, checkIdCardNumber } from './internal/check-id-card-number.js'

/** The seat classes China Railway prints (席别); another value is only a warning, as new ones appear. */
export const seatClasses = [
  '商务座',
  '特等座',
  '一等座',
  '二等座',
  '软座',
  '硬座',
  '无座',
  '软卧',
  '硬卧',
  '动卧',
  '高级软卧',
  '一等卧',
  '二等卧',
]

const trainNumber = wildcardPattern('^[GDCZTKSYL]?\\d{1,4}$')
const seatNumber = wildcardPattern('^(?:\\d{2}车(?:\\d{2,3}[A-F]?号(?:上铺|中铺|下铺)?|无座)|无座)$')
const departure = wildcardPattern('^(\\d{4})年(\\d{2})月(\\d{2})日(\\d{2}):(\\d{2})开$')
const price = wildcardPattern('^\\d+(?:\\.\\d{1,2})?$')

/**
 * The train ticket's checks beyond the schema. Every check skips a null (absent) value and a value of
 * the wrong type (the schema reports that), and lets '?' stand for any one character: an unreadable
 * character makes a value uncertain, not wrong.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' ? value : undefined
  }
  const travel = text('departure_date_and_time')
  const id = text('id_card_number')
  return [
    ...checkFormat(
      text('train_number'),
      '/train_number',
      trainNumber,
      (value) =>
        `Train number '${value}' is not a China Railway train number: an optional letter G, D, C, Z, T, K, S, Y or L, then 1 to 4 digits (e.g. 'G1234').`,
    ),
    ...checkFormat(
      text('seat_number'),
      '/seat_number',
      seatNumber,
      (value) =>
        `Seat number '${value}' is not a coach and seat as printed: 'NN车NNX号' (e.g. '05车12F号'), a berth such as '03车015号下铺', or '无座'.`,
    ),
    ...checkSeatClass(text('seat_class')),
    ...(travel === undefined ? [] : checkDeparture(travel)),
    ...checkPrice(text('ticket_price')),
    ...(id === undefined ? [] : checkIdCardNumber(id, travel === undefined ? undefined : travelDay(travel))),
    ...checkStations(text('departure_station'), text('arrival_station')),
  ]
}

function checkFormat(
  value: string | undefined,
  path: string,
  pattern: RegExp,
  message: (value: string) => string,
): Issue[] {
  if (value === undefined || pattern.test(value)) return []
  return [{ path, message: message(value), severity: 'error' }]
}

function checkSeatClass(value: string | undefined): Issue[] {
  if (value === undefined || hasWildcard(value)) return []
  // K and T trains print air-conditioned classes with a 新空调 prefix, e.g. 新空调硬座.
  if (seatClasses.includes(value.replace(/^新空调/u, ''))) return []
  return [
    {
      path: '/seat_class',
      message: `Seat class '${value}' is not one China Railway is known to print (${seatClasses.join(', ')}); check it against the ticket.`,
      severity: 'warning',
    },
  ]
}

function checkDeparture(value: string): Issue[] {
  const path = '/departure_date_and_time'
  const match = departure.exec(value)
  if (!match) {
    return [
      {
        path,
        message: `Departure '${value}' is not in the ticket's form 'YYYY年MM月DD日HH:MM开' with no spaces (e.g. '2025年06月18日08:05开').`,
        severity: 'error',
      },
    ]
  }
  const [year, month, day, hour, minute] = match.slice(1) as [string, string, string, string, string]
  if (![year, month, day].some(hasWildcard) && !isCalendarDate(Number(year), Number(month), Number(day))) {
    return [
      {
        path,
        message: `Departure '${value}': ${year}-${month}-${day} is not a real date.`,
        severity: 'error',
      },
    ]
  }
  const badHour = !hasWildcard(hour) && Number(hour) > 23
  const badMinute = !hasWildcard(minute) && Number(minute) > 59
  if (badHour || badMinute) {
    return [
      {
        path,
        message: `Departure '${value}': ${hour}:${minute} is not a real time of day.`,
        severity: 'error',
      },
    ]
  }
  return []
}

/** The day of travel, when the departure value is complete and valid; used to bound the birth date. */
function travelDay(value: string): CalendarDay | undefined {
  const match = departure.exec(value)
  if (!match || hasWildcard(value)) return undefined
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number]
  return isCalendarDate(year, month, day) ? { year, month, day } : undefined
}

function checkPrice(value: string | undefined): Issue[] {
  if (value === undefined) return []
  const path = '/ticket_price'
  // The ticket prints '¥553.0元'; a model sometimes keeps the symbols. The amount is still right.
  const amount = value
    .trim()
    .replace(/^[¥￥]\s*/u, '')
    .replace(/\s*元$/u, '')
  if (!price.test(amount)) {
    return [
      {
        path,
        message: `Ticket price '${value}' is not an amount in yuan: digits with up to 2 decimals (e.g. '553.0').`,
        severity: 'error',
      },
    ]
  }
  if (amount !== value) {
    return [
      {
        path,
        message: `Ticket price '${value}' should be the number only: '${amount}'.`,
        severity: 'warning',
      },
    ]
  }
  return []
}

function checkStations(from: string | undefined, to: string | undefined): Issue[] {
  if (from === undefined || to === undefined || hasWildcard(from) || from !== to) return []
  return [
    {
      path: '/arrival_station',
      message: `Arrival station '${to}' is the same as the departure station; one of them is probably misread.`,
      severity: 'warning',
    },
  ]
}
