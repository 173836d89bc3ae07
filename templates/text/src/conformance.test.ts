import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

// The shared suite; local-reading.test.ts reads the fixtures offline (this template has no `local`
// rules: the embedded engine serves its page text, which parseAnswer takes whole).
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'text that is not a string', data: { text: ['第一行', '第二行'] }, path: '/text', by: 'schema' },
    { name: 'a missing text', data: {}, path: '/text', by: 'schema' },
    { name: 'an unknown field', data: { text: 'x', language: 'zh' }, path: '', by: 'schema' },
  ],
})
