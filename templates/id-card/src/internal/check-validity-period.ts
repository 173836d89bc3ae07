import { hasWildcard, type Issue, isCalendarDate } from '@tiqu/core'

const path = '/validity_period'
// The card prints a hyphen; OCR and models return other dashes and a tilde for it as well.
const period = /^(\d{4})\.(\d{2})\.(\d{2})\s*[-－–—~～至]\s*(?:(\d{4})\.(\d{2})\.(\d{2})|(长期))$/u
// GB/T 17274 / the ID card law: 5 years under 16, 10 to 25, 20 to 45, then long-term (catalog, bg).
const terms = [5, 10, 20]

/**
 * Checks a validity period: 'YYYY.MM.DD-YYYY.MM.DD' or 'YYYY.MM.DD-长期', both dates real and the end
 * after the start (errors); a term other than 5, 10 or 20 years to the day is only a warning.
 */
export function checkValidityPeriod(value: string): Issue[] {
  if (hasWildcard(value)) return []
  const match = period.exec(value)
  if (!match) {
    return [
      error(
        `Validity period '${value}' is not in the card's form 'YYYY.MM.DD-YYYY.MM.DD' or 'YYYY.MM.DD-长期' ` +
          "(e.g. '2016.08.15-2036.08.15').",
      ),
    ]
  }
  const [startYear, startMonth, startDay, endYear, endMonth, endDay] = match
    .slice(1, 7)
    .map(Number) as number[]
  if (!isCalendarDate(startYear as number, startMonth as number, startDay as number)) {
    return [error(`Validity period '${value}': its start is not a real date.`)]
  }
  if (match[7] === '长期') return []
  if (!isCalendarDate(endYear as number, endMonth as number, endDay as number)) {
    return [error(`Validity period '${value}': its end is not a real date.`)]
  }
  const start = Date.UTC(startYear as number, (startMonth as number) - 1, startDay as number)
  const end = Date.UTC(endYear as number, (endMonth as number) - 1, endDay as number)
  if (end <= start) {
    return [error(`Validity period '${value}' ends before it starts; a date is probably misread.`)]
  }
  const years = (endYear as number) - (startYear as number)
  if (!terms.includes(years) || startMonth !== endMonth || startDay !== endDay) {
    return [
      {
        path,
        message: `Validity period '${value}' is not a term of 5, 10 or 20 years to the day, as cards are issued; check the dates against the card.`,
        severity: 'warning',
      },
    ]
  }
  return []
}

function error(message: string): Issue {
  return { path, message, severity: 'error' }
}
