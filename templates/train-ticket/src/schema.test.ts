import { checkTemplate, validateData } from '@tiqu/core'
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

it('is accepted by the registry: a draft 2020-12 schema that compiles', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  expect(checkTemplate(template)).toBe(template)
})

it('has the ten fields, each a described string or null, all required', () => {
  expect(Object.keys(schema.properties)).toEqual(fields)
  expect(schema.required).toEqual(fields)
  for (const property of Object.values(schema.properties)) {
    expect(property.type).toEqual(['string', 'null'])
    expect(property.description).toMatch(/e\.g\. '/)
  }
})

it('accepts nulls and strings, and refuses numbers, missing and unknown fields', () => {
  expect(validateData(template, nulls)).toEqual([])
  expect(paths({ ...nulls, ticket_price: 553 })).toEqual(['/ticket_price'])
  const { passenger_name: _, ...missing } = nulls
  expect(paths(missing)).toEqual(['/passenger_name'])
  expect(paths({ ...nulls, ticket_code: '10010301100710E012345' })).toEqual([''])
})

it('accepts the sample ticket, which the template checks also pass', () => {
  expect(validateData(template, template.examples?.[0]?.expected ?? {})).toEqual([])
})
