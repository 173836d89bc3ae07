import { expect, it } from 'vitest'
import { isCalendarDate } from './is-calendar-date.js'

it('knows month lengths and leap years', () => {
  expect(isCalendarDate(2025, 6, 30)).toBe(true)
  expect(isCalendarDate(2025, 6, 31)).toBe(false)
  expect(isCalendarDate(2024, 2, 29)).toBe(true)
  expect(isCalendarDate(2025, 2, 29)).toBe(false)
  expect(isCalendarDate(1900, 2, 29)).toBe(false)
  expect(isCalendarDate(2000, 2, 29)).toBe(true)
  expect(isCalendarDate(2025, 13, 1)).toBe(false)
  expect(isCalendarDate(2025, 0, 1)).toBe(false)
  expect(isCalendarDate(2025, 1, 0)).toBe(false)
})
