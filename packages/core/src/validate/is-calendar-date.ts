/** True when year, month and day name a real day of the Gregorian calendar (leap years included). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this one; UTC so no time zone moves the date.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}
