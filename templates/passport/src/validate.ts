import type { Issue } from '@tiqu/core'
import { mrzCheckDigit } from './internal/mrz-check-digit.js'
import { mrzNameAgrees } from './internal/mrz-name.js'
import { parsePrintedDate, toMrzDate } from './internal/parse-printed-date.js'
import { parseTd3, splitMrzName, type Td3, withoutFiller } from './internal/parse-td3.js'

const mrzLine = /^[A-Z0-9<]{44}$/u
const wildcard = /[?？]/u

/**
 * The passport's checks beyond the schema: the MRZ's form and its five check digits (ICAO 9303
 * Part 3: weights 7, 3, 1), then each visual-zone field against its MRZ twin. A null value, a value
 * of the wrong type (the schema reports it) and a value holding '?' (an unreadable character) are
 * skipped; so are comparisons with an MRZ that is itself unreadable or malformed.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !wildcard.test(value) ? value : undefined
  }
  const issues: Issue[] = []
  const line1 = text('mrz_line_1')
  const line2 = text('mrz_line_2')
  if (line1 !== undefined && !(mrzLine.test(line1) && line1.startsWith('P'))) {
    issues.push({
      path: '/mrz_line_1',
      message: `MRZ line 1 '${line1}' is not a passport's: 44 characters of A–Z, 0–9 and '<', starting with 'P'.`,
      severity: 'error',
    })
  }
  if (line2 !== undefined && !mrzLine.test(line2)) {
    issues.push({
      path: '/mrz_line_2',
      message: `MRZ line 2 '${line2}' is not 44 characters of A–Z, 0–9 and '<'.`,
      severity: 'error',
    })
  }
  const mrz =
    line1 !== undefined && line2 !== undefined && issues.length === 0 ? parseTd3(line1, line2) : undefined
  if (mrz === undefined) return [...issues, ...checkDates(text)]
  const badChecks = checkDigits(mrz)
  issues.push(...badChecks)
  // A line whose check digits fail is misread; comparing fields with it would blame the wrong field.
  if (badChecks.length === 0) issues.push(...checkAgreement(mrz, text))
  return [...issues, ...checkDates(text)]
}

function checkDigits(mrz: Td3): Issue[] {
  const checks: Array<[string, string, string]> = [
    ['document number', mrz.documentNumber, mrz.documentNumberCheck],
    ['date of birth', mrz.birthDate, mrz.birthDateCheck],
    ['date of expiry', mrz.expiryDate, mrz.expiryDateCheck],
    ['optional data', mrz.optionalData, mrz.optionalDataCheck],
    ['composite', mrz.composite, mrz.compositeCheck],
  ]
  const issues: Issue[] = []
  for (const [name, field, check] of checks) {
    // Empty optional data may carry '<' as its check digit (Part 4, 4.2.2).
    if (name === 'optional data' && check === '<' && /^<+$/u.test(field)) continue
    const expected = mrzCheckDigit(field)
    if (String(expected) !== check) {
      issues.push({
        path: '/mrz_line_2',
        message: `MRZ line 2: the check digit of the ${name} ('${field}') should be ${expected}, not '${check}'; a character is misread.`,
        severity: 'error',
      })
    }
  }
  return issues
}

function checkAgreement(mrz: Td3, text: (field: string) => string | undefined): Issue[] {
  const issues: Issue[] = []
  const differ = (path: string, what: string, printed: string, inMrz: string) =>
    issues.push({
      path,
      message: `The ${what} '${printed}' does not agree with the MRZ's '${inMrz}'; one of them is misread.`,
      severity: 'error',
    })
  const number = text('passport_number')
  const mrzNumber = withoutFiller(mrz.documentNumber)
  // A number longer than 9 characters continues in the optional data (Part 4, 4.2.4): compare 9.
  if (number !== undefined && number.replace(/\s/gu, '').slice(0, 9) !== mrzNumber) {
    differ('/passport_number', 'passport number', number, mrzNumber)
  }
  for (const [field, what, inMrz] of [
    ['nationality', 'nationality code', withoutFiller(mrz.nationality)],
    ['issuing_country', 'issuing country code', withoutFiller(mrz.issuingState)],
  ] as const) {
    const value = text(field)
    if (value !== undefined && value !== inMrz) differ(`/${field}`, what, value, inMrz)
  }
  const sex = text('sex')
  const mrzSex = mrz.sex === '<' ? 'X' : mrz.sex
  if (sex !== undefined && sex !== mrzSex) differ('/sex', 'sex', sex, mrz.sex)
  for (const [field, what, inMrz] of [
    ['date_of_birth', 'date of birth', mrz.birthDate],
    ['date_of_expiry', 'date of expiry', mrz.expiryDate],
  ] as const) {
    const value = text(field)
    const date = value === undefined ? undefined : parsePrintedDate(value)
    if (value !== undefined && date?.real && toMrzDate(date) !== inMrz)
      differ(`/${field}`, what, value, inMrz)
  }
  const names = splitMrzName(mrz.name)
  // Line 1 is full to its last position only when the name had to be cut.
  const truncated = !mrz.name.endsWith('<')
  for (const [field, what, inMrz] of [
    ['surname', 'surname', names.surname],
    ['given_names', 'given names', names.givenNames],
  ] as const) {
    const value = text(field)
    if (value !== undefined && !mrzNameAgrees(value, inMrz, truncated)) {
      // A warning: national transliteration rules vary beyond what Part 3 lists.
      issues.push({
        path: `/${field}`,
        message: `The ${what} '${value}' does not match the MRZ's '${inMrz}' under ICAO transliteration; check both.`,
        severity: 'warning',
      })
    }
  }
  return issues
}

function checkDates(text: (field: string) => string | undefined): Issue[] {
  const issues: Issue[] = []
  for (const [field, what] of [
    ['date_of_birth', 'Date of birth'],
    ['date_of_expiry', 'Date of expiry'],
  ] as const) {
    const value = text(field)
    if (value === undefined) continue
    const date = parsePrintedDate(value)
    if (date === undefined) {
      issues.push({
        path: `/${field}`,
        message: `${what} '${value}' is not in a form this template reads ('12 AUG 1974', '1974-08-12' or '12.08.1974').`,
        severity: 'warning',
      })
    } else if (!date.real) {
      issues.push({ path: `/${field}`, message: `${what} '${value}' is not a real day.`, severity: 'error' })
    }
  }
  const sex = text('sex')
  if (sex !== undefined && !['M', 'F', 'X'].includes(sex)) {
    issues.push({ path: '/sex', message: `Sex '${sex}' is not 'M', 'F' or 'X'.`, severity: 'error' })
  }
  return issues
}
