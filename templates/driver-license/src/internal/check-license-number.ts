import {
  hasWildcard,
  type Issue,
  isCalendarDate,
  residentIdCheckCharacter,
  wildcardPattern,
} from '@tiqu/core'

const path = '/license_number'
const format = wildcardPattern('^\\d{17}[\\dXx]$')

/**
 * Checks a licence number: 18 characters (17 digits and a digit or X), a real birth date in positions
 * 7–14, and the right check character. Characters shown as '?' are skipped.
 */
export function checkLicenseNumber(value: string): Issue[] {
  const length = [...value].length
  if (length !== 18 || !format.test(value)) {
    return [
      error(
        `Licence number '${value}' is not 17 digits and a check digit or X (18 characters, e.g. '110105198506121239'); ` +
          `it has ${length} characters.`,
      ),
    ]
  }
  const birth = value.slice(6, 14)
  if (!hasWildcard(birth)) {
    const [year, month, day] = [birth.slice(0, 4), birth.slice(4, 6), birth.slice(6, 8)].map(Number) as [
      number,
      number,
      number,
    ]
    if (year < 1900 || !isCalendarDate(year, month, day)) {
      return [error(`Licence number '${value}' holds birth date ${birth}, which is not a real date.`)]
    }
  }
  if (hasWildcard(value)) return []
  const expected = residentIdCheckCharacter(value.slice(0, 17))
  if (value[17]?.toUpperCase() !== expected) {
    return [
      error(
        `Licence number '${value}' fails its check character: the first 17 digits call for '${expected}' at the end. ` +
          'A digit was probably misread; compare it with the licence.',
      ),
    ]
  }
  return []
}

function error(message: string): Issue {
  return { path, message, severity: 'error' }
}
