import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { parseAnswer } from './parse-answer.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/**
 * The tables of an image, as Qwen-OCR's table parsing writes them (HTML, merged cells marked) and
 * read into rows of cells. Only the `qwen` engine serves it: the embedded engine finds lines of
 * text, not a table's cells, and refuses rather than guess.
 */
export default defineTemplate({
  id: 'table',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Tables',
  titleZh: '表格',
  description:
    'Reads every table of an image as HTML with merged cells marked, and as rows of cell texts ready for a spreadsheet.',
  prompt,
  schema,
  parseAnswer,
  validate,
  // The tables `pnpm render:fixtures` draws, with their cells exactly (fixtures/rendered.json).
  examples: rendered,
})

export type { TableRows } from './read-html-tables.js'
export { readHtmlTables } from './read-html-tables.js'
export type { Tables } from './schema.js'
