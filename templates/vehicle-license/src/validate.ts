import {
  type CalendarDay,
  calendarDayNumber,
  checkDateValue,
  formatCalendarDay,
  hasWildcard,
  type Issue,
} from '@tiqu/core'
import { platePattern } from './internal/plate-number.js'
import { useCharacters } from './internal/use-characters.js'
import { vinAlphabet, vinCheckDigit } from './internal/vin.js'

/** How the licence prints dates. */
const form = 'YYYY-MM-DD'
const printedDate = (day: CalendarDay) => formatCalendarDay(day, form)

const vinFormat = new RegExp(`^[${vinAlphabet}]{17}$`, 'u')

/**
 * The vehicle licence's checks beyond the schema: the plate's form, the VIN's alphabet, length and
 * ISO 3779 check digit, real dates with the licence issued on or after registration, and a known use.
 * Every check skips a null (absent) value, a value of the wrong type (the schema reports that), and a
 * value with '?'.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !hasWildcard(value) ? value : undefined
  }
  const registered = readDay(text('register_date'), '/register_date', 'Register date')
  const issued = readDay(text('issue_date'), '/issue_date', 'Issue date')
  return [
    ...checkPlate(text('plate_number')),
    ...checkVin(text('vin')),
    ...registered.issues,
    ...issued.issues,
    ...checkIssuedAfterRegistration(registered.day, issued.day),
    ...checkUse(text('use_character')),
  ]
}

function checkPlate(value: string | undefined): Issue[] {
  if (value === undefined || platePattern.test(value.trim())) return []
  return [
    {
      path: '/plate_number',
      message:
        `Plate number '${value}' is not a province's character, a letter (not I or O) and five letters or digits, ` +
        "or six for a new-energy vehicle (e.g. '京N8K2L6', '沪AD12345').",
      severity: 'error',
    },
  ]
}

function checkVin(value: string | undefined): Issue[] {
  if (value === undefined) return []
  const vin = value.toUpperCase()
  const length = [...vin].length
  if (length !== 17) {
    return [vinError(`VIN '${value}' has ${length} characters; a VIN has 17 (e.g. 'LSVAM4187C2184758').`)]
  }
  const forbidden = [...vin].filter((character) => 'IOQ'.includes(character))
  if (forbidden.length > 0) {
    return [
      vinError(
        `VIN '${value}' holds ${forbidden.join(', ')}, which a VIN never uses (I, O and Q pass for 1 and 0); the character was probably misread.`,
      ),
    ]
  }
  if (!vinFormat.test(vin)) {
    return [vinError(`VIN '${value}' holds characters other than digits and capital letters.`)]
  }
  const expected = vinCheckDigit(vin)
  if (vin[8] === expected) return []
  return [
    vinError(
      `VIN '${value}' fails its check digit: the other characters call for '${expected}' at position 9, not '${vin[8]}'. ` +
        'A character was probably misread; compare it with the licence.',
    ),
  ]
}

function vinError(message: string): Issue {
  return { path: '/vin', message, severity: 'error' }
}

/** A date value's own issues (no date, no real day: errors; another form: warning) and its day. */
function readDay(
  value: string | undefined,
  path: string,
  name: string,
): { issues: Issue[]; day?: CalendarDay } {
  if (value === undefined) return { issues: [] }
  return checkDateValue(value, { path, name, form, example: '2016-05-20', document: 'the licence' })
}

/** A licence is issued when the vehicle is registered, or later (a replacement, a transfer). */
function checkIssuedAfterRegistration(
  registered: CalendarDay | undefined,
  issued: CalendarDay | undefined,
): Issue[] {
  if (
    registered === undefined ||
    issued === undefined ||
    calendarDayNumber(issued) >= calendarDayNumber(registered)
  )
    return []
  return [
    {
      path: '/issue_date',
      message: `Issue date ${printedDate(issued)} is before the register date ${printedDate(registered)}; a licence is issued on registration or later. One of them is misread.`,
      severity: 'error',
    },
  ]
}

function checkUse(value: string | undefined): Issue[] {
  if (value === undefined || useCharacters.includes(value.trim())) return []
  return [
    {
      path: '/use_character',
      message: `Use '${value}' is none of the uses licences record (非营运, 出租客运, 货运, …); check it against the licence.`,
      severity: 'warning',
    },
  ]
}
