import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

// The shared suite. The template has no `local` rules: the embedded engine refuses LaTeX.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'an empty formula', data: { latex: '' }, path: '/latex', by: 'schema' },
    {
      name: 'a fraction cut off',
      data: { latex: 'x = \\frac{-b \\pm \\sqrt{b^{2}' },
      path: '/latex',
      by: 'validate',
    },
    { name: '\\left without \\right', data: { latex: '\\left( a + b' }, path: '/latex', by: 'validate' },
    { name: 'an unknown field', data: { latex: 'x', mathml: '<math/>' }, path: '', by: 'schema' },
  ],
})
