import { type Issue, isCalendarDate } from '@tiqu/core'

const amountPattern = /^\d+(?:\.\d{1,2})?$/u
/** A ride longer than this, taking drop-off before pick-up as crossing midnight, is not a taxi ride. */
const longestRideMinutes = 12 * 60
/** Kilometres a flag-fall price usually covers (bg: 2.5–3 km in most cities). */
const flagFallKilometres = 3

/**
 * The taxi receipt's checks beyond the schema (document catalog B3). A null value is never checked,
 * nor a value holding '?'. Only what is certainly wrong is an error; the fare's plausibility, which
 * depends on the city's flag-fall, waiting time and surcharges, is a warning.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !value.includes('?') ? value : undefined
  }
  const issues: Issue[] = [
    ...digits(text('invoice_code'), '/invoice_code', 'Invoice code', 12),
    ...digits(text('invoice_number'), '/invoice_number', 'Invoice number', 8),
    ...checkDate(text('date')),
  ]
  const pickUp = readTime(text('pick_up_time'), '/pick_up_time', 'Pick-up time', issues)
  const dropOff = readTime(text('drop_off_time'), '/drop_off_time', 'Drop-off time', issues)
  if (
    pickUp !== undefined &&
    dropOff !== undefined &&
    (dropOff - pickUp + 1440) % 1440 > longestRideMinutes
  ) {
    issues.push({
      path: '/drop_off_time',
      message: `Drop-off time ${text('drop_off_time')} is before the pick-up time ${text('pick_up_time')} (a ride across midnight would last over 12 hours).`,
      severity: 'error',
    })
  }
  const price = readNumber(text('unit_price'), '/unit_price', 'Unit price', issues)
  const distance = readNumber(text('distance'), '/distance', 'Distance', issues)
  const fare = readNumber(text('fare'), '/fare', 'Fare', issues)
  const surcharge = readNumber(text('fuel_surcharge'), '/fuel_surcharge', 'Fuel surcharge', issues)
  const total = readNumber(text('total_fare'), '/total_fare', 'Total fare', issues)
  if (price !== undefined && distance !== undefined && fare !== undefined) {
    const lowest = Math.max(0, distance - flagFallKilometres) * price * 0.8
    const highest = distance * price * 1.5 + 40
    if (fare < lowest || fare > highest) {
      issues.push({
        path: '/fare',
        message: `Fare ${fare.toFixed(2)} is far from ${distance} km × ${price.toFixed(2)} per km plus a flag-fall; check the fare, distance and unit price.`,
        severity: 'warning',
      })
    }
  }
  if (
    fare !== undefined &&
    total !== undefined &&
    Math.round((fare + (surcharge ?? 0)) * 100) > Math.round(total * 100)
  ) {
    issues.push({
      path: '/total_fare',
      message: `Total fare ${total.toFixed(2)} is less than the fare ${fare.toFixed(2)}${surcharge === undefined ? '' : ` plus the fuel surcharge ${surcharge.toFixed(2)}`}.`,
      severity: 'warning',
    })
  }
  return issues
}

function digits(value: string | undefined, path: string, label: string, length: number): Issue[] {
  if (value === undefined || new RegExp(`^\\d{${length}}$`, 'u').test(value)) return []
  return [{ path, message: `${label} '${value}' should be ${length} digits.`, severity: 'error' }]
}

function checkDate(value: string | undefined): Issue[] {
  if (value === undefined) return []
  const match = /^(\d{4})(?:-|\.|\/|年)(\d{1,2})(?:-|\.|\/|月)(\d{1,2})日?$/u.exec(value)
  if (!match) {
    return [
      {
        path: '/date',
        message: `Date '${value}' is not in a form taxi meters print (e.g. '2024-03-15', '2024年03月15日'); check it.`,
        severity: 'warning',
      },
    ]
  }
  if (isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return []
  return [{ path: '/date', message: `Date '${value}' is not a real date.`, severity: 'error' }]
}

/** Minutes since midnight, or undefined (with an error pushed when the value is not a time). */
function readTime(
  value: string | undefined,
  path: string,
  label: string,
  issues: Issue[],
): number | undefined {
  if (value === undefined) return undefined
  const match = /^(\d{2}):(\d{2})$/u.exec(value)
  if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return Number(match[1]) * 60 + Number(match[2])
  issues.push({ path, message: `${label} '${value}' is not a time of day 'HH:MM'.`, severity: 'error' })
  return undefined
}

function readNumber(
  value: string | undefined,
  path: string,
  label: string,
  issues: Issue[],
): number | undefined {
  if (value === undefined) return undefined
  if (amountPattern.test(value)) return Number(value)
  issues.push({
    path,
    message: `${label} '${value}' should be a number with up to 2 decimals, without units.`,
    severity: 'error',
  })
  return undefined
}
