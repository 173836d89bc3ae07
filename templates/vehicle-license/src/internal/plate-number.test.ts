import { expect, it } from 'vitest'
import { platePattern, provinces } from './plate-number.js'

it('knows the 31 regions', () => {
  expect([...provinces]).toHaveLength(31)
  expect(new Set(provinces).size).toBe(31)
})

it.each([
  '京N8K2L6',
  '京A·12345',
  '粤B5C7D9',
  '沪AD12345',
  '浙AFA1234',
  '川A12345D',
  '苏E1234学',
  '津C3456挂',
])('accepts %s', (plate) => {
  expect(platePattern.test(plate)).toBe(true)
})

it.each([
  ['no province', 'AB12345'],
  ['an unknown region', '港A12345'],
  ['a digit for the office letter', '京112345'],
  ['an O for a 0', '京A1234O'],
  ['four characters', '京A1234'],
  ['six ordinary characters', '京A123456'],
  ['a new-energy plate of the wrong shape', '沪A12D345'],
])('refuses %s', (_name, plate) => {
  expect(platePattern.test(plate)).toBe(false)
})
