import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

// The shared suite. The template has no `local` rules: the embedded engine refuses LaTeX.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'an empty page', data: { latex: '' }, path: '/latex', by: 'schema' },
    {
      name: 'a table cut off',
      data: { latex: '\\section*{纪要}\n\n\\begin{tabular}{|c|c|}\n\\hline\n事项 & 负责人 \\\\' },
      path: '/latex',
      by: 'validate',
    },
    { name: 'an unknown field', data: { latex: 'x', markdown: '# x' }, path: '', by: 'schema' },
  ],
})
