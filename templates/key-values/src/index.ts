import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { parseAnswer } from './parse-answer.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'

/**
 * Every key-value pair printed on a document, keys as printed, in reading order: Qwen-OCR's
 * key-information extraction without a schema. The embedded engine reads the pairs written
 * `label：value`.
 */
export default defineTemplate({
  id: 'key-values',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Key-value pairs',
  titleZh: '键值对',
  description:
    'Reads every labelled value of a document (forms, nameplates, bills) as key-value pairs, keys exactly as printed, in reading order.',
  prompt,
  schema,
  parseAnswer,
  local: localRules,
  // The forms `pnpm render:fixtures` draws, with their pairs exactly (fixtures/rendered.json).
  examples: rendered,
})

export type { KeyValuePair, KeyValues } from './schema.js'
