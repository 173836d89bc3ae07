import type { Issue } from '@tiqu/core'
import { checkFlights } from './internal/check-flights.js'
import { checkIdNumber } from './internal/check-id-number.js'
import { checkTicketNumber } from './internal/check-ticket-number.js'
import { readDate } from './internal/read-date.js'

const amountPattern = /^\d+(?:\.\d{1,2})?$/u

/** The amounts 合计 adds up, in the order the form prints them. */
const parts = [
  ['fare', 'fare'],
  ['caac_development_fund', 'CAAC development fund'],
  ['fuel_surcharge', 'fuel surcharge'],
  ['other_taxes', 'other taxes'],
] as const

/**
 * The itinerary's checks beyond the schema (document catalog B4): the e-ticket number's length and
 * airline code, the serial number and validation code lengths, the flights (flight number form, real
 * dates and times), a resident ID number's check character, and total = fare + CAAC development fund
 * + fuel surcharge + other taxes, with or without the insurance, to the fen. A null value is never
 * checked, nor a value holding '?'.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !/[?？]/u.test(value) ? value : undefined
  }
  const flightNumbers = Array.isArray(data.flights)
    ? data.flights.flatMap((flight: unknown) => {
        const value = (flight as { flight_number?: unknown } | null)?.flight_number
        return typeof value === 'string' && /^[A-Z0-9]{2}\d{3,4}$/u.test(value) ? [value] : []
      })
    : []
  const ticketNumber = text('ticket_number')
  const idNumber = text('id_number')
  const issueDate = text('issue_date')
  const issues: Issue[] = [
    ...digits(text('serial_number'), '/serial_number', 'Serial number (印刷序号)', 11),
    ...(idNumber === undefined ? [] : checkIdNumber(idNumber)),
    ...checkFlights(data.flights),
    ...(ticketNumber === undefined ? [] : checkTicketNumber(ticketNumber, flightNumbers)),
    ...digits(text('validation_code'), '/validation_code', 'Validation code (验证码)', 4),
    ...(issueDate === undefined ? [] : readDate(issueDate, '/issue_date', 'Issue date').issues),
  ]
  const fen = (field: string, label: string): number | undefined => {
    const value = text(field)
    if (value === undefined) return undefined
    if (amountPattern.test(value)) return Math.round(Number(value) * 100)
    issues.push({
      path: `/${field}`,
      message: `${label[0]?.toUpperCase()}${label.slice(1)} '${value}' should be an amount in yuan with up to 2 decimals, without 'CNY', 'CN', 'YQ' or '¥'.`,
      severity: 'error',
    })
    return undefined
  }
  const amounts = parts.map(([field, label]) => fen(field, label))
  const insurance = fen('insurance', 'insurance')
  const total = fen('total', 'total')
  // Only with every part readable: an unreadable one ('?') or a malformed one leaves the sum unknown.
  const readable = parts.every(([field], index) => data[field] === null || amounts[index] !== undefined)
  const [fare] = amounts
  if (fare !== undefined && total !== undefined && readable) {
    const sum = amounts.reduce<number>((all, part) => all + (part ?? 0), 0)
    const sums = insurance === undefined || insurance === 0 ? [sum] : [sum, sum + insurance]
    if (!sums.includes(total)) {
      const terms = parts
        .map(
          ([field, label], index) =>
            `${label} ${yuan(amounts[index] ?? 0)}${data[field] === null ? ' (blank)' : ''}`,
        )
        .join(' + ')
      const withInsurance =
        sums.length > 1
          ? `, nor ${yuan(sums[1] as number)} with the insurance ${yuan(insurance as number)}`
          : ''
      issues.push({
        path: '/total',
        message: `Total ${yuan(total)} is not ${terms} = ${yuan(sum)}${withInsurance}; an amount is misread: compare the total and its parts with the itinerary.`,
        severity: 'error',
      })
    }
  }
  return issues
}

function digits(value: string | undefined, path: string, label: string, length: number): Issue[] {
  if (value === undefined || new RegExp(`^\\d{${length}}$`, 'u').test(value)) return []
  return [
    {
      path,
      message: `${label} '${value}' should be ${length} digits; read it again, without spaces.`,
      severity: 'error',
    },
  ]
}

function yuan(fen: number): string {
  return (fen / 100).toFixed(2)
}
