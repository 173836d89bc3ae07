import { type Issue, type Template, validateData } from '@tiqu/core'

/** What the template's checks said about one piece of data meant to be rejected. */
export interface InvalidDataVerdict {
  /** Whether the schema gave an `error` at the path. */
  schema: boolean
  /** Whether `validate` gave an `error` at the path. */
  validate: boolean
  /** Every issue found, for the message when neither caught it. */
  issues: Issue[]
}

/** Runs the schema and `validate` separately on `data`, to tell which of them rejects it at `path`. */
export function checkInvalidData(template: Template, data: unknown, path: string): InvalidDataVerdict {
  const schemaIssues = validateData({ ...template, validate: undefined } as Template, data)
  const allIssues = validateData(template, data)
  // validateData puts the schema's issues first; the rest came from validate (or its failure to run).
  const validateIssues = allIssues.slice(schemaIssues.length)
  const catches = (issues: Issue[]) =>
    issues.some((issue) => issue.severity === 'error' && issue.path === path)
  return { schema: catches(schemaIssues), validate: catches(validateIssues), issues: allIssues }
}

/** Who rejected it, in words: 'the schema', 'validate', 'the schema and validate', or undefined. */
export function describeCatcher(verdict: InvalidDataVerdict): string | undefined {
  if (verdict.schema && verdict.validate) return 'the schema and validate'
  if (verdict.schema) return 'the schema'
  if (verdict.validate) return 'validate'
  return undefined
}
