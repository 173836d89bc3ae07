import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { html: string; tables: Array<{ rows: string[][] }> }

// The shared suite. The template has no `local` rules: the embedded engine refuses it (engines.test.ts).
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'an answer with no table read', data: { ...sample, tables: [] }, path: '/tables', by: 'schema' },
    {
      name: 'a cell that is a number',
      data: { ...sample, tables: [{ rows: [[1]] }] },
      path: '/tables/0/rows/0/0',
      by: 'schema',
    },
    {
      name: 'HTML without a table',
      data: { ...sample, html: '<p>品名 金额</p>' },
      path: '/html',
      by: 'validate',
    },
    {
      name: 'rows that are not what the HTML says',
      data: { ...sample, tables: [{ rows: [['品名', '金额']] }] },
      path: '/tables',
      by: 'validate',
    },
    { name: 'an unknown field', data: { ...sample, markdown: '| a |' }, path: '', by: 'schema' },
  ],
})
