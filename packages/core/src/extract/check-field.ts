import type { Issue, JsonSchema } from '../template/types.js'
import { checkAgainstSchema } from '../validate/compile-schema.js'

// Subschemas that cannot compile on their own, remembered so the failure costs one attempt per template.
const notStandalone = new WeakSet<object>()

/**
 * The problems of one top-level field on its own, for a field streamed before the rest of the object:
 * its value against its property's subschema, with paths into the whole object (`/seat_number/...`).
 * Checks that need the other fields (`required`, the template's `validate`) wait for the final record.
 */
export function checkField(schema: JsonSchema, field: string, value: unknown): Issue[] {
  const pointer = `/${escapePointer(field)}`
  const subschema = ownProperty(schema.properties, field)
  if (isSchemaObject(subschema) && !notStandalone.has(subschema)) {
    try {
      return checkAgainstSchema(subschema, value).map((issue) => ({
        ...issue,
        path: `${pointer}${issue.path}`,
      }))
    } catch {
      // A subschema that refers elsewhere in the template (`$ref: '#/$defs/...'`) only compiles within it.
      notStandalone.add(subschema)
    }
  }
  return checkWithinWhole(schema, field, value, pointer)
}

/**
 * The field alone in an object, against the whole schema, keeping what concerns the field: covers
 * `$ref`s, `patternProperties`, `additionalProperties` and boolean subschemas without a second validator.
 */
function checkWithinWhole(schema: JsonSchema, field: string, value: unknown, pointer: string): Issue[] {
  const additional = `must NOT have additional properties: '${field}'`
  return checkAgainstSchema(schema, { [field]: value }).filter(
    (issue) =>
      issue.path === pointer ||
      issue.path.startsWith(`${pointer}/`) ||
      (issue.path === '' && issue.message === additional),
  )
}

function ownProperty(properties: unknown, field: string): unknown {
  if (!isSchemaObject(properties) || !Object.hasOwn(properties, field)) return undefined
  return properties[field]
}

function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1')
}
