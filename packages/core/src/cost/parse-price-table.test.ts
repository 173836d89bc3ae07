import { describe, expect, it } from 'vitest'
import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { parsePriceTable } from './parse-price-table.js'

describe('parsePriceTable', () => {
  it('takes model ids with input and output prices per million tokens and a currency', () => {
    const table = { 'qwen-vl-ocr': { input: 0.514, output: 1.174, currency: 'CNY' } }
    expect(parsePriceTable(table)).toEqual(table)
  })

  it('names the entry that is wrong, and says how a table is written', () => {
    const attempt = () =>
      parsePriceTable({ 'qwen-vl-ocr': { input: 1, output: 2, currency: 'yuan' } }, 'prices.json')
    expect(attempt).toThrow(InvalidOptionError)
    expect(attempt).toThrow(
      /^Invalid price table in prices\.json: qwen-vl-ocr\.currency: an ISO 4217 code such as CNY or USD\. Write \{/,
    )
    expect(() => parsePriceTable({ m: { input: -1, output: 0, currency: 'CNY' } })).toThrow(/m\.input/)
    expect(() => parsePriceTable([1])).toThrow(/Invalid price table in prices: the table/)
  })
})
