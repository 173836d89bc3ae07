import { expect, it } from 'vitest'
import { passesLuhn } from './luhn.js'

it.each([
  '4111111111111111',
  '5500005555555559',
  '6222021003124578934',
  '6228480419356027112',
  '378282246310005',
])('accepts %s', (digits) => {
  expect(passesLuhn(digits)).toBe(true)
})

it.each([
  ['a wrong last digit', '4111111111111112'],
  ['two swapped digits', '6222021003124587934'],
  ['a single changed digit', '6222021003124578933'],
  ['not only digits', '4111 1111 1111 1111'],
  ['nothing', ''],
])('refuses %s', (_name, digits) => {
  expect(passesLuhn(digits)).toBe(false)
})
