import { validateData } from '@tiqu/core'
import { expect, it } from 'vitest'
import template from './index.js'
import { schema } from './schema.js'

const fields = [
  'invoice_number',
  'train_number',
  'departure_station',
  'arrival_station',
  'departure_date_and_time',
  'seat_number',
  'seat_class',
  'ticket_price',
  'id_card_number',
  'passenger_name',
]
const nulls = Object.fromEntries(fields.map((field) => [field, null]))
const paths = (data: unknown) => validateData(template, data).map((issue) => issue.path)

// That the registry takes it, every field is described and the examples validate: conformance.test.ts.
it('is a draft 2020-12 schema', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
})

it('has the ten fields, each a described string or null, all required', () => {
  expect(Object.keys(schema.properties)).toEqual(fields)
  expect(schema.required).toEqual(fields)
  for (const property of Object.values(schema.properties)) {
    expect(property.type).toEqual(['string', 'null'])
    expect(property.description).toMatch(/e\.g\. '/)
  }
})

it('accepts every field null (a ticket that shows none of them), and reports only the field at fault', () => {
  expect(validateData(template, nulls)).toEqual([])
  expect(paths({ ...nulls, ticket_price: 553 })).toEqual(['/ticket_price'])
})
