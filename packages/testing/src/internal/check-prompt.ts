import type { Template } from '@tiqu/core'

/**
 * The top-level schema fields the prompt does not name. Qwen-OCR answers with the keys its prompt
 * shows, so a field the prompt leaves out comes back missing or under another name. A template that
 * reads its answer itself (`parseAnswer`: HTML, LaTeX, plain text) asks for no keys, so its prompt
 * need only be there.
 */
export function checkPrompt(template: Template): string[] {
  let prompt: unknown
  try {
    prompt =
      typeof template.prompt === 'function' ? template.prompt({ schema: template.schema }) : template.prompt
  } catch (error) {
    return [
      `The prompt function threw when called with the template's own schema: ${error instanceof Error ? error.message : String(error)}. It must work without a model named.`,
    ]
  }
  if (typeof prompt !== 'string' || prompt.trim() === '') {
    return ['The prompt is empty: give the text sent to Qwen-OCR, naming every field of the schema.']
  }
  if (template.parseAnswer !== undefined) return []
  const properties = template.schema.properties
  const fields = properties !== null && typeof properties === 'object' ? Object.keys(properties) : []
  const missing = fields.filter(
    (field) => !new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(field)}(?![A-Za-z0-9_])`).test(prompt),
  )
  if (missing.length === 0) return []
  return [
    `The prompt does not name ${missing.map((field) => `'${field}'`).join(', ')}. ` +
      'The model answers with the keys its prompt shows: add each field to the JSON example in the prompt, e.g. ' +
      `{${missing.map((field) => `'${field}': 'xxx'`).join(', ')}}.`,
  ]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
