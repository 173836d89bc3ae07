import { expect, it } from 'vitest'
import template from './index.js'
import { validate } from './validate.js'

const examples = (template.examples ?? []).map((example) => example.expected)
const sample = examples[0] as { [field: string]: unknown }
const issues = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

it('finds nothing wrong with the sample cards, nor with absent values', () => {
  for (const expected of examples) expect(validate(expected)).toEqual([])
  expect(validate(Object.fromEntries(Object.keys(sample).map((field) => [field, null])))).toEqual([])
})

it('only warns about the spaces of the embossed groups when the digits are right', () => {
  expect(issues({ ...sample, card_number: '6222 0210 0312 4578 934' })).toEqual(['warning /card_number'])
  expect(issues({ ...sample, card_number: '6222 0210 0312 4578 935' })).toEqual(['error /card_number'])
})

it('takes 15 digits from American Express only', () => {
  expect(issues({ ...sample, card_number: '378282246310005', card_network: 'AMERICAN EXPRESS' })).toEqual([])
  expect(issues({ ...sample, card_number: '622202100312454' })).toEqual(['error /card_number'])
})

it("leaves the Luhn check undecided when a digit is '?'", () => {
  expect(issues({ ...sample, card_number: '62220210031245789?4', valid_thru: '1?/32' })).toEqual([])
})

it('only warns about an unknown card type or scheme, or a scheme that does not issue the number', () => {
  expect(issues({ ...sample, card_type: '金卡' })).toEqual(['warning /card_type'])
  expect(issues({ ...sample, card_network: 'Maestro' })).toEqual(['warning /card_network'])
  expect(issues({ ...sample, card_network: 'VISA' })).toEqual(['warning /card_network'])
})
