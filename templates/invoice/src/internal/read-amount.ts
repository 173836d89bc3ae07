import { hasWildcard, type Issue } from '@tiqu/core'
import { parseAmount } from './parse-amount.js'

/**
 * An amount field as the arithmetic sees it: `absent` (null or missing: counts as nothing), `unsure`
 * (unreadable, malformed or of the wrong type: no sum may rest on it), or its value in thousandths.
 */
export type AmountReading = { state: 'absent' } | { state: 'unsure' } | { state: 'read'; value: number }

/**
 * Reads an amount field, pushing an error at `path` when the value is a string but not an amount in
 * the schema's form. A value holding '?' is unsure but not wrong; a non-string is the schema's to report.
 */
export function readAmount(value: unknown, path: string, name: string, issues: Issue[]): AmountReading {
  if (value === null || value === undefined) return { state: 'absent' }
  if (typeof value !== 'string' || hasWildcard(value)) return { state: 'unsure' }
  const parsed = parseAmount(value)
  if (parsed === undefined) {
    issues.push({
      path,
      message: `${name} '${value}' is not an amount in the schema's form: digits with a '.' before the decimals, no currency symbol or thousands separator (e.g. '1280.50').`,
      severity: 'error',
    })
    return { state: 'unsure' }
  }
  return { state: 'read', value: parsed }
}

/** 1762990 → '1762.99': thousandths as an amount to the cent, for messages. */
export function formatAmount(thousandths: number): string {
  return (thousandths / 1000).toFixed(2)
}
