import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { compileSchema } from '../validate/compile-schema.js'
import type { JsonSchema, Template } from './types.js'

/**
 * The template with the caller's JSON Schema in place of its own, for a template that `takesSchema`
 * (kie): the result is validated against `schema`, and a prompt written as a function receives it.
 * A schema that does not describe an object with properties, or does not compile, is refused here,
 * before any image is read.
 *
 * @throws InvalidOptionError (parameter `schema`) when the template has a fixed schema, or the schema
 *   is not usable.
 */
export function withSchema<TData>(template: Template<TData>, schema: unknown): Template<TData> {
  const refuse = (reason: string): never => {
    throw new InvalidOptionError(reason, { parameter: 'schema' })
  }
  if (template.takesSchema !== true) {
    refuse(
      `Template '${template.id}' reads a fixed set of fields and takes no schema of yours; ` +
        'a template that does (such as kie) reads the fields your schema names.',
    )
  }
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    refuse(
      'The schema is not a JSON object; give a JSON Schema such as {"type":"object","properties":{...}}.',
    )
  }
  const properties = (schema as JsonSchema).properties
  if (properties === null || typeof properties !== 'object' || Object.keys(properties).length === 0) {
    refuse(
      'The schema names no fields: give an object schema with `properties`, one per field to extract, ' +
        'each with a `description` saying what to read.',
    )
  }
  try {
    compileSchema(schema as JsonSchema)
  } catch (error) {
    refuse(`The schema does not compile: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { ...template, schema: schema as JsonSchema }
}
