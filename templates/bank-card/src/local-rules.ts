import type { LocalRules } from '@tiqu/core'

const cjk = '\\u4e00-\\u9fff'

/**
 * How the embedded engine reads a card front's OCR lines. The embossed number is the only run of 15
 * to 19 digits (its groups read with or without spaces); the expiry the only MM/YY; the bank's name
 * the first Chinese line ending in 银行 (or 信用社); the holder's name the tallest line of capital
 * words in the lower part of the card (the bank's English name above is small, and 'VALID THRU' is
 * excluded). Text reaches the rules already half-width.
 */
export const localRules: LocalRules = {
  fields: {
    card_number: [
      { pattern: '(?<![\\d/])(\\d(?:\\s*\\d){14,18})(?![\\d/])', transforms: ['remove-spaces'] },
      // The detector often boxes each embossed group apart: read the groups of the number's row together.
      {
        scope: 'text',
        pattern: '(?<![\\d/])(\\d{3,6}(?:\\s+\\d{3,6}){2,4})(?![\\d/])',
        transforms: ['remove-spaces'],
      },
    ],
    bank_name: {
      pattern: `^\\s*([${cjk}]{2,16}?(?:银行|信用社|信用合作联社))`,
    },
    card_type: { pattern: '(借记卡|信用卡|准贷记卡|贷记卡|储蓄卡|预付卡)' },
    valid_thru: [
      {
        label: 'VALID|THRU|GOOD|有效期',
        where: ['same-line', 'right'],
        pattern: '(?<!\\d)((?:0[1-9]|1[0-2])\\s*/\\s*\\d{2})(?!\\d)',
        transforms: ['remove-spaces'],
      },
      { pattern: '(?<![\\d/])((?:0[1-9]|1[0-2])\\s*/\\s*\\d{2})(?![\\d/])', transforms: ['remove-spaces'] },
    ],
    holder_name: {
      pattern: '^\\s*((?!VALID|THRU|GOOD)[A-Z]{2,}(?:\\s+[A-Z]{2,}){1,3})(?:\\s{2,}.*)?$',
      largestIn: { x: 0, y: 0.6, width: 0.75, height: 0.4 },
      transforms: ['trim'],
    },
    card_network: {
      pattern:
        '(?<![A-Za-z])(UnionPay|VISA|Visa|mastercard|MasterCard|Mastercard|AMERICAN\\s+EXPRESS|JCB|DISCOVER)(?![A-Za-z])',
    },
  },
}
