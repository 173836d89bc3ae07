import { hasWildcard, type Issue } from '@tiqu/core'
import { type AmountReading, formatAmount, readAmount } from './read-amount.js'

/** Half a cent, in thousandths: amounts that must agree "to the cent" may differ by less. */
const toTheCent = 5
/** One cent, in thousandths: a line's or a tax's rounding. */
const oneCent = 10

/**
 * The items table's checks: each line's forms (amounts, quantity, tax rate), quantity × unit price =
 * amount (a warning: line discounts and long unit prices exist), the lines adding up to the subtotal
 * (an error), and the lines' tax rates giving the total tax (a warning, checked only without a discount,
 * which would spread over the lines in ways the invoice does not show).
 */
export function checkItems(
  items: unknown[],
  subtotal: AmountReading,
  discount: AmountReading,
  tax: AmountReading,
): Issue[] {
  const issues: Issue[] = []
  let sum = 0
  let taxByRates = 0
  let complete = true
  let allRated = items.length > 0
  items.forEach((item, index) => {
    const line = (item ?? {}) as { [field: string]: unknown }
    const name = `Item ${index + 1}'s`
    const amount = readAmount(line.amount, `/items/${index}/amount`, `${name} amount`, issues)
    const unitPrice = readAmount(line.unit_price, `/items/${index}/unit_price`, `${name} unit price`, issues)
    const quantity = readNumber(line.quantity, `/items/${index}/quantity`, `${name} quantity`, issues)
    const rate = readRate(line.tax_rate, `/items/${index}/tax_rate`, `${name} tax rate`, issues)
    if (amount.state === 'read' && unitPrice.state === 'read' && quantity !== undefined) {
      const product = Math.round(quantity * unitPrice.value)
      if (Math.abs(product - amount.value) > oneCent) {
        issues.push({
          path: `/items/${index}/amount`,
          message: `Item ${index + 1}: ${line.quantity} × ${line.unit_price} is ${formatAmount(product)}, not ${line.amount}; check the line (a discount on it?).`,
          severity: 'warning',
        })
      }
    }
    if (amount.state === 'read') sum += amount.value
    else complete = false
    if (amount.state === 'read' && rate !== undefined) taxByRates += (amount.value * rate) / 100
    else allRated = false
  })
  if (
    complete &&
    items.length > 0 &&
    subtotal.state === 'read' &&
    Math.abs(sum - subtotal.value) >= toTheCent
  ) {
    issues.push({
      path: '/items',
      message: `The items' amounts add up to ${formatAmount(sum)}, not the subtotal ${formatAmount(subtotal.value)}; an item is missing or misread, or the subtotal is.`,
      severity: 'error',
    })
  }
  if (allRated && discount.state === 'absent' && tax.state === 'read') {
    if (Math.abs(taxByRates - tax.value) > oneCent * items.length) {
      issues.push({
        path: '/total_tax',
        message: `The lines' tax rates give ${formatAmount(taxByRates)} of tax, not the total tax ${formatAmount(tax.value)}; a rate or the tax is misread.`,
        severity: 'warning',
      })
    }
  }
  return issues
}

/** A quantity: a plain number, else a warning (a unit such as '2 h' belongs in the description). */
function readNumber(value: unknown, path: string, name: string, issues: Issue[]): number | undefined {
  if (typeof value !== 'string' || hasWildcard(value)) return undefined
  if (/^\d+(?:\.\d+)?$/u.test(value)) return Number(value)
  issues.push({
    path,
    message: `${name} '${value}' is not a number such as '2' or '7.5'.`,
    severity: 'warning',
  })
  return undefined
}

/** A tax rate: a percentage such as '19%' or '8.1%', else an error. */
function readRate(value: unknown, path: string, name: string, issues: Issue[]): number | undefined {
  if (typeof value !== 'string' || hasWildcard(value)) return undefined
  const match = /^(\d{1,2}(?:\.\d{1,3})?)%$/u.exec(value)
  if (match) return Number(match[1])
  issues.push({
    path,
    message: `${name} '${value}' is not a percentage such as '19%' or '8.1%' (no space before '%').`,
    severity: 'error',
  })
  return undefined
}
