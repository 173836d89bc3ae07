import type { JsonSchema, PromptOptions } from '@tiqu/core'
import { toResultTemplate } from './result-template.js'
import { schema as defaultSchema } from './schema.js'

const instructions = [
  'Read the document in the image and fill in the JSON template below.',
  'Each value of the template says what belongs there; replace it with what the image shows. A list holds the template of one element: repeat it once per item the document lists.',
  'Copy every value exactly as printed, in the language of the document: do not translate, convert, calculate or invent anything.',
  'Replace any single character that is blurry or hidden by glare with an English question mark (?). Use null for a value the document does not show.',
  'Output only valid JSON with exactly the keys of the template, and no explanation.',
  'The template:',
].join('\n')

/**
 * The prompt of Qwen-OCR's key information extraction, in this template's own words, ending with the
 * schema in effect (the caller's, or the default) as the JSON template to fill.
 */
export function prompt({ schema }: PromptOptions): string {
  const template = toResultTemplate((schema ?? defaultSchema) as JsonSchema)
  return `${instructions}\n${JSON.stringify(template, null, 2)}`
}
