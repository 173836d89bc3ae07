import { expect, it } from 'vitest'
import { creditCodeCheckCharacter } from './credit-code-check-character.js'

it.each([
  // Published codes of real companies, and the example of many GB 32100 write-ups.
  ['914403001922038216'],
  ['91110000100017643K'],
  ['91350100M000100Y43'],
  ['91330106773564218X'],
])('computes the check character of %s', (code) => {
  expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17])
})

it('gives 0 when the remainder is 0, and nothing for a character outside the alphabet', () => {
  // 17 zeros sum to 0: 31 − 0 = 31, written 0.
  expect(creditCodeCheckCharacter('00000000000000000')).toBe('0')
  expect(creditCodeCheckCharacter('91110108MA01C7K2O')).toBeUndefined()
  expect(creditCodeCheckCharacter('91110108MA01C7K2S')).toBeUndefined()
})

it('changes with any single character', () => {
  expect(creditCodeCheckCharacter('91310106552993944')).toBe('D')
  expect(creditCodeCheckCharacter('91110108MA01C7K2P')).toBe('H')
  expect(creditCodeCheckCharacter('91110108MA01C7K3P')).not.toBe('H')
  expect(creditCodeCheckCharacter('91110108AM01C7K2P')).not.toBe('H')
})
