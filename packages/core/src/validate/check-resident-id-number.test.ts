import { expect, it } from 'vitest'
import { checkResidentIdNumber } from './check-resident-id-number.js'

const field = { path: '/id_number', name: 'ID number', example: '110105198607231235', document: 'the card' }
const check = (value: string) => checkResidentIdNumber(value, field)

it.each(['11010519491231002X', '11010519491231002x', '110105198607231235', '430802197812091613'])(
  'accepts %s',
  (value) => {
    expect(check(value)).toEqual([])
  },
)

it.each([
  ['a wrong check digit', '110105198607231236'],
  ['two swapped digits', '110105198607321235'],
  ['17 characters', '11010519860723123'],
  ['a letter inside', '1101051986O7231235'],
  ['February 30th', '110105198602301234'],
  ['a birth year before 1900', '110105180001011234'],
])('refuses %s, naming the number and the field', (_name, value) => {
  const issues = check(value)
  expect(issues).toHaveLength(1)
  expect(issues[0]).toMatchObject({ path: '/id_number', severity: 'error' })
  expect(issues[0]?.message).toMatch(new RegExp(`^ID number '${value}' `))
})

it('says what the check character should be and what to compare the number with', () => {
  const licence = {
    path: '/license_number',
    name: 'Licence number',
    example: '110105198506121239',
    document: 'the licence',
  }
  expect(checkResidentIdNumber('110105198607231236', licence)).toEqual([
    {
      path: '/license_number',
      severity: 'error',
      message:
        "Licence number '110105198607231236' fails its check character: the first 17 digits call for '5' at the end. " +
        'A digit was probably misread; compare it with the licence.',
    },
  ])
  expect(checkResidentIdNumber('1101051986', licence)[0]?.message).toBe(
    "Licence number '1101051986' is not 17 digits and a check digit or X (18 characters, e.g. '110105198506121239'); it has 10 characters.",
  )
})

it("does not judge the check character of a number with an unreadable '?'", () => {
  expect(check('1101051986072312?5')).toEqual([])
  expect(check('110105198602301?35')).toHaveLength(1)
})
