import { describe, expect, it } from 'vitest'
import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { defineTemplate } from './define-template.js'
import { withSchema } from './with-schema.js'

const kie = defineTemplate({
  id: 'kie',
  version: '1.0.0',
  title: 'Key information',
  description: 'Reads the fields of the schema given.',
  prompt: ({ schema }) => `Fill ${JSON.stringify(Object.keys(schema?.properties ?? {}))}`,
  schema: { type: 'object', properties: { text: { type: 'string', description: 'All text.' } } },
  takesSchema: true,
})
const order = { type: 'object', properties: { order_id: { type: 'string', description: 'Order number.' } } }

describe('withSchema', () => {
  it('puts the caller’s schema in place of the template’s', () => {
    const template = withSchema(kie, order)
    expect(template.schema).toBe(order)
    expect(template.id).toBe('kie')
    expect(kie.schema).not.toBe(order)
  })

  it('refuses a template with a fixed schema, naming it', () => {
    const fixed = defineTemplate({ ...kie, id: 'waybill', takesSchema: false })
    expect(() => withSchema(fixed, order)).toThrow(InvalidOptionError)
    expect(() => withSchema(fixed, order)).toThrow(/Template 'waybill' reads a fixed set of fields/)
  })

  it('refuses what is not an object schema with fields, or does not compile', () => {
    expect(() => withSchema(kie, [order])).toThrow(/not a JSON object/)
    expect(() => withSchema(kie, { type: 'object' })).toThrow(/names no fields/)
    expect(() => withSchema(kie, { type: 'object', properties: { a: { type: 'strin' } } })).toThrow(
      /does not compile/,
    )
  })
})
