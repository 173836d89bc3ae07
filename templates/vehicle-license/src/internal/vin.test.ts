import { expect, it } from 'vitest'
import { vinCheckDigit } from './vin.js'

it('computes the check digit of published examples', () => {
  // The worked example of 49 CFR 565 (the same ISO 3779 weights and values), and one whose check is X.
  expect(vinCheckDigit('1M8GDM9AXKP042788')).toBe('X')
  expect(vinCheckDigit('11111111111111111')).toBe('1')
  expect(vinCheckDigit('1HGCM82633A004352')).toBe('3')
})

it('ignores the ninth character, which it computes', () => {
  expect(vinCheckDigit('1HGCM82603A004352')).toBe(vinCheckDigit('1HGCM82693A004352'))
})
