import { isCalendarDate } from '@tiqu/core'

/** 'YYYY年MM月DD日' as a licence prints it (a value read without leading zeros is taken too). */
export const chineseDate = '(\\d{4})年(\\d{1,2})月(\\d{1,2})日'

/** A day as a number that orders days (YYYYMMDD), or undefined when the text is not a real date in the printed form. */
export function dayNumber(text: string): number | undefined {
  const match = new RegExp(`^${chineseDate}$`, 'u').exec(text)
  if (!match) return undefined
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number]
  return isCalendarDate(year, month, day) ? year * 10000 + month * 100 + day : undefined
}
