import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../template/types.js'
import { checkField } from './check-field.js'

const schema: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  $defs: { price: { type: 'string', pattern: '^\\d+(\\.\\d{1,2})?$' } },
  properties: {
    code: { type: ['string', 'null'], minLength: 2 },
    items: { type: 'array', items: { type: 'object', required: ['n'] } },
    price: { $ref: '#/$defs/price' },
  },
  required: ['code', 'items', 'price'],
  additionalProperties: false,
}

describe('checkField', () => {
  it("checks a value against its property's subschema, with paths into the whole object", () => {
    expect(checkField(schema, 'code', 'A1')).toEqual([])
    expect(checkField(schema, 'code', null)).toEqual([])
    expect(checkField(schema, 'code', 7)).toEqual([
      { path: '/code', message: 'must be string,null', severity: 'error' },
    ])
    expect(checkField(schema, 'items', [{ n: 1 }, {}])).toEqual([
      { path: '/items/1/n', message: "must have required property 'n'", severity: 'error' },
    ])
  })

  it('does not report the fields that have not arrived yet', () => {
    expect(checkField(schema, 'code', 'A1').some((issue) => issue.message.includes('required'))).toBe(false)
  })

  it('follows a $ref into the template', () => {
    expect(checkField(schema, 'price', '553.0')).toEqual([])
    expect(checkField(schema, 'price', '¥553')).toEqual([
      { path: '/price', message: 'must match pattern "^\\d+(\\.\\d{1,2})?$"', severity: 'error' },
    ])
  })

  it('reports a field the schema does not allow, as the whole check does', () => {
    expect(checkField(schema, 'extra', 'x')).toEqual([
      { path: '', message: "must NOT have additional properties: 'extra'", severity: 'error' },
    ])
    expect(checkField({ type: 'object' }, 'extra', 'x')).toEqual([])
  })
})
