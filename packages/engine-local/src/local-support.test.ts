import { defineTemplate } from '@tiqu/core'
import { expect, it } from 'vitest'
import { localSupport } from './local-support.js'

const base = {
  version: '1.0.0',
  title: 'T',
  description: 'T.',
  prompt: 'Read it.',
  schema: { type: 'object', properties: { text: { type: 'string', description: 'Text.' } } },
}

it('serves a template by its rules, or by the page text for one that reads its own answer', () => {
  const ruled = defineTemplate({ ...base, id: 'ruled', local: { fields: { text: { pattern: '.+' } } } })
  expect(localSupport(ruled)).toEqual({ supported: true, by: 'rules' })
  const plain = defineTemplate({ ...base, id: 'plain', parseAnswer: (text) => ({ text }) })
  expect(localSupport(plain)).toEqual({ supported: true, by: 'page-text' })
})

it('refuses a template without rules, or one asking for a table, naming why', () => {
  expect(localSupport(defineTemplate({ ...base, id: 'bare' }))).toEqual({
    supported: false,
    reason: expect.stringMatching(/'bare' has no rules for the embedded engine/),
  })
  const table = defineTemplate({
    ...base,
    id: 'table',
    parseAnswer: (html) => ({ html }),
    schema: {
      type: 'object',
      properties: { html: { type: 'string', contentMediaType: 'text/html', description: 'H.' } },
    },
  })
  expect(localSupport(table)).toEqual({
    supported: false,
    reason: expect.stringMatching(/asks for 'html' as an HTML table/),
  })
})
