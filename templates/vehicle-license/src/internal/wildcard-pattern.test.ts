import { expect, it } from 'vitest'
import { hasWildcard } from './wildcard-pattern.js'

it('finds the wildcard in a value, ASCII or full-width', () => {
  expect(hasWildcard('京N8?2L6')).toBe(true)
  expect(hasWildcard('京N8？2L6')).toBe(true)
  expect(hasWildcard('京N8K2L6')).toBe(false)
})
