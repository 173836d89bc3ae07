import type { LocalRules } from '@tiqu/core'
import { currencyCodes } from './internal/currency-codes.js'

// An amount as a till prints it, after an optional currency symbol (the engine has made ￥ and ＄
// half-width already). Thousands separators are not read: the schema's form has none.
const money = '[$£€¥]?\\s*(\\d{1,7}(?:\\.\\d{1,3})?)'
const amountAlone = `^\\s*${money}\\s*$`
const codes = [...currencyCodes].join('|')
const beside: Array<'same-line' | 'right'> = ['same-line', 'right']

/**
 * How the embedded engine reads a till receipt's OCR lines. A receipt is a column of label–amount
 * rows: each amount is read to the right of its label on the same row (the recognizer boxes the two
 * apart, or keeps them on one line), never from a line below, where the next row's amount stands.
 * The shop's name is the largest text at the top; its address the first line with a comma under it;
 * the currency is the ISO code a card slip prints next to the amount.
 *
 * `items` has no rule: a rule yields one string, and the vocabulary has no way to read a repeating
 * group of lines into an array. The embedded engine leaves it null; the qwen engine reads it.
 */
export const localRules: LocalRules = {
  fields: {
    merchant_name: { pattern: '^\\s*(\\S.*?)\\s*$', largestIn: { x: 0, y: 0, width: 1, height: 0.2 } },
    // No colon (a 'Tel:' or 'VAT No:' line has one), a comma and a digit: a street address.
    merchant_address: {
      pattern: '^\\s*([^:]*\\d[^:]*,[^:]*|[^:]*,[^:]*\\d[^:]*?)\\s*$',
      nearestTo: '^\\s*(?:Tel|Phone)\\b',
      transforms: ['trim'],
    },
    date: { pattern: '(?<!\\d)(\\d{4}\\s*-\\s*\\d{2}\\s*-\\s*\\d{2})(?!\\d)', transforms: ['remove-spaces'] },
    time: [
      {
        label: '\\bTime\\b',
        where: beside,
        pattern: '^\\s*(\\d{2}\\s*:\\s*\\d{2}(?:\\s*:\\s*\\d{2})?)',
        transforms: ['remove-spaces'],
      },
      { pattern: '(?<![\\d:])(\\d{2}:\\d{2}(?::\\d{2})?)(?![\\d:])' },
    ],
    total: [
      { label: '^\\s*(?:GRAND\\s*)?TOTAL(?:\\s*DUE)?\\s*:?', where: beside, pattern: amountAlone },
      // The card slip repeats the total after the currency code.
      {
        pattern: `(?<![A-Z])(?:${codes})\\s*(\\d{1,7}(?:\\.\\d{1,3})?)\\s*$`,
        nearestTo: '^\\s*(?:AMOUNT|TOTAL)',
      },
    ],
    currency: [
      { pattern: `(?<![A-Z])(${codes})\\s*\\d{1,7}(?:\\.\\d{1,3})?\\s*$` },
      { pattern: `\\d\\s*(${codes})(?![A-Z])` },
    ],
    // SUBTOTAL, or NET on a receipt whose prices include tax; a receipt with neither leaves it null.
    subtotal: {
      label: '^\\s*(?:SUB\\s*-?\\s*TOTAL|NET(?:\\s*AMOUNT)?\\b)\\s*:?',
      where: beside,
      pattern: amountAlone,
    },
    // 'VAT 20%', 'incl. VAT 20%', 'SALES TAX 8.875%', 'GST 9%': the rate tells a tax line from a
    // 'VAT No:' line in the header.
    tax: [
      {
        label:
          '^\\s*(?:incl\\.?\\s*)?(?:SALES\\s*)?(?:VAT|GST|HST|TAX|MwSt\\.?)\\s*\\d{1,2}(?:[.,]\\d{1,3})?\\s*%',
        where: beside,
        pattern: amountAlone,
      },
      {
        label: '^\\s*(?:incl\\.?\\s*)?(?:SALES\\s*)?(?:VAT|GST|HST|TAX)\\s*:?\\s*$',
        where: beside,
        pattern: amountAlone,
      },
    ],
  },
}
