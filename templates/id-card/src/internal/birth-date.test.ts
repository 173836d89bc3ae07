import { expect, it } from 'vitest'
import { isRealDay, parseBirthDate, printedDate } from './birth-date.js'

it('reads the printed form, with or without leading zeros', () => {
  expect(parseBirthDate('1986年7月23日')).toEqual({
    day: { year: 1986, month: 7, day: 23 },
    printedForm: true,
  })
  expect(parseBirthDate('1986年07月03日')).toEqual({
    day: { year: 1986, month: 7, day: 3 },
    printedForm: true,
  })
})

it('reads the forms vendors return, as not printed', () => {
  expect(parseBirthDate('19860723')?.printedForm).toBe(false)
  expect(parseBirthDate('1986-07-23')?.day).toEqual({ year: 1986, month: 7, day: 23 })
  expect(parseBirthDate('1986/7/23')?.day).toEqual({ year: 1986, month: 7, day: 23 })
})

it('reads nothing else', () => {
  expect(parseBirthDate('1986年7月')).toBeUndefined()
  expect(parseBirthDate('July 23, 1986')).toBeUndefined()
  expect(parseBirthDate('1986年?月23日')).toBeUndefined()
})

it('tells real days and writes the printed form', () => {
  expect(isRealDay({ year: 1986, month: 2, day: 29 })).toBe(false)
  expect(isRealDay({ year: 1988, month: 2, day: 29 })).toBe(true)
  expect(printedDate({ year: 1965, month: 3, day: 1 })).toBe('1965年3月1日')
})
