import { isCalendarDate } from '@tiqu/core'

/** A calendar day. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

// As printed on the card ('1986年7月23日'), and the forms vendors return ('19860723', '1986-07-23',
// '1986.07.23', '1986/7/23'), so that a value in another form is still compared with the number.
const printed = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u
const others = [/^(\d{4})(\d{2})(\d{2})$/u, /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/u]

/**
 * Reads a birth date value: the day it names, whether it is in the card's printed form, or undefined
 * when it is in no known form.
 */
export function parseBirthDate(value: string): { day: CalendarDay; printedForm: boolean } | undefined {
  for (const [pattern, printedForm] of [
    [printed, true],
    ...others.map((pattern) => [pattern, false] as const),
  ] as const) {
    const match = pattern.exec(value)
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

/** 'YYYY年M月D日', the card's printed form. */
export function printedDate(day: CalendarDay): string {
  return `${day.year}年${day.month}月${day.day}日`
}
