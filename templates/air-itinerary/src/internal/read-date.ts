import { type Issue, isCalendarDate } from '@tiqu/core'

const datePattern = /^(\d{4})(?:-|\.|\/|年)(\d{1,2})(?:-|\.|\/|月)(\d{1,2})日?$/u

/**
 * Checks a printed date: a real day is fine, an impossible one (2024-02-30) an error, and a form the
 * itinerary does not print (12MAY24) a warning. Returns the issues and, for a real day, its
 * 'YYYY-MM-DD' key, which sorts in date order.
 */
export function readDate(value: string, path: string, label: string): { issues: Issue[]; key?: string } {
  const match = datePattern.exec(value)
  if (!match) {
    return {
      issues: [
        {
          path,
          message: `${label} '${value}' is not in the form the itinerary prints ('2024-05-12'); check it.`,
          severity: 'warning',
        },
      ],
    }
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isCalendarDate(year, month, day)) {
    return {
      issues: [
        {
          path,
          message: `${label} '${value}' is not a real date; a digit was probably misread.`,
          severity: 'error',
        },
      ],
    }
  }
  const key = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return { issues: [], key }
}
