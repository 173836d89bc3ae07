import {
  hasWildcard,
  type Issue,
  isCalendarDate,
  residentIdCheckCharacter,
  wildcardPattern,
} from '@tiqu/core'

/** A calendar day, for comparing a birth date with the day of travel. */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

const path = '/id_card_number'
const masked = wildcardPattern('^\\d{10}\\*{4}\\d{3}[\\dXx]$')
const full = wildcardPattern('^\\d{17}[\\dXx]$')

/**
 * Checks a resident ID card number as a ticket prints it: masked (`1101051990****123X`, birth month and
 * day hidden) or in full. The birth date digits that show must form a real date not after the day of
 * travel; a full number must carry the right check character. Characters shown as '?' are skipped.
 * @param travelDay the ticket's departure day, when it could be read.
 */
export function checkIdCardNumber(value: string, travelDay?: CalendarDay): Issue[] {
  const length = [...value].length
  if (length !== 18) {
    return [
      error(
        `ID card number '${value}' has ${length} characters; a Chinese ID card number has 18 ` +
          "(on a ticket usually masked: 10 digits, '****', 3 digits and a digit or X).",
      ),
    ]
  }
  if (masked.test(value)) return checkBirth(value, value.slice(6, 10), '', '', travelDay)
  if (full.test(value)) {
    const birth = checkBirth(value, value.slice(6, 10), value.slice(10, 12), value.slice(12, 14), travelDay)
    if (birth.length > 0 || hasWildcard(value)) return birth
    const expected = residentIdCheckCharacter(value.slice(0, 17))
    if (value[17]?.toUpperCase() !== expected) {
      return [
        error(
          `ID card number '${value}' fails its check character: the first 17 digits call for '${expected}' at ` +
            'the end. A digit was probably misread; compare it with the ticket.',
        ),
      ]
    }
    return []
  }
  return [
    error(
      `ID card number '${value}' is neither a masked number (10 digits, '****', 3 digits and a digit or X, ` +
        "e.g. '1101051990****123X') nor a full 18-character one.",
    ),
  ]
}

function checkBirth(
  value: string,
  year: string,
  month: string,
  day: string,
  travelDay?: CalendarDay,
): Issue[] {
  // A masked number shows only the year: check what can be checked, with January 1st standing in.
  const parts = [year, month || '01', day || '01']
  if (parts.some(hasWildcard)) return []
  const [y, m, d] = parts.map(Number) as [number, number, number]
  const shown = [year, month, day].filter(Boolean).join('-')
  if (y < 1900 || !isCalendarDate(y, m, d)) {
    return [error(`ID card number '${value}' holds birth date ${shown}, which is not a real date.`)]
  }
  if (travelDay && compare({ year: y, month: m, day: d }, travelDay) > 0) {
    return [
      error(
        `ID card number '${value}' holds birth date ${shown}, after the day of travel ` +
          `${travelDay.year}-${pad(travelDay.month)}-${pad(travelDay.day)}; one of them is misread.`,
      ),
    ]
  }
  return []
}

function compare(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

function error(message: string): Issue {
  return { path, message, severity: 'error' }
}
