import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

// The shared suite, the fixtures read offline with the `label：value` rule included.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a pair without a key',
      data: { pairs: [{ key: '', value: '周敏' }] },
      path: '/pairs/0/key',
      by: 'schema',
    },
    {
      name: 'a value that is a number',
      data: { pairs: [{ key: '件数', value: 12 }] },
      path: '/pairs/0/value',
      by: 'schema',
    },
    { name: 'labels as an object', data: { pairs: { 件数: '12箱' } }, path: '/pairs', by: 'schema' },
    { name: 'an unknown field', data: { pairs: [], title: '送货单' }, path: '', by: 'schema' },
  ],
})
