import { expect, it } from 'vitest'
import {
  addYears,
  calendarDayNumber,
  checkDateValue,
  formatCalendarDay,
  readCalendarDay,
} from './calendar-day.js'

it("reads the document's printed form", () => {
  expect(readCalendarDay('2006-09-15', 'YYYY-MM-DD')).toEqual({
    day: { year: 2006, month: 9, day: 15 },
    printedForm: true,
    real: true,
  })
  expect(readCalendarDay('1986年7月23日', 'YYYY年M月D日')?.printedForm).toBe(true)
  expect(readCalendarDay('1986年07月23日', 'YYYY年M月D日')?.printedForm).toBe(true)
})

it('reads the forms readers return, as not printed', () => {
  expect(readCalendarDay('2006.09.15', 'YYYY-MM-DD')).toEqual({
    day: { year: 2006, month: 9, day: 15 },
    printedForm: false,
    real: true,
  })
  expect(readCalendarDay('2006-9-5', 'YYYY-MM-DD')?.printedForm).toBe(false)
  expect(readCalendarDay('2006年9月15日', 'YYYY-MM-DD')?.day).toEqual({ year: 2006, month: 9, day: 15 })
  expect(readCalendarDay('20060915', 'YYYY-MM-DD')?.day).toEqual({ year: 2006, month: 9, day: 15 })
  expect(readCalendarDay('1986-07-23', 'YYYY年M月D日')).toMatchObject({ printedForm: false })
  expect(readCalendarDay(' 2006-09-15 ', 'YYYY-MM-DD')?.printedForm).toBe(true)
})

it('reads nothing else, and tells a day that does not exist', () => {
  expect(readCalendarDay('15-09-2006', 'YYYY-MM-DD')).toBeUndefined()
  expect(readCalendarDay('2006-09', 'YYYY-MM-DD')).toBeUndefined()
  expect(readCalendarDay('长期', 'YYYY-MM-DD')).toBeUndefined()
  expect(readCalendarDay('1986年7月', 'YYYY年M月D日')).toBeUndefined()
  expect(readCalendarDay('July 23, 1986', 'YYYY年M月D日')).toBeUndefined()
  expect(readCalendarDay('1986年?月23日', 'YYYY年M月D日')).toBeUndefined()
  expect(readCalendarDay('2023-02-29', 'YYYY-MM-DD')?.real).toBe(false)
  expect(readCalendarDay('2024-02-29', 'YYYY-MM-DD')?.real).toBe(true)
})

it('orders days, writes them in either form and adds years', () => {
  expect(calendarDayNumber({ year: 1970, month: 1, day: 2 })).toBe(1)
  expect(formatCalendarDay({ year: 2006, month: 9, day: 5 }, 'YYYY-MM-DD')).toBe('2006-09-05')
  expect(formatCalendarDay({ year: 2006, month: 9, day: 5 }, 'YYYY年M月D日')).toBe('2006年9月5日')
  expect(addYears({ year: 2004, month: 2, day: 29 }, 16)).toEqual({ year: 2020, month: 2, day: 29 })
  expect(addYears({ year: 2004, month: 2, day: 29 }, 1)).toEqual({ year: 2005, month: 3, day: 1 })
})

it('checks a date value: errors without a day, a warning with the printed form to write', () => {
  const field = {
    path: '/issue_date',
    name: 'Issue date',
    form: 'YYYY-MM-DD' as const,
    example: '2016-05-20',
    document: 'the licence',
  }
  expect(checkDateValue('2016-05-20', field)).toEqual({ issues: [], day: { year: 2016, month: 5, day: 20 } })
  expect(checkDateValue('2016/5/20', field)).toEqual({
    day: { year: 2016, month: 5, day: 20 },
    issues: [
      {
        path: '/issue_date',
        severity: 'warning',
        message: "Issue date '2016/5/20' is not in the licence's printed form; write it as '2016-05-20'.",
      },
    ],
  })
  expect(checkDateValue('2016-02-30', field)).toEqual({
    issues: [
      { path: '/issue_date', severity: 'error', message: "Issue date '2016-02-30' is not a real date." },
    ],
  })
  expect(checkDateValue('20 May 2016', field).issues[0]?.message).toBe(
    "Issue date '20 May 2016' is not a date in the licence's form 'YYYY-MM-DD' (e.g. '2016-05-20').",
  )
})
