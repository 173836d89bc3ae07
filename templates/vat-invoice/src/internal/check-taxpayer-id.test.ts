import { expect, it } from 'vitest'
import { checkTaxpayerId, isResidentIdNumber, isUscc } from './check-taxpayer-id.js'

// Published examples: the catalog's seller (Aliyun's documentation) and well-known company codes.
it.each(['91310106552993944D', '91350100M000100Y43', '91110000802100433B', '91440300708461136T'])(
  'accepts the unified social credit code %s',
  (code) => {
    expect(isUscc(code)).toBe(true)
    expect(checkTaxpayerId(code)).toBe('uscc')
  },
)

it.each([
  ['91310106552993944E', 'a wrong check character'],
  ['91310106552993945D', 'a changed digit'],
  ['91310106552939944D', 'two digits swapped'],
])('refuses %s (%s)', (code) => {
  expect(isUscc(code)).toBe(false)
  expect(checkTaxpayerId(code)).toBe('bad-check')
})

it('refuses the letters the standard leaves out (I, O, S, V, Z)', () => {
  expect(checkTaxpayerId('91310106552993944O')).toBe('bad-check')
  expect(isUscc('9131010655299394IO')).toBe(false)
})

it('recognises an individual buyer by the resident ID number', () => {
  expect(isResidentIdNumber('11010519491231002X')).toBe(true)
  expect(checkTaxpayerId('11010519491231002X')).toBe('resident-id')
  expect(isResidentIdNumber('110105194912310021')).toBe(false)
})

it('tells legacy IDs (15, 17, 20 characters) from malformed ones', () => {
  expect(checkTaxpayerId('310106552993944')).toBe('legacy')
  expect(checkTaxpayerId('31010655299394412')).toBe('legacy')
  expect(checkTaxpayerId('31010619800101123401')).toBe('legacy')
  expect(checkTaxpayerId('9131010655299394')).toBe('malformed')
  expect(checkTaxpayerId('91310106-52993944D')).toBe('malformed')
})
