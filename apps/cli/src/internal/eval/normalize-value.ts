/**
 * How values are made comparable before scoring, in the words the report prints: a model that writes
 * `￥553.00` where the label says `553.0` read the ticket right.
 */
export const normalisationRules: readonly string[] = [
  'Unicode NFKC (full-width letters, digits and signs become half-width)',
  'all whitespace removed',
  'amounts: currency signs (¥ ￥ $ € £ RMB CNY USD EUR 元) and thousands separators stripped, then compared as numbers (553.0 = 553.00 = ¥553); a value of digits only (an ID, 0042) stays text',
  'dates compared as Y-M-D wherever they appear (2025年06月18日 = 2025-06-18 = 2025/6/18 = 2025.6.18)',
  'letter case is kept; null, an empty string and a missing field are all empty',
]

const leadingCurrency = /^(?:RMB|CNY|USD|EUR|US\$|[¥$€£])/i
const trailingCurrency = /(?:元|圆|RMB|CNY|USD|EUR)$/i
const decimal = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/
const date = /(?<!\d)(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?:\s*日|(?!\d))/gu

/**
 * A value's comparable form, or `undefined` when it is empty (null, missing, or nothing but spaces).
 * Objects and arrays are not leaves: flatten them first ({@link flattenFields}).
 */
export function normalizeValue(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const isNumber = typeof value === 'number'
  const text =
    typeof value === 'string'
      ? value
      : isNumber || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value)
  // Dates before spaces go: `2025-6-18 08:05` must not become the day 1808.
  const withDates = text
    .normalize('NFKC')
    .replace(date, (match, year: string, month: string, day: string) => {
      const monthNumber = Number(month)
      const dayNumber = Number(day)
      if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > 31) return match
      return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
    })
  const compact = withDates.replace(/\s+/gu, '')
  if (compact === '') return undefined
  return asAmount(compact, isNumber) ?? compact
}

// Only what reads as an amount is compared as a number: a JSON number, a value with a currency sign,
// a decimal point or thousands separators. Digits alone may be an ID, where a lost leading 0 is an error.
function asAmount(text: string, isNumber: boolean): string | undefined {
  // The sign may stand before or after the currency sign: -¥12.50, ¥-12.50.
  let sign = /^[+-]/.test(text) ? text.charAt(0) : ''
  const unsigned = sign ? text.slice(1) : text
  let rest = unsigned.replace(leadingCurrency, '').replace(trailingCurrency, '')
  const hadCurrency = rest !== unsigned
  if (sign === '' && /^[+-]/.test(rest)) {
    sign = rest.charAt(0)
    rest = rest.slice(1)
  }
  const match = decimal.exec(rest)
  if (!match) return undefined
  const [, integerPart = '', fraction] = match
  if (integerPart === '' && fraction === undefined) return undefined
  if (!(isNumber || hadCurrency || fraction !== undefined || integerPart.includes(','))) return undefined
  const integer = integerPart.replace(/,/g, '').replace(/^0+(?=\d)/, '') || '0'
  const fractionDigits = (fraction ?? '').replace(/0+$/, '')
  const magnitude = fractionDigits === '' ? integer : `${integer}.${fractionDigits}`
  return sign === '-' && magnitude !== '0' ? `-${magnitude}` : magnitude
}
