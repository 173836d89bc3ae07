import { expect, it } from 'vitest'
import { checkLicenseNumber } from './check-license-number.js'

it.each(['11010519491231002X', '11010519491231002x', '110105198607231235', '430802197812091613'])(
  'accepts %s',
  (value) => {
    expect(checkLicenseNumber(value)).toEqual([])
  },
)

it.each([
  ['a wrong check digit', '110105198607231236'],
  ['two swapped digits', '110105198607321235'],
  ['17 characters', '11010519860723123'],
  ['a letter inside', '1101051986O7231235'],
  ['February 30th', '110105198602301234'],
  ['a birth year before 1900', '110105180001011234'],
])('refuses %s', (_name, value) => {
  const issues = checkLicenseNumber(value)
  expect(issues).toHaveLength(1)
  expect(issues[0]).toMatchObject({ path: '/license_number', severity: 'error' })
  expect(issues[0]?.message).toContain(value)
})

it("does not judge the check character of a number with an unreadable '?'", () => {
  expect(checkLicenseNumber('1101051986072312?5')).toEqual([])
  expect(checkLicenseNumber('110105198602301?35')).toHaveLength(1)
})
