import { type Issue, isCalendarDate, residentIdCheckCharacter } from '@tiqu/core'

/**
 * Checks an ID number that has the form of a resident ID number (17 digits and a digit or X): a real
 * birth date in positions 7–14 and the right check character. Other documents (passports, Hong Kong
 * and Macao permits) have other forms and are not checked.
 */
export function checkIdNumber(value: string): Issue[] {
  if (!/^\d{17}[\dXx]$/u.test(value)) return []
  const [year, month, day] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number) as [
    number,
    number,
    number,
  ]
  if (year < 1900 || !isCalendarDate(year, month, day)) {
    return [
      error(
        `ID number '${value}' holds birth date ${value.slice(6, 14)}, which is not a real date; compare the number with the itinerary.`,
      ),
    ]
  }
  const expected = residentIdCheckCharacter(value.slice(0, 17))
  if (value[17]?.toUpperCase() === expected) return []
  return [
    error(
      `ID number '${value}' fails its check character: the first 17 digits call for '${expected}' at the end. A digit was probably misread; compare it with the itinerary.`,
    ),
  ]
}

function error(message: string): Issue {
  return { path: '/id_number', message, severity: 'error' }
}
