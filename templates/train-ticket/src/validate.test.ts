import { expect, it } from 'vitest'
import template from './index.js'
import { validate } from './validate.js'

const sample = template.examples?.[0]?.expected as { [field: string]: string }
const paths = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

it('finds nothing wrong with the sample ticket, nor with absent values', () => {
  expect(validate(sample)).toEqual([])
  expect(validate(Object.fromEntries(Object.keys(sample).map((field) => [field, null])))).toEqual([])
})

// conformance.test.ts checks more refused values (five-digit trains, February 30th...) through the
// shared suite; here, that each gives exactly one error, naming the value.
it.each([
  ['train_number', 'X12345'],
  ['seat_number', '5车12F号'],
  ['departure_date_and_time', '2025-06-18 08:05'],
  ['ticket_price', 'abc'],
])('refuses %s %s with one error that names the value', (field, value) => {
  const issues = validate({ ...sample, [field]: value })
  expect(issues).toHaveLength(1)
  expect(issues[0]).toMatchObject({ path: `/${field}`, severity: 'error' })
  expect(issues[0]?.message).toContain(value.slice(0, 4))
})

it.each([
  ['train_number', 'K1'],
  ['train_number', '1461'],
  ['seat_number', '03车015号下铺'],
  ['seat_number', '无座'],
  ['seat_number', '05车无座'],
  ['seat_class', '新空调硬卧'],
  ['departure_date_and_time', '2024年02月29日23:59开'],
  ['ticket_price', '1200'],
  ['id_card_number', '11010519491231002X'],
])('accepts %s %s', (field, value) => {
  expect(validate({ ...sample, [field]: value })).toEqual([])
})

it('warns, without failing, on an unknown seat class, a price with its symbols, the same two stations', () => {
  expect(paths({ ...sample, seat_class: '观光座' })).toEqual(['warning /seat_class'])
  expect(paths({ ...sample, ticket_price: '¥553.0' })).toEqual(['warning /ticket_price'])
  expect(validate({ ...sample, ticket_price: '￥553.0元' })[0]?.message).toMatch(/number only: '553.0'/)
  expect(paths({ ...sample, arrival_station: '北京南站' })).toEqual(['warning /arrival_station'])
})

it("reads '?' as one unreadable character: no format error for it, still one for the rest", () => {
  const uncertain = {
    ...sample,
    train_number: 'G12?4',
    seat_number: '0?车12F号',
    seat_class: '二?座',
    departure_date_and_time: '2025年0?月3?日08:?5开',
    ticket_price: '55?.0',
    id_card_number: '110105199?****123X',
  }
  expect(validate(uncertain)).toEqual([])
  expect(paths({ ...sample, train_number: 'G12?45' })).toEqual(['error /train_number'])
  expect(paths({ ...sample, departure_date_and_time: '2025年02月30日0?:05开' })).toEqual([
    'error /departure_date_and_time',
  ])
})

it('bounds the birth year by the day of travel', () => {
  expect(paths({ ...sample, id_card_number: '1101052026****123X' })).toEqual(['error /id_card_number'])
})

it('leaves values of the wrong type to the schema', () => {
  expect(validate({ ...sample, ticket_price: 553, train_number: ['G1234'] })).toEqual([])
})
