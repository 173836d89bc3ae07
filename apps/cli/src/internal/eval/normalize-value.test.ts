import { describe, expect, it } from 'vitest'
import { normalizeValue } from './normalize-value.js'

const same = (a: unknown, b: unknown) => expect(normalizeValue(a)).toBe(normalizeValue(b))
const differ = (a: unknown, b: unknown) => expect(normalizeValue(a)).not.toBe(normalizeValue(b))

describe('normalizeValue', () => {
  it('treats null, missing, empty and blank values as empty', () => {
    for (const value of [null, undefined, '', '   ', '\u3000']) expect(normalizeValue(value)).toBeUndefined()
    expect(normalizeValue(0)).toBe('0')
    expect(normalizeValue(false)).toBe('false')
  })

  it('makes full-width forms half-width and removes every space', () => {
    same('Ｇ１２３４', 'G1234')
    same('05车 12F号', '05车12F号')
    same('1101051990＊＊＊＊123X', '1101051990****123X')
    differ('G1234', 'g1234')
  })

  it('compares amounts as numbers, without currency signs or thousands separators', () => {
    same('553.0', '553.00')
    same('￥553.0', '553')
    same('¥553.00元', 553)
    same('RMB 1,284.50', '1284.5')
    same('CNY1284.5', '$1,284.50')
    same('€0.50', '.5')
    same('-¥12.50', '-12.5')
    differ('553.0', '553.1')
    differ('-12.5', '12.5')
  })

  it('keeps digits alone as text, so a lost leading zero in an ID is an error', () => {
    differ('0042', '42')
    expect(normalizeValue('110105199001011234')).toBe('110105199001011234')
    differ('110105199001011234', '110105199001011235')
  })

  it('leaves currency words inside text alone', () => {
    expect(normalizeValue('CNY Logistics')).toBe('CNYLogistics')
    expect(normalizeValue('$')).toBe('$')
  })

  it('compares dates as Y-M-D, also inside longer values', () => {
    same('2025年06月18日', '2025-06-18')
    same('2025/6/18', '2025-06-18')
    same('2025.6.18', '2025年6月18日')
    same('2025年06月18日08:05开', '2025-6-18 08:05开')
    differ('2025-06-18', '2025-06-19')
    expect(normalizeValue('2025-13-40')).toBe('2025-13-40')
  })
})
