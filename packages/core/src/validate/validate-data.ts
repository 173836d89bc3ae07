import type { Issue, Template } from '../template/types.js'
import { checkAgainstSchema } from './compile-schema.js'

/**
 * All problems of an extracted object: the template's schema first, then its own deterministic checks.
 * A template check that throws is reported as an issue rather than losing the document.
 */
export function validateData(template: Template, data: unknown): Issue[] {
  const issues = checkAgainstSchema(template.schema, data)
  if (!template.validate || data === null || typeof data !== 'object') return issues
  try {
    return [...issues, ...template.validate(data as { [field: string]: unknown })]
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [
      ...issues,
      { path: '', message: `Template '${template.id}' check failed to run: ${reason}`, severity: 'error' },
    ]
  }
}
