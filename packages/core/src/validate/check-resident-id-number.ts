import type { Issue } from '../template/types.js'
import { isCalendarDate } from './is-calendar-date.js'
import { residentIdCheckCharacter } from './resident-id-check-character.js'
import { hasWildcard, wildcardPattern } from './wildcard-pattern.js'

/** How a document names the resident ID number it carries, for the messages of {@link checkResidentIdNumber}. */
export interface ResidentIdNumberField {
  /** JSON pointer of the field, e.g. `/id_number`. */
  path: string
  /** The number's name at the start of a sentence, e.g. `ID number`, `Licence number`. */
  name: string
  /** A valid 18-character number to show in the message about the form. */
  example: string
  /** What to compare a misread number with, e.g. `the card`. */
  document: string
}

const format = wildcardPattern('^\\d{17}[\\dXx]$')

/**
 * Checks a mainland resident ID number (GB 11643-1999), as printed on an ID card and as a driving
 * licence's number: 18 characters (17 digits and a digit or X), a real birth date in positions 7–14,
 * and the right check character. Characters shown as '?' are skipped. At most one issue, an error.
 */
export function checkResidentIdNumber(value: string, field: ResidentIdNumberField): Issue[] {
  const error = (message: string): Issue[] => [{ path: field.path, message, severity: 'error' }]
  const length = [...value].length
  if (length !== 18 || !format.test(value)) {
    return error(
      `${field.name} '${value}' is not 17 digits and a check digit or X (18 characters, e.g. '${field.example}'); ` +
        `it has ${length} characters.`,
    )
  }
  const birth = value.slice(6, 14)
  if (!hasWildcard(birth)) {
    const [year, month, day] = [birth.slice(0, 4), birth.slice(4, 6), birth.slice(6, 8)].map(Number) as [
      number,
      number,
      number,
    ]
    if (year < 1900 || !isCalendarDate(year, month, day)) {
      return error(`${field.name} '${value}' holds birth date ${birth}, which is not a real date.`)
    }
  }
  if (hasWildcard(value)) return []
  const expected = residentIdCheckCharacter(value.slice(0, 17))
  if (value[17]?.toUpperCase() !== expected) {
    return error(
      `${field.name} '${value}' fails its check character: the first 17 digits call for '${expected}' at the end. ` +
        `A digit was probably misread; compare it with ${field.document}.`,
    )
  }
  return []
}
