import { hasWildcard, type Issue, isCalendarDate } from '@tiqu/core'
import { checkIban } from './internal/check-iban.js'
import { checkItems } from './internal/check-items.js'
import { checkVatId } from './internal/check-vat-id.js'
import { currencyCodes } from './internal/currency-codes.js'
import { formatAmount, readAmount } from './internal/read-amount.js'

/** Half a cent, in thousandths: the totals must agree to the cent. */
const toTheCent = 5

/**
 * The invoice's checks beyond the schema. Every check skips a null (absent) value and a value of the
 * wrong type (the schema reports that), and a value holding '?' (an unreadable character makes a value
 * uncertain, not wrong); the arithmetic runs only on amounts that are all readable.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !hasWildcard(value) ? value : undefined
  }
  const issues: Issue[] = [
    ...checkDates(text('invoice_date'), text('due_date')),
    ...checkCurrency(text('currency')),
  ]
  const taxId = text('vendor_tax_id')
  const taxIdProblem = taxId === undefined ? undefined : checkVatId(taxId)
  // A warning: national formats have exceptions, and only the form is checked, not the check digits.
  if (taxIdProblem) issues.push({ path: '/vendor_tax_id', message: taxIdProblem, severity: 'warning' })
  const iban = text('iban')
  const ibanProblem = iban === undefined ? undefined : checkIban(iban)
  if (ibanProblem) issues.push({ path: '/iban', message: ibanProblem, severity: 'error' })

  const subtotal = readAmount(data.subtotal, '/subtotal', 'Subtotal', issues)
  const discount = readAmount(data.discount, '/discount', 'Discount', issues)
  const tax = readAmount(data.total_tax, '/total_tax', 'Total tax', issues)
  const total = readAmount(data.total, '/total', 'Total', issues)
  const amountDue = readAmount(data.amount_due, '/amount_due', 'Amount due', issues)

  // A discount may come back as printed, '-142.88': it is taken off either way.
  const off = discount.state === 'read' ? Math.abs(discount.value) : 0
  const added = tax.state === 'read' ? tax.value : 0
  if (
    subtotal.state === 'read' &&
    total.state === 'read' &&
    discount.state !== 'unsure' &&
    tax.state !== 'unsure'
  ) {
    const expected = subtotal.value - off + added
    if (Math.abs(expected - total.value) >= toTheCent) {
      issues.push({
        path: '/total',
        message: `Subtotal ${data.subtotal}${off ? ` less discount ${data.discount}` : ''}${tax.state === 'read' ? ` plus tax ${data.total_tax}` : ''} is ${formatAmount(expected)}, not the total ${data.total}; one of them is misread or missing.`,
        severity: 'error',
      })
    }
  }
  if (amountDue.state === 'read' && total.state === 'read' && amountDue.value - total.value >= toTheCent) {
    issues.push({
      path: '/amount_due',
      message: `The amount due ${data.amount_due} is more than the total ${data.total}; check both (a late fee would be listed on the invoice).`,
      severity: 'warning',
    })
  }
  if (Array.isArray(data.items)) issues.push(...checkItems(data.items, subtotal, discount, tax))
  return issues
}

function checkDates(invoiceDate: string | undefined, dueDate: string | undefined): Issue[] {
  const issues: Issue[] = []
  const issued = readDate(invoiceDate, '/invoice_date', 'Invoice date', issues)
  const due = readDate(dueDate, '/due_date', 'Due date', issues)
  // ISO dates of the same form compare as strings.
  if (issued !== undefined && due !== undefined && due < issued) {
    issues.push({
      path: '/due_date',
      message: `Due date ${due} is before the invoice date ${issued}; one of the two is misread (or the two are swapped).`,
      severity: 'error',
    })
  }
  return issues
}

function readDate(
  value: string | undefined,
  path: string,
  name: string,
  issues: Issue[],
): string | undefined {
  if (value === undefined) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value)
  if (!match) {
    issues.push({
      path,
      message: `${name} '${value}' is not in ISO 8601 form 'YYYY-MM-DD' (e.g. '2025-03-14'); write '03/14/2025' or '14 Mar 2025' that way.`,
      severity: 'error',
    })
    return undefined
  }
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (isCalendarDate(year, month, day)) return value
  issues.push({ path, message: `${name} '${value}' is not a real day of the calendar.`, severity: 'error' })
  return undefined
}

function checkCurrency(value: string | undefined): Issue[] {
  if (value === undefined || currencyCodes.has(value)) return []
  const hint = /^[A-Z]{3}$/u.test(value)
    ? 'is not an ISO 4217 currency code'
    : "is not an ISO 4217 currency code (three capital letters, e.g. 'EUR' for €)"
  return [{ path: '/currency', message: `Currency '${value}' ${hint}.`, severity: 'error' }]
}
