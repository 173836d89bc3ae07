import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { parseAnswer } from './parse-answer.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/**
 * A mathematical formula as LaTeX, as Qwen-OCR's formula recognition writes it. Only the `qwen`
 * engine serves it: the embedded engine reads lines of text, not a formula's structure, and refuses
 * rather than guess.
 */
export default defineTemplate({
  id: 'formula',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Formula',
  titleZh: '公式',
  description:
    'Reads a mathematical formula as LaTeX, ready for KaTeX or MathJax, and checks that it is balanced.',
  prompt,
  schema,
  parseAnswer,
  validate,
  // The formulas `pnpm render:fixtures` draws, with their LaTeX (fixtures/rendered.json).
  examples: rendered,
})

export type { Formula } from './schema.js'
