import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { prompt } from './prompt.js'
import { schema } from './schema.js'

/**
 * Your own fields, from any document: give a JSON Schema at run time (`tiqu extract doc.jpg -t kie
 * --schema my.json`, or `withSchema(kie, schema)`), and the model fills it and the result is checked
 * against it. Without one, a generic document header (type, number, date, parties, total). Only the
 * `qwen` engine serves it: the embedded engine has no rules for fields it has never seen.
 */
export default defineTemplate({
  id: 'kie',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Your own schema (key information extraction)',
  titleZh: '信息抽取',
  description:
    'Reads the fields of a JSON Schema you give at run time from any document, and validates the result against it.',
  prompt,
  schema,
  takesSchema: true,
  // Documents `pnpm render:fixtures` draws, with their header values (fixtures/rendered.json).
  examples: rendered,
})

export { toResultTemplate } from './result-template.js'
