import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats'
import type { Issue, JsonSchema } from '../template/types.js'

// ajv-formats is CommonJS; its default export arrives wrapped when imported from ESM.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin)

const compiled = new WeakMap<JsonSchema, ValidateFunction>()
let ajv: Ajv2020 | undefined

/**
 * Compiles a template's JSON Schema once and keeps it. Throws ajv's own error when the schema is
 * not valid draft 2020-12; the registry turns that into a `TemplateInvalidError`.
 */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  const cached = compiled.get(schema)
  if (cached) return cached
  ajv ??= createAjv()
  const validate = ajv.compile(schema)
  compiled.set(schema, validate)
  return validate
}

/** Checks a value against a schema and returns its problems as issues located by JSON pointer. */
export function checkAgainstSchema(schema: JsonSchema, value: unknown): Issue[] {
  const validate = compileSchema(schema)
  if (validate(value)) return []
  return (validate.errors ?? []).map(toIssue)
}

function createAjv(): Ajv2020 {
  // allErrors: a user fixing a template wants every problem at once, not the first.
  const instance = new Ajv2020({ allErrors: true, strict: false })
  addFormats(instance)
  return instance
}

function toIssue(error: ErrorObject): Issue {
  const missing =
    error.keyword === 'required' ? (error.params as { missingProperty?: string }).missingProperty : undefined
  const path = missing === undefined ? error.instancePath : `${error.instancePath}/${missing}`
  const extra =
    error.keyword === 'additionalProperties'
      ? `: '${(error.params as { additionalProperty?: string }).additionalProperty}'`
      : ''
  return { path, message: `${error.message ?? 'is not valid'}${extra}`, severity: 'error' }
}
