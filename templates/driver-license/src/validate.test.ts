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
it('checks sex against the 17th digit both ways', () => {
  expect(issues({ ...sample, sex: '女' })).toEqual(['error /sex'])
  const woman = examples.find((expected) => expected.sex === '女') as { [field: string]: unknown }
  expect(issues({ ...woman, sex: '男' })).toEqual(['error /sex'])
})

it('reports a bad number once, at the number, without cross-checking it', () => {
  expect(issues({ ...sample, license_number: '110105198506121231', sex: '女' })).toEqual([
    'error /license_number',
  ])
})

it('takes class codes run together or apart, and refuses a bare letter of a numbered class', () => {
  for (const vehicle_class of ['A1A2', 'A2D', 'C1E', 'B2 E', 'c1', 'A3C1D', 'M', 'N', 'P'])
    expect(issues({ ...sample, vehicle_class })).toEqual([])
  expect(issues({ ...sample, vehicle_class: 'C' })).toEqual(['error /vehicle_class'])
  expect(issues({ ...sample, vehicle_class: 'C1EE' })).toEqual(['error /vehicle_class'])
})

it('accepts 长期 as the end, and compares a validity period only when both ends are dates', () => {
  expect(issues({ ...sample, valid_until: '长期' })).toEqual([])
  expect(issues({ ...sample, valid_from: null, valid_until: '2008-09-15' })).toEqual([])
})

it('only warns about a first licence before 16, a start before the first issue, and an odd term', () => {
  expect(issues({ ...sample, first_issue_date: '2000-09-15' })).toEqual(['warning /first_issue_date'])
  expect(issues({ ...sample, valid_from: '2005-09-15', valid_until: '2015-09-15' })).toEqual([
    'warning /valid_from',
  ])
  expect(issues({ ...sample, valid_until: '2026-09-15' })).toEqual(['warning /valid_until'])
  expect(issues({ ...sample, valid_until: '2024-09-15' })).toEqual([])
})

it('reads dates in other forms, with a warning, and still compares them', () => {
  expect(issues({ ...sample, birth_date: '1985.06.12' })).toEqual(['warning /birth_date'])
  expect(issues({ ...sample, birth_date: '1985年6月13日' })).toEqual([
    'warning /birth_date',
    'error /birth_date',
  ])
  expect(issues({ ...sample, first_issue_date: '15/09/2006' })).toEqual(['error /first_issue_date'])
})

it("skips a value holding '?'", () => {
  expect(
    validate({
      ...sample,
      license_number: '1101051985061212?X',
      birth_date: '1985-0?-12',
      sex: '?',
      vehicle_class: 'C?',
      valid_until: '20?8-09-15',
    }),
  ).toEqual([])
})
