import { describe, expect, it } from 'vitest'
import { parsePrintedDate, toMrzDate } from './parse-printed-date.js'

describe('parsePrintedDate', () => {
  it("reads ICAO's visual form, with or without spaces, and bilingual months", () => {
    expect(parsePrintedDate('12 AUG 1974')).toEqual({ year: 1974, month: 8, day: 12, real: true })
    expect(parsePrintedDate('12AUG1974')).toMatchObject({ year: 1974, month: 8, day: 12 })
    expect(parsePrintedDate('15 MAR/MARS 2034')).toMatchObject({ year: 2034, month: 3, day: 15 })
    expect(parsePrintedDate('1 Feb 2001')).toMatchObject({ year: 2001, month: 2, day: 1 })
  })

  it('reads numeric forms, day first', () => {
    expect(parsePrintedDate('1974-08-12')).toMatchObject({ year: 1974, month: 8, day: 12 })
    expect(parsePrintedDate('12.08.1974')).toMatchObject({ year: 1974, month: 8, day: 12 })
    expect(parsePrintedDate('12/08/1974')).toMatchObject({ year: 1974, month: 8, day: 12 })
  })

  it('flags a day the calendar lacks', () => {
    expect(parsePrintedDate('30 FEB 1990')?.real).toBe(false)
    expect(parsePrintedDate('29 FEB 2000')?.real).toBe(true)
  })

  it('refuses other forms', () => {
    for (const value of ['12 XYZ 1974', 'AUG 12 1974', '12-08-74', '', '1?AUG1974']) {
      expect(parsePrintedDate(value), value).toBeUndefined()
    }
  })
})

describe('toMrzDate', () => {
  it('writes YYMMDD', () => {
    expect(toMrzDate({ year: 1974, month: 8, day: 12, real: true })).toBe('740812')
    expect(toMrzDate({ year: 2001, month: 2, day: 1, real: true })).toBe('010201')
  })
})
