import type { Issue } from '@tiqu/core'
import { checkTaxRate, rateValue } from './check-tax-rate.js'
import { formatFen, readAmount } from './read-amount.js'

/** Fen a line's tax may differ from amount × rate: the tax system's per-line tolerance of 0.06 yuan (bg). */
const lineTaxToleranceFen = 6

/** Sums of the readable lines, for the totals' checks; undefined when some line's value could not be read. */
export interface ItemSums {
  amountFen: number | undefined
  taxFen: number | undefined
}

/**
 * Checks each line of the table (amount and tax formats, rate, tax ≈ amount × rate, and, as a
 * warning only, quantity × unit price ≈ amount) and sums the amounts and taxes.
 */
export function checkItems(items: unknown[]): { issues: Issue[]; sums: ItemSums } {
  const issues: Issue[] = []
  let amountFen: number | undefined = 0
  let taxFen: number | undefined = 0
  items.forEach((item, index) => {
    if (item === null || typeof item !== 'object') {
      amountFen = undefined
      taxFen = undefined
      return
    }
    const line = item as { [field: string]: unknown }
    const path = `/items/${index}`
    const amount = readAmount(line.amount, `${path}/amount`, `Line ${index + 1}'s amount`)
    const rate = typeof line.tax_rate === 'string' ? line.tax_rate.trim() : undefined
    // Tax-exempt lines print '***' for the tax; they add nothing to the total tax.
    const taxless = line.tax === '***'
    const tax = taxless
      ? ({ kind: 'fen', fen: 0, issues: [] } as const)
      : readAmount(line.tax, `${path}/tax`, `Line ${index + 1}'s tax`)
    issues.push(...amount.issues, ...tax.issues)
    amountFen = amount.kind === 'fen' && amountFen !== undefined ? amountFen + amount.fen : undefined
    taxFen = tax.kind === 'fen' && taxFen !== undefined ? taxFen + tax.fen : undefined
    if (rate === undefined) return
    issues.push(...checkTaxRate(rate, `${path}/tax_rate`))
    const fraction = rateValue(rate)
    if (fraction === undefined || fraction === null || amount.kind !== 'fen' || tax.kind !== 'fen' || taxless)
      return
    const expected = Math.round(amount.fen * fraction)
    if (Math.abs(expected - tax.fen) > lineTaxToleranceFen) {
      issues.push({
        path: `${path}/tax`,
        message: `Line ${index + 1}'s tax ${formatFen(tax.fen)} is not its amount ${formatFen(amount.fen)} × ${rate} = ${formatFen(expected)} (to within 0.06).`,
        severity: 'error',
      })
    }
    issues.push(...checkUnitPrice(line, amount.fen, path, index))
  })
  return { issues, sums: { amountFen, taxFen } }
}

function checkUnitPrice(
  line: { [field: string]: unknown },
  amountFen: number,
  path: string,
  index: number,
): Issue[] {
  const quantity = Number(line.quantity)
  const price = Number(line.unit_price)
  if (typeof line.quantity !== 'string' || typeof line.unit_price !== 'string') return []
  if (!Number.isFinite(quantity) || !Number.isFinite(price)) return []
  // Prices may carry many decimals and be tax-inclusive on some invoices: a warning, with a cent of slack per unit.
  const product = quantity * price * 100
  if (Math.abs(product - amountFen) <= Math.max(1, Math.abs(quantity))) return []
  return [
    {
      path: `${path}/amount`,
      message: `Line ${index + 1}: quantity ${line.quantity} × unit price ${line.unit_price} is ${(product / 100).toFixed(2)}, not the amount ${formatFen(amountFen)}; check the figures.`,
      severity: 'warning',
    },
  ]
}
