import { expect, it } from 'vitest'
import { checkValidityPeriod } from './check-validity-period.js'

it.each([
  '2016.08.15-2036.08.15',
  '2019.05.20-2029.05.20',
  '2010.03.01-长期',
  '2021.01.04—2026.01.04',
  '2016.08.1?-2036.08.15',
])('accepts %s', (value) => {
  expect(checkValidityPeriod(value)).toEqual([])
})

it.each([
  ['an end before the start', '2036.08.15-2016.08.15'],
  ['an end equal to the start', '2016.08.15-2016.08.15'],
  ['a start that is no date', '2016.02.30-2036.02.30'],
  ['an end that is no date', '2016.08.15-2036.13.15'],
  ['another form', '2016年8月15日至2036年8月15日'],
  ['no end', '2016.08.15'],
])('refuses %s', (_name, value) => {
  const issues = checkValidityPeriod(value)
  expect(issues).toHaveLength(1)
  expect(issues[0]).toMatchObject({ path: '/validity_period', severity: 'error' })
})

it('only warns about a term that is not 5, 10 or 20 years to the day', () => {
  expect(checkValidityPeriod('2016.08.15-2030.08.15')).toMatchObject([{ severity: 'warning' }])
  expect(checkValidityPeriod('2016.08.15-2036.08.16')).toMatchObject([{ severity: 'warning' }])
})
