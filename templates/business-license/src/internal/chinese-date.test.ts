import { expect, it } from 'vitest'
import { dayNumber } from './chinese-date.js'

it('reads real dates in the printed form, in an order that compares', () => {
  expect(dayNumber('2018年04月09日')).toBe(20180409)
  expect(dayNumber('2018年4月9日')).toBe(20180409)
  expect(dayNumber('2020年02月29日')).toBe(20200229)
  expect((dayNumber('2019年12月31日') ?? 0) < (dayNumber('2020年01月01日') ?? 0)).toBe(true)
})

it('reads nothing else', () => {
  expect(dayNumber('2019年02月29日')).toBeUndefined()
  expect(dayNumber('2018-04-09')).toBeUndefined()
  expect(dayNumber('2018年04月09日至长期')).toBeUndefined()
})
