import type { JsonSchema } from '@tiqu/core'

/**
 * A JSON Schema as the JSON template Qwen-OCR's key information extraction fills: an object's
 * properties become its keys, a list becomes a one-element list of its item's template, and each
 * value becomes the words that say what goes there (its `description`, the allowed values of an
 * `enum`, the pattern of a `format` date). Local `$ref`s are followed, once per branch.
 */
export function toResultTemplate(
  schema: JsonSchema,
  root: JsonSchema = schema,
  seen = new Set<string>(),
): unknown {
  const reference = schema.$ref
  if (typeof reference === 'string' && reference.startsWith('#/') && !seen.has(reference)) {
    const target = resolvePointer(root, reference)
    if (target)
      return toResultTemplate({ ...target, ...schema, $ref: undefined }, root, new Set([...seen, reference]))
  }
  const properties = schema.properties
  if (properties !== null && typeof properties === 'object') {
    return Object.fromEntries(
      Object.entries(properties as Record<string, JsonSchema>).map(([key, property]) => [
        key,
        toResultTemplate(property, root, seen),
      ]),
    )
  }
  const items = schema.items
  if (items !== null && typeof items === 'object' && !Array.isArray(items)) {
    return [toResultTemplate(items as JsonSchema, root, seen)]
  }
  return describeValue(schema)
}

function describeValue(schema: JsonSchema): string {
  const parts: string[] = []
  if (typeof schema.description === 'string') parts.push(schema.description.trim())
  if (Array.isArray(schema.enum)) {
    const choices = schema.enum.filter((choice) => choice !== null).map((choice) => String(choice))
    parts.push(`One of: ${choices.join(', ')}.`)
  }
  if (schema.format === 'date') parts.push('Format: YYYY-MM-DD.')
  if (schema.format === 'date-time') parts.push('Format: YYYY-MM-DDTHH:MM:SS.')
  if (schema.format === 'time') parts.push('Format: HH:MM:SS.')
  return parts.join(' ')
}

function resolvePointer(root: JsonSchema, pointer: string): JsonSchema | undefined {
  let target: unknown = root
  for (const part of pointer.slice(2).split('/')) {
    target = (target as JsonSchema | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')]
  }
  return target !== null && typeof target === 'object' && !Array.isArray(target)
    ? (target as JsonSchema)
    : undefined
}
