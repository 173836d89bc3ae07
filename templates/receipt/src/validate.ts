import { hasWildcard, type Issue, isCalendarDate } from '@tiqu/core'
import { currencyCodes } from './internal/currency-codes.js'
import { parseAmount } from './internal/parse-amount.js'

/** Rounding a till may do on each line or on the tax: one cent, in thousandths. */
const tolerance = 10

/**
 * The receipt's checks beyond the schema. Every check skips a null (absent) value and a value of the
 * wrong type (the schema reports that), and a value holding '?' (an unreadable character makes a value
 * uncertain, not wrong); the arithmetic runs only on amounts that are all readable.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !hasWildcard(value) ? value : undefined
  }
  const issues: Issue[] = [
    ...checkDate(text('date')),
    ...checkTime(text('time')),
    ...checkCurrency(text('currency')),
  ]
  const total = readAmount(text('total'), '/total', 'Total', issues)
  const subtotal = readAmount(text('subtotal'), '/subtotal', 'Subtotal', issues)
  const tax = readAmount(text('tax'), '/tax', 'Tax', issues)
  if (total !== undefined && subtotal !== undefined && tax !== undefined) {
    if (Math.abs(subtotal + tax - total) > tolerance) {
      issues.push({
        path: '/total',
        message: `Subtotal ${text('subtotal')} plus tax ${text('tax')} is ${format(subtotal + tax)}, not the total ${text('total')}; one of the three is misread.`,
        severity: 'error',
      })
    }
  }
  const items = Array.isArray(data.items) ? data.items : undefined
  // A subtotal that is printed but unreadable or malformed leaves nothing sure to compare the items with.
  const subtotalUnsure = data.subtotal !== null && data.subtotal !== undefined && subtotal === undefined
  if (items !== undefined && !subtotalUnsure) issues.push(...checkItems(items, subtotal, total))
  return issues
}

function readAmount(
  value: string | undefined,
  path: string,
  name: string,
  issues: Issue[],
): number | undefined {
  if (value === undefined) return undefined
  const parsed = parseAmount(value)
  if (parsed === undefined) {
    issues.push({
      path,
      message: `${name} '${value}' is not an amount in the schema's form: digits with a '.' before the decimals, no currency symbol or thousands separator (e.g. '1280.50').`,
      severity: 'error',
    })
  }
  return parsed
}

function checkItems(items: unknown[], subtotal: number | undefined, total: number | undefined): Issue[] {
  const issues: Issue[] = []
  let sum = 0
  let complete = true
  items.forEach((item, index) => {
    const line = (item ?? {}) as { [field: string]: unknown }
    const field = (name: string) => {
      const value = line[name]
      return typeof value === 'string' && !hasWildcard(value) ? value : undefined
    }
    const amount = readAmount(field('amount'), `/items/${index}/amount`, `Item ${index + 1}'s amount`, issues)
    const unitPrice = readAmount(
      field('unit_price'),
      `/items/${index}/unit_price`,
      `Item ${index + 1}'s unit price`,
      issues,
    )
    const quantityText = field('quantity')
    const quantity = quantityText === undefined ? undefined : Number(quantityText)
    if (quantityText !== undefined && !/^\d+(?:\.\d+)?$/u.test(quantityText)) {
      issues.push({
        path: `/items/${index}/quantity`,
        message: `Item ${index + 1}'s quantity '${quantityText}' is not a number such as '2' or '0.512'.`,
        severity: 'warning',
      })
    } else if (quantity !== undefined && unitPrice !== undefined && amount !== undefined) {
      // Goods sold by weight are rounded to the cent, so allow a cent either way.
      if (Math.abs(quantity * unitPrice - amount) > tolerance) {
        issues.push({
          path: `/items/${index}/amount`,
          message: `Item ${index + 1}: ${quantityText} × ${field('unit_price')} is ${format(quantity * unitPrice)}, not ${field('amount')}; check the line (a discount on it?).`,
          severity: 'warning',
        })
      }
    }
    if (amount === undefined) complete = false
    else sum += amount
  })
  // The items make the subtotal where prices exclude tax, and the total where they include it.
  const sums = [subtotal, total].filter((amount) => amount !== undefined)
  if (
    complete &&
    items.length > 0 &&
    sums.length > 0 &&
    sums.every((amount) => Math.abs(sum - amount) > tolerance)
  ) {
    // A warning: receipts list discounts, deposits and coupons in ways the item list may not hold.
    issues.push({
      path: '/items',
      message: `The items' amounts add up to ${format(sum)}, neither the subtotal nor the total; an item may be missing or misread (or a discount is not listed).`,
      severity: 'warning',
    })
  }
  return issues
}

function checkDate(value: string | undefined): Issue[] {
  if (value === undefined) return []
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  if (!match) {
    return [
      {
        path: '/date',
        message: `Date '${value}' is not in ISO 8601 form 'YYYY-MM-DD' (e.g. '2025-03-14').`,
        severity: 'error',
      },
    ]
  }
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (isCalendarDate(year, month, day)) return []
  return [{ path: '/date', message: `Date '${value}' is not a real day of the calendar.`, severity: 'error' }]
}

function checkTime(value: string | undefined): Issue[] {
  if (value === undefined) return []
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/u.exec(value)
  const [hour, minute, second] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0))
  if (match && (hour ?? 24) <= 23 && (minute ?? 60) <= 59 && (second ?? 0) <= 59) return []
  return [
    {
      path: '/time',
      message: `Time '${value}' is not a time of day in 24-hour form 'HH:MM' or 'HH:MM:SS' (e.g. '18:42').`,
      severity: 'error',
    },
  ]
}

function checkCurrency(value: string | undefined): Issue[] {
  if (value === undefined || currencyCodes.has(value)) return []
  const hint = /^[A-Z]{3}$/u.test(value)
    ? 'is not an ISO 4217 currency code'
    : "is not an ISO 4217 currency code (three capital letters, e.g. 'EUR' for €)"
  return [{ path: '/currency', message: `Currency '${value}' ${hint}.`, severity: 'error' }]
}

function format(thousandths: number): string {
  return (thousandths / 1000).toFixed(2)
}
