import { expect, it } from 'vitest'
import { checkIdCardNumber } from './check-id-card-number.js'

const travel = { year: 2025, month: 6, day: 18 }

it('accepts masked numbers and full numbers with the right check character', () => {
  expect(checkIdCardNumber('1101051990****123X', travel)).toEqual([])
  expect(checkIdCardNumber('11010519491231002X', travel)).toEqual([])
  expect(checkIdCardNumber('11010519491231002x', travel)).toEqual([])
})

it('refuses a wrong length, a wrong form and a wrong check character', () => {
  expect(checkIdCardNumber('1101051990****123', travel)[0]?.message).toMatch(/has 17 characters/)
  expect(checkIdCardNumber('1101051990**1*123X', travel)[0]?.message).toMatch(/neither a masked number/)
  expect(checkIdCardNumber('110105194912310021', travel)[0]?.message).toMatch(/call for 'X'/)
})

it('refuses birth dates that are not real days or come after the day of travel', () => {
  expect(checkIdCardNumber('11010519490230002X', travel)[0]?.message).toMatch(
    /1949-02-30, which is not a real date/,
  )
  expect(checkIdCardNumber('1101051890****123X', travel)[0]?.message).toMatch(/not a real date/)
  expect(checkIdCardNumber('1101052026****123X', travel)[0]?.message).toMatch(
    /after the day of travel 2025-06-18/,
  )
  expect(checkIdCardNumber('1101052026****123X')).toEqual([])
})

it("skips what '?' hides, but not the length", () => {
  expect(checkIdCardNumber('1101051?90****123X', travel)).toEqual([])
  expect(checkIdCardNumber('1101051949123100?X', travel)).toEqual([])
  expect(checkIdCardNumber('110105?990****12?', travel)[0]?.path).toBe('/id_card_number')
})
