import { checkDateValue, checkResidentIdNumber, formatCalendarDay, hasWildcard, type Issue } from '@tiqu/core'
import { checkValidityPeriod } from './internal/check-validity-period.js'
import { ethnicGroups } from './internal/ethnic-groups.js'

/** The card's number, for the messages of core's resident ID check. */
const idNumber = {
  path: '/id_number',
  name: 'ID number',
  example: '110105198607231235',
  document: 'the card',
}

const frontFields = ['name', 'sex', 'ethnicity', 'birth_date', 'address', 'id_number']
const backFields = ['issuing_authority', 'validity_period']

/**
 * The ID card's checks beyond the schema (document catalog B6): the number's check character and
 * birth date, the number against the birth date and sex, the validity period, and values on the side
 * they belong to. Every check skips a null (absent) value and a value of the wrong type (the schema
 * reports that), and a value with '?' where the check needs the unreadable character.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' ? value : undefined
  }
  const id = text('id_number')
  const idIssues = id === undefined ? [] : checkResidentIdNumber(id, idNumber)
  const validity = text('validity_period')
  return [
    ...checkSides(data),
    ...checkSex(text('sex'), idIssues.length === 0 ? id : undefined),
    ...checkEthnicity(text('ethnicity')),
    ...checkBirthDate(text('birth_date'), idIssues.length === 0 ? id : undefined),
    ...idIssues,
    ...(validity === undefined ? [] : checkValidityPeriod(validity)),
  ]
}

/** A photo shows one side: a value of the other side was probably read from elsewhere. */
function checkSides(data: { [field: string]: unknown }): Issue[] {
  const other = data.side === 'front' ? backFields : data.side === 'back' ? frontFields : []
  return other
    .filter((field) => data[field] !== null && data[field] !== undefined)
    .map((field) => ({
      path: `/${field}`,
      message: `'${field}' is on the other side of the card than the one read ('${String(data.side)}'); it should be null.`,
      severity: 'warning' as const,
    }))
}

/** 男 or 女; and the 17th digit of the number is odd for 男 and even for 女 (GB 11643-1999). */
function checkSex(value: string | undefined, id: string | undefined): Issue[] {
  if (value === undefined || hasWildcard(value)) return []
  if (value !== '男' && value !== '女') {
    return [
      {
        path: '/sex',
        message: `Sex '${value}' is neither '男' nor '女', as the card prints it.`,
        severity: 'error',
      },
    ]
  }
  const digit = id?.[16]
  if (digit === undefined || !/\d/u.test(digit)) return []
  const numberSays = Number(digit) % 2 === 1 ? '男' : '女'
  if (numberSays === value) return []
  return [
    {
      path: '/sex',
      message: `Sex '${value}' disagrees with the ID number, whose 17th digit ${digit} is ${numberSays === '男' ? 'odd (男)' : 'even (女)'}; one of them is misread.`,
      severity: 'error',
    },
  ]
}

function checkEthnicity(value: string | undefined): Issue[] {
  if (value === undefined || hasWildcard(value)) return []
  const group = value.replace(/族$/u, '')
  if (ethnicGroups.includes(group)) return []
  return [
    {
      path: '/ethnicity',
      message: `Ethnicity '${value}' is not one of the 56 recognised ethnic groups; check it against the card.`,
      severity: 'warning',
    },
  ]
}

/** A real date in a known form, equal to the date held in positions 7–14 of the number. */
function checkBirthDate(value: string | undefined, id: string | undefined): Issue[] {
  if (value === undefined || hasWildcard(value)) return []
  const path = '/birth_date'
  const checked = checkDateValue(value, {
    path,
    name: 'Birth date',
    form: 'YYYY年M月D日',
    example: '1986年7月23日',
    document: 'the card',
  })
  // No day: the value's own error. A day in another form than the card's is a warning, which a
  // disagreement with the number outweighs.
  if (checked.day === undefined || id === undefined || hasWildcard(id.slice(6, 14))) return checked.issues
  const inNumber = {
    year: Number(id.slice(6, 10)),
    month: Number(id.slice(10, 12)),
    day: Number(id.slice(12, 14)),
  }
  const { day } = checked
  if (inNumber.year === day.year && inNumber.month === day.month && inNumber.day === day.day) {
    return checked.issues
  }
  return [
    {
      path,
      message: `Birth date '${value}' differs from the one in the ID number (${formatCalendarDay(inNumber, 'YYYY年M月D日')}); one of them is misread.`,
      severity: 'error',
    },
  ]
}
