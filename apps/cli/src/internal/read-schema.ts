import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { type Template, TiquError, withSchema } from '@tiqu/core'
import { UsageError } from './usage-error.js'

/**
 * The template with `--schema <file.json>` in place of its own schema, for a template that takes one
 * (kie); checked before any image is read. A template that takes one is refused without it, since its
 * own schema is only an illustration.
 */
export async function applySchemaFile<T extends Template | undefined>(
  template: T,
  file: string | undefined,
  cwd: string,
): Promise<T> {
  if (file === undefined) {
    if (template?.takesSchema) {
      throw new UsageError(
        `Template '${template.id}' reads the fields of a JSON Schema of yours: give it with --schema, e.g. ` +
          `\`tiqu extract order.jpg -t ${template.id} --schema order.schema.json\`.`,
      )
    }
    return template
  }
  if (!template)
    throw new UsageError('--schema goes with a template that takes one, e.g. `-t kie --schema my.json`.')
  let text: string
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read the schema '${file}': ${(error as Error).message}.`)
  }
  let schema: unknown
  try {
    schema = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`The schema '${file}' is not JSON: ${(error as Error).message}.`)
  }
  try {
    return withSchema(template, schema) as T
  } catch (error) {
    if (TiquError.isInstance(error)) throw new UsageError(`${file}: ${error.message}`)
    throw error
  }
}
