import semver from 'semver'
import { TemplateInvalidError } from '../errors/template-invalid-error.js'
import type { JsonSchema, Template } from '../template/types.js'
import { compileSchema } from '../validate/compile-schema.js'
import { checkLocalRules } from './check-local-rules.js'

/** The template contract versions this core understands. */
export const supportedTemplateSpecifications = ['v1'] as const

const kebabCase = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

/**
 * Checks that a value is a template this core can use, and says exactly what is wrong when it is not:
 * a template from another team must fail loudly at load time, not mid-batch.
 */
export function checkTemplate(candidate: unknown, origin?: string): Template {
  const where = origin ? ` (from ${origin})` : ''
  const refuse = (reason: string): never => {
    throw new TemplateInvalidError(`Template${label(candidate)}${where} was refused: ${reason}`)
  }
  if (candidate === null || typeof candidate !== 'object') {
    return refuse('it is not an object. A template package default-exports `defineTemplate({...})`.')
  }
  const template = candidate as Partial<Template>
  if (template.specificationVersion === undefined) {
    refuse('it has no specificationVersion. Create it with `defineTemplate` from @tiqu/core.')
  }
  if (!supportedTemplateSpecifications.includes(template.specificationVersion as 'v1')) {
    refuse(
      `it was written for template contract '${String(template.specificationVersion)}', and this @tiqu/core ` +
        `supports ${supportedTemplateSpecifications.join(', ')}. Upgrade @tiqu/core, or install a release of the template made for it.`,
    )
  }
  if (typeof template.id !== 'string' || !kebabCase.test(template.id)) {
    refuse(`its id ${JSON.stringify(template.id)} is not kebab-case (like 'train-ticket').`)
  }
  if (typeof template.version !== 'string' || semver.valid(template.version) === null) {
    refuse(`its version ${JSON.stringify(template.version)} is not a semver version (like '1.0.0').`)
  }
  if (typeof template.prompt !== 'string' && typeof template.prompt !== 'function') {
    refuse('it has no prompt (a string, or a function of the options).')
  }
  if (template.schema === null || typeof template.schema !== 'object') {
    refuse('it has no JSON Schema.')
  }
  try {
    compileSchema(template.schema as JsonSchema)
  } catch (error) {
    refuse(`its schema does not compile: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (template.parseAnswer !== undefined && typeof template.parseAnswer !== 'function') {
    refuse("its parseAnswer is not a function of the model's text.")
  }
  if (template.takesSchema !== undefined && typeof template.takesSchema !== 'boolean') {
    refuse(`its takesSchema ${JSON.stringify(template.takesSchema)} is not true or false.`)
  }
  if (template.local !== undefined) {
    const problem = checkLocalRules(template.local)
    if (problem) refuse(problem)
  }
  return template as Template
}

function label(candidate: unknown): string {
  const id = (candidate as { id?: unknown } | null)?.id
  return typeof id === 'string' ? ` '${id}'` : ''
}
