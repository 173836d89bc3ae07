import { expect, it } from 'vitest'
import { useCharacters } from './use-characters.js'

it('lists each use once, the common ones included', () => {
  expect(new Set(useCharacters).size).toBe(useCharacters.length)
  for (const use of ['非营运', '出租客运', '货运', '预约出租客运']) expect(useCharacters).toContain(use)
})
