import { expect, it } from 'vitest'
import { hasWildcard, wildcardPattern } from './wildcard-pattern.js'

it("lets '?' or '？' stand for one expected character, literal, digit or class", () => {
  const seat = wildcardPattern('^\\d{2}车\\d{2,3}[A-F]?号$')
  expect(seat.test('05车12F号')).toBe(true)
  expect(seat.test('0?车12F号')).toBe(true)
  expect(seat.test('05?12?号')).toBe(true)
  expect(seat.test('05车12F？')).toBe(true)
})

it('still rejects what the readable characters get wrong, and a wrong length', () => {
  const seat = wildcardPattern('^\\d{2}车\\d{2,3}[A-F]?号$')
  expect(seat.test('05车12Z号')).toBe(false)
  expect(seat.test('0?车12G号')).toBe(false)
  expect(seat.test('05车1234?号')).toBe(false)
})

it('copies group syntax, escapes and quantifiers', () => {
  const price = wildcardPattern('^(?:[¥])?\\d+(?:\\.\\d{1,2})?$')
  expect(price.test('¥553.0')).toBe(true)
  expect(price.test('55?.?')).toBe(true)
  expect(price.test('55?,0')).toBe(false)
  expect(wildcardPattern('^\\d{10}\\*{4}$').test('1101051990**?*')).toBe(true)
})

it('finds the wildcard in a value', () => {
  expect(hasWildcard('张?')).toBe(true)
  expect(hasWildcard('张？')).toBe(true)
  expect(hasWildcard('张三')).toBe(false)
})

it('finds the wildcard in a value, ASCII or full-width', () => {
  expect(hasWildcard('京N8?2L6')).toBe(true)
  expect(hasWildcard('京N8？2L6')).toBe(true)
  expect(hasWildcard('京N8K2L6')).toBe(false)
  expect(hasWildcard('2?.40')).toBe(true)
  expect(hasWildcard('23.40')).toBe(false)
})
