import { expect, it } from 'vitest'
import { residentIdCheckCharacter } from './resident-id-check-character.js'

it('computes the ISO 7064 MOD 11-2 check character, X included', () => {
  // GB 11643-1999's own example, and numbers whose check is X and 0.
  expect(residentIdCheckCharacter('11010519491231002')).toBe('X')
  expect(residentIdCheckCharacter('11010519860723123')).toBe('5')
  expect(residentIdCheckCharacter('64010419921104042')).toBe('6')
  expect(residentIdCheckCharacter('44052418800101001')).toBe('4')
})
