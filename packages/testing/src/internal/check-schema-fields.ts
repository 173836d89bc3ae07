import type { JsonSchema } from '@tiqu/core'
import { walkSchemaFields } from './walk-schema-fields.js'

const snakeCase = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/

/**
 * What is wrong with the schema's field names and descriptions: every property, nested ones too,
 * needs a snake_case name (apps print them as CSV columns and JSON keys) and a `description` (the
 * model and `tiqu templates show` read it). An empty list when all is well.
 */
export function checkSchemaFields(schema: JsonSchema): string[] {
  const fields = walkSchemaFields(schema)
  if (fields.length === 0) {
    return ['The schema declares no properties: describe the result as an object with `properties`.']
  }
  const problems: string[] = []
  const badNames = fields.filter((field) => !snakeCase.test(field.name))
  if (badNames.length > 0) {
    problems.push(
      `Field names must be snake_case (like 'seat_number'): ${badNames
        .map((field) => `'${field.path}' (try '${toSnakeCase(field.name)}')`)
        .join(', ')}.`,
    )
  }
  const undescribed = fields.filter(
    (field) => typeof field.schema.description !== 'string' || field.schema.description.trim() === '',
  )
  if (undescribed.length > 0) {
    problems.push(
      `Every field needs a \`description\` (what it is, its format, an example): add one to ${undescribed
        .map((field) => `'${field.path}'`)
        .join(', ')}.`,
    )
  }
  return problems
}

function toSnakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()
}
