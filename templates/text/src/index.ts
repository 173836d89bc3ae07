import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { parseAnswer } from './parse-answer.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/**
 * All the text of an image, as plain text: Qwen-OCR's default reading, kept whole as `{ text }`.
 * The embedded engine serves it too, offline, with the page's lines in reading order.
 */
export default defineTemplate({
  id: 'text',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Text of an image',
  titleZh: '纯文本',
  description:
    'Reads all the text of an image, any language the model knows, as plain text in reading order.',
  prompt,
  schema,
  parseAnswer,
  validate,
  // The pages `pnpm render:fixtures` draws, with their text exactly (fixtures/rendered.json).
  examples: rendered,
})

export type { PageText } from './schema.js'
