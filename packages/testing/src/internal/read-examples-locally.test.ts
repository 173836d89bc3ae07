import { expect, it } from 'vitest'
import { compareValues } from './read-examples-locally.js'

it('compares a plain field whole', () => {
  expect(compareValues('date', '2025-03-14', '2025-03-15')).toEqual([['date', '2025-03-14', '2025-03-15']])
  expect(compareValues('items', [], null)).toEqual([['items', [], null]])
})

it("compares each value of a list's items on its own, against the item read at the same place", () => {
  const expected = [
    { key: '功率', value: '7.5kW' },
    { key: '电压', value: '380V' },
  ]
  expect(compareValues('pairs', expected, [{ key: '功率', value: '7.5kw' }])).toEqual([
    ['pairs[0].key', '功率', '功率'],
    ['pairs[0].value', '7.5kW', '7.5kw'],
    ['pairs[1].key', '电压', undefined],
    ['pairs[1].value', '380V', undefined],
  ])
  expect(compareValues('codes', ['A1', 'B2'], 'A1')).toEqual([
    ['codes[0]', 'A1', undefined],
    ['codes[1]', 'B2', undefined],
  ])
})
