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

// conformance.test.ts proves each error through the shared suite; here, the finer points.
it('names the letter a VIN never uses, and takes one in lower case', () => {
  const [issue] = validate({ ...sample, vin: 'LSVAM4188C2I84758' })
  expect(issue).toMatchObject({ path: '/vin', severity: 'error' })
  expect(issue?.message).toContain('holds I')
  expect(issues({ ...sample, vin: 'lsvam4188c2184758' })).toEqual([])
})

it('accepts a check digit X', () => {
  expect(issues({ ...sample, vin: '1M8GDM9AXKP042788' })).toEqual([])
})

it('accepts plates of new-energy vehicles, with a dot, and with a special last character', () => {
  for (const plate_number of ['沪AD12345', '川A12345F', '京N·8K2L6', '苏E1234学'])
    expect(issues({ ...sample, plate_number })).toEqual([])
  expect(issues({ ...sample, plate_number: '京I8K2L6' })).toEqual(['error /plate_number'])
})

it('lets a licence be issued after registration, not before', () => {
  expect(issues({ ...sample, issue_date: '2022-11-03' })).toEqual([])
  expect(issues({ ...sample, issue_date: '2016-05-19' })).toEqual(['error /issue_date'])
})

it('only warns about a date in another form and an unknown use', () => {
  expect(issues({ ...sample, register_date: '2016年5月20日' })).toEqual(['warning /register_date'])
  expect(issues({ ...sample, use_character: '自用' })).toEqual(['warning /use_character'])
  expect(issues({ ...sample, use_character: '出租客运' })).toEqual([])
})

it("skips a value holding '?'", () => {
  expect(
    validate({ ...sample, vin: 'LSVAM41?8C2184758', plate_number: '京N8?2L6', issue_date: '2015-0?-20' }),
  ).toEqual([])
})
