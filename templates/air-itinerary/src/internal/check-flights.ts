import type { Issue } from '@tiqu/core'
import { findAirline } from './airlines.js'
import { readDate } from './read-date.js'

/** A 2-character IATA airline designator (two letters, or a letter and a digit) and 3–4 digits. */
const flightNumberPattern = /^(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\d{3,4}$/u
const timePattern = /^(\d{2}):?(\d{2})$/u
const baggagePattern = /^\d{1,3}\s*(?:K|KG|PC)$/iu

/**
 * Checks each flight of the itinerary: the flight number's form, a real date and time of day, the
 * carrier against the flight number, and that the flights run in date order. Values that are not
 * strings are the schema's to report, and a value holding '?' is skipped.
 */
export function checkFlights(flights: unknown): Issue[] {
  if (!Array.isArray(flights)) return []
  const issues: Issue[] = []
  let previousDate: string | undefined
  flights.forEach((flight: unknown, index) => {
    if (flight === null || typeof flight !== 'object') return
    const base = `/flights/${index}`
    const text = (field: string): string | undefined => {
      const value = (flight as { [field: string]: unknown })[field]
      return typeof value === 'string' && !/[?？]/u.test(value) ? value : undefined
    }
    const flightNumber = text('flight_number')
    if (flightNumber !== undefined && !flightNumberPattern.test(flightNumber)) {
      issues.push({
        path: `${base}/flight_number`,
        message: `Flight number '${flightNumber}' is not a 2-character airline code and 3–4 digits (e.g. 'MU2271'); read it again from the 航班号 column, without spaces.`,
        severity: 'error',
      })
    }
    issues.push(...checkCarrier(text('carrier'), flightNumber, base))
    const departure = text('departure_station')
    if (departure !== undefined && departure === text('arrival_station')) {
      issues.push({
        path: `${base}/arrival_station`,
        message: `Flight ${index + 1} lands where it leaves from ('${departure}'); the arrival is the station on the next 至 TO row.`,
        severity: 'error',
      })
    }
    const date = text('date')
    if (date !== undefined) {
      const { issues: dateIssues, key } = readDate(date, `${base}/date`, `Flight ${index + 1}'s date`)
      issues.push(...dateIssues)
      if (key !== undefined && previousDate !== undefined && key < previousDate) {
        issues.push({
          path: `${base}/date`,
          message: `Flight ${index + 1} on ${date} is dated before the flight printed above it; the itinerary lists flights in order, so check both dates.`,
          severity: 'warning',
        })
      }
      if (key !== undefined) previousDate = key
    }
    const time = text('time')
    const clock = time === undefined ? undefined : timePattern.exec(time)
    if (time !== undefined && !(clock && Number(clock[1]) < 24 && Number(clock[2]) < 60)) {
      issues.push({
        path: `${base}/time`,
        message: `Time '${time}' is not a time of day 'HH:MM' (or 'HHMM'); read it again from the 时间 column.`,
        severity: 'error',
      })
    }
    const seatClass = text('seat_class')
    if (seatClass !== undefined && !/^[A-Z]$/u.test(seatClass)) {
      issues.push({
        path: `${base}/seat_class`,
        message: `Seat class '${seatClass}' is not the one booking-class letter the itinerary prints (e.g. 'Y'); check it.`,
        severity: 'warning',
      })
    }
    const baggage = text('baggage_allowance')
    if (baggage !== undefined && !baggagePattern.test(baggage)) {
      issues.push({
        path: `${base}/baggage_allowance`,
        message: `Baggage allowance '${baggage}' is not a weight or a number of pieces as printed ('20K', '1PC'); check it.`,
        severity: 'warning',
      })
    }
  })
  return issues
}

/** The carrier, as a code or a known short name, should be the airline of the flight number. */
function checkCarrier(carrier: string | undefined, flightNumber: string | undefined, base: string): Issue[] {
  if (carrier === undefined || flightNumber === undefined || !flightNumberPattern.test(flightNumber))
    return []
  const flightCode = flightNumber.slice(0, 2)
  const carrierCode = /^[A-Z0-9]{2}$/u.test(carrier) ? carrier : findAirline('shortName', carrier)?.code
  if (carrierCode === undefined || carrierCode === flightCode) return []
  return [
    {
      path: `${base}/carrier`,
      message: `Carrier '${carrier}' (${carrierCode}) is not the airline of flight ${flightNumber} (${flightCode}); one of them is misread.`,
      severity: 'warning',
    },
  ]
}
