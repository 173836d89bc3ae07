import type { Issue } from '@tiqu/core'
import { findAirline } from './airlines.js'

const path = '/ticket_number'

/**
 * Checks the e-ticket number (document catalog B4): 13 digits, the first three an airline's accounting
 * code. 000 is no airline's (an error); a code not listed, or one of another airline than every
 * flight's, is a warning, since foreign and codeshare tickets exist.
 */
export function checkTicketNumber(value: string, flightNumbers: readonly string[]): Issue[] {
  if (!/^\d{13}$/u.test(value)) {
    return [
      {
        path,
        message: `E-ticket number '${value}' should be 13 digits (a 3-digit airline code and 10 digits, e.g. '7812345678901'); write it without dash or spaces and read it again from 电子客票号码.`,
        severity: 'error',
      },
    ]
  }
  const code = value.slice(0, 3)
  if (code === '000') {
    return [
      {
        path,
        message: `E-ticket number '${value}' starts with 000, which is no airline's accounting code; the first digits are misread.`,
        severity: 'error',
      },
    ]
  }
  const airline = findAirline('accounting', code)
  if (airline === undefined) {
    return [
      {
        path,
        message: `E-ticket number '${value}' starts with ${code}, not the accounting code of a Chinese airline this template knows (999 Air China, 781 China Eastern, 784 China Southern, 880 Hainan...); check the first three digits.`,
        severity: 'warning',
      },
    ]
  }
  const codes = new Set(flightNumbers.map((flightNumber) => flightNumber.slice(0, 2)))
  if (codes.size === 0 || codes.has(airline.code)) return []
  return [
    {
      path,
      message: `E-ticket number '${value}' is ${airline.name}'s (${code}), but no flight is ${airline.code}'s (${[...codes].join(', ')}); check the first three digits unless the ticket is a codeshare.`,
      severity: 'warning',
    },
  ]
}
