import { isCalendarDate } from '@tiqu/core'

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

/** A date as the data page prints it, read into numbers; `real` is false for a day the calendar lacks. */
export interface PrintedDate {
  year: number
  month: number
  day: number
  real: boolean
}

/**
 * Reads a visual-zone date: ICAO's '12 AUG 1974' (a bilingual month such as 'AUG/AOÛT' or 'MAR/MARS'
 * counts by its English part; spaces may be missing), or '1974-08-12', '12.08.1974', '12/08/1974'.
 * Undefined for another form.
 */
export function parsePrintedDate(value: string): PrintedDate | undefined {
  const text = value.trim().toUpperCase()
  let parts: [number, number, number] | undefined
  const named = /^(\d{1,2})\s*([A-Z]{3})[A-ZÀ-Ý]*(?:\s*\/\s*[A-ZÀ-Ý]+)?\s*(\d{4})$/u.exec(text)
  if (named) {
    const month = months.indexOf(named[2] as string) + 1
    if (month === 0) return undefined
    parts = [Number(named[3]), month, Number(named[1])]
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text)
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  const dayFirst = /^(\d{2})[./](\d{2})[./](\d{4})$/u.exec(text)
  if (dayFirst) parts = [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
  if (parts === undefined) return undefined
  const [year, month, day] = parts
  return { year, month, day, real: isCalendarDate(year, month, day) }
}

/** The MRZ's YYMMDD form of a date. */
export function toMrzDate(date: PrintedDate): string {
  const two = (number: number) => String(number % 100).padStart(2, '0')
  return two(date.year) + two(date.month) + two(date.day)
}
