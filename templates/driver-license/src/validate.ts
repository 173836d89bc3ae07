import {
  addYears,
  type CalendarDay,
  calendarDayNumber,
  checkDateValue,
  checkResidentIdNumber,
  formatCalendarDay,
  hasWildcard,
  type Issue,
} from '@tiqu/core'
import { splitVehicleClass } from './internal/vehicle-classes.js'

/** The licence's number is its holder's resident ID number. */
const licenseNumber = {
  path: '/license_number',
  name: 'Licence number',
  example: '110105198506121239',
  document: 'the licence',
}

/** How the licence prints dates. */
const form = 'YYYY-MM-DD'
const printedDate = (day: CalendarDay) => formatCalendarDay(day, form)

// The youngest a holder may first be licensed is 18 for most classes and was 16 for mopeds (F); a
// first issue earlier than that is more likely a misread date than a real licence.
const youngestHolder = 16
// A first licence runs 6 years, a renewed one 10, then without end (长期).
const terms = [6, 10]

/**
 * The driving licence's checks beyond the schema: the number's form, birth date and check character;
 * the printed birth date and sex against the number; real dates in their printed order (birth, first
 * issue, validity start, end); known vehicle class codes, each once. Every check skips a null (absent)
 * value, a value of the wrong type (the schema reports that), and a value with '?'.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !hasWildcard(value) ? value : undefined
  }
  const number = typeof data.license_number === 'string' ? data.license_number : undefined
  const numberIssues = number === undefined ? [] : checkResidentIdNumber(number, licenseNumber)
  const trusted =
    numberIssues.length === 0 && number !== undefined && !hasWildcard(number) ? number : undefined

  const birth = readDay(text('birth_date'), '/birth_date', 'Date of birth')
  const firstIssue = readDay(text('first_issue_date'), '/first_issue_date', 'First issue date')
  const validFrom = readDay(text('valid_from'), '/valid_from', 'Validity start')
  const until = text('valid_until')
  const validUntil =
    until === undefined || until.trim() === '长期'
      ? { issues: [] }
      : readDay(until, '/valid_until', "Validity end (a date or '长期')")
  const bornOn = birth.day ?? (trusted === undefined ? undefined : numberBirthDay(trusted))

  return [
    ...numberIssues,
    ...checkSex(text('sex'), trusted),
    ...birth.issues,
    ...checkBirthAgainstNumber(birth.day, text('birth_date'), trusted),
    ...firstIssue.issues,
    ...checkFirstIssue(firstIssue.day, bornOn),
    ...checkVehicleClass(text('vehicle_class')),
    ...validFrom.issues,
    ...validUntil.issues,
    ...checkValidity(validFrom.day, validUntil.day, firstIssue.day),
  ]
}

/** A date value's own issues (no date, no real day: errors; another form: warning) and its day. */
function readDay(
  value: string | undefined,
  path: string,
  name: string,
): { issues: Issue[]; day?: CalendarDay } {
  if (value === undefined) return { issues: [] }
  return checkDateValue(value, { path, name, form, example: '2006-09-15', document: 'the licence' })
}

function numberBirthDay(number: string): CalendarDay {
  return {
    year: Number(number.slice(6, 10)),
    month: Number(number.slice(10, 12)),
    day: Number(number.slice(12, 14)),
  }
}

/** 男 or 女; and the number's 17th digit is odd for 男 and even for 女 (GB 11643-1999). */
function checkSex(value: string | undefined, number: string | undefined): Issue[] {
  if (value === undefined) return []
  if (value !== '男' && value !== '女') {
    return [
      {
        path: '/sex',
        message: `Sex '${value}' is neither '男' nor '女', as the licence prints it.`,
        severity: 'error',
      },
    ]
  }
  if (number === undefined) return []
  const digit = Number(number[16])
  const numberSays = digit % 2 === 1 ? '男' : '女'
  if (numberSays === value) return []
  return [
    {
      path: '/sex',
      message: `Sex '${value}' disagrees with the licence number, whose 17th digit ${digit} is ${numberSays === '男' ? 'odd (男)' : 'even (女)'}; one of them is misread.`,
      severity: 'error',
    },
  ]
}

/** The printed date of birth is the one held in positions 7–14 of the number. */
function checkBirthAgainstNumber(
  day: CalendarDay | undefined,
  value: string | undefined,
  number: string | undefined,
): Issue[] {
  if (day === undefined || number === undefined) return []
  const inNumber = numberBirthDay(number)
  if (calendarDayNumber(inNumber) === calendarDayNumber(day)) return []
  return [
    {
      path: '/birth_date',
      message: `Date of birth '${value}' differs from the one in the licence number (${printedDate(inNumber)}); one of them is misread.`,
      severity: 'error',
    },
  ]
}

function checkFirstIssue(day: CalendarDay | undefined, born: CalendarDay | undefined): Issue[] {
  if (day === undefined || born === undefined) return []
  if (calendarDayNumber(day) >= calendarDayNumber(addYears(born, youngestHolder))) return []
  return [
    {
      path: '/first_issue_date',
      message: `First issue date ${printedDate(day)} is before the holder's ${youngestHolder}th birthday (born ${printedDate(born)}); check both dates against the licence.`,
      severity: 'warning',
    },
  ]
}

/** Codes of the seventeen classes, run together, each at most once. */
function checkVehicleClass(value: string | undefined): Issue[] {
  if (value === undefined) return []
  const path = '/vehicle_class'
  const { codes, unknown } = splitVehicleClass(value)
  if (unknown !== undefined || codes.length === 0) {
    return [
      {
        path,
        message:
          `Vehicle class '${value}' is not made of the permitted-class codes ` +
          `A1 A2 A3 B1 B2 C1–C6 D E F M N P${unknown === undefined ? '' : ` ('${unknown}' is none)`}, e.g. 'C1' or 'A2D'.`,
        severity: 'error',
      },
    ]
  }
  const repeated = codes.filter((code, index) => codes.indexOf(code) !== index)
  if (repeated.length > 0) {
    return [
      {
        path,
        message: `Vehicle class '${value}' names ${repeated[0]} twice; a licence prints each class once.`,
        severity: 'error',
      },
    ]
  }
  return []
}

/**
 * The end comes after the start (error); the start is not before the first issue, and a dated period
 * runs 6 or 10 years to the day (warnings: a replacement licence may print other dates).
 */
function checkValidity(
  from: CalendarDay | undefined,
  until: CalendarDay | undefined,
  firstIssue: CalendarDay | undefined,
): Issue[] {
  const issues: Issue[] = []
  if (
    from !== undefined &&
    firstIssue !== undefined &&
    calendarDayNumber(from) < calendarDayNumber(firstIssue)
  ) {
    issues.push({
      path: '/valid_from',
      message: `Validity start ${printedDate(from)} is before the first issue date ${printedDate(firstIssue)}; a licence is valid only from its first issue on.`,
      severity: 'warning',
    })
  }
  if (from === undefined || until === undefined) return issues
  if (calendarDayNumber(until) <= calendarDayNumber(from)) {
    issues.push({
      path: '/valid_until',
      message: `Validity end ${printedDate(until)} is not after its start ${printedDate(from)}; a date is probably misread.`,
      severity: 'error',
    })
  } else if (!terms.some((years) => calendarDayNumber(addYears(from, years)) === calendarDayNumber(until))) {
    issues.push({
      path: '/valid_until',
      message: `Validity period ${printedDate(from)} 至 ${printedDate(until)} is not 6 or 10 years to the day, as licences are issued; check the dates against the licence.`,
      severity: 'warning',
    })
  }
  return issues
}
