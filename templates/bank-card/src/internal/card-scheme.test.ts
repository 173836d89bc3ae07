import { expect, it } from 'vitest'
import { schemeOfMark } from './card-scheme.js'

it('names the scheme of a word mark, whatever its case', () => {
  expect(schemeOfMark('UnionPay')?.name).toBe('UnionPay')
  expect(schemeOfMark('mastercard')?.name).toBe('Mastercard')
  expect(schemeOfMark('MasterCard')?.name).toBe('Mastercard')
  expect(schemeOfMark('AMERICAN  EXPRESS')?.name).toBe('American Express')
  expect(schemeOfMark('Maestro')).toBeUndefined()
})

it("knows each scheme's prefixes", () => {
  expect(schemeOfMark('UnionPay')?.prefixes.test('6222021003124578934')).toBe(true)
  expect(schemeOfMark('VISA')?.prefixes.test('4367422150487366')).toBe(true)
  expect(schemeOfMark('mastercard')?.prefixes.test('5253950032186446')).toBe(true)
  expect(schemeOfMark('mastercard')?.prefixes.test('2221000000000009')).toBe(true)
  expect(schemeOfMark('VISA')?.prefixes.test('6222021003124578934')).toBe(false)
})
