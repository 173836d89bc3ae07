import type { Issue } from '../template/types.js'
import { isCalendarDate } from './is-calendar-date.js'

/** A day of the calendar, as a document prints it. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

/** How a document prints its dates: with zeros and hyphens (`2006-09-15`), or in Chinese (`2006年9月15日`). */
export type PrintedDateForm = 'YYYY-MM-DD' | 'YYYY年M月D日'

const printedPatterns: Record<PrintedDateForm, RegExp> = {
  'YYYY-MM-DD': /^(\d{4})-(\d{2})-(\d{2})$/u,
  // A value read with zeros ('2006年09月15日') is the printed form too.
  YYYY年M月D日: /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u,
}
// The forms readers return besides ('2006.09.15', '2006/9/15', '2006年9月15日', '20060915'), so that a
// date in another form is still compared with the others.
const otherPatterns = [
  /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/u,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u,
  /^(\d{4})(\d{2})(\d{2})$/u,
]

/**
 * Reads a date value: the day it names, whether it is in the document's printed `form`, and whether
 * the day is real (`2023-02-29` is not); undefined when the value is in no known form.
 */
export function readCalendarDay(
  value: string,
  form: PrintedDateForm,
): { day: CalendarDay; printedForm: boolean; real: boolean } | undefined {
  const text = value.trim()
  for (const [pattern, printedForm] of [
    [printedPatterns[form], true],
    ...otherPatterns.map((pattern) => [pattern, false] as const),
  ] as const) {
    const match = pattern.exec(text)
    if (!match) continue
    const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number]
    return { day: { year, month, day }, printedForm, real: isCalendarDate(year, month, day) }
  }
  return undefined
}

/** The day written in `form`. */
export function formatCalendarDay(day: CalendarDay, form: PrintedDateForm): string {
  if (form === 'YYYY年M月D日') return `${day.year}年${day.month}月${day.day}日`
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}

/** Days since 1970-01-01, for comparing and subtracting days. */
export function calendarDayNumber(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day) / 86_400_000
}

/** The same month and day, some years later (29 February becomes 1 March in a common year). */
export function addYears(day: CalendarDay, years: number): CalendarDay {
  const later = new Date(Date.UTC(day.year + years, day.month - 1, day.day))
  return { year: later.getUTCFullYear(), month: later.getUTCMonth() + 1, day: later.getUTCDate() }
}

/** A date field, for the messages of {@link checkDateValue}. */
export interface DateField {
  /** JSON pointer of the field, e.g. `/issue_date`. */
  path: string
  /** The field's name at the start of a sentence, e.g. `Issue date`. */
  name: string
  /** How the document prints dates. */
  form: PrintedDateForm
  /** A date in that form, for the message about a value in no known form. */
  example: string
  /** The document, e.g. `the licence`. */
  document: string
}

/**
 * A date value's own issue and its day: an error when it is in no known form or not a real day (no
 * day then), a warning when it is in another form than the document's (with the printed form to write).
 */
export function checkDateValue(value: string, field: DateField): { issues: Issue[]; day?: CalendarDay } {
  const issue = (message: string, severity: Issue['severity']): Issue[] => [
    { path: field.path, message, severity },
  ]
  const read = readCalendarDay(value, field.form)
  if (!read) {
    return {
      issues: issue(
        `${field.name} '${value}' is not a date in ${field.document}'s form '${field.form}' (e.g. '${field.example}').`,
        'error',
      ),
    }
  }
  if (!read.real) return { issues: issue(`${field.name} '${value}' is not a real date.`, 'error') }
  if (!read.printedForm) {
    return {
      day: read.day,
      issues: issue(
        `${field.name} '${value}' is not in ${field.document}'s printed form; write it as '${formatCalendarDay(read.day, field.form)}'.`,
        'warning',
      ),
    }
  }
  return { issues: [], day: read.day }
}
