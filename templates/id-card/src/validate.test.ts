import { expect, it } from 'vitest'
import template from './index.js'
import { validate } from './validate.js'

const examples = (template.examples ?? []).map((example) => example.expected)
const front = examples.find((expected) => expected.side === 'front') as { [field: string]: unknown }
const back = examples.find((expected) => expected.side === 'back') as { [field: string]: unknown }
const issues = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

it('finds nothing wrong with the sample sides, nor with absent values', () => {
  for (const expected of examples) expect(validate(expected)).toEqual([])
  expect(validate(Object.fromEntries(Object.keys(front).map((field) => [field, null])))).toEqual([])
})

// conformance.test.ts proves each error through the shared suite; here, the finer points.
it('checks sex against the 17th digit both ways', () => {
  expect(issues({ ...front, sex: '女' })).toEqual(['error /sex'])
  const woman = examples.find((expected) => expected.sex === '女') as { [field: string]: unknown }
  expect(issues({ ...woman, sex: '男' })).toEqual(['error /sex'])
})

it('reports a bad number once, at the number, without cross-checking it', () => {
  expect(issues({ ...front, id_number: '110105198607231236', sex: '女' })).toEqual(['error /id_number'])
})

it("lets '?' stand for an unreadable character", () => {
  expect(
    validate({ ...front, id_number: '1101051986072312?5', birth_date: '1986年?月23日', sex: '?' }),
  ).toEqual([])
})

it('only warns about an unknown ethnicity, a birth date in another form and a value of the other side', () => {
  expect(issues({ ...front, ethnicity: '穿青人' })).toEqual(['warning /ethnicity'])
  expect(issues({ ...front, ethnicity: '汉族' })).toEqual([])
  expect(issues({ ...front, birth_date: '19860723' })).toEqual(['warning /birth_date'])
  expect(issues({ ...front, validity_period: '2016.08.15-2036.08.15' })).toEqual(['warning /validity_period'])
  expect(issues({ ...back, name: '王建华' })).toEqual(['warning /name'])
})

it('compares a birth date in another form with the number too', () => {
  expect(issues({ ...front, birth_date: '1986-07-24' })).toEqual(['error /birth_date'])
})
