import { expect, it } from 'vitest'
import template from './index.js'
import { validate } from './validate.js'

const examples = (template.examples ?? []).map((example) => example.expected)
const sample = examples[0] as { [field: string]: unknown }
const issues = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

it('finds nothing wrong with any fixture, nor with absent values', () => {
  for (const example of examples) expect(validate(example)).toEqual([])
  expect(validate(Object.fromEntries(Object.keys(sample).map((field) => [field, null])))).toEqual([])
})

it('lets a ride cross midnight, but not last over 12 hours', () => {
  expect(issues({ ...sample, pick_up_time: '23:50', drop_off_time: '00:20' })).toEqual([])
  expect(issues({ ...sample, pick_up_time: '08:41', drop_off_time: '08:12' })).toEqual([
    'error /drop_off_time',
  ])
})

it('only warns about a fare far from distance × unit price', () => {
  expect(issues({ ...sample, fare: '360.00', total_fare: '361.00' })).toEqual(['warning /fare'])
  expect(issues({ ...sample, fare: '3.60', total_fare: '4.60' })).toEqual(['warning /fare'])
})

it('only warns about a total below the fare plus surcharge (a call fee may be added, never taken off)', () => {
  expect(issues({ ...sample, total_fare: '36.50' })).toEqual(['warning /total_fare'])
  expect(issues({ ...sample, total_fare: '42.00' })).toEqual([])
})

it('accepts the date forms meters print, and warns about others', () => {
  for (const date of ['2024-03-15', '2024.03.15', '2024年03月15日', '2024/3/5'])
    expect(issues({ ...sample, date })).toEqual([])
  expect(issues({ ...sample, date: '15-03-2024' })).toEqual(['warning /date'])
})

it('skips a value holding ?', () => {
  expect(issues({ ...sample, invoice_code: '1110016810?9', drop_off_time: '0?:12' })).toEqual([])
})
