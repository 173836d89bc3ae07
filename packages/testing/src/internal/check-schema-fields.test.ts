import { expect, it } from 'vitest'
import { checkSchemaFields } from './check-schema-fields.js'

const described = (type: string, more: object = {}) => ({ type, description: 'd', ...more })

it('passes described snake_case fields, nested ones included', () => {
  const schema = {
    type: 'object',
    properties: {
      invoice_code: described('string'),
      line_items: described('array', {
        items: { type: 'object', properties: { unit_price: described('string') } },
      }),
    },
  }
  expect(checkSchemaFields(schema)).toEqual([])
})

it('finds undescribed and badly named fields in array items, $defs and anyOf branches', () => {
  const schema = {
    type: 'object',
    $defs: {
      party: { type: 'object', description: 'A party.', properties: { TaxNumber: { type: 'string' } } },
    },
    properties: {
      seller: { $ref: '#/$defs/party' },
      buyer: { $ref: '#/$defs/party' },
      line_items: described('array', {
        items: { type: 'object', properties: { unit_price: { type: 'string' } } },
      }),
      total: {
        anyOf: [{ type: 'object', properties: { 'amount-due': described('string') } }, { type: 'null' }],
      },
    },
  }
  const [names, descriptions] = checkSchemaFields(schema)
  expect(names).toContain("'seller.TaxNumber' (try 'tax_number'), 'buyer.TaxNumber' (try 'tax_number')")
  expect(names).toContain("'total.amount-due' (try 'amount_due')")
  // The $ref's target carries seller's description; total and the nested fields have none.
  expect(descriptions).toBe(
    "Every field needs a `description` (what it is, its format, an example): add one to 'seller.TaxNumber', 'buyer.TaxNumber', 'line_items[].unit_price', 'total'.",
  )
})

it('survives a recursive schema and says when there are no properties at all', () => {
  const tree = {
    type: 'object',
    $defs: {
      node: {
        type: 'object',
        properties: { children: described('array', { items: { $ref: '#/$defs/node' } }) },
      },
    },
    properties: { root: { $ref: '#/$defs/node', description: 'd' } },
  }
  expect(checkSchemaFields(tree)).toEqual([])
  expect(checkSchemaFields({ type: 'string' })[0]).toMatch(/declares no properties/)
})
