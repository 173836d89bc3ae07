const amountPattern = /^-?\d+(?:\.\d{1,3})?$/u

/**
 * The value of an amount in the schema's form (digits, an optional '.' and up to 3 decimals, an
 * optional leading '-' for a refund), in thousandths so sums are exact; undefined when it is not one.
 */
export function parseAmount(value: string): number | undefined {
  if (!amountPattern.test(value)) return undefined
  const [whole = '0', decimals = ''] = value.replace('-', '').split('.')
  const thousandths = Number(whole) * 1000 + Number(decimals.padEnd(3, '0'))
  return value.startsWith('-') ? -thousandths : thousandths
}
