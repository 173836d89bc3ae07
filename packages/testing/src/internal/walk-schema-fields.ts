import type { JsonSchema } from '@tiqu/core'

/** One property declared somewhere in a schema, with the schema that declares it. */
export interface SchemaField {
  /** Where it is, as a template author reads it: `seat_number`, `items[].amount`. */
  path: string
  /** Its own name, the last part of `path`. */
  name: string
  /** Its schema, with a local `$ref` followed. */
  schema: JsonSchema
  /** Whether it is a property of the top-level object. */
  topLevel: boolean
}

const combinators = ['anyOf', 'oneOf', 'allOf'] as const

/**
 * Every property the schema declares: the top-level object's, and those of nested objects, of array
 * items and of `anyOf`/`oneOf`/`allOf` branches. Local `$ref`s (`#/$defs/...`) are followed, but not
 * into a definition already being walked, so a recursive schema ends.
 */
export function walkSchemaFields(root: JsonSchema): SchemaField[] {
  const fields: SchemaField[] = []
  const walking = new Set<string>()

  const resolve = (schema: JsonSchema): JsonSchema => {
    const reference = schema.$ref
    if (typeof reference !== 'string' || !reference.startsWith('#/')) return schema
    let target: unknown = root
    for (const part of reference.slice(2).split('/')) {
      target = (target as JsonSchema | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')]
    }
    return isSchema(target) ? { ...target, ...schema } : schema
  }

  const visit = (candidate: unknown, prefix: string, topLevel: boolean): void => {
    if (!isSchema(candidate)) return
    descend(candidate, resolve(candidate), prefix, topLevel)
  }

  const descend = (original: JsonSchema, schema: JsonSchema, prefix: string, topLevel: boolean): void => {
    const reference = typeof original.$ref === 'string' ? original.$ref : undefined
    if (reference !== undefined && walking.has(reference)) return
    if (reference !== undefined) walking.add(reference)
    visitResolved(schema, prefix, topLevel)
    if (reference !== undefined) walking.delete(reference)
  }

  const visitResolved = (schema: JsonSchema, prefix: string, topLevel: boolean): void => {
    if (isSchema(schema.properties)) {
      for (const [name, property] of Object.entries(schema.properties)) {
        if (!isSchema(property)) continue
        const path = prefix === '' ? name : `${prefix}.${name}`
        const resolved = resolve(property)
        fields.push({ path, name, schema: resolved, topLevel })
        descend(property, resolved, path, false)
      }
    }
    const items = schema.items
    if (Array.isArray(items)) for (const item of items) visit(item, `${prefix}[]`, false)
    else visit(items, `${prefix}[]`, false)
    if (Array.isArray(schema.prefixItems))
      for (const item of schema.prefixItems) visit(item, `${prefix}[]`, false)
    visit(schema.additionalProperties, `${prefix}.*`, false)
    for (const combinator of combinators) {
      const branches = schema[combinator]
      if (Array.isArray(branches)) for (const branch of branches) visit(branch, prefix, topLevel)
    }
  }

  visit(root, '', true)
  return fields
}

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
