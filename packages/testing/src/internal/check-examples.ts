import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { readImageHeader, type Template, validateData } from '@tiqu/core'

/**
 * Problems with the template's fixtures: fewer than `minimum`, an image missing under `root` or not an
 * image, an `expected` value without the image. Empty when all is well.
 */
export function checkExampleImages(template: Template, root: string, minimum: number): string[] {
  const examples = template.examples ?? []
  const problems: string[] = []
  if (examples.length < minimum) {
    problems.push(
      `The template has ${examples.length} example${examples.length === 1 ? '' : 's'}; it needs at least ${minimum}. ` +
        'Render documents with known values (renderDocument from @tiqu/testing), commit them under fixtures/, and list each ' +
        "in `examples` as { image: 'fixtures/<name>.jpg', expected: { ...the values drawn } }.",
    )
  }
  for (const [index, example] of examples.entries()) {
    if (typeof example?.image !== 'string' || example.image === '') {
      problems.push(`examples[${index}] has no \`image\` path.`)
      continue
    }
    const path = resolve(root, example.image)
    if (!existsSync(path)) {
      problems.push(
        `examples[${index}].image '${example.image}' does not exist at ${path}. Paths are relative to the package root (\`root\`, now ${root}); ` +
          "check the path, and that package.json's `files` ships it.",
      )
    } else if (readImageHeader(readFileSync(path)) === undefined) {
      problems.push(
        `examples[${index}].image '${example.image}' is not an image tiqu can read (JPEG, PNG, WebP...).`,
      )
    }
  }
  return problems
}

/**
 * The issues the template itself finds in its examples' `expected` values: schema errors, and `error`
 * issues from `validate`. A fixture the template rejects is a wrong fixture or a wrong check.
 */
export function checkExampleValues(template: Template): string[] {
  const problems: string[] = []
  for (const [index, example] of (template.examples ?? []).entries()) {
    const errors = validateData(template, example?.expected).filter((issue) => issue.severity === 'error')
    for (const issue of errors) {
      problems.push(
        `examples[${index}] (${example?.image}): ${issue.path || '(whole object)'}: ${issue.message}`,
      )
    }
  }
  if (problems.length === 0) return []
  return [
    ...problems,
    'Each `expected` must be exactly what a perfect reading yields, and pass the schema and `validate`: fix the value, or the check.',
  ]
}
