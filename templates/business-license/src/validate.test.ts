import { expect, it } from 'vitest'
import template from './index.js'
import { validate } from './validate.js'

const examples = (template.examples ?? []).map((example) => example.expected)
const sample = examples[0] as { [field: string]: unknown }
const issues = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

it('finds nothing wrong with the sample licences, nor with absent values', () => {
  for (const expected of examples) expect(validate(expected)).toEqual([])
  expect(validate(Object.fromEntries(Object.keys(sample).map((field) => [field, null])))).toEqual([])
})

it("leaves the check character undecided when a character is '?', but still knows the length", () => {
  expect(issues({ ...sample, unified_social_credit_code: '9111010?MA01C7K2PH' })).toEqual([])
  expect(issues({ ...sample, unified_social_credit_code: '9111010?MA01C7K2P' })).toEqual([
    'error /unified_social_credit_code',
  ])
})

it('takes a lower-case code by its characters', () => {
  expect(issues({ ...sample, unified_social_credit_code: '91110108ma01c7k2ph' })).toEqual([])
})

it('only warns about a term in another wording or starting on another day than establishment', () => {
  expect(issues({ ...sample, business_term: '自2018年04月09日起' })).toEqual(['warning /business_term'])
  expect(issues({ ...sample, business_term: '2018年04月10日至长期' })).toEqual(['warning /business_term'])
  expect(issues({ ...sample, business_term: '2018年04月09日至2038年04月08日' })).toEqual([])
})

it('refuses a term end that is no real date', () => {
  expect(issues({ ...sample, business_term: '2018年04月09日至2038年02月30日' })).toEqual([
    'error /business_term',
  ])
})

it('accepts an issue date on the day of establishment', () => {
  expect(issues({ ...sample, issue_date: sample.date_of_establishment })).toEqual([])
})
