import type { Issue } from '@tiqu/core'

/** An amount field read into fen, or why it could not be. */
export type AmountReading =
  | { kind: 'fen'; fen: number; issues: Issue[] }
  /** Absent (null), the wrong type (the schema reports it), or holding '?': no arithmetic with it. */
  | { kind: 'unknown'; issues: Issue[] }

const amountPattern = /^-?\d+(?:\.\d{1,2})?$/u

/**
 * Reads an amount in yuan such as '1130.00' into whole fen, so sums are exact. A '¥' or thousands
 * separators are tolerated with a warning (the figure is still right); anything else is an error.
 */
export function readAmount(value: unknown, path: string, label: string): AmountReading {
  if (typeof value !== 'string' || value.includes('?')) return { kind: 'unknown', issues: [] }
  const bare = value
    .trim()
    .replace(/^[¥￥]\s*/u, '')
    .replace(/,/gu, '')
  if (!amountPattern.test(bare)) {
    return {
      kind: 'unknown',
      issues: [
        {
          path,
          message: `${label} '${value}' is not an amount in yuan: digits with up to 2 decimals, e.g. '1130.00'.`,
          severity: 'error',
        },
      ],
    }
  }
  const negative = bare.startsWith('-')
  const [whole = '0', fraction = ''] = bare.replace(/^-/u, '').split('.')
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  const issues: Issue[] =
    bare === value
      ? []
      : [{ path, message: `${label} '${value}' should be the number only: '${bare}'.`, severity: 'warning' }]
  return { kind: 'fen', fen: negative ? -fen : fen, issues }
}

/** Fen as yuan with two decimals, for messages: 113000 → '1130.00'. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const absolute = Math.abs(fen)
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`
}
