import { createRequire } from 'node:module'
import { expect, it } from 'vitest'
import template from './index.js'
import { schema } from './schema.js'

// ajv is core's dependency, not this package's: resolve it from core, which validates with it.
const coreRequire = createRequire(createRequire(import.meta.url).resolve('@tiqu/core/package.json'))
const { Ajv2020 } = coreRequire('ajv/dist/2020') as {
  Ajv2020: new (options?: {
    strict?: boolean
    allErrors?: boolean
  }) => { compile(schema: object): (data: unknown) => boolean }
}

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

it('compiles as JSON Schema draft 2020-12 in strict mode', () => {
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow()
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
  const check = new Ajv2020({ allErrors: true }).compile(schema)
  expect(check(nulls)).toBe(true)
  expect(check({ ...nulls, ticket_price: 553 })).toBe(false)
  const { passenger_name: _, ...missing } = nulls
  expect(check(missing)).toBe(false)
  expect(check({ ...nulls, ticket_code: '10010301100710E012345' })).toBe(false)
})

it('accepts the sample ticket, which the template checks also pass', () => {
  const expected = template.examples?.[0]?.expected ?? {}
  expect(new Ajv2020({ strict: true }).compile(schema)(expected)).toBe(true)
  expect(template.validate?.(expected)).toEqual([])
})
