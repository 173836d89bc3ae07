const numerals = '零壹贰叁肆伍陆柒捌玖'
const groupUnits = ['', '万', '亿', '万亿']
const digitUnits = ['', '拾', '佰', '仟']

/**
 * Writes an amount in fen (hundredths of a yuan) in the capital numerals Chinese invoices print for
 * 价税合计（大写）: `113000` → '壹仟壹佰叁拾圆整', `171938` → '壹仟柒佰壹拾玖圆叁角捌分',
 * `10005` → '壹佰圆零伍分'. Negative amounts (red-letter invoices) start with 负. As the tax system
 * prints it, 整 follows 圆 but not 角, and 拾 is always preceded by its numeral (壹拾).
 */
export function amountToWords(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`Not a whole number of fen: ${fen}`)
  if (fen < 0) return `负${amountToWords(-fen)}`
  if (fen === 0) return '零圆整'
  const yuan = Math.floor(fen / 100)
  const jiao = Math.floor(fen / 10) % 10
  const cents = fen % 10
  let words = yuan > 0 ? `${integerToWords(yuan)}圆` : ''
  if (jiao === 0 && cents === 0) return `${words}整`
  if (jiao > 0) words += `${numerals[jiao]}角`
  else if (yuan > 0) words += '零'
  if (cents > 0) words += `${numerals[cents]}分`
  return words
}

function integerToWords(value: number): string {
  const groups: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000)
  let words = ''
  let gap = false
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index] ?? 0
    if (group === 0) {
      gap = words !== ''
      continue
    }
    // A zero between two written groups is read once: 壹万零伍佰, 壹亿零壹万.
    if (words !== '' && (gap || group < 1000)) words += '零'
    words += groupToWords(group) + (groupUnits[index] ?? '')
    gap = false
  }
  return words
}

function groupToWords(group: number): string {
  let words = ''
  let zero = false
  for (let position = 3; position >= 0; position--) {
    const digit = Math.floor(group / 10 ** position) % 10
    if (digit === 0) {
      zero = words !== ''
      continue
    }
    if (zero) words += '零'
    words += `${numerals[digit]}${digitUnits[position]}`
    zero = false
  }
  return words
}

const digitValues = new Map([...numerals].map((numeral, value) => [numeral, value]))
const smallUnits = new Map([
  ['拾', 10],
  ['佰', 100],
  ['仟', 1000],
])

/**
 * Reads an amount in capital numerals back into fen: the inverse of {@link amountToWords}, but
 * lenient about what printers and people vary: 元 for 圆, 正 for 整, 整 after 角 or not, 拾 without 壹,
 * a negative mark (⊗, 负, (负数)) in front. Returns undefined when the text is not an amount in words.
 */
export function wordsToAmount(text: string): number | undefined {
  let words = text.replace(/\s+/gu, '').replace(/^[(（]?负数[)）]|^[⊗ⓧ]/u, '负')
  const negative = words.startsWith('负')
  if (negative) words = words.slice(1)
  words = words.replace(/[整正]$/u, '')
  if (words === '') return undefined
  const split = /[圆元]/u.exec(words)
  const integerPart = split ? words.slice(0, split.index) : ''
  const fractionPart = split ? words.slice(split.index + 1) : words
  const yuan = integerPart === '' ? 0 : readInteger(integerPart)
  const fen = readFraction(fractionPart)
  if (yuan === undefined || fen === undefined) return undefined
  if (split === null && fractionPart === '') return undefined
  const amount = yuan * 100 + fen
  return negative ? -amount : amount
}

function readInteger(words: string): number | undefined {
  let total = 0
  let section = 0
  let digit: number | undefined
  for (const character of words) {
    const value = digitValues.get(character)
    const unit = smallUnits.get(character)
    if (value !== undefined) {
      if (digit !== undefined && digit !== 0 && value !== 0) return undefined
      digit = value
    } else if (unit !== undefined) {
      if (digit === 0) return undefined
      section += (digit ?? (unit === 10 ? 1 : Number.NaN)) * unit
      digit = undefined
    } else if (character === '万') {
      total += (section + (digit ?? 0)) * 10_000
      section = 0
      digit = undefined
    } else if (character === '亿') {
      total = (total + section + (digit ?? 0)) * 100_000_000
      section = 0
      digit = undefined
    } else {
      return undefined
    }
  }
  total += section + (digit ?? 0)
  return Number.isFinite(total) ? total : undefined
}

function readFraction(words: string): number | undefined {
  const match = /^零?(?:([壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?$/u.exec(words)
  if (!match) return undefined
  return (digitValues.get(match[1] ?? '零') ?? 0) * 10 + (digitValues.get(match[2] ?? '零') ?? 0)
}
