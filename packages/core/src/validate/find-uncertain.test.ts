import { expect, it } from 'vitest'
import { findUncertain } from './find-uncertain.js'

it('lists pointers of values holding a question mark, nested and escaped', () => {
  const data = { passenger_name: '张?', seat: '05车12F号', items: [{ 'a/b': '1？2' }, { ok: 'x' }], n: 3 }
  expect(findUncertain(data)).toEqual(['/passenger_name', '/items/0/a~1b'])
})

it('finds nothing in clean values', () => {
  expect(findUncertain({ a: 'x', b: null, c: [1, 2] })).toEqual([])
})
