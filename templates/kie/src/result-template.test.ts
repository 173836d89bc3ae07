import { expect, it } from 'vitest'
import { toResultTemplate } from './result-template.js'

it('turns properties into keys, lists into one-element lists, and leaves into what they ask for', () => {
  const schema = {
    type: 'object',
    properties: {
      seller: {
        type: 'object',
        properties: { name: { type: 'string', description: '销售方名称' }, tax_id: { type: 'string' } },
      },
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: { name: { description: 'Item name' }, amount: { description: 'Amount' } },
        },
      },
      kind: { enum: ['专票', '普票', null], description: 'Invoice kind.' },
      issued: { type: 'string', format: 'date' },
    },
  }
  expect(toResultTemplate(schema)).toEqual({
    seller: { name: '销售方名称', tax_id: '' },
    items: [{ name: 'Item name', amount: 'Amount' }],
    kind: 'Invoice kind. One of: 专票, 普票.',
    issued: 'Format: YYYY-MM-DD.',
  })
})

it('follows local $refs, and a recursive one only once', () => {
  const schema = {
    type: 'object',
    properties: { buyer: { $ref: '#/$defs/party' }, tree: { $ref: '#/$defs/node' } },
    $defs: {
      party: { type: 'object', properties: { name: { description: 'Name' } } },
      node: {
        type: 'object',
        properties: { label: { description: 'Label' }, child: { $ref: '#/$defs/node' } },
      },
    },
  }
  expect(toResultTemplate(schema)).toEqual({
    buyer: { name: 'Name' },
    tree: { label: 'Label', child: '' },
  })
})
