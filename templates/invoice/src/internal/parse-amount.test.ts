import { hasWildcard } from '@tiqu/core'
import { describe, expect, it } from 'vitest'
import { parseAmount } from './parse-amount.js'

describe('parseAmount', () => {
  it('reads amounts in thousandths, exactly', () => {
    expect(parseAmount('23.40')).toBe(23_400)
    expect(parseAmount('0.1')).toBe(100)
    expect(parseAmount('1280')).toBe(1_280_000)
    expect(parseAmount('2.125')).toBe(2_125)
    expect(parseAmount('-4.50')).toBe(-4_500)
  })

  it('refuses what is not in the schema form', () => {
    for (const value of ['', '12,50', '1,280.00', '£3.20', '3.2.1', '3.2000', '.50', 'abc', '3.?0']) {
      expect(parseAmount(value), value).toBeUndefined()
    }
  })

  it('sees the unreadable-character mark', () => {
    expect(hasWildcard('2?.40')).toBe(true)
    expect(hasWildcard('2？.40')).toBe(true)
    expect(hasWildcard('23.40')).toBe(false)
  })
})
