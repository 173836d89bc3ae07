import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { parseAnswer } from './parse-answer.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/**
 * A document page transcribed into LaTeX (headings, paragraphs, tables, equations), as Qwen-OCR's
 * document parsing writes it. Only the `qwen` engine serves it: the embedded engine reads lines of
 * text, not a page's tables and equations, and refuses rather than guess.
 */
export default defineTemplate({
  id: 'document',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Document page as LaTeX',
  titleZh: '文档解析',
  description:
    'Transcribes a document page into LaTeX, keeping its headings, paragraphs, tables and equations in reading order.',
  prompt,
  schema,
  parseAnswer,
  validate,
  // The pages `pnpm render:fixtures` draws, with the LaTeX a perfect reading writes (fixtures/rendered.json).
  examples: rendered,
})

export type { DocumentPage } from './schema.js'
