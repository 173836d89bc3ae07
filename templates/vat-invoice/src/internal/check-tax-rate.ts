import type { Issue } from '@tiqu/core'

/** Rates in force since April 2019, and the two words printed instead of a rate (catalog B2, bg). */
export const currentTaxRates = ['13%', '9%', '6%', '5%', '3%', '1%', '0%', '免税', '不征税']
/**
 * Rates real invoices still carry: 17%/11% (before May 2018), 16%/10% (May 2018 to March 2019), 1.5%
 * (housing rental by individuals), 0.5% (used-car dealers since 2020), and '***' (差额征税 invoices).
 * Only a warning: a rate that was right on its date.
 */
export const otherTaxRates = ['17%', '16%', '11%', '10%', '1.5%', '0.5%', '***']

/** The rate as a fraction (0.13), null for a rate-less word (免税, 不征税, ***), undefined when unknown. */
export function rateValue(rate: string): number | null | undefined {
  if (!currentTaxRates.includes(rate) && !otherTaxRates.includes(rate)) return undefined
  const match = /^(\d+(?:\.\d+)?)%$/u.exec(rate)
  return match ? Number(match[1]) / 100 : null
}

/** An error for a rate no VAT invoice prints; a warning for a rate no longer in force or special. */
export function checkTaxRate(rate: string, path: string): Issue[] {
  if (rate.includes('?') || currentTaxRates.includes(rate)) return []
  if (otherTaxRates.includes(rate)) {
    return [
      {
        path,
        message: `Tax rate '${rate}' is not one of today's rates (${currentTaxRates.join(', ')}); it is right only for an older or special invoice.`,
        severity: 'warning',
      },
    ]
  }
  return [
    {
      path,
      message: `Tax rate '${rate}' is not a VAT rate: expected one of ${currentTaxRates.join(', ')} (or a former rate: ${otherTaxRates.join(', ')}).`,
      severity: 'error',
    },
  ]
}
