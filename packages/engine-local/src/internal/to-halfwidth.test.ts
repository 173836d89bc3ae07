import { expect, it } from 'vitest'
import { toHalfwidth } from './to-halfwidth.js'

it('maps full-width ASCII forms, the ideographic space and the yen sign, and nothing else', () => {
  expect(toHalfwidth('Ｇ１２３４　检票：１２Ａ（二楼）')).toBe('G1234 检票:12A(二楼)')
  expect(toHalfwidth('￥553.0元，')).toBe('¥553.0元,')
  expect(toHalfwidth('。、「」①㎡')).toBe('。、「」①㎡')
})
