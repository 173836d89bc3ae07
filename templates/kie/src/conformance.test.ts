import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { [field: string]: unknown }

// The shared suite, on the default schema; kie.test.ts runs it with a schema of the caller's.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a number for the total',
      data: { ...sample, total_amount: 36800 },
      path: '/total_amount',
      by: 'schema',
    },
    { name: 'a missing date', data: { ...sample, date: undefined }, path: '/date', by: 'schema' },
    { name: 'an unknown field', data: { ...sample, tax: '0.00' }, path: '', by: 'schema' },
  ],
})
