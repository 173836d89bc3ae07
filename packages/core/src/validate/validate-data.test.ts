import { expect, it } from 'vitest'
import { defineTemplate } from '../template/define-template.js'
import { validateData } from './validate-data.js'

const template = defineTemplate({
  id: 'demo',
  version: '1.0.0',
  title: 'Demo',
  description: 'A demo template.',
  prompt: 'Read it.',
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { code: { type: 'string', description: 'A code.' }, total: { type: ['string', 'null'] } },
    required: ['code', 'total'],
    additionalProperties: false,
  },
  validate: (data) =>
    typeof data.code === 'string' && !/^\d+$/.test(data.code)
      ? [{ path: '/code', message: 'must be digits', severity: 'error' }]
      : [],
})

it('accepts a valid object', () => {
  expect(validateData(template, { code: '123', total: null })).toEqual([])
})

it('reports schema problems with JSON pointers, then template checks', () => {
  expect(validateData(template, { code: 'abc', extra: 1 })).toEqual([
    { path: '/total', message: "must have required property 'total'", severity: 'error' },
    { path: '', message: "must NOT have additional properties: 'extra'", severity: 'error' },
    { path: '/code', message: 'must be digits', severity: 'error' },
  ])
})

it('keeps the document when a template check throws', () => {
  const broken = defineTemplate({
    ...template,
    validate: () => {
      throw new Error('boom')
    },
  })
  expect(validateData(broken, { code: '1', total: null })).toEqual([
    { path: '', message: "Template 'demo' check failed to run: boom", severity: 'error' },
  ])
})
