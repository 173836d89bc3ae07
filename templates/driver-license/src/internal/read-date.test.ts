import { expect, it } from 'vitest'
import { dayNumber, isRealDay, printedDate, readDate, yearsLater } from './read-date.js'

it('reads the printed form', () => {
  expect(readDate('2006-09-15')).toEqual({ day: { year: 2006, month: 9, day: 15 }, printedForm: true })
})

it('reads the forms vendors return, as not printed', () => {
  expect(readDate('2006.09.15')).toEqual({ day: { year: 2006, month: 9, day: 15 }, printedForm: false })
  expect(readDate('2006-9-5')?.printedForm).toBe(false)
  expect(readDate('2006年9月15日')?.day).toEqual({ year: 2006, month: 9, day: 15 })
  expect(readDate('20060915')?.day).toEqual({ year: 2006, month: 9, day: 15 })
})

it('reads nothing else', () => {
  expect(readDate('15-09-2006')).toBeUndefined()
  expect(readDate('2006-09')).toBeUndefined()
  expect(readDate('长期')).toBeUndefined()
})

it('tells real days, orders them and writes the printed form', () => {
  expect(isRealDay({ year: 2023, month: 2, day: 29 })).toBe(false)
  expect(isRealDay({ year: 2024, month: 2, day: 29 })).toBe(true)
  expect(dayNumber({ year: 1970, month: 1, day: 2 })).toBe(1)
  expect(printedDate({ year: 2006, month: 9, day: 5 })).toBe('2006-09-05')
  expect(yearsLater({ year: 2004, month: 2, day: 29 }, 16)).toEqual({ year: 2020, month: 2, day: 29 })
  expect(yearsLater({ year: 2004, month: 2, day: 29 }, 1)).toEqual({ year: 2005, month: 3, day: 1 })
})
