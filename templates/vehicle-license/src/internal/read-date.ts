import { isCalendarDate } from '@tiqu/core'

/** A calendar day. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

// As the licence prints it ('2006-09-15'), and the forms vendors return ('2006.09.15', '2006/9/15',
// '2006年9月15日', '20060915'), so that a date in another form is still compared with the others.
const printed = /^(\d{4})-(\d{2})-(\d{2})$/u
const others = [
  /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/u,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u,
  /^(\d{4})(\d{2})(\d{2})$/u,
]

/**
 * Reads a date value: the day it names and whether it is in the licence's printed form, or undefined
 * when it is in no known form. The day may not be real; see {@link isRealDay}.
 */
export function readDate(value: string): { day: CalendarDay; printedForm: boolean } | undefined {
  for (const [pattern, printedForm] of [
    [printed, true],
    ...others.map((pattern) => [pattern, false] as const),
  ] as const) {
    const match = pattern.exec(value.trim())
    if (!match) continue
    const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number]
    return { day: { year, month, day }, printedForm }
  }
  return undefined
}

/** True when the day is a real date. */
export function isRealDay(day: CalendarDay): boolean {
  return isCalendarDate(day.year, day.month, day.day)
}

/** Days since 1970-01-01, for comparing two days. */
export function dayNumber(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day) / 86_400_000
}

/** 'YYYY-MM-DD', the licence's printed form. */
export function printedDate(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}

/** The same month and day, some years later (29 February becomes 1 March in a common year). */
export function yearsLater(day: CalendarDay, years: number): CalendarDay {
  const later = new Date(Date.UTC(day.year + years, day.month - 1, day.day))
  return { year: later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: later.getUTCDate() }
}
